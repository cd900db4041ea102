"""The event rows of the non-speech triggers (``_content_event``): which row of a shared pattern is read,
whether the trigger is an act at all (support, intent, negating verbs, commented, reversed, contingent or only
named acts), its source, target, negation, modality and date (asked of the other mixins), and the rule id of
the row. The tests it asks that belong to no other concern are here too."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit, new_trigger_hit
from geoevents.engine.lexicon import TriggerEntry, match_after_first, match_at
from geoevents.engine.rules.common import (FAILED_TALKS_FAMILY, GOVERNING_ROOTS, OBJECT_FAMILIES, READING_REACH,
                                           STRIKE_TARGET_FAMILY, SURFACE_CUES, VIOLENCE_HALT_FAMILY, Actor, Fragment,
                                           Group)


class ContentEvents:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _conferred_act(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An act word without a support family used as a noun after an article, as the object of a verb of
        conferring with its recipient between them (cues conferring_words: "if the treaty gave them a veto on the
        budget", "The council gave Russia a veto", "Der Rat gab Russland ein Veto"): the recipient is given the
        power, nobody uses it. Not "cast a veto", "used its veto"."""
        if trig.entry.support or trig.tok_start - 1 < frag.tok_start or \
                self.lower[trig.tok_start - 1] not in self.indefinite_articles | self.verb_noun_articles:
            return False
        before = self._words_between(frag.tok_start, trig.tok_start - 1)[-4:]
        giver = next((k for k in range(len(before) - 1, -1, -1) if self.lower[before[k]] in self.conferring_words),
                     None)
        if giver is None:
            return False
        recipient = before[giver + 1:]
        return bool(recipient) and all(self.in_actor[i] or i in frag.pronouns or self.lower[i] in self.determiners
                                       for i in recipient)

    def _reading(self, trig: TriggerHit, frag: Fragment) -> TriggerHit:
        """The row of a shared pattern whose support family is in the clause ("lifted the blockade" 0872, "imposed
        a blockade" 191); else the row that needs no support word; else the matched row."""
        readings = self.readings.get((trig.entry.pattern.lower(), trig.entry.pos))
        if not readings:
            return trig
        reach = READING_REACH if trig.entry.pos != "VERB" else None   # a verb's object follows it
        # the longest support word decides ("shipped out" withdraws, "shipped" delivers), then one before the noun
        # ("prevented the rally staged by farmers": the governing verb), then the nearer one ("has
        # cancelled a planned visit": cancelled, not has), then the lexicon order
        # some families only count before the word ("met the demands" accedes; "demanded a meeting" does not)
        # a German clause closing with a separable prefix makes the word another verb ("Kampfjets trafen in Litauen
        # ein" arrived): no reading of a family that reads the plain verb (cues plain_verb_families: a projectile hits)
        other_verb = trig.entry.pos == "VERB" and self._closing_particle(trig, frag)
        if trig.entry.pos == "NOUN" and self._frame_word_before(trig.tok_start) is not None:
            # "Unter Vermittlung Malaysias einigten sich ...": in a frame the noun's meeting row is read (the frame
            # says it took place, rules/support.py _held_frame), not another row an intent cue of the clause supports
            framed = next((e for e in readings if e.support == "meeting"), None)
            if framed is not None:
                return trig if framed is trig.entry else \
                    new_trigger_hit(framed, trig.tok_start, trig.tok_end, trig.particle_token)
        support = [(*self._reading_support(e, trig, frag, reach), -k, e)
                   for k, e in enumerate(readings) if e.support and
                   not (other_verb and e.support in self.plain_verb_families)]
        best = max(support, key=lambda item: item[:4], default=None)
        chosen = best[4] if best is not None and best[0] else next((e for e in readings if not e.support),
                                                                        trig.entry)
        return trig if chosen is trig.entry else \
            new_trigger_hit(chosen, trig.tok_start, trig.tok_end, trig.particle_token)

    def _speech_reading(self, trig: TriggerHit) -> TriggerHit:
        """A pattern that one row reads as a saying and another as an act (cues speech_readings: "rejected the
        allegations" is the denial 016 by the support family allegations, "rejected the proposal" the rejection 120;
        German "wies die Vorwürfe zurück" 016, "wies die Forderung zurück" 120 by the family proposal) takes its
        reading before the sayings are collected, so a denial becomes a statement and a rejection an act. A row
        whose support family is not in the clause is not read: then the row of the other frame stays."""
        if (trig.entry.pattern.lower(), trig.entry.pos) not in self.speech_readings:
            return trig
        frag = self.frag_of[trig.tok_start]
        chosen = self._reading(trig, frag)
        reach = READING_REACH if trig.entry.pos != "VERB" else None
        if chosen.entry.support and not self._reading_support(chosen.entry, trig, frag, reach)[0]:
            readings = self.readings[(trig.entry.pattern.lower(), trig.entry.pos)]
            other = next((e for e in readings if (e.frame == "speech") != (chosen.entry.frame == "speech")),
                         chosen.entry)
            return trig if other is trig.entry else \
                new_trigger_hit(other, trig.tok_start, trig.tok_end, trig.particle_token)
        return chosen

    def _reading_support(self, entry: TriggerEntry, trig: TriggerHit, frag: Fragment,
                         reach: int | None) -> tuple[int, bool, int]:
        """How well a shared pattern's row is supported, as ``_support_match`` measures it. A row whose support is
        the verb's object ("Israel struck Iran": en:190:struck-object) counts as one word right behind the verb
        when an actor stands there, so a projectile before the verb ("Russian missiles struck Kharkiv": the
        projectile row) still wins and "struck a deal" keeps no object reading."""
        if entry.support in OBJECT_FAMILIES:
            # (a phrase ending in its verb too: "threatened to strike South Korea", en:138:threatened-to-strike)
            found = trig.entry.pos in ("VERB", "PHRASE") and \
                self._object_after(trig, frag, OBJECT_FAMILIES[entry.support]) is not None
            return (1, False, 0) if found else (0, False, -len(self.lower))
        if entry.support == STRIKE_TARGET_FAMILY and self._strike_target(trig, frag):
            return (2, True, 0)   # what it hits outranks a labour word in the clause ("a strike on Kyiv began")
        found = self._support_match(entry.support, trig, frag,
                                    0 if entry.support in self.preceding_support_families else reach)
        if not found[0] and reach is not None and entry.support in self.closing_support_families:
            # German: the participle closing the clause beyond the reach ("hat die Gespräche mit Griechenland über die
            # Seegrenze am Montag abgebrochen"; cues closing_support_families)
            words = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.punct[i]]
            while words and self.lower[words[-1]] in self.finite_auxiliaries:
                words.pop()
            if words and any(found_family == entry.support and start == words[-1]
                             for start, _end, found_family in self._support_words(frag)):
                return 1, False, trig.tok_end - words[-1]
        return found

    def _closing_particle(self, trig: TriggerHit, frag: Fragment) -> bool:
        """German: a one-word verb (no particle of its own) whose main clause closes with a lowercase separable prefix
        (cues separable_prefixes): "traf am Montag in Berlin ein", "trafen in Genf zusammen"."""
        if self.lang != "de" or trig.particle_token is not None or " " in trig.entry.pattern or frag.subordinate:
            return False
        words = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.punct[i]]
        return len(words) >= 2 and self.lower[words[-1]] in self.separable_prefixes and \
            self.token_text[words[-1]].islower()

    def _released_thing(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A release (cues person_object_codes: 084) is of persons: the English phrase behind the verb, up to its
        first preposition, punctuation or conjunction, names no actor, pronoun, number, capitalized name or person
        word (cues person_object_words) but some other word ("began releasing treated water from the plant",
        "released a statement"). A passive or a phrase that opens with a preposition ("was released on Friday")
        keeps its reading, so do adverbs (cues person_object_skips, words ending in -ly). A document right before the
        participle is what was released ("a readout released by New Delhi")."""
        if trig.entry.cameo_code not in self.person_object_codes:
            return False
        before = self._words_between(max(frag.tok_start, trig.tok_start - 2), trig.tok_start)
        if before and self.lower[before[-1]] in self.released_document_nouns and trig.entry.pos == "VERB":
            # "according to a readout released by New Delhi", "a statement released on Monday": the participle
            # describes the document before it (cues released_document_nouns), nobody is freed
            return True
        things = False
        for i in self._words_between(trig.tok_end, frag.tok_end):
            low = self.lower[i]
            if low in self.person_object_links:
                continue   # "released dozens of prisoners"
            if self.punct[i] or low in self.prepositions or low in self.coordinators or low in self.subordinators:
                break
            if self.in_actor[i] or low in self.pronoun_words or self.like_num[i] or \
                    self.token_text[i][:1].isupper() or \
                    low in self.person_object_words or low.startswith(self.person_object_stems):
                return False
            if low in self.determiners or low in self.person_object_skips or low.endswith("ly"):
                continue
            things = True
        return things

    def _content_event(self, trig: TriggerHit, intent_alone: bool = False) -> None:
        frag = self.frag_of[trig.tok_start]
        trig = self._reading(trig, frag)
        entry = trig.entry
        if self._attributive_participle(trig):
            return self._veto(entry, "participle inflected as an adjective in a noun phrase: it describes the noun")
        statement = self._enclosing_statement(trig.tok_start)
        reporting = self.sentence_reporting or (statement.speaker_text if statement is not None else None)
        intent_frag = self._intent_fragment(frag)
        if intent_frag is None and entry.intent_code and entry.pos != "NOUN" and frag.infinitive and frag.index > 0 \
                and self.infinitive_intent_words and any(
                    self.lower[i] in self.infinitive_intent_words
                    for i in range(self.fragments[frag.index - 1].tok_start, self.fragments[frag.index - 1].tok_end)):
            # "vereinbarten, das Feuer einzustellen": agreeing to an act its row names the intent of (cues
            # infinitive_intent); not a noun in the infinitive ("ihre Zusammenarbeit bei der Abwehr von Raketen")
            intent_frag = self.fragments[frag.index - 1]
        if intent_frag is frag and self._intent_of_coordinated_clause(trig, frag):
            intent_frag = None   # "The council met on Tuesday and decided to adopt a budget": the meeting happened
        if intent_frag is frag and self._cues_in_object(trig, frag, "intent"):
            intent_frag = None   # "criticised the US plan to sell weapons": the intent is the plan's, not the critic's
        if intent_frag is frag and entry.pos in ("VERB", "PHRASE") and entry.cameo_code[:2] in self.appeal_roots and \
                self._intent_cues_behind(trig, frag):
            intent_frag = None   # "urged Russia and Ukraine to agree a ceasefire": the agreement is what is asked for
        planned = intent_frag is None and bool(entry.intent_code) and \
            (self._planned_act(trig) or self._postponed_meeting(trig, frag)) and \
            not self._cue_in("held_words", frag)
        if planned:
            intent_frag = frag   # "a planned meeting between Putin and Trump": the intent, not a meeting held
        # "Bei einem Besuch in Seoul kündigte er ... an", "Nach einem Treffen mit X hat er ... angekündigt": a meeting
        # noun in a frame took place; the clause's intent and negation are its verb's, its time _frame_modality's
        framed = not planned and self._held_frame(trig) is not None
        # "Putin hat nach einem Telefonat mit Trump eine Waffenruhe abgelehnt": (subject, partner) of a call or meeting
        # framed in the clause (_framed_call)
        call = self._framed_call(trig, frag) if entry.frame == "symmetric" and not planned else None
        if framed or call is not None:
            # (the call took place: "hat nach einem Telefonat mit Selenskyj ... zugesagt" is no intended call)
            intent_frag = None
        supported = self._supported(trig, frag, intent_frag)
        if not supported and intent_frag is None and entry.intent_code and \
                entry.support in self.announced_support_families:
            announcement = self._enclosing_statement(trig.tok_start)
            if announcement is not None and announcement.trigger is not None and \
                    self._announced_act(announcement, trig):
                # "The United States announced $2 billion in military aid for Ukraine": the aid noun as the object of
                # an announcing verb (cues act_announcing_words) is the pledge (0332, future), as "kündigte ein
                # Militärhilfepaket an" and "announced plans to supply weapons"; not "announced it will return
                # weapons" (a clause of its own)
                supported, intent_frag = True, frag
        # "bat den Westen um Flugabwehrsysteme", "asked the West for air defence systems": aid asked for (02x)
        # (not troops: "an EU appeal for deploying more troops to its coast" asks for no aid)
        request = self._aid_request(trig, frag) if not supported and entry.support != "troop_dispatch" else None
        supported = supported or request is not None
        halted = self._halted_violence(trig, frag)
        supported = supported or halted   # "Russia halted attacks on Ukraine": the halt is the act (087)
        if halted and intent_frag is None:
            # "stimmte einer Aussetzung der Angriffe zu", "vereinbarten, alle Angriffe einzustellen": a halt agreed
            # is the intent to de-escalate (0356, future) (cues halted_violence_agreeing; English "agreed" is an
            # intent cue already)
            intent_frag = next((f for f in [frag] + ([self.fragments[frag.index - 1]] if frag.infinitive and
                                                     frag.index > 0 else [])
                                if self._cue_in("halted_violence_agreeing", f)), None)
        parties = self._explicit_parties(trig, frag)
        cancelled = not parties and self._cancelled_meeting(trig, frag)
        supported = supported or cancelled   # "Seoul cancelled a meeting with Japan's defence minister": 160
        if entry.support and not supported and not parties and \
                not (entry.support not in self.strict_support_families and self._names_its_agent(trig, frag)) and \
                not (entry.cameo_code[:2] in self.reported_act_roots and (self._reported_act_noun(trig) is not None
                                                                          or self._suffered_act_noun(trig, frag))):
            return self._veto(entry, f"noun without a '{entry.support}' support word in its clause")
        if self._failed_meeting(trig, frag):
            return self._veto(entry, "talks named as stalled, collapsed or failed with nobody halting them: no meeting")
        if request is None and self._threat_content(trig):
            return self._veto(entry, "content of a threat: coded as the threat")
        if self._demanded_content(trig):
            return self._veto(entry, "content of a reported demand: coded as the demand")
        if self._conferred_act(trig, frag):
            return self._veto(entry, "act noun given to someone ('gave them a veto over'): a power conferred, not "
                                     "the act")
        if self._yielded_demand(trig, frag):
            return self._veto(entry, "demand yielded to ('conceded to demands from X'): coded as the concession")
        if self._contingent_act(trig):
            return self._veto(entry, "act noun after a word of contingency ('a possible war'): not an act")
        if self._pending_condition(trig, frag):
            return self._veto(entry, "act behind 'until' that is still awaited ('will keep the sanctions until Russia "
                                     "withdraws'): not an act")
        if self._hit_by_act_noun(trig, frag):
            return self._veto(entry, "noun in the object phrase of an act noun before it ('an attack on a "
                                     "weapons supply'): what that act hit, no act of its own")
        if self._felt_state(trig, frag):
            return self._veto(entry, "participle of a felt state ('fühlt sich bedroht', 'sieht sich bedroht'): how the "
                                     "subject sees itself, no act")
        if self._inanimate_traveller(trig, frag):
            return self._veto(entry, "a thing travels ('The exhibition of Chinese porcelain will travel to "
                                     "Washington'): no visit")
        if self._visitor_attribute(trig):
            return self._veto(entry, "'visiting' before a nationality adjective describes the visitor ('talks with "
                                     "visiting Australian Prime Minister X'): no visit by the clause's subject")
        if self._released_thing(trig, frag):
            return self._veto(entry, "object names no person ('began releasing treated water', 'released a "
                                     "statement'): a release is of persons")
        if entry.cameo_code[:2] not in self.suffered_roots and not parties and \
                self._hit_by_act_noun(trig, frag, self.act_setting_preps):
            # (violence keeps its row: "engaged Chadian soldiers in a firefight"; so do talks that name their
            # own parties: "offered mediation in the talks between Russia and Ukraine")
            return self._veto(entry, "noun in the setting phrase of an act noun before it ('mediation in the "
                                     "talks'): where that act happens, no act of its own")
        if not (entry.support and self._family_in(entry.support, trig, frag)) and self._reversed_act_noun(trig, frag):
            return self._veto(entry, "act noun as the object of a word of reversal ('rescinded its annexation'): "
                                     "the act is only named")
        if self._possessor_act_noun(trig):
            return self._veto(entry, "act noun as the possessor of another noun ('the meeting's co-chairman'): "
                                     "not an act")
        if not intent_alone and self._intent_word_before_act(trig):
            self._veto(entry, "intent word: the act after it is coded as the intent")
            if self.lower[frag.tok_start] not in self.condition_words:
                self.deferred_intents.append(trig)
            return
        if entry.frame == "symmetric" and entry.pos == "VERB" and self._goal_object(trig, frag):
            return self._veto(entry, "object is a demand, deadline or target ('met the demands'): no meeting")
        if entry.frame == "symmetric" and entry.pos == "VERB" and self._received_with(trig):
            return self._veto(entry, "'would be met with a firm response', 'was met with scepticism': a reception")
        code = entry.cameo_code
        context = entry.context or self._context(frag)
        if intent_frag is not None and entry.intent_code:
            code = entry.intent_code
        code = self.context_codes.get(code, {}).get(context or "", code)
        if cancelled:
            code = self.cancelled_meeting_code   # a party calling off a meeting reduces relations, as a cancelled visit
        if halted:
            # "halted its air strikes on Lebanon" 087, "agreed to stop all firing" 0356: de-escalation, not violence
            code = self.halted_violence_codes.get("intent" if intent_frag is not None else "act", code)
        if request is not None:
            code = request[0]
        source, target, pairs = None, None, []
        unnamed: Group | None = None
        rule_prefix = ""
        agent = self._passive_agent(frag)
        if agent is not None and self._has_word(self.passive_aux, trig.tok_end, frag.tok_end) and \
                (self.lang == "en" or self._nominal(trig)) and \
                not (entry.support and (support := self._support_match(entry.support, trig, frag))[0] and
                     not support[1]):
            # "The Russian attack on Kyiv was condemned by the EU", "The US demand ... was rejected by Iran": the
            # passive's agent condemned or rejected; an act in the subject before the auxiliary keeps its own agent,
            # unless the passive verb is its support word ("The attack on Kyiv was carried out by Russia")
            agent = None
        if agent is None:
            reduced, agent = self._reduced_passive(trig, frag)
            # "were wounded by an explosive device near Kandahar": with its auxiliary a passive whose
            # by-phrase names nobody is agentless (the place rule below); "victims killed by the crash" is none
            if reduced and agent is None and self._object_side_act(trig, frag) is None and \
                    not self._has_word(self.passive_aux, frag.tok_start, trig.tok_start):
                return self._veto(entry, "participle with a by-phrase that names no actor")
        if self._means_of_passive(trig, frag):
            return self._veto(entry, "the means of a passive act ('were killed by a roadside bomb'): no agent")
        if self._disaster_subject(trig, frag):
            return self._veto(entry, "a natural disaster did it ('Floods in eastern Spain have killed ...'): no actor, "
                                     "the place stands in for nobody")
        if agent is None and self._means_of_active_act(trig, frag):
            return self._veto(entry, "the means of the violent verb's act ('killed three soldiers in an air "
                                     "strike'): coded by the verb")
        suffered = self._suffered_act_noun(trig, frag) if agent is None else None
        if agent is None and self._participle_in_apposition(trig, frag):
            return self._veto(entry, "participle in an apposition ('a member of X jailed last year'): no agent")
        accusation = self._accusation_before(trig, frag)
        refusal = self._refusal(frag, trig.tok_start, trig.tok_end, intent_frag)
        # "Ukraine ratified an agreement with the EU": ratifying is one party's act, not both parties'; "Russia
        # will not meet Ukraine": refusing is the subject's act
        # (a framed call or meeting with its partner keeps both parties beside a one-sided verb of its clause: "rejected
        # a ceasefire after a phone call with Trump")
        symmetric = entry.frame == "symmetric" and not refusal and not cancelled and \
            (not self._unilateral_act(frag) or call is not None)
        if symmetric and parties and (intent_frag is None or planned or intent_frag is frag and not frag.infinitive
                                      and self._subject(frag) is None):
            # "A meeting between Biden and Putin is planned for May": an intent nobody named holds is the parties',
            # as is the planned meeting of a noun phrase ("denied reports of a planned meeting between ...")
            pairs = parties
        else:
            source = agent or self._source(trig, frag)
            framing_speaker = False
            own = self._frame_agent(trig, frag) if framed and agent is None and entry.frame == "directed" else None
            if own is not None:
                source = own   # "Unter Vermittlung Malaysias einigten sich ...": the mediator, not the clause's subject
            if framed and own is None and agent is None:
                # "Baerbock hat China bei einem Besuch in Peking vor ... gewarnt": the frame is the time of the
                # saying whose bracket holds it, its visitor the speaker (not the addressee, China)
                speaker = self._framing_speaker(trig, frag)
                if speaker is not None:
                    source = speaker
                    framing_speaker = True
            if source is None and (symmetric or framed):
                source = self._frame_subject(trig, frag)
                if source is not None:
                    rule_prefix = "frame_subject:"
            partner = None
            if call is not None and symmetric and agent is None and own is None and not framing_speaker:
                # "Biden hat Xi nach einem Telefonat mit Putin gewarnt": a framed call or meeting in the clause is its
                # subject's (not the object's before it), with the partner it names
                source, partner = call
            if suffered is not None:
                # "Three Iraqi civilians were killed in a car bombing", "wurden bei einem Anschlag getötet": the
                # clause's subject suffered the act the noun names; its agent is the one the noun names, else the
                # place stands for it as in the agentless passive, else it is unknown
                source = suffered[1] if suffered[1].members[0].code is not None else None
            if source is not None and agent is None and not framing_speaker and (self._speaker_of_saying(trig, source) or
                                                         self._reporter_of_act_noun(trig, source)):
                source = None   # "Lebanon said five villagers were killed in an airstrike": not Lebanon's airstrike
            owner = self._owner_before(trig, frag) if source is not None and agent is None else None
            if owner is not None and owner.tok_start == source.tok_start:
                # "Russia's frozen assets in Belgium are worth billions": the owner froze nothing
                return self._veto(entry, "the owner of property named before it is no agent of an act on it")
            passive, patient = self._agentless_passive(trig, frag) if agent is None and suffered is None \
                else (source is None, suffered[0]) if suffered is not None else (False, None)
            if passive:
                # "10 Russian soldiers were killed in Ukraine": the subject suffered the act; the place of the act
                # stands for the unnamed actor, else there is no source. "..., where 24 people were killed": the
                # subject of the main clause is not the unnamed actor either
                # "were arrested and tortured in Russia", "wurden in Russland festgenommen und gefoltert": coordinated
                # participles share the passive's place
                shared = self._shared_passive_clauses(trig, frag) if patient is not None else [frag]
                # "Serbia has been accused of shelling villages in Kosovo": a place in what the accusation says is
                # the accused act's, it names no accuser
                content = self._accused_content_start(trig, frag) if entry.cameo_code[:2] in \
                    self.accusation_roots else None
                place = min((g for c in shared for g in c.groups if g.prep in self.locative_preps and g is not patient
                             and set(g.codes) - set(patient.codes) and (content is None or g.tok_start < content)),
                            key=lambda g: g.tok_start, default=None) if patient is not None else None
                near = min((g for c in shared for g in self._places_of(c, trig, anywhere=True)
                            if g.prep in self.place_preps and set(g.codes) - set(patient.codes) and
                            (content is None or g.tok_start < content)),
                           key=lambda g: g.tok_start, default=None) if patient is not None else None   # a city: also
                # "near", "outside of"
                if near is not None and (place is None or near.tok_start < place.tok_start):
                    place = near
                if place is None and patient is not None and code in self.destination_source_codes:
                    # "Der russische Botschafter wurde ins Auswärtige Amt einbestellt", "was summoned to the German
                    # foreign ministry": the office summoned to names the summoner (cues destination_source_codes)
                    place = next((g for g in frag.groups if g.prep in self.summons_destination_preps and
                                  set(g.codes) - set(patient.codes)), None)
                if place is None and patient is not None and code in self.departure_source_codes:
                    # "A Russian diplomat was expelled from Estonia", "wurden aus Polen ausgewiesen": the state
                    # expelled from is the one that expels (cues departure_source_codes; was no row)
                    place = next((g for g in frag.groups if g.prep in self.departure_source_preps and
                                  (self.lang != "en" or g.tok_start > trig.tok_start) and
                                  set(g.codes) - set(patient.codes)), None)
                # "Two US soldiers were killed by insurgents", "was blown up by a missile fired by rebels": a
                # by-phrase that describes someone without naming an actor is an unknown agent, as in the active
                # "Insurgents killed two US soldiers" (the patient stays the target)
                statement = self._enclosing_statement(trig.tok_start) if patient is not None else None
                described = self._described_passive_agent(trig, frag) \
                    if place is None and patient is not None and not (
                        statement is not None and patient.tok_start < statement.content_tokens[0]) else None
                # (not when the patient is the speaker: "Syria said eight people were killed ... by government
                # forces" is an accusation, _described_agent)
                if described is not None:
                    place, rule_prefix = described, "described_agent:"
                if place is not None and place.members[0].entry_id.startswith("place:"):
                    rule_prefix = f"place_source:{place.members[0].entry_id}:"
                resident = patient.members[0] if patient is not None and len(patient.members) == 1 else None
                if place is None and resident is not None and resident.entry_id.split(":")[0] != resident.code and \
                        resident.entry_id.split(":")[1] in ("demonym", "adj"):
                    # "Chadian rebels operating in Sudan have been demobilized": the place in the patient's
                    # own phrase (_residents) is where the act happened
                    place = Group([Actor(resident.code, None, "", resident.end_char, resident.end_char,
                                         resident.tok_end, resident.tok_end, f"{resident.code}:residence", None,
                                         None, "")], resident.tok_end, resident.tok_end)
                source, agent = place, place
            # (a German zu-infinitive clause has no subject: its names are objects, "wirft Russland vor, Kiew
            # angegriffen zu haben" is Russia's attack on Kyiv, was UKR->UKR)
            if accusation is not None and (self.lang == "de" and frag.infinitive or
                                           not any(g.prep is None and g.tok_start > accusation[1].tok_end
                                                   for g in frag.groups) or
                                           self.lower[trig.tok_start - 1] in self.accusation_links):
                # "wirft Russland vor, ... bombardiert zu haben", "accused X of ...": the accused is the actor, also
                # of a gerund right behind the link with its object ("accused Ukraine of attacking Russian villages")
                source = accusation[1]
            if source is not None and agent is None and not framed and self._commented_act(trig, frag, source):
                return self._veto(entry, "act noun commented on by another verb ('condemned the air strike'): "
                                         "its own agent is not named")
            # (not a framed meeting with its partner: "Putin hat nach einem Telefonat mit Trump ... zugestimmt" had
            # the call; the clause's subject is its other party, as with the frame first)
            if source is not None and agent is None and not framing_speaker and \
                    not (symmetric and call is not None) and \
                    self._time_reference_act(trig, frag, source):
                return self._veto(entry, "act noun behind a preposition of time ('following the invasion of "
                                         "X'): an earlier event whose own agent is not named")
            if source is not None and agent is None and self._reason_act(trig, frag, source):
                return self._veto(entry, "act noun behind a phrase of reason ('arrested X for his role in the "
                                         "riots'): what the act is for, whose own agent is not named")
            if source is not None and agent is None and self._talk_topic_act(trig, frag, source):
                return self._veto(entry, "act noun as the topic of talks ('to discuss a ceasefire', 'über den Krieg "
                                         "sprechen'): what is talked about, whose own agent is not named")
            if self._commented_intention(trig, frag):
                return self._veto(entry, "the infinitive of a decision or plan a verb comments on ('kritisierte die "
                                         "Entscheidung der USA, Waffen ... zu verkaufen'): not an act that happened")
            pressed = self._object_side_act(trig, frag)
            if pressed is not None:   # "Iran was pressured by Russia to ...": the agent acts on the subject
                source = pressed[0]
                unnamed = source if source.members[0].code is None else None
            if source is None and code[:2] == "14":
                source = self._protest_place()
            if source is None:
                source = self._titled_official(trig, frag)
            # a visit needs a named visitor ("Tausende Menschen nahmen an der Demonstration in Berlin teil": no row)
            unnamed = self._unnamed_subject(trig, frag) if source is None and entry.frame == "directed" and \
                code[:2] != "14" and entry.mode != "visit" else None
            custodian = self._custodian(trig, frag) if agent is None and suffered is None and \
                entry.frame == "directed" and code[:2] in self.suffered_roots and \
                (source is None or self._nominal(trig)) else None
            if custodian is not None:
                # "spoke of torture in Russian captivity", "sprach von Folter in russischer Gefangenschaft": the
                # holder of the custody an act noun names is its agent, not the one who tells of it (nor the clause's
                # subject: "ein ukrainischer Soldat sprach am Dienstag von Folter in russischer Gefangenschaft")
                source, unnamed, rule_prefix = custodian, None, "custodian:"
            if unnamed is None and source is None and entry.frame == "directed" and \
                    not self._described_agent(trig, frag):
                unnamed = self._reported_act_noun(trig)
            if suffered is not None and source is None:
                unnamed = suffered[1]
            if unnamed is not None:   # "Der Angriff tötete drei russische Soldaten": nobody named acts on a target
                source = unnamed
            if source is not None and unnamed is None and source.prep in self.locative_preps and \
                    all(m.entry_id.split(":")[1] == "capital" for m in source.members) and \
                    trig.entry.pos == "VERB" and code[:2] in self.suffered_roots and \
                    self._means_names_its_agent(trig, frag):
                return self._veto(entry, "the act noun of the clause names its agent ('bei einem israelischen "
                                         "Luftangriff ... in Damaskus getötet'): its row codes the act, the capital "
                                         "where it happened is no agent")
            agent_place = self._place_of_unnamed_agent(trig, frag) if (source is None or unnamed is not None) and \
                entry.frame == "directed" and code[:2] in self.place_target_roots else None
            if agent_place is not None and self._means_names_its_agent(trig, frag):
                return self._veto(entry, "the act noun of the clause names its agent ('died in Israeli tank "
                                         "shelling near Khan Younis'): its row codes the act, the place stands in "
                                         "for nobody")
            if agent_place is not None:   # "A roadside bomb near Samarra killed one U.S. soldier"
                source = agent_place
            if source is None:
                if self._described_agent(trig, frag):
                    self.described_agent_acts.append(trig)
                return self._veto(entry, "no source actor")
            target = suffered[0] if suffered is not None and suffered[0] is not None else self._target(trig, frag, source, agent is not None)
            if halted:
                # "nach einem Telefonat mit Trump einer Aussetzung der Angriffe auf die ukrainische
                # Energie-Infrastruktur zugestimmt": the halted violence's own target behind the noun, not a partner
                # named earlier in the clause
                hit = next((g for g in frag.groups if g.tok_start >= trig.tok_end and g.prep is not None and
                            g.prep in self.halted_violence_target_preps and
                            self._other_party(g, source)), None)
                if hit is not None:
                    target = hit
            if partner is not None and self._other_party(partner, source):
                target = partner
            if target is None and frag.infinitive and self.lang == "de" and code.startswith(("033", "07")):
                # "China versprach Russland, Waffen zu liefern": aid promised to the promise's object
                target = self._commitment_recipient(frag, source)
            if target is None and agent is None:
                target = self._object_before_apposition(trig, frag, source)
            if target is None and passive and patient is not None and all(patient is not g for g in frag.groups) and \
                    self._other_party(patient, source):
                target = patient   # "were arrested and tortured": the subject of the clause the participle shares
            if entry.support == "troop_dispatch" and self._troops_not_to_a_state(trig, target):
                return self._veto(entry, "troops sent into a state, to a border or to help: a deployment, not aid")
            if target is None and entry.cameo_code[:2] == "07" and self._sent_into_a_state(trig, frag):
                return self._veto(entry, "weapons sent into a state ('sent tanks into Ukraine'): a deployment, not aid")
            if request is not None:
                target = request[1]   # the one asked, not the aid's recipient
            if target is None:
                target = self._titled_object(trig, frag, source)
            if target is None:   # "Russland griff Kiew an. Das verurteilte die EU": the agent of the act before
                target = self._demonstrative_act(trig, frag, source)
            if target is None:   # "China begann Übungen. Japan kritisierte die Übungen": the driller
                target = self._referred_act(trig, frag, source)
            if target is None and code in self.unaddressed_protest_codes and frag.index == 0 and \
                    not any(g.tok_start >= trig.tok_start for g in frag.groups if g is not source):
                # "Nordkorea feuerte Raketen ab. Japan legte formell Protest ein": a protest that names nobody
                # protests the act of the sentence before, against its one agent (was 114 JPN->none)
                target = self._agent_before(source, trig.tok_start)
            if own is not None and entry.mode != "visit":
                # "Under Qatari mediation, Israel and Hamas resumed talks", "Unter Vermittlung Malaysias haben sich
                # Thailand und Kambodscha ... verständigt": the subject of the clause the frame opens is the party of
                # the frame's act when the frame names its agent (a visit keeps its place: "Bei einem Besuch
                # Scholz' in Peking")
                # ("Thailand and Cambodia agreed on a ceasefire under Malaysian mediation": the subject before it)
                subject = self._frame_subject(trig, frag) if frag.index == 0 else None
                before = self._subject(frag)
                if subject is None and before is not None and before is not own and \
                        before.tok_start < min(own.tok_start, trig.tok_start):
                    subject = before
                if subject is None:
                    subject = next((g for g in frag.groups if g.prep is None and not g.genitive and
                                    g.tok_start >= max(own.tok_end, trig.tok_end) and g is not own), None)
                if subject is not None and self._other_party(subject, source):
                    target = subject
            if target is None and unnamed is None:
                target = self._people_by_place(trig, frag, source)
                if target is not None and code[:2] in self.posture_place_roots and \
                        set(target.codes) == set(source.codes):
                    # "zeigte bei einer Militärparade in Pjöngjang neue Raketen": a show of force at home is against
                    # nobody (the parade is no people)
                    target = None
                if target is not None:
                    rule_prefix = "people_by_place:"
            if agent_place is not None:
                if target is not None and set(target.codes) - set(agent_place.codes):
                    entry_id = agent_place.members[0].entry_id
                    rule_prefix = f"place_source:{entry_id}:" if entry_id.startswith("place:") else "place_source:"
                elif unnamed is not None:
                    source = unnamed
                    target = suffered[0] if suffered is not None and suffered[0] is not None else self._target(trig, frag, source, agent is not None)
                else:   # the victims' own state or nobody named: the place is no stand-in for the agent
                    return self._veto(entry, "no source actor")
            if target is None and ":titled_official:" in source.members[0].entry_id:
                # "Judge X opened investigations against 28 Chilean officials": the mention that lent the official
                # its state is the act's party
                target = next((Group(g.members, g.tok_start, g.tok_end, g.prep, own_state=True)
                               for g in frag.groups if g.tok_start >= trig.tok_end), None)
            if unnamed is not None and target is None and code[:2] in self.place_target_roots and \
                    unnamed.tok_start == trig.tok_start:   # a reported act noun: the place it hit ("auf Charkiw")
                target = next((g for g in self._places_of(frag, trig)
                               if g.prep in self.place_preps | self._target_preps(code)), None)
                if target is not None:
                    rule_prefix = f"place_target:{target.members[0].entry_id}:"
            if unnamed is not None and target is None:
                return self._veto(entry, "no source actor and no target")
            if entry.support in OBJECT_FAMILIES:
                target = pressed[1] if pressed is not None else \
                    self._object_after(trig, frag, OBJECT_FAMILIES[entry.support], source)
                if target is None or not (self._other_party(target, source) or self._person_object(target, source)):
                    return self._veto(entry, "the object is the source's own state")
                if not self._other_party(target, source):   # the person of the source's own state is the party
                    target = Group(target.members, target.tok_start, target.tok_end, target.prep, own_state=True)
            if target is None and entry.frame == "directed" and code[:2] in self.complement_target_roots:
                target = self._complement_subject(frag, source)
            if target is None and entry.frame == "directed" and \
                    (code[:2] in self.cause_clause_target_roots or code[:3] in self.cause_clause_target_roots):
                # "scrambled fighter jets after two Russian bombers flew close to its airspace", "ließ Kampfjets
                # aufsteigen, nachdem russische Bomber ... geflogen waren": a reaction against the clause of cause's agent
                target = self._cause_clause_agent(frag, source)
            if target is None and entry.frame == "directed" and code in self.enabling_concession_codes:
                # "The EU extended its sanctions after Hungary dropped its objections": the yield is to the subject of
                # the clause it made possible
                target = self._enabled_clause_subject(frag, source)
            if target is None and entry.frame == "directed" and self.neighbour_words and \
                    any(self.lower[i] in self.neighbour_words for i in range(trig.tok_end, frag.tok_end)):
                # "Bangkok closed all land crossings with its neighbour": the one other state the sentence names
                target = self._neighbour_party(source)
            if target is None and entry.frame == "directed" and entry.mode != "visit":
                # an intent to act at home ("is prepared to lift the ban on the FIS", 0351) concerns whom the act does
                target = self._own_state_target(trig, frag, source,
                                                entry.cameo_code if code == entry.intent_code else code)
                if target is not None and not target.members[0].text:
                    rule_prefix = "own_state:"
            placed = halted or code[:2] in self.place_target_roots and code not in self.place_target_exempt_codes or \
                code[:2] in self.posture_place_roots or code in self.empathy_place_codes
            if (target is None or rule_prefix == "own_state:") and entry.frame == "directed" and placed:
                # "Hamas fired rockets at Sderot": a place of another state beats the group's own state; "conducted
                # military exercises in Alaska" is a show of force to that state (posture_place_roots);
                # "expressed sorrow for the shootings in South Carolina" is sympathy with that state's people, its
                # own included (empathy_place_codes)
                place = self._place_of_act(trig, frag, source, near=code[:2] in self.posture_place_roots)
                if place is not None and place.own_state and (place.prep or code in self.territory_codes) and \
                        code not in self.empathy_place_codes and \
                        not any(m.sector in self.domestic_sectors for m in source.members):
                    # "Die Ukraine startete eine Gegenoffensive bei Bachmut": where a state's violence happened in its
                    # own land is not on itself (no target); a non-state group's is on its state ("rebels shelled
                    # Khartoum"), and a place as the verb's object is its target ("Ukraine attacked Kharkiv"), but
                    # not the own land a state takes (back): "Ukraine recaptured the village of Robotyne" (cues
                    # territory_codes)
                    place = None
                if place is not None and (target is None or not place.own_state):
                    target = place
                    entry_id = target.members[0].entry_id   # a gazetteer place names its entry
                    rule_prefix = f"place_target:{entry_id}:" if entry_id.startswith("place:") else "place_target:"
            if (target is None or rule_prefix == "own_state:") and accusation is not None and \
                    set(accusation[0].codes) - set(source.codes):
                # "Ukraine accused Russia of shelling civilians": the accuser stands for the victim nobody names,
                # after the act's own place ("accused Ukraine of shelling the Zaporizhzhia nuclear plant" is on
                # Ukraine's land, not on the accuser)
                target, rule_prefix = accusation[0], ""
            if target is None and entry.frame == "directed" and self._behind_agent(trig, frag) is source:
                # "said Iran was behind the drone attacks": the attribution is the accusation (112); an act on
                # nobody named adds no dyad
                self._veto(entry, "act attributed by 'was behind' without a target")
                if self._negation_modality(frag, intent_frag) == (False, "asserted"):
                    self.reflexive_acts.append((trig, source, None, code))   # the speaker may accuse its agent
                return
            if target is None and code in self.target_required_codes:
                # "approved a law recognizing victories by the opposition": recognition (054) of nobody named is no
                # diplomatic recognition (cues target_required_codes)
                return self._veto(entry, "recognition without a recognized party")
            if target is not None and entry.mode == "visit" and self._visit_topic(trig, target):
                target = None   # "attend a meeting on the drought in Somalia": the topic of the event is not visited
            if target is None and entry.mode == "visit":
                # "Tourists visiting Washington": a visit needs a visited or visiting state besides the source
                return self._veto(entry, "visit without a party")
            if entry.mode == "visit" and entry.pos != "NOUN" and all(map(self._deployed_forces, source.members)):
                # "peacekeeping troops arrived in Bosnia": a deployment, not a diplomatic visit; "Der russische
                # Verteidigungsminister besuchte Peking" is a visit
                return self._veto(entry, "troops arriving are no visit")
            if entry.mode == "visit" and entry.pos != "NOUN" and self._arriving_forces(source, frag):
                # "Deutsche Kampfjets trafen in Litauen ein", "German fighter jets arrived in Lithuania": weapons or
                # troops a state's adjective names are deployed, no visit
                return self._veto(entry, "weapons or troops arriving are no visit")
            if entry.mode == "visit" and entry.pos != "NOUN" and self._arriving_non_visitors(source, frag):
                # "Syrian refugees arrived in Greece", "Ein russisches Flugzeug ist in Syrien eingetroffen"
                return self._veto(entry, "people without an office or vehicles arriving are no visit")
            if target is None and statement is not None and statement.topic is not None and \
                    code[:2] in self.topic_target_roots and self._other_party(statement.topic, source):
                target = statement.topic   # „Wir verurteilen diesen Angriff“, sagte X mit Blick auf Russland
            if target is None and statement is not None and code[:2] in self.speaker_fallback_roots:
                if set(statement.speaker.codes) - set(source.codes):
                    target = statement.speaker
            if target is None and statement is not None and entry.frame == "directed" and \
                    self._speaker_pronoun_object(trig, frag, code) and set(statement.speaker.codes) - set(source.codes):
                # "Georgia said shells were fired at it", "Ukraine said Russia fired missiles at it": the
                # pronoun behind the act's target preposition is the speaker
                target = statement.speaker
            if entry.support == "aid" and (self._cue_before(trig, frag, self.receiving_words) or self.lang == "de" and
                                           self._has_word(self.receiving_words, trig.tok_end, frag.tok_end)):
                # (German verb-final: "wonach Moskau Waffen aus Nordkorea erhalten habe")
                # "demonstrators received weapons from the government": the giver is the source
                receiver = source
                if source.prep in self.giver_preps and source.tok_start >= trig.tok_end:
                    receiver = self._subject(frag, trig.tok_start)   # "von der Türkei" was read as the noun's agent
                giver = next((g for g in frag.groups if g.prep in self.giver_preps and g.tok_start >= trig.tok_end
                              and receiver is not None and self._other_party(g, receiver)), None)
                if giver is None:
                    return self._veto(entry, "received without a giver")
                source, target = giver, receiver
            if target is None and self._reflexive_object(trig):
                self._veto(entry, "reflexive object: the actor acts on itself")
                if self._negation_modality(frag, intent_frag) == (False, "asserted"):
                    # "said that Peru had shelled itself": no event, but an act a speaker can accuse Peru of
                    self.reflexive_acts.append((trig, source, None, code))
                return
            if code in self.display_fire_codes and (target is None or target.prep is not None) and \
                    self._fired_at_nobody(frag, target):
                # "North Korea fired two ballistic missiles into the sea", "into the Sea of Japan": a show of force,
                # nobody attacked (a state that only names the sea is no target)
                code, rule_prefix, target = self.display_fire_codes[code], "display:" + rule_prefix, None
            if code in self.received_protest_codes and self._received_protest(trig, frag):
                # "Russia's charge d'affaires was summoned to receive a formal protest", "zur Entgegennahme einer
                # Protestnote einbestellt": the one who receives the protest is its target, the other party (the
                # summoner) protests (was 114 from the receiver)
                if target is None:
                    # "A Russian diplomat was expelled from Estonia, and Russia's charge d'affaires was summoned to
                    # receive a formal protest": the party that acted on the receiver's state before in the sentence
                    target = next((other for _t, other, to, _c in reversed(self.coded_triggers)
                                   if _t.tok_start >= self.span.start and to is not None and
                                   set(to.codes) & set(source.codes) and set(other.codes) - set(source.codes)), None)
                if target is None:
                    return self._veto(entry, "a received protest names its receiver, not the protester")
                source, target = target, source
            if code[:2] == "14":
                source, target = self._protest_dyad(trig, source, target)
            if target is None and code[:2] == "03" and len(set(source.codes)) >= 2:
                # "Norway and Poland have agreed to hold exercises": a joint commitment, between the parties
                pairs = self._distinct_members(source)
            if target is None and code in self.joint_codes and entry.context == "military" and \
                    len(set(source.codes)) >= 2:
                # "French and Egyptian warships launched war games": exercises of two states together are joint
                # military cooperation between them (CAMEO 062), not a show of force (150; cues joint_codes)
                code, rule_prefix = self.joint_codes[code], "joint:" + rule_prefix
                pairs = self._distinct_members(source)
            if symmetric and entry.cameo_code in self.joint_codes.values() and entry.context == "military" and \
                    len(set(source.codes)) >= 2 and (target is None or target.prep is not None):
                # "Belarus und Russland wollen eine gemeinsame Truppe an der Grenze zur Ukraine stationieren": a joint
                # force or exercise of a compound subject is cooperation between its members, also with an intent;
                # a state behind a preposition is where or against whom, no party of it (was 0312 BLR, RUS->UKR)
                pairs, target = self._distinct_members(source), None
            if symmetric and framed and not self._frame_partner(trig, target):
                # "Russia attacked Kyiv during talks in Istanbul", "Beim Treffen der G7 kritisierte Biden China": a
                # framed meeting's partner stands behind "mit"/"with" in the frame ("After meeting Xi": its object),
                # not elsewhere in the clause
                if len(set(source.codes)) < 2:
                    return self._veto(entry, "framed meeting without its partner ('during talks with X')")
                # a compound subject holds the meeting's parties; another party of the clause is what they did or
                # talked about there ("Kenya and Ethiopia discussed Sudan during a meeting in Nairobi")
                target = None
            if symmetric and intent_frag is None:
                members = self._distinct_members(source) + (self._distinct_members(target) if target else [])
                mediators = self._frame_agents_before(trig)
                if mediators:
                    # "Durch Vermittlung der Türkei tauschten Russland und die Ukraine Gefangene aus": the mediator
                    # of the frame is no party of the act it mediated (it has its 045 row)
                    members = [m for m in members if not any(g.tok_start <= m.tok_start < g.tok_end for g in mediators)]
                if len({m.code for m in members}) < 2:
                    return self._veto(entry, "symmetric event needs two parties")
                if code[:2] == "19" and any(self._crowd(g) for g in (source, target) if g is not None):
                    return self._veto(entry, "a clash with protesters or rioters is a riot or repression, "
                                             "not fighting between two parties")
                if not self._separate_meetings(trig, frag, source, target):
                    pairs = members
        if target is None and not pairs and code in self.mediation_codes and source is not None and \
                (frag.relative or self._has_word(self.passive_aux, frag.tok_start, frag.tok_end)):
            # "signed a declaration that had been brokered by the US", "..., die von der US-Regierung vermittelt
            # worden war": the mediation in a relative clause is between the parties of the act it describes
            target = self._mediated_parties(trig, source)
        if not pairs and target is None and all(m.code is None for m in source.members):
            # "The rebels said they will fight until their demands are met": a pronoun for a group nobody named is
            # an unknown source, which needs a target, as the unnamed subject does
            return self._veto(entry, "no source actor and no target")
        # "Die Bundesregierung wird ein Team schicken, um ... zu helfen": when the support word that makes the act
        # stands in the clause the infinitive depends on, that clause's tense and negation are the act's too
        governing = self._support_clause(trig, frag)
        negated, modality = self._negation_modality(frag, intent_frag, governing)
        if negated and self._negated_content_only(trig, frag):
            negated = False   # "urged China not to supply weapons": the appeal was made, what it asks is not to act
        if framed:
            negated, modality = False, self._frame_modality(trig, frag)
        if modality == "future" and self._present_passive(trig, frag):
            # "Die Ukraine wird von Russland bombardiert": the present passive, not a future; the other scopes'
            # modality stays (an empty stand-in for the clause keeps its cues out)
            empty = Fragment(frag.index, trig.tok_start, trig.tok_start, frag.subordinate, frag.infinitive)
            modality = self._negation_modality(empty, intent_frag if intent_frag is not frag else None,
                                               governing if governing is not frag else None)[1]
        if statement is not None and statement.event is not None and statement.event.negated and \
                statement.trigger is not None:
            # "Ukraine did not say that Russia attacked Kyiv": what was not said is not asserted (reported), and
            # the saying's negation is not the act's
            content = Fragment(frag.index, max(frag.tok_start, statement.content_tokens[0]), frag.tok_end,
                               frag.subordinate, frag.infinitive)
            negated, modality = self._negation_modality(content, intent_frag if intent_frag is not frag else None)
            modality = "reported" if modality == "asserted" else modality
        if negated and self._only_distant_local_negation(trig, frag, intent_frag):
            negated = False   # "expelled 40 Ghanaians for working without permits": "without" negates its own phrase
        if negated and self._negation_after_contrast(trig, frag, intent_frag):
            negated = False   # "is committed to reforming the courts but will not be hurried"
        if modality == "hypothetical" and self._backshifted_future(trig.tok_start, frag):
            modality = "future"
        if modality == "future" and intent_frag is None and self._cues_in_object(trig, frag, "modality", "future"):
            modality = "asserted"   # "criticised the US plan to sell weapons": the plan is future, the criticism made
        if intent_frag is not None and modality == "asserted" and not self._offer_row(trig, frag, intent_frag):
            modality = "future"
        if modality == "asserted" and not negated and self.awaited_clause_openers and \
                self._has_word(self.awaited_clause_openers, frag.tok_start, trig.tok_start) and \
                self._pending_condition(trig, frag, self.awaited_clause_openers, frozenset()):
            # "had no plans to reopen its border before Baku and Yerevan signed a peace treaty", "wird ... nicht
            # öffnen, bevor ... unterzeichnet haben": the act the clause waits for has not happened (cues
            # awaited_clause_openers; "until" vetoes it, _pending_condition)
            modality = "hypothetical"
        upcoming = modality == "asserted" and not negated and intent_frag is None and self._present_plan(trig, frag)
        if upcoming:
            modality = "future"   # "reisen am Donnerstag nach Ägypten", "travel to Egypt on Thursday": not yet made
        if modality == "future" and entry.cameo_code[:2] == "13" and entry.pos != "VERB" and not (
                self._cue_governs(trig, frag, "modality") or
                intent_frag is not None and self._cue_governs(trig, intent_frag, "intent")):
            modality = "asserted"   # "strained by an early threat to boycott": the threat was made, its content is
            # future
        threat_code = None
        conditional = any(self.lower[f.tok_start] in self.condition_words for f in self.fragments)
        # "is ready to use nuclear weapons if provoked": a condition that names no act of its own leaves the
        # announcement a threat (was 204 future); one with its own act ("would attack X if Y attacked Z") is left to
        # the conditional and ultimatum rules
        conditioned = any(self.lower[f.tok_start] in self.condition_words and
                          any(f.tok_start <= t.tok_start < f.tok_end for t in self.sentence_triggers)
                          for f in self.fragments)
        if not negated and not conditioned and (intent_frag is not None and (
                self._cue_governs(trig, intent_frag, "intent", act_clause=frag))
                            or modality == "future" and self._cue_governs(trig, frag, "modality")
                            and self._own_announcement(trig, source)):
            # "wants to attack Switzerland", "said they would boycott": announcing one's hostile act is a threat
            # (an act tied to an if/unless condition is left to the conditional and ultimatum rules)
            threat_code = self.intent_threat_codes.get(code[:2])
        elif not negated and modality == "hypothetical" and conditional and code[:2] in self.intent_threat_codes and \
                self.lower[frag.tok_start] not in self.condition_words and self._own_announcement(trig, source):
            # "If Iran enriched uranium to weapons grade, Israel would strike its nuclear facilities, the Israeli
            # defence minister said": a hostile act its own actor's speaker announces under a condition is a
            # conditional threat (asserted: it has been made), not the act (was 195 hypothetical); the condition's
            # own act, if any, keeps its row
            threat_code = self.intent_threat_codes[code[:2]]
        if threat_code is not None:
            code, modality = threat_code, "asserted"
        prepared = threat_code is None and not negated and self._prepared_act(trig, frag, code)
        if prepared:   # "the army prepared to resume shelling X": a raised alert against X (152), not the shelling
            code, modality = self.preparation_codes[code[:2]], "asserted"
        if accusation is not None and modality == "asserted" or \
                modality in ("asserted", "future") and self._alleged_content(frag) or \
                modality == "asserted" and self._unnamed_accusation(trig, frag):
            modality = "reported"   # "accused X of ...", "X is accused of ...": what the accusation says
        if modality == "future" and entry.intent_code and code == entry.cameo_code:
            code = entry.intent_code   # "will visit/provide/meet": an intent (03x); "ready to launch an offensive" 138
        if modality == "future" and code[:2] == "13" and entry.cameo_code[:2] != "13":
            modality = "asserted"   # the announced hostile act is a threat, and the threat has been made
        refused = self._refusal_code(code) if refusal else None
        if refused is not None:
            # "will not provide aid", "said it would not release": the refusal has been made (a rejection, 12x);
            # "will not accept refugees if war starts": a conditional one
            code, negated, modality = refused, False, "hypothetical" if conditional else "asserted"
        if not negated and not cancelled and self._negating_verb(trig, frag):
            negated = True
        if modality in ("asserted", "reported") and self._historical(frag):
            # "Germany and France fought three wars between 1870 and 1945": a history lesson is no event
            return self._veto(entry, "historical: dated only by a year span decades before publication")
        if code in self.official_protest_codes and source is not None and source.prep is None and \
                not rule_prefix.startswith("place_") and \
                (source.tok_start == 0 or self.lower[source.tok_start - 1] not in self.prepositions) and \
                target is not None and bool(set(target.codes) - set(source.codes)) and \
                all(m.code is not None and (m.sector in self.official_sectors or m.sector is None and
                                            m.entry_id.split(":")[1] in self.official_kinds) for m in source.members):
            # "France protested against Russia's arrest of a journalist": a state's protest is an official
            # complaint (CAMEO 114); political dissent (14x) is the people's ("Palestinians protested", "Students
            # across Serbia staged protests": the state behind a preposition names where they are; a complaint is
            # made to or about another party)
            code = self.official_protest_codes[code]
        dated = frag
        if framed and frag.index == 0 and len(self.fragments) > 1 and self._frame_subject(trig, frag) is not None:
            self._sentence_dates()
            if not frag.dates:   # "Under Qatari mediation, X and Y agreed on Tuesday ...": the clause the frame opens
                dated = self.fragments[1]
        day, precision, date_text = self._date_for(
            dated, future=modality == "future", said_in=statement, upcoming=upcoming,
            announced=intent_frag is None and modality == "future" and self._modality_cue(frag) == "future",
            intended_from=self._intended_act_start(trig, frag, intent_frag) if modality == "future" else None)
        if date_text is None and statement is not None and statement.trigger is None and statement.date is not None:
            day, precision, date_text = statement.date   # inside a continued quote: its carried date
        seat = source.members[0].entry_id if source is not None and not rule_prefix.startswith("place_") else ""
        if seat.startswith("place:"):   # "Police in Hong Kong arrested ...": the institution of the place's state
            rule_prefix = f"place_institution:{seat}:{rule_prefix}"
        rule = f"{'intent_threat:' if threat_code else ''}{'preparation:' if prepared else ''}" \
            f"{'refusal:' if refused else ''}{rule_prefix}" \
            f"{entry.frame}:{entry.entry_id}"
        ev_start, ev_end = self._sentence_bounds()
        text = self._trigger_text(trig)
        emitted = 0
        if pairs:
            third_location = code[:2] == "04" and self._third_location(pairs, frag)
            multilateral = code[:2] == "04" and len({m.code for m in pairs}) >= 3   # BRICS summit, three ministers
            for a in pairs:
                for b in pairs:
                    if a.code != b.code and a is not b:
                        event = self._make_event(code, rule, text, a, b, ev_start, ev_end, negated, modality, day,
                                                 precision, date_text, reporting, entry)
                        if event is not None and multilateral and event.plover_mode is None:
                            event.plover_mode = "multilateral"
                        if event is not None and third_location and event.plover_mode is None:
                            event.plover_mode = "third_location"
                        emitted += self._add(event)
        else:
            for a in self._distinct_members(source):
                targets = self._distinct_members(target) if target is not None else [None]
                for b in targets:
                    if b is not None and b.code == a.code and code[:2] != "14" and not self._domestic_pair(a, b) \
                            and not target.own_state:
                        continue
                    emitted += self._add(self._make_event(code, rule, text, a, b, ev_start, ev_end, negated,
                                                          modality, day, precision, date_text, reporting, entry))
            returned = self._returned_in_exchange(frag, source, target) if emitted and code in self.exchange_codes \
                else None
            for a in self._distinct_members(target) if returned is not None else ():
                # "freed a jailed American in return for a Russian arms dealer": a swap is two releases, the other
                # side frees the one given in return (fourth fresh set's convention); "in return for" is its trigger
                for b in self._distinct_members(returned[0]):
                    if a.code != b.code:
                        emitted += self._add(self._make_event(code, "exchange:" + rule, returned[1], a, b, ev_start, ev_end,
                                                              negated, modality, day, precision, date_text, reporting,
                                                              entry))
        if emitted and source is not None and unnamed is None:   # nobody to accuse or to continue a clause with
            self.coded_triggers.append((trig, source, target, code))
        elif emitted and code[:2] in GOVERNING_ROOTS:
            # "Die Ministerin forderte China auf, keine Waffen ... zu liefern": an appeal or demand by nobody named
            # still governs its content (speech_acts.py _threat_content), which is no act of the one appealed to
            self.unnamed_governing.append((trig, source, target, code))
        self.decisions.append({"trigger": entry.entry_id, "emitted": bool(emitted), "cameo_code": code,
                               "why": f"{emitted} event(s)" if emitted else "source and target are the same actor"})

    def _returned_in_exchange(self, frag: Fragment, source: Group, target: Group | None) -> tuple[Group, str] | None:
        """The people of the releaser's own state given in return for the released ones: the first group behind a
        link of exchange (cues exchange_links: "in return for", "in exchange for"; "im Austausch gegen", "im Gegenzug
        für") after the target, in the act's clause, whose states are all the source's ("freed a jailed American in
        return for a Russian arms dealer": RUS), with the link's words (the second release's trigger text). None otherwise, and when a custody phrase behind them names another
        holder than the target ("in exchange for an Iranian diplomat held in Belgium": Belgium frees him)."""
        if target is None or not set(target.codes) - set(source.codes):
            return None
        for i, patterns in self._cue_tokens("exchange_links", target.tok_end, frag.tok_end):
            end = next((e for e in (match_at(p, self.keys, i, frag.tok_end) for p in patterns) if e is not None), None)
            if end is None:
                continue
            group = next((g for g in frag.groups if g.tok_start >= end), None)
            if group is None or not set(group.codes) <= set(source.codes) or None in group.codes:
                return None
            # "in exchange for an Iranian diplomat held in Belgium": the state that holds them frees them, not the
            # target (cues holding_words before the holder's phrase)
            holder = next((g for g in frag.groups if g.tok_start > group.tok_end), None)
            words = self._words_between(group.tok_end, holder.tok_start) if holder is not None else []
            if len(words) <= 4 and any(self._word_listed(i, self.holding_words) for i in words) and \
                    set(holder.codes) != set(target.codes):
                return None
            return group, self.text[self.idx[i]:self.idx[end - 1] + len(self.token_text[end - 1])]
        return None

    def _attributive_participle(self, trig: TriggerHit) -> bool:
        """German: a one-word verb trigger with an adjective ending (cues adjective_endings) right behind an article,
        determiner, quantifier ("zwei", "mehrere"), numeral or preposition and before an adjective or a noun that names no actor: "ein freigelassener
        ukrainischer Soldat", "der verurteilte russische Spion", "die festgenommenen Journalisten". It describes
        the noun, as the English "a released soldier" does, and is no act of the clause (not "Das verurteilte
        Russland scharf", a pronoun before a finite verb and a name; before a name only a form that cannot be
        finite, _only_participle: "Die freigelassenen Ukrainer kehrten ... zurück"). English: a participle in -ed/-en
        right behind an article and before a word that opens no other phrase ("released the detained Russians": no
        173; "the arrest of" is a noun, _nominal)."""
        if self.lang == "en":
            return self._english_attributive_participle(trig) or self._post_nominal_participle(trig)
        if self.lang != "de" or trig.entry.pos != "VERB" or trig.particle_token is not None or \
                trig.tok_end - trig.tok_start != 1 or not self.lower[trig.tok_start].endswith(self.adjective_endings):
            return False
        before = self._words_between(self.span.start, trig.tok_start)[-1:]
        after = self._words_between(trig.tok_end, self.span.end)[:1]
        if before and after and self._agent_phrase_before(before[0]) and self.token_text[after[0]][:1].isupper() and \
                not self._is_actor_token(after[0]):
            return True   # "eine von Katar und Ägypten vermittelte Waffenruhe": the participle's agent phrase before it
        if not before or not after or \
                not (self.lower[before[0]] in self.determiners | self.prepositions | self.nominative_determiners or
                     self.like_num[before[0]]) or \
                not self.alpha[after[0]] or self.lower[after[0]] in self.determiners | self.prepositions:
            return False
        word = self.token_text[after[0]]
        return word[:1].islower() and self.lower[after[0]].endswith(self.adjective_endings) or \
            word[:1].isupper() and (not self._is_actor_token(after[0]) or self._only_participle(trig.tok_start))

    def _agent_phrase_before(self, tok: int) -> bool:
        """German: the token closes an agent phrase ("von Katar und Ägypten", "von den USA") that opens right behind
        an article or determiner ("eine von Katar vermittelte Waffenruhe"): the phrase of an attributive participle."""
        group = next((g for f in self.fragments for g in f.groups if g.tok_end == tok + 1), None)
        if group is None or group.prep not in self.agent_preps:
            return False
        k = next((i for i in reversed(self._words_between(self.span.start, group.tok_start))
                  if self.lower[i] == group.prep), None)
        if k is None:
            return False
        lead = self._words_between(self.span.start, k)[-1:]
        return bool(lead) and self.lower[lead[0]] in self.determiners

    def _english_attributive_participle(self, trig: TriggerHit) -> bool:
        if trig.entry.pos != "VERB" or trig.tok_end - trig.tok_start != 1 or trig.tok_start <= self.span.start or \
                self.lower[trig.tok_start - 1] not in self.verb_noun_articles or \
                not self._english_participle(self.lower[trig.tok_start]):
            return False
        after = self._words_between(trig.tok_end, self.span.end)[:1]
        # (a name written with dots is a word too: "a jailed U.S. journalist", was 173 RUS->USA)
        return bool(after) and (self.alpha[after[0]] or self._is_actor_token(after[0])) and not (
            self.lower[after[0]] in self.determiners | self.prepositions | self.coordinators | self.subordinators)

    def _post_nominal_participle(self, trig: TriggerHit) -> bool:
        """English: a participle in -ed/-en right behind a lowercase noun, in a clause whose predicate an auxiliary
        and a verb opened before that noun ("will return weapons and equipment seized last year", "will return the
        ships seized in March"): it describes the noun, the seizure is no act of the clause (was a future 171 of the
        subject). Not "The rebels seized ships" (no auxiliary before), "have seized" (the auxiliary's own
        participle) nor "the territories seized by Russia" (its agent named)."""
        if trig.entry.pos != "VERB" or trig.tok_end - trig.tok_start != 1 or \
                not self._english_participle(self.lower[trig.tok_start]):
            return False
        frag = self.frag_of.get(trig.tok_start)
        words = self._words_between(frag.tok_start, trig.tok_start) if frag is not None else []
        if len(words) < 3:
            return False
        noun = words[-1]
        closed = self.determiners | self.prepositions | self.coordinators | self.predicate_auxiliaries | \
            self.pronoun_words
        if not (self.alpha[noun] and self.token_text[noun].islower() and self.lower[noun] not in closed):
            return False
        after = self._words_between(trig.tok_end, frag.tok_end)[:1]
        if after and self.lower[after[0]] in self.agent_preps:
            return False   # "the territories seized by Russia": the agent is named, the act is reported
        if after and (self.lower[after[0]] in self.determiners or self.token_text[after[0]][:1].isupper()):
            return False   # an object follows: "has once again flatly rejected a Chilean proposal" is the verb
        aux = next((k for k, i in enumerate(words[:-1]) if self.lower[i] in self.predicate_auxiliaries), None)
        return aux is not None and aux + 1 < len(words) - 1 and self.alpha[words[aux + 1]] and \
            self.lower[words[aux + 1]] not in closed

    def _only_participle(self, i: int) -> bool:
        """German: token ``i`` can only be a participle, never a finite verb: "ge" behind a separable prefix
        ("freigelassenen", "festgenommene") or at the start of a word whose lemma is the participle itself or does
        not start with "ge" ("getöteten"; not "genehmigte", "gewannen", lemmas genehmigen, gewinnen). Before a name it
        describes the people named ("die freigelassenen Ukrainer"), where "verurteilte" may be the finite verb ("Das
        verurteilte Russland scharf"). A separable prefix before an inseparable one ("einbestellte", "anerkannte") is
        finite only where it closes a subordinate clause, never before a name ("der einbestellte Botschafter
        Russlands")."""
        lower, lemma = self.lower[i], self.keys[i][-1]
        return lower.startswith(self.participle_prefixes) or lower.startswith(self.separable_inseparable_prefixes) or \
            lower.startswith("ge") and (not lemma.startswith("ge") or lower.startswith(lemma))

    def _intent_word_before_act(self, trig: TriggerHit) -> bool:
        """"agreed to / ready to / offered to" alone are a 030 intent; followed by an act in the same sentence
        ("agreed to expand cooperation", "offered to mediate") the act carries the intent instead."""
        if trig.entry.cameo_code != "030" or trig.entry.intent_code:
            return False
        index = self.cues.index("intent")
        clause_end = self.frag_of[trig.tok_start].tok_end
        if not any(match_at(p, self.keys, trig.tok_start, trig.tok_end, clause_end) is not None
                   for p in index.candidates(self.keys[trig.tok_start])):
            return False
        if self.lower[self.frag_of[trig.tok_start].tok_start] in self.condition_words:
            return True   # "unless the governor agrees to resign": a condition, not a commitment
        return any(other.tok_start >= trig.tok_end and other.entry.frame != "speech"
                   for other in self.sentence_triggers)

    def _received_with(self, trig: TriggerHit) -> bool:
        """A meeting verb in the passive right before a link of reception (cues reception_links): "any launch would
        be met with a firm response", "the plan was met with scepticism" receive something, nobody meets."""
        before = self._words_between(self.span.start, trig.tok_start)[-1:]
        after = self._words_between(trig.tok_end, self.span.end)[:1]
        return bool(before) and self.lower[before[0]] in self.passive_aux and bool(after) and \
            self.lower[after[0]] in self.cues.words("reception_links")

    def _goal_object(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The verb's object noun phrase is headed by a goal noun (cues goal_nouns): "met the demands of Turkey",
        "met Turkey's demands", "has met its climate targets", "met the deadline". Up to five words after the verb,
        before any preposition or punctuation."""
        for i in self._words_between(trig.tok_end, frag.tok_end)[:5]:
            if self.punct[i] and not self._possessive(i) or self.lower[i] in self.prepositions:
                return False
            if any(k in self.goal_nouns for k in self.keys[i]):
                return True
        return False

    def _negating_verb(self, trig: TriggerHit, frag: Fragment) -> bool:
        """"declined to condemn", "refused to meet", "denied that Putin had met": the act did not happen."""
        scopes = [(frag.tok_start, trig.tok_start)]
        if frag.index > 0 and (frag.infinitive or self.lower[frag.tok_start] in self.complementizers):
            prev = self.fragments[frag.index - 1]
            scopes.append((prev.tok_start, prev.tok_end))
        if self.lang == "de":
            # "Der Kreml hat Berichte über ein Treffen ... dementiert": the negating participle closing the clause (only
            # auxiliaries behind it) denies the act before it
            words = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.punct[i]]
            while words and self.lower[words[-1]] in self.finite_auxiliaries:
                words.pop()
            if words and not any(t.tok_start > trig.tok_start and t.tok_start < words[-1] and t.entry.frame != "speech"
                                 for t in self.sentence_triggers):
                scopes.append((words[-1], words[-1] + 1))
        elif next(iter(self._cue_tokens("negating_verbs", trig.tok_end, frag.tok_end)), None) is not None and \
                self._has_word(self.passive_aux, trig.tok_end, frag.tok_end):
            # "The summit between Russia and the United States was called off": a negating participle right behind a
            # passive auxiliary after the act noun denies it too
            words = self._words_between(trig.tok_end, frag.tok_end)
            scopes += [(words[k + 1], frag.tok_end) for k, i in enumerate(words[:-1]) if self.lower[i] in self.passive_aux
                       and not any(t.tok_start > trig.tok_start and t.tok_start < i and t.entry.frame != "speech"
                                   for t in self.sentence_triggers)][:1]
        family = trig.entry.support
        support = self.cues.index("support") if family else None
        for start, stop in scopes:
            for i, patterns in self._cue_tokens("negating_verbs", start, stop):
                if support is not None and any(p.payload == family for p in support.candidates(self.keys[i])):
                    continue   # "denied a visa to X": the word is the act's own verb (a refusal), not its negation
                if any(match_at(p, self.keys, i, stop) is not None for p in patterns):
                    return True
        return False

    def _complement_subject(self, frag: Fragment, source: Group) -> Group | None:
        """"demanded that North Korea ...", "forderte, dass Russland ...": the subject of the object clause."""
        if frag.index + 1 >= len(self.fragments):
            return None
        nxt = self.fragments[frag.index + 1]
        if self.lower[nxt.tok_start] not in self.complementizers:
            return None
        for group in nxt.groups:
            if group.prep is None and not group.genitive:
                return group if self._other_party(group, source) else None
        return None

    def _aid_request(self, trig: TriggerHit, frag: Fragment) -> tuple[str, Group | None] | None:
        """An aid noun behind the preposition of a verb of asking in its clause (cues aid_request_verbs,
        aid_request_links: "bat den Westen um Flugabwehrsysteme", "hat Deutschland um Waffen gebeten", "asked the West
        for more air defence systems", "appealed to the EU for humanitarian aid") is aid asked for: the appeal code of
        the aid's code (cues aid_request_codes: 072 -> 0232) and the one asked, the actor between the verb and the
        preposition (German: any actor of the clause before the preposition that is no subject before the verb), or
        None."""
        code = self.aid_request_codes.get(trig.entry.cameo_code)
        if code is None or trig.entry.pos == "VERB":
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)
        link = next((k for k in range(len(words) - 1, -1, -1) if self.lower[words[k]] in self.aid_request_links), None)
        if link is None or not all(self.lower[i] in self.determiners or self.alpha[i] and self.token_text[i].islower()
                                   or self.like_num[i] for i in words[link + 1:]):
            return None   # only determiners, numbers and lowercase modifiers between the preposition and the noun
        verbs = [k for k, i in enumerate(words) if self.lower[i] in self.aid_request_verbs]
        if self.lang == "de":
            # the verb before the object ("bat den Westen um") or closing the clause ("... um Waffen gebeten")
            after = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.punct[i]]
            if not verbs and not (after and self.lower[after[-1]] in self.aid_request_verbs):
                return None
            first = words[verbs[0]] if verbs else frag.tok_start
        else:
            if not verbs or verbs[0] > link:
                return None
            first = words[verbs[0]]
        stop = words[link]
        subject = self._subject(frag)
        # (an English subject stands before the verb: behind a relative clause the fragment may open with the verb,
        # "Lithuania, which borders Russia, asked NATO for help", and its first name is the one asked)
        asked = next((g for g in frag.groups if first <= g.tok_start < stop and not g.genitive and
                      (g.prep is None or g.prep in self.addressee_preps or self.lang == "en" and g.prep == "to") and
                      (subject is None or g.tok_start != subject.tok_start or
                       self.lang == "en" and subject.tok_start > first)), None)
        return code, asked

    def _present_plan(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A visit verb in the present tense (cues present_plan_verbs: "reisen", "reist", "travel", "travels") with a
        date of its clause that, read forward, lies after the publication date ("Die Außenminister reisen am
        Donnerstag nach Ägypten" in a Wednesday paper, "travel to Egypt on Thursday"): a planned visit, the intent
        036 future, not a visit made. A perfect or past auxiliary in the clause (cues present_plan_blockers: "hat
        ... besucht") or a date on or before the publication day keeps the visit."""
        if trig.entry.mode != "visit" or not trig.entry.intent_code or self.published is None or \
                self.lower[trig.tok_start] not in self.present_plan_verbs or \
                self._has_word(self.present_plan_blockers, frag.tok_start, frag.tok_end):
            return False
        self._sentence_dates()
        if not frag.dates:
            return False
        day, precision = self.dates.resolve(frag.dates[0].text, self.published, future=True)
        return precision != "unknown" and day is not None and day > self.published

    def _planned_act(self, trig: TriggerHit) -> bool:
        """A meeting or visit noun right after a word of planning (cues planned_attributes, planned_attribute_roots:
        "a planned meeting between Putin and Trump", "ein geplantes Treffen", "the upcoming visit"): not held yet
        (the caller asks the clause for cues held_words: "The planned meeting took place on Monday" was held)."""
        if trig.entry.pos == "VERB" or trig.tok_start <= self.span.start or \
                trig.entry.cameo_code[:2] not in self.planned_attribute_roots:
            return False
        before = trig.tok_start - 1
        return any(match_at(p, self.keys, before, trig.tok_start) == trig.tok_start
                   for p in self.cues.index("planned_attributes").candidates(self.keys[before]))

    def _cancelled_meeting(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A meeting noun (cues planned_attribute_roots) a party calls off in the active voice (support family cancel in
        its clause, no passive auxiliary: "Seoul cancelled a meeting with Japan's defence minister", "China hat das
        Treffen mit dem US-Verteidigungsminister abgesagt"): the canceller reduces relations with the other party (cues
        cancelled_meeting_code, 160, as en:160:visit-cancelled does for a visit); "The summit was called off" names no
        canceller and is the meeting negated (cues negating_verbs)."""
        return bool(self.cancelled_meeting_code) and trig.entry.pos == "NOUN" and \
            trig.entry.cameo_code[:2] in self.planned_attribute_roots and trig.entry.frame == "symmetric" and \
            not self._has_word(self.passive_aux, frag.tok_start, frag.tok_end) and self._family_in("cancel", trig, frag)

    def _postponed_meeting(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A meeting or visit noun (cues planned_attribute_roots) whose clause names it as postponed (cues
        postponing_words: "postponed his visit to Beijing", "India and Pakistan postponed their talks", "Die
        Gespräche wurden vertagt"): not held, still intended (the parties' intent, 036 future, as a planned one)."""
        return trig.entry.pos != "VERB" and trig.entry.cameo_code[:2] in self.planned_attribute_roots and \
            self._has_word(self.postponing_words, frag.tok_start, frag.tok_end)

    def _contingent_act(self, trig: TriggerHit) -> bool:
        """An act noun right after a word of contingency (cues contingency_modifiers: "put troops on alert for an
        eventual war against Peru", "für einen möglichen Angriff auf Taiwan"): what may happen, no act."""
        if trig.tok_start <= self.span.start:
            return False
        index = self.cues.index("contingency_modifiers")
        before = trig.tok_start - 1
        if trig.entry.pos != "VERB" and any(match_at(p, self.keys, before, trig.tok_start) == trig.tok_start
                                            for p in index.candidates(self.keys[before])):
            return True
        # "her possible role in rioting", "ihre mögliche Beteiligung an den Ausschreitungen": a part in the act that
        # may have been played (cues role_nouns, role_links) is no act either (a verb row behind the preposition is
        # its gerund)
        words = self._words_between(max(self.span.start, trig.tok_start - 6), trig.tok_start)
        while words and self.lower[words[-1]] in self.determiners:
            words.pop()
        if len(words) < 3 or self.lower[words[-1]] not in self.role_links or \
                self.lower[words[-2]] not in self.role_nouns:
            return False
        modifier = words[-3]
        return any(match_at(p, self.keys, modifier, modifier + 1) == modifier + 1
                   for p in index.candidates(self.keys[modifier]))

    def _hit_by_act_noun(self, trig: TriggerHit, frag: Fragment, preps: frozenset[str] | None = None) -> bool:
        """The noun stands in the object phrase of an act noun right before it (cues act_object_prepositions, at most
        four words between: "killed two Somalis in an attack on an alleged weapons depot", "bei einem Angriff auf
        eine Waffenlieferung"): it names what that act hit, not an act of its own. With ``preps`` the prepositions
        of an act noun's setting (cues act_setting_prepositions: "accepted Qatari mediation in the ceasefire talks",
        "Vermittlung bei den Gesprächen"): the noun names where that act happens."""
        setting = preps is not None
        preps = self.act_object_preps if preps is None else preps
        if trig.entry.pos == "VERB" or not preps:
            return False
        j, words = trig.tok_start - 1, 0
        while j >= frag.tok_start and words <= 4:
            if self.space[j]:
                j -= 1
                continue
            if self.lower[j] in preps:
                # (a setting needs an act: a noun whose row wants a support word its clause lacks names none,
                # "versetzte seine Truppen in erhöhte Alarmbereitschaft", the troops were sent nowhere)
                return any(other is not trig and other.entry.pos != "VERB" and self._nominal(other) and
                           other.tok_start < j <= other.tok_end and self.frag_of.get(other.tok_start) is frag and
                           not (setting and other.entry.support and
                                not self._family_in(other.entry.support, other, frag))
                           for other in self.sentence_triggers)
            if not self.alpha[j] or self.lower[j] in self.prepositions:
                return False
            j, words = j - 1, words + 1
        return False

    def _reversed_act_noun(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An act noun that a word of reversal governs (cues reversal_words: "unless Kyiv rescinded its blockade of
        Crimea", "revoke its annexation", "die Annexion rückgängig machen"): the earlier act is only named. The word
        stands at most three words before the noun (its determiner and modifiers between), or in German after the
        noun's phrase in its clause. A reading whose support word it is ("revoked the state of emergency": 0814)
        is that act (checked by the caller)."""
        if not self.reversal_words or trig.entry.pos == "VERB" and not (
                trig.tok_start > frag.tok_start and self.lower[trig.tok_start - 1] in self.determiners):
            return False   # a verb row only as a noun ("its annexation" matches "annex*")
        index = self.cues.index("reversal_words")
        j, words = trig.tok_start - 1, 0
        while j >= frag.tok_start and words < 4:
            if self.space[j]:
                j -= 1
                continue
            if any(p.elements[0].matches(k) for k in self.keys[j] for p in index.candidates(self.keys[j])):
                return True
            if not self.alpha[j] or self.lower[j] in self.prepositions:
                break
            j, words = j - 1, words + 1
        if self.lang != "de":
            return False
        return any(any(p.elements[0].matches(k) for k in self.keys[i] for p in index.candidates(self.keys[i]))
                   for i in range(trig.tok_end, frag.tok_end))

    def _possessor_act_noun(self, trig: TriggerHit) -> bool:
        """An act noun with a possessive marker behind it (cues possessive_markers: "the meeting's chairwoman said",
        "the summit's host") owns the noun after it: it names who or what is spoken of, no act of the clause."""
        if trig.entry.pos == "VERB" or not self.possessive_markers:
            return False
        nxt = next((t for t in range(trig.tok_end, self.span.end) if not self.space[t]), None)
        return nxt is not None and self.lower[nxt] in self.possessive_markers

    def _prepared_act(self, trig: TriggerHit, frag: Fragment, code: str) -> bool:
        """A hostile act of a root in cues preparation_codes that its actor prepares (cues preparation_words):
        "The army prepared to resume shelling X", "Russian troops were preparing to attack Kharkiv" (the cue at most
        two words before the act in its clause), "bereitete einen Angriff auf Charkiw vor" (a separable cue with its
        particle in the clause), "bereitete sich darauf vor, Charkiw anzugreifen" (the cue in the clause an
        infinitive depends on). A willingness read as an intent ("is prepared to attack": cues intent) is not a
        preparation."""
        if code[:2] not in self.preparation_codes:
            return False
        index, intents = self.cues.index("preparation_words"), self.cues.index("intent")
        scopes = [(frag, True)]
        if frag.infinitive and frag.index > 0:
            scopes.append((self.fragments[frag.index - 1], False))
        for scope, same in scopes:
            for i in range(scope.tok_start, trig.tok_start if same else scope.tok_end):
                for pattern in index.candidates(self.keys[i]):
                    end = match_after_first(pattern, self.keys, i, scope.tok_end)
                    if end is None:
                        continue
                    if same and not pattern.particle and len(self._words_between(end, trig.tok_start)) > 2:
                        continue
                    if i > scope.tok_start and any(match_at(p, self.surface, i - 1, scope.tok_end) is not None
                                                   for p in intents.candidates(self.surface[i - 1])):
                        continue   # "is prepared to": willing
                    return True
        return False

    def _own_announcement(self, trig: TriggerHit, source: Group | None) -> bool:
        """A future act in the content of its own actor's indirect statement ("Kenyan opposition parties said they would
        boycott ...", "NATO confirmed it would tighten the blockade")."""
        statement = self._enclosing_statement(trig.tok_start)
        return statement is not None and source is not None and statement.quote is None and \
            set(source.codes) <= set(statement.speaker.codes)

    def _cues_in_object(self, trig: TriggerHit, frag: Fragment, name: str, payload: str | None = None) -> bool:
        """A verb (or a phrase row opening with one) whose cues of the list ``name`` (with ``payload``) in its clause
        all stand in its object noun phrase, behind an article or possessive after the verb ("criticised the US plan
        to sell weapons to Taiwan", "welcomed Iran's pledge to release the prisoners", "kritisierte die Pläne der
        USA", "rejected the plan", "rejected the peace plan": the row's own words): what is commented on, rejected or
        accepted lies ahead, the act on it has been done. False when there is no such cue."""
        if trig.entry.pos not in ("VERB", "PHRASE"):
            return False
        cues = [i for i, patterns in self._cue_tokens(name, frag.tok_start, frag.tok_end)
                if any((payload is None or p.payload == payload) and
                       match_at(p, self.surface, i, frag.tok_end) is not None for p in patterns)]
        if not cues:
            return False
        for i in cues:
            if trig.tok_start < i < trig.tok_end:
                continue   # the object the row itself names ("rejected the peace plan")
            lead = self._words_between(trig.tok_end, i)
            if not lead or any(self.punct[t] for t in lead) or \
                    not any(self.lower[t] in self.determiners or self._possessive(t) for t in lead):
                return False
        return True

    def _mediated_parties(self, trig: TriggerHit, source: Group) -> Group | None:
        """The parties of the latest act coded before ``trig`` in this sentence whose subject or object names two or
        more states (the agreement a relative clause's mediation describes), without the mediator; None if none."""
        mediator = set(source.codes)
        for done, src, tgt, _code in reversed(self.coded_triggers):
            if done.tok_start >= trig.tok_start:
                continue
            members = [m for g in (src, tgt) if g is not None for m in g.members if m.code and m.code not in mediator]
            if len({m.code for m in members}) >= 2:
                return Group(members, trig.tok_start, trig.tok_end, pronoun=True)
            return None
        return None

    def _separate_meetings(self, trig: TriggerHit, frag: Fragment, source: Group | None,
                           target: Group | None) -> bool:
        """"Qatari and Egyptian mediators held separate talks with Israeli and Hamas delegations", "führte getrennte
        Gespräche mit Vertretern Israels und der Hamas": a meeting (root 04) the clause calls separate (cues
        separate_meeting_words, between the clause's start and the trigger's end) is the subject's with each party
        of the other side, not a meeting of all with all: source -> target rows only (were rows between every pair,
        also Israel <-> Hamas). Needs a subject and a target that share no state."""
        words = self.separate_meeting_words
        if not words or trig.entry.cameo_code[:2] != "04" or source is None or target is None or \
                set(source.codes) & set(target.codes) or None in source.codes or None in target.codes:
            return False
        return any(self.lower[i] in words for i in range(frag.tok_start, trig.tok_end))

    def _explicit_parties(self, trig: TriggerHit, frag: Fragment) -> list[Actor]:
        """Parties named with the trigger: "zwischen A und B", "Putin-Xi-Gespräch", "A-B talks"."""
        members: list[Actor] = []
        inside = self.actors_at.get((trig.tok_start, trig.tok_end))
        if inside is not None and len(inside) >= 2 and len({a.code for a in inside}) >= 2:
            return list(inside)
        between = self.between
        for group in frag.groups:
            if group.prep in between and group.tok_start >= trig.tok_end:
                members = self._distinct_members(group)
                break
        if not members and frag.pronouns and not between.isdisjoint(self.lower[trig.tok_end:frag.tok_end]):
            lower = self.lower
            i = next(i for i in range(trig.tok_end, frag.tok_end) if lower[i] in between)
            for tok in frag.pronouns:
                if tok > i:
                    ref = self._resolve_reference(tok)
                    if ref is not None:
                        members = self._distinct_members(ref)
                    break
        return members if len(members) >= 2 and len({m.code for m in members}) >= 2 else []

    def _context(self, frag: Fragment) -> str | None:
        return self._cue_in("context_words", frag)

    def _commented_act(self, trig: TriggerHit, frag: Fragment, source: Group) -> bool:
        """The act noun is the object of an earlier coded verb of commenting (condemn, praise, investigate) in its
        clause, and ``source`` is that verb's subject: the one who comments is not the one who acted."""
        if not self._nominal(trig):
            return False
        subject = self._subject(frag) if self.lang == "de" and not frag.subordinate and \
            not self._has_word(self.passive_aux, frag.tok_start, frag.tok_end) else None
        if subject is not None and subject.tok_start == source.tok_start and subject.tok_end <= trig.tok_start and \
                any(t.tok_start >= trig.tok_end and self.frag_of.get(t.tok_start) is frag and t.entry.pos == "VERB"
                    and t.entry.cameo_code[:2] in self.commenting_roots for t in self.sentence_triggers):
            # German verb-final participle, not coded yet: "Großbritannien hat China für die Festnahme eines
            # australischen Journalisten kritisiert" (was 173 GBR->CHN, as "kritisierte China für die Festnahme" is not)
            return True
        if self.lang == "de" and any(t.tok_start >= trig.tok_end and self.frag_of.get(t.tok_start) is frag and
                                     t.entry.pos == "VERB" and t.entry.cameo_code[:2] in self.commenting_roots and
                                     self._fronted_object_subject(frag, t) is source for t in self.sentence_triggers):
            return True   # "Den Angriff auf Kiew verurteilte die EU scharf": the object in the first position
        return any(other.tok_end <= trig.tok_start and self.frag_of.get(other.tok_start) is frag and
                   not self._nominal(other) and code[:2] in self.commenting_roots and
                   other_source is not None and other_source.tok_start == source.tok_start and
                   not self._german_predicate_between(other.tok_end, trig.tok_start)
                   for other, other_source, _target, code in self.coded_triggers)

    def _german_predicate_between(self, start: int, stop: int) -> bool:
        """German: a coordinator between ``start`` and ``stop`` opens a predicate of its own, a lowercase word (a
        finite verb; German nouns are capitalized) that is no determiner, preposition or negation, then a
        determiner, a possessive or an actor ("verurteilte die Übungen und versetzte seine Streitkräfte in erhöhte
        Alarmbereitschaft": the act noun belongs to "versetzte", not to the commenting verb). Not "und schweren
        Angriffe" (an adjective before its noun)."""
        if self.lang != "de":
            return False
        words = self._words_between(start, stop)
        closed = self.determiners | self.prepositions | self.possessive_determiners | self.negation_words
        for k, i in enumerate(words[:-2]):
            verb, after = words[k + 1], words[k + 2]
            if self.lower[i] in self.coordinators and self.alpha[verb] and self.token_text[verb].islower() and \
                    self.lower[verb] not in closed and \
                    (self.lower[after] in self.determiners | self.possessive_determiners or self.in_actor[after]):
                return True
        return False

    def _time_reference_act(self, trig: TriggerHit, frag: Fragment, source: Group) -> bool:
        """The act noun stands behind a preposition of time (cues time_prepositions: "offered talks following the
        invasion of Ingushetia", "after the killing of a Nepali guard", "nach dem Angriff auf Kiew"), with only its
        determiner and lowercase modifiers between, and ``source`` stands before that preposition: the noun names an
        earlier event that dates the clause's act, and the clause's actor is not its agent. An agent in the noun's
        own phrase ("after the Russian attack", "after Russia's attack", "by Russia") is not before it, and a
        possessive determiner names it ("after its threat", "nach seiner Drohung")."""
        if not self.time_prepositions:
            return False
        # a verb or phrase row behind the span's link is its noun ("after weeks of air strikes", "after four days of
        # drone strikes")
        nominal = self._nominal(trig)
        if not nominal and (not self.time_span_links or not self._has_word(
                self.time_span_links, max(frag.tok_start, trig.tok_start - 10), trig.tok_start)):
            return False
        span = False
        for _words, j in self._words_before_noun(trig, frag, 10):
            lower = self.lower[j]
            if lower in self.time_prepositions:
                return source.tok_end <= j and (nominal or span)
            if lower in self.possessive_determiners:
                return False   # "nach seiner Drohung", "after its invasion of X": the possessor is the agent
            if lower in self.time_span_links and not span:
                span = True    # "after four days of cross-border missile and drone strikes": a span of the act's time
                continue
            if span and (lower in self.time_distance_units or self.like_num[j] or lower in self.time_distance_counts):
                continue
            if span or not (self._noun_modifier(j) or self.token_text[j] == "-"):
                return False   # (a hyphen inside a modifier: "after four days of cross-border strikes")
        return False

    def _failed_meeting(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A meeting noun (cues failed_meeting_roots) whose clause names the talks as failed with nobody halting them
        (support family talks_failed: "Peace talks between Russia and Ukraine have stalled", "the collapse of the
        talks", "Die Verhandlungen sind gescheitert", "Nach dem Scheitern der Gespräche", "ins Stocken geraten"): no
        meeting is coded (a party that halts them is 164, en:164:talks-halted). A failing word behind the noun after
        an article describes another noun ("talks on the failed grain deal"); a word of cues
        failed_meeting_overrides in the clause says they took place or resumed ("resumed after stalling for
        months", "wurden wieder aufgenommen"), and the meeting stays."""
        if trig.entry.cameo_code[:2] not in self.failed_meeting_roots or not self._nominal(trig):
            return False
        for i, _end, family in self._support_words(frag):
            if family != FAILED_TALKS_FAMILY or trig.tok_start <= i < trig.tok_end:
                continue
            if i >= trig.tok_end:
                before = self._words_between(trig.tok_end, i)
                if before and (self.lower[before[-1]] in self.determiners or
                               self.lower[before[-1]] in self.possessive_determiners):
                    continue
            return not self._has_word(self.failed_meeting_overrides, frag.tok_start, frag.tok_end)
        return False

    def _halted_violence(self, trig: TriggerHit, frag: Fragment) -> bool:
        """Violence (cues halted_violence_roots) named as halted, paused or stopped by a word of the support family
        violence_halt: right before the noun with only its determiner, possessive, numbers and lowercase modifiers
        between ("agreed to stop all firing", "halted its air strikes on Lebanon", "a 30-day pause in attacks",
        "einer Aussetzung der Angriffe"), around it as a German separable verb ("stellte seine Luftangriffe ein") or
        behind it as its predicate within halted_violence_reach words (a German participle or infinitive of cues
        halted_violence_closing: "hat ihre Militäroffensive in Syrien gestoppt", "alle Angriffe einzustellen"; an
        English passive: "the air strikes were halted"). The act is de-escalation (087, 0356 as an intent), not the
        violence. Not with an actor between the word and the noun ("stopped the Russian advance": another agent's
        act held off), nor a noun behind a preposition inside a German bracket ("stellte nach den Angriffen die
        Hilfe ein")."""
        if trig.entry.cameo_code[:2] not in self.halted_violence_roots:
            return False
        reach = self.halted_violence_reach
        for i, end, family in self._support_words(frag):
            if family != VIOLENCE_HALT_FAMILY or trig.tok_start <= i < trig.tok_end:
                continue
            if i < trig.tok_start:
                between = self._words_between(min(end, trig.tok_start), trig.tok_start)
                if end > trig.tok_start:   # a German bracket around the noun: "stellte seine Angriffe ... ein"
                    between = self._words_between(i + 1, trig.tok_start)
                    if end < trig.tok_end or any(self.lower[j] in self.prepositions for j in between):
                        continue
                if len(between) <= reach and not any(self.in_actor[j] for j in between) and \
                        all(self._noun_modifier(j) or self.like_num[j] or self.token_text[j] == "-" or
                            self.lower[j] in self.possessive_determiners for j in between):
                    return True
            else:
                between = self._words_between(trig.tok_end, i)
                if len(between) > reach or any(self.punct[j] or self.lower[j] in self.coordinators or
                                               self.lower[j] in self.subordinators for j in between):
                    continue
                if self.lang == "en" and any(self.lower[j] in self.passive_aux for j in between) or \
                        self.lower[i] in self.halted_violence_closing:
                    return True
        return False

    def _words_before_noun(self, trig: TriggerHit, frag: Fragment, reach: int = 4):
        """(words passed, index) of the words before an act noun, nearest first, spaces skipped, at most ``reach``:
        where a preposition of time or reason may stand in front of the noun's determiner and modifiers."""
        j, words = trig.tok_start - 1, 0
        while j >= frag.tok_start and words < reach:
            if not self.space[j]:
                yield words, j
                words += 1
            j -= 1

    def _noun_modifier(self, j: int) -> bool:
        """A determiner or a lowercase word that is no preposition: what may stand between such a preposition and the
        act noun ("after the deadly attack", "over the violent riots")."""
        lower = self.lower[j]
        return lower in self.determiners or self.alpha[j] and self.token_text[j][:1].islower() and \
            lower not in self.prepositions

    def _deployed_forces(self, member: Actor) -> bool:
        """The actor is forces that are deployed, not an office that visits: of a sector of cues deployed_sectors
        (the military) with a role of cues deployed_roles ("troops", "Truppen", "the Russian army", "forces") or none
        (an armed institution by name: "Bundeswehr", "PLA"). A defence minister or ministry, an army chief, a chief
        of staff (sector MIL too) visits, as does "a military delegation" (sector GOV of its head noun)."""
        return member.sector in self.deployed_sectors and (not member.role or member.role in self.deployed_roles)

    def _token_behind(self, source: Group, frag: Fragment) -> int | None:
        """The token right behind the source group, if it is in the same fragment (the noun an adjective source
        qualifies: "German fighter jets", "A Russian plane")."""
        end = source.tok_end
        return end if end < len(self.lower) and frag.tok_start <= end < frag.tok_end else None

    def _arriving_forces(self, source: Group, frag: Fragment) -> bool:
        """The source is the adjective of a noun of weapons (support family projectiles) or forces (cues
        deployment_words) right behind it: "Deutsche Kampfjets", "German fighter jets", "Russische Soldaten"."""
        end = self._token_behind(source, frag)
        if end is None:
            return False
        return self._word_listed(end, self.deployment_words) or \
            any(i == end and family == "projectiles" for i, _e, family in self._support_words(frag))

    def _arriving_non_visitors(self, source: Group, frag: Fragment) -> bool:
        """People without an office or vehicles do not visit: every actor of the source is of a sector of cues
        non_visiting_sectors (refugees, civilians: "Syrian refugees", "Syrische Flüchtlinge"), or the source is a
        state's adjective or name right before a noun of cues non_visitor_words ("A Russian plane", "Afghan
        migrants", "Ein russisches Flugzeug", "Afghanische Migranten"; in German also a compound with such a head:
        "Ein ukrainisches Frachtflugzeug")."""
        if source.members and all(m.sector in self.non_visiting_sectors for m in source.members):
            return True
        end = self._token_behind(source, frag)
        if end is None:
            return False
        if self._word_listed(end, self.non_visitor_words):
            return True
        word = self.lower[end]
        # a German compound ends in its head noun: "Frachtflugzeug", "Containerschiff", "Kriegsflüchtlinge"
        return self.lang == "de" and any(len(w) >= 5 and word.endswith(w) for w in self.non_visitor_words)

    def _sent_into_a_state(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The first preposition behind an aid noun is one of invasion (cues troop_invasion_prepositions: "into") and
        an actor follows it: what was sent went into that state, not to it ("Russia sent tanks into Ukraine"); the
        troop rows decide this in ``_troops_not_to_a_state``."""
        invasion = self.cues.words("troop_invasion_prepositions")
        for i in self._words_between(trig.tok_end, frag.tok_end):
            if self.punct[i]:
                return False
            if self.lower[i] in self.prepositions:
                return self.lower[i] in invasion and any(g.tok_start > i for g in frag.groups)
        return False

    def _troops_not_to_a_state(self, trig: TriggerHit, target: Group | None) -> bool:
        """Troops sent are military aid to the state they are sent to ("sent troops to Mali", "Truppen nach Mali
        schicken"), not when sent into it (cues troop_invasion_prepositions: "sent troops into Ukraine"), to a border
        ("to the border with Ukraine", "an die Grenze zur Ukraine": a border noun next to the state), with no state
        named, behind "of" ("the sending of troops to Syria": cues troop_object_links), or with another aid act behind them (the sent-to-help row codes it: "sent troops to help Assad")."""
        if target is None or target.prep in self.cues.words("troop_invasion_prepositions"):
            return True
        before = self._words_between(max(self.span.start, trig.tok_start - 3), trig.tok_start)
        links = self.cues.words("troop_object_links")
        if before and self.lower[before[-1]] in links or len(before) >= 2 and self.lower[before[-1]].endswith("ing") \
                and (self.lower[before[-2]] in links or self.lower[before[-2]] in self.determiners):
            return True   # "protested the sending of troops to Syria", "a decision of sending troops to Mali": a
            # noun's object or a gerund used as a noun, the topic of another act
        near = self._words_between(max(trig.tok_end, target.tok_start - 3), min(target.tok_end + 2, len(self.lower)))
        if any(self.lower[i] in self.border_nouns or any(self.lower[i].endswith(b) for b in self.border_nouns)
               for i in near):
            return True
        # another aid act behind the troops codes what they were sent for ("to help Assad" 070)
        return any(t is not trig and t.entry.cameo_code[:2] == "07" and t.tok_start > trig.tok_start
                   for t in self.sentence_triggers)

    def _reason_act(self, trig: TriggerHit, frag: Fragment, source: Group) -> bool:
        """The act noun stands behind a phrase of reason (cues reason_frames: "arrested a Russian citizen for his role
        in the riots", "for taking part in", "wegen seiner Beteiligung an den Unruhen"; cues reason_prepositions, "over",
        behind the verb's object, not the verb: "arrested a Russian citizen over the riots"), with only
        its determiner and lowercase modifiers between, and ``source`` stands before that phrase: the noun names what
        the clause's act answers, and the clause's actor is not its agent (as for a preposition of time,
        _time_reference_act). An agent in the noun's own phrase keeps it ("over Russia's invasion of Ukraine"). An
        English verb row with an article and adjectives before it is the noun ("over the violent riots")."""
        nominal = self._nominal(trig)
        if not nominal and not (self.lang == "en" and trig.entry.pos == "VERB"):
            return False
        for words, j in self._words_before_noun(trig, frag):
            lower = self.lower[j]
            nominal = nominal or lower in self.verb_noun_articles
            start = self._phrase_ending_at("reason_frames", j, frag.tok_start)
            if start is not None:
                return nominal and source.tok_end <= start
            if lower in self.reason_prepositions and words and nominal and source.tok_end < j - 1 and \
                    self.particle_verbs.isdisjoint(self.keys[j - 1]):
                # "arrested a Russian citizen over the riots", "arrested two activists over the riots": behind the
                # verb's object, not the particle of a verb (cues particle_verbs: "handed over the weapons")
                return True
            if lower in self.possessive_determiners or not self._noun_modifier(j):
                return False
        return False

    def _intent_cues_behind(self, trig: TriggerHit, frag: Fragment) -> bool:
        """Every intent cue of the clause stands behind the trigger: what an appeal or demand (cues appeal_roots) asks
        for ("urged Russia and Ukraine to agree a ceasefire", "called on Iran to commit to talks"), not an intent of
        the one who appeals ("will urge", "plans to call on" keep theirs)."""
        keys = self.surface if "intent" in SURFACE_CUES else self.keys
        first = next((i for i, patterns in self._cue_tokens("intent", frag.tok_start, frag.tok_end)
                      if any(match_after_first(p, keys, i, frag.tok_end) is not None for p in patterns)), None)
        return first is not None and first >= trig.tok_end

    def _intended_act_start(self, trig: TriggerHit, frag: Fragment, intent_frag: Fragment | None) -> int | None:
        """Where the clause of an intended act begins, behind its intent cue: the English infinitive marker right
        before the act's verb ("want to meet in Alaska on Friday", "plans to visit China on Tuesday"), the German
        zu-infinitive clause ("plant, am Donnerstag nach Peking zu reisen") or a present modal of intent before the
        act's verb in its own clause (cues intent_modals: "will am Dienstag China besuchen", "wollen sich am Freitag
        treffen"). A weekday behind it is the coming one, as under a future auxiliary; one before it dates the
        intent ("agreed on Tuesday to expand", "Am Dienstag wollte Putin ..."). None otherwise."""
        if intent_frag is None:
            return None
        if self.lang == "en":
            if self.lower[trig.tok_start] in self.infinitive_markers:
                return trig.tok_start   # a row that opens with "to": "agreed to release two soldiers on Friday"
            k = trig.tok_start - 1
            if trig.entry.pos in ("VERB", "PHRASE") and k >= frag.tok_start and self.lower[k] in self.infinitive_markers:
                return k
            return None
        if frag.infinitive and intent_frag is not frag:
            return frag.tok_start
        return next((i for i in range(trig.tok_start - 1, frag.tok_start - 1, -1)
                     if self.lower[i] in self.intent_modals), None)

    def _talk_topic_act(self, trig: TriggerHit, frag: Fragment, source: Group) -> bool:
        """The act noun is what talks are about: behind a topic preposition (cues talk_topic_prepositions: about, on,
        over; über) in a clause with a word of talking (cues talk_words: discuss, talks, spoke; sprechen, berieten,
        Gespräche), or the English object of a verb of discussing (cues talk_object_verbs: "to discuss a ceasefire
        in Ukraine"), with only determiners, lowercase modifiers and coordinated topics between ("über den Handel und
        den Krieg in der Ukraine"), and ``source`` stands before it: the parties talk about the act, they do not do
        it. An agent in the noun's own phrase keeps it ("spoke about the Russian attack on Kyiv"), and so does a
        possessive determiner ("discussed its attack on")."""
        nominal = self._nominal(trig) or self.lang == "en" and trig.entry.pos == "VERB"
        if not nominal or not self.talk_words:
            return False
        j, words = trig.tok_start - 1, 0
        while j >= frag.tok_start and words < 8:
            if self.space[j]:
                j -= 1
                continue
            lower = self.lower[j]
            if lower in self.talk_object_verbs or lower in self.talk_topic_prepositions:
                if source.tok_end > j or lower in self.talk_topic_prepositions and \
                        not any(self.lower[i] in self.talk_words for i in range(frag.tok_start, frag.tok_end)):
                    return False
                return words > 0 and (self._nominal(trig) or self.lower[trig.tok_start - 1] in self.verb_noun_articles
                                      or any(self.lower[i] in self.verb_noun_articles
                                             for i in range(j + 1, trig.tok_start)))
            if lower in self.possessive_determiners or self.in_actor[j]:
                return False
            if not (self._noun_modifier(j) or lower in self.coordinators or
                    self.lang == "de" and self.alpha[j] and lower not in self.prepositions):
                return False   # a name, another preposition, punctuation, a number
            words += 1
            j -= 1
        return False

    def _commented_intention(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The act is in an infinitive right after a noun of deciding, planning or pledging (cues intention_nouns)
        that is the object of an earlier coded verb of commenting (commenting_roots): "China kritisierte die
        Entscheidung der USA, Waffen an Taiwan zu verkaufen" (the clause before), "The EU welcomed Iran's pledge to
        release the prisoners" (the same clause, the noun right before "to"). What is commented on is the decision
        or pledge; the act it names has not happened."""
        if self.lang == "en":
            before = self._words_between(frag.tok_start, trig.tok_start)
            if self.lower[trig.tok_start] in self.infinitive_markers:   # a row that opens with "to": "to release"
                before = before + [trig.tok_start]
            if len(before) < 2 or self.lower[before[-1]] not in self.infinitive_markers or \
                    self.lower[before[-2]] not in self.intention_nouns:
                return False
            scope, noun = frag, before[-2]
        else:
            if not frag.infinitive or frag.index == 0:
                return False
            scope = self.fragments[frag.index - 1]
            words = self._words_between(scope.tok_start, scope.tok_end)
            noun = next((i for i in reversed(words[-4:]) if self.lower[i] in self.intention_nouns), None)
            if noun is None:
                return False
        return any(scope.tok_start <= other.tok_start < noun and self.frag_of.get(other.tok_start) is scope and
                   not self._nominal(other) and code[:2] in self.commenting_roots
                   for other, _source, _target, code in self.coded_triggers)

    def _disaster_subject(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A violent verb (cues suffered_roots) whose clause names a natural disaster before it (cues
        natural_disaster_words: "Floods in eastern Spain have killed more than 200 people", "Das Erdbeben im Osten der
        Türkei tötete ...") and no actor without a preposition there: the disaster did it, nobody acted."""
        if trig.entry.pos != "VERB" or trig.entry.cameo_code[:2] not in self.suffered_roots:
            return False
        disaster = next((i for i in self._words_between(frag.tok_start, trig.tok_start)
                         if self._one_word_cue("natural_disaster_words", i)), None)
        # (an actor after it is where it struck: "Floods in eastern Spain")
        return disaster is not None and not any(g.prep is None and g.tok_end <= disaster for g in frag.groups)

    def _commented_act_noun(self, trig: TriggerHit, frag: Fragment) -> TriggerHit | None:
        """The directed act noun a verb of commenting (cues commenting_roots: condemn, praise, investigate) has as
        its object in its clause ("condemned the air strike", "kritisierten die Invasion"), or None. The partner of
        a joint act stays the comment's target ("endorsed an agreement with the EU")."""
        if trig.entry.cameo_code[:2] not in self.commenting_roots or self._nominal(trig):
            return None
        act = next((t for t in self.sentence_triggers if t.tok_start >= trig.tok_end and
                    self.frag_of.get(t.tok_start) is frag and self._nominal(t) and
                    t.entry.support not in self.strict_support_families), None)   # (nouns of people: no act)
        return act if act is not None and act.entry.frame == "directed" else None

    def _participle_in_apposition(self, trig: TriggerHit, frag: Fragment) -> bool:
        """", a member of the rebel group jailed two years ago,": an apposition is a noun phrase, so a verb form
        in it is a participle whose agent is not named."""
        return self.lang == "en" and frag.index > 0 and trig.entry.pos == "VERB" and \
            self.lower[frag.tok_start] in self.appositive_openers and \
            self._english_participle(self.lower[trig.tok_end - 1])

    def _reflexive_object(self, trig: TriggerHit) -> bool:
        after = self._words_between(trig.tok_end, min(trig.tok_end + 3, len(self.lower)))
        return bool(after) and self.lower[after[0]] in self.reflexive_pronouns

    def _speaker_of_saying(self, trig: TriggerHit, source: Group) -> bool:
        """``source`` is the speaker of a plain saying (accusing_speech_words: "said", "sagte") whose content holds
        the act: what someone says happened is not the speaker's own act unless the content names the speaker
        ("said it had launched air strikes" names it by the pronoun). German reported speech opens its own clause
        (", acht Menschen seien ...", "dass"): a noun in the speech verb's own clause is its object ("sagten der
        Ukraine Unterstützung zu": a pledge)."""
        if self._coordinated_speaker_predicate(trig):
            return False
        return not source.pronoun and any(
            st.sentence_index == self.sentence_index and st.trigger is not None and
            self.lower[st.trigger.tok_start] in self.accusing_speech_words and
            (self.lang != "de" or self.frag_of.get(st.trigger.tok_start) is not self.frag_of.get(trig.tok_start)) and
            st.speaker.tok_start == source.tok_start and not st.speaker.pronoun and
            st.content_tokens[0] <= trig.tok_start < st.content_tokens[1] for st in self.statements)

    def _fired_at_nobody(self, frag: Fragment, target: Group | None) -> bool:
        """The clause sends the fire into the sea (cues display_fire_openers, then a display_fire_sea_words word within
        display_fire_reach words: "into the sea off its east coast", "into the Sea of Japan", "ins Japanische Meer")
        or calls it a test (display_fire_test_words: "a missile test", "Raketentest"), and the target, if any, is
        only the state that names that sea ("the Sea of Japan": within the phrase)."""
        if target is None and self._cue_in("display_fire_test_words", frag) is not None:
            return True
        for i in range(frag.tok_start, frag.tok_end):
            if self.lower[i] in self.display_fire_openers:
                sea = None
                for j in range(i + 1, min(i + 1 + self.display_fire_reach, frag.tok_end)):
                    if self.punct[j] or self.lower[j] in self.prepositions:
                        break   # "into Ukraine from the Black Sea": the sea is not where the fire went
                    if self._one_word_cue("display_fire_sea_words", j):
                        sea = j
                        break
                if sea is not None and (target is None or i < target.tok_start <= sea + 2):
                    return True
        return False

    def _frame_agents_before(self, trig: TriggerHit) -> list[Group]:
        """The agents framed mediation or meeting nouns before the trigger name themselves (_frame_agent: "Unter
        Vermittlung der Türkei", "durch Vermittlung Katars", "under Turkish mediation")."""
        agents = []
        for other in self.sentence_triggers:
            if other.tok_start >= trig.tok_start or self._held_frame(other) is None:
                continue
            frag = self.frag_of.get(other.tok_start)
            agent = self._frame_agent(other, frag) if frag is not None else None
            if agent is not None:
                agents.append(agent)
        return agents

    def _commitment_recipient(self, frag: Fragment, source: Group) -> Group | None:
        """German: the object of a commitment word (cues commitment_words: versprach, zugesagt, angeboten) in the main
        clause right before the zu-infinitive ``frag``, when that clause's subject is ``source``: the one aid is
        promised to ("China versprach Russland, Waffen zu liefern", "Deutschland hat der Ukraine zugesagt, weitere
        Panzer zu liefern": 0332 CHN->RUS, DEU->UKR; were CHN->none, DEU->none). None otherwise."""
        main = self.fragments[frag.index - 1]
        if main.subordinate or main.infinitive or main.relative or \
                not self._has_word(self.commitment_words, main.tok_start, main.tok_end):
            return None
        subject = self._subject(main)
        if subject is None or subject.codes != source.codes:
            return None
        return next((g for g in main.groups if g.tok_start >= subject.tok_end and g.prep is None and not g.genitive
                     and not g.pronoun and self._other_party(g, source)), None)

    def _framed_call(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(subject, partner) of a symmetric act noun framed in a clause with its partner (_framed_partner): "Putin
        hat nach einem Telefonat mit Trump eine Waffenruhe abgelehnt" (the clause's subject before the frame word),
        "Putin rejected a full ceasefire after a phone call with Trump." (English cuts the clause before "after":
        the subject of the clause right before it, when the frame's clause ends with the partner or a phrase behind
        it, no verb of its own). The call took place and is the subject's. None otherwise: "Japan scrambled jets
        after talks with Russia collapsed" (the talks have a verb of their own), "..., sagte der Präsident, einen
        Tag nach dem Treffen mit Trump" (no subject in the frame's clause)."""
        partner = self._framed_partner(trig, frag)
        if partner is None:
            return None
        frame = self._frame_word_before(trig.tok_start)
        first = self._words_between(frag.tok_start, frag.tok_end)[:1]
        if first and first[0] == frame and frag.index > 0 and frag.subordinate:
            rest = self._words_between(partner.tok_end, frag.tok_end)
            if any(self.alpha[i] and self.token_text[i].islower() and self.lower[i] not in self.prepositions and
                   self.lower[i] not in self.determiners for i in rest):
                return None
            prev = self.fragments[frag.index - 1]
            if prev.subordinate or prev.infinitive or self.token_text[frag.tok_start - 1] == "," or \
                    any(t.entry.frame == "speech" and self.frag_of.get(t.tok_start) is prev
                        for t in self.sentence_triggers):
                return None
            subject = self._subject(prev)
            return (subject, partner) if subject is not None and subject.tok_end <= trig.tok_start else None
        subject = self._subject(frag, trig.tok_start)
        if subject is None or subject.tok_end > frame:
            return None
        return subject, partner

    def _framed_partner(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The partner a symmetric act noun behind a frame word (cues held_frame_words: _frame_word_before) names right
        behind it (cues frame_partner_prepositions, then only articles and lowercase adjectives up to the name): "nach
        einem Telefonat mit US-Präsident Trump", "after talks with Xi". None otherwise."""
        nxt = trig.tok_end
        while nxt < frag.tok_end and self.space[nxt]:
            nxt += 1
        if nxt >= frag.tok_end or self.lower[nxt] not in self.frame_partner_preps or \
                trig.entry.frame != "symmetric" or not self._nominal(trig) or \
                self._frame_word_before(trig.tok_start) is None:
            return None
        words = self._words_between(nxt, min(frag.tok_end, nxt + 12))[:6]
        for i in words[1:]:
            group = next((g for g in frag.groups if g.tok_start == i), None)
            if group is not None:
                return group if group.prep == self.lower[words[0]] else None
            if not (self.lower[i] in self.determiners or self.alpha[i] and self.token_text[i].islower()):
                return None
        return None

    def _frame_partner(self, trig: TriggerHit, target: Group | None) -> bool:
        """The target is a framed meeting's partner: behind the frame, after "with"/"mit" (cues frame_partner_preps)
        or as its object ("After meeting Xi")."""
        return target is not None and target.tok_start >= trig.tok_end and \
            (target.prep in self.frame_partner_preps or target.prep is None and
             all(self.lower[i] in self.determiners for i in self._words_between(trig.tok_end, target.tok_start)))

    def _coordinated_speaker_predicate(self, trig: TriggerHit) -> bool:
        """A verb right behind a coordinator ("... and urged London to ...") in what a speaker says whose clause
        before names the speaker by a pronoun ("China said it had accepted the apology and urged London to release
        the sailors"): the predicate shares that subject, the speaker, so the act is the speaker's."""
        frag = self.frag_of.get(trig.tok_start)
        if frag is None or frag.index == 0 or trig.entry.pos != "VERB":
            return False
        lead = self._words_between(frag.tok_start, trig.tok_start)
        if len(lead) != 1 or self.lower[lead[0]] not in self.coordinators:
            return False
        prev = self.fragments[frag.index - 1]
        return any(g.pronoun for g in prev.groups) or bool(prev.pronouns)

    def _felt_state(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A verb trigger behind a verb of feeling or seeing oneself and its reflexive pronoun in its clause (cues
        felt_state_verbs, felt_state_reflexives: "Russland fühlt sich von der NATO bedroht", "Polen sieht sich durch
        Russland bedroht"), or right behind the verb of feeling ("Poland feels threatened by Russia"): the participle
        says how the subject sees itself, nobody threatened it."""
        if trig.entry.pos != "VERB" or not self.felt_state_verbs:
            return False
        words = self._words_between(frag.tok_start, trig.tok_start)
        if words and self.lower[words[-1]] in self.felt_state_verbs:
            return True   # "Poland feels threatened by Russia"
        return any(self.lower[a] in self.felt_state_verbs and self.lower[b] in self.felt_state_reflexives
                   for a, b in zip(words, words[1:]))

    def _speaker_pronoun_object(self, trig: TriggerHit, frag: Fragment, code: str) -> bool:
        """A pronoun that refers to the speaker of the enclosing statement (cues speaker_object_pronouns: "it", "us")
        stands right behind a target preposition of ``code`` after the act in its clause ("fired at it") or right
        behind the act's verb ("had threatened it")."""
        preps = self._target_preps(code)
        if trig.entry.pos == "VERB" and not self._nominal(trig):
            # ... or right behind the verb, its object ("Russia said the US had threatened it", "China said Japan
            # attacked it": was no target)
            first = self._next_word(trig.tok_end - 1, frag.tok_end)
            if trig.tok_end <= first < frag.tok_end and self.lower[first] in self.speaker_object_pronouns and \
                    not self.in_actor[first]:
                return True
        return any(self.lower[i] in self.speaker_object_pronouns and i > trig.tok_end - 1 and
                   self.lower[i - 1] in preps for i in range(trig.tok_end, frag.tok_end))

    def _offer_row(self, trig: TriggerHit, frag: Fragment, intent_frag: Fragment) -> bool:
        """A row whose own words hold the clause's only intent cue and whose code names an offer made (cues
        made_offer_codes: "Syrien bot seine Truppen dem Libanon an", row de:0334:bot-seine-truppen-an with the cue
        "bot* ... an"): asserted as "hat dem Libanon seine Truppen angeboten" and "offered its troops to Lebanon" are
        (docs/evaluation.md "Announced measures; offers")."""
        if intent_frag is not frag or trig.entry.intent_code or trig.entry.cameo_code not in self.made_offer_codes:
            return False
        own = set(trig.tokens())
        found = False
        for i, patterns in self._cue_tokens("intent", frag.tok_start, frag.tok_end):
            if any(match_after_first(p, self.keys, i, frag.tok_end) is not None for p in patterns):
                if i not in own:
                    return False
                found = True
        return found
