"""`make backup` and `make restore` round trip: the dump restored into an empty database has the same page
tree (fixtree finds no problem), the same number of pages and the same article text."""

import os
import shutil
import subprocess
import uuid

import pytest
from django.db import connection

from tests import factories

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _url(name: str) -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


def _psql(url: str, sql: str) -> str:
    return subprocess.run(
        ["psql", url, "-tAc", sql], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_round_trip(tmp_path):
    if connection.vendor != "postgresql" or not shutil.which("pg_dump"):
        pytest.skip("needs PostgreSQL and its client tools, as on CI")
    site = factories.build_site()
    section = factories.make_section(site["hu"], "Budapest", slug="budapest")
    factories.make_article(section, "Mentés és visszaállítás", standfirst="Árvíztűrő tükörfúrógép.")
    pages = _psql(_url(connection.settings_dict["NAME"]), "SELECT count(*) FROM wagtailcore_page")

    env = {
        **os.environ,
        "DATABASE_URL": _url(connection.settings_dict["NAME"]),
        "MEDIA_ROOT": str(tmp_path / "m"),
    }
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "kept.txt").write_text("media too")
    backup_dir = tmp_path / "backups"
    made = subprocess.run(
        ["make", "--no-print-directory", "backup", f"BACKUP_DIR={backup_dir}"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    dump = made.stdout.strip().splitlines()[-1]
    assert os.path.getsize(dump) > 10_000

    target = f"restore_{uuid.uuid4().hex[:8]}"
    admin = _url("postgres")
    _psql(admin, f"CREATE DATABASE {target}")
    try:
        restore_env = {**env, "DATABASE_URL": _url(target), "MEDIA_ROOT": str(tmp_path / "restored-media")}
        restored = subprocess.run(
            ["make", "--no-print-directory", "restore", f"BACKUP={dump}"],
            env=restore_env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert restored.returncode == 0, restored.stdout[-2000:] + restored.stderr[-2000:]
        assert "No problems found" in restored.stdout
        assert _psql(_url(target), "SELECT count(*) FROM wagtailcore_page") == pages
        title = _psql(_url(target), "SELECT title FROM wagtailcore_page WHERE slug LIKE 'article-%'")
        assert title == "Mentés és visszaállítás"
        standfirst = _psql(_url(target), "SELECT standfirst FROM news_articlepage")
        assert standfirst == "Árvíztűrő tükörfúrógép."
        assert (tmp_path / "restored-media" / "kept.txt").read_text() == "media too"
    finally:
        _psql(admin, f"DROP DATABASE IF EXISTS {target} WITH (FORCE)")
