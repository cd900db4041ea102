"""An office or institution of a state described by its kind (cues state_kind_descriptions: "the island's president",
"the territory's health ministry", "the kingdom's interior ministry", "the Gulf state's foreign ministry"; German "der
Präsident der Insel", "die Zivilschutzbehörde des Gebiets") is the one state of that kind named before it within
definite_reference_reach characters (was no actor: "days after the island's president rejected Beijing's claims" had
no 120 TWN->CHN, "..., the territory's civil defence agency said" no statement). No or several states of the kind
named: none. Rules: ActorGroups._kind_reference; "civil defence (agency)", "Zivilschutz*" are sector words."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2026, 11, 25)
rows = functools.partial(coded_rows, published=PUB, statements=True)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "China staged military drills around Taiwan on Monday, days after the island's president rejected "
           "Beijing's claims.", ("120", "TWN", "CHN")),
    ("en", "China held large-scale military drills around Taiwan on Monday. The island's president condemned the "
           "drills.", ("111", "TWN", "CHN")),
    ("en", "Israeli tanks shelled the outskirts of Gaza City on Thursday, the territory's health ministry said.",
     ("010", "PSE", "ISR")),
    ("en", "Israeli air strikes killed 14 people in the Gaza Strip, the territory's civil defence agency said.",
     ("010", "PSE", "ISR")),
    ("en", "Iran seized a tanker near Bahrain, the kingdom's interior ministry said.", ("010", "BHR", "IRN")),
    ("en", "Serbia closed the border with Kosovo, the territory's prime minister said.", ("010", "XKX", "SRB")),
    ("de", "China hat am Montag ein Manöver rund um Taiwan begonnen. Der Präsident der Insel verurteilte die Übungen.",
     ("111", "TWN", "CHN")),
    ("de", "Iran hat einen Tanker vor Katar beschlagnahmt, teilte das Außenministerium des Golfstaats mit.",
     ("010", "QAT", "IRN")),
    ("de", "Israel hat den Gazastreifen angegriffen, teilte die Zivilschutzbehörde des Gebiets mit.",
     ("010", "PSE", "ISR")),
])
def test_a_state_described_by_its_kind_is_the_one_named_before(coder, lang, text, expected):
    assert expected in rows(coder, text, lang)


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "Taiwan and Sri Lanka signed a trade pact. The island's president praised China.", "051"),
    ("en", "Beijing warned against foreign interference, the island's president said.", "010"),
    ("en", "Saudi Arabia and Qatar held talks. The Gulf state's foreign minister criticized Iran.", "111"),
    ("de", "Der Präsident der Insel verurteilte die Übungen.", "111"),
])
def test_no_or_several_states_of_the_kind_name_nobody(coder, lang, text, code):
    found = rows(coder, text, lang, cameo_code=code)
    assert not any(source in {"TWN", "LKA", "SAU", "QAT"} for _c, source, _t in found)
