"""Newsletter readers (the sign-up, confirmation and unsubscribe flows are in home.newsletter)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Subscriber(models.Model):
    """A newsletter reader. Double opt-in: `pending` until the e-mailed link is confirmed; an
    unsubscribed address is kept (so a later sign-up starts from it) but never mailed."""

    PENDING, CONFIRMED, UNSUBSCRIBED = "pending", "confirmed", "unsubscribed"
    STATUSES = [
        (PENDING, _("waiting for confirmation")),
        (CONFIRMED, _("subscribed")),
        (UNSUBSCRIBED, _("unsubscribed")),
    ]

    email = models.EmailField(_("e-mail"), unique=True)  # stored lower-case (home.newsletter)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=16, choices=STATUSES, default=PENDING, db_index=True)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # The per-address limit of sign-up mails (home.newsletter.service), on the row so every web process
    # and node counts the same: when the last one was sent, and how many since `signup_mails_since`.
    signup_mail_at = models.DateTimeField(_("last sign-up mail"), null=True, blank=True, editable=False)
    signup_mails_since = models.DateTimeField(
        _("sign-up mails counted since"), null=True, blank=True, editable=False
    )
    signup_mails = models.PositiveSmallIntegerField(_("sign-up mails"), default=0, editable=False)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email
