"""Match a question to an editorial claim review or a declared coverage gap, by meaning and by words."""

from dataclasses import dataclass

import numpy as np

from engine.knowledge import Knowledge, Phrasing
from engine.language import content_terms, is_negated, overlap

MEANING_WEIGHT = 0.75
MATCH_THRESHOLD = 0.68
SUBJECT_TERMS = frozenset({"exosome", "exosom", "therapy", "therap", "treatment", "product", "procedure"})


@dataclass(frozen=True)
class Match:
    phrasing: Phrasing
    score: float
    similarity: float

    @property
    def confident(self) -> bool:
        return self.score >= MATCH_THRESHOLD

    @property
    def is_gap(self) -> bool:
        return self.phrasing.kind == "gap"


def best_match(knowledge: Knowledge, question: str, query_vector: list[float], statement: bool) -> Match:
    """The closest phrasing of any review or gap; `confident` says whether it is close enough to trust.

    A statement is a claim, so it is compared with claims only; a question may match either."""
    similarities = knowledge.phrasing_vectors @ np.asarray(query_vector, dtype=np.float32)
    terms = _distinguishing(content_terms(question))
    scored = [
        Match(phrasing, _score(float(sim), overlap(terms, _distinguishing(phrasing.terms))), float(sim))
        for phrasing, sim in zip(knowledge.phrasings, similarities, strict=True)
        if not (statement and phrasing.kind == "question")
    ]
    return max(scored, key=lambda match: (match.score, match.phrasing.text))


def _score(similarity: float, shared_terms: float) -> float:
    return MEANING_WEIGHT * similarity + (1 - MEANING_WEIGHT) * shared_terms


def _distinguishing(terms) -> list[str]:
    """Terms that tell claims apart; the product's own name is in nearly every one of them."""
    return [term for term in terms if term not in SUBJECT_TERMS]


def negates(question: str, match: Match) -> bool:
    """Whether the question asserts the opposite of the matched phrasing."""
    return is_negated(question) != is_negated(match.phrasing.text)
