"""Sanctions approved, unveiled or agreed are imposed; sanctions weighed, mulled, prepared or examined are signalled
(1312 with the stance threaten; hypothetical where the word is a considering one: mulling, considering, prüft), in English and German (cues
sanction_stances, modality hypothetical). Before: "EU ambassadors approved the 19th sanctions package against
Russia" and "Washington is weighing fresh sanctions on Chinese banks" had no row, "is preparing new sanctions" was an
imposition, "bereitet neue Sanktionen vor" too."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import ROW_KEYS, coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "EU ambassadors approved the 19th sanctions package against Russia on Wednesday.",
     ("163", "EUU", "RUS", "asserted")),
    ("en", "The EU agreed its 18th sanctions package against Russia on Friday.", ("163", "EUU", "RUS", "asserted")),
    ("en", "Brussels unveiled a sanctions package against Belarus.", ("163", "EUU", "BLR", "asserted")),
    ("en", "The United States is preparing new sanctions against Iran, officials said.",
     ("1312", "USA", "IRN", "asserted")),
    ("en", "Washington is weighing fresh sanctions on Chinese banks.", ("1312", "USA", "CHN", "asserted")),
    ("en", "The White House weighs new sanctions on Venezuela.", ("1312", "USA", "VEN", "asserted")),
    ("en", "London is mulling sanctions against Georgian officials.", ("1312", "GBR", "GEO", "hypothetical")),
    ("de", "Die Bundesregierung bereitet neue Sanktionen gegen Iran vor.", ("1312", "DEU", "IRN", "asserted")),
    ("de", "Die EU prüft Sanktionen gegen georgische Minister.", ("1312", "EUU", "GEO", "hypothetical")),
])
def test_sanctions_approved_are_imposed_and_sanctions_weighed_are_signalled(coder, lang, text, expected):
    assert rows(coder, text, lang) == {expected}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a considering word elsewhere in the clause does not turn an imposition into a signal
    ("en", "The US imposed sanctions on Russia after weeks of weighing its options.", ("163", "USA", "RUS", "asserted")),
    ("de", "Die EU hat Sanktionen gegen Iran verhängt, nachdem sie die Lage geprüft hatte.",
     ("163", "EUU", "IRN", "asserted")),
])
def test_an_imposition_after_deliberation_stays_an_imposition(coder, lang, text, expected):
    assert rows(coder, text, lang) == {expected}


def test_sanctions_that_weigh_on_trade_are_only_mentioned(coder):
    # the economic sense of "weigh on" signals nothing (fresh7 en-006 read it as a threat in a first version)
    text = "Exports to Russia fell 9 percent as Western sanctions weighed on payments."
    assert not rows(coder, text, "en")
    assert [m.stance for m in coder.extract(text, "en", PUB).sanctions] == ["mention"]
