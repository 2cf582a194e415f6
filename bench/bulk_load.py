"""Time bench/generate_articles.py against a fresh PostgreSQL database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/bulk_load.py \
        [--count 100000] [--seed 0] [--batch-size 1000] [--database budapest_post_bench]

DATABASE_URL only says which server and user to use; the database it names is never touched. The script:

1. drops and re-creates the dedicated database `budapest_post_bench` (`--database` to rename it), so every
   run starts from the same state;
2. runs `migrate` and `load_demo_content --no-admin` in it, then `fixtree --noinput` to check the
   starting tree (it should report no problems);
3. times `bench/generate_articles.py --count N` (the generator is tests/support/archive.py);
4. runs `rebuild_related` and `rebuild_search_index` (the archive's related blocks and search rows;
   generated articles fire no publish events) and `VACUUM ANALYZE` (what autovacuum does on a live server);
5. runs `fixtree --noinput` again and prints its report, which should say "No problems found.".

Every step is a subprocess (`manage.py` or the generator script) with
DJANGO_SETTINGS_MODULE=portal.settings.dev and DATABASE_URL pointing at the bench database.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent


def manage(env: dict, *args: str, capture: bool = False) -> str:
    return run(env, ROOT / "manage.py", *args, capture=capture)


def run(env: dict, script: Path, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [sys.executable, str(script), *args],
        env=env,
        cwd=ROOT,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


def fresh_database(server_url: str, name: str) -> str:
    """Drop and create `name` on the server of `server_url`; return the URL of the new database."""
    parts = urlsplit(server_url)
    if parts.path.lstrip("/") == name:
        sys.exit(f"Refusing to drop {name!r}: it is the database DATABASE_URL points at. Use --database.")
    with psycopg.connect(server_url, dbname="postgres", autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return urlunsplit(parts._replace(path=f"/{name}"))


def database_size(url: str) -> str:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--database", default="budapest_post_bench")
    args = parser.parse_args()

    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url:
        sys.exit(
            "DATABASE_URL is not set. Point it at a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres"
        )
    if urlsplit(server_url).scheme not in {"postgres", "postgresql", "pgsql"}:
        sys.exit(f"DATABASE_URL must be a PostgreSQL URL, not {urlsplit(server_url).scheme}://...")

    started = time.perf_counter()
    url = fresh_database(server_url, args.database)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": url,
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),  # the demo loader's tasks log a line each
    }
    print(f"Fresh database {args.database}: migrate, load_demo_content --no-admin")
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "load_demo_content", "--no-admin")
    before = manage(env, "fixtree", "--noinput", capture=True).strip()
    print(f"fixtree before generating:\n  {before.replace(chr(10), chr(10) + '  ')}")

    print(f"generate_articles --count {args.count:,} --seed {args.seed} --batch-size {args.batch_size}")
    generate_started = time.perf_counter()
    report = run(
        env,
        ROOT / "bench" / "generate_articles.py",
        *("--count", str(args.count), "--seed", str(args.seed), "--batch-size", str(args.batch_size)),
        capture=True,
    )
    generate_seconds = time.perf_counter() - generate_started
    print(report.strip())

    # Build the related-article blocks and the search index for the archive (generate_articles fires no
    # publish events), then analyse, as autovacuum would on a live server before anyone reads these tables.
    for command in ("rebuild_related", "rebuild_search_index"):
        output = manage(env, command, capture=True).strip()
        print(output.splitlines()[-1] if output else "")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")

    fixtree_started = time.perf_counter()
    after = manage(env, "fixtree", "--noinput", capture=True).strip()
    fixtree_seconds = time.perf_counter() - fixtree_started
    total = time.perf_counter() - started
    print()
    print(f"articles:                    {args.count:,}")
    print(f"generate_articles wall time: {generate_seconds:.1f} s (process start included)")
    print(f"articles/second:             {args.count / generate_seconds:,.0f}")
    print(f"database size:               {database_size(url)}")
    print(f"fixtree after ({fixtree_seconds:.0f} s):\n  {after.replace(chr(10), chr(10) + '  ')}")
    print(f"total bench wall time:       {total:.1f} s")
    if "No problems found" not in after.split("collection")[0]:
        sys.exit("fixtree found problems in the page tree.")


if __name__ == "__main__":
    main()
