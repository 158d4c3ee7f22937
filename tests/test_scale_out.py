"""Several app processes behind one load balancer: one Chroma server holds the index, one PostgreSQL
holds the feedback, and every replica answers the same."""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import httpx

from ingest.pipeline import run_ingest
from tests.servers import AppProcess, ChromaServer
from web.feedback import Feedback, FeedbackStore

QUESTION = "Is exosome therapy FDA-approved?"


def test_feedback_goes_to_postgresql_when_database_url_says_so(postgres, engine, tmp_path):
    store = FeedbackStore(postgres.url)
    answer = engine.ask(QUESTION)
    feedback_id = store.record(Feedback(answer_id=store.issue(answer, clinic="demo-clinic"), rating="down"))
    assert store.add_comment(feedback_id, "Clear enough")
    row = next(row for row in store.rows() if row["id"] == feedback_id)
    assert (row["rating"], row["comment"], row["verdict"]) == ("down", "Clear enough", "contradicted")
    assert store.export_csv(tmp_path / "out.csv") == len(store.rows())


def test_sixteen_threads_writing_to_postgresql_lose_no_row(postgres, engine):
    store = FeedbackStore(postgres.url)
    answer = engine.ask(QUESTION)
    before = len(store.rows())

    answer_id = store.issue(answer, clinic=None)

    def write(writer):
        return [store.record(Feedback(answer_id=answer_id, rating="up", comment=f"{writer}-{n}")) for n in range(20)]

    with ThreadPoolExecutor(max_workers=16) as pool:
        ids = [feedback_id for batch in pool.map(write, range(16)) for feedback_id in batch]
    rows = store.rows()
    assert len(rows) == before + 320 and {row["id"] for row in rows} >= set(ids)


def test_two_replicas_share_one_chroma_server_and_one_postgresql(postgres, built_settings, tmp_path):
    with ChromaServer(tmp_path / "chroma") as chroma:
        settings = replace(built_settings, chroma_host="127.0.0.1", chroma_port=chroma.port)
        version = run_ingest(settings, progress=False, log=lambda _: None).version
        env = {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma.port), "DATABASE_URL": postgres.url,
               "DATA_DIR": str(tmp_path / "replica-data"), "RATE_LIMIT_PER_MINUTE": "0"}
        with AppProcess(env, tmp_path / "one.log") as first, AppProcess(env, tmp_path / "two.log") as second:
            urls = [first.url, second.url]
            answers = [httpx.post(f"{url}/api/ask", json={"question": QUESTION}, timeout=30).json() for url in urls]
            ids = [answer.pop("id") for answer in answers]
            assert answers[0] == answers[1] and answers[0]["index_version"] == version
            before = len(FeedbackStore(postgres.url).rows())
            for url, answer_id in zip(reversed(urls), ids, strict=True):
                created = httpx.post(f"{url}/api/feedback", json={"answer_id": answer_id, "rating": "up"}, timeout=30)
                assert created.status_code == 201, "a replica takes feedback on another replica's answer"
            assert len(FeedbackStore(postgres.url).rows()) == before + 2
        assert not (tmp_path / "replica-data" / "chroma").exists(), "replicas keep no index of their own"
