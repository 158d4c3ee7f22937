"""`python app.py eval`: run the set, print what failed and the metrics, write the reports, and set the exit status."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from index.settings import PROJECT_ROOT, Settings
from qa import reports
from qa.baseline import compare, load_baseline
from qa.cases import load_regression_set
from qa.runner import Asker, RunResult, http_asker, run_set

DEFAULT_SET = PROJECT_ROOT / "tests" / "regression" / "questions.yaml"


@dataclass(frozen=True)
class EvalOptions:
    set_path: Path = DEFAULT_SET
    url: str | None = None
    repeat: int = 1
    baseline: Path | None = None
    json: Path | None = None
    junit: Path | None = None
    report: Path | None = None
    markdown: Path | None = None


def evaluate(settings: Settings, options: EvalOptions, make_asker: Callable[[], Asker]) -> tuple[RunResult, int]:
    """The run and the exit status: 1 when a metric is under its floor, a case regressed, or an extractive
    answer changed on repeat (it never should; an LLM's may), else 0. The files named are checked before
    anything is asked, so a typo costs no model load."""
    regression_set = load_regression_set(options.set_path)
    baseline = load_baseline(options.baseline) if options.baseline else None
    sources = _source_texts(settings)
    ask = make_asker()
    target = options.url or "in-process"
    result = run_set(regression_set, str(options.set_path), ask, sources, target, repeat=max(1, options.repeat))
    comparison = compare(baseline, result) if baseline is not None else None
    print(reports.console(result, comparison))
    templates = settings.prompts_dir / "qa"
    if options.json:
        reports.write_json(result, options.json)
    if options.junit:
        reports.write_junit(result, options.junit)
    if options.report:
        reports.write_html(result, comparison, options.report, templates)
    if options.markdown:
        reports.write_markdown(result, comparison, options.markdown, templates)
    regressed = comparison is not None and bool(comparison.regressed)
    unstable = any(case.varied and case.answer.mode == "extractive" for case in result.cases if case.answer)
    return result, 1 if result.below_threshold or regressed or unstable else 0


def asker_for(options: EvalOptions, local_engine: Callable) -> Callable[[], Asker]:
    """Through a server's API, or this process's engine worked afresh each time, so repeats can differ."""
    if options.url:
        return lambda: http_asker(options.url)
    return lambda: partial(local_engine().ask, fresh=True)


def _source_texts(settings: Settings) -> dict[str, str]:
    from ingest.pipeline import load_corpus

    return {document.meta.id: document.text for document in load_corpus(settings).documents}
