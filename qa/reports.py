"""A run as a console table, JSON (the baseline format), JUnit XML, an HTML report and a Markdown summary."""

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from qa.baseline import Comparison
from qa.runner import RunResult


def metric_rows(result: RunResult) -> list[dict]:
    floors = result.thresholds.model_dump()
    return [{"name": name, "value": _format(value), "floor": _format(floors.get(name)),
             "ok": name not in result.below_threshold} for name, value in result.metrics.items()]


def console(result: RunResult, comparison: Comparison | None) -> str:
    lines = [f"Regression set {result.set_path} against {result.target} (index {result.index_version}): "
             f"{result.metrics['passed']}/{result.metrics['cases']} cases pass", ""]
    if result.failing:
        lines += [*_table(["case", "category", "expected", "got", "why"], [
            [case.id, case.category, " or ".join(case.expected), case.answer.verdict if case.answer else "-",
             "; ".join(case.failures)] for case in result.failing]), ""]
    lines += _table(["metric", "value", "floor", ""], [
        [row["name"], row["value"], row["floor"], "" if row["ok"] else "BELOW FLOOR"] for row in metric_rows(result)])
    if comparison is not None:
        lines += ["", _comparison_line(comparison)]
        lines += [f"  regressed {change.id}: {change.before} -> {change.after}" for change in comparison.regressed]
        lines += [f"  fixed     {change.id}: {change.before} -> {change.after}" for change in comparison.fixed]
        lines += [f"  changed   {change.id}: {change.before} -> {change.after}" for change in comparison.changed]
    return "\n".join(lines)


def write_json(result: RunResult, path: Path) -> None:
    path.write_text(result.model_dump_json(indent=2), encoding="utf-8")


def write_junit(result: RunResult, path: Path) -> None:
    suite = ElementTree.Element("testsuite", name="regression", timestamp=result.started_at,
                                time=f"{sum(c.latency_ms for c in result.cases) / 1000:.3f}")
    for case in result.cases:
        element = ElementTree.SubElement(suite, "testcase", classname=f"regression.{case.category}", name=case.id,
                                         time=f"{case.latency_ms / 1000:.3f}")
        if not case.passed:
            kind = "error" if case.error is not None else "failure"
            detail = ElementTree.SubElement(element, kind, message=case.failures[0])
            detail.text = "\n".join([f"question: {case.question}", *case.failures,
                                     f"answer: {case.answer.answer if case.answer else '-'}"])
    for name in result.below_threshold:
        element = ElementTree.SubElement(suite, "testcase", classname="regression.metrics", name=name)
        ElementTree.SubElement(element, "failure", message=f"{name} {result.metrics[name]} is under its floor "
                               f"{getattr(result.thresholds, name)}")
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(sum(case.find("failure") is not None for case in suite)))
    suite.set("errors", str(sum(case.find("error") is not None for case in suite)))
    ElementTree.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)


def write_html(result: RunResult, comparison: Comparison | None, path: Path, templates: Path) -> None:
    environment = Environment(loader=FileSystemLoader(templates), autoescape=True, undefined=StrictUndefined)
    path.write_text(environment.get_template("report.html").render(
        result=result, metrics=metric_rows(result), comparison=comparison), encoding="utf-8")


def write_markdown(result: RunResult, comparison: Comparison | None, path: Path, templates: Path) -> None:
    environment = Environment(loader=FileSystemLoader(templates), autoescape=False, undefined=StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
    path.write_text(environment.get_template("summary.md").render(
        result=result, metrics=metric_rows(result), comparison=comparison,
        cell=lambda text: str(text).replace("|", "\\|").replace("\n", " ")), encoding="utf-8")


def _comparison_line(comparison: Comparison) -> str:
    return (f"Against the baseline: {len(comparison.regressed)} regressed, {len(comparison.fixed)} fixed, "
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
