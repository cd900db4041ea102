"""The assembler is one class composed of mixins, one module per concern (geoevents/engine/rules/): a rule defined
in two mixins would silently shadow the other (the first base in the method resolution order wins), and a module
whose mixin is not composed would never run. Also the English participle test the rules share
(WordQueries._english_participle)."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import geoevents.engine.rules as rules
from geoevents.engine.assemble import Assembler
from geoevents.engine.lexicon import LEXICON_DIR, load_language_lexicon
from geoevents.reference import load_cameo_codes

RULE_MODULES = [importlib.import_module(f"{rules.__name__}.{info.name}") for info in pkgutil.iter_modules(rules.__path__)]


MIXINS = Assembler.__mro__[1:-1]   # without Assembler and object


def test_no_rule_is_defined_in_two_places():
    where: dict[str, list[str]] = {}
    own = [name for name, value in vars(Assembler).items()
           if inspect.isfunction(value) and not any(vars(m).get(name) is value for m in MIXINS)]
    for name in own:
        where.setdefault(name, []).append("Assembler")
    for cls in MIXINS:
        for name, value in vars(cls).items():
            if inspect.isfunction(value):
                where.setdefault(name, []).append(f"{cls.__module__}.{cls.__qualname__}")
    twice = {name: places for name, places in where.items() if len(places) > 1}
    assert not twice
    assert len(where) > 200   # all the rules are found


def test_every_rule_is_also_the_assemblers_own_attribute():
    """The rules are copied into Assembler's namespace (a type cache miss then ends at the first class): the same
    function objects, none missing."""
    for cls in MIXINS:
        for name, value in vars(cls).items():
            if inspect.isfunction(value):
                assert vars(Assembler).get(name) is value, name


def test_every_rules_module_is_composed_and_says_what_it_decides():
    bases = set(Assembler.__mro__)
    for module in RULE_MODULES:
        assert (module.__doc__ or "").strip(), module.__name__
        mixins = [cls for cls in vars(module).values()
                  if inspect.isclass(cls) and cls.__module__ == module.__name__ and
                  any(inspect.isfunction(v) for v in vars(cls).values())]
        if module.__name__.endswith(".common"):
            continue   # records and constants only
        assert len(mixins) == 1, module.__name__
        assert mixins[0] in bases, f"{mixins[0].__qualname__} is not a base of Assembler"


@pytest.fixture(scope="module")
def english():
    return Assembler(load_language_lexicon(LEXICON_DIR, "en"), load_cameo_codes(None), 2000)


@pytest.mark.parametrize("word, regular, with_irregular", [
    ("attacked", True, True), ("taken", True, True), ("shown", True, True), ("withdrawn", True, True),
    ("shot", False, True), ("hit", False, True), ("struck", False, True),   # cues irregular_participles
    ("attack", False, False), ("attacking", False, False), ("held", False, False),
    ("seven", True, True),   # a test of the spelling only
])
def test_english_participle(english, word, regular, with_irregular):
    assert english._english_participle(word) is regular
    assert english._english_participle(word, irregular=True) is with_irregular
    # what the seven places asked inline before it was one helper
    assert regular == word.endswith(("ed", "en", "wn"))
    assert with_irregular == (word.endswith(("ed", "en", "wn")) or word in english.irregular_participles)
