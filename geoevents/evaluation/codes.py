"""Code tables the evaluation needs to compare the engine's output with external gold standards.

Both tables are data files next to this module (documented in docs/evaluation.md):
- ``plover_0_5_to_current.csv``: PLOVER 0.5b1 event type names (used by the PLOVER GSR) -> current PLOVER types.
- ``actor_code_normalization.csv``: non-ISO actor codes in the gold sets and the engine's bloc/IGO codes ->
  the code both sides are compared with.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

EVALUATION_DIR = Path(__file__).resolve().parent
PLOVER_TYPE_MAP_PATH = EVALUATION_DIR / "plover_0_5_to_current.csv"
ACTOR_CODE_MAP_PATH = EVALUATION_DIR / "actor_code_normalization.csv"


@lru_cache(maxsize=4)
def load_plover_type_map(path: str | Path = PLOVER_TYPE_MAP_PATH) -> dict[str, str]:
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["old_type"].strip(): row["current_type"].strip() for row in csv.DictReader(handle)}


@dataclass(frozen=True)
class ActorCodeNormalizer:
    """Maps actor codes to the form compared in the external gold standards.

    ``gold`` entries apply to codes read from gold files (JAP -> JPN), ``predicted`` entries to the engine's codes,
    ``any`` entries to both. The engine's IGO codes (kind igo in seeds/reference/actor_codes.csv: UNO, EUU, NAT, ...)
    become the class IGO, its NGO codes (kind ngo: AMN, HRW, ICR, ...) the class NGO, its transnational militant
    groups (kind img: ALQ al-Qaeda, ISI Islamic State) the class IMG: the only thing the GSRs say. A code mapped to '' means "no identifiable country" (None).
    """

    gold: dict[str, str]
    predicted: dict[str, str]

    def gold_code(self, code: str | None) -> str | None:
        return self._apply(self.gold, code)

    def predicted_code(self, code: str | None) -> str | None:
        return self._apply(self.predicted, code)

    @staticmethod
    def _apply(table: dict[str, str], code: str | None) -> str | None:
        if code is None:
            return None
        code = code.strip().upper()
        if not code:
            return None
        mapped = table.get(code, code)
        return mapped or None

    def petrarch_country(self, code: str | None) -> str | None:
        """PETRARCH actor code -> country: the 3-letter prefix (USAGOV -> USA, IGOUNOMIL -> IGO, --- -> None)."""
        if not code:
            return None
        return self.gold_code(code.strip().upper()[:3])


@lru_cache(maxsize=4)
def load_actor_code_normalizer(path: str | Path = ACTOR_CODE_MAP_PATH) -> ActorCodeNormalizer:
    gold: dict[str, str] = {}
    predicted: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, normalized, scope = row["code"].strip().upper(), row["normalized"].strip().upper(), row["scope"]
            if scope in ("gold", "any"):
                gold[code] = normalized
            if scope in ("predicted", "any"):
                predicted[code] = normalized
    for code in igo_codes_from_reference():
        predicted.setdefault(code, "IGO")
    for code in codes_of_kind_from_reference("ngo"):
        predicted.setdefault(code, "NGO")
    for code in codes_of_kind_from_reference("img"):
        predicted.setdefault(code, "IMG")
    return ActorCodeNormalizer(gold, predicted)


def igo_codes_from_reference() -> list[str]:
    """Project codes of kind igo in seeds/reference/actor_codes.csv: the GSRs only say "IGO" for these."""
    return codes_of_kind_from_reference("igo")


def codes_of_kind_from_reference(kind: str) -> list[str]:
    """Project codes of one kind (igo, ngo, img) in seeds/reference/actor_codes.csv: the GSRs only name the class."""
    from geoevents import reference

    if not Path(reference.ACTOR_CODES_PATH).exists():
        return []
    return sorted(code for code, entry in reference.load_actor_codes().items() if entry.kind == kind)
