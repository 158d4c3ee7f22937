"""The one error a bad corpus raises: it names the file, so the fix is obvious."""

from pathlib import Path

from pydantic import ValidationError


class CorpusError(ValueError):
    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def describe_validation_error(error: ValidationError) -> str:
    """The first problem as "field 'x': message", noting how many more there are."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"field '{field}': {first['msg']}{more}"
