"""portal's rows: the purge outbox (caching/outbox.py) and the privacy stamp (routing/privacy.py).

Django finds models through this module."""

from portal.caching.outbox import PendingPurge
from portal.routing.privacy import PrivacyStamp

__all__ = ["PendingPurge", "PrivacyStamp"]
