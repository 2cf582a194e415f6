"""Real servers on loopback for the process tests and the benchmarks: Varnish, a private redis-server, and
waiting for any started process to listen and answer.

Each server helper is a context manager that writes its configuration into a private directory, starts
the server in the foreground as a child process (free ports only), waits until its port answers, and stops
it on exit. Varnish runs the project's own docker/varnish/portal.vcl behind a loopback backend.

Nothing here imports Django or the project, so bench/ scripts run as `python bench/x.py` import it too.
"""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PORTAL_VCL = ROOT / "docker" / "varnish" / "portal.vcl"
# VCL tracing records nobody reads in production (varnishncsa needs none of them); compose.yaml too.
VSL_MASK = "vsl_mask=-VCL_call,-VCL_return,-Hash,-VCL_acl,-Debug"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _exited(process: subprocess.Popen, log: Path | None) -> RuntimeError:
    detail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    return RuntimeError(f"{process.args[0]} exited with {process.returncode}\n{detail}")


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 60, log: Path | None = None) -> None:
    """Until something accepts connections on the port; fails at once when the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise _exited(process, log)
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.1)
    raise TimeoutError(f"{process.args[0]} did not listen on {port} within {timeout} s")


def wait_for_http(
    url: str,
    process: subprocess.Popen | None = None,
    *,
    timeout: float = 180,
    attempt_timeout: float = 60,
    headers: dict | None = None,
    log: Path | None = None,
) -> tuple[int, bytes]:
    """The first complete HTTP answer from url (any status) as (status, body).

    A port that listens is not a server that answers: gunicorn binds before its workers have imported
    Django, which on a busy machine takes well over 10 s. So this polls with a generous per-attempt timeout
    (a slow first answer is waited for, not abandoned) inside one overall deadline, and fails at once when
    the process exits.
    """
    deadline = time.monotonic() + timeout
    last = "no attempt"
    while (remaining := deadline - time.monotonic()) > 0:
        if process is not None and process.poll() is not None:
            raise _exited(process, log)
        request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 (loopback, our URL)
        try:
            with urllib.request.urlopen(request, timeout=min(attempt_timeout, remaining)) as response:  # noqa: S310
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()
        except (OSError, urllib.error.URLError) as error:  # refused, reset, or this attempt timed out
            last = repr(error)
        time.sleep(0.5)
    raise TimeoutError(f"{url} gave no HTTP answer within {timeout} s (last: {last})")


@contextlib.contextmanager
def running(args, *, port, log: Path, env=None, cwd=None, timeout=60):
    """Start args in its own session (output to log), wait until port listens, and stop it on exit."""
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
    backend_port: int,
    *,
    port=None,
    storage="malloc,256m",
    threads=None,
    purgers=("127.0.0.1", "::1"),
    vcl_text: str | None = None,
):
    if not shutil.which("varnishd"):
        raise RuntimeError("varnishd is missing: apt-get install varnish")
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="bp-varnish-"))
    workdir.chmod(0o755)  # varnishd drops privileges to its own user, which must read the VCL
    vcl = workdir / "default.vcl"
    vcl.write_text(vcl_text or vcl_for(backend_port, purgers))
    vcl.chmod(0o644)
    args = ["varnishd", "-F", "-n", str(workdir), "-a", f"127.0.0.1:{port}", "-f", str(vcl), "-s", storage]
    args += ["-p", "ban_lurker_sleep=0.01", "-p", VSL_MASK]
    if threads:
        args += ["-p", f"thread_pool_min={threads}"]
    try:
        with running(args, port=port, log=workdir / "varnishd.log"):
            yield Varnish(port, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def nginx_media_conf(media_conf: str, *, root: Path, port: int, workdir: Path) -> str:
    """docker/nginx/media.conf (a server block) wrapped to run on loopback from `root`."""
    server = media_conf.replace("listen 8080;", f"listen 127.0.0.1:{port};").replace(
        "root /data;", f"root {root};"
    )
    temp = "".join(
        f"    {kind}_temp_path {workdir}/{kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        f"daemon off;\npid {workdir}/nginx.pid;\nerror_log {workdir}/error.log warn;\n"
        f"events {{ worker_connections 256; }}\nhttp {{\n    access_log off;\n{temp}{server}\n}}\n"
    )


@contextlib.contextmanager
def nginx_media(media_conf: str, root: Path):
    """The media server of docker/ on loopback."""
    if not shutil.which("nginx"):
        raise RuntimeError("nginx is missing: apt-get install nginx")
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="bp-media-"))
    workdir.chmod(0o755)
    conf = workdir / "nginx.conf"
    conf.write_text(nginx_media_conf(media_conf, root=root, port=port, workdir=workdir))
    try:
        with running(["nginx", "-c", str(conf), "-p", str(workdir)], port=port, log=workdir / "nginx.log"):
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
        with running(args, port=port, log=workdir / "redis.log"):
            yield f"redis://127.0.0.1:{port}"
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
