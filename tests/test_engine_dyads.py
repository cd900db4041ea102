"""Source/target choice (the dyad) of the event coder: one rule per test, English and German sentences written for
these tests."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine import EventCoder

PUB = date(2022, 12, 30)


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def rows(coder, text, lang, **fields):
    """(source, target) of the non-statement rows with the given fields."""
    result = coder.extract(text, lang, PUB)
    return {(e.source_actor, e.target_actor) for e in result.events if e.statement is None
            and all(getattr(e, k) == v for k, v in fields.items())}


def pairs(*codes):
    return {(a, b) for a in codes for b in codes if a != b}


# ---------------------------------------------------------------- lists
@pytest.mark.parametrize("text, lang", [
    ("The United States, France, and Germany met in Rome on Monday.", "en"),
    ("Die USA, Frankreich, und Deutschland trafen sich am Montag in Rom.", "de"),
])
def test_serial_comma_list_is_one_group(coder, text, lang):
    assert rows(coder, text, lang, cameo_root="04") == pairs("USA", "FRA", "DEU")


# ---------------------------------------------------------------- nominal triggers
@pytest.mark.parametrize("text, lang", [
    ("Finland will give Tanzania a grant of 5 million dollars.", "en"),
    ("Finnland will Tansania eine Hilfe von 5 Millionen Euro gewähren.", "de"),
])
def test_group_before_an_article_is_not_the_possessor_of_the_noun(coder, text, lang):
    """The receiver named before "a grant"/"eine Hilfe" is the target; the giver stays the subject."""
    assert rows(coder, text, lang) == {("FIN", "TZA")}


@pytest.mark.parametrize("text, lang", [
    ("Russia's invasion of Ukraine began in February.", "en"),
    ("Russlands Invasion der Ukraine begann im Februar.", "de"),
])
def test_possessor_of_a_nominal_trigger_is_the_source(coder, text, lang):
    assert rows(coder, text, lang) == {("RUS", "UKR")}


# ---------------------------------------------------------------- passives
@pytest.mark.parametrize("text, lang", [
    ("Iran threatened to shell Iraqi towns, where 100 people were killed last year.", "en"),
    ("Der Iran drohte, irakische Städte zu beschießen, in denen im vergangenen Jahr 100 Menschen getötet wurden.",
     "de"),
])
def test_agentless_passive_does_not_borrow_the_main_clause_subject(coder, text, lang):
    """Nobody named killed the 100 people: no ASSAULT by Iran or Iraq, only the threat."""
    result = coder.extract(text, lang, PUB)
    assert {(e.cameo_root, e.source_actor, e.target_actor) for e in result.events} == {("13", "IRN", "IRQ")}


@pytest.mark.parametrize("text, lang", [
    ("Ten Russian soldiers were killed in Ukraine.", "en"),
    ("Zehn russische Soldaten wurden in der Ukraine getötet.", "de"),
])
def test_agentless_passive_with_a_named_patient_takes_the_place_as_actor(coder, text, lang):
    assert rows(coder, text, lang, cameo_root="19") == {("UKR", "RUS")}


@pytest.mark.parametrize("text, lang", [
    ("Palestinian youths threw stones during demonstrations against violations by the Israeli military.", "en"),
    ("Ukrainische Demonstranten hielten in Berlin eine Kundgebung gegen Angriffe durch die russische Armee ab.", "de"),
])
def test_by_agent_behind_another_preposition_is_not_the_agent_of_the_nominal_trigger(coder, text, lang):
    """The army attacked/violated; the protesters protested against it."""
    (source, target), = rows(coder, text, lang, cameo_root="14")
    assert source in ("PSE", "UKR") and target in ("ISR", "RUS")


def test_by_agent_of_a_nominal_trigger(coder):
    assert rows(coder, "Die Festnahme eines deutschen Journalisten durch russische Behörden wurde kritisiert.", "de",
                cameo_root="17") == {("RUS", "DEU")}
