"""The site's home page in the reader's language."""

from django.conf import settings
from django.db.models import Subquery
from django.utils import translation
from wagtail.models import Page, Site


def localized_root(site: Site | None, model=Page):
    """The site root's translation in the active language, as `model`, in one query.

    Wagtail resolves it as root page -> `.localized` -> `.specific`: up to three queries per request.
    The caller names the root's page type (home.views passes HomePage); feeds need only its path.
    """
    if site is None:
        return None
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    root = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
    return model.objects.filter(translation_key=Subquery(root), locale__language_code=language).first()
