"""Load the editorial claim reviews and pin every evidence quote to its place in its source."""

from datetime import date
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from index.records import ClaimReview, ClaimType, CoverageGap, Evidence, JudgedVerdict, TypeExample
from index.sentences import CITATION_MARKER
from index.topic import load_topic
from ingest.errors import CorpusError, describe_validation_error
from ingest.readers import SourceDocument


class _QuoteEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source_id: str
    quote: str = Field(min_length=10)


class _ReviewEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    topic: str
    type: ClaimType
    reviewed: date
    claim: str
    paraphrases: list[str] = []
    questions: list[str] = []
    opposites: list[str] = []
    defining: list[str] = []
    describes_paper: str | None = None
    verdict: JudgedVerdict
    negated_verdict: JudgedVerdict | None = None
    restricted_verdict: JudgedVerdict | None = None
    explanation: str
    evidence: list[_QuoteEntry] = Field(min_length=1)


def load_coverage_gaps(path: Path) -> tuple[CoverageGap, ...]:
    gaps = []
    for position, raw in enumerate(_read_entries(path), start=1):
        try:
            gaps.append(CoverageGap.model_validate(raw))
        except ValidationError as error:
            raise CorpusError(path, f"entry #{position}: {describe_validation_error(error)}") from None
    if len({gap.id for gap in gaps}) != len(gaps):
        raise CorpusError(path, "two entries share an id")
    return tuple(gaps)


def load_type_examples(path: Path) -> tuple[TypeExample, ...]:
    raw = _read_editorial(path)
    if not isinstance(raw, dict):
        raise CorpusError(path, "expected a mapping from claim type to example sentences")
    try:
        return tuple(TypeExample(id=f"{claim_type}-{n}", type=claim_type, text=text)
                     for claim_type, texts in raw.items() for n, text in enumerate(texts, start=1))
    except (ValidationError, TypeError) as error:
        problem = describe_validation_error(error) if isinstance(error, ValidationError) else "malformed entry"
        raise CorpusError(path, problem) from None


def check_topic(corpus_dir: Path, reviews: tuple[ClaimReview, ...], gaps: tuple[CoverageGap, ...]) -> None:
    """The topic, policy and safety files are read by the engine; a mistake in them, or a review or gap
    naming a specific the topic does not define, is found at ingest."""
    try:
        topic = load_topic(corpus_dir)
    except FileNotFoundError as error:
        raise CorpusError(Path(error.filename), "missing: this editorial file is required") from None
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise CorpusError(corpus_dir, f"a topic file is not readable YAML ({error.__class__.__name__})") from None
    except ValidationError as error:
        raise CorpusError(corpus_dir, f"topic files: {describe_validation_error(error)}") from None
    defined = {f"{kind}: {tag}" for kind, tags in topic.words.specifics.items() for tag in tags}
    if topic.words.comparison_tag is not None and topic.words.comparison_tag not in defined:
        raise CorpusError(corpus_dir, f"topic.yaml: comparison_tag names a specific it does not define: "
                                      f"{topic.words.comparison_tag}")
    if unknown_kinds := sorted(set(topic.words.identity_kinds) - set(topic.words.specifics)):
        raise CorpusError(corpus_dir, f"topic.yaml: identity_kinds names a kind it does not define: {unknown_kinds[0]}")
    if unknown_kinds := sorted(set(topic.policy.places) - set(topic.words.specifics)):
        raise CorpusError(corpus_dir, f"verdict-policy.yaml: places names a kind topic.yaml does not define: "
                                      f"{unknown_kinds[0]}")
    if unknown := sorted(set(topic.policy.harms) - defined):
        raise CorpusError(corpus_dir, f"verdict-policy.yaml: harms names a specific topic.yaml does not define: "
                                      f"{unknown[0]}")
    for claim_type, type_policy in topic.policy.types.items():
        if unknown := sorted(set(type_policy.shown_by_research) - defined):
            raise CorpusError(corpus_dir, f"verdict-policy.yaml: {claim_type}'s shown_by_research names a specific "
                                          f"topic.yaml does not define: {unknown[0]}")
    for entry in (*reviews, *gaps):
        named = getattr(entry, "defining", ()) + getattr(entry, "specifics", ())
        if unknown := sorted(set(named) - defined):
            raise CorpusError(corpus_dir, f"'{entry.id}' names a specific topic.yaml does not define: {unknown[0]}")


def load_claim_reviews(path: Path, documents: dict[str, SourceDocument]) -> tuple[ClaimReview, ...]:
    entries = _read_entries(path)
    reviews, seen = [], set()
    for position, entry in enumerate(entries, start=1):
        review = _validate(path, position, entry, documents)
        if review.id in seen:
            raise CorpusError(path, f"claim review id '{review.id}' is used twice")
        seen.add(review.id)
        reviews.append(review)
    return tuple(reviews)


def _read_entries(path: Path) -> list:
    entries = _read_editorial(path)
    if not isinstance(entries, list) or not entries:
        raise CorpusError(path, "expected a list of entries")
    return entries


def _read_editorial(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError(path, "missing: this editorial file is required") from None
    except UnicodeDecodeError:
        raise CorpusError(path, "not UTF-8 text") from None
    except yaml.YAMLError as error:
        raise CorpusError(path, f"malformed YAML: {getattr(error, 'problem', error)}") from None


def _validate(path: Path, position: int, raw: object, documents: dict[str, SourceDocument]) -> ClaimReview:
    label = raw.get("id", f"#{position}") if isinstance(raw, dict) else f"#{position}"
    try:
        entry = _ReviewEntry.model_validate(raw)
        if entry.describes_paper is not None and entry.describes_paper not in documents:
            raise ValueError(f"describes_paper names unknown source '{entry.describes_paper}'")
        evidence = tuple(_locate(quote, documents) for quote in entry.evidence)
        _check_markers(entry.explanation, len(evidence))
        return ClaimReview(
            **entry.model_dump(exclude={"evidence", "paraphrases", "questions", "opposites", "defining"}),
            defining=tuple(entry.defining),
            paraphrases=tuple(entry.paraphrases),
            questions=tuple(entry.questions),
            opposites=tuple(entry.opposites),
            evidence=evidence,
        )
    except ValidationError as error:
        raise CorpusError(path, f"claim review '{label}': {describe_validation_error(error)}") from None
    except ValueError as error:
        raise CorpusError(path, f"claim review '{label}': {error}") from None


def _locate(entry: _QuoteEntry, documents: dict[str, SourceDocument]) -> Evidence:
    document = documents.get(entry.source_id)
    if document is None:
        raise ValueError(f"evidence names unknown source '{entry.source_id}'")
    start = document.text.find(entry.quote)
    if start == -1:
        raise ValueError(f"quote not found verbatim in '{entry.source_id}': {entry.quote[:60]!r}")
    return Evidence(
        source_id=entry.source_id,
        quote=entry.quote,
        start=start,
        end=start + len(entry.quote),
        section=document.section_at(start),
    )


def _check_markers(explanation: str, evidence_count: int) -> None:
    numbers = {int(n) for n in CITATION_MARKER.findall(explanation)}
    if not numbers:
        raise ValueError("explanation cites no evidence: add [n] markers")
    if bad := sorted(n for n in numbers if not 1 <= n <= evidence_count):
        raise ValueError(f"explanation cites [{bad[0]}], but there are {evidence_count} evidence quotes")
