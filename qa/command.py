"""`python app.py eval`: run the set, print the verdict, what failed and the metrics, keep the run in the history,
write the reports, and set the exit status."""

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from index.settings import PROJECT_ROOT, Settings
from qa import reports
from qa.baseline import Comparison, compare, load_baseline
from qa.cases import load_regression_set
from qa.history import History, HistoryError
from qa.runner import Asker, RunResult, http_asker, run_set

DEFAULT_SET = PROJECT_ROOT / "tests" / "regression" / "questions.yaml"
DEFAULT_HISTORY = 5


@dataclass(frozen=True)
class EvalOptions:
    set_path: Path = DEFAULT_SET
    url: str | None = None
    qa_token: str | None = field(default_factory=lambda: os.environ.get("QA_TOKEN") or None, repr=False)
    """The server's QA token (env QA_TOKEN), which lifts its rate limit for this run."""
    repeat: int = 1
    baseline: Path | None = None
    history: int | None = None
    """Each case's last N outcomes: all cases on the console when given, else only those that flip."""
    json: Path | None = None
    junit: Path | None = None
    report: Path | None = None
    markdown: Path | None = None


def evaluate(settings: Settings, options: EvalOptions, make_asker: Callable[[], Asker]) -> tuple[RunResult, int]:
    """The run and the exit status: 1 (FAIL) when a split misses a limit, a case regressed against --baseline, or
    an extractive answer changed on repeat (it never should; an LLM's may), else 0 (PASS). Without --baseline the
    run is compared with the last stored run of the same set and target, to show what changed, not to fail.
    The files named are checked before anything is asked, so a typo costs no model load.
    `make_asker` answers in this process; with `options.url` the server's API answers instead."""
    regression_set = load_regression_set(options.set_path)
    baseline = load_baseline(options.baseline) if options.baseline else None
    sources = _source_texts(settings)
    repeat = max(1, options.repeat)
    if options.url:
        ask = http_asker(options.url, planned=len(regression_set.cases) * repeat, token=options.qa_token)
    else:
        ask = make_asker()
    result = run_set(regression_set, str(options.set_path), ask, sources, options.url or "in-process",
                     repeat=repeat)
    history = _history(settings)
    previous = _quietly(lambda: history.previous(result.set_path, result.target)) if history else None
    if baseline is not None:
        comparison = compare(baseline, result, f"the baseline {options.baseline}")
    elif previous is not None:
        comparison = compare(previous.cases, result, f"the last run ({previous.started_at})")
    else:
        comparison = None
    reasons = _reasons(result, comparison if baseline is not None else None)
    result = result.model_copy(update={"fit": not reasons, "reasons": reasons})
    outcomes, runs = {}, options.history or DEFAULT_HISTORY
    if history is not None and _quietly(lambda: history.record(result)) is not None:
        outcomes = _quietly(lambda: history.outcomes([case.id for case in result.cases], runs)) or {}
    report = reports.Report(result, comparison, outcomes, runs, every_case=options.history is not None)
    print(reports.console(report))
    templates = settings.prompts_dir / "qa"
    if options.json:
        reports.write_json(result, options.json)
    if options.junit:
        reports.write_junit(result, options.junit)
    if options.report:
        reports.write_html(report, options.report, templates)
    if options.markdown:
        reports.write_markdown(report, options.markdown, templates)
    return result, 0 if result.fit else 1


def _reasons(result: RunResult, gating: Comparison | None) -> list[str]:
    reasons = [f"{split} {check.metric} {check.value} is {'over its limit' if check.ceiling else 'under its floor'} "
               f"{check.limit}" for split, part in result.splits.items() for check in part.failed_checks]
    if gating is not None and gating.regressed:
        reasons.append(f"{_cases(len(gating.regressed))} regressed against {gating.against}")
    unstable = sum(case.varied and case.answer.mode == "extractive" for case in result.cases if case.answer)
    if unstable:
        reasons.append(f"{_cases(unstable)} changed on repeat")
    return reasons


def _cases(count: int) -> str:
    return f"{count} case{'s' if count != 1 else ''}"


def _history(settings: Settings) -> History | None:
    from web.config import WebSettings

    return _quietly(lambda: History(WebSettings.from_env(settings).database_url))


def _quietly(action):
    """The history helps QA read a run but never stops one: a database problem is one line on stderr."""
    try:
        return action()
    except HistoryError as error:
        print(f"warning: {error}", file=sys.stderr)
        return None


def _source_texts(settings: Settings) -> dict[str, str]:
    from ingest.pipeline import load_corpus

    return {document.meta.id: document.text for document in load_corpus(settings).documents}
