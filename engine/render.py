"""Plain-text rendering of an Answer for the terminal."""

from engine.models import Answer
from engine.prompts import Prompts


def render_text(answer: Answer, prompts: Prompts) -> str:
    lines = [f"Verdict: {prompts.verdict_label(answer.verdict)} ({answer.verdict})", "", answer.answer]
    if answer.safety:
        lines += ["", f"Safety flags: {', '.join(answer.safety)}"]
    if answer.citations:
        lines += ["", "Sources:"]
    for citation in answer.citations:
        where = ", ".join(str(part) for part in (citation.journal, citation.year) if part)
        lines.append(f"[{citation.n}] {citation.title}{f' ({where})' if where else ''}, "
                     f"section \"{citation.section}\"; rests on {prompts.basis_label(citation.basis)}")
        lines.append(f"    \"{citation.quote}\"")
    return "\n".join(lines)
