"""Newsletter pages: sign up (the box on articles and the home page sends readers here), confirm, change
the settings, unsubscribe. Each works on the subscriber a signed link names; the links in the mails
open a page with a button, so a mail scanner following links cannot confirm, change or cancel anybody.
Changes are POSTs with a CSRF token, except unsubscribing: mail clients POST the link of the
`List-Unsubscribe` header without one (RFC 8058), and its signed token is what authorises it."""

from django import forms
from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.newsletter import service as newsletter
from home.newsletter.tasks import send_confirmation_task, send_settings_link_task
from portal import ratelimit

SIGNUP_LIMIT, SIGNUP_WINDOW = 5, 3600  # sign-ups per connection (IP address) per hour; per e-mail: service
MAIL_TASKS = {newsletter.CONFIRM: send_confirmation_task, newsletter.SETTINGS: send_settings_link_task}


class SignupForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    language = forms.ChoiceField(label=_("Newsletter language"), choices=settings.LANGUAGES)
    website = ratelimit.honeypot_field()


class SettingsForm(forms.Form):
    language = forms.ChoiceField(label=_("Newsletter language"), choices=settings.LANGUAGES)


def _page(request, template, context, status=200):
    return TemplateResponse(request, f"newsletter/{template}.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    if request.method != "POST":
        initial = {"email": request.GET.get("email", "")[:254], "language": language}
        return _page(request, "signup", {"form": SignupForm(initial=initial)})
    form = SignupForm(request.POST)
    if not form.is_valid():
        return _page(request, "signup", {"form": form}, status=400)
    if form.cleaned_data["website"]:
        return _page(request, "sent", {})  # a bot: same answer, nothing stored, nothing sent
    if not ratelimit.allow(
        f"newsletter:{ratelimit.client_ip(request)}", limit=SIGNUP_LIMIT, window=SIGNUP_WINDOW
    ):
        form.add_error(None, _("Too many sign-ups from your connection. Please try again in an hour."))
        return _page(request, "signup", {"form": form}, status=429)
    result = newsletter.newsletter_signup(
        email=form.cleaned_data["email"], language=form.cleaned_data["language"]
    )
    if result.mail:
        # A broker outage is logged, never raised: the sign-up is saved, and the reader can ask again.
        MAIL_TASKS[result.mail].delay_on_commit(result.subscriber.pk)
    # The same page whatever happened: new, subscribed, or past the address's mail limit.
    return _page(request, "sent", {"email": form.cleaned_data["email"]})


def _read(request, token, *, salt, max_age, template):
    """(the subscriber the link names, None), or (None, the page saying what is wrong with the link)."""
    try:
        return newsletter.read_token(token, salt, max_age=max_age), None
    except newsletter.ExpiredToken:
        return None, _page(request, "bad_link", {"expired": True, "link": template}, status=400)
    except newsletter.InvalidToken:
        return None, _page(request, "bad_link", {"expired": False}, status=400)


def _token_view(request, token, *, salt, max_age, apply, template):
    """GET: the page with the button; POST: `apply` to the subscriber the link names."""
    subscriber, bad_link = _read(request, token, salt=salt, max_age=max_age, template=template)
    if bad_link:
        return bad_link
    if request.method == "POST":
        return _page(request, f"{template}_done", {"subscriber": apply(subscriber)})
    return _page(request, template, {"subscriber": subscriber})


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    return _token_view(
        request,
        token,
        salt=newsletter.CONFIRM_SALT,
        max_age=newsletter.CONFIRM_MAX_AGE,
        apply=newsletter.confirm_subscriber,
        template="confirm",
    )


@csrf_exempt  # RFC 8058 one-click: the mail client's POST carries the signed token and nothing else
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    return _token_view(
        request,
        token,
        salt=newsletter.UNSUBSCRIBE_SALT,
        max_age=None,
        apply=newsletter.unsubscribe_subscriber,
        template="unsubscribe",
    )


@require_http_methods(["GET", "HEAD", "POST"])
def subscriber_settings(request, token):
    """The newsletter's language, changed only here: the link is mailed to the address itself."""
    subscriber, bad_link = _read(
        request,
        token,
        salt=newsletter.SETTINGS_SALT,
        max_age=newsletter.SETTINGS_MAX_AGE,
        template="settings",
    )
    if bad_link:
        return bad_link
    if request.method != "POST":
        form = SettingsForm(initial={"language": subscriber.language})
        return _page(request, "settings", {"subscriber": subscriber, "form": form})
    form = SettingsForm(request.POST)
    if not form.is_valid():
        return _page(request, "settings", {"subscriber": subscriber, "form": form}, status=400)
    newsletter.change_language(subscriber, form.cleaned_data["language"])
    return _page(request, "settings_done", {"subscriber": subscriber})
