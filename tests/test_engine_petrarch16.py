"""Misreadings found by the petrarch16 session's error classification (issue #3, docs/evaluation.md "Remaining
errors", class (b)): lexicon gaps and readings that would also hurt on other text. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = partial(coded_rows, published=PUB)


# ---------------------------------------------------------------- forcing a party out of the country is an expulsion
@pytest.mark.parametrize("text, lang, dyad", [
    ("Manila forced the UN food agency out of the country after the floods.", "en", ("PHL", "UNO")),
    ("Egypt forced the Sudanese ambassador to leave the country on Friday.", "en", ("EGY", "SDN")),
    ("Iran is forcing Afghan refugees out of the country.", "en", ("IRN", "AFG")),
    # the comma pair of an apposition to the object cuts the clause; its rest still belongs to the verb
    ("Kenya forced the UN children's agency, UNICEF, out of the country in May.", "en", ("KEN", "UNO")),
    ("Egypt forced the Sudanese envoy, Ali Hassan, to leave the country.", "en", ("EGY", "SDN")),
    ("Indonesien zwang das UN-Flüchtlingshilfswerk am Montag zur Ausreise.", "de", ("IDN", "UNO")),
    ("Ägypten hat den sudanesischen Botschafter zur Ausreise gezwungen.", "de", ("EGY", "SDN")),
    ("Belarus zwang drei polnische Journalisten aus dem Land.", "de", ("BLR", "POL")),
    ("Kenia zwang das Kinderhilfswerk der UN, UNICEF, im Mai aus dem Land.", "de", ("KEN", "UNO")),
])
def test_forced_out_of_the_country_is_an_expulsion(coder, text, lang, dyad):
    # English: were no row ("forced" had no row); German: were 170 (de:170:zwang, coercion) or no row
    assert rows(coder, text, lang) == {("166", *dyad)}


@pytest.mark.parametrize("text, lang, expected", [
    ("Russland zwang die Ukraine zu Zugeständnissen.", "de", {("170", "RUS", "UKR")}),   # coercion, no expulsion
    ("The floods forced China to cancel the summit.", "en", set()),
    # the apposition's comma pair does not carry a later clause's words to the verb
    ("Russia sent troops to Belarus, Ukraine's neighbour, out of the blue.", "en", {("072", "RUS", "BLR")}),
])
def test_forcing_without_leaving_the_country_keeps_its_reading(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


# ---------------------------------------------------------------- a date behind an apposition to the object
@pytest.mark.parametrize("text, lang, day", [
    ("Russia expelled the US envoy, John Smith, on Wednesday.", "en", date(2024, 2, 28)),
    ("Chile forced the Venezuelan consul, Ana Ruiz, out of the country on Monday.", "en", date(2024, 2, 26)),
    ("Kenia zwang das Kinderhilfswerk der UN, UNICEF, am Dienstag zur Ausreise.", "de", date(2024, 2, 27)),
    ("Russland kritisierte den US-Gesandten, John Smith, am Mittwoch scharf.", "de", date(2024, 2, 28)),
])
def test_a_date_behind_an_apposition_to_the_object_dates_the_act(coder, text, lang, day):
    # was the publication date (2024-03-01): the commas of "the US envoy, John Smith," cut the clause
    assert {(e.event_date, e.date_precision) for e in coder.extract(text, lang, PUB).events} == {(day, "day")}


# ---------------------------------------------------------------- denying a permit, permission or request is a refusal
@pytest.mark.parametrize("text, lang, dyad", [
    ("The city council in Ankara denied a permit for the planned Kurdish rally.", "en", ("TUR", None)),
    ("Serbia denied Kosovo's request for talks.", "en", ("SRB", "XKX")),
    ("China denied the US permission to land.", "en", ("CHN", "USA")),
    # German reads these as refusals already (de:120:weigerte, de:120:lehnte-ab)
    ("Die Stadtverwaltung in Ankara verweigerte die Genehmigung für eine kurdische Kundgebung.", "de", ("TUR", None)),
    ("Serbien lehnte den Antrag des Kosovo auf Gespräche ab.", "de", ("SRB", "XKX")),
])
def test_denying_a_permit_or_request_is_a_refusal(coder, text, lang, dyad):
    # English was a STATEMENT row 016 (denying responsibility, en:016:denied) and no act
    assert rows(coder, text, lang) == {("120", *dyad)}
    assert not any(e.cameo_code == "016" for e in coder.extract(text, lang, PUB).events)


@pytest.mark.parametrize("text, expected", [
    ("Russia denied that its troops had crossed the border.", set()),   # the denial of an accusation stays 016
    ("Russia denied attacking Kyiv.", set()),   # (the attack is negated, no asserted row)
    ("The sanctions have cut Iran's access to foreign banks.", set()),   # no denial word: no refusal
])
def test_denials_without_a_refused_thing_keep_their_reading(coder, text, expected):
    assert rows(coder, text, "en", negated=False) == expected
    assert any(e.cameo_code == "016" for e in coder.extract(text, "en", PUB).events) == ("denied" in text)


# ---------------------------------------------------------------- ordering or stepping up patrols is a show of power
@pytest.mark.parametrize("text, lang, dyad", [
    ("China stepped up patrols near the Senkaku islands on Monday.", "en", ("CHN", None)),
    ("India deployed patrols along its border with Pakistan.", "en", ("IND", "PAK")),
    ("China verstärkte am Montag die Patrouillen nahe den Senkaku-Inseln.", "de", ("CHN", None)),
    ("Pakistan hat Patrouillen an der Grenze zu Afghanistan angeordnet.", "de", ("PAK", "AFG")),
])
def test_ordering_patrols_is_a_show_of_power(coder, text, lang, dyad):
    # were no row: "patrols" had no row in either language
    assert rows(coder, text, lang) == {("150", *dyad)}


@pytest.mark.parametrize("text, lang", [
    ("Police patrols found the body of a missing hiker.", "en"),   # patrols doing something else: no show of power
    ("Eine Polizeipatrouille fand die Leiche eines vermissten Wanderers.", "de"),
])
def test_patrols_without_an_order_are_no_act(coder, text, lang):
    assert rows(coder, text, lang) == set()
