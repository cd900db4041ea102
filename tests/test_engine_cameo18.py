"""CAMEO coverage in realistic wire phrasing (issue #3, session 18, helper cameo18): common agency phrasings of roots
02-20 that had no row or a wrong one, each fixed as a phrasing (lexicon rows and support families), with sentences
where the new row must not fire. Both languages; every sentence is the team's own."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2026, 11, 30)
rows = functools.partial(coded_rows, published=PUB)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def _both(code: str, a: str, b: str, modality: str = "asserted") -> set[tuple]:
    return {(code, a, b, False, modality), (code, b, a, False, modality)}


@pytest.mark.parametrize("text, lang, expected", [
    # 15: military aircraft or ships sent toward a state are a show of force (150), not a delivery (072)
    ("China sent 45 warplanes toward Taiwan on Monday.", "en", {("150", "CHN", "TWN")}),
    ("Russia flew two strategic bombers towards Japan on Thursday.", "en", {("150", "RUS", "JPN")}),
    ("Chinese military aircraft entered Taiwan's air defence identification zone on Friday.", "en",
     {("150", "CHN", "TWN")}),
    ("China schickte 45 Kampfflugzeuge in Richtung Taiwan.", "de", {("150", "CHN", "TWN")}),
    # ... troops moved to a border are a build-up (154), troops sent to a state stay military aid (072)
    ("Serbia deployed troops to the border with Kosovo.", "en", {("154", "SRB", "XKX")}),
    ("Venezuela sent troops to the disputed border with Guyana.", "en", {("154", "VEN", "GUY")}),
    ("Venezuela schickte Truppen an die umstrittene Grenze zu Guyana.", "de", {("154", "VEN", "GUY")}),
    ("Russland zog Truppen an der Grenze zur Ukraine zusammen.", "de", {("154", "RUS", "UKR")}),
    ("Die Türkei zog am Mittwoch Truppen an der Grenze zu Syrien zusammen.", "de", {("154", "TUR", "SYR")}),
    # ... "on high alert" with its preposition: the troops before it are no act noun the alert would be the object of
    ("Taiwan put its troops on high alert.", "en", {("152", "TWN", None)}),
    ("Pakistan placed its troops on full alert on Sunday.", "en", {("152", "PAK", None)}),
    # ... a weapons test is a show of force, no missile attack
    ("North Korea test-fired a ballistic missile into the sea.", "en", {("150", "PRK", None)}),
    # 09: "probe" as verb and noun
    ("The United Nations will probe the killing of aid workers in Gaza.", "en", {("090", "UNO", "PSE")}),
    ("Polish prosecutors opened a probe into Russian sabotage.", "en", {("090", "POL", "RUS")}),
    ("Die Vereinten Nationen wollen den Tod der Helfer in Gaza untersuchen.", "de", {("090", "UNO", "PSE")}),
    # 18: hijacking and hostage-taking (181)
    ("Houthi rebels hijacked a cargo ship off Yemen.", "en", {("181", "YEM", "YEM")}),
    ("Hamas fighters took more than 200 Israelis hostage on October 7.", "en", {("181", "PSE", "ISR")}),
    ("An American aid worker was taken hostage by Hamas in October.", "en", {("181", "PSE", "USA")}),
    # 07: air defence named by its system, military assistance, an announced sum
    ("Germany sent Patriot systems to Ukraine.", "en", {("072", "DEU", "UKR")}),
    ("Deutschland lieferte weitere Patriot-Systeme an die Ukraine.", "de", {("072", "DEU", "UKR")}),
    # (an announced sum is pledged: the intent 033x, future, as tests/test_engine_announced_aid.py)
    ("The United States announced $300 million in military assistance for Ukraine.", "en", {("0332", "USA", "UKR")}),
    ("Das Welternährungsprogramm brachte Hilfsgüter in den Gazastreifen.", "de", {("073", "UNO", "PSE")}),
    # 08: hostages handed over are released (084)
    ("Hamas handed over 13 Israeli hostages to the Red Cross.", "en", {("084", "PSE", "ISR")}),
    ("Die Hamas übergab 13 israelische Geiseln an das Rote Kreuz.", "de", {("084", "PSE", "ISR")}),
    # 11: an official complaint with an adjective
    ("India lodged a strong protest with Pakistan over the shelling.", "en", {("114", "IND", "PAK")}),
    # 06: joint patrols are military cooperation
    ("China and Russia conducted joint air patrols over the Sea of Japan.", "en",
     {("062", "CHN", "RUS"), ("062", "RUS", "CHN")}),
    # 02: "pressed X to" is an appeal
    ("Washington pressed Beijing to rein in North Korea.", "en", {("020", "USA", "CHN")}),
    # 16: suspended cooperation reduces relations (160)
    ("Israel suspended cooperation with the UN agency.", "en", {("160", "ISR", "UNO")}),
    # 05: relations taken up again (050)
    ("Saudi-Arabien und der Iran nahmen wieder diplomatische Beziehungen auf.", "de",
     {("050", "SAU", "IRN"), ("050", "IRN", "SAU")}),
    # 20: chemical weapons
    ("Syrian government forces gassed civilians in the rebel-held suburb.", "en", {("2041", "SYR", None)}),
    ("Die syrische Regierung setzte Chemiewaffen gegen Zivilisten ein.", "de", {("2041", "SYR", "SYR")}),
    # 11 (legal action): a separable indictment verb
    ("Die Bundesanwaltschaft klagte drei Männer wegen Spionage für China an.", "de", {("115", "DEU", None)}),
])
def test_common_wire_phrasing_has_its_row(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # aircraft delivered or received, not sent toward anyone: aid or nothing, no show of force
    ("The United States sold 40 fighter jets to Poland.", "en", {("072", "USA", "POL")}),
    ("Ukraine received warplanes from the Netherlands.", "en", set()),
    ("Die USA verkauften 40 Kampfflugzeuge an Polen.", "de", {("072", "USA", "POL")}),
    ("Russian warplanes bombed rebel positions near Idlib.", "en", {("195", "RUS", "SYR")}),
    # troops sent to a state stay military aid; troops stationed at a border that fire are the attack only
    ("Germany sent troops to Lithuania.", "en", {("072", "DEU", "LTU")}),
    ("Russische Truppen an der Grenze beschossen ukrainische Dörfer.", "de", {("194", "RUS", "UKR")}),
    # a space probe is no inquiry; "pressed ahead" appeals to nobody
    ("NASA launched a space probe toward Mars.", "en", set()),
    ("The government pressed ahead with its plans.", "en", set()),
    # other things handed over are a delivery; hostages held or released by another word keep their rows
    ("Britain handed over weapons to the Ukrainian army.", "en", {("072", "GBR", "UKR")}),
    ("Die Bundesregierung übergab Waffen an die Ukraine.", "de", {("072", "DEU", "UKR")}),
    ("Qatar secured the release of four hostages.", "en", {("084", "QAT", None)}),
    # a background hostage-taking in a relative clause, "took" without a hostage
    ("Fijian rebels said they would free the ministers, whom they had taken hostage in May.", "en",
     {("0353", "FJI", None)}),
    ("The talks took place in Doha.", "en", set()),
    # cooperation deepened is no reduction; an announcement without a sum delivers nothing
    ("Israel and the United States agreed to deepen cooperation.", "en",
     {("030", "ISR", "USA"), ("030", "USA", "ISR")}),
    ("Russland brach die diplomatischen Beziehungen zu Georgien ab.", "de", {("161", "RUS", "GEO")}),
    ("Die Beziehungen zwischen Berlin und Peking gelten als angespannt.", "de", set()),
    ("Die Polizei nahm drei Verdächtige fest.", "de", set()),
    ("Die Regierung zog am Montag ihre Bilanz zusammen.", "de", set()),
])
def test_hazards_keep_their_reading(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


def test_cut_military_assistance_is_a_halt_of_military_aid(coder):
    """The phrase "military assistance" has a halt reading beside the delivery (en:1622:military-aid-halted)."""
    assert rows(coder, "The Pentagon announced that it would cut military assistance to Egypt.", "en") == \
        {("1622", "USA", "EGY")}


def test_probe_and_handover_keep_their_modality(coder):
    assert readings(coder, "The United Nations will probe the killing of aid workers in Gaza.", "en") == \
        {("090", "UNO", "PSE", False, "future")}
    assert readings(coder, "Hamas handed over 13 Israeli hostages to the Red Cross.", "en") == \
        {("084", "PSE", "ISR", False, "asserted")}


@pytest.mark.parametrize("text, lang, expected", [
    # a planned act: "is set to" and "willingness" are future cues like "is expected to" and "readiness"
    ("Chinese President Xi Jinping is set to visit Paris next month.", "en", {("036", "CHN", "FRA", False, "future")}),
    ("Germany is set to send more tanks to Ukraine.", "en", {("0332", "DEU", "UKR", False, "future")}),
    ("Russia signalled willingness to resume talks with Ukraine.", "en", {("036", "RUS", "UKR", False, "future")}),
    # killings named by their manner are killings (190), as "killed"
    ("Israeli troops shot dead a Palestinian man in the West Bank.", "en", {("190", "ISR", "PSE", False, "asserted")}),
    ("A Palestinian man was shot dead by Israeli troops in the West Bank.", "en",
     {("190", "ISR", "PSE", False, "asserted")}),
    ("Israelische Soldaten erschossen einen Palästinenser im Westjordanland.", "de",
     {("190", "ISR", "PSE", False, "asserted")}),
    # mass killing named by its verb or as genocide committed (202)
    ("Government troops massacred dozens of villagers in central Mali.", "en", {("202", None, "MLI", False, "asserted")}),
    ("Regierungstruppen massakrierten Dutzende Dorfbewohner in Mali.", "de", {("202", None, "MLI", False, "asserted")}),
    ("Die Armee Myanmars beging einen Völkermord an den Rohingya.", "de", {("202", "MMR", None, False, "asserted")}),
    # endorsement: "backed X's plan", solidarity expressed
    ("France backed Germany's plan for a European air shield.", "en", {("051", "FRA", "DEU", False, "asserted")}),
    ("Poland expressed solidarity with Lithuania over the border incident.", "en",
     {("051", "POL", "LTU", False, "asserted")}),
    ("Polen bekundete seine Solidarität mit Litauen.", "de", {("051", "POL", "LTU", False, "asserted")}),
    # a withdrawal "out of" a state, not troops sent there
    ("Ethiopia pulled its troops out of Somalia.", "en", {("0874", "ETH", "SOM", False, "asserted")}),
    # prisoners returned are released (084)
    ("Azerbaijan returned 32 Armenian prisoners of war.", "en", {("084", "AZE", "ARM", False, "asserted")}),
    ("Aserbaidschan gab 32 armenische Kriegsgefangene zurück.", "de", {("084", "AZE", "ARM", False, "asserted")}),
    # drills named by their kind are a show of force
    ("Russia held nuclear drills near the border with Ukraine.", "en", {("150", "RUS", "UKR", False, "asserted")}),
    ("China launched live-fire drills near Taiwan.", "en", {("150", "CHN", "TWN", False, "asserted")}),
    # an appeal for aid without an addressee
    ("Lebanon sought international assistance after the port explosion.", "en",
     {("023", "LBN", None, False, "asserted")}),
])
def test_more_wire_phrasing(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Iranian-backed militias attacked US troops in Syria.", "en"),
    ("Russia backed down after the talks.", "en"),
    ("The Ukrainian delegation returned to Kyiv on Monday.", "en"),
    ("Residents held earthquake drills in Tokyo.", "en"),
    ("Die Delegation gab am Montag ihre Pässe zurück.", "de"),
])
def test_more_hazards_get_no_new_row(coder, text, lang):
    codes = {row[0] for row in rows(coder, text, lang)}
    assert not codes & {"051", "084", "150"}


@pytest.mark.parametrize("text, expected", [
    # a day between the object and "to" keeps the appeal ("pressed X on Tuesday to ...")
    ("Washington pressed Beijing on Tuesday to rein in North Korea.", {("020", "USA", "CHN")}),
    ("Germany asked Russia on Monday to withdraw its troops.", {("020", "DEU", "RUS")}),
    # no infinitive behind the day: no appeal
    ("Germany asked Russia on Monday about the missile test.", set()),
])
def test_a_day_between_the_object_and_its_infinitive(coder, text, expected):
    assert rows(coder, text, "en") == expected

