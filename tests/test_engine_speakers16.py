"""Speakers and dates of closing attributions (issue #3, speakers16, fourth fresh-passage set): an office named by
its description alone speaks for the capital its clause names, "hieß es weiter" continues the speaker before it, a
closing "told parliament on Tuesday" reports what precedes it, and a closing attribution takes the date of a
subordinate clause of what it reports. English and German sentences of our own, and sentences
that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows_with_statements

PUB = date(2026, 3, 12)   # a Thursday: Monday is 9 March, Tuesday 10 March
rows = functools.partial(coded_rows_with_statements, published=PUB)


def statements(coder, text, lang, **fields):
    """(code, source, target) of the 010 rows."""
    return {row[:3] for row in rows(coder, text, lang, **fields) if row[0] == "010"}


@pytest.mark.parametrize("text, lang, expected", [
    # a description of an office or institution with a capital behind "in" in its clause: the capital's state
    # speaks (was no statement: the description names no actor)
    ("The talks will resume next week, a foreign ministry spokeswoman said in Ankara on Monday.", "en",
     {("010", "TUR", None)}),
    ("Turkey will not send troops to Syria, a spokesman for the defence ministry in Ankara said.", "en",
     {("010", "TUR", "SYR")}),
    ("Die Gespräche würden nächste Woche fortgesetzt, sagte eine Sprecherin des Außenministeriums am Montag in "
     "Ankara.", "de", {("010", "TUR", None)}),
    ("Die Türkei werde keine Truppen nach Syrien schicken, teilte das Verteidigungsministerium in Ankara mit.", "de",
     {("010", "TUR", "SYR")}),
    # an embassy is a mission abroad, and a city that is no capital names no seat
    ("The situation is calm, a spokesman for the embassy in Kabul said.", "en", set()),
    ("The situation is calm, a spokesman said in Geneva on Monday.", "en", set()),
    ("Die Lage sei ruhig, sagte ein Sprecher der Botschaft in Kabul.", "de", set()),
    ("Die Lage sei ruhig, sagte ein Sprecher am Montag in Genf.", "de", set()),
])
def test_an_office_speaks_for_the_capital_of_its_attribution(coder, text, lang, expected):
    assert statements(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "hieß es weiter" continues the latest statement's speaker (was no row: no speaker)
    ("Zwei Journalisten sind im Süden des Libanon festgenommen worden, teilte das Auswärtige Amt am Montag mit. Man "
     "stehe in engem Kontakt mit den Behörden, hieß es weiter.", "de", {("010", "DEU", "LBN"), ("010", "DEU", None)}),
    ("Die Lage im Süden des Libanon sei weiterhin angespannt, teilte das Auswärtige Amt am Montag mit. Man rate von "
     "Reisen in die Region ab, heißt es weiter.", "de", {("010", "DEU", "LBN"), ("010", "DEU", None)}),
    # no statement before it: no speaker
    ("Man stehe in engem Kontakt mit den Behörden, hieß es weiter.", "de", set()),
])
def test_hiess_es_weiter_continues_the_speaker_before(coder, text, lang, expected):
    assert statements(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a closing "told parliament on Tuesday": what was said precedes (was "parliament on Tuesday", no target, and the
    # demand not read)
    ("Serbia must withdraw its troops from the border, the Albanian prime minister told parliament on Tuesday.", "en",
     {("010", "ALB", "SRB"), ("106", "ALB", "SRB")}),
    ("If Hungary blocks the aid package, Poland will veto the budget, the Polish prime minister told parliament on "
     "Tuesday.", "en", {("010", "POL", "HUN")}),
    # German reads the verb-first attribution so already
    ("Serbien müsse seine Truppen von der Grenze abziehen, sagte der albanische Ministerpräsident am Dienstag vor dem "
     "Parlament.", "de", {("010", "ALB", "SRB"), ("106", "ALB", "SRB")}),
    # content behind the verb stays content
    ("The Albanian prime minister told parliament on Tuesday that Serbia must withdraw its troops.", "en",
     {("010", "ALB", "SRB"), ("106", "ALB", "SRB")}),
])
def test_a_closing_told_reports_what_precedes(coder, text, lang, expected):
    assert {row[:3] for row in rows(coder, text, lang) if row[0] in ("010", "106")} == expected


@pytest.mark.parametrize("text, lang, day", [
    # no date in the main clause before a closing attribution: the date of a subordinate clause of what it reports
    # (the sentence's date expression) dates the saying (was the publication day)
    ("Three Ukrainian soldiers were killed when their truck hit a mine near Bakhmut on Tuesday, Ukraine's army said.",
     "en", date(2026, 3, 10)),
    ("Two Polish soldiers were killed and three wounded when their patrol came under mortar fire near the village of "
     "Usnarz on Monday, Poland's defence ministry said.", "en", date(2026, 3, 9)),
    ("Drei ukrainische Soldaten wurden getötet, als ihr Fahrzeug am Dienstag auf eine Mine fuhr, teilte die "
     "ukrainische Armee mit.", "de", date(2026, 3, 10)),
    # a future or possible clause does not date the saying
    ("Poland will close the border if Belarus sends migrants on Friday, the Polish government said.", "en",
     date(2026, 3, 12)),
])
def test_a_closing_attribution_takes_the_date_of_a_subordinate_clause(coder, text, lang, day):
    assert statements(coder, text, lang, event_date=day)


@pytest.mark.parametrize("text, lang, expected", [
    # an office of "the country"/"the bloc" ("des Landes") in a closing attribution is the main clause subject's, as
    # "its foreign minister" is (was no statement)
    ("Japan will send more aid to Afghanistan, the country's foreign minister said on Monday.", "en",
     {("010", "JPN", "AFG")}),
    ("Japan pledged more food aid to Afghanistan, the country's embassy in Kabul said.", "en", {("010", "JPN", "AFG")}),
    ("Japan werde Afghanistan weitere Hilfe leisten, sagte der Außenminister des Landes am Montag.", "de",
     {("010", "JPN", "AFG")}),
    ("Japan werde Afghanistan weitere Hilfe leisten, teilte die Botschaft des Landes in Kabul mit.", "de",
     {("010", "JPN", "AFG")}),
    # no office named behind the reference: no speaker
    ("Japan will send more aid to Afghanistan, the country's farmers said.", "en", set()),
])
def test_an_office_of_the_country_speaks_for_the_main_clause_subject(coder, text, lang, expected):
    assert statements(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, day", [
    # the clause after "a day after" / "einen Tag nachdem" happened that many days before the main clause's date (was
    # that date or the publication day)
    ("Poland imposed new sanctions on Russia on Tuesday, a day after Russia attacked Kyiv.", "en", date(2026, 3, 9)),
    ("Poland imposed new sanctions on Russia on Tuesday, two days after Russia attacked Kyiv.", "en",
     date(2026, 3, 8)),
    ("Polen verhängte am Dienstag neue Sanktionen gegen Russland, einen Tag nachdem Russland Kiew angegriffen hatte.",
     "de", date(2026, 3, 9)),
    # no date in the main clause: the day before publication
    ("The sanctions came a day after Russia attacked Kyiv.", "en", date(2026, 3, 11)),
    # a main clause dated by its month only gives no day: the month stays
    ("Poland imposed new sanctions on Russia in March, a day after Russia attacked Kyiv.", "en", date(2026, 3, 1)),
])
def test_a_clause_a_day_after_is_dated_back_from_the_main_clause(coder, text, lang, day):
    assert {row[:3] for row in rows(coder, text, lang, event_date=day) if row[0] == "190"} == {("190", "RUS", "UKR")}


@pytest.mark.parametrize("text, lang, expected", [
    # police or prosecutors closing a sentence whose subject is police or prosecutors of a named state speak for it
    # (was no statement); a trailing noun phrase after the attribution is no content of it
    ("Police in France detained two Russian citizens, prosecutors said.", "en", {("010", "FRA", "RUS")}),
    ("Police in Germany arrested a Chinese national, federal prosecutors said on Wednesday, the third such case this "
     "year.", "en", {("010", "DEU", "CHN")}),
    ("Die Polizei in Hamburg nahm einen chinesischen Staatsbürger fest, teilte die Bundesanwaltschaft am Mittwoch mit.",
     "de", {("010", "DEU", "CHN")}),
    # whose police is unclear after a state's act
    ("Russia attacked Kyiv, police said.", "en", set()),
    ("Russland griff Kiew an, teilte die Polizei mit.", "de", set()),
])
def test_police_or_prosecutors_closing_a_sentence_on_police_of_a_state(coder, text, lang, expected):
    assert statements(coder, text, lang) == expected
