"""Ask every case's question, in this process or through a deployed server's /api/ask, and judge the answers."""

import time
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
from pydantic import BaseModel, Field, ValidationError

from engine.errors import QuestionError
from engine.models import Answer
from qa.cases import RegressionSet, Thresholds
from qa.scoring import CaseResult, judge, metrics

Asker = Callable[[str], Answer]


class AskFailed(RuntimeError):
    """The server gave no answer; the message says what it gave instead."""


class RunResult(BaseModel):
    set_path: str = Field(description="The regression set that was run.")
    target: str = Field(description="'in-process', or the URL of the server that answered.")
    index_version: str | None = Field(description="Index version of the answers.")
    started_at: str = Field(description="UTC time the run started.")
    repeat: int = Field(description="How many times each question was asked.")
    thresholds: Thresholds = Field(description="The set's metric floors.")
    metrics: dict[str, float | int | None] = Field(description="What the run measured.")
    below_threshold: list[str] = Field(description="Metrics under their floor.")
    cases: list[CaseResult] = Field(description="One result per case, in the set's order.")

    @property
    def failing(self) -> list[CaseResult]:
        return [case for case in self.cases if not case.passed]


def http_asker(url: str, timeout: float = 30) -> Asker:
    client = httpx.Client(base_url=url.rstrip("/"), timeout=timeout)

    def ask(question: str) -> Answer:
        try:
            response = client.post("/api/ask", json={"question": question})
        except httpx.HTTPError as error:
            raise AskFailed(f"{error.__class__.__name__} from {url}") from None
        if response.status_code != 200:
            raise AskFailed(f"HTTP {response.status_code}: {_error_text(response)}")
        try:
            return Answer.model_validate_json(response.content)
        except ValidationError:
            raise AskFailed("the server's reply is not an Answer") from None

    return ask


def run_set(regression_set: RegressionSet, set_path: str, ask: Asker, sources: dict[str, str], target: str,
            repeat: int = 1) -> RunResult:
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    cases = {case.id: case for case in regression_set.cases}
    results = [_run_case(case, ask, sources, repeat) for case in regression_set.cases]
    measured = metrics(cases, results, sources)
    floors = regression_set.thresholds.model_dump()
    below = [name for name, floor in floors.items() if measured[name] is not None and measured[name] < floor]
    versions = {result.answer.index_version for result in results if result.answer is not None}
    return RunResult(set_path=set_path, target=target, index_version=", ".join(sorted(versions)) or None,
                     started_at=started_at, repeat=repeat, thresholds=regression_set.thresholds,
                     metrics=measured, below_threshold=below, cases=results)


def _run_case(case, ask: Asker, sources: dict[str, str], repeat: int) -> CaseResult:
    common = {"id": case.id, "category": case.category, "question": case.question, "expected": list(case.verdict)}
    started = time.perf_counter()
    try:
        answer = ask(case.question)
    except (QuestionError, AskFailed) as error:
        latency = (time.perf_counter() - started) * 1000
        return CaseResult(**common, error=str(error), failures=[f"no answer: {error}"], latency_ms=latency)
    latency = (time.perf_counter() - started) * 1000
    failures = judge(case, answer, sources)
    varied = any(_fingerprint(ask(case.question)) != _fingerprint(answer) for _ in range(repeat - 1))
    if varied and answer.mode == "extractive":
        failures.append("the answer changed when the question was asked again")
    return CaseResult(**common, answer=answer, failures=failures, varied=varied, latency_ms=latency)


def _fingerprint(answer: Answer) -> tuple:
    return answer.verdict, answer.answer, tuple((c.source_id, c.start, c.end) for c in answer.citations)


def _error_text(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", response.text[:200]))
    except ValueError:
        return response.text[:200]
