"""Admin views for translators: "submit translation for moderation" and a checked PO upload."""

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation as localize_edit_views

from news.desk.status import progress

PO_UPLOAD_MAX_BYTES = 5 * 1024 * 1024


def submit_translation_for_moderation(request, translation_id: int):
    """Save the translator's segments as a draft of the target page and start its workflow.

    wagtail-localize's editor only offers "Publish"; translators, who may not publish, need this step
    to hand a finished translation to a moderator.
    """
    translation = get_object_or_404(Translation.objects.select_related("source"), pk=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    counts = progress([translation])[translation.pk]
    confirmed = request.POST.get("confirm_incomplete") == "1"
    if request.method != "POST" or (counts.unchecked and not confirmed):
        context = {
            "page": page,
            "translation": translation,
            "counts": counts,
            "must_confirm": request.method == "POST",
            "page_title": _("Submit translation for moderation"),
        }
        return TemplateResponse(request, "news/admin/submit_translation.html", context)

    workflow = page.get_workflow()
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.warning(request, _("This translation is already waiting for moderation."))
    elif workflow is None and state is None:
        messages.error(
            request, _("No moderation workflow applies to this page; ask an editor to publish it.")
        )
    else:
        try:
            with transaction.atomic():
                translation.save_target(user=request.user, publish=False)
                page.refresh_from_db()
                if state is not None:  # the moderator asked for changes: the same workflow goes on
                    state.resume(request.user)
                else:
                    workflow.start(page, request.user)
        except ValidationError as error:
            messages.error(request, _("The translation cannot be saved yet: %(errors)s") % {"errors": error})
        else:
            title = page.get_admin_display_title()
            messages.success(request, _("Submitted “%(title)s” for moderation.") % {"title": title})
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


@require_POST
def upload_pofile_checked(request, translation_id: int):
    """wagtail-localize's PO upload, after checking the file is a PO file made for this translation.

    The upstream view answers a PO file without its X-WagtailLocalize-TranslationID header (a file from
    another tool, or an edited one) with a server error; translators get a clear message instead.
    """
    upload = request.FILES.get("file")
    problem = None
    if upload is None:
        problem = _("Choose a PO file to upload.")
    elif upload.size > PO_UPLOAD_MAX_BYTES:
        problem = _("That file is too large for a translation PO file.")
    else:
        try:
            po = polib.pofile(upload.read().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            po = None
        if po is None or "X-WagtailLocalize-TranslationID" not in po.metadata:
            problem = _("Please upload a PO file exported from this translation.")
        upload.seek(0)
    if problem:
        messages.error(request, problem)
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    return localize_edit_views.upload_pofile(request, translation_id)
