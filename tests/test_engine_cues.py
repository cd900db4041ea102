"""Cues accessors for the nested mappings of a cue file (lexicon.Cues.nested, word_lists, value_lists, numbers) and
single numbers (number), and the assembler's sets and reaches read with them: the same as the file read by hand,
for both languages."""
from __future__ import annotations

import pytest

from geoevents.engine.assemble import Assembler
from geoevents.engine.lexicon import LEXICON_DIR, Cues, load_language_lexicon
from geoevents.reference import load_cameo_codes


def test_nested_mappings_read_like_lists():
    cues = Cues({"days_after": {"numbers": {"Two": 2, "a": "1"}, "units": ["Days", "day"], "links": None},
                 "by_root": {"042": ["In", "nach"], "11": []},
                 "by_word": {"Es": ["Werde"]},
                 "finer": {"166": ["161"], "020": ["023", "0231"]},
                 "empty_list": None})
    days = cues.nested("days_after")
    assert days.numbers("numbers") == {"two": 2, "a": 1}
    assert days.words("units") == {"days", "day"}
    assert days.words("links") == frozenset()          # a key with no items
    assert cues.nested("days_after") is days            # built once
    assert cues.nested("missing").words("units") == frozenset()
    assert cues.word_lists("by_root") == {"042": {"in", "nach"}, "11": frozenset()}
    assert cues.word_lists("by_word") == {"es": {"werde"}}
    assert cues.value_lists("finer") == {"166": {"161"}, "020": {"023", "0231"}}
    assert cues.word_lists("missing") == {} and cues.value_lists("missing") == {} and cues.numbers("missing") == {}
    assert cues.words("empty_list") == frozenset() and cues.values("empty_list") == frozenset()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_assembler_sets_equal_the_file_read_by_hand(lang):
    """What assemble.py parsed by hand before the accessors, from the same cue file."""
    found = Assembler(load_language_lexicon(str(LEXICON_DIR), lang), load_cameo_codes(None), 2000)
    raw = found.cues.raw
    days = raw.get("days_after") or {}
    own = raw.get("own_state_target") or {}
    ends = raw.get("date_end_markers") or {}
    assert found.pronouns_only_before == {str(k).lower(): frozenset(str(w).lower() for w in v)
                                          for k, v in (raw.get("pronouns_only_before") or {}).items()}
    assert found.target_preps_by_root == {str(k): frozenset(str(w).lower() for w in v)
                                          for k, v in (raw.get("target_prepositions_by_root") or {}).items()}
    assert found.refined_codes == {str(k): frozenset(str(v) for v in vs)
                                   for k, vs in (raw.get("refined_codes") or {}).items()}
    assert found.days_after_numbers == {str(k).lower(): int(v) for k, v in (days.get("numbers") or {}).items()}
    assert found.days_after_units == frozenset(str(w).lower() for w in days.get("units") or [])
    assert found.days_after_links == frozenset(str(w).lower() for w in days.get("links") or [])
    assert set(found.own_state_codes) == {str(x) for x in own.get("codes", [])}
    assert found.own_state_roots == frozenset(str(x) for x in own.get("roots", []))
    assert found.own_state_place_roots == frozenset(str(x) for x in own.get("place_only_roots", []))
    assert found.date_end_words == frozenset(str(w).lower() for w in ends.get("words", []))
    assert found.date_end_links == frozenset(str(w).lower() for w in ends.get("links", []))
    # the files hold these, so the comparisons above compare something
    assert found.days_after_numbers and found.target_preps_by_root and found.refined_codes and found.own_state_codes


def test_single_numbers_with_their_defaults():
    cues = Cues({"reach": 2, "as_text": "400", "zero": 0, "left_empty": None, "blank": ""})
    assert cues.number("reach") == 2 and cues.number("as_text") == 400 and cues.number("zero", 5) == 0
    assert cues.number("missing") == 0 and cues.number("missing", 3) == 3
    assert cues.number("left_empty", 1) == 1 and cues.number("blank", 1) == 1


@pytest.mark.parametrize("lang", ["de", "en"])
def test_assembler_reaches_are_the_files_numbers(lang):
    found = Assembler(load_language_lexicon(str(LEXICON_DIR), lang), load_cameo_codes(None), 2000)
    raw = found.cues.raw
    assert found.held_frame_reach == int(raw["held_frame_reach"]) == 2
    assert found.definite_reference_reach == int(raw["definite_reference_reach"]) == 400
    assert found.min_quote_words == int(raw["min_quote_words"]) == 3
    assert found.refusal_reach == int(raw["refusal_negation_reach"])
