"""Routing to a child page in one query."""

from portal.routing import privacy


class SpecificChildRouteMixin:
    """Route to a child of `child_route_model` in one query instead of Wagtail's two (page, then specific).

    Any other child type still routes through Wagtail's default, so the tree stays open to new page types.
    """

    child_route_model = None

    def child_route_queryset(self):
        """What the child is loaded with; a page type adds what its template needs in the same query."""
        return self.child_route_model.objects.all()

    def route(self, request, path_components):
        if path_components and self.child_route_model is not None:
            try:
                # The privacy stamp comes with the row (portal.routing.privacy): no query of its own.
                children = self.child_route_queryset().child_of(self)
                children = children.annotate(privacy_stamp=privacy.stamp_expression())
                child = children.get(slug=path_components[0])
            except self.child_route_model.DoesNotExist:
                return super().route(request, path_components)
            child.routed_parent = self  # the page's context reuses it instead of asking for its parent
            return child.route(request, path_components[1:])
        return super().route(request, path_components)
