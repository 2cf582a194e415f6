"""Fault drill: the production processes on loopback, their dependencies failing one after the other, and
what held (issue 16). `make drill`; about two minutes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bp_drill .venv/bin/python bench/fault_drill.py

Starts, on free ports: its own redis-server (cache and broker), gunicorn with the production settings on
the given database (created, migrated and loaded with the demo content if empty), and Varnish with the
project's VCL in front. Then, in order:

1. Redis stalled (SIGSTOP): every page within 2 s.
2. Redis stopped: pages still 200, /healthz 200 naming cache and broker as degraded, /readyz 503, a
   newsletter sign-up answers its page (no 500).
3. Redis back: /healthz has nothing degraded within 15 s.
4. Through Varnish: the probes are refused; one object for every spelling of the Host.

PostgreSQL is not stopped here (it is shared with whatever else runs on the machine); the suite's
tests/ops/test_health.py stops its own cluster and times the 503.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from servers import gunicorn  # noqa: E402

from tests.support.processes import ROOT, free_port, running, varnish  # noqa: E402

PAGES = ["/en/", "/hu/", "/en/search/?q=budapest", "/en/rss/"]
results: list[tuple[str, bool, str]] = []


def check(name: str, held: bool, detail: str = "") -> None:
    results.append((name, held, detail))
    print(f"  {'held ' if held else 'BROKE'}  {name}  {detail}", flush=True)


def get(url: str, *, method="GET", data=None, headers=None, timeout=20):
    request = urllib.request.Request(url, method=method, data=data, headers=headers or {})  # noqa: S310
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (loopback)
            return response.status, response.headers, response.read(), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read(), time.monotonic() - started


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env, static_root: Path) -> None:
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "collectstatic", "--no-input", "-v", "0")
    check_env = {**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    manage(check_env, "load_demo_content")


def article_path(base: str) -> str:
    html = get(base + "/en/")[2].decode()
    links = re.findall(r'href="(/en/[a-z0-9-]+/[a-z0-9-]+/)"', html)
    return links[0] if links else "/en/"


def main() -> None:
    database = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bp_drill")
    name = urllib.parse.urlsplit(database).path.lstrip("/")
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], capture_output=True, check=False)
    workdir = Path(tempfile.mkdtemp(prefix="bp-drill-"))
    redis_port = free_port()
    redis_args = ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", ""]
    redis_args += ["--appendonly", "no", "--dir", str(workdir)]
    redis_url = f"redis://127.0.0.1:{redis_port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "drill-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database,
        "REDIS_CACHE_URL": f"{redis_url}/1",
        "CELERY_BROKER_URL": f"{redis_url}/0",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(workdir / "static"),
        "SITE_URL": "http://localhost",
    }
    try:
        with running(redis_args, port=redis_port, log=workdir / "redis.log") as redis:
            print("preparing the database (migrate, collectstatic, demo content) ...", flush=True)
            prepare(env, workdir / "static")
            with gunicorn(env=env, workers=2, log=workdir / "gunicorn.log") as (port, _process):
                drill(f"http://127.0.0.1:{port}", redis, redis_args, redis_port, workdir, port)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    broke = [name for name, held, _detail in results if not held]
    print(
        f"\n{len(results) - len(broke)} of {len(results)} held"
        + (f"; broke: {', '.join(broke)}" if broke else "")
    )
    sys.exit(1 if broke else 0)


def drill(base, redis, redis_args, redis_port, workdir, web_port) -> None:
    article = article_path(base)
    pages = [*PAGES, article]
    print(f"baseline ({article})", flush=True)
    check("every page answers", all(get(base + path)[0] == 200 for path in pages))

    print("1. Redis stalled (SIGSTOP)", flush=True)
    os.kill(redis.pid, signal.SIGSTOP)
    try:
        timings = [(path, *get(base + path)[::3]) for path in pages]
    finally:
        os.kill(redis.pid, signal.SIGCONT)
    slowest = max(seconds for _path, _status, seconds in timings)
    check("pages while Redis stalls", all(status == 200 for _p, status, _s in timings), "")
    check("each within 2 s", slowest < 2.0, f"slowest {slowest:.2f} s")

    print("2. Redis stopped", flush=True)
    os.killpg(redis.pid, signal.SIGTERM)
    redis.wait(10)
    statuses = [get(base + path)[0] for path in pages]
    check("pages without Redis", all(status == 200 for status in statuses), str(statuses))
    status, _headers, body, _seconds = get(base + "/healthz")
    check("/healthz stays 200, degraded named", status == 200 and b'"cache"' in body, body.decode()[:120])
    check("/readyz says not ready", get(base + "/readyz")[0] == 503)
    form = get(base + "/en/newsletter/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form[2])
    cookie = form[1].get("Set-Cookie", "").split(";")[0]
    data = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token.group(1).decode() if token else "",
            "email": "drill@example.org",
            "language": "en",
        }
    ).encode()
    signup = get(base + "/en/newsletter/", method="POST", data=data, headers={"Cookie": cookie})
    detail = f"status {signup[0]}" + ("" if signup[0] in (200, 302) else f": {signup[2][:300]!r}")
    check("newsletter sign-up without a broker", signup[0] in (200, 302), detail)

    print("3. Redis back", flush=True)
    with running(redis_args, port=redis_port, log=workdir / "redis-again.log"):
        deadline, healthy = time.monotonic() + 15, False
        while time.monotonic() < deadline and not healthy:
            status, _headers, body, _seconds = get(base + "/healthz")
            healthy = status == 200 and b'"degraded": []' in body
            time.sleep(1)
        check("recovers by itself", healthy)

        print("4. Through Varnish", flush=True)
        if shutil.which("varnishd"):
            with varnish(web_port) as front:
                check("probes refused from outside", get(front.url + "/healthz")[0] == 404)
                get(front.url + article, headers={"Host": "localhost"})
                spellings = ["LOCALHOST", "localhost.", "localhost:80"]
                hits = [
                    get(front.url + article, headers={"Host": host})[1].get("X-Cache") for host in spellings
                ]
                check("one object for every Host spelling", hits == ["HIT"] * 3, str(hits))
        else:
            check("Varnish installed", False, "apt-get install varnish")


if __name__ == "__main__":
    main()
