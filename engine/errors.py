"""Problems with a question itself, reported to the person who asked, never as a crash."""

MAX_QUESTION_CHARS = 1000


class QuestionError(ValueError):
    """The question cannot be answered as sent; the message says why in plain words."""


class EmptyQuestion(QuestionError):
    pass


class QuestionTooLong(QuestionError):
    pass


def check_question(question: str) -> None:
    if not question or not question.strip():
        raise EmptyQuestion("Please type a question or a claim to check.")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(f"Please keep questions under {MAX_QUESTION_CHARS:,} characters "
                              f"(this one has {len(question):,}).")
