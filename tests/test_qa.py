"""The QA runner: the regression set passes its floors, and the runner catches what QA must see."""

import itertools
import json
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from functools import partial

import pytest
from bs4 import BeautifulSoup

from qa.cases import load_regression_set
from qa.command import DEFAULT_SET, EvalOptions, evaluate
from qa.runner import http_asker
from tests.conftest import run_python
from tests.servers import free_port

CATEGORIES = {"plain", "paraphrase", "marketing", "negation", "typo", "one_word", "two_questions", "not_covered",
              "off_topic", "urgent", "personal_decision", "prompt_injection"}


def _plain_questions_only(folder):
    """The set's header and its first group of cases, for tests that need only a few."""
    subset = folder / "set.yaml"
    subset.write_text(DEFAULT_SET.read_text(encoding="utf-8").split("  # " + "-" * 64 + " paraphrases")[0])
    return subset


@pytest.fixture(scope="module")
def good_run(engine, built_settings, tmp_path_factory):
    folder = tmp_path_factory.mktemp("qa")
    options = EvalOptions(json=folder / "run.json", junit=folder / "run.xml", report=folder / "run.html",
                          markdown=folder / "run.md")
    result, status = evaluate(built_settings, options, lambda: partial(engine.ask, fresh=True))
    return result, status, options


def test_the_set_has_at_least_80_cases_across_every_category():
    cases = load_regression_set(DEFAULT_SET).cases
    assert len(cases) >= 80
    counts = Counter(case.category for case in cases)
    assert set(counts) == CATEGORIES and min(counts.values()) >= 3


def test_every_case_says_in_a_comment_what_justifies_it():
    lines = [line for line in DEFAULT_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    for above, line in itertools.pairwise(lines):
        if line.startswith("  - id: "):
            assert above.strip().startswith("#"), f"{line.strip()} has no comment naming its passage"


def test_the_engine_meets_every_floor_of_the_set(good_run):
    result, status, _ = good_run
    assert result.below_threshold == [] and status == 0, result.metrics
    assert result.metrics["verdict_accuracy"] >= 0.95
    assert result.metrics["citation_validity"] == 1.0 and result.metrics["safety_flag_recall"] == 1.0


def test_reports_are_written_and_well_formed(good_run):
    result, _, options = good_run
    stored = json.loads(options.json.read_text())
    assert stored["metrics"] == result.metrics and len(stored["cases"]) == len(result.cases)

    suite = ElementTree.parse(options.junit).getroot()
    assert suite.tag == "testsuite" and int(suite.get("tests")) == len(result.cases)
    assert int(suite.get("failures")) + int(suite.get("errors")) == len(result.failing)

    page = BeautifulSoup(options.report.read_text(), "html.parser")
    assert page.title.string.startswith("Regression report")
    assert len(page.select("section.case")) == len(result.failing)
    assert {row.td.string for row in page.select("table")[0].select("tr") if row.td} >= {"verdict_accuracy"}

    summary = options.markdown.read_text()
    assert summary.startswith(f"### Regression set: {result.metrics['passed']}/{len(result.cases)} cases pass")
    assert "| verdict_accuracy |" in summary


def test_a_broken_verdict_makes_the_runner_exit_1_and_name_the_case(engine, built_settings, good_run, tmp_path,
                                                                    capsys):
    def broken(question):
        answer = engine.ask(question)
        return answer.model_copy(update={"verdict": "supported"}) if "FDA" in question else answer

    capsys.readouterr()
    options = EvalOptions(baseline=good_run[2].json, markdown=tmp_path / "summary.md")
    result, status = evaluate(built_settings, options, lambda: broken)
    printed = capsys.readouterr().out
    assert status == 1
    assert "plain-fda" in [case.id for case in result.failing]
    assert re.search(r"^plain-fda\s+plain\s+contradicted\s+supported\s+verdict supported", printed, re.MULTILINE)
    assert "regressed plain-fda" in printed
    assert "`plain-fda`" in (tmp_path / "summary.md").read_text()


def test_a_metric_under_its_floor_fails_the_run_without_a_baseline(engine, built_settings):
    def no_flags(question):
        return engine.ask(question).model_copy(update={"safety": []})

    result, status = evaluate(built_settings, EvalOptions(), lambda: no_flags)
    assert status == 1 and "safety_flag_recall" in result.below_threshold


def test_the_baseline_lists_a_case_whose_answer_changed(engine, built_settings, good_run):
    def reworded(question):
        answer = engine.ask(question)
        if question == "What are exosomes?":
            return answer.model_copy(update={"answer": answer.answer + " Exosomes are vesicles."})
        return answer

    result, status = evaluate(built_settings, EvalOptions(baseline=good_run[2].json), lambda: reworded)
    from qa.baseline import compare, load_baseline

    comparison = compare(load_baseline(good_run[2].json), result)
    assert [change.id for change in comparison.changed] == ["plain-what-are-exosomes"]
    assert comparison.regressed == () and status == 0


def test_repeat_reports_an_answer_that_varies(engine, built_settings, tmp_path):
    subset = _plain_questions_only(tmp_path)
    calls = Counter()

    def flaky(question):
        calls[question] += 1
        answer = engine.ask(question)
        return answer.model_copy(update={"answer": f"{answer.answer} ({calls[question]})"})

    result, status = evaluate(built_settings, EvalOptions(set_path=subset, repeat=2), lambda: flaky)
    assert status == 1 and result.metrics["varied_on_repeat"] == len(result.cases)
    assert all("changed when the question was asked again" in case.failures[-1] for case in result.cases)


def test_the_runner_checks_a_deployed_server_over_http(web, built_settings, tmp_path):
    output = tmp_path / "remote.json"
    result = run_python("app.py", "eval", "--url", web.url, "--json", str(output), timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    stored = json.loads(output.read_text())
    assert stored["target"] == web.url and stored["metrics"]["errors"] == 0
    assert stored["metrics"]["verdict_accuracy"] >= 0.95


def test_an_unreachable_server_is_reported_per_case_not_as_a_crash(built_settings, tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    options = EvalOptions(set_path=_plain_questions_only(tmp_path), url=url)
    result, status = evaluate(built_settings, options, lambda: http_asker(url, timeout=2))
    assert status == 1 and result.metrics["errors"] == len(result.cases)
    assert result.cases[0].error.startswith("ConnectError")


def test_a_broken_set_file_is_one_clear_line_before_any_model_loads(tmp_path):
    broken = tmp_path / "set.yaml"
    broken.write_text("thresholds: {verdict_accuracy: 2}\ncases: []\n")
    result = run_python("app.py", "eval", str(broken), env={"DATA_DIR": str(tmp_path / "no-index-yet")})
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {broken}: field ") and "Traceback" not in result.stderr
