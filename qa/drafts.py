"""Patients' thumbs-down and comments as draft regression cases, for QA to label and move into the set."""

import json
from pathlib import Path

import yaml

from qa.cases import FeedbackOrigin, RegressionCase

HEADER = """\
# Draft regression cases from patients' feedback (`python app.py feedback export --cases`).
# Each holds the question, the answer the patient was shown, its verdict and their comment.
# To use one: fill in `verdict` (the acceptable verdicts, from the sources) and `category`, set `split`,
# add must_cite / must_mention / must_quote as for any case and a comment naming the passage that
# justifies it, remove `draft: true`, and move it into tests/regression/questions.yaml.
# `python app.py eval` refuses a draft that still has no verdict, naming it.
"""


def draft_cases(rows: list[dict]) -> list[RegressionCase]:
    """One draft per feedback row that was a thumbs-down or carries a comment."""
    return [RegressionCase(
        id=f"feedback-{row['id'][:12]}", split="dev", draft=True, wording="real_world", question=row["question"],
        from_feedback=FeedbackOrigin(feedback_id=row["id"], rating=row["rating"], comment=row["comment"],
                                     verdict=row["verdict"], answer=json.loads(row["answer_json"])["answer"],
                                     index_version=row["index_version"]),
    ) for row in rows if row["rating"] == "down" or row["comment"]]


def write_drafts(cases: list[RegressionCase], path: Path) -> None:
    """The drafts in the set's own format, with the fields QA fills in left empty where they are seen."""
    plain = [{key: case.model_dump(mode="json")[key] for key in _DRAFT_FIELDS} for case in cases]
    text = yaml.dump({"cases": plain}, Dumper=_SetStyle, sort_keys=False, allow_unicode=True, width=110)
    path.write_text(HEADER + "\n" + text, encoding="utf-8")


_DRAFT_FIELDS = ("id", "draft", "split", "wording", "category", "question", "verdict", "from_feedback")


class _SetStyle(yaml.SafeDumper):
    """Lists indented under their key, as in the regression set, so a draft moves into it unchanged."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)
