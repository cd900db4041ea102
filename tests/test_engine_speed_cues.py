"""Speed work on the assembler that must not change what it answers: the cue tokens of a clause come from the
per-word facts (Assembler._cue_tokens) exactly as a look-up of every token would find them, for every list the
rules scan ("intent_blockers" among them) and for a list looked up per doc; and the per-doc state released after a
doc (Assembler._forget_doc) leaves nothing that changes how the next doc is coded."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine import EventCoder
from geoevents.engine.assemble import SCANNED_CUES, SURFACE_CUES, Assembler
from geoevents.engine.lexicon import match_after_first

TEXTS = [
    ("en", "As planned, Russia and China met in Moscow on Monday and said they would not attack Ukraine.\n"
           "The talks, as scheduled, were held as the US threatened to impose sanctions on Iran; Biden did not "
           "rule out new measures. Beijing raised tariffs on US cars."),
    ("de", "Wie geplant trafen sich Russland und China am Montag in Moskau und sagten, sie würden die Ukraine "
           "nicht angreifen.\nDie Gespräche fanden wie vorgesehen statt, während die USA dem Iran mit Sanktionen "
           "drohten; Biden schloss neue Maßnahmen nicht aus. Peking senkte die Zölle auf US-Autos."),
]

# the scanned lists, and one the rules look up per doc
CUE_LISTS = list(SCANNED_CUES) + ["contingency_modifiers"]


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def test_intent_blockers_are_scanned_per_word():
    assert "intent_blockers" in SCANNED_CUES
    assert "trade_measure_stances" in SCANNED_CUES   # asked by every sanctions stance (_stance)


@pytest.mark.parametrize("lang, text", TEXTS)
def test_cue_tokens_are_what_a_look_up_of_every_token_finds(coder, monkeypatch, lang, text):
    checked = []
    forget = Assembler._forget_doc

    def check_then_forget(self):
        n = len(self.lower)
        for name in CUE_LISTS:
            keys = self.surface if name in SURFACE_CUES else self.keys
            index = self.cues.index(name)
            expected = [(i, index.candidates(keys[i])) for i in range(n) if index.candidates(keys[i])]
            for start, end in [(0, n), (0, n // 2), (n // 3, n), (n // 4, 3 * n // 4), (5, 5)]:
                found = list(self._cue_tokens(name, start, end))
                assert found == [(i, p) for i, p in expected if start <= i < end], (name, start, end)
        checked.append(n)
        forget(self)

    monkeypatch.setattr(Assembler, "_forget_doc", check_then_forget)
    coder.extract(text, lang, date(2023, 3, 1))
    assert checked


@pytest.mark.parametrize("lang, text", TEXTS)
def test_blocked_intent_cues_are_found(coder, monkeypatch, lang, text):
    """"as planned"/"wie geplant" is found as an intent blocker in the clause it opens."""
    found = []
    forget = Assembler._forget_doc

    def check_then_forget(self):
        n = len(self.lower)
        found.append([self.lower[i] for i, patterns in self._cue_tokens("intent_blockers", 0, n)
                      if any(match_after_first(p, self.keys, i, n) is not None for p in patterns)])
        forget(self)

    monkeypatch.setattr(Assembler, "_forget_doc", check_then_forget)
    coder.extract(text, lang, date(2023, 3, 1))
    assert found == [["as", "as"] if lang == "en" else ["wie", "wie"]]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_a_doc_codes_alike_after_other_docs(lang, text):
    other = next(t for la, t in TEXTS if la == lang).replace("Russia", "France").replace("Russland", "Frankreich")
    fresh = EventCoder().extract(text, lang, date(2023, 3, 1))
    used = EventCoder()
    for _ in range(2):
        used.extract(other, lang, date(2022, 1, 1))
        used.extract("Kein Ereignis." if lang == "de" else "No event.", lang, None)
    assert used.extract(text, lang, date(2023, 3, 1)) == fresh
    assert fresh.events


def test_per_doc_state_is_released_after_a_doc(coder):
    coder.extract(TEXTS[0][1], "en", date(2023, 3, 1))
    assembler_attributes = [c for c in coder.pipeline("en").pipeline if c[0] == "geoevents_assembler"]
    assert assembler_attributes
    # the assembler is reached through the component's closure
    component = assembler_attributes[0][1]
    assembler = next(cell.cell_contents for cell in component.__closure__
                     if isinstance(cell.cell_contents, Assembler))
    per_doc = [name for name in assembler.__dict__ if name not in assembler._setup_attributes]
    assert "doc" in per_doc and "actors" in per_doc
    assert all(assembler.__dict__[name] is None for name in per_doc)
