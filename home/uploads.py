"""What an image upload must be before anything stores or decodes it: a file the image library can decode,
of at most WAGTAILIMAGES_MAX_IMAGE_PIXELS pixels (the cap is read from the header, before decoding).

Wagtail's own field (wagtail.images.fields.WagtailImageField) reads the header, then decodes the whole
picture to count its pixels: a 97 KB PNG of 10,000 x 10,000 pixels cost the editor's request hundreds of
MB before being refused, and a truncated upload (a PNG cut in half) raised OSError there: a 500.
"""

import warnings

from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField

# Pillow's ways of saying a file is broken: OSError (truncated data, unidentified format), SyntaxError
# (a malformed header), ValueError, EOFError.
BROKEN = (OSError, SyntaxError, ValueError, EOFError)


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, with a form error (never a 500) for an undecodable file or a pixel bomb."""

    def to_python(self, data):
        if data and hasattr(data, "read"):
            self._check_header_pixels(data)
        try:
            return super().to_python(data)
        except BROKEN as exc:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from exc

    def _check_header_pixels(self, data) -> None:
        """Width x height from the header (Pillow opens lazily); what it cannot read is left to Wagtail."""
        if self.max_image_pixels is None:
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)  # we check the size
                with PILImage.open(data) as header:
                    width, height = header.size
        except PILImage.DecompressionBombError:  # over twice Pillow's own limit: no size given
            width = height = None
        except BROKEN:
            return
        finally:
            data.seek(0)
        if width is not None and width * height <= self.max_image_pixels:
            return
        raise ValidationError(
            self.error_messages["file_too_many_pixels"]
            % {
                "num_pixels": width * height if width is not None else "?",
                "max_pixels_count": self.max_image_pixels,
            },
            code="file_too_many_pixels",
        )


def use_decoded_image_field(form) -> None:
    """Wagtail builds the image field itself for every image form (add, edit, multiple upload:
    wagtail.images.forms.formfield_for_dbfield); only its parsing changes, so its settings, labels and
    messages stay Wagtail's."""
    if type(form.fields.get("file")) is WagtailImageField:
        form.fields["file"].__class__ = DecodedImageField
