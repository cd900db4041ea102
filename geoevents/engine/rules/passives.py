"""Acts told from the side of the one acted on: a passive with or without its by-agent ("were killed", "a
convoy attacked by Russian troops"), coordinated passives, the means in a passive's agent phrase ("killed by a
roadside bomb"), an act noun the subject suffered ("were killed in a bomb attack") and who held the victim in
custody, an act the subject was placed under ("placed under house arrest")."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit
from geoevents.engine.lexicon import match_at
from geoevents.engine.rules.common import Actor, Fragment, Group


class Passives:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _agentless_passive(self, trig: TriggerHit, frag: Fragment) -> tuple[bool, Group | None]:
        """Whether the trigger is a passive participle without a by-agent ("were killed", "wurden getötet"), and its
        subject among the actors (None when the sufferers are no actor: "24 people were killed"); also an act put on
        the subject ("was placed under house arrest", "wurde unter Hausarrest gestellt")."""
        placed = self._placed_under(trig, frag)
        if trig.entry.pos != "VERB" and not placed:
            return False, None
        # German "wurden ... beschossen" (a participle) but "wird ... beschießen" (a future): -en after an inseparable
        # prefix is a participle only beside a past passive auxiliary, in its clause or the one it is coordinated to
        scope = frag.tok_start if frag.index == 0 or self.lower[frag.tok_start] not in self.coordinators else \
            self.fragments[frag.index - 1].tok_start
        participle = placed or self._participle_form(self.lower[trig.tok_start], irregular=True, past_passive=(
            self._has_word(self.past_passive_aux, scope, frag.tok_end))) or \
            self.lang != "en" and self._german_participle_at(trig.tok_start)   # "werden ... beschossen"
        # German subordinate clauses put the auxiliary last: "..., in denen 100 Menschen getötet wurden"
        aux_end = trig.tok_start if self.lang == "en" else frag.tok_end
        if participle and not self._has_word(self.passive_aux, frag.tok_start, aux_end):
            shared = self._coordinated_passive(trig, frag)
            if shared is not None:   # "were killed or wounded": the second participle shares the passive
                frag, aux_end = shared, shared.tok_end
        if not participle or not (self._has_word(self.passive_aux, frag.tok_start, aux_end) or
                                  self._headline_passive(trig.tok_start, frag)):
            return False, None
        # "A Dutch aid worker from Utrecht was detained in Yemen": the actor of the subject's phrase
        return True, next((g for g in frag.groups if g.prep is None and not g.genitive
                           and g.tok_end <= trig.tok_start), None) or self._subject_modifier(frag, trig.tok_start)

    def _coordinated_passive(self, trig: TriggerHit, frag: Fragment) -> Fragment | None:
        """The clause before, when the trigger is the first word of a clause opened by a coordinator and that clause
        ends in a passive participle ("nine guards were killed or wounded", "were arrested and tortured"; German
        "wurden in Russland festgenommen und gefoltert", the auxiliary anywhere before the participle): the
        participles share the auxiliary and the subject."""
        if frag.index == 0 or self.lower[frag.tok_start] not in self.coordinators or \
                self._words_between(frag.tok_start + 1, trig.tok_start):
            return None
        prev = self.fragments[frag.index - 1]
        words = self._words_between(prev.tok_start, prev.tok_end)
        # "were arrested in Russia and tortured": a place behind the first participle is its clause's, not its end
        places = [g for g in prev.groups if g.prep in self.locative_preps]
        while len(words) > 2 and (self.lower[words[-1]] in self.locative_preps or
                                  self.lower[words[-1]] in self.determiners or
                                  any(g.tok_start <= words[-1] < g.tok_end for g in places)):
            words.pop()
        if len(words) < 2 or not self._participle_form(self.lower[words[-1]], past_passive=(
                self._has_word(self.past_passive_aux, prev.tok_start, prev.tok_end))):
            return None
        if self.lang == "en" and self.lower[words[-2]] not in self.passive_aux or \
                self.lang != "en" and not self._has_word(self.passive_aux, prev.tok_start, words[-1]):
            return None
        return prev

    def _shared_passive_clauses(self, trig: TriggerHit, frag: Fragment) -> list[Fragment]:
        """The clause of a passive participle with the clauses it shares that passive with: the passive clause before
        a coordinated participle (_coordinated_passive: "wurden in Russland festgenommen und gefoltert", "were
        arrested in Russia and tortured") and the
        clause of a participle coordinated to it after ("were arrested and tortured in Russia")."""
        clauses = [frag]
        before = self._coordinated_passive(trig, frag)
        if before is not None:
            clauses.insert(0, before)
        after = self.fragments[frag.index + 1] if frag.index + 1 < len(self.fragments) else None
        if after is not None and any(self.frag_of.get(t.tok_start) is after and t is not trig and
                                     self._coordinated_passive(t, after) is frag for t in self.sentence_triggers):
            clauses.append(after)
        return clauses

    def _means_of_passive(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A weapon or act noun in the agent phrase of a passive clause that names no actor ("were killed by a
        roadside bomb", "wurden von einer Bombe getötet"): the means of the passive act, whose sufferer is the
        clause's subject; not an act of its own by that subject. "was hit by a Russian air strike" names its agent."""
        if not self._nominal(trig) or not self._has_word(self.passive_aux, frag.tok_start, frag.tok_end):
            return False
        j = trig.tok_start - 1
        while j >= frag.tok_start and (self.space[j] or self.lower[j] in self.determiners or
                                       self.alpha[j] and self.token_text[j][:1].islower() and
                                       self.lower[j] not in self.agent_preps):
            j -= 1
        return j >= frag.tok_start and self.lower[j] in self.agent_preps and \
            not self._actor_starts_in(j + 1, trig.tok_start)

    def _means_of_active_act(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A violent act noun behind a preposition of means (cues means_prepositions) in a clause whose violent verb
        (another trigger of suffered_roots) acts on its object ("Russian forces killed three Ukrainian soldiers in
        an air strike on Kharkiv", "Russische Truppen töteten drei ukrainische Soldaten bei einem Drohnenangriff"):
        the noun names how the verb's act was done, the verb's row codes it; its object is no agent of it."""
        if trig.entry.cameo_code[:2] not in self.suffered_roots or not self.means_preps or \
                self._has_word(self.passive_aux, frag.tok_start, frag.tok_end):
            return False
        j = trig.tok_start - 1
        while j >= frag.tok_start and (self.space[j] or self.lower[j] in self.determiners or
                                       self._is_actor_token(j) or
                                       self.alpha[j] and self.token_text[j][:1].islower() and
                                       self.lower[j] not in self.prepositions):
            j -= 1
        if j < frag.tok_start or self.lower[j] not in self.means_preps:
            return False
        before = self._words_between(frag.tok_start, j)
        if before and self._headline_passive(before[-1], frag):
            return False   # "Twelve people killed in Israeli air strikes on Gaza": the noun's act was suffered
        # (a verb row of a strict family without its support word is no violent verb: "took part in the massacres"
        # takes no hostage, en:181:took-hostage)
        return any(other is not trig and other.entry.pos == "VERB" and not self._nominal(other) and
                   other.entry.cameo_code[:2] in self.suffered_roots and self.frag_of.get(other.tok_start) is frag and
                   (other.tok_end <= j and not any(self.lower[k] in self.prepositions
                                                   for k in range(other.tok_end, j))
                    or self.lang == "de") and
                   (other.entry.support not in self.strict_support_families or
                    self._family_in(other.entry.support, other, frag))
                   for other in self.sentence_triggers)

    def _suffered_act_noun(self, trig: TriggerHit, frag: Fragment) -> tuple[Group | None, Group] | None:
        """A violent act noun (roots 18-20) behind a preposition of means (cues means_prepositions: in; bei) that
        the clause's subject suffered: an English passive participle or a verb of dying (cues suffering_verbs) right
        before the preposition ("Three Iraqi civilians were killed in a car bombing", "died in an air strike"), a
        German passive clause ("Drei Zivilisten wurden bei einem Angriff getötet", "Bei einem Anschlag wurden drei
        US-Soldaten getötet"). Returns (patient, agent): the patient is the subject actor, the agent the noun's own
        nationality adjective ("in a Russian drone attack", "bei einem russischen Luftangriff") or an unknown actor
        (NULL). None when the subject names no actor or the noun names its agent otherwise (a by-phrase)."""
        if trig.entry.cameo_code[:2] not in self.suffered_roots or not self.means_preps:
            return None
        j = trig.tok_start - 1
        own: Group | None = None
        while j >= frag.tok_start:
            group = next((g for g in frag.groups if g.tok_end == j + 1 and g.tok_start <= j), None)
            if group is not None and own is None and all(m.entry_id.split(":")[1] == "adj" and m.sector is None
                                                         for m in group.members):
                own, j = group, group.tok_start - 1   # "a Russian drone attack": the noun's own agent
                continue
            if self.space[j] or self.lower[j] in self.determiners or \
                    self.alpha[j] and self.token_text[j][:1].islower() and self.lower[j] not in self.prepositions \
                    and self._phrase_ending_at("suffering_causes", j, j) is None:   # "starb infolge eines ..."
                j -= 1
                continue
            break
        if j < frag.tok_start:
            return None
        # "died because of torture", "starb an den Folgen von Folter": a cause, only beside a verb of dying
        cause = None if self.lower[j] in self.means_preps else self._phrase_ending_at("suffering_causes", j,
                                                                                     frag.tok_start)
        if self.lower[j] not in self.means_preps and cause is None:
            return None
        if self._nominal_by_agent(trig, frag) is not None:
            return None
        if self._genitive_agent(trig, frag) is not None or self._agent_genitive(trig, frag) is not None:
            return None   # "Bei einem Luftangriff Russlands auf Kiew wurden ... zerstört": the genitive is the agent
        if cause is not None and self.lang == "de" and \
                not self._has_word(self.suffering_verbs, frag.tok_start, frag.tok_end):
            return None
        if self.lang == "en":
            verb = (j if cause is None else cause) - 1
            # an adverb between the participle and the preposition ("was hit again in", "were killed later in":
            # cues predicate_adverbs, or a word in -ly) belongs to the verb
            while verb >= frag.tok_start and (self.space[verb] or verb > frag.tok_start and
                                              (self.lower[verb] in self.predicate_adverbs or
                                               self.alpha[verb] and self.lower[verb].endswith("ly"))):
                verb -= 1
            if verb < frag.tok_start:
                return None
            word = self.lower[verb]
            if word in self.agentive_participles:
                return None   # "Militia units were involved in ethnic cleansing": the subject is the agent
            if word in self.suffering_verbs:
                pass
            elif cause is not None:
                return None
            elif not self._english_participle(word, irregular=True) or \
                    not (self._has_word(self.passive_aux, frag.tok_start, verb) or
                         self._headline_passive(verb, frag)):
                return None
        elif not self._has_word(self.passive_aux, frag.tok_start, frag.tok_end) and \
                not self._has_word(self.suffering_verbs, frag.tok_start, frag.tok_end):
            return None
        # the subject: the last plain group before the preposition (German: anywhere in the clause but the noun's
        # own), inside what a speaker says ("Lebanon said five villagers were killed in an airstrike": not Lebanon)
        statement = self._enclosing_statement(trig.tok_start)
        floor = statement.content_tokens[0] if statement is not None else frag.tok_start
        patient = max((g for g in frag.groups if g.prep is None and not g.genitive and g is not own and
                       g.tok_start >= floor and (g.tok_end <= j or self.lang == "de" and g.tok_start >= trig.tok_end)),
                      key=lambda g: (g.tok_end <= j, g.tok_start if g.tok_end <= j else -g.tok_start), default=None)
        if patient is not None and patient.pronoun or patient is None and self._described_agent(trig, frag):
            return None   # "five villagers were killed in an airstrike by government troops": _described_agent
        if own is not None and patient is not None and not set(own.codes) - set(patient.codes):
            own = None
        if own is None:
            own = self._custodian(trig, frag)   # "died because of torture while held in Belarusian police custody"
        if own is None:
            nobody = Actor(None, None, self._trigger_text(trig), self.idx[trig.tok_start],
                           self.table.end_char(trig.tok_end - 1), trig.tok_start, trig.tok_end, "unnamed", None, None,
                           "")
            own = Group([nobody], trig.tok_start, trig.tok_end)
        return patient, own

    def _headline_passive(self, verb: int, frag: Fragment) -> bool:
        """An English headline's passive without its auxiliary: the participle at ``verb`` closes a first clause that
        is only a count of sufferers ("At least 30 killed in ...", "Twelve people killed in ...", "Three US soldiers
        wounded in ..."): a number, then at most four words that are no verb trigger, no pronoun, no auxiliary."""
        if self.lang != "en" or frag.index != 0:
            return False
        # only violence (cues place_target_roots: assault, fight, mass violence) whose participle a preposition of
        # place or means follows ("killed in", "wounded near"): "Two gunmen killed 12 people", "the rebels
        # surrendered in the north", "Some 200 farmers protested on Monday in Lyon" are active
        trig = next((t for t in self.sentence_triggers if t.tok_start <= verb < t.tok_end), None)
        after = self._words_between(verb + 1, frag.tok_end)
        if trig is None or trig.entry.cameo_code[:2] not in self.place_target_roots or not after or \
                self.lower[after[0]] not in self.means_preps | self.locative_preps:
            return False
        words = [i for i in self._words_between(frag.tok_start, verb) if not self.punct[i]]
        if not words or len(words) > 6 or not any(self.like_num[i] for i in words):
            return False
        first = next(k for k, i in enumerate(words) if self.like_num[i])
        if len(words) - first - 1 > 4 or any(self.lower[i] not in self.approximators | {"at", "least", "more", "than",
                                                                                          "up", "to"}
                                             for i in words[:first]):
            return False
        return not any(self.lower[i] in self.passive_aux or i in frag.pronouns for i in words) and \
            not any(t.entry.pos == "VERB" and frag.tok_start <= t.tok_start < verb for t in self.sentence_triggers)

    def _phrase_ending_at(self, name: str, last: int, floor: int) -> int | None:
        """First token of a phrase of the cue list ``name`` whose last word is token ``last`` (not before
        ``floor``), or None."""
        index = self.cues.index(name)
        for start in range(max(floor, last - 5), last + 1):
            if any(match_at(p, self.keys, start, last + 1) == last + 1 for p in index.candidates(self.keys[start])):
                return start
        return None

    def _means_names_its_agent(self, trig: TriggerHit, frag: Fragment) -> bool:
        """Another violent act noun of the clause that the subject suffered (_suffered_act_noun) names its own agent
        ("Six farmers were killed in Turkish artillery shelling near Afrin", "Vier Menschen wurden bei israelischem
        Panzerbeschuss in Gaza getötet", "At least 30 killed in Russian strikes on Kharkiv"): the verb's act is that noun's, so no place stands in for its agent."""
        for other in self.sentence_triggers:
            if other is trig or not frag.tok_start <= other.tok_start < frag.tok_end:
                continue
            # (the noun's reading: "in Russian strikes on Kharkiv" is the military strike, en:190:strike-on)
            suffered = self._suffered_act_noun(self._reading(other, frag), frag)
            if suffered is not None and suffered[1].members[0].code is not None:
                return True
        return False

    def _custodian(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The holder of the custody the sufferer of a violent act noun was in, named after the noun in its clause or
        the clause right after it (cues custody_words): "died because of torture while held in Belarusian
        police custody", "in the custody of Russian police", "starb an den Folgen von Folter in israelischem
        Polizeigewahrsam". The custodian is the agent when nobody else is named."""
        later = self.fragments[frag.index:frag.index + 2]
        groups = [g for f in later for g in f.groups if g.tok_start >= trig.tok_end and not g.pronoun]
        end = later[-1].tok_end
        for i in range(trig.tok_end, end):
            if not self._one_word_cue("custody_words", i):
                continue
            for g in groups:
                gap = self._words_between(g.tok_end, i)
                # "in Israeli police custody", "in russischer Gefangenschaft": the holder's words right before
                if g.tok_end <= i and g.prep in self.means_preps | self.locative_preps and len(gap) <= 1 and \
                        all(self.alpha[t] and self.token_text[t][:1].islower() for t in gap):
                    return g
                # "in the custody of Israeli police", "im Gewahrsam der israelischen Polizei"
                gap = self._words_between(i + 1, g.tok_start)
                if g.tok_start > i and len(gap) <= 2 and (g.prep == "of" or self.lang == "de" and g.genitive) and \
                        all(self.lower[t] in self.determiners or self.lower[t] == "of" for t in gap):
                    return g
        return None

    def _placed_under(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The act is what its clause's subject is placed under (cues placing_prepositions, placing_verbs): "was put
        under investigation", "was placed under house arrest" (the verb before the preposition), "wurde unter
        Hausarrest gestellt" (the German participle after the noun)."""
        prep = next((i for i in range(trig.tok_start - 1, max(frag.tok_start, trig.tok_start - 3) - 1, -1)
                     if self.lower[i] in self.placing_preps), None)
        if prep is None:
            return False
        if self.lang == "en":
            before = self._words_between(frag.tok_start, prep)
            return bool(before) and self.lower[before[-1]] in self.placing_verbs
        return any(self.lower[i] in self.placing_verbs for i in range(trig.tok_end, frag.tok_end))

    def _passive_agent(self, frag: Fragment) -> Group | None:
        if not self._has_word(self.passive_aux, frag.tok_start, frag.tok_end):
            return None
        # "The invasion of Ukraine by Russia was condemned by the EU": the agent phrase after the auxiliary is the
        # passive's, one before it belongs to a noun of the subject
        aux = next(i for i in range(frag.tok_start, frag.tok_end) if self.lower[i] in self.passive_aux)
        agents = [g for g in frag.groups if g.prep in self.agent_preps]
        after = [g for g in agents if g.tok_start > aux and not self._later_participle_agent(g, aux)]
        if after:
            return after[0]
        # ... an English one before it never ("The invasion of Ukraine by Russia was condemned" names nobody who
        # condemned); a German one may close the clause before it ("..., dass Kiew von Russland angegriffen wurde"),
        # the last one before the participle ("Die Festnahme ... durch Russland ist von der EU verurteilt worden": the
        # EU condemned, an earlier one is a noun's)
        if agents and self.lang != "en":
            return agents[-1]
        # "has been accused of wasting aid money, most of it thought to have been diverted, by former Zambian
        # ministers": a fragment that is only the agent phrase closes the passive after an aside
        for later in self.fragments[frag.index + 1:]:
            words = [t for t in self._words_between(later.tok_start, later.tok_end) if not self.punct[t]]
            group = later.groups[0] if later.groups else None
            lead = [t for t in words if group is not None and t < group.tok_start]
            if lead and self.lower[lead[0]] in self.agent_preps and len(lead) <= 3 and \
                    all(self.alpha[t] and self.token_text[t].islower() for t in lead) and \
                    all(t < group.tok_end for t in words) and \
                    not any(later.tok_start <= t.tok_start < later.tok_end for t in self.sentence_triggers):
                return group
        return None

    def _later_participle_agent(self, group: Group, aux: int) -> bool:
        """English: the agent phrase belongs to a later participle that describes a noun of a place or object phrase
        behind the passive verb ("were arrested in the Philippines ... near a military base used by U.S. forces":
        the forces use the base, they arrested nobody), not to the passive verb itself. Not a participle coordinated
        with the passive one ("were arrested and charged by police"), one behind an agent phrase of its own means ("was
        hit by a missile fired by Russian forces") nor one describing an act noun ("two soldiers died in a strike
        launched by Russian forces": the strike's agent is the killer)."""
        if self.lang != "en" or group.prep is None:
            return False
        prep = group.tok_start - 1
        while prep > aux and (self.space[prep] or self.lower[prep] in self.determiners):
            prep -= 1
        words = self._words_between(aux + 1, prep)
        if len(words) < 3 or self.lower[prep] not in self.agent_preps:
            return False
        late = words[-1]
        if not self._english_participle(self.lower[late], irregular=True):
            return False
        first = next((i for i in words[:-1] if self._english_participle(self.lower[i], irregular=True)), None)
        if first is None or first + 1 >= late:
            return False
        between = range(first + 1, late)
        return not any(self.lower[i] in self.coordinators or self.lower[i] in self.agent_preps or self.punct[i]
                       for i in between) and \
            not any(first < t.tok_start < late and self._nominal(t) for t in self.sentence_triggers)

    def _reduced_passive(self, trig: TriggerHit, frag: Fragment) -> tuple[bool, Group | None]:
        """"victims killed by the crash", "a convoy attacked by Russian troops": an English participle followed by
        the agent preposition is a passive without auxiliary. Returns (passive, agent); the agent is the by-group only
        when it is the whole phrase ("by the ... flight MH17 crash" names a crash, not the airline as attacker)."""
        if trig.entry.pos != "VERB" or self.lang != "en" or \
                not self._english_participle(self.lower[trig.tok_end - 1]):
            return False, None
        after = self._words_between(trig.tok_end, frag.tok_end)
        if not after or self.lower[after[0]] not in self.agent_preps:
            return False, None
        group = next((g for g in frag.groups if g.tok_start > after[0]), None)
        head = self._words_between(after[0] + 1, group.tok_start) if group is not None else []
        # "hosted by the Ambassador of the Kingdom of Morocco": a title "of" a state stands for the state
        official = group is not None and group.prep in self.member_links and len(head) <= 6 and \
            all(self.lower[i] in self.determiners | self.member_links or
                self.alpha[i] and self.token_text[i][:1].isupper() for i in head)
        if group is None or not (group.prep in self.agent_preps or official):
            return True, None
        rest = self._words_between(group.tok_end, frag.tok_end)
        if rest and not (self.punct[rest[0]] or self.lower[rest[0]] in
                         self.prepositions | self.coordinators | self.subordinators):
            return True, None
        return True, group
