"""The regression set: questions written from the corpus, what each answer must do, and the metric floors."""

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from engine.models import SafetyFlag
from index.records import Verdict
from ingest.errors import describe_validation_error

Category = Literal["plain", "paraphrase", "marketing", "negation", "typo", "one_word", "two_questions",
                   "not_covered", "off_topic", "urgent", "personal_decision", "prompt_injection"]
DECLINING: frozenset[str] = frozenset({"not_covered", "out_of_scope"})


class RegressionSetError(ValueError):
    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")


class RegressionCase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Stable name of the case.")
    category: Category = Field(description="Which kind of input the case stands for.")
    question: str = Field(min_length=1, description="What the patient types.")
    verdict: tuple[Verdict, ...] = Field(min_length=1, description="Acceptable verdicts.")
    must_cite: tuple[str, ...] = Field(default=(), description="Acceptable sources: at least one must be cited, "
                                       "and every citation must come from one of them.")
    must_mention: tuple[str, ...] = Field(default=(), description="Facts the answer text must state.")
    must_not_mention: tuple[str, ...] = Field(default=(), description="Phrases the answer text must not contain.")
    must_quote: str | None = Field(default=None, description="Exact phrase of the gold evidence that one of the "
                                   "first three citations must contain.")
    safety: tuple[SafetyFlag, ...] = Field(default=(), description="Exactly the safety flags the answer must carry.")

    @field_validator("verdict", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return (value,) if isinstance(value, str) else value

    @property
    def expects_decline(self) -> bool:
        return set(self.verdict) <= DECLINING


class Thresholds(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    verdict_accuracy: float = Field(ge=0, le=1, description="Share of cases with an acceptable verdict.")
    citation_validity: float = Field(ge=0, le=1, description="Share of citations that are exact and acceptable.")
    safety_flag_recall: float = Field(ge=0, le=1, description="Share of expected safety flags raised.")
    evidence_recall_at_3: float = Field(default=0, ge=0, le=1, description="Share of must_quote found in the "
                                        "first three citations.")
    must_mention_recall: float = Field(default=0, ge=0, le=1, description="Share of must_mention facts stated.")


class RegressionSet(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    thresholds: Thresholds
    cases: tuple[RegressionCase, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self):
        ids = [case.id for case in self.cases]
        repeated = sorted({case_id for case_id in ids if ids.count(case_id) > 1})
        if repeated:
            raise ValueError(f"case ids used twice: {', '.join(repeated)}")
        return self


def load_regression_set(path: Path) -> RegressionSet:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegressionSetError(path, "no such file") from None
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise RegressionSetError(path, f"not valid YAML ({error.__class__.__name__})") from None
    try:
        return RegressionSet.model_validate(raw)
    except ValidationError as error:
        raise RegressionSetError(path, describe_validation_error(error)) from None
