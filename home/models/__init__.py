"""The `home` app's models: the site's pages, its branding, its image model and newsletter readers."""

from home.models.branding import SiteBranding
from home.models.images import PortalImage, PortalRendition
from home.models.newsletter import Subscriber
from home.models.pages import HomePage, ReportFormField, ReportPage

__all__ = [
    "HomePage",
    "PortalImage",
    "PortalRendition",
    "ReportFormField",
    "ReportPage",
    "SiteBranding",
    "Subscriber",
]
