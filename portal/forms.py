"""Admin forms the settings point at (Wagtail imports them by dotted path)."""

from portal.lockout import login_form_class

LoginForm = login_form_class()
