"""A compound imposer of sanctions or trade measures: each member acts (issue #3, session 17, found by the lead's
probe; before, only the first member had a row). Both languages; the one-imposer and the opposing readings keep theirs."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2026, 11, 20)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def _each(code: str, sources: list[str], target: str | None, modality: str = "asserted") -> set[tuple]:
    return {(code, s, target, False, modality) for s in sources}


@pytest.mark.parametrize("text, lang, expected", [
    ("The US and the EU imposed sanctions on Iran.", "en", _each("163", ["USA", "EUU"], "IRN")),
    ("Britain and Canada imposed new sanctions on Russian banks.", "en", _each("163", ["GBR", "CAN"], "RUS")),
    ("Die USA und die EU verhängten Sanktionen gegen Iran.", "de", _each("163", ["USA", "EUU"], "IRN")),
    ("Großbritannien und Kanada haben die Sanktionen gegen Russland verlängert.", "de",
     _each("163", ["GBR", "CAN"], "RUS")),
    ("Japan and South Korea imposed export controls on Russia.", "en", _each("163", ["JPN", "KOR"], "RUS")),
    # guards: one imposer, several targets; critics of sanctions are no imposers; an agreed cut stays mutual
    ("The US imposed sanctions on Iran and Syria.", "en", {("163", "USA", "IRN", False, "asserted"),
                                                           ("163", "USA", "SYR", False, "asserted")}),
    ("Russia and China condemned the sanctions imposed by the US.", "en", _each("111", ["RUS", "CHN"], "USA")),
    ("The EU and China agreed to cut tariffs on electric vehicles.", "en",
     {("0354", "EUU", "CHN", False, "future"), ("0354", "CHN", "EUU", False, "future")}),
])
def test_each_member_of_a_compound_imposer_acts(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected
