"""The QA runner: the regression set passes its floors, and the runner catches what QA must see."""

import json
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import replace
from functools import partial

import httpx
import pytest
import yaml
from bs4 import BeautifulSoup

from qa.baseline import compare, load_baseline
from qa.cases import RegressionCase, RegressionSetError, load_regression_set
from qa.command import DEFAULT_SET, EvalOptions, evaluate
from tests.conftest import regression_subset, run_python
from tests.servers import AppProcess, LiveApp, free_port

FIRST_CATEGORIES = {"plain", "paraphrase", "marketing", "negation", "typo", "one_word", "two_questions",
                    "not_covered", "off_topic", "urgent", "personal_decision", "prompt_injection"}
QA_TOKEN = "qa-token-7f3a9c1e55b2"


def own_history(settings, folder):
    """Settings whose history database is private to one test; the index and corpus stay shared."""
    return replace(settings, data_dir=folder)


@pytest.fixture(scope="module")
def good_run(engine, built_settings, tmp_path_factory):
    folder = tmp_path_factory.mktemp("qa")
    options = EvalOptions(json=folder / "run.json", junit=folder / "run.xml", report=folder / "run.html",
                          markdown=folder / "run.md")
    result, status = evaluate(own_history(built_settings, folder), options, lambda: partial(engine.ask, fresh=True))
    return result, status, options


def test_the_set_covers_every_first_category_and_every_case_has_a_split():
    cases = load_regression_set(DEFAULT_SET).cases
    assert len(cases) >= 80
    counts = Counter(case.category for case in cases)
    assert set(counts) >= FIRST_CATEGORIES and min(counts[category] for category in FIRST_CATEGORIES) >= 3
    assert Counter(case.split for case in cases)["dev"] >= 80


def _case_comments() -> dict[str, str]:
    """Case id -> the comment lines right above it (group separators left out)."""
    comments, block = {}, []
    for line in DEFAULT_SET.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#") and not re.match(r"#\s*(-{8}|={8})", stripped):
            block.append(stripped.lstrip("# "))
        elif line.startswith("  - id: "):
            comments[line.removeprefix("  - id: ").strip()] = " ".join(block)
            block = []
        elif stripped:
            block = []
    return comments


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def _gap_names(comment: str, gap_ids: set[str]) -> list[str]:
    """The gaps a comment names ("gaps.yaml, cost", "gaps.yaml: clinics-and-brands", "gaps.yaml insurance and
    cost"), as ids."""
    names = []
    for phrase in re.findall(r"gaps\.yaml[,:]? ([a-z /-]+?)(?=[:;,.()]|$| \()", comment):
        whole = phrase.strip().replace(" ", "-")
        names += [whole] if whole in gap_ids else [part.strip().replace(" ", "-")
                                                   for part in re.split(r" and |/", phrase)]
    return names


def _rests_on_the_sources(case: RegressionCase) -> bool:
    """Off-topic input, urgent symptoms and personal decisions are judged by the safety and scope rules; every
    other expectation comes from what the sources say or leave out."""
    return case.category not in {"off_topic", "urgent", "personal_decision"} and set(case.verdict) != {"out_of_scope"}


def _names(text: str, source_names: set[str]) -> set[str]:
    return {name for name in source_names if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)}


def test_every_case_comment_justifies_it_with_references_that_exist(corpus, source_texts, built_settings):
    """Each case resting on the sources says what justifies it: a source, a gaps.yaml topic, a prompt, a passage
    quoted verbatim, or what the sources lack.
    Every gap and prompt named exists, and a passage quoted after a source's name and a colon ("article, lead:
    \"…\"") stands verbatim in the sources, unless the case's wording comes from a public page (its `page`)."""
    cases = {case.id: case for case in load_regression_set(DEFAULT_SET).cases}
    comments = _case_comments()
    gaps = yaml.safe_load((built_settings.corpus_dir / "gaps.yaml").read_text())
    gap_ids = {gap["id"] for gap in gaps}
    prompts = [_normal(path.read_text(encoding="utf-8")) for path in built_settings.prompts_dir.glob("*.txt")]
    texts = [_normal(text) for text in source_texts.values()] + prompts + [
        _normal(question) for gap in gaps for question in gap["questions"]]
    source_names = {"article"} | {"-".join(source_id.split("-")[:2]) for source_id in source_texts} | set(source_texts)
    assert set(comments) == set(cases)

    def verbatim(quoted: str) -> bool:
        pieces = [piece for piece in re.split(r"\s*(?:…|\.\.\.)\s*", _normal(quoted)) if piece]
        return all(any(piece in text for text in texts) for piece in pieces)

    problems = []
    for case_id, comment in comments.items():
        case = cases[case_id]
        gap_names = _gap_names(comment, gap_ids)
        prompt_files = re.findall(r"prompts/([\w.]+\.txt)", comment)
        quotes = [quoted for quoted in re.findall(r'"([^"]+)"', comment) if len(quoted.split()) >= 4]
        attributed = [quoted for clause in comment.split(";") if _names(clause, source_names)
                      for quoted in re.findall(r':\s*"([^"]+)"', clause) if len(quoted.split()) >= 4]
        justified = (_names(comment, source_names) or gap_names or prompt_files or any(map(verbatim, quotes))
                     or re.search(r"\b(sources?|corpus)\b", comment))
        if not comment:
            problems.append(f"{case_id}: no comment")
        elif _rests_on_the_sources(case) and not justified:
            problems.append(f"{case_id}: names no source, gap or prompt: {comment!r}")
        problems += [f"{case_id}: no gap {name!r} in gaps.yaml" for name in gap_names if name not in gap_ids]
        problems += [f"{case_id}: no prompts/{name}" for name in prompt_files
                     if not (built_settings.prompts_dir / name).is_file()]
        if not case.page:
            problems += [f"{case_id}: {quoted!r} is not in the sources" for quoted in attributed
                         if not verbatim(quoted)]
    assert problems == [], "\n".join(problems)


def test_the_engine_meets_every_limit_of_the_set(good_run):
    result, status, _ = good_run
    assert result.failed_checks == [] and status == 0 and result.fit, result.failed_checks
    # The limits that guard the core promise never loosen: no "That's right" under a claim the sources
    # do not establish, and every quote exact.
    limits = load_regression_set(DEFAULT_SET).thresholds
    assert limits.dev.wrong_polarity == 0 and limits.dev.citation_validity == limits.heldout.citation_validity == 1.0


def test_reports_lead_with_the_verdict_and_give_each_split_apart(good_run):
    result, _, options = good_run
    verdict = "PASS" if result.fit else "FAIL"
    stored = json.loads(options.json.read_text())
    assert stored["splits"]["dev"]["metrics"] == result.splits["dev"].metrics
    assert len(stored["cases"]) == len(result.cases) and stored["fit"] is result.fit

    suites = ElementTree.parse(options.junit).getroot()
    assert suites.tag == "testsuites" and suites.get("name").startswith(f"Regression set: {verdict}")
    dev = suites.find("testsuite[@name='regression.dev']")
    assert dev.find("properties/property[@name='verdict']").get("value").startswith(verdict)
    assert [case.get("name") for case in dev.findall("testcase")][:1] == ["verdict_accuracy"]
    assert int(suites.get("failures")) + int(suites.get("errors")) == len(result.failing) + len(result.failed_checks)
    assert suites.find("testsuite[@name='regression.heldout']") is not None

    page = BeautifulSoup(options.report.read_text(), "html.parser")
    assert page.title.string.startswith(f"{verdict} · Regression report")
    assert page.body.find(True)["id"] == "verdict" and page.select_one("#verdict").text.startswith(f"{verdict}: ")
    assert len(page.select("section.case")) == len(result.cases)
    assert len(page.select("section.case.failing")) == len(result.failing)
    rows = {row.td.string: [cell.text for cell in row.select("td")]
            for row in page.select("#split-dev table.metrics tr") if row.td}
    checks = {check.metric: check for check in result.splits["dev"].checks}
    limits = load_regression_set(DEFAULT_SET).thresholds.dev
    for metric, limit in (("verdict_accuracy", f"≥ {limits.verdict_accuracy:.3f}"),
                          ("wrong_polarity", f"≤ {limits.wrong_polarity}")):
        assert rows[metric][2:] == [limit, "pass" if checks[metric].ok else "FAIL"]
    assert page.select_one("#split-heldout h2").text.startswith("heldout: ")

    summary = options.markdown.read_text()
    assert summary.startswith(f"### {verdict}: {result.passed_count}/{len(result.cases)} cases pass")
    floor = re.escape(f"{limits.verdict_accuracy:.3f}")
    assert re.search(rf"^\| verdict_accuracy \| [01]\.\d{{3}} \| ≥ {floor} \| (pass|❌ FAIL) \|$", summary,
                     re.MULTILINE)
    assert "#### dev: " in summary and "#### heldout: " in summary


def test_a_broken_verdict_fails_the_run_names_the_case_and_counts_wrong_polarity(engine, built_settings, good_run,
                                                                                  tmp_path, capsys):
    def broken(question):
        answer = engine.ask(question)
        return answer.model_copy(update={"verdict": "supported"}) if "FDA" in question else answer

    capsys.readouterr()
    options = EvalOptions(baseline=good_run[2].json, markdown=tmp_path / "summary.md")
    result, status = evaluate(own_history(built_settings, tmp_path), options, lambda: broken)
    printed = capsys.readouterr().out
    assert status == 1 and not result.fit
    assert printed.startswith("FAIL: ") and "dev wrong_polarity" in printed.splitlines()[0]
    assert "plain-fda" in [case.id for case in result.failing]
    assert result.splits["dev"].metrics["wrong_polarity"] >= 1 and "dev wrong_polarity" in result.failed_checks
    assert re.search(r"^plain-fda\s+dev\s+plain\s+contradicted\s+supported\s+verdict supported", printed,
                     re.MULTILINE)
    assert "regressed plain-fda" in printed
    summary = (tmp_path / "summary.md").read_text()
    assert summary.startswith("### FAIL: ") and "`plain-fda`" in summary and "| ≤ 0 | ❌ FAIL |" in summary


def test_a_metric_under_its_floor_fails_the_run_without_a_baseline(engine, built_settings, tmp_path):
    def no_flags(question):
        return engine.ask(question).model_copy(update={"safety": []})

    result, status = evaluate(own_history(built_settings, tmp_path), EvalOptions(), lambda: no_flags)
    assert status == 1 and "dev safety_flag_recall" in result.failed_checks
    assert any(reason.startswith("dev safety_flag_recall 0") for reason in result.reasons)


def test_heldout_is_held_to_its_own_floors_and_typed_claims_fill_the_confusion_matrix(engine, built_settings,
                                                                                      tmp_path):
    heldout = {"plain-fda", "plain-topical-safety", "plain-injection-safety", "plain-how-soon"}
    subset = regression_subset(tmp_path, heldout, {"plain-fda": "regulatory", "plain-topical-safety": "safety"},
                               heldout_limits={"verdict_accuracy": 0.9, "wrong_polarity": 0})

    def wrong_on_fda(question):
        answer = engine.ask(question)
        return answer.model_copy(update={"verdict": "supported"}) if "FDA" in question else answer

    result, status = evaluate(own_history(built_settings, tmp_path), EvalOptions(set_path=subset),
                              lambda: wrong_on_fda)
    assert result.splits["heldout"].metrics["cases"] == len(heldout)
    assert result.splits["dev"].metrics["cases"] == len(result.cases) - len(heldout)
    assert status == 1 and {"heldout verdict_accuracy", "heldout wrong_polarity"} <= set(result.failed_checks)
    assert not any(check.startswith("dev ") for check in result.failed_checks)
    confusion = result.splits["heldout"].confusion
    assert confusion["regulatory"] == {"contradicted": {"supported": 1}}
    assert confusion["safety"]["supported"] == {"supported": 1}
    assert sum(count for rows in confusion.values() for row in rows.values() for count in row.values()) == len(heldout)


def test_the_baseline_lists_a_case_whose_answer_changed(engine, built_settings, good_run, tmp_path):
    def reworded(question):
        answer = engine.ask(question)
        if question == "What are exosomes?":
            return answer.model_copy(update={"answer": answer.answer + " Exosomes are vesicles."})
        return answer

    result, status = evaluate(own_history(built_settings, tmp_path), EvalOptions(baseline=good_run[2].json),
                              lambda: reworded)
    comparison = compare(load_baseline(good_run[2].json), result, "the good run")
    assert [change.id for change in comparison.changed] == ["plain-what-are-exosomes"]
    assert comparison.regressed == () and status == good_run[1]


def test_repeat_reports_an_answer_that_varies(engine, built_settings, tmp_path):
    subset = regression_subset(tmp_path)
    calls = Counter()

    def flaky(question):
        calls[question] += 1
        answer = engine.ask(question)
        return answer.model_copy(update={"answer": f"{answer.answer} ({calls[question]})"})

    result, status = evaluate(own_history(built_settings, tmp_path), EvalOptions(set_path=subset, repeat=2),
                              lambda: flaky)
    assert status == 1 and result.splits["dev"].metrics["varied_on_repeat"] == len(result.cases)
    assert all("changed when the question was asked again" in case.failures[-1] for case in result.cases)
    assert f"{len(result.cases)} cases changed on repeat" in result.reasons


def test_history_keeps_every_run_shows_last_outcomes_and_flags_a_flip(engine, built_settings, tmp_path, capsys):
    subset = regression_subset(tmp_path)
    settings = own_history(built_settings, tmp_path)
    good = lambda: partial(engine.ask, fresh=True)  # noqa: E731

    def wrong_on_nsaids(question):
        answer = engine.ask(question)
        return answer.model_copy(update={"verdict": "unproven"}) if "NSAID" in question.upper() else answer

    evaluate(settings, EvalOptions(set_path=subset), good)
    second, _ = evaluate(settings, EvalOptions(set_path=subset), lambda: wrong_on_nsaids)
    assert "plain-nsaids" in [case.id for case in second.failing]
    capsys.readouterr()
    report = tmp_path / "report.html"
    _, status = evaluate(settings, EvalOptions(set_path=subset, history=3, report=report), good)
    printed = capsys.readouterr().out
    assert status == 0
    assert re.search(r"^History \(each case's last 3 runs, oldest first\): 1 case flip$", printed, re.MULTILINE)
    assert re.search(r"^  plain-nsaids +✓✗✓  flips$", printed, re.MULTILINE)
    assert re.search(r"^  plain-fda +✓✓✓$", printed, re.MULTILINE)
    assert "fixed     plain-nsaids" in printed and "Against the last run (" in printed
    page = BeautifulSoup(report.read_text(), "html.parser")
    nsaids = page.select_one("section#plain-nsaids")
    assert nsaids.select_one(".history").text == "✓✗✓" and nsaids.select_one(".tag.flips")
    assert "changed" in nsaids["class"] and nsaids.select_one(".tag.fixed")
    assert page.select_one("section#plain-fda .history").text == "✓✓✓"
    assert page.select_one("section#plain-fda .tag.flips") is None


def test_a_thumbs_down_through_the_api_becomes_a_draft_case_that_eval_refuses_until_labelled(
        web, engine, built_settings, tmp_path):
    question = "my derm said exosomes r basically stem cells, legit??"
    with httpx.Client(base_url=web.url, timeout=30) as client:
        answer = client.post("/api/ask", json={"question": question}).json()
        receipt = client.post("/api/feedback", json={"answer_id": answer["id"], "rating": "down"}).json()
        assert client.post(f"/api/feedback/{receipt['id']}/comment",
                           json={"comment": "It did not say if they are cells"}).status_code == 204
    drafts_file = tmp_path / "drafts.yaml"
    exported = run_python("app.py", "feedback", "export", "--cases", str(drafts_file),
                          env={"DATABASE_URL": web.database_url})
    assert exported.returncode == 0, exported.stderr
    drafts = yaml.safe_load(drafts_file.read_text())["cases"]
    draft = next(case for case in drafts if case["from_feedback"]["feedback_id"] == receipt["id"])
    assert draft["draft"] is True and draft["question"] == question and draft["verdict"] == []
    assert draft["from_feedback"]["verdict"] == answer["verdict"]
    assert draft["from_feedback"]["answer"] == answer["answer"]
    assert draft["from_feedback"]["comment"] == "It did not say if they are cells"
    RegressionCase.model_validate(draft)

    subset = regression_subset(tmp_path)
    raw = yaml.safe_load(subset.read_text())
    raw["cases"].append(draft)
    subset.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True))
    refused = run_python("app.py", "eval", str(subset), env={"DATA_DIR": str(tmp_path / "no-index-yet")})
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith(f"error: {subset}: draft cases without an expected verdict")
    assert draft["id"] in refused.stderr

    draft.update(verdict=["contradicted", "partly_supported"], category="forum", claim_type="mechanism")
    del draft["draft"]
    subset.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True))
    result, _ = evaluate(own_history(built_settings, tmp_path), EvalOptions(set_path=subset),
                         lambda: partial(engine.ask, fresh=True))
    assert draft["id"] in [case.id for case in result.cases]


def test_a_set_file_with_a_draft_is_refused_by_name(tmp_path):
    subset = regression_subset(tmp_path)
    raw = yaml.safe_load(subset.read_text())
    raw["cases"] += [{"id": "feedback-aaa", "split": "dev", "draft": True, "question": "ok?"},
                     {"id": "feedback-bbb", "split": "dev", "draft": True, "question": "hmm?",
                      "verdict": "unproven", "category": "forum"}]
    subset.write_text(yaml.safe_dump(raw))
    with pytest.raises(RegressionSetError, match=r"verdict and category: feedback-aaa; label them"):
        load_regression_set(subset)


def test_a_clinic_claim_without_its_page_is_refused():
    with pytest.raises(ValueError, match="give the address of its page"):
        RegressionCase(id="clinic-x", split="heldout", category="clinic_claim", question="Regrows hair in 3 weeks.",
                       verdict="contradicted")


def test_a_deployed_server_with_a_qa_token_runs_the_whole_set_under_the_default_rate_limit(built_settings,
                                                                                            tmp_path):
    """Done when: the server started with QA_TOKEN and the default limit of 30 a minute; eval --url with the
    same token asks all 90 questions without one 429, and the report leads with PASS or FAIL, splits apart."""
    log = tmp_path / "server.log"
    # 30 a minute is the default, named so that a RATE_LIMIT_PER_MINUTE in the environment cannot lift it.
    env = {"DATA_DIR": str(built_settings.data_dir), "QA_TOKEN": QA_TOKEN, "RATE_LIMIT_PER_MINUTE": "30",
           "PYTHONUNBUFFERED": "1"}
    report = tmp_path / "report.md"
    with AppProcess(env, log) as app:
        run = run_python("app.py", "eval", "--url", app.url, "--markdown", str(report), "--json",
                         str(tmp_path / "run.json"), timeout=600,
                         env={"QA_TOKEN": QA_TOKEN, "DATA_DIR": str(tmp_path / "history")})
        page = httpx.get(app.url, timeout=30).text
    stored = json.loads((tmp_path / "run.json").read_text())
    assert stored["target"] == app.url and stored["splits"]["dev"]["metrics"]["errors"] == 0, run.stderr[-2000:]
    assert len(stored["cases"]) == len(load_regression_set(DEFAULT_SET).cases) > 30
    assert "429" not in run.stdout + run.stderr
    assert run.returncode == (0 if stored["fit"] else 1)
    assert all(case["answer"] is not None for case in stored["cases"])
    summary = report.read_text()
    assert summary.startswith(f"### {'PASS' if stored['fit'] else 'FAIL'}: ")
    assert "#### dev: " in summary and "#### heldout: " in summary
    assert QA_TOKEN not in log.read_text() + page + summary + (tmp_path / "run.json").read_text()


def test_without_a_token_eval_waits_out_429_and_says_how_long_the_run_will_take(engine, built_settings, tmp_path,
                                                                                 capsys):
    from tests.conftest import web_settings
    from web.server import create_app

    subset = regression_subset(tmp_path)
    count = len(load_regression_set(subset).cases)
    # A budget one short of the set: the last question meets a 429 and waits about 60 / (count - 1) seconds.
    settings = web_settings(built_settings, tmp_path, ["http://127.0.0.1:9"], requests_per_minute=count - 1,
                            qa_token=QA_TOKEN)
    with LiveApp(create_app(built_settings, settings, engine)) as live:
        result, _ = evaluate(own_history(built_settings, tmp_path), EvalOptions(set_path=subset, url=live.url),
                             lambda: pytest.fail("a run with --url asks the server"))
    said = capsys.readouterr().err
    assert result.splits["dev"].metrics["errors"] == 0 and len(result.cases) == count
    assert re.search(rf"{live.url} limits this address \(HTTP 429, Retry-After \d+ s\): the remaining 1 "
                     r"question will take about \d+ s\. Set QA_TOKEN", said)


def test_an_unreachable_server_is_reported_per_case_not_as_a_crash(built_settings, tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    options = EvalOptions(set_path=regression_subset(tmp_path), url=url)
    result, status = evaluate(own_history(built_settings, tmp_path), options,
                              lambda: pytest.fail("a run with --url asks the server"))
    assert status == 1 and result.splits["dev"].metrics["errors"] == len(result.cases)
    assert result.cases[0].error.startswith("ConnectError")


def test_a_broken_set_file_is_one_clear_line_before_any_model_loads(tmp_path):
    broken = tmp_path / "set.yaml"
    broken.write_text("thresholds: {dev: {verdict_accuracy: 2}, heldout: {}}\ncases: []\n")
    result = run_python("app.py", "eval", str(broken), env={"DATA_DIR": str(tmp_path / "no-index-yet")})
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {broken}: field ") and "Traceback" not in result.stderr


def test_history_must_be_a_positive_number_of_runs(tmp_path):
    result = run_python("app.py", "eval", "--history", "0", env={"DATA_DIR": str(tmp_path / "no-index-yet")})
    assert result.returncode == 2 and "not a whole number of runs" in result.stderr
    assert "Traceback" not in result.stderr
