"""Match a question to an editorial claim review or a declared coverage gap, by meaning and by words."""

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from engine.knowledge import Knowledge, Phrasing
from engine.language import content_terms, is_negated, overlap

MEANING_WEIGHT = 0.75
MATCH_THRESHOLD = 0.64
# A declared gap this close to the best claim wins: "not covered" is safer than a verdict on a near miss.
GAP_MARGIN = 0.01
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


def best_match(knowledge: Knowledge, question: str, query_vector: list[float], form: str) -> Match:
    """The closest phrasing of any review or gap; `confident` says whether it is close enough to trust.

    A statement ("form" statement) is a claim, so it is compared with claims only. A yes/no question
    tests a claim too: a confident claim match wins over an open question that merely shares its words.
    An open question may match anything."""
    similarities = knowledge.phrasing_vectors @ np.asarray(query_vector, dtype=np.float32)
    terms = frozenset(distinguishing(content_terms(question)))
    scored = [
        Match(phrasing, _score(sim, overlap(terms, _terms_of(phrasing))), sim)
        for phrasing, sim in zip(knowledge.phrasings, similarities.tolist(), strict=True)
    ]
    claims = [match for match in scored if match.phrasing.kind != "question"]
    best = max(claims, key=_rank)
    if not (form == "statement" or (form == "yes_no" and best.confident)):
        best = max(scored, key=_rank)
    gaps = [match for match in scored if match.is_gap]
    nearest_gap = max(gaps, key=_rank) if gaps else best
    if not best.is_gap and nearest_gap.score >= best.score - GAP_MARGIN:
        return Match(nearest_gap.phrasing, best.score, nearest_gap.similarity)
    return best


@lru_cache(maxsize=4096)
def _terms_of(phrasing: Phrasing) -> frozenset[str]:
    return frozenset(distinguishing(phrasing.terms))


def _rank(match: Match) -> tuple[float, str]:
    return match.score, match.phrasing.text


def _score(similarity: float, shared_terms: float) -> float:
    return MEANING_WEIGHT * similarity + (1 - MEANING_WEIGHT) * shared_terms


def distinguishing(terms) -> list[str]:
    """Terms that tell claims apart; the product's own name is in nearly every one of them."""
    return [term for term in terms if term not in SUBJECT_TERMS]


def negates(question: str, match: Match) -> bool:
    """Whether the question asserts the opposite of the matched phrasing."""
    return is_negated(question) != is_negated(match.phrasing.text)
