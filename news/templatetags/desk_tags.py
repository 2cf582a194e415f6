"""The translation desk around wagtail-localize's editor (news/templates/wagtail_localize/admin/)."""

import json

from django import template
from wagtail.models import Page, TaskState, WorkflowState

from news.desk import takedown
from news.desk.permissions import may_publish, may_restructure
from news.desk.status import progress

register = template.Library()


@register.simple_tag(takes_context=True)
def desk_props(context) -> str:
    """The editor's props with what this user may not do taken out: the React component shows Publish,
    Delete and "Convert to alias" from them (the views refuse them too: news.desk, news.wagtail_hooks)."""
    user, instance = context["request"].user, context["instance"]
    data = json.loads(context["props"])
    if not may_publish(user, instance):
        data["perms"].update(canPublish=False, canUnpublish=False, canDelete=False)
    if not may_restructure(user, instance):
        data["links"]["convertToAliasUrl"] = None
    return json.dumps(data)


@register.inclusion_tag("news/admin/desk_bar.html", takes_context=True)
def desk_bar(context):
    """Submit for moderation (the translator's primary action), confirming the machine's drafts, and the
    moderator's request for changes."""
    request, instance, translation = context["request"], context.get("instance"), context.get("translation")
    state = instance.current_workflow_state if isinstance(instance, Page) else None
    in_moderation = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    needs_changes = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    comment = None
    if needs_changes:
        rejected = (
            TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
            .order_by("-finished_at")
            .first()
        )
        comment = rejected.get_comment() if rejected else ""
    # Counted as the editor loads; the confirmation itself takes whatever drafts are left by then.
    machine_drafts = 0
    if translation is not None and isinstance(instance, Page) and not in_moderation:
        machine_drafts = progress([translation])[translation.pk].machine_unreviewed
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "translation": translation,
        "is_page": isinstance(instance, Page),
        "in_moderation": in_moderation,
        "needs_changes": needs_changes,
        "comment": comment,
        "machine_drafts": machine_drafts,
        "hide_stop": not may_restructure(request.user, instance),
    }


@register.simple_tag(takes_context=True)
def takedown_plans(context, pages, action):
    """For the unpublish and delete confirm screens (news/admin/takedown_box.html): each original among
    `pages` (a page, or a bulk action's items) with the translations the action would take down with it."""
    if isinstance(pages, Page):
        pages = [pages]
    pages = [item["item"] if isinstance(item, dict) else item for item in pages]
    user = context["request"].user
    plans = (takedown.plan(user, page, action) for page in pages)
    return [plan for plan in plans if plan.translations]
