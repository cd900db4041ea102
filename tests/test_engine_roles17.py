"""Roles, speakers and actors of the sixth fresh set (issue #3, helper roles17): each class with German and English
sentences of our own, and sentences that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, asserted, coded_rows

PUB = date(2026, 7, 29)   # a Wednesday
rows = functools.partial(coded_rows, published=PUB)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)
said = functools.partial(coded_rows, published=PUB, statements=True, cameo_code="010")


@pytest.mark.parametrize("text, lang, expected", [
    # a German predicative "als ..." inside the verb bracket belongs to the verb's clause: the adjective naming the
    # agent of the condemned act is the target, as in English (was cut before "als": no target)
    ("Katar hat den israelischen Luftangriff auf ein Wohnhaus als Kriegsverbrechen verurteilt.", "de",
     {asserted("111", "QAT", "ISR"), asserted("195", "ISR", None)}),
    ("Polen hat den russischen Angriff als barbarisch verurteilt.", "de", {asserted("111", "POL", "RUS")}),
    ("Frankreich hat die chinesischen Manöver vor Taiwan als gefährliche Provokation kritisiert.", "de",
     {asserted("111", "FRA", "CHN")}),
    ("Qatar has condemned the Israeli air strike on a residential building as a war crime.", "en",
     {asserted("111", "QAT", "ISR"), asserted("195", "ISR", None)}),
    ("Poland has condemned the Russian attack as barbaric.", "en", {asserted("111", "POL", "RUS")}),
    # a comparison ("mehr als zwanzig") is no clause either (fixed the same session by the comparison words, en17;
    # the predicative rule must keep it so)
    ("Russland hat mehr als zwanzig ukrainische Soldaten getötet.", "de", {asserted("190", "RUS", "UKR")}),
    ("Die Türkei hat einen schwedischen Journalisten nach mehr als zwei Monaten in Haft freigelassen.", "de",
     {asserted("084", "TUR", "SWE")}),
    ("Russia has killed more than twenty Ukrainian soldiers.", "en", {asserted("190", "RUS", "UKR")}),
    ("Turkey has released a Swedish journalist after more than two months in custody.", "en",
     {asserted("084", "TUR", "SWE")}),
    # two participles of one German auxiliary are two clauses: the second one's names are its objects, its source
    # the first one's, and the first verb does not take the second's object (were 111 POL->RUS, or RUS as source)
    ("Polen hat die Wahl kritisiert und Russland eine Einmischung vorgeworfen.", "de",
     {asserted("111", "POL", None), asserted("112", "POL", "RUS")}),
    ("Georgien hat die Wahl als gefälscht bezeichnet und Moskau eine Einmischung vorgeworfen.", "de",
     {asserted("111", "GEO", None), asserted("112", "GEO", "RUS")}),
    ("Die Türkei hat zwei Journalisten festgenommen und Schweden eine Einmischung vorgeworfen.", "de",
     {asserted("173", "TUR", None), asserted("112", "TUR", "SWE")}),
    ("Frankreich hat die Vorwürfe zurückgewiesen und China kritisiert.", "de", {asserted("111", "FRA", "CHN")}),
    ("Die Regierung in Ankara hat den Abzug der französischen Soldaten gefordert und Paris Einmischung "
     "vorgeworfen.", "de", {asserted("106", "TUR", "FRA"), asserted("112", "TUR", "FRA")}),
    ("Poland criticised the election and accused Russia of interference.", "en",
     {asserted("111", "POL", None), asserted("112", "POL", "RUS")}),
    # a rigged election is a verdict of criticism (111) like an illegal one
    ("Polen hat die Wahl in Belarus als gefälscht bezeichnet.", "de", {asserted("111", "POL", None)}),
    ("Die EU bezeichnete die Abstimmung als Farce.", "de", {asserted("111", "EUU", None)}),
    ("Poland described the election in Belarus as rigged.", "en", {asserted("111", "POL", None)}),
    ("The EU described the vote as a sham.", "en", {asserted("111", "EUU", None)}),
    # the International Committee of the Red Cross in the German cases
    ("Mali hat die Mitarbeiter des Internationalen Komitees vom Roten Kreuz ausgewiesen.", "de",
     {asserted("166", "MLI", "ICR")}),
    ("Russland kritisierte das Internationale Komitee vom Roten Kreuz.", "de", {asserted("111", "RUS", "ICR")}),
    ("Mali expelled the staff of the International Committee of the Red Cross.", "en",
     {asserted("166", "MLI", "ICR")}),
])
def test_roles_of_the_sixth_set(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a temporal "als" clause and a comparison keep their reading; a verb-second clause was right before
    ("Polen hat protestiert, als Russland die Ukraine angegriffen hatte.", "de",
     {("114", "POL", "RUS"), ("190", "RUS", "UKR")}),
    ("Polen verurteilte den russischen Angriff als Kriegsverbrechen.", "de", {("111", "POL", "RUS")}),
    # a finite verb behind the coordinator: its own subject
    ("Polen hat Russland kritisiert und Frankreich hat China gewarnt.", "de", {("111", "POL", "RUS")}),
    # two objects of one participle stay one clause
    ("Polen hat Russland und Belarus kritisiert.", "de", {("111", "POL", "RUS"), ("111", "POL", "BLR")}),
])
def test_clauses_that_keep_their_reading(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an office named with its seat speaks in an attribution clause too ("wie ... mitteilte", "as ... said"; was no
    # speaker)
    ("Pakistan hat den Botschafter Indiens ausgewiesen, wie das Büro des Premierministers in Islamabad am "
     "Donnerstag mitteilte.", "de", {("010", "PAK", "IND")}),
    ("Pakistan hat den Botschafter Indiens ausgewiesen, wie eine Sprecherin des Außenministeriums am Montag in "
     "Islamabad mitteilte.", "de", {("010", "PAK", "IND")}),
    ("Wie das Außenministerium am Montag in Islamabad mitteilte, hat Pakistan den Botschafter Indiens "
     "ausgewiesen.", "de", {("010", "PAK", "IND")}),
    ("Pakistan expelled India's ambassador, as the office of the prime minister in Islamabad announced on "
     "Thursday.", "en", {("010", "PAK", "IND")}),
    ("Pakistan expelled India's ambassador, as a spokeswoman for the foreign ministry in Islamabad said on "
     "Monday.", "en", {("010", "PAK", "IND")}),
    # named otherwise, as before
    ("Pakistan hat den Botschafter Indiens ausgewiesen, teilte das Außenministerium in Islamabad mit.", "de",
     {("010", "PAK", "IND")}),
    ("Pakistan expelled India's ambassador, the foreign ministry in Islamabad said.", "en", {("010", "PAK", "IND")}),
])
def test_attributed_offices_speak(coder, text, lang, expected):
    assert said(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a closing attribution followed by a clause of its own ("..., X said, as/although ...") takes what precedes it
    # (was no content, no statement)
    ("Jordan sent aid to Gaza on Wednesday, the Jordanian army said, as aid agencies warned that famine was "
     "imminent.", "en", {("010", "JOR", "PSE")}),
    ("Armenia and Azerbaijan have signed a peace agreement, Armenia said, although Azerbaijan insisted that Armenia "
     "must first change its constitution.", "en", {("010", "ARM", "AZE"), ("010", "AZE", "ARM")}),
    ("Jordanien hat Hilfsgüter nach Gaza geschickt, wie die jordanische Armee mitteilte, während "
     "Hilfsorganisationen vor einer Hungersnot warnten.", "de", {("010", "JOR", "PSE")}),
    # people named by an act noun that lacks its support word are no act: their modifier speaks or acts (were no
    # speaker, no source)
    ("Observers from the African Union said the vote was peaceful.", "en", {("010", "AFU", None)}),
    ("Beobachter aus der Afrikanischen Union sagten am Dienstag, die Wahl in Mauretanien sei friedlich verlaufen.",
     "de", {("010", "AFU", "MRT")}),
    # kept: another clause with its own speaker, and an embassy is not the state of the place it is in
    ("Russia attacked Kyiv, Ukraine said on Monday, while Poland said it would send aid.", "en",
     {("010", "UKR", None), ("010", "POL", None)}),
    ("Japan pledged an additional $60 million in food assistance, the country's embassy in Kabul said, without giving "
     "a timetable.", "en", {("010", "JPN", None)}),
])
def test_closing_attributions_speak(coder, text, lang, expected):
    assert said(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Monitors from the European Union criticised the election in Georgia.", "en", {("111", "EUU", None)}),
    ("Wahlbeobachter aus der EU kritisierten die Wahl in Georgien.", "de", {("111", "EUU", None)}),
    ("Russia allowed observers from the OSCE to monitor the vote.", "en", {("086", "RUS", "OSC")}),
    # a pronoun opening a main clause coordinated behind what a speaker said continues the speaker (was the latest
    # actor of what was said)
    ("Poland said that Russia had attacked Ukraine, and it urged the EU to impose new sanctions.", "en",
     {("190", "RUS", "UKR"), ("020", "POL", "EUU"), ("163", "POL", None)}),
    ("Beobachter der Afrikanischen Union erklärten am Dienstag, die Wahl in Mauretanien sei friedlich verlaufen, und "
     "sie forderten alle Kandidaten auf, das Ergebnis anzuerkennen.", "de", {("020", "AFU", None)}),
    # kept: a pronoun inside what was said is the content's
    ("Ukraine said Russia had attacked Kyiv and that it would strike Lviv next.", "en", {("190", "RUS", "UKR")}),
])
def test_people_and_pronouns_around_sayings(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the state whose flag a ship sails under owns it (were no target, or the place of the attack)
    ("Die Huthis haben ein Schiff unter liberianischer Flagge angegriffen.", "de", {("190", "YEM", "LBR")}),
    ("Russland hat einen unter maltesischer Flagge fahrenden Tanker beschlagnahmt.", "de", {("171", "RUS", "MLT")}),
    ("The Houthis attacked a ship sailing under the Liberian flag.", "en", {("190", "YEM", "LBR")}),
    ("Iran seized a Maltese-flagged tanker.", "en", {("171", "IRN", "MLT")}),
    ("Iranian forces seized an oil tanker sailing under the flag of Panama.", "en", {("171", "IRN", "PAN")}),
    ("Iranische Kräfte haben einen Tanker unter der Flagge Panamas beschlagnahmt.", "de", {("171", "IRN", "PAN")}),
    # a first name the tables do not know before the surname of a listed person whose terms ended: a namesake (was
    # Hugo Chávez, VEN); the surname alone, or the full name, is still the listed person
    ("Mexiko hat Betssy Chávez Asyl gewährt.", "de", {("075", "MEX", None)}),
    ("Mexico granted asylum to former prime minister Betssy Chávez.", "en", {("075", "MEX", None)}),
    ("Mexico granted asylum to Chávez.", "en", {("075", "MEX", "VEN")}),
    ("Kuba hat Hugo Chávez Asyl gewährt.", "de", {("075", "CUB", "VEN")}),
])
def test_flags_and_namesakes(coder, text, lang, expected):
    assert rows(coder, text, lang, published=date(2025, 11, 5)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the violent act noun behind "bei" names its agent: the passive verb's act is that noun's, the capital where it
    # happened is no agent (was a second row 190 SYR->IRN)
    ("Bei einem israelischen Luftangriff sind in Damaskus sieben iranische Offiziere getötet worden.", "de",
     {("195", "ISR", "IRN")}),
    ("Seven Iranian officers were killed in an Israeli air strike in Damascus.", "en", {("190", "ISR", "IRN")}),
    # without such a noun the capital still stands for its state, as before
    ("In Damaskus sind sieben iranische Offiziere getötet worden.", "de", {("190", "SYR", "IRN")}),
])
def test_capital_of_an_act_whose_noun_names_its_agent(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a natural disaster did it: no actor, the place where it struck stands in for nobody (were 190 ESP->none,
    # TUR->none)
    ("Floods in eastern Spain have killed more than 200 people.", "en", set()),
    ("An earthquake in eastern Turkey killed more than 50 people.", "en", set()),
    ("Überschwemmungen im Osten Spaniens haben mehr als 200 Menschen getötet.", "de", set()),
    ("Das Erdbeben im Osten der Türkei tötete mehr als 50 Menschen.", "de", set()),
    # a storm of a city, or a storm beside the attack, is no disaster subject
    ("Russland hat bei einem Sturm auf Bachmut zwanzig ukrainische Soldaten getötet.", "de", {("190", "RUS", "UKR")}),
    ("Russian missiles killed 20 people in Kharkiv during a storm.", "en", {("190", "RUS", "UKR")}),
])
def test_natural_disasters_are_no_actors(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the addressee of a German protest behind "bei"/"beim" is its target (was none), as "with" is in English
    ("Die japanische Regierung hat beim chinesischen Botschafter in Tokio formell Protest eingelegt.", "de",
     {("114", "JPN", "CHN")}),
    ("Japan hat bei China Protest eingelegt.", "de", {("114", "JPN", "CHN")}),
    ("The Japanese government lodged a formal protest with the Chinese ambassador in Tokyo.", "en",
     {("114", "JPN", "CHN")}),
    # a meeting it was lodged at is no addressee
    ("Japan legte beim Gipfel in Peking Protest ein.", "de", {("114", "JPN", None)}),
])
def test_protest_lodged_with(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
