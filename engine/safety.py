"""Safety reading of the raw input: urgent symptoms, requests for a personal decision, injected
instructions. Patterns, not a model: each flag can be explained by the words that raised it."""

import re
from dataclasses import dataclass

_SYMPTOMS = re.compile(
    r"\b(fever|feverish|temperature of|chills|spreading redness|redness (?:is )?spreading|red streaks?|"
    r"swell(?:ing|ed|s)?|swollen|pus|oozing|discharge|abscess|severe pain|extreme pain|unbearable pain|"
    r"(?:trouble|difficulty|hard|can'?t|cannot) breath(?:e|ing)|short(?:ness)? of breath|wheez\w*|"
    r"chest pain|throat (?:is )?(?:closing|tight)|hives|anaphyla\w*|allergic reaction|infect(?:ed|ion)|"
    r"bleeding (?:that )?(?:won'?t|doesn'?t) stop|faint(?:ed|ing)?|dizz(?:y|iness)|blister(?:s|ing)?|"
    r"numb(?:ness)?|vision (?:loss|problems?)|blurr?(?:ed|y) vision|vision (?:is |went |got |has gone )?"
    r"(?:blurr?(?:ed|y)|dark|dim)|(?:can'?t|cannot) see)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_NOW = re.compile(
    r"\b(i|i'm|i've|im|my|me|mine|we|our|since|after (?:my|the|an?) |today|yesterday|tonight|right now|"
    r"started|getting worse|days? ago|hours? ago)\b",
    re.IGNORECASE,
)
_PERSONAL_DECISION = re.compile(
    r"\b(should i|shall i|do i need|would you recommend|do you recommend|would you advise|"
    r"is (?:it|this|that|exosome therapy|this treatment) (?:right|good|safe|a good idea|worth it|suitable) for me|"
    r"(?:right|suitable|good) for me|worth it for me|am i a (?:good )?candidate|is it worth (?:it|the money)|"
    r"what would you do|would you (?:get|do|try) it|recommend (?:it|exosomes?|this) (?:to|for) me|"
    r"can i (?:get|have|do) (?:it|this|exosome)|what should i do)\b",
    re.IGNORECASE,
)
# Changing one's own treatment is a personal decision even when phrased as an instruction question.
_TREATMENT_CHANGE = re.compile(r"\b(switch(?:ing)? (?:to|from)|instead of my|stop (?:taking )?my|"
                               r"replace my|come off my|quit my)\b", re.IGNORECASE)
_NOT_A_DECISION = re.compile(r"\bshould i (?:eat|drink|stop|avoid|expect|prepare|bring|wait|wear)\b", re.IGNORECASE)
_INJECTION = re.compile(
    r"(ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}\b(rules?|instructions?|guidelines?|prompts?|"
    r"sources?|polic(?:y|ies)|above|previous|constraints?)|"
    r"\b(system prompt|developer mode|jailbreak|you are now|act as|pretend (?:to be|you)|from now on|"
    r"new instructions?|respond only with|reply only with|(?:just |only )?(?:say|answer|tell me|respond|reply)"
    r"(?: with| that)? (?:it'?s|it is|that it'?s|yes|\"yes\"|approved|safe))\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^.?!\n]+[.?!]*")


@dataclass(frozen=True)
class SafetyReading:
    flags: tuple[str, ...]
    question_for_matching: str
    """The input without injected instructions, so they cannot steer the verdict."""


def read_safety(question: str) -> SafetyReading:
    flags = []
    if _SYMPTOMS.search(question) and _FIRST_PERSON_NOW.search(question):
        flags.append("urgent_care")
    if (_PERSONAL_DECISION.search(question) and not _NOT_A_DECISION.search(question)) \
            or _TREATMENT_CHANGE.search(question):
        flags.append("personal_advice")
    cleaned = question
    if _INJECTION.search(question):
        flags.append("prompt_injection")
        cleaned = _without_injected_clauses(question)
    return SafetyReading(tuple(flags), cleaned)


def _without_injected_clauses(question: str) -> str:
    clauses = [clause.group(0).strip() for clause in _CLAUSE.finditer(question)]
    kept = [clause for clause in clauses if clause and not _INJECTION.search(clause)]
    return " ".join(kept) if kept else question
