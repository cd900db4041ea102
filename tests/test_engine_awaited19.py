"""An act behind "before"/"bevor" that its clause still waits for is hypothetical (issue #3, session 19; held-out set 8
named conditional and "before" clauses given the wrong modality: fresh8-en-015 "had no plans to reopen its border
with Armenia before Baku and Yerevan signed a final peace treaty" had the signing asserted). The main clause before
the word is negated, future or hypothetical (rules/modality.py _pending_condition with cues awaited_clause_openers;
"until" vetoes such an act instead); "bevor" always opens a clause (cues clause_only_openers); a coordinator inside a
compound subject does not end the walk back to the opener. Acts before something that happened stay asserted."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
readings = functools.partial(coded_rows, published=PUB, keys=("cameo_code", "source_actor", "target_actor",
                                                              "modality"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkey said it had no plans to reopen its border with Armenia before Azerbaijan and Armenia signed a "
           "peace treaty."),
    ("en", "Turkey will not reopen its border with Armenia before Azerbaijan and Armenia sign a peace treaty."),
    ("de", "Die Türkei will die Grenze zu Armenien nicht öffnen, bevor Aserbaidschan und Armenien einen "
           "Friedensvertrag unterzeichnet haben."),
    ("de", "Tokio erwartet keine Fortschritte, bevor China und Japan ein Fischereiabkommen unterzeichnen."),
])
def test_awaited_act_behind_before_is_hypothetical(coder, lang, text):
    signings = {row for row in readings(coder, text, lang) if row[0] == "057"}
    assert signings and all(modality == "hypothetical" for *_rest, modality in signings)


@pytest.mark.parametrize(("lang", "text", "row"), [
    ("en", "Azerbaijan and Armenia signed a peace treaty before the summit began.", ("057", "AZE", "ARM", "asserted")),
    ("en", "Blinken visited Beijing before Xi met Biden.", ("042", "USA", "CHN", "asserted")),
    ("en", "Russia attacked Kyiv before the talks in Istanbul.", ("190", "RUS", "UKR", "asserted")),
    ("de", "Xi besuchte Moskau, bevor er nach Minsk flog.", ("042", "CHN", "BLR", "asserted")),
    ("de", "Russland griff die Ukraine an, bevor der Gipfel begann.", ("190", "RUS", "UKR", "asserted")),
    # a deal signed is a pact (en:057:deal), as a treaty is; "deal with the crisis" names none
    ("en", "China and Japan signed a fisheries deal on Monday.", ("057", "CHN", "JPN", "asserted")),
])
def test_acts_before_what_happened_stay_asserted(coder, lang, text, row):
    assert row in readings(coder, text, lang)


def test_deal_with_a_crisis_is_no_pact(coder):
    assert readings(coder, "Russia will deal with the crisis on its own.", "en") == set()
