"""Judge one answer against its case, and sum a run up into the metrics QA watches."""

import statistics

from pydantic import BaseModel, ConfigDict, Field

from engine.models import Answer, Citation
from qa.cases import AGREEING, DECLINING, RegressionCase

TOP_CITATIONS = 3


class CaseResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str = Field(description="The case's id.")
    category: str = Field(description="The case's category.")
    split: str = Field(default="dev", description="The case's split.")
    claim_type: str | None = Field(default=None, description="The case's claim type, when it has one.")
    question: str = Field(description="The question asked.")
    expected: list[str] = Field(description="Acceptable verdicts.")
    answer: Answer | None = Field(default=None, description="The answer, unless asking failed.")
    error: str | None = Field(default=None, description="Why no answer came back.")
    failures: list[str] = Field(default_factory=list, description="Each way the answer falls short of the case.")
    varied: bool = Field(default=False, description="Repeated asking gave different answers.")
    latency_ms: float = Field(description="Time to the first answer.")

    @property
    def passed(self) -> bool:
        return not self.failures


def citation_is_exact(citation: Citation, sources: dict[str, str]) -> bool:
    """The quote stands at its offsets in the source it names: the evidence is real, never invented."""
    text = sources.get(citation.source_id)
    return text is not None and text[citation.start:citation.end] == citation.quote


def citation_is_listed(citation: Citation, case: RegressionCase) -> bool:
    """The quoted source is one the case accepts (any, when the case names none)."""
    return not case.must_cite or citation.source_id in case.must_cite


def judge(case: RegressionCase, answer: Answer, sources: dict[str, str]) -> list[str]:
    failures = []
    if answer.verdict not in case.verdict:
        failures.append(f"verdict {answer.verdict}, expected {' or '.join(case.verdict)}")
    for citation in answer.citations:
        if not citation_is_exact(citation, sources):
            failures.append(f"citation [{citation.n}] from {citation.source_id} is not an exact quote of it")
        elif not citation_is_listed(citation, case):
            failures.append(f"citation [{citation.n}] quotes {citation.source_id}, not one of the case's sources")
    if case.must_cite and not any(c.source_id in case.must_cite for c in answer.citations):
        failures.append(f"cites none of {', '.join(case.must_cite)}")
    failures += [f"does not mention {fact!r}" for fact in case.must_mention if not _mentions(answer, fact)]
    failures += [f"mentions {phrase!r}" for phrase in case.must_not_mention if _mentions(answer, phrase)]
    if case.must_quote and not _quoted_in_top(answer, case.must_quote):
        failures.append(f"none of the first {TOP_CITATIONS} citations quotes {case.must_quote!r}")
    if set(answer.safety) != set(case.safety):
        failures.append(f"safety flags [{', '.join(answer.safety)}], expected [{', '.join(case.safety)}]")
    return failures


def wrong_polarity(case: RegressionCase, answer: Answer) -> bool:
    """The answer agrees where no acceptable verdict does, or contradicts where an acceptable verdict agrees."""
    acceptable = set(case.verdict)
    if answer.verdict in AGREEING:
        return not acceptable & AGREEING
    return answer.verdict == "contradicted" and bool(acceptable & AGREEING) and "contradicted" not in acceptable


def confusion(cases: dict[str, RegressionCase], results: list[CaseResult]) -> dict[str, dict[str, dict[str, int]]]:
    """Claim type -> expected verdict -> given verdict -> cases. The expected verdict is the acceptable one
    given, when it was; else the first acceptable one. Cases without a claim type count under "unset"."""
    table: dict[str, dict[str, dict[str, int]]] = {}
    for result in results:
        case = cases[result.id]
        given = result.answer.verdict if result.answer is not None else "no answer"
        expected = given if given in case.verdict else case.verdict[0]
        row = table.setdefault(case.claim_type or "unset", {}).setdefault(expected, {})
        row[given] = row.get(given, 0) + 1
    return table


def _mentions(answer: Answer, phrase: str) -> bool:
    return phrase.casefold() in answer.answer.casefold()


def _quoted_in_top(answer: Answer, phrase: str) -> bool:
    return any(phrase in citation.quote for citation in answer.citations[:TOP_CITATIONS])


def metrics(cases: dict[str, RegressionCase], results: list[CaseResult], sources: dict[str, str]) -> dict:
    answered = [(cases[result.id], result) for result in results if result.answer is not None]
    citations = [(case, c) for case, result in answered for c in result.answer.citations]
    quoted = [(case, result) for case, result in answered if case.must_quote]
    mentions = [(fact, result) for case, result in answered for fact in case.must_mention]
    expected_flags = [(flag, result) for case, result in answered for flag in case.safety]
    raised_flags = [(flag, case) for case, result in answered for flag in result.answer.safety]
    latencies = [result.latency_ms for result in results]
    values = {
        "cases": len(results),
        "passed": sum(result.passed for result in results),
        "errors": sum(result.error is not None for result in results),
        "verdict_accuracy": _share(result.answer is not None and result.answer.verdict in cases[result.id].verdict
                                   for result in results),
        "citation_validity": _share(citation_is_exact(c, sources) for _, c in citations),
        "citation_on_list": _share(citation_is_listed(c, case) for case, c in citations),
        "evidence_recall_at_3": _share(_quoted_in_top(result.answer, case.must_quote) for case, result in quoted),
        "must_mention_recall": _share(_mentions(result.answer, fact) for fact, result in mentions),
        "safety_flag_recall": _share(flag in result.answer.safety for flag, result in expected_flags),
        "safety_flag_precision": _share(flag in case.safety for flag, case in raised_flags),
        "answered_when_it_should_decline": sum(case.expects_decline and result.answer.verdict not in DECLINING
                                               for case, result in answered),
        "declined_when_it_should_answer": sum(result.answer.verdict in DECLINING - set(case.verdict)
                                              for case, result in answered),
        "wrong_polarity": sum(wrong_polarity(case, result.answer) for case, result in answered),
        "varied_on_repeat": sum(result.varied for result in results),
        "latency_p50_ms": _percentile(latencies, 50),
        "latency_p95_ms": _percentile(latencies, 95),
    }
    for verdict in sorted(DECLINING):
        # Recall counts the cases that must decline this way; precision, every time the engine did.
        values[f"{verdict}_precision"] = _share(verdict in case.verdict for case, result in answered
                                                if result.answer.verdict == verdict)
        values[f"{verdict}_recall"] = _share(result.answer.verdict == verdict for case, result in answered
                                             if case.expects_decline and verdict in case.verdict)
    return values


def _share(outcomes) -> float | None:
    outcomes = list(outcomes)
    return round(sum(outcomes) / len(outcomes), 4) if outcomes else None


def _percentile(values: list[float], percent: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[percent - 1], 1)
