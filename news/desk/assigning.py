"""Assigning a translation: who translates it and by when; the new assignee is told."""

from news.desk.assignments import TranslationAssignment
from news.desk.tasks import notify_assignee


def assign(translations, *, assignee, due_date, by) -> list[TranslationAssignment]:
    """Set (or change) who translates `translations` and by when; the new assignee is told after commit."""
    changed = []
    for translation in translations:
        assignment, created = TranslationAssignment.objects.get_or_create(translation=translation)
        newly_assigned = assignee is not None and (created or assignment.assignee_id != assignee.pk)
        assignment.assignee, assignment.due_date, assignment.assigned_by = assignee, due_date, by
        assignment.save()
        changed.append(assignment)
        if newly_assigned:
            notify_assignee.delay_on_commit(assignment.pk)
    return changed
