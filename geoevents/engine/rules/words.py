"""What a stretch of tokens holds, asked by rules of every concern: the words of a token range without space
tokens, the next word, cue look-ups in a fragment or range (through the per-doc cue index of ``Assembler.__call__``),
whether a trigger is used as a noun, whether a range holds an infinitive, and the sentence's bounds and text.
Nothing here decides a row; the other mixins ask these questions."""
from __future__ import annotations

import bisect
import itertools
import operator
import sys

from geoevents.engine.components import TriggerHit, is_possessive
from geoevents.engine.lexicon import match_after_first, match_at
from geoevents.engine.rules.common import SURFACE_CUES, Actor, Fragment, Group

# the endings of a regular English past participle, and of "taken", "shown" (WordQueries._english_participle)
ENGLISH_PARTICIPLE_ENDINGS = ("ed", "en", "wn")
_tok_start = operator.attrgetter("tok_start")


def next_space_index(space_tokens: list[int], n: int) -> list[int]:
    """Per token 0..n (the doc's length included) the first of the ascending ``space_tokens`` at or after it,
    ``sys.maxsize`` where none follows: ``WordQueries._words_between`` reads whether a range holds one with a single
    look-up (``Assembler.__call__`` builds it per doc; slice writes, one per space token)."""
    found = [sys.maxsize] * (n + 1)
    start = 0
    for token in space_tokens:
        found[start:token + 1] = [token] * (token + 1 - start)
        start = token + 1
    return found


def actor_index(actors: list[Actor]) -> tuple[list[int], list[int]]:
    """The actors' starts in ascending order and, for each prefix of that order, the furthest end among its actors:
    what ``WordQueries._actor_overlaps`` and ``_actor_starts_in`` bisect (``Assembler.__call__`` builds it per doc)."""
    by_start = sorted(actors, key=_tok_start)
    return [actor.tok_start for actor in by_start], list(itertools.accumulate((actor.tok_end for actor in by_start), max))


class WordQueries:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _words_between(self, start: int, stop: int) -> list[int]:
        """Token indices start..stop without the space tokens."""
        next_space = self.next_space   # (most ranges hold none: then the range itself)
        if 0 <= start < len(next_space):   # (130,000 calls per 300 articles: one look-up, no bisection)
            if next_space[start] >= stop:
                return list(range(start, stop))
            space = self.space
            return [i for i in range(start, stop) if not space[i]]
        space_tokens = self.space_tokens   # a start outside the doc
        first = bisect.bisect_left(space_tokens, start)
        if first == len(space_tokens) or space_tokens[first] >= stop:
            return list(range(start, stop))
        space = self.space
        return [i for i in range(start, stop) if not space[i]]

    def _possessive(self, i: int) -> bool:
        """Token ``i`` is a possessive marker: "'s" with either apostrophe, or the bare apostrophe of a plural
        possessive ("the Philippines' navy"; components.is_possessive)."""
        return is_possessive(self.lower, self.token_text, self.idx, i)

    def _possessor_gap(self, group: Group, tok: int) -> bool:
        """The words between ``group`` and the noun at ``tok`` are its possessive marker alone (English: "Russia's
        threat", "the Philippines' arrest of"), none at all in German (the group is a genitive: "Russlands Drohung")."""
        gap = self._words_between(group.tok_end, tok)
        return len(gap) == 1 and self._possessive(gap[0]) if self.lang == "en" else not gap and group.genitive

    def _after_comma(self, frag: Fragment) -> bool:
        """The fragment opens right after a comma (space tokens skipped): a closing attribution ("..., the ministry
        said") or an apposition rather than a clause joined by a coordinator or the sentence start."""
        comma = next((i for i in range(frag.tok_start - 1, -1, -1) if not self.space[i]), None)
        return comma is not None and self.token_text[comma] == ","

    def _word_count(self, start: int, stop: int) -> int:
        """len(self._words_between(start, stop)) without building the list."""
        space_tokens = self.space_tokens
        return max(stop - start, 0) - (bisect.bisect_left(space_tokens, max(stop, start))
                                       - bisect.bisect_left(space_tokens, start))

    def _noun_phrase(self, words: list[int]) -> bool:
        """The words are one German noun phrase in the nominative or the accusative: a nominative article,
        lowercase adjectives or numerals, one capitalized noun ("Der Angriff", "Ein schwerer Drohnenangriff")."""
        if len(words) < 2 or self.lower[words[0]] not in self.nominative_determiners:
            return False
        head = words[-1]
        return self.alpha[head] and self.token_text[head][:1].isupper() and \
            all(self.alpha[i] and self.token_text[i][:1].islower() or self.like_num[i] for i in words[1:-1])

    def _trigger_text(self, trig: TriggerHit) -> str:
        last = trig.tok_end - 1   # a trigger has at least one token
        text = self.text[self.idx[trig.tok_start]:self.idx[last] + len(self.token_text[last])]
        if trig.particle_token is not None:
            text += " ... " + self.token_text[trig.particle_token]
        return text

    def _next_word(self, i: int, end: int) -> int:
        """The first token after ``i`` that is neither a space nor a quote mark ("condemned as `` unacceptable ''
        allegations"), or ``i + 1``."""
        for j in range(i + 1, end):
            if not self.space[j] and not self.table.quote[j]:
                return j
        return min(i + 1, end - 1)

    def _infinitive(self, start: int, stop: int) -> bool:
        """Tokens start..stop hold an infinitive: a marker before a lowercase word that is no determiner ("to
        attack", "um zu"), or a German zu-infinitive. Only the marker and long-zu tokens of the doc are visited."""
        lowers, texts, space, punct = self.lower, self.token_text, self.space, self.punct
        german = self.lang == "de"   # _zu_infinitive never holds in another language, nor for 8 letters or less
        tokens = self.infinitive_tokens
        for token in tokens[bisect.bisect_left(tokens, start):bisect.bisect_left(tokens, stop)]:
            if space[token] or punct[token]:
                continue    # words only
            lower = lowers[token]
            if lower in self.infinitive_markers:
                nxt = next((t for t in range(token + 1, stop) if not space[t] and not punct[t]), None)
                if nxt is not None and texts[nxt][:1].islower() and lowers[nxt] not in self.determiners:
                    return True
            if german and len(lower) > 8 and self._zu_infinitive(token):
                return True
        return False

    def _zu_infinitive(self, token: int) -> bool:
        """German infinitive with the "zu" inside: zusammenzuarbeiten, entgegenzustellen, abzuziehen."""
        lower = self.lower[token]
        if self.lang == "de" and len(lower) > 8 and "zu" in lower[2:-3] and lower.endswith("en") \
                and self.token_text[token][:1].islower():
            cut = lower.rfind("zu", 2, len(lower) - 3)
            return cut >= 2 and len(lower) - cut - 2 >= 4
        return False

    def _paragraph_of(self, tok: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, tok)   # the starts ascend: how many are <= tok

    def _actor_overlaps(self, start: int, stop: int) -> bool:
        """Some actor of the doc has a token in start..stop: ``any(a.tok_start < stop and a.tok_end > start for a in
        self.actors)`` (for any two numbers) by bisection over the per-doc index of ``Assembler.__call__``: the
        actors that start before ``stop`` reach past ``start`` when the furthest of them does."""
        before = bisect.bisect_left(self.actor_starts, stop)
        return before > 0 and self.actor_reach[before - 1] > start

    def _actor_starts_in(self, start: int, stop: int) -> bool:
        """Some actor of the doc starts in tokens start..stop: ``any(start <= a.tok_start < stop for a in
        self.actors)`` by bisection over the actors' sorted starts."""
        starts = self.actor_starts
        first = bisect.bisect_left(starts, start)
        return first < len(starts) and starts[first] < stop

    def _is_actor_token(self, tok: int) -> bool:
        return self.in_actor[tok] or self.lower[tok] in self.actor_token_words

    def _sentence_bounds(self) -> tuple[int, int]:
        space, start, end = self.space, self.span.start, self.span.end
        first = next((i for i in range(start, end) if not space[i]), None)
        if first is None:
            return self.span.start_char, self.span.start_char
        last = next(i for i in range(end - 1, first - 1, -1) if not space[i])
        return self.idx[first], self.idx[last] + len(self.token_text[last])

    def _fragment_tokens(self, frag: Fragment):
        return range(frag.tok_start, frag.tok_end)

    def _cue_in(self, name: str, frag: Fragment) -> str | None:
        """First cue of the list in the fragment. Function-word lists match the surface form only: the lemma of
        "wurde" is "werden", which must not read as a future cue."""
        memo_key = (name, frag.tok_start, frag.tok_end)   # asked again and again per sentence
        if memo_key in self.cue_memo:
            return self.cue_memo[memo_key]
        keys, end = self.surface if name in SURFACE_CUES else self.keys, frag.tok_end
        found = None
        for i, patterns in self._cue_tokens(name, frag.tok_start, end):   # the earliest token, then list order
            pattern = next((p for p in patterns if match_after_first(p, keys, i, end) is not None), None)
            if pattern is not None:
                found = pattern.payload
                break
        self.cue_memo[memo_key] = found
        return found

    def _cue_tokens(self, name: str, start: int, end: int):
        """(token, patterns of the cue list ``name`` that start there) for the tokens start..end that start one, in
        order: what a scan of every token with ``cues.index(name).candidates`` of its key finds (surface keys for
        SURFACE_CUES)."""
        starts = self.cue_starts.get(name)
        if starts is None:   # a list outside SCANNED_CUES: looked up for every token of the doc once
            candidates = self.cues.index(name).candidates_each(self.surface if name in SURFACE_CUES else self.keys)
            tokens = list(itertools.compress(range(len(candidates)), candidates))
            starts = self.cue_starts[name] = (tokens, [candidates[i] for i in tokens])
        tokens, patterns = starts
        low, high = bisect.bisect_left(tokens, start), bisect.bisect_left(tokens, end)
        return zip(tokens[low:high], patterns[low:high]) if low < high else ()   # (70 % of the asks find none)

    def _word_listed(self, i: int, words: frozenset[str]) -> bool:
        """Token ``i``'s lowercase form or one of its look-up keys (lemmas) is in ``words``."""
        return self.lower[i] in words or any(k in words for k in self.keys[i])

    def _has_word(self, words: frozenset[str], start: int, stop: int) -> bool:
        """A token start..stop whose lowercase form is in ``words`` (one set operation over the slice)."""
        return not words.isdisjoint(self.lower[start:stop])

    def _cue_before(self, trig: TriggerHit, frag: Fragment, words: frozenset[str]) -> bool:
        return self._has_word(words, frag.tok_start, trig.tok_start)

    def _nominal(self, trig: TriggerHit) -> bool:
        """A noun row, or a phrase row used as a noun: "Russia's air strike on", "den Angriff auf" (German nouns
        are capitalized), "the air strike on" (after a determiner)."""
        if trig.entry.pos == "NOUN":
            return True
        # English verb and phrase rows are asked ~7 times each by the agent rules: the answer is kept per sentence
        # (Assembler._sentence sets the memo once the sentence's span, fragments and groups are fixed)
        memo = self.nominal_memo
        if memo is None or self.lang != "en":
            return self._nominal_form(trig)
        known = memo.get(id(trig))
        if known is None:
            known = memo[id(trig)] = (trig, self._nominal_form(trig))   # (the row kept: its id stays its own)
        return known[1]

    def _nominal_form(self, trig: TriggerHit) -> bool:
        """``_nominal`` computed."""
        if trig.entry.pos == "NOUN":
            return True
        if trig.entry.pos == "VERB":   # "Russia's arrest of a French journalist": a verb row used as a noun
            # ("condemned the arrest of a French journalist": after an article too)
            # "condemned Belarusian attacks on its border guards": a nationality adjective makes the -s form a plural
            return self.lang == "en" and trig.tok_start > self.span.start and \
                (self._possessive(trig.tok_start - 1) or self.lower[trig.tok_start - 1] in self.verb_noun_articles
                 or self._bare_adjective_before(trig.tok_start))
        if trig.entry.pos != "PHRASE":
            return False
        if self.lang == "de":   # also an adjective before its noun after an article or a possessor
            first, before = self.token_text[trig.tok_start], trig.tok_start - 1   # "Chinas militärische Unterstützung"
            return before >= self.span.start and (first[:1].isupper() or self.token_text[trig.tok_end - 1][:1].isupper()
                                                  and (self.lower[before] in self.determiners or
                                                       self.token_text[before][:1].isupper()))
        before = trig.tok_start - 1
        adjective = self._adjective_before(trig.tok_start, trig)
        if adjective is not None:   # "the Russian air strike on Kyiv": the noun phrase of the adjective's article
            before = adjective.tok_start - 1
        # "after a two-hour phone call with Trump": a hyphenated adjective between the article and the phrase
        if before - 2 >= self.span.start and self.token_text[before - 1] == "-" and self.alpha[before] and \
                self.idx[before - 1] == self.idx[before - 2] + len(self.token_text[before - 2]) and \
                self.idx[before] == self.idx[before - 1] + 1:
            before -= 3
        return before >= self.span.start and (self.lower[before] in self.determiners or self._possessive(before))

    def _bare_adjective_before(self, tok: int) -> bool:
        """An English nationality adjective with no article stands right before the -s form of a verb row at
        ``tok``: a plural noun it describes ("Belarusian attacks", "Russian threats"), no verb of the state (a
        state acting is named by its noun: "Russia attacks")."""
        frag = self.frag_of.get(tok)
        group = next((g for g in frag.groups if g.tok_end == tok), None) if frag is not None else None
        return group is not None and self.lower[tok].endswith("s") and \
            all(m.entry_id.split(":")[1] == "adj" and m.sector is None for m in group.members)

    def _adjective_before(self, tok: int, trig: TriggerHit | None = None) -> Group | None:
        """The English nationality adjective standing right before ``tok`` after an article ("the Russian attack",
        "a Russian air strike"): it names the agent of the act noun at ``tok``, as a possessor does."""
        if self.lang != "en":
            return None
        frag = self.frag_of.get(tok)
        group = next((g for g in frag.groups if g.tok_end == tok), None) if frag is not None else None
        # "the Chinese military drills": the adjective's mention took the act's first word as its sector word (only
        # for an act that needs no support word: "outside the Chinese embassy in London" names a building)
        overlap = next((g for g in frag.groups if g.tok_start < tok < g.tok_end), None) \
            if frag is not None and group is None and trig is not None and not trig.entry.support else None
        group = group or overlap
        # (a preposition before the article is the noun phrase's: "over the Russian air strike on Kyiv")
        if group is None or \
                not all(m.entry_id.split(":")[1] == "adj" and (m.sector is None or overlap is not None)
                        for m in group.members) or \
                group.tok_start - 1 < self.span.start or self.lower[group.tok_start - 1] not in self.determiners:
            return None
        return group

    def _bare_verb_form(self, tok: int) -> bool:
        """The word can be the bare infinitive an English "to" opens: no -s form ("conceded to demands from
        Albania", "agreed to talks with": "to" is the preposition) unless the stem ends in s (cues
        infinitive_s_endings: "to discuss", "to focus"). A German infinitive is lowercase: "zu Gesprächen" is a noun
        behind the preposition ("traf zu Gesprächen in Prag ein"), "zu helfen" the infinitive."""
        if self.lang != "en":
            return self.token_text[tok][:1].islower()
        word = self.lower[tok]
        return not word.endswith("s") or word.endswith(self.infinitive_s_endings)

    def _english_participle(self, word: str, irregular: bool = False) -> bool:
        """The lowercase English ``word`` has the form of a past participle: it ends in -ed, -en or -wn
        ("attacked", "taken", "shown"; a test of the spelling only, so "red" and "seven" pass too); with
        ``irregular`` also a participle of cues irregular_participles ("shot", "hit", "struck")."""
        return word.endswith(ENGLISH_PARTICIPLE_ENDINGS) or irregular and word in self.irregular_participles

    def _participle_form(self, word: str, irregular: bool = False, past_passive: bool = False) -> bool:
        """The lowercase ``word`` has the form of a past participle of the sentence's language. English:
        _english_participle (with ``irregular``, the irregular ones too). German: ge- at the start or after a
        separable prefix with -t or -en ("getötet", "festgenommen", "zurückgewiesen"); -iert ("bombardiert",
        "inhaftiert"); an inseparable prefix (cues inseparable_prefixes), also behind a separable one ("einbestellt",
        "anerkannt"), with -t ("verletzt", "entführt", "zerstört"),
        or with -en when it stands beside an auxiliary of the past passive (``past_passive``: "wurden beschossen";
        "wird ... beschießen" is a future)."""
        if self.lang == "en":
            return self._english_participle(word, irregular)
        if not word.endswith(("t", "en")):
            return False
        if word.startswith("ge") or "ge" in word[2:5] or word.startswith(self.participle_prefixes) or \
                word.endswith("iert"):
            return True
        if word.startswith(self.separable_inseparable_prefixes):
            # "einbestellt", "anerkannt": a separable prefix, then the participle of an inseparable verb
            stem = next(word[len(p):] for p in self.separable_prefixes if word.startswith(p) and
                        word[len(p):].startswith(self.inseparable_prefixes))
            return len(stem) >= 6 and (stem.endswith("t") or past_passive)
        return len(word) >= 6 and word.startswith(self.inseparable_prefixes) and (word.endswith("t") or past_passive)

    def _german_participle_at(self, i: int) -> bool:
        """German token ``i`` has the form of a past participle and is not its own lemma: "bombardiert",
        "festgenommen", "beschossen" (lemma beschießen), not the infinitive "verurteilen" or "beschießen" (the -en
        of an inseparable prefix is told apart by the lemma, not the spelling)."""
        word = self.lower[i]
        return self.keys[i][-1] != word and self._participle_form(word, past_passive=True)

    def _one_word_cue(self, name: str, i: int) -> bool:
        """Token ``i`` alone is a cue of the list ``name``."""
        return any(match_at(p, self.keys, i, i + 1) == i + 1 for p in self.cues.index(name).candidates(self.keys[i]))

    def _sentence_text(self) -> str:
        start, end = self._sentence_bounds()
        return self.text[start:end]
