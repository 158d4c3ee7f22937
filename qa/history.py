"""Every run kept with its per-case results, so QA sees each case's last outcomes and which ones flip."""

import json
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    insert,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from qa.runner import RunResult
from qa.scoring import CaseResult

_metadata = MetaData()
runs_table = Table(
    "qa_runs",
    _metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("set_path", Text, nullable=False),
    Column("target", Text, nullable=False),
    Column("index_version", String(200)),
    Column("fit", Boolean, nullable=False),
    Column("splits_json", Text, nullable=False),
)
case_results_table = Table(
    "qa_case_results",
    _metadata,
    Column("run_id", Integer, ForeignKey("qa_runs.id"), primary_key=True),
    Column("case_id", String(200), primary_key=True, index=True),
    Column("split", String(16), nullable=False),
    Column("passed", Boolean, nullable=False),
    Column("verdict", String(32)),
    Column("result_json", Text, nullable=False),
)


class HistoryError(RuntimeError):
    """The history database could not be read or written; the run itself stands."""


@dataclass(frozen=True)
class Outcome:
    run_id: int
    started_at: str
    passed: bool
    verdict: str | None


@dataclass(frozen=True)
class PreviousRun:
    run_id: int
    started_at: str
    cases: list[CaseResult]


class History:
    def __init__(self, url: str):
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            self.database = create_engine(url, pool_pre_ping=True)
            _metadata.create_all(self.database)
        except (SQLAlchemyError, OSError) as error:
            raise HistoryError(f"history database unavailable ({error.__class__.__name__})") from None

    def previous(self, set_path: str, target: str) -> PreviousRun | None:
        """The last stored run of the same set against the same target."""
        try:
            with self.database.connect() as connection:
                run = connection.execute(
                    select(runs_table.c.id, runs_table.c.started_at)
                    .where(runs_table.c.set_path == set_path, runs_table.c.target == target)
                    .order_by(runs_table.c.id.desc()).limit(1)).first()
                if run is None:
                    return None
                rows = connection.execute(select(case_results_table.c.result_json)
                                          .where(case_results_table.c.run_id == run.id)).scalars()
                return PreviousRun(run.id, run.started_at, [CaseResult.model_validate_json(row) for row in rows])
        except SQLAlchemyError as error:
            raise HistoryError(f"history not read ({error.__class__.__name__})") from None

    def record(self, result: RunResult) -> int:
        try:
            with self.database.begin() as connection:
                run_id = connection.execute(insert(runs_table).values(
                    started_at=result.started_at, set_path=result.set_path, target=result.target,
                    index_version=result.index_version, fit=result.fit,
                    splits_json=json.dumps({split: part.model_dump(mode="json")
                                            for split, part in result.splits.items()}))).inserted_primary_key[0]
                connection.execute(insert(case_results_table), [{
                    "run_id": run_id, "case_id": case.id, "split": case.split, "passed": case.passed,
                    "verdict": case.answer.verdict if case.answer else None,
                    "result_json": case.model_dump_json()} for case in result.cases])
            return run_id
        except SQLAlchemyError as error:
            raise HistoryError(f"run not stored ({error.__class__.__name__})") from None

    def outcomes(self, case_ids: list[str], last: int) -> dict[str, list[Outcome]]:
        """Each case's last `last` outcomes, oldest first."""
        wanted = set(case_ids)
        found: dict[str, list[Outcome]] = {case_id: [] for case_id in case_ids}
        try:
            with self.database.connect() as connection:
                rows = connection.execute(
                    select(case_results_table.c.case_id, case_results_table.c.passed, case_results_table.c.verdict,
                           runs_table.c.id, runs_table.c.started_at)
                    .join(runs_table, runs_table.c.id == case_results_table.c.run_id)
                    .where(case_results_table.c.case_id.in_(wanted))
                    .order_by(runs_table.c.id.desc()))
                for row in rows:
                    if len(found[row.case_id]) < last:
                        found[row.case_id].append(Outcome(row.id, row.started_at, row.passed, row.verdict))
                    elif all(len(outcomes) >= last for outcomes in found.values()):
                        break
        except SQLAlchemyError as error:
            raise HistoryError(f"history not read ({error.__class__.__name__})") from None
        return {case_id: outcomes[::-1] for case_id, outcomes in found.items()}


def flips(outcomes: list[Outcome]) -> int:
    """How many times the case went from pass to fail or back across these runs."""
    return sum(before.passed != after.passed for before, after in pairwise(outcomes))
