"""Starting translations without overwriting another language's originals.

wagtail-localize's `TranslationCreator` also translates the snippets an object uses (its bylines and
topics) into every target language, and publishes them over whatever is there under the same
translation key. Translating a Hungarian article into English therefore rewrote the English author and
topic, originals of their own of which the Hungarian ones are translations, on every English article.
Here a related object is translated into a language only where it does not exist yet, or where the
version there is this very source's translation; an original in the target language is left alone.
"""

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator


def may_write_translation(instance, locale) -> bool:
    """Whether translating `instance` into `locale` may create or update the object there."""
    existing = type(instance)._default_manager.filter(translation_key=instance.translation_key, locale=locale)
    if not existing.exists():
        return True
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        source__locale_id=instance.locale_id,
        target_locale=locale,
    ).exists()


class DeskTranslationCreator(TranslationCreator):
    def create_translations(self, instance, include_related_objects=True):
        if include_related_objects:  # the object submitted for translation: as wagtail-localize does
            return super().create_translations(instance, include_related_objects=include_related_objects)
        if isinstance(instance, Page):
            instance = instance.specific
        all_locales = self.target_locales
        self.target_locales = [locale for locale in all_locales if may_write_translation(instance, locale)]
        try:
            if self.target_locales:
                super().create_translations(instance, include_related_objects=False)
        finally:
            self.target_locales = all_locales
        return None


@transaction.atomic
def translate_object(instance, locales, components=None, user=None):
    """wagtail_localize.operations.translate_object with the desk's creator."""
    translator = DeskTranslationCreator(user, locales)
    translator.create_translations(instance)
    if components is not None:
        components.save(translator, sources_and_translations=translator.mappings)


@transaction.atomic
def translate_page_subtree(page_id, locales, components, user):
    """wagtail_localize.operations.translate_page_subtree with the desk's creator (a background job)."""
    translator = DeskTranslationCreator(user, locales)

    def walk(current_page):
        for child_page in current_page.get_children():
            translator.create_translations(child_page)
            if child_page.numchild:
                walk(child_page)

    walk(Page.objects.get(id=page_id))
    if components is not None:
        components.save(translator, sources_and_translations=translator.mappings)
