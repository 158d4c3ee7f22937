"""Step 3: what sort of claim a part makes (efficacy, safety, regulatory status, onset, duration, dose,
procedure, mechanism, comparison, logistics), by a similarity-weighted vote of its nearest typed examples:
corpus/claim-types.yaml and every phrasing of every claim review and coverage gap, typed by its entry.
The examples are data in the repository and the vote is deterministic, so the classifier is reproducible;
the QA runner measures it on the held-out split."""

import numpy as np

from engine.knowledge import Knowledge
from index.records import ClaimType

NEIGHBOURS = 7


def classify(knowledge: Knowledge, vector: np.ndarray) -> tuple[ClaimType, dict[str, float]]:
    """The most likely type, and each voted type's share of the vote."""
    similarities = knowledge.type_vectors @ vector
    nearest = np.argsort(-similarities, kind="stable")[:NEIGHBOURS]
    votes: dict[str, float] = {}
    for position in nearest:
        claim_type = knowledge.type_examples[position]
        votes[claim_type] = votes.get(claim_type, 0.0) + max(float(similarities[position]), 0.0)
    total = sum(votes.values()) or 1.0
    best = max(sorted(votes), key=lambda claim_type: votes[claim_type])
    return best, {claim_type: round(votes[claim_type] / total, 3) for claim_type in sorted(votes)}
