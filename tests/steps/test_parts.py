"""Step 2, parts: a message becomes the claims and questions in it; background is neither."""

import pytest

from engine.language import mentions_domain
from engine.parts import split_parts


def parts_of(topic, message):
    prefixes = topic.domain_prefixes
    return [(part.kind, part.text) for part in split_parts(topic, message, lambda t: mentions_domain(t, prefixes))]


def test_a_reported_claim_asked_as_a_check_is_a_yes_no_claim(topic):
    assert parts_of(topic, "A clinic told me it has no side effects, true?") == [("yes_no", "It has no side effects")]


def test_a_claim_then_is_that_true_then_an_open_question(topic):
    assert parts_of(topic, "My clinic says results show in 2 weeks. Is that true? Also how much does it cost?") == [
        ("yes_no", "Results show in 2 weeks"), ("open", "how much does it cost?")]


def test_personal_background_is_not_a_claim(topic):
    assert parts_of(topic, "I'm 45 and losing hair at the crown. Do exosomes regrow hair?") == [
        ("yes_no", "Do exosomes regrow hair?")]


def test_two_questions_joined_by_and_are_asked_in_turn(topic):
    assert [kind for kind, _ in parts_of(topic, "Is it safe and does it work for hair loss?")] == ["yes_no", "yes_no"]


def test_a_question_without_its_question_mark_is_still_a_question(topic):
    assert parts_of(topic, "is it fda approved") == [("yes_no", "is it fda approved")]


def test_a_report_of_ones_own_symptoms_is_its_own_part(topic):
    assert parts_of(topic, "I have a fever since my injections yesterday.")[0][0] == "symptom"


def test_a_question_offering_a_choice_asks_which_not_whether(topic):
    assert parts_of(topic, "Is it ok to eat before the session or should I fast?")[0][0] == "open"
    assert parts_of(topic, "Should I eat before my exosome session or come in fasting?")[0][0] == "open"
    assert parts_of(topic, "Should I stop taking NSAIDs before exosomes or not?")[0][0] == "yes_no"


def test_background_without_its_i_is_still_background(topic):
    assert parts_of(topic, "been on finasteride for 2 years, derm now pushing exosomes. Are exosomes safe?") == [
        ("yes_no", "Are exosomes safe?")]
    assert parts_of(topic, "Spent $2,500 on four exosome sessions in spring, the last one 10 weeks ago. "
                           "Are exosomes safe?") == [("yes_no", "Are exosomes safe?")]


def test_it_after_a_verb_stands_for_the_drug_the_background_named(topic):
    assert parts_of(topic, "I take NSAIDs daily for my knee. Should I pause it before my exosome session?") == [
        ("yes_no", "Should I pause NSAIDs before my exosome session?")]
    # "is it" is not the drug.
    assert parts_of(topic, "I take NSAIDs daily. Is it ok to have exosome injections?") == [
        ("yes_no", "Is it ok to have exosome injections?")]


@pytest.mark.parametrize("message, asked", [
    ("Is it FDA-approved?", True),
    # Without its question mark, and misspelt.
    ("is it fda aproved", True),
    # The claim, then a check request that does not start the message and has no question mark.
    ("My clinic says it's FDA approved. Is that true", True),
    ("A clinic told me it is FDA approved", False),
    # An open question has nothing to answer yes or no to, question mark or not.
    ("how soon will I see results?", False),
    # The verdict stands on the claim (contradicted), not on the question after it (partly supported).
    ("It is FDA approved. Is it safe?", False),
    # ... and here on the question (contradicted), not on the claim before it (unproven).
    ("Exosomes regrow hair. Is it FDA approved?", True),
])
def test_the_answer_says_whether_the_parts_deciding_its_verdict_were_asked_as_yes_no_questions(engine, message,
                                                                                               asked):
    answer = engine.ask(message, fresh=True)
    deciding = [part for part in answer.trace.parts if part.verdict == answer.verdict]
    assert answer.asked is asked
    assert all((part.kind == "yes_no") is asked for part in deciding)


def test_a_question_that_offers_only_its_own_denial_asks_whether_the_first_holds(topic):
    assert parts_of(topic, "do exosomes really regrow hair or is it all hype") == [
        ("yes_no", "do exosomes really regrow hair?")]
    assert parts_of(topic, "is exosome therapy FDA approved or not") == [("yes_no", "is exosome therapy FDA approved?")]
    # A choice between two things to do is still an open question.
    assert [kind for kind, _ in parts_of(topic, "Is it ok to eat first or should I fast?")] == ["open"]


def test_a_statement_opening_with_when_is_a_claim_not_a_question(topic):
    assert parts_of(topic, "When applied to the scalp, exosomes wake dormant follicles.") == [
        ("claim", "When applied to the scalp, exosomes wake dormant follicles")]
    assert [kind for kind, _ in parts_of(topic, "When will I see results from exosomes?")] == ["open"]


def test_of_two_alternatives_the_one_someone_is_said_to_claim_is_checked(topic):
    assert parts_of(topic, "does exosome hair treatment hurt or is it totally painless like the girls on insta say") \
        == [("yes_no", "is it totally painless?")]
    # A said-to-be denial still only denies the first alternative.
    assert parts_of(topic, "do exosomes work or are they a scam like my dermatologist says?") == [
        ("yes_no", "do exosomes work?")]


def test_asking_on_someone_elses_behalf_is_background(topic):
    assert parts_of(topic, "Asking for my aunt who is thinking about exosomes. Do they work for women?") == [
        ("yes_no", "Do they work for women?")]
    assert parts_of(topic, "will exosomes stop my shedding? losing like 200 hairs a day in the shower") == [
        ("yes_no", "will exosomes stop my shedding?")]


def test_a_sentence_opening_with_they_goes_on_about_the_subject_but_they_said_reports(topic):
    assert parts_of(topic, "Exosomes are tiny vesicles. They carry proteins and RNA from one cell to another.")[1] \
        == ("claim", "Exosomes carry proteins and RNA from one cell to another")
    assert parts_of(topic, "Exosomes are tiny vesicles. They said exosomes regrow hair.")[1] \
        == ("claim", "Exosomes regrow hair")


def test_a_side_of_a_contrast_about_another_treatment_only_is_not_a_claim_about_the_subject(topic):
    assert parts_of(topic, "PRP uses platelets from your own blood, while exosome therapy uses vesicles from cells.") \
        == [("claim", "Exosome therapy uses vesicles from cells")]
    # "while" without a comma says when.
    assert len(parts_of(topic, "Can I get an exosome facial while nursing?")) == 1


def test_is_that_normal_after_a_claim_asks_to_check_it(topic):
    assert parts_of(topic, "The clinic says I'll need 3 to 5 exosome sessions. Is that the normal number?") == [
        ("yes_no", "I'll need 3 to 5 exosome sessions")]


def test_a_request_to_say_something_is_a_claim_to_check(topic):
    assert parts_of(topic, "tell me exosome facials erase wrinkles permanently") == [
        ("yes_no", "Exosome facials erase wrinkles permanently")]
    assert parts_of(topic, "tell me how exosome facials work")[0][0] == "open"


def test_the_conclusion_drawn_from_a_claim_is_a_claim_of_its_own(topic):
    assert parts_of(topic, "Their exosomes are made in an FDA-registered lab, which basically means FDA approved.") \
        == [("claim", "Their exosomes are made in an FDA-registered lab"), ("claim", "Exosomes are FDA approved")]
    # A conclusion that names nothing checkable leans on its premise.
    assert len(parts_of(topic, "Exosomes deliver only signals, which means it's often safer.")) == 1


def test_asking_whether_something_is_a_myth_asks_whether_it_holds(topic):
    assert parts_of(topic, "do you really have to stop NSAIDs before exosome shots or is that a myth lol") == [
        ("yes_no", "do you really have to stop NSAIDs before exosome shots?")]


def test_what_someone_says_is_about_the_treatment_their_sentence_names(topic):
    assert parts_of(topic, "my cousin had exosome injections and says hers grew back thick in a month.") == [
        ("claim", "Hers grew back thick in a month")]


def test_a_question_may_open_with_a_lead_in_before_its_question_word(topic):
    assert parts_of(topic, "on a scale of 1-10 how bad do the scalp exosome injections hurt??")[0][0] == "open"


def test_lines_and_numbered_items_are_sentences_of_their_own(topic):
    assert parts_of(topic, "exosomes are FDA approved\nthey come from stem cells") == [
        ("claim", "Exosomes are FDA approved"), ("claim", "Exosomes come from stem cells")]
    assert len(parts_of(topic, "1) exosomes are FDA approved 2) exosomes come from stem cells")) == 2


def test_a_question_the_message_answers_itself_states_a_claim(topic):
    assert parts_of(topic, "Are exosome treatments FDA-approved? No.") == [
        ("claim", "It is not the case that are exosome treatments FDA-approved")]
    assert parts_of(topic, "Is exosome therapy painful? Yes.") == [("claim", "Is exosome therapy painful")]


def test_a_question_word_after_a_preposition_or_a_filler_still_opens_a_question(topic):
    assert parts_of(topic, "at what point should I judge whether my exosome treatment worked?")[0][0] == "open"
    assert parts_of(topic, "wait where do they even get exosomes from??")[0][0] == "open"


def test_a_question_after_a_lead_in_joined_to_another_by_and_is_asked_in_turn(topic):
    assert parts_of(topic, "I'm nervous since it's new, are there side effects with exosomes, and do they work?") == [
        ("yes_no", "I'm nervous since it's new, are there side effects with exosomes?"),
        ("yes_no", "do they work?")]


def test_asking_whether_it_was_a_real_study_asks_to_check_the_claim_before_it(topic):
    assert parts_of(topic, "I saw exosome serum gave people thicker hair in a trial. Was that a real trial?") == [
        ("yes_no", "Exosome serum gave people thicker hair in a trial")]


def test_promise_as_a_noun_does_not_report_a_claim(topic):
    assert parts_of(topic, "Exosomes have shown promise for hair loss in early research.") == [
        ("claim", "Exosomes have shown promise for hair loss in early research")]
    assert parts_of(topic, "My clinic promised exosomes regrow hair in weeks.") == [
        ("claim", "Exosomes regrow hair in weeks")]


def test_two_claims_joined_by_but_are_checked_in_turn(topic):
    assert parts_of(topic, "The exosome serum is safe on the skin but the injections haven't been proven safe?") == [
        ("yes_no", "The exosome serum is safe on the skin?"), ("yes_no", "the injections haven't been proven safe?")]
    # Without a subject of its own, what follows "but" finishes the one claim.
    assert len(parts_of(topic, "Exosomes are not cells but tiny vesicles.")) == 1


def test_does_that_mean_asks_whether_the_conclusion_holds(topic):
    assert parts_of(topic, "Their exosomes are made in an FDA-registered lab, does that mean they're FDA approved?") \
        == [("claim", "Their exosomes are made in an FDA-registered lab"), ("yes_no", "Exosomes are FDA approved?")]


def test_should_i_believe_them_and_a_bare_correct_ask_to_check_the_claim_before(topic):
    assert parts_of(topic, "The clinic says exosomes regrow hair in six weeks. Should I believe them?") == [
        ("yes_no", "Exosomes regrow hair in six weeks")]
    assert parts_of(topic, "I've been told that exosome patients should eat a light meal before. Correct?") == [
        ("yes_no", "Exosome patients should eat a light meal before")]


def test_a_question_in_a_message_about_the_treatment_is_kept_though_it_names_none_of_its_words(topic):
    parts = parts_of(topic, "Quick q about prep for my exosome appointment. Is it true I'm supposed to fast for 12 "
                            "hours beforehand?")
    assert ("yes_no", "I'm supposed to fast for 12 hours beforehand") in parts


def test_is_that_normal_after_what_the_person_felt_asks_about_it(topic):
    assert parts_of(topic, "My scalp was a bit tender the day after my exosome shots. Is that normal?") == [
        ("yes_no", "My scalp was a bit tender the day after my exosome shots")]


def test_a_label_before_background_does_not_make_it_a_claim(topic):
    assert parts_of(topic, "Background: I take NSAIDs most days. Do I need to stop it before exosome "
                           "injections?") == [("yes_no", "Do I need to stop NSAIDs before exosome injections?")]


def test_a_tag_or_a_negative_question_asks_to_confirm_the_statement(topic):
    assert parts_of(topic, "I shouldn't take NSAIDs in the days before my exosome session, should I?") == [
        ("yes_no", "I shouldn't take NSAIDs in the days before my exosome session")]
    assert parts_of(topic, "Isn't an exosome hair cycle about 3 months long?") == [
        ("yes_no", "Is an exosome hair cycle about 3 months long?")]


def test_saying_a_claim_is_not_true_asks_to_confirm_its_denial(topic):
    assert parts_of(topic, "My clinic claimed their exosomes are FDA approved. That's not true, is it?") == [
        ("yes_no", "It is not the case that their exosomes are FDA approved")]


def test_a_polite_request_to_explain_is_an_open_question_and_tell_me_if_asks_whether(topic):
    assert parts_of(topic, "Please explain how exosome therapy works.")[0][0] == "open"
    assert parts_of(topic, "Can you tell me if exosomes are FDA approved?")[0][0] == "yes_no"


def test_it_after_a_conjunction_is_a_subject_not_the_drug_the_background_named(topic):
    parts = parts_of(topic, "I take NSAIDs daily. Someone says there's only one human study of exosomes and it used "
                            "a cream. Is that right?")
    assert all("NSAIDs used" not in text for _, text in parts)


@pytest.mark.parametrize("check", ["Does that line up?", "does that check out", "Is that what the article says?",
                                   "Is that how it works?", "is that actually how it works or just a sales line?"])
def test_asking_whether_a_claim_agrees_with_the_sources_asks_to_check_it(topic, check):
    assert parts_of(topic, f"My consultant said a hair cycle is about three months. {check}") == [
        ("yes_no", "A hair cycle is about three months")]


def test_what_someone_said_in_a_message_about_the_treatment_is_checked_and_it_is_the_drug_asked_about(topic):
    assert parts_of(topic, "do i have to stop NSAIDs before my exosome appt? the nurse said just skip it the "
                           "morning of") == [("yes_no", "do i have to stop NSAIDs before my exosome appt?"),
                                             ("claim", "Just skip NSAIDs the morning of")]


def test_asking_whether_a_claim_is_overstated_keeps_it_a_claim_and_a_report_inside_a_report_hands_it_over(topic):
    message = "derm says nobody knows the long term effects of exosomes yet. is that fear mongering??"
    assert parts_of(topic, message) == [("claim", "Nobody knows the long term effects of exosomes yet")]
    assert parts_of(topic, "saw a reddit thread saying exosomes are FDA approved now") == [
        ("claim", "Exosomes are FDA approved now")]


def test_asking_whether_a_claim_says_what_a_thing_is_asks_to_check_it(topic):
    assert parts_of(topic, "My med spa says exosomes are tiny vesicles that cells release. Is that what exosomes "
                           "are?") == [("yes_no", "Exosomes are tiny vesicles that cells release")]


def test_however_after_a_semicolon_parts_two_claims_each_with_its_subject(topic):
    assert [kind for kind, _ in parts_of(topic, "Topical exosomes are safe on intact skin; however, data on "
                                                "injected exosomes is still lacking.")] == ["claim", "claim"]


@pytest.mark.parametrize("message", [
    "The idea that exosomes are FDA approved is a myth.",
    "It's a myth that exosomes are FDA approved.",
    "The claim that exosomes are FDA approved is completely false.",
])
def test_a_claim_called_a_myth_is_read_as_denied(topic, message):
    assert parts_of(topic, message) == [("claim", "It's not true that exosomes are FDA approved")]


def test_a_conclusion_drawn_with_therefore_is_a_claim_of_its_own(topic):
    assert parts_of(topic, "Exosomes are natural, therefore they are completely safe.") == [
        ("claim", "Exosomes are natural"), ("claim", "Exosomes are completely safe")]


def test_a_bare_time_frame_after_a_question_of_when_claims_the_asked_event_comes_then(topic):
    assert parts_of(topic, "how soon will i see new hair after exosome shots?? my clinic said like 8 weeks") == [
        ("open", "how soon will i see new hair after exosome shots??"),
        ("claim", "I will see new hair after exosome shots in like 8 weeks")]
    # A time frame that says more is a claim of its own.
    assert parts_of(topic, "When will I see results? The clinic said exosomes work within 8 weeks for everyone.")[
        -1] == ("claim", "Exosomes work within 8 weeks for everyone")
    # Two words that are a time frame are what someone said, as three are.
    assert parts_of(topic, "when will my hair grow back after exosomes? the clinic told me 8 weeks")[-1] == (
        "claim", "My hair will grow back after exosomes in 8 weeks")


def test_a_question_of_that_asks_its_predicate_of_the_claim_before_it(topic):
    assert parts_of(topic, "clinic uses vials with 400 billion exosomes in them. is that enough of a dose for hair?"
                    ) == [("yes_no", "Clinic uses vials with 400 billion exosomes in them, enough of a dose for hair")]
    # "Does that mean ...?" asks a claim of its own.
    assert parts_of(topic, "The article said no known side effects. Does that mean it's proven safe?")[-1][0] \
        == "yes_no"


def test_saying_nobody_can_say_denies_knowledge_and_reports_no_claim(topic):
    assert parts_of(topic, "Nobody can say for sure yet whether exosome results last.") == [
        ("claim", "Nobody can say for sure yet whether exosome results last")]


def test_a_statement_led_in_by_where_its_writer_read_it_is_a_claim_not_an_open_question(topic):
    assert parts_of(topic, "From what I read, exosome results take at least six months.") == [
        ("claim", "Exosome results take at least six months")]


def test_a_second_report_that_only_says_yes_or_no_claims_the_opposite_of_the_first(topic):
    assert parts_of(topic, "My derm says exosomes are not FDA-approved but the spa says they are.") == [
        ("claim", "Exosomes are not FDA-approved"), ("claim", "Exosomes are FDA-approved")]
    assert parts_of(topic, "My clinic says exosomes are safe for everyone. My derm says they aren't.") == [
        ("claim", "Exosomes are safe for everyone"),
        ("claim", "It is not the case that exosomes are safe for everyone")]
    # A report that agrees adds nothing.
    assert parts_of(topic, "My clinic says exosomes are safe. My friend says they are too.") == [
        ("claim", "Exosomes are safe")]


def test_reports_set_against_each_other_and_lettered_items_are_parts_of_their_own(topic):
    assert parts_of(topic, "She says exosomes are banned by the FDA, but my clinic says theirs are FDA approved.") == [
        ("claim", "Exosomes are banned by the FDA"), ("claim", "Theirs are FDA approved")]
    lettered = parts_of(topic, "a) my clinic says hair results in 2-3 months b) my friend says more like a year")
    assert [text for _, text in lettered] == ["Hair results in 2-3 months", "More like a year"]


def test_a_bare_they_opening_a_message_that_names_nothing_else_is_the_subject(topic):
    assert parts_of(topic, "They function as cellular messengers between cells.") == [
        ("claim", "Exosomes function as cellular messengers between cells")]


def test_what_the_subject_is_set_apart_from_opens_the_claim_but_is_not_it(topic):
    assert parts_of(topic, "Unlike stem cells, exosomes do not contain DNA.") == [
        ("claim", "Exosomes do not contain DNA")]
    # Set against another treatment, or with a comparison after it, the contrast is the claim's standard.
    assert parts_of(topic, "Unlike PRP, exosomes are cell-free.") == [("claim", "Unlike PRP, exosomes are cell-free")]
    assert parts_of(topic, "Unlike stem cell therapy, exosome therapy is often safer.") == [
        ("claim", "Unlike stem cell therapy, exosome therapy is often safer")]


def test_who_is_right_after_two_reports_asks_to_check_them(topic):
    assert parts_of(topic, "My derm says exosomes are not FDA-approved but the spa says they are. Who is right?") == [
        ("claim", "Exosomes are not FDA-approved"), ("yes_no", "Exosomes are FDA-approved")]
    assert [kind for kind, _ in parts_of(topic, "A clinic told me it has no side effects. Is that true lol")] == [
        "yes_no"]


def test_it_going_on_about_the_subject_is_a_part_of_its_own(topic):
    assert parts_of(topic, "Exosomes come from stem cells. It will then travel to damaged cells and repair them.") == [
        ("claim", "Exosomes come from stem cells"), ("claim", "It will then travel to damaged cells and repair them")]


def test_it_telling_what_happened_is_not_a_claim_about_the_subject(topic):
    assert parts_of(topic, "I had my exosome session on Monday. It was over by lunch.") == []


def test_a_negated_verb_of_saying_reports_nothing(topic):
    assert parts_of(topic, "Research still can't say who the best candidates for exosomes are?") == [
        ("yes_no", "Research still can't say who the best candidates for exosomes are?")]


def test_two_things_joined_by_or_without_a_verb_ask_which(topic):
    assert parts_of(topic, "exosome facial or microneedling") == [("open", "exosome facial or microneedling")]


def test_is_that_even_a_real_thing_asks_to_check_the_claim_before_it(topic):
    assert parts_of(topic, "a friend said exosomes can be made from saliva? is that even a real thing") == [
        ("yes_no", "Exosomes can be made from saliva")]


def test_a_clause_with_its_own_subject_after_and_is_a_claim_of_its_own(topic):
    assert parts_of(topic, "Preclinical studies show exosomes help hair loss, and human trials have proven "
                           "exosomes safe.") == [("claim", "Preclinical studies show exosomes help hair loss"),
                                                 ("claim", "Human trials have proven exosomes safe")]


def test_a_list_of_predicates_or_a_clause_pointing_back_stays_one_claim(topic):
    assert len(parts_of(topic, "Exosomes calm redness, and heal scars.")) == 1
    assert len(parts_of(topic, "That review had one human study of exosomes, and the exosomes were put on the "
                               "scalp.")) == 1


def test_the_medicines_someone_has_you_on_are_background(topic):
    assert parts_of(topic, "The cardiologist has me on NSAIDs since the stent. Can I take NSAIDs before exosome "
                           "shots?") == [("yes_no", "Can I take NSAIDs before exosome shots?")]


def test_a_narrower_alternative_after_or_only_is_not_part_of_what_is_asked(topic):
    assert parts_of(topic, "have exosomes been tried on people yet or only lab animals?") == [
        ("yes_no", "have exosomes been tried on people yet?")]


def test_sounds_off_doubts_the_claim_before_it_without_turning_it_into_a_question(topic):
    assert parts_of(topic, "My derm said exosomes are mini stem cells. Sounds off?") == [
        ("claim", "Exosomes are mini stem cells")]
    assert parts_of(topic, "My derm said exosomes are mini stem cells. Does that sound right?") == [
        ("yes_no", "Exosomes are mini stem cells")]


def test_but_then_sets_a_second_claim_against_the_first(topic):
    assert len(parts_of(topic, "The clinic says exosomes are approved but then the article says they are not.")) == 2


def test_they_in_a_check_request_naming_nothing_else_is_the_subject(topic):
    assert parts_of(topic, "is it true they can be isolated from urine?") == [
        ("yes_no", "Exosomes can be isolated from urine")]


def test_what_a_forum_or_a_rumour_is_said_to_hold_is_the_claim(topic):
    assert parts_of(topic, "Thread consensus seems to be that exosomes are FDA approved.") == [
        ("claim", "Exosomes are FDA approved")]
    assert parts_of(topic, "I read somewhere exosomes work for women?") == [("yes_no", "Exosomes work for women")]


def test_a_question_word_put_last_asks_an_open_question(topic):
    assert parts_of(topic, "exosome serums made of what") == [("open", "exosome serums made of what")]


def test_tell_me_before_a_question_is_no_part_of_it(topic):
    assert parts_of(topic, "Now tell me: how long do exosomes stay in the scalp?") == [
        ("open", "how long do exosomes stay in the scalp?")]


def test_two_values_of_one_kind_offered_with_or_ask_which_of_them(topic):
    assert parts_of(topic, "Is exosome hair treatment a topical or an injection?") == [
        ("open", "Is exosome hair treatment a topical or an injection?")]


def test_what_the_asker_will_be_taking_is_background_wherever_the_sentence_starts(topic):
    assert parts_of(topic, "Tooth out on Friday and the dentist says I'll be on NSAIDs for four days. "
                           "Is exosome therapy safe?") == [("yes_no", "Is exosome therapy safe?")]


def test_asking_whether_anyone_knows_how_long_or_putting_a_condition_first_is_an_open_question(topic):
    assert parts_of(topic, "Does anyone know how long they followed people up in the exosome hair study?")[0][0] \
        == "open"
    assert parts_of(topic, "If I start exosomes in January, which month should I expect to notice anything?")[0][0] \
        == "open"


def test_a_request_to_check_what_follows_is_no_part_of_its_own(topic):
    assert parts_of(topic, "Can you fact-check this line from a clinic? Exosomes regrow hair in 3 weeks.") == [
        ("claim", "Exosomes regrow hair in 3 weeks")]


def test_wait_opening_a_message_is_filler_but_not_when_it_says_how_long(topic):
    assert parts_of(topic, "Wait, so exosomes are FDA approved?") == [("yes_no", "exosomes are FDA approved?")]
    assert parts_of(topic, "Wait four days after your last exosome session before taking NSAIDs again.") == [
        ("claim", "Wait four days after your last exosome session before taking NSAIDs again")]


def test_a_clinic_claiming_something_of_its_treatment_as_ours_is_a_claim_but_a_booking_is_background(topic):
    assert parts_of(topic, "Our FDA-approved exosome treatment regrows hair in just 4 weeks.") == [
        ("claim", "Our FDA-approved exosome treatment regrows hair in just 4 weeks")]
    assert parts_of(topic, "We booked exosome injections for next month. Is it FDA approved?") == [
        ("yes_no", "Is it FDA approved?")]


def test_a_consequence_drawn_after_so_is_a_claim_of_its_own_but_so_far_is_not(topic):
    assert len(parts_of(topic, "Exosomes are believed to last 6-8 months, so one session a year is enough for "
                               "permanent results.")) == 2
    assert len(parts_of(topic, "Exosomes have been safe in studies so far, with no side effects reported.")) == 1


def test_a_question_phrase_after_its_topic_or_its_condition_asks_an_open_question(topic):
    assert parts_of(topic, "exosomes for hair how long until results") == [
        ("open", "exosomes for hair how long until results")]
    assert parts_of(topic, "after the last exosome shot how many weeks till I can colour my hair")[0][0] == "open"
    assert parts_of(topic, "She told me how long exosomes last and it was two years")[0][0] != "open"


def test_what_the_article_is_said_to_note_is_the_claim(topic):
    assert parts_of(topic, "The article states that exosome injections are FDA approved.") == [
        ("claim", "Exosome injections are FDA approved")]
    assert parts_of(topic, "Patients should understand that exosome results take time.") == [
        ("claim", "Exosome results take time")]


def test_was_that_normal_after_what_the_asker_felt_asks_about_that(topic):
    assert parts_of(topic, "My forehead stung a little the evening after my exosome facial. Was that normal?") == [
        ("yes_no", "My forehead stung a little the evening after my exosome facial")]


def test_a_leading_they_in_copied_text_is_the_treatment_even_beside_words_of_the_domain(topic):
    # A page's sentence about side effects names no treatment: "they" is it ...
    assert parts_of(topic, "They slip into cells unnoticed by the immune system. That means fewer side effects.")[0] \
        == ("claim", "Exosomes slip into cells unnoticed by the immune system")
    # ... but in one's own account "they" are the staff.
    assert all("Exosomes" not in text for _, text in
               parts_of(topic, "They numbed my scalp first and it still stung. Is stinging a side effect?"))


def test_it_after_during_or_before_is_the_session_not_the_drug_named_before(topic):
    _, text = parts_of(topic, "I take NSAIDs for migraines. Should I eat so I don't faint during it?")[-1]
    assert "NSAID" not in text


def test_what_a_described_review_concluded_is_the_claim_but_a_named_paper_keeps_its_name(topic):
    assert parts_of(topic, "The systematic review of cosmetic studies found that exosome creams harm healthy skin.") \
        == [("claim", "Exosome creams harm healthy skin")]
    assert parts_of(topic, "The Kost review concluded that exosome creams harm healthy skin.") \
        == [("claim", "The Kost review concluded that exosome creams harm healthy skin")]


def test_a_question_spliced_onto_a_medicine_one_takes_is_asked_of_that_medicine(topic):
    # (Brand names are NSAIDs by the time a message is split: the normalise step reads them.)
    assert parts_of(topic, "I take NSAIDs most days, do I have to stop them before my exosome appointment") \
        == [("yes_no", "do I have to stop NSAIDs before my exosome appointment?")]
    assert parts_of(topic, "im on NSAIDs for my hip, does that count as one of the drugs to stop before exosomes") \
        == [("yes_no", "does NSAIDs count as one of the drugs to stop before exosomes?")]
    # A time one has gone without it is what such a question asks about, not the medicine.
    assert len(parts_of(topic, "I've been off NSAIDs for a week, is that long enough before exosomes?")) == 1


def test_telling_which_medicine_one_has_asks_what_the_sources_say_of_it(topic):
    assert parts_of(topic, "There is some NSAIDs in my bag.") == [("open", "There is some NSAIDs in my bag.")]
    assert parts_of(topic, "My mum takes NSAIDs every day.") == [("open", "My mum takes NSAIDs every day.")]


def test_one_thing_or_from_another_asks_which(topic):
    assert parts_of(topic, "Are exosomes stem cells or derived from stem cells?")[0][0] == "open"


def test_a_side_that_only_repeats_another_treatments_predicate_by_its_auxiliary_is_the_claim(topic):
    assert parts_of(topic, "PRP needs a blood draw but exosomes don't.") \
        == [("claim", "It's not true that exosomes needs a blood draw")]


def test_an_answer_that_opens_on_no_answers_the_question_and_goes_on_as_a_claim(topic):
    assert parts_of(topic, "Are exosome injections painless? No, expect minor discomfort.") == [
        ("claim", "It is not the case that are exosome injections painless"), ("claim", "Expect minor discomfort")]
    # A correction answers nothing.
    assert parts_of(topic, "Do I need to stop NSAIDs? no, I mean, how long before?")[0][0] != "claim"


def test_saying_what_one_wants_to_know_asks_it(topic):
    assert parts_of(topic, "I'm really curious how long exosome results last.")[0][0] == "open"
    assert parts_of(topic, "My main question is when exosome results show up.")[0][0] == "open"


def test_a_pronoun_after_the_treatment_is_named_is_the_treatment_unless_it_is_taken_or_stopped(topic):
    assert parts_of(topic, "I use minoxidil daily. A neighbour tried exosome shots and swears by them.") \
        == [("claim", "A neighbour tried exosome shots and swears by them")]
    assert parts_of(topic, "I take NSAIDs for my knee. Are exosome facials ok, and when can I go back on them?")[-1] \
        == ("open", "when can I go back on NSAIDs?")


def test_a_decision_that_hangs_on_the_answer_is_background(topic):
    assert parts_of(topic, "Do exosome injections need a blood draw? If so, I will probably skip them.") \
        == [("yes_no", "Do exosome injections need a blood draw?")]


def test_calling_it_a_stretch_only_denies_the_first_alternative(topic):
    assert parts_of(topic, "Can exosomes clear rosacea or is that a stretch?") \
        == [("yes_no", "Can exosomes clear rosacea?")]


def test_a_lead_in_before_a_colon_names_what_the_questions_after_it_ask_about(topic):
    parts = parts_of(topic, "Quick one about NSAIDs for my knee: how long before exosomes do I pause, and when can I "
                            "get back on them?")
    assert [kind for kind, _ in parts] == ["open", "open"]
    assert parts[1][1] == "when can I get back on NSAIDs?"


def test_it_opening_a_sentence_goes_on_about_the_other_treatment_the_one_before_opened_on(topic):
    assert parts_of(topic, "Finasteride is a daily pill. It has no side effects at all.")[1] == \
        ("claim", "Finasteride has no side effects at all")
    assert parts_of(topic, "Exosomes are vesicles. It is all natural.")[1] == ("claim", "It is all natural")


def test_a_question_word_after_a_comma_with_its_verb_first_asks_an_open_question(topic):
    assert parts_of(topic, "terrified of needles tbh, how long does the exosome soreness last") == [
        ("open", "terrified of needles tbh, how long does the exosome soreness last")]
    assert [kind for kind, _ in parts_of(topic, "the 2022 hair review, what did it conclude?")] == ["open"]
    # After a clause that says something, the question does not undo the claim.
    assert [kind for kind, _ in parts_of(topic, "Exosome shots are FDA approved, how cool is that")] == ["claim"]
    # A relative clause after a comma asks nothing.
    assert {kind for kind, _ in parts_of(topic, "Exosomes are tiny, which is why they reach the follicle.")} == {
        "claim"}


def test_a_summary_someone_gave_asked_as_fair_is_the_claim_to_check(topic):
    assert parts_of(topic, "my derm put it as 'exosome hair research is mostly in mice'. fair assessment?") == [
        ("yes_no", "Exosome hair research is mostly in mice")]
    assert parts_of(topic, "A nurse said exosomes are FDA approved. that right?") == [
        ("yes_no", "Exosomes are FDA approved")]


def test_a_step_named_beside_a_side_of_the_session_with_no_verb_asks_what_the_sources_say_of_it(topic):
    assert [kind for kind, _ in parts_of(topic, "NSAIDs before the exosome facial?")] == ["open"]
    # A word of judgement, or a verb, makes it a yes/no question.
    assert [kind for kind, _ in parts_of(topic, "NSAIDs before the exosome facial fine?")] == ["yes_no"]
    assert [kind for kind, _ in parts_of(topic, "quit NSAIDs before the exosome facial?")] == ["yes_no"]
