"""Reference tables under seeds/reference: CAMEO/PLOVER codes, the actor lexicon, the actor code list and the place
gazetteer.

Loaders are cached per path because the engine calls them for every coder instance; the returned
objects are frozen dataclasses (and the containers must be treated as read-only by callers).
Formats are documented in seeds/reference/README.md.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from geoevents import SEEDS_DIR

REFERENCE_DIR = SEEDS_DIR / "reference"
CAMEO_CODES_PATH = REFERENCE_DIR / "cameo_codes.csv"
ACTORS_PATH = REFERENCE_DIR / "actors.csv"
ACTOR_CODES_PATH = REFERENCE_DIR / "actor_codes.csv"
PLACES_PATH = REFERENCE_DIR / "places.csv"
NOTE_TOKENS = frozenset({"ambiguous", "case_sensitive"})


@dataclass(frozen=True)
class CameoCode:
    code: str                   # leading zeros kept: "041", "0312"; roots "01".."20"
    name: str
    goldstein: float | None
    quad_class: int | None      # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    plover_type: str            # PLOVER event type, STATEMENT for CAMEO 01x
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class ActorEntry:
    entry_id: str
    actor_code: str
    country_code: str | None
    sector: str | None
    kind: str
    lang: str                   # de, en or any
    pattern: str
    person: str | None
    role: str | None
    valid_from: date | None
    valid_to: date | None
    note: str | None

    @functools.cached_property   # read for every candidate mention: parsed once per entry
    def note_tokens(self) -> frozenset[str]:
        """Machine-readable note tokens (``ambiguous``, ``case_sensitive``): see seeds/reference/README.md."""
        return frozenset(part.strip() for part in (self.note or "").split(";")) & NOTE_TOKENS

    @property
    def case_sensitive(self) -> bool:
        """Match only as written: ``US`` must not match English "us", ``WHO`` not "who"."""
        return "case_sensitive" in self.note_tokens

    @property
    def ambiguous(self) -> bool:
        """Also a common word or another name (Chad, Jordan, Georgia): accept only with supporting context."""
        return "ambiguous" in self.note_tokens

    def valid_on(self, day: date | None) -> bool:
        """True when the entry applies on ``day`` (unbounded entries and unknown days always apply)."""
        if day is None:
            return True
        if isinstance(day, datetime):  # a datetime does not compare with a date
            day = day.date()
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


@dataclass(frozen=True)
class ActorCode:
    code: str
    name: str
    kind: str                   # state, bloc, igo, ngo


@dataclass(frozen=True)
class Place:
    """A city or region the actor lexicon does not hold (capitals are actors there): where an act happened, never
    an actor."""
    place_id: str               # COUNTRY:slug, e.g. UKR:kharkiv
    name: str                   # English name
    country_code: str           # ISO alpha-3 of the state the place belongs to (internationally recognised)
    kind: str                   # city or region
    names_en: str               # English spellings, "|"-separated, the usual one first
    names_de: str               # German spellings, "|"-separated
    note: str | None

    def names(self, lang: str) -> tuple[str, ...]:
        """The spellings of the place in ``lang`` (de or en)."""
        return tuple(n.strip() for n in (self.names_de if lang == "de" else self.names_en).split("|") if n.strip())


def _optional(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _optional_date(value: str | None) -> date | None:
    value = _optional(value)
    return date.fromisoformat(value) if value else None


def _optional_float(value: str | None) -> float | None:
    value = _optional(value)
    return float(value) if value else None


def _optional_int(value: str | None) -> int | None:
    value = _optional(value)
    return int(value) if value else None


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _resolve(path: str | Path | None, default: Path) -> Path:
    return default if path is None else Path(path).resolve()


def load_cameo_codes(path: str | Path | None = None) -> dict[str, CameoCode]:
    """CAMEO code (string with leading zeros) -> CameoCode, including the two-digit roots."""
    return _load_cameo_codes(_resolve(path, CAMEO_CODES_PATH))


@functools.lru_cache(maxsize=8)
def _load_cameo_codes(path: Path) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for row in _read_rows(path):
        code = row["code"].strip()
        codes[code] = CameoCode(
            code=code,
            name=row["name"].strip(),
            goldstein=_optional_float(row.get("goldstein")),
            quad_class=_optional_int(row.get("quad_class")),
            plover_type=row["plover_type"].strip(),
            plover_mode=_optional(row.get("plover_mode")),
            plover_context=_optional(row.get("plover_context")),
        )
    return codes


def load_actor_lexicon(path: str | Path | None = None) -> list[ActorEntry]:
    """All actor lexicon entries in file order."""
    return _load_actor_lexicon(_resolve(path, ACTORS_PATH))


@functools.lru_cache(maxsize=8)
def _load_actor_lexicon(path: Path) -> list[ActorEntry]:
    return [
        ActorEntry(
            entry_id=row["entry_id"].strip(),
            actor_code=row["actor_code"].strip(),
            country_code=_optional(row.get("country_code")),
            sector=_optional(row.get("sector")),
            kind=row["kind"].strip(),
            lang=row["lang"].strip(),
            pattern=row["pattern"].strip(),
            person=_optional(row.get("person")),
            role=_optional(row.get("role")),
            valid_from=_optional_date(row.get("valid_from")),
            valid_to=_optional_date(row.get("valid_to")),
            note=_optional(row.get("note")),
        )
        for row in _read_rows(path)
    ]


def load_actor_codes(path: str | Path | None = None) -> dict[str, ActorCode]:
    """Actor code -> ActorCode for every code used in the actor lexicon."""
    return _load_actor_codes(_resolve(path, ACTOR_CODES_PATH))


@functools.lru_cache(maxsize=8)
def _load_actor_codes(path: Path) -> dict[str, ActorCode]:
    codes: dict[str, ActorCode] = {}
    for row in _read_rows(path):
        code = row["code"].strip()
        codes[code] = ActorCode(code=code, name=row["name"].strip(), kind=row["kind"].strip())
    return codes


def load_places(path: str | Path | None = None) -> list[Place]:
    """The place gazetteer (seeds/reference/places.csv) in file order."""
    return _load_places(_resolve(path, PLACES_PATH))


@functools.lru_cache(maxsize=8)
def _load_places(path: Path) -> list[Place]:
    return [
        Place(place_id=row["place_id"].strip(), name=row["name"].strip(), country_code=row["country_code"].strip(),
              kind=row["kind"].strip(), names_en=row["names_en"].strip(), names_de=row["names_de"].strip(),
              note=_optional(row.get("note")))
        for row in _read_rows(path)
    ]
