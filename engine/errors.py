"""Problems with a question itself, reported to the person who asked, never as a crash."""

import re

from engine.prompts import Prompts

MAX_QUESTION_CHARS = 1000
# Control characters other than tab and line breaks: no person types them, PostgreSQL refuses NUL,
# and in a terminal or a log they can forge lines.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class QuestionError(ValueError):
    """The question cannot be answered as sent; the message says why in plain words."""


class EmptyQuestion(QuestionError):
    pass


class QuestionTooLong(QuestionError):
    pass


class UnreadableQuestion(QuestionError):
    """Code points that are not text (lone surrogates, control characters)."""


def is_readable(text: str) -> bool:
    """Text every store, log and tokenizer can take: valid UTF-8, no control characters but tab and line breaks."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return _CONTROL_CHARACTERS.search(text) is None


def check_question(question: str, prompts: Prompts) -> None:
    if not question or not question.strip():
        raise EmptyQuestion(prompts.text("empty_question"))
    if not is_readable(question):
        raise UnreadableQuestion(prompts.text("unreadable_question"))
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(prompts.text("question_too_long").format(limit=MAX_QUESTION_CHARS,
                                                                        length=len(question)))
