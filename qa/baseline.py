"""What changed since an earlier run: cases that got worse, got better, or answer differently."""

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from qa.runner import RunResult
from qa.scoring import CaseResult


class BaselineError(ValueError):
    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Change:
    id: str
    before: str
    after: str


class _StoredRun(BaseModel):
    """The part of an earlier `eval --json` result a comparison needs; older and newer files both have it."""

    cases: list[CaseResult]


@dataclass(frozen=True)
class Comparison:
    against: str
    regressed: tuple[Change, ...]
    fixed: tuple[Change, ...]
    changed: tuple[Change, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def any(self) -> bool:
        return bool(self.regressed or self.fixed or self.changed or self.added or self.removed)


def load_baseline(path: Path) -> list[CaseResult]:
    try:
        return _StoredRun.model_validate_json(path.read_bytes()).cases
    except FileNotFoundError:
        raise BaselineError(path, "no such file") from None
    except ValidationError:
        raise BaselineError(path, "not a result written by `python app.py eval --json`") from None


def compare(before: list[CaseResult], after: RunResult, against: str) -> Comparison:
    old = {case.id: case for case in before}
    new = {case.id: case for case in after.cases}
    both = [case_id for case_id in new if case_id in old]
    regressed, fixed, changed = [], [], []
    for case_id in both:
        was, now = old[case_id], new[case_id]
        change = Change(case_id, _summary(was), _summary(now))
        if was.passed and not now.passed:
            regressed.append(change)
        elif now.passed and not was.passed:
            fixed.append(change)
        elif _outcome(was) != _outcome(now):
            changed.append(change)
    return Comparison(against, tuple(regressed), tuple(fixed), tuple(changed),
                      tuple(case_id for case_id in new if case_id not in old),
                      tuple(case_id for case_id in old if case_id not in new))


def change_of(comparison: Comparison | None) -> dict[str, str]:
    """Case id -> regressed, fixed, changed or new."""
    if comparison is None:
        return {}
    kinds = {change.id: kind for kind, changes in (("regressed", comparison.regressed), ("fixed", comparison.fixed),
                                                   ("changed", comparison.changed)) for change in changes}
    return {**kinds, **{case_id: "new" for case_id in comparison.added}}


def _outcome(result: CaseResult) -> tuple:
    if result.answer is None:
        return ("error", result.error)
    return result.answer.verdict, result.answer.answer, tuple(c.quote for c in result.answer.citations)


def _summary(result: CaseResult) -> str:
    status = "pass" if result.passed else "FAIL"
    if result.answer is None:
        return f"{status}: no answer ({result.error})"
    return f"{status}: {result.answer.verdict}: {result.answer.answer}"
