"""Faults, each bounded and on loopback: a vanishing Chroma server, a killed ingest, a damaged index,
many feedback writers at once, and hostile input to the API."""

import json
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import httpx
import pytest
from hypothesis import HealthCheck, given, settings, strategies

from engine import Engine
from index import store
from ingest.pipeline import run_ingest
from tests.conftest import run_python, web_settings
from tests.servers import ChromaServer, LiveApp

REVIEWED = "Is exosome therapy FDA-approved?"


def test_the_api_answers_503_while_the_chroma_server_is_down_and_recovers_by_itself(built_settings, tmp_path):
    from web.server import create_app

    with ChromaServer(tmp_path / "chroma") as chroma:
        settings = replace(built_settings, chroma_host="127.0.0.1", chroma_port=chroma.port)
        run_ingest(settings, progress=False, log=lambda _: None)
        app = create_app(settings, web_settings(settings, tmp_path, ["http://127.0.0.1:9"]),
                         Engine(settings, generator=None))
        with LiveApp(app) as live, httpx.Client(base_url=live.url, timeout=30) as client:
            def ask(question):
                return client.post("/api/ask", json={"question": question})

            assert ask("Which databases did the systematic review search?").status_code == 200
            chroma.stop()
            down = ask("Which databases did the literature review search?")
            assert down.status_code == 503 and down.headers["retry-after"]
            assert down.json()["error"] == "The claim-checker is being updated. Please try again in a minute."
            assert ask(REVIEWED).status_code == 200, "answers that need no search keep coming"
            chroma.start()
            deadline = time.monotonic() + 30
            while (status := ask("Which databases did the literature review search?").status_code) != 200:
                assert status == 503 and time.monotonic() < deadline
                time.sleep(0.5)


KILLED_INGEST = textwrap.dedent("""
    import os, signal
    from ingest import pipeline
    from index.settings import Settings
    real_write, calls = pipeline._write_batch, []
    def killed_on_second_batch(*args):
        calls.append(1)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        real_write(*args)
    pipeline._write_batch = killed_on_second_batch
    pipeline.run_ingest(Settings.from_env(), progress=False)
""")


def test_an_ingest_killed_mid_way_leaves_the_previous_index_answering(workspace):
    client = store.connect(workspace)
    before = store.read_manifest(client, workspace)
    entry = workspace.corpus_dir / "papers" / "kost-2022-hair-regeneration-review.md"
    entry.write_text(entry.read_text().replace("promising future therapy", "promising therapy of the future"))
    killed = run_python("-c", KILLED_INGEST, env={"DATA_DIR": str(workspace.data_dir),
                                                  "CORPUS_DIR": str(workspace.corpus_dir)})
    assert killed.returncode == -9, killed.stderr[-2000:]

    answer = Engine(workspace, generator=None).ask(REVIEWED)
    assert answer.verdict == "contradicted" and answer.index_version == before.version
    report = run_ingest(workspace, progress=False, log=lambda _: None)
    assert report.changed and report.manifest.previous_version == before.version


def test_a_damaged_index_folder_is_reported_at_start_and_rebuilt(workspace):
    database = store.index_folder(workspace) / "chroma.sqlite3"
    database.write_bytes(b"not a database" * 100)
    result = run_python("app.py", "ask", REVIEWED, "--json",
                        env={"DATA_DIR": str(workspace.data_dir), "CORPUS_DIR": str(workspace.corpus_dir)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"the index folder {store.index_folder(workspace)} cannot be read" in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["verdict"] == "contradicted"
    kept_aside = list(workspace.data_dir.glob("chroma.damaged-*"))
    assert len(kept_aside) == 1 and (kept_aside[0] / "chroma.sqlite3").read_bytes() == b"not a database" * 100


def test_sixteen_clients_giving_feedback_at_once_lose_no_row(web):
    with httpx.Client(base_url=web.url, timeout=30) as client:
        answer = client.post("/api/ask", json={"question": REVIEWED}).json()
    before = len(web.feedback.rows())

    def give(number):
        with httpx.Client(base_url=web.url, timeout=30) as client:
            return [client.post("/api/feedback", json={"answer_id": answer["id"], "rating": "up",
                                                       "comment": f"writer {number} note {n}"}).status_code
                    for n in range(10)]

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = [status for batch in pool.map(give, range(16)) for status in batch]
    assert statuses == [201] * 160
    comments = {row["comment"] for row in web.feedback.rows()[before:]}
    assert comments == {f"writer {w} note {n}" for w in range(16) for n in range(10)}


HOSTILE_BODIES = {
    "ten thousand characters": json.dumps({"question": "Is it safe? " * 834}).encode(),
    "binary bytes": bytes(range(256)),
    "invalid UTF-8": b'{"question": "Is it safe? \xff\xfe"}',
    "deeply nested JSON": b'{"question": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "a million-element list": json.dumps({"question": [0] * 1_000_000}).encode(),
    "emoji and right-to-left text": json.dumps({"question": "هل هو آمن؟ 💉🧴 Is it safe? ‏עברית"}).encode(),
    "null bytes": json.dumps({"question": "Is it\u0000 safe?"}).encode(),
    "a lone surrogate": b'{"question": "\\ud800 is it safe?"}',
    "non-standard numbers": b'{"question": Infinity, "clinic": NaN}',
}


@pytest.mark.parametrize("name", HOSTILE_BODIES)
def test_hostile_bodies_never_get_a_500(web, name):
    response = httpx.post(f"{web.url}/api/ask", content=HOSTILE_BODIES[name],
                          headers={"Content-Type": "application/json"}, timeout=30)
    assert response.status_code in {200, 413, 422}, (name, response.status_code, response.text[:300])
    assert response.json().get("error") or response.json().get("verdict")


JSON_VALUES = strategies.recursive(
    strategies.none() | strategies.booleans() | strategies.integers()
    | strategies.floats(allow_nan=False, allow_infinity=False) | strategies.text(max_size=60),
    lambda children: strategies.lists(children, max_size=5) | strategies.dictionaries(strategies.text(max_size=10),
                                                                                      children, max_size=5),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=strategies.one_of(
    JSON_VALUES,
    strategies.fixed_dictionaries({"question": JSON_VALUES}),
    strategies.fixed_dictionaries({"question": strategies.text(max_size=1200)},
                                  optional={"clinic": strategies.text(max_size=20)}),
))
def test_any_json_body_gets_an_answer_or_a_clear_error(web, body):
    response = httpx.post(f"{web.url}/api/ask", json=body, timeout=30)
    assert response.status_code in {200, 413, 422}, (body, response.status_code, response.text[:300])
    payload = response.json()
    assert ("verdict" in payload) if response.status_code == 200 else payload["error"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=strategies.binary(max_size=2000))
def test_any_bytes_get_a_clear_error_never_a_500(web, raw):
    response = httpx.post(f"{web.url}/api/ask", content=raw, headers={"Content-Type": "application/json"},
                          timeout=30)
    assert response.status_code in {200, 413, 422}, (raw[:80], response.status_code)
