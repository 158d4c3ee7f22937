"""The patient page and the clinic widget in a real browser: Debian's Chromium, headless, on loopback."""

import re
import shutil
from dataclasses import replace
from functools import partial
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from engine.models import Answer
from index.settings import PROJECT_ROOT
from tests.conftest import regression_subset
from tests.servers import StaticSite

SCREENSHOTS = PROJECT_ROOT / "artifacts" / "screenshots"
XSS = "<img src=x onerror=alert(1)> is it FDA approved?"
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def browser():
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is missing: install Debian's package (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request) -> Page:
    width = getattr(request, "param", 1024)
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.outside_requests = []
    page.dialogs = []
    page.on("request", lambda r: _is_loopback(r.url) or page.outside_requests.append(r.url))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    assert page.outside_requests == [], "the page fetched something from outside this machine"
    context.close()


def _is_loopback(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("data", "blob", "about", "chrome-error") or parsed.hostname in ("127.0.0.1", "localhost")


def _screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def _ask_on_patient_page(page: Page, question: str):
    box = page.get_by_label("Your question, or a claim you were told")
    box.fill(question)
    box.press("Enter")
    answer = page.locator("#cc-chat .cc-answer").last
    expect(answer).to_be_visible()
    return answer


def test_the_patient_page_shows_verdict_answer_and_quoted_sources(page, web):
    page.goto(web.url)
    expect(page.get_by_text("information, not medical advice")).to_be_visible()
    answer = _ask_on_patient_page(page, "Is it FDA-approved?")
    badge = answer.locator(".cc-badge")
    expect(badge).to_have_class(re.compile(r"\bcc-verdict-contradicted\b"))
    expect(badge).to_contain_text("Contradicted")
    expect(answer.locator(".cc-text")).to_contain_text("[1]")
    quote = answer.locator(".cc-quote").first
    expect(quote).to_contain_text("no FDA-approved exosome products")
    expect(answer.locator(".cc-cite").first).to_contain_text("rests on the article itself")
    _screenshot(page, "patient-page")


def test_an_example_question_can_be_asked_by_keyboard_alone(page, web):
    page.goto(web.url)
    example = page.get_by_role("button", name="How soon will I see results?")
    for _ in range(40):
        page.keyboard.press("Tab")
        if example.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("the example question cannot be reached with Tab")
    page.keyboard.press("Enter")
    answer = page.locator("#cc-chat .cc-answer").last
    expect(answer.locator(".cc-text")).to_contain_text("months")


def test_a_thumb_click_lands_a_feedback_row_and_a_comment(page, web):
    before = len(web.feedback.rows())
    page.goto(web.url)
    _ask_on_patient_page(page, "Is it safe?")
    page.locator("#cc-chat").get_by_role("button", name="Dislike").last.click()
    comment = page.get_by_label("Anything to add about this answer?")
    expect(comment).to_be_visible()
    rows = web.feedback.rows()
    assert len(rows) == before + 1
    assert (rows[-1]["rating"], rows[-1]["question"]) == ("down", "Is it safe?")
    comment.fill("I wanted to know about injections.")
    page.get_by_role("button", name="Send comment").click()
    expect(page.get_by_text("Your comment was saved")).to_be_visible()
    assert web.feedback.rows()[-1]["comment"] == "I wanted to know about injections."


def test_html_in_a_question_is_shown_as_text(page, web):
    page.goto(web.url)
    _ask_on_patient_page(page, XSS)
    expect(page.locator("#cc-chat .cc-question").last).to_have_text(XSS)
    assert page.locator("#cc-chat img[src='x']").count() == 0
    assert page.dialogs == []


@pytest.mark.parametrize("page", [375], indirect=True)
def test_a_375_pixel_phone_screen_has_no_horizontal_scroll(page, web):
    page.goto(web.url)
    _ask_on_patient_page(page, "Does it work for hair loss?")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    _screenshot(page, "patient-page-375px")


def test_a_clinic_page_opens_the_widget_and_gets_an_answer(page, web):
    page.goto(f"{web.clinic_site}/index.html")
    opener = page.get_by_role("button", name="Ask about exosome claims")
    opener.click()
    expect(page.get_by_role("button", name="Close")).to_have_attribute("aria-expanded", "true")
    frame_element = page.locator("iframe#claimcheck-widget-frame")
    assert frame_element.get_attribute("allow") == "camera 'none'; microphone 'none'; geolocation 'none'"
    widget = page.frame_locator("iframe#claimcheck-widget-frame")
    expect(widget.get_by_role("heading", name="Test <Clinic> & Co")).to_be_visible()
    question = widget.get_by_label("Your question, or a claim you were told")
    question.fill("A clinic told me it has no side effects. True?")
    widget.get_by_role("button", name="Ask").click()
    badge = widget.locator(".cc-answer .cc-badge")
    expect(badge).to_be_visible()
    expect(widget.locator(".cc-quote").first).to_be_visible()
    widget.get_by_role("button", name="Helpful", exact=True).click()
    expect(widget.get_by_text("Thank you for your feedback.")).to_be_visible()
    assert web.feedback.rows()[-1]["clinic"] == web.clinic_id
    _screenshot(page, "widget-on-clinic-page")


def test_a_site_that_is_not_allowed_cannot_frame_the_widget(page, web):
    page.goto(f"{web.other_site}/index.html")
    with page.expect_console_message(lambda message: "frame-ancestors" in message.text) as refusal:
        page.get_by_role("button", name="Ask about exosome claims").click()
    assert web.url in refusal.value.text
    # The refused frame holds Chromium's error page, never the widget.
    frame = page.locator("iframe#claimcheck-widget-frame").element_handle().content_frame()
    assert frame.url.startswith("chrome-error://")
    assert frame.locator("#cc-question").count() == 0


def test_a_clinic_id_with_a_typo_shows_a_clear_error_in_the_frame(page, web):
    page.goto(f"{web.clinic_site}/typo.html")
    page.get_by_role("button", name="Ask about exosome claims").click()
    widget = page.frame_locator("iframe#claimcheck-widget-frame")
    expect(widget.get_by_role("heading", name="This widget is not set up")).to_be_visible()


def test_the_claims_page_renders_every_review(page, web, corpus):
    page.goto(f"{web.url}/claims")
    expect(page.locator(".cc-review")).to_have_count(len(corpus.reviews))
    _screenshot(page, "claims-page")


def test_the_regression_report_leads_with_fail_and_shows_the_failing_case_with_its_trace(page, engine,
                                                                                       built_settings, tmp_path):
    """The HTML report of a run with one case made to fail, in the browser QA reads it in; the screenshot is
    kept in artifacts/screenshots/regression-report.png."""
    from qa.command import EvalOptions, evaluate

    class TracedAnswer(Answer):
        trace: dict  # any trace: the report shows whatever the answer carries

    def fda_made_to_fail(question: str) -> Answer:
        answer = engine.ask(question)
        if question != "Is exosome therapy FDA-approved?":
            return answer
        trace = {"parts": [{"kind": "question", "text": question}], "claim_type": "regulatory",
                 "rule": "made to fail by the test"}
        return TracedAnswer(**{**answer.model_dump(), "verdict": "supported", "trace": trace})

    settings = replace(built_settings, data_dir=tmp_path)
    subset = regression_subset(tmp_path)
    baseline = tmp_path / "good.json"
    evaluate(settings, EvalOptions(set_path=subset, json=baseline), lambda: partial(engine.ask, fresh=True))
    site = tmp_path / "site"
    site.mkdir()
    result, status = evaluate(settings, EvalOptions(set_path=subset, baseline=baseline, report=site / "report.html"),
                              lambda: fda_made_to_fail)
    assert status == 1 and [case.id for case in result.failing] == ["plain-fda"]

    with StaticSite(site) as server:
        page.goto(f"{server.url}/report.html")
        expect(page.locator("#verdict")).to_contain_text("FAIL: ")
        expect(page.locator("#verdict")).to_contain_text("regressed against the baseline")
        expect(page.locator("#split-dev tr.below")).to_contain_text(["verdict_accuracy", "wrong_polarity"])
        shown = page.locator("section.case:visible")
        expect(shown).to_have_count(1)
        expect(shown.locator("h3")).to_contain_text("plain-fda")
        shown.get_by_text("Trace of the answer").click()
        expect(shown.locator(".trace pre")).to_contain_text('"rule": "made to fail by the test"')
        _screenshot(page, "regression-report")
        page.get_by_label("All (").check()
        expect(shown).to_have_count(len(result.cases))
        page.get_by_label("Changed against").check()
        expect(shown).to_have_count(1)
