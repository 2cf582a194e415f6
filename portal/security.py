"""Content Security Policy for the public site (Django 6.1's built-in CSP).

Readers' pages load only the site's own script, styles, images and audio; embeds are the only frames.
No nonce: a nonce would be per-request bytes in HTML that Varnish shares, and no page needs one, as
there is no inline script or style (JSON-LD is data, not script). The Wagtail admin has inline scripts
of its own and keeps Django's other protections (X-Frame-Options, nosniff, CSRF) without this policy.
"""

from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.utils.csp import CSP

from portal.caching.policy import ADMIN_PREFIXES

# Embeds (news.blocks EmbedBlock) come from whichever oEmbed provider an editor uses; a frame runs in
# its own origin, so any HTTPS frame is allowed, and nothing else.
EMBED_FRAMES = ["https:"]

PUBLIC_POLICY = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "media-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": EMBED_FRAMES,
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}


# Powerful browser features no page of ours uses, off for every response (admin included): a script
# that slipped in could not reach the camera, the microphone or the reader's location. Autoplay and
# fullscreen stay with our own origin (the listen player) and embedded videos (their frames).
PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "camera=()",
        "display-capture=()",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        "payment=()",
        "usb=()",
        "browsing-topics=()",
        "autoplay=(self)",
        'fullscreen=(self "https:")',
    ]
)


class PublicSiteCSPMiddleware(ContentSecurityPolicyMiddleware):
    def process_response(self, request, response):
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path.startswith(ADMIN_PREFIXES) or getattr(request, "is_preview", False):
            return response
        return super().process_response(request, response)
