"""German summonses of an ambassador (issue #3, session 17): "hat den Botschafter ... einbestellt" (the participle of
the separable einbestellen, whose prefix stands before an inseparable one and takes no ge-), "bestellt ... ein",
"zitierte den Botschafter ins Außenministerium" (zitieren with the office summoned to; without it, the saying
de:010:zitiert) are the official complaint 114, as English "summoned the ambassador" is. A summons in the passive
without its agent takes the summoner from the office summoned to ("wurde ins Auswärtige Amt einbestellt",
"was summoned to the German foreign ministry") or from the place of the act as other passives do ("ins
Außenministerium in Warschau"); with neither there is no row."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import asserted, coded_rows, READING_KEYS

PUB = date(2024, 9, 13)
rows = functools.partial(coded_rows, published=PUB, keys=READING_KEYS, statements=True)


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Bundesregierung hat am Freitag den syrischen Botschafter ins Auswärtige Amt einbestellt.", "de",
     asserted("114", "DEU", "SYR")),
    ("Das Auswärtige Amt bestellt den russischen Botschafter ein.", "de", asserted("114", "DEU", "RUS")),
    ("Polen zitierte den russischen Botschafter ins Außenministerium.", "de", asserted("114", "POL", "RUS")),
    ("Warschau zitierte am Freitag den russischen Geschäftsträger ins Außenministerium.", "de",
     asserted("114", "POL", "RUS")),
    ("Der russische Botschafter wurde ins Auswärtige Amt einbestellt.", "de", asserted("114", "DEU", "RUS")),
    ("Der russische Botschafter wurde am Montag ins Außenministerium in Warschau einbestellt.", "de",
     asserted("114", "POL", "RUS")),
    ("Der iranische Botschafter wurde von der Bundesregierung einbestellt.", "de", asserted("114", "DEU", "IRN")),
    ("Polen hat den russischen Botschafter nicht einbestellt.", "de", ("114", "POL", "RUS", True, "asserted")),
    ("The Russian ambassador was summoned to the German foreign ministry on Monday.", "en",
     asserted("114", "DEU", "RUS")),
    ("The Iranian ambassador was summoned by the German government.", "en", asserted("114", "DEU", "IRN")),
])
def test_a_summoned_ambassador_is_an_official_complaint(coder, text, lang, expected):
    coded = rows(coder, text, lang)
    assert expected in coded
    assert not {row for row in coded if row[0] == "010"}   # "zitierte ... ins Außenministerium" is no saying


@pytest.mark.parametrize("text, lang", [
    ("Der russische Botschafter wurde einbestellt.", "de"),   # nobody named summoned him
    ("The Russian ambassador was summoned.", "en"),
    # the participle describing the ambassador is no act of the clause
    ("Der einbestellte Botschafter Russlands wies die Vorwürfe zurück.", "de"),
])
def test_no_summons_row_without_a_summoner_or_as_an_adjective(coder, text, lang):
    assert not {row for row in rows(coder, text, lang) if row[0] == "114"}


def test_zitieren_without_the_office_summoned_to_stays_a_saying(coder):
    coded = rows(coder, "Die Agentur Xinhua zitierte den chinesischen Botschafter mit den Worten, die USA hätten China "
                        "provoziert.", "de")
    assert ("010", "CHN", "USA", False, "asserted") in coded
    assert not {row for row in coded if row[0] == "114"}


def test_a_joined_separable_verb_closing_a_subordinate_clause_is_finite(coder):
    # "einbestellte" at the end of a subordinate clause is the finite verb, not an adjective
    coded = rows(coder, "Polen protestierte, weil Russland den polnischen Botschafter einbestellte.", "de")
    assert asserted("114", "RUS", "POL") in coded
