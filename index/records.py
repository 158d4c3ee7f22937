"""Schemas of what the corpus declares and what the index stores."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SourceKind = Literal[
    "consumer article", "literature review", "systematic review", "narrative review", "unknown"
]
Basis = Literal["full text", "abstract facts", "citation only"]
# The basis of an entry that records a citation and states none of the work's findings.
CITATION_ONLY: Basis = "citation only"
Verdict = Literal[
    "supported", "partly_supported", "unproven", "contradicted",
    "informational", "not_covered", "out_of_scope",
]
JudgedVerdict = Literal["supported", "partly_supported", "unproven", "contradicted"]
ClaimType = Literal["efficacy", "safety", "regulatory", "onset", "duration", "dose", "procedure", "mechanism",
                    "comparison", "logistics"]

SOURCE_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,80}$"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Reference(Frozen):
    id: str = Field(pattern=SOURCE_ID_PATTERN, description="Id of the cited source's corpus entry.")
    cited_as: str = Field(min_length=1, description="The reference line exactly as the document prints it.")


# Chroma metadata holds no lists: a source's authors are stored joined by this.
AUTHOR_SEPARATOR = "; "


class SourceMeta(Frozen):
    """Front matter of one corpus document."""

    id: str = Field(pattern=SOURCE_ID_PATTERN, description="Stable id, lowercase words joined by hyphens.")
    title: str = Field(min_length=1, description="Title of the work.")
    kind: SourceKind = Field(description="What sort of work this is.")
    basis: Basis = Field(description="What the corpus text rests on: the work's own full text, "
                         "facts from its abstract, or its citation only.")
    authors: tuple[str, ...] = Field(default=(), description="Authors in published order.")
    journal: str | None = Field(default=None, description="Journal or publisher.")
    year: int | None = Field(default=None, ge=1900, le=2100, description="Year of publication.")
    volume: str | None = Field(default=None, description="Journal volume.")
    issue: str | None = Field(default=None, description="Journal issue.")
    pages: str | None = Field(default=None, description="Page range.")
    published: date | None = Field(default=None, description="Exact date of first publication.")
    url: str | None = Field(default=None, description="Where the work can be read.")
    headings: tuple[str, ...] = Field(default=(), description="Plain-text documents: lines that are headings.")
    lead_section: str = Field(default="Overview", description="Section name for text before the first heading.")
    references: tuple[Reference, ...] = Field(default=(), description="Works this document cites.")


class Evidence(Frozen):
    """One exact quote from one source, located by character offsets."""

    source_id: str = Field(description="Id of the quoted source.")
    quote: str = Field(description="Exact substring of the source text.")
    start: int = Field(ge=0, description="Offset of the quote's first character in the source text.")
    end: int = Field(ge=0, description="Offset just past the quote's last character.")
    section: str = Field(description="Section of the source the quote stands in.")


class ClaimReview(Frozen):
    """An editorial verdict on one claim patients meet, with its quoted evidence."""

    id: str = Field(pattern=SOURCE_ID_PATTERN, description="Stable id of the review.")
    claim: str = Field(min_length=1, description="The claim as a plain statement.")
    paraphrases: tuple[str, ...] = Field(default=(), description="Other ways the same claim is put.")
    questions: tuple[str, ...] = Field(default=(), description="Open questions this review answers.")
    opposites: tuple[str, ...] = Field(default=(), description="The claim's opposite put without a negation "
                                       "(\"you should eat before\" for \"you should fast\"): judged with the "
                                       "negated verdict.")
    describes_paper: str | None = Field(default=None, description="The cited paper (source id) whose own record "
                                       "(journal, year, kind of paper) this review states: it answers a claim that "
                                       "names that paper and describes it, and judges no other claim.")
    defining: tuple[str, ...] = Field(default=(), description="Specifics ('kind: tag') of which a claim must "
                                      "state at least one to take this review's verdict.")
    verdict: JudgedVerdict = Field(description="Verdict on the claim as stated.")
    negated_verdict: JudgedVerdict | None = Field(
        default=None, description="Verdict on the claim's negation, where it is not simply the reverse.")
    restricted_verdict: JudgedVerdict | None = Field(
        default=None, description="Verdict on the claim restricted to what it names (\"only from stem cells\"), "
        "where the quotes name others besides; without it, a claim said of all is withdrawn.")
    explanation: str = Field(min_length=1, description="Plain-language explanation with [n] markers "
                             "that number the evidence in order.")
    evidence: tuple[Evidence, ...] = Field(min_length=1, description="Quotes the verdict rests on.")
    topic: str = Field(min_length=1, description="Short topic name, listed when a question is not covered.")
    type: ClaimType = Field(description="What sort of claim this is; the verdict policy is set per type.")
    reviewed: date = Field(description="Date an editor last checked the verdict against the sources.")

    def verdict_for(self, negated: bool) -> JudgedVerdict:
        if not negated:
            return self.verdict
        if self.negated_verdict is not None:
            return self.negated_verdict
        # Denying what the sources partly support ("exosomes aren't safe", "they don't help wounds heal") is not
        # itself shown.
        return {"supported": "contradicted", "contradicted": "supported",
                "partly_supported": "unproven"}.get(self.verdict, self.verdict)


class TypeExample(Frozen):
    """One example sentence of a claim type, for the claim-type classifier."""

    id: str = Field(description="Stable id: the type and the example's position.")
    type: ClaimType = Field(description="The claim type the sentence is an example of.")
    text: str = Field(min_length=1, description="The example sentence.")


class Manifest(Frozen):
    """What the live index was built from; checked before the engine trusts it."""

    version: str = Field(description="Content hash naming this index version.")
    corpus_hash: str = Field(description="Hash of the passages and claim reviews.")
    model: str = Field(description="Embedding model the vectors come from.")
    dimension: int = Field(description="Length of each vector.")
    pipeline: int = Field(description="Version of the passage-splitting and storage scheme.")
    query_model_sha256: str = Field(
        default="", description="sha256 of the ONNX export that embeds questions; empty in versions built "
        "before pipeline 3, which the pipeline check refuses anyway.")
    passage_count: int = Field(description="Passages in this version.")
    sentence_count: int = Field(description="Sentences in this version.")
    phrasing_count: int = Field(description="Claim-review phrasings in this version.")
    built_at: str = Field(description="UTC time the version went live.")
    previous_version: str | None = Field(default=None, description="Version it replaced, kept for rollback.")


class CoverageGap(Frozen):
    """A topic patients ask about that the sources do not address, declared so it is never guessed at."""

    id: str = Field(pattern=SOURCE_ID_PATTERN, description="Stable id of the gap.")
    topic: str = Field(min_length=1, description="What the sources do not address, as a short phrase.")
    type: ClaimType = Field(description="What sort of question this topic is.")
    questions: tuple[str, ...] = Field(min_length=1, description="Ways patients ask about it.")
    specifics: tuple[str, ...] = Field(default=(), description="Specifics ('kind: tag') that make a claim about "
                                       "this topic when no review judged them.")
