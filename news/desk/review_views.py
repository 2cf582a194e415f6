"""The moderator's confirmation before approving an unfinished translation (news.desk.review)."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import TaskState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from news.desk.links import edit_url
from news.desk.permissions import may_publish
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


def machine_texts(translation, limit=SHOWN_SEGMENTS) -> list[str]:
    """The machine's drafts in the translation that no person has saved or confirmed yet."""
    return list(
        StringTranslation.objects.filter(
            translation_of__segments__source_id=translation.source_id,
            locale_id=translation.target_locale_id,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            has_error=False,
        )
        .values_list("data", flat=True)
        .distinct()[:limit]
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


def confirm_publish(request, translation_id: int):
    """Publishing an unfinished translation from the translation editor: the same question as approving."""
    translation = get_object_or_404(
        Translation.objects.select_related("source"), pk=translation_id, enabled=True
    )
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    target = getattr(target, "specific", target)
    if not may_publish(request.user, target):
        raise PermissionDenied
    found = unchecked_segments(target)
    if request.method == "POST" and (found is None or request.POST.get("confirm_incomplete") == "1"):
        try:
            translation.save_target(user=request.user, publish=True)
        except ValidationError as error:
            messages.error(
                request, _("The translation cannot be published yet: %(errors)s") % {"errors": error}
            )
        else:
            messages.success(request, _("Published “%(title)s”.") % {"title": str(target)})
        return redirect(edit_url(target))
    counts = found[1] if found else None
    context = {
        "target": target,
        "edit_url": edit_url(target),
        "counts": counts,
        "must_confirm": request.method == "POST",
        "texts": untranslated_texts(translation) if found else [],
        "source_language": translation.source.locale.get_display_name(),
        "page_title": _("Publish an unfinished translation?"),
    }
    return TemplateResponse(request, "news/admin/confirm_publish.html", context)
