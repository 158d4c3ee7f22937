"""Step 3, claim type: a vote of the nearest typed examples, reproducible from data in the repository."""

import pytest

from engine.claim_type import classify
from engine.core import _embed_query


@pytest.mark.parametrize(("claim", "claim_type"), [
    ("Our exosomes are FDA cleared", "regulatory"),
    ("You will notice thicker hair after two weeks", "onset"),
    ("How much is one session?", "logistics"),
    ("Exosomes are tiny vesicles released by cells", "mechanism"),
    ("Exosome injections have no side effects", "safety"),
])
def test_claims_get_their_type(engine, claim, claim_type):
    assert classify(engine.knowledge, _embed_query(claim.lower()))[0] == claim_type


def test_the_vote_shares_add_up_to_one(engine):
    _, votes = classify(engine.knowledge, _embed_query("exosomes regrow hair"))
    # Shares under 0.01 are left out, and each is rounded.
    assert abs(sum(votes.values()) - 1) < 0.05


def test_asking_what_the_treatment_can_cause_is_a_safety_question(engine):
    answer = engine.ask("Can exosome injections cause swelling or bruising?", fresh=True)
    assert answer.trace.parts[0].claim_type == "safety"
    assert answer.verdict == "unproven"
