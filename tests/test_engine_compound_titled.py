"""A compound subject of titled names the actor tables lack is one group (issue #3, session 18): "Kenyan President
William Ruto and Ethiopian Prime Minister Abiy Ahmed", "Der kenianische Präsident William Ruto und der äthiopische
Regierungschef Abiy Ahmed". The unknown name stood between the first title and the joiner, so the two titles stayed
two groups: the second read as the first's object ("... visited Somalia" was 042 KEN->ETH), and a framed meeting
needed a patch (b41eba5, Content._coordinated_parties, now gone). Later, the surname alone names the person even
where the tables list other people of that first name ("Ruto and Abiy agreed ...")."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2024, 3, 1)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)
KEN_ETH_EN = "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed"
KEN_ETH_DE = "Der kenianische Präsident William Ruto und der äthiopische Regierungschef Abiy Ahmed"


def _each(code: str, sources: list[str], target: str | None, modality: str = "asserted") -> set[tuple]:
    return {(code, s, target, False, modality) for s in sources}


def _both(code: str, a: str, b: str, modality: str = "asserted") -> set[tuple]:
    return {(code, a, b, False, modality), (code, b, a, False, modality)}


@pytest.mark.parametrize("text, lang, expected", [
    (f"{KEN_ETH_EN} visited Somalia on Monday.", "en", _each("042", ["KEN", "ETH"], "SOM")),
    (f"{KEN_ETH_EN} accused Eritrea of arming rebels.", "en", _each("112", ["KEN", "ETH"], "ERI")),
    (f"{KEN_ETH_EN} condemned Russia's attack on Ukraine.", "en",
     _each("111", ["KEN", "ETH"], "RUS") | {("190", "RUS", "UKR", False, "asserted")}),
    ("Ghanaian President John Mahama and Nigerian President Bola Tinubu condemned the coup in Niger.", "en",
     _each("111", ["GHA", "NGA"], None)),
    ("Kenyan President William Ruto and Ethiopian troops attacked rebel positions in Somalia.", "en",
     _each("190", ["KEN", "ETH"], "SOM")),
    ("South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi agreed to expand security "
     "cooperation.", "en", _both("0312", "KOR", "JPN", "future")),
    (f"{KEN_ETH_DE} besuchten am Montag Somalia.", "de", _each("042", ["KEN", "ETH"], "SOM")),
    (f"{KEN_ETH_DE} warfen Eritrea vor, Rebellen zu bewaffnen.", "de", _each("112", ["KEN", "ETH"], "ERI")),
    (f"{KEN_ETH_DE} verurteilten den russischen Angriff auf die Ukraine.", "de",
     _each("111", ["KEN", "ETH"], "RUS") | {("190", "RUS", "UKR", False, "asserted")}),
    ("Der ghanaische Präsident John Mahama und der nigerianische Präsident Bola Tinubu verurteilten den Putsch in "
     "Niger.", "de", _each("111", ["GHA", "NGA"], None)),
])
def test_each_member_of_a_titled_compound_acts(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # a framed meeting of a compound subject: the clause's other party is its topic, no partner (was 040 with SDN
    # for the named states as well)
    (f"{KEN_ETH_EN} discussed Sudan during a meeting in Nairobi.", "en"),
    ("Kenya and Ethiopia discussed Sudan during a meeting in Nairobi.", "en"),
    (f"{KEN_ETH_DE} haben bei einem Treffen in Nairobi über den Sudan beraten.", "de"),
    # the meeting verb before the compound, German verb second: the groups stay apart, as before, and still meet
    ("Am Montag trafen der kenianische Präsident William Ruto und der äthiopische Regierungschef Abiy Ahmed in "
     "Nairobi zusammen.", "de"),
])
def test_a_framed_meeting_of_a_compound_is_between_its_members(coder, text, lang):
    assert {r for r in readings(coder, text, lang) if r[0] == "040"} == _both("040", "KEN", "ETH")


@pytest.mark.parametrize("text, expected", [
    # guards: names of two clauses are no compound (a verb before the first title)
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed and Sudanese army chief Abdel Fattah "
     "al-Burhan said the war must end.", _both("040", "KEN", "ETH")),
    ("Kenyan President William Ruto said that Ethiopian Prime Minister Abiy Ahmed and Sudanese army chief Abdel "
     "Fattah al-Burhan would meet in Nairobi.", set()),
])
def test_titled_names_of_two_clauses_stay_apart(coder, text, expected):
    assert {r for r in readings(coder, text, "en") if r[0] == "040"} == expected


@pytest.mark.parametrize("text, code, modality", [
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. Ruto and Abiy "
     "agreed to reopen the border.", "030", "future"),
    ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Monday. Ruto and "
     "Abiy later signed a trade agreement.", "057", "asserted"),
])
def test_the_surname_alone_names_a_titled_person_later(coder, text, code, modality):
    # "William" and "Ahmed" start other people's patterns in the tables: they no longer cut the name short
    assert readings(coder, text, "en", sentence_index=1) == _both(code, "KEN", "ETH", modality)


def test_a_name_introduced_twice_is_no_mention_inside_its_first_introduction(coder):
    # the later "William Ruto" registered the name: the first one's words were read as mentions of their own
    # ("Ruto" KEN, "Abiy" ETH inside the full names), which split the compound again
    text = (f"{KEN_ETH_EN} visited Somalia on Monday. On Tuesday, Kenyan President William Ruto and Ethiopian Prime "
            "Minister Abiy Ahmed flew to Djibouti.")
    assert readings(coder, text, "en", sentence_index=0) == _each("042", ["KEN", "ETH"], "SOM")


def _all_pairs(code: str, codes: list[str]) -> set[tuple]:
    return {(code, a, b, False, "asserted") for a in codes for b in codes if a != b}


@pytest.mark.parametrize("text, lang, expected", [
    # an enumeration of titled names: the names no longer cut the list's commas (KEN was no party)
    ("Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud "
     "met in Nairobi.", "en", _all_pairs("040", ["KEN", "ETH", "SOM"])),
    ("Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud "
     "condemned Eritrea.", "en", _each("111", ["KEN", "ETH", "SOM"], "ERI")),
    ("Der kenianische Präsident William Ruto, der äthiopische Regierungschef Abiy Ahmed und der somalische Präsident "
     "Hassan Sheikh Mohamud trafen sich in Nairobi.", "de", _all_pairs("040", ["KEN", "ETH", "SOM"])),
    ("Der kenianische Präsident William Ruto, der äthiopische Regierungschef Abiy Ahmed und der somalische Präsident "
     "Hassan Sheikh Mohamud verurteilten Eritrea.", "de", _each("111", ["KEN", "ETH", "SOM"], "ERI")),
    # guards: a relative clause after the name is no enumeration
    ("Kenyan President William Ruto, who visited Ethiopia on Monday, condemned Eritrea.", "en",
     _each("111", ["KEN"], "ERI")),
])
def test_an_enumeration_of_titled_names_is_one_group(coder, text, lang, expected):
    assert {r for r in readings(coder, text, lang) if r[0] in ("040", "111")} == expected
