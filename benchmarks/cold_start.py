"""Where a cold start goes: the import time of each package the server loads (python -X importtime).
A package imported by another is counted inside it too (sklearn inside sentence_transformers)."""

import subprocess
import sys

from index.settings import PROJECT_ROOT


def import_profile(top: int = 8) -> list[dict]:
    # The server imports sentence_transformers when it loads the model, so it is named here too.
    command = [sys.executable, "-X", "importtime", "-c", "import app, web.server, sentence_transformers"]
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
