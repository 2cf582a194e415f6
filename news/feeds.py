"""RSS 2.0 feeds in each language: the whole site (/hu/rss/) and each section (/hu/gazdasag/rss/).

Each item carries the full standfirst, the bylines, the topics as categories and the hero picture as
an enclosure; an article made with AI says so first in its description and as a category, in the
feed's language (news.ai_labels). The page heads link to the feeds (portal_tags.feed_links). A feed
is one query for the home page, one for the section, and a fixed handful for its items, whatever
their number.
"""

import mimetypes
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from news import ai_labels
from news.models import ArticleAuthor, ArticlePage, ArticleTopic, SectionPage
from news.renditions.stored import stored_renditions
from portal.links import absolute_url
from portal.routing.roots import localized_root
from portal.routing.sites import site_for
from portal.routing.visibility import public_q

FEED_SIZE = 30
ENCLOSURE_SPEC = "fill-1200x675-c75"  # the article page's hero size: usually rendered already


@dataclass(frozen=True)
class FeedSource:
    home: object
    section: SectionPage | None


def feed_articles(source: FeedSource):
    """The newest live, public articles of the feed's language, under its section or its home."""
    Rendition = get_image_model().get_rendition_model()
    parent = source.section or source.home
    return (
        ArticlePage.objects.visible()
        .filter(locale_id=parent.locale_id)
        .descendant_of(parent)
        .select_related("hero_image")
        .prefetch_related(
            Prefetch("hero_image__renditions", queryset=Rendition.objects.filter(filter_spec=ENCLOSURE_SPEC)),
            Prefetch("article_authors", queryset=ArticleAuthor.objects.select_related("author")),
            Prefetch("article_topics", queryset=ArticleTopic.objects.select_related("topic")),
        )
        .order_by("-first_published_at", "-pk")[:FEED_SIZE]
    )


class ArticleFeed(Feed):
    def get_object(self, request, section=None):
        self.request = request
        home = localized_root(site_for(request))
        if home is None:
            raise Http404("No home page in this language")
        found = None
        if section is not None:
            found = SectionPage.objects.live().filter(public_q()).child_of(home).filter(slug=section).first()
            if found is None:
                raise Http404("No such section")
        return FeedSource(home=home, section=found)

    def title(self, source):
        return f"Budapest Post – {source.section.title}" if source.section else "Budapest Post"

    def link(self, source):
        return (source.section or source.home).get_full_url(self.request)

    def feed_url(self, source):
        # Django would build the feed's self link from the request's Host.
        return absolute_url(self.request.path, self.request)

    def description(self, source):
        if source.section and source.section.intro:
            return source.section.intro
        return _("Budapest, Europe and world news")

    def items(self, source):
        return feed_articles(source)

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        if label := ai_labels.label(article.ai_use):
            return f"{label}. {article.standfirst}"
        return article.standfirst

    def item_link(self, article):
        return article.get_full_url(self.request)  # the origin Wagtail, sitemaps and JSON-LD use

    def item_guid(self, article):
        return article.get_full_url(self.request)

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        return ", ".join(link.author.name for link in article.article_authors.all()) or None

    def item_categories(self, article):
        topics = [link.topic.name for link in article.article_topics.all()]
        return [label, *topics] if (label := ai_labels.label(article.ai_use)) else topics

    def item_enclosures(self, article):
        if article.hero_image is None:
            return []
        # Prefetched with the hero; never made here (news.renditions.stored queues a missing one).
        found = stored_renditions(article.hero_image, [ENCLOSURE_SPEC], article_id=article.pk)
        if not found:
            return []
        rendition = found[0]
        try:
            size = rendition.file.size
        except (OSError, ValueError):  # a rendition file gone from storage must not take the feed down
            return []
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        return [Enclosure(absolute_url(rendition.url, self.request), str(size), mime_type)]
