"""Misreadings helpers noticed on their own sentences while working on the fourth fresh set (issue #3, misc16): each
with English and German sentences of our own, and sentences that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize("text, lang, expected", [
    # an office title that leaves its state implicit ("Defense Secretary" the US one, "foreign secretary" the British
    # one, "Kanzler" the German one) is another state's office when that state is named right before it
    ("Japan's defense secretary visited Seoul.", "en", {("042", "JPN", "KOR")}),
    ("The Japanese defense secretary visited Seoul.", "en", {("042", "JPN", "KOR")}),
    ("India's foreign secretary travelled to Dhaka on Tuesday.", "en", {("042", "IND", "BGD")}),
    ("The Canadian foreign secretary visited Seoul.", "en", {("042", "CAN", "KOR")}),
    ("Österreichs Kanzler besuchte am Freitag Paris.", "de", {("042", "AUT", "FRA")}),
    ("Der österreichische Kanzler reiste nach Rom.", "de", {("042", "AUT", "ITA")}),
    # with no other state named, the implicit state stays
    ("The Defense Secretary visited Seoul.", "en", {("042", "USA", "KOR")}),
    ("The British foreign secretary visited Seoul.", "en", {("042", "GBR", "KOR")}),
    ("Der Kanzler besuchte am Freitag Paris.", "de", {("042", "DEU", "FRA")}),
])
def test_implicit_office_of_a_named_state(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # people without an office and vehicles do not visit (cues non_visiting_sectors, non_visitor_words; were 042)
    ("Syrian refugees arrived in Greece on Monday.", "en", set()),
    ("A Russian plane arrived in Syria.", "en", set()),
    ("Afghan migrants arrived in Iran last week.", "en", set()),
    ("Two Chinese cargo ships arrived in Sri Lanka.", "en", set()),
    ("Syrische Flüchtlinge trafen am Montag in Griechenland ein.", "de", set()),
    ("Ein russisches Flugzeug ist in Syrien eingetroffen.", "de", set()),
    ("Afghanische Migranten kamen im Iran an.", "de", set()),
    ("Ein ukrainisches Frachtflugzeug traf am Dienstag in Polen ein.", "de", set()),
    # office holders, persons by name and delegations still visit
    ("The Turkish defence minister arrived in Baghdad on Thursday.", "en", {("042", "TUR", "IRQ")}),
    ("Putin arrived in Beijing on Tuesday.", "en", {("042", "RUS", "CHN")}),
    ("A Chinese delegation arrived in Berlin.", "en", {("042", "CHN", "DEU")}),
    ("Der türkische Verteidigungsminister traf am Donnerstag in Bagdad ein.", "de", {("042", "TUR", "IRQ")}),
    ("Der französische Präsident ist in Peking eingetroffen.", "de", {("042", "FRA", "CHN")}),
])
def test_people_without_an_office_and_vehicles_do_not_visit(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the -s form of a verb row right behind a nationality adjective is a plural noun of that state's acts, not a
    # verb of the commenting state (were 190 POL->RUS, LVA->RUS, FIN->CHN, LTU->BLR)
    ("Poland condemned Russian attacks on Ukraine.", "en", {("111", "POL", "RUS"), ("190", "RUS", "UKR")}),
    ("Latvia criticised Russian attacks on Ukrainian ports.", "en", {("111", "LVA", "RUS"), ("190", "RUS", "UKR")}),
    ("Finland condemned Chinese attacks on Taiwan.", "en", {("111", "FIN", "CHN"), ("190", "CHN", "TWN")}),
    # German was read so already (parity)
    ("Lettland kritisierte russische Angriffe auf ukrainische Häfen.", "de",
     {("111", "LVA", "RUS"), ("190", "RUS", "UKR")}),
    ("Polen verurteilte russische Angriffe auf die Ukraine.", "de", {("111", "POL", "RUS"), ("190", "RUS", "UKR")}),
    # a state's noun before the verb stays its verb
    ("Russia attacks Ukraine.", "en", {("190", "RUS", "UKR")}),
])
def test_verb_row_behind_a_nationality_adjective_is_a_plural_noun(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


def test_plural_act_noun_after_an_adjective_is_not_the_critic_s(coder):
    found = rows(coder, "Lithuania condemned Belarusian attacks on its border guards.", "en")
    assert ("111", "LTU", "BLR") in found and not any(r[0] == "190" and r[1] == "LTU" for r in found)


@pytest.mark.parametrize("text, lang, expected", [
    # an adverb between the passive participle and "in" ("was hit again in", "struck repeatedly in") keeps the
    # subject the victim of the act noun's adjective (were no row, or 195 SYR->ISR the wrong way round)
    ("Kyiv was hit again in Russian attacks.", "en", {("190", "RUS", "UKR")}),
    ("Beirut was struck repeatedly in Israeli attacks.", "en", {("190", "ISR", "LBN")}),
    ("Damascus was hit again in Israeli air strikes.", "en", {("195", "ISR", "SYR")}),
    # German was read so already (parity), as English without the adverb
    ("Kiew wurde erneut bei russischen Angriffen getroffen.", "de", {("190", "RUS", "UKR")}),
    ("Beirut wurde erneut bei israelischen Angriffen getroffen.", "de", {("190", "ISR", "LBN")}),
    ("Kyiv was hit in a Russian attack.", "en", {("190", "RUS", "UKR")}),
])
def test_adverb_between_passive_participle_and_means_preposition(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
