"""Misreadings noticed on the margins of the fourth fresh set (issue #3, noticed16): each with English and German
sentences of our own, and sentences that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize("text, lang, expected", [
    # a defence minister, a defence ministry, an army chief or a chief of staff visiting is a visit: deployed forces
    # are a matter of role (cues deployed_roles), not of the sector MIL (were no row: "troops arriving are no visit")
    ("Der japanische Verteidigungsminister besuchte am Montag Seoul.", "de", {("042", "JPN", "KOR")}),
    ("Der russische Verteidigungsminister besuchte Peking.", "de", {("042", "RUS", "CHN")}),
    ("Der Verteidigungsminister Japans besuchte Peking.", "de", {("042", "JPN", "CHN")}),
    ("Der iranische Armeechef traf in Moskau ein.", "de", {("042", "IRN", "RUS")}),
    ("Der russische Generalstabschef besuchte Peking.", "de", {("042", "RUS", "CHN")}),
    ("Pistorius besuchte am Montag Kiew.", "de", {("042", "DEU", "UKR")}),
    ("The Japanese defense minister visited Seoul.", "en", {("042", "JPN", "KOR")}),
    ("Russia's defence minister arrived in Pyongyang.", "en", {("042", "RUS", "PRK")}),
    ("Iran's army chief arrived in Moscow.", "en", {("042", "IRN", "RUS")}),
    ("The Russian military chief of staff visited Beijing.", "en", {("042", "RUS", "CHN")}),
    ("Pistorius visited Kyiv on Monday.", "en", {("042", "DEU", "UKR")}),
    ("A Russian military delegation visited Pyongyang.", "en", {("042", "RUS", "PRK")}),
    # troops, armies, forces, an armed institution by name and warships arriving stay no visit
    ("Russische Truppen trafen in Belarus ein.", "de", set()),
    ("Die russische Armee traf in Belarus ein.", "de", set()),
    ("Die Bundeswehr traf in Litauen ein.", "de", set()),
    ("Chinesische Kriegsschiffe trafen in Kambodscha ein.", "de", set()),
    ("Russian troops arrived in Belarus.", "en", set()),
    ("Russian forces arrived in Belarus.", "en", set()),
    ("The PLA arrived in Cambodia.", "en", set()),
    ("Chinese warships arrived in Cambodia.", "en", set()),
])
def test_a_defence_minister_is_no_troops(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # sanctions a critic condemns are sanctions someone imposed before: "new" only describes them (cues
    # sanction_describing_words), so the mention's stance is oppose and no 163 is coded (was stance impose and a
    # 163 of the imposer with no target beside the 111)
    ("Iran condemned the new EU sanctions.", "en", {("111", "IRN", "EUU")}),
    ("Iran branded the new US sanctions illegal.", "en", {("111", "IRN", "USA")}),
    ("China denounced the new British sanctions on Monday.", "en", {("111", "CHN", "GBR")}),
    ("Iran verurteilte die neuen EU-Sanktionen.", "de", {("111", "IRN", "EUU")}),
    ("Russland bezeichnete die neuen Sanktionen der USA als illegal.", "de", {("111", "RUS", "USA")}),
    ("China kritisierte am Montag die neuen britischen Sanktionen scharf.", "de", {("111", "CHN", "GBR")}),
    # imposing them stays an imposition
    ("The EU imposed new sanctions on Iran.", "en", {("163", "EUU", "IRN")}),
    ("Washington announced new sanctions on Moscow.", "en", {("163", "USA", "RUS")}),
    ("Die EU verhängte neue Sanktionen gegen Iran.", "de", {("163", "EUU", "IRN")}),
])
def test_new_sanctions_a_critic_condemns_are_no_imposition(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, imposer", [
    ("Iran condemned the new EU sanctions.", "en", "EUU"),
    ("Iran verurteilte die neuen EU-Sanktionen.", "de", "EUU"),
])
def test_condemned_new_sanctions_are_opposed(coder, text, lang, imposer):
    mentions = coder.extract(text, lang, PUB).sanctions
    assert [(m.stance, m.imposer_actor) for m in mentions] == [("oppose", imposer)]


@pytest.mark.parametrize("text, lang, expected", [
    # "das Feuer eröffnen" with a date or place between the verb and "das Feuer" is shooting, as with none (rows
    # de:190:eroeffnete-feuer, de:190:eroeffnet-feuer with the support family gunfire; were no row), and as English
    # "opened fire on Monday on" was
    ("Angreifer eröffneten am Montag das Feuer auf einen UN-Konvoi.", "de", {("190", None, "UNO")}),
    ("Israelische Soldaten eröffneten am Dienstag in Gaza das Feuer auf Demonstranten.", "de",
     {("190", "ISR", "PSE")}),
    ("Nordkoreanische Soldaten haben am Montag das Feuer auf südkoreanische Grenzposten eröffnet.", "de",
     {("190", "PRK", "KOR")}),
    ("Angreifer eröffneten das Feuer auf einen UN-Konvoi.", "de", {("190", None, "UNO")}),
    ("Attackers opened fire on Monday on a UN convoy.", "en", {("190", None, "UNO")}),
    ("North Korean soldiers on Monday opened fire at South Korean border posts.", "en", {("190", "PRK", "KOR")}),
    # opening something else is no shooting
    ("Russland eröffnete am Montag in Moskau eine Konferenz über Feuer.", "de", set()),
    ("Kanzler Scholz eröffnete am Montag in Berlin die Messe.", "de", set()),
])
def test_opening_fire_with_a_date_between(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a bare office noun refers back to the defence minister named before (British "defence minister" is the
    # defence office now, was the generic "minister" with no state: 111 with no source)
    ("Japan's defence minister visited Seoul on Monday. The minister criticised North Korea.", "en"),
    ("The Japanese defence minister visited Seoul on Monday. The minister criticised North Korea.", "en"),
    ("Der japanische Verteidigungsminister besuchte am Montag Seoul. Der Minister kritisierte Nordkorea.", "de"),
])
def test_the_minister_is_the_defence_minister_named_before(coder, text, lang):
    assert rows(coder, text, lang, cameo_code="111") == {("111", "JPN", "PRK")}


@pytest.mark.parametrize("text, lang, expected", [
    # a German predicate coordinated after a commenting verb ("und versetzte seine Streitkräfte ...") has its own act
    # noun: not the object of the commenting verb (Content._german_predicate_between; was no 152), as in English
    ("Japan verurteilte die Übungen und versetzte seine Streitkräfte in erhöhte Alarmbereitschaft.", "de",
     {("111", "JPN", None), ("152", "JPN", None)}),
    ("Südkorea kritisierte den Test und versetzte seine Armee in Alarmbereitschaft.", "de",
     {("111", "KOR", None), ("152", "KOR", None)}),
    ("Japan condemned the drills and put its forces on high alert.", "en", {("111", "JPN", None), ("152", "JPN", None)}),
    # nouns coordinated under the commenting verb stay commented on
    ("Großbritannien kritisierte China für die Festnahme und Verurteilung eines australischen Journalisten.", "de",
     {("111", "GBR", "CHN")}),
    ("Polen verurteilte den Angriff und die Drohungen Russlands.", "de", {("111", "POL", "RUS")}),
])
def test_a_german_predicate_after_a_commenting_verb_acts(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a verb coordinated behind what a speaker says continues the speaker when the content names the speaker by a
    # pronoun ("said it had ... and urged") or, in German, names nobody (", und forderte ... auf"): 020 of the
    # speaker (was no row, "no source actor", and the infinitive's release coded as an act of the addressee)
    ("China said it had accepted the apology and urged London to release the sailors.", "en",
     {("020", "CHN", "GBR")}),
    ("Russia said it had signed the treaty and urged Ukraine to stop the attacks.", "en", {("020", "RUS", "UKR")}),
    ("China erklärte, es habe die Entschuldigung akzeptiert, und forderte London auf, die Seeleute freizulassen.",
     "de", {("020", "CHN", "GBR")}),
    ("Die EU erklärte, die Lage sei ernst, und forderte Russland auf, die Truppen abzuziehen.", "de",
     {("020", "EUU", "RUS")}),
    # without reported speech the coordinated verb had its subject already
    ("China accepted the apology and urged London to release the sailors.", "en", {("020", "CHN", "GBR")}),
])
def test_a_coordinated_act_in_reported_speech_keeps_its_speaker(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
