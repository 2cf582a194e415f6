from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SiteBranding, Subscriber


class SiteBrandingViewSet(SnippetViewSet):
    model = SiteBranding
    icon = "site"
    menu_label = _("Site branding")
    list_display = ["__str__", "tagline"]


register_snippet(SiteBrandingViewSet)


class SubscriberViewSet(SnippetViewSet):
    """Newsletter readers: listed, filtered and exported (CSV / XLSX); addresses are not edited by hand."""

    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    add_to_admin_menu = True
    list_display = ["email", "language", "status", "created_at", "confirmed_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    list_export = ["email", "language", "status", "created_at", "confirmed_at", "unsubscribed_at"]
    export_filename = "newsletter-subscribers"
    ordering = ["-created_at"]

    def register_chooser_viewset(self):
        """No chooser: nothing links to a subscriber, and Wagtail's snippet choosers list every object to
        every admin user, which here would be readers' e-mail addresses."""


register_snippet(SubscriberViewSet)


class SubscriberDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete names every chosen snippet, also to a user who may not delete it: for
    subscribers that showed readers' addresses to any admin user who put their ids in the URL."""

    models = [Subscriber]

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "delete"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


# Registered after wagtail.snippets' own delete action, which it replaces for subscribers.
hooks.register("register_bulk_action", SubscriberDeleteBulkAction, order=1)


@hooks.register("filter_form_submissions_for_user")
def translators_do_not_read_reports(user, editable_forms):
    """Report submissions hold readers' names and e-mail addresses: translators may edit (translate) the
    form page itself, but its submissions are for editors and moderators only; reporters, who may edit
    pages anywhere in the tree (articles only, news.wagtail_hooks), do not read them either."""
    from news.roles import user_is_reporter_only, user_is_translator_only

    if user_is_translator_only(user) or user_is_reporter_only(user):
        return editable_forms.none()
    return editable_forms
