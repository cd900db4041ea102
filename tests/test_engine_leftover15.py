"""Readings the session's fresh-passage checks left (issue #3, leftover15): each with English and German sentences of
our own, and sentences that must keep their reading."""
from __future__ import annotations

import functools

from datetime import date

import pytest

from engine_rows import ROW_KEYS, coded_rows

PUB = date(2024, 3, 1)


def reporting(coder, text, lang):
    """(code, source, target, reporting source) of every row."""
    return {(e.cameo_code, e.source_actor, e.target_actor, e.reporting_source)
            for e in coder.extract(text, lang, PUB).events}


@pytest.mark.parametrize("text, lang, expected", [
    # a closing German attribution opened by "wie" whose outlet names no state (cues attribution_openers): the
    # outlet is the reporting source (was none: "wie" read as a word of the speaker phrase)
    ("Russland hat die Ukraine angegriffen, wie das Staatsfernsehen berichtete.", "de",
     {("190", "RUS", "UKR", "Staatsfernsehen")}),
    ("Israel hat Ziele im Libanon bombardiert, wie die Staatsmedien meldeten.", "de",
     {("195", "ISR", "LBN", "Staatsmedien")}),
    ("Wie das Staatsfernsehen berichtete, hat Russland die Ukraine angegriffen.", "de",
     {("190", "RUS", "UKR", "Staatsfernsehen")}),
    ("Russia attacked Ukraine, as the state broadcaster reported.", "en",
     {("190", "RUS", "UKR", "state broadcaster")}),
    # a named outlet stays the source, a named state stays a speaker
    ("Russland hat die Ukraine angegriffen, wie die Agentur Tass meldete.", "de", {("190", "RUS", "UKR", "Tass")}),
    ("Die Ukraine hat Russland angegriffen, wie Deutschland berichtete.", "de",
     {("010", "DEU", "UKR", None), ("190", "UKR", "RUS", "Deutschland")}),
])
def test_closing_attribution_of_unnamed_media(coder, text, lang, expected):
    assert reporting(coder, text, lang) == expected


# (code, source, target, modality) of every row, statements included
coded = functools.partial(coded_rows, published=PUB, keys=ROW_KEYS + ("modality",), statements=True)



@pytest.mark.parametrize("text, lang, expected", [
    # where a state fights in its own territory is no target, as "near Bakhmut" is none (cues own_state_target
    # place_only_roots): was UKR->UKR, the region of the state read as the own-state target
    ("Die Ukraine hat Stellungen im Osten der Ukraine angegriffen.", "de", {("190", "UKR", None, "asserted")}),
    ("Die Ukraine startete eine Gegenoffensive im Süden der Ukraine.", "de", {("190", "UKR", None, "asserted")}),
    ("Israel griff Ziele in Israel an.", "de", {("190", "ISR", None, "asserted")}),
    ("Ukraine attacked positions in eastern Ukraine.", "en", {("190", "UKR", None, "asserted")}),
    ("Ukraine attacked positions in the east of Ukraine.", "en", {("190", "UKR", None, "asserted")}),
    ("Ukraine launched a counteroffensive in eastern Ukraine.", "en", {("190", "UKR", None, "asserted")}),
    # another state's forces there, or another state's land, stay the target; a non-state group of the state still
    # fights its government; domestic coercion still targets the own state
    ("Ukraine attacked Russian positions in eastern Ukraine.", "en", {("190", "UKR", "RUS", "asserted")}),
    ("Russia attacked positions in eastern Ukraine.", "en", {("190", "RUS", "UKR", "asserted")}),
    ("Russland hat Stellungen im Osten der Ukraine angegriffen.", "de", {("190", "RUS", "UKR", "asserted")}),
    ("Sudanese rebels attacked army posts in Sudan.", "en", {("190", "SDN", "SDN", "asserted")}),
    ("Turkey imposed a curfew in southeastern Turkey.", "en", {("1723", "TUR", "TUR", "asserted")}),
    ("Die Türkei verhängte im Südosten der Türkei eine Ausgangssperre.", "de", {("1723", "TUR", "TUR", "asserted")}),
])
def test_own_territory_is_no_target_of_fighting(coder, text, lang, expected):
    assert coded(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a clause dated only by a span of years that ended decades before publication is a history lesson, no event
    # (cues history_span; docs/evaluation.md no-event passages): were 193 DEU<->FRA, 190 DEU/FRA->none, 195, 190
    ("Germany and France fought three wars between 1870 and 1945.", "en"),
    ("Deutschland und Frankreich führten zwischen 1870 und 1945 drei Kriege gegeneinander.", "de"),
    ("Japan invaded China between 1937 and 1945.", "en"),
    ("Zwischen 1939 und 1945 bombardierte Deutschland Großbritannien.", "de"),
])
def test_history_lesson_is_no_event(coder, text, lang):
    assert coded(coder, text, lang) == set()


@pytest.mark.parametrize("text, lang, expected", [
    # a recent span, or a date of the clause's own beside the span, is no history lesson
    ("Russia attacked Ukraine on Monday, the first such attack between 2022 and 2024.", "en",
     {("190", "RUS", "UKR", "asserted")}),
    ("Russland hat die Ukraine zwischen 2022 und 2024 mehrfach angegriffen.", "de", {("190", "RUS", "UKR", "asserted")}),
    ("Russia attacked Ukraine between 2022 and 2024.", "en", {("190", "RUS", "UKR", "asserted")}),
    # what a speaker says today about history: the saying stays
    ("Macron said Germany and France fought three wars between 1870 and 1945.", "en", {("010", "FRA", "DEU", "asserted")}),
])
def test_recent_or_dated_span_stays_an_event(coder, text, lang, expected):
    assert coded(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # heavy weapons with a delivery word are military aid (072, announced: the intent 0332), not no row
    ("Deutschland will der Ukraine weitere Panzer liefern.", "de", {("0332", "DEU", "UKR", "future")}),
    ("Deutschland hat der Ukraine Kampfpanzer geliefert.", "de", {("072", "DEU", "UKR", "asserted")}),
    ("Frankreich lieferte der Ukraine Haubitzen.", "de", {("072", "FRA", "UKR", "asserted")}),
    ("Dänemark will der Ukraine Kampfjets liefern.", "de", {("0332", "DNK", "UKR", "future")}),
    ("The US will send more tanks to Ukraine.", "en", {("0332", "USA", "UKR", "future")}),
    ("Britain delivered howitzers to Ukraine.", "en", {("072", "GBR", "UKR", "asserted")}),
    ("The Netherlands sent fighter jets to Ukraine.", "en", {("072", "NLD", "UKR", "asserted")}),
    ("The US delivered artillery systems to Ukraine.", "en", {("072", "USA", "UKR", "asserted")}),
    # without a delivery word the weapon is no aid: the attack stays the only row
    ("Russland hat die Ukraine mit Panzern und Raketen angegriffen.", "de", {("190", "RUS", "UKR", "asserted")}),
    ("Israelische Kampfflugzeuge trafen Ziele im Süden des Libanon.", "de", {("195", "ISR", "LBN", "asserted")}),
    ("Israeli fighter jets struck targets in Gaza.", "en", {("195", "ISR", "PSE", "asserted")}),
    ("Russian tanks attacked Kharkiv.", "en", {("190", "RUS", "UKR", "asserted")}),
])
def test_heavy_weapons_delivered_are_military_aid(coder, text, lang, expected):
    assert coded(coder, text, lang) == expected


def sanctions(coder, text, lang):
    """(imposer, target, stance) of every sanctions mention, and (code, source, target, modality, date) of every row."""
    result = coder.extract(text, lang, PUB)
    return ({(m.imposer_actor, m.target_actor, m.stance) for m in result.sanctions},
            {(e.cameo_code, e.source_actor, e.target_actor, e.modality, e.event_date) for e in result.events})


@pytest.mark.parametrize("text, lang, expected", [
    # sanctions that remain in force are extended (were a mention); with a named imposer the extension 163, asserted
    # in both languages (cues sanction_standing), dated by the report, not by the end date behind "until"/"bis"
    # (cues date_end_markers: was 2023-07-01, the past July)
    ("Die Sanktionen bleiben bis Juli in Kraft.", "de", ({(None, None, "extend")}, set())),
    ("The sanctions will remain in force until July.", "en", ({(None, None, "extend")}, set())),
    ("Die EU-Sanktionen gegen Russland bleiben bis Juli in Kraft.", "de",
     ({("EUU", "RUS", "extend")}, {("163", "EUU", "RUS", "asserted", PUB)})),
    ("The EU sanctions against Russia will remain in force until July.", "en",
     ({("EUU", "RUS", "extend")}, {("163", "EUU", "RUS", "asserted", PUB)})),
    ("Die EU-Sanktionen gegen Russland bleiben bis zum 31. Juli in Kraft.", "de",
     ({("EUU", "RUS", "extend")}, {("163", "EUU", "RUS", "asserted", PUB)})),
    ("Sanctions against Russia remain in place.", "en", ({(None, "RUS", "extend")}, set())),
    ("Die Sanktionen gegen Russland werden in Kraft bleiben.", "de", ({(None, "RUS", "extend")}, set())),
    ("The EU extended its sanctions against Russia until July.", "en",
     ({("EUU", "RUS", "extend")}, {("163", "EUU", "RUS", "asserted", PUB)})),
    # entering into force is no extension; a date without an end marker still dates the act
    ("Die Sanktionen treten am Montag in Kraft.", "de", ({(None, None, "mention")}, set())),
    ("The EU will impose sanctions on Russia in July.", "en",
     ({("EUU", "RUS", "impose")}, {("163", "EUU", "RUS", "future", date(2024, 7, 1))})),
])
def test_sanctions_remaining_in_force_are_extended(coder, text, lang, expected):
    assert sanctions(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a closing speech word whose speaker names no actor (no statement row) still dates what it reports (was the
    # publication day)
    ("Russia attacked Kyiv, officials said on Monday.", "en", {("190", "RUS", "UKR", "asserted", date(2024, 2, 26))}),
    # (the police in the capital Kyiv are Ukraine's and speak since speakers16's seat rule: the 010 row, same day)
    ("Russland hat Kiew angegriffen, teilte die Polizei in Kiew am Montag mit.", "de",
     {("190", "RUS", "UKR", "asserted", date(2024, 2, 26)), ("010", "UKR", "RUS", "asserted", date(2024, 2, 26))}),
    ("Russland hat Kiew angegriffen, teilte die Polizei am Montag mit.", "de",
     {("190", "RUS", "UKR", "asserted", date(2024, 2, 26))}),
    ("Die Strafmaßnahmen der EU gegen Belarus bleiben ein weiteres Jahr in Kraft, teilte der Rat in Brüssel am "
     "Donnerstag mit.", "de", {("163", "EUU", "BLR", "asserted", date(2024, 2, 29))}),
])
def test_unread_closing_attribution_dates_the_report(coder, text, lang, expected):
    assert sanctions(coder, text, lang)[1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "strike" as a verb with an actor right behind it is an attack (en:190:strike-object): announced by its own
    # actor the threat 138 (was no row), as "would attack"; German "angreifen" already was
    ("Israel said it would strike Iran's nuclear facilities.", "en",
     {("010", "ISR", "IRN", "asserted"), ("138", "ISR", "IRN", "asserted")}),
    ("Iran vowed to strike Israel.", "en", {("138", "IRN", "ISR", "asserted")}),
    ("Russia is ready to strike Ukraine.", "en", {("138", "RUS", "UKR", "asserted")}),   # was 0352 (a called-off strike)
    ("Israel kündigte an, Irans Atomanlagen anzugreifen.", "de", {("138", "ISR", "IRN", "asserted")}),
    # no actor behind the verb: a deal, a projectile's hit, a labour strike keep their readings
    ("Russia said it would strike a deal with Ukraine.", "en", {("010", "RUS", "UKR", "asserted")}),
    ("Israeli warplanes struck targets in Gaza.", "en", {("195", "ISR", "PSE", "asserted")}),
    ("A Russian missile struck Kyiv.", "en", {("195", "RUS", "UKR", "asserted")}),
    # a hyphenated adjective after an article makes the word a noun (the tokenizer splits it at the hyphen)
    ("The Nigerian teachers' union called off a four-day strike.", "en", {("082", "NGA", None, "asserted")}),
])
def test_strike_as_an_attack_verb(coder, text, lang, expected):
    assert coded(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # German "es" right before a finite verb of reported intent (cues pronouns_only_before) is the state that
    # speaks: was the object read as the subject (190 IRN->none future, 190 UKR->none future)
    ("Israel erklärte, es werde Iran angreifen.", "de", {("010", "ISR", "IRN", "asserted"), ("138", "ISR", "IRN", "asserted")}),
    ("Russland erklärte, es werde die ukrainischen Stellungen angreifen.", "de",
     {("010", "RUS", "UKR", "asserted"), ("190", "RUS", "UKR", "future")}),
    ("Israel erklärte, es wolle die Gespräche mit Ägypten fortsetzen.", "de",
     {("010", "ISR", "EGY", "asserted"), ("036", "ISR", "EGY", "future")}),
    ("Israel said it would attack Iran.", "en", {("010", "ISR", "IRN", "asserted"), ("138", "ISR", "IRN", "asserted")}),
    # elsewhere "es" is the expletive and names nobody
    ("Die Ukraine meldete, es habe einen Angriff auf Charkiw gegeben.", "de",
     {("010", "UKR", None, "asserted"), ("190", None, "UKR", "asserted")}),
    ("Es kam zu schweren Kämpfen zwischen Russland und der Ukraine.", "de", set()),
])
def test_german_es_before_reported_intent_is_the_speaker(coder, text, lang, expected):
    assert coded(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "until the end of July" names the end of the period: no lifting (was 085 lift, future, dated July), and the
    # date behind the end marker across link words dates nothing
    ("The EU sanctions against Russia will remain in force until the end of July.", "en",
     ({("EUU", "RUS", "extend")}, {("163", "EUU", "RUS", "asserted", PUB)})),
    ("The EU extended its sanctions against Russia until the end of the year.", "en",
     ({("EUU", "RUS", "extend")}, {("163", "EUU", "RUS", "asserted", PUB)})),
    ("Die EU-Sanktionen gegen Russland bleiben bis Ende Juli in Kraft.", "de",
     ({("EUU", "RUS", "extend")}, {("163", "EUU", "RUS", "asserted", PUB)})),
    # the verb "end" still lifts
    ("The EU will end its sanctions against Russia.", "en",
     ({("EUU", "RUS", "lift")}, {("085", "EUU", "RUS", "future", PUB)})),
])
def test_end_of_a_period_is_no_lifting(coder, text, lang, expected):
    assert sanctions(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # plain "jets" hit as warplanes and fighter jets do (cues projectiles): were no row
    ("Israeli jets struck targets in Gaza.", "en", {("195", "ISR", "PSE", "asserted")}),
    ("Israeli jets hit targets in Lebanon.", "en", {("195", "ISR", "LBN", "asserted")}),
    ("Israelische Jets trafen Ziele im Süden des Libanon.", "de", {("195", "ISR", "LBN", "asserted")}),
    # an arrival is no hit
    ("Die Jets trafen am Montag in Litauen ein.", "de", set()),
    ("The jets arrived in Poland.", "en", set()),
])
def test_jets_hit_as_warplanes(coder, text, lang, expected):
    assert coded(coder, text, lang) == expected
