"""A story's AI label in every language: what the publish of an original does to its translations."""

from news import ai_labels
from news.desk.status import machine_drafted
from news.models import ArticlePage


def follow_original(original: ArticlePage) -> list[ArticlePage]:
    """Give every translation of `original` the story's value now, not at its next sync: a label the
    editor changes on the original must reach readers in every language with the same publish
    (wagtail-localize copies synchronised fields only when a translation is synced). Updates the page
    rows (what readers are shown) and returns the translations changed, for the pipeline to refresh.
    Their drafts take the value when they are next saved (ArticlePage.clean)."""
    if original.original_ai_use() is not None:
        return []  # a translation follows its original, never the other way round
    changed = []
    translations = ArticlePage.objects.filter(translation_key=original.translation_key)
    translations = translations.exclude(pk=original.pk)
    for translation in translations.filter(alias_of__isnull=True):
        wanted = ai_labels.story_value(original.ai_use, machine_drafted(translation))
        if translation.ai_use != wanted:
            ArticlePage.objects.filter(pk=translation.pk).update(ai_use=wanted)
            translation.ai_use = wanted
            changed.append(translation)
    return changed
