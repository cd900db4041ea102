"""Meetings and visits: a meeting verb's partner named without a support word ("Scholz traf Macron"), a
meeting place that is a third country's, the party of a visit named behind a topic preposition ("attended a
conference on the drought in Kenya"), and "visiting" as an attribute of a visitor, not a visit."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit
from geoevents.engine.rules.common import Actor, Fragment, Group


class MeetingsAndVisits:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _visitor_attribute(self, trig: TriggerHit) -> bool:
        """"held talks with visiting Australian Prime Minister Anthony Albanese", "the visiting Chinese delegation":
        an English -ing form of a visit row right before a nationality adjective or demonym (cues
        visitor_attribute_kinds) describes the visitor named behind it, not a visit to it ("after visiting
        Australia" names the visited state)."""
        if self.lang != "en" or trig.entry.mode != "visit" or not self.lower[trig.tok_end - 1].endswith("ing"):
            return False
        nxt = self._next_word(trig.tok_end - 1, self.span.end)
        return any(a.tok_start == nxt and a.entry_id.split(":")[1] in self.visitor_attribute_kinds
                   for a in self.actors)

    def _inanimate_traveller(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A visit verb whose clause names a thing before it (cues inanimate_travellers: "The exhibition of Chinese
        porcelain will travel to Washington", "Das Schiff reist nach Japan", "Chinese goods travel to Europe"): a
        thing travels, nobody visits; a nationality adjective there describes the thing, no visitor."""
        if trig.entry.mode != "visit" or trig.entry.pos == "NOUN":
            return False
        words = self.inanimate_travellers
        return any(any(low == w or w.endswith("*") and low.startswith(w[:-1]) for w in words)
                   for low in (self.lower[i] for i in self._words_between(frag.tok_start, trig.tok_start)))

    def _third_location(self, parties: list[Actor], frag: Fragment) -> bool:
        """A meeting "in Jakarta"/"in der usbekischen Stadt Samarkand" of parties from other countries."""
        codes = {m.code for m in parties}
        return any(g.prep in self.locative_preps and not set(g.codes) & codes for g in frag.groups)

    def _partner_named(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A meeting verb's partner without a support word: a subject of two parties ("Scholz und Macron trafen in
        Paris ein"), or another non-prepositional group naming a person or a state institution ("Scholz traf
        Macron", "traf den chinesischen Präsidenten", "traf ihren chinesischen Amtskollegen": cues partner_nouns),
        not a state alone ("Die Sanktionen trafen Russland")."""
        subject = self._subject(frag, trig.tok_start)
        if subject is not None and len(subject.codes) >= 2:
            return True
        nouns = self.cues.index("partner_nouns")
        return any(g is not subject and g.prep is None and not g.genitive and
                   (any(m.person or m.sector in self.own_state_sources for m in g.members) or
                    nouns.first_match(self.keys, g.tok_end, min(g.tok_end + 2, frag.tok_end)) is not None)
                   for g in frag.groups)

    def _visit_topic(self, trig: TriggerHit, target: Group) -> bool:
        """The visit's party stands behind a topic preposition (cue list visit_topic_prepositions: on, about, over;
        über) that follows a word of the visited event: "attended a conference on the drought in Kenya", "nahm an einer
        Konferenz über den Krieg in Syrien teil" name what the event is about, not where it is. A preposition right
        behind the trigger ("travelled on to China") or before a day or month ("on Monday") is no topic."""
        for i in range(trig.tok_end + 1, target.tok_start):
            if self.lower[i] in self.visit_topic_preps and \
                    (i + 1 >= len(self.lower) or self.lower[i + 1] not in self.date_words):
                return True
        return False
