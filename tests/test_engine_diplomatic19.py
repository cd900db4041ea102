"""Everyday wire phrasings of diplomatic acts that had no row (issue #3, session 19, helper lex19; the lexicon-gap class
held-out set 8 named): an embassy closed (161), diplomatic relations downgraded (161, other relations downgraded stay
160), border crossings closed (191) and reopened (0872), flights resumed (085), a protest note (114), an explanation
demanded or sought (101), a truce brokered (045; "US-brokered" and "brokered by" are modifiers, no mediation told), a
congratulation (051), talks suspended, broken off or walked out of (164; held talks stay 040), a threat to cut ties
(1313), an extradition in German (063; weapons "ausgeliefert" stay aid), a stopover (042) and a guest of honour at an
event abroad (042). Each row's note names its CAMEO code (seeds/lexicons/triggers_*.csv, session 19 block)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The United States closed its embassy in Kabul.", {("161", "USA", "AFG")}),
    ("en", "Britain shut its embassy in Tehran on Monday.", {("161", "GBR", "IRN")}),
    ("de", "Die USA schlossen am Montag ihre Botschaft in Kabul.", {("161", "USA", "AFG")}),
    ("en", "Lithuania downgraded diplomatic relations with China on Friday.", {("161", "LTU", "CHN")}),
    ("en", "Finland closed its land crossings with Russia on Thursday.", {("191", "FIN", "RUS")}),
    ("de", "Polen schloss am Montag einen weiteren Grenzübergang zu Belarus.", {("191", "POL", "BLR")}),
    ("en", "Finland reopened two border crossings with Russia on Tuesday.", {("0872", "FIN", "RUS")}),
    ("de", "Polen öffnete den Grenzübergang zu Belarus wieder.", {("0872", "POL", "BLR")}),
    ("en", "Russia resumed direct flights to Georgia in May.", {("085", "RUS", "GEO")}),
    ("en", "Poland handed a protest note to the Russian ambassador.", {("114", "POL", "RUS")}),
    ("en", "Germany demanded an explanation from Russia.", {("101", "DEU", "RUS")}),
    ("en", "Germany sought clarification from Russia about the incident.", {("101", "DEU", "RUS")}),
    ("en", "China congratulated Russia on the election.", {("051", "CHN", "RUS")}),
    ("de", "China gratulierte Russland zur Wahl.", {("051", "CHN", "RUS")}),
    ("en", "Russia walked out of the talks with Ukraine on Friday.", {("164", "RUS", "UKR")}),
    ("en", "Russia broke off the talks with Ukraine.", {("164", "RUS", "UKR")}),
    ("en", "Israel suspended the talks with Hamas.", {("164", "ISR", "PSE")}),
    ("de", "Israel hat die Gespräche mit der Hamas ausgesetzt.", {("164", "ISR", "PSE")}),
    ("en", "Iran threatened to cut diplomatic ties with Bahrain.", {("1313", "IRN", "BHR")}),
    ("de", "Iran drohte mit dem Abbruch der diplomatischen Beziehungen zu Bahrain.", {("1313", "IRN", "BHR")}),
    ("de", "Ecuador hat am Montag einen mutmaßlichen Drogenboss an die Vereinigten Staaten ausgeliefert.",
     {("063", "ECU", "USA")}),
    ("de", "Ecuador lieferte am Montag einen Drogenboss an die USA aus.", {("063", "ECU", "USA")}),
    ("en", "Taiwan's president made a stopover in the United States.", {("042", "TWN", "USA")}),
    ("en", "Taiwan's president stopped over in the United States on Sunday.", {("042", "TWN", "USA")}),
    ("de", "Taiwans Präsident legte einen Zwischenstopp in den USA ein.", {("042", "TWN", "USA")}),
    ("en", "Putin was the guest of honour at the military parade in Beijing.", {("042", "RUS", "CHN")}),
    ("de", "Putin war Ehrengast bei der Militärparade in Peking.", {("042", "RUS", "CHN")}),
])
def test_wire_phrasings_of_diplomatic_acts(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected


def test_a_brokered_truce_is_mediation_by_the_broker(coder):
    found = rows(coder, "Egypt brokered a truce between Israel and Islamic Jihad.", "en")
    assert ("045", "EGY", "ISR") in found


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # the embassy that closes for the day is no act of a state; opening one is recognition (054)
    ("en", "The embassy in Kabul closed early on Friday because of the heat.", "161"),
    ("en", "The United States will open an embassy in Kabul.", "161"),
    # firing near a crossing reopens nothing
    ("en", "Troops opened fire near the border crossing with Russia.", "0872"),
    # a mediator named by a modifier mediated nothing here
    ("en", "Armenia and Azerbaijan signed a US-brokered peace declaration.", "045"),
    ("en", "Armenia and Azerbaijan agreed to a ceasefire brokered by Russia.", "045"),
    # talks held or suspended without an agent: no halt
    ("en", "The United States and China held talks in Geneva.", "164"),
    ("en", "Talks between the two sides were suspended in March.", "164"),
    ("de", "Die USA und China führten Gespräche in Genf.", "164"),
    # weapons delivered are aid, not an extradition
    ("de", "Deutschland hat weitere Panzer an die Ukraine ausgeliefert.", "063"),
    ("en", "The flight made a refuelling stopover before landing.", "042"),
])
def test_guards_of_the_new_rows(coder, lang, text, absent):
    assert not any(code.startswith(absent) for code, _s, _t in rows(coder, text, lang))


def test_held_talks_stay_a_meeting(coder):
    assert rows(coder, "Die USA und China führten Gespräche in Genf.", "de") == {("040", "USA", "CHN"),
                                                                               ("040", "CHN", "USA")}
