"""The "submitted for review" mail goes to the groups that review the object (news.desk.review): an
original to the editors, a translation to the task's groups. Wagtail's notifier mails the task's groups
whatever the object."""

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import TaskState
from wagtail.signals import task_submitted

# Wagtail's own dispatch uid: connected first (news is installed before wagtail.admin), this notifier
# takes the place of Wagtail's, whose later connect() with the same uid is ignored.
WAGTAIL_DISPATCH_UID = "group_approval_task_submitted_email_notification"


class ReviewSubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        if not hasattr(task, "reviewer_groups"):
            return super().get_recipient_users(task_state, **kwargs)
        obj = task_state.workflow_state.content_object
        reviewers = get_user_model().objects.filter(groups__in=task.reviewer_groups(obj))
        if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
            reviewers = reviewers | get_user_model().objects.filter(is_superuser=True)
        recipients = reviewers.distinct()
        if user := kwargs.get("user"):
            recipients = recipients.exclude(pk=user.pk)
        return recipients


review_submission_notifier = ReviewSubmissionNotifier()  # signals hold receivers weakly: kept here


def connect():
    task_submitted.connect(review_submission_notifier, sender=TaskState, dispatch_uid=WAGTAIL_DISPATCH_UID)
