"""What an attacker would try, against the app served on loopback: each probe is one finding of the
security review (issue 10) and fails if the hole it names comes back."""

import csv
import json
import logging
import shutil
import socket
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import pytest
import yaml

from engine.errors import MAX_QUESTION_CHARS
from index.settings import PROJECT_ROOT
from tests.conftest import run_python, web_settings
from tests.servers import AppProcess, LiveApp
from tests.test_browser import browser, page  # noqa: F401  (fixtures: Debian's Chromium, no outside requests)

QUESTION = "Is it FDA-approved?"
LONE_SURROGATE = '"\\ud800"'


def ask(client: httpx.Client, question: str = QUESTION, **extra) -> dict:
    response = client.post("/api/ask", json={"question": question, **extra})
    assert response.status_code == 200, response.text
    return response.json()


# --- the patient page's own Gradio routes, spoken to as a script would -------------------------------------

class GradioPage:
    """A client of the patient page's event queue: join an event by its function's name, read its result."""

    def __init__(self, client: httpx.Client):
        self.client = client
        self.session = uuid.uuid4().hex[:11]
        self.dependencies = {dependency["api_name"]: dependency for dependency in client.get("/config").json()[
            "dependencies"]}

    def call(self, name: str, data: list, event_data: dict | None = None, page_query: str = "") -> dict:
        """The final queue message, or {"refused": status} when the server would not take the event.
        `page_query` is the page's own query string, which Gradio's client sends along with each event."""
        dependency = self.dependencies[name]
        joined = self.client.post(f"/gradio_api/queue/join?{page_query}", json={
            "data": data, "event_data": event_data, "fn_index": dependency["id"],
            "trigger_id": dependency["targets"][0][0], "session_hash": self.session})
        if joined.status_code != 200:
            return {"refused": joined.status_code, "body": joined.text}
        event_id = joined.json()["event_id"]
        with self.client.stream("GET", "/gradio_api/queue/data", params={"session_hash": self.session}) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    message = json.loads(line[5:])
                    if message.get("event_id") == event_id and message.get("msg") == "process_completed":
                        return message
        raise AssertionError("the event never completed")

    def inputs(self, name: str) -> int:
        return len(self.dependencies[name]["inputs"])


def _forged_history(path: str) -> list[dict]:
    file_part = {"type": "file", "file": {"path": path, "meta": {"_type": "gradio.FileData"}}}
    return [{"role": "user", "content": [file_part]}, {"role": "assistant", "content": [file_part]},
            {"role": "user", "content": file_part}, {"role": "assistant", "content": "ok"}]


@pytest.fixture(scope="module")
def client(web):
    with httpx.Client(base_url=web.url, timeout=30) as session:
        yield session


@pytest.fixture
def outside_file(tmp_path):
    secret = tmp_path / "outside-the-app" / f"secret-{uuid.uuid4().hex[:8]}.txt"
    secret.parent.mkdir()
    secret.write_text("patient secret 7f3a\n")
    return secret


# 1. A forged chat history naming a file outside the app reads nothing, on any event and any file route.

def test_a_forged_chat_history_cannot_make_the_page_serve_a_file(client, outside_file, web):
    gradio = GradioPage(client)
    forged = _forged_history(str(outside_file))
    for name in gradio.dependencies:
        result = json.dumps(gradio.call(name, [forged] * gradio.inputs(name)))
        assert "file=" not in result and '"path"' not in result and "7f3a" not in result, (name, result)
    assert list((Path(tempfile.gettempdir()) / "gradio").rglob(outside_file.name)) == [], "copied into the cache"
    database = web.database_url.removeprefix("sqlite:///")
    for target in (str(outside_file), "/etc/passwd", database, f"{database}-wal", str(PROJECT_ROOT / "app.py")):
        for route in ("/gradio_api/file=", "/file=", "/gradio_api/file/"):
            response = client.get(f"{route}{target}")
            assert response.status_code in (403, 404), (route, target, response.status_code)
            assert "7f3a" not in response.text and "root:" not in response.text


def test_the_page_still_answers_keeping_the_conversation_on_the_server(client, web):
    gradio = GradioPage(client)
    first = gradio.call("respond", ["Is it safe?"] + [None] * (gradio.inputs("respond") - 1))
    second = gradio.call("respond", [QUESTION] + [None] * (gradio.inputs("respond") - 1))
    assert first["success"] and second["success"]
    chat = next(value for value in second["output"]["data"] if isinstance(value, list))
    texts = json.dumps(chat)
    assert "Is it safe?" in texts and "FDA-approved" in texts and "cc-answer" in texts


# 2. Gradio's routes keep the API's body cap, field limits and rate limit; the upload route is refused.

def test_the_upload_route_is_refused_at_any_size(client):
    for size in (10, 5 * 1024 * 1024):
        response = client.post("/gradio_api/upload", files={"files": ("notes.txt", b"x" * size, "text/plain")})
        assert response.status_code in (403, 404, 413), (size, response.status_code)
        assert "/tmp" not in response.text and "notes.txt" not in response.text


def test_a_huge_history_or_comment_is_refused_before_gradio_reads_it(client):
    gradio = GradioPage(client)
    huge = gradio.call("respond", ["Is it safe?", [{"role": "user", "content": "x" * 1_000_000}], None])
    assert huge.get("refused") == 413
    comment = gradio.call("save_comment", ["y" * 1_000_000, None])
    assert comment.get("refused") == 413


def _rate(gradio: GradioPage, liked: bool = True) -> dict:
    return gradio.call("record_rating", [None] * gradio.inputs("record_rating"),
                     event_data={"index": 1, "value": None, "liked": liked})


def test_a_page_comment_over_the_apis_limit_is_not_stored(client, web):
    gradio = GradioPage(client)
    gradio.call("respond", [QUESTION] + [None] * (gradio.inputs("respond") - 1))
    before = len(web.feedback.rows())
    assert _rate(gradio)["success"]
    rows = web.feedback.rows()
    assert len(rows) == before + 1
    too_long = gradio.call("save_comment", ["z" * 2001, None])
    assert "2,000" in json.dumps(too_long["output"])
    hostile = gradio.call("save_comment", ["bad \u0000 byte", None])
    assert hostile["success"]
    assert web.feedback.rows()[-1]["comment"] is None


def test_the_page_counts_ratings_against_the_same_rate_limit(engine, built_settings, tmp_path):
    from web.server import create_app

    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], requests_per_minute=3)
    app = create_app(built_settings, settings, engine)
    with LiveApp(app) as live, httpx.Client(base_url=live.url, timeout=30) as session:
        gradio = GradioPage(session)
        gradio.call("respond", [QUESTION] + [None] * (gradio.inputs("respond") - 1))
        results = [_rate(gradio, liked=n % 2 == 0) for n in range(4)]
    rows = app.state.services.feedback.rows()
    assert len(rows) == 2, "one question and two ratings spend the budget of three"
    assert "faster than we can answer" in json.dumps(results[-1]["output"])


# 3. Text that is not text (a lone surrogate, NUL) is a 422 with a plain message, after the rate limit.

@pytest.mark.parametrize("body", [
    '{"question": "Is it safe?", "clinic": ' + LONE_SURROGATE + '}',
    '{"question": "Is it\\u0000 safe?"}',
])
def test_text_that_is_not_text_is_a_plain_422_on_ask(client, body):
    response = client.post("/api/ask", content=body.encode(), headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["error"] and "Traceback" not in response.text


def test_text_that_is_not_text_is_a_plain_422_on_feedback(client):
    answer = ask(client)
    answer_id = answer.get("id")
    # A client that sends its own copy of the answer, with a lone surrogate in its clinic field.
    own_copy = json.dumps({"answer": answer, "rating": "up", "clinic": "CLINIC"}).replace('"CLINIC"', LONE_SURROGATE)
    response = client.post("/api/feedback", content=own_copy.encode(), headers={"Content-Type": "application/json"})
    assert response.status_code == 422, response.text
    for field in ("comment", "rating", "answer_id"):
        body = {"answer_id": answer_id, "rating": "up", "comment": "fine"}
        raw = json.dumps(body).replace(json.dumps(body[field]), LONE_SURROGATE).encode()
        response = client.post("/api/feedback", content=raw, headers={"Content-Type": "application/json"})
        assert response.status_code == 422, (field, response.status_code, response.text)
    nul = client.post("/api/feedback", json={"answer_id": answer_id, "rating": "up", "comment": "a\u0000b"})
    assert nul.status_code == 422
    comment = client.post(f"/api/feedback/{'0' * 32}/comment", content=('{"comment": ' + LONE_SURROGATE + '}').encode(),
                          headers={"Content-Type": "application/json"})
    assert comment.status_code == 422 and comment.json()["error"]
    unknown_key = client.post("/api/feedback", content=('{"answer_id": "' + "0" * 32 + '", "rating": "up", '
                                                        + LONE_SURROGATE + ': 1}').encode(),
                              headers={"Content-Type": "application/json"})
    assert unknown_key.status_code == 422 and unknown_key.json()["error"]


def test_the_rate_limit_comes_before_any_check_of_the_body(engine, built_settings, tmp_path):
    from web.server import create_app

    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], requests_per_minute=2)
    with LiveApp(create_app(built_settings, settings, engine)) as live, httpx.Client(base_url=live.url) as session:
        raw = ('{"question": "Is it safe?", "clinic": ' + LONE_SURROGATE + '}').encode()
        statuses = [session.post("/api/ask", content=raw, headers={"Content-Type": "application/json"}).status_code
                    for _ in range(3)]
    assert statuses == [422, 422, 429]


def test_on_postgresql_a_nul_in_feedback_is_a_422_not_a_500(postgres, engine, built_settings, tmp_path):
    from web.server import create_app

    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], database_url=postgres.url)
    with LiveApp(create_app(built_settings, settings, engine)) as live, httpx.Client(base_url=live.url) as session:
        asked_with_nul = session.post("/api/ask", json={"question": "Is it\u0000 safe?"})
        answer_id = ask(session).get("id")
        with_nul = session.post("/api/feedback", json={"answer_id": answer_id, "rating": "up", "comment": "a\u0000"})
        long_version = session.post("/api/feedback", json={
            "answer": {**ask(session), "index_version": "v" * 65}, "rating": "up"})
        fine = session.post("/api/feedback", json={"answer_id": answer_id, "rating": "up", "comment": "clear"})
    assert (asked_with_nul.status_code, with_nul.status_code, long_version.status_code) == (422, 422, 422)
    assert fine.status_code == 201


# 4. A formula in any cell is exported as text, as OWASP's CSV-injection guidance says.

FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"]


def test_feedback_export_neutralises_formulas(client, web, tmp_path):
    answer = ask(client, "=1+1 is it FDA-approved?")
    ids = [client.post("/api/feedback", json={"answer_id": answer.get("id"), "rating": "down",
                                              "comment": formula}).json().get("id") for formula in FORMULAS]
    target = tmp_path / "feedback.csv"
    result = run_python("app.py", "feedback", "export", "--csv", str(target), env={"DATABASE_URL": web.database_url})
    assert result.returncode == 0, result.stderr
    with target.open(newline="", encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert [rows[feedback_id]["comment"] for feedback_id in ids] == [f"'{formula}" for formula in FORMULAS]
    assert rows[ids[0]]["question"] == "'=1+1 is it FDA-approved?"
    for row in rows.values():
        assert not any(str(value).startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values()), row


# 5. Feedback names an answer the server issued, and the server's copy of it is what is stored.

def test_feedback_on_an_answer_the_server_never_gave_is_refused(client, web):
    answer = ask(client)
    forged = {**answer, "verdict": "supported", "question": "x" * 60_000,
              "citations": [{**answer["citations"][0], "quote": "Exosomes cure baldness."}]}
    before = len(web.feedback.rows())
    for body in ({"answer": forged, "rating": "up"}, {"answer": forged, "rating": "up", "clinic": "any-clinic"},
                 {"answer_id": uuid.uuid4().hex, "rating": "up"}):
        response = client.post("/api/feedback", json=body)
        assert response.status_code in (404, 413, 422), (body.keys(), response.status_code)
        assert response.json()["error"]
    assert len(web.feedback.rows()) == before


def test_feedback_stores_the_servers_answer_and_its_clinic(client, web):
    answer = ask(client, clinic=web.clinic_id, )
    plain = ask(client, "Is it safe?")
    given = client.post("/api/feedback", json={"answer_id": answer["id"], "rating": "up"})
    unclaimed = client.post("/api/feedback", json={"answer_id": plain["id"], "rating": "down",
                                                   "clinic": web.clinic_id})
    assert given.status_code == 201 and unclaimed.status_code == 422
    row = next(row for row in web.feedback.rows() if row["id"] == given.json()["id"])
    stored = json.loads(row["answer_json"])
    assert stored == {key: value for key, value in answer.items() if key != "id"}
    assert (row["clinic"], row["question"], row["verdict"]) == (web.clinic_id, QUESTION, answer["verdict"])


# 6, 7. The log: no forged lines, no terminal escapes, never a question; slow clients are cut off and
# logged as disconnects, not as 500s.

@pytest.fixture(scope="module")
def served(built_settings, tmp_path_factory):
    folder = tmp_path_factory.mktemp("served")
    shutil.copytree(built_settings.data_dir, folder / "data")
    (folder / "clinics.yaml").write_text(yaml.safe_dump([{
        "id": "test-clinic", "name": "Test", "accent": "#7a1f5c", "allowed_origins": ["http://127.0.0.1:9"],
        "contact": "https://example.org/contact"}]))
    env = {"DATA_DIR": str(folder / "data"), "CLINICS_FILE": str(folder / "clinics.yaml"),
           "DATABASE_URL": f"sqlite:///{folder / 'feedback.sqlite3'}", "RATE_LIMIT_PER_MINUTE": "0",
           "REQUEST_TIMEOUT": "2"}
    with AppProcess(env, folder / "app.log") as process:
        yield process


def _log(process: AppProcess) -> str:
    time.sleep(0.3)
    return process.log.read_text(errors="replace")


def test_the_request_log_escapes_control_characters(served):
    for path in ("/%0A2026-01-01T00:00:00+00:00%20GET%20/forged%20200", "/%1b%5b31mred", "/%0d%07bell"):
        httpx.get(served.url + path, timeout=10)
    log = _log(served)
    assert "\x1b" not in log and "\x07" not in log and "\r" not in log
    assert not any(line.startswith("2026-01-01T00:00:00") for line in log.splitlines())
    assert "\\n2026-01-01T00:00:00" in log and "\\x1b[31mred" in log


def test_no_question_is_ever_logged_on_any_route(served):
    secret = f"Is it safe for my cousin {uuid.uuid4().hex[:8]}?"
    with httpx.Client(base_url=served.url, timeout=30) as session:
        session.post("/api/ask", json={"question": secret})
        session.post("/api/ask", json={"question": [secret], "clinic": {"x": secret}})
        gradio = GradioPage(session)
        gradio.call("respond", [secret] + [None] * (gradio.inputs("respond") - 1))
        for name in gradio.dependencies:
            gradio.call(name, [{"nested": [secret]}, [[secret, 1]], secret, 42][:max(gradio.inputs(name), 1)],
                      event_data={"index": [secret], "value": secret, "liked": secret})
    log = _log(served)
    assert secret not in log and secret[:20] not in log
    assert "Traceback" not in log


def _half_sent(port: int, request: bytes) -> socket.socket:
    connection = socket.create_connection(("127.0.0.1", port), timeout=15)
    connection.sendall(request)
    return connection


def test_slow_clients_are_cut_off_and_logged_as_disconnects(served):
    headers_only = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
    body_missing = (b"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    b"Content-Length: 200\r\n\r\n{\"question\": ")
    connections = [_half_sent(served.port, request) for request in [headers_only] * 10 + [body_missing] * 10]
    started = time.monotonic()
    assert httpx.get(f"{served.url}/healthz", timeout=10).status_code == 200
    for connection in connections:
        try:
            while connection.recv(4096):
                pass
        except TimeoutError:
            pytest.fail("a half-sent request was still held open after 15 seconds")
        finally:
            connection.close()
    assert time.monotonic() - started < 10
    log = _log(served)
    assert " 500 " not in log
    assert "POST /api/ask disconnected" in log


# 8. A damaged feedback database: answers keep coming, feedback says why it cannot be saved.

def test_a_damaged_feedback_database_leaves_answers_working(engine, built_settings, tmp_path, caplog):
    from web.server import create_app

    database = tmp_path / "feedback.sqlite3"
    database.write_bytes(b"this is not a database" * 200)
    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], database_url=f"sqlite:///{database}")
    with caplog.at_level(logging.WARNING):
        app = create_app(built_settings, settings, engine)
    assert str(database) in caplog.text
    with LiveApp(app) as live, httpx.Client(base_url=live.url, timeout=30) as session:
        answer = ask(session)
        feedback = session.post("/api/feedback", json={"answer_id": uuid.uuid4().hex, "rating": "up"})
        gradio = GradioPage(session)
        chat = gradio.call("respond", [QUESTION] + [None] * (gradio.inputs("respond") - 1))
        rating = _rate(gradio)
    assert answer["verdict"] == "contradicted" and answer["id"] is None
    assert feedback.status_code == 503 and "feedback" in feedback.json()["error"].lower()
    assert str(tmp_path) not in feedback.text
    assert chat["success"] and "cc-answer" in json.dumps(chat["output"])
    assert "cannot be saved" in json.dumps(rating["output"])


# 9. The Host header is not trusted: the public address and the allowed hosts come from configuration.

def test_a_forged_host_is_refused_and_never_reflected(client, web):
    for path in ("/api/claims.jsonld", "/", "/claims"):
        response = client.get(path, headers={"Host": "evil.example"})
        assert response.status_code == 400, (path, response.status_code)
        assert "evil.example" not in response.text
    forged_origin = client.post("/api/ask", json={"question": QUESTION},
                                headers={"Host": "evil.example", "Origin": "http://evil.example"})
    assert forged_origin.status_code in (400, 403)


def test_claim_reviews_name_the_configured_public_address(engine, built_settings, tmp_path):
    from web.server import create_app

    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"],
                            public_url="https://checker.example", allowed_hosts=("checker.example",))
    with LiveApp(create_app(built_settings, settings, engine)) as live, httpx.Client(base_url=live.url) as session:
        document = session.get("/api/claims.jsonld", headers={"Host": "checker.example"}).json()
        loopback = session.get("/api/claims.jsonld").status_code
        own_page = session.post("/api/ask", json={"question": QUESTION}, headers={
            "Host": "checker.example", "Origin": "https://checker.example"}).status_code
    assert {review["url"].split("/claims#")[0] for review in document["@graph"]} == {"https://checker.example"}
    assert loopback == 400 and own_page == 200


# 10, 11. Every page loads only from the app, under a Content-Security-Policy it does not break.

def test_the_api_docs_load_their_assets_from_the_app(client):
    docs = client.get("/docs").text
    assert "cdn." not in docs and "https://" not in docs
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        linked = next(part.split('"')[0] for part in docs.split('="') if part.split('"')[0].endswith(asset))
        assert client.get(linked).status_code == 200, linked


# Chromium's console line for a response that failed with 404.
_FAILED_LOAD_404 = "Failed to load resource: the server responded with a status of 404 (Not Found)"


def test_every_page_sends_a_policy_it_works_under(page, web):  # noqa: F811
    page.add_init_script("window.__violations = []; document.addEventListener('securitypolicyviolation',"
                         " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));")
    for path in ("/", "/claims", f"/widget?clinic={web.clinic_id}", "/widget?clinic=nobody", "/docs"):
        response = page.goto(web.url + path)
        policy = response.headers["content-security-policy"]
        for directive in ("default-src", "script-src", "connect-src", "frame-ancestors"):
            assert directive in policy, (path, policy)
        assert "'unsafe-eval'" not in policy
        if path == "/":
            box = page.get_by_label("Your question, or a claim you were told")
            box.fill(QUESTION)
            box.press("Enter")
            page.locator("#cc-chat .cc-answer").last.wait_for()
            page.locator("#cc-chat").get_by_role("button", name="Like").last.click()
            page.get_by_label("Anything to add about this answer?").wait_for()
        if path == "/docs":
            page.locator(".opblock-summary-path", has_text="/api/ask").first.wait_for()
        page.wait_for_timeout(300)
        assert page.evaluate("window.__violations") == [], (path, page.evaluate("window.__violations"))
        if response.status == 404:  # the unknown clinic's notice is refused on purpose; nothing else may fail
            assert sorted(page.errors) == sorted([f"404 {response.url}", _FAILED_LOAD_404]), page.errors
            page.errors.clear()


# 12. Small ones: the API's own 404 and 405, a missing clinics file said out loud, "1 second".

def test_unknown_api_routes_and_wrong_methods_answer_like_the_api(client):
    for method, path, status in (("GET", "/api/ask", 405), ("PUT", "/api/feedback", 405), ("GET", "/api/nope", 404),
                                 ("POST", "/api/nope/deeper", 404), ("DELETE", "/api/claims.jsonld", 405)):
        response = client.request(method, path)
        assert response.status_code == status, (method, path, response.status_code)
        assert set(response.json()) == {"error"}
        if status == 405:
            assert response.headers["allow"]


def test_a_missing_clinics_file_is_said_clearly_at_start(engine, built_settings, tmp_path, caplog):
    from web.server import create_app

    missing = tmp_path / "no-such-clinics.yaml"
    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], clinics_file=missing)
    with caplog.at_level(logging.WARNING):
        create_app(built_settings, settings, engine)
    assert str(missing) in caplog.text and "widget" in caplog.text


def test_a_one_second_wait_is_said_in_the_singular(engine, built_settings, tmp_path):
    from web.server import create_app

    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], requests_per_minute=120)
    with LiveApp(create_app(built_settings, settings, engine)) as live, httpx.Client(base_url=live.url) as session:
        for _ in range(400):
            response = session.post("/api/ask", json={"question": QUESTION, "clinic": "no-such-clinic"})
            if response.status_code == 429:
                break
    assert response.status_code == 429 and response.headers["retry-after"] == "1"
    assert "wait 1 second " in response.json()["error"]


# The doors the patient page and the widget gained (issue 13): a shared `/?q=` link, the chat's example
# questions, the launcher's `/widget/clinic` and the app's own files at `/cc-static/`, under the same
# gate, checks and limits as every other door.

def test_a_shared_link_is_checked_and_limited_like_a_typed_question(engine, built_settings, tmp_path):
    from web.server import create_app

    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], requests_per_minute=4)
    with LiveApp(create_app(built_settings, settings, engine)) as live, httpx.Client(base_url=live.url,
                                                                                      timeout=30) as session:
        gradio = GradioPage(session)

        def shared(query: str) -> str:
            """The question and the reply the link added to the chat."""
            result = gradio.call("ask_from_link", [None] * gradio.inputs("ask_from_link"), page_query=query)
            assert result.get("success"), result
            chat = next(value for value in result["output"]["data"] if isinstance(value, list))
            return json.dumps(chat[-2:])

        control = shared("q=Is%20it%00%1b%5b31m%20safe%3F")
        markup = shared("q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20is%20it%20safe%3F")
        surrogate = shared("q=%ED%A0%80")
        too_long = shared(f"q={'x' * (MAX_QUESTION_CHARS + 1)}")
        over_budget = shared("q=Is%20it%20FDA-approved%3F")
    assert "not readable text" in control
    assert "<img" not in markup and "&lt;img src=x onerror=alert(1)&gt;" in markup and "cc-answer" in markup
    assert "Traceback" not in surrogate
    assert f"{MAX_QUESTION_CHARS:,}" in too_long
    assert "faster than we can answer" in over_budget and "cc-answer" not in over_budget


def test_an_example_event_asks_only_the_pages_own_examples(client):
    gradio = GradioPage(client)
    for value in ({"text": "<b>not one of the examples</b>"}, "Is it safe?", None, [1, {"text": 2}]):
        result = gradio.call("ask_example", [], event_data={"index": 0, "value": value})
        assert result.get("success"), (value, result)
        assert "not one of the examples" not in json.dumps(result["output"]) and "Is it safe?" not in json.dumps(
            result["output"]), value
    example = gradio.call("ask_example", [], event_data={"index": 0, "value": {"text": "Is it FDA-approved?"}})
    assert "Is it FDA-approved?" in json.dumps(example["output"])


def test_event_data_naming_a_file_or_nested_too_deep_is_a_plain_422(served):
    file_value = {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}
    with httpx.Client(base_url=served.url, timeout=30) as session:
        gradio = GradioPage(session)
        for name, event_data in (("ask_example", {"index": 0, "value": {"text": file_value}}),
                                 ("record_rating", {"index": 1, "value": [file_value], "liked": True})):
            refused = gradio.call(name, [None] * gradio.inputs(name), event_data=event_data)
            assert refused.get("refused") == 422 and "passwd" not in refused["body"], (name, refused)
        deep = session.post("/gradio_api/queue/join", content=b'{"data": [], "event_data": ' + b"[" * 20_000 + b"]"
                            + b"]" * 19_999 + b"}", headers={"Content-Type": "application/json"})
        assert deep.status_code == 422 and set(deep.json()) == {"error"}
    assert "Traceback" not in _log(served) and " 500 " not in _log(served)


def test_the_launchers_clinic_details_refuse_hostile_input_within_the_rate_limit(engine, built_settings, tmp_path):
    from web.server import create_app

    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], requests_per_minute=3)
    with LiveApp(create_app(built_settings, settings, engine)) as live, httpx.Client(base_url=live.url,
                                                                                      timeout=30) as session:
        huge_body = session.post("/widget/clinic?clinic=test-clinic", content=b"x" * (1 << 20))
        forged_host = session.get("/widget/clinic?clinic=test-clinic", headers={"Host": "evil.example"})
        answers = [session.get(f"/widget/clinic?clinic={clinic}")
                   for clinic in ("a" * 101, "%ED%A0%80%00%0a%3Cb%3E", "test-clinic", "test-clinic")]
    assert huge_body.status_code == 413 and forged_host.status_code == 400
    assert [answer.status_code for answer in answers] == [422, 404, 200, 429]
    assert all(set(answer.json()) == {"error"} for answer in answers if answer.status_code != 200)
    assert answers[-1].headers["retry-after"]
    assert "evil.example" not in forged_host.text


def test_the_apps_own_files_serve_nothing_outside_their_folder(client):
    for path in ("/cc-static/%2e%2e/app.py", "/cc-static/..%2f..%2fapp.py", "/cc-static/%2e%2e%2fconfig.py",
                 "/cc-static//etc/passwd", "/cc-static/%2fetc%2fpasswd", "/cc-static/widget.js%00.py",
                 "/cc-static/%ED%A0%80", "/static/js/%2e%2e/%2e%2e/index.html", "/static/js/..%2f..%2fstatic/js",
                 "/static/img/logo.svg", f"/cc-static/{'a' * 5000}"):
        response = client.get(path)
        assert response.status_code == 404, (path, response.status_code)
        assert set(response.json()) == {"error"}, path
    assert client.get("/cc-static/widget.js").status_code == 200
    assert client.post("/cc-static/widget.js", content=b"x" * (1 << 20)).status_code == 413
    assert client.get("/cc-static/widget.js", headers={"Host": "evil.example"}).status_code == 400
