"""Speech, statement and quote attribution: which speech words make a statement (outside quotes, with a
speaker and some content), who speaks, to whom (the addressee or the first other actor of the content), what
the content is (an adjacent quote, a that-clause, the attributed fragments), which quotes carry the previous
paragraph's speaker, and the statement row itself with its reported demand."""
from __future__ import annotations

import itertools

import bisect

from geoevents.engine.components import TRIGGERS_KEY, Quote, TokenSpan, TriggerHit
from geoevents.engine.lexicon import match_at
from geoevents.engine.model import Statement
from geoevents.engine.rules.common import FRAGMENT_BREAKS, Actor, Fragment, Group, StatementInfo


class Statements:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _speech_word_before_act_noun(self, trig: TriggerHit, triggers: list[TriggerHit]) -> bool:
        """"declared a 90-day state of siege", "verhängte eine Ausgangssperre": a speech word whose object is an act
        noun it supports (the noun's support family names it) is the act's verb, not a statement. At most four
        words between them, no punctuation but hyphens."""
        act = next((t for t in triggers if t.tok_start >= trig.tok_end), None)
        if act is None or act.entry.pos == "VERB" or \
                self.frag_of.get(act.tok_start) is not self.frag_of.get(trig.tok_start):
            return False
        gap = self._words_between(trig.tok_end, act.tok_start)
        # an actor named between them counts as one word ("denied the opposition leader of Belarus permission to")
        named = [g for g in self.frag_of[act.tok_start].groups if trig.tok_end <= g.tok_start and g.tok_end <= act.tok_start]
        inside = sum(len(self._words_between(g.tok_start, g.tok_end)) - 1 for g in named)
        if len(gap) - inside > 4 or any(self.punct[i] and self.token_text[i] != "-" for i in gap):
            return False
        # every reading of the noun ("state of emergency": imposed 1724 or lifted 0814)
        families = {entry.support for entry in self.readings.get((act.entry.pattern.lower(), act.entry.pos),
                                                                 [act.entry]) if entry.support}
        clause_end = self.frag_of[trig.tok_start].tok_end if trig.tok_start in self.frag_of else trig.tok_end
        is_act = any(pattern.payload in families and
                     match_at(pattern, self.keys, trig.tok_start, trig.tok_end, clause_end) == trig.tok_end
                     for pattern in self.cues.index("support").candidates(self.keys[trig.tok_start]))
        if is_act:
            self._veto(trig.entry, f"verb of the act noun {act.entry.entry_id}: coded as that act")
        return is_act

    def _denied_thing(self, trig: TriggerHit) -> bool:
        """"denied the Belarusian opposition leader a visa": a denial word whose object is an actor followed by the
        thing refused (an indefinite noun phrase, cues denied_thing_articles) refuses it; it denies no accusation
        (no 016 statement). Which refusal it is the rows decide ("permission", "request": 120; a visa has none)."""
        articles = self.denied_thing_articles
        if not articles or trig.tok_end - trig.tok_start != 1 or \
                "denial" not in self.support_word_families.get(self.lower[trig.tok_start], ()):
            return False
        frag = self.frag_of.get(trig.tok_start)
        if frag is None:
            return False
        words = self._words_between(trig.tok_end, frag.tok_end)
        while words and self.lower[words[0]] in self.determiners:
            words.pop(0)
        group = next((g for g in frag.groups if words and g.tok_start == words[0] and g.prep is None), None)
        if group is None:
            return False
        rest = [i for i in words if i >= group.tok_end]
        if not rest or self.lower[rest[0]] not in articles:
            return False
        self._veto(trig.entry, "a denial word whose actor object is followed by the thing refused: no denial")
        return True

    def _warned_response(self, start: int, stop: int) -> bool:
        """What a warning says (tokens start..stop) announces a response (cues warned_response_words: "would be met
        with", "werde mit ... beantwortet")."""
        for i, patterns in self._cue_tokens("warned_response_words", start, stop):
            if any(match_at(p, self.keys, i, stop) is not None for p in patterns):
                return True
        return False

    def _contested_event(self, trig: TriggerHit) -> bool:
        """"Deutschland bestreitet das Finale gegen Spanien": a denial word (code 016) whose object is a contest, a
        match or a campaign (cues contest_objects, the first noun behind the verb past determiners and adjectives)
        takes part in it; it denies nothing (no statement)."""
        if trig.entry.cameo_code != "016" or trig.tok_end - trig.tok_start != 1 or not self.cues.raw.get("contest_objects"):
            return False
        frag = self.frag_of.get(trig.tok_start)
        if frag is None:
            return False
        for i in self._words_between(trig.tok_end, frag.tok_end):
            if self.punct[i] or self.lower[i] in self.determiners or self.lower[i] in self.date_words or \
                    self.token_text[i][:1].islower() and self.lang == "de":
                continue   # articles, possessives, adjectives, days ("das erste Finale", "am Sonntag ihr letztes Spiel")
            if any(match_at(p, self.keys, i, i + 1) == i + 1 for p in self.contest_objects.candidates(self.keys[i])):
                self._veto(trig.entry, "a denial word whose object is a contest ('bestreitet das Finale'): no denial")
                return True
            return False
        return False

    def _statements(self, speech: list[TriggerHit]) -> None:
        found: list[StatementInfo] = []
        for trig in speech:
            frag = self.frag_of[trig.tok_start]
            if self.lower[trig.tok_start] in self.attribution_only_words and \
                    not (self._verb_first(frag, trig) or self._complement_follows(frag)):
                # "kündigte an, Waffen zu liefern", "kündigte eine Reaktion an": one's own act announced, coded as the
                # act or intent; "..., kündigte die Regierung an" and "kündigte an, dass ..." say
                self._veto(trig.entry, "announcing word outside an attribution: the announced act is coded")
                continue
            if self.lower[trig.tok_start] in self.participle_speech_words and not self._participle_speech(trig, frag):
                self._veto(trig.entry, "a participle that says only after a comma, before what was said")
                continue
            reporting = None
            candidates: list[Group] = []
            passive = self._has_word(self.passive_aux, frag.tok_start, frag.tok_end)
            for group in frag.groups:
                if group.prep in self.reporting_preps or (passive and group.prep in self.agent_preps):
                    reporting = self._group_text(group)
                elif group.prep is None and not group.genitive:
                    candidates.append(group)
            if self.lang == "en" and candidates and candidates[0].tok_start >= trig.tok_end and \
                    (self._content_subject_before(trig.tok_end, candidates[0].tok_start) or
                     self._auxiliary_behind(candidates[0])):
                # "quoted as saying he would host a meeting between ... and the PLO": the name after "he" belongs to
                # what was said; an inverted English speaker follows the verb directly ("said Putin"), and no
                # auxiliary follows it ("Experts said Israel would attack Iran if ...": Israel is in what was said)
                candidates = [g for g in candidates if g.tok_start < trig.tok_start]
            if not candidates or candidates[0].tok_start >= trig.tok_end:
                # "Trade and Industry Minister Le Van Minh said Vietnam is ...", "Außenminister Nguyen sagte,
                # Vietnam werde ...": the titled name speaks
                official = self._titled_official(trig, frag)
                candidates = [official] + candidates if official is not None else candidates
            speaker = self._clause_subject(candidates, trig) if candidates else None
            if speaker is not None and self._is_media(speaker):
                # "zitierte die Agentur Xinhua den Minister": the outlet reports, the person speaks
                persons = [g for g in candidates if not self._is_media(g)]
                if persons:
                    reporting = reporting or self._group_text(speaker)
                    speaker = persons[0]
            unnamed = self._unnamed_subject_end(trig, frag)
            if unnamed is not None and self._fronted_object_subject(frag, trig) is not None:
                unnamed = None   # "Die Vorwürfe wies Peking zurück": the first position is what was denied
            if unnamed is not None and speaker is not None and not speaker.pronoun and speaker.tok_start > unnamed:
                # "Die Ministerin hat China vor Waffenlieferungen an Russland gewarnt", "On Tuesday, the minister
                # told China that ...": the clause's subject names no actor, the name behind it is the one warned or
                # told, no speaker (an office named before may still speak for it: "Die Ministerin" after
                # "Außenministerin Baerbock" is an actor and no such subject)
                speaker = None
            coordinated = trig.tok_start > frag.tok_start and \
                self.lower[frag.tok_start] in self.coordinators
            shared = None
            continued = False
            if coordinated and (speaker is None or speaker.tok_start > trig.tok_start):
                if found:
                    speaker = found[-1].speaker
                    continued = True
                elif all(self.lower[i] in self.predicate_adverbs
                         for i in self._words_between(frag.tok_start + 1, trig.tok_start)):
                    # "Iran condemned the sanctions imposed by the US, and said it would respond": a coordinated
                    # predicate without its own subject shares the subject of the main clause before it (not
                    # "..., but media reports said ...", whose subject names no actor; cues predicate_adverbs)
                    shared = speaker = self._coordinated_subject(frag)
                if speaker is not None:
                    candidates = [speaker] + candidates
            if shared is None and self._speech_participle(trig, frag):
                # "Ukraine criticized the meeting, saying Beijing could not claim neutrality": the participle's
                # subject is the main clause's; the name behind it is in what was said ("saying X" is no inversion)
                subject = self._coordinated_subject(frag)
                if subject is not None:
                    shared = speaker = subject
                    candidates = [speaker] + [g for g in candidates if g.tok_start < trig.tok_start]
            if speaker is None and unnamed is None:
                # behind a coordinated English speech word a pronoun is in what was said ("and said it would ..."); a
                # German one can be the speaker ("und sagte er")
                speaker = self._subject(frag, trig.tok_start if coordinated and self.lang == "en" else None)
                if speaker is not None and self.lang == "en" and speaker.tok_start >= trig.tok_end and \
                        self._auxiliary_behind(speaker):
                    speaker = None   # "Experts said Israel would attack Iran if ...": Israel is in what was said
            added = self._added_speaker(trig, frag, found)
            if added is not None:
                # '"...," X said after Y warned ... "...," he added', "„...“, fügte er hinzu": the one who adds is
                # the latest speaker, not the latest person named (was Y, or no speaker)
                speaker = added[0]
            if unnamed is None and (speaker is None or speaker.tok_start > trig.tok_start):
                # "Police in Kabul said ...", "Officials in Moscow said ...", "Die Polizei in Kabul sagte, ...": the
                # actor in the prepositional phrase of a subject that names no actor speaks (as for acts)
                modifier = self._subject_modifier(frag, trig.tok_start)
                if modifier is not None:
                    speaker = modifier
            if speaker is None:
                # "..., teilte das Außenministerium in Kuala Lumpur mit", "a foreign ministry spokeswoman said in
                # Beijing": an office named by its description alone speaks for the state of the capital it names
                speaker = self._seat_speaker(trig, frag) or self._place_institution_behind(trig, frag)
            if speaker is None:
                # "..., hieß es weiter": the speaker of the statement before continues
                speaker = self._continued_speaker(trig, frag)
            if speaker is None and self._relative_clause_before(frag) is not None:
                # "Polen, das die Ukraine unterstützt, sagte ...", "Der französische Präsident, der Xi in Paris traf,
                # sagte, ...": the subject before the relative clause speaks (none when it names no actor: "Der
                # Präsident, der Xi traf, sagte": not Xi)
                speaker = self._subject_before_relative(frag)
            elif speaker is not None and speaker.tok_start > trig.tok_start and self.lang == "en" and \
                    self._relative_clause_before(frag) is not None:
                # "The French president, who met Xi in Paris, said Russia had attacked Ukraine": the name behind the
                # verb is in what was said (Russia), the subject before the relative clause speaks, or nobody named
                # ("The president, who met Xi in Paris, said Russia ...": not Russia)
                speaker = self._subject_before_relative(frag)
            apposed = speaker is None
            if apposed:
                speaker = self._subject_before_apposition(frag)
            if speaker is None:
                speaker = self._possessive_attribution(trig, frag) or self._state_reference_attribution(trig, frag) \
                    or self._enforcement_attribution(trig, frag) or self._titled_attribution(trig, frag)
                apposed = apposed and speaker is None
            if speaker is None:
                outlet = self._unnamed_media(trig, frag)
                if outlet is not None:
                    # "..., state media reported", "..., berichteten Staatsmedien": an outlet of no named state is
                    # the sentence's reporting source, as a named one is
                    self.sentence_reporting = self.sentence_reporting or outlet
                    self._veto(trig.entry, f"media speaker {outlet!r} is the reporting source")
                    continue
                self._veto(trig.entry, "no speaker")
                continue
            if self._poll_respondents(trig, speaker):
                # "Most Poles say ..., according to a poll", "fewer than half say the US would ..., a survey found":
                # respondents of a poll are no state speaking (were 010 POL, USA)
                self._veto(trig.entry, "respondents of a poll")
                continue
            if self._is_media(speaker):
                # "Wie KCNA berichtete, ...", "state media reported": the outlet is the sentence's reporting source
                self.sentence_reporting = self.sentence_reporting or self._group_text(speaker)
            elif reporting is not None:
                self.sentence_reporting = self.sentence_reporting or reporting
            addressee = self._addressee(trig, frag, speaker, candidates)
            quote, content = self._statement_content(trig, frag)
            if (apposed or shared is not None or continued and not self._verb_first(frag, trig)) and quote is None and \
                    trig.tok_end < self._content_end(trig):
                # "X, a UK-based group, said ...", "X condemned ..., and said ...": what was said follows; so it does
                # behind another saying of the speaker ("wies die Vorwürfe zurück und warnte die Ukraine vor ...": was
                # the clause before, with no target)
                content = (trig.tok_end, self._content_end(trig))
            if content is not None and addressee is not None and content[0] <= addressee.tok_start < content[1]:
                content = (addressee.tok_end, content[1])   # "told Putin that ...": what was said follows
            if addressee is not None and self._is_media(addressee):
                # "told Reuters that ...", "sagte der Nachrichtenagentur Reuters": the outlet told reports what was
                # said, the sentence's reporting source, and is no party the saying is addressed to (was GBR)
                reporting = reporting or self._group_text(addressee)
                self.sentence_reporting = self.sentence_reporting or reporting
                addressee = None
            if content is None:
                self._veto(trig.entry, "speech word without content")
                continue
            found.append(StatementInfo(speaker, self._group_text(speaker), trig, content, quote, addressee,
                                       reporting, self.sentence_index, self.paragraph,
                                       shared_subject=shared is not None, main_clause=not frag.subordinate,
                                       added_to=added[1] if added is not None else None))
        media = [st for st in found if self._is_media(st.speaker)]
        if media:
            for st in found:
                if st not in media and st.reporting is None:
                    st.reporting = media[0].speaker_text
            for st in media:
                self._veto(st.trigger.entry, f"media speaker {st.speaker_text!r} is the reporting source")
            found = [st for st in found if st not in media]
        for st in found:
            self._emit_statement(st)

    def _act_participle(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An English verb in -ing opening a clause after a comma: ", killing two people"."""
        return self.lang == "en" and frag.index > 0 and trig.entry.pos == "VERB" and \
            trig.tok_start == frag.tok_start and self.lower[trig.tok_start].endswith("ing") and \
            self.token_text[trig.tok_start - 1] == ","

    def _speech_participle(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An English speech word in -ing opening a clause after a comma: ", saying ...", ", adding that ..."."""
        return self.lang == "en" and frag.index > 0 and trig.tok_start == frag.tok_start and \
            self.lower[trig.tok_start].endswith("ing") and self.token_text[trig.tok_start - 1] == ","

    def _participle_speech(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A speech participle (cues participle_speech_words) opening its clause after a comma with what was said
        behind it: a complementizer, a pronoun, a colon or a quote next (", adding that ...", ", adding it would ...",
        ", adding: ..."), not an object (", adding 20 firms to the list")."""
        if not self._speech_participle(trig, frag):
            return False
        nxt = trig.tok_end
        while nxt < len(self.lower) and self.space[nxt]:
            nxt += 1
        if nxt >= len(self.lower):
            return False
        word = self.lower[nxt]
        return word in self.complementizers or word in self.pronoun_words or self.token_text[nxt] == ":" or \
            self.in_quote[nxt] is not None

    def _participle_after(self, frag: Fragment) -> bool:
        """The fragment after ``frag`` opens with an English speech participle (", saying ...", ", adding that")."""
        nxt = self.fragments[frag.index + 1] if frag.index + 1 < len(self.fragments) else None
        return nxt is not None and any(t.entry.frame == "speech" and t.tok_start == nxt.tok_start and
                                       self._speech_participle(t, nxt) for t in self.sentence_triggers)

    def _attribution_tail(self, trig: TriggerHit, frag: Fragment, stop: int) -> bool:
        """The words behind the speech word of a clause that closes the sentence after a comma (not after a
        coordinator) are no content: no trigger, complementizer, subordinator or pronoun among them, and no actor but
        an addressee right behind the word ("..., Israel's defence minister told parliament on Tuesday", "..., the
        minister told the UN on Monday"): the attribution's content is what precedes it."""
        if frag.index == 0 or self.lower[frag.tok_start] in self.coordinators:
            return False
        if not self._after_comma(frag) or frag.index == 1 and self._opening_frame(self.fragments[0]):
            return False
        words = self._words_between(trig.tok_end, stop)
        opens = self.complementizers | self.subordinators | self.person_pronouns | self.any_pronouns | \
            self.first_person
        if any(self.lower[i] in opens for i in words) or \
                any(t is not trig and trig.tok_end <= t.tok_start < stop for t in self.sentence_triggers):
            return False
        # (a seat behind the attribution's own words is where it was said: "told reporters in New Delhi")
        return all(all(self.lower[i] in self.determiners for i in self._words_between(trig.tok_end, g.tok_start)) or
                   g.prep in self.seat_preps and not any(self.alpha[g.tok_end:frag.tok_end]) and
                   all(self.alpha[i] and self.token_text[i].islower()
                       for i in self._words_between(trig.tok_end, g.tok_start))
                   for g in frag.groups if g.tok_start >= trig.tok_end)

    def _opening_frame(self, frag: Fragment) -> bool:
        """An opening phrase that frames the clause behind its comma and says nothing itself: "Following talks with
        Xi, Putin said the ties were strong", "After meeting Macron, Scholz said ..." (the clause behind it is no
        closing attribution of the phrase). It opens with a preposition or a frame word (cues held_frame_words) and
        names no actor but behind a preposition or an English -ing word ("On Monday Russia attacked Kyiv, the ministry
        told reporters on Tuesday" is a clause)."""
        words = self._words_between(frag.tok_start, frag.tok_end)
        if len(words) < 3 or self.lower[words[0]] not in self.prepositions | self.held_frame_words or \
                self.token_text[words[-1]] != ",":
            return False
        for group in frag.groups:
            if group.prep is not None or group.genitive:
                continue
            before = self._words_between(frag.tok_start, group.tok_start)
            while before and self.lower[before[-1]] in self.determiners:
                before.pop()
            if not (self.lang == "en" and before and self.lower[before[-1]].endswith("ing")):
                return False
        return True

    def _unnamed_subject_end(self, trig: TriggerHit, frag: Fragment) -> int | None:
        """The last token of a subject before the speech word ``trig`` that names no actor, or None: German the
        first position of a verb-second clause or the noun phrase behind its verb after an adverbial ("Die
        Ministerin hat ... gewarnt", "Am Dienstag hat die Sprecherin Iran ... gewarnt"; Sources._forefield_words), English a noun phrase opened by a determiner right before the verb
        ("the minister warned", "a spokesman for the ministry told"). A name behind such a subject is the
        saying's object."""
        if self.lang == "de":
            words = self._forefield_words(frag, trig)
            if words:
                return words[-1]
            # "Außenminister Nguyen hat China gewarnt": a title and a name the tables lack before the perfect
            # auxiliary (a titled official of the sentence's one state is found as a candidate instead)
            words = self._words_between(frag.tok_start, trig.tok_start) if trig.entry.pos == "VERB" and \
                not frag.subordinate and not frag.infinitive else []
            aux = next((k for k, i in enumerate(words) if k >= 1 and self.lower[i] in self.perfect_auxiliaries), None)
            if aux is None:
                return None
            return words[aux - 1] if self._titled_name(words[:aux]) else None
        if frag.subordinate or trig.entry.pos != "VERB":
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)
        opens = self.complementizers | self.person_pronouns | self.any_pronouns | self.first_person
        if not 2 <= len(words) <= 6 or self.lower[words[0]] not in self.determiners or \
                not all(self.alpha[i] and self.lower[i] not in opens for i in words) or \
                self._actor_overlaps(frag.tok_start, trig.tok_start):
            return None
        return words[-1]

    def _coordinated_subject(self, frag: Fragment) -> Group | None:
        """The subject of the main clause before a coordinated fragment (its relative and subordinate clauses
        skipped): "Germany criticised Russia's attack on Ukraine, and said ..." (Germany), "Deutschland kritisierte
        den Angriff und sagte, ..."; None when that clause names none."""
        main = next((f for f in reversed(self.fragments[:frag.index]) if not f.subordinate and not (
            f.infinitive and (self.lang != "en" or self.lower[f.tok_start] in self.infinitive_markers))), None)
        # (an English clause that holds an infinitive further on is a main clause: "X urged Washington to stop
        # selling weapons, saying ...")
        if main is None or self.lower[main.tok_start] in self.coordinators:
            return None
        subject = self._subject(main)
        verb = next((t for t in self.sentence_triggers if main.tok_start < t.tok_start < main.tok_end and
                     t.entry.pos == "VERB"), None)
        if verb is not None and (subject is None or subject.tok_start > verb.tok_start):
            # "Das Außenministerium in Moskau bestellte den Botschafter ein und sprach von ...", "The foreign
            # ministry in Moscow summoned the Polish ambassador and spoke of ...": a subject that names no actor
            # speaks for the actor of its modifier, not the object behind the verb (was POL)
            modifier = self._subject_modifier(main, verb.tok_start)
            if modifier is not None:
                return modifier
        return subject

    def _clause_subject(self, candidates: list[Group], trig: TriggerHit) -> Group:
        """The first candidate, unless a coordinated clause with its own subject stands before the speech word:
        "Brazil stayed silent and India's UN envoy said" (not "Brazil and the Indian president said")."""
        speaker = candidates[0]
        for group in candidates[1:]:
            if group.tok_end > trig.tok_start:
                break
            between = self._words_between(speaker.tok_end, group.tok_start)
            opening = next((k for k, t in enumerate(between) if self.lower[t] in self.coordinators), None)
            if opening is not None and opening > 0 and \
                    all(self.lower[t] in self.determiners for t in between[opening + 1:]):
                speaker = group
        return speaker

    def _auxiliary_behind(self, group: Group) -> bool:
        """A name with an auxiliary or modal right behind it ("Israel would", "Russia has"): the subject of a clause of
        its own, not an inverted speaker (a pronoun is left to the rules that read it: "saying he would host")."""
        if group.pronoun:
            return False
        after = self._words_between(group.tok_end, min(group.tok_end + 2, len(self.lower)))
        return bool(after) and self.lower[after[0]] in self.finite_auxiliaries

    def _content_subject_before(self, start: int, stop: int) -> bool:
        """A pronoun or complementizer between a speech word and a later name: the name is in the content."""
        opens = self.complementizers | self.person_pronouns | self.any_pronouns | self.first_person
        return any(self.lower[i] in opens for i in self._words_between(start, stop))

    def _addressee(self, trig: TriggerHit, frag: Fragment, speaker: Group, candidates: list[Group]) -> Group | None:
        for group in frag.groups:
            if group.prep in self.addressee_preps and group.tok_start > trig.tok_start:
                # close to the speech word ("said to reporters", "sagte Scholz gegenüber Xi"); a "to X" deep in the
                # content ("announced it would free prisoners as a gesture to Abbas") is part of what was said, and
                # so is one behind the verb's own object ("warned China against supplying weapons to Russia")
                if any(g.prep is None and trig.tok_end <= g.tok_start and g.tok_end <= group.tok_start
                       for g in frag.groups):
                    break
                gap = self._words_between(trig.tok_end, group.tok_start)
                opens_content = self.complementizers | self.subordinators | self.person_pronouns | \
                    self.any_pronouns | self.first_person
                own = max((k for k, i in enumerate(gap) if self.lower[i] == group.prep), default=len(gap))
                if len(gap) <= 5 and not any(self.lower[i] in opens_content for i in gap) and \
                        not any(self.lower[i] in self.infinitive_markers for i in gap[:own]):
                    # (not behind an infinitive: "announced plans to supply weapons to Ukraine" is no saying to
                    # Ukraine; the group's own "to" and its article close the gap)
                    return group
                break
        if not (self.keys[trig.tok_start][-1] in self.addressee_verbs or self.lower[trig.tok_start]
                in self.addressee_verbs):
            return None
        after = [g for g in candidates if g is not speaker and g.tok_start > trig.tok_start]
        if not after:
            return None
        nxt = after[0]
        gap = self._words_between(max(speaker.tok_end, trig.tok_end), nxt.tok_start)
        if speaker.tok_start > trig.tok_start:      # "sagte Xi Putin": addressee right after the speaker
            return nxt if not gap else None
        # "Xi sagte Putin", "Xi told Putin", "Poland told the US", "erinnerte die USA daran"
        return nxt if all(self.lower[i] in self.determiners for i in gap) else None

    def _statement_content(self, trig: TriggerHit, frag: Fragment) -> tuple[Quote | None, tuple[int, int] | None]:
        span = self.span
        punct, space, alpha = self.punct, self.space, self.alpha
        # a quote that closes right before the attribution ("„...“, sagte X")
        for quote in self.quotes:
            if quote.close_token is not None and quote.close_token < trig.tok_start and quote.word_count >= 1:
                between = range(quote.close_token + 1, frag.tok_start)
                if all(punct[t] or space[t] for t in between) and quote.close_token >= span.start - 1 \
                        and self._attribution_only(frag, trig, quote):
                    if quote.word_count < self.min_quote_words and quote.open_token > span.start and \
                            any(alpha[t] for t in range(span.start, quote.open_token)):
                        # '... condemned the sanctions as "illegitimate", the ministry said': a scare quote (shorter
                        # than min_quote_words) inside the clause; the attribution reports the clause up to its end
                        # (was the one quoted word, with no target)
                        return None, (span.start, quote.end_token)
                    return quote, (quote.open_token + 1, quote.close_token)
        # a quote that opens after the speech word within the sentence ("X sagte: „...“", "fügte hinzu, dass W „...“")
        stop = self._content_end(trig)
        for quote in self.quotes:
            if trig.tok_end <= quote.open_token < stop and quote.word_count >= 1:
                lead = [t for t in range(trig.tok_end, quote.open_token) if not space[t] and not punct[t]]
                if all(self._is_actor_token(t) for t in lead):   # "X sagte: „…“", "said Xi: “…”"
                    return quote, (quote.open_token + 1, quote.end_token)
                break
        if self._fronted_object_subject(frag, trig) is not None:
            # "Die Vorwürfe wies Peking am Mittwoch zurück", "Diese Darstellung hat Moskau dementiert": what was said
            # is the object in the first position, before the finite verb
            finites = self.perfect_auxiliaries | self.predicate_auxiliaries
            finite = next(i for i in self._words_between(frag.tok_start, trig.tok_start + 1)
                          if i == trig.tok_start or self.lower[i] in finites)
            return None, (frag.tok_start, finite)
        if self._verb_first(frag, trig) and not self._complement_follows(frag) and \
                self._relative_clause_before(frag) is None:
            # "..., sagte X": the attributed content precedes (not a relative clause: "Polen, das ..., sagte")
            prev = [f for f in self.fragments if f.tok_end <= frag.tok_start]
            if prev:
                start = prev[0].tok_start
                for st in self.statements:
                    if st.sentence_index == self.sentence_index and st.content_tokens[1] <= frag.tok_start:
                        start = max(start, st.trigger.tok_end if st.trigger else start)
                return None, (start, prev[-1].tok_end)
        if self._demonstrative_opening(trig, frag):
            # "Das teilte das Außenministerium in Warschau mit": what was said is the sentence before, which the
            # demonstrative stands for (its acts are coded there)
            start = self._words_between(frag.tok_start, trig.tok_start)[0]
            return None, (start, start + 1)
        if frag.index > 0 and frag.index + 1 < len(self.fragments) and \
                (self._time_distance(self.fragments[frag.index + 1]) or
                 self._participle_opening(self.fragments[frag.index + 1])) and self._adjunct_clause_after(trig, frag):
            # "..., Ukraine's air force said on Sunday, hours after the Kremlin said ...", "..., an official told
            # reporters on Monday, days after the release of ...": a span of time opens an adjunct behind the closing
            # attribution; what was said precedes (was the adjunct, with its actors as the target)
            prev = self.fragments[:frag.index]
            return None, (prev[0].tok_start, prev[-1].tok_end)
        if stop > trig.tok_end and any(alpha[trig.tok_end:stop]):
            later = [f for f in self.fragments if f.tok_start >= frag.tok_end and not self._trailing_apposition(f) and
                     not self._claim_apposition(f)]
            words_after = sum(alpha[trig.tok_end:stop])
            speaker_first = any(g.tok_end <= trig.tok_start and g.prep is None for g in frag.groups) or \
                any(p < trig.tok_start for p in frag.pronouns) or self._titled_official(trig, frag) is not None or \
                self._subject_modifier(frag, trig.tok_start) is not None or \
                self._subject_before_relative(frag) is not None   # "Police in Kabul said ..."
            # "Russia denied attacking Ukraine": a gerund act opening what was said is content however short
            gerund = speaker_first and words_after < 3 and \
                any(t.entry.frame != "speech" and trig.tok_end <= t.tok_start < stop and
                    self._speakers_gerund(trig.tok_end, t) for t in self.sentence_triggers)
            # "Russia rejected Ukraine's allegations": a saying read by its object (a speech row with a support
            # family: en:016:rejected-allegations) has that object as what was said, however short
            denied_object = speaker_first and bool(trig.entry.support)
            if speaker_first and not later and not denied_object and self._attribution_tail(trig, frag, stop):
                # "..., Israel's defence minister told parliament on Tuesday.": what was said precedes (below)
                speaker_first = gerund = False
            if later or self._has_clause_after(trig, frag) or (speaker_first and words_after >= 3) or gerund or \
                    denied_object:
                # "Am Montag sagte Russland, die Ukraine habe ...": the speaker behind the verb is not what was said
                behind = self._speaker_behind_verb(trig, frag) if later else None
                return None, (trig.tok_end if behind is None else behind.tok_end, stop)
        speaker = self._speaker_behind_verb(trig, frag)
        if speaker is not None and sum(alpha[speaker.tok_end:stop]) >= 3 and \
                not any(speaker.tok_end <= t.tok_start < stop and t.entry.frame != "speech" and not t.entry.support
                        for t in self.sentence_triggers):
            # "Am Montag wies Russland die Vorwürfe der Ukraine zurück": what was said follows the speaker behind the
            # verb, as it follows the verb in "Russland wies am Montag die Vorwürfe der Ukraine zurück"; not an act
            # that needs no support word ("Am Montag verkündete die Hisbollah eine einseitige Waffenruhe": the act)
            return None, (speaker.tok_end, stop)
        start = self._bracketed_content(trig, frag)
        if start is not None:
            # "Der Kreml hat Berichte über ein geplantes Treffen ... dementiert": what was denied stands between the
            # finite auxiliary and the speech participle closing the clause
            return None, (start, trig.tok_start)
        if frag.index > 0 and (all(self._trailing_apposition(f) for f in self.fragments[frag.index + 1:]) or
                               self._participle_after(frag) or self._adjunct_clause_after(trig, frag) or
                               self._claim_apposition_after(trig, frag)):
            # "..., the State Department said on Friday.": a closing attribution takes what precedes it (also before
            # a clause of its own: "..., the foreign ministry in Yerevan said, although Baku insisted ...")
            prev = self.fragments[:frag.index]
            return None, (prev[0].tok_start, prev[-1].tok_end)
        return None, None

    def _adjunct_clause_after(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The fragment behind a closing attribution (after a comma; nothing but a date or an addressee behind its
        speech word: _attribution_tail) opens with a subordinator that is no complementizer: "..., the Jordanian army
        said, as aid agencies warned ...", "..., the foreign ministry in Yerevan said, although Baku insisted ...".
        That clause is said by nobody of the attribution (its own speaker, or none); what was said precedes."""
        if frag.index + 1 >= len(self.fragments):
            return False
        nxt = self.fragments[frag.index + 1]
        first = self.lower[nxt.tok_start]
        if nxt.relative or not self._time_distance(nxt) and not self._participle_opening(nxt) and (
                not nxt.subordinate or first not in self.subordinators or first in self.complementizers):
            return False
        if self.token_text[nxt.tok_start - 1] != "," if nxt.tok_start > 0 else True:
            return False
        # the speaker stands before the speech word (a closing attribution, not "said X, although ...")
        if not any(g.tok_end <= trig.tok_start and g.prep is None for g in frag.groups) and \
                self._subject_modifier(frag, trig.tok_start) is None and self._seat_speaker(trig, frag) is None and \
                self._titled_official(trig, frag) is None:
            return False
        return self._attribution_tail(trig, frag, frag.tok_end)

    def _claim_apposition_after(self, trig: TriggerHit, frag: Fragment) -> bool:
        """Behind a closing attribution (nothing but a date or an addressee behind its speech word: _attribution_tail), the next fragment is an apposition naming
        what was said as a claim (an indefinite article, then a word of cues claim_apposition_nouns: "..., the
        Pakistani army said, a claim New Delhi denied"): what was said precedes (was no content: the denial's clause
        ended it, and the army's saying had no row)."""
        if not self.claim_apposition_nouns or frag.index + 1 >= len(self.fragments) or \
                not self._attribution_tail(trig, frag, frag.tok_end):
            return False
        return self._claim_apposition(self.fragments[frag.index + 1])

    def _claim_apposition(self, frag: Fragment) -> bool:
        """A fragment after a comma opening with an indefinite article and a word of cues claim_apposition_nouns ("a
        claim New Delhi denied", "an allegation Moscow rejected")."""
        if not self.claim_apposition_nouns or frag.index == 0 or not self._after_comma(frag):
            return False
        words = self._words_between(frag.tok_start, min(frag.tok_end, frag.tok_start + 4))
        return len(words) >= 2 and self.lower[words[0]] in self.indefinite_articles and \
            self.lower[words[1]] in self.claim_apposition_nouns

    def _participle_opening(self, frag: Fragment) -> bool:
        """An English fragment after a comma that opens with a lowercase participle in -ing (", calling the event
        pointless", ", thanking Oman for its role", ", citing security concerns"): a clause of the speaker's own,
        not what was said before it; not a participle of a row of cues material_conflict_roots nor one of
        saying_participles (", confirming earlier claims by ...": the saying goes on)."""
        if not (self.lang == "en" and frag.index > 0 and self.token_text[frag.tok_start - 1] == "," and
                self.token_text[frag.tok_start].islower() and self.lower[frag.tok_start].endswith("ing") and
                len(self.lower[frag.tok_start]) > 5) or self.lower[frag.tok_start] in self.saying_participles:
            return False
        # not an act of force (", killing three civilians": the act reported before it did that)
        return not any(t.tok_start == frag.tok_start and t.entry.cameo_code[:2] in self.material_conflict_roots
                       for t in self.sentence_triggers)

    def _time_distance(self, frag: Fragment) -> bool:
        """The fragment opens with a span of time before a link (cues time_distance_units, time_distance_links; up to
        two numbers or words of time_distance_counts before the unit): "hours after the Kremlin said ...", "days after the
        release of ...", "two weeks before the vote", "wenige Stunden nachdem ...", "einen Tag nach dem Angriff"."""
        words = self._words_between(frag.tok_start, frag.tok_end)[:6]
        k = 0
        if words and self.lower[words[0]] in self.time_distance_links:
            # "after four days of cross-border strikes", "after months of talks", "nach vier Tagen": the link first
            k = 1
            while k < 3 and k < len(words) and (self.like_num[words[k]] or
                                                self.lower[words[k]] in self.time_distance_counts):
                k += 1
            return k < len(words) and self.lower[words[k]] in self.time_distance_units
        while k < 2 and k < len(words) and (self.like_num[words[k]] or self.lower[words[k]] in self.time_distance_counts):
            k += 1   # "just two days after", "nur wenige Stunden nachdem"
        if len(words) <= k or self.lower[words[k]] not in self.time_distance_units:
            return False
        if len(words) > k + 1:
            return self.lower[words[k + 1]] in self.time_distance_links
        # "two days" closes its own fragment before "after ..." opens the next
        nxt = self.fragments[frag.index + 1] if frag.index + 1 < len(self.fragments) else None
        return nxt is not None and self.lower[nxt.tok_start] in self.time_distance_links

    def _bracketed_content(self, trig: TriggerHit, frag: Fragment) -> int | None:
        """German perfect or modal of a speech verb whose content is its object: the speech word closes its main
        clause (only auxiliaries behind it) and a finite auxiliary (cues perfect_auxiliaries, predicate_auxiliaries,
        passive_auxiliaries) stands before it; what was said is the phrase of at least two words between them, behind
        a speaker right after the auxiliary ("Der Kreml hat Berichte über ein geplantes Treffen zwischen Putin und
        Trump dementiert", "Am Montag hat der Kreml die Berichte dementiert"; the past "dementierte die Berichte" has
        its object behind the verb). The start of what was said, or None."""
        if self.lang != "de" or frag.subordinate or frag.infinitive:
            return None
        after = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.punct[i]]
        if any(self.lower[i] not in self.finite_auxiliaries for i in after):
            return None
        before = self._words_between(frag.tok_start, trig.tok_start)
        aux = next((k for k in range(len(before) - 1, -1, -1) if self.lower[before[k]] in self.finite_auxiliaries),
                   None)
        if aux is None or aux == 0:
            return None
        start = before[aux] + 1
        if not any(g.prep is None and g.tok_end <= before[aux] for g in frag.groups):
            # the subject behind the auxiliary ("Am Montag hat der Kreml ..."): what was said follows it
            named = next((g for g in frag.groups if g.tok_start >= start), None)
            if named is not None and named.prep is None and not named.genitive and \
                    all(self.lower[i] in self.determiners for i in self._words_between(start, named.tok_start)):
                start = named.tok_end
        return start if sum(self.alpha[start:trig.tok_start]) >= 2 else None

    def _speaker_behind_verb(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """German verb second after a fronted adverbial ("Am Montag", "In Moskau"; no coordinator, no subordinate
        clause): the name right behind the finite speech verb, only articles between them, in no oblique case."""
        if self.lang != "de" or frag.subordinate or frag.infinitive:
            return None
        lead = self._words_between(frag.tok_start, trig.tok_start)
        if not lead or self.lower[lead[0]] in self.coordinators:
            return None
        if any(g.prep is None and g.tok_end <= trig.tok_start for g in frag.groups) or \
                any(p < trig.tok_start for p in frag.pronouns):
            return None   # the subject stands before the verb ("US-Präsident Biden warnte Xi ...": Xi is addressed)
        named = next((g for g in frag.groups if g.tok_start > trig.tok_start), None)
        if named is None or named.prep is not None or named.genitive or named.pronoun or self._oblique(named) or \
                any(self.lower[i] not in self.determiners for i in self._words_between(trig.tok_start + 1,
                                                                                      named.tok_start)):
            return None
        return named

    def _seat_speaker(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """An office or institution named by description words only (sectors of cues seat_sectors: "das
        Außenministerium", "eine Sprecherin des Außenministeriums", "Entwicklungsministerin Erika Muster", "a foreign
        ministry spokeswoman") whose speech clause names one capital behind "in" (cues seat_prepositions) and no other
        actor: "..., teilte das Außenministerium in Kuala Lumpur mit", "sagte eine Sprecherin des Außenministeriums am
        Montag in Peking", "a spokeswoman for the foreign ministry in Beijing said", "said in Beijing on Monday": the
        capital's state speaks, with the description's sector (was no speaker). The description opens the clause
        (English: before the speech word, determiners and lowercase words before it) or stands right behind a German
        speech word that opens it (determiners between); between it and the capital only words of no other actor,
        trigger or punctuation (a name the tables lack, a date). A mission abroad is another state's ("the country's
        embassy in Kabul": sector DIP is no seat sector), and a city that is no capital names no seat."""
        # "..., wie eine Sprecherin des Außenministeriums am Montag in Peking mitteilte", "..., as a spokeswoman
        # for the foreign ministry in Beijing said on Monday": an attribution clause (cues attribution_openers)
        # names the description before its verb in both languages
        attribution = not frag.relative and self.lower[frag.tok_start] in self.attribution_openers
        if not self.seat_sectors or frag.subordinate and not attribution or frag.infinitive:
            return None
        if attribution:
            lo, hi = frag.tok_start + 1, trig.tok_start
        elif self.lang == "de":
            if not self._demonstrative_opening(trig, frag) and self._words_between(frag.tok_start, trig.tok_start):
                return None
            lo, hi = trig.tok_end, frag.tok_end
        else:
            lo, hi = frag.tok_start, trig.tok_start
        heads = [h for h in self.unresolved if lo <= h.tok_start and h.tok_end <= hi and h.role]
        if not heads or any(h.sector not in self.seat_sectors for h in heads):
            return None
        head = heads[0]
        lead = self._words_between(lo, head.tok_start)
        if any(self.punct[i] or not (self.lower[i] in self.determiners or
                                     (self.lang == "en" or attribution) and self.token_text[i][:1].islower())
               for i in lead):
            return None
        groups = [g for g in frag.groups if g.tok_start >= head.tok_end]
        if len(frag.groups) != 1 or len(groups) != 1 or len(groups[0].members) != 1 or \
                groups[0].prep not in self.seat_preps or groups[0].members[0].entry_id.split(":")[1] != "capital":
            return None
        seat = groups[0]
        trigger_tokens = {i for t in self.sentence_triggers if t is not trig for i in t.tokens()}
        between = [i for i in self._words_between(head.tok_end, seat.tok_start)
                   if not trig.tok_start <= i < trig.tok_end and not any(h.tok_start <= i < h.tok_end for h in heads)]
        if len(between) > 6 or any(self.punct[i] or i in trigger_tokens for i in between):
            return None
        member = seat.members[0]
        span = self.table.span(head.tok_start, head.tok_end)
        actor = Actor(member.code, head.sector, self.text[span.start_char:span.end_char], span.start_char,
                      span.end_char, head.tok_start, head.tok_end, f"seat:{member.entry_id}", None, head.role, "")
        return Group([actor], head.tok_start, head.tok_end)

    def _place_institution_behind(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """German verb first: an institution of cues place_institution_sectors and a gazetteer place right behind a
        speech word that opens its clause ("..., teilte die Staatsanwaltschaft in Istanbul am Dienstag mit", "sagte
        die Polizei in Hongkong"): the place's state speaks, as "Die Polizei in Hongkong sagte" (a capital is read by
        _seat_speaker). None otherwise."""
        if self.lang != "de" or frag.subordinate or frag.infinitive or \
                self._words_between(frag.tok_start, trig.tok_start):
            return None
        words = self._words_between(trig.tok_end, frag.tok_end)
        for k in range(2, min(len(words), 6) + 1):
            found = self._place_institution(Fragment(frag.index, trig.tok_end, words[k - 1] + 1, False, False),
                                            words[k - 1] + 1)
            if found is not None:
                return found
        return None

    def _demonstrative_opening(self, trig: TriggerHit, frag: Fragment) -> bool:
        """German "Das teilte das Außenministerium in Warschau mit": a demonstrative of cues demonstrative_objects is
        the one word before a speech word that opens a main clause after an earlier sentence; it stands for what that
        sentence said."""
        words = self._words_between(frag.tok_start, trig.tok_start)
        return self.lang == "de" and frag.index == 0 and not frag.subordinate and self.sentence_index > 0 and \
            len(words) == 1 and self.lower[words[0]] in self.demonstrative_objects

    def _continued_speaker(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """An impersonal speech row (first word in cues continued_speech_words: "..., hieß es weiter", "heißt es
        weiter") in a clause that names no actor continues the speaker of the latest statement of an earlier sentence
        ("..., teilte das Auswärtige Amt mit. ..., hieß es weiter": Germany; was no speaker). A definite description
        ("..., the ministry added") is resolved as an actor already (Actors._definite_reference)."""
        if self.lower[trig.tok_start] not in self.continued_speech_words or frag.subordinate or frag.infinitive or \
                self._actor_overlaps(frag.tok_start, frag.tok_end):
            return None
        earlier = [st for st in self.statements if st.sentence_index < self.sentence_index and
                   all(m.code is not None for m in st.speaker.members)]
        if not earlier:
            return None
        return Group(earlier[-1].speaker.members, trig.tok_start, trig.tok_end, pronoun=True)

    def _added_speaker(self, trig: TriggerHit, frag: Fragment, found: list[StatementInfo]
                       ) -> tuple[Group, StatementInfo] | None:
        """A speech word that adds to what was said (cues continuation_speech_words: "added", "fügte ... hinzu") in a
        main clause whose subject is a pronoun of cues continuation_pronouns (English right before the word, German
        right behind its first word: "he added", "it added", "fügte er hinzu"): the speaker of the latest statement of
        a main clause in this or the paragraph before (a saying inside "after Y warned ..." does not count), when that
        speaker names a state, and for a person pronoun a person or office ("Lithuanian President X", not "the
        Kremlin"), with that statement (whose date the addition keeps when it names none). None otherwise."""
        if self.lower[trig.tok_start] not in self.continuation_speech_words or frag.subordinate or frag.infinitive:
            return None
        if self.lang == "en":
            near = self._words_between(frag.tok_start, trig.tok_start)[-1:]
        else:
            near = self._words_between(trig.tok_start + 1, frag.tok_end)[:1]
        if not near or self.lower[near[0]] not in self.continuation_pronouns or self.in_quote[near[0]] is not None:
            return None
        earlier = [st for st in self.statements + found if st.main_clause and st.trigger is not None and
                   st.paragraph >= self.paragraph - 1]
        if not earlier:
            return None
        speaker = earlier[-1].speaker
        if not all(m.code for m in speaker.members) or self.lower[near[0]] in self.person_pronouns and \
                not any(m.person or m.role for m in speaker.members):
            return None
        return Group(speaker.members, near[0], near[0] + 1, pronoun=True), earlier[-1]

    def _poll_respondents(self, trig: TriggerHit, speaker: Group) -> bool:
        """A saying in a sentence with a word of a poll or survey (cues poll_words; German also at the end of a word:
        "Meinungsumfrage") whose speaker is people named by a demonym or an adjective alone, with no sector ("most
        Poles say", "most Japanese say", "die meisten Japaner sagen"), or, in English, stands behind the speech word
        (the subject before it names nobody: "fewer than half say the United States would ...")."""
        words = self.lower[self.span.start:self.span.end]
        endings = self.poll_word_endings
        if not self.poll_words or not (any(w.endswith(endings) for w in words) if self.lang == "de" else
                                       not self.poll_words.isdisjoint(words)):
            return False
        if self.lang == "en" and speaker.tok_start >= trig.tok_end and not speaker.pronoun:
            return True
        return all(m.sector is None and m.person is None and m.entry_id.split(":")[1] in ("demonym", "adj")
                   for m in speaker.members)

    def _unnamed_media(self, trig: TriggerHit, frag: Fragment) -> str | None:
        """The text of a media description (sector MED or a media role of the sector words: "state media", "the
        state broadcaster", "Staatsmedien", "das Staatsfernsehen") that is the whole speaker phrase of a speech word:
        the words before it (English, German verb-final "wie ... berichtete") or right behind a German speech word
        that opens its clause, at most an article besides."""
        before = self._words_between(frag.tok_start, trig.tok_start)
        if before and self.lower[before[0]] in self.subordinators | self.coordinators | self.attribution_openers:
            # "..., wie das Staatsfernsehen berichtete": the opener of a closing attribution is no speaker word
            before = before[1:]
        words = before if before or self.lang == "en" else \
            [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.punct[i]][:3]
        if not words:
            return None
        hit = next((h for h in self.unresolved if words[0] <= h.tok_start <= words[-1] and
                    (h.sector == "MED" or (h.role or "") in self.media_roles)), None)
        if hit is None or any(i < hit.tok_start and self.lower[i] not in self.determiners for i in words) or \
                self.lang == "en" and any(i >= hit.tok_end for i in words):
            return None
        span = self.table.span(hit.tok_start, hit.tok_end)
        return self.text[span.start_char:span.end_char]

    def _possessive_attribution(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """A closing attribution whose speaker is an institution named by a possessive determiner: "Japan will
        provide aid to Gaza, its foreign ministry announced", "..., sagte ihr Außenminister", "..., teilte sein
        Außenministerium mit": the main clause's subject speaks (was no statement: the description names no actor).
        The possessive opens the words before an English speech word, or follows a German one right behind its comma;
        a sector word of the tables follows it (at most one adjective between); "his"/"her" are persons, left."""
        if frag.index == 0 or frag.subordinate or frag.infinitive or \
                self.token_text[frag.tok_start - 1] != "," and self.token_text[frag.tok_start] != ",":
            return None
        if self.lang == "en":
            words = self._words_between(frag.tok_start, trig.tok_start)
        else:
            if self._words_between(frag.tok_start, trig.tok_start):
                return None
            words = self._words_between(trig.tok_end, frag.tok_end)[:3]
        words = [i for i in words if not self.punct[i]]
        if not 2 <= len(words) <= 3 or self.lower[words[0]] not in self.possessive_determiners or \
                self.lower[words[0]] in self.person_pronouns or self.lower[words[0]] in {"his", "my", "our", "your"}:
            return None
        head = next((h for h in self.unresolved if words[1] <= h.tok_start <= words[-1] and h.sector), None)
        if head is None or self._actor_overlaps(words[0], words[-1] + 1):
            return None
        subject = self._subject(self.fragments[0])
        if subject is None or subject.pronoun or subject.tok_start >= frag.tok_start or \
                any(m.code is None for m in subject.members):
            return None
        at = words[0]
        return Group(subject.members, at, at + 1, pronoun=True)

    def _state_reference_attribution(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """A closing attribution whose speaker is an office or institution of a state referred to by a noun (cues
        state_reference_nouns: "the country's", "the bloc's"; German genitive "des Landes"): "Japan will send more aid
        to Afghanistan, the country's foreign minister said", "the country's embassy in Kabul said", "The EU has no
        plans to impose sanctions on China, the bloc's foreign policy chief said", "..., sagte der Außenminister des
        Landes": the main clause's subject speaks, as for "its foreign minister" (_possessive_attribution; was no
        statement). A mission's seat behind "in" ("embassy in Kabul") is where it is, not whose it is."""
        if not self.state_reference_nouns or frag.index == 0 or frag.subordinate or frag.infinitive:
            return None
        if not self._after_comma(frag):
            return None
        if self.lang == "en":
            words = [i for i in self._words_between(frag.tok_start, trig.tok_start) if not self.punct[i] or
                     self.lower[i] in self.possessive_markers]
            if len(words) < 4 or self.lower[words[0]] not in self.determiners or \
                    self.lower[words[1]] not in self.state_reference_nouns or \
                    self.lower[words[2]] not in self.possessive_markers:
                return None
            reference, head_words = words[1], words[3:]
        else:
            if self._words_between(frag.tok_start, trig.tok_start):
                return None
            words = [i for i in self._words_between(trig.tok_end, frag.tok_end)
                     if not self.punct[i] and i != trig.particle_token]
            at = next((k for k, i in enumerate(words) if self.lower[i] in self.state_reference_nouns), None)
            if at is None or at < 3 or self.lower[words[0]] not in self.determiners or \
                    self.lower[words[at - 1]] not in self.determiners:
                return None
            reference, head_words = words[at], words[1:at - 1]
        if head_words and self.lower[head_words[-1]] not in self.seat_preps:
            # a mission's seat behind the head ("embassy in Kabul"): the actor there is where it is
            seat = next((g for g in frag.groups if g.tok_start > head_words[0] and g.prep in self.seat_preps), None)
            if seat is not None:
                head_words = [i for i in head_words if i < seat.tok_start - 1] or head_words
        heads = [h for h in self.unresolved if head_words and head_words[0] <= h.tok_start <= head_words[-1] and
                 h.role and h.sector]
        if not heads or heads[0].tok_start != head_words[0] or \
                self._actor_overlaps(head_words[0], min(head_words[-1] + 1, heads[-1].tok_end)):
            return None
        subject = self._subject(self.fragments[0])
        if subject is None or subject.pronoun or subject.tok_start >= frag.tok_start or \
                any(m.code is None for m in subject.members):
            return None
        return Group(subject.members, reference, reference + 1, pronoun=True)

    def _trailing_apposition(self, frag: Fragment) -> bool:
        """An English fragment after a comma that names no actor and holds no trigger, pronoun or subordinator: a noun
        phrase describing what was said (", the third such case this year"), no clause of its own."""
        return self.lang == "en" and frag.index > 0 and not frag.groups and not frag.subordinate and \
            not frag.infinitive and self.token_text[frag.tok_start - 1] == "," and \
            not any(frag.tok_start <= t.tok_start < frag.tok_end for t in self.sentence_triggers) and \
            not any(self.lower[i] in self.subordinators | self.coordinators | self.person_pronouns |
                    self.any_pronouns | self.complementizers for i in self._words_between(frag.tok_start, frag.tok_end))

    def _titled_attribution(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """A closing attribution whose speaker is an office title before a name the tables lack, with at most three
        office words before the title and no state of its own ("..., sagte Entwicklungsministerin Reem Alabali-Radovan
        am Donnerstag", "..., said Development Minister Jane Doe", "..., Finance Minister Jane Doe said"): the minister
        of the main clause's subject state speaks, as wire text names a foreign official's state and leaves the home
        state's unsaid ("Germany will send aid to Pakistan, said Development Minister ..." DEU; was no statement). Not
        when what was said holds a hostile act (a trigger of cues titled_attribution_hostile_roots: "Russia attacked
        Kyiv, said Foreign Minister X" may be the victim's minister) or names no state as its subject."""
        if frag.index == 0 or frag.subordinate or frag.infinitive or not self._after_comma(frag) or \
                any(frag.tok_start <= a.tok_start < frag.tok_end for a in self.actors):
            return None   # (a state or person in the attribution speaks for itself: "said Minister X of Brazil")
        before = [i for i in self._words_between(frag.tok_start, trig.tok_start) if not self.punct[i]]
        after = [i for i in self._words_between(trig.tok_end, frag.tok_end)
                 if not self.punct[i] and i != trig.particle_token]
        title = None
        for words, closed in ((before, True), (after, False)):
            if not words:
                continue
            hit = next((h for h in self.unresolved if h.role and h.kind == "description" and
                        words[0] <= h.tok_start <= words[-1]), None)
            if hit is None:
                continue
            office = self._words_between(words[0], hit.tok_start)
            name = [i for i in words if i >= hit.tok_end]
            if closed:
                name = name[:5]
            else:   # behind the verb: the name, then a date or place ("am Donnerstag in Berlin")
                name = list(itertools.takewhile(lambda i: self.token_text[i][:1].isupper() or self.token_text[i] in "-.",
                                                name))
            if len(office) > 3 or not all(self.token_text[i][:1].isupper() for i in office) or \
                    not 1 <= len(name) <= 4 or not all(self.token_text[i][:1].isupper() or self.token_text[i] in "-."
                                                       for i in name) or \
                    closed and len(office) + (hit.tok_end - hit.tok_start) + len(name) != len(words):
                continue
            title = hit
            break
        if title is None:
            return None
        content_end = frag.tok_start
        if any(t.tok_start < content_end and t.entry.cameo_code[:2] in self.titled_attribution_hostile_roots
               for t in self.sentence_triggers if t.tok_start >= self.span.start):
            return None
        subject = self._subject(self.fragments[0])
        if subject is None or subject.pronoun or subject.tok_start >= frag.tok_start or \
                any(m.code is None or m.person for m in subject.members):
            return None
        return Group(subject.members, title.tok_start, title.tok_end, pronoun=True)

    def _enforcement_attribution(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """A closing attribution by police or prosecutors named by description words alone (sectors of cues
        enforcement_sectors; lowercase adjectives before them: "federal prosecutors", "die Bundesanwaltschaft") after a
        main clause whose subject is police or prosecutors of a named state ("Police in Germany arrested a Chinese
        national, federal prosecutors said", "Die Polizei in Hamburg nahm ... fest, teilte die Bundesanwaltschaft
        mit"): that state's (was no statement). Not after a main clause whose subject is a state or another
        institution ("Russia attacked Kyiv, police said": whose police is unclear)."""
        if not self.enforcement_sectors or frag.index == 0 or frag.subordinate or frag.infinitive:
            return None
        if not self._after_comma(frag):
            return None
        if self.lang == "en":
            words = [i for i in self._words_between(frag.tok_start, trig.tok_start) if not self.punct[i]]
        else:
            if self._words_between(frag.tok_start, trig.tok_start):
                return None
            words = [i for i in self._words_between(trig.tok_end, frag.tok_end)
                     if not self.punct[i] and i != trig.particle_token][:4]
        heads = [h for h in self.unresolved if words and words[0] <= h.tok_start <= words[-1]]
        if not heads or any(h.sector not in self.enforcement_sectors for h in heads):
            return None
        lead = [i for i in words if i < heads[0].tok_start]
        if any(not (self.lower[i] in self.determiners or self.alpha[i] and self.token_text[i][:1].islower())
               for i in lead) or self._actor_overlaps(frag.tok_start, frag.tok_end):
            return None
        main = self.fragments[0]
        verb = next((t for t in self.sentence_triggers if main.tok_start <= t.tok_start < main.tok_end and
                     t.entry.pos == "VERB"), None)
        subject = self._subject_modifier(main, verb.tok_start) if verb is not None else None
        if subject is None or any(m.code is None or m.sector not in self.enforcement_sectors
                                  for m in subject.members):
            return None
        return Group(subject.members, heads[0].tok_start, heads[-1].tok_end, pronoun=True)

    def _speakers_gerund(self, start: int, trig: TriggerHit) -> bool:
        """English: the act ``trig`` opens what was said (from token ``start``) as a gerund, right behind the speech
        word ("denied attacking Ukraine", "admitted attacking") or as the participle of a perfect gerund (cues
        perfect_gerunds: "denied having attacked Ukraine"); its subject is the speaker."""
        if self.lang != "en":
            return False
        lead = self._words_between(start, trig.tok_start)
        if not lead:
            return self.lower[trig.tok_start].endswith("ing")
        return len(lead) == 1 and self.lower[lead[0]] in self.perfect_gerunds and trig.entry.pos == "VERB"

    def _complement_follows(self, frag: Fragment) -> bool:
        """ "gab Putin zu, dass ...": a verb-first attribution whose content follows."""
        if frag.index + 1 >= len(self.fragments):
            return False
        nxt = self.fragments[frag.index + 1]
        return self.lower[nxt.tok_start] in self.complementizers or \
            self.token_text[nxt.tok_start - 1] == ":"

    def _has_clause_after(self, trig: TriggerHit, frag: Fragment) -> bool:
        return self._has_word(self.subordinators, trig.tok_end, frag.tok_end)

    def _subject_before_relative(self, frag: Fragment) -> Group | None:
        """The subject of the main clause right before the relative clause that ``frag`` follows ("Pakistan's prime
        minister, who flew to Riyadh, said the pact was ..."): the speaker of a verb opening ``frag``, whose content
        follows the verb (the relative clause before it is no content). None otherwise."""
        opener = self._relative_clause_before(frag)
        if opener is None:
            return None
        main = next((f for f in reversed(self.fragments[:opener.index]) if not f.relative), None)
        return self._subject(main) if main is not None else None

    def _relative_clause_before(self, frag: Fragment) -> Fragment | None:
        """The first fragment of the relative clause that ends right before ``frag`` ("Polen, das die Ukraine
        unterstützt, sagte, ..."), None when none does. The clause may run over up to three fragments when an
        apposition or a phrase inside it has commas of its own ("der Xi, den chinesischen Staatschef, in Ankara
        empfing, sagte", "who received Xi, China's leader, in Ankara, said", "which has been attacked by Russia since
        2022, said"): a German one then reads as one relative clause taken whole (it closes with its verb,
        _relative_clause) and only its last fragment holds a verb trigger; the later fragments of an English one hold
        no trigger and are a subordinate or prepositional phrase or nothing but names (an English verb is not told
        from a noun without a trigger: "which Russia attacked, rejected the talks, said Xi" is no clause of one)."""
        last = frag.index - 1
        if last < 1:
            return None
        if self.fragments[last].relative:
            return self.fragments[last]
        end = self.fragments[last].tok_end
        for j in range(max(1, last - 3), last):   # the widest clause first: "den" in "der Xi, den ..." is an article
            opener = self.fragments[j]
            rest = self.fragments[j + 1:last + 1]
            if self.lang == "de":
                verbs = [t for t in self.sentence_triggers if t.entry.pos == "VERB" and
                         rest[0].tok_start <= t.tok_start < rest[-1].tok_start]
                if not verbs and self._relative_clause(opener.tok_start, end):
                    return opener
            elif opener.relative and all(self._relative_continuation(f) for f in rest):
                return opener
        return None

    def _relative_continuation(self, frag: Fragment) -> bool:
        """An English fragment that continues the relative clause before it: no trigger, and a subordinate phrase
        ("since 2022,"), a prepositional one ("in Ankara,") or names alone ("China's leader,")."""
        if any(frag.tok_start <= t.tok_start < frag.tok_end for t in self.sentence_triggers):
            return False
        words = [i for i in self._words_between(frag.tok_start, frag.tok_end) if not self.punct[i]]
        if not words:
            return False
        if frag.subordinate or self.lower[words[0]] in self.prepositions:
            return True
        return all(self.lower[i] in self.determiners or self._possessive(i) or
                   any(g.tok_start <= i < g.tok_end for g in frag.groups) for i in words)

    def _verb_first(self, frag: Fragment, trig: TriggerHit) -> bool:
        words = [t for t in range(frag.tok_start, trig.tok_start) if not self.space[t] and not self.punct[t]]
        return not words and frag.index > 0

    def _statement_topic(self, frag: Fragment, speaker_codes: set[str]) -> Group | None:
        """The actor a statement is about, named in its attribution: "sagte Baerbock mit Blick auf Russland",
        "said ... regarding Russia". A topic phrase (cue list topic_phrases) right before the group; determiners
        between them are skipped."""
        for group in frag.groups:
            if not set(group.codes) - speaker_codes:
                continue
            j = group.tok_start - 1
            while j >= frag.tok_start and (self.space[j] or self.lower[j] in self.determiners):
                j -= 1
            for phrase in self.topic_phrases:
                start = j - len(phrase) + 1
                if start >= frag.tok_start and all(self.lower[start + k] == w for k, w in enumerate(phrase)):
                    return group
        return None

    def _attribution_only(self, frag: Fragment, trig: TriggerHit, quote: Quote) -> bool:
        # '"... with Ukraine," NATO chief X told reporters': the comma inside the quote cuts the clause before the
        # closing mark, so the attribution may start with it
        return frag.tok_start >= quote.close_token

    def _content_end(self, trig: TriggerHit) -> int:
        """Content runs to the next speech word of the sentence, a fragment opening a coordinated main clause
        ("..., und im September ...") or the sentence end."""
        stop = self.span.end
        own = self.frag_of.get(trig.tok_start)
        for frag in self.fragments:
            if own is not None and frag.index > own.index and frag.tok_start > 0 and \
                    self.lower[frag.tok_start] in self.coordinators and \
                    self.token_text[frag.tok_start - 1] in FRAGMENT_BREAKS:
                stop = frag.tok_start
                break
        for other in self.doc.user_data.get(TRIGGERS_KEY, []):
            if other.entry.frame == "speech" and trig.tok_end <= other.tok_start < stop \
                    and self.in_quote[other.tok_start] is None:
                frag = self.frag_of.get(other.tok_start)
                stop = frag.tok_start if frag is not None and frag.tok_start > trig.tok_end else other.tok_start
                break
        return stop

    def _emit_statement(self, st: StatementInfo) -> None:
        start, stop = st.content_tokens
        content_groups = [g for f in self.fragments for g in f.groups if start <= g.tok_start < stop]
        if st.quote is not None and not (st.quote.open_token >= self.span.start):
            content_groups = []
        speaker_codes = set(st.speaker.codes)
        if st.trigger is not None:
            st.topic = self._statement_topic(self.frag_of[st.trigger.tok_start], speaker_codes)
        target_group = st.addressee or st.topic
        if target_group is None and self.group_reference_words:
            content_groups = self._with_group_references(content_groups, start, stop)
        if target_group is None:
            for group in content_groups + self._quote_groups(st.quote):
                others = [m for m in group.members if m.code not in speaker_codes]
                if others and self._group_text(group) != st.reporting and not self._is_media(group):
                    target_group = Group(others, group.tok_start, group.tok_end)
                    break
        st.target = target_group
        if target_group is None and all(m.code is None for m in st.speaker.members):
            # "The rebels said they will fight until their demands are met": nobody named says something about
            # nobody named, as an act with no source actor and no target: no row
            if st.trigger is not None:
                self._veto(st.trigger.entry, "statement with no speaker actor and no target")
            return
        if st.quote is not None:
            q_start, q_end = st.quote.start_char, st.quote.end_char
            quote_text, direct = self.text[q_start:q_end], True
            ev_start, ev_end = q_start, q_end
        else:
            punct = self.punct
            tokens = self._words_between(start, stop)
            own = self.frag_of[st.trigger.tok_start] if st.trigger is not None else None
            rest = [t for t in tokens if own is not None and t >= own.tok_end]
            if rest and tokens[0] < own.tok_end and sum(self.alpha[t] for t in tokens if t < own.tok_end) <= 4 and \
                    not getattr(self.frag_of.get(rest[0]), "relative", False):   # not "said China, which ..., would"
                tokens = rest   # "Xi sagte am Montag, China sei ...", "Er sagte nicht, dass ...": the speech verb's
                # own clause (a date, a negation) is not what was said
            while tokens and (punct[tokens[0]] or self.lower[tokens[0]] in self.subordinators):
                tokens = tokens[1:]
            while tokens and punct[tokens[-1]]:
                tokens = tokens[:-1]
            if not tokens:
                return
            q_start, q_end = self.idx[tokens[0]], self.idx[tokens[-1]] + len(self.token_text[tokens[-1]])
            quote_text, direct = self.text[q_start:q_end], False
            ev_start, ev_end = self._sentence_bounds()
        frag = self.frag_of[st.trigger.tok_start] if st.trigger else self.fragments[0]
        code = st.trigger.entry.cameo_code if st.trigger else "010"
        rule = f"statement.{'quote' if direct else 'indirect'}:{st.trigger.entry.entry_id if st.trigger else 'carried'}"
        if code in self.warned_response_codes and target_group is not None and self._warned_response(start, stop):
            # "South Korea and Japan warned North Korea that any further launch would be met with a firm response",
            # "warnte Iran, jeder Angriff werde mit Gewalt beantwortet": a warning that announces a response to the
            # addressee's act is a threat by each speaker (was 012, beside a future meeting read from "met")
            code, rule = self.warned_response_codes[code], "warned_response:" + rule
        if st.speaker.members[0].entry_id.startswith("place:"):   # "Police in Hong Kong said ...": the place's state
            rule = f"place_institution:{st.speaker.members[0].entry_id}:{rule}"
        elif st.speaker.members[0].entry_id.startswith("seat:"):   # "..., teilte das Außenministerium in Rom mit"
            rule = f"seat_speaker:{st.speaker.members[0].entry_id[5:]}:{rule}"
        trigger_text = self._trigger_text(st.trigger) if st.trigger else "(carried speaker)"
        saying = frag
        end = start if frag.tok_start < start < frag.tok_end else frag.tok_end
        if st.trigger is not None and frag.tok_start < st.trigger.tok_start < end:
            end = st.trigger.tok_start   # "alleged that ...": the claim is made, the speech word marks its content
        if end < frag.tok_end:
            # "Merkel said she would not provide support": the content's negation is not the saying's (as with "that")
            saying = Fragment(frag.index, frag.tok_start, end, frag.subordinate, frag.infinitive)
        negated, modality = self._negation_modality(saying, None)
        if not negated and st.trigger is not None and self._cue_in("negation", Fragment(
                frag.index, st.trigger.tok_start, st.trigger.tok_start + 1, frag.subordinate, frag.infinitive)):
            negated = True   # "did not report", "didn't report": a row that opens with its negation
        if not negated and st.trigger is not None and end == st.trigger.tok_start:
            # "Die Ukraine sagte (am Montag) nicht, dass ...": the German negation follows the speech verb in a
            # clause that ends before the content starts (no party, no act in it; not "said it would not ...")
            tail = Fragment(frag.index, st.trigger.tok_end, frag.tok_end, frag.subordinate, frag.infinitive)
            negated = tail.tok_start < tail.tok_end < stop and \
                not any(g.tok_start >= tail.tok_start for g in frag.groups) and \
                not any(tail.tok_start <= t.tok_start < tail.tok_end for t in self.sentence_triggers) and \
                bool(self._cue_in("negation", tail))
        if modality in ("future", "hypothetical"):   # "will"/"should" in the content describe it, not the saying
            modality = "asserted"
        # "Putin is expected to travel to China in May, the Kremlin said": the date of a future or possible act in
        # what was said dates that act, not the saying ("held a call on Monday, the White House said" stays Monday)
        day, precision, date_text = self._date_for(frag, content=(start, stop))
        if st.trigger is None and date_text is None and st.date is not None:
            day, precision, date_text = st.date   # a continued quote without its own date: the carried one
        elif st.added_to is not None and date_text is None and st.added_to.date is not None:
            day, precision, date_text = st.added_to.date   # '"...," he added': the date of what he said before
        st.date = (day, precision, date_text)
        speaker = st.speaker.members[0]
        events = []
        for member in self._distinct_members(st.speaker):
            target = target_group.members[0] if target_group is not None else None
            event = self._make_event(code, rule, trigger_text, member, target, ev_start, ev_end, negated, modality,
                                     day, precision, date_text, st.reporting, st.trigger.entry if st.trigger else None)
            if event is None:
                continue
            event.statement = Statement(speaker.code, st.speaker_text,
                                        target.code if target is not None else None, quote_text, direct,
                                        st.reporting, q_start, q_end)
            events.append(event)
        for event in events:
            self._add(event)
        if events:
            st.event = events[0]
            self.statements.append(st)
            self.decisions.append({"statement": st.speaker_text, "emitted": True, "direct": direct,
                                   "target": events[0].target_actor, "reporting_source": st.reporting})
            self._reported_demand(st, ev_start, ev_end, day, precision, date_text)

    def _with_group_references(self, groups: list[Group], start: int, stop: int) -> list[Group]:
        """The content's groups with its group references (cues group_references: "the two countries", "both sides",
        "die beiden Länder") resolved and put in their place: "Pashinyan said the two countries would open talks"
        after "Armenia and Azerbaijan signed ..." is said about Azerbaijan (was no target: the reference named no
        actor of the content). Plain pronouns stay out ("said it would ...": mostly the speaker)."""
        refs = [i for f in self.fragments for i in f.pronouns
                if start <= i < stop and i in self.group_reference_words]
        if not refs:
            return groups
        out = list(groups)
        for tok in refs:
            before = self._words_between(max(start, tok - 3), tok)
            if before and (self.lower[before[-1]] in self.first_person or
                           any(t.tok_start <= before[-1] < t.tok_end and t.entry.frame != "speech"
                               for t in self.sentence_triggers)):
                # "„Unsere beiden Länder stehen zusammen“": the speaker's own pair, as "we"; "... and urged both
                # sides to exercise restraint": the object of the speaker's own act beside the saying
                continue
            ref = self._resolve_reference(tok)
            if ref is not None:
                out.append(Group(ref.members, tok, tok + 1, pronoun=True))
        return sorted(out, key=lambda g: g.tok_start)

    def _quote_groups(self, quote: Quote | None) -> list[Group]:
        if quote is None:
            return []
        stop = quote.end_token
        actors = [a for a in self.actors if quote.open_token < a.tok_start < stop]
        return self._groups(actors, self.table.span(quote.open_token, stop))

    def _unattributed_quotes(self, span: TokenSpan) -> list[Quote]:
        opens = self.quote_opens
        return [q for q in self.quotes[bisect.bisect_left(opens, span.start):bisect.bisect_left(opens, span.end)]
                if q.word_count >= self.min_quote_words]

    def _continued_quote(self, span: TokenSpan) -> list[Quote]:
        """The quote whose opening mark the sentence splitter left at the end of the sentence before, inside a
        paragraph ('... told reporters on Wednesday. "China must stop ..."'): it is this sentence's."""
        if span.start in self.paragraph_starts:
            return []
        before = next((t for t in range(span.start - 1, -1, -1) if not self.space[t]), None)
        if before is None:
            return []
        opens = self.quote_opens   # (ascending: the quotes opened at ``before``, in list order)
        return [q for q in self.quotes[bisect.bisect_left(opens, before):bisect.bisect_right(opens, before)]
                if q.end_token > span.start and q.word_count >= self.min_quote_words]

    def _carried_quotes(self, span: TokenSpan, speech: list[TriggerHit]) -> None:
        """A quote opening a paragraph with no attribution in its sentence: speaker of the previous paragraph; a quote
        opening a sentence after a sentence with a direct quote in the same paragraph: that quote's speaker. A
        sentence whose speech word names a speaker the tables do not know ('"...," Zhang told reporters') is
        attributed: its quote carries nobody (an unknown speaker, never the previous paragraph's)."""
        used = {id(st.quote) for st in self.statements if st.quote is not None}
        quotes = self._continued_quote(span) + self._unattributed_quotes(span)
        for quote in quotes:
            if id(quote) in used or self._paragraph_of(quote.open_token) != self.paragraph:
                continue
            first_word = next((t for t in range(span.start, span.end) if not self.space[t]), None)
            if first_word is None or first_word != quote.open_token and quote.open_token >= span.start:
                continue
            opens_paragraph = span.start in self.paragraph_starts
            if speech:
                self.decisions.append({"quote": self.text[quote.start_char:quote.end_char][:60], "emitted": False,
                                       "why": f"attributed by {self._trigger_text(speech[0])!r} to a speaker the "
                                              "tables do not know: the previous paragraph's speaker is not carried"})
                continue
            # a direct quote of the sentence before, continued in this one's opening quote ('"We will not be
            # intimidated," the minister told reporters. "China must stop ..."'), or a quote opening a paragraph
            previous = [st for st in self.statements if st.paragraph == self.paragraph - 1] if opens_paragraph else \
                [st for st in self.statements if st.paragraph == self.paragraph and st.quote is not None and
                 st.sentence_index == self.sentence_index - 1]
            if not previous:
                self.decisions.append({"quote": self.text[quote.start_char:quote.end_char][:60], "emitted": False,
                                       "why": "unattributed quote and no statement in the previous paragraph"})
                continue
            last = previous[-1]
            stop = min(quote.end_token, span.end)
            # the continued quote concerns the party the previous one did, unless it names another
            st = StatementInfo(last.speaker, last.speaker_text, None, (max(quote.open_token + 1, span.start), stop),
                               quote, None,
                               last.reporting, self.sentence_index, self.paragraph, topic=last.target,
                               date=last.date)
            self._emit_statement(st)

    def _enclosing_statement(self, tok: int) -> StatementInfo | None:
        quote = self.in_quote[tok]
        for st in reversed(self.statements):
            if quote is not None and st.quote is quote:
                return st
            if st.sentence_index == self.sentence_index and st.content_tokens[0] <= tok < st.content_tokens[1]:
                return st
        return None
