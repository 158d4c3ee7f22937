"""Plain-text rendering of an Answer for the terminal."""

from engine.models import Answer, Trace
from engine.prompts import Prompts


def render_text(answer: Answer, prompts: Prompts, explain: bool = False) -> str:
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
    if explain and answer.trace is not None:
        lines += ["", *render_trace(answer.trace)]
    return "\n".join(lines)


def render_trace(trace: Trace) -> list[str]:
    """How the verdict was reached, part by part, for QA staff and developers."""
    lines = ["How this verdict was reached:", f"  read as: {trace.normalised}"]
    for number, part in enumerate(trace.parts, start=1):
        votes = ", ".join(f"{name} {share:.2f}" for name, share in sorted(part.type_votes.items(),
                                                                         key=lambda item: -item[1])[:3])
        lines += [f"  part {number} ({part.kind}): {part.text}",
                  f"    claim type: {part.claim_type} ({votes})",
                  f"    specifics: {', '.join(part.specifics) or 'none'}",
                  "    closest: " + "; ".join(f"{c.entry_id} {c.score:.2f}" for c in part.candidates[:3])]
        lines += [f"    compared {c.kind}: claim {c.claim} / review {c.review} -> "
                  f"{'lines up' if c.lined_up else 'does not line up'}" for c in part.compared]
        lines += [f"    evidence {e.score:.2f}: {e.text}" for e in part.evidence[:3]]
        lines.append(f"    rule: {part.rule} -> {part.verdict}" + (f" (review {part.review_id})" if part.review_id
                                                                     else ""))
    lines.append(f"  overall: {trace.rule}")
    return lines
