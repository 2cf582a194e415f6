from django.utils.translation import gettext_lazy as _
from wagtail import hooks
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


register_snippet(SubscriberViewSet)


@hooks.register("filter_form_submissions_for_user")
def translators_do_not_read_reports(user, editable_forms):
    """Report submissions hold readers' names and e-mail addresses: translators may edit (translate) the
    form page itself, but its submissions are for editors and moderators only."""
    from news.roles import user_is_translator_only

    return editable_forms.none() if user_is_translator_only(user) else editable_forms
