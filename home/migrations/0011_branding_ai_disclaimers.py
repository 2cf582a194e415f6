"""One AI disclaimer per kind of AI use (news.ai_labels) instead of one for "AI-generated".

The old text described AI-generated articles, which are now "written by AI and checked by an
editor": the column is renamed, so each language keeps its wording, and wagtail-localize's records of
the branding snippet (the source's stored content and the translation contexts of its strings) follow
the new name, so the Hungarian translation of that text stays translated. The AI-assisted text starts
empty: readers get the built-in wording in their language until the newsroom writes its own. Reversible.
"""

import json
import uuid

import wagtail.fields
from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations

OLD, NEW = "ai_disclaimer", "ai_written_disclaimer"
PATH_NAMESPACE = uuid.UUID("fcab004a-2b50-11ea-978f-2e728ce88125")  # TranslationContext._get_path_id


def _rename_in_localize(apps, old: str, new: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    TranslationContext = apps.get_model("wagtail_localize", "TranslationContext")
    branding = ContentType.objects.filter(app_label="home", model="sitebranding").first()
    if branding is None:
        return
    sources = TranslationSource.objects.filter(specific_content_type=branding)
    for source in sources:
        content = json.loads(source.content_json)
        if old in content:
            content[new] = content.pop(old)
            source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
            source.save(update_fields=["content_json"])
    object_ids = sources.values("object_id")
    for context in TranslationContext.objects.filter(object_id__in=object_ids, path=old):
        context.path = context.field_path = new
        context.path_id = uuid.uuid5(PATH_NAMESPACE, new)
        context.save(update_fields=["path", "field_path", "path_id"])


def forward(apps, schema_editor):
    _rename_in_localize(apps, OLD, NEW)


def backward(apps, schema_editor):
    _rename_in_localize(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_subscriber_labels"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.RenameField(model_name="sitebranding", old_name=OLD, new_name=NEW),
        migrations.AlterField(
            model_name="sitebranding",
            name=NEW,
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text=(
                    "Shown under the label of articles written by AI and checked by an editor. "
                    "Leave empty for the standard wording."
                ),
                verbose_name="disclaimer for articles written by AI",
            ),
        ),
        migrations.AddField(
            model_name="sitebranding",
            name="ai_assisted_disclaimer",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text=(
                    "Shown under the label of articles AI helped with (research, translation, summaries). "
                    "Leave empty for the standard wording."
                ),
                verbose_name="disclaimer for AI-assisted articles",
            ),
        ),
        migrations.RunPython(forward, backward),
    ]
