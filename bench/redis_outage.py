"""Pages while Redis is unusable, against the render path that never had Redis (issue 16, finding 6).

    .venv/bin/python bench/redis_outage.py [--articles 200] [--database budapest_post_bench]
    (any database with live English articles: make bench's archive, or make drill's bp_drill)

Renders the same distinct articles in three processes, in-process through Django's test client with the
production settings (`bench/server/settings.py`):
- no cache at all (Django's DummyCache): the PostgreSQL-only render path, the baseline;
- Redis refusing connections (a closed port);
- Redis stalled (a listener that accepts and never answers).
Prints pages per second for each and the ratio to the baseline (target: within 2x, i.e. ratio >= 0.5).
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]


def stalled_listener() -> int:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(256)
    held = []

    def accept():
        while True:
            conn, _ = server.accept()
            held.append(conn)

    threading.Thread(target=accept, daemon=True).start()
    return server.getsockname()[1]


def measure(kind: str, database: str, articles: int) -> dict:
    from inprocess import setup

    setup(database)
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    from news.models import ArticlePage

    redis = dict(settings.CACHES["default"])
    if kind == "none":
        caches = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    elif kind == "refused":
        caches = {"default": {**redis, "LOCATION": "redis://127.0.0.1:1/0"}}
    else:
        caches = {"default": {**redis, "LOCATION": f"redis://127.0.0.1:{stalled_listener()}/0"}}
    override_settings(CACHES=caches).enable()
    client = Client(HTTP_HOST="127.0.0.1")
    english = list(
        ArticlePage.objects.live().filter(locale__language_code="en").order_by("pk")[: 20 + articles]
    )
    # Distinct articles where the archive has them (make bench's); a small one (make drill's) repeats them.
    urls = [english[i % len(english)].url for i in range(20 + articles)]
    for url in urls[:20]:  # warm the process (templates, content types)
        client.get(url)
    started = time.perf_counter()
    for url in urls[20:]:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{kind}: {url} answered {response.status_code}")
    elapsed = time.perf_counter() - started
    return {"kind": kind, "pages_per_s": articles / elapsed, "ms": elapsed / articles * 1000}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--database", default="budapest_post_bench")
    parser.add_argument("--only", choices=["none", "refused", "stalled"])
    args = parser.parse_args()
    if args.only:
        print(json.dumps(measure(args.only, args.database, args.articles)))
        return
    results = {}
    for kind in ("none", "refused", "stalled"):
        command = [sys.executable, __file__, "--only", kind, "--database", args.database]
        output = subprocess.run(
            [*command, "--articles", str(args.articles)], capture_output=True, text=True, check=True
        )
        results[kind] = json.loads(output.stdout.strip().splitlines()[-1])
    base = results["none"]["pages_per_s"]
    print(f"{'Redis':<28}{'pages/s':>9}{'ms/page':>9}{'vs no cache':>13}")
    labels = {"none": "none (PostgreSQL only)", "refused": "refusing connections", "stalled": "stalled"}
    for kind, result in results.items():
        ratio = result["pages_per_s"] / base
        print(f"{labels[kind]:<28}{result['pages_per_s']:>9.1f}{result['ms']:>9.1f}{ratio:>12.2f}x")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
