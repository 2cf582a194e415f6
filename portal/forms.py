"""Admin forms the settings point at (Wagtail imports them by dotted path)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from portal.lockout import is_locked


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, refusing a locked account or address before any password is checked
    (portal.lockout)."""

    error_messages = {
        **WagtailLoginForm.error_messages,
        "locked_out": _("Too many failed attempts. Please wait 15 minutes before trying again."),
    }

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        if self.request is not None and is_locked(username, self.request):
            raise forms.ValidationError(self.error_messages["locked_out"], code="locked_out")
        return super().clean()
