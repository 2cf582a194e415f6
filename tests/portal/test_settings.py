"""Production settings refuse to start without secrets and pass `check --deploy` when given them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "x" * 30 + "production-test-key-with-enough-entropy-0123456789",
    "ALLOWED_HOSTS": "budapestpost.example",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/budapest_post",
    # Never contacted by `check`; set so the result does not depend on the caller's environment.
    "REDIS_CACHE_URL": "redis://127.0.0.1:6379/1",
}


def _run(args, env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_CACHE_URL"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = _run(["manage.py", "check"], env)
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_check_deploy_is_clean():
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_env_rejects_malformed_booleans():
    result = _run(["-c", "import portal.env"], {"DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_dev_defaults_need_no_services():
    result = _run(
        [
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER, s.DEBUG)",
        ],
        {"DJANGO_SETTINGS_MODULE": "portal.settings.dev", "DATABASE_URL": "", "CELERY_BROKER_URL": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True", "True"]


def _machine_translator(env):
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.WAGTAILLOCALIZE_MACHINE_TRANSLATOR['CLASS'])"
    )
    return _run(["-c", code], {"DJANGO_SETTINGS_MODULE": "portal.settings.dev", **env})


def test_machine_translator_comes_from_the_environment():
    offline = _machine_translator({"MT_PROVIDER": ""})
    assert offline.stdout.strip() == "portal.machine_translation.OfflineGlossaryTranslator"
    deepl = _machine_translator({"MT_PROVIDER": "deepl", "DEEPL_AUTH_KEY": "abc:fx"})
    assert deepl.stdout.strip() == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    missing_key = _machine_translator({"MT_PROVIDER": "deepl", "DEEPL_AUTH_KEY": ""})
    assert missing_key.returncode != 0 and "DEEPL_AUTH_KEY is not set" in missing_key.stderr
    unknown = _machine_translator({"MT_PROVIDER": "babelfish"})
    assert unknown.returncode != 0 and "MT_PROVIDER must be" in unknown.stderr


def test_production_waits_at_most_a_second_for_a_database_connection():
    """Issue 16, finding 15: during an outage a request used to wait the pool's 10 s before its 503."""
    result = _run(
        [
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "d = s.DATABASES['default']; print(d['ENGINE'], d['OPTIONS']['pool']['timeout'], "
            "d['OPTIONS']['connect_timeout'])",
        ],
        PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["portal.database", "1", "2"]
