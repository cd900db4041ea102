"""Speed work of round 11 (docs/benchmark.md) that must not change what the engine answers: the trigger finder's cue
sets built once per lexicon, the support-family guard of ``_support_match``, the "word*" stem tests and the poll
word test written as one string operation, the per-doc index of the next space token, the matcher's loop over
the plain words of a pattern, the event rows built positionally."""
from __future__ import annotations

import dataclasses
import sys
from datetime import date

import pytest

from geoevents.engine import EventCoder
from geoevents.engine.assemble import EVENT_FIELD_ORDER, Assembler
from geoevents.engine.components import trigger_cue_sets
from geoevents.engine.lexicon import (LEXICON_DIR, _match_pattern, load_language_lexicon, match_after_first,
                                      parse_pattern)
from geoevents.engine.model import Event
from geoevents.engine.rules.words import next_space_index

PUB = date(2024, 3, 1)
# support words in the trigger's clause, before it, in the clause an infinitive depends on, behind an apposition,
# none at all; a trade measure, a poll
TEXTS = [
    ("en", "Russia carried out strikes on Kyiv on Monday, the ministry said. The EU imposed a blockade on the port, "
           "and China lifted the blockade to help Iran. Germany said it would send troops to help defend Lithuania. "
           "Russia expelled the US envoy, John Smith, on Wednesday. There was a blockade. Washington raised tariffs "
           "on steel. A new poll shows most Poles say the talks must go on. The strikes were condemned by France."),
    ("de", "Russland führte am Montag Angriffe auf Kiew durch, teilte das Ministerium mit. Die EU verhängte eine "
           "Blockade gegen den Hafen, und China hob die Blockade auf, um dem Iran zu helfen. Deutschland kündigte an, "
           "Truppen zu schicken, um Litauen zu verteidigen. Es gab eine Blockade. Peking senkte die Zölle auf Stahl. "
           "Laut einer Meinungsumfrage sagen die meisten Polen, die Gespräche müssten weitergehen."),
]


class _Everything:
    """A set that holds every family: ``_support_match`` without its guard."""

    def __contains__(self, _item) -> bool:
        return True


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


@pytest.mark.parametrize("lang, text", TEXTS)
def test_support_match_answers_as_without_the_family_guard(coder, monkeypatch, lang, text):
    """For every support family, every trigger asked about and every reach: the guard that answers a family absent
    from the sentence at once gives what building the whole scope gives."""
    families = sorted(load_language_lexicon(LEXICON_DIR, lang).cues.raw["support"])
    original = Assembler._support_match
    outcomes = {"guarded": 0, "found": 0}

    def compare(self, family, trig, frag, reach=None):
        for other in families:
            for other_reach in (reach, None, 0, 4):
                guarded = original(self, other, trig, frag, other_reach)
                near = self._support_families_near(frag)
                self._support_families_near = lambda _frag: _Everything()
                try:
                    unguarded = original(self, other, trig, frag, other_reach)
                finally:
                    del self._support_families_near
                assert guarded == unguarded, (other, other_reach, self.lower[trig.tok_start])
                outcomes["guarded" if other not in near else "found"] += 1
        return original(self, family, trig, frag, reach)

    monkeypatch.setattr(Assembler, "_support_match", compare)
    assert coder.extract(text, lang, PUB).events
    assert outcomes["guarded"] and outcomes["found"]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_trigger_cue_sets_are_built_once_from_the_cues(lang):
    lexicon = load_language_lexicon(LEXICON_DIR, lang)
    sets = trigger_cue_sets(lexicon)
    assert trigger_cue_sets(lexicon) is sets
    cues = lexicon.cues
    assert sets.noun_openers == cues.words("determiners") | (cues.words("prepositions") -
                                                              cues.words("infinitive_markers"))
    assert sets.article_determiners == cues.words("determiners") - cues.words("complementizers")
    assert "the" in sets.not_nouns if lang == "en" else "der" in sets.not_nouns
    two_word = {(label, tuple(str(p).lower().split())) for label, patterns in cues.raw["support"].items()
                for p in patterns if len(str(p).split()) == 2 and "*" not in str(p) and "..." not in str(p)}
    assert two_word
    assert {(label, pair) for pair, labels in sets.support_pairs.items() for label in labels} == two_word


@pytest.mark.parametrize("lang, text", TEXTS)
def test_a_doc_codes_alike_with_the_kept_cue_sets(lang, text):
    fresh = EventCoder().extract(text, lang, PUB)
    used = EventCoder()
    used.extract(TEXTS[1 - [la for la, _t in TEXTS].index(lang)][1], "de" if lang == "en" else "en", PUB)
    used.extract(text.replace("Russia", "France").replace("Russland", "Frankreich"), lang, PUB)
    assert used.extract(text, lang, PUB) == fresh
    assert fresh.events


@pytest.mark.parametrize("lang", ["en", "de"])
def test_word_stem_tests_equal_the_entry_by_entry_test(coder, lang):
    """``w in words or w.startswith(stems)`` answers what testing every entry ("word" or "stem*") answered, for the
    entries themselves, their stems, longer and shorter forms and unrelated words."""
    coder.extract(TEXTS[0][1] if lang == "en" else TEXTS[1][1], lang, PUB)
    component = next(c for name, c in coder.pipeline(lang).pipeline if name == "geoevents_assembler")
    assembler = next(cell.cell_contents for cell in component.__closure__
                     if isinstance(cell.cell_contents, Assembler))
    lists = [(assembler.inanimate_travellers, assembler.inanimate_traveller_stems),
             (assembler.person_object_words, assembler.person_object_stems)]
    assert any(stems for _words, stems in lists)   # (German has no person_object_words: English-only rule)
    for words, stems in lists:
        assert any(w.endswith("*") for w in words) == bool(stems)
        probes = {p for w in words for p in (w, w[:-1], w.rstrip("*") + "s", w.rstrip("*")[:-1], "x" + w)}
        probes |= {"", "the", "water", "prisoners", "goods", "ship"}
        for low in probes:
            by_entry = any(low == w or w.endswith("*") and low.startswith(w[:-1]) for w in words)
            assert (low in words or low.startswith(stems)) == by_entry, low
    endings = assembler.poll_word_endings
    assert set(endings) == assembler.poll_words
    for low in ["umfrage", "meinungsumfrage", "poll", "polls", "polling", "the", ""] + sorted(assembler.poll_words):
        by_entry = low in assembler.poll_words or any(low.endswith(p) for p in assembler.poll_words)
        assert low.endswith(endings) == by_entry, low


@pytest.mark.parametrize("lang, text, respondents", [
    ("en", "A poll shows most Poles say the talks must go on.", True),
    ("en", "Most Poles say the talks must go on.", False),
    ("de", "Die meisten Japaner sagen in einer Meinungsumfrage, Russland habe die Ukraine angegriffen.", True),
    ("de", "Die meisten Japaner sagen, Russland habe die Ukraine angegriffen.", False),
])
def test_poll_respondents_still_found_in_both_languages(coder, monkeypatch, lang, text, respondents):
    asked = []
    original = Assembler._poll_respondents

    def record(self, trig, speaker):
        answer = original(self, trig, speaker)
        asked.append(answer)
        return answer

    monkeypatch.setattr(Assembler, "_poll_respondents", record)
    coder.extract(text, lang, PUB)
    assert asked and any(asked) == respondents


@pytest.mark.parametrize("space_tokens, n", [([], 0), ([], 5), ([0], 1), ([0, 1, 2], 3), ([3], 8), ([2, 5, 6, 9], 10),
                                             ([9], 10)])
def test_next_space_index_is_the_first_space_token_at_or_after_each_token(space_tokens, n):
    """What ``_words_between`` reads (tests/test_engine_speed_scans.py checks it against the scan on coded texts)."""
    found = next_space_index(space_tokens, n)
    assert found == [min((s for s in space_tokens if s >= i), default=sys.maxsize) for i in range(n + 1)]


@pytest.mark.parametrize("lang, awaited, done", [
    ("en", "The EU will keep the sanctions on Russia until Russia withdraws its troops from Ukraine.",
     "Russia withdrew its troops from Ukraine."),
    ("de", "Die EU wird die Sanktionen gegen Russland beibehalten, bis Russland seine Truppen aus der Ukraine abzieht.",
     "Russland zog seine Truppen aus der Ukraine ab."),
])
def test_pending_condition_guard_keeps_awaited_acts_out(coder, monkeypatch, lang, awaited, done):
    """The guard answers an act with no "until"/"bis" before it in its clause at once; the awaited act behind one is
    still no row, the act that happened still is."""
    answers = []
    original = Assembler._pending_condition

    def record(self, trig, frag):
        answer = original(self, trig, frag)
        answers.append((self.lower[trig.tok_start], answer))
        return answer

    monkeypatch.setattr(Assembler, "_pending_condition", record)
    assert not [e for e in coder.extract(awaited, lang, PUB).events if e.cameo_code == "0874"]
    assert ("withdraws" if lang == "en" else "abzieht", True) in answers
    assert [(e.cameo_code, e.source_actor, e.target_actor) for e in coder.extract(done, lang, PUB).events] == \
        [("0874", "RUS", "UKR")]
    assert answers[-1][1] is False


def test_plain_rest_of_a_pattern_matches_as_the_general_matcher():
    """``match_after_first`` compares the plain words after the first one in its own loop (``Pattern.plain_rest``):
    the same answer as the general matcher at every start and end, also for a wildcard after the first word (no
    plain rest) and a key list that ends inside the pattern."""
    assert parse_pattern("*angriff auf", None).plain_rest == ("auf",)
    assert parse_pattern("die ukr*", None).plain_rest is None
    assert parse_pattern("russland", None).plain_rest == ()
    keys = [("russland",), ("griff",), ("die",), ("ukraine",), ("an",), ("luftangriffen", "luftangriff"), ("auf",),
            ("kiew",), ("die",), ("ukraine",)]
    for raw in ("russland griff die", "die ukraine", "die ukr*", "*angriff auf kiew", "luftangriff auf", "die ukraine an",
                "griff die ukraine an", "kiew die ukraine"):
        pattern = parse_pattern(raw, None)
        for start in range(len(keys) + 1):
            for end in range(start, len(keys) + 1):
                expected = None if start + 1 > end else _match_pattern(pattern, 1, keys, start + 1, end, None)
                assert match_after_first(pattern, keys, start, end) == expected, (raw, start, end)


def test_make_event_passes_each_field_in_its_place():
    """Assembler._make_event builds Event positionally (a keyword call cost ~3x): the order is Event's own, and
    each field of a coded row holds what its name says."""
    assert tuple(f.name for f in dataclasses.fields(Event))[:len(EVENT_FIELD_ORDER)] == EVENT_FIELD_ORDER
    text = "Russia attacked Ukraine on Monday, the ministry said."
    events = [e for e in EventCoder().extract(text, "en", PUB).events if e.statement is None]
    assert len(events) == 1
    event = events[0]
    assert (event.sentence_index, event.cameo_code, event.cameo_root, event.source_actor, event.target_actor,
            event.source_text, event.target_text, event.trigger_text, event.language, event.negated,
            event.modality, event.event_date, event.date_precision, event.date_text) == \
        (0, "190", "19", "RUS", "UKR", "Russia", "Ukraine", "attacked", "en", False, "asserted", date(2024, 2, 26),
         "day", "Monday")
    assert text[event.char_start:event.char_end] == event.evidence_text and event.evidence_text.startswith("Russia")
    assert event.rule_id == "directed:en:190:attacked" and event.event_type and event.quad_class == 4
    assert event.plover_context == "military" and event.goldstein == -10.0
    assert isinstance(event.goldstein, float) and event.source_sector is None and event.target_sector is None


@pytest.mark.parametrize("lang, members, state", [
    ("en", "At the end of the G7 summit in Italy, the leaders called on China to stop supplying Russia.",
     "At the end of the G7 summit in Italy, Germany called on China to stop supplying Russia."),
    ("de", "Zum Abschluss des G7-Gipfels in Italien haben die Staats- und Regierungschefs China aufgefordert, "
           "Russland nicht mehr zu beliefern.",
     "Zum Abschluss des G7-Gipfels in Italien hat Deutschland China aufgefordert, Russland nicht mehr zu beliefern."),
])
def test_summit_members_guard_keeps_the_bloc(coder, lang, members, state):
    """The clause without a head word of the members' phrase is answered before the phrase is looked for; the
    leaders of a summit still act for its bloc."""
    assert [(e.cameo_code, e.source_actor, e.target_actor) for e in coder.extract(members, lang, PUB).events] == \
        [("020", "G07", "CHN")]
    assert [(e.cameo_code, e.source_actor, e.target_actor) for e in coder.extract(state, lang, PUB).events] == \
        [("020", "DEU", "CHN")]


def test_fragments_get_lists_of_their_own(coder, monkeypatch):
    """_fragments passes the groups, pronouns and dates lists positionally: each fragment gets new empty ones, as
    the defaults gave (a shared list would hand one clause's groups to the next)."""
    seen = []
    original = Assembler._fragments

    def record(self, span, triggers, list_commas):
        fragments = original(self, span, triggers, list_commas)
        seen.extend((f.groups, f.pronouns, f.dates) for f in fragments)
        assert all(not f.groups and not f.pronouns and not f.dates for f in fragments)
        return fragments

    monkeypatch.setattr(Assembler, "_fragments", record)
    result = coder.extract("Russia, which attacked Ukraine, said on Monday that China and Iran had met, and the EU "
                           "condemned the attack.", "en", PUB)
    assert result.events and len(seen) >= 3
    lists = [id(x) for triple in seen for x in triple]
    assert len(lists) == len(set(lists))


NOMINAL_TEXTS = [
    ("en", "Russia's arrest of a French journalist drew protests. France condemned the arrest of the journalist, and "
           "the EU condemned Belarusian attacks on its border guards. Belarus attacks Lithuania's border posts. "
           "The Russian air strike on Kyiv killed three people; Ukraine said Russia carried out the air strike."),
    ("de", "Chinas militärische Unterstützung für Russland wurde kritisiert. Die EU kritisierte die militärische "
           "Unterstützung, und Russland griff Kiew an."),
]


@pytest.mark.parametrize("lang, text", NOMINAL_TEXTS)
def test_nominal_memo_answers_what_the_rule_computes(coder, monkeypatch, lang, text):
    """Every answer of ``_nominal``, from the memo or not, is what ``_nominal_form`` computes at that moment; the memo
    is not set while a sentence's fragments and groups are built (it is the previous sentence's state) and is a new
    one for every sentence."""
    original_nominal, original_fragments = Assembler._nominal, Assembler._fragments
    asked, memos = [], []

    def nominal(self, trig):
        answer = original_nominal(self, trig)
        assert answer == self._nominal_form(trig), self.lower[trig.tok_start]
        asked.append((trig.entry.pos, self.nominal_memo is not None and id(trig) in self.nominal_memo))
        if self.nominal_memo is not None and all(m is not self.nominal_memo for m in memos):
            memos.append(self.nominal_memo)
        return answer

    def fragments(self, span, triggers, list_commas):
        assert self.nominal_memo is None
        return original_fragments(self, span, triggers, list_commas)

    monkeypatch.setattr(Assembler, "_nominal", nominal)
    monkeypatch.setattr(Assembler, "_fragments", fragments)
    assert coder.extract(text, lang, PUB).events
    assert asked
    if lang == "en":
        assert any(kept for _pos, kept in asked) and len(memos) >= 3
    else:
        assert not any(kept for _pos, kept in asked)   # German rows are cheap to answer: no memo
