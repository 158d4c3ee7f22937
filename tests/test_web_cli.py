"""`python app.py` as people run it: it builds what is missing, serves, logs, and exports feedback."""

import csv

import httpx

from engine.models import Answer
from tests.conftest import run_python
from tests.servers import AppProcess, free_port
from web.feedback import EXPORT_COLUMNS, Feedback

SECRET = "my neighbour Alice says"


def test_a_first_run_builds_the_index_then_serves_and_logs_no_question_text(tmp_path):
    log_file = tmp_path / "app.log"
    env = {"DATA_DIR": str(tmp_path / "data"), "CLINICS_FILE": str(tmp_path / "no-clinics.yaml"),
           "HOST": "127.0.0.1", "PYTHONUNBUFFERED": "1"}
    with AppProcess(env, log_file) as app:
        answer = httpx.post(f"{app.url}/api/ask", json={"question": f"{SECRET}: is it FDA-approved?"}, timeout=30)
        assert answer.status_code == 200 and answer.json()["verdict"] == "contradicted"
        assert httpx.get(app.url, timeout=30).status_code == 200
    output = log_file.read_text()
    assert "building it from corpus/" in output and "is live" in output
    assert f"Serving the claim-checker on {app.url}/" in output
    assert "POST /api/ask 200 verdict=contradicted" in output
    assert SECRET not in output and "FDA-approved?" not in output


def test_a_broken_clinics_file_stops_the_app_with_one_clear_line(tmp_path, built_settings):
    clinics = tmp_path / "clinics.yaml"
    clinics.write_text("- id: demo\n  name: Demo\n  accent: red\n  allowed_origins: [http://x.org]\n"
                       "  contact: https://x.org\n")
    result = run_python("app.py", "--port", str(free_port()),
                        env={"CLINICS_FILE": str(clinics), "DATA_DIR": str(built_settings.data_dir)})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"error: {clinics}: clinic 1: field 'accent'")
    assert "Traceback" not in result.stderr


def test_feedback_exports_to_csv_for_qa(tmp_path, web, engine):
    answer: Answer = engine.ask("Is it safe?")
    feedback_id = web.feedback.record(Feedback(answer_id=web.feedback.issue(answer, clinic="test-clinic"),
                                               rating="up", comment='Clear, "thanks"'))
    target = tmp_path / "feedback.csv"
    result = run_python("app.py", "feedback", "export", "--csv", str(target), env={"DATABASE_URL": web.database_url})
    assert result.returncode == 0, result.stderr
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == EXPORT_COLUMNS
    row = next(row for row in rows if row["id"] == feedback_id)
    assert (row["rating"], row["comment"], row["clinic"]) == ("up", 'Clear, "thanks"', "test-clinic")
    assert Answer.model_validate_json(row["answer_json"]) == answer


def test_exporting_to_a_folder_that_does_not_exist_is_one_clear_line(tmp_path, web):
    result = run_python("app.py", "feedback", "export", "--csv", str(tmp_path / "missing" / "out.csv"),
                        env={"DATABASE_URL": web.database_url})
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
