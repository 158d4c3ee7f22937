"""Patients' thumbs and comments on answers, kept for QA: SQLite by default, any SQLAlchemy URL otherwise.

No IP address, name or other identifier of the person is stored."""

import csv
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Column, MetaData, String, Table, Text, create_engine, event, insert, select, update
from sqlalchemy.engine import Engine as Database

from engine.models import Answer

MAX_COMMENT_CHARS = 2000

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
EXPORT_COLUMNS = [column.name for column in feedback_table.columns]


class Feedback(BaseModel):
    model_config = ConfigDict(frozen=True)

    answer: Answer = Field(description="The answer being rated, exactly as it was shown.")
    rating: Literal["up", "down"] = Field(description="Thumbs up or down.")
    comment: str | None = Field(default=None, max_length=MAX_COMMENT_CHARS, description="Optional words.")
    clinic: str | None = Field(default=None, description="Clinic whose widget showed the answer, if any.")


class FeedbackStore:
    def __init__(self, url: str):
        self.database = _open(url)
        _metadata.create_all(self.database)

    def record(self, feedback: Feedback) -> str:
        feedback_id = uuid.uuid4().hex
        row = {
            "id": feedback_id,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "clinic": feedback.clinic,
            "question": feedback.answer.question,
            "verdict": feedback.answer.verdict,
            "index_version": feedback.answer.index_version,
            "rating": feedback.rating,
            "comment": feedback.comment or None,
            "answer_json": feedback.answer.model_dump_json(),
        }
        with self.database.begin() as connection:
            connection.execute(insert(feedback_table).values(row))
        return feedback_id

    def add_comment(self, feedback_id: str, comment: str) -> bool:
        """Attach a comment to feedback already given; False when there is no such feedback."""
        with self.database.begin() as connection:
            changed = connection.execute(
                update(feedback_table).where(feedback_table.c.id == feedback_id).values(comment=comment))
        return changed.rowcount == 1

    def rows(self) -> list[dict]:
        with self.database.connect() as connection:
            result = connection.execute(select(feedback_table).order_by(feedback_table.c.created_at))
            return [dict(row._mapping) for row in result]

    def export_csv(self, path: Path) -> int:
        rows = self.rows()
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        return len(rows)


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
        cursor.close()

    return database
