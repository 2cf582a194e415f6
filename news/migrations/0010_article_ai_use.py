"""ArticlePage.ai_generated (yes/no) becomes ai_use, one of three kinds of disclosure (news.ai_labels).

Forward: AI-generated -> "written by AI and checked by an editor", the rest -> human. Backward:
"written by AI" and "AI-assisted" -> AI-generated (a rollback must not drop a disclosure readers had),
human -> not. Revisions and translation sources keep their JSON as saved: content with only
`ai_generated` is read through ArticlePage.from_serializable_data (news.ai_labels.from_legacy), so
drafts and history saved before this migration keep their label without rewriting every revision.
"""

from django.db import migrations, models


def forward(apps, schema_editor):
    ArticlePage = apps.get_model("news", "ArticlePage")
    ArticlePage.objects.filter(ai_generated=True).update(ai_use="ai_written")
    ArticlePage.objects.filter(ai_generated=False).update(ai_use="human")


def backward(apps, schema_editor):
    ArticlePage = apps.get_model("news", "ArticlePage")
    ArticlePage.objects.exclude(ai_use="human").update(ai_generated=True)
    ArticlePage.objects.filter(ai_use="human").update(ai_generated=False)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0009_assignment_labels"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlepage",
            name="ai_use",
            field=models.CharField(
                choices=[
                    ("human", "Written by people, no AI label"),
                    ("ai_assisted", "AI-assisted: research, machine translation or summaries"),
                    ("ai_written", "Written by AI and checked by an editor"),
                ],
                default="human",
                help_text=(
                    "What readers are told about AI in this story: on the article, its cards, feeds and "
                    "search results. AI-assisted: AI helped with research, translation or summaries. Written "
                    "by AI: the text comes from AI and an editor checked it. Translations follow the "
                    "original, and a machine-translated translation is at least AI-assisted."
                ),
                max_length=16,
                verbose_name="use of AI",
            ),
        ),
        migrations.RunPython(forward, backward),
        migrations.RemoveField(
            model_name="articlepage",
            name="ai_generated",
        ),
    ]
