from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SiteBranding, Subscriber


class SiteBrandingViewSet(SnippetViewSet):
    model = SiteBranding
    icon = "site"
    menu_label = "Site branding"
    list_display = ["__str__", "tagline"]


register_snippet(SiteBrandingViewSet)


class SubscriberViewSet(SnippetViewSet):
    """Newsletter readers: listed, filtered and exported (CSV / XLSX); addresses are not edited by hand."""

    model = Subscriber
    icon = "mail"
    menu_label = "Newsletter subscribers"
    add_to_admin_menu = True
    list_display = ["email", "language", "status", "created_at", "confirmed_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    list_export = ["email", "language", "status", "created_at", "confirmed_at", "unsubscribed_at"]
    export_filename = "newsletter-subscribers"
    ordering = ["-created_at"]


register_snippet(SubscriberViewSet)
