"""Who threatens whom (issue #3, session 18, found by the lead's probe), English and German sentences of our own:
the speaker as the pronoun object of a reported threat, the speaker as the pronoun subject of what a warning or saying to
an addressee announces (also without "that"), a passive relative clause's antecedent as the one who suffered, German
"bedrohen" (hazards and felt states stay no rows) and German "es" as the subject of a perfect."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2026, 11, 30)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def _asserted(*rows: tuple) -> set[tuple]:
    return {(*row, False, "asserted") for row in rows}


@pytest.mark.parametrize("text, lang, expected", [
    # the speaker is the pronoun object of the reported threat (was 130 USA->none)
    ("Iran said the United States had threatened it.", "en", _asserted(("130", "USA", "IRN"))),
    ("North Korea said Japan had threatened it with sanctions.", "en", _asserted(("1312", "JPN", "PRK"))),
    # the pronoun opening a warning's content is the speaker when the rest names the addressee's state (was 190
    # UKR->UKR / ISR->ISR future); the announced attack is the threat
    ("Russia warned Ukraine that it would attack Kyiv.", "en", _asserted(("138", "RUS", "UKR"))),
    ("Iran warned Israel that it would attack Tel Aviv.", "en", _asserted(("138", "IRN", "ISR"))),
    ("Russland warnte die Ukraine, es werde Kiew angreifen.", "de", _asserted(("138", "RUS", "UKR"))),
    ("Iran warnte Israel, es werde Tel Aviv angreifen.", "de", _asserted(("138", "IRN", "ISR"))),
    ("Russia warned Georgia it would strike Tbilisi.", "en", _asserted(("138", "RUS", "GEO"))),   # no "that"
    ("Germany told Russia it will send more weapons to Ukraine.", "en", {("0332", "DEU", "UKR", False, "future")}),
    ("Deutschland sagte Russland, es werde der Ukraine mehr Waffen liefern.", "de",
     {("0332", "DEU", "UKR", False, "future")}),
    # guards: what the addressee would undergo stays the addressee's; another subject in the content stays itself
    ("Russia warned Ukraine it would face consequences.", "en", set()),
    ("Russia warned Ukraine that NATO would attack Russia.", "en", {("190", "NAT", "RUS", False, "future")}),
    # a passive relative clause: its antecedent suffered (was 130 RUS->NAT, 190 RUS->none)
    ("Latvia, which has been threatened by Russia, asked for more troops.", "en", _asserted(("130", "RUS", "LVA"))),
    ("Poland, which was attacked by Russian hackers, expelled a diplomat.", "en",
     _asserted(("190", "RUS", "POL"), ("166", "POL", None))),
    ("Lithuania, which threatened Belarus, closed its border.", "en",
     _asserted(("130", "LTU", "BLR"), ("191", "LTU", None))),
    # German "bedrohen" (was no row); hazards and felt states stay none
    ("Die USA haben Russland bedroht.", "de", _asserted(("130", "USA", "RUS"))),
    ("Russland bedroht die Ukraine mit einem Angriff.", "de", _asserted(("130", "RUS", "UKR"))),
    ("Israel wurde vom Iran bedroht.", "de", _asserted(("130", "IRN", "ISR"))),
    ("Russland fühlt sich von der NATO bedroht.", "de", set()),
    ("Polen sieht sich durch Russland bedroht.", "de", set()),
    ("Bedrohte Arten in Brasilien brauchen Schutz.", "de", set()),
    ("Viele Tierarten in Kenia sind vom Aussterben bedroht.", "de", set()),
    ("Poland feels threatened by Russia.", "en", set()),
    ("Many threatened species live in Kenya.", "en", set()),
    # German "es" for the one agent of the sentence before, also as the subject of a perfect (was 190 UKR->none)
    ("Die Ukraine erklärte, Russland habe Charkiw beschossen. Es habe auch Kiew angegriffen.", "de",
     _asserted(("194", "RUS", "UKR"), ("190", "RUS", "UKR"))),
    ("Russland griff Charkiw an. Es hat auch die Ukraine angegriffen.", "de", _asserted(("190", "RUS", "UKR"))),
])
def test_threat_parties(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # behind a relative clause, a clause opening with its verb has the subject before the relative clause (was 023
    # NAT->none, 0232 DEU->none: the one asked taken as the asker)
    ("Estonia, which borders Russia, asked NATO for help.", "en", _asserted(("023", "EST", "NAT"))),
    ("Poland, which supports Ukraine, asked Germany for more tanks.", "en", _asserted(("0232", "POL", "DEU"))),
    ("Litauen, das von Russland bedroht wird, bat die NATO um Hilfe.", "de",
     _asserted(("130", "RUS", "LTU"), ("023", "LTU", "NAT"))),
    ("Estonia asked NATO for help.", "en", _asserted(("023", "EST", "NAT"))),
    # threats of force (were 130); a labour strike threatened is 133, no force
    ("North Korea threatened to strike South Korea.", "en", _asserted(("138", "PRK", "KOR"))),
    ("Russia threatened to use nuclear weapons against Ukraine.", "en", _asserted(("138", "RUS", "UKR"))),
    ("China threatened to invade Taiwan.", "en", _asserted(("138", "CHN", "TWN"))),
    ("Dock workers in France threatened to strike over pension cuts.", "en", _asserted(("133", "FRA", "FRA"))),
])
def test_relative_subjects_and_threats_of_force(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected
