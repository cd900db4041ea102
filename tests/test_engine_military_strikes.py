"""Military strikes and labour strikes (issue #3, session 18, found by the lead's probe): "strikes" after a
nationality adjective or a past form, naming what it hits ("on"/"against" + an actor or place), is a military strike
(en:190:strike-on) and its adjective the agent, also in the headline passive "killed in <adj> strikes on <place>"
(was 190 UKR->RUS through the verb "killed" and the place); "carried out strikes" too. A labour strike names no
target ("a strike by dock workers", "went on strike", "general strike") and keeps its reading. German
"Luftschlag"/"Militärschlag" are attacks, "Streik" never."""
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
    # the headline passive: the strike noun codes the act, the verb "killed" yields to it
    ("At least 12 killed in Russian strikes on Odesa.", "en",
     _asserted(("190", "RUS", "UKR"))),
    ("Nine people were killed in Israeli strikes on Rafah overnight.", "en", _asserted(("190", "ISR", "PSE"))),
    ("Israel launched strikes on Gaza late on Tuesday.", "en", _asserted(("190", "ISR", "PSE"))),
    ("Russia carried out strikes on Ukrainian power plants.", "en", _asserted(("190", "RUS", "UKR"))),
    ("Russian strikes on Kyiv cut power to thousands of homes.", "en", _asserted(("190", "RUS", "UKR"))),
    ("An Israeli strike on Hamas officials in Doha drew sharp criticism.", "en", _asserted(("190", "ISR", "PSE"))),
    ("The United States conducted strikes against Houthi targets in Yemen.", "en", _asserted(("190", "USA", "YEM"))),
    ("Israel führte einen Militärschlag gegen den Iran aus.", "de", _asserted(("190", "ISR", "IRN"))),
    ("Bei russischen Luftschlägen auf Charkiw starben 30 Menschen.", "de", _asserted(("195", "RUS", "UKR"))),
    # guards: labour strikes stay labour strikes, or no row when they name no party
    ("Port workers in France went on strike on Monday.", "en", _asserted(("143", "FRA", "FRA"))),
    ("A strike by dock workers in Britain closed the ports.", "en", set()),
    ("French workers launched a strike at the port of Marseille.", "en", set()),
    ("A strike on the London Underground halted trains.", "en", set()),
    ("Teachers in Germany staged a strike over pay.", "en", _asserted(("143", "DEU", "DEU"))),
    ("Ein Streik der Hafenarbeiter legte die französischen Häfen lahm.", "de", set()),
    ("Palestinian protests against Israel continued on Friday.", "en", _asserted(("140", "PSE", "ISR"))),
])
def test_military_and_labour_strikes(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected
