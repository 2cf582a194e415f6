from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.newsletter import views as newsletter_views
from news import sitemaps
from news.audio.serving import listen
from news.feeds import ArticleFeed
from portal import health, views
from portal.caching.policy import cache_policy
from portal.forms import LoginForm
from portal.signin import views as signin_views
from search import views as search_views

handler500 = "portal.views.server_error"

# Unprefixed: the language redirect, the admin, documents, robots and the sitemaps.
urlpatterns = [
    path("", views.language_redirect, name="language_redirect"),
    # Before Wagtail's admin: its login view marking the device as known, and e-mailed sign-in links.
    path("admin/login/", signin_views.LoginView.as_view()),
    path("admin/login/link/", signin_views.link_request, name="signin_link_request"),
    path("admin/login/link/<str:token>/", signin_views.link_signin, name="signin_link"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", cache_policy("feed")(sitemaps.sitemap_index), name="sitemap"),
    path(
        "sitemap-pages.xml",
        cache_policy("feed")(sitemap),
        {"sitemaps": {"pages": sitemaps.PageSitemap}},
        name="sitemap_pages",
    ),
    path("sitemap-news-<str:language>.xml", cache_policy("feed")(sitemaps.news_sitemap), name="news_sitemap"),
    path("healthz", health.healthz, name="healthz"),
    # An article's reading, only while the article is visible to the reader (news.audio.serving).
    path("listen/<int:article_id>/<int:document_id>.<str:extension>", listen, name="listen"),
    path("robots.txt", cache_policy("feed")(views.robots_txt), name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every reader-facing page carries its language prefix: /en/..., /hu/...; search paths are translated.
urlpatterns += i18n_patterns(
    path(_("search/"), cache_policy("search")(search_views.search_page), name="search"),
    path(_("search/suggest/"), cache_policy("search")(search_views.suggest), name="search_suggest"),
    path(_("newsletter/"), newsletter_views.signup, name="newsletter"),
    path(_("newsletter/confirm/<str:token>/"), newsletter_views.confirm, name="newsletter_confirm"),
    path(
        _("newsletter/unsubscribe/<str:token>/"), newsletter_views.unsubscribe, name="newsletter_unsubscribe"
    ),
    path(
        _("newsletter/settings/<str:token>/"),
        newsletter_views.subscriber_settings,
        name="newsletter_settings",
    ),
    path("rss/", cache_policy("feed")(ArticleFeed()), name="feed"),
    path("<str:section>/rss/", cache_policy("feed")(ArticleFeed()), name="section_feed"),
    # Wagtail's views for private pages (wagtail.urls), before the page route, whose pattern matches
    # `_util/...` too: the password form of a protected page, and the login of a login-only one (with
    # the admin's login form, so the lockout counts and refuses here as well).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "_util/login/",
        auth_views.LoginView.as_view(template_name="access/login.html", authentication_form=LoginForm),
        name="wagtailcore_login",
    ),
    re_path(wagtail_urls.serve_pattern, home_views.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
