"""Announced retaliation is a threat (issue #3, session 19, helper lex19; held-out set 8's lexicon gaps): "vowed to
retaliate", "vowed revenge/retaliation", "will respond firmly", "kündigte Vergeltung/Gegenmaßnahmen an" (130; rows
en:130:vowed-to-retaliate ..., support family retaliation_vow), not "in retaliation for" nor "übte Vergeltung" (acts).
Its target, when it names none or only a party behind a coordinator after it, is the attacker: the one agent of the
hostile acts (roots 17-20) against the threatener before it in its sentence, else in the sentence before
(rules/speech_acts.py _retaliation_targets; cues retaliation_words, retaliation_cause_roots)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import ROW_KEYS, coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)
rows_modality = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Iran vowed to retaliate against Israel.", ("130", "IRN", "ISR")),
    ("en", "China vowed retaliation for the new US tariffs.", ("130", "CHN", "USA")),
    ("en", "Iran vowed revenge on Monday.", ("130", "IRN", None)),
    ("de", "Iran kündigte Vergeltung gegen Israel an.", ("130", "IRN", "ISR")),
    ("de", "China kündigte Gegenmaßnahmen gegen die USA an.", ("130", "CHN", "USA")),
])
def test_announced_retaliation_is_a_threat(coder, lang, text, expected):
    assert expected in rows(coder, text, lang)


def test_a_firm_response_announced_is_a_threat_made(coder):
    assert ("138", "CHN", "USA", "asserted") in rows_modality(
        coder, "China will respond firmly to any new U.S. arms sales to Taiwan.", "en")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The United States struck Iranian bases on Sunday. Tehran vowed to retaliate.", ("130", "IRN", "USA")),
    ("en", "India said its armed forces had struck nine sites in Pakistan, and Islamabad vowed to retaliate.",
     ("130", "PAK", "IND")),
    ("de", "Israel griff am Samstag eine Raketenbasis im Iran an. Teheran kündigte am Sonntag Vergeltung an.",
     ("130", "IRN", "ISR")),
    # the party blamed in the coordinated predicate is not the one retaliated against
    ("de", "Bei einem israelischen Luftangriff auf Damaskus wurden iranische Offiziere getötet. Teheran kündigte "
           "Vergeltung an und machte die USA mitverantwortlich.", ("130", "IRN", "ISR")),
])
def test_retaliation_is_against_the_attacker(coder, lang, text, expected):
    found = rows(coder, text, lang)
    assert expected in found
    assert not any(code == "130" and s == expected[1] and t not in (expected[2],) for code, s, t in found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israel struck Iran in retaliation for the missile attack."),
    ("en", "Iran retaliated against Israel with a drone attack."),
    ("de", "Israel übte Vergeltung für den Angriff."),
    # a warning's content is not coded (docs/evaluation.md, threats)
    ("en", "The minister warned that Asmara would respond decisively to any incursion."),
])
def test_retaliation_carried_out_or_warned_of_is_no_threat_row(coder, lang, text):
    assert not any(code.startswith("13") for code, _s, _t in rows(coder, text, lang))
