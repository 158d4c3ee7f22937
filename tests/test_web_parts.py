"""The web app's small parts on their own: the rate limit, the clinics file, and escaping in templates."""

import pytest

from engine.models import Answer, Citation
from web.clinics import ClinicsFileError, load_clinics
from web.presentation import asked_as_question, present
from web.ratelimit import RateLimiter
from web.templates import Templates


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_rate_limit_allows_a_burst_then_asks_to_wait_and_refills():
    clock = Clock()
    limiter = RateLimiter(per_minute=3, clock=clock)
    assert [limiter.retry_after("a") for _ in range(3)] == [None, None, None]
    assert limiter.retry_after("a") == 20
    assert limiter.retry_after("b") is None
    clock.now += 20
    assert limiter.retry_after("a") is None


def test_a_limit_of_zero_means_no_limit():
    limiter = RateLimiter(per_minute=0)
    assert all(limiter.retry_after("a") is None for _ in range(1000))


CLINIC = """- id: {id}
  name: Clinic
  accent: "#123456"
  allowed_origins: [{origin}]
  contact: https://clinic.example/contact
"""


@pytest.mark.parametrize("origin, problem", [
    ("https://clinic.example/", "allowed_origins.0"),
    ("https://clinic.example/page", "allowed_origins.0"),
    ("clinic.example", "allowed_origins.0"),
])
def test_an_origin_must_be_scheme_host_and_port_only(tmp_path, origin, problem):
    path = tmp_path / "clinics.yaml"
    path.write_text(CLINIC.format(id="clinic", origin=origin))
    with pytest.raises(ClinicsFileError, match=problem):
        load_clinics(path)


def test_clinic_ids_are_unique_and_a_missing_file_means_no_clinics(tmp_path):
    path = tmp_path / "clinics.yaml"
    path.write_text(CLINIC.format(id="twice", origin="https://a.example") * 2)
    with pytest.raises(ClinicsFileError, match="duplicate clinic id twice"):
        load_clinics(path)
    assert load_clinics(tmp_path / "absent.yaml").get("twice") is None


def test_the_chat_renders_corpus_and_user_text_as_text(engine):
    hostile = '<script>alert("x")</script>'
    citation = Citation(n=1, source_id="s", title=f"Title {hostile}", kind="consumer article", basis="full text",
                        section="S", quote=f"Quote {hostile}", start=0, end=10)
    answer = Answer(question=hostile, verdict="supported", answer=f"Yes {hostile} [1].", citations=[citation],
                    mode="extractive", index_version="v")
    templates = Templates(engine.prompts)
    html = templates.chat_answer(answer) + templates.chat_question(hostile)
    assert "<script>" not in html
    assert html.count("&lt;script&gt;") == 4
    assert "\n" not in html


@pytest.mark.parametrize("question, asked", [
    ("Is it FDA-approved?", True),
    ("is it fda aproved", True),
    ("Does it work for hair loss", True),
    ("how soon will I see results?", True),
    ("A clinic told me it is FDA approved", False),
    ("It has no side effects", False),
    ("Island clinics say it regrows hair", False),
])
def test_a_yes_no_question_is_told_from_a_reported_claim(question, asked):
    assert asked_as_question(question) is asked


def _answer(question: str, verdict: str, text: str, safety: list[str]) -> Answer:
    return Answer(question=question, verdict=verdict, answer=text, safety=safety, mode="extractive",
                  index_version="v")


def test_the_badge_words_fit_a_question_or_a_claim(engine):
    labels = engine.prompts.table("verdicts")
    asked = present(engine.prompts, _answer("is it fda aproved", "contradicted", "No.", []))
    told = present(engine.prompts, _answer("They said it is FDA approved", "contradicted", "No.", []))
    assert asked.verdict_label == labels["question_labels"]["contradicted"]
    assert told.verdict_label == labels["labels"]["contradicted"]
    informational = present(engine.prompts, _answer("Is it safe?", "informational", "Text.", []))
    assert informational.verdict_label == labels["labels"]["informational"]


def test_urgent_symptoms_get_the_banner_and_no_not_covered_framing(engine):
    urgent_line = engine.prompts.text("urgent_care")
    uncovered = present(engine.prompts, _answer("fever after injections", "not_covered",
                                                f"{urgent_line} The sources don't address that.", ["urgent_care"]))
    assert uncovered.urgent and uncovered.verdict_label is None
    assert "don't address" not in uncovered.text and urgent_line not in uncovered.text
    covered = present(engine.prompts, _answer("swelling after injections, is that known?", "informational",
                                              f"{urgent_line} The article says: swelling [1].",
                                              ["urgent_care", "prompt_injection"]))
    assert covered.urgent and covered.text == "The article says: swelling [1]."
    assert covered.verdict_label and covered.notices == ("prompt_injection",)
