"""Places the actor tables do not hold (seeds/reference/places.csv: cities and regions such as Kharkiv, Basra,
Tel Aviv). They are looked up only where a rule asks where an act happened (Assembler._places_of): the target of
violence against nobody named and the stand-in for the unnamed agent of an agentless passive. A place never acts,
speaks or meets: it is no actor mention."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from geoevents.engine.components import _token_pattern, _with_genitive
from geoevents.engine.lexicon import PatternIndex, match_after_first, parse_pattern
from geoevents.reference import Place, load_places


@dataclass(frozen=True)
class PlaceHit:
    tok_start: int
    tok_end: int          # exclusive
    place: Place


class PlaceFinder:
    """The gazetteer's spellings of one language as a pattern index over token keys."""

    def __init__(self, places: list[Place], lang: str):
        self.index = PatternIndex(parse_pattern(_token_pattern(name, lang), place)
                                  for place in places for name in _spellings(place, lang))
        self.genitive_s = lang == "de"   # "Charkiws", "Basras"

    def find(self, keys: list[tuple[str, ...]], texts: list[str], start: int, end: int) -> list[PlaceHit]:
        """Places named in tokens start..end, longest spelling first; a place name is written with a capital."""
        hits: list[PlaceHit] = []
        i = start
        while i < end:
            best = None
            if texts[i][:1].isupper():
                lookup = _with_genitive(keys[i]) if self.genitive_s else keys[i]
                for pattern in self.index.candidates(lookup):
                    stop = match_after_first(pattern, keys, i, end)
                    if stop is not None and (best is None or stop > best[0]):
                        best = (stop, pattern.payload)
            if best is None:
                i += 1
                continue
            hits.append(PlaceHit(i, best[0], best[1]))
            i = best[0]
        return hits


def _spellings(place: Place, lang: str) -> list[str]:
    """The place's names, in German with the adjective of a one-word name ("Hongkonger", "Charkiwer": "die Hongkonger
    Polizei" is the police in Hong Kong, Assembler._place_institution)."""
    names = list(place.names(lang))
    if lang == "de":
        names += [name + "er" for name in names if " " not in name and "-" not in name]
    return names


@functools.lru_cache(maxsize=8)
def place_finder(lang: str, path: str | None = None) -> PlaceFinder:
    return PlaceFinder(load_places(Path(path) if path else None), lang)
