"""Split a document into passages on paragraph and sentence boundaries, keeping exact offsets."""

import hashlib
from dataclasses import dataclass

from index.sentences import sentence_spans
from ingest.readers import REFERENCES_SECTION, Section, SourceDocument

MAX_PASSAGE_CHARS = 600


@dataclass(frozen=True)
class Sentence:
    """A sentence that may be quoted as evidence."""

    id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Passage:
    id: str
    source_id: str
    section: str
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]


def split_document(document: SourceDocument) -> list[Passage]:
    passages = []
    for section in document.sections:
        for start, end in _pack(_units(document.text, section)):
            passages.append(_passage(document, section.title, start, end))
    return passages


def _units(text: str, section: Section) -> list[tuple[int, int]]:
    """Paragraph spans in the section; a paragraph too long for one passage gives its sentences."""
    units, offset = [], section.start
    for line in text[section.start:section.end].split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not any(ch.isalpha() for ch in line):
            continue
        if end - start > MAX_PASSAGE_CHARS:
            units += sentence_spans(text[start:end], offset=start)
        else:
            units.append(_strip(text, start, end))
    return units


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


def _pack(units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join neighbouring units while the joined span stays within the passage size."""
    spans: list[tuple[int, int]] = []
    for start, end in units:
        if spans and end - spans[-1][0] <= MAX_PASSAGE_CHARS:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _passage(document: SourceDocument, section: str, start: int, end: int) -> Passage:
    text = document.text[start:end]
    passage_id = content_digest(document.meta.id, section, str(start), text)[:24]
    sentences = tuple(
        Sentence(content_digest(passage_id, str(s), str(e))[:24], s, e, document.text[s:e])
        for s, e in sentence_spans(text, offset=start)
        if _asserts_something(section, document.text[s:e])
    )
    return Passage(passage_id, document.meta.id, section, start, end, text, sentences)


def _asserts_something(section: str, sentence: str) -> bool:
    """Evidence sentences state something: not a rhetorical question, not a title in a reference list."""
    return section != REFERENCES_SECTION and not sentence.rstrip().endswith("?")


def content_digest(*parts: str) -> str:
    """Stable id from content: the same text in the same place always gets the same id."""
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()
