"""Whom it was done to (``_target``): the next candidate of another country, else the first group behind a
target preposition of the code's root; not a party of a later purpose clause; the object's members named
later ("including two Syrians"), the actor behind "of" in the object, where forces are sent, and the source's
own state for a domestic act with no other party."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit
from geoevents.engine.rules.common import GOVERNING_ROOTS, Actor, Fragment, Group


class Targets:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _target_preps(self, code: str) -> frozenset[str]:
        """Prepositions that introduce the target of ``code``; keys of target_prepositions_by_root are roots ("19"),
        3-digit codes ("166" covers 1661) or full codes."""
        by_root = self.target_preps_by_root
        return self.target_preps_default | by_root.get(code[:2], frozenset()) | by_root.get(code[:3], frozenset()) | \
            by_root.get(code, frozenset())

    def _agent_of_other_act_noun(self, trig: TriggerHit, group: Group) -> bool:
        """The group is the English nationality adjective naming the agent of another, violent act noun (cues
        suffered_roots) behind a preposition of means ("were killed in a Russian air strike on Kyiv": Russia struck,
        it is no target of the killing; _adjective_before); not "opposed to the Turkish proposal" (Turkey's)."""
        return group.prep in self.means_preps and \
            any(t is not trig and t.tok_start == group.tok_end and t.entry.cameo_code[:2] in self.suffered_roots and
                self._nominal(t) and self._adjective_before(t.tok_start, t) is not None
                for t in self.sentence_triggers)

    def _flag_of(self, group: Group) -> bool:
        """The group names the flag a ship sails under (cues flag_prepositions and flag_nouns: "ein unter liberianischer
        Flagge fahrendes Containerschiff", "a tanker sailing under the Maltese flag"): the ship is that state's, as
        "a Liberian-flagged ship" is, so a directed act on it has the flag state as its target (was none, or the
        place it happened)."""
        if group.prep in self.flag_preps and group.tok_end < len(self.lower):
            nxt = self._words_between(group.tok_end, min(len(self.lower), group.tok_end + 2))
            return bool(nxt) and self.lower[nxt[0]] in self.flag_nouns
        # "under the flag of Panama", "unter der Flagge Panamas": the owner behind the flag noun
        before = self._words_between(max(self.span.start, group.tok_start - 5), group.tok_start)
        if group.genitive and before and self.lower[before[-1]] in self.flag_nouns:
            noun = len(before) - 1
        elif group.prep is not None and len(before) >= 2 and self.lower[before[-1]] == group.prep and \
                self.lower[before[-2]] in self.flag_nouns:
            noun = len(before) - 2
        else:
            return False
        lead = before[:noun]
        return bool(lead) and (self.lower[lead[-1]] in self.flag_preps or len(lead) >= 2 and
                               self.lower[lead[-1]] in self.determiners and self.lower[lead[-2]] in self.flag_preps)

    def _accused_noun_nationality(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """The nationality adjective of the noun phrase an object-less accusation verb accuses ("officials it accused
        of ..."): the actor group ending at most three lowercase words before the subject pronoun right before the
        verb, with only lowercase words between; None otherwise."""
        j = trig.tok_start - 1
        while j >= 0 and self.space[j]:
            j -= 1
        if j < 0 or self.lower[j] not in self.pronoun_words:
            return None
        for group in sorted((g for f in self.fragments for g in f.groups if g.tok_end <= j), key=lambda g: -g.tok_end):
            gap = [i for i in self._words_between(group.tok_end, j) if not self.space[i]]
            kinds = {m.entry_id.split(":")[1] for m in group.members if ":" in m.entry_id}
            if len(gap) <= 3 and kinds <= {"adj", "demonym"} and \
                    all(self.alpha[i] and self.token_text[i].islower() for i in gap) and self._other_party(group, source):
                return group
            return None
        return None

    def _described_name_object(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """The object of a verb trigger is a name the tables do not know, described by an apposition that opens with
        an indefinite article and names a nationality ("Iran released Anna Weber, a German teacher, ...", "Belarus
        freed Tomas Kovas, a Lithuanian activist", "ließ Anna Weber, eine deutsche Lehrerin, frei"): that state is the
        target, as "a German teacher" right behind the verb would be. Only capitalized words between the verb and the
        comma (cues apposition_articles for the article); None otherwise."""
        if trig.entry.pos != "VERB" or self._nominal(trig) or frag.index + 1 >= len(self.fragments) or \
                not self.apposition_articles:
            return None
        own = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.space[i]]
        if self.lang == "de" and own and self.lower[own[-1]] in self.separable_prefixes:
            own = own[:-1]
        if not 2 <= len(own) <= 5 or self.token_text[own[-1]] != "," or \
                not all(self.alpha[i] and self.token_text[i][:1].isupper() and not self.in_actor[i] for i in own[:-1]):
            return None
        nxt = self.fragments[frag.index + 1]
        words = [i for i in self._words_between(nxt.tok_start, nxt.tok_end) if not self.space[i]]
        if not words or self.lower[words[0]] not in self.apposition_articles or len(nxt.groups) != 1:
            return None
        group = nxt.groups[0]
        kinds = {m.entry_id.split(":")[1] for m in group.members if ":" in m.entry_id}
        if group.prep is not None or group.tok_start > words[0] + 3 or not kinds <= {"adj", "demonym"} or \
                not self._other_party(group, source):
            return None
        return group

    def _target(self, trig: TriggerHit, frag: Fragment, source: Group, passive: bool) -> Group | None:
        source_codes = set(source.codes)
        owner = self._owner_before(trig, frag)
        if owner is not None and self._other_party(owner, source):
            return owner   # "froze Russian assets", "friert russische Vermögenswerte ein": whose property
        named = self._genitive_agent(trig, frag) or self._possessive_agent(trig, frag)
        if named is not None and named[0] is source:
            return named[1]
        # "Den Vorschlag der EU lehnte Russland ab", "Ziele im Norden des Irak griff die Türkei an": the object in the
        # first position stands before its subject; its owner (a genitive or adjective) is the party acted on, and a
        # phrase in it may name the target as one behind the verb does
        fronted = self.lang == "de" and source.tok_start > frag.tok_start and not passive and \
            self._fronted_object_subject(frag, trig) is source
        if fronted:
            owner = next((g for g in frag.groups if g.tok_end <= source.tok_start and g.prep is None and
                          self._other_party(g, source)), None)
            if owner is not None:
                return owner
        if frag.relative:
            # "Ukraine, which Russia attacked", "Macron, mit dem Scholz sprach": the antecedent is the object
            tok, antecedent, is_subject = self._relative_pronoun(frag)
            before = self._words_between(frag.tok_start, tok)
            if not is_subject and antecedent is not None and self._other_party(antecedent, source) and \
                    (not before or self.lower[before[0]] in self._target_preps(trig.entry.cameo_code)):
                return antecedent
            if passive and is_subject and antecedent is not None and source.tok_start >= frag.tok_start and \
                    self._other_party(antecedent, source):
                # "Lithuania, which has been threatened by Russia, asked ...", "Polen, das von Russland angegriffen
                # wurde": the pronoun is the passive's subject, the one who suffered (was the next actor of the
                # sentence: 130 RUS->NAT)
                return antecedent
        if not passive and trig.entry.pos == "VERB" and trig.entry.cameo_code in self.accused_object_codes and \
                self.lower[self._next_word(trig.tok_end - 1, frag.tok_end)] in self.accused_content_preps:
            # "three companies it accused of supplying drone parts to Russia": an accusation verb without its object
            # accuses the noun before it; the parties behind "of" are in what it accuses them of (no target), but a
            # nationality that noun names is the accused's ("six senior Venezuelan officials it accused of": VEN)
            return self._accused_noun_nationality(trig, frag, source)
        if not passive and trig.entry.pos == "VERB" and trig.entry.cameo_code in self.charge_codes:
            # "charged two men with spying for China": what the object is charged with (behind "with", cues
            # charge_content_prepositions) names no party of the charge, as an accusation's content does not
            cut = next((i for i in range(trig.tok_end, frag.tok_end) if self.lower[i] in self.charge_content_preps),
                       None)
            if cut is not None:
                frag = Fragment(frag.index, frag.tok_start, frag.tok_end, frag.subordinate, frag.infinitive,
                                [g for g in frag.groups if g.tok_start < cut], frag.pronouns)
        act = self._commented_act_noun(trig, frag)
        if act is not None:
            # "condemned the air strike on Kyiv", "the invasion of Ukraine", "die Invasion der Ukraine": the phrase
            # or genitive behind the commented act names its victim, not the critic's target; its agent does ("die
            # Invasion der Ukraine durch Russland", "den Angriff Russlands auf", "Russlands Invasion der Ukraine")
            agent = next((g for g in frag.groups if g.tok_start >= act.tok_end and g.prep in self.agent_preps and
                          self._other_party(g, source)), None)
            named = self._genitive_agent(act, frag) or self._possessive_agent(act, frag)
            if agent is None and named is not None and self._other_party(named[0], source):
                agent = named[0]
            if agent is not None:
                return agent
            victim = self._genitive_after(act.tok_end, frag)
            if victim is not None and (act.entry.cameo_code[:2] in self.accusation_roots or
                                       self._agent_genitive(act, frag) is victim) and \
                    self._other_party(victim, source):
                # "verurteilte die Vorwürfe Ruandas": the genitive of an accusation is its author, who is condemned;
                # so is the genitive of an attack noun ("verurteilte den Angriff Israels", cues agent_genitive_nouns)
                return victim
            frag = Fragment(frag.index, frag.tok_start, frag.tok_end, frag.subordinate, frag.infinitive,
                            [g for g in frag.groups if g.tok_start < act.tok_end or g.prep is None and g is not victim],
                            frag.pronouns)
        if passive and act is None and trig.entry.cameo_code[:2] in self.commenting_roots and not self._nominal(trig):
            # "The invasion of Ukraine by Russia was condemned by the EU": the agent phrase of the act noun in the
            # subject is the one condemned, as in the active "condemned the invasion of Ukraine by Russia"
            subject_act = next((t for t in self.sentence_triggers if t.tok_end <= trig.tok_start and
                                self.frag_of.get(t.tok_start) is frag and self._nominal(t) and
                                t.entry.frame == "directed"), None)
            agent = next((g for g in frag.groups if subject_act is not None and
                          subject_act.tok_end <= g.tok_start < trig.tok_start and g.prep in self.agent_preps and
                          g is not source and self._other_party(g, source)), None)
            if agent is not None:
                return agent
        if passive:
            # "A shelter for Congolese children was attacked by ...": the subject, or the actor its noun names
            modifier = self._subject_modifier(frag, source.tok_start)
            for group in frag.groups:
                if (group.prep is None or modifier is not None and group.tok_start == modifier.tok_start) and \
                        (not set(group.codes) & source_codes or self._domestic(group, source)):
                    return group
                # "Ousted president Aristide has been accused ..., by current Haitian government officials": a
                # person of the agent's own state before the passive suffered it (a domestic act)
                if group.prep is None and group is not source and group.tok_end <= trig.tok_start and \
                        set(group.codes) == source_codes and group.members[0].person:
                    return Group(group.members, group.tok_start, group.tok_end, group.prep, own_state=True)
        pronoun = self._object_pronoun(trig, frag, source)
        if pronoun is not None:
            return pronoun
        described = self._described_name_object(trig, frag, source)
        if described is not None:
            return described
        complement = self._object_complement(trig, frag, source)
        purpose: int | None = -1   # looked up for the first candidate only
        preps = self._target_preps(trig.entry.cameo_code)
        for group in frag.groups:
            if group is source or group.tok_start < source.tok_end and source.tok_start < group.tok_end:
                continue
            # German case marking makes an object of a group before the subject: "Der Ukraine half Polen"
            if group.prep is None and not group.genitive and self._other_party(group, source) and \
                    (group.tok_start > source.tok_start or self.lang == "de" and self._oblique(group)):
                if purpose == -1:
                    purpose = self._purpose_clause(trig, frag, source)
                if purpose is not None and group.tok_start > purpose:
                    break   # "sent weapons to Russia to attack Ukraine": Ukraine is the object of the purpose clause
                # "demanded an urgent session of the Security Council on Croatia's offensive": the object's
                # complement comes before a later possessor ("the commander of Iran's proxy force" names no Iranian)
                if complement is not None and trig.tok_end <= complement.tok_start < group.tok_start and \
                        not any(self._possessive(t) for t in range(complement.tok_start, complement.tok_end + 1)):
                    return complement
                # "shared intelligence with France about links between the cartel and the ruling party": an
                # English object comes before the act's prepositional party, a later noun phrase belongs to it
                # (a party right behind the act: "complained to the UN over Israeli raids" addresses the UN)
                earlier = next((g for g in frag.groups if g.prep in self.target_preps_default - self.addressee_preps
                                and trig.tok_end <= g.tok_start and g.tok_end <= group.tok_start and
                                all(self.lower[t] in self.prepositions | self.determiners
                                    for t in self._words_between(trig.tok_end, g.tok_start)) and
                                self._other_party(g, source)), None) if self.lang == "en" else None
                return earlier or group
        found = complement
        if found is not None:
            return found
        for group in frag.groups:
            if group.prep in self.frame_partner_preps and trig.entry.cameo_code[:2] != "04" and \
                    self._partner_of_framed_meeting(trig, group):
                # "hat nach einem Telefonat mit Trump eine Waffenruhe abgelehnt": the call's partner (a meeting act of
                # the clause keeps it: "vermittelte bei den Gesprächen mit dem Kosovo")
                continue
            if (group.prep in preps or self._flag_of(group)) and self._other_party(group, source) and \
                    (group.tok_start >= trig.tok_end or group.tok_start > source.tok_end) and \
                    not self._in_later_purpose_clause(trig, group) and not self._agent_of_other_act_noun(trig, group):
                # "kritisierten Chinas Vorgehen gegen Taiwan": the possessor of the object comes first
                possessor = next((g for g in frag.groups if g.genitive and g.prep is None and
                                  source.tok_end <= g.tok_start < group.tok_start and
                                  (g.tok_start >= trig.tok_end or trig.entry.pos != "NOUN") and
                                  self._other_party(g, source)), None) if self.lang == "de" else None
                return possessor or group
        found = self._deployment_place(trig, frag, source)
        if found is not None:
            return found
        # an act of one party between two others: "undertook a mediation mission between Syria and the PLO", "willing
        # to host a summit between Israel and the PLO" (a meeting with an intent is the host's act): the targets
        # are both parties
        # (German verbs close their clause: "bot an, zwischen Russland und der Ukraine zu vermitteln")
        for group in frag.groups:
            if group.prep in self.between and not set(group.codes) & source_codes and \
                    (group.tok_start >= trig.tok_end or self.lang == "de" and trig.entry.pos != "NOUN" and
                     not self._nominal(trig)):
                return group
        # genitive object after the trigger: "Invasion der Ukraine", "kritisierten das Vorgehen Russlands"
        for group in frag.groups:   # German verbs may close the clause: the genitive precedes them
            # "erfüllte Schwedens Forderungen": the possessor right after the noun's support verb is its object
            # (not a place phrase: "im Süden des Libanon" says where, cues compass_words)
            # (not the bloc of an opening phrase before the verb: "Im Namen der EU verurteilte Borrell den Angriff")
            if group.genitive and group.prep not in self.locative_preps and \
                    not (group.framed and group.tok_end <= trig.tok_start) and \
                    (group.tok_start >= trig.tok_end or trig.entry.pos != "NOUN" or
                                   group.tok_end == trig.tok_start and
                                   self._support_word_ends_at(trig.entry.support, group.tok_start)) and \
                    group is not source and self._other_party(group, source):
                return group
        if trig.entry.pos == "NOUN":   # "Festnahme eines deutschen Journalisten durch ...": the noun's object
            for group in frag.groups:
                gap = self._words_between(trig.tok_end, group.tok_start)
                if group.tok_start >= trig.tok_end and group.prep is None and len(gap) <= 1 and \
                        all(self.lower[t] in self.determiners for t in gap) and self._other_party(group, source):
                    return group
        return self._included_party(frag, source)

    def _partner_of_framed_meeting(self, trig: TriggerHit, group: Group) -> bool:
        """``group`` is the partner of another trigger, a call or meeting framed in the clause (ContentEvents._framed_call:
        "nach einem Telefonat mit Trump", "after talks with Xi"): the meeting's party, no party of the clause's act."""
        return any(other is not trig and other.tok_end <= group.tok_start and other.entry.frame == "symmetric" and
                   (frag := self.frag_of.get(other.tok_start)) is not None and
                   (call := self._framed_call(other, frag)) is not None and call[1] is group
                   for other in self.sentence_triggers)

    def _object_before_apposition(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """German: a verb or particle closing its clause behind an apposition to its object ("hat den russischen
        Konsul, Igor Petrow, am Mittwoch ausgewiesen", "wies den Gesandten, John Smith, am Mittwoch aus"): the commas
        cut the clause, its object stands before the apposition (``_apposition_rest``). None otherwise."""
        if self.lang != "de" or trig.entry.pos != "VERB" or frag.index < 2:
            return None
        before = self.fragments[frag.index - 2]
        rest = self._apposition_rest(before)
        if rest is None or rest.index != frag.index or not before.tok_end <= trig.tok_start < frag.tok_end:
            return None
        return self._target(trig, before, source, False)

    def _in_later_purpose_clause(self, trig: TriggerHit, group: Group) -> bool:
        """The group stands behind another act opened by an infinitive marker after the trigger, or in a later
        infinitive clause holding another act: "would blockade Paris to demand the withdrawal of the EU's farm reform",
        "prevented the demonstration to protest the sending of troops to Iraq" (the party of the demand or the
        protest, not of the blockade or the prevention). Not for acts whose infinitive content is their own
        (threats, demands, rejections: GOVERNING_ROOTS), unless the group stands behind a second infinitive, the
        purpose of that content: "declined to join a conference of Kurdish parties to discuss plans for autonomy from
        Iraq" (the parties' plans, not a party of the refusal)."""
        if trig.entry.cameo_code[:2] in GOVERNING_ROOTS:
            words = self._words_between(trig.tok_end, group.tok_start)
            markers = [k for k, i in enumerate(words) if self.lower[i] in self.infinitive_markers and k + 1 < len(words)
                       and self.alpha[words[k + 1]] and self.token_text[words[k + 1]].islower() and
                       self.lower[words[k + 1]] not in self.determiners | self.prepositions | {"any"}]
            return len(markers) >= 2 and self.frag_of.get(group.tok_start) is self.frag_of.get(trig.tok_start)
        clause = self.frag_of.get(group.tok_start)
        # German "um ... zu" closes its clause with the act: "verhinderte eine Kundgebung, um gegen die Entsendung
        # von Truppen nach Haiti zu protestieren"
        other_clause = clause is not None and clause is not self.frag_of.get(trig.tok_start) and clause.infinitive
        for other in self.sentence_triggers:
            if other is trig or other.entry.frame == "speech" or other.tok_start < trig.tok_end:
                continue
            if other_clause and clause.tok_start <= other.tok_start < clause.tok_end:
                return True
            before = self._words_between(trig.tok_end, other.tok_start)
            if other.tok_start < group.tok_start and before and self.lower[before[-1]] in self.infinitive_markers \
                    and self._bare_verb_form(other.tok_start):
                return True
        return False

    def _purpose_clause(self, trig: TriggerHit, frag: Fragment, source: Group) -> int | None:
        """The infinitive marker opening a purpose or permission clause after the act's own prepositional party:
        "sent weapons to Russia to attack Ukraine", "granted Russia permission to help Serbia" (English; the groups
        after the marker belong to that clause). None without such a party: "sent troops to help Ukraine"."""
        if self.lang != "en":
            return None
        preps = self._target_preps(trig.entry.cameo_code)
        party = next((g for g in frag.groups if g.tok_start >= trig.tok_end and g.prep in preps and
                      self._other_party(g, source)), None)
        if party is None:
            return None
        words = self._words_between(party.tok_end, frag.tok_end)
        if len(words) >= 2 and self.lower[words[0]] in self.infinitive_markers and \
                self.token_text[words[1]][:1].islower() and self.lower[words[1]] not in self.determiners and \
                self._bare_verb_form(words[1]):
            return words[0]
        return None

    def _cause_clause_agent(self, frag: Fragment, source: Group) -> Group | None:
        """The agent of the clause of cause or time right after the act's clause, or right before it as the
        sentence's opening clause (cues cause_clause_openers: after, because, when; nachdem, weil, als): its subject,
        else the agent of its passive ("after its airspace was violated by Russian jets"), when that is another party
        than the source. "Japan scrambled fighter jets after two Russian bombers flew close to its airspace", "Nachdem
        russische Bomber ... geflogen waren, ließ Japan Kampfjets aufsteigen": RUS. None otherwise: "after talks with
        Russia collapsed" has no agent of another party."""
        nearby = [self.fragments[frag.index + 1]] if frag.index + 1 < len(self.fragments) else []
        if frag.index >= 1 and self.fragments[frag.index - 1].index == 0:
            nearby.append(self.fragments[frag.index - 1])
        for clause in nearby:
            if self.lower[clause.tok_start] not in self.cause_clause_openers:
                continue
            subject = self._subject(clause)
            agent = next((g for g in clause.groups if g.prep in self.agent_preps), None)
            for group in (subject, agent):
                if group is not None and self._other_party(group, source):
                    return group
        return None

    def _enabled_clause_subject(self, frag: Fragment, source: Group) -> Group | None:
        """The subject of the main clause right before the act's clause of cause or time (cues cause_clause_openers),
        when it is another party: "The EU extended its sanctions against Russia after Hungary dropped its
        objections", "Die EU verlängerte die Sanktionen, nachdem Ungarn seine Einwände fallen gelassen hatte": the
        EU. None otherwise."""
        if frag.index == 0 or self.lower[frag.tok_start] not in self.cause_clause_openers:
            return None
        subject = self._subject(self.fragments[frag.index - 1])
        return subject if subject is not None and self._other_party(subject, source) else None

    def _neighbour_party(self, source: Group) -> Group | None:
        """The one actor of another state than ``source``'s that the sentence names, for a neighbour the act names
        (cues neighbour_words: "Thailand and Cambodia exchanged fire, and Bangkok said it had closed all land crossings
        with its neighbour": Cambodia); None when the sentence names none or several."""
        codes = set(source.codes)
        found = [(m, g) for f in self.fragments for g in f.groups for m in g.members
                 if m.code is not None and m.code not in codes]
        if len({m.code for m, _g in found}) != 1:
            return None
        member, group = found[0]
        return Group([member], group.tok_start, group.tok_end)

    def _included_party(self, frag: Fragment, source: Group) -> Group | None:
        """The object's members named in the clause after it: "arrested 12 people, including two Syrians",
        "nahm 12 Menschen fest, darunter zwei Syrer"."""
        if frag.index + 1 >= len(self.fragments):
            return None
        after = self.fragments[frag.index + 1]
        words = self._words_between(after.tok_start, after.tok_end)
        if not words or self.lower[words[0]] not in self.inclusion_openers:
            return None
        return next((g for g in after.groups if g.prep is None and self._other_party(g, source)), None)

    def _object_complement(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """The actor of the trigger's object noun phrase, behind "of" (English: "defended the right of Russian
        troops", "expelled inspectors of the IAEA", "demanded the withdrawal of all Serbian troops from Bosnia"); the
        German genitive has its own rule. At most three words between the trigger and the preposition, none of them
        a preposition or punctuation. Directed acts only: "on the sidelines of the G20 summit" names a place."""
        if trig.entry.frame != "directed":
            return None
        for group in frag.groups:
            if group.tok_start < trig.tok_end or group.prep not in self.object_links:
                continue
            words = self._words_between(trig.tok_end, group.tok_start)
            at = max((k for k, i in enumerate(words) if self.lower[i] == group.prep), default=None)
            if at is None or at > 3 or any(self.punct[i] or self.lower[i] in self.prepositions
                                           for i in words[:at]):
                return None
            return group if self._other_party(group, source) else None
        return None

    def _deployment_place(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """Where forces, peacekeepers or aid are sent is the party the act concerns: "strengthened its forces in
        Lebanon", "refused to deploy its soldiers in Iraq", "weigerte sich, Truppen in den Irak zu entsenden". A
        group behind a deployment preposition after the trigger (in its clause or the infinitive clause after it),
        with a deployment word at most three words before it, or right behind an aid noun (root 07) that is not
        one of invasion. Not for a symmetric act: "France and Germany deployed a joint force in Mali" is their
        cooperation in Mali, Mali no party of it."""
        if trig.entry.frame == "symmetric":
            return None
        clauses = [frag] + [f for f in self.fragments[frag.index + 1:frag.index + 2] if f.infinitive]
        for group in [g for f in clauses for g in f.groups]:
            if group.tok_start < trig.tok_end or group.prep not in self.deployment_preps or \
                    not self._other_party(group, source) or self._in_later_purpose_clause(trig, group):
                continue
            words = self._words_between(trig.tok_start, group.tok_start)
            at = max((k for k, i in enumerate(words) if self.lower[i] == group.prep), default=None)
            if at is not None and any(self._word_listed(i, self.deployment_words) for i in words[max(0, at - 3):at]):
                return group
            if at is not None and trig.entry.cameo_code[:2] == "07" and words[at] == trig.tok_end and \
                    group.prep not in self.cues.words("troop_invasion_prepositions"):
                # "Russland schickte Panzer in die Ukraine": the aid noun itself sent there, as troops are (English
                # "into" is an invasion: Content._sent_into_a_state)
                return group
        return None

    def _own_state_target(self, trig: TriggerHit, frag: Fragment, source: Group, code: str) -> Group | None:
        """Domestic acts with no other party named target the source's own state (its population, dissidents or
        government), in this order:
        1. a later mention of the same state in the trigger's clause (an adjective only behind a preposition):
           "imposed a curfew in southeastern Turkey", "confiscated weapons from Palestinian armed groups" (not "in
           the current Palestinian uprising");
        2. a description of an unnamed domestic group in that clause after a state institution's act: "Egyptian
           police opened fire on Sunday to disperse demonstrators", "the Sudanese government accused rebels";
        3. coercion that is domestic by its nature (arrests, curfews, bans, martial law, and threats of them);
        4. a non-state group of a state acting against nobody named: "Sudanese rebels shelled the capital" (the
           government of their state).
        None when another party is named after the trigger (outside an attribution): the act is not (only)
        domestic."""
        if code[:2] not in self.own_state_roots:
            return None
        if self._one_sided(trig):
            return None   # "declared a unilateral ceasefire in south Lebanon": the place is no party
        codes = set(source.codes)
        if len(codes) != 1 or None in codes or \
                source.members[0].entry_id.split(":")[1] in self.own_state_stateless_kinds:
            # an organisation (UN, EU, NATO, an NGO) has no own state, nor has a group nobody named ("they" for
            # "the rebels": entry "unnamed")
            return None
        attribution = {id(st.speaker) for st in self.statements if st.sentence_index == self.sentence_index}
        speech = {id(self.frag_of.get(t.tok_start)) for t in self.sentence_triggers if t.entry.frame == "speech"}
        # the act's clause and the clauses after it, not the attribution ", relief officials in Nairobi said".
        # German verbs close the clause: "haben im Südosten der Türkei eine Ausgangssperre verhängt"
        scope = [frag] + [f for f in self.fragments[frag.index + 1:] if id(f) not in speech]
        later = [g for f in scope for g in f.groups
                 if (g.tok_start >= trig.tok_end or self.lang == "de" and g.tok_start >= frag.tok_start)
                 and g.tok_start != source.tok_start and id(g) not in attribution
                 and g.prep not in self.reporting_preps and not self._in_later_purpose_clause(trig, g)]
        if any(set(g.codes) - codes for g in later):
            return None
        member = source.members[0]
        # "Ukraine attacked positions in eastern Ukraine", "im Osten der Ukraine": where a state fights in its own
        # territory is no target, as "near Bakhmut" is none (cues own_state_target place_only_roots; a non-state
        # group of the state still fights its government: "Sudanese rebels attacked army posts in Sudan")
        place_only = code[:2] in self.own_state_place_roots and member.sector not in self.domestic_sectors
        for group in later:  # "in southeastern Turkey", "from Palestinian armed groups", "im Südosten der Türkei"
            named = group.prep is not None or group.members[0].entry_id.split(":")[1] != "adj"
            if place_only and self._in_place_phrase(group, frag.tok_start):
                continue
            if named and group.tok_start < frag.tok_end:
                return Group(group.members, group.tok_start, group.tok_end, group.prep, own_state=True)
        if member.sector in self.own_state_sources:
            for hit in self.unresolved:
                if trig.tok_end <= hit.tok_start < frag.tok_end and hit.sector in self.own_state_groups:
                    return Group([Actor(member.code, hit.sector, self.text[hit.start_char:hit.end_char],
                                        hit.start_char, hit.end_char, hit.tok_start, hit.tok_end, hit.entry_id,
                                        None, hit.role, "")], hit.tok_start, hit.tok_end, own_state=True)
        if code.startswith(self.own_state_vehicle_codes) and self._seizes_vehicle(trig, frag):
            # "Iran seized an oil tanker", "Houthi rebels fired missiles at a cargo ship": a ship's flag is not the
            # actor's own state
            return None
        if member.sector in self.domestic_sectors:
            if code[:2] not in self.own_state_group_roots:
                return None
            sector = "GOV"
        elif code.startswith(self.own_state_codes):
            sector = None            # the population
        else:
            return None
        # no words name this target: empty text, the row's rule says "own_state:"
        return Group([Actor(member.code, sector, "", member.start_char, member.start_char, member.tok_start,
                            member.tok_start, member.entry_id, None, None, "")], source.tok_start, source.tok_end,
                     own_state=True)

    def _seizes_vehicle(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A ship, plane or boat (cues seized_vehicle_words) is what the act takes, within the four words
        after the trigger in its clause ("seized an oil tanker"); in German anywhere in the clause ("beschlagnahmte
        einen Tanker", "hat einen Öltanker beschlagnahmt": the participle closes the clause)."""
        if self.lang == "de":
            window = range(frag.tok_start, frag.tok_end)
        else:
            window = range(trig.tok_end, min(trig.tok_end + 4, frag.tok_end))
        return any(self._one_word_cue("seized_vehicle_words", i) for i in window)

    def _in_place_phrase(self, group: Group, floor: int) -> bool:
        """The group names where: a locative preposition heads its phrase, across at most five determiners, compass
        and place words ("in Ukraine", "in eastern Ukraine", "in the east of Ukraine", "im Osten der Ukraine")."""
        if group.prep in self.locative_preps:
            return True
        words = self._words_between(floor, group.tok_start)[-6:]
        for i in reversed(words):
            lower = self.lower[i]
            if lower in self.locative_preps:
                return True
            if not (lower in self.determiners or lower in self.compass_words or lower in self.place_words):
                return False
        return False

    def _one_sided(self, trig: TriggerHit) -> bool:
        """The act is called one-sided (cues one_sided_words) in its trigger or by one of the two words before it:
        "a unilateral ceasefire", "unilaterally withdrew", "eine einseitige Waffenruhe"."""
        return any(self._one_word_cue("one_sided_words", i)
                   for i in range(max(self.span.start, trig.tok_start - 2), trig.tok_end))
