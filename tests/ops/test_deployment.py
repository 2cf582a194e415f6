"""docker/: checked without Docker (it cannot run here). compose.yaml and the Dockerfile are parsed and
held to what production needs; then the commands the containers run are run directly against the test
database, Redis and broker: migrate, collectstatic, check --deploy, gunicorn answering /healthz, a
Celery worker answering a task, and beat staying up."""

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.ops.services import production_env
from tests.support.processes import ROOT, free_port, wait_for_http

DOCKER = ROOT / "docker"
SERVICES = {"varnish", "media", "web", "worker", "urgent-worker", "beat", "postgres", "redis", "migrate"}
APP_SERVICES = {"web", "worker", "urgent-worker", "beat", "migrate"}


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((DOCKER / "compose.yaml").read_text())


def test_compose_declares_every_service_with_health_checks(compose):
    services = compose["services"]
    assert set(services) == SERVICES
    for name, service in services.items():
        assert "image" in service, name
        if name != "migrate":
            assert service.get("restart") == "unless-stopped", name
            test = service["healthcheck"]["test"]
            assert test[0] in ("CMD", "CMD-SHELL") and len(test) > 1, name
    assert services["postgres"]["healthcheck"]["test"][1] == "pg_isready"
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    assert services["migrate"]["restart"] == "no"
    assert services["migrate"]["command"][:3] == ["python", "manage.py", "migrate"]
    for name in ("web", "worker", "urgent-worker", "beat"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert services[name]["depends_on"]["redis"]["condition"] == "service_healthy"
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["varnish"]["depends_on"]["web"]["condition"] == "service_healthy"


def test_app_services_share_one_image_and_no_secret_is_written_down(compose):
    services = compose["services"]
    images = {services[name]["image"] for name in APP_SERVICES}
    assert len(images) == 1
    for name in APP_SERVICES:
        env = services[name]["environment"]
        assert env["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"
        assert re.fullmatch(r"\$\{SECRET_KEY:\?.+\}", env["SECRET_KEY"])
        assert "${POSTGRES_PASSWORD:?" in env["DATABASE_URL"]
        assert env["FRONTEND_CACHE_URL"] == "http://varnish:80"
        assert env["TRUSTED_PROXIES"]
    build = services["web"]["build"]
    assert (DOCKER / build["context"] / build["dockerfile"]).resolve() == DOCKER / "Dockerfile"


def test_varnish_mounts_the_project_vcl(compose):
    mounts = compose["services"]["varnish"]["volumes"]
    for mount in mounts:
        source = mount.split(":")[0]
        assert (DOCKER / source).is_file(), source
    vcl = (DOCKER / "varnish" / "default.vcl").read_text()
    assert 'include "portal.vcl";' in vcl and '.url = "/healthz"' in vcl


def test_dockerfile_is_multi_stage_slim_and_non_root():
    text = (DOCKER / "Dockerfile").read_text()
    stages = re.findall(r"^FROM (\S+)(?: AS (\w+))?", text, re.M)
    assert len(stages) >= 2 and all("slim" in image for image, _stage in stages)
    assert not any(image.endswith(":latest") for image, _stage in stages)
    build, runtime = text.split("AS runtime", 1)
    assert "collectstatic" in build and "compilemessages" in build
    assert re.search(r"^USER app$", runtime, re.M)
    assert "HEALTHCHECK" in runtime and "/healthz" in runtime
    for path in re.findall(r"^COPY (?!--from)(?:--\S+ )*(\S+)", text, re.M):
        assert (ROOT / path).exists(), path
    locked = (DOCKER / "requirements.lock").read_text()
    assert "pytest" not in locked and "gunicorn==" in locked and "celery==" in locked


# --- the containers' commands, run directly ----------------------------------------------------------


def _service_env() -> dict:
    return production_env(ROOT / "test-artifacts" / "staticfiles", LOG_FORMAT="json")


def _command(compose, service):
    command = list(compose["services"][service]["command"])
    executable = Path(sys.executable).parent / command[0]
    command[0] = str(executable if executable.exists() else sys.executable)
    return command


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migrate_collectstatic_and_deploy_check_run_as_in_the_image(compose):
    env = _service_env()
    run = {"env": env, "cwd": ROOT, "capture_output": True, "text": True, "timeout": 300}
    result = subprocess.run(_command(compose, "migrate"), **run)
    assert result.returncode == 0, result.stderr[-2000:]
    result = subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"], **run)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (Path(env["STATIC_ROOT"]) / "staticfiles.json").is_file()
    check = [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"]
    run["env"] = {key: value for key, value in env.items() if key != "SECURE_SSL_REDIRECT"}  # as compose
    result = subprocess.run(check, **run)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_web_worker_and_beat_start_from_their_compose_commands(compose, tmp_path):
    env = _service_env()
    if not env.get("CELERY_BROKER_URL"):
        pytest.skip("needs the Redis broker, as on CI")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"], env=env, cwd=ROOT, check=True
    )
    port = free_port()
    queue = f"deploy-{port}"
    processes = []
    try:
        web_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "2"}
        web = subprocess.Popen(_command(compose, "web"), env=web_env, cwd=ROOT)
        processes.append(web)
        worker = subprocess.Popen([*_command(compose, "worker"), "--queues", queue], env=env, cwd=ROOT)
        processes.append(worker)
        schedule = tmp_path / "celerybeat-schedule"
        beat_command = [
            part if part != "/tmp/celerybeat-schedule" else str(schedule)  # noqa: S108 (the image's path)
            for part in _command(compose, "beat")
        ]
        beat = subprocess.Popen(beat_command, env=env, cwd=ROOT)
        processes.append(beat)

        # gunicorn listens before its workers have loaded Django (well over 10 s on a busy machine): wait
        # for the first answer, however slow, within a bounded time.
        status, body = wait_for_http(f"http://127.0.0.1:{port}/healthz", web, timeout=240)
        assert status == 200, body[-2000:]
        assert b'"ok": true' in body

        from portal.celery import app

        app.conf.task_always_eager = False
        try:
            result = app.send_task("portal.ping", args=["deployed"], queue=queue)
            assert result.get(timeout=180) == "deployed"  # the worker starts as slowly
        finally:
            app.conf.task_always_eager = True

        time.sleep(3)
        assert beat.poll() is None, "beat exited"
        assert schedule.exists() or schedule.with_suffix(".db").exists() or any(tmp_path.iterdir())
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()


def test_only_the_app_may_purge_and_only_varnish_may_forward_addresses(compose):
    """Issue 16, finding 9: every private range used to be trusted, so anyone on the network could
    `BAN /` or forge a reader's address. Fixed addresses, each trusted for one thing."""
    import ipaddress

    services = compose["services"]
    address = {
        name: services[name]["networks"]["default"]["ipv4_address"]
        for name in ("web", "worker", "urgent-worker", "varnish")
    }
    [pool] = compose["networks"]["default"]["ipam"]["config"]
    subnet, dynamic = ipaddress.ip_network(pool["subnet"]), ipaddress.ip_network(pool["ip_range"])
    for ip in address.values():
        assert ipaddress.ip_address(ip) in subnet and ipaddress.ip_address(ip) not in dynamic
    assert services["web"]["environment"]["TRUSTED_PROXIES"] == address["varnish"]

    vcl = (DOCKER / "varnish" / "default.vcl").read_text()
    acl = re.search(r"acl purgers \{(.*?)\}", vcl, re.S).group(1)
    entries = set(re.findall(r'"([^"]+)"(/\d+)?', acl))
    assert entries == {
        ("127.0.0.1", ""),
        ("::1", ""),
        (address["web"], ""),
        (address["worker"], ""),
        (address["urgent-worker"], ""),
    }
