"""A server as deployed, over loopback: time until /healthz answers, the first sixteen questions sent
together the moment it does, then 1, 4 and 16 concurrent clients on questions it has never seen,
the answer cache on questions it has (labelled as such), and its peak resident memory. Bounded in
requests and time."""

import itertools
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from benchmarks.stats import summary
from tests.servers import AppProcess

LEVELS = {1: 90, 4: 240, 16: 480}  # concurrent clients: requests
FIRST_CLIENTS = 16
CACHED_CLIENTS, CACHED_REQUESTS = 16, 480
LEVEL_TIME_LIMIT_S = 60
# Ways people wrap a question. Each regression question in each wrapping is a question a server has not
# seen yet, and none is asked twice, so no answer comes from a cache.
WRAPPINGS = ("{}", "Quick question: {}", "{} Thanks.", "Hello! {}", "{} Just curious.", "I was wondering: {}",
             "{} I read about it online.", "Can you tell me: {}", "Hi, {}", "{} My friend asked me.")


def unseen_questions(questions: list[str]) -> Iterator[str]:
    for wrapping in WRAPPINGS:
        for question in questions:
            yield wrapping.format(question)


def load(url: str, questions: Iterator[str], clients: int, requests: int, together: bool = False) -> dict:
    """`requests` questions from `questions` over `clients` connections; with `together`, every client's
    first request leaves at the same moment."""
    pending = itertools.islice(questions, requests)
    lock, latencies, errors = threading.Lock(), [], []
    start_line = threading.Barrier(clients)
    deadline = time.monotonic() + LEVEL_TIME_LIMIT_S

    def client_loop(client: httpx.Client):
        if together:
            start_line.wait()
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

    # Connections are set up before the clock starts: their one-off cost is not a question's.
    connections = [httpx.Client(base_url=url, timeout=30) for _ in range(clients)]
    threads = [threading.Thread(target=client_loop, args=(connection,)) for connection in connections]
    started, client_cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall, client_cpu = time.perf_counter() - started, time.process_time() - client_cpu
    for connection in connections:
        connection.close()
    return {"clients": clients, **summary(latencies), "max_ms": round(max(latencies, default=0.0), 2),
            "answers_per_s": round(len(latencies) / wall, 1), "errors": len(errors),
            "client_cpu_ms_per_answer": round(client_cpu * 1000 / max(len(latencies), 1), 2),
            "error_kinds": sorted({str(error) for error in errors})}


def measure(program: tuple[str, ...], questions: list[str], data_dir: Path, log: Path, cached: bool) -> dict:
    """Ready is the time from launching the process until /healthz answers 200."""
    fresh = unseen_questions(questions)
    env = {"DATA_DIR": str(data_dir), "RATE_LIMIT_PER_MINUTE": "0"}
    with AppProcess(env, log, ready_within=180, program=program) as server:

        def costed(questions: Iterator[str], clients: int, requests: int, together: bool = False) -> dict:
            before = cpu_seconds(server.process.pid)
            level = load(server.url, questions, clients, requests, together)
            spent = cpu_seconds(server.process.pid) - before
            return {**level, "server_cpu_ms_per_answer": round(spent * 1000 / max(level["count"], 1), 2)}

        first = costed(fresh, FIRST_CLIENTS, FIRST_CLIENTS, together=True)
        levels = [costed(fresh, clients, requests) for clients, requests in LEVELS.items()]
        repeated = costed(itertools.cycle(questions), CACHED_CLIENTS, CACHED_REQUESTS) if cached else None
        peak = peak_resident_mb(server.process.pid)
    return {"ready_s": round(server.seconds_to_ready, 2), "first": first, "levels": levels, "cached": repeated,
            "peak_rss_mb": peak}


def cpu_seconds(pid: int) -> float:
    """User and system CPU time the process has used: unlike latency, barely moved by other load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc status")
