"""Giving way and rebuffing (issue #3, session 19, helper lex19; held-out set 8's lexicon gaps): objections, a veto,
reservations or a blockade dropped, lifted or withdrawn are a yield, 080 (support family objection_drop; the veto
itself stays 129, a lifted sea blockade 0872); a yield told in a clause of cause gives way to the main clause's
subject ("The EU extended its sanctions after Hungary dropped its objections": HUN->EUU, cues enabling_concession_codes,
080 only: a release told there is not to the main clause's subject); pressure brushed aside, rebuffed or resisted is a
rejection of its author, 120 ("wies den Druck der USA zurück": Druck joins the German proposal family)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hungary dropped its objections to the sanctions package.", ("080", "HUN", None)),
    ("en", "Turkey lifted its objection to Sweden's membership.", ("080", "TUR", "SWE")),
    ("en", "Greece dropped its objections to North Macedonia's bid on Tuesday.", ("080", "GRC", "MKD")),
    ("en", "Slovakia dropped its veto against the new package.", ("080", "SVK", None)),
    ("de", "Die Türkei hat ihre Einwände gegen den Beitritt Schwedens fallen gelassen.", ("080", "TUR", "SWE")),
    ("de", "Ungarn gab seinen Widerstand gegen das Sanktionspaket auf.", ("080", "HUN", None)),
    ("en", "India brushed aside US pressure to cut its oil imports.", ("120", "IND", "USA")),
    ("en", "India rebuffed pressure from the United States to stop buying oil.", ("120", "IND", "USA")),
    ("de", "Indien wies den Druck der USA zurück, weniger Öl zu kaufen.", ("120", "IND", "USA")),
])
def test_yields_and_rebuffs(coder, lang, text, expected):
    assert expected in rows(coder, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The European Union extended its economic sanctions against Russia on Thursday after Hungary dropped its "
           "objections."),
    ("de", "Die EU verlängerte ihre Sanktionen gegen Russland, nachdem Ungarn seine Einwände fallen gelassen hatte."),
])
def test_a_yield_that_enables_the_main_clause_is_to_its_subject(coder, lang, text):
    found = rows(coder, text, lang)
    assert ("080", "HUN", "EUU") in found and ("163", "EUU", "RUS") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Russia used its veto against the resolution on Syria.", ("129", "RUS", "SYR")),
    ("de", "Russland legte im Sicherheitsrat ein Veto gegen die Resolution ein.", ("129", "RUS", None)),
    ("de", "Israel hob die Blockade des Gazastreifens auf.", ("0872", "ISR", "PSE")),
])
def test_a_veto_cast_and_a_blockade_lifted_stay_what_they_were(coder, lang, text, expected):
    found = rows(coder, text, lang)
    assert expected in found and not any(code == "080" for code, _s, _t in found)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Poland dropped out of the race for the hosting rights.", "080"),
    ("en", "India felt growing pressure from the United States.", "120"),
    ("de", "Die EU hat die Blockade des Hafens aufgehoben.", "080"),
])
def test_guards(coder, lang, text, absent):
    assert not any(code == absent for code, _s, _t in rows(coder, text, lang))


def test_a_release_in_the_clause_of_cause_keeps_no_target(coder):
    found = rows(coder, "Die USA haben die Sanktionen gegen Belarus aufgehoben, nachdem Machthaber Lukaschenko 52 "
                        "Gefangene freigelassen hatte.", "de")
    assert ("084", "BLR", None) in found and ("084", "BLR", "USA") not in found
