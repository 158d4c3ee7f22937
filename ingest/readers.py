"""Read one corpus file into its metadata, its plain text, and the sections of that text.

Offsets everywhere refer to `SourceDocument.text`, the text a citation quotes from.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from pydantic import ValidationError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from index.records import SourceMeta
from ingest.errors import CorpusError, describe_validation_error

TEXT_SUFFIXES = {".md", ".txt"}
SIDECAR_SUFFIXES = {".html", ".htm", ".pdf"}
SIDECAR = ".meta.yaml"
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
REFERENCES_SECTION = "References"
_HTML_BLOCKS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td", "th"]


@dataclass(frozen=True)
class Section:
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class SourceDocument:
    path: Path
    meta: SourceMeta
    text: str
    sections: tuple[Section, ...]

    def section_at(self, offset: int) -> str:
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.title
        return self.meta.lead_section


def is_source_file(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | SIDECAR_SUFFIXES


def read_source(path: Path, max_bytes: int) -> SourceDocument:
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    if size == 0:
        raise CorpusError(path, "file is empty")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_text_document(path)
    meta = _parse_meta(path, _decode(_sidecar_path(path)), _sidecar_path(path))
    if suffix == ".pdf":
        return _from_blocks(path, meta, _pdf_blocks(path))
    return _from_blocks(path, meta, _html_blocks(path))


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(path, "missing: HTML and PDF sources need this metadata file beside them") from None
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise CorpusError(path, f"not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})") from None


def _sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR)


def _parse_meta(path: Path, yaml_text: str, shown_as: Path) -> SourceMeta:
    try:
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 1}" if where else ""
        raise CorpusError(shown_as, f"malformed front matter{line}: {getattr(error, 'problem', error)}") from None
    if not isinstance(data, dict):
        raise CorpusError(shown_as, "malformed front matter: expected 'field: value' lines")
    try:
        return SourceMeta.model_validate(data)
    except ValidationError as error:
        raise CorpusError(shown_as, f"front matter {describe_validation_error(error)}") from None


def _split_front_matter(path: Path, text: str) -> tuple[str, str]:
    if not text.startswith("---\n"):
        raise CorpusError(path, "missing front matter: the file must start with a '---' line")
    end = text.find("\n---\n", 3)
    if end == -1:
        raise CorpusError(path, "malformed front matter: no closing '---' line")
    return text[4:end], text[end + 5:]


def _read_text_document(path: Path) -> SourceDocument:
    front, body = _split_front_matter(path, _decode(path))
    meta = _parse_meta(path, front, path)
    if not body.strip():
        raise CorpusError(path, "no text after the front matter")
    headings = _markdown_headings(body) if path.suffix.lower() == ".md" else _declared_headings(path, meta, body)
    headings += _reference_block(path, meta, body)
    return SourceDocument(path, meta, body, _sections(meta, body, sorted(headings, key=lambda h: h[1])))


def _markdown_headings(body: str) -> list[tuple[str, int, int]]:
    """(title, line start, line end) of each Markdown heading line."""
    found, offset = [], 0
    for line in body.split("\n"):
        match = _MARKDOWN_HEADING.match(line)
        if match:
            found.append((match.group(1), offset, offset + len(line)))
        offset += len(line) + 1
    return found


def _declared_headings(path: Path, meta: SourceMeta, body: str) -> list[tuple[str, int, int]]:
    found = []
    for heading in meta.headings:
        match = re.search(rf"(?m)^{re.escape(heading)}$", body)
        if not match:
            raise CorpusError(path, f"front matter field 'headings': no line reads {heading!r}")
        found.append((heading, match.start(), match.end()))
    return found


def _reference_block(path: Path, meta: SourceMeta, body: str) -> list[tuple[str, int, int]]:
    """The reference list becomes a section of its own, starting at its first entry."""
    starts = []
    for reference in meta.references:
        at = body.find(reference.cited_as)
        if at == -1:
            raise CorpusError(path, f"reference to '{reference.id}': text {reference.cited_as!r} not found")
        starts.append(body.rfind("\n", 0, at) + 1)
    # A zero-length heading: the section starts here, but no text is taken out of it.
    return [(REFERENCES_SECTION, min(starts), min(starts))] if starts else []


def _sections(meta: SourceMeta, body: str, headings: list[tuple[str, int, int]]) -> tuple[Section, ...]:
    sections, cursor, title = [], 0, meta.lead_section
    for heading, start, end in headings:
        sections.append(Section(title, cursor, start))
        cursor, title = end, heading
    sections.append(Section(title, cursor, len(body)))
    return tuple(section for section in sections if body[section.start:section.end].strip())


def _from_blocks(path: Path, meta: SourceMeta, blocks: list[tuple[str, bool]]) -> SourceDocument:
    """Join (text, is_heading) blocks with newlines; headings name the sections that follow."""
    text, headings = "", []
    for block, is_heading in blocks:
        start = len(text)
        text += block + "\n"
        if is_heading:
            headings.append((block, start, start + len(block)))
    if not text.strip():
        raise CorpusError(path, "no extractable text (a scanned PDF or an empty page?)")
    return SourceDocument(path, meta, text, _sections(meta, text, headings))


def _html_blocks(path: Path) -> list[tuple[str, bool]]:
    soup = BeautifulSoup(_decode(path), "html.parser")
    for hidden in soup(["script", "style", "noscript", "template"]):
        hidden.decompose()
    blocks = []
    for element in soup.find_all(_HTML_BLOCKS):
        if element.find_parent(_HTML_BLOCKS):
            continue
        words = " ".join(element.get_text(" ").split())
        if words:
            blocks.append((words, element.name.startswith("h") and element.name != "th"))
    return blocks


def _pdf_blocks(path: Path) -> list[tuple[str, bool]]:
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise CorpusError(path, "PDF is encrypted; add an unencrypted copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except CorpusError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise CorpusError(path, f"PDF cannot be read ({type(error).__name__}: {error})") from None
    blocks = []
    for number, page in enumerate(pages, start=1):
        lines = [" ".join(line.split()) for line in page.split("\n")]
        paragraph = " ".join(line for line in lines if line)
        if paragraph:
            blocks += [(f"Page {number}", True), (paragraph, False)]
    return blocks
