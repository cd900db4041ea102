"""A call or meeting with its partner behind a frame word in the middle of the clause took place and is the clause
subject's (issue #3, german19): "Putin hat nach einem Telefonat mit Trump eine Waffenruhe abgelehnt" had no 041 (the
call read as an earlier event of someone else, "following the invasion of X") and 120 RUS->USA (the call's partner
taken as the rejection's target); now 041 RUS<->USA and 120 RUS->none. The partner of such a frame is no party of the
clause's act, an intent of the clause does not make the call an intent ("hat nach einem Telefonat mit Selenskyj der
Ukraine ... zugesagt"), and a one-sided verb of the clause leaves the call both parties' ("Putin rejected a full
ceasefire after a phone call with Trump"). English: a hyphenated adjective between the article and the phrase keeps
it a noun ("after a two-hour phone call with Trump")."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Putin hat nach einem Telefonat mit Trump eine Waffenruhe abgelehnt.",
     {("041", "RUS", "USA"), ("041", "USA", "RUS"), ("120", "RUS", None)}),
    ("de", "Kremlchef Wladimir Putin hat nach einem zweistündigen Telefonat mit US-Präsident Donald Trump zugestimmt.",
     {("041", "RUS", "USA"), ("041", "USA", "RUS")}),
    ("de", "Selenskyj hat nach einem Treffen mit Macron neue Waffenlieferungen angekündigt.",
     {("040", "UKR", "FRA"), ("040", "FRA", "UKR"), ("0332", "UKR", None)}),
    ("de", "Biden hat Xi nach einem Telefonat mit Putin vor Waffenlieferungen gewarnt.",
     {("041", "USA", "RUS"), ("041", "RUS", "USA")}),
    ("de", "Bundeskanzler Friedrich Merz hat nach einem Telefonat mit Präsident Selenskyj der Ukraine weitere "
     "Luftabwehrsysteme zugesagt.", {("041", "DEU", "UKR"), ("041", "UKR", "DEU"), ("0332", "DEU", "UKR")}),
    ("en", "Putin rejected a full ceasefire after a phone call with Trump.",
     {("041", "RUS", "USA"), ("041", "USA", "RUS"), ("120", "RUS", None)}),
    ("en", "After a two-hour phone call with Trump, Putin agreed to a pause.",
     {("041", "RUS", "USA"), ("041", "USA", "RUS"), ("030", "RUS", None)}),
])
def test_framed_call_in_the_clause(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nach einem Telefonat mit Trump hat Putin eine Waffenruhe abgelehnt.",
     {("041", "RUS", "USA"), ("041", "USA", "RUS"), ("120", "RUS", None)}),
    ("de", "Putin hat nach dem Angriff auf Kiew mit Trump telefoniert.", {("041", "RUS", "USA"), ("041", "USA", "RUS")}),
    ("de", "Scholz hat vor einem Treffen mit Xi die chinesische Politik kritisiert.", {("111", "DEU", "CHN")}),
    ("en", "The EU offered talks following the invasion of Ukraine by Russia.", set()),
])
def test_other_frames_keep_their_reading(coder, lang, text, expected):
    assert {row for row in rows(coder, text, lang) if row[0][:2] in ("04", "12", "11")} == expected
