"""Where a server's start goes: each phase of `python app.py` up to listening, timed in a fresh process,
and the import time of the packages it loads (python -X importtime; a package imported by another is
counted inside it too)."""

import json
import subprocess
import sys

from index.settings import PROJECT_ROOT

PHASES = """
import json, time
started = time.perf_counter()
marks = {}
import app
from engine import Engine
from index.settings import Settings
from web.config import WebSettings
from web.server import create_app
import uvicorn
marks["imports (Python, Gradio, FastAPI, Chroma, LangChain, ONNX Runtime)"] = time.perf_counter()
settings = Settings.from_env()
engine = Engine(settings)
marks["engine: index tables, BM25, query model session"] = time.perf_counter()
create_app(settings, WebSettings.from_env(settings), engine)
marks["web app: routes and the Gradio page"] = time.perf_counter()
engine.warm_up()
marks["warm-up: one answer and one passage search"] = time.perf_counter()
previous, seconds = started, {}
for name, mark in marks.items():
    seconds[name], previous = round(mark - previous, 2), mark
print(json.dumps(seconds))
"""


def phases(env: dict[str, str]) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", PHASES], cwd=PROJECT_ROOT, env=env, capture_output=True,
                            text=True, timeout=300, check=True)
    return json.loads(result.stdout.splitlines()[-1])


def import_profile(top: int = 8) -> list[dict]:
    command = [sys.executable, "-X", "importtime", "-c", "import app, web.server, engine.core, uvicorn"]
    result = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=True)
    packages = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = (part for part in line.removeprefix("import time:").split("|"))
        package = name.strip()
        if cumulative.strip().isdigit() and "." not in package and package not in ("app", "web", "engine"):
            packages[package] = max(packages.get(package, 0.0), int(cumulative) / 1e6)
    ranked = sorted(packages.items(), key=lambda item: -item[1])[:top]
    return [{"package": name, "seconds": round(seconds, 2)} for name, seconds in ranked]
