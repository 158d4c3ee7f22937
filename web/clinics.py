"""Clinics that may embed the widget, read from a YAML file and checked before the app starts."""

from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from index.records import SOURCE_ID_PATTERN
from ingest.errors import describe_validation_error

# scheme://host[:port] with no path or trailing slash: what browsers send in `Origin`.
Origin = Annotated[str, StringConstraints(pattern=r"^https?://[A-Za-z0-9.\-]+(:\d{1,5})?$")]


class ClinicsFileError(ValueError):
    def __init__(self, path: Path, problem: str):
        super().__init__(f"{path}: {problem}")


class Clinic(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=SOURCE_ID_PATTERN, description="Id the clinic puts in its script tag.")
    name: str = Field(min_length=1, max_length=80, description="Name shown in the widget's header.")
    accent: str = Field(pattern=r"^#[0-9a-fA-F]{6}$", description="Accent colour of the button and header.")
    allowed_origins: tuple[Origin, ...] = Field(
        min_length=1, description="Origins (scheme://host[:port], no path) whose pages may frame the widget "
        "and call the API for this clinic.")
    contact: str = Field(pattern=r"^(https?://|mailto:)\S+$", description="Where patients reach the clinic.")


class Clinics:
    def __init__(self, clinics: tuple[Clinic, ...]):
        self._by_id = {clinic.id: clinic for clinic in clinics}

    def get(self, clinic_id: str | None) -> Clinic | None:
        return self._by_id.get(clinic_id or "")

    @property
    def all_origins(self) -> set[str]:
        return {origin for clinic in self._by_id.values() for origin in clinic.allowed_origins}


def load_clinics(path: Path) -> Clinics:
    if not path.is_file():
        return Clinics(())
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise ClinicsFileError(path, f"not valid YAML ({error.__class__.__name__})") from error
    if not isinstance(entries, list):
        raise ClinicsFileError(path, "expected a list of clinics")
    clinics = []
    for position, entry in enumerate(entries, start=1):
        try:
            clinics.append(Clinic.model_validate(entry))
        except ValidationError as error:
            raise ClinicsFileError(path, f"clinic {position}: {describe_validation_error(error)}") from error
    ids = [clinic.id for clinic in clinics]
    duplicates = sorted({clinic_id for clinic_id in ids if ids.count(clinic_id) > 1})
    if duplicates:
        raise ClinicsFileError(path, f"duplicate clinic id {', '.join(duplicates)}")
    return Clinics(tuple(clinics))
