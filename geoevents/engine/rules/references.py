"""Who a subject, pronoun or description stands for: the first group of a fragment, a pronoun resolved to
the latest fitting mention (the group history kept per doc), the speaker a pronoun in speech refers to, the
antecedent of a relative pronoun, the actor in a subject's modifier ("Security forces in Guinea"), the subject
before an apposition or after an opening frame ("In a phone call with Xi, Biden ..."), an object pronoun."""
from __future__ import annotations

from geoevents.engine.components import Quote, TokenSpan, TriggerHit
from geoevents.engine.lexicon import match_at
from geoevents.engine.rules.common import OBJECT_FAMILIES, Actor, Fragment, Group, _last_token


class References:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _remember(self, sent_actors: list[Actor], span: TokenSpan, groups: list[Group] | None = None) -> None:
        """Add the sentence's groups to the history; ``groups``: copies _sentence took of them before coding."""
        for group in self._groups(sent_actors, span) if groups is None else groups:
            self.history.append(group)
        del self.history[:-30]

    def _relative_pronoun(self, frag: Fragment) -> tuple[int, Group | None, bool]:
        """(token, antecedent, is subject) of a relative clause: the antecedent is the group that ends right before
        its comma (None if that noun names no actor); the pronoun is the clause's subject unless a preposition or its
        case makes it an object ("dem", "den": oblique_determiners; "whom"; "which Russia attacked": a noun phrase
        follows it), or it names the antecedent as a possessor ("dessen Truppen", "whose troops")."""
        words = self._words_between(frag.tok_start, frag.tok_end)
        k = 1 if self.lower[words[0]] in self.prepositions else 0
        tok = words[k]
        comma = next(i for i in range(frag.tok_start - 1, -1, -1) if not self.space[i])
        # the group before the comma, or right before a possessive relative without one ("Ukraine whose troops")
        close = comma if self.token_text[comma] == "," else comma + 1
        antecedent = next((g for f in self.fragments[:frag.index] for g in f.groups if g.tok_end == close), None)
        lower = self.lower[tok]
        subject = k == 0 and lower not in self.oblique_determiners and lower not in self.object_relatives
        if subject and self.lang != "de" and len(words) > k + 1 and lower not in self.possessive_relatives:
            nxt = words[k + 1]   # "which Russia attacked", "who the army had arrested"
            subject = not (self.lower[nxt] in self.determiners or self._is_actor_token(nxt) or
                           self.token_text[nxt][:1].isupper())
        return tok, antecedent, subject

    def _resolve_reference(self, tok: int) -> Group | None:
        """The group a pronoun or description at ``tok`` refers to: the latest earlier mention that fits."""
        n = len(self.lower)
        lower = self.lower[tok]
        candidates = [g for g in self._current_groups_before(tok)] + []
        history = self.history + candidates
        if self._is_group_reference(tok, n):
            following = set(self.lower[tok:min(tok + 3, n)])
            wants_persons = bool(following & self.person_group_nouns)
            for group in reversed(history):
                if len(group.codes) >= 2 and not wants_persons:
                    return group
            # the last two people of two states; else (cues person_group_nouns) the last two officials ("Japanese
            # Prime Minister X ... The two leaders") or, for "the two countries", the last two states named apart
            fits = [lambda m: m.person, (lambda m: m.role) if wants_persons else (lambda m: True)]
            for fit in fits:
                persons: list[Actor] = []
                for group in reversed(history):
                    for m in group.members:
                        if m.code and fit(m) and all(p.code != m.code for p in persons):
                            persons.append(m)
                    if len(persons) == 2:
                        return Group(list(reversed(persons)), tok, tok + 1, pronoun=True)
            return None
        person_only = lower in self.person_pronouns
        described = self._described_speaker(tok)
        if described is not None:
            return described
        shared = self._shared_speaker(tok, person_only) or self._speaker_of_clause_before(tok, person_only) or \
            self._speaker_over_addressee(tok, person_only)
        if shared is not None:
            return shared
        for group in reversed(history):
            if group.prep is not None and group.prep not in self.agent_preps:
                # "Security forces in Guinea said they ...": the actor of a subject's modifier is the subject
                frag = self.frag_of.get(group.tok_start)
                modifier = self._subject_modifier(frag, group.tok_end) \
                    if frag is not None and group.prep in self.subject_modifier_preps and group.tok_end <= tok else None
                if modifier is None or modifier.tok_start != group.tok_start or \
                        person_only and not any(m.person for m in modifier.members):
                    continue
                return modifier
            if person_only and not any(m.person for m in group.members):
                continue
            return group
        return None

    def _shared_speaker(self, tok: int, person_only: bool) -> Group | None:
        """"Germany criticised Russia's attack on Ukraine, and said it would send more weapons": the pronoun that
        opens what a coordinated speech verb's shared subject says (only complementizers before it) is that
        speaker, not the latest actor of the clause before."""
        for st in reversed(self.statements):
            if st.sentence_index != self.sentence_index:
                break
            start, stop = st.content_tokens
            if st.shared_subject and start <= tok < stop and \
                    all(self.lower[i] in self.complementizers for i in self._words_between(start, tok)) and \
                    not (person_only and not any(m.person for m in st.speaker.members)):
                return Group(st.speaker.members, tok, tok + 1, pronoun=True)
        return None

    def _speaker_over_addressee(self, tok: int, person_only: bool) -> Group | None:
        """A state pronoun opening what a speaker told or warned an addressee (only complementizers before it) is the
        speaker, not the addressee named last: "Russia warned Ukraine it would strike Kyiv", "Iran warned Israel that
        it would attack Tel Aviv", "Russland warnte die Ukraine, es werde Kiew angreifen" (were 190 UKR->UKR and
        ISR->ISR future: a state attacking its own capital), "told Russia it will send more weapons to Ukraine" (was
        0332 RUS->UKR). What the addressee would undergo stays the addressee's (cues addressee_experience_words right
        behind the modal: "warned Ukraine it would face consequences", "that it would be held responsible"); a
        demand ("told Ukraine it must withdraw") is read by _reported_demand."""
        if person_only:
            return None
        for st in reversed(self.statements):
            if st.sentence_index != self.sentence_index:
                break
            start, stop = st.content_tokens
            if st.quote is not None or not start <= tok < stop:
                continue
            addressee = st.addressee
            if addressee is None and st.trigger is not None:
                # "warned Ukraine that it ...", "warnte die Ukraine, es ...": the object right behind the speech word
                # (articles between) is the addressee
                addressee = next((g for g in self._current_groups_before(tok) if g.prep is None and not g.genitive
                                  and g.tok_start >= st.trigger.tok_end and
                                  all(self.lower[i] in self.determiners
                                      for i in self._words_between(st.trigger.tok_end, g.tok_start))), None)
                if addressee is not None:
                    start = max(start, addressee.tok_end)
            if addressee is None or not all(self.lower[i] in self.complementizers or self.punct[i]
                                            for i in self._words_between(start, tok)):
                continue
            addressed, speaker = set(addressee.codes), set(st.speaker.codes)
            if not addressed or None in addressed or not speaker or None in speaker or addressed & speaker:
                continue
            frag = self.frag_of.get(tok)
            words = [i for i in self._words_between(tok + 1, min(stop, frag.tok_end if frag else stop))
                     if not self.punct[i]]
            if self.lang == "de":   # the verb closes the German clause: "es werde die Folgen tragen"
                words = words[-2:]
            elif words and self.lower[words[0]] in self.predicate_auxiliaries:
                words = words[1:2]   # the verb right behind the English modal
            else:
                words = words[:1]
            if any(self.lower[i] in self.addressee_experience_words for i in words):
                continue   # "warned Iran it would face ...", "that it would be held responsible": the addressee
            return Group(st.speaker.members, tok, tok + 1, pronoun=True)
        return None

    def _speaker_of_clause_before(self, tok: int, person_only: bool) -> Group | None:
        """"Observers from the African Union said that Mauritania's election had been peaceful, and they urged ...":
        a pronoun opening a main clause coordinated behind what a speaker of this sentence said (only a comma and the
        coordinator between the end of that content and the pronoun) continues the speaker, the subject of the
        clause before, not the latest actor inside what was said."""
        lead = self._words_between(max(self.span.start, tok - 4), tok)[-2:]
        if len(lead) != 2 or self.token_text[lead[0]] != "," or self.lower[lead[1]] not in self.coordinators:
            return None
        for st in reversed(self.statements):
            if st.sentence_index != self.sentence_index:
                break
            if st.trigger is None or st.quote is not None or st.content_tokens[1] > lead[1] or \
                    st.trigger.tok_start > lead[0] or \
                    person_only and not any(m.person for m in st.speaker.members) or \
                    not all(m.code for m in st.speaker.members):
                continue
            if any(self.token_text[i] != "," for i in self._words_between(st.content_tokens[1], lead[1])):
                return None
            return Group(st.speaker.members, tok, tok + 1, pronoun=True)
        return None

    def _described_speaker(self, tok: int) -> Group | None:
        """"Rebels said they had killed two soldiers", "Rebellen sagten, sie hätten ...": a pronoun in what a speaker
        says who is described but names no actor (a sector word of the tables opening the speech verb's clause, no
        actor before the verb) is that speaker, not an actor of an earlier sentence: a group of one actor without a
        code (an unknown source), or None. Only with no actor between the speech verb and the pronoun."""
        speech = next((t for t in reversed(self.sentence_triggers) if t.entry.frame == "speech" and
                       t.tok_end <= tok), None)
        if speech is None or self._actor_starts_in(speech.tok_end, tok):
            return None
        frag = self.frag_of.get(speech.tok_start)
        if frag is None:
            return None
        before = self._words_between(frag.tok_start, speech.tok_start)
        if not before or len(before) > 4 or \
                self._actor_overlaps(frag.tok_start, speech.tok_start):
            return None
        hit = next((h for h in self.unresolved if before[0] <= h.tok_start <= before[-1] and h.sector), None)
        if hit is None:
            return None
        span = self.table.span(hit.tok_start, hit.tok_end)
        nobody = Actor(None, hit.sector, self.text[span.start_char:span.end_char], span.start_char, span.end_char,
                       hit.tok_start, hit.tok_end, "unnamed", None, None, "")
        return Group([nobody], tok, tok + 1, pronoun=True)

    def _is_group_reference(self, tok: int, end: int) -> bool:
        return any(match_at(p, self.keys, tok, end) is not None for p in self.group_reference_words.get(tok, ()))

    def _current_groups_before(self, tok: int) -> list[Group]:
        return [g for f in self.fragments for g in f.groups if g.tok_end <= tok]

    def _subject(self, frag: Fragment, before: int | None = None) -> Group | None:
        """First non-prepositional group of the fragment, or a resolvable pronoun; in a relative clause whose pronoun
        is the subject, the antecedent (None when it names no actor)."""
        if frag.relative:
            tok, antecedent, is_subject = self._relative_pronoun(frag)
            if is_subject:
                return Group(antecedent.members, tok, tok + 1, pronoun=True) if antecedent is not None else None
        if self.neuter_pronouns and self.lower[frag.tok_start] in self.neuter_pronouns:
            # "Es kritisierte auch Polen": a fronted "es" is the subject (an object "es" is never fronted)
            neuter = self._neuter_subject(frag)
            if neuter is not None:
                return neuter
        quote = self.in_quote[frag.tok_start] or (self.in_quote[before] if before is not None else None)
        pron_pos = frag.pronouns[0] if frag.pronouns else None
        # German verb second after a fronted adverbial: a nominative pronoun right behind the finite verb is the
        # subject, before any name ("Am Montag kritisierte er den Plan der EU")
        behind_verb = pron_pos is not None and before is not None and pron_pos > before and not frag.subordinate and \
            self.lower[pron_pos] in self.nominative_pronouns and not self._words_between(before + 1, pron_pos)
        for group in frag.groups:
            if group.prep is None and not group.genitive and not (self.lang == "de" and self._oblique(group)):
                if pron_pos is not None and pron_pos < group.tok_start and (before is None or pron_pos < before or
                                                                            behind_verb):
                    break
                return group
        for tok in frag.pronouns:
            if before is not None and tok > before and not (behind_verb and tok == pron_pos):
                break
            lower = self.lower[tok]
            previous = self._words_between(frag.tok_start, tok)
            if previous and self.lower[previous[-1]] in self.prepositions - self.infinitive_markers:
                continue    # "shells were fired at it": the object of a preposition is no subject
            if lower in self.first_person:
                if quote is not None:
                    speaker = self._quote_speaker(quote)
                    if speaker is not None:   # stands where "we" stands: '"We condemn this," the minister said'
                        return Group(speaker.members, tok, tok + 1, pronoun=True)
                continue
            group = self._resolve_reference(tok)
            if group is not None:
                return Group(group.members, tok, tok + 1, pronoun=True)
        return self._neuter_subject(frag) if self.neuter_pronouns else None

    def _neuter_subject(self, frag: Fragment) -> Group | None:
        """German "es" (cues neuter_pronouns) as the subject of a verb row right behind it ("Es sagte, ...") or right
        before it ("Am Montag sagte es, ..."), in a main clause outside quotes, refers to the subject of the sentence
        before when that is exactly one state named by a bare neuter name (a country or capital with no article
        before it, not of cues masculine_names: Russland, Deutschland, China; not "die Ukraine", "der Iran", "die
        USA"); also as the subject of a perfect whose participle closes the clause ("Es habe die Ukraine angegriffen"),
        and, when the sentence before has several subjects, the one agent of its acts ("Die Ukraine erklärte, Russland
        habe Charkiw beschossen. Es habe ..."). A plural verb ("Es drohen Sanktionen") and a verb row that has no party
        behind it ("Es drohte zu eskalieren") leave "es" the expletive it then is, as "Es gibt", "es ist nötig", "es heißt" (no verb rows)."""
        if frag.subordinate or frag.relative:
            return None
        words = self._words_between(frag.tok_start, frag.tok_end)[:5]
        at = next((k for k, i in enumerate(words) if self.lower[i] in self.neuter_pronouns), None)
        if at is None or self.in_quote[words[at]] is not None:
            return None
        tok = words[at]
        next_to = words[1] if at == 0 and len(words) > 1 else words[at - 1] if at > 0 else None
        verb = next((t for t in self.sentence_triggers if t.entry.pos == "VERB" and t.tok_end - t.tok_start == 1 and
                     t.tok_start == next_to), None)
        finite = next_to
        if verb is None and at == 0 and next_to is not None and self.lang == "de" and \
                self.lower[next_to] in self.perfect_auxiliaries:
            # "Es habe die Ukraine angegriffen", "Es hat Kiew angegriffen": the perfect's participle closes the clause
            last = self._words_between(next_to + 1, frag.tok_end)
            last = [i for i in last if not self.punct[i]]
            verb = next((t for t in self.sentence_triggers if t.entry.pos == "VERB" and last and
                         t.tok_start == last[-1]), None)
        if verb is None or self.lang == "de" and self.lower[finite].endswith("en") or \
                verb.entry.frame != "speech" and not any(g.tok_start > tok for g in frag.groups):
            return None
        index, subjects, agents = self.sentence_subjects
        if index != self.sentence_index - 1:
            return None
        if len({m.code for g in subjects for m in g.members}) != 1:
            # "Die Ukraine erklärte, Russland habe Charkiw beschossen. Es habe ...": the one agent of the acts said
            if len({m.code for g in agents for m in g.members}) != 1:
                return None
            subjects = agents
        member = subjects[0].members[0]
        if len(subjects[0].members) != 1 or member.person or \
                member.entry_id.split(":")[1] not in ("country", "capital") or self.lang == "de" and (
                    member.text.lower() in self.masculine_names or
                    member.tok_start > 0 and self.lower[member.tok_start - 1] in self.determiners):
            return None
        return Group([member], tok, tok + 1, pronoun=True)

    def _demonstrative_act(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """The agent of the act a demonstrative object of a verb of commenting refers to ("Russland griff Kiew an.
        Das verurteilte die EU scharf", "Russia attacked Kyiv. The EU condemned that."; cues demonstrative_objects):
        the one agent of the acts of the sentence before, when it is not the commenter; else None (the target stays
        empty: "Die Ukraine meldete einen Angriff auf Charkiw. Das verurteilte Russland" names no attacker; after a
        comment, "das" may be its object: "Polen kritisierte das Vorgehen der Ukraine. Das kritisierte auch
        Deutschland"). German
        "das" opens the clause right before the verb or stands right behind it; English "that" stands right behind
        the verb and closes the clause ("condemned that attack" is a determiner)."""
        if trig.entry.pos != "VERB" or trig.entry.cameo_code[:2] not in self.commenting_roots:
            return None
        words = self._words_between(frag.tok_start, frag.tok_end)
        if trig.tok_start not in words:
            return None
        k = words.index(trig.tok_start)
        behind = self._words_between(_last_token(trig) + 1, self.span.end)[:2]
        if self.lang == "de":
            found = k == 1 and self.lower[words[0]] in self.demonstrative_objects or \
                bool(behind) and self.lower[behind[0]] in self.demonstrative_objects and \
                not (len(behind) > 1 and self.token_text[behind[1]][:1].isupper())
        else:
            found = bool(behind) and self.lower[behind[0]] in self.demonstrative_objects and \
                (len(behind) == 1 or self.punct[behind[1]] or self.lower[behind[1]] in self.prepositions or
                 self.lower[behind[1]].endswith("ly"))   # not "that attack", "that Russia ...", "that the ..."
        if not found:
            return None
        index, _subjects, agents = self.sentence_subjects
        codes = {m.code for g in agents for m in g.members}
        if index != self.sentence_index - 1 or len(codes) != 1 or codes & set(source.codes):
            return None
        return Group(agents[0].members, trig.tok_start, trig.tok_end, pronoun=True)

    def _referred_act(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """The agent of the act a definite noun of an act refers to (cues act_reference_nouns behind a definite
        article or demonstrative, at most two lowercase words between) when it is the object of a verb or phrase of
        commenting: "China began drills near Taiwan. Japan criticised the drills", "Peking verhängte Zölle ... Die
        EU-Kommission kritisierte die Maßnahme", "Russland begann ein Manöver ... Norwegen bezeichnete die Übungen
        als Provokation", "zeigte sich besorgt über die Übungen", "condemned the move": the one agent of the acts of
        the sentence before, when it is not the commenter (as for a demonstrative, _demonstrative_act); else None.
        Not a noun whose own phrase names an actor ("the move by China", "die Maßnahme Chinas", "the Chinese
        drills": their own target). English: the noun phrase right behind the verb; German: behind the verb within
        the clause, after its subject or a date."""
        if trig.entry.pos not in ("VERB", "PHRASE") or trig.entry.cameo_code[:2] not in self.commenting_roots:
            return None
        nouns = self.act_reference_nouns
        if not nouns:
            return None
        behind = self._words_between(_last_token(trig) + 1, frag.tok_end)[:8 if self.lang == "de" else 4]
        at = next((k for k, i in enumerate(behind) if self.lower[i] in nouns), None)
        if at is None:
            return None
        lead = behind[:at]
        article = next((k for k in range(len(lead) - 1, -1, -1) if self.lower[lead[k]] in self.referring_articles),
                       None)
        if article is None or len(lead) - article - 1 > 2 or not all(
                self.alpha[i] and self.token_text[i].islower() and not self.in_actor[i] and
                self.lower[i] not in self.prepositions for i in lead[article + 1:]):
            return None
        if self.lang == "en" and article > 1:
            return None   # "criticised the drills", "condemned on Monday the move" (not a later object)
        noun = behind[at]
        after = self._words_between(noun + 1, frag.tok_end)[:4]
        if self.in_actor[noun] or after and (self.in_actor[after[0]] or self.lower[after[0]] in self.act_owner_links and
                                             any(self.in_actor[i] for i in after[1:])):
            return None   # "die Maßnahme Chinas", "the move by China": the phrase names its actor
        if any(self.in_actor[i] for i in lead[article:]):
            return None
        return self._agent_before(source, noun)

    def _agent_before(self, source: Group, at: int) -> Group | None:
        """The one agent of the acts of the sentence before (not the commentator ``source``), as a group at token
        ``at``; None when that sentence has none, several or only ``source``'s."""
        index, _subjects, agents = self.sentence_subjects
        codes = {m.code for g in agents for m in g.members}
        if index != self.sentence_index - 1 or len(codes) != 1 or codes & set(source.codes):
            return None
        return Group(agents[0].members, at, at + 1, pronoun=True)

    def _quote_speaker(self, quote: Quote) -> Group | None:
        for st in reversed(self.statements):
            if st.quote is quote:
                return st.speaker
        return None

    def _subject_modifier(self, frag: Fragment, before: int) -> Group | None:
        """The actor in a prepositional phrase of a subject that names no actor itself: "Security forces in Togo
        have tortured ...", "Thousands of Iraqi Kurds demonstrated", "Ärzte aus Deutschland lieferten ...". The
        fragment opens with a short noun phrase (no preposition, no trigger), then the preposition, then the group,
        all before ``before``. A sector word in that noun phrase gives the actor its sector ("Opposition groups in
        Zimbabwe": Zimbabwe's opposition)."""
        # "..., seine Truppen aus Georgien abzuziehen", "..., Truppen in den Irak zu entsenden": an infinitive has
        # no subject
        previous = next((i for i in range(before - 1, frag.tok_start - 1, -1) if not self.space[i]), None)
        if self._zu_infinitive(before) or previous is not None and self.lower[previous] in self.infinitive_markers:
            return None
        group = next((g for g in frag.groups if g.tok_start < before), None)
        if group is None:
            return self._place_institution(frag, before)
        prep = group.prep if group.prep in self.subject_modifier_preps else self._agency_preposition(group)
        if prep is None:
            return None
        # before a saying, a topic noun that needs a support word names its speakers ("Observers from the African
        # Union said ...", "Inspectors from the IAEA said ...": en:086:observers-allowed is no act there)
        saying = any(t.tok_start == before and t.entry.frame == "speech" for t in self.sentence_triggers)
        trigger_tokens = {i for t in self.sentence_triggers
                          if not (saying and t.entry.pos == "NOUN" and t.entry.support) for i in t.tokens()}
        words = [i for i in range(frag.tok_start, group.tok_start) if not self.space[i]]
        if words and (self.lower[words[0]] in self.subordinators or self.lower[words[0]] in self.coordinators or
                      self.lower[words[0]] in self.attribution_openers):
            # "as officials in Latvia cracked down ...", "and rebels in Darfur ...", "..., wie das Büro des
            # Premierministers in Islamabad mitteilte"
            words = words[1:]
        at = max((k for k, i in enumerate(words) if self.lower[i] == prep), default=None)
        if at is None or not 1 <= at <= 4 or len(words) - at - 1 > 3:
            return None
        blocked = self.prepositions | self.subordinators | self.coordinators
        if any(self.punct[i] or self.lower[i] in blocked or i in trigger_tokens and not self._unsupported_noun_at(i)
               for k, i in enumerate(words) if k != at):
            return None
        head = next((h for h in self.unresolved if words[0] <= h.tok_start < words[at] and h.sector), None)
        if head is None:
            return group
        members = [Actor(m.code, head.sector, self.text[head.start_char:m.end_char], head.start_char, m.end_char,
                         head.tok_start, m.tok_end, m.entry_id, None, head.role, "") for m in group.members]
        return Group(members, group.tok_start, group.tok_end, group.prep)

    def _unsupported_noun_at(self, i: int) -> bool:
        """Token ``i`` stands only in noun triggers whose support family has no word in their clause: people, not an
        act ("Observers from the African Union said ...": "observers" is an act only with a word of allowing, 086).
        Not a sector word of the tables ("the country's embassy in Kabul said": an embassy is its sending state's, not
        the place's)."""
        hits = [t for t in self.sentence_triggers if t.tok_start <= i < t.tok_end]
        if not hits or any(h.tok_start <= i < h.tok_end and h.sector for h in self.unresolved):
            return False
        return all(
            self._nominal(t) and t.entry.support and t.entry.support not in OBJECT_FAMILIES and
            t.tok_start in self.frag_of and not self._family_in(t.entry.support, t, self.frag_of[t.tok_start])
            for t in hits)

    def _agency_preposition(self, group: Group) -> str | None:
        """The preposition of a German genitive group behind a noun of acting for someone (cues agency_nouns):
        "Hacker im Auftrag Russlands", "Spione im Dienst des chinesischen Staates" act for the state as "Hacker aus
        Russland" do (the genitive group has no preposition of its own). None otherwise."""
        if not self.agency_nouns or not group.genitive and group.prep is not None:
            return None
        words = [i for i in range(max(group.tok_start - 3, 0), group.tok_start) if not self.space[i]]
        if words and self.lower[words[-1]] in self.determiners:
            words = words[:-1]   # "im Auftrag des chinesischen Staates"
        if len(words) < 2 or self.lower[words[-1]] not in self.agency_nouns:
            return None
        prep = self.lower[words[-2]]
        return prep if prep in self.subject_modifier_preps else None

    def _place_institution(self, frag: Fragment, before: int) -> Group | None:
        """A state institution named by its sector word (cues place_institution_sectors: police, authorities,
        government) and a gazetteer place, before ``before`` and naming no actor: "Police in Hong Kong arrested
        ...", "Hong Kong police said ...", "Die Polizei in Hongkong nahm ... fest". The institution is the place's
        state's (Hong Kong and Macau are regions of CHN in the gazetteer, as "Police in Kabul" is AFG's); a place
        alone never acts ("Kharkiv condemned the attack": no row), nor do people there ("protesters in Hong Kong")."""
        if not self.place_institution_sectors or self._actor_overlaps(frag.tok_start, before):
            return None
        words = [i for i in range(frag.tok_start, before) if not self.space[i]]
        if words and (self.lower[words[0]] in self.subordinators or self.lower[words[0]] in self.coordinators):
            words = words[1:]
        if not words or len(words) > 5 or any(self.punct[i] for i in words):
            return None
        head = next((h for h in self.unresolved if words[0] <= h.tok_start <= words[-1] and
                     h.sector in self.place_institution_sectors), None)
        if head is None or head.tok_end - 1 > words[-1]:
            return None
        hits = self.places.find(self.keys, self.token_text, words[0], words[-1] + 1)
        place = None
        for hit in hits:
            behind = [i for i in words if head.tok_end <= i < hit.tok_start]
            ahead = [i for i in words if i < hit.tok_start and i < head.tok_start]
            if len(behind) == 1 and self.lower[behind[0]] in self.subject_modifier_preps and \
                    all(self.lower[i] in self.determiners for i in ahead) and \
                    all(i >= hit.tok_end for i in words if i > behind[0] and i not in range(hit.tok_start,
                                                                                        hit.tok_end)):
                place = hit   # "(Die) Polizei in Hongkong", "Police in Hong Kong"
            elif hit.tok_end == head.tok_start and all(self.lower[i] in self.determiners for i in words
                                                        if i < hit.tok_start):
                place = hit   # "Hong Kong police", "the Hong Kong authorities"
            if place is not None:
                break
        if place is None or any(i >= max(place.tok_end, head.tok_end) for i in words):
            return None
        start, end = min(head.tok_start, place.tok_start), max(head.tok_end, place.tok_end)
        span = self.table.span(start, end)
        actor = Actor(place.place.country_code, head.sector, self.text[span.start_char:span.end_char],
                      span.start_char, span.end_char, start, end, f"place:{place.place.place_id}", None, head.role,
                      "")
        return Group([actor], place.tok_start, place.tok_end,
                     self.lower[place.tok_start - 1] if place.tok_start > head.tok_start else None)

    def _possessive_agent_reference(self, trig: TriggerHit, frag: Fragment, end: int | None = None) -> Group | None:
        """The agent an act noun's possessive determiner refers to, at most two lowercase adjectives between ("Russia
        said its air strike on Kyiv destroyed ...", "their latest offensive"): the latest group before it that is no
        prepositional object ("his"/"her": a person), as for a pronoun (_resolve_reference). ``end``: the token the
        possessive phrase closes before, when not the trigger (a verb's subject before its auxiliaries:
        _possessive_subject)."""
        words = self._words_between(frag.tok_start, trig.tok_start if end is None else end)[-3:]
        at = next((words[k] for k in range(len(words) - 1, -1, -1)
                   if self.lower[words[k]] in self.possessive_determiners), None)
        if at is None or not all(self.alpha[i] and self.token_text[i][:1].islower()
                                                       for i in words[words.index(at) + 1:]):
            return None
        return self._possessive_referent(frag, at)

    def _possessive_referent(self, frag: Fragment, at: int) -> Group | None:
        """The party the possessive determiner at ``at`` refers to (_possessive_agent_reference)."""
        person_only = self.lang == "en" and (self.lower[at] in self.person_pronouns or self.lower[at] == "his")
        current = self._current_groups_before(at)
        before = self._words_between(frag.tok_start, at)
        if before and self.lower[before[-1]] in self.possessive_reason_preps and not person_only:
            # "The EU sanctioned Russia over its attack on Kyiv", "verhängte Sanktionen gegen Russland wegen seines
            # Angriffs": the party the clause acts on answers for its own act (the latest group of the clause before
            # the preposition, when it is not the clause's only one, the subject)
            own = [g for g in current if g.tok_start >= frag.tok_start]
            if len(own) >= 2 and not own[-1].pronoun:
                return Group(own[-1].members, own[-1].tok_start, own[-1].tok_end, pronoun=True)
        for group in reversed(self.history + current):
            if group.prep is not None and group.prep not in self.agent_preps:
                continue
            if person_only and not any(m.person for m in group.members):
                continue
            if any(group is g for g in current) and (group.genitive or self.lang == "de" and self._oblique(group)):
                continue   # "Syrien hat dem Libanon seine Truppen angeboten": not the case-marked object
            # a group of this sentence keeps its place (the target rules compare positions); as a reference it is
            # not the speaker standing for an act it reports (_speaker_of_saying)
            if any(group is g for g in current):
                return Group(group.members, group.tok_start, group.tok_end, pronoun=True)
            return Group(group.members, at, at + 1, pronoun=True)
        return None

    def _subject_before_apposition(self, frag: Fragment) -> Group | None:
        """The subject before an apposition that ends right before ``frag``: "The Yemen Data Project, a
        London-based group that counts air strikes, said ..." (the apposition's own clauses are skipped)."""
        index = frag.index - 1
        while index > 0 and (self.fragments[index].relative or self.fragments[index].subordinate):
            index -= 1
        if index < 1:
            return None
        apposition = self.fragments[index]
        if self.lower[apposition.tok_start] not in self.appositive_openers and not self._name_apposition(apposition):
            return None
        return self._subject(self.fragments[index - 1])

    def _name_apposition(self, frag: Fragment) -> bool:
        """A fragment that is only a capitalized name or title without a known actor ("General David Petraeus")."""
        words = [i for i in self._fragment_tokens(frag) if not self.space[i] and not self.punct[i]]
        return not frag.groups and not frag.pronouns and 0 < len(words) <= 5 and \
            all(self.alpha[i] and self.token_text[i][:1].isupper() for i in words)

    def _frame_subject(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The subject of the main clause after an opening phrase that holds a meeting noun ("In a phone call with
        Xi, Biden warned ...", "During talks with Erdogan on Monday, Putin said ..."): the phrase is the frame of
        the clause, its meeting the subject's. The phrase is the sentence's first fragment, opens with a
        preposition or a frame word (cues held_frame_words: "Following talks with ...") and closes with a comma."""
        if not self._nominal(trig) or frag.index != 0 or len(self.fragments) < 2:
            return None
        words = self._words_between(frag.tok_start, frag.tok_end)
        if len(words) < 3 or self.lower[words[0]] not in self.prepositions | self.held_frame_words or \
                self.token_text[words[-1]] != ",":
            return None
        return self._subject(self.fragments[1])

    def _object_pronoun(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """The mention an object pronoun right behind a verb trigger refers to (cues object_pronouns: "Am Montag
        kritisierte ihn die EU", "Die EU kritisierte ihn", "The EU criticised him"), resolved as a subject pronoun
        is (_resolve_reference); None when it refers to the source's own state, to nobody named, or when more than
        one state fits."""
        if trig.entry.pos != "VERB" or not self.object_pronouns or self._nominal(trig):
            return None
        tok = self._next_word(trig.tok_end - 1, frag.tok_end)
        if not trig.tok_end <= tok < frag.tok_end or self.lower[tok] not in self.object_pronouns or \
                self.in_actor[tok]:   # ("US" is a state, not "us")
            return None
        # only an unambiguous one: a single state fits among the mentions since the previous sentence began
        # ("Orbán traf Putin. Am Mittwoch kritisierte ihn die EU": Orbán or Putin, no target)
        floor = self.sentence_spans[self.sentence_index - 1].start if self.sentence_index > 0 else self.span.start
        person_only = self.lower[tok] in self.person_pronouns
        fitting = {code for g in self.history + self._current_groups_before(tok) if g.tok_start >= floor and
                   (g.prep is None or g.prep in self.agent_preps) and self._other_party(g, source)
                   for m in g.members if m.code and (m.person or not person_only) for code in [m.code]}
        if len(fitting) != 1:
            return None
        group = self._resolve_reference(tok)
        if group is not None and not self._other_party(group, source):
            # an object pronoun is not the clause's own subject ("Putin arrived in Beijing. Xi welcomed him": not Xi,
            # the latest person; "Putin empfing ihn"): the latest mention of the one other state that fits
            group = next((g for g in reversed(self.history + self._current_groups_before(tok))
                          if g.tok_start >= floor and (g.prep is None or g.prep in self.agent_preps) and
                          set(g.codes) == fitting and any(m.person or not person_only for m in g.members)), None)
        if group is None or not self._other_party(group, source) or set(group.codes) != fitting:
            return None
        return Group(group.members, tok, tok + 1, pronoun=True)
