"""Five minutes at 64 connections over a mix of reader pages (loopback only), against gunicorn with the
production settings: no 5xx, and no worker grows by more than 10% after warming up.

Deselected from `make test` (the `soak` marker); `make soak` runs it, and so does its own step in .ci/run.
SOAK_SECONDS shortens the run for a local try (CI uses the full 300 s); worker recycling is off so that
growth would show.
"""

import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests import factories
from tests.ops.services import production_env
from tests.support.processes import ROOT, free_port, wait_for_http

SOAK_SECONDS = int(os.environ.get("SOAK_SECONDS", 300))
WARM_UP_SECONDS = 30


def rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))


def workers_of(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return [int(pid) for pid in children]


def wrk(url: str, seconds: int, paths: Path) -> str:
    args = ["wrk", "-t2", "-c64", f"-d{seconds}s", "--timeout", "30s", "-s", str(ROOT / "bench" / "zipf.lua")]
    result = subprocess.run(
        [*args, url, "--", str(paths)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "BENCH_HOST": "localhost"},
    )
    return result.stdout


@pytest.mark.soak
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_five_minutes_at_64_connections(tmp_path, settings):
    if subprocess.run(["which", "wrk"], capture_output=True).returncode:
        pytest.fail("wrk is missing: .ci/run installs it")
    site = factories.build_site()
    paths = ["/en/", "/hu/", "/en/rss/", "/sitemap.xml", "/en/search/?q=tram", "/hu/kereses/?q=villamos"]
    for language, home in (("en", site["en"]), ("hu", site["hu"])):
        section = factories.make_section(home, f"City {language}", slug=f"city-{language}")
        paths.append(section.url)
        topic = factories.make_topic(site["locales"][language], f"Transport {language}")
        for n in range(20):
            article = factories.make_article(
                section, f"Tram story {n}", topics=[topic], hero=factories.make_image()
            )
            paths.append(article.url)
    mix = tmp_path / "paths.txt"
    mix.write_text("\n".join(paths * 5) + "\n")

    env = production_env(
        tmp_path / "static",
        WEB_CONCURRENCY="2",
        GUNICORN_MAX_REQUESTS="0",
        AUDIO_ON_PUBLISH="0",
        MEDIA_ROOT=settings.MEDIA_ROOT,  # the test's pictures
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"], env=env, cwd=ROOT, check=True
    )
    port = free_port()
    env["GUNICORN_BIND"] = f"127.0.0.1:{port}"
    gunicorn = Path(sys.executable).parent / "gunicorn"
    master = subprocess.Popen(
        [str(gunicorn), "portal.wsgi:application", "--config", "python:portal.gunicorn"], env=env, cwd=ROOT
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        status, body = wait_for_http(url + "healthz", master, timeout=240)  # its workers have loaded Django
        assert status == 200, body[-2000:]
        for path in paths:  # every page answers before the load starts
            request = urllib.request.Request(url.rstrip("/") + path, headers={"Host": "localhost"})  # noqa: S310
            try:
                with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            assert status == 200, (path, status)
        warm = wrk(url, WARM_UP_SECONDS, mix)
        assert "Non-2xx" not in warm, warm
        before = {pid: rss_kib(pid) for pid in workers_of(master.pid)}
        assert len(before) == 2
        report = wrk(url, SOAK_SECONDS, mix)
        after = {pid: rss_kib(pid) for pid in workers_of(master.pid)}
    finally:
        master.terminate()
        master.wait(30)
    requests = int(re.search(r"(\d+) requests in", report).group(1))
    assert requests > SOAK_SECONDS * 20, report  # it really was under load
    assert "Non-2xx or 3xx responses" not in report, report  # no 5xx (nor any error page)
    assert "Socket errors" not in report or "timeout 0" in report, report
    assert set(after) == set(before), "a worker died and was replaced"
    for pid, start in before.items():
        assert after[pid] <= start * 1.10, (pid, start, after[pid], report)
    growth = max(after[pid] / start - 1 for pid, start in before.items())
    summary = ROOT / "test-artifacts" / "soak.txt"  # .ci/run prints it
    summary.parent.mkdir(exist_ok=True)
    summary.write_text(
        f"soak: {requests:,} requests in {SOAK_SECONDS} s at 64 connections, no error response; "
        f"worker RSS KiB after warm-up {sorted(before.values())}, at the end {sorted(after.values())} "
        f"(largest growth {growth:+.1%})\n"
    )
