"""Taking a story down in every language: unpublishing or deleting an original takes its translations
with it when the editor leaves the confirm screen's box ticked (a legal takedown is for the story, not for
one language).

Wagtail's unpublish and delete screens, its bulk actions and the admin API act on one page; the hooks in
news.wagtail_hooks and the admin API actions in news.desk.views call these functions around them. Each
translation goes through Wagtail's own page action, so it gets its own audit log entry and its own
`page_unpublished` / `pre_delete` signal: the publish pipeline (news.pipeline.receivers) purges, withdraws
and unindexes every language version, one page at a time, as it does for a single page.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page

from news.desk.permissions import may_publish, may_restructure
from news.roles import translation_for_target

FIELD = "take_down_translations"  # the confirm screens' checkbox, and the admin API's field
LOG_ACTION = "news.take_down_translations"
ACTIONS = ("unpublish", "delete")


@dataclass(frozen=True)
class Takedown:
    """What taking `original` down in every language means for one user."""

    original: Page
    action: str  # "unpublish" or "delete"
    translations: list[Page]  # the other language versions this action would reach
    refused: list[Page]  # those of them the user may not take down

    @property
    def allowed(self) -> bool:
        return not self.refused


def is_original(page) -> bool:
    """A page that is not a wagtail-localize translation of another language's page."""
    return translation_for_target(page) is None


def translations_of(page, action: str) -> list[Page]:
    """The other language versions an unpublish (the live ones) or a delete (all, aliases too) of an
    original reaches; none for a translation, which goes down alone."""
    if not is_original(page):
        return []
    pages = Page.objects.translation_of(page, inclusive=False).select_related("locale")
    if action == "unpublish":
        # An alias follows its original's unpublish already (Wagtail unpublishes aliases with it).
        pages = pages.live().filter(alias_of__isnull=True)
    return list(pages.specific().order_by("locale__language_code"))


def may_take_down(user, page, action: str) -> bool:
    perms = page.permissions_for_user(user)
    if action == "unpublish":
        return may_publish(user, page) and perms.can_unpublish()
    return may_restructure(user, page) and perms.can_delete()


def plan(user, page, action: str) -> Takedown:
    translations = translations_of(page, action)
    refused = [t for t in translations if not may_take_down(user, t, action)]
    return Takedown(original=page, action=action, translations=translations, refused=refused)


def refusal_message(takedowns) -> str:
    """The one sentence an editor reads when a translation is out of their reach."""
    refused = [page for takedown in takedowns for page in takedown.refused]
    names = ", ".join(
        f"{page.get_admin_display_title()} ({page.locale.get_display_name()})" for page in refused
    )
    return _(
        "You may not take down these translations: %(pages)s. Untick the box for the translations to act "
        "on the original only, or ask an editor who may take them down."
    ) % {"pages": names}


def execute(user, takedown: Takedown, *, include_descendants=False, exclude_ids=()) -> list[Page]:
    """Take `takedown.translations` down with Wagtail's page actions (each logged per page), then log
    on the original which languages went with it (a deletion calls this before the original goes: a log
    entry needs its page). Returns the pages taken down. Permissions were checked by `plan`; pages in
    `exclude_ids` (part of the same bulk action) or gone since are skipped."""
    done = []
    for page in takedown.translations:
        if page.pk in exclude_ids:
            continue
        current = Page.objects.filter(pk=page.pk).specific().first()
        if current is None:
            continue
        if takedown.action == "unpublish":
            if not current.live:
                continue
            UnpublishPageAction(current, user=user, include_descendants=include_descendants).execute(
                skip_permission_checks=True
            )
        else:
            DeletePageAction(current, user=user).execute(skip_permission_checks=True)
        done.append(page)
    if done:
        log(
            instance=takedown.original,
            action=LOG_ACTION,
            user=user,
            data={
                "action": takedown.action,
                "locales": [page.locale.language_code for page in done],
                "pages": [page.pk for page in done],
            },
            deleted=takedown.action == "delete",
        )
    return done


class TakedownLogFormatter(LogFormatter):
    label = gettext_lazy("Taken down with its translations")

    def format_message(self, log_entry):
        locales = ", ".join(log_entry.data.get("locales", []))
        if log_entry.data.get("action") == "delete":
            return _("Deleted with its translations: %(locales)s") % {"locales": locales}
        return _("Taken down with its translations: %(locales)s") % {"locales": locales}
