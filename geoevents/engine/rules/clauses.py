"""How a sentence is cut into clause fragments (at , ; : brackets and dashes, before subordinators and before
a coordinator that opens another trigger) and what kind each fragment is: subordinate, infinitive, relative
clause; which commas do not cut (enumerations, a name in brackets); where a news dateline ends."""
from __future__ import annotations

import bisect
import itertools

from geoevents.engine.components import TokenSpan, TriggerHit
from geoevents.engine.rules.common import FRAGMENT_BREAKS, Fragment


class ClauseCutter:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _fragments(self, span: TokenSpan, triggers: list[TriggerHit], list_commas: set[int]) -> list[Fragment]:
        texts, lowers, newline = self.token_text, self.lower, self.newline
        trigger_starts = {t.tok_start for t in triggers}
        cuts = [span.start]
        cut_tokens = self.cut_tokens
        aside_end = -1
        for i in cut_tokens[bisect.bisect_left(cut_tokens, span.start):bisect.bisect_left(cut_tokens, span.end)]:
            lower = lowers[i]
            if i in list_commas or texts[i] == "," and self._word_list_comma(i, span) or i <= aside_end:
                continue
            if texts[i] == "(":
                aside_end = self._name_in_brackets(i, span, trigger_starts)
                if aside_end > i:
                    continue
            if texts[i] in FRAGMENT_BREAKS or newline[i]:
                cuts.append(i + 1)
            elif i > span.start and lower in self.subordinators and texts[i - 1] not in FRAGMENT_BREAKS and \
                    lowers[i - 1] not in self.comparison_words and \
                    not self.in_actor[i] and not (lower in self.predicative_markers and i + 2 < span.end
                         and lowers[self._next_word(i, span.end)] in
                         self.indefinite_articles | self.predicative_adjectives) and \
                    not self._predicative_in_bracket(i, cuts[-1], span):
                # "denounced as a vile act Kosovo's ...", "bezeichnete ihn als einen Angriff", "condemned as
                # unacceptable claims by Uganda", "hat den Angriff als Kriegsverbrechen verurteilt": no clause; nor a
                # word inside a name ("Lula da Silva"), nor a comparison ("nach mehr als zwei Monaten")
                cuts.append(i)
            elif lower in self.pending_condition_openers and self._verb_follows(i, span, triggers):
                cuts.append(i)   # "occupied the town until Ukrainian forces attacked them": a clause of its own
            elif lower in self.coordinators and (i + 1 in trigger_starts and
                                                 not self._inside_verb_bracket(i, cuts[-1], span, triggers) or
                                                 i + 1 < span.end and lowers[i + 1] in self.predicate_auxiliaries or
                                                 self._second_participle_predicate(i, cuts[-1], span)):
                cuts.append(i)
            elif lower in self.zero_complement_pronouns and self._zero_that_clause(i, cuts[-1], span, triggers):
                cuts.append(i)
            elif lower in self.coordinators and self._subject_clause_after(i, cuts[-1], span, triggers):
                cuts.append(i)
                self.clause_coordinators.add(i)   # the names around it are no compound (_groups)
        cuts.append(span.end)
        fragments: list[Fragment] = []
        space, punct = self.space, self.punct
        # separable verbs standing apart from their particle: particle token -> verb token
        split_verbs = {t.particle_token: t.tok_start for t in triggers if t.particle_token is not None}
        for start, stop in zip(cuts, cuts[1:]):
            for first_word in range(start, stop):   # (a loop, not a generator per fragment)
                if not space[first_word] and not punct[first_word]:
                    break
            else:
                continue   # no word in it
            relative = self._relative_clause(start, stop, split_verbs)
            subordinate = relative or lowers[first_word] in self.subordinators
            infinitive = self._infinitive(start, stop)
            # (positional, empty groups/pronouns/dates as their defaults: a keyword costs ~0.4 µs a call, 14,000 calls)
            fragments.append(Fragment(len(fragments), start, stop, subordinate, infinitive, [], [], [], relative))
        return fragments

    def _zero_that_clause(self, i: int, clause_start: int, span: TokenSpan, triggers: list[TriggerHit]) -> bool:
        """English: the subject pronoun ``i`` (cues zero_complement_pronouns) opens what a speech word told its object
        without "that": the speech word's object (an actor, articles between) stands right before it and a modal or
        auxiliary right behind it ("Russia warned Ukraine it would strike Kyiv", "told Israel they will respond"); the
        content is a clause of its own (was one clause, whose first actor, the addressee, was taken as the striker)."""
        before = [j for j in range(clause_start, i) if not self.space[j]]
        if not before or not self.in_actor[before[-1]] or i + 1 >= span.end:
            return False
        after = next((j for j in range(i + 1, span.end) if not self.space[j]), None)
        if after is None or self.lower[after] not in self.predicate_auxiliaries | self.english_auxiliaries:
            return False
        speech = next((t for t in triggers if clause_start <= t.tok_start < i and t.entry.frame == "speech"), None)
        if speech is None:
            return False
        k = len(before) - 1
        while k >= 0 and self.in_actor[before[k]]:
            k -= 1
        return all(self.lower[j] in self.determiners for j in before[:k + 1] if j >= speech.tok_end)

    def _subject_clause_after(self, i: int, clause_start: int, span: TokenSpan, triggers: list[TriggerHit]) -> bool:
        """The coordinator ``i`` opens a main clause with a subject of its own: the clause before it already has its
        act verb (a verb trigger that is no saying), and behind it an actor, after at most two articles, is followed
        right away by a finite verb: a verb trigger, an auxiliary or modal (cues perfect_auxiliaries,
        predicate_auxiliaries, passive_auxiliaries), a one-word verb of the sanctions stances, or an English past form
        in -ed. "Russia attacked Ukraine and the US imposed sanctions", "Russland hat die Ukraine angegriffen und die
        USA haben Sanktionen verhängt", "Russland griff die Ukraine an und die EU verhängte Sanktionen": the second
        clause's subject is its source, and the names around the coordinator are no compound (were 190 RUS->USA and
        163 RUS->none). "Germany and France criticized Russia" (no verb before), "attacked Ukraine and Georgia in
        2008" (no verb behind the name) join their names as before."""
        if not any(clause_start <= t.tok_start < i and t.entry.pos == "VERB" and t.entry.frame != "speech"
                   for t in triggers):
            return False
        before = next((j for j in range(i - 1, clause_start - 1, -1) if not self.space[j]), None)
        if before is not None and self.in_actor[before] and \
                any(end == before + 1 and a.entry_id.split(":")[1] == "adj"
                    for (_start, end), actors in self.actors_at.items() for a in actors):
            return False   # "talks with Israeli and Hamas negotiators": an adjective before it joins modifiers
        words = [j for j in range(i + 1, min(span.end, i + 12)) if not self.space[j]]
        k = 0
        while k < min(2, len(words)) and self.lower[words[k]] in self.determiners and not self.in_actor[words[k]]:
            k += 1
        if k >= len(words) or not self.in_actor[words[k]]:
            return False
        while k < len(words) and self.in_actor[words[k]]:
            k += 1
        if k >= len(words):
            return False
        verb = words[k]
        low = self.lower[verb]
        if not self.alpha[verb] or not self.token_text[verb][:1].islower():
            return False
        return low in self.finite_auxiliaries or low in self.english_auxiliaries or \
            low in self.sanction_stance_verbs or \
            any(t.tok_start == verb and t.entry.pos == "VERB" for t in triggers) or \
            self.lang == "en" and low.endswith("ed") and not low.endswith("eed")

    def _inside_verb_bracket(self, i: int, clause_start: int, span: TokenSpan, triggers: list[TriggerHit]) -> bool:
        """German: the coordinator ``i`` before a noun trigger stands in the middle field of a clause whose verb is
        still to come, so it joins two phrases ("mit Raketen und Drohnen", "Geld und Waffen"), it opens no clause:
        the clause's separable verb has its particle behind it ("wies die Vorwürfe und Drohungen Russlands
        zurück"), or a finite auxiliary or modal (cues perfect_auxiliaries, predicate_auxiliaries,
        passive_auxiliaries, perfect_passive_finites) or a subordinator opens the clause, no verb trigger stands
        between it and the coordinator, and the words behind the coordinator up to the next break hold no verb
        trigger and no finite auxiliary of their own before the lowercase word closing them (a participle or
        infinitive, then perhaps auxiliaries: "Russland hat in der Nacht ukrainische Energieanlagen mit Raketen und
        Drohnen angegriffen", "..., nachdem Russland Kiew mit Raketen und Drohnen angegriffen hatte"). A verb before
        the coordinator closed its clause ("hat Kiew angegriffen und Drohnen trafen Charkiw"), and so does a phrase
        behind it with a finite verb or a name at its end ("und Sanktionen wurden verhängt", "und Drohnen trafen
        Charkiw")."""
        nxt = next((t for t in triggers if t.tok_start == i + 1), None)
        if nxt is None or nxt.entry.pos == "VERB":
            return False
        if self.lang != "de":
            return self._coordinated_object(i, nxt, span, triggers)
        if any(clause_start <= t.tok_start < i < t.particle_token for t in triggers if t.particle_token is not None):
            return True
        bracket = self.finite_auxiliaries | self.perfect_passive_finites
        lowers = self.lower
        words = self._words_between(clause_start, i)
        opener = next((k for k in range(len(words) - 1, -1, -1) if lowers[words[k]] in bracket), None)
        stop = next((j for j in range(i + 1, span.end) if self.token_text[j] in FRAGMENT_BREAKS), span.end)
        rest = [j for j in self._words_between(i + 1, stop) if not self.punct[j]]
        if opener is None and words and self.token_text[clause_start - 1] == "," and len(rest) >= 2 and \
                (lowers[rest[-2]] in self.infinitive_markers or self._zu_infinitive(rest[-1])) and \
                not any(lowers[j] in bracket for j in words + rest) and \
                not any(t.entry.pos == "VERB" and clause_start <= t.tok_start < i for t in triggers):
            # "..., Russland mit Bauteilen für Drohnen und Raketen zu beliefern": an infinitive clause after its comma
            # closes with its verb as well; the coordinator joins two nouns of its middle field
            opener = 0
        if opener is None:
            if not words or lowers[words[0]] not in self.subordinators:
                return False
            opener = 0
        if any(t.entry.pos == "VERB" and words[opener] < t.tok_start < i for t in triggers):
            return False
        while len(rest) > 1 and lowers[rest[-1]] in bracket:
            rest.pop()   # "angegriffen haben", "angegriffen hatte": the auxiliaries closing the bracket
        closing = rest[-1]
        if len(rest) < 2 or not self.alpha[closing] or not self.token_text[closing].islower():
            return False
        if any(lowers[j] in bracket for j in rest[:-1]):
            return False
        return not any(t.entry.pos == "VERB" and i + 1 < t.tok_start < stop and t.tok_start != closing
                       for t in triggers)

    def _bracket_words(self, i: int, stop: int) -> list[int]:
        """German: the words behind token ``i`` up to the next break, coordinator or subordinator (before ``stop``),
        punctuation left out."""
        stops = self.coordinators | self.subordinators
        rest: list[int] = []
        for j in self._words_between(i + 1, stop):
            if self.token_text[j] in FRAGMENT_BREAKS or self.newline[j] or self.lower[j] in stops:
                break
            if not self.punct[j]:
                rest.append(j)
        return rest

    def _closes_with_participle(self, words: list[int]) -> bool:
        """The German words end in a lowercase past participle and hold no finite auxiliary (two words at least)."""
        bracket = self.finite_auxiliaries | self.perfect_passive_finites
        return len(words) >= 2 and self.alpha[words[-1]] and self.token_text[words[-1]].islower() and \
            self._participle_form(self.lower[words[-1]]) and not any(self.lower[j] in bracket for j in words)

    def _open_bracket(self, clause_start: int, i: int) -> int | None:
        """German: the index in the words before ``i`` of the clause's finite auxiliary whose participle has not come
        yet ("Polen hat die Wahl ..."), or None."""
        lowers = self.lower
        bracket = self.finite_auxiliaries | self.perfect_passive_finites
        before = self._words_between(clause_start, i)
        opener = next((k for k in range(len(before) - 1, -1, -1) if lowers[before[k]] in bracket), None)
        if opener is None or any(self._participle_form(lowers[j]) for j in before[opener + 1:]):
            return None
        return opener

    def _second_participle_predicate(self, i: int, clause_start: int, span: TokenSpan) -> bool:
        """German: the coordinator ``i`` stands right behind the participle that closes its clause's verb bracket,
        and the words behind it up to the next break end in a second participle of the same auxiliary: "Georgien hat
        die Wahl als gefälscht bezeichnet und Moskau eine Einmischung vorgeworfen", "Russland hat Kiew angegriffen
        und Charkiw bombardiert". The second predicate is a clause of its own (its names are its objects, its subject
        the first clause's: _participle_coordination); in one clause the first verb took the second's object."""
        if self.lang != "de" or i - 1 <= clause_start or not self.alpha[i - 1] or \
                not self.token_text[i - 1].islower() or not self._participle_form(self.lower[i - 1]):
            return False
        # (a predicative participle may stand inside the bracket: "hat die Wahl als gefälscht bezeichnet und ...")
        bracket = self.finite_auxiliaries | self.perfect_passive_finites
        if not any(self.lower[j] in bracket for j in self._words_between(clause_start, i - 1)):
            return False
        return self._closes_with_participle(self._bracket_words(i, span.end))

    def _participle_coordination(self, frag: Fragment) -> bool:
        """The German fragment is the second predicate of a shared auxiliary (_second_participle_predicate): it opens
        with a coordinator right behind a participle and ends in a participle ("... bezeichnet und Moskau eine
        Einmischung vorgeworfen")."""
        start = frag.tok_start
        if self.lang != "de" or start == 0 or self.lower[start] not in self.coordinators:
            return False
        if not self.alpha[start - 1] or not self.token_text[start - 1].islower() or \
                not self._participle_form(self.lower[start - 1]):
            # "Die Bundesregierung hat Belarus vorgeworfen, Migranten ... zu bringen, und Minsk mit Sanktionen
            # gedroht": a zu-infinitive clause after the first participle stands between it and the coordinator
            if self.token_text[start - 1] != "," or frag.index < 2 or not self.fragments[frag.index - 1].infinitive:
                return False
            main = self.fragments[frag.index - 2]
            last = [i for i in self._words_between(main.tok_start, main.tok_end) if not self.punct[i]]
            bracket = self.finite_auxiliaries | self.perfect_passive_finites
            if len(last) < 3 or not self.alpha[last[-1]] or not self.token_text[last[-1]].islower() or \
                    not self._participle_form(self.lower[last[-1]]) or \
                    not any(self.lower[i] in bracket for i in last[:-1]):
                return False
        return self._closes_with_participle(self._bracket_words(start, frag.tok_end))

    def _predicative_in_bracket(self, i: int, clause_start: int, span: TokenSpan) -> bool:
        """German: the predicative marker ``i`` ("als", cues predicative_markers) stands without a comma inside a
        clause whose finite auxiliary still waits for its participle, and the words behind it up to the next break,
        coordinator or subordinator end in that participle: "Katar hat den israelischen Luftangriff als staatlichen
        Terrorismus verurteilt", "Polen hat den Angriff als barbarisch bezeichnet" (the verb's clause holds its
        object; was cut before "als", which lost the adjective naming the condemned agent). A temporal "als" clause
        ends in its finite verb ("... protestiert, als Russland angegriffen hatte")."""
        if self.lang != "de" or self.lower[i] not in self.predicative_markers:
            return False
        return self._open_bracket(clause_start, i) is not None and \
            self._closes_with_participle(self._bracket_words(i, span.end))

    def _coordinated_object(self, i: int, nxt: TriggerHit, span: TokenSpan, triggers: list[TriggerHit]) -> bool:
        """English: the noun trigger ``nxt`` behind the coordinator ``i`` is the second of two coordinated noun
        phrases, not the subject of a clause of its own, when a preposition, a break or the sentence's end follows it
        and nothing up to the next break is a verb trigger or an auxiliary ("sent money and weapons to Ukraine",
        "with missiles and drones"); a subject has its verb behind it ("and sanctions were imposed", "and drones
        struck Odesa")."""
        if i == 0 or self.punct[i - 1] or self.space[i - 1] and (i < 2 or self.punct[i - 2]):
            return False
        stop = next((j for j in range(nxt.tok_end, span.end) if self.token_text[j] in FRAGMENT_BREAKS), span.end)
        rest = [j for j in self._words_between(nxt.tok_end, stop)]
        if rest and not (self.punct[rest[0]] or self.lower[rest[0]] in self.prepositions):
            return False
        auxiliaries = self.english_auxiliaries | self.predicate_auxiliaries
        if any(self.lower[j] in auxiliaries for j in rest):
            return False
        return not any(t.entry.pos == "VERB" and nxt.tok_end <= t.tok_start < stop for t in triggers)

    def _verb_follows(self, i: int, span: TokenSpan, triggers: list[TriggerHit]) -> bool:
        """The next trigger after token ``i`` is a verb, before any fragment break: "until" opens a clause ("until
        Ukrainian forces attacked them", "until Russia withdraws"), not a phrase of time ("until the end of the
        war")."""
        nxt = next((t for t in triggers if t.tok_start > i), None)
        return nxt is not None and nxt.tok_start < span.end and nxt.entry.pos == "VERB" and \
            not any(self.token_text[j] in FRAGMENT_BREAKS for j in range(i + 1, nxt.tok_start))

    def _name_in_brackets(self, i: int, span: TokenSpan, trigger_starts: set[int]) -> int:
        """The closing bracket of a short name or abbreviation in brackets behind a name ("the Croatian Teachers' Union
        (HSU) went on strike", "facilities (UCF) in central Iran"): an aside of the noun phrase that does not end the
        clause. -1 when the brackets hold more (a clause, a trigger, a number, an actor: "(PLO)" is a mention of its
        own) or are not closed within five words."""
        for j in range(i + 1, min(span.end, i + 12)):
            if self.token_text[j] == ")":
                words = self._words_between(i + 1, j)
                after = self._words_between(j + 1, min(span.end, j + 3))
                if after and self.lower[after[0]] in self.coordinators | self.subordinators:
                    return -1   # "lift the ban on the front (FIS) but not with ...": the bracket ends the clause
                return j if 0 < len(words) <= 5 and self.token_text[words[0]][:1].isupper() and \
                    all((self.alpha[t] or self.lower[t] in ("-", "'")) and t not in trigger_starts and
                        not self._is_actor_token(t) for t in words) else -1
            if self.token_text[j] in FRAGMENT_BREAKS:
                return -1
        return -1

    def _word_list_comma(self, i: int, span: TokenSpan) -> bool:
        """A comma inside an enumeration of single lowercase words closed by and/or ("opened machine-gun, tank,
        and rocket fire on ..."): it joins the words, it does not end the clause."""
        words = [t for t in range(max(span.start, i - 6), min(span.end, i + 8)) if not self.space[t]]
        at = words.index(i)
        before, after = words[:at], words[at + 1:]
        if not before or not self._list_word(before[-1]) or not after:
            return False
        if self.lower[after[0]] in self.coordinators:   # the serial comma: "mortar, and rocket"
            return len(before) >= 3 and self.token_text[before[-2]] == "," and self._list_word(before[-3]) and \
                len(after) > 1 and self._list_word(after[1])
        if not self._list_word(after[0]) or len(after) < 2:
            return False
        if self.lower[after[1]] in self.coordinators:
            return True
        return self.token_text[after[1]] == "," and self._list_goes_on(after[2:])

    def _list_goes_on(self, rest: list[int]) -> bool:
        """The words behind "word," continue an enumeration of single lowercase words up to its and/or ("tank, and
        rocket fire", "tank, mortar and rocket fire"); a capitalised word or a phrase there ends it ("..., der Xi in
        Paris traf, sagte, Russland habe ...", "..., das die Ukraine unterstützt, sagte, die Ukraine ...": the
        relative clause's verb and the speech word behind it are no list, the comma between them ends the clause).
        Words beyond the look-ahead window are taken to go on."""
        k = 0
        while k < len(rest):
            if self.lower[rest[k]] in self.coordinators:   # the serial comma: "tank, and rocket"
                return k + 1 >= len(rest) or self._list_word(rest[k + 1])
            if not self._list_word(rest[k]):
                return False
            if k + 1 >= len(rest):
                return True
            nxt = rest[k + 1]
            if self.lower[nxt] in self.coordinators:
                return k + 2 >= len(rest) or self._list_word(rest[k + 2])
            if self.token_text[nxt] != ",":
                return False
            k += 2
        return True

    def _list_word(self, t: int) -> bool:
        return self.alpha[t] and self.token_text[t].islower() and self.lower[t] not in self.coordinators and \
            self.lower[t] not in self.subordinators

    def _relative_clause(self, start: int, stop: int, split_verbs: dict[int, int] | None = None) -> bool:
        """The fragment is a relative clause: a relative pronoun (cues relative_pronouns; after a preposition: "mit
        dem", "against whom") right behind a comma that closes a noun ("Russland, das ...", "Russia, which ..."). A
        German one also closes with its verb ("..., das die Ukraine angegriffen hatte,"), unlike a main clause
        opening with an article ("..., die Gespräche dauern an"). ``split_verbs``: particle token -> verb token of
        the separable triggers whose verb stands apart from its particle."""
        comma = start - 1 if start > 1 and not self.space[start - 1] else start - 2
        space, punct = self.space, self.punct
        # the first three words decide for most fragments: the rest is listed only for a German relative pronoun
        rest = (t for t in range(start, stop) if not space[t] and not punct[t])
        words = list(itertools.islice(rest, 3))
        if len(words) < 2:
            return False
        if comma < 1 or self.token_text[comma] != ",":
            # a possessive relative needs no comma: "between Qatar and Bahrain whose relations have been
            # soured by ...", "the country whose troops attacked" (its antecedent is the noun right before it)
            noun = next((i for i in range(start - 1, -1, -1) if not self.space[i]), -1)
            # ... nor does an English restrictive one ("arrested two Russian citizens who took part in the riots":
            # the citizens took part, not the arresting state; cues restrictive_relatives)
            return self.lang != "de" and noun >= 0 and self.alpha[noun] and \
                (self.lower[words[0]] in self.possessive_relatives or
                 self.lower[words[0]] in self.restrictive_relatives and self.token_text[noun][:1].islower())
        k = 1 if self.lower[words[0]] in self.prepositions else 0
        if self.lower[words[k]] not in self.relative_pronouns or len(words) < k + 2:
            return False
        if k and self.lower[words[0]] in self.infinitive_clause_openers and self._infinitive(start, stop):
            return False   # "..., um den Opfern zu helfen", "ohne den Plan zu billigen": an article, no pronoun
        noun = comma - 1
        if not self.alpha[noun]:
            return False
        if self.lang != "de":
            return True
        words += rest
        last = words[-1]
        # "Russland bestritt am Montag, die Ukraine angegriffen zu haben": a clause closing with a zu-infinitive is an
        # infinitive clause (a relative one closes with its finite verb)
        if self.lower[words[-2]] in self.infinitive_markers or self._zu_infinitive(last):
            return False
        # "Am Montag sagte Russland, die Ukraine habe angegriffen": a finite auxiliary before the clause's last word,
        # which is none, is verb second, a main clause (a relative one ends with it: "..., das die Ukraine angegriffen
        # haben soll")
        auxiliaries = self.finite_auxiliaries
        if self.lower[last] not in auxiliaries and any(self.lower[t] in auxiliaries for t in words[k + 1:-1]):
            return False
        # "Am Montag sagte Russland, die Ukraine greife die Stadt an": a separable verb apart from its particle is
        # verb second too (a verb-final clause joins them: "..., die die Stadt angreift")
        verb = split_verbs.get(last) if split_verbs else None
        if verb is not None and start <= verb < last:
            return False
        return self.token_text[noun][:1].isupper() and self.alpha[last] and self.token_text[last][:1].islower() \
            and len(words) >= k + 3

    def _dateline_end(self, span: TokenSpan) -> int:
        """End of a news dateline ("GAZA CITY, Palestinian Territories:", "LYON:"): capitalized place words up to a
        colon, the first in capitals. Places there say where the report was filed, not who acted."""
        space = self.space
        if ":" not in self.token_text[span.start:span.start + 12]:   # (a slice stops at the doc's end)
            return span.start   # no colon, no dateline
        words = [i for i in range(span.start, min(span.end, span.start + 12)) if not space[i]]
        for k, i in enumerate(words):
            if self.token_text[i] == ":":
                names = [w for w in words[:k] if not self.punct[w]]
                first = self.token_text[names[0]] if names else ""
                if names and len(first) > 1 and first.isupper() and \
                        all(self.alpha[w] and self.token_text[w][:1].isupper() for w in names):
                    return i + 1
                return span.start
            if not (self.alpha[i] or self.token_text[i] == ","):
                return span.start
        return span.start
