"""The desk's own admin screens: a translator's queue, assigning a translation, confirming machine drafts."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail_localize.models import Translation

from news.desk.assigning import assign
from news.desk.assignments import TranslationAssignment
from news.desk.forms import AssignmentForm
from news.desk.links import edit_url
from news.desk.queue import languages_for, queue_for
from news.desk.status import confirm_machine_drafts
from news.roles import user_is_translator_only

DESK_PERMISSION = "wagtail_localize.submit_translation"


def may_use_desk(user) -> bool:
    return user.is_authenticated and user.has_perm(DESK_PERMISSION)


def may_assign(user) -> bool:
    """Editors and moderators assign translations; a translator only takes one from the desk."""
    return may_use_desk(user) and not user_is_translator_only(user)


class QueueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "news/admin/desk_queue.html"
    page_title = gettext_lazy("Translation queue")
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not may_use_desk(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        # Without its own item the slim header is titled "Home".
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        user = self.request.user
        languages = languages_for(user)
        language = self.request.GET.get("language") or None
        if language and language not in {locale.language_code for locale in languages}:
            language = None
        mine_only = self.request.GET.get("mine") == "1"
        items = queue_for(user, language=language, mine_only=mine_only)
        assignees = get_user_model().objects.filter(pk__in={item.assignee_id for item in items})
        names = {u.pk: u.get_full_name() or u.get_username() for u in assignees}
        for item in items:
            item.assignee_name = names.get(item.assignee_id, "")
        return {
            **super().get_context_data(**kwargs),
            "items": items,
            "languages": languages,
            "language": language,
            "mine_only": mine_only,
            "may_assign": may_assign(user),
            "assign_form": AssignmentForm() if may_assign(user) else None,
        }


@require_POST
def assign_translation(request, translation_id: int):
    """Set a translation's translator and due date (editors), or take it from the desk (translators)."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    assignment = TranslationAssignment.objects.filter(translation=translation).first()
    next_url = get_valid_next_url_from_request(request) or "desk_queue"
    if request.POST.get("take") == "1":
        if not may_use_desk(request.user) or translation.target_locale not in languages_for(request.user):
            raise PermissionDenied
        if assignment and assignment.assignee_id not in (None, request.user.pk):
            messages.error(request, _("This translation is already assigned to somebody else."))
            return redirect(next_url)
        assign(
            [translation], assignee=request.user, due_date=assignment and assignment.due_date, by=request.user
        )
        messages.success(request, _("The translation is yours."))
        return redirect(next_url)
    if not may_assign(request.user):
        raise PermissionDenied
    form = AssignmentForm(request.POST, assignment=assignment)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(next_url)
    assign(
        [translation],
        assignee=form.cleaned_data["assignee"],
        due_date=form.cleaned_data["due_date"],
        by=request.user,
    )
    messages.success(request, _("Assignment saved."))
    return redirect(next_url)


@require_POST
def confirm_drafts(request, translation_id: int):
    """The translator has read the machine's draft and vouches for every segment of it at once."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None
    if not may_use_desk(request.user) or not _may_edit(request.user, target):
        raise PermissionDenied
    count = confirm_machine_drafts(translation, request.user)
    messages.success(
        request,
        ngettext(
            "%(count)d machine-drafted segment confirmed.",
            "%(count)d machine-drafted segments confirmed.",
            count,
        )
        % {"count": count},
    )
    next_url = get_valid_next_url_from_request(request)
    return redirect(next_url or edit_url(target))


def _may_edit(user, target) -> bool:
    if target is None:
        return False
    if hasattr(target, "permissions_for_user"):
        return target.permissions_for_user(user).can_edit()
    return user.has_perm(f"{target._meta.app_label}.change_{target._meta.model_name}")
