"""Agentless passives in both languages: which verb forms are read as participles (German ones without "ge":
"verletzt", "bombardiert", "beschossen") and a participle coordinated to a passive clause ("festgenommen und
gefoltert", "arrested and tortured"). The sufferer is the target, never the agent. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from engine_rows import coded_dyads

PUB = date(2024, 3, 1)
rows = partial(coded_dyads, published=PUB)   # (source, target) of the non-statement rows with the given fields


# ---------------------------------------------------------------- participles without "ge"
@pytest.mark.parametrize("text, lang, code", [
    # -iert
    ("Ukrainische Dörfer wurden in Russland bombardiert.", "de", "195"),
    ("Ukrainian villages were bombarded in Russia.", "en", "195"),
    # an inseparable prefix and -t
    ("Zwanzig ukrainische Soldaten wurden in Russland verwundet.", "de", "190"),
    ("Twenty Ukrainian soldiers were wounded in Russia.", "en", "190"),
    ("Ein ukrainischer Journalist wurde in Russland entführt.", "de", "181"),
    ("A Ukrainian journalist was abducted in Russia.", "en", "181"),
    ("Ukrainische Journalisten sind in Russland verhaftet worden.", "de", "173"),
    ("Ukrainian journalists have been detained in Russia.", "en", "173"),
    # an inseparable prefix and -en beside a past passive auxiliary
    ("Ukrainische Stellungen wurden in Russland beschossen.", "de", "194"),
    ("Ukrainian positions were shelled in Russia.", "en", "194"),
])
def test_agentless_passive_sufferer_is_the_target_and_the_place_stands_for_the_agent(coder, text, lang, code):
    # (German read these as active verbs with the sufferer as agent: 195 UKR->RUS, "Ukraine bombed Russia")
    assert rows(coder, text, lang, cameo_code=code) == {("RUS", "UKR")}


@pytest.mark.parametrize("text, lang", [
    ("Russland wird die Ukraine verurteilen.", "de"),   # inseparable prefix and -en beside "wird": an infinitive
    ("Russia will condemn Ukraine.", "en"),
])
def test_future_infinitive_with_an_inseparable_prefix_is_no_participle(coder, text, lang):
    assert rows(coder, text, lang, cameo_code="111", modality="future") == {("RUS", "UKR")}


def test_present_verb_without_passive_auxiliary_stays_active(coder):
    assert rows(coder, "Russland verurteilt die Ukraine.", "de", cameo_code="111") == {("RUS", "UKR")}


# ---------------------------------------------------------------- coordinated participles share the passive
@pytest.mark.parametrize("text, lang, code", [
    ("Zwanzig ukrainische Soldaten wurden in Russland getötet oder verwundet.", "de", "190"),
    ("Twenty Ukrainian soldiers were killed or wounded in Russia.", "en", "190"),
    ("Ukrainische Journalisten wurden in Russland festgenommen und gefoltert.", "de", "1822"),
    ("Ukrainian journalists were arrested and tortured in Russia.", "en", "1822"),
])
def test_coordinated_participle_is_no_act_of_the_sufferers(coder, text, lang, code):
    # German read "verwundet" / "gefoltert" after "oder" / "und" as active with the soldiers as agent (UKR->None)
    assert not {dyad for dyad in rows(coder, text, lang, cameo_code=code) if dyad[0] == "UKR"}


def test_german_coordinated_participle_keeps_the_first_participle_row(coder):
    text = "Zwanzig ukrainische Soldaten wurden in Russland getötet oder verwundet."
    assert rows(coder, text, "de", cameo_code="190") == {("RUS", "UKR")}
    text = "Ukrainische Journalisten wurden in Russland festgenommen und gefoltert."
    assert rows(coder, text, "de", cameo_code="173") == {("RUS", "UKR")}


# ---------------------------------------------------------------- the German present passive is no future
@pytest.mark.parametrize("text, lang, code", [
    # "wird"/"werden" + participle (Vorgangspassiv) happens now; "wird" alone was read as the future cue
    ("Die Ukraine wird von Russland bombardiert.", "de", "195"),
    ("Die Ukraine wird seit Monaten von Russland beschossen.", "de", "194"),   # -en participle: lemma beschießen
    ("Die Ukraine wird von Russland angegriffen.", "de", "190"),
    ("Ukrainische Journalisten werden in Russland festgenommen.", "de", "173"),
    ("Ukrainische Stellungen werden in Russland beschossen.", "de", "194"),   # agentless: was UKR as the shooter
    ("Ukraine is bombarded by Russia.", "en", "195"),
    ("Ukrainian journalists are arrested in Russia.", "en", "173"),
])
def test_present_passive_is_asserted(coder, text, lang, code):
    assert rows(coder, text, lang, cameo_code=code, modality="asserted") == {("RUS", "UKR")}
    assert not rows(coder, text, lang, modality="future")


def test_present_passive_in_a_verb_final_clause_is_asserted(coder):
    text = "Die Ukraine sagte, dass Charkiw jede Nacht von Russland beschossen wird."
    assert rows(coder, text, "de", cameo_code="194", modality="asserted") == {("RUS", "UKR")}


@pytest.mark.parametrize("text, lang, code", [
    ("Die Ukraine wird von Russland angegriffen werden.", "de", "190"),   # future passive: "werden" after it
    ("Ukraine will be attacked by Russia.", "en", "190"),
    # the infinitive after "wird" is the future; beschießen and bombardieren had no row (only the past forms)
    ("Russland wird ukrainische Stellungen beschießen.", "de", "194"),
    ("Russland wird die Ukraine bombardieren.", "de", "195"),
    ("Russland wird die Ukraine angreifen.", "de", "190"),
    ("Russia will bombard Ukrainian positions.", "en", "195"),
    ("Russia will attack Ukraine.", "en", "190"),
])
def test_future_act_of_its_own_actor_stays_the_act_in_the_future(coder, text, lang, code):
    # a plain future keeps the act (the threat 138 is for "wants to", "vowed to", "kündigte an, ... zu")
    assert rows(coder, text, lang, cameo_code=code, modality="future") == {("RUS", "UKR")}


def test_present_tense_of_beschiessen_is_the_act(coder):
    assert rows(coder, "Russland beschießt ukrainische Stellungen.", "de", cameo_code="194",
                modality="asserted") == {("RUS", "UKR")}


def test_announced_bombing_is_the_threat(coder):
    text = "Russland kündigte an, die Ukraine zu bombardieren."
    assert rows(coder, text, "de", cameo_code="138") == {("RUS", "UKR")}
