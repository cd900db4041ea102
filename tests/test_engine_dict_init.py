"""model.dict_init: the fast constructors of the engine's frozen records build the same instances as the classes'
own constructors (equality, hash, repr, frozen behaviour, pickling, dataclass helpers)."""
from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import date

import pytest

from geoevents.engine.components import TriggerHit, new_trigger_hit
from geoevents.engine.dates import DateMention, new_date_mention
from geoevents.engine.lexicon import LEXICON_DIR, load_language_lexicon
from geoevents.engine.model import ActorMention, dict_init, new_actor_mention


def _entry():
    return load_language_lexicon(LEXICON_DIR, "en").triggers[0]


CASES = [
    (ActorMention, new_actor_mention, (10, 16, "RUS", "GOV", "Moscow", 3, "rus-moscow")),
    (ActorMention, new_actor_mention, (0, 5, "UKR", None, "Kyiv", 0, "ukr")),
    (DateMention, new_date_mention, (4, 20, "30. Dezember 2022", date(2022, 12, 30), "day")),
    (DateMention, new_date_mention, (0, 7, "gestern", None, "unknown")),
    (TriggerHit, new_trigger_hit, (None, 3, 5, None)),
    (TriggerHit, new_trigger_hit, (None, 7, 8, 12)),
]


@pytest.mark.parametrize("cls, fast, values", CASES)
def test_same_instance_as_the_class_constructor(cls, fast, values):
    if cls is TriggerHit:
        values = (_entry(),) + values[1:]
    made, normal = fast(*values), cls(*values)
    assert type(made) is cls
    assert made == normal and not made != normal
    assert hash(made) == hash(normal)
    assert repr(made) == repr(normal)
    assert made.__dict__ == normal.__dict__ and list(made.__dict__) == list(normal.__dict__)
    assert dataclasses.astuple(made) == dataclasses.astuple(normal)
    assert tuple(getattr(made, f.name) for f in dataclasses.fields(cls)) == values
    assert dataclasses.replace(made) == normal
    assert copy.copy(made) == normal and copy.deepcopy(made) == normal
    assert pickle.loads(pickle.dumps(made)) == normal
    assert pickle.dumps(made) == pickle.dumps(normal)
    assert {made: 1}[normal] == 1


@pytest.mark.parametrize("cls, fast, values", CASES[::2])
def test_frozen_like_the_class_constructor(cls, fast, values):
    made = fast(*values)
    name = dataclasses.fields(cls)[1].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, name, 99)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, "other", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(made, name)
    assert getattr(made, name) == values[1]


def test_keywords_and_wrong_arguments_as_with_the_class():
    values = dict(char_start=1, char_end=4, actor_code="USA", sector=None, surface_text="USA", sentence_index=0,
                  entry_id="usa")
    assert new_actor_mention(**values) == ActorMention(**values)
    with pytest.raises(TypeError):
        new_actor_mention(1, 2, 3)
    with pytest.raises(TypeError):
        new_actor_mention(**values, extra=1)
    with pytest.raises(TypeError):
        new_date_mention(1, 2, "x", None, "day", start_char=1)


def test_only_plain_dataclasses():
    @dataclasses.dataclass(frozen=True)
    class WithDefault:
        a: int
        b: int = 0

    @dataclasses.dataclass(frozen=True)
    class WithPostInit:
        a: int

        def __post_init__(self):
            pass

    @dataclasses.dataclass(frozen=True, slots=True)
    class WithSlots:
        a: int

    @dataclasses.dataclass(frozen=True)
    class WithFactory:
        a: list = dataclasses.field(default_factory=list)

    for cls in (WithDefault, WithPostInit, WithSlots, WithFactory, int):
        with pytest.raises(TypeError):
            dict_init(cls)

    @dataclasses.dataclass(frozen=True)
    class Plain:
        a: int
        b: str

    assert dict_init(Plain)(1, "x") == Plain(1, "x")
