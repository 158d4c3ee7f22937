"""The JSON API over real HTTP on loopback: every status a client can meet, and never a 500."""

import json

import httpx
import pytest

from engine.models import Answer
from index.settings import PROJECT_ROOT
from index.store import IndexUnavailable
from tests.conftest import web_settings
from tests.servers import LiveApp

QUESTION = "Is it FDA-approved?"


@pytest.fixture(scope="module")
def client(web):
    with httpx.Client(base_url=web.url, timeout=30) as session:
        yield session


def test_ask_returns_the_answer_contract_with_quoted_evidence(client, source_texts):
    response = client.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 200
    answer = Answer.model_validate(response.json())
    assert answer.verdict == "contradicted" and answer.question == QUESTION
    assert answer.citations and all(
        source_texts[c.source_id][c.start:c.end] == c.quote for c in answer.citations)


@pytest.mark.parametrize("question, asked", [
    ("is it fda aproved", True),
    ("My clinic says it's FDA approved. Is that true", True),
    ("A clinic told me it is FDA approved", False),
])
def test_ask_says_whether_the_message_was_asked_as_a_yes_no_question(client, question, asked):
    """The widget words its badge from this field; the JSON carries it, not a default filled in on reading."""
    assert client.post("/api/ask", json={"question": question}).json()["asked"] is asked


def test_health_reports_the_live_index(client, engine):
    health = client.get("/healthz").json()
    manifest = engine.knowledge.manifest
    assert health == {"status": "ready", "index_live": True, "passages": manifest.passage_count,
                      "model": manifest.model, "index_version": manifest.version}


def test_openapi_documents_the_ask_route(client):
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    ask = schema["paths"]["/api/ask"]["post"]
    assert {"200", "413", "422", "429"} <= set(ask["responses"])


@pytest.mark.parametrize("body", [{"question": ""}, {"question": "   \n\t "}])
def test_an_empty_question_is_422_with_a_message(client, body):
    response = client.post("/api/ask", json=body)
    assert response.status_code == 422
    assert "question" in response.json()["error"].lower()


def test_a_question_over_1000_characters_is_413_with_a_message(client):
    response = client.post("/api/ask", json={"question": "Is it safe? " * 100})
    assert response.status_code == 413
    assert "1,000 characters" in response.json()["error"]


@pytest.mark.parametrize("raw", [b"{not json", b"", b"\xff\xfe\x00binary", b'{"question": "\xc3\x28"}'])
def test_a_body_that_is_not_json_is_422(client, raw):
    response = client.post("/api/ask", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]


@pytest.mark.parametrize("body", [{}, {"question": 42}, {"question": ["Is it safe?"]}, [QUESTION],
                                  {"question": {"nested": {"deeper": [1, 2, 3]}}}, {"question": None}])
def test_a_body_of_the_wrong_shape_is_422_naming_the_field(client, body):
    response = client.post("/api/ask", json=body)
    assert response.status_code == 422
    assert "not valid" in response.json()["error"]


def test_a_body_over_the_size_cap_is_413_before_it_is_parsed(client):
    response = client.post("/api/ask", json={"question": "x", "padding": ["a" * 1000] * 100})
    assert response.status_code == 413
    assert "bytes" in response.json()["error"]


def test_an_unknown_clinic_is_422(client):
    response = client.post("/api/ask", json={"question": QUESTION, "clinic": "no-such-clinic"})
    assert response.status_code == 422
    assert "no-such-clinic" in response.json()["error"]


def test_a_page_of_another_origin_is_refused_on_the_server(client, web):
    for body in ({"question": QUESTION}, {"question": QUESTION, "clinic": web.clinic_id}):
        response = client.post("/api/ask", json=body, headers={"Origin": web.other_site})
        assert response.status_code == 403
        assert web.other_site in response.json()["error"]
        assert "access-control-allow-origin" not in response.headers


def test_the_clinics_own_origin_gets_cors_for_its_clinic(client, web):
    preflight = client.options("/api/ask", headers={"Origin": web.clinic_site, "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == web.clinic_site
    response = client.post("/api/ask", json={"question": QUESTION, "clinic": web.clinic_id},
                           headers={"Origin": web.clinic_site})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == web.clinic_site
    refused = client.options("/api/ask", headers={"Origin": web.other_site, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in refused.headers


def test_over_the_rate_limit_is_429_with_retry_after(engine, built_settings, tmp_path):
    from web.server import create_app

    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], requests_per_minute=2)
    with LiveApp(create_app(built_settings, settings, engine)) as live, httpx.Client(base_url=live.url) as session:
        statuses = [session.post("/api/ask", json={"question": QUESTION}).status_code for _ in range(3)]
        limited = session.post("/api/ask", json={"question": QUESTION})
    assert statuses == [200, 200, 429]
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    assert "wait" in limited.json()["error"]


def test_a_qa_client_with_the_servers_token_is_not_rate_limited_and_the_token_is_never_logged(
        engine, built_settings, tmp_path, caplog):
    from web.server import create_app

    token = "qa-token-5d1e8b"
    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], requests_per_minute=2, qa_token=token)
    with caplog.at_level("DEBUG"), LiveApp(create_app(built_settings, settings, engine)) as live, \
            httpx.Client(base_url=live.url) as session:
        def ask(authorization: str | None) -> int:
            headers = {"Authorization": authorization} if authorization else {}
            return session.post("/api/ask", json={"question": QUESTION}, headers=headers).status_code

        with_token = [ask(f"Bearer {token}") for _ in range(5)]
        others = [ask(f"Bearer {token}x"), ask(token), ask("Basic abc"), ask(None)]
        page = session.get("/").text
    assert with_token == [200] * 5
    assert others == [200, 200, 429, 429]
    assert token not in caplog.text + page + repr(settings)


def test_feedback_is_stored_without_any_client_identity(client, web):
    answer = client.post("/api/ask", json={"question": QUESTION, "clinic": web.clinic_id}).json()
    receipt = client.post("/api/feedback", json={"answer_id": answer.pop("id"), "rating": "down"})
    assert receipt.status_code == 201
    feedback_id = receipt.json()["id"]
    assert client.post(f"/api/feedback/{feedback_id}/comment", json={"comment": "Too short"}).status_code == 204
    row = next(row for row in web.feedback.rows() if row["id"] == feedback_id)
    assert (row["rating"], row["comment"], row["clinic"], row["verdict"]) == ("down", "Too short", web.clinic_id,
                                                                              "contradicted")
    assert json.loads(row["answer_json"]) == answer and row["question"] == QUESTION
    assert not {"ip", "client", "host", "name", "user_agent"} & set(row)
    assert "127.0.0.1" not in json.dumps(row)


def test_feedback_errors_are_clear(client):
    answer_id = client.post("/api/ask", json={"question": QUESTION}).json()["id"]
    assert client.post("/api/feedback", json={"answer_id": answer_id, "rating": "meh"}).status_code == 422
    assert client.post("/api/feedback", json={"answer_id": "not-an-id", "rating": "up"}).status_code == 422
    unknown = client.post("/api/feedback", json={"answer_id": "0" * 32, "rating": "up"})
    assert unknown.status_code == 404 and "no answer with that id" in unknown.json()["error"]
    missing = client.post(f"/api/feedback/{'0' * 32}/comment", json={"comment": "hello"})
    assert missing.status_code == 404 and missing.json()["error"]
    assert client.post("/api/feedback/not-an-id/comment", json={"comment": "hello"}).status_code == 422


def test_claim_reviews_export_as_schema_org_json_ld(client, corpus):
    response = client.get("/api/claims.jsonld")
    assert response.headers["content-type"].startswith("application/ld+json")
    document = json.loads(response.text)
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert len(reviews) == len(corpus.reviews)
    assert {review["@type"] for review in reviews} == {"ClaimReview"}
    by_claim = {review["claimReviewed"]: review for review in reviews}
    for review in corpus.reviews:
        exported = by_claim[review.claim]
        assert exported["reviewRating"]["name"] == review.verdict
        assert exported["reviewRating"]["alternateName"]
        assert exported["itemReviewed"]["@type"] == "Claim"
        assert exported["author"]["name"] and exported["datePublished"] == review.reviewed.isoformat()
        assert [quote["text"] for quote in exported["citation"]] == [item.quote for item in review.evidence]


def test_the_claims_page_lists_every_review_escaped(client, corpus):
    page = client.get("/claims").text
    for review in corpus.reviews:
        assert f'id="{review.id}"' in page
    assert "<script" not in page.split("</head>")[1]


def test_the_widget_may_be_framed_only_by_its_clinics_origins(client, web):
    response = client.get("/widget", params={"clinic": web.clinic_id})
    policy = response.headers["content-security-policy"]
    assert response.status_code == 200
    assert f"frame-ancestors {web.clinic_site}" in policy and web.other_site not in policy
    assert "script-src 'self'" in policy
    assert response.headers["permissions-policy"] == "camera=(), microphone=(), geolocation=()"
    assert "Test &lt;Clinic&gt; &amp; Co" in response.text


def test_an_unknown_clinic_gets_a_clear_error_page(client):
    response = client.get("/widget", params={"clinic": "<b>typo</b>"})
    assert response.status_code == 404
    assert "not set up" in response.text and "&lt;b&gt;typo&lt;/b&gt;" in response.text


def test_the_embed_script_is_served_as_javascript(client):
    response = client.get("/embed.js")
    assert response.headers["content-type"].startswith("text/javascript")
    assert "Ask about exosome claims" in response.text and "/*TEXT*/" not in response.text


def test_other_pages_may_not_be_framed(client):
    for path in ("/", "/claims", "/healthz"):
        assert client.get(path).headers["content-security-policy"].endswith("frame-ancestors 'self'")


def test_feedback_is_kept_in_sqlite_wal_mode(web):
    with web.feedback.database.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_no_server_path_reaches_any_page(client, built_settings, web):
    for path in ("/", "/config", "/gradio_api/info", "/claims", f"/widget?clinic={web.clinic_id}", "/embed.js",
                 "/openapi.json", "/healthz"):
        body = client.get(path).text
        assert str(PROJECT_ROOT) not in body and str(built_settings.data_dir) not in body, path


def test_a_fault_on_our_side_is_a_plain_message_without_internals(client, engine, monkeypatch):
    def broken(_question):
        raise RuntimeError(f"secret detail in {PROJECT_ROOT}")

    monkeypatch.setattr(engine, "ask", broken)
    response = client.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 500
    assert response.json() == {"error": "Something went wrong on our side. The request was not answered; "
                                        "please try again."}


def test_an_index_that_is_not_there_is_503_with_retry_after(client, engine, monkeypatch):
    def unavailable(_question):
        raise IndexUnavailable("no index has been built yet")

    monkeypatch.setattr(engine, "ask", unavailable)
    response = client.post("/api/ask", json={"question": QUESTION})
    assert response.status_code == 503 and response.headers["retry-after"] == "30"
    assert "try again" in response.json()["error"]


def test_the_launcher_details_are_readable_by_the_clinics_page_only(client, web):
    response = client.get("/widget/clinic", params={"clinic": web.clinic_id}, headers={"Origin": web.clinic_site})
    assert response.status_code == 200
    assert response.json()["accent"] == web.clinic_accent
    assert response.json()["dialog_label"] == "Test <Clinic> & Co: exosome claim-checker"
    assert response.headers["access-control-allow-origin"] == web.clinic_site
    other = client.get("/widget/clinic", params={"clinic": web.clinic_id}, headers={"Origin": web.other_site})
    assert "access-control-allow-origin" not in other.headers
    unknown = client.get("/widget/clinic", params={"clinic": "no-such-clinic"})
    assert unknown.status_code == 404 and "no-such-clinic" in unknown.json()["error"]


@pytest.mark.parametrize("origin_kind, talks_to", [("clinic", "clinic"), ("other", None), ("none", None)])
def test_the_widget_talks_only_to_a_page_of_its_clinics_origins(client, web, origin_kind, talks_to):
    origins = {"clinic": web.clinic_site, "other": web.other_site, "none": ""}
    response = client.get("/widget", params={"clinic": web.clinic_id, "origin": origins[origin_kind]})
    config = json.loads(response.text.split('id="cc-config">')[1].split("</script>")[0])
    assert config["parent_origin"] == (origins[talks_to] if talks_to else None)


def test_a_page_load_logs_what_matters_not_each_static_file(client, caplog):
    caplog.set_level("INFO", logger="claimcheck.access")
    for path in ("/", "/theme.css", "/cc-static/answer.css", "/cc-static/patient.js", "/favicon.ico",
                 "/static/js/iframeResizer.contentWindow.min.js", "/cc-static/missing.css"):
        client.get(path)
    logged = [record.getMessage().split()[2] for record in caplog.records if record.name == "claimcheck.access"]
    assert logged == ["/", "/cc-static/missing.css"]


def test_gradios_own_files_are_not_shadowed_by_ours(client):
    assert client.get("/static/js/iframeResizer.contentWindow.min.js").status_code == 200
    assert client.get("/cc-static/widget.js").status_code == 200


def test_the_patient_page_previews_as_the_checker(client):
    head = client.get("/").text.split("</head>")[0]
    assert "Click to try out the app!" not in head and "githubusercontent" not in head
    assert head.count('property="og:title"') == 1 and head.count('property="og:description"') == 1
