"""Step 4, specifics: what a claim says that can be checked — time frames, quantities, routes, absolutes."""

from engine.specifics import counts_given, extract, lines_up_in_quantity


def test_time_frames_in_words_and_digits_become_days(topic):
    assert extract(topic, "visible hair growth within two to three months").described() == ["area: hair",
        "outcome: hair regrowth", "result: visible results", "time: 60-90 days"]
    assert "time: 180-270 days at least" in extract(topic, "it will take at least 6–9 months").described()
    assert "time: 21-21 days" in extract(topic, "new hair in three weeks").described()


def test_quantities_read_alike_in_words_and_digits(topic):
    assert extract(topic, "200 billion exosomes").quantities == {"2e+11"}
    assert extract(topic, "5000000000 exosomes per vial").quantities == {"5e+09"}


def test_routes_comparisons_and_absolutes_are_tagged(topic):
    tags = extract(topic, "Our topical serum is risk-free and works better than platelet-rich plasma").tags
    assert {("route", "topical"), ("absolute", "risk-free"), ("absolute", "best"),
            ("comparator", "platelet-rich plasma")} <= tags


def test_a_hyphenated_compound_still_names_its_parts(topic):
    assert ("regulatory status", "registered") in extract(topic, "made in an FDA-registered lab").tags


def test_a_least_amount_is_reached_by_a_larger_quantity_but_not_by_a_smaller_one(topic):
    judged = extract(topic, "products containing more than 200 billion exosomes").quantities
    assert judged == {">=2e+11"}
    assert all(lines_up_in_quantity(claimed, ">=2e+11")
               for claimed in extract(topic, "400 billion per vial").quantities)
    assert not any(lines_up_in_quantity(claimed, ">=2e+11") for claimed in extract(topic, "100 billion").quantities)
    assert not any(lines_up_in_quantity(claimed, ">=2e+11")
                   for claimed in extract(topic, "more than 100 billion").quantities)


def test_an_intensifier_inside_a_phrase_does_not_hide_it(topic):
    assert ("form", "cells") in extract(topic, "they are literally baby stem cells").tags
    assert ("sensation", "severe pain") in extract(topic, "honestly it hurts just so much").tags


def test_asking_whether_they_are_cells_names_cells_and_on_humans_names_studies_in_people(topic):
    assert ("form", "cells") in extract(topic, "are exosomes stem cells?").tags
    assert ("evidence", "studies in people") in extract(topic, "was it tested on humans").tags


def test_any_other_number_is_a_count_but_a_price_a_year_or_a_time_of_day_is_not(topic):
    assert extract(topic, "Stem cell exosomes have over 268 growth factor proteins.").counts == {"268"}
    assert extract(topic, "95% of patients are happy").counts == {"95"}
    assert extract(topic, "results in 3 months").counts == set()
    assert extract(topic, "only $1,500 a session since 2021, appointments from 8am").counts == set()


def test_chat_abbreviations_and_a_day_or_two_are_time_frames(topic):
    assert extract(topic, "wait 48h, or 72 hrs to be safe").described() == ["time: 2-2 days", "time: 3-3 days"]
    assert extract(topic, "sore for a day or two").described() == ["sensation: pain", "time: 0-2 days"]


def test_a_unit_before_its_number_and_next_month_are_time_frames(topic):
    assert "time: 42-42 days" in extract(topic, "visible regrowth by week 6").described()
    assert "time: 30-30 days" in extract(topic, "my hair will be back by next month").described()


def test_fast_is_not_eating_when_it_means_quick(topic):
    assert ("preparation", "eating") in extract(topic, "you have to fast before the session").tags
    assert ("preparation", "eating") not in extract(topic, "exosomes give fast results").tags


def test_how_far_apart_sessions_are_is_not_a_time_frame_and_best_as_an_adverb_is_no_ranking(topic):
    assert extract(topic, "three sessions a month apart").times == ()
    assert ("absolute", "best") not in extract(topic, "Regrowth is best judged about a year in.").tags
    assert ("absolute", "best") in extract(topic, "the best hair loss treatment there is").tags


def test_half_a_year_is_six_months(topic):
    assert extract(topic, "for at least half a year").described() == ["time: 182-182 days at least"]


def test_a_span_starts_at_zero_right_after_is_zero_and_only_restricts(topic):
    assert "time: 0-4 days" in extract(topic, "and for four days after the last session").described()
    assert extract(topic, "take NSAIDs right after the injections").described() == ["preparation: NSAIDs",
                                                                                       "route: injected",
                                                                                       "time: 0-0 days"]
    assert extract(topic, "you only need to skip them on the day of").times[0].only


def test_a_span_takes_in_a_moment_inside_it_but_lines_up_only_with_a_span_about_as_long(topic):
    four_days = extract(topic, "for four days after the session").times[0]
    assert extract(topic, "right after the session").times[0].overlaps(four_days)
    assert extract(topic, "for 4 days after").times[0].overlaps(four_days)
    assert not extract(topic, "for four weeks after the session").times[0].overlaps(four_days)


def test_a_time_frame_knows_which_side_of_the_session_it_is_on(topic):
    before, after = extract(topic, "stop them at least 72 hours before the session and for four days after").times
    assert (before.side, after.side) == ("before", "after")
    # "1 day before" is short of "at least 72 hours before", and never compared with "four days after".
    one_day_before = extract(topic, "1 day before the session").times[0]
    assert one_day_before.short_of(before) and not one_day_before.overlaps(after)
    assert not extract(topic, "a week before").times[0].short_of(before)


def test_a_moment_a_word_names_is_inside_a_least_time_but_a_pause_it_starts_or_restricts_falls_short(topic):
    least = extract(topic, "at least 72 hours before the session").times[0]
    moment = extract(topic, "don't take aspirin the morning of the session").times[0]
    assert moment.point and moment.overlaps(least) and not moment.short_of(least)
    assert extract(topic, "stop NSAIDs the night before").times[0].short_of(least)
    assert extract(topic, "just skip it the morning of").times[0].short_of(least)


def test_the_hair_cycle_and_what_exosomes_carry_are_named_in_everyday_words(topic):
    assert ("mechanism", "hair cycle phases") in extract(topic, "flips sleeping follicles back into growing mode").tags
    assert ("mechanism", "cargo") in extract(topic, "vesicles containing genetic material").tags


def test_putting_it_on_intact_skin_is_the_topical_route(topic):
    assert ("route", "topical") in extract(topic, "Applying exosomes to intact skin is regarded as safe").tags
    assert ("route", "topical") in extract(topic, "an exosome scalp serum, the rub-on kind").tags


def test_anyone_asking_is_no_guarantee_and_knowing_for_sure_claims_proof(topic):
    assert ("absolute", "guaranteed") not in extract(topic, "anyone had an exosome facial while nursing?").tags
    assert ("absolute", "guaranteed") in extract(topic, "it works for anyone").tags
    assert ("absolute", "guaranteed") not in extract(topic, "more studies are needed before anyone can say").tags
    assert ("absolute", "proven") in extract(topic, "do we know for sure there are no side effects?").tags
    assert ("absolute", "best") in extract(topic, "exosomes beat PRP").tags
    assert ("absolute", "no downtime") in extract(topic, "has no visible downtime").tags


def test_saying_how_long_results_take_is_an_expectation_not_a_result(topic):
    tags = extract(topic, "don't expect anything before half a year").tags
    assert ("expectation", "a wait") in tags and not any(kind == "result" for kind, _ in tags)
    assert ("expectation", "a wait") not in extract(topic, "full results at 6 months").tags


def test_saying_when_to_judge_results_is_an_expectation_too(topic):
    assert ("expectation", "a judgement") in extract(topic, "dont judge the results til like a yr in").tags
    assert ("expectation", "a judgement") not in extract(topic, "you'll see full results at 6 months").tags


def test_what_the_subject_is_differs_from_where_it_comes_from(topic):
    # "Living cells" after "released by" names the source; after "are" it says what exosomes are.
    assert ("form", "cells") not in extract(topic, "Exosomes are released by almost all living cells").tags
    assert ("form", "cells") not in extract(topic, "They are made from live stem cells").tags
    assert ("form", "cells") in extract(topic, "Exosomes are living cells").tags


def test_a_comparison_in_any_words_ranks_one_thing_against_another(topic):
    assert ("absolute", "best") in extract(topic, "They have a real advantage over exosomes from aged cells").tags
    assert ("absolute", "best") in extract(
        topic, "Placental exosomes are more likely to provoke an immune response than bone-marrow ones").tags
    # An amount or a time is compared as one, not as a ranking.
    for amount_or_time in ("more than 200 billion exosomes", "a 400 billion vial is more than enough",
                           "it takes way longer than that", "no later than 3 days", "rather than your own blood"):
        assert ("absolute", "best") not in extract(topic, amount_or_time).tags, amount_or_time


def test_cleared_from_the_body_is_no_regulatory_clearance(topic):
    assert ("regulatory status", "approved") not in extract(topic, "before being cleared from the body").tags
    assert ("regulatory status", "approved") in extract(topic, "It has been cleared by the FDA").tags


def test_needing_at_least_a_time_to_see_results_is_a_wait(topic):
    assert ("expectation", "a wait") in extract(topic, "you need at least 6-9 months to see results").tags


def test_a_unit_named_by_its_place_in_order_is_that_span_and_no_count(topic):
    assert extract(topic, "around the fourth month").described() == ["time: 90-120 days"]
    assert extract(topic, "in the 1st week").described() == ["time: 0-7 days"]
    # "The first months" are no one month, and "the second session" counts nothing.
    assert extract(topic, "keeps improving beyond the first months").times == ()
    assert extract(topic, "the second session").counts == set()


def test_a_size_describes_and_does_not_rank(topic):
    assert ("absolute", "best") not in extract(topic, "a tiny particle, much smaller than a cell").tags
    assert ("absolute", "best") in extract(topic, "works much better than PRP").tags


def test_full_thick_hair_is_hair_coming_back(topic):
    assert ("outcome", "hair regrowth") in extract(topic, "full thick hair in 3 months").tags


def test_your_blood_is_drawn_only_when_something_draws_takes_or_uses_it(topic):
    assert ("preparation", "blood draw") in extract(topic, "I guess they draw my blood first, like with PRP").tags
    assert ("preparation", "blood draw") not in extract(topic, "eat well before to improve the quality of your blood"
                                                        ).tags


def test_a_count_names_what_it_counts_and_what_narrows_it(topic):
    given = [str(count) for count in counts_given(
        topic, "The search found 16 studies: 15 were preclinical and only 1 was a clinical study in people.")]
    assert given == ["16 studies", "15 studies (laboratory)", "1 studies (in people)"]
    assert [str(count) for count in counts_given(topic, "It pooled more than a hundred studies of 93 patients.")] \
        == ["more than 100 studies", "93 people"]
    # A year, a time frame, a share and an amount are not counts of things.
    assert counts_given(topic, "In 2023, 95% saw results within 6 months from 200 billion exosomes.") == ()


def test_no_less_than_is_at_least(topic):
    assert "time: 180-240 days at least" in extract(topic, "present for no less than six to eight months").described()



def test_a_length_lines_up_with_a_time_frame_about_as_long_not_with_every_shorter_one(topic):
    believed = extract(topic, "present at least 6 to 8 months after the final treatment").times[0]
    assert extract(topic, "they last for 7 months after").times[0].overlaps(believed)
    assert not extract(topic, "they last for 5 years after").times[0].overlaps(believed)


def test_asking_which_provider_names_one_the_sources_do_not(topic):
    assert ("brand", "named product") in extract(topic, "which clinics in dubai do exosome hair treatment").tags
    assert ("brand", "named product") in extract(topic, "is there a good exosome place near me").tags


def test_other_hair_and_skin_treatments_are_comparators(topic):
    assert ("comparator", "other hair and skin treatments") in extract(
        topic, "Exosomes give a stronger signal than PDRN (salmon DNA fragments).").tags


def test_another_illness_or_its_medicine_is_a_health_condition(topic):
    assert ("population", "health condition") in extract(topic, "I have lupus and take hydroxychloroquine").tags


def test_cells_named_as_where_the_subject_comes_from_do_not_say_what_it_is(topic):
    assert ("form", "cells") not in extract(topic, "Exosomes are secreted by nearly every kind of living cells, "
                                                   "including skin, immune and stem cells.").tags
    assert ("form", "cells") in extract(topic, "Exosomes are tiny living cells.").tags


def test_a_hyphenated_number_word_is_one_number(topic):
    assert extract(topic, "The review included forty-seven studies.").counts == {"47"}


def test_everyday_words_for_approval_state_it(topic):
    assert ("regulatory status", "approved") in extract(topic, "the FDA signed off on exosome shots").tags
    assert ("regulatory status", "approved") in extract(topic, "regulators gave exosomes the green light").tags


def test_how_long_a_cycle_runs_is_marked_as_a_cycle_not_a_time_by_which_anything_happens(topic):
    assert "time: 90-90 days, a cycle" in extract(topic, "a single hair cycle takes three months").described()
    assert "time: 90-90 days" in extract(topic, "new hair in three months").described()


def test_people_hurt_by_a_product_were_harmed_not_only_sore(topic):
    assert ("severity", "serious") in extract(topic, "people have been hurt by some product involving exosomes").tags
    assert ("severity", "serious") not in extract(topic, "does the injection hurt?").tags


def test_any_countrys_name_says_its_regulator_is_not_the_fda(topic):
    elsewhere = ("regulator", "outside the United States")
    assert elsewhere in extract(topic, "approved by the health ministry in Brazil").tags
    assert elsewhere in extract(topic, "is it legal in thailand?").tags
    assert elsewhere not in extract(topic, "approved in Puerto Rico").tags
    assert elsewhere not in extract(topic, "tested on guinea pigs").tags


def test_pain_said_to_be_considerable_is_severe_pain(topic):
    assert ("sensation", "severe pain") in extract(topic, "the shots cause considerable discomfort").tags
    assert ("sensation", "severe pain") not in extract(topic, "the shots cause some discomfort").tags


def test_a_most_amount_is_marked_and_never_reaches_a_least_amount(topic):
    assert extract(topic, "fewer than 150 billion exosomes").quantities == {"<=1.5e+11"}
    assert not lines_up_in_quantity("<=3e+11", ">=2e+11")
    assert lines_up_in_quantity("3e+11", ">=2e+11")


def test_a_fortnight_is_two_weeks(topic):
    assert "time: 14-14 days" in extract(topic, "new hair within a fortnight").described()


def test_a_time_until_which_a_drug_is_stopped_or_after_which_it_is_resumed_is_a_span(topic):
    assert "time: 0-4 days" in extract(topic, "stop them until four days after the last session").described()
    assert "time: 0-4 days" in extract(topic, "resume them four days after the last session").described()
    assert "time: 4-4 days" in extract(topic, "stop them four days after the last session").described()
    # Not until a time is not before it: the least time, not a span from now.
    assert "time: 180-270 days at least" in extract(topic, "results won't show until 6 to 9 months").described()


def test_a_time_said_as_the_most_there_is_bounds_the_other_way_from_a_least_one(topic):
    most, = extract(topic, "present for at most 6 to 8 months").times
    least, = extract(topic, "present for at least 6 to 8 months").times
    assert most.at_most and least.at_least and not most.overlaps(least)


def test_cells_that_open_a_sentence_and_act_do_not_say_what_the_subject_is(topic):
    assert ("form", "cells") not in extract(topic, "Living cells give off tiny particles into the fluid around "
                                                   "them.").tags
    assert ("form", "cells") in extract(topic, "Tiny cells known as exosomes repair the scalp.").tags
    assert ("form", "cells") in extract(topic, "Are exosomes living cells?").tags


def test_a_unit_without_a_number_is_some_of_them_but_early_days_date_nothing(topic):
    times = extract(topic, "You will see thicker hair within weeks.").times
    assert [(time.low_days, time.high_days) for time in times] == [(14, 77)]
    assert not extract(topic, "Exosome facials are still in their early days.").times
    assert not extract(topic, "how many months do exosomes stay in the skin").times


def test_one_opening_a_range_is_a_number_and_elsewhere_a_pronoun(topic):
    assert "time: 7-14 days" in extract(topic, "new hair in one to two weeks").described()
    assert extract(topic, "one of the clinics said two weeks").described() == ["time: 14-14 days"]


def test_a_vague_amount_of_a_scale_is_read_at_its_largest(topic):
    assert extract(topic, "You only need a few million exosomes.").quantities == {"4e+06"}


def test_a_superlative_ranks_but_one_of_time_or_price_does_not(topic):
    assert topic.comparison_key in extract(topic, "Their strongest serum comes from cord blood.").tags
    assert topic.comparison_key in extract(topic, "Bone-marrow exosomes are the most powerful kind.").tags
    assert topic.comparison_key not in extract(topic, "The latest review says more trials are needed.").tags
    assert topic.comparison_key not in extract(topic, "where can I find the cheapest session").tags
    assert topic.comparison_key not in extract(topic, "We will defend our patents to the fullest extent.").tags


def test_a_sentence_that_opens_on_a_side_of_the_session_puts_its_time_frames_there(topic):
    assert [time.side for time in extract(topic, "After the session, avoid NSAIDs for ten days.").times] == ["after"]
    assert [time.side for time in extract(topic, "Avoid NSAIDs for ten days.").times] == [None]


def test_a_number_word_joined_to_its_unit_counts_it_and_an_adjective_between_them_does_not(topic):
    assert [time.low_days for time in extract(topic, "a one-week break from retinol").times] == [7.0]
    assert [time.low_days for time in extract(topic, "a two-day pause").times] == [2.0]
    assert [(time.low_days, time.at_least) for time in
            extract(topic, "off Advil for a minimum of four full days").times] == [(4.0, True)]


def test_a_clause_that_names_one_side_of_the_session_puts_its_time_frames_there(topic):
    assert [time.side for time in extract(topic, "A two-day break from aspirin is fine before the facial.").times] \
        == ["before"]
    # A clause that names both sides leaves the side to the words next to the time frame.
    assert [time.side for time in extract(topic, "A two-day break, before or after, is fine.").times] == [None]
