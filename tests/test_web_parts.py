"""The web app's small parts on their own: the rate limit, the clinics file, and escaping in templates."""

import pytest

from engine.models import Answer, Citation
from web.clinics import ClinicsFileError, load_clinics
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
