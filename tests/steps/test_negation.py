"""Negation by scope (NegEx termsets from negspacy): a cue denies what follows it to the end of its clause."""

from engine.language import (
    denies_knowledge,
    is_negated,
    main_clause,
    negated_at,
    negated_terms,
    not_until_as_when,
    restricting,
    terms_before_negation,
)
from index.topic import Lexicon


def test_only_what_follows_the_cue_in_its_clause_is_denied():
    inside, outside = negated_terms("They aren't cells, they're tiny vesicles.")
    assert inside == {"cell"} and {"tiny", "vesicl"} <= outside


def test_a_sentence_without_a_cue_asserts_everything():
    assert negated_terms("The treatment is still experimental.") == (
        frozenset(), frozenset({"treatment", "still", "experimental"}))


def test_stopping_something_denies_it_and_a_second_cue_undoes_the_first():
    assert is_negated("You should stop NSAIDs before the session.", {"nsaid"})
    assert not is_negated("Exosomes do not stop hair loss.", {"hair", "loss"})


def test_keeping_away_from_something_denies_it_as_stopping_it_does():
    assert is_negated("Stay off Advil for four days after the session.", {"advil"})
    assert is_negated("Keep away from NSAIDs before the session.", {"nsaid"})
    assert not is_negated("The effect wears off after a year.", {"effect"})
    assert is_negated("Take a break from ibuprofen before the session.", {"ibuprofen"})
    assert is_negated("Ibuprofen should be paused before the session.", {"ibuprofen"})


def test_a_trailing_cue_denies_what_came_before():
    assert is_negated("Data on the safety of injectable exosomes is still lacking.", {"safety"})


def test_saying_something_is_not_realistic_or_will_not_happen_denies_it():
    assert {"quick", "result"} <= negated_terms("Quick results aren't realistic.")[0]
    assert {"regrowth"} <= negated_terms("Full regrowth in a month won't happen.")[0]
    assert not negated_terms("Quick results are realistic.")[0]


def test_free_denies_only_the_word_it_is_joined_to():
    inside, outside = negated_terms("Stem-cell exosomes are sold as cell-free regenerative medicine.")
    assert inside == {"cell"} and {"sold", "regenerative"} <= outside


def test_not_risk_free_undoes_the_free():
    assert negated_terms("Exosome injections are not risk-free.") == (frozenset(), frozenset({"exosome", "inject",
                                                                                                "risk"}))


def test_in_the_passive_and_as_off_limits_stopping_denies_what_came_before():
    assert is_negated("Should NSAIDs be stopped before the session?", {"nsaid"})
    assert is_negated("Are NSAIDs off-limits before the session?", {"nsaid"})


def test_what_a_clause_names_before_its_negation_is_its_subject():
    assert terms_before_negation("Exosome hair results have not been shown to be permanent.") == frozenset(
        {"exosome", "hair", "result"})
    assert terms_before_negation("Exosomes are safe.") == frozenset()


def test_denying_that_something_is_known_is_not_denying_that_it_is_so():
    assert denies_knowledge("It hasn't been shown that exosomes cause serious side effects.")
    assert denies_knowledge("Its long-term safety remains uncertain.")
    assert not denies_knowledge("Exosomes don't cause serious side effects.")


def test_evidence_that_is_needed_or_limited_is_evidence_that_is_not_there():
    assert is_negated("Rigorous clinical trials are needed to confirm it works.", {"trial"})
    assert is_negated("Challenges include limited clinical trials.", {"trial"})
    assert denies_knowledge("Human trials in aesthetic use are limited.")
    # A need that is not for evidence denies nothing.
    assert negated_terms("A consultation is needed before treatment.")[0] == frozenset()


def test_instead_of_and_rather_than_deny_what_follows():
    assert is_negated("Donor exosomes are used instead of the patient's own blood.", {"blood"})


def test_what_a_claim_concedes_first_is_not_what_it_asserts():
    assert main_clause("While early studies are promising, rigorous trials are needed.") == \
        "rigorous trials are needed."


def test_few_denies_but_a_few_and_quite_a_few_do_not():
    assert "trial" in negated_terms("Few trials have tested it")[0]
    assert "trial" in negated_terms("A few trials have tested it")[1]
    assert "trial" in negated_terms("Quite a few trials have tested it")[1]


def test_chat_negations_without_an_apostrophe_still_deny():
    assert is_negated("so they wont take any of my blood right", {"blood"})
    assert is_negated("you cant eat before", {"eat"})


def test_advice_against_an_action_denies_it_and_turns_a_denied_action_into_advice():
    assert is_negated("Eating before the session is not recommended.", {"eating"})
    inside, outside = negated_terms("Skipping breakfast before the procedure isn't recommended.")
    assert "breakfast" in outside and "breakfast" not in inside


def test_even_opening_an_adjunct_ends_the_negation_but_even_before_a_verb_does_not():
    inside, outside = negated_terms("not safe even on healthy skin")
    assert inside == {"safe"} and {"healthy", "skin"} <= outside
    assert is_negated("it doesn't even work", {"work"})


def test_a_verb_of_stopping_after_is_denies_what_follows_unless_it_is_passive():
    assert is_negated("Is pausing NSAIDs part of the usual advice?", {"nsaid"})
    assert is_negated("NSAIDs should be stopped before the session.", {"nsaid"})


def test_a_cue_with_its_is_still_a_cue_and_holding_a_drug_stops_it():
    assert is_negated("Nobody's going to draw blood for this", {"blood"})
    assert is_negated("Hold your ibuprofen for three days before your visit.", {"ibuprofen"})


def test_a_result_that_does_not_show_until_a_time_is_said_to_show_then():
    assert not_until_as_when("You won't see results for at least six months.") == \
        "You see results for at least six months."
    assert not_until_as_when("You shouldn't expect to see new hair before half a year.") == \
        "You expect to see new hair before half a year."
    # Not doing something for a time is still not doing it.
    assert not_until_as_when("Don't take NSAIDs for at least 72 hours before") == \
        "Don't take NSAIDs for at least 72 hours before"


def test_a_negation_reaching_a_point_of_the_text():
    text = "don't expect it to be totally pain-free"
    assert negated_at(text, text.index("pain-free"))
    assert not negated_at("it is totally pain-free", len("it is totally "))


def test_back_as_in_going_back_to_work_does_not_deny_knowledge():
    assert not denies_knowledge("Zero downtime - you can go right back to work after exosomes")
    assert denies_knowledge("it is not backed by science")


def test_nobody_knowing_is_not_being_known():
    assert denies_knowledge("Nobody knows the long term effects of exosomes yet")


def test_evidence_that_is_still_needed_is_evidence_not_there():
    assert denies_knowledge("We need more clinical studies with proper regulatory guidelines.")
    assert denies_knowledge("Their role in treating hair loss still needs to be more conclusive.")
    assert not denies_knowledge("You need three sessions to see results.")


def test_a_concession_without_its_comma_ends_where_the_question_starts():
    assert main_clause("even if it dont regrow anything will exosomes at least stop my shedding?") == \
        "will exosomes at least stop my shedding?"
    assert main_clause("Even if results take 6 months is it worth it?") == "is it worth it?"


def test_a_negation_reaches_every_item_of_a_list():
    assert "protocol" in negated_terms("Exosome therapy lacks clinical evidence, standardized protocols and guideline "
                                       "support.")[0]
    inside, _ = negated_terms("There are no large, peer-reviewed, randomised clinical trials.")
    assert {"large", "randomis", "trial"} <= inside


def test_a_clause_after_a_comma_is_not_an_item_of_a_list():
    assert negated_terms("There's no downtime, results are fast") == (frozenset({"downtime"}),
                                                                       frozenset({"result", "fast"}))
    assert "permanent" not in negated_terms("It's not painful, and the results are permanent")[0]
    # A second "no" opens its own negation rather than undoing the first.
    assert {"fever", "rednes"} <= negated_terms("a little achy tonight, no redness, no fever")[0]


def test_what_a_claim_concedes_after_its_main_clause_is_not_what_it_asserts():
    assert main_clause("Exosomes regrow hair even though large trials are lacking") == "Exosomes regrow hair"


def test_only_restricts_a_claim_unless_denied_or_describing_a_noun():
    only = Lexicon(["only", "exclusively"])
    assert [found.group(0) for found in restricting("exosomes can only be injected", only)] == ["only"]
    assert restricting("it is not only for men", only) == []
    assert restricting("the only side effects are at the injection site", only) == []


def test_a_bound_on_a_number_denies_nothing():
    assert not negated_terms("Exosomes stay for no less than six to eight months.")[0]


def test_the_clinical_termsets_report_phrases_are_plain_denials_in_a_claim():
    # NegEx reads "does not extend into" and "not the cause" in radiology reports as no negation at all.
    assert is_negated("Exosomes do not cause any side effects.", {"side", "effect"})
    assert is_negated("The treatment does not extend the growth phase.", {"growth", "phase"})


def test_a_verb_of_stopping_with_no_object_after_it_denies_what_came_before():
    assert is_negated("Is ibuprofen one of the painkillers I have to stop before the session?", {"ibuprofen"})
    assert is_negated("Which of my medicines should I pause first?", {"medicin"})


def test_evidence_needed_is_evidence_missing_unless_the_need_is_denied():
    assert is_negated("Exosomes need more research.", {"research"})
    assert not is_negated("No more research on exosomes is needed.", {"research"})
    assert not is_negated("Exosomes don't need any more research.", {"research"})
    assert not is_negated("Experts agree no further trials of exosomes are required.", {"trials"})


def test_a_predicate_of_stopping_after_commas_denies_the_subject_and_asserts_what_it_leaves_out():
    inside, outside = negated_terms("Only corticosteroids, not NSAIDs, have to be stopped before the session.")
    assert "corticosteroid" in inside and "nsaid" in outside
    assert is_negated("NSAIDs, such as ibuprofen, should be stopped before the session.", {"nsaid"})


def test_a_dash_set_off_by_spaces_ends_a_negations_clause_but_a_range_does_not():
    assert not is_negated("This is not hypothetical - cells talk through exosomes.", {"cell"})
    assert is_negated("Results do not show at 6 - 9 months.", {"month"})


def test_what_one_stops_or_drops_is_every_object_of_the_verb_but_not_a_clause_after_and():
    assert is_negated("Do I need to drop my ginkgo and the NSAIDs?", {"nsaid"})
    assert is_negated("Stop aspirin, ginkgo and NSAIDs before the session.", {"nsaid"})
    assert not is_negated("Stop NSAIDs and you will heal faster.", {"heal"})
    assert not is_negated("No downtime and visible results.", {"visible", "result"})


def test_what_one_waits_to_take_is_not_taken_till_then():
    assert is_negated("Wait four days after your last session before taking NSAIDs again.", {"nsaid"})
    assert is_negated("Do I need to wait four days to take NSAIDs?", {"nsaid"})
    assert not is_negated("I will take NSAIDs after the session.", {"nsaid"})


def test_neither_nor_and_rather_than_after_a_denial_deny_again():
    inside, _ = negated_terms("Neither exosomes nor exosome serums have FDA approval.")
    assert {"serum", "fda", "approval"} <= inside
    assert is_negated("Exosome products are not regulated rather than FDA-approved.", {"fda"})


def test_taking_a_drug_up_again_after_a_time_says_it_was_stopped_till_then():
    assert is_negated("You can resume NSAIDs four days after your last session.", {"nsaid"})
    assert not is_negated("You can resume NSAIDs whenever you like.", {"nsaid"})


def test_a_verb_with_its_own_object_after_and_is_no_more_thing_stopped():
    assert not is_negated("Stop NSAIDs for 72 hours and eat a good breakfast.", {"breakfast"})


def test_a_denial_that_describes_leaves_the_words_before_it_asserted():
    assert "fda" not in terms_before_negation("Our FDA-approved treatment regrows hair with zero downtime.")
    assert "result" in terms_before_negation("Results have not been shown to be permanent.")


def test_a_need_to_stop_something_is_no_need_for_evidence_however_certain_the_words_after_it():
    inside, _ = negated_terms("You need to stop taking certain medications before the visit.")
    assert {"medic", "taking"} <= inside


def test_examples_set_off_by_a_comma_are_stopped_with_what_they_exemplify():
    inside, _ = negated_terms("Avoid blood thinners, for instance aspirin, before the session.")
    assert "aspirin" in inside
    inside, outside = negated_terms("Exosomes are studied widely, such as in mice.")
    assert not inside and "mice" in outside
