"""Wagtail's scheduled publishing (go_live_at) and expiry (expire_at), run by themselves: a beat task in
production, a thread under `make run`. `publishing.py` does the work, `lock.py` keeps it to one run at a
time, `tasks.py` is the beat task, `loop.py` the development thread."""
