"""The one answer contract shared by the CLI, the API, the UI and the QA runner."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from index.records import Basis, SourceKind, Verdict

SafetyFlag = Literal["urgent_care", "personal_advice", "prompt_injection"]
Mode = Literal["extractive", "llm"]


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True)

    n: int = Field(ge=1, description="The number the answer's [n] markers refer to.")
    source_id: str = Field(description="Corpus id of the quoted source.")
    title: str = Field(description="Title of the quoted source.")
    authors: tuple[str, ...] = Field(default=(), description="Authors of the quoted source in published order, "
                                     "when it is a paper.")
    journal: str | None = Field(default=None, description="Journal, when the source is a paper.")
    year: int | None = Field(default=None, description="Year of publication, when known.")
    kind: SourceKind = Field(description="What sort of work the source is.")
    basis: Basis = Field(description="What the corpus text of the source rests on: its full text, "
                         "facts from its abstract, or its citation only.")
    section: str = Field(description="Section of the source the quote stands in.")
    quote: str = Field(description="Exact substring of the source text.")
    start: int = Field(ge=0, description="Offset of the quote's first character in the source text.")
    end: int = Field(ge=0, description="Offset just past the quote's last character.")


class SpecificsCompared(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: str = Field(description="Kind of specific: outcome, route, absolute, comparator, time, ...")
    claim: list[str] = Field(description="What the claim says of this kind.")
    review: list[str] = Field(description="What the review judged of this kind.")
    lined_up: bool = Field(description="Whether the claim says nothing of this kind that the review did not judge.")


class EvidenceScore(BaseModel):
    model_config = ConfigDict(frozen=True)

    entry_id: str = Field(description="Claim review or coverage gap, or the passage a sentence comes from.")
    text: str = Field(description="The phrasing or sentence compared with the part.")
    score: float = Field(description="Combined meaning-and-words score (reviews) or cosine similarity (sentences).")


class PartTrace(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The part as read after normalising the message.")
    kind: str = Field(description="claim, yes_no (a claim asked as a question), open (a question asking for "
                      "information) or symptom (a report of the person's own symptoms).")
    claim_type: str | None = Field(default=None, description="Claim type chosen by the classifier.")
    type_votes: dict[str, float] = Field(default_factory=dict, description="Share of the classifier's vote per type.")
    specifics: list[str] = Field(default_factory=list, description="Checkable specifics found in the part.")
    candidates: list[EvidenceScore] = Field(default_factory=list, description="Closest reviews and gaps, best first.")
    review_id: str | None = Field(default=None, description="Review or gap the verdict rests on.")
    compared: list[SpecificsCompared] = Field(default_factory=list, description="Specifics compared with the review.")
    negated: bool = Field(default=False, description="Whether the part denies what the review's phrasing asserts.")
    evidence: list[EvidenceScore] = Field(default_factory=list, description="Retrieved sentences with their scores.")
    rule: str = Field(description="The policy rule that decided the verdict.")
    verdict: Verdict = Field(description="The verdict for this part.")


class Trace(BaseModel):
    model_config = ConfigDict(frozen=True)

    normalised: str = Field(description="The message after spelling, synonyms and numbers were normalised.")
    parts: list[PartTrace] = Field(default_factory=list, description="Each claim and question, answered in turn.")
    rule: str = Field(description="How the parts' verdicts became the answer's verdict.")


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    question: str = Field(description="The input exactly as received.")
    verdict: Verdict = Field(description="Judgement of the claim or question against the sources.")
    # False by default so that answers stored before the field existed (issued answers awaiting feedback,
    # QA baselines) still load; the engine always sets it.
    asked: bool = Field(default=False, description="The message asks whether its claim holds (a yes/no "
                        "question, with or without its question mark), so the verdict reads as an answer to it "
                        "('Yes.' / 'No.'); False for a statement or an open question. Read from the parts that "
                        "decide the verdict (trace.parts[*].kind is yes_no).")
    answer: str = Field(description="One to four short sentences for a lay reader, direct answer first, "
                        "with [n] markers pointing at citations.")
    citations: list[Citation] = Field(default_factory=list, description="Quoted evidence, numbered from 1.")
    safety: list[SafetyFlag] = Field(default_factory=list, description="Safety concerns found in the input.")
    mode: Mode = Field(description="extractive: built from the sources' own sentences; llm: written by a "
                       "language model and checked sentence by sentence against the cited passages.")
    review_id: str | None = Field(default=None, description="Editorial claim review the verdict comes from.")
    index_version: str = Field(description="Index version the answer was drawn from.")
    trace: Trace | None = Field(default=None, description="How the verdict was reached: the parts, their claim "
                                "types, the specifics compared, the evidence with its scores and the rule applied.")
