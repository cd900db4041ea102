"""General readings the ninth fresh-passage set (tests/gold/fresh9, issue #3, helper fresh18, session 18) showed
missing or wrong in wire copy. English and German sentences of our own (none of the set's), with the senses that must
not code."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, asserted, coded_rows

PUB = date(2026, 10, 14)   # a Wednesday
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


@pytest.mark.parametrize("text, lang, expected", [
    # a formal charge is 115, as "indicted" and German "angeklagt" are; what the object is charged with names no
    # party ("for China" is in the charge)
    ("Prosecutors in Germany charged a Chinese national with espionage.", "en", {asserted("115", "DEU", "CHN")}),
    ("Turkey charged 14 Iranian citizens with spying for Israel.", "en", {asserted("115", "TUR", "IRN")}),
    ("British police charged two men with spying for China on Tuesday.", "en", {asserted("115", "GBR", None)}),
    ("Two Russian officers were charged in absentia by Dutch prosecutors.", "en", {asserted("115", "NLD", "RUS")}),
    ("A Chinese national was charged with spying in Germany.", "en", {asserted("115", "DEU", "CHN")}),
    ("Die Staatsanwaltschaft in Berlin klagte einen chinesischen Staatsbürger wegen Spionage an.", "de",
     {asserted("115", "DEU", "CHN")}),
    ("Russland klagte am Montag einen US-Journalisten wegen Spionage an.", "de", {asserted("115", "RUS", "USA")}),
    # not a formal charge: an accusation ("charged that"), prices, a cavalry charge, a complaint ("klagte über")
    ("The company charged customers in Russia higher prices.", "en", set()),
    ("The Ukrainian army charged the Russian positions near Bakhmut.", "en", set()),
    ("Russland klagte über die hohen Preise.", "de", set()),
])
def test_formal_charges(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


def test_charged_that_is_no_formal_charge(coder):
    rows = readings(coder, "Amnesty International charged that Russian troops had tortured prisoners.", "en")
    assert not any(code == "115" for code, *_ in rows)


DATED = READING_KEYS + ("event_date",)
dated = functools.partial(coded_rows, published=PUB, keys=DATED)


def _codes(coder, text: str, lang: str) -> set[str]:
    return {code for code, *_ in readings(coder, text, lang)}


@pytest.mark.parametrize("text, lang, absent", [
    # an act noun that talks are about is a topic, not an act of the talking parties
    ("Scholz wants to discuss the war in Ukraine with Xi.", "en", "190"),
    ("Macron and Modi will meet next week to discuss a ceasefire in Gaza.", "en", "0356"),
    ("Merz und Macron berieten über den Angriff auf Kiew.", "de", "190"),
    ("Selenskyj sprach am Montag über den Angriff auf Kiew.", "de", "190"),
    ("Macron und Modi wollen sich treffen, um über eine Waffenruhe im Gazastreifen zu sprechen.", "de", "0356"),
    ("Scholz will mit Xi über den Handel und den Krieg in der Ukraine sprechen.", "de", "190"),
])
def test_act_noun_as_topic_of_talks_is_no_act(coder, text, lang, absent):
    assert absent not in _codes(coder, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # an agent the noun names itself keeps the act; agreeing on a ceasefire is no talk about one
    ("Merz und Macron berieten über den russischen Angriff auf Kiew.", "de", asserted("190", "RUS", "UKR")),
    ("The two leaders discussed Russia's invasion of Ukraine.", "en", asserted("190", "RUS", "UKR")),
    ("Russland und die Ukraine einigten sich auf eine Waffenruhe.", "de", ("0356", "RUS", "UKR", False, "future")),
    ("Israel and Hamas agreed to a ceasefire in Gaza.", "en", ("0356", "ISR", "PSE", False, "future")),
])
def test_acts_beside_talks_keep_their_reading(coder, text, lang, expected):
    assert expected in readings(coder, text, lang)


@pytest.mark.parametrize("text", [
    "Inflation rose to 9 percent, according to figures released by the Turkish statistics office.",
    "According to a video released by the Taliban, the hostages are alive.",
    "According to a statement released by the Kremlin, Putin will visit China in May.",
])
def test_a_released_document_is_no_release(coder, text):
    assert "084" not in _codes(coder, text, "en")


def test_a_release_of_persons_stays(coder):
    assert readings(coder, "Belarus released three Lithuanian activists on Tuesday.", "en") == \
        {asserted("084", "BLR", "LTU")}


@pytest.mark.parametrize("text, lang, day", [
    # a weekday in the clause of an intended act, behind its intent cue, is the coming one (published Wednesday 14th)
    ("Erdogan wants to visit Baghdad on Friday.", "en", date(2026, 10, 16)),
    ("Putin plans to visit China on Tuesday.", "en", date(2026, 10, 20)),
    ("Erdoğan will am Freitag Bagdad besuchen.", "de", date(2026, 10, 16)),
    ("Macron plant, am Donnerstag nach Peking zu reisen.", "de", date(2026, 10, 15)),
    # a weekday before the intent cue dates the intent, the last one
    ("Am Dienstag wollte Putin China besuchen.", "de", date(2026, 10, 13)),
    ("Putin said on Tuesday he wants to meet Trump.", "en", date(2026, 10, 13)),
])
def test_weekday_of_an_intended_act(coder, text, lang, day):
    assert {row[-1] for row in dated(coder, text, lang) if row[0] == "036"} == {day}


@pytest.mark.parametrize("text, expected", [
    # the agent phrase of a later participle describing a place is not the passive's agent
    ("Three Iranian nationals were arrested near a naval base operated by the United States in Bahrain.",
     asserted("173", "BHR", "IRN")),
    ("Two Chinese nationals were arrested by Philippine police near a base used by U.S. forces.",
     asserted("173", "PHL", "CHN")),
    # means and coordinated participles keep it
    ("Kyiv was hit by a missile fired by Russian forces.", asserted("195", "RUS", "UKR")),
])
def test_agent_phrase_of_a_later_participle(coder, text, expected):
    assert readings(coder, text, "en") == {expected}
