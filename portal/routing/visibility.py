"""Which pages readers may see, at a fixed number of queries: live pages outside private subtrees."""

from django.db.models import Q
from django.template.response import TemplateResponse
from wagtail.models import Page, PageViewRestriction

from portal.caching.keys import RESTRICTED_PATHS, memo
from portal.routing import privacy


def restricted_paths() -> list[str]:
    """Tree paths of pages with a view restriction; cached under the privacy stamp read from PostgreSQL
    (portal.routing.privacy), so a change is seen at once on every node whatever Redis says."""
    return memo(
        RESTRICTED_PATHS,
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
        stamp=privacy.current(),
    )


def public_q(*, inside: str = "") -> Q:
    """Pages outside any private section, or, with `inside` (the tree path of the page being served,
    whose restrictions the reader has passed), outside any private section below it: a login-only
    section lists its own articles to the reader it let in, but not a password-protected one among them.

    Wagtail's `.public()` loads every view restriction in a query each time it is called, and a
    correlated subquery costs a probe per row on large scans. Restrictions are few and rarely change,
    so their paths are cached and turned into plain prefix exclusions (none at all on a public site).
    """
    condition = Q()
    for path in restricted_paths():
        if not inside.startswith(path):
            condition &= ~Q(path__startswith=path)
    return condition


class ViewRestrictionsInOneQueryMixin:
    """Wagtail's get_view_restrictions() with the same rules in one query instead of two.

    Restrictions apply from the page and its ancestors; an alias (of a page or of an ancestor) takes
    its source's restrictions, never its own. Wagtail first loads the ancestors, then the restrictions.
    """

    def may_be_restricted(self) -> bool:
        """False when no view restriction can apply, known from the cached restricted paths without a
        query (kept on the instance: serving asks twice). An alias takes its source's restrictions, so
        it always may be."""
        if not hasattr(self, "_may_be_restricted"):
            privacy.seen(getattr(self, "privacy_stamp", None))  # read with the row (remembered routes)
            self._may_be_restricted = self.alias_of_id is not None or any(
                self.path.startswith(path) for path in restricted_paths()
            )
        return self._may_be_restricted

    def get_view_restrictions(self):
        if not self.may_be_restricted():
            return PageViewRestriction.objects.none()
        step = self.steplen
        chain = Page.objects.filter(
            path__in=[self.path[:end] for end in range(step, len(self.path) + 1, step)]
        )
        return PageViewRestriction.objects.filter(
            Q(page__in=chain.filter(alias_of__isnull=True))
            | Q(page__in=chain.exclude(alias_of=None).values("alias_of"))
        )

    password_required_template = "access/password_required.html"  # noqa: S105 (a template name)

    def serve_password_required_response(self, request, form, action_url):
        """The password form knows nothing of the page it guards. Wagtail renders it with the page's
        whole context, and the site's base template would put the page's title, description and
        language versions into the head of a page anybody may load."""
        context = {"form": form, "action_url": action_url}
        return TemplateResponse(request, self.password_required_template, context)
