"""Patients' thumbs and comments on answers, kept for QA: SQLite by default, any SQLAlchemy URL otherwise.

Feedback names an answer by the id the server issued with it, and the server's own copy of that answer is
what is stored: a client cannot make up a verdict, a citation or a question. No IP address, name or other
identifier of the person is stored."""

import csv
import logging
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError
from sqlalchemy import Column, MetaData, String, Table, Text, create_engine, delete, event, insert, select, update
from sqlalchemy.engine import Engine as Database
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from engine.errors import is_readable
from engine.models import Answer

MAX_COMMENT_CHARS = 2000
ANSWER_ID_PATTERN = r"^[0-9a-f]{32}$"
# How long an answer can still be rated; a rated answer is copied into its feedback row and kept there.
ANSWERS_KEPT_FOR = timedelta(hours=24)
log = logging.getLogger("claimcheck")

_metadata = MetaData()
feedback_table = Table(
    "feedback",
    _metadata,
    Column("id", String(32), primary_key=True),
    Column("created_at", String(32), nullable=False),
    Column("clinic", String(82)),
    Column("question", Text, nullable=False),
    Column("verdict", String(32), nullable=False),
    Column("index_version", String(64), nullable=False),
    Column("rating", String(8), nullable=False),
    Column("comment", Text),
    Column("answer_json", Text, nullable=False),
)
answers_table = Table(
    "issued_answers",
    _metadata,
    Column("id", String(32), primary_key=True),
    Column("created_at", String(32), nullable=False, index=True),
    Column("clinic", String(82)),
    Column("answer_json", Text, nullable=False),
)
EXPORT_COLUMNS = [column.name for column in feedback_table.columns]
# Cells a spreadsheet would run as a formula (OWASP, CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _readable(text: str) -> str:
    if not is_readable(text):
        raise PydanticCustomError("unreadable_text", "contains characters that are not text")
    return text


Comment = Annotated[str, Field(min_length=1, max_length=MAX_COMMENT_CHARS), AfterValidator(_readable)]


class Feedback(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    answer_id: str = Field(pattern=ANSWER_ID_PATTERN, description="The `id` the server gave with the answer.")
    rating: Literal["up", "down"] = Field(description="Thumbs up or down.")
    comment: Comment | None = Field(default=None, description="Optional words.")


class FeedbackUnavailable(RuntimeError):
    """The feedback database cannot be used right now; answers are not affected."""


class UnknownAnswer(LookupError):
    """No answer with that id was issued, or it is too old to rate."""


class FeedbackStore:
    def __init__(self, url: str):
        self.location = _location(url)
        self.database = _open(url)
        self.problem: str | None = None
        self._ready()

    def issue(self, answer: Answer, clinic: str | None) -> str | None:
        """Keep the answer under a new id so feedback can name it; None when the database cannot be used."""
        answer_id = uuid.uuid4().hex
        now = datetime.now(UTC)
        try:
            with self._transaction() as connection:
                connection.execute(delete(answers_table).where(
                    answers_table.c.created_at < _timestamp(now - ANSWERS_KEPT_FOR)))
                connection.execute(insert(answers_table).values(
                    id=answer_id, created_at=_timestamp(now), clinic=clinic, answer_json=answer.model_dump_json()))
        except FeedbackUnavailable:
            return None
        return answer_id

    def issued_clinic(self, answer_id: str) -> str | None:
        """The clinic the answer was given for (None: the patient page or a server)."""
        return self._issued(answer_id)["clinic"]

    def record(self, feedback: Feedback) -> str:
        issued = self._issued(feedback.answer_id)
        answer = Answer.model_validate_json(issued["answer_json"])
        feedback_id = uuid.uuid4().hex
        row = {
            "id": feedback_id,
            "created_at": _timestamp(datetime.now(UTC)),
            "clinic": issued["clinic"],
            "question": answer.question,
            "verdict": answer.verdict,
            "index_version": answer.index_version,
            "rating": feedback.rating,
            "comment": feedback.comment or None,
            "answer_json": issued["answer_json"],
        }
        with self._transaction() as connection:
            connection.execute(insert(feedback_table).values(row))
        return feedback_id

    def add_comment(self, feedback_id: str, comment: str) -> bool:
        """Attach a comment to feedback already given; False when there is no such feedback."""
        with self._transaction() as connection:
            changed = connection.execute(
                update(feedback_table).where(feedback_table.c.id == feedback_id).values(comment=comment))
        return changed.rowcount == 1

    def rows(self) -> list[dict]:
        with self._transaction() as connection:
            result = connection.execute(select(feedback_table).order_by(feedback_table.c.created_at))
            return [dict(row._mapping) for row in result]

    def export_csv(self, path: Path) -> int:
        rows = self.rows()
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            writer.writerows({column: _as_text_cell(value) for column, value in row.items()} for row in rows)
        return len(rows)

    def _issued(self, answer_id: str) -> dict:
        with self._transaction() as connection:
            row = connection.execute(select(answers_table).where(answers_table.c.id == answer_id)).first()
        if row is None:
            raise UnknownAnswer(answer_id)
        return dict(row._mapping)

    def _ready(self) -> bool:
        """Create the tables if need be; a database that cannot be used is noted, not fatal, and tried again
        on the next use, so a repaired file is picked up without a restart."""
        try:
            _metadata.create_all(self.database)
        except SQLAlchemyError as error:
            self.problem = _describe(error)
            return False
        self.problem = None
        return True

    @contextmanager
    def _transaction(self):
        """A transaction; any database error becomes FeedbackUnavailable, named in the operator's log."""
        if self.problem is not None and not self._ready():
            raise FeedbackUnavailable(self.problem)
        try:
            with self.database.begin() as connection:
                yield connection
        except SQLAlchemyError as error:
            log.warning("the feedback database %s failed: %s", self.location, _describe(error))
            raise FeedbackUnavailable(_describe(error)) from None


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _as_text_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _describe(error: SQLAlchemyError) -> str:
    cause = getattr(error, "orig", None) or error
    return f"{cause.__class__.__name__}: {str(cause).splitlines()[0] if str(cause) else 'no detail'}"


def _location(url: str) -> str:
    """Where the feedback lives, for the operator's log: the SQLite file, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _open(url: str) -> Database:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    database = create_engine(url, connect_args={"timeout": 15})

    @event.listens_for(database, "connect")
    def _pragmas(connection, _record):
        # WAL lets readers (the CSV export) run while the app writes; busy_timeout queues writers.
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=15000")
        # Every answer given is written (so feedback can name it): with WAL, NORMAL skips the sync on each
        # commit and loses nothing when the app crashes, only the last commits on a power cut.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return database
