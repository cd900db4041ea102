"""Lexicon families the sixth fresh-passage set found missing (issue #3, helper fresh17, session 17; docs/evaluation.md
"Sixth fresh-passage set"): court sentences and arrest warrants, broken diplomatic relations, cyber intrusions, trade
halts, courts of a gazetteer place, and hackers acting for a state. English and German sentences of our own (not the
set's passages), with sentences where the new rows must not fire."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2025, 3, 12)   # a Wednesday
rows = functools.partial(coded_rows, published=PUB)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def _asserted(code: str, source: str | None, target: str | None) -> tuple:
    return (code, source, target, False, "asserted")


@pytest.mark.parametrize("text, lang, expected", [
    # a court sentencing someone is legal action (173): English "sentenced" had no row; German "verurteilte ... zu 16
    # Jahren Haft" was the condemnation 111 and "zum Tode verurteilt" was blocked
    ("A court in Moscow sentenced a US journalist to 16 years in prison on Friday.", "en",
     {_asserted("173", "RUS", "USA")}),
    ("A court in Tehran sentenced a British aid worker to five years in prison for spying.", "en",
     {_asserted("173", "IRN", "GBR")}),
    ("Ein Gericht in Moskau verurteilte einen US-Journalisten am Freitag zu 16 Jahren Haft.", "de",
     {_asserted("173", "RUS", "USA")}),
    ("Ein Gericht in Teheran hat einen deutschen Staatsbürger zum Tode verurteilt.", "de",
     {_asserted("173", "IRN", "DEU")}),
    ("Ein Gericht in Minsk hat eine polnische Journalistin zu einer Haftstrafe von acht Jahren verurteilt.", "de",
     {_asserted("173", "BLR", "POL")}),
    # the condemnation keeps its reading, also of a sentence or a detention, and with "seit Jahren"
    ("Die EU verurteilte die Haftstrafe gegen den russischen Journalisten scharf.", "de",
     {_asserted("111", "EUU", "RUS")}),
    ("Die EU verurteilt seit Jahren die Angriffe Russlands auf die Ukraine.", "de",
     {_asserted("111", "EUU", "RUS"), _asserted("190", "RUS", "UKR")}),
    # a court of a gazetteer place acts for the place's state, as its police does (place_institution_sectors JUD)
    ("A court in Hong Kong sentenced a Taiwanese businessman to four years in prison.", "en",
     {_asserted("173", "CHN", "TWN")}),
    ("Ein Hongkonger Gericht verurteilte einen taiwanischen Geschäftsmann zu vier Jahren Gefängnis.", "de",
     {_asserted("173", "CHN", "TWN")}),
    # German arrest warrants issued (as English "arrest warrant"), not one lifted
    ("Ein Gericht in Caracas erließ am Montag Haftbefehl gegen einen kolumbianischen Geschäftsmann.", "de",
     {_asserted("173", "VEN", "COL")}),
    ("Ein Gericht in Moskau hat den Haftbefehl gegen den Journalisten aufgehoben.", "de", set()),
])
def test_court_sentences_and_warrants_are_legal_action(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # ending diplomatic relations is 161 toward the other state (were no row)
    ("Ecuador broke off diplomatic relations with Mexico on Saturday.", "en", {_asserted("161", "ECU", "MEX")}),
    ("Nicaragua has severed diplomatic ties with the Netherlands.", "en", {_asserted("161", "NIC", "NLD")}),
    ("Bolivia broke off relations with Israel.", "en", {_asserted("161", "BOL", "ISR")}),
    ("Ecuador hat am Samstag seine diplomatischen Beziehungen zu Mexiko abgebrochen.", "de",
     {_asserted("161", "ECU", "MEX")}),
    ("Nicaragua brach am Montag die diplomatischen Beziehungen zu den Niederlanden ab.", "de",
     {_asserted("161", "NIC", "NLD")}),
    # establishing them stays the diplomatic cooperation 050; relations named without such a word are no act
    ("Vietnam and the United States established diplomatic relations in 1995.", "en",
     {_asserted("050", "VNM", "USA"), _asserted("050", "USA", "VNM")}),
    ("Die Beziehungen zwischen Serbien und dem Kosovo sind seit Jahren angespannt.", "de", set()),
    # relations taken up are established, as in English (050; was no row before de:050:beziehungen-aufgenommen, the
    # guard was that they are not broken off)
    ("Vietnam und die USA haben 1995 diplomatische Beziehungen aufgenommen.", "de",
     {_asserted("050", "VNM", "USA"), _asserted("050", "USA", "VNM")}),
])
def test_broken_off_diplomatic_relations(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # breaking into networks, accounts or systems is a cyber intrusion (170, mode cyber; were no row)
    ("Hackers working for China broke into the computer networks of the Czech foreign ministry.", "en",
     {_asserted("170", "CHN", "CZE")}),
    ("Russian military hackers hacked the email accounts of several German lawmakers.", "en",
     {_asserted("170", "RUS", "DEU")}),
    ("Unknown hackers hacked the email accounts of several German lawmakers.", "en", {_asserted("170", None, "DEU")}),
    ("Chinesische Hacker sind in die Computernetze des tschechischen Außenministeriums eingedrungen.", "de",
     {_asserted("170", "CHN", "CZE")}),
    ("Russische Hacker drangen in die E-Mail-Konten mehrerer deutscher Abgeordneter ein.", "de",
     {_asserted("170", "RUS", "DEU")}),
    # a described hacker names no actor (sector word "hackers"): the victims' state is no longer the attacker
    ("Unbekannte Hacker haben die E-Mail-Konten mehrerer deutscher Abgeordneter gehackt.", "de",
     {_asserted("170", None, "DEU")}),
    # acting "im Auftrag"/"im Dienst" of a state is acting for it, as "Hacker aus Russland" (was DEU->RUS)
    ("Hacker im Auftrag Russlands haben die E-Mail-Konten mehrerer deutscher Abgeordneter gehackt.", "de",
     {_asserted("170", "RUS", "DEU")}),
    ("Soldaten im Auftrag Russlands haben ein Dorf in der Ukraine angegriffen.", "de",
     {_asserted("190", "RUS", "UKR")}),
    # a burglary, an intruding jet and a machete killing are no cyber intrusion
    ("Thieves broke into the Chilean embassy in Paris on Sunday.", "en", set()),
    ("Einbrecher sind am Sonntag in die chilenische Botschaft in Paris eingedrungen.", "de", set()),
    ("Russische Kampfjets sind am Montag in den Luftraum Estlands eingedrungen.", "de", set()),
    ("Villagers were hacked to death by militiamen in the Congolese province of Ituri.", "en", set()),
])
def test_cyber_intrusions(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # halting all trade with a state is an embargo (163; were no row)
    ("Turkey halted all trade with Israel on Thursday.", "en", {_asserted("163", "TUR", "ISR")}),
    ("Poland suspended trade with Belarus.", "en", {_asserted("163", "POL", "BLR")}),
    ("Die Türkei hat den Handel mit Israel vollständig eingestellt.", "de", {_asserted("163", "TUR", "ISR")}),
    ("Polen setzte den Handel mit Belarus aus.", "de", {_asserted("163", "POL", "BLR")}),
    # trade that grows, or trade barriers cut, is no embargo
    ("India cut trade barriers with Australia under the new agreement.", "en", set()),
    ("Trade between China and Brazil rose by ten percent last year.", "en", set()),
    ("Der Handel zwischen China und Brasilien ist im vergangenen Jahr deutlich gestiegen.", "de", set()),
])
def test_trade_halts_are_embargoes(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a possessive subject of an English verb acts for the party it refers to (was no source, or the object's state:
    # "Ukraine said its air defences shot down 30 Russian drones" was 190 RUS->none, "Hamas said its fighters had
    # attacked an Israeli patrol" 190 ISR->PSE); a past form after a lowercase noun is the verb, not the noun row
    ("Russia said its troops attacked Kharkiv on Monday.", "en", {_asserted("190", "RUS", "UKR")}),
    ("India said its armed forces had struck nine sites in Pakistan.", "en", {_asserted("190", "IND", "PAK")}),
    ("Ukraine said its air defences shot down 30 Russian drones overnight.", "en", {_asserted("190", "UKR", "RUS")}),
    ("Hamas said its fighters had attacked an Israeli patrol near Rafah.", "en", {_asserted("190", "PSE", "ISR")}),
    # German: a clause opening with a nominative possessive and its noun (was no row, or the object's state: "ihre
    # Luftabwehr habe 30 russische Drohnen abgeschossen" 190 RUS->none)
    ("Russland sagte, seine Truppen hätten Charkiw angegriffen.", "de", {_asserted("190", "RUS", "UKR")}),
    ("Die Ukraine teilte mit, ihre Luftabwehr habe 30 russische Drohnen abgeschossen.", "de",
     {_asserted("190", "UKR", "RUS")}),
    ("Die Hamas erklärte, ihre Kämpfer hätten eine israelische Patrouille angegriffen.", "de",
     {_asserted("190", "PSE", "ISR")}),
    # a passive keeps its sufferer (no act named by an agent); a named subject keeps its reading
    ("Israel said its soldiers were killed in southern Lebanon.", "en", set()),
    ("Israel teilte mit, seine Soldaten seien im Süden des Libanon getötet worden.", "de", set()),
    ("Russia said Ukrainian troops attacked Belgorod on Monday.", "en", {_asserted("190", "UKR", "RUS")}),
])
def test_a_possessive_subject_acts_for_its_party(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an English participle between an article or numeral and its noun describes the noun: no arrest
    ("Venezuela freed ten detained Americans on Friday.", "en", {_asserted("084", "VEN", "USA")}),
    ("Iran released the jailed French teacher on Monday.", "en", {_asserted("084", "IRN", "FRA")}),
    # the verb keeps its reading
    ("Iran detained two British nationals on Monday.", "en", {_asserted("173", "IRN", "GBR")}),
    ("Venezuela ließ am Freitag zehn inhaftierte Amerikaner frei.", "de", {_asserted("084", "VEN", "USA")}),
    # the FBI is no investigation
    ("The US Federal Bureau of Investigation arrested two Chinese nationals.", "en", {_asserted("173", "USA", "CHN")}),
])
def test_attributive_participles_and_agency_names(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # holding a party responsible accuses it (112; were no row)
    ("Russia held Ukraine responsible for the attack on the concert hall.", "en", {_asserted("112", "RUS", "UKR")}),
    ("Iraq holds Turkey responsible for the deaths of three soldiers.", "en", {_asserted("112", "IRQ", "TUR")}),
    ("Russland machte die Ukraine für den Anschlag auf die Konzerthalle verantwortlich.", "de",
     {_asserted("112", "RUS", "UKR")}),
    ("Der Irak hat die Türkei für den Tod von drei Soldaten verantwortlich gemacht.", "de",
     {_asserted("112", "IRQ", "TUR")}),
    # "held" without it keeps its other readings
    ("Iraq and Turkey held talks in Baghdad on Monday.", "en",
     {_asserted("040", "IRQ", "TUR"), _asserted("040", "TUR", "IRQ")}),
    # German "entließ" releases detainees (084; was no row), not a dismissed minister
    ("Im Gegenzug entließ Israel 90 palästinensische Häftlinge aus seinen Gefängnissen.", "de",
     {_asserted("084", "ISR", "PSE")}),
    ("Der russische Präsident entließ am Montag den Verteidigungsminister.", "de", set()),
])
def test_responsibility_and_releases(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # closing the airspace to a state's airlines restricts movement (191; was no row)
    ("Pakistan closed its airspace to Indian airlines on Thursday.", "en", {_asserted("191", "PAK", "IND")}),
    ("Pakistan hat seinen Luftraum für indische Fluggesellschaften gesperrt.", "de", {_asserted("191", "PAK", "IND")}),
    # not a road closed by the police, nor an airspace reopened
    ("Die Polizei hat die Straße zum Flughafen gesperrt.", "de", set()),
    ("Pakistan hat seinen Luftraum für indische Fluggesellschaften wieder geöffnet.", "de", set()),
    ("Pakistan reopened its airspace to Indian airlines.", "en", set()),
    # "deportees" are people, not a deportation: "agreed to take in deportees" is the agreement (was 174 future)
    ("Guatemala agreed to take in deportees from the United States.", "en",
     {("030", "GTM", "USA", False, "future")}),
])
def test_airspace_closures_and_deportees(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, speaker", [
    # before a saying, a topic noun of the subject names the speakers whose institution its phrase names (was no
    # speaker: the noun rows "observers", "inspectors" blocked the subject's modifier)
    ("Observers from the African Union said the election had been peaceful.", "en", "AFU"),
    ("Inspectors from the IAEA said Iran had enriched uranium to 60 percent.", "en", "IAE"),
    ("Beobachter aus der EU sagten, die Wahl in Georgien sei friedlich verlaufen.", "de", "EUU"),
])
def test_topic_nouns_of_a_subject_before_a_saying(coder, text, lang, speaker):
    sayings = [e for e in coder.extract(text, lang, PUB).events if e.cameo_code == "010"]
    assert [e.source_actor for e in sayings] == [speaker]
