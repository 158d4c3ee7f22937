"""The one error a bad corpus raises: it names the file, so the fix is obvious."""

from pathlib import Path


class CorpusError(ValueError):
    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
