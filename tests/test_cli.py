"""`python app.py ask` is a thin layer over the engine: the same Answer, as JSON or as text."""

import json

from tests.conftest import run_python


def test_ask_json_prints_the_answer_contract(built_settings):
    result = run_python("app.py", "ask", "Is exosome therapy FDA-approved?", "--json",
                        env={"DATA_DIR": str(built_settings.data_dir)})
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["question"] == "Is exosome therapy FDA-approved?"
    assert answer["verdict"] == "contradicted" and answer["mode"] == "extractive"
    assert set(answer["citations"][0]) >= {"n", "source_id", "title", "journal", "year", "basis", "section",
                                           "quote", "start", "end"}
    assert answer["safety"] == []


def test_ask_prints_verdict_text_and_numbered_sources(built_settings):
    result = run_python("app.py", "ask", "Are topical exosomes safe?", env={"DATA_DIR": str(built_settings.data_dir)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Verdict: Supported by the sources (supported)")
    assert "\n[1] " in result.stdout and "rests on the article itself" in result.stdout


def test_an_empty_question_is_a_clear_error_not_a_traceback(built_settings):
    result = run_python("app.py", "ask", "  ", env={"DATA_DIR": str(built_settings.data_dir)})
    assert result.returncode == 2
    assert "Please type a question" in result.stderr and "Traceback" not in result.stderr


def test_ask_builds_the_index_on_first_use(tmp_path):
    result = run_python("app.py", "ask", "fda?", "--json", env={"DATA_DIR": str(tmp_path / "fresh")})
    assert result.returncode == 0, result.stderr
    assert "is live" in result.stderr
    assert json.loads(result.stdout)["citations"]
