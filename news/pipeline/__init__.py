"""What follows a change: the publish pipeline.

receivers.py   the only receivers for page and snippet events; each queues one task after commit
tasks.py       one task per kind of event: caches first, then follow-up tasks
caches.py      generations, registry keys and front-cache purges for what changed
purge.py       which URLs a change makes stale in the front cache
"""
