"""gunicorn and nginx on loopback for the benchmarks (bench/serving.py).

Varnish, redis-server and the waiting helpers are shared with the suite: tests/support/processes.py. Like
them, each helper here is a context manager that starts the server in the foreground as a child process,
waits until its port answers, and stops it on exit.
"""

import contextlib
import shutil
import sys
import tempfile
from pathlib import Path

if (_root := str(Path(__file__).resolve().parent.parent)) not in sys.path:  # `python bench/x.py`
    sys.path.insert(0, _root)

from tests.support.processes import ROOT, free_port, running


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
    with running(args, port=port, log=log, env=env, cwd=ROOT, timeout=120) as process:
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
        with running(["nginx", "-c", str(conf), "-p", str(workdir)], port=port, log=workdir / "nginx.log"):
            yield port
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
