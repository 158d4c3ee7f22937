"""Step 6, verdict policy: a review's verdict holds only for a claim whose specifics line up with it."""

import pytest

AGREEING = {"supported", "partly_supported"}


def part_of(answer):
    return answer.trace.parts[0]


@pytest.mark.parametrize(("claim", "verdict", "review"), [
    # A promise sooner than the sources' minimum ("at least 6–9 months") is contradicted.
    ("You'll see new hair in three weeks", "contradicted", None),
    # An outcome no review judged withdraws the closest review's verdict.
    ("Exosomes boost collagen and erase wrinkles", "unproven", None),
    # A comparison the sources never make is not established.
    ("Exosomes work faster than PRP", "unproven", None),
    # Registration is not approval: the FDA review does not judge it.
    ("Our exosomes are made in an FDA-registered lab", "unproven", None),
    # A specific of a declared gap is not covered.
    ("Exosome therapy is approved in Europe", "not_covered", "other-regulators"),
])
def test_unmatched_specifics_decide_or_withdraw_the_verdict(engine, claim, verdict, review):
    answer = engine.ask(claim, fresh=True)
    assert answer.verdict == verdict
    if review:
        assert part_of(answer).review_id == review


def test_a_negation_flips_the_verdict_only_when_it_denies_what_the_review_asserts(engine):
    assert engine.ask("Exosome therapy is not FDA approved", fresh=True).verdict == "supported"
    assert engine.ask("They aren't cells, they're tiny vesicles", fresh=True).verdict == "supported"
    assert engine.ask("Exosome injections are not painless", fresh=True).verdict == "supported"


def test_a_claim_closest_to_a_reviews_opposite_takes_the_opposite_verdict(engine):
    answer = engine.ask("Can I take ibuprofen right after my exosome shots?", fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "nsaid-pause"


def test_parts_that_disagree_give_the_most_cautious_verdict(engine):
    answer = engine.ask("Topical exosomes are safe. Exosomes are FDA approved.", fresh=True)
    assert [part.verdict for part in answer.trace.parts] == ["supported", "contradicted"]
    assert answer.verdict == "contradicted"


def test_the_trace_names_the_specifics_compared_and_the_rule(engine):
    part = part_of(engine.ask("Exosomes regrow hair in women and are risk-free", fresh=True))
    assert part.claim_type and part.rule
    assert any(not compared.lined_up for compared in part.compared)


def test_a_word_that_denies_another_reads_as_its_negation(engine):
    # "not dangerous" is "safe"; "hurt" is "not painless".
    assert engine.ask("Topical exosomes are not dangerous on intact skin.", fresh=True).verdict == "supported"
    assert engine.ask("Do exosome injections hurt?", fresh=True).verdict == "supported"


def test_a_time_frame_the_agreeing_evidence_states_lines_up(engine):
    # The NSAID review's evidence says 72 hours before and four days after; a claim naming them agrees.
    answer = engine.ask("I was told to avoid aspirin for four days after my last session, correct?", fresh=True)
    assert answer.verdict == "supported" and part_of(answer).review_id == "nsaid-pause"


def test_a_claim_that_something_is_not_shown_agrees_with_a_review_that_found_it_unproven(engine):
    # The subject ("results") stands before the negation; what is denied is "permanent".
    assert engine.ask("Exosome hair results have not been shown to be permanent.", fresh=True).verdict == "supported"
    assert engine.ask("It hasn't been shown that exosome therapy causes serious side effects.",
                      fresh=True).verdict == "supported"
    # Denying the thing itself is not denying that it is known: still unproven.
    assert engine.ask("Exosomes don't cause serious side effects.", fresh=True).verdict == "unproven"


def test_negation_is_read_on_the_specific_both_texts_name(engine):
    # "have breakfast" and the review's "don't eat" both name eating: the claim denies "don't eat".
    for claim in ("Is it fine to have breakfast before my exosome session?",
                  # The only word both share is "appointment", outside the review's "don't eat".
                  "Can I have a meal before my exosome appointment?"):
        answer = engine.ask(claim, fresh=True)
        assert answer.verdict == "supported" and part_of(answer).review_id == "food-and-hydration"


def test_a_review_that_shares_only_an_argument_or_an_outcome_does_not_agree(engine):
    # PRP is only what both compare with; "more potent" is judged by no review.
    assert engine.ask("Exosomes are more potent than PRP.", fresh=True).verdict not in AGREEING
    # Inflammation is named by many claims; an intravenous route and systemic effects by no review.
    assert engine.ask("Exosomes can be given intravenously to reduce inflammation all over the body.",
                      fresh=True).verdict not in AGREEING


def test_a_claim_made_of_what_several_reviews_each_judged_takes_their_most_cautious_verdict(engine):
    # Vesicles and their cargo (supported), made by stem cells (partly supported).
    answer = engine.ask("Exosomes are vesicles made by stem cells that carry proteins and lipids between cells.",
                        fresh=True)
    assert answer.verdict == "partly_supported" and "several reviews" in part_of(answer).rule
    # A part no review backs keeps the claim from being agreed with.
    assert engine.ask("Exosomes are vesicles from stem cells that cure baldness.", fresh=True).verdict == "unproven"


def test_a_claim_beside_a_topic_the_sources_do_not_address_is_partly_supported_when_its_judged_part_is(engine):
    answer = engine.ask("Exosome products are not FDA-approved or Health Canada-approved.", fresh=True)
    assert answer.verdict == "partly_supported" and part_of(answer).review_id == "fda-approval"
    # Alone, the other regulator is a topic the sources do not address, asserted or denied.
    assert engine.ask("Exosomes are approved in Europe.", fresh=True).verdict == "not_covered"
    assert engine.ask("Exosomes are not approved in Europe.", fresh=True).verdict == "not_covered"


def test_a_false_part_beside_a_topic_the_sources_do_not_address_makes_the_claim_false(engine):
    # The price is not addressed (gaps.yaml: cost); FDA approval is contradicted.
    answer = engine.ask("Exosomes are FDA approved and only $500 a session.", fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "fda-approval"
    assert engine.ask("A session costs $1,500 at most clinics.", fresh=True).verdict == "not_covered"


def test_a_claim_that_the_evidence_is_missing_agrees_with_the_sources(engine):
    answer = engine.ask("Research hasn't confirmed that exosomes help acne scars.", fresh=True)
    assert answer.verdict == "supported"


@pytest.mark.parametrize("question", [
    "Honestly there is zero research behind exosome facials.",
    "exosome hair treatments have never been studied, not even once",
])
def test_a_claim_that_no_evidence_exists_at_all_is_not_agreed_with_as_not_proven(engine, question):
    # The sources report studies (preclinical ones, and one in people), though they call the evidence limited.
    assert engine.ask(question, fresh=True).verdict == "contradicted"


def test_a_negation_under_another_withdraws_the_verdict_rather_than_flip_it(engine):
    # "No proof that they don't work" says nothing about whether they work.
    assert engine.ask("There's no proof that exosomes don't work.", fresh=True).verdict not in AGREEING
    # A double negative is one: "no need to stop" NSAIDs is "keep taking them".
    assert engine.ask("No need to stop anti-inflammatories before exosome treatment.",
                      fresh=True).verdict == "contradicted"


@pytest.mark.parametrize(("question", "verdict"), [
    # The sources say "minor discomfort": a lot of pain is what they exclude, a little is what they state.
    ("do exosome injections in the scalp hurt a lot?", "contradicted"),
    ("does exosome therapy hurt a little?", "supported"),
])
def test_a_claim_asserting_what_the_evidence_excludes_is_contradicted(engine, question, verdict):
    assert engine.ask(question, fresh=True).verdict == verdict


def test_the_hair_timeline_of_the_sources_does_not_judge_a_promise_about_the_skin(engine):
    answer = engine.ask("In 7 days you will see a noticeable change in your skin.", fresh=True)
    assert answer.verdict == "unproven"
    assert engine.ask("In 7 days you will see a noticeable change in your hair.", fresh=True).verdict \
        == "contradicted"



def test_a_claim_about_drawing_blood_is_judged_by_the_review_of_drawing_blood(engine):
    answer = engine.ask("is it true there's no blood draw with exosomes, unlike PRP?", fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == ("supported", "blood-drawn")


def test_a_time_frame_is_compared_with_the_minimum_only_when_it_is_about_results(engine):
    # Side effects that clear in two days are not results promised in two days.
    answer = engine.ask("After exosome hair injections, redness and mild swelling go away within 2 days.", fresh=True)
    assert answer.verdict != "contradicted"


def test_saying_more_trials_are_needed_does_not_deny_what_a_study_found(engine):
    answer = engine.ask("While early studies are promising, rigorous clinical trials are needed to confirm the "
                        "long-term safety and effectiveness of exosomes for hair.", fresh=True)
    assert answer.verdict in AGREEING


def test_a_personal_question_is_about_the_situation_its_background_names(engine):
    answer = engine.ask("I'm still nursing my 6 month old. Is an exosome facial ok for me right now?", fresh=True)
    assert answer.verdict == "not_covered"
    assert "personal_advice" in answer.safety


def test_a_named_product_is_a_topic_the_sources_do_not_address(engine):
    answer = engine.ask("Is ELEVAI better than Kimera exosomes for hair?", fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == ("not_covered", "clinics-and-brands")


def test_a_time_frame_wholly_before_the_minimum_is_contradicted_and_one_that_straddles_it_is_withdrawn(engine):
    # Against "at least 6–9 months": 6 to 8 weeks is too soon, and so is a range that ends at 6 months;
    # 3 to 9 months is partly too soon.
    assert engine.ask("Exosome hair results show in 6 to 8 weeks.", fresh=True).verdict == "contradicted"
    assert engine.ask("New hair from exosome shots shows up within 3 to 6 months.", fresh=True).verdict == \
        "contradicted"
    assert engine.ask("New hair from exosome shots shows up within 3 to 9 months.", fresh=True).verdict == "unproven"
    assert engine.ask("Exosome hair results take 9 to 12 months to show.", fresh=True).verdict != "contradicted"

def test_a_no_needs_the_same_footing_as_a_yes(engine):
    # Sharing only "patients" with the review of how many trials there are is not a claim about that.
    answer = engine.ask("Exosomes for hair have shown very promising early results in individual patients.",
                        fresh=True)
    assert answer.verdict != "contradicted"


def test_benefits_without_the_risks_is_a_promise_of_safety(engine):
    answer = engine.ask("Exosome therapy offers stem cell benefits without the risks.", fresh=True)
    assert answer.verdict == "unproven"


def test_a_claim_that_adds_a_time_frame_the_sources_do_not_give_is_partly_supported(engine):
    # The sources say "minor discomfort and tenderness", and give no duration.
    answer = engine.ask("After exosome injections your scalp may feel a little tender for 24 hours.", fresh=True)
    assert answer.verdict == "partly_supported"
    assert "the time frame it gives" in answer.answer


def test_a_promise_of_results_sooner_than_the_minimum_is_never_partly_right(engine):
    assert engine.ask("Exosomes make your hair grow back thicker in 6 weeks.", fresh=True).verdict == "contradicted"


def test_a_part_with_nothing_to_check_does_not_decide_a_message_that_makes_claims(engine):
    answer = engine.ask("Two things my clinic told me, true or not? 1) exosomes are FDA approved 2) they come from "
                        "stem cells", fresh=True)
    assert answer.verdict == "contradicted"
    assert len(answer.trace.parts) == 3


def test_being_cells_is_not_coming_from_them(engine):
    assert engine.ask("Exosomes are not cells themselves.", fresh=True).verdict == "supported"
    # The evidence says vesicles: a claim that they are cells is contradicted whatever else it gets right.
    assert engine.ask("Exosomes are tiny vesicles and a type of stem cell that helps wounds heal.", fresh=True
                      ).verdict == "contradicted"
    assert engine.ask("Exosomes come from stem cells.", fresh=True).verdict == "partly_supported"


def test_clinically_proven_is_contradicted_by_the_trials_that_failed_to_show_it(engine):
    # "Various clinical trials ... failed to conclusively show its efficacy": proven in people is contradicted;
    # that it works at all is not established.
    assert engine.ask("Exosomes are clinically shown to regrow hair.", fresh=True).verdict == "contradicted"
    assert engine.ask("Exosome therapy works for thinning hair.", fresh=True).verdict == "unproven"


def test_what_exosomes_carry_and_between_whom_is_what_the_sources_say_they_are(engine):
    assert engine.ask("Exosomes act as messengers that carry RNA and proteins between cells.", fresh=True
                      ).verdict == "supported"


def test_rounds_of_treatment_are_sessions_the_sources_do_not_count(engine):
    answer = engine.ask("how many rounds of exosomes will I need before I notice a difference?", fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == ("not_covered", "number-of-sessions")


@pytest.mark.parametrize(("question", "verdict", "review"), [
    # Excedrin is aspirin, an NSAID: "it" stands for it, and the sources say to stop NSAIDs 72 hours before.
    ("I take Excedrin most days. Is it fine to keep taking it until my exosome appointment tomorrow?",
     "contradicted", "nsaid-pause"),
    # A regulator outside the United States is a topic the sources do not address.
    ("The Dubai Health Authority oversees exosome therapy, so it is safe.", "not_covered", "other-regulators"),
])
def test_drug_brands_and_regulators_are_read_from_the_topic_lexicon(engine, question, verdict, review):
    answer = engine.ask(question, fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == (verdict, review)


@pytest.mark.parametrize(("claim", "verdict"), [
    # The sources call a role in the hair cycle a potential one: a claim that says no more is partly right.
    ("Exosomes have the potential to regrow hair.", "partly_supported"),
    ("Exosomes are being studied for shifting follicles from the resting phase into the growth phase.",
     "partly_supported"),
    # Tested, evaluated or examined for it: under study in other words.
    ("Exosomes are being evaluated for regrowing hair.", "partly_supported"),
    # Stated as a result, the same is not established.
    ("Exosomes are proven to regrow hair.", "unproven"),
    # A possibility the sources contradict is still contradicted.
    ("Exosome products may soon be FDA approved, and in fact already are.", "contradicted"),
])
def test_a_claim_put_as_a_possibility_under_study_is_right_about_as_much_as_it_says(engine, claim, verdict):
    assert engine.ask(claim, fresh=True).verdict == verdict


def test_a_review_of_another_type_does_not_deny_a_claim_on_words_alone(engine):
    # The regulation review quotes "safe and effective use"; it does not say whether the treatment is effective.
    answer = engine.ask("Is exosome therapy effective?", fresh=True)
    assert answer.verdict == "unproven"
    assert part_of(answer).review_id != "regulation"


def test_a_review_of_serious_harm_judges_only_claims_of_serious_harm(engine):
    assert part_of(engine.ask("Exosome injections cause serious side effects", fresh=True)).review_id == "serious-harm"
    assert part_of(engine.ask("Does exosome therapy have side effects?", fresh=True)).review_id != "serious-harm"


def test_a_promise_sooner_than_the_minimum_is_contradicted_whichever_review_comes_closest(engine):
    # The review of judging results after a year comes closest by meaning, and agrees that results take time;
    # the promise of results within 3 to 6 months is still sooner than "at least 6–9 months".
    answer = engine.ask("The exosomes stay in your scalp for months and you'll see the results within 3 to 6 months.",
                        fresh=True)
    assert answer.verdict == "contradicted"


@pytest.mark.parametrize(("promise", "verdict"), [
    # Being cells is excluded by the sources' "vesicles", however the cells are described.
    ("Exosomes are living stem cells that grow new follicles.", "contradicted"),
    # A promise ("for good") is agreed with only by a review that judged it, never by several put together.
    ("Exosome therapy stops all hair loss for good.", "unproven"),
    # Clinical trials in people failed to show efficacy and safety conclusively: a claim of proof in trials is false.
    ("Exosomes were shown in large trials to be safe and effective.", "contradicted"),
    # Too soon, whatever type of claim it reads as and whatever else it promises beside.
    ("Most patients see full regrowth within 8 weeks.", "contradicted"),
    ("No downtime at all with exosome injections, and results in 2 weeks.", "contradicted"),
    # A false part makes the claim false, whatever else it promises.
    ("Exosomes are FDA approved and have no downtime.", "contradicted"),
    # The consequence a clinic draws is a claim of its own.
    ("Our exosomes are processed under FDA standards, so they are FDA approved.", "contradicted"),
])
def test_a_clinics_false_promise_is_never_agreed_with(engine, promise, verdict):
    assert engine.ask(promise, fresh=True).verdict == verdict


@pytest.mark.parametrize("statement", [
    # "Yet" as an adverb does not end the negation of "nobody".
    "Nobody knows yet which patients benefit most from exosomes.",
    # "Cause" is a verb here, not chat's "because" starting a reason.
    "Exosome injections might cause mild tenderness.",
    # The review of discomfort judged this sensation, so a weaker match by meaning still reaches it.
    "Expect some minor discomfort and tenderness after the injections.",
    # "Too early to say" denies that it is known, and reports no one's words.
    "It is too early to say whether exosomes are safe in the long run.",
])
def test_what_the_sources_say_is_never_denied(engine, statement):
    assert engine.ask(statement, fresh=True).verdict in AGREEING


def test_a_claim_with_a_predicate_of_its_own_is_not_taken_by_a_gap_it_states_nothing_of(engine):
    # "Combined with" defines the gap on combining treatments; "better than minoxidil" is a comparison.
    answer = engine.ask("does exosome therapy work better than minoxidil?", fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == ("unproven", "best-treatment")
    assert engine.ask("Can I combine exosomes with minoxidil?", fresh=True).verdict == "not_covered"


def test_a_claim_that_one_treatment_beats_another_is_a_comparison_whatever_it_resembles(engine):
    part = part_of(engine.ask("Exosomes regrow hair better than PRP.", fresh=True))
    assert (part.claim_type, part.verdict) == ("comparison", "unproven")
    # The sources name no best treatment, so that none is shown to be better is what they say.
    assert engine.ask("Exosomes have not been shown to work better than PRP for hair growth.",
                      fresh=True).verdict == "supported"


def test_a_claim_about_another_treatment_alone_is_not_covered(engine):
    answer = engine.ask("With PRP for thinning hair, most patients see thicker hair within a year.", fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == ("not_covered", "other-treatments")
    # Named beside the subject, the other treatment is what the subject is compared with.
    assert engine.ask("Exosomes regrow hair better than PRP.", fresh=True).verdict == "unproven"


def test_saying_exosomes_were_never_tested_in_people_is_wrong_but_saying_trials_are_few_is_right(engine):
    # The article names clinical trials in humans and a systematic review found one clinical study in people.
    assert engine.ask("There are no human studies on exosomes for hair at all, only rats.", fresh=True).verdict \
        == "contradicted"
    assert engine.ask("Few human trials have tested exosomes for hair loss.", fresh=True).verdict == "supported"
    # "Quite a few" says there are many.
    assert engine.ask("Quite a few human trials have tested exosomes for hair loss.", fresh=True).verdict \
        == "contradicted"


def test_a_review_that_judged_the_claims_amount_may_judge_it_at_a_weaker_match(engine):
    answer = engine.ask("Is 200 billion exosomes enough?", fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == ("supported", "quantity")


@pytest.mark.parametrize("claim", [
    "Exosomes are tiny vesicles released by 95% of cells.",
    "95% of patients regrow hair with exosomes.",
])
def test_a_number_no_review_gives_is_neither_agreed_with_nor_denied(engine, claim):
    answer = engine.ask(claim, fresh=True)
    assert answer.verdict in ("unproven", "not_covered") and "number" in part_of(answer).rule


def test_a_time_frame_a_close_review_agrees_with_is_not_a_promise_of_early_results(engine):
    # The sources say a hair cycle lasts three months: that is not "results in three months".
    assert engine.ask("each hair growth cycle is around 3 months long", fresh=True).verdict == "supported"
    assert engine.ask("You'll see thicker hair in 3 months.", fresh=True).verdict == "contradicted"


def test_a_time_frame_other_than_the_one_a_review_judged_is_not_partly_right(engine):
    # The sources say 72 hours before and four days after.
    answer = engine.ask("You only need to skip NSAIDs on the day of your treatment.", fresh=True)
    assert answer.verdict not in AGREEING


def test_a_review_of_another_type_agrees_only_on_a_predicate_both_state(engine):
    # The safety review speaks of cancer as a risk; treating cancer is another claim.
    assert engine.ask("Exosome therapy can treat skin cancer.", fresh=True).verdict not in AGREEING


def test_a_question_that_only_adds_something_with_too_is_not_judged_on_its_own(engine):
    answer = engine.ask("they said stop all NSAIDs 3 days before - guess that means my aspirin too?", fresh=True)
    assert answer.verdict != "contradicted"
    assert [part.kind for part in answer.trace.parts][-1] == "open"


def test_a_part_stating_only_numbers_in_a_message_about_an_uncovered_topic_is_not_covered(engine):
    answer = engine.ask("When can I exercise after exosome injections? The clinic says 24 hrs but my trainer says "
                        "to wait 3 days.", fresh=True)
    assert answer.verdict == "not_covered"
    assert {part.review_id for part in answer.trace.parts} == {"aftercare-activities"}
    assert len(answer.trace.parts) >= 2
    # A part that states no number at all is judged on its own.
    answer = engine.ask("Exosomes are found in saliva. Why does my clinic charge $900 for them?", fresh=True)
    assert [part.verdict for part in answer.trace.parts] == ["supported", "not_covered"]


def test_a_promise_that_is_put_as_proof_is_judged_as_proof(engine):
    # "proved", "well established": the lexicon reads them as claims of proof, which no agreeing review judged.
    assert engine.ask("A 2022 review proved exosomes are effective and safe for alopecia.",
                      fresh=True).verdict not in AGREEING
    assert engine.ask("Long-term safety and results of exosome skin treatment are well established.",
                      fresh=True).verdict not in AGREEING


def test_a_false_predicate_is_false_whenever_the_claim_says_it_applies(engine):
    # The sources advise staying hydrated before the procedure and judge no time frame for it.
    assert engine.ask("Don't eat or drink anything for 12 hours before your exosome session.",
                      fresh=True).verdict == "contradicted"


def test_a_two_word_promise_is_judged_but_a_two_word_topic_is_not(engine):
    assert engine.ask("Zero risk.", fresh=True).verdict == "unproven"
    assert engine.ask("side effects?", fresh=True).verdict == "informational"


@pytest.mark.parametrize("claim", [
    "There's zero evidence exosomes do anything for hair, it's pure scam.",
    "Are plant-derived exosomes as good as stem cell ones?",
    "We use only premium exosomes from a leading Swiss brand.",
])
def test_absolutes_equal_comparisons_and_brands_no_review_judged_are_not_agreed_with(engine, claim):
    assert engine.ask(claim, fresh=True).verdict not in AGREEING


def test_other_health_conditions_and_medicines_are_a_topic_the_sources_do_not_address(engine):
    answer = engine.ask("I take warfarin every day. Is it okay for me to get exosome injections?", fresh=True)
    assert answer.verdict == "not_covered" and "personal_advice" in answer.safety
    assert engine.ask("Exosome injections are safe for diabetics.", fresh=True).verdict == "not_covered"
    # Skin disorders are what the sources say exosomes are studied for: a claim to treat one is not established.
    assert engine.ask("Exosomes cure eczema.", fresh=True).verdict == "unproven"


def test_a_review_far_ahead_of_the_rest_that_judged_the_claims_predicate_judges_it(engine):
    # The clinic's sentence never names the treatment; the preparation review is the only one about eating.
    answer = engine.ask("Please arrive well hydrated and after a good breakfast.", fresh=True)
    assert answer.verdict == "supported" and part_of(answer).review_id == "food-and-hydration"


@pytest.mark.parametrize(("message", "verdict"), [
    # True statements in the forms patients and prep sheets use.
    ("Nobody's going to stick a needle in my arm to draw blood for exosomes, right?", "supported"),
    ("Hold your ibuprofen for three days before your exosome visit.", "supported"),
    ("You won't see visible results from exosome hair treatment for at least six to nine months.", "supported"),
    ("isnt a hair cycle like 3 months long?", "supported"),
    ("My clinic claimed their exosomes are FDA approved for hair loss. That's not true, is it?", "supported"),
    ("You may feel minor discomfort where the exosomes go in, so don't expect it to be totally pain-free.",
     "supported"),
    ("Don't come in on an empty stomach; eat a solid breakfast before your exosome session.", "supported"),
    ("eat first?", "supported"),
    # ... and the false ones they answer.
    ("Exosome injections are totally pain-free.", "contradicted"),
    ("fda approved?", "contradicted"),
])
def test_true_statements_are_not_read_as_false_whatever_their_form(engine, message, verdict):
    assert engine.ask(message, fresh=True).verdict == verdict


@pytest.mark.parametrize(("message", "verdict"), [
    # The article's own hedge: exosomes are believed to be present 6–8 months after the final treatment.
    ("Exosomes are thought to stick around for at least 6 to 8 months after your last treatment.", "supported"),
    # Said as a fact, it is partly right (the review's verdict), wherever the treated area is.
    ("Exosomes stay in the scalp for 6 to 8 months after the last session.", "partly_supported"),
    # Every specific is one the review judged, and the review judged nothing more.
    ("Isn't it just injected into the scalp, same idea as PRP?", "supported"),
])
def test_what_the_sources_say_in_their_own_terms(engine, message, verdict):
    assert engine.ask(message, fresh=True).verdict == verdict


def test_a_review_that_shares_only_arguments_with_a_claim_does_not_agree_with_it(engine):
    # The review of hair regrowth by injection judged a predicate this claim does not state.
    assert engine.ask("Exosome hair therapy doesn't involve any injections at all.",
                      fresh=True).verdict not in AGREEING


def test_a_clinic_sentence_about_tenderness_or_a_blood_sample_is_in_the_domain(engine):
    assert engine.ask("Mild tenderness in the treated area is to be expected.", fresh=True).verdict != "out_of_scope"
    assert engine.ask("You won't be giving a blood sample for the exosome procedure, correct?",
                      fresh=True).verdict == "supported"


@pytest.mark.parametrize(("message", "verdict"), [
    # Right after falls inside the four days after the session that NSAIDs are paused for.
    ("Is it true I can take Advil right after my exosome injections?", "contradicted"),
    ("You'll notice thicker hair right after your first exosome session.", "contradicted"),
    # The one clinical study judges claims about a study, not a promise to the reader.
    ("A clinical study found exosomes made hair denser.", "supported"),
])
def test_time_frames_as_spans_and_a_review_about_a_study(engine, message, verdict):
    assert engine.ask(message, fresh=True).verdict == verdict


def test_a_promise_of_thicker_hair_is_not_agreed_with_by_what_one_study_found(engine):
    assert engine.ask("Exosomes will give you thicker hair.", fresh=True).verdict not in AGREEING


@pytest.mark.parametrize(("message", "verdict"), [
    # The sources: the methods of isolation and sourcing are variable.
    ("Exosome products vary widely from one maker to the next.", "supported"),
    ("Every exosome product is made to one uniform standard.", "contradicted"),
    ("Inconsistent isolation methods and limited clinical trials hold exosome skincare back.", "supported"),
])
def test_products_that_vary_are_not_standardised(engine, message, verdict):
    assert engine.ask(message, fresh=True).verdict == verdict


@pytest.mark.parametrize("promise", [
    # A clause that promises results is too soon on its own, whatever the clause beside it says.
    "Stop ibuprofen for 3 days before and your hair will be back within a month.",
    "A hair cycle is 3 months, so you'll see full results in 3 months.",
])
def test_a_promise_of_early_results_in_one_clause_is_false(engine, promise):
    assert engine.ask(promise, fresh=True).verdict == "contradicted"


def test_a_claim_that_adds_a_promise_to_what_a_review_judged_is_not_agreed_with(engine):
    assert engine.ask("Exosome injections are given just like PRP and work twice as well.",
                      fresh=True).verdict not in AGREEING
    assert engine.ask("Exosome injections are given just like PRP and they also fix thinning eyebrows, frown "
                      "lines and acne scars overnight.", fresh=True).verdict not in AGREEING


@pytest.mark.parametrize("claim", ["Stop NSAIDs 1 day before the session.",
                                   "Stop taking aspirin 12 hours before your exosome session.",
                                   # The time frame after lines up; the one before is still too short.
                                   "Stop taking NSAIDs at least 48 hours before an exosome session and for four "
                                   "days after the last session."])
def test_less_time_than_the_least_the_sources_give_is_contradicted(engine, claim):
    answer = engine.ask(claim, fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "nsaid-pause"


def test_a_short_time_frame_the_claim_denies_beside_one_that_lines_up_is_not_the_claim(engine):
    assert engine.ask("So the fair time to judge whether exosomes worked on my hair is about a year in, not a few "
                      "weeks?", fresh=True).verdict != "contradicted"


def test_a_claim_that_sets_a_promise_against_the_sources_minimum_does_not_make_the_promise(engine):
    answer = engine.ask("The clinic promised growth in two months, but realistically it's closer to 6-9 months "
                        "before anything is visible, isn't it?", fresh=True)
    assert answer.verdict != "contradicted"
    assert engine.ask("Full regrowth within 3 months.", fresh=True).verdict == "contradicted"


def test_a_review_that_judged_the_claims_time_frame_and_what_its_evidence_is_about_agrees(engine):
    # The review is phrased as judging "results"; its evidence is about new hair growth, after a year.
    answer = engine.ask("The best time to assess new hair growth is at least one year after consistent treatment.",
                        fresh=True)
    assert answer.verdict == "supported" and part_of(answer).review_id == "judge-after-a-year"


def test_a_claim_about_a_part_is_not_denied_by_what_the_sources_say_against_all_or_none(engine):
    # The sources deny "never tested in people"; that does not deny "mostly tested in the lab".
    answer = engine.ask("Exosomes for hair loss have mostly been tested in the lab, not in people.", fresh=True)
    assert answer.verdict == "unproven"
    assert engine.ask("Exosomes have never been tested in people.", fresh=True).verdict == "contradicted"


@pytest.mark.parametrize(("claim", "verdict"), [
    # Saying a benefit is absent is no more shown than saying it is there...
    ("Exosomes don't work for hair loss.", "unproven"),
    # ... but saying it is not shown, or not absolute, is what the sources say.
    ("Exosome injections aren't proven safe.", "supported"),
    ("Exosome injections are not completely safe.", "supported"),
])
def test_denying_an_unproven_benefit_is_unproven_unless_the_denial_is_of_proof_or_an_absolute(engine, claim,
                                                                                                verdict):
    assert engine.ask(claim, fresh=True).verdict == verdict


def test_the_one_review_that_judged_a_claims_predicate_judges_it_though_their_words_differ(engine):
    answer = engine.ask("Mild tenderness in the treated area is to be expected.", fresh=True)
    assert answer.verdict == "supported" and part_of(answer).review_id == "discomfort"


@pytest.mark.parametrize("message", ["can i take tylenol for the soreness after exosomes?",
                                     "My friend says they're government approved over there."])
def test_other_medicines_and_approval_elsewhere_are_topics_the_sources_do_not_address(engine, message):
    assert engine.ask(message, fresh=True).verdict == "not_covered"


@pytest.mark.parametrize("claim", ["Exosome therapy is not safe.", "Exosomes are only for hair, not skin."])
def test_denying_what_the_sources_only_partly_support_is_not_itself_shown(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "unproven"


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Stop NSAIDs the night before your exosome session.", "contradicted"),
    ("Don't take aspirin the day before your session.", "supported"),
])
def test_a_pause_that_starts_too_late_is_contradicted_but_a_moment_inside_the_pause_is_not(engine, claim, verdict):
    assert engine.ask(claim, fresh=True).verdict == verdict


def test_a_review_that_gave_the_claims_number_judges_it_before_closer_ones_that_did_not(engine):
    answer = engine.ask("A systematic review found 16 studies on exosomes for hair, but only one was done in people.",
                        fresh=True)
    assert answer.verdict == "supported" and any("16 studies" in citation.quote for citation in answer.citations)


@pytest.mark.parametrize("claim", [
    "Exosome hair results take 6 to 9 months to show.",
    "You won't see visible results from exosome hair treatment for at least six to nine months.",
    "So realistically I shouldn't expect to see visible new hair before roughly half a year, correct?",
])
def test_saying_results_take_at_least_as_long_as_the_sources_say_is_supported(engine, claim):
    answer = engine.ask(claim, fresh=True)
    assert answer.verdict == "supported"
    assert "at least 6–9 months" in answer.answer


@pytest.mark.parametrize("claim", ["Don't expect new hair at 2 months, it takes way longer than that.",
                                   "You will see results in 3 months."])
def test_a_time_before_the_least_the_sources_give_is_not_the_time_they_give(engine, claim):
    answer = engine.ask(claim, fresh=True)
    denied = claim.startswith("Don't")
    assert answer.verdict == ("supported" if denied else "contradicted")
    assert part_of(answer).review_id == "results-in-weeks"


@pytest.mark.parametrize(("claim", "verdict"), [
    ("A 2023 systematic review found no significant adverse reactions reported from exosome hair treatment.",
     "supported"),
    ("No known side effects have been reported specifically from exosomes themselves.", "supported"),
    # Having none is a promise the sources only partly back; none being reported is their finding.
    ("Exosomes have no side effects.", "partly_supported"),
])
def test_none_reported_so_far_is_the_sources_finding_and_none_at_all_is_not(engine, claim, verdict):
    assert engine.ask(claim, fresh=True).verdict == verdict


def test_a_promise_beside_a_topic_the_sources_do_not_address_is_unproven(engine):
    answer = engine.ask("Exosome hair therapy requires avoiding sweat for 48 hours but has no visible downtime.",
                        fresh=True)
    assert answer.verdict == "unproven"
    # A comparison is the uncovered topic's own question, not a promise beside it.
    assert engine.ask("Do exosomes work better when combined with PRP?", fresh=True).verdict == "not_covered"


@pytest.mark.parametrize("statement", [
    "Topical exosomes are considered safe in humans on intact skin; however, data on the safety of injectable "
    "exosomes is still lacking.",
    "We need more clinical studies with proper regulatory guidelines for its safe and effective use.",
    "However, various clinical trials that tested exosome therapy on humans failed to conclusively show its efficacy "
    "and safety for treating alopecias.",
    "However, more extensive clinical trials and long-term follow-up studies currently need to be made available to "
    "know for sure.",
    "No known side effects or adverse reactions have been reported specific to using exosomes.",
    "There are currently no FDA-approved exosome products for medical indications.",
    "Stop the consumption of any NSAIDs at least 72 hours before the session and for four days after the last "
    "session.",
])
def test_the_articles_own_statements_asked_as_claims_are_agreed_with(engine, statement):
    assert engine.ask(statement, fresh=True).verdict in AGREEING


def test_a_claim_that_evidence_is_missing_takes_what_the_sources_say_of_it_whatever_type_it_reads_as(engine):
    answer = engine.ask("There are no large randomised clinical trials that confirm the efficacy or safety of "
                        "exosomes.", fresh=True)
    assert answer.verdict == "supported"
    assert part_of(answer).review_id == "evidence-still-needed"


def test_promising_results_by_a_time_is_neither_how_long_they_take_nor_when_to_judge_them(engine):
    # "Full results at 6 months" promises results; the reviews of how long they take and of when to judge them
    # judge only a claim that says how long one waits, or when to judge.
    answer = engine.ask("You'll see your full results at 6 months and then you're done, nothing changes after that.",
                        fresh=True)
    assert answer.verdict not in AGREEING
    assert {part.review_id for part in answer.trace.parts}.isdisjoint({"results-take-months", "judge-after-a-year"})
    assert engine.ask("Results should be judged about a year after consistent treatment.",
                      fresh=True).verdict == "supported"
    assert engine.ask("New hair keeps becoming more visible over time.", fresh=True).verdict == "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    # The article says this as a belief: said as a fact, it is partly right.
    ("Exosomes push hair follicles from the resting (telogen) phase into the growth (anagen) phase.",
     "partly_supported"),
    ("Exosomes are present for at least 6 to 8 months after your last session.", "partly_supported"),
    # In the article's own hedge, it says what the article says.
    ("Exosomes are believed to be present at least 6 to 8 months after the final treatment.", "supported"),
    # The other way round is what the sources do not say.
    ("Exosomes move hair from the growth phase into the resting phase.", "contradicted"),
])
def test_what_the_article_holds_as_a_belief_said_as_a_fact_is_partly_right(engine, claim, verdict):
    assert engine.ask(claim, fresh=True).verdict == verdict


def test_a_withdrawn_verdict_quotes_the_partly_supported_review_it_matched(engine):
    # The review of the hair-cycle mechanism says what is missing itself; the general one would say less.
    answer = engine.ask("By delivering bioactive molecules to the scalp, exosomes may wake up dormant follicles, "
                        "extend the anagen phase, and promote thicker, healthier hair.", fresh=True)
    assert answer.verdict == "unproven"
    assert part_of(answer).review_id == "mechanism"
    assert any("shifting the hair from its resting state" in citation.quote for citation in answer.citations[:3])


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The idea that exosomes are FDA approved is a myth.", "supported"),
    # Released by cells is where they come from, not what they are.
    ("Exosomes are released by almost all living cells and can be found in blood, saliva, urine and breast milk.",
     "supported"),
    # No review compares one source of stem cells with another.
    ("Exosomes from perinatal stem cells have a significant advantage over exosomes from a patient's own aged cells.",
     "unproven"),
    # The evidence the claim denies is what the review of hair regrowth found unproven.
    ("Exosomes for hair restoration lack high-quality clinical evidence", "supported"),
])
def test_claims_read_by_what_they_assert(engine, claim, verdict):
    assert engine.ask(claim, fresh=True).verdict == verdict


def test_what_a_claim_concedes_does_not_make_its_promise_right(engine):
    assert engine.ask("Exosomes regrow hair even though large trials are lacking", fresh=True).verdict \
        not in AGREEING


@pytest.mark.parametrize(("claim", "verdicts"), [
    # Denying what the evidence excludes is right ...
    ("Exosomes are not stem cells.", {"supported"}),
    ("exosomes arent actual cells, theyre tiny packets that cells send out", {"supported"}),
    # ... asserting it is not ...
    ("exosomes = stem cells basically right?", {"contradicted"}),
    # ... and a denial beside claims no review judged ("DNA-free", "a favourable safety profile") is not right as a
    # whole.
    ("Exosomes are not cells themselves; they are cell-free, DNA-free and their main function is to influence "
     "other cells, giving them a favourable safety profile.", {"contradicted", "partly_supported"}),
])
def test_what_the_subject_is_denied_or_asserted(engine, claim, verdicts):
    assert engine.ask(claim, fresh=True).verdict in verdicts


def test_growth_factors_are_named_beside_exosomes_not_as_their_cargo(engine):
    assert engine.ask("Exosomes deliver a payload of growth factors, lipids and RNA to your cells.",
                      fresh=True).verdict == "partly_supported"
    # How consistent products are is what the sources call variable, whatever growth factors it names.
    assert engine.ask("The growth factor consistency of exosome vials is very high.", fresh=True).verdict \
        not in AGREEING


@pytest.mark.parametrize(("claim", "verdict"), [
    # Aftercare the sources never address, however its time frame reads.
    ("Avoid coloring your hair for at least 3 weeks after an exosome scalp session.", "not_covered"),
    # "In the US" is what the FDA statement is about; elsewhere is a topic the sources do not address.
    ("Exosome treatments are not approved in the US or in Canada.", "partly_supported"),
    ("Exosome treatments are approved in the United States.", "contradicted"),
])
def test_a_place_or_an_activity_names_what_the_sources_say_or_do_not(engine, claim, verdict):
    assert engine.ask(claim, fresh=True).verdict == verdict


def test_what_the_sources_found_true_of_some_is_not_agreed_with_of_all(engine):
    assert engine.ask("Exosomes come from stem cells.", fresh=True).verdict == "partly_supported"
    for universal in ("Every exosome product is made from umbilical cord cells.",
                      "Exosomes only come from stem cells."):
        assert engine.ask(universal, fresh=True).verdict not in AGREEING, universal
    # A universal that denies is the claim's own predicate, not a quantifier.
    assert engine.ask("Exosomes have no side effects.", fresh=True).verdict == "partly_supported"


def test_research_shows_what_a_published_paper_the_review_quotes_says(engine):
    # The cited review of skin diseases says exosomes carry signals between cells: research did show it.
    assert engine.ask("Research shows exosomes act as messengers between cells.", fresh=True).verdict == "supported"
    # One small study shows, but does not prove, a benefit in people.
    assert engine.ask("Studies show exosomes regrow hair.", fresh=True).verdict not in AGREEING


def test_a_month_named_by_its_number_in_order_is_compared_with_the_minimum(engine):
    # "The fourth month" is 3 to 4 months in: sooner than the 6–9 months the sources give.
    assert engine.ask("New hair growth starts around the fourth month.", fresh=True).verdict == "contradicted"


def test_two_close_reviews_that_disagree_on_the_same_specifics_leave_the_claim_unsettled(engine):
    # "Not many trials" agrees with "no clinical studies"; the one clinical study denies it.
    answer = engine.ask("There are currently no clinical studies on exosome therapy for hair growth.", fresh=True)
    assert answer.verdict not in AGREEING
    assert "another close review" in part_of(answer).rule


def test_a_review_whose_quotes_only_name_a_specific_in_passing_does_not_veto_a_joint_judgement(engine):
    # Stem cells as a source and growth factors beside exosomes are each partly right; the review of what exosomes
    # are quotes "isolated from ... mesenchymal stem cells" but judged their form, not their source.
    assert engine.ask("Their exosomes are stem cell derived and packed with growth factors.", fresh=True
                      ).verdict == "partly_supported"


def test_the_time_someone_gave_for_what_was_asked_is_compared_with_the_minimum(engine):
    assert engine.ask("how soon will i see new hair after exosome shots?? my clinic said like 8 weeks", fresh=True
                      ).verdict == "contradicted"


def test_when_half_of_the_shared_words_are_denied_what_the_review_asserts_of_its_subject_decides(engine):
    # "Dangerous" is "not safe": the claim denies what the review asserts ("safe"), not the skin it is about.
    assert engine.ask("Topical exosome serums are dangerous even on healthy, intact skin.", fresh=True
                      ).verdict == "contradicted"


def test_a_denied_word_that_means_not_x_asserts_x(engine):
    assert engine.ask("Putting exosomes on intact skin isn't considered dangerous.", fresh=True).verdict == "supported"


def test_an_amount_asked_about_after_it_is_stated_is_compared_with_the_sources(engine):
    assert engine.ask("clinic uses vials with 400 billion exosomes in them. is that enough of a dose for hair?",
                      fresh=True).verdict == "supported"


def test_another_time_frame_than_the_one_the_sources_found_is_contradicted(engine):
    assert engine.ask("Each hair cycle lasts about three years.", fresh=True).verdict == "contradicted"
    assert engine.ask("A hair cycle lasts roughly three months.", fresh=True).verdict == "supported"


def test_the_route_of_the_one_clinical_study_is_what_its_review_judged(engine):
    assert engine.ask("One clinical study found that topical exosomes made hair denser in 39 patients.", fresh=True
                      ).verdict == "supported"


def test_a_claim_that_says_what_one_quoted_passage_says_is_supported(engine):
    # The review's own claim ("doctors can diagnose skin diseases with exosomes") says more than the article.
    assert engine.ask("Doctors can diagnose skin diseases with exosomes.", fresh=True).verdict == "partly_supported"
    answer = engine.ask("Exosomes are considered promising biomarkers for diagnosing skin diseases.", fresh=True)
    assert answer.verdict == "supported"
    assert "one passage" in part_of(answer).rule
    # "Promising" is how surely the article puts it: a claim as sure agrees, a surer one only in part.
    assert engine.ask("Exosomes are being studied as biomarkers for skin diseases.", fresh=True).verdict == "supported"
    assert engine.ask("Exosomes are biomarkers for diagnosing skin diseases.", fresh=True
                      ).verdict == "partly_supported"
    # A passage about topical use on intact skin does not say that every exosome treatment is safe.
    assert engine.ask("Exosome treatments are safe.", fresh=True).verdict != "supported"
    # What one passage found is not the sources' last word when the review also quotes them saying it is not shown.
    assert engine.ask("It has been found that injecting exosomes and growth factors can stop further hair loss in "
                      "both men and women.", fresh=True).verdict == "partly_supported"


def test_waking_dormant_follicles_is_the_resting_to_growth_shift_the_article_believes_in(engine):
    assert engine.ask("Exosomes reawaken dormant follicles and prolong the anagen phase.", fresh=True
                      ).verdict == "partly_supported"
    # Resting follicles are not dead ones: the sources never speak of reviving those.
    assert engine.ask("Exosomes revive dead follicles so bald spots grow hair again.", fresh=True
                      ).verdict == "unproven"


def test_a_study_named_by_its_number_of_people_is_a_study_in_people(engine):
    assert engine.ask("In that 39-person study, hair density and thickness increased significantly.", fresh=True
                      ).verdict == "supported"


def test_the_one_review_that_judged_what_a_claim_feels_like_is_found_however_far_its_other_words_are(engine):
    # "Yesterday", "today" and "comb" take the text far from every phrasing of the review of discomfort, the only
    # review that judged a sensation.
    answer = engine.ask("Had my exosome scalp treatment yesterday and today my head is a bit sore when I comb it.",
                        fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == ("supported", "discomfort")
    # A promise is no such predicate: "for all skin types" is not what the review of who benefits is about.
    assert engine.ask("Exosome therapy is compatible with all skin types and gives long-term improvements.",
                      fresh=True).verdict != "contradicted"


def test_the_review_that_compares_time_frames_judges_a_casual_question_that_states_its_own(engine):
    answer = engine.ask("so a year is when i can tell if its working?", fresh=True)
    assert (answer.verdict, part_of(answer).review_id) == ("supported", "judge-after-a-year")


def test_a_claim_restricted_to_one_group_the_sources_name_among_others_is_contradicted(engine):
    # The article: "for both men and women".
    answer = engine.ask("Exosomes are only for women with thinning hair.", fresh=True)
    assert answer.verdict == "contradicted"
    assert "only women" in part_of(answer).rule
    assert engine.ask("Exosomes don't only work for men.", fresh=True).verdict != "contradicted"


def test_a_specific_that_names_the_subject_before_a_negation_is_not_what_the_claim_denies(engine):
    # The sources: stem-cell exosomes "have already entered the functional-cosmetics industry". "Stem-cell" names
    # what the claim is about; it denies that they reached the market.
    assert engine.ask("Stem-cell exosomes are not sold in any cosmetics yet.", fresh=True).verdict == "contradicted"
    # A negation after the predicate ("... but not for skin") leaves the predicate asserted.
    assert engine.ask("Exosomes have FDA approval for hair but not for skin.", fresh=True).verdict == "contradicted"


@pytest.mark.parametrize("question", [
    # The article: exosomes "can be isolated and purified from different sources such as blood, urine, ... and
    # mesenchymal stem cells".
    "Exosomes are harvested exclusively from stem cells.",
    # kose-2022 looks at exosomes for diagnosis, prognosis and treatment.
    "Exosomes are only useful for diagnosing skin diseases.",
    # The body fluids the article names, a supported review's: saliva is one of several.
    "Exosomes can be extracted only from saliva.",
])
def test_a_claim_restricted_to_one_of_several_things_the_sources_name_is_contradicted(engine, question):
    assert engine.ask(question, fresh=True).verdict == "contradicted"


def test_a_claim_that_names_one_of_several_things_the_sources_name_as_one_among_others_is_supported(engine):
    assert engine.ask("Exosomes can be harvested from a range of sources, stem cells among them.",
                      fresh=True).verdict == "supported"


def test_a_claim_said_of_all_without_a_restriction_is_still_withdrawn(engine):
    assert engine.ask("All exosome products are made from umbilical cord cells.", fresh=True).verdict == "unproven"


def test_agreeing_on_what_exosomes_carry_alone_needs_the_rest_of_the_claim_judged_too(engine):
    # The sources say exosomes carry DNA, RNA and proteins; they say nothing of changing anyone's DNA or hiding.
    assert engine.ask("People fear exosomes could change their DNA, but they won't.", fresh=True).verdict \
        not in AGREEING
    assert engine.ask("Thanks to their size, exosomes can hide in the bloodstream and smuggle proteins past "
                      "barriers no cell can cross.", fresh=True).verdict not in AGREEING
    # Denying what they carry is still answered on it.
    assert engine.ask("Exosomes contain no DNA or RNA at all.", fresh=True).verdict == "contradicted"


def test_what_a_review_phrasing_names_before_its_negation_is_its_subject_not_what_it_denies(engine):
    # The review "have never been tested in people" denies testing, not hair loss: a claim that they are being
    # tested for hair loss denies what it denies.
    assert engine.ask("Exosomes are currently being tested for hair loss.", fresh=True).verdict in AGREEING


def test_denying_what_a_quoted_passage_states_as_found_is_contradicted_though_the_review_is_partly_supported(engine):
    # The article: exosomes "have been found to have anti-inflammatory effects"; whether they help wounds heal is
    # only partly supported.
    assert engine.ask("Exosomes have no anti-inflammatory effects.", fresh=True).verdict == "contradicted"
    # Denying only a specific's own words denies no finding.
    assert engine.ask("It's not a stem cell treatment, is it?", fresh=True).verdict != "contradicted"


def test_a_claim_of_how_exosomes_are_made_or_found_that_no_review_is_close_to_is_a_topic_not_addressed(engine):
    # The sources never say when exosomes were discovered: not covered, not "unproven".
    assert engine.ask("Exosomes were first described in sheep blood cells back in the 1980s.",
                      fresh=True).verdict == "not_covered"
    # A benefit no review is close to is still a benefit the sources do not establish.
    assert engine.ask("Grape-derived exosomes boost collagen in older skin.", fresh=True).verdict == "unproven"


@pytest.mark.parametrize("question", [
    "No lab studies have shown exosomes do anything for hair loss.",
    "No animal studies found any benefit of exosomes for hair.",
    "None of the preclinical studies showed exosomes help hair growth.",
])
def test_a_universal_denial_of_the_kind_of_study_a_review_found_is_contradicted(engine, question):
    # The article: "various preclinical studies showing the benefits of using exosome therapeutics to treat hair loss".
    assert engine.ask(question, fresh=True).verdict == "contradicted"


def test_a_nested_negation_is_not_agreed_with_as_saying_the_evidence_is_missing(engine):
    assert engine.ask("It isn't true that trials failed to conclusively show exosomes work for hair loss.",
                      fresh=True).verdict not in AGREEING


@pytest.mark.parametrize("question", [
    # Saying no more research is needed asserts the evidence is complete: the sources say the opposite.
    "We don't need any more studies on exosomes, the science is settled.",
    # A consensus the article says is missing.
    "There's a clear scientific consensus that exosome facials are safe long term.",
])
def test_a_claim_that_the_evidence_is_settled_is_not_agreed_with(engine, question):
    assert engine.ask(question, fresh=True).verdict not in AGREEING


def test_the_kind_of_hair_loss_a_study_treated_is_a_specific_that_must_line_up(engine):
    # gupta-2023: the one clinical study treated 39 patients with androgenetic alopecia.
    assert engine.ask("The only clinical trial showed exosomes thickened hair in alopecia areata patients.",
                      fresh=True).verdict == "contradicted"
    assert engine.ask("A clinical study found exosomes increased hair density in androgenetic alopecia.",
                      fresh=True).verdict in AGREEING


@pytest.mark.parametrize(("question", "verdict"), [
    # gupta-2023: one of its 16 studies was a clinical study in people.
    ("The 2023 systematic review contained no human clinical studies at all.", "contradicted"),
    ("In the 2023 systematic review there were zero clinical studies in humans.", "contradicted"),
    # Denying what studies found, not that they exist, says the evidence is missing.
    ("No clinical trials have shown that exosomes regrow hair.", "supported"),
])
def test_denying_that_studies_exist_is_contradicted_by_the_studies_the_sources_report(engine, question, verdict):
    assert engine.ask(question, fresh=True).verdict == verdict



@pytest.mark.parametrize(("question", "verdict"), [
    # article: "There are currently no FDA-approved exosome products for medical indications."
    ("It is not true that the FDA has approved exosome injections.", "supported"),
    ("It isn't true that no exosome product has FDA approval.", "contradicted"),
    # article: results take at least 6–9 months.
    ("It's not the case that exosome results show up within two weeks.", "supported"),
])
def test_a_claim_denied_as_a_whole_takes_the_opposite_of_the_verdict_on_what_it_denies(engine, question, verdict):
    answer = engine.ask(question, fresh=True)
    assert answer.verdict == verdict
    assert "denies as a whole" in part_of(answer).rule


@pytest.mark.parametrize(("question", "verdict"), [
    # article: new hair growth "should be ideally assessed at least one year after obtaining consistent treatment";
    # the 6–9 months its evidence also gives is when visible effects start, not when to judge them.
    ("Exosome hair results should be assessed 8 months after the last session.", "contradicted"),
    ("Wait at least a year before judging your hair results from exosomes.", "supported"),
])
def test_the_time_frame_a_review_states_itself_is_the_one_a_claim_is_compared_with(engine, question, verdict):
    assert engine.ask(question, fresh=True).verdict == verdict


@pytest.mark.parametrize(("question", "verdict"), [
    # article: "Stop the consumption of any NSAIDs at least 72 hours before the session and for four days after the
    # last session."
    ("Don't take ibuprofen for three weeks after the final exosome session.", "contradicted"),
    ("Skip NSAIDs for 4 days after your last exosome session.", "supported"),
])
def test_another_length_of_what_the_sources_say_lasts_a_while_after_the_session_is_contradicted(engine, question,
                                                                                                   verdict):
    assert engine.ask(question, fresh=True).verdict == verdict


def test_safety_on_intact_skin_says_nothing_of_broken_skin(engine):
    # article: "Topical exosomes are considered safe in humans on intact skin"
    assert engine.ask("Exosome serums are considered safe on intact skin.", fresh=True).verdict == "supported"
    assert engine.ask("Topical exosomes are safe on broken skin.", fresh=True).verdict not in AGREEING
    assert engine.ask("Exosome serum is fine to use on raw skin.", fresh=True).verdict not in AGREEING


@pytest.mark.parametrize(("question", "verdict"), [
    # article: visible effects take at least 6–9 months; results are best assessed at least a year after treatment.
    ("Two months is much too soon to expect new hair from exosomes.", "supported"),
    ("Isn't twelve months too early to judge whether exosomes helped my hair?", "contradicted"),
])
def test_calling_a_time_too_early_denies_that_it_is_enough(engine, question, verdict):
    assert engine.ask(question, fresh=True).verdict == verdict


def test_too_soon_in_a_clause_without_a_time_frame_denies_nothing_else(engine):
    assert engine.ask("Don't get your hopes up too soon, exosome results take at least 6 months.",
                      fresh=True).verdict == "supported"


def test_how_long_exosomes_stay_is_said_of_the_treated_area_wherever_it_is(engine):
    # article: "Exosomes are believed to be present at least 6 to 8 months after the final treatment."
    assert engine.ask("Exosomes remain in the scalp for at least 6 to 8 months after the final session.",
                      fresh=True).verdict == "partly_supported"


def test_light_words_that_say_how_much_not_what_do_not_count_against_agreement(engine):
    # article and kose-2022: exosomes are nano-sized vesicles that cells secrete, isolated from sources including
    # mesenchymal stem cells, and they carry cargo from one cell to another.
    answer = engine.ask("Exosomes are small membrane-bound vesicles that cells, particularly stem cells, release, "
                        "and they play a key role in cell-to-cell communication.", fresh=True)
    assert answer.verdict in AGREEING


@pytest.mark.parametrize("question", [
    "Can exosome injections thicken my eyelashes?",
    "Exosome shots heal damaged knee cartilage.",
])
def test_hair_elsewhere_than_the_scalp_and_joints_are_topics_the_sources_do_not_address(engine, question):
    assert engine.ask(question, fresh=True).verdict == "not_covered"


def test_a_claim_hedged_as_the_sources_hedge_it_says_what_they_say(engine):
    # article: exosomes "are believed to prolong the hair growth cycle by shifting the hair from its resting state
    # (telogen phase) to the growing phase".
    assert engine.ask("Exosomes are believed to shift hair follicles from the resting phase into the growth phase.",
                      fresh=True).verdict == "supported"
    assert engine.ask("Exosomes shift hair follicles from the resting phase into the growth phase.",
                      fresh=True).verdict == "partly_supported"
    # Minor discomfort is a plain fact of the sources: hedging "no side effects" does not make it right.
    assert engine.ask("Exosome treatment may come with no side effects at all.", fresh=True).verdict != "supported"


def test_nobody_knowing_for_sure_says_the_evidence_is_missing(engine):
    # article: no clear consensus on the long-term use of exosomes; longer trials and follow-up are needed.
    assert engine.ask("No one can say for sure whether exosome facials are safe over many years.",
                      fresh=True).verdict == "supported"


def test_a_promise_called_unrealistic_is_denied_not_made(engine):
    # article: visible effects take at least 6–9 months.
    assert engine.ask("New hair within a month just isn't realistic with exosomes.", fresh=True).verdict == "supported"


def test_the_words_of_a_hedge_are_not_what_a_claim_asserts(engine):
    # kose-2022: exosomes carry microRNAs, messenger RNAs, DNA, lipids, metabolites and proteins between cells.
    assert engine.ask("It is believed that exosomes carry proteins and RNA, which are used in the synthesis of other "
                      "proteins.", fresh=True).verdict in AGREEING


def test_coming_in_hungry_is_fasting_which_the_sources_advise_against(engine):
    # article: "Have a hearty breakfast" before the session.
    assert engine.ask("Don't show up hungry to your exosome appointment.", fresh=True).verdict == "supported"
    assert engine.ask("Come in hungry to your exosome appointment.", fresh=True).verdict == "contradicted"


def test_the_review_of_how_many_trials_there_are_judges_only_claims_about_trials(engine):
    # The most common promise is not a claim about trials: the sources do not establish it, nor do they deny it.
    assert engine.ask("Exosomes help hair grow back.", fresh=True).verdict == "unproven"
    # kost-2022: a search of clinical-trial registries found no registered trial on hair growth.
    assert engine.ask("There are lots of registered trials of exosomes for hair.", fresh=True).verdict == "contradicted"


def test_evidence_called_thin_or_weak_is_evidence_said_to_be_missing(engine):
    # article: trials "failed to conclusively show its efficacy and safety for treating alopecias".
    assert engine.ask("The clinical evidence for exosomes in hair loss is still thin.", fresh=True).verdict \
        == "supported"
    # Thin hair is not thin evidence.
    assert engine.ask("Exosomes can regrow thin, weak hair.", fresh=True).verdict not in AGREEING


@pytest.mark.parametrize(("claim", "verdict", "review"), [
    # Each paper named by an author, or by its year, kind and title words, against the count it gives.
    ("Kost's 2022 review of exosomes for hair included 74 studies.", "contradicted", "kost-review-scope"),
    ("The 2022 hair regeneration review pooled more than a hundred studies.", "contradicted", "kost-review-scope"),
    ("The Gupta review included 16 clinical trials.", "contradicted", None),
    ("The only clinical study in Gupta's 2023 review enrolled 93 patients.", "contradicted", "single-clinical-study"),
    ("Kost's review included 47 studies.", "supported", "kost-review-scope"),
])
def test_a_count_given_of_a_named_paper_is_checked_against_the_papers_own(engine, claim, verdict, review):
    answer = engine.ask(claim, fresh=True)
    assert answer.verdict == verdict
    assert review is None or part_of(answer).review_id == review


def test_a_count_of_a_paper_no_claim_names_is_not_judged_against_ours(engine):
    # "A review" may be one the sources do not cite, with its own counts.
    assert engine.ask("A review of 74 studies found exosomes regrow hair.", fresh=True).verdict != "contradicted"
    # A count that lines up says nothing of what else the claim says.
    assert engine.ask("Gupta's 2023 review found 16 studies and proved that exosomes regrow hair in 3 weeks.",
                      fresh=True).verdict not in AGREEING
    assert engine.ask("Kost's team looked at 47 studies and found exosomes safe for alopecia.",
                      fresh=True).verdict not in AGREEING


def test_effects_said_to_raise_inflammation_are_not_the_anti_inflammatory_effects_found(engine):
    assert engine.ask("Exosomes have anti-inflammatory effects that help repair the skin.",
                      fresh=True).verdict in AGREEING
    assert engine.ask("Exosomes have been found to have pro-inflammatory effects that slow skin repair.",
                      fresh=True).verdict not in AGREEING


def test_what_a_claim_says_explains_something_is_checked_apart_from_it(engine):
    answer = engine.ask("Each hair cycle lasts about six months, which is why exosome results are slow.", fresh=True)
    assert answer.verdict == "contradicted" and len(answer.trace.parts) == 2


@pytest.mark.parametrize("claim", [
    "Products containing more than 20 billion exosomes are an excellent quantity to regenerate hair growth.",
    "A product needs at least 500 billion exosomes before it can regrow any hair.",
])
def test_another_quantity_than_the_one_the_sources_found_is_contradicted(engine, claim):
    answer = engine.ask(claim, fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "quantity"


def test_the_quantity_the_sources_found_is_agreed_with(engine):
    assert engine.ask("Products containing more than 200 billion exosomes are an excellent quantity to regenerate "
                      "hair growth.", fresh=True).verdict == "supported"


def test_less_time_than_the_least_a_reviews_own_claim_states_is_contradicted(engine):
    # The article believes exosomes stay at least 6 to 8 months.
    answer = engine.ask("Exosomes are believed to be cleared from the treated area within 6 to 8 weeks of the final "
                        "treatment.", fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "persistence"


def test_a_time_frame_that_lines_up_does_not_make_the_rest_of_a_claim_what_a_review_judged(engine):
    # A year lines up with when new hair is best judged, but that review judged hair, not how long exosomes stay.
    assert engine.ask("Exosomes stay in the scalp for about a year.", fresh=True).verdict != "supported"


def test_a_time_frame_counted_from_another_session_than_the_sources_is_contradicted(engine):
    assert engine.ask("Stop NSAIDs at least 72 hours before the session and for four days after the first session.",
                      fresh=True).verdict == "contradicted"
    assert engine.ask("Stop NSAIDs at least 72 hours before the session and for four days after the last session.",
                      fresh=True).verdict == "supported"


def test_whether_approval_is_needed_is_not_whether_it_was_given(engine):
    assert engine.ask("my clinic says exosomes aren't a drug so they don't need any FDA approval - is that right?",
                      fresh=True).verdict not in AGREEING
    assert engine.ask("Exosomes need FDA approval before they can be marketed as drugs.",
                      fresh=True).verdict != "contradicted"


def test_a_place_the_sources_do_not_address_is_where_the_claim_holds(engine):
    # Healing is a benefit the sources discuss for skin, not for a shoulder tendon.
    answer = engine.ask("Exosomes help heal a torn shoulder tendon.", fresh=True)
    assert answer.verdict == "not_covered" and part_of(answer).review_id == "other-body-areas"


def test_a_place_among_several_outcomes_does_not_decide_the_claim(engine):
    # The cartilage is where one of the promised outcomes holds; the hair regrowth is still a promise to check.
    assert engine.ask("Exosomes speed wound healing, rebuild cartilage and restart hair growth.",
                      fresh=True).verdict == "unproven"


def test_shortening_the_growth_cycle_is_not_what_the_sources_believe(engine):
    assert engine.ask("Exosome therapy shortens the growth phase of the hair cycle.",
                      fresh=True).verdict not in AGREEING


def test_cargo_kept_from_other_cells_is_the_opposite_of_what_exosomes_do(engine):
    assert engine.ask("Exosomes hold on to their proteins and RNA and never transfer them to other cells.",
                      fresh=True).verdict == "contradicted"


def test_a_hedged_universal_says_less_than_the_universal_the_sources_deny(engine):
    # "Never tested in people" is false, but "almost all of it in the lab" is not denied by that.
    assert engine.ask("Almost all of the research on exosomes for hair has been done in the lab, not in people.",
                      fresh=True).verdict != "contradicted"


def test_what_a_claim_concedes_after_its_main_clause_is_read_when_the_review_judged_only_that(engine):
    # The approval the review judged is only in the concession, and it is denied there, as the sources deny it.
    assert engine.ask("Exosome facials are being promoted as a cure for wrinkles, although they are not approved by "
                      "the FDA.", fresh=True).verdict != "contradicted"


@pytest.mark.parametrize("claim", [
    "Kost's literature review on hair regeneration appeared in the journal Skinmed.",
    "Gupta and colleagues published a narrative review of exosomes for hair restoration.",
    "The 2021 review by Kose looked at exosomes in skin diseases.",
])
def test_a_paper_described_otherwise_than_its_record_is_contradicted(engine, claim):
    answer = engine.ask(claim, fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id.endswith("-publication")


def test_a_paper_described_as_its_record_does_is_supported(engine):
    answer = engine.ask("Gupta's systematic review came out in the Journal of Cosmetic Dermatology.", fresh=True)
    assert answer.verdict == "supported" and answer.citations[0].source_id == "exosome-therapy-article"


def test_a_paper_record_answers_no_claim_that_describes_no_paper(engine):
    assert not (part_of(engine.ask("Exosomes are published science.", fresh=True)).review_id or "").endswith(
        "-publication")


def test_denying_that_any_study_of_a_kind_found_a_benefit_is_contradicted(engine):
    assert engine.ask("Lab research has not shown any benefit of exosomes for hair loss.",
                      fresh=True).verdict == "contradicted"


def test_saying_the_lab_evidence_is_what_is_lacking_is_not_what_the_sources_say(engine):
    # The sources say the evidence in people is what is missing; the lab studies are where the benefit was seen.
    assert engine.ask("Hair benefits of exosomes are shown mostly in big clinical trials, not in lab studies.",
                      fresh=True).verdict not in AGREEING


def test_asking_whether_there_is_one_study_in_people_is_not_denied_by_there_not_being_many(engine):
    # The sources deny "a large number of human trials" and "never tested in people" alike: there is one.
    assert engine.ask("Has there been at least one clinical study of exosomes for hair loss?",
                      fresh=True).verdict == "supported"
    assert engine.ask("Were there any registered trials of exosomes for hair growth?",
                      fresh=True).verdict == "contradicted"


def test_marketing_only_without_approval_says_approval_is_needed_not_that_it_was_given(engine):
    assert engine.ask("Clinics cannot sell exosome injections for medical use without FDA approval.",
                      fresh=True).verdict != "contradicted"


def test_a_database_a_named_paper_did_not_search_misdescribes_it(engine):
    assert engine.ask("Kost and colleagues searched Scopus and PubMed for their hair regeneration review.",
                      fresh=True).verdict == "contradicted"
    assert engine.ask("Kost's literature review searched PubMed and Google Scholar.", fresh=True).verdict == "supported"


def test_a_regulatory_fact_no_review_is_close_to_and_that_promises_nothing_is_not_covered(engine):
    # The sources say nothing of warning letters or of a state's rules; "That hasn't been shown" would mislead.
    assert engine.ask("The Texas medical board fined three exosome clinics last spring.", fresh=True).verdict \
        == "not_covered"


@pytest.mark.parametrize("claim", [
    "The review 'Role of exosomes in skin diseases' was written by Yana Kost and Kseniya Kobets.",
    "Kose's review of exosomes in skin diseases was a systematic review with a meta-analysis.",
])
def test_a_paper_given_another_papers_authors_or_kinds_is_misdescribed(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "contradicted"


def test_saying_no_evidence_links_the_treatment_to_a_harm_is_a_reassurance_not_shown(engine):
    assert engine.ask("There is no evidence that exosomes cause cancer.", fresh=True).verdict not in AGREEING


def test_several_reviews_do_not_agree_jointly_with_a_claim_that_denies_one_of_their_specifics(engine):
    # Topical use on intact skin is what the sources call safe; the claim says that is where data are missing.
    assert engine.ask("Injectable exosomes are considered safe in humans; it is the safety data on topical exosome "
                      "products that is still lacking.", fresh=True).verdict not in AGREEING


def test_a_count_in_words_of_a_paper_named_by_its_title_is_the_papers(engine):
    # The title's words ("hair regeneration") name the paper; they are not a claim about regrowth.
    assert engine.ask("Forty-seven studies were included in the 2022 literature review on exosomes and hair "
                      "regeneration.", fresh=True).verdict == "supported"


def test_an_adverb_of_certainty_inside_a_phrase_still_makes_the_promise(engine):
    answer = engine.ask("Clinical trials have clearly shown that exosomes fix alopecia.", fresh=True)
    assert answer.verdict == "contradicted"


def test_background_about_something_else_that_names_no_benefit_is_not_covered(engine):
    answer = engine.ask("About half of men in Italy show signs of hair thinning by age 50.", fresh=True)
    assert answer.verdict == "not_covered"
    # About the treatment, or pointing back at it, the same claim is one the sources do not establish.
    assert engine.ask("About half of men on exosomes show signs of hair thinning by age 50.",
                      fresh=True).verdict == "unproven"
    assert engine.ask("With this treatment, about half of men show signs of hair thinning by age 50.",
                      fresh=True).verdict == "unproven"


def test_what_exosomes_are_judges_only_a_claim_of_what_they_are_or_carry(engine):
    # "Mini stem cells" says what they are, and it is not what the sources say.
    assert engine.ask("Exosomes are basically tiny stem cells that become new hair follicles.",
                      fresh=True).verdict == "contradicted"
    assert engine.ask("Exosomes are lipid spheres that carry genetic information to other cells.",
                      fresh=True).verdict == "supported"
    # Cells studied as sources say nothing of what exosomes are.
    answer = engine.ask("Many kinds of animal and human cells have been examined as sources of exosomes.", fresh=True)
    assert answer.verdict != "contradicted"


def test_a_cycles_length_is_no_promise_of_results_and_lines_up_only_with_a_cycles_length(engine):
    assert engine.ask("Each hair cycle lasts three months, so don't expect anything before six months at least.",
                      fresh=True).verdict != "contradicted"
    assert engine.ask("Each hair cycle lasts 3 months.", fresh=True).verdict == "supported"
    assert engine.ask("You will see new hair in 3 months.", fresh=True).verdict == "contradicted"


def test_a_specific_the_sources_do_not_address_or_a_harm_is_compared_whatever_the_review_type_lets_differ(engine):
    # The procedure review of discomfort lets outcomes differ; pain treated is still not the pain felt in a session.
    answer = engine.ask("Exosome therapy is one way of relieving pain without resorting to surgery.", fresh=True)
    assert answer.verdict == "not_covered" and part_of(answer).review_id == "pain-relief"
    assert engine.ask("Exosome injections cause minor discomfort.", fresh=True).verdict == "supported"
    # Safety reviews let outcomes differ; "no risk of cancer" is still not "no side effects reported".
    assert engine.ask("Exosomes have no risk of cancer.", fresh=True).verdict == "unproven"


def test_a_review_of_another_type_finds_nothing_unproven_in_a_claim_stating_none_of_its_predicates(engine):
    # How exosomes are given, not whether injecting them is safe.
    answer = engine.ask("My aesthetician said the exosomes get injected straight into my scalp. Correct?", fresh=True)
    assert answer.verdict == "supported" and part_of(answer).review_id == "injected-like-prp"


def test_a_pronoun_subject_beside_another_treatment_is_still_the_subject(engine):
    answer = engine.ask("do they use my own blood like PRP?", fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "blood-drawn"
    assert engine.ask("PRP uses your own blood like a transfusion.", fresh=True).verdict == "not_covered"


def test_a_count_only_one_review_gives_brings_that_review_to_the_claim(engine):
    answer = engine.ask("was there a human study with 39 patients?", fresh=True)
    assert answer.verdict == "supported" and part_of(answer).review_id == "single-clinical-study"


@pytest.mark.parametrize("claim", ["You must fast for 12 hours before the procedure.",
                                   "You should fast the night before the procedure."])
def test_fasting_is_read_as_not_eating_whatever_time_frame_follows(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "contradicted"


def test_instructions_judged_by_several_reviews_agree_jointly_when_each_time_frame_lines_up(engine):
    answer = engine.ask("Before your appointment, stop NSAIDs for 72 hours and eat a good breakfast.", fresh=True)
    assert answer.verdict == "supported"
    # A denial of one part, read as asserted by the review that agrees, is no joint agreement.
    assert engine.ask("Injected exosomes are regarded as safe in people; what is still missing is safety data on "
                      "exosome creams.", fresh=True).verdict not in {"supported", "partly_supported"}


def test_a_reviews_defining_specific_is_a_predicate_shared_across_types(engine):
    # Read as a claim of how long something lasts, it is still about when to judge results.
    assert engine.ask("the article says results should be judged after about a year, right?",
                      fresh=True).verdict == "supported"


def test_ones_after_a_describing_word_without_a_determiner_stands_for_the_subject(engine):
    assert engine.ask("apparently topical ones are safe on unbroken skin?", fresh=True).verdict == "supported"


def test_a_paper_said_to_have_searched_only_some_of_its_databases_is_misdescribed(engine):
    assert engine.ask("The Kost review searched only PubMed.", fresh=True).verdict == "contradicted"
    assert engine.ask("The Kost review searched PubMed, EMBASE and Google Scholar.", fresh=True).verdict == "supported"


def test_cell_based_is_the_opposite_of_cell_free(engine):
    assert engine.ask("Exosomes from stem cells have been marketed as cell-based regenerative medicine.",
                      fresh=True).verdict == "contradicted"


def test_what_the_people_in_the_studies_had_is_what_was_reported(engine):
    answer = engine.ask("were there side effects in the human study?", fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "none-reported"


def test_a_question_that_states_no_amount_is_answered_by_the_review_that_denies_there_are_none(engine):
    # The sources deny many human trials, and also that there are none.
    for claim in ("Has anyone tested exosome hair treatment on humans?",
                  "exosomes for hair loss have been tested in actual patients"):
        answer = engine.ask(claim, fresh=True)
        assert answer.verdict == "supported" and part_of(answer).review_id == "never-tested-in-people"
    assert engine.ask("Exosome hair treatment is backed by loads of clinical trials.", fresh=True).verdict \
        == "contradicted"


def test_a_time_said_as_all_there_is_on_one_side_of_the_session_leaves_out_the_other_side(engine):
    answer = engine.ask("You only have to hold off on ibuprofen for the 3 days before your exosome appointment.",
                        fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "nsaid-pause"
    assert engine.ask("Stop ibuprofen 3 days before and 4 days after the exosome session.", fresh=True).verdict \
        == "supported"


def test_studies_said_to_be_there_that_the_sources_say_are_still_wanting_are_contradicted(engine):
    stated = engine.ask("Exosome safety has been confirmed by extensive long-term follow-up studies.", fresh=True)
    assert stated.verdict == "contradicted"
    # Asked, it is answered from the reviews as any question is; wanted, it is what the sources say.
    assert engine.ask("Have there been extensive long-term follow-up studies of exosomes?", fresh=True).verdict \
        != "contradicted"
    assert engine.ask("Extensive long-term follow-up studies of exosomes are still needed.", fresh=True).verdict \
        in AGREEING


def test_severe_pain_in_other_words_is_not_the_minor_discomfort_the_sources_describe(engine):
    assert engine.ask("Expect substantial pain during exosome injections.", fresh=True).verdict == "contradicted"


def test_a_regulator_of_another_country_is_not_the_one_the_sources_speak_of(engine):
    assert engine.ask("Exosome injections have been approved by regulators in South Korea.", fresh=True).verdict \
        == "not_covered"
    assert engine.ask("Brazil's health agency has not approved any exosome product.", fresh=True).verdict \
        == "not_covered"


def test_an_antonym_of_the_word_a_review_asserts_denies_it_however_much_else_is_shared(engine):
    assert engine.ask("Exosomes taken from stem cells are already in the cosmetics industry, where they are promoted "
                      "as cell-based regenerative medicine.", fresh=True).verdict == "contradicted"


def test_a_question_of_when_to_judge_results_is_more_than_numbers_in_a_message_about_price(engine):
    answer = engine.ask("Mine charges $900 a session for exosomes. Is 5 months too soon to tell?", fresh=True)
    price, judging = answer.trace.parts
    assert price.verdict == "not_covered" and judging.verdict == "supported"


def test_a_cited_paper_named_by_its_authors_is_in_the_domain_and_nothing_else_restricts(engine):
    answer = engine.ask("Kost and his co-authors looked in PubMed and nothing else.", fresh=True)
    assert answer.verdict == "contradicted"


def test_another_value_of_the_kind_a_gap_is_defined_by_is_not_that_gap(engine):
    # The pregnancy gap is about a population; women in general are another one.
    assert part_of(engine.ask("Is exosome therapy for women only?", fresh=True)).review_id != "pregnancy"


@pytest.mark.parametrize("claim", ["The jury is still out on exosomes for hair loss.",
                                   "Researchers don't really understand yet how long exosome effects last."])
def test_everyday_ways_of_saying_it_is_not_known_agree_with_the_sources(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "supported"


def test_a_pause_named_after_the_drug_is_a_break_from_it(engine):
    assert engine.ask("The Motrin pause runs until 4 days after the last exosome session.", fresh=True).verdict \
        == "supported"
    assert engine.ask("Clinics hold the NSAIDs for 3 days before exosome injections.", fresh=True).verdict \
        == "supported"


def test_trials_that_showed_it_in_the_past_tense_claim_it_clinically_proven(engine):
    answer = engine.ask("Human trials demonstrated that exosomes reverse alopecia.", fresh=True)
    assert answer.verdict == "contradicted" and part_of(answer).review_id == "clinically-proven-hair"


@pytest.mark.parametrize("message", ["exosome injections aspirin", "exosomes fda status", "exosome growth factors"])
def test_a_thing_named_beside_the_subject_without_a_question_is_a_topic_not_a_claim(engine, message):
    assert engine.ask(message, fresh=True).verdict == "informational"


def test_a_papers_volume_issue_and_pages_are_checked_against_its_record(engine):
    assert engine.ask("The Kose review was printed in volume 30 of the Journal of Cosmetic Dermatology.",
                      fresh=True).verdict == "contradicted"
    assert engine.ask("The Kose review is printed on pages 3219–3225 of issue 8.", fresh=True).verdict == "supported"


def test_isolation_that_differs_from_maker_to_maker_is_not_standardised(engine):
    assert engine.ask("Exosome isolation techniques differ between manufacturers.", fresh=True).verdict == "supported"


def test_where_exosomes_come_from_is_not_a_claim_about_how_products_are_made(engine):
    answer = engine.ask("Exosomes can be isolated from urine.", fresh=True)
    assert answer.verdict == "supported" and part_of(answer).review_id != "standardised-products"


def test_an_antonym_of_what_a_reviews_paraphrase_asserts_is_never_partly_right(engine):
    # The sources found anti-inflammatory effects; triggering inflammation is their opposite.
    assert engine.ask("Exosomes speed up wound repair by triggering inflammation.", fresh=True).verdict \
        not in AGREEING


def test_micrometre_sized_is_not_the_nano_size_the_sources_give(engine):
    assert engine.ask("Exosomes are micron-sized vesicles released by cells.", fresh=True).verdict == "contradicted"
    assert engine.ask("Exosomes are microscopic vesicles that cells release.", fresh=True).verdict in AGREEING


def test_granting_one_of_two_populations_the_sources_name_and_denying_the_other_is_false(engine):
    assert engine.ask("Exosome injections stop hair loss in women but not in men.", fresh=True).verdict \
        == "contradicted"
    assert engine.ask("Exosome injections stop hair loss in men, not just women.", fresh=True).verdict in AGREEING


def test_a_predicate_of_stopping_is_denied_of_what_the_claim_sets_against_its_subject(engine):
    assert engine.ask("Only steroid anti-inflammatories, not NSAIDs, have to be stopped before an exosome session.",
                      fresh=True).verdict == "contradicted"


def test_regulatory_ambiguity_agrees_with_sources_that_find_no_clear_rules(engine):
    assert engine.ask("Exosome therapy has regulatory ambiguity that practitioners must navigate.",
                      fresh=True).verdict in AGREEING


def test_whether_it_is_safe_for_the_one_who_asks_is_not_shown(engine):
    answer = engine.ask("I have a nickel allergy and reactive skin. Is an exosome serum a safe choice for me?",
                        fresh=True)
    assert answer.verdict == "unproven" and "personal_advice" in answer.safety
    assert answer.answer.startswith("No study in the sources can say")
    # What to do around a session is the sources' advice, not a decision of the patient's.
    assert engine.ask("Should I eat before my exosome appointment?", fresh=True).verdict != "unproven"


def test_another_route_said_to_be_used_rather_than_the_one_the_sources_give_is_false(engine):
    assert engine.ask("Exosomes and growth factors are typically given through an intravenous drip rather than "
                      "injected into the target area.", fresh=True).verdict == "contradicted"


def test_what_is_left_of_dead_cells_is_not_the_vesicles_exosomes_are(engine):
    assert engine.ask("The clinic said exosomes are just dead cells, basically cell debris.", fresh=True).verdict \
        == "contradicted"


def test_stopping_other_things_beside_nsaids_is_only_partly_what_the_sources_advise(engine):
    assert engine.ask("Stop ginkgo and NSAIDs before exosome treatment.", fresh=True).verdict == "partly_supported"
    assert engine.ask("Stop ibuprofen before exosome treatment.", fresh=True).verdict == "supported"
    assert engine.ask("Refrain from Advil, Motrin and Aleve for three days before your exosome session.",
                      fresh=True).verdict == "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    ("You can resume NSAIDs four days after your last exosome session.", "supported"),
    ("You can restart ibuprofen 2 days after your last exosome session.", "contradicted"),
    ("Stop NSAIDs until 1 day after your last exosome session.", "contradicted"),
])
def test_taking_a_drug_up_again_ends_the_pause_at_the_time_it_names(engine, claim, verdict):
    assert engine.ask(claim, fresh=True).verdict == verdict


def test_a_papers_page_range_in_words_and_its_authors_full_names_are_checked_against_its_record(engine):
    assert engine.ask("The Kose review runs from page 219 to page 225 of its issue.", fresh=True).verdict \
        == "contradicted"
    assert engine.ask("Osman Kose, Aysenur Botsali and Ercan Caliskan wrote 'Role of exosomes in skin diseases'.",
                      fresh=True).verdict == "supported"


def test_a_count_a_paper_gives_names_that_paper(engine):
    assert engine.policy.named_paper("Only one of the 16 studies in the 2023 review was in people.") \
        == "gupta-2023-systematic-review-hair-restoration"
    assert engine.policy.named_paper("the 2023 review") is None


def test_asserting_what_a_quote_denies_as_found_is_false_but_a_possibility_is_not(engine):
    assert engine.ask("Several known side effects have been reported specific to using exosomes.",
                      fresh=True).verdict == "contradicted"
    assert engine.ask("Exosome therapy is also the source of potential side effects.", fresh=True).verdict \
        != "contradicted"


def test_trials_said_to_have_shown_it_are_a_finding_not_only_trials_that_exist(engine):
    assert engine.ask("Clinical trials on humans conclusively showed exosome efficacy for alopecia.",
                      fresh=True).verdict not in AGREEING


def test_an_established_treatment_is_a_proven_one(engine):
    assert engine.ask("Exosomes are considered established treatments for diagnosing skin diseases.",
                      fresh=True).verdict not in AGREEING


def test_carrying_only_some_of_what_the_sources_list_is_false(engine):
    assert engine.ask("Exosomes carry only proteins between cells.", fresh=True).verdict == "contradicted"
    assert engine.ask("Exosomes carry proteins between cells.", fresh=True).verdict == "supported"


def test_a_most_time_is_not_the_least_time_the_sources_give(engine):
    assert engine.ask("Exosomes are believed to be present for at most 6 to 8 months after the final treatment.",
                      fresh=True).verdict not in AGREEING


def test_safety_on_intact_skin_says_nothing_of_damaged_skin(engine):
    assert engine.ask("Exosome serums are considered safe on damaged skin.", fresh=True).verdict == "unproven"
    assert engine.ask("Exosome serums are considered safe on intact skin.", fresh=True).verdict == "supported"


def test_turning_into_stem_cells_is_not_coming_from_them(engine):
    assert engine.ask("Exosomes become new stem cells inside the scalp.", fresh=True).verdict not in AGREEING


def test_what_the_article_notes_is_checked_as_said(engine):
    assert engine.ask("The article notes that each hair cycle runs for about two weeks.",
                      fresh=True).verdict == "contradicted"


def test_a_need_to_stop_drugs_such_as_ibuprofen_agrees_with_the_pause_the_sources_advise(engine):
    assert engine.ask("Patients need to stop certain medicines, such as Advil, before the session.",
                      fresh=True).verdict in AGREEING


def test_a_question_that_puts_both_sides_is_answered_with_what_the_review_explains(engine):
    answer = engine.ask("do i have to eat before my exosome appointment or go on an empty stomach", fresh=True)
    assert answer.verdict == "informational" and part_of(answer).review_id == "food-and-hydration"


def test_how_the_days_after_a_session_feel_is_asked_of_what_a_session_is_like(engine):
    answer = engine.ask("got exosomes in my scalp last week, still slightly tender when I style my hair but everything "
                        "else is fine. normal?", fresh=True)
    assert answer.verdict in AGREEING and part_of(answer).review_id == "discomfort"


def test_asking_which_of_two_treatments_wins_compares_them_and_is_no_question_asking_neither_way(engine):
    assert engine.ask("exosomes or prp, which one wins?", fresh=True).verdict in {"unproven", "not_covered"}


def test_a_size_given_in_brackets_is_an_aside_the_sources_do_not_give(engine):
    answer = engine.ask("Exosomes are nano-sized vesicles (40 to 160 nm across) that carry proteins between cells.",
                        fresh=True)
    assert answer.verdict == "partly_supported"
    assert engine.ask("Exosome serums contain over 300 growth factors.", fresh=True).verdict == "unproven"


def test_several_months_is_short_of_no_least_time_the_review_of_when_results_show_judged(engine):
    assert engine.ask("Hair results take several months.", fresh=True).verdict != "contradicted"
    assert engine.ask("Judge exosome hair results about four months after the last session.",
                      fresh=True).verdict == "contradicted"


@pytest.mark.parametrize("message", [
    # "Their" refers to the people the sentence names, not to the treatment: background, not a claim about it.
    "About 80% of men and 30% of women experience hair loss in their lifetime.",
    # Flying after a session is aftercare, which the sources do not address.
    "is it safe to fly after exosome scalp injections?",
])
def test_topics_the_sources_do_not_address_are_not_covered(engine, message):
    assert engine.ask(message, fresh=True).verdict == "not_covered"


def test_saying_evidence_is_wanting_for_what_a_review_found_true_is_not_what_the_sources_say(engine):
    assert engine.ask("Safety data for exosome serums on the skin are still missing.", fresh=True).verdict \
        not in AGREEING
    assert engine.ask("Safety data for injected exosomes are still missing.", fresh=True).verdict in AGREEING


def test_taken_by_mouth_is_not_the_injection_the_sources_describe(engine):
    assert engine.ask("Exosomes and growth factors are normally given as capsules by mouth.",
                      fresh=True).verdict == "contradicted"


@pytest.mark.parametrize("claim", ["Exosomes are vesicles rather than cells.", "Exosomes are vesicles, not cells."])
def test_vesicles_set_against_cells_agree_with_the_sources(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "supported"


def test_several_questions_get_one_verdict_only_when_their_answers_take_one_stance(engine):
    # "Do they draw blood?" no; "does it hurt?" a little: each is answered, the message as a whole is neither.
    assert engine.ask("Do they draw blood and does it hurt?", fresh=True).verdict == "informational"
    # Both answers deny: the message does.
    assert engine.ask("Is exosome therapy FDA approved? Can I take Advil the day before?",
                      fresh=True).verdict == "contradicted"
    # Claims, unlike questions, still take the most cautious of their verdicts ...
    assert engine.ask("Exosomes are FDA approved. Topical exosomes are safe on intact skin.",
                      fresh=True).verdict == "contradicted"
    # ... and so does one claim put to be checked whose second side, after "but", qualifies the first.
    assert engine.ask("a friend read that exosome shots may help thinning hair but that nothing is proven yet, is "
                      "that a fair summary?", fresh=True).verdict == "unproven"


def test_a_question_that_details_or_guesses_the_one_before_is_the_same_question(engine):
    # "like ..." asks the first question again, in detail.
    assert engine.ask("what are the long-term risks of exosome shots? like could they give me cancer someday?",
                      fresh=True).verdict == "unproven"
    # A time offered after "how soon" is the asker's guess at the answer: checked, not a second question.
    assert engine.ask("how quickly does exosome treatment show results for thinning hair? is it about two weeks?",
                      fresh=True).verdict == "contradicted"


def test_asking_whether_it_matters_which_of_two_sources_is_open(engine):
    assert engine.ask("Does it matter whether my exosomes were made from bone marrow or from fat cells?",
                      fresh=True).verdict == "informational"


@pytest.mark.parametrize("claim", ["Exosome treatment reduces the risk of side effects.",
                                   "Exosome facials come with fewer side effects."])
def test_less_risk_than_something_unnamed_is_a_comparison_the_sources_never_make(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "unproven"


def test_needing_studies_before_anyone_can_say_it_is_safe_says_it_is_not_known_as_the_sources_do(engine):
    for claim in ("We need more studies before we can say exosome facials are safe in the long run.",
                  "Doctors need years of follow-up before anyone can say exosomes are safe in the long term."):
        assert engine.ask(claim, fresh=True).verdict in AGREEING


def test_painkillers_one_takes_are_no_claim_that_exosomes_relieve_pain(engine):
    assert engine.ask("Stop naproxen and other painkillers of that kind three days before the appointment.",
                      fresh=True).verdict == "supported"


def test_patients_who_are_advised_are_no_study_in_people(engine):
    assert engine.ask("Before the appointment, patients should drink plenty of water and eat a hearty meal.",
                      fresh=True).verdict == "supported"


def test_a_span_given_as_a_vague_amount_lines_up_with_a_length_inside_it(engine):
    # "Several days" is three to seven, which holds the four days the sources give; several weeks does not.
    assert engine.ask("Stay off ibuprofen for several days after your final exosome session.",
                      fresh=True).verdict == "supported"
    assert engine.ask("Stay off ibuprofen for several weeks after your final exosome session.",
                      fresh=True).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "Skipping ibuprofen for three days before treatment makes your hair grow back thicker.",
    "Drinking lots of water before the appointment boosts the results of exosome injections."])
def test_a_step_of_the_procedure_said_to_bring_a_benefit_is_not_established(engine, claim):
    # The sources give the steps, never what one of them brings about.
    assert engine.ask(claim, fresh=True).verdict == "unproven"


@pytest.mark.parametrize("claim", ["Motrin is off the table for four days after your last exosome session.",
                                   "Naproxen should be put on hold for three days before exosome injections.",
                                   "Is naproxen a problem before an exosome session?",
                                   "You need to be off naproxen for three days before the session."])
def test_idioms_of_keeping_a_drug_out_say_to_stop_it(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "supported"


def test_advice_to_oneself_about_a_drug_is_a_claim_all_the_same(engine):
    assert engine.ask("I should keep off naproxen for 3 days before my exosome session.",
                      fresh=True).verdict == "supported"
    assert engine.ask("My mum takes naproxen every day.", fresh=True).verdict == "informational"
    assert engine.ask("We recommend arriving well hydrated and having eaten breakfast.",
                      fresh=True).verdict == "supported"


def test_a_drug_that_is_no_problem_is_allowed(engine):
    assert engine.ask("Naproxen is not a problem before exosome injections.", fresh=True).verdict == "contradicted"


def test_words_that_only_name_how_products_are_made_assert_no_standard(engine):
    assert engine.ask("Purity and isolation methods matter more than anything for exosome quality.",
                      fresh=True).verdict != "contradicted"
    assert engine.ask("The methods for isolating and sourcing exosomes vary.", fresh=True).verdict == "supported"


def test_what_research_the_sources_never_name_found_is_not_covered(engine):
    claim = "Exosomes have anti-inflammatory effects that help repair skin."
    assert engine.ask(claim, fresh=True).verdict in AGREEING
    assert engine.ask(f"Researchers at Duke University found that {claim[0].lower()}{claim[1:]}",
                      fresh=True).verdict == "not_covered"


def test_saying_how_often_side_effects_happen_is_more_than_none_reported(engine):
    assert engine.ask("Exosome side effects are uncommon.", fresh=True).verdict == "unproven"


def test_what_counts_as_something_the_sources_name_must_be_named_by_them_too(engine):
    assert engine.ask("Does a smoothie count as a hearty breakfast before exosomes?",
                      fresh=True).verdict == "not_covered"
    assert engine.ask("Does naproxen count as one of the drugs to stop before exosomes?",
                      fresh=True).verdict == "supported"


def test_a_source_of_exosomes_the_sources_never_name_is_not_what_they_judged(engine):
    assert engine.ask("Stem cell exosomes have entered the functional cosmetics market as cell-free regenerative "
                      "medicine.", fresh=True).verdict == "supported"
    for claim in ("Exosomes from plants have entered the functional cosmetics market as cell-free regenerative "
                  "medicine.", "Exosomes can be isolated from plants."):
        assert engine.ask(claim, fresh=True).verdict not in AGREEING


@pytest.mark.parametrize("claim", ["Exosome injections are still waiting on approval from the FDA.",
                                   "FDA approval for exosome injections is still pending."])
def test_an_approval_still_awaited_is_none_yet(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "supported"


def test_vesicles_said_to_hold_stem_cells_are_said_to_be_no_vesicles(engine):
    assert engine.ask("Exosome vials are full of stem cells.", fresh=True).verdict == "contradicted"
    assert engine.ask("Exosomes don't contain stem cells; stem cells make them.", fresh=True).verdict in AGREEING


@pytest.mark.parametrize("claim", ["PRP needs a blood draw but exosome treatment doesn't.",
                                   "PRP is made from your blood, whereas exosome therapy is not."])
def test_what_another_treatment_needs_and_the_subject_does_not_is_said_of_the_subject(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "supported"


def test_something_not_needed_is_what_need_not_be_done(engine):
    assert engine.ask("Eating before the exosome session is not necessary.", fresh=True).verdict == "contradicted"
    assert engine.ask("Stopping naproxen isn't required before exosome injections.",
                      fresh=True).verdict == "contradicted"
    # Trials that are not needed are trials said to be there, which the sources deny.
    assert engine.ask("Further clinical trials are not necessary, exosomes are proven.",
                      fresh=True).verdict not in AGREEING
    # That approval is not required is not that none was given.
    assert engine.ask("FDA approval is not required for exosome injections.", fresh=True).verdict not in AGREEING


def test_a_few_million_exosomes_is_short_of_the_amount_the_sources_call_excellent(engine):
    assert engine.ask("A few million exosomes per session are plenty to regrow hair.",
                      fresh=True).verdict == "contradicted"


@pytest.mark.parametrize("claim", ["Naproxen should not be used 3 days prior to the exosome session.",
                                   "NSAIDs must not be taken in the four days after the last exosome treatment."])
def test_a_drug_not_to_be_taken_in_the_passive_is_a_drug_to_stop(engine, claim):
    assert engine.ask(claim, fresh=True).verdict == "supported"


def test_a_drug_one_is_not_allowed_to_take_or_that_is_contraindicated_is_not_taken(engine):
    assert engine.ask("You're not allowed to take naproxen for three days before exosome injections.",
                      fresh=True).verdict != "contradicted"
    assert engine.ask("Naproxen is contraindicated for 72 hours before exosome treatment.",
                      fresh=True).verdict == "supported"


def test_a_time_frame_decides_a_no_only_of_what_the_review_gave_it_for(engine):
    # "On the day of" falls inside the NSAID pause, but skipping meals is no NSAID.
    assert engine.ask("It's important not to skip meals on the day of your exosome treatment.",
                      fresh=True).verdict != "contradicted"
    assert engine.ask("Ibuprofen is fine on the day of your exosome treatment.", fresh=True).verdict == "contradicted"


@pytest.mark.parametrize("page", ["Q: Do I have to fast first? A: No, please have a hearty breakfast.",
                                  "Q: Can I take naproxen right after treatment? A: Please wait four days after "
                                  "your final session.",
                                  "Is blood drawn for exosome injections? No, the exosomes come ready to inject."])
def test_a_page_that_answers_its_own_question_is_checked_by_its_answer(engine, page):
    assert engine.ask(page, fresh=True).verdict != "contradicted"


def test_a_claim_about_treating_pets_is_not_what_the_sources_say_of_people(engine):
    assert engine.ask("Exosome serum is perfectly fine for a puppy's sore paws.", fresh=True).verdict not in AGREEING
    assert engine.ask("is exosome therapy safe for horses?", fresh=True).verdict not in AGREEING


def test_what_seldom_holds_is_neither_asserted_nor_denied(engine):
    # What products rarely contain says nothing of what exosomes are.
    assert engine.ask("Skincare serums sold as stem cell products rarely contain live stem cells; most use exosomes.",
                      fresh=True).verdict != "contradicted"


def test_saying_one_author_wrote_a_paper_alone_is_checked_against_its_author_list(engine):
    assert engine.ask("Osman Kose is the sole author of the 2022 review on the role of exosomes in skin diseases.",
                      fresh=True).verdict == "contradicted"
    assert engine.ask("Osman Kose is one of the authors of the 2022 review on the role of exosomes in skin "
                      "diseases.", fresh=True).verdict == "supported"


def test_chat_words_for_approval_are_read_as_approval(engine):
    assert engine.ask("any exosome brand got the fda okay?", fresh=True).verdict == "contradicted"


def test_an_anecdote_with_nothing_to_check_does_not_decide_the_question_after_it(engine):
    message = ("My cousin got exosomes in Dallas and loves it. I'd like to know how long before you can tell if "
               "it's working.")
    assert engine.ask(message, fresh=True).verdict == "informational"


def test_a_question_after_one_about_the_treatment_is_about_it_too(engine):
    answer = engine.ask("is it for both sexes? does your age matter?", fresh=True)
    assert [part.verdict for part in answer.trace.parts][1] != "out_of_scope"


def test_being_another_treatment_is_not_being_given_like_it(engine):
    assert engine.ask("my derm said exosomes are basically the same as PRP, true?",
                      fresh=True).verdict not in AGREEING
    assert engine.ask("Exosome shots go into the scalp the same way as PRP.", fresh=True).verdict in AGREEING


def test_a_reason_the_sources_deny_makes_the_claim_wrong_and_one_they_do_not_address_decides_nothing(engine):
    assert engine.ask("Exosome serums have no side effects because exosomes carry no DNA.",
                      fresh=True).verdict == "contradicted"
    assert engine.ask("Exosome creams are safe because they go on top of unbroken skin.",
                      fresh=True).verdict in AGREEING


def test_a_ranking_the_sources_never_make_is_not_agreed_with(engine):
    assert engine.ask("Exosomes from mesenchymal stem cells are the strongest kind there is.",
                      fresh=True).verdict not in AGREEING
    assert engine.ask("Exosomes from mesenchymal stem cells are a kind there is.", fresh=True).verdict in AGREEING


def test_pain_of_a_named_kind_is_a_pain_treated_which_the_sources_never_address(engine):
    assert engine.ask("Could exosome injections ease the neuropathy in my feet?", fresh=True).verdict == "not_covered"


def test_what_a_claim_concedes_first_is_read_when_its_main_clause_says_nothing_the_review_judged(engine):
    assert engine.ask("Although no exosome product has FDA approval so far, many clinics expect that to change soon.",
                      fresh=True).verdict != "contradicted"


def test_the_reason_for_a_step_is_one_the_sources_never_give(engine):
    assert engine.ask("Stopping NSAIDs before your session is advised so as to prevent bruising.",
                      fresh=True).verdict == "not_covered"
    assert engine.ask("Stopping NSAIDs before your session is advised.", fresh=True).verdict in AGREEING


def test_a_question_after_whose_word_it_goes_by_is_still_an_open_question(engine):
    assert engine.ask("Per the article, what should I eat before my session?", fresh=True).verdict == "informational"
    assert engine.ask("Going by the 2023 systematic review, which cells did the exosomes come from?",
                      fresh=True).verdict == "informational"


def test_numbing_before_the_injections_is_a_step_the_sources_never_mention(engine):
    assert engine.ask("Clinics rub an anaesthetic gel on for 30 minutes so the exosome injections hurt less.",
                      fresh=True).verdict == "not_covered"


def test_a_pause_said_of_no_side_is_not_held_against_times_before_and_after(engine):
    assert engine.ask("Stay off ibuprofen for two weeks around your exosome session.", fresh=True).verdict \
        != "contradicted"
    assert engine.ask("After your last exosome session, keep off NSAIDs for ten days.", fresh=True).verdict \
        == "contradicted"


def test_words_for_any_papers_making_say_nothing_its_record_does_not_judge(engine):
    assert engine.ask("Embase was among the databases the Kost group searched.", fresh=True).verdict == "supported"
    assert engine.ask("Scopus was among the databases the Kost group searched.", fresh=True).verdict == "contradicted"


def test_a_decision_for_someone_with_an_illness_the_sources_never_speak_of_is_not_covered(engine):
    assert engine.ask("I've had kidney disease for years. Should I book exosome scalp injections?",
                      fresh=True).verdict == "not_covered"


def test_a_claim_about_a_neighbouring_treatment_alone_is_not_covered_not_off_topic(engine):
    assert engine.ask("Polynucleotides lower inflammation through adenosine receptors.",
                      fresh=True).verdict == "not_covered"


def test_a_question_word_and_its_noun_put_last_ask_an_open_question(engine):
    assert engine.ask("the new hair from exosome shots shows up by what month", fresh=True).verdict == "informational"
    assert engine.ask("exosomes for my scalp are made from which cells", fresh=True).verdict == "informational"


def test_what_a_paper_cited_by_title_alone_found_is_not_what_the_article_says(engine):
    # The article says exosomes help repair the skin, but the Cells entry records the citation only.
    assert engine.ask("The Cells review found that exosomes help burns and wounds heal.",
                      fresh=True).verdict == "not_covered"
    # What the article itself says stays right without a paper to attribute it to.
    assert engine.ask("Exosomes have been found to help burns and wounds heal.",
                      fresh=True).verdict in {"supported", "partly_supported"}


def test_cells_the_sources_never_name_as_a_source_are_named_as_unbacked(engine):
    answer = engine.ask("Our exosomes come from bone marrow stem cells.", fresh=True)
    assert answer.verdict == "partly_supported"
    assert "the cells they come from" in answer.answer


def test_a_detail_said_to_be_the_main_one_is_not_a_detail_added(engine):
    # Bone marrow, which the sources never name as a source, beside the stem cells they do name: partly right.
    assert engine.ask("The exosomes sold to clinics are harvested from stem cells, some from bone marrow.",
                      fresh=True).verdict == "partly_supported"
    # Said to be where they mainly come from, it is the claim itself, and no review judged it.
    assert engine.ask("Clinics get their exosomes mainly from bone marrow stem cells.",
                      fresh=True).verdict not in {"supported", "partly_supported"}


def test_what_a_paper_known_by_its_journal_alone_found_is_not_covered_and_its_unknown_year_not_denied(engine):
    assert engine.ask("The Skinmed article found exosome injections to be safe on the scalp.",
                      fresh=True).verdict == "not_covered"
    # Words its title shares do not present the paper: this is a claim about exosomes, which the sources leave open.
    assert engine.ask("Exosomes for skin disorders have been found to calm eczema flares.",
                      fresh=True).verdict == "unproven"
    # Its record gives no year: one claimed for it is neither confirmed nor denied.
    assert engine.ask("The Skinmed article came out in 2019.", fresh=True).verdict != "contradicted"


def test_a_claim_that_goes_on_about_another_treatment_is_not_held_against_the_subjects_evidence(engine):
    # The second sentence names no subject: it is still about finasteride, whose timeline the sources never give.
    answer = engine.ask("Finasteride is a pill men take once a day. Most users see thicker hair within three months.",
                        fresh=True)
    assert answer.verdict == "not_covered"
    # Once the message names the subject, what it says of it is checked.
    assert engine.ask("Finasteride is a pill men take once a day. Exosomes show thicker hair within three weeks.",
                      fresh=True).verdict == "contradicted"


def test_what_a_step_of_the_procedure_allows_is_the_step_not_a_regulatory_status(engine):
    assert engine.ask("Naproxen is not allowed in the three days before exosome injections.",
                      fresh=True).verdict == "supported"


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Stay off aspirin-type painkillers for a few days before exosome shots.", "supported"),
    ("Keep away from Motrin for a week or so before the exosome appointment.", "supported"),
    # Shorter than the least the sources give, it is false.
    ("Only keep off Advil for one day before the exosome session.", "contradicted"),
])
def test_a_pause_before_the_session_keeps_to_the_least_one_when_it_lasts_as_long(claim, verdict, engine):
    assert engine.ask(claim, fresh=True).verdict == verdict


@pytest.mark.parametrize("claim", [
    "Exosome serums can irritate the skin on your neck.",
    "is it possible for exosome serums to irritate my skin?",
    "Since they come from my own body there's zero chance of a reaction to exosomes.",
])
def test_a_particular_reaction_is_neither_backed_nor_ruled_out_by_what_the_sources_say_of_safety(claim, engine):
    assert engine.ask(claim, fresh=True).verdict == "unproven"


def test_mild_reactions_beside_the_tenderness_the_sources_name_are_partly_backed(engine):
    assert engine.ask("Expect some tenderness and a little bruising at the injection site after exosome shots.",
                      fresh=True).verdict == "partly_supported"


def test_a_topic_the_sources_never_address_said_to_be_all_it_took_is_what_the_claim_is_about(engine):
    assert engine.ask("In the clinical study, a single application of the exosome lotion was enough to thicken hair.",
                      fresh=True).verdict == "unproven"
    # Beside what the study found, the same detail is one the sources do not back.
    assert engine.ask("The clinical study applied topical exosomes in a single application and hair thickened.",
                      fresh=True).verdict == "partly_supported"


def test_a_fall_in_what_the_clinical_study_found_rose_is_contradicted(engine):
    assert engine.ask("The clinical study of topical exosomes found a decrease in hair thickness.",
                      fresh=True).verdict == "contradicted"


def test_hundreds_of_trials_is_a_magnitude_the_sources_deny_not_a_count_they_never_give(engine):
    assert engine.ask("There are thousands of human trials of exosomes for hair.", fresh=True).verdict == \
        "contradicted"


def test_skin_that_is_undamaged_is_the_intact_skin_topical_exosomes_are_safe_on(engine):
    assert engine.ask("Exosomes on undamaged skin are risky.", fresh=True).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "Exosome infusions slow down Parkinson's disease.",
    "could exosomes help my dad's copd?",
])
def test_an_illness_of_another_organ_is_a_topic_the_sources_never_address(claim, engine):
    answer = engine.ask(claim, fresh=True)
    assert answer.verdict == "not_covered" and part_of(answer).review_id == "other-illnesses"


def test_what_names_the_subject_asserts_nothing_a_partial_verdict_can_rest_on(engine):
    assert engine.ask("Stem cell exosomes improved the skin of mice in one experiment.", fresh=True).verdict == \
        "unproven"
    # An attribute before the subject's name is still asserted.
    assert engine.ask("There are no FDA-approved exosome products yet.", fresh=True).verdict == "supported"


def test_cells_communicating_through_exosomes_is_the_signalling_the_sources_describe(engine):
    assert engine.ask("Cells release exosomes so that they can communicate with one another.",
                      fresh=True).verdict == "supported"
