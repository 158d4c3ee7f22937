"""The web app's small parts on their own: the rate limit, the clinics file, and escaping in templates."""

import pytest

from engine.models import Answer, Citation
from web.clinics import ClinicsFileError, load_clinics
from web.presentation import present
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


def _answer(question: str, verdict: str, text: str, safety: list[str], asked: bool = False) -> Answer:
    return Answer(question=question, verdict=verdict, asked=asked, answer=text, safety=safety, mode="extractive",
                  index_version="v")


@pytest.mark.parametrize("message, words", [
    ("is it fda aproved", "question_labels"),
    # No question mark and no question word first: only the engine's reading of "Is that true" tells.
    ("My clinic says it's FDA approved. Is that true", "question_labels"),
    ("A clinic told me it is FDA approved", "labels"),
    # A question mark at the end, but the verdict stands on the claim before it.
    ("It is FDA approved. Is it safe?", "labels"),
])
def test_the_badge_answers_a_question_and_judges_a_claim_as_the_engine_read_the_message(engine, message, words):
    answer = engine.ask(message)
    assert answer.verdict == "contradicted"
    assert present(engine.prompts, answer).verdict_label == engine.prompts.table("verdicts")[words]["contradicted"]


def test_the_badge_words_follow_the_answers_asked_field_not_the_texts_form(engine):
    labels = engine.prompts.table("verdicts")
    asked = present(engine.prompts, _answer("They said it is FDA approved", "contradicted", "No.", [], asked=True))
    told = present(engine.prompts, _answer("Is it FDA-approved?", "contradicted", "No.", [], asked=False))
    assert asked.verdict_label == labels["question_labels"]["contradicted"]
    assert told.verdict_label == labels["labels"]["contradicted"]
    # A verdict with no words of its own for a question keeps its usual words.
    informational = present(engine.prompts, _answer("Is it safe?", "informational", "Text.", [], asked=True))
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
