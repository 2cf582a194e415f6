"""What readers may see of articles, as queryset methods: `ArticlePage.objects.visible()`."""

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from portal.routing.visibility import public_q


class ArticleQuerySet(PageQuerySet):
    def visible(self, *, inside: str = ""):
        """Live articles outside any private section: what readers, feeds, search and related blocks see.
        `inside`: the tree path of the page being served, whose own restrictions the reader has passed
        (portal.routing.visibility.public_q)."""
        return self.live().filter(public_q(inside=inside))

    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")


ArticleManager = PageManager.from_queryset(ArticleQuerySet)
