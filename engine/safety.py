"""Step 0: the safety reading of the whole message, before anything else: urgent symptoms, requests for a
personal decision, and instructions to the assistant. Lexicons (corpus/safety.yaml), not single phrasings:
each flag can be explained by the words that raised it."""

import re
from dataclasses import dataclass

from index.topic import Topic

_CLAUSE = re.compile(r"[^.?!\n]+[.?!]*")


@dataclass(frozen=True)
class SafetyReading:
    flags: tuple[str, ...]
    question_for_matching: str
    """The input without injected instructions, so they cannot steer the verdict."""


def read_safety(topic: Topic, question: str) -> SafetyReading:
    clauses = [clause.group(0).strip() for clause in _CLAUSE.finditer(question)]
    flags = []
    if topic.lexicon("own_and_now").search(question) and any(_names_red_flag(topic, c) for c in clauses):
        flags.append("urgent_care")
    if (topic.lexicon("personal_decision").search(question) and not topic.lexicon("not_a_decision").search(question)) \
            or topic.lexicon("treatment_change").search(question):
        flags.append("personal_advice")
    injected = [clause for clause in clauses if _is_instruction(topic, clause)]
    cleaned = question
    if injected:
        flags.append("prompt_injection")
        kept = [clause for clause in clauses if clause not in injected]
        cleaned = " ".join(kept) if kept else question
    return SafetyReading(tuple(flags), cleaned)


def _names_red_flag(topic: Topic, clause: str) -> bool:
    """A red-flag symptom outside a general question about what the treatment can cause; with a cue that
    the message is about the person's own, current situation, it is a report to act on."""
    return bool(topic.lexicon("red_flag_symptoms").search(clause)
                and not topic.lexicon("general_question").search(clause))


def _is_instruction(topic: Topic, clause: str) -> bool:
    if topic.lexicon("injection_phrases").search(clause) or any(p.search(clause) for p in topic.injection_patterns):
        return True
    verb = topic.lexicon("injection_verbs").search(clause)
    return bool(verb and topic.lexicon("injection_objects").search(clause[verb.end():verb.end() + 60]))
