"""The desk's form fields: who translates a page, and by when."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from news.desk.assignments import translators


class TranslatorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


def _not_in_the_past(value):
    if value and value < timezone.localdate():
        raise forms.ValidationError(_("The due date cannot be in the past."))


def assignment_fields(*, initial_assignee=None, initial_due=None) -> dict:
    return {
        "assignee": TranslatorChoiceField(
            label=_("Translator"),
            queryset=translators(),
            required=False,
            empty_label=_("The translation desk (any translator)"),
            initial=initial_assignee,
            help_text=_("The translator is told by e-mail and finds it in their translation queue."),
        ),
        "due_date": forms.DateField(
            label=_("Due date"),
            required=False,
            widget=AdminDateInput,
            validators=[_not_in_the_past],
            initial=initial_due,
        ),
    }


def add_assignment_fields(form) -> None:
    form.fields.update(assignment_fields())


class AssignmentForm(forms.Form):
    def __init__(self, *args, assignment=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(
            assignment_fields(
                initial_assignee=assignment.assignee_id if assignment else None,
                initial_due=assignment.due_date if assignment else None,
            )
        )
