"""Protests: whether a group names protesters, where they protest (an embassy's state, the place's state) and
whom they protest against (``_protest_dyad``)."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit
from geoevents.engine.rules.common import Actor, Group


class Protests:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _crowd(self, group: Group) -> bool:
        """The group names protesters or rioters ("tunisian rioters", "Demonstranten"; cues crowd_words)."""
        return any(self.lower[i] in self.crowd_words for i in range(group.tok_start, min(group.tok_end + 1,
                                                                                          len(self.lower))))

    def _protest_dyad(self, trig: TriggerHit, source: Group, target: Group | None) -> tuple[Group, Group | None]:
        """Protesters are coded by where they protest ("vor der russischen Botschaft in Berlin" -> DEU), the
        protested-against actor is the embassy's state, the object of "against"/"X's decision" later in the
        sentence, else the protesters' own state: domestic dissent addresses its government (CAMEO 14x X->X)."""
        groups = [g for f in self.fragments for g in f.groups]
        embassy = self._embassy()
        place = self._protest_place()
        if (source is embassy or source is place) and place is not None:
            source = place
            if target is place or target is embassy:
                target = None
        if embassy is not None and set(embassy.codes) - set(source.codes):
            return source, embassy
        act = self._commented_act_noun(trig, self.frag_of[trig.tok_start]) if target is None else None
        # the protested act is the protest's object ("protested against Russia's arrest of"), not a later noun
        commented = act is not None and len(self._words_between(trig.tok_end, act.tok_start)) <= 3
        if commented and all(m.sector is None for m in source.members):
            # "the EU protested the invasion of Ukraine": against the act's unnamed agent, not its victim (people
            # protesting still address their own government, below)
            return source, None
        if target is None and not commented:
            target = next((g for g in groups if g.tok_start >= trig.tok_end and g is not source
                           and g.prep not in self.reporting_preps and set(g.codes) - set(source.codes)), None)
        if target is None and source is not place and self._state_as_subject(source):
            # "Frankreich boykottierte die Zeremonie", "France boycotted the ceremony": a state's own act, no
            # dissent against its government
            return source, None
        if target is None:   # the protesters' own government, named by the protesters' state
            target = Group([Actor(m.code, "GOV", m.text, m.start_char, m.end_char, m.tok_start, m.tok_end, m.entry_id,
                                  None, None, "") for m in self._distinct_members(source)],
                           source.tok_start, source.tok_end)
        return source, target

    def _received_protest(self, trig: TriggerHit, frag) -> bool:
        """The protest is the object of a word of receiving it (cues protest_receiving_words) right before it, only
        determiners and lowercase words between: "summoned to receive a formal protest", "zur Entgegennahme einer
        Protestnote", "um eine Protestnote entgegenzunehmen" (German: the receiving word may also close the clause
        right behind it)."""
        words = set(self.cues.words("protest_receiving_words"))
        before = self._words_between(frag.tok_start, trig.tok_start)
        k = len(before) - 1
        while k >= 0 and len(before) - k <= 4 and (self.lower[before[k]] in self.determiners or
                                                    self.alpha[before[k]] and self.token_text[before[k]].islower()
                                                    and self.lower[before[k]] not in words):
            k -= 1
        if k >= 0 and self.lower[before[k]] in words:
            return True
        behind = self._words_between(trig.tok_end, frag.tok_end)[:1]
        return self.lang == "de" and bool(behind) and self.lower[behind[0]] in words

    def _state_as_subject(self, group: Group) -> bool:
        """The group is a state or its government standing alone as the subject: it opens its clause (after
        determiners only) and no possessed noun follows it ("Algeria's leading activist", "students throughout
        Indonesia" name people of the state, not the state)."""
        if group.prep is not None or group.genitive or group.pronoun or not all(
                m.sector in self.own_state_sources or m.sector is None and
                m.entry_id.split(":")[1] in ("country", "capital") for m in group.members):
            return False
        frag = next((f for f in self.fragments if f.tok_start <= group.tok_start < f.tok_end), None)
        if frag is None or not all(self.lower[i] in self.determiners
                                   for i in self._words_between(frag.tok_start, group.tok_start)):
            return False
        after = self._words_between(group.tok_end, frag.tok_end)
        return not after or not self._possessive(after[0])

    def _embassy(self) -> Group | None:
        return next((g for f in self.fragments for g in f.groups if any(m.role == "embassy" for m in g.members)),
                    None)

    def _protest_place(self) -> Group | None:
        embassy = self._embassy()
        return next((g for f in self.fragments for g in f.groups if g.prep in self.locative_preps
                     and g is not embassy), None)
