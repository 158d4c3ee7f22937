"""The answer engine: retrieval, claim-review matching, verdicts, safety, and answer assembly."""

from engine.models import Answer, Citation

__all__ = ["Answer", "Citation", "Engine"]


def __getattr__(name: str):
    # Engine brings Chroma and the query model's runtime; code that only reads or writes answers
    # (feedback export, the QA reports) imports engine.models without paying for them.
    if name == "Engine":
        from engine.core import Engine

        return Engine
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
