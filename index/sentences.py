"""Sentence boundaries as character spans, so a quoted sentence maps back to its source exactly."""

import re

# Group 1 still belongs to the sentence that ends: closing quotes, and citation markers written after
# the full stop ("... people. [1]").
_BOUNDARY = re.compile(r"(?<=[.!?])([\"”')\]]*(?:\s*\[\d+\])*)\s+(?=[\"“(\[]?[A-Z0-9])")
CITATION_MARKER = re.compile(r"\[(\d+)\]")
_LEADING_NOISE = re.compile(r"[\s\-–—•*]+")


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of the sentences in `text`, shifted by `offset`; bullet markers and blanks trimmed."""
    spans = []
    for line in _line_spans(text):
        cursor = line[0]
        for match in _BOUNDARY.finditer(text, line[0], line[1]):
            spans.append(_trim(text, cursor, match.end(1)))
            cursor = match.end()
        spans.append(_trim(text, cursor, line[1]))
    return [(start + offset, end + offset) for start, end in spans if _has_words(text[start:end])]


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    noise = _LEADING_NOISE.match(text, start, end)
    if noise:
        start = noise.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _has_words(fragment: str) -> bool:
    return sum(ch.isalpha() for ch in fragment) >= 3
