"""The admin's sign-in pages, mounted before Wagtail's admin URLs (portal/urls.py): Wagtail's login view
marking the device as known, and the e-mailed sign-in link (asking for one, using one).

The link is used by a POST from its page, never by opening it: a mail scanner that follows links must
not spend it."""

from django import forms
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.views.account import LoginView as WagtailLoginView

from portal import ratelimit
from portal.signin import devices, links
from portal.signin.tasks import send_signin_link

REQUEST_LIMIT, REQUEST_WINDOW = 5, 3600  # link requests per address per hour


class LoginView(WagtailLoginView):
    def form_valid(self, form):
        response = super().form_valid(form)
        devices.remember(response, self.request, form.get_user())
        return response


class LinkRequestForm(forms.Form):
    login = forms.CharField(label=_("Username or e-mail address"), max_length=254)
    website = ratelimit.honeypot_field()


def _page(request, template, context, status=200):
    context = {"minutes": links.MAX_AGE // 60, **context}
    return TemplateResponse(request, f"signin/{template}.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def link_request(request):
    if request.method != "POST":
        return _page(request, "request", {"form": LinkRequestForm()})
    form = LinkRequestForm(request.POST)
    if not form.is_valid():
        return _page(request, "request", {"form": form}, status=400)
    if form.cleaned_data["website"]:
        return _page(request, "sent", {})  # a bot: the same answer, nothing sent
    if not ratelimit.allow(
        f"signin-request:{ratelimit.client_ip(request)}", limit=REQUEST_LIMIT, window=REQUEST_WINDOW
    ):
        form.add_error(None, _("Too many requests from your connection. Please try again in an hour."))
        return _page(request, "request", {"form": form}, status=429)
    # The same work whatever was typed: the task looks the account up (a broker outage is logged).
    send_signin_link.delay_on_commit(form.cleaned_data["login"])
    return _page(request, "sent", {})


@require_http_methods(["GET", "HEAD", "POST"])
def link_signin(request, token):
    """GET: the page with the button; POST: sign in, mark the device as known, forget its failures."""
    try:
        user = links.sign_in(request, token) if request.method == "POST" else links.account_for(token)
    except links.BadLink as error:
        return _page(request, "bad_link", {"expired": error.expired}, status=400)
    if request.method != "POST":
        return _page(request, "link", {"account": user})
    request.session.set_expiry(0)  # like a login without "Remember me"
    response = redirect(reverse("wagtailadmin_home"))
    devices.remember(response, request, user)
    return response
