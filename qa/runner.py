"""Ask every case's question, in this process or through a deployed server's /api/ask, and judge the answers."""

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import NamedTuple

import httpx
from pydantic import BaseModel, Field, ValidationError

from engine.errors import QuestionError
from engine.models import Answer
from qa.cases import CEILINGS, SPLITS, RegressionSet, Split, Thresholds
from qa.scoring import CaseResult, confusion, judge, metrics

Asker = Callable[[str], Answer]
_TIMEOUT_SECONDS = 30
_MAX_WAIT_SECONDS = 600
"""How long one question may wait out 429s before it counts as unanswered."""


class AskFailed(RuntimeError):
    """The server gave no answer; the message says what it gave instead."""


class Check(BaseModel):
    metric: str = Field(description="The metric held to a limit.")
    value: float | int | None = Field(description="What the run measured; None when nothing was there to measure.")
    limit: float | int = Field(description="The floor it must reach, or for a ceiling the most it may be.")
    ceiling: bool = Field(description="The metric counts failures, so it must stay at or under its limit.")

    @property
    def ok(self) -> bool:
        if self.value is None:
            return True
        return self.value <= self.limit if self.ceiling else self.value >= self.limit


class SplitResult(BaseModel):
    metrics: dict[str, float | int | None] = Field(description="What the run measured on this split.")
    checks: list[Check] = Field(description="Each metric with a limit, beside it.")
    confusion: dict[str, dict[str, dict[str, int]]] = Field(description="Claim type -> expected verdict -> "
                                                            "given verdict -> cases.")

    @property
    def failed_checks(self) -> list[Check]:
        return [check for check in self.checks if not check.ok]


class RunResult(BaseModel):
    set_path: str = Field(description="The regression set that was run.")
    target: str = Field(description="'in-process', or the URL of the server that answered.")
    index_version: str | None = Field(description="Index version of the answers.")
    started_at: str = Field(description="UTC time the run started.")
    repeat: int = Field(description="How many times each question was asked.")
    splits: dict[Split, SplitResult] = Field(description="Metrics and limits of each split, reported apart.")
    cases: list[CaseResult] = Field(description="One result per case, in the set's order.")
    fit: bool = Field(default=True, description="PASS: every limit met, nothing regressed, nothing unstable.")
    reasons: list[str] = Field(default_factory=list, description="Why the run FAILs, when it does.")

    @property
    def failing(self) -> list[CaseResult]:
        return [case for case in self.cases if not case.passed]

    @property
    def passed_count(self) -> int:
        return sum(case.passed for case in self.cases)

    @property
    def failed_checks(self) -> list[str]:
        """"split metric" for every limit not met."""
        return [f"{split} {check.metric}" for split, part in self.splits.items() for check in part.failed_checks]


class RateLimited(NamedTuple):
    seconds: int


def http_asker(url: str, planned: int, token: str | None = None) -> Asker:
    """Ask a server's /api/ask. With the server's QA token the per-address limit does not apply; without
    it, a 429 is waited out as its Retry-After says, and the first one says how long the run will take."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    client = httpx.Client(base_url=url.rstrip("/"), timeout=_TIMEOUT_SECONDS, headers=headers)
    asked = 0
    warned = False

    def post(question: str) -> httpx.Response | RateLimited:
        try:
            response = client.post("/api/ask", json={"question": question})
        except httpx.HTTPError as error:
            raise AskFailed(f"{error.__class__.__name__} from {url}") from None
        if response.status_code == 429:
            return RateLimited(_retry_after(response))
        return response

    def ask(question: str) -> Answer:
        nonlocal asked, warned
        asked += 1
        waited = 0.0
        while isinstance(reply := post(question), RateLimited):
            if waited + reply.seconds > _MAX_WAIT_SECONDS:
                raise AskFailed(f"HTTP 429: still rate limited after {waited:.0f} s")
            if not warned:
                warned = True
                remaining = max(1, planned - asked + 1)
                # A per-minute budget let the first asked-1 questions through at once; the rest go at that pace.
                pace = max(reply.seconds, 60 / max(1, asked - 1))
                print(f"{url} limits this address (HTTP 429, Retry-After {reply.seconds} s): the remaining "
                    f"{remaining} question{'s' if remaining != 1 else ''} will take about "
                    f"{_duration(remaining * pace)}. "
                    "Set QA_TOKEN to the server's QA token to run without waiting.", file=sys.stderr)
            time.sleep(reply.seconds)
            waited += reply.seconds
        if reply.status_code != 200:
            raise AskFailed(f"HTTP {reply.status_code}: {_error_text(reply)}")
        try:
            return Answer.model_validate_json(reply.content)
        except ValidationError:
            raise AskFailed("the server's reply is not an Answer") from None

    return ask


def run_set(regression_set: RegressionSet, set_path: str, ask: Asker, sources: dict[str, str], target: str,
            repeat: int = 1) -> RunResult:
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    results = [_run_case(case, ask, sources, repeat) for case in regression_set.cases]
    splits = {split: _split_result([r for r in results if r.split == split], regression_set,
                                   getattr(regression_set.thresholds, split), sources) for split in SPLITS}
    versions = {result.answer.index_version for result in results if result.answer is not None}
    return RunResult(set_path=set_path, target=target, index_version=", ".join(sorted(versions)) or None,
                     started_at=started_at, repeat=repeat, splits=splits, cases=results)


def _split_result(results: list[CaseResult], regression_set: RegressionSet, thresholds: Thresholds,
                  sources: dict[str, str]) -> SplitResult:
    cases = {case.id: case for case in regression_set.cases}
    measured = metrics(cases, results, sources)
    checks = [Check(metric=name, value=measured[name], limit=limit, ceiling=name in CEILINGS)
              for name, limit in thresholds.limits().items()] if results else []
    return SplitResult(metrics=measured, checks=checks, confusion=confusion(cases, results))


def _run_case(case, ask: Asker, sources: dict[str, str], repeat: int) -> CaseResult:
    common = {"id": case.id, "category": case.category, "split": case.split, "claim_type": case.claim_type,
              "question": case.question, "expected": list(case.verdict)}
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


def _retry_after(response: httpx.Response) -> int:
    value = response.headers.get("retry-after", "")
    return max(1, min(int(value), 120)) if value.isdigit() else 1


def _duration(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min"
