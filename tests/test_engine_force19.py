"""Force and its end in agency copy (issue #3, session 19, helper lex19; held-out set 8's lexicon gaps): fire exchanged
is force both ways ("exchanged (artillery) fire" 190/194, "lieferten sich Artilleriegefechte/einen Schusswechsel",
symmetric); "agreed to stop all firing", "vereinbarten, das Feuer einzustellen" are the agreed ceasefire (0356,
future; cues infinitive_intent "vereinbart(e/en)"), not the firing; new weapons shown off, displayed or paraded are a show
of force (150, support family arms_display), against nobody when shown at home (own_state_target place_only_roots 15;
a parade is no people); arms deals signed or agreed are a formal agreement (057), not aid; land crossings closed with
"its neighbour" are on the one other state the sentence names (cues neighbour_words)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import ROW_KEYS, coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)
rows_modality = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",))


@pytest.mark.parametrize(("lang", "text", "code", "a", "b"), [
    ("en", "Thailand and Cambodia exchanged heavy artillery fire on Friday.", "194", "THA", "KHM"),
    ("en", "Indian and Pakistani troops exchanged fire across the border.", "190", "IND", "PAK"),
    ("de", "Thailand und Kambodscha lieferten sich schwere Artilleriegefechte.", "194", "THA", "KHM"),
    ("de", "Indische und pakistanische Truppen lieferten sich einen Schusswechsel.", "190", "IND", "PAK"),
])
def test_fire_exchanged_is_force_both_ways(coder, lang, text, code, a, b):
    assert rows(coder, text, lang) == {(code, a, b), (code, b, a)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "India and Pakistan agreed to stop all firing on Saturday."),
    ("en", "India and Pakistan agreed to halt all military action."),
    ("de", "Indien und Pakistan vereinbarten am Samstag, das Feuer an der Grenze einzustellen."),
])
def test_an_agreed_stop_to_firing_is_a_ceasefire_intent(coder, lang, text):
    assert rows_modality(coder, text, lang) == {("0356", "IND", "PAK", "future"), ("0356", "PAK", "IND", "future")}


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("en", "China showed off new intercontinental missiles at a military parade in Beijing.", "CHN"),
    ("en", "North Korea displayed its new nuclear missiles at a parade.", "PRK"),
    ("de", "Bei einer Militärparade in Peking hat China am Mittwoch neue Interkontinentalraketen gezeigt.", "CHN"),
    ("de", "Nordkorea zeigte am Samstag bei einer Militärparade in Pjöngjang neue Interkontinentalraketen.", "PRK"),
])
def test_weapons_shown_at_home_are_a_show_of_force_against_nobody(coder, lang, text, source):
    assert rows(coder, text, lang) == {("150", source, None)}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Deutschland zeigte sich besorgt über die russischen Raketen."),
    ("de", "Die Regierung hat sich angesichts der neuen Raketen besorgt gezeigt."),
    ("en", "The museum displayed old missiles from the Cold War."),
    ("en", "The two leaders exchanged views on the war."),
    ("de", "Die Feuerwehr konnte das Feuer in der Nacht nicht einstellen."),
])
def test_guards(coder, lang, text):
    assert not any(code.startswith(("15", "19", "087")) for code, _s, _t in rows(coder, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The United States and Saudi Arabia signed arms deals worth $142 billion."),
    ("de", "Die USA und Saudi-Arabien haben Rüstungsgeschäfte im Wert von 142 Milliarden Dollar vereinbart."),
])
def test_arms_deals_are_formal_agreements(coder, lang, text):
    assert rows_modality(coder, text, lang) == {("057", "USA", "SAU", "asserted"), ("057", "SAU", "USA", "asserted")}


def test_crossings_closed_with_its_neighbour_are_on_the_other_state(coder):
    found = rows(coder, "Thailand and Cambodia exchanged heavy artillery fire on Friday, and Bangkok said it had closed "
                        "all land crossings with its neighbour.", "en")
    assert ("191", "THA", "KHM") in found
    assert ("191", "THA", None) in rows(coder, "Thailand closed all land crossings with its neighbours.", "en")
