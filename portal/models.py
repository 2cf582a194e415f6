"""portal's rows: the purge outbox (portal/caching/outbox.py). Django finds models through this module."""

from portal.caching.outbox import PendingPurge

__all__ = ["PendingPurge"]
