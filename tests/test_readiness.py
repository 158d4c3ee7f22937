"""Ready means warm: the first sixteen questions, sent together the moment /healthz says ready, each get
the answer the engine gives when asked alone, and none of them an error."""

import itertools
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from qa.cases import load_regression_set
from qa.command import DEFAULT_SET
from tests.servers import AppProcess

CLIENTS = 16


def spread_across_categories(cases, count: int) -> list[str]:
    """Questions of every kind (claims, gaps, retrieval, safety, off-topic), taken in turn."""
    by_category: dict[str, list[str]] = {}
    for case in cases:
        by_category.setdefault(case.category, []).append(case.question)
    in_turn = itertools.chain.from_iterable(itertools.zip_longest(*by_category.values()))
    return [question for question in in_turn if question is not None][:count]


def test_sixteen_questions_at_once_the_moment_the_server_is_ready_are_all_answered(built_settings, engine, tmp_path):
    questions = spread_across_categories(load_regression_set(DEFAULT_SET).cases, CLIENTS)
    assert len(set(questions)) == CLIENTS
    together = threading.Barrier(CLIENTS)
    env = {"DATA_DIR": str(built_settings.data_dir), "RATE_LIMIT_PER_MINUTE": "0"}
    with AppProcess(env, tmp_path / "server.log") as app:

        def ask(question: str) -> httpx.Response:
            together.wait()
            return httpx.post(f"{app.url}/api/ask", json={"question": question}, timeout=120)

        with ThreadPoolExecutor(CLIENTS) as pool:
            responses = list(pool.map(ask, questions))
    assert [response.status_code for response in responses] == [200] * CLIENTS, [r.text for r in responses]
    for question, response in zip(questions, responses, strict=True):
        given = {key: value for key, value in response.json().items() if key != "id"}  # the id names it for feedback
        assert given == engine.ask(question, fresh=True).model_dump(mode="json"), question
    assert "Traceback" not in (tmp_path / "server.log").read_text()
