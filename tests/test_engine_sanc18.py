"""Sanctions stances, expulsions, protests and references in agency copy (issue #3, session 18, helper sanc18; the
classes the seventh fresh set's report named, in sentences of our own):
* sanctions a breach governs are evaded, not imposed ("in breach of American sanctions", "violating EU sanctions",
  "gegen amerikanische Sanktionen verstoßen", "sanctions-busting"), their owner the imposer of the mention;
* the extension of sanctions a critic condemns is the extender's (stance oppose, 111 critic -> extender), named by its
  possessive, in the phrase or by an earlier sentence of the article; the critic extends nothing;
* companies named by where they are registered: the states of registration are the target;
* a definite noun of an act ("the drills", "die Übungen", "die Maßnahme", "the move") as the object of a comment
  refers to the act of the sentence before: its one agent is the target."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_mentions, coded_rows

PUB = date(2026, 11, 30)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)
mentions = functools.partial(coded_mentions, published=PUB)


def _asserted(*rows: tuple) -> set[tuple]:
    return {(code, source, target, False, "asserted") for code, source, target in rows}


@pytest.mark.parametrize("text, lang, expected", [
    ("Britain fined a shipping firm for transporting Venezuelan oil in breach of American sanctions.", "en",
     {("evade", "USA", None)}),
    ("The trader shipped crude to Syria in violation of EU sanctions.", "en", {("evade", "EUU", None)}),
    ("Prosecutors charged two companies with violating US sanctions on Iran.", "en", {("evade", "USA", "IRN")}),
    ("The report described a sanctions-busting network run from a port city.", "en", {("evade", None, None)}),
    ("Die Reederei hat gegen amerikanische Sanktionen verstoßen.", "de", {("evade", "USA", None)}),
    ("Die Firma lieferte Ersatzteile unter Verstoß gegen die EU-Sanktionen.", "de", {("evade", "EUU", None)}),
    # an imposition beside the breach keeps its stance; the breached sanctions are evaded
    ("The US imposed sanctions on Monday on four tankers that carried oil in breach of American sanctions.", "en",
     {("impose", "USA", None), ("evade", "USA", None)}),
    # guards: no breach of the sanctions ("in breach of" something else; a breach named as the reason)
    ("The EU imposed sanctions on Russia for its breach of the ceasefire.", "en", {("impose", "EUU", "RUS")}),
    ("Die EU verhängte Sanktionen gegen Russland wegen Verstößen gegen das Völkerrecht.", "de",
     {("impose", "EUU", "RUS")}),
])
def test_sanctions_a_breach_governs_are_evaded(coder, text, lang, expected):
    assert mentions(coder, text, lang) == expected


def test_breached_sanctions_have_no_imposition_row(coder):
    text = "The US imposed sanctions on Monday on four tankers that carried oil in breach of American sanctions."
    assert readings(coder, text, "en") == _asserted(("163", "USA", None))


@pytest.mark.parametrize("text, lang, rows, stances", [
    ("China criticised the EU's extension of sanctions on Russian banks.", "en",
     {("111", "CHN", "EUU")}, {("oppose", "EUU", "RUS")}),
    ("Iran condemned the extension of US sanctions.", "en", {("111", "IRN", "USA")}, {("oppose", "USA", None)}),
    ("China verurteilte die Verlängerung der EU-Sanktionen gegen Russland.", "de",
     {("111", "CHN", "EUU")}, {("oppose", "EUU", "RUS")}),
    # the extension an earlier sentence reported
    ("The EU extended sanctions against Russia on Monday. Moscow condemned the extension of the sanctions as "
     "illegal.", "en", {("163", "EUU", "RUS"), ("111", "RUS", "EUU")},
     {("extend", "EUU", "RUS"), ("oppose", "EUU", "RUS")}),
    ("Die EU verlängerte am Montag die Sanktionen gegen Russland. Moskau kritisierte die Verlängerung der "
     "Sanktionen.", "de", {("163", "EUU", "RUS"), ("111", "RUS", "EUU")},
     {("extend", "EUU", "RUS"), ("oppose", "EUU", "RUS")}),
    # guards: an extension that is announced stays one; a critic with no earlier sanctions names no imposer
    ("The EU announced an extension of sanctions on Russia.", "en", {("163", "EUU", "RUS")},
     {("extend", "EUU", "RUS")}),
    ("Russland verurteilte die Sanktionen als illegal.", "de", {("111", "RUS", None)}, {("oppose", None, None)}),
])
def test_a_condemned_extension_is_the_extenders(coder, text, lang, rows, stances):
    assert readings(coder, text, lang) == _asserted(*rows)
    assert mentions(coder, text, lang) == stances


@pytest.mark.parametrize("text, lang, expected", [
    ("The US imposed sanctions on three companies registered in Hong Kong and Singapore.", "en",
     {("163", "USA", "CHN"), ("163", "USA", "SGP")}),
    ("The US imposed sanctions on Friday on six firms registered in the United Arab Emirates.", "en",
     {("163", "USA", "ARE")}),
    ("Die USA verhängten Sanktionen gegen drei Firmen mit Sitz in Hongkong und den Emiraten.", "de",
     {("163", "USA", "CHN"), ("163", "USA", "ARE")}),
    ("Die USA verhängten Sanktionen gegen drei in Hongkong registrierte Firmen.", "de", {("163", "USA", "CHN")}),
    # guards: a state named otherwise is the target; a place that registers nothing is no target
    ("The US imposed sanctions on Chinese firms registered in Singapore.", "en", {("163", "USA", "CHN")}),
    ("The US imposed sanctions on three companies in a statement issued in Singapore.", "en",
     {("163", "USA", None)}),
])
def test_companies_named_by_their_registration(coder, text, lang, expected):
    assert readings(coder, text, lang) == _asserted(*expected)


@pytest.mark.parametrize("text, lang, expected", [
    ("China began military drills around Taiwan on Monday. Japan criticised the drills as destabilising.", "en",
     {("150", "CHN", "TWN"), ("111", "JPN", "CHN")}),
    ("China imposed tariffs on European pork on Monday. The EU condemned the move as unjustified.", "en",
     {("163", "CHN", None), ("111", "EUU", "CHN")}),
    ("The EU imposed new sanctions on Iran on Monday. Japan welcomed the move.", "en",
     {("163", "EUU", "IRN"), ("051", "JPN", "EUU")}),
    ("China hat am Montag Militärübungen um Taiwan begonnen. Japan kritisierte die Übungen als Provokation.", "de",
     {("150", "CHN", "TWN"), ("111", "JPN", "CHN")}),
    ("Russland hat ein Manöver in der Ostsee begonnen. Finnland bezeichnete die Übungen als Provokation.", "de",
     {("150", "RUS", None), ("111", "FIN", "RUS")}),
    ("China verhängte am Mittwoch Zölle auf Schweinefleisch aus der EU. Die EU-Kommission kritisierte die Maßnahme "
     "als ungerechtfertigt.", "de", {("163", "CHN", "EUU"), ("111", "EUU", "CHN")}),
    ("China hat am Montag Militärübungen um Taiwan begonnen. Japan zeigte sich besorgt über die Übungen.", "de",
     {("150", "CHN", "TWN"), ("111", "JPN", "CHN")}),
    # guards: the noun's phrase names its own actor; two agents before; the agent comments on its own act
    ("China began military drills near Taiwan on Monday. Japan criticised the drills by Russia near Hokkaido.",
     "en", {("150", "CHN", "TWN"), ("111", "JPN", "RUS")}),
    ("China begann am Montag Militärübungen vor Taiwan. Japan kritisierte die Übungen Russlands.", "de",
     {("150", "CHN", "TWN"), ("111", "JPN", None)}),
    ("Russland und China hielten gemeinsame Übungen ab. Japan kritisierte die Übungen.", "de",
     {("062", "RUS", "CHN"), ("062", "CHN", "RUS"), ("111", "JPN", None)}),
    ("China held military drills near Taiwan on Monday. China defended the drills as routine.", "en",
     {("150", "CHN", "TWN"), ("052", "CHN", None)}),
])
def test_a_definite_act_noun_refers_to_the_act_before(coder, text, lang, expected):
    assert readings(coder, text, lang) == _asserted(*expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a passive expulsion names the expelling state behind "from" / "aus"
    ("A Russian diplomat was expelled from Estonia on Thursday.", "en", {("166", "EST", "RUS")}),
    ("Two Chinese diplomats were expelled from Lithuania over spying.", "en", {("166", "LTU", "CHN")}),
    ("Ein russischer Diplomat wurde am Donnerstag aus Estland ausgewiesen.", "de", {("166", "EST", "RUS")}),
    ("Zwei russische Diplomaten sind wegen Spionageverdachts aus Polen ausgewiesen worden.", "de",
     {("166", "POL", "RUS")}),
    # guards: the by-agent and the active voice keep theirs; no state expelled from, no row
    ("A Russian diplomat was expelled by Estonia on Thursday.", "en", {("166", "EST", "RUS")}),
    ("Polen wies zwei russische Diplomaten aus.", "de", {("166", "POL", "RUS")}),
    ("Two Russian diplomats were expelled on Monday.", "en", set()),
    # a protest received is the other party's: the summoner protests to the receiver's state
    ("Russia's charge d'affaires was summoned to receive a formal protest, the Estonian foreign ministry said.",
     "en", {("114", "EST", "RUS")}),
    ("A Russian diplomat was expelled from Estonia on Thursday, and Russia's charge d'affaires was summoned to "
     "receive a formal protest.", "en", {("166", "EST", "RUS"), ("114", "EST", "RUS")}),
    ("Der russische Geschäftsträger wurde zur Entgegennahme einer Protestnote ins Außenministerium in Tallinn "
     "einbestellt.", "de", {("114", "EST", "RUS")}),
    # guards: a protest lodged or handed over stays the lodger's
    ("Japan lodged a formal protest with China over the incursion.", "en", {("114", "JPN", "CHN")}),
    ("Japan überreichte China eine Protestnote.", "de", {("114", "JPN", "CHN")}),
])
def test_passive_expulsions_and_received_protests(coder, text, lang, expected):
    assert readings(coder, text, lang) == _asserted(*expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a warning that announces a response to the addressee is a threat by each speaker; "met with" meets nobody
    ("South Korea and Japan warned North Korea that any further launch would be met with a firm response.", "en",
     {("130", "KOR", "PRK"), ("130", "JPN", "PRK")}),
    ("France warned Iran that any attack would be met with force.", "en", {("130", "FRA", "IRN")}),
    ("Südkorea und Japan warnten Nordkorea, jeder weitere Start werde mit einer entschlossenen Antwort "
     "beantwortet.", "de", {("130", "KOR", "PRK"), ("130", "JPN", "PRK")}),
    # guards: a warning against an act stays 012; a reception without a warning is no row
    ("France warned Iran against an attack.", "en", {("012", "FRA", "IRN")}),
    ("Frankreich warnte Iran vor einem Angriff.", "de", {("012", "FRA", "IRN")}),
    ("Frankreich warnte, Briefe würden mit Verzögerung beantwortet.", "de", {("012", "FRA", None)}),
    ("Any attack would be met with a decisive response, the minister said.", "en", set()),
    ("Japan met with South Korea in Seoul.", "en", {("040", "JPN", "KOR"), ("040", "KOR", "JPN")}),
])
def test_a_warned_response_is_a_threat_and_met_with_meets_nobody(coder, text, lang, expected):
    assert coded_rows(coder, text, lang, published=PUB, keys=READING_KEYS, statements=True) == _asserted(*expected)


def test_a_warning_is_dated_by_the_date_behind_its_addressee(coder):
    text = "South Korea warned North Korea on Monday that it would respond to any launch."
    result = coder.extract(text, "en", date(2026, 8, 18))
    assert {(e.cameo_code, str(e.event_date)) for e in result.events} == {("012", "2026-08-17")}


@pytest.mark.parametrize("text, lang, expected", [
    # an official protest that names nobody protests the act of the sentence before, against its one agent
    ("China detained a Japanese citizen on Monday. Japan lodged a formal protest.", "en",
     {("173", "CHN", "JPN"), ("114", "JPN", "CHN")}),
    ("China hat am Montag einen japanischen Staatsbürger festgenommen. Japan legte formell Protest ein.", "de",
     {("173", "CHN", "JPN"), ("114", "JPN", "CHN")}),
    # "Bedrohung" is a danger spoken of, no threat made
    ("Nordkorea hat am Mittwoch mehrere Raketen ins Japanische Meer abgefeuert. Die japanische Regierung legte "
     "formell Protest ein und sprach von einer ernsten Bedrohung.", "de",
     {("150", "PRK", None), ("114", "JPN", "PRK")}),
    # guards: two agents before; no sentence before; a protest that names its addressee keeps it
    ("Russland und Japan führten Gespräche. Japan legte formell Protest ein.", "de",
     {("040", "RUS", "JPN"), ("040", "JPN", "RUS"), ("114", "JPN", None)}),
    ("Japan lodged a formal protest.", "en", {("114", "JPN", None)}),
    ("China detained a Japanese citizen on Monday. Japan lodged a formal protest with Russia.", "en",
     {("173", "CHN", "JPN"), ("114", "JPN", "RUS")}),
])
def test_an_unaddressed_protest_is_against_the_act_before(coder, text, lang, expected):
    assert readings(coder, text, lang) == _asserted(*expected)


@pytest.mark.parametrize("text, expected", [
    # a conditional lift: the lifter eases them on the target, the condition's release is the other side's
    ("Washington could ease some sanctions on Belarusian potash exports if Minsk frees more political prisoners.",
     {("085", "USA", "BLR", False, "hypothetical"), ("084", "BLR", None, False, "hypothetical")}),
    ("Belarus frees 20 political prisoners.", {("084", "BLR", None, False, "asserted")}),
    # guards: "frees"/"releases" without prisoners release nobody
    ("The new law frees up funds for the army.", set()),
    ("Iran releases its annual report on Monday.", set()),
])
def test_a_conditional_lift_and_the_release_it_asks_for(coder, text, expected):
    assert readings(coder, text, "en") == expected
