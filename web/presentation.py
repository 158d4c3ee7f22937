"""How an answer is shown on the patient page and in the widget: the verdict in words that fit the way
the patient put it, and the urgent-care banner before anything else.

The widget draws answers in the browser; `widget_rules` hands it the same data so both doors agree."""

from dataclasses import dataclass

from engine.models import Answer
from engine.prompts import Prompts

# What the sources say about urgent symptoms they do not address is nothing: the banner stands alone.
_NOTHING_TO_SAY = ("not_covered", "out_of_scope")


@dataclass(frozen=True)
class AnswerView:
    urgent: bool
    """Show the contact-your-clinic banner before anything else."""
    verdict_label: str | None
    """Words on the verdict badge; None when the answer has no verdict worth showing."""
    text: str
    notices: tuple[str, ...]
    """Safety flags other than urgent care, each shown as a short notice."""


def verdict_label(prompts: Prompts, answer: Answer) -> str:
    """The badge words: an answer to a yes/no question when the engine read the message as one."""
    table = prompts.table("verdicts")
    if answer.asked:
        return table["question_labels"].get(answer.verdict, table["labels"][answer.verdict])
    return table["labels"][answer.verdict]


def present(prompts: Prompts, answer: Answer) -> AnswerView:
    urgent = "urgent_care" in answer.safety
    notices = tuple(flag for flag in answer.safety if flag != "urgent_care")
    if not urgent:
        return AnswerView(False, verdict_label(prompts, answer), answer.answer, notices)
    if answer.verdict in _NOTHING_TO_SAY:
        return AnswerView(True, None, prompts.table("web")["urgent"]["no_sources"], notices)
    # The engine opens the answer with the urgent-care line; the banner says it, so the text need not.
    text = answer.answer.removeprefix(prompts.text("urgent_care")).strip()
    return AnswerView(True, verdict_label(prompts, answer), text, notices)


def widget_rules(prompts: Prompts) -> dict:
    """What the widget's script needs to present an answer exactly as `present` does."""
    table = prompts.table("verdicts")
    return {
        "labels": table["labels"],
        "question_labels": table["question_labels"],
        "basis_labels": table["basis"],
        "urgent_line": prompts.text("urgent_care"),
        "nothing_to_say": list(_NOTHING_TO_SAY),
    }
