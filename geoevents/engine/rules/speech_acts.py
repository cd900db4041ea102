"""What saying makes of an act: a demand on the content's subject ("X said Russia must withdraw": 10x, the
withdrawal not coded), a claim or accusation ("claimed that ISIL had attacked": 112, one's own act 015), a
threat whose content is not coded ("threatened to launch an offensive"), the target of a threat without an
object, an ultimatum ("... unless"), a conditional threat ("If China invaded Taiwan, the US would defend ...")."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit
from geoevents.engine.rules.common import (GOVERNING_ROOTS, OBJECT_FAMILIES, SUPPRESS_FAMILY, Fragment, Group,
                                           StatementInfo)


class SpeechActs:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _reported_demand(self, st: StatementInfo, ev_start: int, ev_end: int, day, precision: str,
                         date_text: str | None) -> None:
        """"X sagte, die USA sollten aufhören ...", "X said Russia must withdraw its troops": a demand on the
        content's subject when a modal of obligation follows it directly (cues demand_modals; "has to" counts as
        one). Its code is the demand for the first act after it that has one (cues demand_codes: withdraw 0874 ->
        106), else 100;
        that act is what is demanded, not an act that happened (it is not coded: _demanded_content)."""
        start, stop = st.content_tokens
        subject = next((g for f in self.fragments for g in f.groups
                        if start <= g.tok_start < stop and g.prep is None and not g.genitive), None)
        # the content's first word: after the speech word's particle ("erinnerte die USA am Montag daran, sie ...")
        # and after a complementizer close to its start ("reminded China on Monday that it must ...")
        begin = start
        particle = st.trigger.particle_token if st.trigger is not None else None
        if particle is not None and start <= particle < stop:
            begin = particle + 1
        begin = next((t + 1 for t in range(begin, min(stop, begin + 6)) if self.lower[t] in self.complementizers),
                     begin)
        opener = next((t for t in range(begin, stop) if not self.space[t] and not self.punct[t]), None)
        if st.addressee is not None and opener is not None and self.lower[opener] in self.any_pronouns and \
                (subject is None or subject.tok_start > opener):
            # "reminded Iraq that it must cooperate", "told them that they must leave": the content's pronoun
            # subject is the addressee
            subject = Group(st.addressee.members, opener, opener + 1, pronoun=True)
        if subject is None or not self._other_party(subject, st.speaker):
            return   # a demand on one's own state only across a domestic pair ("Rwandan rebels said Kagame must ...")
        # the modal follows the subject's noun phrase: directly, or after a joined party that names no actor ("Sudan's
        # government and the Darfur rebels must reach a deal"): at most five words, no
        # punctuation, clause opener or trigger between
        nxt = next((t for t in range(subject.tok_end, min(stop, subject.tok_end + 12))
                    if not self.space[t] and (self._demand_modal_end(t) or not self.alpha[t]
                                              or self.lower[t] in self.subordinators)), None)
        between = self._words_between(subject.tok_end, nxt) if nxt is not None else []
        modal_end = self._demand_modal_end(nxt) if nxt is not None else None
        if modal_end is None or len(between) > 5 or \
                between and self.lower[between[0]] not in self.group_joiners or \
                any(t.tok_start < nxt and t.tok_end > subject.tok_end for t in self.sentence_triggers):
            return
        frag = self.frag_of[subject.tok_start]
        scope_end = self._demand_scope_end(frag, stop)
        # "must agree to constitutional changes before they demobilize": a clause of time or condition after the
        # demanded content says when that act is to happen (cues demand_condition_openers); it did not happen
        condition_end = scope_end
        for later in self.fragments[self.frag_of[max(scope_end - 1, nxt)].index + 1:]:
            if later.tok_start >= stop or self.lower[later.tok_start] not in self.demand_condition_openers:
                break
            condition_end = min(later.tok_end, stop)
        self.demand_scopes.append((nxt, condition_end))
        # the first act of the content that has a demand code ("must stop the attacks and withdraw": 106)
        # (troops need their sending word: "müsse seine Truppen abziehen" is the withdrawal, 106, not 1032; so does
        # a row of a strict family: "must hand over the suspects" hands over no captives, no 1053)
        code = next((found for t in self.sentence_triggers if nxt < t.tok_start < scope_end
                     and t.entry.frame != "speech" and (t.entry.support != "troop_dispatch" and
                                                        t.entry.support not in self.strict_support_families or
                                                        self._family_in(t.entry.support, t, self.frag_of[t.tok_start]))
                     and (found := self._demand_code(self._reading(t, self.frag_of[t.tok_start]).entry.cameo_code))
                     != "100"), "100")
        negated = bool(self._cue_in("negation", self.frag_of[st.trigger.tok_start])) if st.trigger else False
        rule = f"statement.demand:{st.trigger.entry.entry_id if st.trigger else 'carried'}"
        modal_text = self.text[self.idx[nxt]:self.idx[modal_end - 1] + len(self.token_text[modal_end - 1])]
        for member in self._distinct_members(st.speaker):
            for target in self._distinct_members(subject):
                if target.code != member.code or self._domestic_pair(member, target):
                    self._add(self._make_event(code, rule, modal_text, member, target, ev_start, ev_end,
                                               negated, "asserted", day, precision, date_text,
                                               self.sentence_reporting or st.reporting, None))
        self.decisions.append({"demand": self._group_text(subject), "modal": modal_text, "cameo_code": code,
                               "fragment": frag.index})

    def _demand_modal_end(self, tok: int) -> int | None:
        """End of a modal of obligation at ``tok``: one word ("must", "müsse") or two ("has to", "needs to")."""
        lower = self.lower[tok]
        if lower in self.demand_modals:
            return tok + 1
        nxt = next((t for t in range(tok + 1, min(tok + 3, len(self.lower))) if not self.space[t]), None)
        return nxt + 1 if nxt is not None and f"{lower} {self.lower[nxt]}" in self.demand_modals else None

    def _demand_scope_end(self, frag: Fragment, stop: int) -> int:
        """The demanded content: the modal's clause and the clauses joined to it ("..., und seine Truppen
        abziehen", an infinitive or that-clause), up to the statement's content end."""
        end = frag.tok_end
        for nxt in self.fragments[frag.index + 1:]:
            if nxt.tok_start >= stop or not (nxt.infinitive or self.lower[nxt.tok_start] in self.coordinators or
                                             self.lower[nxt.tok_start] in self.complementizers):
                break
            end = nxt.tok_end
        return min(end, stop)

    def _demand_code(self, act_code: str) -> str:
        """The demand for an act (cues demand_codes, longest code prefix: 0874 -> 106, 084 -> 1053), else 100."""
        for k in range(len(act_code), 1, -1):
            found = self.demand_codes.get(act_code[:k])
            if found is not None:
                return found
        return "100"

    def _yielded_demand(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A demand (root 10) right behind a concession coded before it in its clause (root 08, at most four words
        between that name no actor but a possessor, the last a preposition or determiner: "conceded at once to demands
        from UNITA", "conceded on Monday to demands", "conceded to Albania's demands") is the demand yielded to, made
        before: no demand of its own."""
        if trig.entry.cameo_code[:2] != "10":
            return False
        for other, _source, _target, code in self.coded_triggers:
            if code[:2] != "08" or other.tok_end > trig.tok_start or self.frag_of.get(other.tok_start) is not frag:
                continue
            between = self._words_between(other.tok_end, trig.tok_start)
            if between and self.lower[between[-1]] in self.possessive_markers:
                # "conceded to Albania's demands": the demander as the possessor
                k = len(between) - 1
                while k > 0 and self.in_actor[between[k - 1]]:
                    k -= 1
                between = between[:k] if k < len(between) - 1 else between
            if between and len(between) <= 4 and all(self.alpha[i] and not self.in_actor[i] for i in between) and \
                    (self.lower[between[-1]] in self.prepositions or self.lower[between[-1]] in self.determiners):
                return True
        return False

    def _demanded_content(self, trig: TriggerHit) -> bool:
        """The act stands in the content of a reported demand after its modal ("said Russia must withdraw")."""
        return any(modal < trig.tok_start < end for modal, end in self.demand_scopes)

    def _threat_content(self, trig: TriggerHit) -> bool:
        """"threatened to launch a new offensive", "demanded that Russia withdraw its troops", "staged
        demonstrations to demand reforms", "rejected a call for its forces to be deployed": the act is what is
        threatened, demanded, protested for, rejected or permitted, not an act that happened."""
        frag = self.frag_of[trig.tok_start]
        # an infinitive clause is governed by the clause before it ("..., to attack", "..., die Gaslieferungen an
        # Polen zu stoppen"), not a coordinated clause whose own verb comes before its infinitive ("... and invited
        # Wang to visit Moscow": the invitation is no content of the thanks before it)
        own_verb = trig.entry.pos == "VERB" and self.lower[frag.tok_start] in self.coordinators and \
            not self._infinitive(frag.tok_start, trig.tok_end)
        governed = frag.index > 0 and (frag.infinitive and not own_verb or
                                       self.lower[frag.tok_start] in self.complementizers)
        scope = [frag] + ([self.fragments[frag.index - 1]] if governed else [])
        # a commented act noun in the clause itself has happened ("protested against the arrest by Russia"): it is
        # coded with its own agent, or not at all (_commented_act)
        # an object row's infinitive is governed too: "allowed Fujimori to travel to Japan" (080) is no visit
        # a German trigger whose particle or participle closes its predicate before the act ("hat den Abzug der
        # Truppen verlangt und Paris Einmischung vorgeworfen") holds its content inside that bracket: an act behind
        # it in the same clause is a coordinated predicate of its own
        if any((code[:2] in GOVERNING_ROOTS or other.entry.support in OBJECT_FAMILIES) and
               other.tok_end <= trig.tok_start and not self._time_framed_noun(other) and
               any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
               not (other.particle_token is not None and other.particle_token < trig.tok_start and
                    self.frag_of.get(other.tok_start) is frag) and
               not (code[:2] in self.commenting_roots and self.frag_of.get(other.tok_start) is frag and
                    self._nominal(trig))
               for other, _s, _t, code in self.coded_triggers + self.unnamed_governing):
            return True
        # "pressuring workers of the bus company to cancel the strike": an object row with an infinitive whose object
        # names no actor is no event, and what it presses for, asks or allows of that object is still no act (not a
        # command: "ordered the opposition newspaper to suspend publication" is the authority's act, cues
        # command_words; not "wants to attack": no object between)
        if any(OBJECT_FAMILIES.get(other.entry.support) and other.tok_end <= trig.tok_start and
               any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
               self.lower[other.tok_start] not in self.command_words and
               self._object_before_infinitive(other.tok_end, trig.tok_start)
               for other in self.sentence_triggers):
            return True
        # "prevented a demonstration staged by students to protest the sending of soldiers", "verbot die Kundgebung,
        # um gegen den Einsatz zu protestieren": the protest is the aim of the suppressed protest noun (support
        # family suppress), the demonstrators', not an act of whoever suppressed it
        if trig.entry.cameo_code[:2] == "14" and any(
                other.entry.support == SUPPRESS_FAMILY and other.tok_end <= trig.tok_start and
                any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
                self._has_word(self.infinitive_markers, other.tok_end, trig.tok_start)
                for other, _s, _t, _code in self.coded_triggers):
            return True
        # "warned Xi against supplying weapons to Russia", "warnte Xi davor, Russland Waffen zu liefern": what a
        # warning is against has not happened (cues warning_links after a warning word, root 012)
        if self._warned_against(trig, frag, scope):
            return True
        if self.sentence_threat and (self._threatened_with(trig, frag) or self._closing_threat(frag)):
            return True
        # "after a threat to cut gas supplies": the threat noun names nobody (no event), its content is still no act
        return any(other is not trig and other.tok_end <= trig.tok_start and
                   any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
                   self._content_follows(other, self.frag_of[other.tok_start])
                   for other in self.sentence_triggers)

    def _threatened_with(self, trig: TriggerHit, frag: Fragment) -> bool:
        """German: the act noun stands behind a link of a threat's content (cues threat_content_links: "mit"), with
        only its determiner, possessive and lowercase modifiers between, and a threat (root 13) closes the bracket
        behind it in its clause ("hat der Regierung in Kabul mit weiteren Militärschlägen gedroht", "hatte Iran mit
        Luftangriffen gedroht"): the strikes are what was threatened, coded as the threat (the threat before its
        content, "droht Afghanistan mit Luftangriffen", is the governing threat of _threat_content)."""
        if not self.threat_content_links or not self._nominal(trig):
            return False
        link = None
        for _words, j in self._words_before_noun(trig, frag):
            if self.lower[j] in self.threat_content_links:
                link = j
                break
            if not (self._noun_modifier(j) or self.like_num[j] or self.lower[j] in self.possessive_determiners):
                return False
        return link is not None and any(other.entry.cameo_code[:2] == "13" and other.tok_start >= trig.tok_end and
                                        self.frag_of.get(other.tok_start) is frag for other in self.sentence_triggers)

    def _closing_threat(self, frag: Fragment) -> bool:
        """A threat word (root 13) opens the clause right behind the act's clause, a closing attribution ("Sollte
        Serbien ..., werde die EU die Beitrittsgespräche mit Belgrad aussetzen, drohte die Außenbeauftragte", "The EU
        will suspend accession talks with Serbia, its foreign policy chief threatened"), and the act's clause is
        future or hypothetical: the act is what was threatened, coded as the threat. An asserted act stays ("Russia
        attacked Kyiv, threatening more strikes")."""
        if frag.index + 1 >= len(self.fragments):
            return False
        nxt = self.fragments[frag.index + 1]
        first = next((i for i in self._words_between(nxt.tok_start, nxt.tok_end) if not self.punct[i]), None)
        if first is None:
            return False
        threat = next((t for t in self.sentence_triggers if t.entry.cameo_code[:2] == "13" and
                       nxt.tok_start <= t.tok_start < nxt.tok_end), None)
        if threat is None or (threat.tok_start != first and any(
                not (self.in_actor[i] or self._noun_modifier(i)) for i in self._words_between(first, threat.tok_start))):
            return False   # (English puts the speaker first: "its foreign policy chief threatened")
        return self._modality_cue(frag) in ("future", "hypothetical")

    def _time_framed_noun(self, other: TriggerHit) -> bool:
        """A governing act noun behind a preposition of time (cues time_prepositions) with only its determiner and
        lowercase modifiers between ("Nach wochenlangen Drohungen griff Pakistan Ziele in Afghanistan an", "After
        repeated threats, Pakistan attacked ..."): an earlier act that dates the clause, whose content the clause's
        act is not (was: the attack vetoed as the content of the threat)."""
        frag = self.frag_of.get(other.tok_start)
        if frag is None or not self.time_prepositions or not self._nominal(other):
            return False
        for _words, j in self._words_before_noun(other, frag):
            if self.lower[j] in self.time_prepositions:
                return True
            if not self._noun_modifier(j):
                return False
        return False

    def _warned_against(self, trig: TriggerHit, frag: Fragment, scope: list[Fragment]) -> bool:
        """The act is what a warning (012) in its sentence is against, which has not happened: behind a warning link
        after the warning ("warned Xi against supplying weapons", "warnte Xi davor, ... zu liefern"; cues
        warning_links); a noun phrase opened by a link of the warned-of phrase (cues warned_act_links) right behind
        the warning or its object ("warned of a possible Russian attack on Ukraine", "warned Russia of an attack")
        or before the warning closing the German bracket ("hat China vor Waffenlieferungen an Russland gewarnt",
        "hat vor einem russischen Angriff gewarnt"); an infinitive of the warning whose clause names no subject of
        its own ("warned China not to supply weapons to Russia", "warnte China, keine Waffen an Russland zu
        liefern"). Not an act named inside another noun phrase ("warned of the consequences of the Russian attack",
        "vor den Folgen des russischen Angriffs": the attack happened)."""
        link = self._warned_phrase_link(trig, frag)
        for other in self.sentence_triggers:
            if other.entry.cameo_code != "012" or other is trig:
                continue
            if other.tok_start >= trig.tok_end:
                if link is not None and self.frag_of.get(other.tok_start) is frag:
                    return True   # the German participle or particle closing the bracket: "hat ... vor X gewarnt"
                continue
            if not any(f.tok_start <= other.tok_start < f.tok_end for f in scope):
                continue
            if self._has_word(self.warning_links, other.tok_end, trig.tok_start):
                return True
            if link is not None and other.tok_end <= link and self._only_object(other.tok_end, link):
                return True
            if self.lang == "de" and frag.infinitive and frag.index > 0 and \
                    self.lower[frag.tok_start] not in self.complementizers and \
                    self.frag_of.get(other.tok_start) is self.fragments[frag.index - 1] and \
                    self._only_object(other.tok_end, self.fragments[frag.index - 1].tok_end):
                return True   # "warnte China, keine Waffen an Russland zu liefern"
            words = self._words_between(other.tok_end, trig.tok_start)
            marker = next((k for k, i in enumerate(words) if self.lower[i] in self.infinitive_markers), None)
            if self.lang == "en" and marker is not None and self._only_object(other.tok_end, words[marker]) and \
                    len(words) - marker <= 4 and not self._actor_overlaps(words[marker], trig.tok_start):
                return True   # "warned China not to supply weapons to Russia"
        return False

    def _warned_phrase_link(self, trig: TriggerHit, frag: Fragment) -> int | None:
        """The link of the warned-of phrase (cues warned_act_links: vor; against, of) that opens the act's noun
        phrase, with only articles, lowercase words that are no preposition and actor words between, or None."""
        if not self.warned_act_links:
            return None
        j = trig.tok_start - 1
        for _step in range(6):
            while j >= frag.tok_start and self.space[j]:
                j -= 1
            if j < frag.tok_start or self.punct[j]:
                return None
            low = self.lower[j]
            if low in self.warned_act_links:
                return j
            if low in self.prepositions or not (low in self.determiners or self.in_actor[j] or
                                                self.alpha[j] and self.token_text[j][:1].islower()):
                return None
            j -= 1
        return None

    def _only_object(self, start: int, stop: int) -> bool:
        """Between ``start`` and ``stop`` at most the warning's object, negation words and a date: actor words,
        articles, "not", "on Wednesday" ("warned on Wednesday of a Chinese attack on Taiwan")."""
        words = self._words_between(start, stop)
        if not words:
            return True
        self._sentence_dates()
        spans = [(m.start_char, m.end_char) for f in self.fragments for m in f.dates]
        dated = [any(a <= self.idx[i] < b for a, b in spans) for i in words]
        return all(self.in_actor[i] or self.punct[i] or self.lower[i] in self.determiners or
                   self.lower[i] in self.negation_words or dated[k] or
                   k + 1 < len(words) and dated[k + 1] and self.lower[i] in self.prepositions
                   for k, i in enumerate(words))

    def _object_before_infinitive(self, start: int, stop: int) -> bool:
        """Words, then an infinitive marker, between ``start`` and ``stop``: "pressuring workers ... to cancel"."""
        words = self._words_between(start, stop)
        marker = next((k for k, i in enumerate(words) if self.lower[i] in self.infinitive_markers), None)
        return marker is not None and marker > 0

    def _threat_targets(self) -> None:
        """A threat without an object takes the first other actor after the threat word in its sentence: the
        target of the threatened act or of the condition ("threatened to stop negotiations if the United States
        ...")."""
        for trig, source, target, code in self.coded_triggers:
            if code[:2] != "13" or target is not None:
                continue
            later = next((g for f in self.fragments for g in f.groups if g.tok_start >= trig.tok_end
                          and g.prep not in self.reporting_preps and not self._attribution_group(g)
                          and self._other_party(g, source) and not self._in_later_purpose_clause(trig, g)), None)
            frag = self.frag_of.get(trig.tok_start)
            if later is None and frag is not None and frag.index > 0 and \
                    self._closing_threat(self.fragments[frag.index - 1]):
                # "The EU will freeze accession talks with Georgia, the EU's foreign policy chief threatened": a
                # closing threat's content before it names the threatened party
                later = next((g for f in self.fragments[:frag.index] for g in f.groups
                              if g.prep not in self.reporting_preps and self._other_party(g, source)), None)
            if later is None:
                continue
            for event in self.result.events:
                if event.sentence_index == self.sentence_index and event.statement is None and \
                        event.cameo_root == "13" and event.target_actor is None and \
                        event.trigger_text == self._trigger_text(trig):
                    member = later.members[0]
                    event.target_actor, event.target_sector, event.target_text = member.code, member.sector, \
                        member.text

    def _retaliation_targets(self) -> None:
        """An announced retaliation ("Islamabad vowed to retaliate", "Teheran kündigte Vergeltung an": a threat word
        of cues retaliation_words) is a threat against the attacker: the one agent of the hostile acts (cues
        retaliation_cause_roots) coded against the threatener before it in its sentence, else in the sentence before.
        It replaces no target but one named after a coordinator behind the threat word ("kündigte Vergeltung an und
        machte die USA mitverantwortlich": the USA are the blamed, Israel the attacker)."""
        if not self.retaliation_words:
            return
        for trig, source, target, code in self.coded_triggers:
            if code[:2] != "13" or not any(self.lower[i] in self.retaliation_words
                                           for i in range(trig.tok_start, trig.tok_end)):
                continue
            if target is not None and not any(self.lower[i] in self.coordinators
                                              for i in range(trig.tok_end, target.tok_start)):
                continue
            codes = set(source.codes)
            # (code, sector, text) of the attackers: this sentence's acts before the threat word, else the last
            # sentence's rows
            found = {(s.members[0].code, s.members[0].sector, s.members[0].text)
                     for t, s, tg, c in self.coded_triggers
                     if t.tok_start < trig.tok_start and c[:2] in self.retaliation_cause_roots and tg is not None
                     and set(tg.codes) <= codes and not set(s.codes) & codes and len(set(s.codes)) == 1}
            if not found:
                found = {(e.source_actor, e.source_sector, e.source_text) for e in self.result.events
                         if e.sentence_index == self.sentence_index - 1 and e.statement is None and not e.negated
                         and e.modality == "asserted" and e.cameo_root in self.retaliation_cause_roots
                         and e.target_actor in codes and e.source_actor is not None
                         and e.source_actor not in codes}
            if len({code for code, _sector, _text in found}) != 1:
                continue
            attacker = sorted(found, key=str)[0]
            for event in self.result.events:
                if event.sentence_index == self.sentence_index and event.statement is None and \
                        event.cameo_root == "13" and event.trigger_text == self._trigger_text(trig) and \
                        event.source_actor in codes:
                    event.target_actor, event.target_sector, event.target_text = attacker

    def _attribution_group(self, group: Group) -> bool:
        """The speaker of the sentence's attribution ("..., Dutch Foreign Minister X said")."""
        return any(st.sentence_index == self.sentence_index and st.speaker is group for st in self.statements)

    def _ultimatum(self) -> None:
        """"X will withdraw its force from Chad unless ...", "X will boycott the elections unless ...": a planned
        or hypothetical act tied to an 'unless' condition is a threat (130) by X."""
        for cond in self.fragments:
            if self.lower[cond.tok_start] not in self.ultimatum_words:
                continue
            subject = next((g for g in cond.groups if g.prep is None and not g.genitive), None)
            before = {self._trigger_text(trig) for trig, _s, _t, _c in self.coded_triggers
                      if trig.tok_start < cond.tok_start}
            for event in self.result.events:
                if event.sentence_index != self.sentence_index or event.statement is not None or \
                        event.modality not in ("future", "hypothetical") or event.negated or \
                        event.cameo_root in ("13", "01") or event.trigger_text not in before:
                    continue
                cameo = self.cameo["130"]
                event.cameo_code, event.cameo_root, event.event_type = "130", "13", cameo.plover_type
                event.quad_class, event.goldstein = cameo.quad_class, cameo.goldstein
                event.plover_mode, event.plover_context = cameo.plover_mode, cameo.plover_context
                event.modality = "asserted"
                event.rule_id = f"ultimatum:{event.rule_id}"
                if event.target_actor is None and subject is not None and \
                        subject.members[0].code != event.source_actor:
                    member = subject.members[0]
                    event.target_actor, event.target_sector, event.target_text = member.code, member.sector, \
                        member.text

    def _conditional_threat(self) -> None:
        """"If China invaded Taiwan, the United States would defend the island", "Sollte Russland Atomwaffen
        einsetzen, würde die NATO entschlossen reagieren": announcing a response to a hostile act of X is a threat
        to X (130, 138 with military words) by the responder."""
        for cond in self.fragments:
            if self.lower[cond.tok_start] not in self.conditionals:
                continue
            hostile = next(((src, code) for trig, src, _tgt, code in self.coded_triggers
                            if cond.tok_start <= trig.tok_start < cond.tok_end and code[:2] >= "13"), None)
            if hostile is None:
                continue
            actor = hostile[0]
            for frag in self.fragments:
                modal = next((self.token_text[i] for i in self._fragment_tokens(frag)
                              if self.lower[i] in self.response_modal_words), None)   # surface: willing != will
                if frag is cond or modal is None:
                    continue
                responder = next((g for g in frag.groups if g.prep is None and not g.genitive), None)
                if responder is None or set(responder.codes) & set(actor.codes):
                    continue
                if any(frag.tok_start <= trig.tok_start < frag.tok_end and code[:2] <= "13"
                       for trig, _s, _t, code in self.coded_triggers):
                    # "..., Germany would lift sanctions": a promise, not a threat; "Belgrade said it would attack
                    # Albania if ...": the announced act is already the threat (138), not a second one
                    continue
                code = self.context_codes.get("130", {}).get(self._context(frag) or "", "130")
                negated = bool(self._cue_in("negation", frag)) and not self._cue_in("negation_blockers", frag)
                day, precision, date_text = self._date_for(frag)
                ev_start, ev_end = self._sentence_bounds()
                statement = self._enclosing_statement(frag.tok_start)
                reporting = self.sentence_reporting or (statement.speaker_text if statement is not None else None)
                for a in self._distinct_members(responder):
                    for b in self._distinct_members(actor):
                        self._add(self._make_event(code, f"conditional_threat:{self.lang}", modal, a, b, ev_start,
                                                   ev_end, negated, "asserted", day, precision, date_text,
                                                   reporting, None))
                return

    def _accusation_before(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(accuser, accused) when the trigger is the content of an accusation: the infinitive fragment after it
        ("wirft Russland vor, ... zu haben") or a linked gerund in its own fragment ("accused X of shelling")."""
        prev = self.fragments[frag.index - 1] if frag.infinitive and frag.index > 0 and \
            self._behind_infinitive_marker(trig, frag) else None
        for other, source, target, code in reversed(self.coded_triggers):
            if code[:2] not in self.accusation_roots or target is None:
                continue
            if prev is not None and prev.tok_start <= other.tok_start < prev.tok_end:
                return source, target
            if frag.tok_start <= other.tok_start and target.tok_end <= trig.tok_start and \
                    self._has_word(self.accusation_links, target.tok_end, trig.tok_start):
                return source, target
        return None

    def _behind_infinitive_marker(self, trig: TriggerHit, frag: Fragment) -> bool:
        """English: the trigger is in the infinitive its fragment holds, behind its marker ("to"), not a verb of a
        coordinated predicate before it: "Germany criticized Russia and called on Moscow to withdraw its troops" (the
        fragment "and called on Moscow to withdraw ..." holds an infinitive, but "called on" is no content of the
        criticism: it was 020 RUS->DEU reported). German puts the zu-infinitive after its act ("angegriffen zu
        haben"): always."""
        if self.lang != "en":
            return True
        return self.lower[trig.tok_start] in self.infinitive_markers or \
            any(self.lower[i] in self.infinitive_markers for i in range(frag.tok_start, trig.tok_start))

    def _accused_content_start(self, trig: TriggerHit, frag: Fragment) -> int | None:
        """The first accusation link behind an accusation verb in its clause ("accused of", "blamed for"; cues
        accusation_links), where what it accuses someone of begins; None without one."""
        return next((i for i in self._words_between(trig.tok_end, frag.tok_end)
                     if self.lower[i] in self.accusation_links), None)

    def _unnamed_accusation(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The trigger is the content of an accusation whose accuser is not named ("Russia is accused of attacking
        Ukraine", "Russland wird vorgeworfen, die Ukraine angegriffen zu haben"): an accusation word (cues
        accusation_roots) that has no row of its own, linked to the trigger as ``_accusation_before`` links a coded
        one (the infinitive clause after it, or "of"/"for" between them). Its content is reported, not asserted, and
        nobody accuses (no 112 row)."""
        prev = self.fragments[frag.index - 1] if frag.infinitive and frag.index > 0 and \
            self._behind_infinitive_marker(trig, frag) else None
        for other in self.sentence_triggers:
            if other is trig or other.entry.cameo_code[:2] not in self.accusation_roots:
                continue
            if prev is not None and prev.tok_start <= other.tok_start < prev.tok_end:
                return True
            if frag.tok_start <= other.tok_start and other.tok_end <= trig.tok_start and \
                    self._has_word(self.accusation_links, other.tok_end, trig.tok_start):
                return True
        return False

    def _alleged_content(self, frag: Fragment) -> bool:
        """The clause is what a claim or allegation says: a that-clause right after a claim word, or the next of a
        chain of them ("A report alleged that France was aware ..., and that the French military ... took part in
        the killing"), also without a known speaker. Such acts are reported, not asserted."""
        k = frag.index
        while k > 0:
            words = [i for i in self._words_between(self.fragments[k].tok_start, self.fragments[k].tok_end)
                     if not self.punct[i] and self.lower[i] not in self.coordinators]
            if words and self.lower[words[0]] not in self.complementizers:
                return False
            previous = [i for i in self._words_between(self.fragments[k - 1].tok_start, self.fragments[k - 1].tok_end)
                        if not self.punct[i]]
            if words and previous and self.lower[previous[-1]] in self.claim_words:
                return True
            k -= 1
        return False

    def _claims(self) -> None:
        """"Russia claimed that Ukraine had shelled Belgorod": claiming or alleging that another actor committed a
        hostile act accuses that actor (112); claiming one's own act claims responsibility (015). The claim replaces the
        generic statement row of its speech word; the claimed act itself is only reported. A speaker who opens the
        sentence and says that another actor committed a violent act ("Israel said Hamas fired rockets at it")
        accuses that actor the same way; the act stays asserted, and a speaker's report of its own act, or an
        attribution after the content ("..., officials said"), stays a statement."""
        for st in self.statements:
            if st.sentence_index != self.sentence_index or st.quote is not None or st.trigger is None:
                continue
            claim = self.lower[st.trigger.tok_start] in self.claim_words
            if not claim and not self._speaker_first_report(st) or st.event is not None and st.event.negated:
                continue   # "did not say/claim that Russia attacked Kyiv" accuses nobody
            start, stop = st.content_tokens
            roots = self.claimable_roots if claim else self.reported_accusation_roots
            claimed = next(((trig, source, target, code) for trig, source, target, code in self.coded_triggers
                            if start <= trig.tok_start < stop and code[:2] in roots
                            and (claim or self._asserted_act(trig))), None) or \
                next(((trig, source, target, code) for trig, source, target, code in self.reflexive_acts
                      if start <= trig.tok_start < stop and code[:2] in roots), None)
            if claimed is None:
                # "said six soldiers were wounded in an air strike by army units": the act's agent is
                # described, not named: the speaker accuses someone unnamed
                described = next((trig for trig in self.described_agent_acts
                                  if start <= trig.tok_start < stop and trig.entry.cameo_code[:2] in roots), None)
                claimed = (described, None, None, "") if described is not None else None
            if claimed is None:
                continue
            trig, source, target, _code = claimed
            own = source is not None and set(source.codes) <= set(st.speaker.codes)
            if own and not claim:
                continue
            accused = (target if own else source)
            code = "015" if own else "112"
            cameo = self.cameo[code]
            trigger_text = self._trigger_text(trig)
            for event in self.result.events:
                if event.sentence_index != self.sentence_index:
                    continue
                if claim and event.statement is None and event.trigger_text == trigger_text and \
                        event.modality == "asserted":
                    event.modality = "reported"
                if event.statement is not None and event.trigger_text == self._trigger_text(st.trigger):
                    member = accused.members[0] if accused is not None else None
                    if member is not None and member.code == event.source_actor:
                        member = None
                    event.cameo_code, event.cameo_root, event.event_type = code, code[:2], cameo.plover_type
                    event.quad_class, event.goldstein = cameo.quad_class, cameo.goldstein
                    event.plover_mode, event.plover_context = cameo.plover_mode, cameo.plover_context
                    event.target_actor = member.code if member is not None else None
                    event.target_sector = member.sector if member is not None else None
                    event.target_text = member.text if member is not None else None
                    event.rule_id = f"{'claim' if claim else 'accusation'}:{event.rule_id}"
            self.decisions.append({"claim": st.speaker_text, "cameo_code": code,
                                   "claimed": trigger_text})

    def _speaker_first_report(self, st: StatementInfo) -> bool:
        """A plain saying whose speaker opens it and whose content follows the speech word ("Israel said ..."); not
        an announcement ("Italy announced a suspension ..., one day after a Serbian jet shot down ...")."""
        if self.lower[st.trigger.tok_start] not in self.accusing_speech_words:
            return False
        if st.speaker.tok_start < st.trigger.tok_start:
            return st.content_tokens[0] >= st.trigger.tok_end
        # German verb second after a fronted adverbial: "Am Montag sagte Russland, die Ukraine habe ..."
        behind = self._speaker_behind_verb(st.trigger, self.frag_of[st.trigger.tok_start])
        return behind is not None and behind.tok_start == st.speaker.tok_start and \
            st.content_tokens[0] >= behind.tok_end

    def _asserted_act(self, trig: TriggerHit) -> bool:
        """The trigger's row says the act happened (not negated, not future or hypothetical)."""
        text = self._trigger_text(trig)
        return any(e.sentence_index == self.sentence_index and e.statement is None and e.trigger_text == text
                   and not e.negated and e.modality == "asserted" for e in self.result.events)
