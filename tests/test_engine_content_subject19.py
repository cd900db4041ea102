"""A name right behind an English speech verb with an auxiliary after it is the subject of what was said, not an
inverted speaker (issue #3, lead, session 19): "Experts said Israel would attack Iran if talks failed" was a STATEMENT
by Israel (speaker ISR, content "talks failed") and lost the attack; now the attack, 190 ISR->IRN hypothetical, and
no statement (experts are no state)."""
import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2026, 11, 25)
rows = functools.partial(coded_rows, published=PUB, statements=True, keys=("cameo_code", "source_actor",
                                                                           "target_actor", "modality"))


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Experts said Israel would attack Iran if talks failed.", ("190", "ISR", "IRN", "hypothetical"), "ISR"),
    ("Analysts said China would raise its tariffs if Washington acted.", None, "CHN"),
    ("Diplomats said Turkey would close its airspace if the fighting spread.", None, "TUR"),
])
def test_name_with_an_auxiliary_behind_the_speech_verb_is_in_what_was_said(coder, text, expected, absent):
    found = rows(coder, text, "en")
    assert not any(code == "010" and source == absent for code, source, _t, _m in found), found
    if expected is not None:
        assert expected in found


@pytest.mark.parametrize(("text", "expected"), [
    # an inverted speaker has no auxiliary behind it
    ('"We will respond," said Israel\'s defence minister.', ("010", "ISR", None, "asserted")),
    ("The talks were useful, said Putin.", ("010", "RUS", None, "asserted")),
    # a pronoun behind the verb is left to the rules that read it
    ("Morocco's king said he would host talks between Israel and the Palestinians.", ("010", "MAR", "ISR", "asserted")),
])
def test_inverted_speakers_and_pronouns_still_speak(coder, text, expected):
    assert expected in rows(coder, text, "en")
