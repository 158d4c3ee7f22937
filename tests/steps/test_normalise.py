"""Step 1, normalise: misspellings, everyday words and brand names become the sources' words."""

import os
import subprocess
import sys

import pytest

from engine.language import about_the_product
from engine.normalise import Normaliser


@pytest.fixture(scope="module")
def normaliser(topic):
    return Normaliser(topic, {"exosome", "exosomes", "injections", "approved", "results", "breastfeeding"})


def test_misspellings_are_corrected_towards_the_corpus(normaliser):
    assert normaliser.normalise("hw long till i see reslts from exosme injectons") == \
        "how long until i see results from exosome injections"


def test_brand_names_and_everyday_words_become_the_sources_words(normaliser):
    assert normaliser.normalise("Can I take Advil or Aleve?") == "Can I take NSAIDs or NSAIDs?"
    assert "breastfeeding" in normaliser.normalise("Can a nursing mother have it?")
    assert normaliser.normalise("Will Cigna pay for it?") == "Will insurance pay for it?"
    assert "fasting" in normaliser.normalise("Don't show up hungry.")
    assert normaliser.normalise("are they in spit or pee?") == "are they in saliva or urine?"


def test_an_everyday_compound_is_read_however_its_hyphen_is_written(normaliser):
    for written in ("anti-inflammatories", "anti inflammatories", "antiinflammatories"):
        assert normaliser.normalise(f"no {written} for a week") == "no NSAIDs for a week"


def test_correct_words_and_names_are_left_alone(normaliser):
    assert normaliser.normalise("Is it safe for my boyfriend?") == "Is it safe for my boyfriend?"


def test_texting_shorthand_becomes_the_words_it_stands_for(normaliser):
    assert normaliser.normalise("shud i stop advil b4 my appt") == "should i stop NSAIDs before my appointment"
    # A word that only looks like shorthand inside a longer token is left alone.
    assert normaliser.normalise("Is the b4x serum safe?") == "Is the b4x serum safe?"


def test_a_message_mostly_in_another_language_does_not_read_as_english(normaliser):
    assert not normaliser.reads_as_english("Los resultados con el uso de exosomas están clínicamente comprobados.")
    assert not normaliser.reads_as_english("Sind Exosomen sicher für die Haare?")
    # Misspelt or short English still is.
    assert normaliser.reads_as_english("do exozomes realy regrow hair or is it all hype")
    assert normaliser.reads_as_english("fda?")


def test_a_question_not_in_english_is_answered_as_outside_what_the_tool_covers(engine):
    answer = engine.ask("¿Los exosomas están aprobados por la FDA para la caída del cabello?", fresh=True)
    assert answer.verdict == "out_of_scope" and "English" in answer.answer


def test_a_message_in_a_script_without_spaces_is_read_by_its_letters(normaliser):
    assert not normaliser.reads_as_english("外泌体治疗脱发有效吗？我想知道")
    assert normaliser.reads_as_english("side effects?")


def test_its_before_an_adverb_is_it_is_but_its_before_a_noun_is_possessive():
    assert about_the_product("Its totally painless", "exosome therapy", names_a_topic=True) == \
        "exosome therapy is totally painless"
    assert about_the_product("Its effects last for months", "exosome therapy", names_a_topic=True) == \
        "Its effects last for months"


def test_that_after_a_noun_opens_a_relative_clause_and_stands_for_nothing():
    assert about_the_product("The only trial that tested it on people used a serum", "exosome therapy",
                             names_a_topic=True) == "The only trial that tested exosome therapy on people used a serum"
    assert about_the_product("Is that safe for my scalp?", "exosome therapy", names_a_topic=True) == \
        "Is exosome therapy safe for my scalp?"


def test_an_it_that_a_to_clause_stands_in_for_names_nothing():
    assert about_the_product("It's a good idea to eat before the session", "exosome therapy",
                             names_a_topic=True) == "It's a good idea to eat before the session"
    assert about_the_product("It is safe to put on intact skin", "exosome therapy", names_a_topic=True) == \
        "exosome therapy is safe to put on intact skin"


def test_a_question_whether_there_is_something_asks_it_of_the_subject():
    assert about_the_product("Are there any side effects?", "exosome therapy", names_a_topic=True) == \
        "Are there any side effects with exosome therapy?"
    assert about_the_product("Is there downtime with exosome therapy?", "exosome therapy", names_a_topic=True) == \
        "Is there downtime with exosome therapy?"


def test_ones_after_a_describing_word_stands_for_the_subject():
    assert about_the_product("are the injected ones just as safe?", "exosome therapy", names_a_topic=True) == \
        "are the injected exosome therapy just as safe?"


def test_names_newer_than_the_spelling_list_are_not_corrected(normaliser):
    assert normaliser.normalise("saw a reddit thread and a tiktok") == "saw a reddit thread and a tiktok"


def test_an_equals_sign_between_words_reads_as_is_or_are(normaliser):
    assert normaliser.normalise("exosomes = stem cells basically?") == "exosomes are stem cells basically?"
    assert normaliser.normalise("an exosome=a vesicle") == "an exosome is a vesicle"


def test_acronyms_and_brands_written_with_capitals_are_not_corrected(normaliser):
    assert normaliser.normalise("exosomes from dermal papilla cells (DPCs)") == \
        "exosomes from dermal papilla cells (DPCs)"


def test_a_correction_between_equally_good_words_is_the_same_in_every_process():
    # Python orders a set's strings differently in each process; a tie between "exosome" and "exosomes" must not
    # follow that order.
    program = ("from index.settings import Settings; from index.topic import load_topic; "
               "from engine.normalise import Normaliser; "
               "topic = load_topic(Settings.from_env().corpus_dir); "
               "print(Normaliser(topic, {'exosome', 'exosomes', 'therapy'}).normalise('exosomal therapy'))")
    readings = {subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(readings) == 1, readings


def test_a_dotted_abbreviation_is_one_word_and_no_shorthand(normaliser):
    # "u" is "you" in a text, not in "U.S.", whose dots end no sentence.
    assert normaliser.normalise("Is it approved in the U.S. for hair loss?") == \
        "Is it approved in the US for hair loss?"


def test_the_names_of_the_sources_authors_are_not_misspellings(engine):
    assert engine.ask("The Kost review included 47 studies.", fresh=True).trace.normalised == \
        "The Kost review included 47 studies."


def test_a_name_spelt_out_after_its_abbreviation_is_read_once(normaliser):
    assert normaliser.normalise("They are not FDA (Food and Drug Administration) approved.") == \
        "They are not FDA approved."


def test_a_word_with_a_negating_prefix_is_not_corrected_to_its_opposite(normaliser):
    assert "acellular" in normaliser.normalise("Exosome therapy is acellular.")


def test_an_initial_inside_a_name_ends_no_sentence(normaliser):
    assert normaliser.normalise("It was written by Mary K. Smith and colleagues.") == \
        "It was written by Mary K Smith and colleagues."


def test_steroid_anti_inflammatories_are_not_read_as_nsaids(normaliser):
    assert normaliser.normalise("Stop steroid anti-inflammatories first.") == "Stop corticosteroids first."
    assert normaliser.normalise("Stop anti-inflammatories first.") == "Stop NSAIDs first."


def test_exosomes_obtained_from_a_source_are_isolated_from_it(normaliser):
    assert normaliser.normalise("Exosomes can be obtained from saliva.") == "Exosomes can be isolated from saliva."


def test_chat_spellings_of_does_got_to_and_medicines_are_read_as_those_words(normaliser):
    assert normaliser.normalise("dose it matter which meds i gota stop?") == \
        "does it matter which medicines i got to stop?"


def test_a_title_before_a_name_ends_no_sentence(normaliser):
    assert normaliser.expand_shorthand("Ask Dr. Lee about it.") == "Ask doctor Lee about it."


def test_what_is_taken_or_stopped_is_a_medicine_not_the_treatment(normaliser):
    assert about_the_product("Skip aspirin unless you are taking it for your heart.", "exosome therapy",
                             names_a_topic=True) == "Skip aspirin unless you are taking it for your heart."
    assert about_the_product("Is it painful?", "exosome therapy", names_a_topic=True) == \
        "Is exosome therapy painful?"
