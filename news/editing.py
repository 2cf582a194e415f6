"""The section and article editor's form: what a draft may leave unfinished.

Wagtail autosaves the editor (a background POST of the whole form, as "Save draft"), and the first
autosave of an *add* form creates the page. Two things stopped it that a newsroom meets every day:

- an abandoned add form leaves a never-published draft behind, and the next article with the same
  headline was refused with "slug already in use". A slug held only by drafts that never went live is
  not an address anyone has seen, so the new page takes the next free one (`-2`, `-3`...); a slug a
  published page holds (or held) is still refused, since readers and links know it;
- the article's first byline is on the form from the start (at least one is required), so until an
  author was chosen every autosave failed and autosave paused. A draft keeps the bylines that name
  someone and drops the empty ones; publishing and submitting still require one.

Everything else a draft may leave empty is Wagtail's own deferred validation (`defer_required_fields`).
"""

from django.db.models import Q
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import InlinePanel
from wagtail.admin.panels.base import get_form_for_model


def free_slug(*, parent, slug: str, page_id: int | None, max_length: int = 255) -> str:
    """`slug` if no other child of `parent` has it, else the first of slug-2, slug-3... that none has."""
    base = slug[: max_length - 6]
    taken = set(
        parent.get_children()
        .exclude(pk=page_id)
        .filter(Q(slug=slug) | Q(slug__startswith=f"{base}-"))
        .values_list("slug", flat=True)
    )
    if slug not in taken:
        return slug
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def never_published(page) -> bool:
    return page.pk is None or (not page.live and page.first_published_at is None)


def slug_held_only_by_drafts(*, parent, slug: str, page_id: int | None) -> bool:
    holders = parent.get_children().exclude(pk=page_id).filter(slug=slug)
    published = Q(live=True) | Q(first_published_at__isnull=False)
    return holders.exists() and not holders.filter(published).exists()


class NewsroomPageForm(WagtailAdminPageForm):
    """Base form of SectionPage and ArticlePage (`base_form_class`)."""

    def clean(self):
        slug, parent, page_id = self.cleaned_data.get("slug"), self.parent_page, self.instance.pk
        if (
            slug
            and parent is not None
            and never_published(self.instance)
            and slug_held_only_by_drafts(parent=parent, slug=slug, page_id=page_id)
        ):
            self.cleaned_data["slug"] = free_slug(parent=parent, slug=slug, page_id=page_id)
        return super().clean()

    def get_field_updates_for_resave(self):
        # The editor that autosaved is still open: show it the slug the page really got.
        updates = super().get_field_updates_for_resave()
        slug = getattr(self, "cleaned_data", {}).get("slug")
        if slug and self.data.get(self.add_prefix("slug")) != slug:
            updates.append((self.add_prefix("slug"), slug))
        return updates


class BylineForm(WagtailAdminModelForm):
    """A byline whose author is left empty is not saved with a draft (and is an error on publish)."""

    def clean(self):
        cleaned = super().clean()
        if self.is_deferred_validation and not cleaned.get("author"):
            cleaned["DELETE"] = True
        return cleaned


class BylinesPanel(InlinePanel):
    """The article's bylines, each form a `BylineForm` whose author a draft may leave empty."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = get_form_for_model(
            self.db_field.related_model, form_class=BylineForm, defer_required_on_fields=["author"]
        )
        return options
