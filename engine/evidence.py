"""Step 5: the evidence a part could rest on — the editorial claim reviews and coverage gaps closest to it,
by meaning and by shared words, best first (passages and their sentences come from engine.retrieval)."""

from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from engine.knowledge import Knowledge, Phrasing
from engine.language import content_terms, overlap

MEANING_WEIGHT = 0.75
MATCH_THRESHOLD = 0.64
# A declared gap this close to the best claim wins: "not covered" is safer than a verdict on a near miss.
GAP_MARGIN = 0.01
# The closest entries; further ones are kept for a review that judged the claim's own predicate (verdict step).
CANDIDATES = 6
FURTHER = 6
# A match this far ahead of every other entry is the one the text is about, though short or casual wording
# ("do they draw blood?") keeps its score under MATCH_THRESHOLD; it must still reach DISTINCT_FLOOR. An entry that
# quotes the same passage is no rival: it would answer from the same evidence.
DISTINCT_MARGIN = 0.15
DISTINCT_FLOOR = 0.45


@dataclass(frozen=True)
class Match:
    phrasing: Phrasing
    score: float
    similarity: float
    distinct: bool = False
    """Far ahead of every other entry."""

    @property
    def confident(self) -> bool:
        return self.score >= MATCH_THRESHOLD or (self.distinct and self.score >= DISTINCT_FLOOR)

    @property
    def is_gap(self) -> bool:
        return self.phrasing.kind == "gap"

    @property
    def entry_id(self) -> str:
        return self.phrasing.entry_id


def ranked_matches(knowledge: Knowledge, text: str, vector: np.ndarray, subject_terms: frozenset[str],
                   include_questions: bool, kept: frozenset[str] = frozenset()) -> list[Match]:
    """The best phrasing of each review and gap, best first. A claim is compared with claims and gaps only:
    an open question that merely shares its words says nothing about whether it is true. `kept`: entries listed
    however far down they rank (the one review that judged a predicate the text states)."""
    similarities = knowledge.phrasing_vectors @ vector
    terms = frozenset(distinguishing(content_terms(text), subject_terms))
    best: dict[str, Match] = {}
    for phrasing, similarity in zip(knowledge.phrasings, similarities.tolist(), strict=True):
        if phrasing.kind == "question" and not include_questions:
            continue
        if phrasing.entry_id in knowledge.reviews and knowledge.reviews[phrasing.entry_id].describes_paper:
            continue  # a paper's own record answers only a claim that describes the paper, by its name
        match = Match(phrasing, _score(similarity, overlap(terms, _terms_of(phrasing, subject_terms))), similarity)
        if phrasing.entry_id not in best or _rank(match) > _rank(best[phrasing.entry_id]):
            best[phrasing.entry_id] = match
    everything = sorted(best.values(), key=_rank, reverse=True)
    ranked = everything[:CANDIDATES + FURTHER] + [match for match in everything[CANDIDATES + FURTHER:]
                                                  if match.entry_id in kept]
    rival = next((match for match in ranked[1:] if not _same_evidence(knowledge, ranked[0], match)), None)
    if len(ranked) > 1 and (rival is None or ranked[0].score - rival.score >= DISTINCT_MARGIN):
        ranked[0] = replace(ranked[0], distinct=True)
    return ranked


def _same_evidence(knowledge: Knowledge, first: Match, second: Match) -> bool:
    """Both are reviews quoting the same passage (one quote inside the other)."""
    reviews = knowledge.reviews
    if first.entry_id not in reviews or second.entry_id not in reviews:
        return False
    return any(mine.quote in theirs.quote or theirs.quote in mine.quote
               for mine in reviews[first.entry_id].evidence for theirs in reviews[second.entry_id].evidence)


def gap_wins(matches: list[Match]) -> Match | None:
    """The nearest coverage gap, when it is confident and within GAP_MARGIN of the best review."""
    gaps = [match for match in matches if match.is_gap]
    if not gaps or not gaps[0].confident:
        return None
    best_review = next((match for match in matches if not match.is_gap), None)
    if best_review is None or gaps[0].score >= best_review.score - GAP_MARGIN:
        return gaps[0]
    return None


@lru_cache(maxsize=4096)
def _terms_of(phrasing: Phrasing, subject_terms: frozenset[str]) -> frozenset[str]:
    return frozenset(distinguishing(phrasing.terms, subject_terms))


def _rank(match: Match) -> tuple[float, str]:
    return match.score, match.phrasing.text


def _score(similarity: float, shared: float) -> float:
    return MEANING_WEIGHT * similarity + (1 - MEANING_WEIGHT) * shared


def distinguishing(terms, subject_terms: frozenset[str]) -> list[str]:
    """Terms that tell claims apart; the subject's own name is in nearly every one of them."""
    return [term for term in terms if term not in subject_terms]
