"""A group reference in what was said ("the two countries", "both sides", "die beiden Länder", cues group_references)
stands for the pair named before it: the statement's target is the first foreign actor of that pair ("Pashinyan said the
two countries would open talks" after "Armenia and Azerbaijan signed ..." is 010 ARM->AZE, was ARM->none). Not the
speaker's own pair ("Our two countries ...": the speaker's "we"), nor the object of the speaker's own act beside the
saying ("said it was monitoring the situation and urged both sides to ..."). English "open/begin/start/launch talks"
is a meeting (support family meeting) as "hold talks" is. Rules: Statements._with_group_references."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2026, 11, 25)
rows = functools.partial(coded_rows, published=PUB, statements=True)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Armenia and Georgia signed a trade agreement on Monday, and the Georgian prime minister said the two "
           "countries would hold talks on energy.", ("010", "GEO", "ARM")),
    ("en", "Egypt and Ethiopia held talks in Cairo on Tuesday. Egypt's foreign minister said on Wednesday that the two "
           "countries were still far apart.", ("010", "EGY", "ETH")),
    ("en", "Japan and South Korea held talks in Tokyo. The Japanese foreign minister said both sides would expand "
           "military cooperation.", ("010", "JPN", "KOR")),
    ("en", "India and Pakistan clashed on Friday. China said the two countries must show restraint.",
     ("010", "CHN", "IND")),
    ("de", "Ägypten und Äthiopien haben am Dienstag in Kairo Gespräche geführt. Der ägyptische Außenminister sagte am "
           "Mittwoch, die beiden Länder seien noch weit voneinander entfernt.", ("010", "EGY", "ETH")),
])
def test_a_group_reference_in_what_was_said_names_the_target(coder, lang, text, expected):
    assert expected in rows(coder, text, lang, cameo_code="010")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Japan's prime minister held talks with the Philippine president. \"Our two countries share the same "
           "concerns,\" the Japanese prime minister told reporters.", ("010", "JPN", None)),
    ("de", "Der chinesische Außenminister traf in Moskau seinen russischen Amtskollegen. „Unsere beiden Länder stehen "
           "zusammen“, sagte der chinesische Außenminister.", ("010", "CHN", None)),
    ("en", "Serbia moved troops closer to the border with Kosovo. NATO said it was monitoring the situation and "
           "urged both sides to exercise restraint.", ("010", "NAT", None)),
])
def test_the_speakers_own_pair_and_an_object_of_its_own_act_name_no_target(coder, lang, text, expected):
    assert rows(coder, text, lang, cameo_code="010") == {expected}


def test_opening_talks_is_a_meeting(coder):
    found = rows(coder, "Armenia and Azerbaijan signed a peace declaration on Friday. Armenian Prime Minister Nikol "
                        "Pashinyan said the two countries would open talks on a transit corridor.", "en",
                 keys=("cameo_code", "source_actor", "target_actor", "modality"))
    assert {("036", "ARM", "AZE", "future"), ("036", "AZE", "ARM", "future"), ("010", "ARM", "AZE", "asserted")} <= found
