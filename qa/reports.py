"""A run as a console table, JSON (the baseline format), JUnit XML, an HTML report and a Markdown summary.
Each leads with one PASS or FAIL line and gives the dev and heldout splits apart."""

import json
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from engine.models import Answer
from qa.baseline import Comparison, change_of
from qa.history import Outcome, flips
from qa.runner import Check, RunResult, SplitResult

PASS_MARK, FAIL_MARK = "✓", "✗"


@dataclass(frozen=True)
class Report:
    result: RunResult
    comparison: Comparison | None
    outcomes: dict[str, list[Outcome]]
    """Each case's last outcomes from the history, oldest first, this run included."""
    history_runs: int
    every_case: bool = False
    """The console lists every case's history, not only the cases that flip."""

    @property
    def headline(self) -> str:
        result = self.result
        summary = f"{result.passed_count}/{len(result.cases)} cases pass"
        if not result.fit:
            return f"FAIL: {summary}; " + "; ".join(result.reasons)
        splits = [f"{split} meets every limit" if part.metrics["cases"] else f"{split} has no cases"
                  for split, part in result.splits.items()]
        return f"PASS: {summary}; " + "; ".join(splits)

    @property
    def flipping(self) -> dict[str, list[Outcome]]:
        return {case_id: outcomes for case_id, outcomes in self.outcomes.items() if flips(outcomes)}

    def marks(self, case_id: str) -> str:
        return "".join(PASS_MARK if outcome.passed else FAIL_MARK for outcome in self.outcomes.get(case_id, []))


def metric_rows(part: SplitResult) -> list[dict]:
    """Every metric of a split, each with-limit one beside its limit and marked pass or fail."""
    checks: dict[str, Check] = {check.metric: check for check in part.checks}
    rows = []
    for name, value in part.metrics.items():
        check = checks.get(name)
        rows.append({"name": name, "value": _format(value),
                     "limit": "" if check is None else f"{'≤' if check.ceiling else '≥'} {_format(check.limit)}",
                     "status": "" if check is None else _status(check)})
    return rows


def _status(check: Check) -> str:
    if check.value is None:
        return "n/a"
    return "pass" if check.ok else "FAIL"


def confusion_rows(part: SplitResult) -> tuple[list[str], list[dict]]:
    """The given verdicts as columns, and one row per claim type and expected verdict."""
    given = sorted({verdict for by_expected in part.confusion.values() for row in by_expected.values()
                    for verdict in row})
    rows = [{"claim_type": claim_type, "expected": expected, "counts": [row.get(verdict, 0) for verdict in given]}
            for claim_type, by_expected in sorted(part.confusion.items())
            for expected, row in sorted(by_expected.items())]
    return given, rows


def trace_json(answer: Answer | None) -> str | None:
    """Whatever trace the answer carries, pretty-printed; the report does not depend on its fields."""
    if answer is None:
        return None
    trace = answer.model_dump(mode="json").get("trace")
    return None if trace is None else json.dumps(trace, indent=2, ensure_ascii=False)


def console(report: Report) -> str:
    result = report.result
    lines = [report.headline,
             f"Regression set {result.set_path} against {result.target} (index {result.index_version})", ""]
    if result.failing:
        lines += [*_table(["case", "split", "category", "expected", "got", "why"], [
            [case.id, case.split, case.category, " or ".join(case.expected),
             case.answer.verdict if case.answer else "-", "; ".join(case.failures)] for case in result.failing]), ""]
    for split, part in result.splits.items():
        lines.append(_split_heading(split, part))
        if part.metrics["cases"]:
            lines += [*_table(["metric", "value", "limit", ""], [
                [row["name"], row["value"], row["limit"], row["status"]] for row in metric_rows(part)]), ""]
    if report.comparison is not None:
        comparison = report.comparison
        lines.append(_comparison_line(comparison))
        lines += [f"  regressed {change.id}: {change.before} -> {change.after}" for change in comparison.regressed]
        lines += [f"  fixed     {change.id}: {change.before} -> {change.after}" for change in comparison.fixed]
        lines += [f"  changed   {change.id}: {change.before} -> {change.after}" for change in comparison.changed]
        lines.append("")
    if report.outcomes:
        flipping = report.flipping
        lines.append(f"History (each case's last {report.history_runs} runs, oldest first): "
                     f"{len(flipping)} case{'s' if len(flipping) != 1 else ''} flip")
        listed = report.outcomes if report.every_case else flipping
        width = max(len(case_id) for case_id in listed) if listed else 0
        lines += [f"  {case_id.ljust(width)}  {report.marks(case_id)}{'  flips' if case_id in flipping else ''}"
                  for case_id in listed]
    return "\n".join(lines).rstrip()


def write_json(result: RunResult, path: Path) -> None:
    path.write_text(result.model_dump_json(indent=2), encoding="utf-8")


def write_junit(result: RunResult, path: Path) -> None:
    """One suite per split; the run's PASS or FAIL line is the name of the whole and a property of each suite,
    and each limit is a test case ahead of the questions."""
    headline = ("PASS" if result.fit else "FAIL: " + "; ".join(result.reasons))
    root = ElementTree.Element("testsuites", name=f"Regression set: {headline}")
    for split, part in result.splits.items():
        cases = [case for case in result.cases if case.split == split]
        suite = ElementTree.SubElement(root, "testsuite", name=f"regression.{split}", timestamp=result.started_at,
                                       time=f"{sum(c.latency_ms for c in cases) / 1000:.3f}")
        properties = ElementTree.SubElement(suite, "properties")
        ElementTree.SubElement(properties, "property", name="verdict", value=headline)
        for check in part.checks:
            element = ElementTree.SubElement(suite, "testcase", classname=f"regression.{split}.limits",
                                             name=check.metric)
            if not check.ok:
                relation = "over its limit" if check.ceiling else "under its floor"
                ElementTree.SubElement(element, "failure", message=f"{split} {check.metric} {check.value} is "
                                       f"{relation} {check.limit}")
        for case in cases:
            element = ElementTree.SubElement(suite, "testcase", classname=f"regression.{split}.{case.category}",
                                             name=case.id, time=f"{case.latency_ms / 1000:.3f}")
            if not case.passed:
                kind = "error" if case.error is not None else "failure"
                detail = ElementTree.SubElement(element, kind, message=case.failures[0])
                detail.text = "\n".join([f"question: {case.question}", *case.failures,
                                         f"answer: {case.answer.answer if case.answer else '-'}"])
        _count(suite)
    _count(root)
    ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def write_html(report: Report, path: Path, templates: Path) -> None:
    environment = Environment(loader=FileSystemLoader(templates), autoescape=True, undefined=StrictUndefined)
    path.write_text(environment.get_template("report.html").render(**_context(report)), encoding="utf-8")


def write_markdown(report: Report, path: Path, templates: Path) -> None:
    environment = Environment(loader=FileSystemLoader(templates), autoescape=False, undefined=StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
    path.write_text(environment.get_template("summary.md").render(
        **_context(report), cell=lambda text: str(text).replace("|", "\\|").replace("\n", " ")), encoding="utf-8")


def _context(report: Report) -> dict:
    return {"report": report, "result": report.result, "comparison": report.comparison,
            "change": change_of(report.comparison), "metric_rows": metric_rows, "confusion_rows": confusion_rows,
            "trace_json": trace_json, "split_heading": _split_heading}


def _split_heading(split: str, part: SplitResult) -> str:
    count = part.metrics["cases"]
    if not count:
        return f"{split}: no cases"
    failed = part.failed_checks
    state = "meets every limit" if not failed else f"misses {', '.join(check.metric for check in failed)}"
    return f"{split}: {part.metrics['passed']}/{count} cases pass, {state}"


def _count(element: ElementTree.Element) -> None:
    cases = list(element.iter("testcase"))
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(case.find("failure") is not None for case in cases)))
    element.set("errors", str(sum(case.find("error") is not None for case in cases)))


def _comparison_line(comparison: Comparison) -> str:
    return (f"Against {comparison.against}: {len(comparison.regressed)} regressed, {len(comparison.fixed)} fixed, "
            f"{len(comparison.changed)} changed, {len(comparison.added)} new, {len(comparison.removed)} removed")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [min(60, max(len(str(row[i])) for row in [header, *rows])) for i in range(len(header))]
    def line(cells):
        return "  ".join(str(cell)[:widths[i]].ljust(widths[i]) if i < len(cells) - 1 else str(cell)
                         for i, cell in enumerate(cells)).rstrip()
    return [line(header), line(["-" * width for width in widths]), *[line(row) for row in rows]]


def _format(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)
