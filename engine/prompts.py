"""User-facing texts and templates, all kept in prompts/ so editors can change them without code."""

from functools import lru_cache
from pathlib import Path

import yaml

from index.settings import Settings


class Prompts:
    def __init__(self, folder: Path):
        self.folder = folder

    @lru_cache(maxsize=64)
    def text(self, name: str) -> str:
        return (self.folder / f"{name}.txt").read_text(encoding="utf-8").strip()

    @lru_cache(maxsize=16)
    def table(self, name: str) -> dict:
        return yaml.safe_load((self.folder / f"{name}.yaml").read_text(encoding="utf-8"))

    def verdict_lead(self, verdict: str, asked_as_question: bool) -> str:
        leads = self.table("verdicts")["leads"]["question" if asked_as_question else "statement"]
        return leads.get(verdict, "")

    def verdict_label(self, verdict: str) -> str:
        return self.table("verdicts")["labels"][verdict]

    def basis_label(self, basis: str) -> str:
        return self.table("verdicts")["basis"][basis]

    @classmethod
    def from_settings(cls, settings: Settings) -> "Prompts":
        return cls(settings.prompts_dir)
