"""A coordinator that opens a main clause with its own subject (issue #3, session 18, found by the lead's probe):
"Russia attacked Ukraine and the US imposed sanctions" was 190 RUS->UKR, 190 RUS->USA and 163 RUS->none (the names
around "and" joined into one compound object, the sanctions given to the first clause's subject). Now the second
clause's subject acts; compound subjects and objects without a verb behind the second name stay compounds."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2026, 11, 30)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def _asserted(*rows: tuple) -> set[tuple]:
    return {(*row, False, "asserted") for row in rows}


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia invaded Georgia and the US imposed sanctions.", "en", _asserted(("190", "RUS", "GEO"), ("163", "USA", None))),
    ("China attacked Vietnam and the United States imposed sanctions on Beijing.", "en",
     _asserted(("190", "CHN", "VNM"), ("163", "USA", "CHN"))),
    ("Russia attacked Ukraine and Poland has closed its border.", "en",
     _asserted(("190", "RUS", "UKR"), ("191", "POL", None))),
    ("Russland hat Georgien angegriffen und die USA haben Sanktionen verhängt.", "de",
     _asserted(("190", "RUS", "GEO"), ("163", "USA", None))),
    ("Russland griff die Ukraine an und die EU verhängte Sanktionen.", "de",
     _asserted(("190", "RUS", "UKR"), ("163", "EUU", None))),
    # guards: compounds without a verb of their own behind the second name
    ("Germany and France criticized Russia.", "en", _asserted(("111", "DEU", "RUS"), ("111", "FRA", "RUS"))),
    ("Russia attacked Ukraine and Georgia in 2008.", "en", _asserted(("190", "RUS", "UKR"), ("190", "RUS", "GEO"))),
    ("Deutschland und Frankreich kritisierten Russland.", "de",
     _asserted(("111", "DEU", "RUS"), ("111", "FRA", "RUS"))),
    ("Russland griff die Ukraine und Georgien an.", "de", _asserted(("190", "RUS", "UKR"), ("190", "RUS", "GEO"))),
    ("The US criticized Russia and China over the attack.", "en",
     _asserted(("111", "USA", "RUS"), ("111", "USA", "CHN"))),
])
def test_a_coordinated_clause_with_its_own_subject(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected
