"""Embeds that never block a save and never wait on a provider while a reader waits.

Wagtail's EmbedBlock asks the oEmbed provider when the editor saves and refuses the whole article
("Cannot find an embed for this URL") when the provider cannot be reached; on every render it asks
again for a URL it has no stored answer for (up to 10 s each). Here the provider is asked only when the
editor saves: its answer is stored (Wagtail's Embed table) and shown; without one, the block keeps
its URL and readers get a link card (the site's name and the address) in the article's language.
"""

from urllib.parse import urlsplit

from django.template.loader import render_to_string
from django.utils.functional import cached_property
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed


class StoredEmbedValue(EmbedValue):
    """An embed whose HTML comes from the stored provider answer only: rendering makes no request."""

    @cached_property
    def stored(self) -> Embed | None:
        embed_hash = embeds.get_embed_hash(self.url, self.max_width, self.max_height)
        return Embed.objects.filter(hash=embed_hash).first()

    @cached_property
    def html(self) -> str:
        if self.stored is None or not self.stored.html:
            return ""
        # Wagtail's embed_to_frontend_html would ask the provider again once the answer's cache_until
        # passed; an old answer is better than a reader waiting on a provider.
        return render_to_string("wagtailembeds/embed_frontend.html", {"embed": self.stored})

    @cached_property
    def card_title(self) -> str:
        """What the link card calls the page: the provider's title if it ever gave one, else its site."""
        if self.stored is not None and self.stored.title:
            return self.stored.title
        host = urlsplit(self.url).hostname or self.url
        return host.removeprefix("www.")


def fetch(value: EmbedValue) -> bool:
    """Ask the provider now (the editor publishes or submits) and store its answer; False without one."""
    try:
        embeds.get_embed(value.url, value.max_width, value.max_height)
    except EmbedException:
        return False
    return True


class LinkCardEmbedBlock(EmbedBlock):
    """An EmbedBlock (same stored value: a URL string) that saves a URL it cannot embed as a link card."""

    def _value(self, url):
        meta = self.meta
        return StoredEmbedValue(url, getattr(meta, "max_width", None), getattr(meta, "max_height", None))

    def to_python(self, value):
        return self._value(value) if value else None

    def value_from_form(self, value):
        return self._value(value) if value else None

    def normalize(self, value):
        if isinstance(value, EmbedValue):
            return self._value(value.url) if value.url else None
        return self._value(value) if value else None

    def get_default(self):
        default = super().get_default()
        return self._value(default.url) if default else None

    def clean(self, value):
        # The URL itself must still be a URL (URLBlock's validation); an unreachable or unknown
        # provider only means the readers get a link card instead of the player. Autosave and
        # "Save draft" (deferred validation) do not ask: a slow provider must not hold up every
        # keystroke's save; publishing and submitting do.
        if isinstance(value, EmbedValue) and not getattr(self, "is_deferred_validation", False):
            fetch(value)
        return super(EmbedBlock, self).clean(value)
