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


COMMAND_MODULES = """
import json, sys
import app
status = app.main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""
MODEL_RUNTIMES = {"torch", "sentence_transformers", "transformers"}
WEB_STACK = {"gradio", "fastapi", "starlette", "uvicorn", "web.server"}


def loaded_modules(*command: str, env: dict) -> set[str]:
    result = run_python("-c", COMMAND_MODULES, *command, env=env)
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["status"] in (0, 1), result.stderr
    return set(report["modules"])


def test_each_command_imports_only_what_it_needs(built_settings, tmp_path):
    env = {"DATA_DIR": str(built_settings.data_dir), "DATABASE_URL": f"sqlite:///{tmp_path / 'feedback.sqlite3'}"}
    ask = loaded_modules("ask", "Is exosome therapy FDA-approved?", env=env)
    assert "onnxruntime" in ask and "engine.core" in ask, "the check would pass vacuously"
    assert not ask & (MODEL_RUNTIMES | WEB_STACK)
    evaluate = loaded_modules("eval", env=env)
    assert "engine.core" in evaluate
    assert not evaluate & (MODEL_RUNTIMES | WEB_STACK)
    export = loaded_modules("feedback", "export", "--csv", str(tmp_path / "feedback.csv"), env=env)
    assert (tmp_path / "feedback.csv").exists()
    assert not export & (MODEL_RUNTIMES | WEB_STACK | {"onnxruntime", "chromadb", "engine.core"})
