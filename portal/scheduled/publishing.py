"""What `manage.py publish_scheduled` does, as functions a task and a thread can call.

Differences from Wagtail's command, on purpose:
- every object is published or unpublished in a transaction of its own, so one broken revision is
  logged and skipped instead of holding back every other embargo (and the pipeline's after-commit work
  runs for each as soon as it is done);
- a scheduled publish carries its scheduled time: `first_published_at` (the date readers, feeds and
  JSON-LD show) and `last_published_at` are `go_live_at`, not the moment the job happened to run;
- a run stops after `budget` seconds; the next run continues where it stopped.

Publishing and unpublishing go through Wagtail's own actions, so `page_published` / `page_unpublished`
fire and the publish pipeline (news.pipeline.receivers: purges, search, related, feeds) follows as it
does for an editor's click.
"""

import logging
import time
from dataclasses import dataclass, field

from django.apps import apps
from django.db import InterfaceError, OperationalError, transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)

PUBLISH_ACTION = "wagtail.publish.scheduled"
UNPUBLISH_ACTION = "wagtail.unpublish.scheduled"
# A database outage is not "one broken object": it ends the run (the next one retries).
DATABASE_DOWN = (OperationalError, InterfaceError)


@dataclass
class Outcome:
    published: list[str] = field(default_factory=list)  # "<model label> <pk>"
    expired: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    unfinished: bool = False  # the budget ran out; the next run continues

    def as_dict(self) -> dict:
        return {
            "published": self.published,
            "expired": self.expired,
            "failed": self.failed,
            "unfinished": self.unfinished,
        }


def draft_state_models() -> list[type]:
    """Page first, then every other model with live/draft state (snippets), as Wagtail's command does."""
    others = [m for m in apps.get_models() if issubclass(m, DraftStateMixin) and not issubclass(m, Page)]
    return [Page, *others]


def expire_due(outcome: Outcome, *, deadline: float) -> None:
    for model in draft_state_models():
        due = list(model.objects.filter(live=True, expire_at__lt=timezone.now()).order_by("expire_at"))
        for obj in due:
            if time.monotonic() > deadline:
                outcome.unfinished = True
                return
            label = f"{model._meta.label_lower} {obj.pk}"
            try:
                with transaction.atomic():
                    obj.unpublish(set_expired=True, log_action=UNPUBLISH_ACTION)
            except DATABASE_DOWN:
                raise
            except Exception:
                logger.exception("scheduled expiry of %s failed", label)
                outcome.failed.append(label)
            else:
                logger.info("expired %s", label)
                outcome.expired.append(label)


def publish_revision(revision: Revision) -> bool:
    """Publish a revision whose approved go-live time has passed, dated that time. False when its
    object is gone (the schedule is dropped)."""
    go_live_at = revision.approved_go_live_at
    base = revision.base_content_type.model_class()
    with transaction.atomic():
        row = base._default_manager.select_for_update().filter(pk=revision.object_id)
        before = row.values("first_published_at").first()
        if before is None:
            Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
            return False
        revision.publish(log_action=PUBLISH_ACTION)
        # Wagtail stamps "now"; a late run must not move the story's date (nor re-date a live one).
        stamps = {"last_published_at": go_live_at}
        if before["first_published_at"] is None:
            stamps["first_published_at"] = go_live_at
        row.filter(live=True).update(**stamps)
    return True


def publish_due(outcome: Outcome, *, deadline: float) -> None:
    due = list(
        Revision.objects.filter(approved_go_live_at__lt=timezone.now())
        .select_related("base_content_type", "content_type")
        .order_by("approved_go_live_at")
    )
    for revision in due:
        if time.monotonic() > deadline:
            outcome.unfinished = True
            return
        label = f"{revision.content_type.app_label}.{revision.content_type.model} {revision.object_id}"
        try:
            done = publish_revision(revision)
        except DATABASE_DOWN:
            raise
        except Exception:
            logger.exception("scheduled publish of %s (revision %s) failed", label, revision.pk)
            outcome.failed.append(label)
        else:
            if done:
                logger.info("published %s (scheduled for %s)", label, revision.approved_go_live_at)
                outcome.published.append(label)


def run_scheduled(*, budget: float = 50.0) -> Outcome:
    """Expiries first (a takedown is the more urgent), then go-lives, as Wagtail's command orders them."""
    outcome = Outcome()
    deadline = time.monotonic() + budget
    expire_due(outcome, deadline=deadline)
    if not outcome.unfinished:
        publish_due(outcome, deadline=deadline)
    return outcome
