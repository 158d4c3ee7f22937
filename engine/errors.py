"""Problems with a question itself, reported to the person who asked, never as a crash."""

from engine.prompts import Prompts

MAX_QUESTION_CHARS = 1000


class QuestionError(ValueError):
    """The question cannot be answered as sent; the message says why in plain words."""


class EmptyQuestion(QuestionError):
    pass


class QuestionTooLong(QuestionError):
    pass


class UnreadableQuestion(QuestionError):
    """Code points that are not text (lone surrogates), which no tokenizer can read."""


def check_question(question: str, prompts: Prompts) -> None:
    if not question or not question.strip():
        raise EmptyQuestion(prompts.text("empty_question"))
    try:
        question.encode("utf-8")
    except UnicodeEncodeError:
        raise UnreadableQuestion(prompts.text("unreadable_question")) from None
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(prompts.text("question_too_long").format(limit=MAX_QUESTION_CHARS,
                                                                        length=len(question)))
