"""The corpus holds the article unchanged and states only established facts about each paper."""

import difflib
import re

import pytest
import yaml
from pydantic import ValidationError

from index.records import SourceMeta
from index.settings import PROJECT_ROOT
from index.topic import PolicyFile
from qa.cases import load_regression_set
from qa.command import DEFAULT_SET

# Two texts this alike (difflib's ratio over their lowercase words) are one text lightly edited.
NEAR_COPY = 0.8

ARTICLE = "exosome-therapy-article"
PAPERS = {
    "kost-2022-hair-regeneration-review", "skinmed-exosomes-androgenetic-alopecia",
    "gupta-2023-systematic-review-hair-restoration", "cells-2023-exosomes-skin-disorders",
    "kose-2022-exosomes-skin-diseases",
}


def test_article_text_is_the_users_document_minus_the_comment_form(corpus, shared_sources):
    original = (shared_sources / "exosome-article.txt").read_text(encoding="utf-8")
    article = next(d for d in corpus.documents if d.meta.id == ARTICLE)
    assert article.text.rstrip("\n") == original[: original.rindex("\nYour email address")]
    assert "Your email address" not in article.text


def test_article_keeps_its_headings_as_sections(corpus):
    article = next(d for d in corpus.documents if d.meta.id == ARTICLE)
    titles = [section.title for section in article.sections]
    assert titles == ["Introduction and key points", "What is exosome therapy?", "Use in hair regeneration",
                      "Exosome therapy for aesthetics", "How does it work and what to expect?", "References"]


def test_article_references_link_to_every_paper_entry(corpus):
    article = next(d for d in corpus.documents if d.meta.id == ARTICLE)
    assert {reference.id for reference in article.meta.references} == PAPERS
    assert {d.meta.id for d in corpus.documents} == PAPERS | {ARTICLE}


def test_paper_entries_record_their_basis_and_citation_only_entries_state_no_findings(corpus):
    basis = {d.meta.id: d.meta.basis for d in corpus.documents}
    assert basis["skinmed-exosomes-androgenetic-alopecia"] == "citation only"
    assert basis["cells-2023-exosomes-skin-disorders"] == "citation only"
    assert {basis[p] for p in PAPERS - {"skinmed-exosomes-androgenetic-alopecia",
                                        "cells-2023-exosomes-skin-disorders"}} == {"abstract facts"}
    for document in corpus.documents:
        if document.meta.basis == "citation only":
            assert {s.title for s in document.sections} == {"What this entry rests on", "Citation"}
            assert "states none of its findings" in document.text


def test_facts_seen_only_in_secondary_summaries_stay_out(corpus):
    gupta = next(d for d in corpus.documents if d.meta.id == "gupta-2023-systematic-review-hair-restoration")
    for secondary in ("off-label", "cosmetic designation", "tumour", "tumor", "FDA"):
        assert secondary.lower() not in gupta.text.lower()


def test_bibliographic_fields_are_recorded(corpus):
    kose = next(d for d in corpus.documents if d.meta.id == "kose-2022-exosomes-skin-diseases").meta
    assert (kose.journal, kose.year, kose.volume, kose.issue, kose.pages) == (
        "Journal of Cosmetic Dermatology", 2022, "21", "8", "3219-3225")
    assert kose.kind == "narrative review"
    assert SourceMeta.model_fields["basis"].description


def test_claim_reviews_hold_the_evidence_for_every_clinic_marketing_claim_of_the_regression_set(corpus):
    """The regression set's marketing copy and clinic claims come from what clinics say, not from the reviews,
    and each names its gold evidence (`must_quote`): every such passage is the evidence of a claim review."""
    claims = [case for case in load_regression_set(DEFAULT_SET).cases
              if case.category in ("marketing", "clinic_claim") and case.must_quote]
    assert len(claims) >= 10
    evidence = [item.quote for review in corpus.reviews for item in review.evidence]
    uncovered = [f"{case.id}: {case.must_quote!r}" for case in claims
                 if not any(case.must_quote in quote for quote in evidence)]
    assert uncovered == [], "no claim review quotes the evidence of:\n" + "\n".join(uncovered)


def test_every_review_quote_stands_verbatim_at_its_offsets(corpus, source_texts):
    for review in corpus.reviews:
        for evidence in review.evidence:
            assert source_texts[evidence.source_id][evidence.start:evidence.end] == evidence.quote
        markers = {int(n) for n in re.findall(r"\[(\d+)\]", review.explanation)}
        assert markers <= set(range(1, len(review.evidence) + 1))


def test_no_ledger_phrasing_nearly_copies_a_regression_question():
    """The regression set measures how the engine generalises: a question the ledger already holds word for
    word (or nearly) measures nothing. Editorial phrasings and classifier examples must be the editors' own."""

    def plain(text: str) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", text.lower()))

    questions = [plain(case.question) for case in load_regression_set(DEFAULT_SET).cases]
    corpus = PROJECT_ROOT / "corpus"
    phrasings = [text for entry in yaml.safe_load((corpus / "claims.yaml").read_text())
                 for text in [entry["claim"], *entry.get("paraphrases", []), *entry.get("questions", []),
                              *entry.get("opposites", [])]]
    phrasings += [text for entry in yaml.safe_load((corpus / "gaps.yaml").read_text()) for text in entry["questions"]]
    phrasings += [text for texts in yaml.safe_load((corpus / "claim-types.yaml").read_text()).values()
                  for text in texts]
    copies = [(phrasing, question) for phrasing in map(plain, phrasings) for question in questions
              if difflib.SequenceMatcher(None, phrasing, question).ratio() >= NEAR_COPY]
    assert not copies, f"{len(copies)} ledger phrasings nearly copy regression questions, e.g. {copies[:3]}"


def test_every_review_and_gap_the_verdict_policy_names_is_in_the_ledger():
    corpus = PROJECT_ROOT / "corpus"
    policy = yaml.safe_load((corpus / "verdict-policy.yaml").read_text())
    reviews = {entry["id"] for entry in yaml.safe_load((corpus / "claims.yaml").read_text())}
    gaps = {entry["id"] for entry in yaml.safe_load((corpus / "gaps.yaml").read_text())}
    named_reviews = {policy["symptom_review"]} | {rules["missing_evidence"] for rules in policy["types"].values()
                                                  if "missing_evidence" in rules}
    assert named_reviews <= reviews
    assert policy["other_treatment_gap"] in gaps


def test_a_verdict_policy_that_leaves_a_verdict_without_a_stance_is_refused():
    policy = yaml.safe_load((PROJECT_ROOT / "corpus" / "verdict-policy.yaml").read_text())
    assert PolicyFile.model_validate(policy).stances["informational"] == "explains"
    del policy["stances"]["informational"]
    with pytest.raises(ValidationError, match="no stance for informational"):
        PolicyFile.model_validate(policy)
