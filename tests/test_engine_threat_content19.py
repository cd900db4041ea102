"""A threat's content is no act, also when the German threat closes the bracket behind it ("hat der Regierung in
Kabul mit weiteren Militärschlägen gedroht": was 190 PAK->AFG beside the threat; held-out set 8) or a closing
attribution names the threat after a future or conditional act ("..., werde die EU die Beitrittsgespräche mit Belgrad
aussetzen, drohte die Außenbeauftragte"); a threat noun behind a preposition of time governs nothing ("Nach
wochenlangen Drohungen griff Pakistan Ziele in Afghanistan an": the attack was vetoed as the threat's content);
"stood ready to tighten sanctions" is the imposition's intent, not a cooperation intent of "ready to" (issue #3,
session 19; rules/speech_acts.py _threatened_with, _closing_threat, _time_framed_noun)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Pakistans Verteidigungsminister hat Afghanistan mit weiteren Militärschlägen gedroht.",
     {("13", "PAK", "AFG")}),
    ("de", "Trump hatte dem Iran mit Luftangriffen gedroht.", {("13", "USA", "IRN")}),
])
def test_german_threat_closing_its_bracket_codes_no_act(coder, lang, text, expected):
    # (the threat's root: 138 or 130, how specific the threat code is, is not this test's concern)
    assert {(code[:2], source, target) for code, source, target in rows(coder, text, lang)} == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Sollte Serbien nicht einlenken, werde die EU die Beitrittsgespräche mit Belgrad aussetzen, drohte die "
           "Außenbeauftragte der EU."),
    ("en", "The EU will suspend accession talks with Serbia, the EU foreign policy chief threatened."),
])
def test_act_before_a_closing_threat_is_its_content(coder, lang, text):
    found = rows(coder, text, lang)
    assert found and all(code[:2] == "13" for code, _s, _t in found)


@pytest.mark.parametrize(("lang", "text", "act"), [
    ("de", "Nach wochenlangen Drohungen griff Pakistan Ziele in Afghanistan an.", ("190", "PAK", "AFG")),
    ("en", "Russia attacked Ukraine, threatening further strikes.", ("190", "RUS", "UKR")),
    # (an announced halt of talks is the row's intent code, 134, lex19's de:164:verhandlungen-ausgesetzt: coded, not
    # vetoed as a threat's content, since "sagte" is no threat)
    ("de", "Die EU wird die Beitrittsgespräche mit Serbien aussetzen, sagte die Außenbeauftragte.",
     ("134", "EUU", "SRB")),
])
def test_acts_outside_a_threat_stay(coder, lang, text, act):
    assert act in rows(coder, text, lang)


def test_readiness_to_tighten_sanctions_is_no_cooperation_intent(coder):
    text = ("Washington stood ready to tighten sanctions on Russian oil exports if the Kremlin continued to stall "
            "peace talks with Kyiv.")
    found = rows(coder, text, "en")
    assert not any(code[:2] in ("03", "04") for code, _s, _t in found)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a hostile act its own actor's speaker announces under a condition is a conditional threat (asserted), not the
    # act (were 190 hypothetical; rules/content.py, the conditional branch beside the announced threats)
    ("en", "Russia would attack Ukraine if NATO deployed troops there, the Kremlin said.", ("138", "RUS", "UKR", "asserted")),
    ("de", "Sollte die Ukraine Raketen auf Moskau abfeuern, würde Russland Kiew angreifen, sagte der Kremlsprecher.",
     ("138", "RUS", "UKR", "asserted")),
    # what others expect an actor would do is no threat by it; a cooperative act under a condition is no threat
    ("de", "Experten sagten, Israel würde den Iran angreifen, falls die Gespräche scheiterten.",
     ("190", "ISR", "IRN", "hypothetical")),
    ("en", "If Congress agreed, the United States would send more aid to Ukraine, the US defence secretary said.",
     ("070", "USA", "UKR", "hypothetical")),
])
def test_conditional_announcement_of_a_hostile_act_is_a_threat(coder, lang, text, expected):
    found = coded_rows(coder, text, lang, published=PUB, keys=("cameo_code", "source_actor", "target_actor",
                                                               "modality"))
    assert expected in found


def test_conditional_announcement_gives_one_threat_row(coder):
    # the conditional-threat rule (a hostile act inside the condition) adds no second threat when the announced act
    # already is one: "unless Tirana withdrew" was 138 and 130 SRB->ALB
    for text in ("Belgrade said it would attack Albania if Tirana moved troops to the border.",
                 "Belgrade said it would attack Albania unless Tirana withdrew."):
        found = coded_rows(coder, text, "en", published=PUB, keys=("cameo_code", "source_actor", "target_actor"))
        assert [row for row in found if row[0][:2] == "13"] == [("138", "SRB", "ALB")]
