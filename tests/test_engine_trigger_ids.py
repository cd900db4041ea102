"""Trigger row ids name the rule of every event they code (``rule_id``): they are unique per lexicon file, and a
duplicate is a clear load error, not a silent second row (de:175:niedergeschlagen was two rows until session 18)."""
from __future__ import annotations

from pathlib import Path

import pytest

from geoevents.engine.lexicon import read_triggers

LEXICONS = Path(__file__).resolve().parents[1] / "seeds" / "lexicons"
HEADER = "entry_id,cameo_code,pattern,pos,frame,support,mode,context,intent_code,note\n"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_shipped_trigger_ids_are_unique(lang):
    ids = [entry.entry_id for entry in read_triggers(LEXICONS / f"triggers_{lang}.csv")]
    assert len(ids) == len(set(ids)) > 100


def test_a_duplicate_trigger_id_is_a_load_error(tmp_path):
    path = tmp_path / "triggers_xx.csv"
    path.write_text(HEADER + "xx:190:a,190,attack,VERB,directed,,,,,\nxx:190:a,190,assault,VERB,directed,,,,,\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match="xx:190:a: entry_id used by an earlier row"):
        read_triggers(path)
