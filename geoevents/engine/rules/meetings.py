"""Meetings and visits: a meeting verb's partner named without a support word ("Scholz traf Macron"), a
meeting place that is a third country's, the party of a visit named behind a topic preposition ("attended a
conference on the drought in Kenya"), and "visiting" as an attribute of a visitor, not a visit; the leaders at a bloc's summit act for the bloc."""
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
        words, stems, lower = self.inanimate_travellers, self.inanimate_traveller_stems, self.lower
        return any(lower[i] in words or lower[i].startswith(stems)
                   for i in self._words_between(frag.tok_start, trig.tok_start))

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

    def _summit_members(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The leaders or ministers at a bloc's summit named in the sentence's opening phrase act for the bloc: "Zum
        Abschluss des G7-Gipfels haben die Staats- und Regierungschefs China aufgefordert, ...", "At the end of the
        G7 summit, the leaders called on China to ..." (G07; was China as the source, or an unknown one). The
        clause's subject names nobody but members (cues summit_member_words, ending in summit_member_heads, with or
        without an article): English right before the trigger, German right behind the finite verb (the trigger or a perfect
        auxiliary) that follows the opening phrase. The bloc (cues summit_kinds) is the one bloc of that phrase (any
        other party stands behind a preposition: the summit's place) and is whose meeting a meeting noun there names ("des G7-Gipfels", "the G7 summit", "beim Gipfel der Nato",
        "the summit of NATO")."""
        if not self.summit_member_heads or frag.subordinate or frag.infinitive and self.lang == "de":
            return None
        if self.summit_member_heads.isdisjoint(self.lower[frag.tok_start:frag.tok_end]):
            return None   # the members' phrase ends in a head word of the clause (nearly every clause has none)
        members = self._members_phrase(trig, frag)
        if members is None:
            return None
        before = [g for g in self._current_groups_before(members) if g.tok_end <= members]
        blocs = [g for g in before if len(g.members) == 1 and
                 g.members[0].entry_id.split(":")[1] in self.summit_kinds]
        # the phrase names one bloc, any other party behind a preposition ("im französischen Evian")
        if len(blocs) != 1 or any(g.prep is None and g is not blocs[0] for g in before):
            return None
        bloc = blocs[0]
        meeting = next((t for t in self.sentence_triggers if t.entry.cameo_code[:2] == "04" and self._nominal(t) and
                        (t.tok_start < bloc.tok_end and bloc.tok_start < t.tok_end or t.tok_start == bloc.tok_end or
                         t.tok_end <= bloc.tok_start and
                         all(self.lower[i] in self.determiners | self.genitive_links | {"of"}
                             for i in self._words_between(t.tok_end, bloc.tok_start)))), None)
        return bloc if meeting is not None else None

    def _members_phrase(self, trig: TriggerHit, frag: Fragment) -> int | None:
        """The first token of the subject "the leaders", "die Staats- und Regierungschefs" of ``trig``'s clause
        (_summit_members), or None."""
        if self.lang == "en":
            words = self._words_between(frag.tok_start, trig.tok_start)
            if frag.index == 0 or not self._after_comma(frag):
                return None
        else:
            words = self._words_between(trig.tok_end, frag.tok_end)
            first = self._words_between(frag.tok_start, trig.tok_start)
            aux = next((k for k, i in enumerate(first) if self.lower[i] in self.perfect_auxiliaries), None)
            if aux is not None:
                words = first[aux + 1:]
            elif self.in_actor[frag.tok_start] or not first:
                return None
        k = self._members_length(words)
        if not k or self.lang == "en" and k != len(words):
            return None
        if k < len(words) and (self.lower[words[k]] in self.genitive_links | self.feminine_dative_article or
                               any(g.genitive and g.tok_start == words[k] for f in self.fragments for g in f.groups)):
            return None   # "die Regierungschefs Polens und Litauens", "die Minister der EU-Staaten": whose they are
        return words[0]

    def _members_length(self, words: list[int]) -> int:
        """How many of ``words`` make a noun phrase of a summit's members ("the leaders", "die Staats- und
        Regierungschefs", "Außenminister": cues summit_member_words, the last one of summit_member_heads, no actor
        among them: "die Regierungschefs Polens" is Poland's head of government); 0 when they do not start one."""
        if not words:
            return 0
        k = 1 if self.lower[words[0]] in self.determiners else 0   # "the leaders", "leaders"
        while k < len(words) and self.lower[words[k]] in self.summit_member_words | self.summit_member_heads and \
                not self.in_actor[words[k]]:
            k += 1
        return k if k and self.lower[words[k - 1]] in self.summit_member_heads else 0
