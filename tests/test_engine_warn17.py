"""Warnings and appeals by an unnamed subject, what a warning is against, and a framed visit inside a saying (issue
#3, helper warn17): English and German sentences of our own, each with sentences that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2024, 3, 6)   # a Wednesday, while Baerbock was Germany's foreign minister
# every row, statements included, with its negation and modality
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS, statements=True)
# the rows of acts only (no statement rows)
acts = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def _asserted(code: str, source: str | None, target: str | None, negated: bool = False) -> tuple:
    return (code, source, target, negated, "asserted")


@pytest.mark.parametrize("text, lang, expected", [
    # the clause's subject names no actor: the one warned or told is no speaker (were 012 CHN->RUS, 012 IND->RUS,
    # 012 IRN->ISR, 012 CHN->none and 010 IRN->none)
    ("Die Ministerin hat China vor Waffenlieferungen an Russland gewarnt.", "de", set()),
    ("Der Minister hat Indien bei einem Besuch in Neu-Delhi vor Geschäften mit Russland gewarnt.", "de", set()),
    ("Am Dienstag hat die Sprecherin Iran vor einem Angriff auf Israel gewarnt.", "de", set()),
    ("During a visit to Beijing, the minister warned China against supplying Russia.", "en", set()),
    ("On Tuesday, the minister told Iran that it must release the detained sailors.", "en", set()),
    # ... and the object of a perfect after an adverbial is no source of a directed act either (was 111 IRN->none)
    ("Am Dienstag hat die Sprecherin Iran kritisiert.", "de", {_asserted("111", None, "IRN")}),
    # guards: an office named before speaks through its description; a named subject speaks; a titled official of
    # the sentence's one state; an office by its seat
    ("Außenministerin Baerbock reiste nach Peking. Die Ministerin hat China vor Waffenlieferungen an Russland "
     "gewarnt.", "de", {_asserted("042", "DEU", "CHN"), _asserted("012", "DEU", "CHN")}),
    ("Germany's foreign minister visited Beijing. On Tuesday, the minister warned China against arms deliveries to "
     "Russia.", "en", {_asserted("042", "DEU", "CHN"), _asserted("012", "DEU", "CHN")}),
    ("Am Dienstag hat Deutschland Iran kritisiert.", "de", {_asserted("111", "DEU", "IRN")}),
    ("Präsident Dos Santos hat gesagt, Angola werde wachsen.", "de", {_asserted("010", "AGO", None)}),
    ("A foreign ministry spokeswoman said in Beijing that the US must stop its patrols.", "en",
     {_asserted("010", "CHN", "USA"), _asserted("100", "CHN", "USA")}),
])
def test_unnamed_subject_object_is_no_speaker(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # what a warning is against or of has not happened: no row (were 190 RUS->UKR, 072 CHN->RUS negated, 072 USA->RUS
    # negated), in the German bracket ("hat ... vor X gewarnt") as behind the English verb ("warned of X")
    ("Biden hat vor einem russischen Angriff auf die Ukraine gewarnt.", "de", set()),
    ("Biden warned of a possible Russian attack on Ukraine.", "en", set()),
    ("The US government warned on Wednesday of a Chinese attack on Taiwan.", "en", set()),
    ("The US warned China not to supply weapons to Russia.", "en", set()),
    ("Biden warnte China, keine Waffen an Russland zu liefern.", "de", set()),
    ("Biden hat China gewarnt, Russland keine Waffen zu liefern.", "de", set()),
    # guards: an act inside another noun phrase of the warning happened; a content clause keeps its intent
    ("Biden warned of the consequences of the Russian attack on Ukraine.", "en", {_asserted("190", "RUS", "UKR")}),
    ("Biden hat vor den Folgen des russischen Angriffs auf die Ukraine gewarnt.", "de",
     {_asserted("190", "RUS", "UKR")}),
    ("Biden warned that Russia plans to attack Ukraine.", "en", {_asserted("138", "RUS", "UKR")}),
    ("Biden warnte, dass Russland plane, die Ukraine anzugreifen.", "de", {_asserted("138", "RUS", "UKR")}),
    ("Russia attacked Ukraine, and Biden warned of more attacks.", "en", {_asserted("190", "RUS", "UKR")}),
])
def test_what_a_warning_is_against_has_not_happened(coder, text, lang, expected):
    assert acts(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an appeal not to act was made (was negated) and what it asks is no act, also when nobody named appeals (were
    # 072 CHN->RUS negated rows); German "aufgefordert" is the appeal in the perfect (was no row, and the content
    # 072 USA->RUS)
    ("Biden urged China not to supply weapons to Russia.", "en", {_asserted("020", "USA", "CHN")}),
    ("The minister urged China not to supply weapons to Russia.", "en", {_asserted("020", None, "CHN")}),
    ("Die Ministerin forderte China auf, keine Waffen an Russland zu liefern.", "de", {_asserted("020", None, "CHN")}),
    ("Biden hat China aufgefordert, keine Waffen an Russland zu liefern.", "de", {_asserted("020", "USA", "CHN")}),
    # German "mahnte", "gemahnt" are appeals as English "urged" (were no row, and the content 072 CHN->RUS negated)
    ("Der Minister mahnte China, keine Waffen an Russland zu liefern.", "de", {_asserted("020", None, "CHN")}),
    ("Die USA mahnten Israel, die Angriffe auf Gaza einzustellen.", "de", {_asserted("020", "USA", "ISR")}),
    ("Russland hat Kiew gemahnt, die Angriffe einzustellen.", "de", {_asserted("020", "RUS", "UKR")}),
    ("Deutschland mahnte Serbien zur Zurückhaltung.", "de", {_asserted("020", "DEU", "SRB")}),
    ("The US urged Israel to halt the attacks on Gaza.", "en", {_asserted("020", "USA", "ISR")}),
    # guards: an appeal that was not made; an order to leave the country stays an expulsion
    ("Biden did not urge China to supply weapons.", "en", {_asserted("020", "USA", "CHN", negated=True)}),
    ("Deutschland hat den russischen Botschafter aufgefordert, das Land zu verlassen.", "de",
     {_asserted("166", "DEU", "RUS")}),
])
def test_appeal_not_to_act(coder, text, lang, expected):
    assert acts(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a framed visit inside the bracket of a saying is the speaker's (was 042 CHN->RUS from what was said)
    ("Außenministerin Baerbock hat China am Dienstag bei einem Besuch in Peking vor Waffenlieferungen an Russland "
     "gewarnt.", "de", {_asserted("012", "DEU", "CHN"), _asserted("042", "DEU", "CHN")}),
    ("During a visit to Beijing, the German minister warned China against supplying Russia.", "en",
     {_asserted("012", "DEU", "CHN"), _asserted("042", "DEU", "CHN")}),
    ("Außenministerin Baerbock hat China bei einem Besuch in Peking kritisiert.", "de",
     {_asserted("042", "DEU", "CHN"), _asserted("111", "DEU", "CHN")}),
])
def test_framed_visit_inside_a_saying(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected
