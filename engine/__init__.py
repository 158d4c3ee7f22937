"""The answer engine: retrieval, claim-review matching, verdicts, safety, and answer assembly."""

from engine.core import Engine
from engine.models import Answer, Citation

__all__ = ["Answer", "Citation", "Engine"]
