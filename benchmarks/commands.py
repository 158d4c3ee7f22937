"""Wall time and peak memory of one command-line question, as a whole process: `python app.py ask` and the
naive baseline's `python -m benchmarks.naive ask`."""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from index.settings import PROJECT_ROOT

RUNS = 3


def measure(program: tuple[str, ...], questions: list[str], data_dir: Path) -> dict:
    walls, peaks = [], []
    for question in questions[:RUNS]:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, *program, "ask", question], cwd=PROJECT_ROOT,
                                   env={**os.environ, "DATA_DIR": str(data_dir)},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - started)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(program)} ask failed: {process.stderr.read().decode()[-500:]}")
        process.stderr.close()
        peaks.append(usage.ru_maxrss / 1024)
    return {"runs": len(walls), "median_s": round(statistics.median(walls), 2), "max_s": round(max(walls), 2),
            "peak_rss_mb": round(max(peaks), 1)}
