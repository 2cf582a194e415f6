"""The article body: the blocks an editor can stack, each rendered by
templates/components/streamfield/<block>.html. Every text inside them is a translation segment."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from news import pictures
from news.embeds import LinkCardEmbedBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("h2", _("Heading")), ("h3", _("Subheading"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "components/streamfield/quote.html"


class PullQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Text"), help_text=_("A short line lifted from the article."))

    class Meta:
        icon = "pick"
        template = "components/streamfield/pull_quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    """A picture whose caption and alt text are the article's own, translated with it (news.pictures)."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=400)
    alt = blocks.CharBlock(
        label=_("Alt text"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the image's own."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        language = pictures.page_language((parent_context or {}).get("page"))
        context["alt"] = pictures.picture_alt(value.get("alt"), value.get("image"), language)
        context["caption"] = pictures.picture_caption(value.get("caption"), value.get("image"), language)
        return context

    class Meta:
        icon = "image"
        template = "components/streamfield/image.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    items = blocks.ListBlock(blocks.TextBlock(label=_("Fact")), label=_("Facts"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "components/streamfield/fact_box.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("context", _("Context")), ("warning", _("Warning"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "components/streamfield/callout.html"


class DataTableBlock(blocks.StructBlock):
    """A simple table whose every cell is a translation segment.

    Wagtail's TableBlock stores cells as one JSON blob that wagtail-localize cannot split into
    segments, so a Hungarian table would keep English headers; lists of cells translate cleanly.
    """

    # "Caption" of a table, not of a picture: Hungarian has two words for them.
    caption = blocks.CharBlock(label=pgettext_lazy("table", "Caption"), required=False, max_length=200)
    columns = blocks.ListBlock(blocks.CharBlock(label=_("Column heading")), label=_("Column headings"))
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Row")), label=_("Rows")
    )

    class Meta:
        icon = "table"
        template = "components/streamfield/table.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, template="components/streamfield/paragraph.html"
    )
    heading = HeadingBlock(label=_("Heading"))
    quote = QuoteBlock(label=_("Quote"))
    pull_quote = PullQuoteBlock(label=_("Pull quote"))
    image = CaptionedImageBlock(label=_("Image"))
    embed = LinkCardEmbedBlock(label=_("Embed"), template="components/streamfield/embed.html")
    fact_box = FactBoxBlock(label=_("Fact box"))
    table = DataTableBlock(label=_("Table"))
    callout = CalloutBlock(label=_("Call-out"))
