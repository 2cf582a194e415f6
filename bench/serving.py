"""`make bench`: reader pages under load, with and without the front cache, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/serving.py \
        [--database budapest_post_bench] [--duration 10] [--connections 8] [--threads 2]

On loopback it starts gunicorn (2 sync workers, the production settings plus a hello-world view),
Varnish with docker/varnish/portal.vcl in front of it, nginx serving one article's HTML as a static file,
and a real Celery worker; then drives each with `wrk` and prints one table with requests/s, p50 and p99:

- article, section, home and search pages straight from gunicorn (no Varnish). The article is measured
  twice: one hot article (its rendered copy in Redis, portal.fragments) and 20,000 distinct articles
  in turn (nearly every request renders the template);
- the same article through Varnish (a hit), the same bytes from nginx as a static file, and Django's
  hello world on the same gunicorn;
- the hit ratio of a skewed mix (Zipf over 2,000 articles plus the fronts) replayed through a warm
  Varnish right after a publish purged what it changes, from varnishstat's counters;
- publish -> the article, its section and the home page fresh at Varnish (each polled until a GET shows
  the new headline), with the real worker doing the purge, p50/p95 over 20 publishes.

The bench database must hold the generated archive (bench/bulk_load.py); when it is missing or smaller
than --min-articles, it is loaded first (about 10 minutes for 100,000 articles).
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from percentiles import percentile  # noqa: E402  (bench/percentiles.py)
from servers import gunicorn, nginx  # noqa: E402  (bench/servers.py)

from tests.support.processes import varnish  # noqa: E402

HOT_ARTICLES = 2000
COLD_ARTICLES = 20000


def database_url(server_url: str, name: str) -> str:
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


def article_count(url: str) -> int:
    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM news_articlepage").fetchone()[0]
    except psycopg.Error:
        return 0


def ensure_archive(server_url: str, name: str, minimum: int) -> str:
    url = database_url(server_url, name)
    count = article_count(url)
    if count < minimum:
        print(f"{name} holds {count:,} articles; loading {minimum:,} with bench/bulk_load.py", flush=True)
        subprocess.run(
            [sys.executable, str(HERE / "bulk_load.py"), "--count", str(minimum), "--database", name],
            check=True,
            env={**os.environ, "DATABASE_URL": server_url},
        )
    return url


def run_wrk(url: str, *, host: str, duration: int, connections: int, threads: int, paths: Path | None = None):
    args = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "-H", f"Host: {host}"]
    if paths is not None:
        args += ["-s", str(HERE / "zipf.lua"), url, "--", str(paths)]
    else:
        args.append(url)
    out = subprocess.run(
        args, capture_output=True, text=True, check=True, env={**os.environ, "BENCH_HOST": host}
    )
    text = out.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", text, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket_errors = re.search(r"Socket errors: (.*)", text)
    return {
        "rps": rps,
        "p50": to_ms(latency["50"]),
        "p99": to_ms(latency["99"]),
        "errors": int(errors.group(1)) if errors else 0,
        "socket": socket_errors.group(1) if socket_errors else "",
    }


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def fetch(base: str, path: str, host: str) -> tuple[str, str]:
    request = urllib.request.Request(base + path, headers={"Host": host})  # noqa: S310 (loopback)
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        return response.headers.get("X-Cache", ""), response.read().decode()


def django_setup(env: dict) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(HERE))
    import django

    django.setup()


def pick_pages(seed: int):
    """A random English article, and (id, path) of many others in random order."""
    from news.models import ArticlePage

    articles = ArticlePage.objects.live().filter(locale__language_code="en").order_by("-first_published_at")
    pages = [(page.pk, page.url) for page in articles[: HOT_ARTICLES + COLD_ARTICLES]]
    random.Random(seed).shuffle(pages)
    return ArticlePage.objects.get(pk=pages[0][0]), pages


def zipf_paths(paths: list[str], fronts: list[str], count: int, seed: int) -> list[str]:
    """`count` requests: article i (1-based) drawn with weight 1/i (s = 1), fronts among the hottest."""
    rng = random.Random(seed)
    population = fronts + paths
    weights = [1 / rank for rank in range(1, len(population) + 1)]
    return rng.choices(population, weights=weights, k=count)


def publish_title(article_id: int, title: str) -> float:
    """Publish a new headline as an editor would; returns the moment the transaction committed."""
    from django.db import transaction

    from news.models import ArticlePage

    with transaction.atomic():
        page = ArticlePage.objects.get(pk=article_id)
        page.title = title
        page.save_revision().publish()
    return time.monotonic()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", default="budapest_post_bench")
    parser.add_argument("--min-articles", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--publishes", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds for the target pairs")
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()

    server_url = os.environ.get("DATABASE_URL") or sys.exit(
        "Set DATABASE_URL (the PostgreSQL server to use)."
    )
    url = ensure_archive(server_url, options.database, options.min_articles)
    work = Path(tempfile.mkdtemp(prefix="bp-bench-"))
    work.chmod(0o755)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "server.settings",
        "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)]),
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-" + os.urandom(16).hex(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "REDIS_CACHE_URL": os.environ.get("BENCH_REDIS_CACHE_URL", "redis://127.0.0.1:6379/11"),
        "CELERY_BROKER_URL": os.environ.get("BENCH_CELERY_BROKER_URL", "redis://127.0.0.1:6379/10"),
        "STATIC_ROOT": str(work / "static"),
        "AUDIO_ON_PUBLISH": "0",
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "collectstatic", "--no-input", "-v", "0"],
        env=env,
        check=True,
        cwd=ROOT,
    )
    subprocess.run(["redis-cli", "-u", env["REDIS_CACHE_URL"], "FLUSHDB"], check=True, capture_output=True)
    subprocess.run(["redis-cli", "-u", env["CELERY_BROKER_URL"], "FLUSHDB"], check=True, capture_output=True)

    with (
        gunicorn(env=env, log=work / "gunicorn.log", pythonpath=str(HERE)) as (app_port, _app),
        varnish(app_port, storage="malloc,1g") as front,
    ):
        env["FRONTEND_CACHE_URL"] = front.url
        django_setup(env)
        from wagtail.models import Site

        site = Site.objects.get(is_default_site=True)
        host = site.hostname + (f":{site.port}" if site.port != 80 else "")
        article, pages = pick_pages(options.seed)
        section = article.get_parent()
        app = f"http://127.0.0.1:{app_port}"
        html = fetch(app, article.url, host)[1]
        static_root = work / "static-html"
        static_root.mkdir()
        static_root.chmod(0o755)
        (static_root / "article.html").write_text(html)
        (static_root / "article.html").chmod(0o644)
        word = "budapest"  # in many generated English articles (the bench rewrites titles)

        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "--pool",
                "prefork",
                "--concurrency",
                "1",
                "--without-gossip",
                "--without-mingle",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env={**env},
            stdout=(work / "worker.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        try:
            results = measure(options, app, front, host, article, section, pages, word, static_root, work)
        finally:
            worker.terminate()
            worker.wait(30)
    report(results, article, section, html, options)


def measure(options, app, front, host, article, section, pages, word, static_root, work):
    paths = [path for _id, path in pages]
    wrk = {
        "host": host,
        "duration": options.duration,
        "connections": options.connections,
        "threads": options.threads,
    }
    results = {}
    cold_file = work / "cold.txt"
    cold_file.write_text("\n".join(paths[HOT_ARTICLES:]) + "\n")
    rows = [
        ("hello", "Django hello world (gunicorn)", f"{app}/bench/hello/", None),
        ("article", "article, rendered copy in Redis (gunicorn)", app + article.url, None),
        ("article_cold", f"article, {COLD_ARTICLES:,} distinct (gunicorn, renders)", app + "/", cold_file),
        ("section", "section front (gunicorn)", app + section.url, None),
        ("home", "home page (gunicorn)", app + "/en/", None),
        ("search", f'search "{word}" (gunicorn)', f"{app}/en/search/?q={word}", None),
    ]
    for _key, _label, url, _paths in rows:
        fetch(app, urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else ""), host)
    # The pairs behind the targets are measured in alternating rounds (the median of each is reported):
    # on a small shared machine one 10-second run can be 20% off the next.
    for key, label, url, path_file in rows:
        if key not in ("hello", "article"):
            results[key] = (label, run_wrk(url, paths=path_file, **wrk))
            print(f"  measured: {label}", flush=True)
    results.update(alternate({k: (label, url) for k, label, url, _ in rows[:2]}, options.rounds, wrk))
    print("  measured: hello world and article, alternating", flush=True)

    fetch(front.url, article.url, host)
    if fetch(front.url, article.url, host)[0] != "HIT":
        raise RuntimeError("the article must be a Varnish hit: check its Cache-Control")
    with nginx(static_root) as nginx_port:
        pair = {
            "varnish": ("article through Varnish (hit)", front.url + article.url),
            "nginx": ("same HTML as a static file (nginx)", f"http://127.0.0.1:{nginx_port}/article.html"),
        }
        results.update(alternate(pair, options.rounds, wrk))
    print("  measured: Varnish hit and nginx static, alternating", flush=True)

    # Publish -> every affected URL fresh at Varnish, with the real worker purging: the article shows
    # the new headline; its section and the home (which list only the newest articles, so an old
    # article's headline may not be on them) are refetched, i.e. the first miss after the commit.
    delays = []
    samples = [(pk, path) for pk, path in pages[:HOT_ARTICLES] if path.startswith(section.url)]
    for number, (page_id, path) in enumerate(samples[: options.publishes]):
        fronts = [section.url, "/en/"]
        for url in [path, *fronts]:
            fetch(front.url, url, host)
            if fetch(front.url, url, host)[0] != "HIT":
                raise RuntimeError(f"{url} is not cached before the publish")
        title = f"Bench headline {number} {time.time_ns()}"
        committed = publish_title(page_id, title)
        pending = {path, *fronts}
        while pending:
            for url in list(pending):
                state, body = fetch(front.url, url, host)
                if (url == path and title in body) or (url != path and state == "MISS"):
                    pending.discard(url)
            if time.monotonic() - committed > 30:
                raise TimeoutError(f"not purged within 30 s: {sorted(pending)}")
            time.sleep(0.01)
        delays.append(time.monotonic() - committed)
    results["purge"] = delays
    print("  measured: publish -> purge", flush=True)

    # Hit ratio: a live site's cache holds what readers asked for; a publish then purges the article,
    # its fronts, feeds and the articles showing it, and readers keep coming in the same skewed mix.
    mix = zipf_paths(paths[:HOT_ARTICLES], ["/en/", section.url], 200_000, options.seed)
    mix_file = work / "mix.txt"
    mix_file.write_text("\n".join(mix) + "\n")
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda url: fetch(front.url, url, host), sorted(set(mix))))
    title = f"Bench mix headline {time.time_ns()}"
    committed = publish_title(article.pk, title)
    while title not in fetch(front.url, article.url, host)[1]:
        if time.monotonic() - committed > 30:
            raise TimeoutError("the publish before the mix was not purged within 30 s")
        time.sleep(0.01)
    before = front.stats()
    mixed = run_wrk(front.url + "/", paths=mix_file, **wrk)
    after = front.stats()
    hits = after["cache_hit"] - before["cache_hit"]
    misses = after["cache_miss"] - before["cache_miss"]
    results["mix"] = (f"skewed mix through Varnish (Zipf, {HOT_ARTICLES:,} articles)", mixed)
    results["hit_ratio"] = (hits, misses)
    return results


def alternate(pair: dict, rounds: int, wrk: dict) -> dict:
    """Run each (label, url) of `pair` once per round, alternating; keep each one's median round."""
    runs = {key: [] for key in pair}
    for _ in range(rounds):
        for key, (_label, url) in pair.items():
            runs[key].append(run_wrk(url, **wrk))
    return {
        key: (pair[key][0], sorted(runs[key], key=lambda r: r["rps"])[len(runs[key]) // 2]) for key in pair
    }


def report(results, article, section, html, options):
    print()
    print(
        f"make bench: wrk -t{options.threads} -c{options.connections} -d{options.duration}s, "
        f"gunicorn 2 sync workers, PostgreSQL, Redis; article {article.url} ({len(html.encode()):,} bytes)"
    )
    print()
    print(f"| {'what':<52} | {'req/s':>9} | {'p50 ms':>7} | {'p99 ms':>7} | {'errors':>6} |")
    print(f"|{'-' * 54}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 8}|")
    for key in ("hello", "article", "article_cold", "section", "home", "search", "varnish", "nginx", "mix"):
        label, figures = results[key]
        print(
            f"| {label:<52} | {figures['rps']:>9,.0f} | {figures['p50']:>7.2f} | {figures['p99']:>7.2f} "
            f"| {figures['errors']:>6} |"
        )
    hello = results["hello"][1]["rps"]
    hits, misses = results["hit_ratio"]
    delays = results["purge"]

    def rps(key):
        return results[key][1]["rps"]

    ratios = [
        ("Varnish hit / nginx static", f"{rps('varnish') / rps('nginx'):.2f}x", "≥ 0.9x"),
        (
            "hit ratio, skewed mix after a publish",
            f"{hits / max(1, hits + misses):.1%} ({hits:,} hits, {misses:,} misses)",
            "≥ 95%",
        ),
        ("article (rendered copy in Redis) / hello world", f"{rps('article') / hello:.3f}x", "≥ 0.15x"),
        ("article (template renders) / hello world", f"{rps('article_cold') / hello:.3f}x", "reference"),
        *(
            (f"{key} / hello world", f"{rps(key) / hello:.3f}x", "reference")
            for key in ("section", "home", "search")
        ),
        (
            "publish -> article, section, home fresh at Varnish",
            f"p50 {percentile(delays, 0.5):.2f} s, p95 {percentile(delays, 0.95):.2f} s ({len(delays)} runs)",
            "p95 ≤ 2 s",
        ),
    ]
    print()
    print("| ratio | measured | target |")
    print("|---|---|---|")
    for name, value, target in ratios:
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
