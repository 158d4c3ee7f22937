"""Step 3: what sort of claim a part makes (efficacy, safety, regulatory status, onset, duration, dose,
procedure, mechanism, comparison, logistics). Each type is scored by the mean similarity of its few
nearest examples — corpus/claim-types.yaml and every phrasing of every claim review and coverage gap,
typed by its entry — so a type with many examples (efficacy) does not outvote one with few. The examples
are data in the repository and the scoring is deterministic, so the classifier is reproducible; the QA
runner measures it on the held-out split."""

import numpy as np

from engine.knowledge import Knowledge
from index.records import ClaimType

NEIGHBOURS_PER_TYPE = 3
# Scores are turned into shares by a softmax this sharp: a type a little closer wins most of the share.
SHARPNESS = 20.0


def classify(knowledge: Knowledge, vector: np.ndarray) -> tuple[ClaimType, dict[str, float]]:
    """The most likely type, and each type's share of the score."""
    similarities = knowledge.type_vectors @ vector
    types = np.asarray(knowledge.type_examples)
    scores = {}
    for claim_type in sorted(set(knowledge.type_examples)):
        own = np.sort(similarities[types == claim_type])[::-1][:NEIGHBOURS_PER_TYPE]
        scores[claim_type] = float(own.mean())
    weights = {claim_type: np.exp(SHARPNESS * (score - max(scores.values()))) for claim_type, score in scores.items()}
    total = sum(weights.values())
    shares = {claim_type: round(float(weight / total), 3) for claim_type, weight in weights.items()}
    best = max(sorted(scores), key=lambda claim_type: scores[claim_type])
    return best, {claim_type: share for claim_type, share in shares.items() if share >= 0.01}
