"""Real servers on loopback for the tests: the app under uvicorn, plain pages for a clinic's site, and Chroma."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import chromadb
import httpx
import uvicorn

from index.settings import PROJECT_ROOT


def free_port() -> int:
    """A port free now, for a server that must be told its port before it starts (no port 0)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LiveApp:
    """The ASGI app served by uvicorn in a thread, as `python app.py` serves it."""

    def __init__(self, app):
        # Port 0: the kernel picks a free port at bind time, so parallel runs cannot collide.
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                                    access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.port: int | None = None
        self.url = ""

    def __enter__(self) -> "LiveApp":
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the app did not start")
            time.sleep(0.05)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        return self

    def __exit__(self, *_):
        self.server.should_exit = True
        self.thread.join(timeout=15)


class StaticSite:
    """A folder served on its own loopback port: another origin, like a clinic's website."""

    def __init__(self, folder: Path):
        handler = partial(_QuietHandler, directory=str(folder))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "StaticSite":
        self.thread.start()
        return self

    def __exit__(self, *_):
        self.server.shutdown()
        self.server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *_):
        pass


class ChromaServer:
    """`chroma run` on loopback, which a test may stop and start again on the same port and data."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def start(self) -> "ChromaServer":
        chroma = Path(sys.executable).parent / "chroma"
        self.process = subprocess.Popen([str(chroma), "run", "--path", str(self.folder), "--host", "127.0.0.1",
                                         "--port", str(self.port)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                chromadb.HttpClient(host="127.0.0.1", port=self.port).heartbeat()
                return self
            except Exception:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("the Chroma server did not start") from None
                time.sleep(0.3)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def __enter__(self) -> "ChromaServer":
        return self.start()

    def __exit__(self, *_):
        self.stop()


def postgres_binaries() -> Path | None:
    """Debian keeps PostgreSQL's server programs out of PATH, in /usr/lib/postgresql/VERSION/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return versions[-1].parent if versions else None


class PostgresServer:
    """A throwaway PostgreSQL cluster on a loopback port. As root, it runs as the `postgres` user,
    because PostgreSQL refuses to run as root."""

    def __init__(self, binaries: Path):
        self.binaries = binaries
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="claimcheck-pg-"))
        self.url = f"postgresql+psycopg://claimcheck@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*as_postgres, *args], check=True, capture_output=True, timeout=120)

    def __enter__(self) -> "PostgresServer":
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        data = self.folder / "data"
        self._run(str(self.binaries / "initdb"), "-D", str(data), "-U", "claimcheck", "--auth=trust",
                  "--no-sync", "-E", "UTF8")
        self._run(str(self.binaries / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "log"), "-w", "-t", "60",
                  "-o", f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off", "start")
        return self

    def __exit__(self, *_):
        self._run(str(self.binaries / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


class AppProcess:
    """`python app.py --port PORT` as its own process, as deployed; ready once /healthz answers 200.
    `program` names another server that takes --port (the benchmarks' naive baseline)."""

    def __init__(self, env: dict[str, str], log: Path, ready_within: float = 240,
                 program: tuple[str, ...] = ("app.py",)):
        self.program = program
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **env}
        self.log = log
        self.ready_within = ready_within
        self.process: subprocess.Popen | None = None
        self.seconds_to_ready: float | None = None

    def __enter__(self) -> "AppProcess":
        started = time.perf_counter()
        with self.log.open("w") as output:
            self.process = subprocess.Popen([sys.executable, *self.program, "--port", str(self.port)], cwd=PROJECT_ROOT,
                                            env=self.env, stdout=output, stderr=subprocess.STDOUT)
        while time.perf_counter() - started < self.ready_within and self.process.poll() is None:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    self.seconds_to_ready = time.perf_counter() - started
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError(f"the app at {self.url} did not answer /healthz; see {self.log}")

    def __exit__(self, *_):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
