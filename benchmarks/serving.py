"""The app as deployed: cold start until /healthz answers, /api/ask under 1, 4 and 16 concurrent clients
on loopback (bounded in requests and time), and the server's peak resident memory."""

import itertools
import threading
import time
from pathlib import Path

import httpx

from benchmarks.stats import summary
from tests.servers import AppProcess

LEVELS = {1: 90, 4: 240, 16: 480}  # concurrent clients: requests
LEVEL_TIME_LIMIT_S = 60


def load(url: str, questions: list[str], clients: int, requests: int) -> dict:
    pending = itertools.islice(itertools.cycle(questions), requests)
    lock, latencies, errors = threading.Lock(), [], []
    deadline = time.monotonic() + LEVEL_TIME_LIMIT_S

    def client_loop():
        with httpx.Client(base_url=url, timeout=30) as client:
            while time.monotonic() < deadline:
                with lock:
                    question = next(pending, None)
                if question is None:
                    return
                started = time.perf_counter()
                try:
                    status = client.post("/api/ask", json={"question": question}).status_code
                except httpx.HTTPError as error:
                    status = error.__class__.__name__
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    (latencies if status == 200 else errors).append(elapsed if status == 200 else status)

    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {"clients": clients, **summary(latencies), "answers_per_s": round(len(latencies) / wall, 1),
            "errors": len(errors), "error_kinds": sorted({str(error) for error in errors})}


def measure(questions: list[str], data_dir: Path, log: Path) -> dict:
    """Cold start is the time from launching `python app.py` until /healthz answers 200."""
    with AppProcess({"DATA_DIR": str(data_dir), "RATE_LIMIT_PER_MINUTE": "0"}, log, ready_within=180) as app:
        levels = [load(app.url, questions, clients, requests) for clients, requests in LEVELS.items()]
        peak = peak_resident_mb(app.process.pid)
    return {"cold_start_s": round(app.seconds_to_ready, 2), "levels": levels, "server_peak_rss_mb": peak}


def peak_resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc status")
