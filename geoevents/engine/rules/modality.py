"""Negation, modality and tense of a row: the negation and modality cues of the trigger's scopes (its
fragment, its intent word's, the clause an infinitive depends on) with the strongest modality winning, local
negations ("without"), a negation behind "but", the back-shifted future of indirect speech ("announced it
would"), an announced refusal ("will not provide aid": the rejection code) and an act still awaited ("until")."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit
from geoevents.engine.lexicon import match_at
from geoevents.engine.rules.common import GOVERNING_ROOTS, MODALITY_RANK, Fragment


class NegationModality:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _pending_condition(self, trig: TriggerHit, frag: Fragment, openers: frozenset[str] | None = None,
                           clause_openers: frozenset[str] | None = None) -> bool:
        """The act stands behind "until"/"bis" (cues pending_condition_openers; no clause opener, coordinator or
        punctuation between) and is still awaited: the main clause before the word is future, hypothetical or
        negated ("The EU will keep the sanctions until Russia withdraws", "said it would fight until Russia
        withdrew"), or the until-clause is in the present ("opposed the deployment until their demands are met",
        "bis ihre Forderungen erfüllt sind": cues present_markers, an English verb trigger in -s, a German one in
        -t) and not in the past (cues past_markers: "held the town until the army recaptured it" happened).
        ``openers``/``clause_openers``: other words of such a clause (cues awaited_clause_openers: "before", "bevor",
        whose act is hypothetical, not vetoed: _content_event)."""
        openers = self.pending_condition_openers if openers is None else openers
        clause_openers = self.pending_clause_openers if clause_openers is None else clause_openers
        before = self.lower[frag.tok_start:trig.tok_start]
        if openers.isdisjoint(before) and clause_openers.isdisjoint(before):
            return False   # no opener before the act in its clause (nearly every act): the walk below finds none
        opener = None
        first = next((i for i in range(frag.tok_start, trig.tok_start) if not self.space[i]), None)
        for i in range(trig.tok_start - 1, frag.tok_start - 1, -1):
            word = self.lower[i]
            if word in openers or word in clause_openers and i == first:
                opener = i   # (German "bis" inside a clause is a preposition: "will bis Ende des Jahres verhandeln")
                break
            if self.punct[i] or word in self.subordinators or word in self.coordinators and not (
                    0 < i < len(self.lower) - 1 and self.in_actor[i - 1] and self.in_actor[i + 1]):
                return False   # (a coordinator inside a compound subject: "until Russia and Belarus withdraw")
        if opener is None or self._has_word(self.infinitive_markers, opener, trig.tok_start) or \
                opener == frag.tok_start and frag.infinitive:
            return False   # "plant, bis Ende des Jahres nach Peking zu reisen": "bis" of time before an infinitive
        clause_end = next((i for i in range(trig.tok_end, frag.tok_end) if self.punct[i] or
                           self.lower[i] in self.coordinators or self.lower[i] in self.subordinators), frag.tok_end)
        # a clause, not a phrase of time ("until the end of the war", "bis zum Abzug"): a verb trigger, an auxiliary,
        # or (English) an actor as its subject with its verb ("until Albania meets its demands")
        verb = trig.entry.pos in ("VERB", "PHRASE") and self.lower[trig.tok_start - 1] not in self.determiners or \
            self.lower[opener] in self.clause_only_openers   # "bevor" opens a clause, never a phrase
        past = self._has_word(self.past_markers, opener, clause_end)
        present = self._has_word(self.present_markers, opener, clause_end)
        # the verb of the trigger (after the actor a phrase row opens with: "forces withdrew") or the subject's
        head = next((i for i in range(trig.tok_start, trig.tok_end) if not self.space[i] and not self.in_actor[i]),
                    trig.tok_start)
        subject = next((i for i in range(opener + 1, trig.tok_start) if not self.space[i]), None)
        if self.lang == "en" and not verb and subject is not None and self.in_actor[subject]:
            after = next((i for i in range(subject, trig.tok_start) if not self.space[i] and not self.in_actor[i]), None)
            if after is not None and self.lower[after] not in self.possessive_markers:
                verb, head = True, after
        if not (verb or past or present):
            return False
        # ... in the present: English -s ("withdraws", "meets"), German -t but not -te ("abzieht", not "abzog")
        form = self.lower[head]
        if not past and (present or verb and (form.endswith("s") if self.lang == "en" else
                                              form.endswith("t") and not form.endswith("te"))):
            return True
        main = Fragment(frag.index, frag.tok_start, opener, frag.subordinate, frag.infinitive) \
            if opener > frag.tok_start else self.fragments[frag.index - 1] if frag.index > 0 else None
        if main is None:
            return False
        negated, modality = self._negation_modality(main, None)
        return negated or modality != "asserted"

    def _refusal(self, frag: Fragment, start: int, stop: int, intent_frag: Fragment | None) -> bool:
        """An announced refusal of the act at tokens ``start``..``stop``: a modal of the future or of will before
        it (cues refusal_modals) with a negation at most refusal_negation_reach words after the modal ("will not
        provide", "won't meet", "said it would not release"; German puts it late: "wird der Ukraine die Waffen nicht
        liefern"). The act is in the future (a "would" only as the reported "will"). Not "has no plans to" (no
        modal) nor "did not agree to" (past)."""
        scopes = [frag] + ([intent_frag] if intent_frag is not None and intent_frag is not frag else [])
        if not self.refusal_codes or not any(self._cue_in("negation", s) for s in scopes):
            return False   # (memoized per clause: most acts have no negation)
        index = self.cues.index("negation")
        found = False
        for scope in scopes:
            words = self._words_between(scope.tok_start, scope.tok_end)
            for k, i in enumerate(words):
                if i < stop and self.lower[i] in self.refusal_modals and any(
                        match_at(p, self.surface, j, scope.tok_end) is not None
                        for j in words[k + 1:k + 1 + self.refusal_reach] for p in index.candidates(self.surface[j])):
                    found = True
        if not found:
            return False
        negated, modality = self._negation_modality(frag, intent_frag)
        if modality == "hypothetical" and self._backshifted_future(start, frag):
            modality = "future"
        return negated and (modality == "future" or intent_frag is not None)

    def _refusal_code(self, code: str) -> str | None:
        """The rejection code of an intent code (cues refusal_codes): 0353 release -> 1243, 036 meet -> 125."""
        if code[:2] != "03":
            return None
        return self.refusal_codes.get(code) or self.refusal_codes.get(code[:3])

    def _backshifted_future(self, tok: int, frag: Fragment) -> bool:
        """"Israel announced it would free ...": in indirect speech after a past-tense speech verb, "would" is the
        reported "will" of the act at ``tok``, not a condition (unless the content has a condition or another
        hypothetical cue)."""
        statement = self._enclosing_statement(tok)
        if statement is None or statement.quote is not None or statement.trigger is None:
            return False
        speech = statement.trigger.tok_start
        if self.lower[speech] == self.keys[speech][-1] or self.lower[speech].endswith("s"):
            return False   # "says it would": present tense, the conditional reading stays
        start, stop = statement.content_tokens
        if self._has_word(self.condition_words, start, stop):
            return False
        index = self.cues.index("modality")
        for i in self._fragment_tokens(frag):
            if self.lower[i] in self.backshifted_future or self.lower[i] in self.name_homographs and \
                    self.token_text[i][:1].isupper() and self._words_between(self.span.start, i):
                continue   # (the month "May" is no modal, as in _modality_cue)
            if any(p.payload == "hypothetical" and match_at(p, self.surface, i, frag.tok_end) is not None
                   for p in index.candidates(self.surface[i])):
                return False
        return self._has_word(self.backshifted_future, frag.tok_start, frag.tok_end)

    def _negated_content_only(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A governing act (roots GOVERNING_ROOTS: appeals, demands, threats) whose clause's only negation words
        stand behind it, each right before an infinitive marker: "urged China not to supply weapons to Russia",
        "called on Iran not to attack Israel" (the appeal was made; what it asks is not coded). Not "did not urge"."""
        if trig.entry.cameo_code[:2] not in GOVERNING_ROOTS:
            return False
        words = self._words_between(frag.tok_start, frag.tok_end)
        found = False
        for k, i in enumerate(words):
            if self.lower[i] not in self.negation_words:
                continue
            if i < trig.tok_end or k + 1 >= len(words) or self.lower[words[k + 1]] not in self.infinitive_markers:
                return False
            found = True
        return found

    def _only_distant_local_negation(self, trig: TriggerHit, frag: Fragment, intent_frag: Fragment | None) -> bool:
        """The clause's only negation cues are words like "without" that negate the phrase right after them, and
        none of them stands right before the trigger ("left without signing": signing is negated)."""
        local = self.local_negation
        if not local:
            return False
        index = self.cues.index("negation")
        found = False
        for scope in [frag] + ([intent_frag] if intent_frag is not None and intent_frag is not frag else []):
            for i in self._fragment_tokens(scope):
                for pattern in index.candidates(self.surface[i]):
                    if match_at(pattern, self.surface, i, scope.tok_end) is None:
                        continue
                    if self.lower[i] not in local:
                        return False
                    words = self._words_between(i + 1, trig.tok_start) if i < trig.tok_start else None
                    if words is not None and len(words) <= 1:
                        return False
                    found = True
        return found

    def _negation_after_contrast(self, trig: TriggerHit, frag: Fragment, intent_frag: Fragment | None) -> bool:
        """A contrastive coordinator after the act ("but", "aber": cues contrast_coordinators) opens another
        predicate, and the clause's only negation stands behind it: "is committed to reform but
        will not be hurried", "attacked Kyiv but not Lviv" (the act itself is asserted)."""
        cut = next((i for i in range(trig.tok_end, frag.tok_end) if self.lower[i] in self.contrast_coordinators), None)
        if cut is None:
            return False
        head = Fragment(frag.index, frag.tok_start, cut, frag.subordinate, frag.infinitive)
        return not self._negation_modality(head, intent_frag if intent_frag is not frag else None)[0]

    def _present_passive(self, trig: TriggerHit, frag: Fragment) -> bool:
        """German: the clause's only future cue is the finite "werden" of a present passive whose participle is the
        verb trigger (cues present_passive_auxiliaries): "Die Ukraine wird von Russland bombardiert", "Ukrainische
        Journalisten werden in Russland festgenommen", "..., weil die Stadt beschossen wird" happen now (asserted),
        while "wird ... bombardieren" (an infinitive) and "wird ... angegriffen werden" (an infinitive after the
        participle: cues future_infinitives_after_participle) stay future."""
        if not self.present_passive_aux or trig.entry.pos != "VERB" or trig.tok_end - trig.tok_start != 1 or \
                not self._german_participle_at(trig.tok_start):
            return False
        following = self._words_between(trig.tok_end, frag.tok_end)
        after = following[0] if following else None
        aux = None
        for i, patterns in self._cue_tokens("modality", frag.tok_start, frag.tok_end):
            if not any(p.payload == "future" and match_at(p, self.surface, i, frag.tok_end) is not None
                       for p in patterns):
                continue
            if aux is not None or self.lower[i] not in self.present_passive_aux or \
                    not (i < trig.tok_start or i == after):
                return False   # another future cue ("kündigte ... an", "will"), or "werden" elsewhere
            aux = i
        if aux is None:
            return False
        # "wird ... angegriffen werden": the infinitive after the participle makes the future passive
        return aux == after or not self._has_word(self.future_infinitives_after_participle, trig.tok_end, frag.tok_end)

    def _negation_modality(self, frag: Fragment, intent_frag: Fragment | None,
                           governing: Fragment | None = None) -> tuple[bool, str]:
        """Negated when any scope is, the strongest modality of the scopes: the fragment, the intent word's and the
        clause an infinitive depends on (``governing``, _support_clause)."""
        scopes = [frag]
        for extra in (intent_frag, governing):
            if extra is not None and all(extra is not scope for scope in scopes):
                scopes.append(extra)
        negated = False
        modality = "asserted"
        for scope in scopes:
            if self._cue_in("negation", scope) and not self._cue_in("negation_blockers", scope):
                negated = True
            label = self._modality_cue(scope)
            if label and MODALITY_RANK[label] > MODALITY_RANK[modality]:
                modality = label
        return negated, modality

    def _frame_modality(self, trig: TriggerHit, frag: Fragment) -> str:
        """The modality of a meeting, visit or mediation noun in a frame (rules/support.py _held_frame). Behind a
        frame word of the time before (cues completed_frame_words: nach; after, following) it took place: asserted
        ("Nach einem Treffen mit Xi will Lula ..."). Else it shares the time of its clause, whose modality and intent
        cues outside the frame count, but not a word of announcing (cues act_announcing_words), which is the clause's
        own act ("Bei einem Besuch in Seoul kündigte er ... an" asserted; "wird bei einem Besuch in Seoul ...
        unterzeichnen", "wants to end the war through talks with Russia" future); an intent cue counts only before
        the frame and when it is no commitment (cues commitment_words: "agreed on a ceasefire under Malaysian
        mediation", "Unter Vermittlung Malaysias haben sich ... verständigt": the mediation took place). The
        clause's negation is its own.
        A reported speech around it still counts (the empty stand-in of the clause keeps only its cues out)."""
        empty = Fragment(frag.index, trig.tok_start, trig.tok_start, frag.subordinate, frag.infinitive)
        modality = self._negation_modality(empty, None, None)[1]
        frame = self._frame_word_before(trig.tok_start)
        if frame is None or self.lower[frame] in self.completed_frame_words:
            return modality
        best = None
        for name in ("modality", "intent"):
            for i, patterns in self._cue_tokens(name, frag.tok_start, frag.tok_end):
                if frame <= i < trig.tok_end or self.lower[i] in self.act_announcing_words or \
                        self.lower[i] in self.name_homographs and self.token_text[i][:1].isupper() or \
                        name == "intent" and (i > frame or self.lower[i] in self.commitment_words):
                    continue   # an intent governs the frame from before it, unless it is the clause's commitment
                for pattern in patterns:
                    if match_at(pattern, self.surface if name == "modality" else self.keys, i, frag.tok_end) is None:
                        continue
                    label = pattern.payload if name == "modality" else "future"
                    if label in MODALITY_RANK and (best is None or MODALITY_RANK[label] > MODALITY_RANK[best]):
                        best = label
        return best if best is not None and MODALITY_RANK[best] > MODALITY_RANK[modality] else modality

    def _modality_cue(self, frag: Fragment) -> str | None:
        best = None
        keys = self.surface
        for i, patterns in self._cue_tokens("modality", frag.tok_start, frag.tok_end):
            if self.lower[i] in self.name_homographs and self.token_text[i][:1].isupper() and \
                    self._words_between(self.span.start, i):
                continue   # "will meet in May", "Theresa May met": the month or a name, not the modal "may"
            for pattern in patterns:
                if match_at(pattern, keys, i, frag.tok_end) is not None:
                    if best is None or MODALITY_RANK[pattern.payload] > MODALITY_RANK[best]:
                        best = pattern.payload
        return best
