"""The moderator's confirmation before approving an unfinished translation (news.desk.review)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import TaskState
from wagtail_localize.models import StringSegment, StringTranslation

from news.desk.review import unchecked_segments

SHOWN_SEGMENTS = 30


def untranslated_texts(translation, limit=SHOWN_SEGMENTS) -> list[str]:
    """The source texts a reader of the translation would see in the original language."""
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
        has_error=False,
    )
    return list(
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(Exists(done))
        .order_by("order")
        .values_list("string__data", flat=True)[:limit]
    )


def confirm_approval(request, task_state_id: int):
    task_state = get_object_or_404(TaskState.objects.select_related("workflow_state"), pk=task_state_id)
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        messages.warning(request, _("This review has already ended."))
        return redirect("wagtailadmin_home")
    task = task_state.task.specific
    page = task_state.workflow_state.content_object
    page = getattr(page, "specific", page)
    if "approve" not in {name for name, _label, _modal in task.get_actions(page, request.user)}:
        raise PermissionDenied
    found = unchecked_segments(page)
    if request.method == "POST" and (found is None or request.POST.get("confirm_incomplete") == "1"):
        comment = request.POST.get("comment", "")[:2000]
        task.on_action(task_state, request.user, "approve", confirm_incomplete=True, comment=comment)
        messages.success(request, _("Approved “%(title)s”.") % {"title": page.get_admin_display_title()})
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    translation, counts = found if found else (None, None)
    context = {
        "page": page,
        "task_state": task_state,
        "counts": counts,
        "must_confirm": request.method == "POST",
        "texts": untranslated_texts(translation) if translation else [],
        "source_language": translation.source.locale.get_display_name() if translation else "",
        "page_title": _("Approve an unfinished translation?"),
    }
    return TemplateResponse(request, "news/admin/confirm_approval.html", context)
