"""Start Varnish, gunicorn and nginx on loopback for the benchmarks and the front-cache tests.

Each helper is a context manager that writes its configuration into a private directory, starts the
server in the foreground as a child process, waits until its port answers, and stops it on exit.
Varnish runs the project's own docker/varnish/portal.vcl behind a loopback backend.
"""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORTAL_VCL = ROOT / "docker" / "varnish" / "portal.vcl"
# VCL tracing records nobody reads in production (varnishncsa needs none of them); compose.yaml too.
VSL_MASK = "vsl_mask=-VCL_call,-VCL_return,-Hash,-VCL_acl,-Debug"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 60, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            detail = log.read_text()[-3000:] if log and log.exists() else ""
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}\n{detail}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise TimeoutError(f"{process.args[0]} did not listen on {port} within {timeout} s")


@contextlib.contextmanager
def _running(args, *, port, log: Path, env=None, cwd=None, timeout=60):
    with log.open("ab") as out:
        process = subprocess.Popen(
            args, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd, start_new_session=True
        )
    try:
        wait_for_port(port, process, timeout, log)
        yield process
    finally:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


class Varnish:
    def __init__(self, port: int, workdir: Path):
        self.port = port
        self.workdir = workdir
        self.url = f"http://127.0.0.1:{port}"

    def stats(self) -> dict[str, int]:
        """varnishstat's MAIN counters (cache_hit, cache_miss, ...)."""
        raw = subprocess.run(
            ["varnishstat", "-n", str(self.workdir), "-1", "-j"], capture_output=True, text=True, check=True
        ).stdout
        counters = json.loads(raw)
        counters = counters.get("counters", counters)
        return {
            name.split(".", 1)[1]: value["value"]
            for name, value in counters.items()
            if name.startswith("MAIN.") and isinstance(value, dict) and "value" in value
        }


def vcl_for(backend_port: int, purgers=("127.0.0.1", "::1")) -> str:
    acl = "".join(f'    "{address}";\n' for address in purgers)
    return f"""vcl 4.1;
backend default {{
    .host = "127.0.0.1";
    .port = "{backend_port}";
    .first_byte_timeout = 60s;
}}
acl purgers {{
{acl}}}
include "{PORTAL_VCL}";
"""


@contextlib.contextmanager
def varnish(
    backend_port: int, *, port=None, storage="malloc,256m", threads=None, purgers=("127.0.0.1", "::1")
):
    if not shutil.which("varnishd"):
        raise RuntimeError("varnishd is missing: apt-get install varnish")
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="bp-varnish-"))
    workdir.chmod(0o755)  # varnishd drops privileges to its own user, which must read the VCL
    vcl = workdir / "default.vcl"
    vcl.write_text(vcl_for(backend_port, purgers))
    vcl.chmod(0o644)
    args = ["varnishd", "-F", "-n", str(workdir), "-a", f"127.0.0.1:{port}", "-f", str(vcl), "-s", storage]
    args += ["-p", "ban_lurker_sleep=0.01", "-p", VSL_MASK]
    if threads:
        args += ["-p", f"thread_pool_min={threads}"]
    try:
        with _running(args, port=port, log=workdir / "varnishd.log"):
            yield Varnish(port, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@contextlib.contextmanager
def gunicorn(
    *,
    env: dict,
    port: int | None = None,
    workers: int = 2,
    wsgi: str = "portal.wsgi:application",
    pythonpath: str | None = None,
    log: Path,
):
    port = port or free_port()
    args = [
        str(Path(sys.executable).parent / "gunicorn"),
        wsgi,
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--backlog",
        "2048",
        "--keep-alive",
        "5",
        "--log-level",
        "warning",
    ]
    if pythonpath:
        args += ["--pythonpath", pythonpath]
    with _running(args, port=port, log=log, env=env, cwd=ROOT, timeout=120) as process:
        yield port, process


def nginx_conf(root: Path, port: int, workdir: Path) -> str:
    return f"""daemon off;
master_process on;
worker_processes auto;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    types {{ text/html html; }}
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
    }}
}}
"""


@contextlib.contextmanager
def nginx(root: Path, *, port: int | None = None):
    if not shutil.which("nginx"):
        raise RuntimeError("nginx is missing: apt-get install nginx")
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="bp-nginx-"))
    workdir.chmod(0o755)
    conf = workdir / "nginx.conf"
    conf.write_text(nginx_conf(root, port, workdir))
    try:
        with _running(["nginx", "-c", str(conf), "-p", str(workdir)], port=port, log=workdir / "nginx.log"):
            yield port
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@contextlib.contextmanager
def redis_server(*, port: int | None = None):
    """A private, throw-away redis-server (nothing on disk) for tests that stop and restart it."""
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="bp-redis-"))
    args = [
        "redis-server",
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(workdir),
    ]
    try:
        with _running(args, port=port, log=workdir / "redis.log"):
            yield f"redis://127.0.0.1:{port}"
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
