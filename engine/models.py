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
    journal: str | None = Field(default=None, description="Journal, when the source is a paper.")
    year: int | None = Field(default=None, description="Year of publication, when known.")
    kind: SourceKind = Field(description="What sort of work the source is.")
    basis: Basis = Field(description="What the corpus text of the source rests on: its full text, "
                         "facts from its abstract, or its citation only.")
    section: str = Field(description="Section of the source the quote stands in.")
    quote: str = Field(description="Exact substring of the source text.")
    start: int = Field(ge=0, description="Offset of the quote's first character in the source text.")
    end: int = Field(ge=0, description="Offset just past the quote's last character.")


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    question: str = Field(description="The input exactly as received.")
    verdict: Verdict = Field(description="Judgement of the claim or question against the sources.")
    answer: str = Field(description="One to four short sentences for a lay reader, direct answer first, "
                        "with [n] markers pointing at citations.")
    citations: list[Citation] = Field(default_factory=list, description="Quoted evidence, numbered from 1.")
    safety: list[SafetyFlag] = Field(default_factory=list, description="Safety concerns found in the input.")
    mode: Mode = Field(description="extractive: built from the sources' own sentences; llm: written by a "
                       "language model and checked sentence by sentence against the cited passages.")
    review_id: str | None = Field(default=None, description="Editorial claim review the verdict comes from.")
    index_version: str = Field(description="Index version the answer was drawn from.")
