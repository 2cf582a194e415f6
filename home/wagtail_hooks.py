from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SiteBranding


class SiteBrandingViewSet(SnippetViewSet):
    model = SiteBranding
    icon = "site"
    menu_label = "Site branding"
    list_display = ["__str__", "tagline"]


register_snippet(SiteBrandingViewSet)
