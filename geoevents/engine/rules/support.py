"""Whether a trigger is used as an act: a topic noun needs a support word of its family in its clause
("Invasion" + "gestartet"), an intent cue or explicit parties; a verb row with an object family needs its
actor object ("helped Ukraine", "wants Putin to"); an intent or future cue must govern the trigger's verb."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit
from geoevents.engine.lexicon import match_after_first, match_at
from geoevents.engine.rules.common import (DESTINATION_FAMILY, OBJECT_FAMILIES, PARTNER_FAMILY, STRIKE_TARGET_FAMILY,
                                           SURFACE_CUES, Actor, Fragment, Group)


class SupportWords:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _intent_of_coordinated_clause(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The fragment's intent cues all stand after the trigger, behind a coordinator that follows it ("met on
        Monday and resolved to adopt a plan", "traf sich und billigte einen Plan"): they belong to the coordinated
        predicate, not to the trigger's."""
        keys = self.surface if "intent" in SURFACE_CUES else self.keys
        first = next((i for i, patterns in self._cue_tokens("intent", frag.tok_start, frag.tok_end)
                      if any(match_after_first(p, keys, i, frag.tok_end) is not None for p in patterns)), None)
        if first is None or first < trig.tok_end:
            return False
        # a coordinator between two names joins the parties, not clauses ("Ein Treffen zwischen Biden und Putin ist
        # für Mai geplant")
        words = self._words_between(trig.tok_end, first)
        return any(self.lower[i] in self.coordinators and not (0 < k < len(words) - 1 and
                                                               self.in_actor[words[k - 1]] and self.in_actor[words[k + 1]])
                   for k, i in enumerate(words))

    def _intent_fragment(self, frag: Fragment) -> Fragment | None:
        if self._cue_in("intent", frag) and not self._cue_in("intent_blockers", frag):
            return frag
        if frag.index > 0 and frag.infinitive:
            prev = self.fragments[frag.index - 1]
            if self._cue_in("intent", prev) and not self._cue_in("intent_blockers", prev):
                return prev
        return None

    def _supported(self, trig: TriggerHit, frag: Fragment, intent_frag: Fragment | None) -> bool:
        family = trig.entry.support
        if family in OBJECT_FAMILIES and self._object_side_act(trig, frag) is not None:
            return True
        if family in OBJECT_FAMILIES:
            # "faces pressure to help Iran": an infinitive without an intent cue is not an act that happened
            before = self._words_between(frag.tok_start, trig.tok_start)
            if before and self.lower[before[-1]] in self.infinitive_markers and intent_frag is None and not (
                    len(before) >= 2 and self.lower[before[-2]] in self.decision_words):
                return False   # but "decided to allow X to run": the decision is the act
            return self._object_after(trig, frag, OBJECT_FAMILIES[family]) is not None
        if family is None:
            return True
        if intent_frag is not None and family not in self.strict_support_families and \
                (intent_frag is not frag or self._intent_cue_before(trig, frag)):
            return True    # "is ready to send inspectors"; not "UN inspectors want to ..." (the noun is the subject)
        return self._family_in(family, trig, frag) or family == PARTNER_FAMILY and self._partner_named(trig, frag) or \
            family == DESTINATION_FAMILY and self._destination_named(trig, frag) or \
            family == STRIKE_TARGET_FAMILY and self._strike_target(trig, frag) or self._held_frame(trig) is not None

    def _strike_target(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A noun of the strike family names what it hits: right behind it a preposition of cues
        strike_target_prepositions ("on", "against") and, at most four words later (articles, lowercase adjectives,
        numerals between), an actor or a gazetteer place behind that preposition: "Russian strikes on Kharkiv",
        "strikes on Ukrainian energy facilities", "an Israeli strike on Hamas negotiators". A name that only opens a
        longer capitalized name is none ("a strike on the London Underground"), nor is a date ("a strike on
        Monday")."""
        if trig.entry.pos != "NOUN":
            return False
        words = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.space[i]][:6]
        if not words or self.lower[words[0]] not in self.strike_target_preps:
            return False
        prep = self.lower[words[0]]
        for k, i in enumerate(words[1:], 1):
            group = next((g for g in frag.groups if g.tok_start == i and g.prep == prep), None)
            if group is None:
                group = next((g for g in self._places_of(frag, trig) if g.tok_start == i), None)
            if group is not None:
                after = group.tok_end
                while after < frag.tok_end and self.space[after]:
                    after += 1
                return not (after < frag.tok_end and self.alpha[after] and self.token_text[after][:1].isupper()
                            and not self.in_actor[after])
            if k > 4 or not (self.lower[i] in self.determiners or self.like_num[i] or
                             self.alpha[i] and self.token_text[i][:1].islower() and
                             self.lower[i] not in self.prepositions):
                return False
        return False

    def _destination_named(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An actor stands right behind a destination preposition (cues destination_prepositions) after the travel
        verb in its clause: "flog am Montag nach Moskau", "ist nach Peking geflogen"; not "flog nach dem Treffen
        zurück", "flogen nach Angaben Japans nahe der Grenze" (no name right behind "nach")."""
        return any(g.prep in self.destination_preps and self.lower[g.tok_start - 1] == g.prep for g in frag.groups
                   if g.tok_start > trig.tok_start or self.lang == "de")

    def _held_frame(self, trig: TriggerHit) -> int | None:
        """The frame word (cues held_frame_words: bei, während, nach, unter, durch; during, after, following, under,
        through) before a noun of a meeting-family row, with at most articles, possessives and adjectives between
        (cues held_frame_reach words): "Bei einem Besuch in Seoul kündigte ... an", "During his visit to Seoul, ...",
        "Nach einem Treffen mit ...", "Following talks with ...", "Unter Vermittlung Malaysias ...", "Under Qatari
        mediation, ...". The frame says the meeting, visit or mediation took place: it is an act of its own beside the
        clause's (its source the noun's own agent, _frame_agent, or the clause's subject, also behind an opening
        frame's comma, References._frame_subject). Its token, or None."""
        if trig.entry.support != "meeting" or trig.entry.pos != "NOUN":
            return None
        frame = self._frame_word_before(trig.tok_start)
        if frame is not None and self.lower[frame] in self.visit_only_frame_words and trig.entry.mode != "visit":
            return None   # "on a visit to Berlin" frames a visit; "insisted on talks with Russia" holds none
        return frame

    def _frame_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The agent a framed noun (``_held_frame``) names itself: a German genitive behind it ("Unter Vermittlung
        Malaysias", "durch Vermittlung der Türkei") or an actor right before it, an adjective or a possessor ("unter
        ägyptischer Vermittlung", "under Qatari mediation", "through Qatar's mediation"). None otherwise ("During his
        visit to Seoul, ...": the clause's subject is the visitor)."""
        genitive = self._genitive_after(trig.tok_end, frag)
        if genitive is not None:
            return genitive
        for group in frag.groups:
            gap = self._words_between(group.tok_end, trig.tok_start) if group.tok_end <= trig.tok_start else None
            if gap is not None and all(self.lower[i] in self.possessive_markers for i in gap):
                return group
        return None

    def _frame_word_before(self, tok: int) -> int | None:
        """The frame word of ``_held_frame`` before token ``tok``, or None."""
        if not self.held_frame_words:
            return None
        j = tok - 1
        for _step in range(self.held_frame_reach + 1):
            while j >= 0 and self.space[j]:
                j -= 1
            if j < 0 or self.punct[j]:
                return None
            low = self.lower[j]
            if low in self.held_frame_words:
                return j
            if not (low in self.determiners or low in self.possessive_determiners or self.in_actor[j] or
                    self.token_text[j][:1].islower() and low not in self.prepositions):
                return None   # a name, a noun or another preposition: "the visit", "nach Angaben des Treffens"
            j -= 1
            while j >= 1 and self.token_text[j] == "-" and not self.space[j - 1] and \
                    self.idx[j] == self.idx[j - 1] + len(self.token_text[j - 1]):
                j -= 2   # one hyphenated adjective: "on a two-day visit to"
        return None

    def _framing_speaker(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The speaker of a saying in the framed noun's own clause whose content holds the frame: "Baerbock hat
        China am Dienstag bei einem Besuch in Peking vor ... gewarnt" (the German bracket of the perfect puts the
        frame between the auxiliary and the speech word), or behind the speech word in its clause ("Merz said on
        Wednesday after a meeting with Li Qiang that ...", "..., sagte Merz am Mittwoch nach einem Treffen mit dem
        chinesischen Ministerpräsidenten"). The frame dates the clause's act, so its visitor is the
        clause's subject, the speaker, not the subject of what was said (China). None otherwise ("Xi sagte, bei
        einem Besuch in Moskau habe Putin ...": the content is a clause of its own)."""
        return next((st.speaker for st in self.statements
                     if st.sentence_index == self.sentence_index and st.trigger is not None and
                     self.frag_of.get(st.trigger.tok_start) is frag and
                     (st.content_tokens[0] <= trig.tok_start < st.content_tokens[1] or
                      st.trigger.tok_end <= trig.tok_start)), None) or self._attribution_frame_speaker(trig, frag)

    def _attribution_frame_speaker(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The speaker of a saying whose clause the framed noun's clause follows right behind the speech word, opened
        by the frame word ("Merz said after a meeting with Li Qiang that ...": "after" opens a clause of its own), with
        no punctuation between them and no subject in the frame's clause. Not a frame in what was said ("Xi sagte,
        bei einem Besuch in Moskau habe Putin ...")."""
        frame = self._held_frame(trig)
        words = [i for i in self._words_between(frag.tok_start, frag.tok_end) if not self.punct[i]]
        if frame is None or frag.index == 0 or not words or words[0] != frame:
            return None
        if any(g.prep is None for g in frag.groups):
            return None   # "Xi sagte, bei einem Besuch in Moskau habe Putin ...": a clause with its own subject
        prev = self.fragments[frag.index - 1]
        return next((st.speaker for st in self.statements
                     if st.sentence_index == self.sentence_index and st.trigger is not None and
                     self.frag_of.get(st.trigger.tok_start) is prev and st.trigger.tok_end <= frame and
                     not any(self.punct[i] for i in range(st.trigger.tok_end, frame))), None)

    def _intent_cue_before(self, trig: TriggerHit, frag: Fragment) -> bool:
        index = self.cues.index("intent")
        return any(match_at(p, self.surface, i, frag.tok_end) is not None
                   for i in range(frag.tok_start, trig.tok_start) for p in index.candidates(self.surface[i]))

    def _family_in(self, family: str, trig: TriggerHit, frag: Fragment) -> bool:
        """A support word of ``family`` in the trigger's clause (or the clause an infinitive depends on)."""
        return self._support_match(family, trig, frag)[0] > 0   # (_support_length without its call)

    def _support_length(self, family: str, trig: TriggerHit, frag: Fragment, reach: int | None = None) -> int:
        return self._support_match(family, trig, frag, reach)[0]

    def _support_match(self, family: str, trig: TriggerHit, frag: Fragment,
                       reach: int | None = None) -> tuple[int, bool, int]:
        """Tokens of the longest support word of ``family`` in the trigger's clause (or the clause an infinitive
        depends on), 0 if none; whether one stands before the trigger; minus the distance of the nearest one. With
        ``reach``, only before the trigger or at most that many tokens after it. The second part of a hyphenated
        word is no support word ("an open-ended strike")."""
        longest, before, nearest = 0, False, -len(self.lower)
        if family not in self._support_families_near(frag):
            return longest, before, nearest   # no pattern of the family starts in the sentence (60 % of the asks)
        scope = [frag] + ([self.fragments[frag.index - 1]] if frag.infinitive and frag.index > 0 else []) + \
            self._after_object_apposition(trig, frag) + self._predicative_clause(family, trig, frag) + \
            self._infinitive_clause(family, trig, frag)
        for f in scope:
            for i, end, found_family in self._support_words(f):
                if trig.tok_start <= i < trig.tok_end or (reach is not None and i >= trig.tok_end + reach):
                    continue
                if found_family == family:
                    longest = max(longest, end - i)
                    before = before or i < trig.tok_start
                    nearest = max(nearest, -(trig.tok_start - end if i < trig.tok_start else i - trig.tok_end))
        return longest, before, nearest

    def _support_families_near(self, frag: Fragment) -> frozenset[str]:
        """The families of the support patterns that start in the sentence's fragments (and ``frag``): a superset of
        what ``_support_words`` finds in any fragment ``_support_match`` looks at, kept per token range so a family
        absent from the sentence is answered without building the scope."""
        fragments = self.fragments
        if fragments and fragments[0].tok_start <= frag.tok_start and frag.tok_end <= fragments[-1].tok_end:
            # (every ask on the corpus: the sentence's own range, kept with its fragments by _sentence)
            found = self.sentence_support_families
            if found is None:
                found = self.sentence_support_families = self._support_families_in(fragments[0].tok_start,
                                                                                   fragments[-1].tok_end)
            return found
        fragments = fragments or [frag]
        key = (min(frag.tok_start, fragments[0].tok_start), max(frag.tok_end, fragments[-1].tok_end))
        found = self.support_family_memo.get(key)
        if found is None:
            found = self.support_family_memo[key] = self._support_families_in(*key)
        return found

    def _support_families_in(self, start: int, stop: int) -> frozenset[str]:
        """The families of the support patterns that start in tokens start..stop (a per-word memo each)."""
        keys, families_of = self.keys, self.support_families_of
        return frozenset().union(*[families_of[keys[i]] for i, _patterns in self._cue_tokens("support", start, stop)])

    def _predicative_clause(self, family: str, trig: TriggerHit, frag: Fragment) -> list[Fragment]:
        """The clause right behind a verb's clause that opens with "as"/"als" (cues predicative_markers), for a family
        of cues predicative_support_families: "described the move as openly hostile", "bezeichnete die Drohung als
        inakzeptable Einmischung" (the marker opens a clause of its own unless a listed adjective follows it). []
        otherwise."""
        if family not in self.predicative_support_families or trig.entry.pos != "VERB" or \
                frag.index + 1 >= len(self.fragments):
            return []
        nxt = self.fragments[frag.index + 1]
        first = next((i for i in self._words_between(nxt.tok_start, nxt.tok_end) if not self.punct[i]), None)
        return [nxt] if first is not None and self.lower[first] in self.predicative_markers else []

    def _infinitive_clause(self, family: str, trig: TriggerHit, frag: Fragment) -> list[Fragment]:
        """The infinitive clause right behind a verb's clause, for a family of cues infinitive_support_families:
        "forderte den Botschafter auf, das Land zu verlassen" (the comma cuts the German infinitive into a fragment
        of its own; an expulsion, 166). [] otherwise."""
        if family not in self.infinitive_support_families or trig.entry.pos != "VERB" or \
                frag.index + 1 >= len(self.fragments):
            return []
        nxt = self.fragments[frag.index + 1]
        return [nxt] if nxt.infinitive else []

    def _after_object_apposition(self, trig: TriggerHit, frag: Fragment) -> list[Fragment]:
        """The rest of a verb's clause behind an apposition to its object (``_apposition_rest``): "forced the UN
        children's agency, UNICEF, out of the country" finds its support words there. [] otherwise."""
        if trig.entry.pos != "VERB" or self._word_count(trig.tok_end, frag.tok_end) < 2:
            return []
        rest = self._apposition_rest(frag)
        return [rest] if rest is not None else []

    def _apposition_rest(self, frag: Fragment) -> Fragment | None:
        """The fragment that continues ``frag``'s clause behind an apposition to the noun that closes ``frag``
        ("Russia expelled the US envoy, John Smith, on Wednesday": the commas cut the clause into three fragments).
        The apposition is a fragment that is only one known actor or a capitalized name, closed by a comma, and
        ``frag`` ends in the comma that opens it; None otherwise."""
        if frag.subordinate or frag.index + 2 >= len(self.fragments):
            return None
        apposition, rest = self.fragments[frag.index + 1], self.fragments[frag.index + 2]
        if apposition.subordinate or apposition.infinitive or rest.subordinate:
            return None
        own = [i for i in self._fragment_tokens(frag) if not self.space[i]]
        words = [i for i in self._fragment_tokens(apposition) if not self.space[i]]
        inner = [i for i in words if not self.punct[i]]
        if len(own) < 3 or self.token_text[own[-1]] != "," or self.punct[own[-2]] or not inner or \
                self.token_text[words[-1]] != ",":
            return None
        known = len(apposition.groups) == 1 and not apposition.pronouns and not apposition.groups[0].prep and \
            all(apposition.groups[0].tok_start <= i < apposition.groups[0].tok_end for i in inner)
        # "Russia freed Evan Smith, an American journalist, on Friday": an indefinite description of the object
        # (cues apposition_articles, then at most five words, no verb trigger) is an apposition too
        described = self.lower[inner[0]] in self.apposition_articles and len(inner) <= 6 and \
            not apposition.pronouns and all(g.prep is None for g in apposition.groups) and \
            not any(apposition.tok_start <= t.tok_start < apposition.tok_end for t in self.sentence_triggers)
        return rest if known or described or self._name_apposition(apposition) else None

    def _support_clause(self, trig: TriggerHit, frag: Fragment) -> Fragment | None:
        """The clause an infinitive depends on when the trigger's support word stands only there ("wird ein Team
        schicken, um ... zu helfen"), else None."""
        family = trig.entry.support
        if family is None or family in OBJECT_FAMILIES or not frag.infinitive or frag.index == 0:
            return None
        if any(found == family and not trig.tok_start <= i < trig.tok_end for i, _e, found in self._support_words(frag)):
            return None
        prev = self.fragments[frag.index - 1]
        return prev if any(found == family for _i, _e, found in self._support_words(prev)) else None

    def _support_words(self, frag: Fragment) -> list[tuple[int, int, str]]:
        """(start, end, family) of every support word in the fragment, not the second part of a hyphenated word;
        found once per fragment (every trigger and every reading of a shared pattern asks)."""
        memo_key = (frag.tok_start, frag.tok_end)
        found = self.support_memo.get(memo_key)
        if found is None:
            found = self.support_memo[memo_key] = []
            keys, token_text, idx = self.keys, self.token_text, self.idx
            for i, patterns in self._cue_tokens("support", frag.tok_start, frag.tok_end):
                if i > 0 and token_text[i - 1] == "-" and idx[i - 1] + 1 == idx[i]:
                    continue
                for pattern in patterns:
                    # a separable verb needs its particle: "nahm 20 Flüchtlinge fest" is an arrest, no "nahm ...
                    # auf" (shelter)
                    end = match_at(pattern, keys, i, frag.tok_end)
                    if end is not None:
                        found.append((i, end, pattern.payload))
        return found

    def _object_after(self, trig: TriggerHit, frag: Fragment, infinitive: bool,
                      subject: Group | None = None) -> Group | None:
        """The actor right after a verb trigger (determiners between allowed): "helped Ukraine", "wants the US to";
        with ``infinitive`` the infinitive marker must follow it. German marks the object by case wherever it stands
        ("Der Ukraine half Polen"), and adjectives may follow its article ("half der benachbarten Ukraine"); the
        ``subject`` after a German verb is skipped ("Am Montag erlaubten die USA der Ukraine, ...")."""
        german = self.lang == "de"
        if german and not infinitive:
            fronted = next((g for g in frag.groups if g.tok_end <= trig.tok_start and self._oblique(g)), None)
            if fronted is not None:
                return fronted
        after = trig.tok_end
        for group in frag.groups:
            if group.tok_start < trig.tok_end:
                continue
            if german and subject is not None and group.tok_start == subject.tok_start and \
                    group.tok_end == subject.tok_end:
                after = group.tok_end
                continue
            gap = self._words_between(after, group.tok_start)
            if not infinitive and self._people_of(gap, group):
                return group   # "helped the two exiled journalists from Iran": the people of that actor
            if group.prep is not None or group.genitive or not all(
                    self.lower[t] in self.determiners or german and k > 0 and self.lower[gap[0]] in self.determiners
                    and self.alpha[t] and self.token_text[t][:1].islower()
                    or self.lower[t] in self.np_internal   # "ordered former president Menem to"
                    or self.lower[t] in self.person_titles and group.members[0].person   # "candidate Ouattara"
                    for k, t in enumerate(gap)):
                return None
            if infinitive:
                after = self._words_between(group.tok_end, frag.tok_end)
                # a day between the object and the marker: "pressed Beijing on Tuesday to rein in North Korea"
                if len(after) >= 3 and self.lower[after[0]] == "on" and self.lower[after[1]] in self.date_words:
                    after = after[2:]
                if not after or self.lower[after[0]] not in self.infinitive_markers:
                    return None
            return group
        return None

    def _unilateral_act(self, frag: Fragment) -> bool:
        return self._has_word(self.unilateral_support, frag.tok_start, frag.tok_end)

    def _cue_governs(self, trig: TriggerHit, frag: Fragment, cue_list: str, act_clause: Fragment | None = None) -> bool:
        """An intent or future cue of ``frag`` governs the verb trigger: it stands right before it ("wants to attack",
        "vowed to fight", "would boycott"), not before some other act ("offered to negotiate ... following the
        invasions"); an intent cue not after a commitment ("pledged to expel", "agreed to withdraw"). A German intent
        cue also governs from behind and across a comma: the intent word closing the act's clause ("hat den Angriff
        auf Kiew lange geplant", "..., dass Russland Kiew angreifen will"), and, given ``act_clause`` (the trigger's
        own clause, an infinitive clause after ``frag``), an intent cue of ``frag`` governs the zu-infinitive that
        closes ``act_clause`` with its object between them ("Russland kündigte an, die Ukraine anzugreifen",
        "beabsichtigt, die Ukraine anzugreifen"; not after a commitment: "versprach, ... abzuziehen")."""
        if trig.entry.pos == "NOUN":
            return False
        index = self.cues.index(cue_list)
        if self.lang == "de" and cue_list == "intent":
            # German verb-final: the intent word closing the act's clause governs it ("hat den Angriff auf Kiew lange
            # geplant", "..., dass Russland Kiew angreifen will"), as it does standing before it ("plant einen Angriff")
            words = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.punct[i]]
            if words and not any(other.tok_start > trig.tok_start and other.tok_start <= words[-1]
                                 and other.entry.frame != "speech" for other in self.sentence_triggers) and \
                    any(match_at(p, self.surface, words[-1], words[-1] + 1) == words[-1] + 1
                        for p in index.candidates(self.surface[words[-1]])):
                return True
            if act_clause is not None and act_clause is not frag and act_clause.infinitive:
                # the zu-infinitive closes its clause ("anzugreifen", "zu helfen"); no commitment in the cue's clause
                words = [i for i in self._words_between(act_clause.tok_start, act_clause.tok_end) if not self.punct[i]]
                if words and words[-1] == trig.tok_end - 1 and \
                        (self._zu_infinitive(trig.tok_start) or trig.tok_start > act_clause.tok_start and
                         self.lower[trig.tok_start - 1] in self.infinitive_markers) and \
                        not self._has_word(self.commitment_words, frag.tok_start, frag.tok_end):
                    return True
        for i in range(max(frag.tok_start, trig.tok_start - 6), trig.tok_start):
            if self.lower[i] in self.backshifted_future and trig.tok_start - i <= 2:
                return True
            if cue_list == "intent" and self.lower[i] in self.commitment_words:
                continue    # "pledged to expel", "agreed to withdraw": a commitment to someone, not a threat
            for pattern in index.candidates(self.surface[i]):
                if cue_list == "modality" and pattern.payload != "future":
                    continue
                end = match_at(pattern, self.surface, i, trig.tok_start, frag.tok_end)
                if end is not None and trig.tok_start - end <= 1 + int(self.lower[end - 1] not in
                                                                          self.infinitive_markers):
                    return True
        return False

    def _people_of(self, gap: list[int], group: Group) -> bool:
        """The words before ``group`` name people it is the origin of: "(the two exiled) dissidents from", "refugees
        from", "Flüchtlingen aus": at most three modifiers (determiners, numbers, lowercase adjectives), a word of the
        "persons" support family, the group's preposition."""
        if group.prep not in self.people_origin_preps or len(gap) < 2 or len(gap) > 5 or \
                self.lower[gap[-1]] != group.prep or not self._support_word_ends_at("persons", gap[-1]):
            return False
        return all(self.lower[t] in self.determiners or self.token_text[t].isdigit() or
                   (self.alpha[t] and self.token_text[t].islower()) for t in gap[:-2])

    def _support_word_ends_at(self, family: str | None, end: int) -> bool:
        """A support word of ``family`` ends right before token ``end`` ("gave" in "gave Ukraine weapons"), or before
        its determiners ("accepted the EEC's proposal", "met the union's demands"); a separable one with its particle
        later in the clause ("sagte China Hilfe zu")."""
        if family is None or end == 0:
            return False
        while end > 1 and self.lower[end - 1] in self.determiners:
            end -= 1
        index = self.cues.index("support")
        frag = self.frag_of.get(end - 1)
        clause_end = frag.tok_end if frag is not None else self.span.end
        return any(pattern.payload == family and match_at(pattern, self.keys, start, end, clause_end) == end
                   for start in range(max(0, end - 3), end) for pattern in index.candidates(self.keys[start]))

    def _object_of_own_support_verb(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An agreement noun that is the object of its support verb, with that verb's subject before it ("Ukraine
        accepted a proposal by Turkey"): the subject does the act, the by-phrase names the proposal's author (the
        target, cues target_prepositions_by_root "030")."""
        family = trig.entry.support
        if trig.entry.cameo_code[:2] != "03" or not family or family in OBJECT_FAMILIES:
            return False
        longest, before, _nearest = self._support_match(family, trig, frag)
        return longest > 0 and before and \
            any(g.prep is None and g.tok_end <= trig.tok_start for g in frag.groups)

    def _object_side_act(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(agent, object) of an act on an object with an infinitive ("object_to" rows: "pressured Iran to ...")
        told from the object's side: the passive "Iran was pressured by Russia to stop", the noun "Iran faces /
        came under pressure from Russia to stop" (cue list object_side_openers before it). The agent phrase stands
        between the trigger and the infinitive marker; when it only describes someone ("by Congress") the source is
        unknown. English."""
        if trig.entry.support != "object_to" or self.lang != "en":
            return None
        before = self._words_between(frag.tok_start, trig.tok_start)
        after = self._words_between(trig.tok_end, frag.tok_end)
        if not before or len(after) < 3:
            return None
        passive = self.lower[before[-1]] in self.passive_aux and \
            self._english_participle(self.lower[trig.tok_end - 1], irregular=True)   # "was pressured", "was told"
        if not (passive and self.lower[after[0]] in self.agent_preps or
                self.lower[before[-1]] in self.object_side_openers and self.lower[after[0]] in self.origin_preps):
            return None
        marker = next((k for k, i in enumerate(after) if self.lower[i] in self.infinitive_markers), None)
        if marker is None or not 2 <= marker <= 5:
            return None
        phrase = after[1:marker]
        agent = next((g for g in frag.groups if phrase[0] <= g.tok_start and g.tok_end <= phrase[-1] + 1), None)
        if agent is None:
            hit = next((h for h in self.unresolved if phrase[0] <= h.tok_start <= phrase[-1] and h.sector), None)
            if hit is None:
                return None
            span = self.table.span(phrase[0], phrase[-1] + 1)
            nobody = Actor(None, hit.sector, self.text[span.start_char:span.end_char], span.start_char,
                           span.end_char, phrase[0], phrase[-1] + 1, "unnamed", None, None, "")
            agent = Group([nobody], phrase[0], phrase[-1] + 1)
        patient = next((g for g in frag.groups if g.tok_end <= trig.tok_start and g.prep is None), None)
        if patient is None or not self._other_party(patient, agent) and agent.members[0].code is not None:
            return None
        return agent, patient
