"""Readings session 15 left (issue #3, leftover16): each with English and German sentences of our own, and sentences
that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize("text, lang, expected", [
    # "struck" with military objects behind it and no projectile in the clause is an attack on the state where they
    # are (cues support strike_objects, rows en:190:struck-targets ...), as the German attack verb already was
    # (were no row)
    ("Israel struck targets in southern Lebanon on Monday.", "en", {("190", "ISR", "LBN")}),
    ("Russia struck military facilities in western Ukraine overnight.", "en", {("190", "RUS", "UKR")}),
    ("The US vowed to strike militant positions in Syria.", "en", {("138", "USA", "SYR")}),
    ("Israel griff Ziele im Süden des Libanon an.", "de", {("190", "ISR", "LBN")}),
    ("Russland griff in der Nacht militärische Anlagen im Westen der Ukraine an.", "de", {("190", "RUS", "UKR")}),
    # "The US struck": an irregular past form after a capitalized word is the verb, not the noun "strike" (was the
    # noun row 082 and no row)
    ("The US struck Houthi positions in Yemen.", "en", {("190", "USA", "YEM")}),
    ("The US struck Iraq on Friday.", "en", {("190", "USA", "IRQ")}),
    ("Die USA griffen Stellungen der Huthi im Jemen an.", "de", {("190", "USA", "YEM")}),
    # a projectile in the clause keeps the hit; its own land is no target; no military object, no attack
    ("Israeli warplanes struck targets in Lebanon.", "en", {("195", "ISR", "LBN")}),
    ("Ukraine struck targets in eastern Ukraine.", "en", {("190", "UKR", None)}),
    ("A storm struck coastal towns in Florida.", "en", set()),
    ("Lightning struck a church in Poland.", "en", set()),
])
def test_struck_military_objects_attack_their_state(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an accusation whose accuser is not named: only its content, reported (was asserted); nobody accuses (no 112)
    ("Russia is accused of attacking Ukraine.", "en", {("190", "RUS", "UKR")}),
    # a place in what it says is the accused act's, no accuser (was also 112 XKX->SRB)
    ("Serbia has been accused of shelling villages in Kosovo.", "en", {("194", "SRB", "XKX")}),
    ("Russland wird vorgeworfen, die Ukraine angegriffen zu haben.", "de", {("190", "RUS", "UKR")}),
    ("Russland wird beschuldigt, Charkiw beschossen zu haben.", "de", {("194", "RUS", "UKR")}),
    ("Russia was criticized for attacking Georgia.", "en", {("190", "RUS", "GEO")}),
])
def test_accused_by_nobody_named_is_reported_content(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
    assert rows(coder, text, lang, modality="reported") == expected


@pytest.mark.parametrize("text, lang, expected, reported", [
    # a named accuser keeps its accusation (112, asserted) beside the reported content; no accusation, asserted
    ("Russia was accused by Ukraine of attacking Odesa.", "en", {("112", "UKR", "RUS"), ("190", "RUS", "UKR")},
     {("190", "RUS", "UKR")}),
    ("Russland wird von der Ukraine vorgeworfen, Odessa angegriffen zu haben.", "de",
     {("112", "UKR", "RUS"), ("190", "RUS", "UKR")}, {("190", "RUS", "UKR")}),
    ("Russia attacked Ukraine and was criticized for it.", "en", {("190", "RUS", "UKR")}, set()),
    ("Russland griff die Ukraine an.", "de", {("190", "RUS", "UKR")}, set()),
])
def test_named_accuser_or_no_accusation_unchanged(coder, text, lang, expected, reported):
    assert rows(coder, text, lang) == expected
    assert rows(coder, text, lang, modality="reported") == reported


@pytest.mark.parametrize("text, lang, expected", [
    # help given by a support word of the noun row is aid, as German "Hilfe leisten" (was no row: the verb "help"
    # without an actor object)
    ("The US provided help to Ukraine.", "en", {("070", "USA", "UKR")}),
    ("Japan gave help to Turkey after the earthquake.", "en", {("070", "JPN", "TUR")}),
    ("Canada pledged help to Haiti.", "en", {("033", "CAN", "HTI")}),
    ("Die USA leisteten der Ukraine Hilfe.", "de", {("070", "USA", "UKR")}),
    ("Japan leistete der Türkei nach dem Erdbeben Hilfe.", "de", {("070", "JPN", "TUR")}),
    # the verb stays the verb
    ("The US helped Ukraine.", "en", {("070", "USA", "UKR")}),
    ("The US offered to help Ukraine.", "en", {("033", "USA", "UKR")}),
    # a kind of missile with a delivery word is military aid in both languages (was no row in German)
    ("Deutschland liefert Flugabwehrraketen an die Ukraine.", "de", {("072", "DEU", "UKR")}),
    ("Die USA wollen der Ukraine weitere Langstreckenraketen liefern.", "de", {("0332", "USA", "UKR")}),
    ("Germany delivers air defence missiles to Ukraine.", "en", {("072", "DEU", "UKR")}),
    ("The US will send long-range missiles to Ukraine.", "en", {("0332", "USA", "UKR")}),
    # fired, they stay the attack
    ("Russland feuerte Hyperschallraketen auf Kiew ab.", "de", {("195", "RUS", "UKR")}),
])
def test_help_given_and_kinds_of_missiles_delivered_are_aid(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a German aid noun right before "in die" and a state is sent to it, as troops are (were X->none)
    ("Russland schickte Panzer in die Ukraine.", "de", {("072", "RUS", "UKR")}),
    ("Deutschland schickte Waffen in die Ukraine.", "de", {("072", "DEU", "UKR")}),
    ("Die USA wollen weitere Raketen in den Irak schicken.", "de", {("0332", "USA", "IRQ")}),
    ("Russland schickte Truppen in die Ukraine.", "de", {("072", "RUS", "UKR")}),
    # English "into" stays an invasion, no aid; "to" stays aid to the state
    ("Russia sent tanks into Ukraine.", "en", set()),
    ("Russia will send weapons and drones into Ukraine.", "en", set()),
    ("Germany sent weapons to Ukraine.", "en", {("072", "DEU", "UKR")}),
    # what was sent elsewhere and used in a state goes to no one named there
    ("Iran supplied drones used in Ukraine.", "en", {("072", "IRN", None)}),
    ("Der Iran lieferte Drohnen, die in der Ukraine eingesetzt wurden.", "de", {("072", "IRN", None)}),
])
def test_german_aid_sent_in_die_goes_to_that_state(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # arriving in another state is a visit in both languages (German and "will arrive"/"arrives" had no row)
    ("Der chinesische Außenminister ist in Berlin eingetroffen.", "de", {("042", "CHN", "DEU")}),
    ("Der chinesische Außenminister traf am Montag in Berlin ein.", "de", {("042", "CHN", "DEU")}),
    ("Wang Yi wird am Dienstag in Paris eintreffen.", "de", {("036", "CHN", "FRA")}),
    ("Scholz ist in Peking angekommen.", "de", {("042", "DEU", "CHN")}),
    ("The Chinese foreign minister arrived in Berlin.", "en", {("042", "CHN", "DEU")}),
    ("The Chinese foreign minister will arrive in Berlin on Tuesday.", "en", {("036", "CHN", "DEU")}),
    ("The Chinese foreign minister arrives in Berlin.", "en", {("042", "CHN", "DEU")}),
    # troops arriving are no visit; meeting someone stays a meeting
    ("Russische Truppen trafen in Belarus ein.", "de", set()),
    ("Russian troops arrived in Belarus.", "en", set()),
    ("Deutsche Kampfjets trafen am Montag in Litauen ein.", "de", set()),
    ("Deutsche Soldaten sind in Litauen eingetroffen.", "de", set()),
    ("Scholz und Macron trafen in Paris zusammen.", "de", {("040", "DEU", "FRA"), ("040", "FRA", "DEU")}),
])
def test_arriving_in_another_state_is_a_visit(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


def test_weapons_arriving_are_no_visit_in_english_either(coder):
    # (was 042 DEU->LTU beside the aid row the delivery word "arrived" gives)
    assert rows(coder, "German fighter jets arrived in Lithuania on Monday.", "en", cameo_code="042") == set()


THURSDAY = date(2024, 3, 28)


@pytest.mark.parametrize("text, lang, expected_day", [
    # a weekday named as the next one, or one the act's own future auxiliary governs, is the coming one (were the
    # last such day before publication: an announced visit dated in the past)
    ("Scholz will visit China next Tuesday.", "en", date(2024, 4, 2)),
    ("Scholz will visit China on Tuesday.", "en", date(2024, 4, 2)),
    ("Scholz said he will visit China on Tuesday.", "en", date(2024, 4, 2)),
    ("Scholz wird nächsten Dienstag China besuchen.", "de", date(2024, 4, 2)),
    ("Scholz wird am kommenden Dienstag China besuchen.", "de", date(2024, 4, 2)),
    ("Scholz wird am Dienstag China besuchen.", "de", date(2024, 4, 2)),
    # a weekday of the saying, and of a past act, stays the last one
    ("Scholz said on Tuesday he will visit China.", "en", date(2024, 3, 26)),
    ("Scholz sagte am Dienstag, er werde China besuchen.", "de", date(2024, 3, 26)),
    ("Scholz visited China on Tuesday.", "en", date(2024, 3, 26)),
    ("Scholz besuchte am Dienstag China.", "de", date(2024, 3, 26)),
])
def test_announced_act_on_a_weekday_is_dated_forward(coder, text, lang, expected_day):
    found = coded_rows(coder, text, lang, published=THURSDAY)
    dated = coded_rows(coder, text, lang, published=THURSDAY, event_date=expected_day)
    assert found and found == dated


@pytest.mark.parametrize("text, lang, expected", [
    # a state's or government's protest is an official complaint, CAMEO 114 (were 140, political dissent)
    ("Japan protested to China on Monday.", "en", {("114", "JPN", "CHN")}),
    ("The Chinese foreign ministry protested to Japan.", "en", {("114", "CHN", "JPN")}),
    ("Frankreich protestierte gegen die Festnahme eines Journalisten durch Russland.", "de",
     {("114", "FRA", "RUS"), ("173", "RUS", None)}),
    ("Polen und Litauen haben gegen die Stationierung russischer Atomwaffen in Belarus protestiert.", "de",
     {("114", "POL", "RUS"), ("114", "LTU", "RUS")}),
    # the people's protest stays political dissent, also where a place names their state
    ("Palestinians protested against Israel.", "en", {("140", "PSE", "ISR")}),
    ("Thousands of people protested in Georgia.", "en", {("140", "GEO", "GEO")}),
    ("Tausende Menschen haben in Tiflis gegen ein Gesetz protestiert.", "de", {("140", "GEO", "GEO")}),
])
def test_a_states_protest_is_an_official_complaint(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
