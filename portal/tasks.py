from celery import shared_task


@shared_task(name="portal.ping")
def ping(payload: str = "pong") -> str:
    """A health probe: proves a message makes the full trip broker -> worker -> result backend."""
    return payload
