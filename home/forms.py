from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from home.models.images import image_text_language


def _other_languages():
    # Django's translated language names ("Hungarian", "Magyar"): settings.LANGUAGES holds each language's
    # own name, which would put "English" into the labels of a Hungarian-speaking editor.
    return [
        (code, get_language_info(code)["name_translated"])
        for code, _name in settings.LANGUAGES
        if code != image_text_language()
    ]


class PortalImageForm(BaseImageForm):
    """Adds a caption and alt-text field per additional language, stored in `localized_text`.

    The picture's own caption and description are its text in the default language; their labels say
    which, so nobody types Hungarian into the English alt text (home.models.images)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default_name = get_language_info(image_text_language())["name_translated"]
        for name, label in (
            ("caption", _("Caption (%(language)s)")),
            ("description", _("Alt text (%(language)s)")),
        ):
            if name in self.fields:
                self.fields[name].label = label % {"language": default_name}
        stored = self.instance.localized_text or {}
        for code, name in _other_languages():
            self.fields[f"caption_{code}"] = forms.CharField(
                label=_("Caption (%(language)s)") % {"language": name},
                max_length=400,
                required=False,
                initial=stored.get(code, {}).get("caption", ""),
            )
            self.fields[f"alt_{code}"] = forms.CharField(
                label=_("Alt text (%(language)s)") % {"language": name},
                max_length=255,
                required=False,
                initial=stored.get(code, {}).get("alt", ""),
            )

    def save(self, commit=True):
        texts = {}
        for code, _name in _other_languages():
            entry = {
                key: self.cleaned_data.get(f"{key}_{code}", "").strip()
                for key in ("caption", "alt")
                if self.cleaned_data.get(f"{key}_{code}", "").strip()
            }
            if entry:
                texts[code] = entry
        self.instance.localized_text = texts
        return super().save(commit=commit)
