"""The regression set: questions written from the corpus, what each answer must do, and the floors per split."""

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from engine.models import SafetyFlag
from index.records import Verdict
from ingest.errors import describe_validation_error

Category = Literal["plain", "paraphrase", "marketing", "negation", "typo", "one_word", "two_questions",
                   "not_covered", "off_topic", "urgent", "personal_decision", "prompt_injection",
                   "clinic_claim", "forum", "rambling", "multi_part", "embedded_instruction"]
Split = Literal["dev", "heldout"]
SPLITS: tuple[Split, ...] = ("dev", "heldout")
ClaimType = Literal["efficacy", "safety", "regulatory", "onset", "duration", "dose", "procedure", "mechanism",
                    "comparison", "logistics", "none"]
DECLINING: frozenset[str] = frozenset({"not_covered", "out_of_scope"})
AGREEING: frozenset[str] = frozenset({"supported", "partly_supported"})
CEILINGS: frozenset[str] = frozenset({"wrong_polarity"})
"""Metrics that count failures: a run must stay at or under their limit, where other metrics must reach theirs."""


class RegressionSetError(ValueError):
    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")


class FeedbackOrigin(BaseModel):
    """What a patient was shown and said, for a case drafted from their feedback."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    feedback_id: str = Field(description="Id of the stored feedback.")
    rating: Literal["up", "down"] = Field(description="The patient's thumb.")
    comment: str | None = Field(default=None, description="The patient's words, if any.")
    verdict: Verdict = Field(description="The verdict the patient was shown.")
    answer: str = Field(description="The answer text the patient was shown.")
    index_version: str = Field(description="Index version of that answer.")


class RegressionCase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Stable name of the case.")
    split: Split = Field(description="dev: tuned on; heldout: never used for tuning, reported apart.")
    draft: bool = Field(default=False, description="Written from feedback and not yet labelled by QA.")
    category: Category | None = Field(default=None, description="Which kind of input the case stands for.")
    wording: Literal["project", "real_world"] = Field(default="project", description="Written by this project, "
                                                      "or taken from how people and clinics really write.")
    page: str | None = Field(default=None, pattern=r"^https?://\S+$", description="Address of the public page the "
                             "wording was taken from.")
    claim_type: ClaimType | None = Field(default=None, description="What sort of claim the question makes.")
    question: str = Field(min_length=1, description="What the patient types.")
    verdict: tuple[Verdict, ...] = Field(default=(), description="Acceptable verdicts.")
    must_cite: tuple[str, ...] = Field(default=(), description="Acceptable sources: at least one must be cited, "
                                       "and every citation must come from one of them.")
    must_mention: tuple[str, ...] = Field(default=(), description="Facts the answer text must state.")
    must_not_mention: tuple[str, ...] = Field(default=(), description="Phrases the answer text must not contain.")
    must_quote: str | None = Field(default=None, description="Exact phrase of the gold evidence that one of the "
                                   "first three citations must contain.")
    safety: tuple[SafetyFlag, ...] = Field(default=(), description="Exactly the safety flags the answer must carry.")
    from_feedback: FeedbackOrigin | None = Field(default=None, description="The feedback a draft was written from.")

    @field_validator("verdict", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _complete_unless_draft(self):
        if not self.draft and (not self.verdict or self.category is None):
            raise ValueError(f"case {self.id} needs a verdict and a category")
        if self.category == "clinic_claim" and self.page is None:
            raise ValueError(f"case {self.id} is a clinic claim: give the address of its page in `page`")
        return self

    @property
    def labelled(self) -> bool:
        return bool(self.verdict) and self.category is not None

    @property
    def expects_decline(self) -> bool:
        return set(self.verdict) <= DECLINING


class Thresholds(BaseModel):
    """Floors (a value must reach them) and ceilings (a count must not exceed them); unset ones are off."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    verdict_accuracy: float | None = Field(default=None, ge=0, le=1, description="Share of cases with an "
                                           "acceptable verdict.")
    citation_validity: float | None = Field(default=None, ge=0, le=1, description="Share of citations whose quote "
                                            "stands exactly at its offsets in the source it names.")
    citation_on_list: float | None = Field(default=None, ge=0, le=1, description="Share of citations from a "
                                           "source the case accepts.")
    safety_flag_recall: float | None = Field(default=None, ge=0, le=1, description="Share of expected safety "
                                             "flags raised.")
    evidence_recall_at_3: float | None = Field(default=None, ge=0, le=1, description="Share of must_quote found "
                                               "in the first three citations.")
    must_mention_recall: float | None = Field(default=None, ge=0, le=1, description="Share of must_mention facts "
                                              "stated.")
    wrong_polarity: int | None = Field(default=None, ge=0, description="Most cases allowed to agree where the "
                                       "sources do not establish the claim, or contradict where they back it.")

    def limits(self) -> dict[str, float | int]:
        return {name: value for name, value in self.model_dump().items() if value is not None}


class SplitThresholds(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    dev: Thresholds
    heldout: Thresholds


class RegressionSet(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    thresholds: SplitThresholds
    cases: tuple[RegressionCase, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self):
        ids = [case.id for case in self.cases]
        repeated = sorted({case_id for case_id in ids if ids.count(case_id) > 1})
        if repeated:
            raise ValueError(f"case ids used twice: {', '.join(repeated)}")
        return self


def load_regression_set(path: Path) -> RegressionSet:
    """The set, refusing drafts that QA has not labelled yet, by name."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegressionSetError(path, "no such file") from None
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise RegressionSetError(path, f"not valid YAML ({error.__class__.__name__})") from None
    try:
        regression_set = RegressionSet.model_validate(raw)
    except ValidationError as error:
        raise RegressionSetError(path, describe_validation_error(error)) from None
    unlabelled = [case.id for case in regression_set.cases if not case.labelled]
    if unlabelled:
        raise RegressionSetError(path, f"draft cases without an expected verdict and category: "
                                 f"{', '.join(unlabelled)}; label them, then remove `draft: true`")
    return regression_set
