"""German verb second with an object in the first position (issue #3, german19; held-out set 8's weakness 4): the name
right behind the finite verb is the subject ("Eine vollständige Waffenruhe lehnte Moskau ab" was 120 none->RUS, "Die
Forderungen Polens wies Russland zurück" 120 POL->RUS, "Ziele im Norden des Irak griff die Türkei an" 190 IRQ->TUR).
The first position is an object by its oblique article, by a number the finite verb rules out as its subject, or by a
head that is no agent while the verb's root takes no things as subjects (rules/sources.py _fronted_object_subject;
cues singular_determiners, thing_subject_roots, agentive_nouns). A missile, a resolution, a description of people
and a name in the first position stay the subject."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)
with_statements = functools.partial(coded_rows, published=PUB, statements=True)


@pytest.mark.parametrize(("text", "expected"), [
    # case: an oblique article
    ("Den Vorschlag der EU lehnte Russland am Montag ab.", {("120", "RUS", "EUU")}),
    # number: a plural noun before a singular verb, a singular article before a plural verb
    ("Die Forderungen Polens wies Russland zurück.", {("120", "RUS", "POL")}),
    ("Ziele im Norden des Irak griff die Türkei am Mittwoch an.", {("190", "TUR", "IRQ")}),
    ("Stellungen kurdischer Milizen im Norden des Irak hat die Türkei am Mittwoch angegriffen.", {("190", "TUR", "IRQ")}),
    ("Das Abkommen unterzeichneten Russland und China am Montag.", {("057", "RUS", "CHN"), ("057", "CHN", "RUS")}),
    # a head that is no agent, a verb that takes none
    ("Eine vollständige Waffenruhe lehnte Moskau jedoch ab.", {("120", "RUS", None)}),
    ("Die Entscheidung der EU kritisierte China scharf.", {("111", "CHN", "EUU")}),
    ("Die Entscheidung begrüßte Deutschland ausdrücklich.", {("051", "DEU", None)}),
    # a commented act noun in the first position is no act of the commenter
    ("Den Angriff auf Kiew verurteilte die EU scharf.", {("111", "EUU", None)}),
])
def test_object_in_the_first_position(coder, text, expected):
    assert rows(coder, text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Vorwürfe wies Peking am Mittwoch zurück.", ("016", "CHN", None)),
    ("Die Vorwürfe Litauens wies Peking am Mittwoch zurück.", ("016", "CHN", "LTU")),
    ("Den Bericht dementierte Russland umgehend.", ("016", "RUS", None)),
])
def test_denied_object_in_the_first_position(coder, text, expected):
    assert with_statements(coder, text, "de") == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Eine Rakete traf am Montag Kiew.", {("195", None, "UKR")}),          # a projectile hits
    ("Raketen trafen Kiew.", {("195", None, "UKR")}),
    ("Die Resolution verurteilt Russland scharf.", {("111", None, "RUS")}),  # a document condemns
    ("Die Ukraine griff Russland an.", {("190", "UKR", "RUS")}),             # a name first is the subject
    ("Den Iran griff Israel in der Nacht an.", {("190", "ISR", "IRN")}),
    ("Die Regierung Polens kritisierte Russland.", {("111", "POL", "RUS")}),  # a description of the actor
    ("Am Montag lehnte Russland den Vorschlag der EU ab.", {("120", "RUS", "EUU")}),  # an adverbial first
])
def test_subjects_in_the_first_position_stay(coder, text, expected):
    assert rows(coder, text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act noun in the first position whose support word is the finite verb (was none->DEU, none->POL)
    ("Die Waffen lieferte Deutschland im Mai.", {("072", "DEU", None)}),
    ("Die Panzer lieferte Polen der Ukraine am Montag.", {("072", "POL", "UKR")}),
    ("Die Gespräche mit Russland setzte die Ukraine aus.", {("164", "UKR", "RUS")}),
    # a commented act noun there names its own phrases, no target of the comment (was also 072 RUS->UKR)
    ("Die Waffenlieferungen an die Ukraine kritisierte Russland scharf.", {("111", "RUS", None)}),
    ("Die Lieferung von Waffen an die Ukraine kritisierte Russland scharf.", {("111", "RUS", None)}),
    # unchanged: a projectile noun before a verb that is no support word of its own, and the subject first
    ("Eine Rakete traf am Montag Kiew.", {("195", None, "UKR")}),
    ("Deutschland lieferte die Waffen im Mai.", {("072", "DEU", None)}),
])
def test_act_noun_in_the_first_position(coder, text, expected):
    assert rows(coder, text, "de") == expected
