"""Admin forms the settings point at (Wagtail imports them by dotted path)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from portal import lockout


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, refusing a locked or slowed-down attempt before any password is checked
    (portal.lockout)."""

    error_messages = {
        **WagtailLoginForm.error_messages,
        lockout.LOCKED: _("Too many failed attempts. Please wait 15 minutes before trying again."),
        lockout.SLOWED: _(
            "There were many failed attempts to sign in to this account, so it accepts one attempt "
            "every %(seconds)s seconds. Please wait a little and try again."
        ),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        reason = self.request is not None and lockout.refusal(username, self.request)
        if reason:
            params = {"seconds": lockout.ACCOUNT_INTERVAL} if reason == lockout.SLOWED else None
            raise forms.ValidationError(self.error_messages[reason], code=reason, params=params)
        return super().clean()
