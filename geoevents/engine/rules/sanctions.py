"""Sanctions mentions (``sanctions_mentions`` rows, and the 16x/13x/085 event of a stance): the stance
(impose, threaten, extend, lift, evade, oppose, mention), the imposer (subject, "imposed by", the speaker)
and the target (the object before "with sanctions", "sanctions on/against X"), not a response to sanctions."""
from __future__ import annotations

from geoevents.engine.components import head_keys
from geoevents.engine.lexicon import match_at
from geoevents.engine.model import SanctionMention
from geoevents.engine.rules.common import SANCTION_EVENT_CODES, Actor, Fragment, Group


class SanctionsMentions:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _sanction(self, tok: int) -> None:
        frag = self.frag_of.get(tok)
        if frag is None:
            return
        measure = self._trade_measure(tok, frag)
        if measure is None and not any(p.payload == "sanction_words" for p in self.facts[tok].sanction_words):
            return   # the first word of a trade measure that does not follow ("import" without "duties")
        described = self._imposed_by(tok, frag)
        stance = self._stance(frag, trade=measure)
        breached = self._breached(tok, frag) if measure is None else None
        if breached is not None:
            # "shipped Iranian oil in breach of American sanctions", "violating EU sanctions", "gegen amerikanische
            # Sanktionen verstoßen", "sanctions-busting": the sanctions the phrase governs are evaded, whatever the
            # clause does to others (was stance impose beside "imposed sanctions on ... in breach of ...")
            stance = "evade"
        if described is not None and stance in ("impose", "extend"):
            # "condemned the sanctions imposed by the US": the clause's own stance, if it has one, is what it says
            other = self._stance(frag, skip=described[1], trade=measure)
            stance = other if other != "mention" else stance
        if measure is not None and described is not None and stance == "mention":
            # "the tariffs imposed by Washington last year": the participle that names their imposer is their stance,
            # as for sanctions and German "die von Washington verhängten Zölle" (English stance words of a trade
            # measure otherwise count only right before it, _beside_measure)
            stance = next((p.payload for p in self.cues.index("sanction_stances").candidates(self.keys[described[1]])
                           if match_at(p, self.keys, described[1], described[1] + 1) == described[1] + 1), stance)
        if self._response_to(tok, frag):
            stance = "mention"   # "said it would respond to the new EU sanctions": nobody imposes them here
        if measure is not None and self._governed_measure(measure, frag):
            stance = "mention"   # "Gegenmaßnahmen gegen die amerikanischen Zölle": no act on the tariffs here
        if measure is not None and stance == "mention":
            # "higher US tariffs weigh on exports", "customs duties rose": a trade measure named without an act on it
            # is ordinary economic news, no row (sanctions are a mention of stance mention)
            return
        negated = bool(self._cue_in("negation", frag)) and not self._cue_in("negation_blockers", frag)
        imposer = self._sanction_imposer(tok, frag, stance, described)
        if breached is not None and imposer is None and breached[0] is not None:
            imposer = breached[0]   # "in breach of American sanctions", "gegen amerikanische Sanktionen": USA
        earlier = None
        if stance == "oppose" and imposer is None and described is None and measure is None:
            imposer = self._extension_owner(tok, frag)
            if imposer is None:
                earlier = self._earlier_sanctions(tok, frag)
                imposer = earlier[0] if earlier is not None else None
        target = self._sanction_object(tok, frag, imposer)
        if target is None and measure is not None:
            target = self._trade_object(tok, frag, imposer, measure[2])
        verb = self._sanction_verb(tok)
        if verb is not None:
            # "The EU sanctioned Russia over the attack on Kyiv", "Die EU sanktionierte Russland": the verb imposes
            # sanctions on its object (was stance mention with the target of a later phrase, UKR)
            target = target or self._sanction_verb_object(tok, frag, imposer)
            stance = "impose" if stance == "mention" else stance
        target_preps = self.cues.words("sanction_target_prepositions")
        for group in frag.groups if target is None else ():
            if group.prep in target_preps and group.tok_start > tok:
                target = group
                break
        if target is None and self.lang == "de" and breached is None:
            # "Die EU verhängte gegen Russland (neue) Sanktionen": the German middle field holds the target right
            # before them, only their determiner and adjectives between
            target = next((g for g in frag.groups if g.prep in target_preps and g.tok_end <= tok and
                           (imposer is None or g.tok_start >= imposer.tok_end) and
                           all(self.lower[i] in self.determiners or self.alpha[i] and self.token_text[i].islower()
                               and self.lower[i] not in self.prepositions
                               for i in self._words_between(g.tok_end, tok))), None)
        if target is None and self.lang == "de":
            target = self._genitive_of_target_noun(tok, frag, target_preps)
        if target is None:
            # "sanctions on eight companies registered in Hong Kong and the UAE": the states of registration
            target = self._registration_place(tok, frag, target_preps)
        if target is None:
            # "tariffs on imports from Mexico", "sanctions on oil from Russia": the goods' origin
            target = self._trade_origin(measure[1] if measure is not None else tok + 1, frag, target_preps)
        if target is None and earlier is not None:
            target = earlier[1]   # "The EU extended sanctions against Russia ... Russia condemned the extension"
        if target is None and stance == "evade" and (breached is None or breached[1]):
            target = self._subject(frag, tok)
            if target is not None and imposer is not None and target.tok_start == imposer.tok_start:
                target = None
            if target is None and frag.index > 0:
                target = self._subject(self.fragments[frag.index - 1])
        statement = self._enclosing_statement(tok)
        speaker = statement.speaker.members[0].code if statement is not None else None
        token_text, token_start = self.token_text[tok], self.idx[tok]
        if measure is None:
            rule = f"sanction.{stance}:{self.lang}:{self.lower[tok].rsplit('-', 1)[-1]}"
        else:
            # "trade.impose:en:export_controls", "trade.threaten:de:strafzöllen": the measure's words
            last = measure[1] - 1
            token_text = self.text[token_start:self.idx[last] + len(self.token_text[last])]
            words = [w for i in range(tok, measure[1]) if (w := self.lower[i].rsplit("-", 1)[-1].strip("."))]
            rule = f"trade.{stance}:{self.lang}:{'_'.join(words)}"
        imposer_code = imposer.members[0].code if imposer else None
        target_code = target.members[0].code if target else None
        self.result.sanctions.append(SanctionMention(
            self.sentence_index, token_start, token_start + len(token_text), imposer_code, target_code, stance,
            negated, speaker, self._sentence_text(), rule))
        self.decisions.append({"sanction": token_text, "stance": stance, "imposer": imposer_code,
                               "target": target_code, "speaker": speaker})
        if stance in ("impose", "extend") and imposer is not None and not negated:
            self.imposed_sanctions.append((self.sentence_index, imposer, target))
        code = SANCTION_EVENT_CODES.get(stance)
        if measure is not None and stance == "lift":
            self._drop_lifted_measure_rows(measure)
        owner = self._intention_owner(tok, frag) if imposer is not None else None
        if owner is not None and owner[0] is imposer and owner[1]:
            return   # "condemned the EU's decision to impose sanctions": the decision is commented, no act here
        if verb is not None and stance == "impose":
            return   # the verb's own row (en:163:sanctioned, de:163:sanktionierte) codes the act
        intent = self._intent_fragment(frag)
        # "Die EU kündigte neue Sanktionen gegen Russland an", "hat die Aufhebung der Sanktionen angekündigt": the
        # measure announced as the word's object is imposed (lifted, extended) by the announcement, as English
        # "announced new sanctions" is; only an infinitive ("kündigte an, Sanktionen zu verhängen") is the intent
        announced = self._announced_measure(frag) if intent is frag else False
        if announced:
            intent = None
        if stance == "lift" and intent is not None:
            code = "0354"
        source_actor, target_actor = (imposer.members[0] if imposer else None), (target.members[0] if target else None)
        if stance == "oppose":
            code = "111"
            source_actor = statement.speaker.members[0] if statement is not None else None
            target_actor = imposer.members[0] if imposer else None
            if source_actor is None:
                subject = self._subject(frag, tok)
                source_actor = subject.members[0] if subject else None
        if code is None or source_actor is None or (stance == "oppose" and target_actor is None):
            return
        if target_actor is not None and target_actor.code == source_actor.code:
            return
        neg, modality = self._negation_modality(frag, intent)
        if announced and modality == "future":
            modality = "asserted"
        if stance == "extend" and modality == "future" and self._cue_in("sanction_standing", frag) is not None:
            modality = "asserted"   # "will remain in force": the sanctions stand, as German "bleiben ... in Kraft"
        if modality == "hypothetical" and self._backshifted_future(tok, frag):
            modality = "future"   # "said it would lift sanctions on Syria": the reported "will", as for other acts
        if stance == "lift" and intent is not None and modality == "asserted":
            modality = "future"   # "agreed to lift sanctions", "agreed to cut tariffs": the intent (0354), as for acts
        if stance == "lift" and self._refusal(frag, tok, tok + 1, intent):
            # "will not lift the sanctions": a refusal to ease them (1244), like a refused act
            conditional = any(self.lower[f.tok_start] in self.condition_words for f in self.fragments)
            code, neg, rule = self.refusal_codes.get("0354", code), False, "refusal:" + rule
            modality = "hypothetical" if conditional else "asserted"
        day, precision, date_text = self._date_for(frag, future=modality == "future", said_in=statement)
        ev_start, ev_end = self._sentence_bounds()
        # "hob die Sanktionen gegen Iran, Libyen und Kuba auf": one row per target state, as for a verb's list
        targets = [target_actor]
        if stance != "oppose" and target is not None:
            targets = [m for m in self._distinct_members(target) if m.code != source_actor.code] or [target_actor]
        pairs = [(source_actor, t) for t in targets]
        parties = [m for m in self._distinct_members(imposer) if m.code is not None]
        if stance == "lift" and intent is not None and len(parties) > 1:
            # "The EU and China agreed to cut tariffs": a compound subject that agrees to ease measures eases them on
            # each other, both directions, as "China and Russia agreed to expand trade" (was the first member's
            # row alone, which took the second member as its target from the agreement's row); with a target
            # each member eases them on it ("The US and the EU agreed to lift sanctions on Iran")
            others = [m for m in self._distinct_members(target) if m.code is not None] if target is not None else []
            pairs = [(s, t) for s in parties for t in (others or parties) if s.code != t.code]
        elif stance != "oppose" and len(parties) > 1:
            # "The US and the EU imposed sanctions on Iran": each member of a compound imposer acts (was the first
            # member's row alone); the mention keeps its one imposer column (the first)
            pairs = [(s, t) for s in parties for t in targets if t is None or s.code != t.code]
        for source_actor, target_actor in pairs:
            self._add(self._make_event(code, rule, token_text, source_actor, target_actor, ev_start, ev_end, neg,
                                       modality, day, precision, date_text,
                                       self.sentence_reporting or (statement.speaker_text if statement else None),
                                       None))

    def _registration_place(self, tok: int, frag: Fragment, target_preps: frozenset[str]) -> Group | None:
        """Companies a target preposition behind the sanctions word governs that are named by where they are
        registered (cues registration_words right before the places' preposition, or German right behind the
        places): "sanctions on eight shipping companies registered in Hong Kong and the UAE", "Sanktionen gegen drei
        Firmen mit Sitz in Hongkong", "gegen drei in Dubai registrierte Firmen": the states of registration (actors
        or gazetteer places, a city for its state) are the target when no state is named otherwise (at most eight
        numerals, determiners, lowercase words (German: any words that name no actor) or a date between the
        preposition and the registration word; was no target)."""
        registration = self.cues.words("registration_words")
        after = self._words_between(tok + 1, frag.tok_end)
        at = next((k for k, i in enumerate(after[:6]) if self.lower[i] in target_preps), None)
        if not registration or at is None:
            return None
        self._sentence_dates()
        dated = {i for m in frag.dates for i in after if m.start_char <= self.idx[i] < m.end_char}
        words = after[at + 1:]
        k = 0
        while k < len(words) and k < 8 and not self.punct[words[k]] and not self.in_actor[words[k]] and (
                words[k] in dated or self.like_num[words[k]] or self.lower[words[k]] in self.determiners or
                self.alpha[words[k]] and (self.token_text[words[k]].islower() or self.lang == "de" or
                                          self.lower[words[k]] in registration)
                and self.lower[words[k]] not in self.locative_preps):   # German nouns: "gegen drei Firmen mit Sitz in"
            if self.lower[words[k]] in registration:
                break
            k += 1
        if k >= len(words) - 1:
            return None
        if self.lower[words[k]] in registration and self.lower[words[k + 1]] in self.locative_preps:
            first, stop = k + 2, None   # "registered in Hong Kong and the UAE", "mit Sitz in Hongkong"
        elif self.lang == "de" and self.lower[words[k]] in self.locative_preps:
            first = k + 1               # "gegen drei in Dubai registrierte Firmen"
            stop = next((n for n in range(first, min(len(words), first + 6)) if self.lower[words[n]] in registration),
                        None)
            if stop is None:
                return None
        else:
            return None
        last = first
        for n in range(first, len(words) if stop is None else stop):
            i = words[n]
            if self.punct[i] or self.alpha[i] and self.token_text[i].islower() and \
                    self.lower[i] not in self.determiners and self.lower[i] not in self.coordinators:
                break
            last = n + 1
        if last == first:
            return None
        start, end = words[first], words[last - 1] + 1
        members = [a for a in self.actors if start <= a.tok_start and a.tok_end <= end]
        for hit in self.places.find(self.keys, self.token_text, start, end):
            if not self._actor_overlaps(hit.tok_start, hit.tok_end):
                span = self.table.span(hit.tok_start, hit.tok_end)
                members.append(Actor(hit.place.country_code, None, self.text[span.start_char:span.end_char],
                                     span.start_char, span.end_char, hit.tok_start, hit.tok_end,
                                     f"place:{hit.place.place_id}", None, None, ""))
        members = [m for m in sorted(members, key=lambda m: m.tok_start) if m.code]
        return Group(members, start, end) if members else None

    def _extension_owner(self, tok: int, frag: Fragment) -> Group | None:
        """The owner of the noun that describes opposed sanctions (cues sanction_describing_words) named by its
        possessive or right before the sanctions word: "China criticised the EU's extension of sanctions on Russian
        banks" (the EU; was a 163 of the critic China), "Iran condemned the extension of US sanctions" (USA)."""
        words = self._words_between(frag.tok_start, tok)
        k = len(words) - 1
        while k >= 0 and (self.lower[words[k]] in self.determiners or self.in_actor[words[k]]):
            k -= 1
        if k < 1 or self.lower[words[k]] not in self.sanction_owner_links or \
                self.lower[words[k - 1]] not in self.sanction_describing_words:
            return None
        noun = words[k - 1]
        for group in frag.groups:
            if group.tok_start > noun and group.tok_end <= tok and not self._words_between(group.tok_end, tok):
                return group   # "condemned the extension of US sanctions": USA
        for group in frag.groups:
            gap = self._words_between(group.tok_end, noun) if group.tok_end <= noun else None
            if gap and all(self.lower[i] in self.possessive_markers for i in gap) and group.prep is None:
                return group
        return None

    def _earlier_sanctions(self, tok: int, frag: Fragment) -> tuple[Group, Group | None] | None:
        """Opposed sanctions named by a definite article (cues definite_reference_articles, among the three words
        before them: "Russia condemned the extension of the sanctions as illegal", "kritisierte die Verlängerung der
        Sanktionen") that the clause names no imposer of are the sanctions an earlier sentence of the article imposed
        or extended: (their imposer, their target) of the latest such sanctions mention, not the critic's own; None
        without one."""
        before = self._words_between(max(frag.tok_start, tok - 4), tok)[-3:]
        if not any(self.lower[i] in self.definite_reference_articles for i in before):
            return None
        critic = self._subject(frag, tok)
        critic_codes = set(critic.codes) if critic is not None else set()
        for index, imposer, target in reversed(self.imposed_sanctions):
            if index < self.sentence_index and not critic_codes & set(imposer.codes):
                return imposer, target
        return None

    def _breached(self, tok: int, frag: Fragment) -> tuple[Group | None, bool] | None:
        """The sanctions word at ``tok`` is what a breach governs (cues sanction_breach_words, their link
        sanction_breach_links; at most three determiners, actor words or lowercase words between): "in breach of
        American sanctions", "in violation of EU sanctions", "violating US sanctions", "a breach of the sanctions",
        "Verstoß gegen die Sanktionen", "unter Verletzung der EU-Sanktionen", German verb-final "gegen amerikanische
        Sanktionen verstoßen" (the link before, the breach word later in the clause), or a breach word right behind
        it ("sanctions-busting", "sanctions evasion"; cues sanction_breach_behind). Returns (the actor group right
        before the sanctions word, their imposer, or None; whether a verb breaches them, whose subject is the one
        who evades: "Two Chinese firms violated US sanctions", not "Britain fined a firm for shipping oil in breach
        of US sanctions") or None when no breach governs them."""
        breach = self.cues.index("sanction_breach_words")
        links = self.cues.words("sanction_breach_links")
        def breach_word(i: int) -> bool:
            return any(match_at(p, self.keys, i, i + 1) == i + 1 for p in breach.candidates(self.keys[i]))
        behind = [i for i in self._words_between(tok + 1, frag.tok_end)[:2] if self.token_text[i] != "-"]
        found = bool(behind) and self.lower[behind[0]] in self.cues.words("sanction_breach_behind")
        verbal = False   # a verb of breaching whose subject breaches them ("violated", "verstoßen"), not a noun
        words = self._words_between(frag.tok_start, tok)
        k = len(words) - 1
        while k >= 0 and len(words) - 1 - k < 3 and not self.punct[words[k]] and \
                self.lower[words[k]] not in links and not breach_word(words[k]) and \
                (self.lower[words[k]] in self.determiners or self.in_actor[words[k]] or
                 self.alpha[words[k]] and self.token_text[words[k]].islower() and
                 self.lower[words[k]] not in self.prepositions):
            k -= 1
        if not found and k >= 0:
            if breach_word(words[k]):
                # "violating US sanctions", "Verletzung der EU-Sanktionen"
                found, verbal = True, self.token_text[words[k]].islower()
            elif self.lower[words[k]] in links:
                found = k > 0 and breach_word(words[k - 1])
                if not found and self.lang == "de":
                    later = [i for i in self._words_between(tok + 1, frag.tok_end) if breach_word(i)]
                    found = verbal = bool(later) and self.token_text[later[0]].islower()
        if not found:
            return None
        inside = list(self.actors_at.get((tok, tok + 1), ()))
        if inside:
            return Group(inside[:1], tok, tok + 1), verbal
        group = next((g for g in frag.groups if g.tok_end <= tok and not self._words_between(g.tok_end, tok) and
                      g.tok_end > (words[k] if k >= 0 else -1)), None)
        return group, verbal

    def _drop_lifted_measure_rows(self, measure: tuple[int, int, str]) -> None:
        """"China lifted the import ban on Japanese seafood", "hob das Einfuhrverbot ... auf": the 163 row of a
        trigger inside the lifted measure (de:163:einfuhrverbot, en:163:import-halted) is no imposition."""
        first, last, _label = measure
        entries = {trig.entry.entry_id for trig, _s, _t, code in self.coded_triggers
                   if code == SANCTION_EVENT_CODES["impose"] and trig.tok_start < last and trig.tok_end > first}
        if not entries:
            return
        events = self.result.events
        events[self.sentence_first_event:] = [
            e for e in events[self.sentence_first_event:]
            if not (e.cameo_code == SANCTION_EVENT_CODES["impose"] and e.statement is None and
                    any(e.rule_id.endswith(":" + entry) or e.rule_id == entry for entry in entries))]

    def _trade_measure(self, tok: int, frag: Fragment) -> tuple[int, int, str] | None:
        """(its first token, the token after it, label) of the trade measure (cues trade_measure_words) that starts at ``tok``, or None;
        not a topic ("the tariff talks", "tariff revenue": cues trade_measure_topics right behind it)."""
        keys = head_keys(self.keys[tok])
        for pattern in self.cues.index("trade_measure_words").candidates(keys):
            if len(pattern.elements) == 1:
                end = tok + 1 if any(pattern.elements[0].matches(k) for k in keys) else None
            else:
                end = match_at(pattern, self.keys, tok, frag.tok_end)
            if end is None:
                continue
            after = self._words_between(end, frag.tok_end)[:1]
            if after and self.lower[after[0]] in self.cues.words("trade_measure_topics"):
                return None
            return tok, end, pattern.payload
        return None

    def _beside_measure(self, start: int, end: int, measure: tuple[int, int, str]) -> bool:
        """English: a stance word of a trade measure (cues sanction_stances, trade_measure_stances; tokens
        start..end) acts on the measure (tokens measure[0]..measure[1]) right before it, at most four
        determiners, numerals, lowercase words that are no preposition, the object link (cues
        sanction_object_links, trade_measure_object_links) and actor words between ("raised its tariffs",
        "retaliated with 25 percent tariffs", "condemned the US tariffs", "threatened Mexico with tariffs", "put
        Chinese firms on its entity list", "threatened to impose tariffs": an infinitive marker too), or behind it after an auxiliary ("the tariffs on steel were
        suspended", "will remain in force"): "must remove barriers ... or face tariff penalties" and "raised
        concerns about the tariffs" do not act on them. German stance words act on the measure anywhere in its
        clause (the verb stands second or last)."""
        if self.lang != "en":
            return True
        first, last, label = measure
        links = self.sanction_object_links | frozenset(
            str(w).lower() for w in (self.cues.raw.get("trade_measure_object_links") or {}).get(label, ()))
        if end <= first:
            self._sentence_dates()   # a date between counts as no word: "threatened Mexico on Monday with tariffs"
            frag = self.frag_of.get(first)
            dated = {i for i in range(end, first) for m in (frag.dates if frag else ())
                     if m.start_char <= self.idx[i] < m.end_char}
            dated |= {i - 1 for i in dated if self.lower[i - 1] in self.prepositions}
            between = [i for i in self._words_between(end, first) if not self.in_actor[i] and i not in dated]
            limit = 6 if links - self.sanction_object_links else 4   # "added nine Chinese drone makers to the entity list"
            return len(between) <= limit and all(
                not self.punct[i] and (self.lower[i] in self.determiners or self.like_num[i] or
                                       self.lower[i] in links or self.lower[i] in self.infinitive_markers or
                                       self.alpha[i] and self.token_text[i].islower() and
                                       self.lower[i] not in self.prepositions)
                for i in between)
        if start >= last:
            between = self._words_between(last, start)
            return 0 < len(between) <= 8 and self.lower[between[-1]] in self.english_auxiliaries and \
                not any(self.punct[i] for i in between)
        return False

    def _trade_list_verb(self, trig) -> bool:
        """"added nine Chinese drone makers to the entity list": a speech word (en:010:add) that puts its object on
        a listing measure (a trade measure with object links, cues trade_measure_object_links) is the measure's
        verb, no statement."""
        frag = self.frag_of.get(trig.tok_start)
        if frag is None or trig.tok_end - trig.tok_start != 1:
            return False
        for tok in range(trig.tok_end, frag.tok_end):
            measure = self._trade_measure(tok, frag) if self.facts[tok] and self.facts[tok].sanction_words else None
            if measure is None:
                continue
            if (self.cues.raw.get("trade_measure_object_links") or {}).get(measure[2]) and \
                    self._one_word_cue("trade_measure_stances", trig.tok_start) and \
                    self._beside_measure(trig.tok_start, trig.tok_end, measure):
                self._veto(trig.entry, f"verb of the listing measure {measure[2]}: coded as that measure")
                return True
            return False
        return False

    def _governed_measure(self, measure: tuple[int, int, str], frag: Fragment) -> bool:
        """The trade measure is the object of a preposition (cues trade_measure_governing_prepositions, not one of
        its object links) with only determiners, actor words, numerals and lowercase words that are no stance word
        between: "countermeasures against the US tariffs", "Gegenmaßnahmen gegen die amerikanischen Zölle", "exempt
        from tariffs"; not "die von den USA verhängten Zölle" (their imposer, _imposed_by)."""
        first, _last, label = measure
        links = frozenset(str(w).lower() for w in (self.cues.raw.get("trade_measure_object_links") or {}).get(label, ()))
        governing = self.cues.words("trade_measure_governing_prepositions") - links
        for i in reversed(self._words_between(frag.tok_start, first)):
            if self.lower[i] in governing:
                return True
            if not (self.in_actor[i] or self.lower[i] in self.determiners or self.like_num[i] or
                    self.alpha[i] and self.token_text[i].islower() and self.lower[i] not in self.prepositions and
                    not self._one_word_cue("sanction_stances", i) and
                    not self._one_word_cue("trade_measure_stances", i)):
                return False
        return False

    def _trade_object(self, tok: int, frag: Fragment, imposer: Group | None, label: str) -> Group | None:
        """"put Chinese firms on its entity list", "setzte chinesische Firmen auf die schwarze Liste": the object
        before the measure's link (cues trade_measure_object_links), at most two words (the firms) between."""
        links = frozenset(str(w).lower() for w in (self.cues.raw.get("trade_measure_object_links") or {}).get(label, ()))
        if not links:
            return None
        words = self._words_between(frag.tok_start, tok)
        while words and tok - words[-1] <= 4 and self.alpha[words[-1]] and self.lower[words[-1]] not in links and \
                not self.in_actor[words[-1]]:
            words = words[:-1]   # "on its entity list", "auf die schwarze Liste"
        if not words or self.lower[words[-1]] not in links:
            return None
        link = words[-1]
        for group in reversed(frag.groups):
            if group.tok_end > link or group is imposer or group.prep is not None or group.genitive:
                continue
            between = self._words_between(group.tok_end, link)
            if len(between) <= 2 and all(self.alpha[i] and not self.in_actor[i] for i in between) and \
                    (imposer is None or group.tok_start > imposer.tok_start):
                return group
            return None
        return None

    def _trade_origin(self, after: int, frag: Fragment, target_preps: frozenset[str]) -> Group | None:
        """"tariffs on imports from Mexico", "Strafzölle auf Stahl aus China", "sanctions on oil from Russia": the
        group behind an origin preposition (cues trade_origin_prepositions) behind a target preposition after the
        measure, the goods between (at most four words, no punctuation, no date: "imposed sanctions on Monday from
        Brussels" names no origin)."""
        origins = self.cues.words("trade_origin_prepositions")
        buyers = self.cues.words("trade_buyer_verbs")
        for group in frag.groups:
            if group.tok_start < after:
                continue
            if group.prep not in origins and not (
                    group.prep in self.cues.words("trade_buyer_prepositions") and
                    any(self.lower[i] in buyers for i in self._words_between(after, group.tok_start)[-3:])):
                # (or the buyer behind a verb of selling: "export controls on magnets sold to U.S. defense contractors")
                return None
            between = self._words_between(after, group.tok_start)
            at = next((k for k, i in enumerate(between) if self.lower[i] in target_preps), None)
            if at is None or len(between) - at > 6 or any(self.punct[i] for i in between[at:]):
                return None
            self._sentence_dates()
            if any(m.start_char <= self.idx[i] < m.end_char for i in between[at:] for m in frag.dates):
                return None
            return group
        return None

    def _sanction_verb(self, tok: int):
        """The 163 verb trigger that the sanctions word at ``tok`` is ("sanctioned", "sanktionierte"), or None."""
        return next((t for t in self.sentence_triggers if t.tok_start <= tok < t.tok_end and t.entry.pos == "VERB"
                     and t.entry.cameo_code == SANCTION_EVENT_CODES["impose"]), None)

    def _sanction_verb_object(self, tok: int, frag: Fragment, imposer: Group | None) -> Group | None:
        """The object of a sanctioning verb: the first plain group behind it with only numerals, determiners and
        lowercase words or a date between ("sanctioned three Chinese firms", "sanktionierte am Montag Russland")."""
        group = next((g for g in frag.groups if g.tok_start > tok and g is not imposer), None)
        if group is None or group.prep is not None or group.genitive:
            return None
        self._sentence_dates()
        between = self._words_between(tok + 1, group.tok_start)
        dated = {i for m in frag.dates for i in between if m.start_char <= self.idx[i] < m.end_char}
        dated |= {i - 1 for i in dated if self.lower[i - 1] in self.prepositions}   # "am Montag", "on Monday"
        if not all(i in dated or self.like_num[i] or self.lower[i] in self.determiners or
                   self.alpha[i] and self.token_text[i].islower() and self.lower[i] not in self.prepositions
                   for i in between):
            return None
        return group

    def _genitive_of_target_noun(self, tok: int, frag: Fragment, target_preps: frozenset[str]) -> Group | None:
        """German: the state in the genitive behind the noun a target preposition governs ("Sanktionen gegen den
        Ölsektor Venezuelas", "gegen Unternehmen Chinas"): the sanctioned sector or body is that state's, as the
        English possessor ("sanctions on Iran's oil sector") was read (was no target)."""
        for group in frag.groups:
            if group.tok_start <= tok or not group.genitive or group.prep is not None:
                continue
            words = self._words_between(tok + 1, group.tok_start)
            if len(words) < 2 or not (self.alpha[words[-1]] and self.token_text[words[-1]][:1].isupper()) or \
                    self._is_actor_token(words[-1]):
                return None
            lead = words[:-1]
            at = max((k for k, i in enumerate(lead) if self.lower[i] in target_preps), default=None)
            if at is None or not all(self.lower[i] in self.determiners or self.alpha[i] and
                                     self.token_text[i].islower() and self.lower[i] not in self.prepositions
                                     for i in lead[at + 1:]):
                return None
            return group
        return None

    def _response_to(self, tok: int, frag: Fragment) -> bool:
        """The sanctions word is the object of a response ("respond to the new EU sanctions", "eine Reaktion auf die
        neuen EU-Sanktionen", "in retaliation for Western sanctions"; cues sanction_response_words): at most four
        prepositions, determiners, lower-case words or actor words between them."""
        closed = self.prepositions | self.determiners
        for i in range(max(frag.tok_start, tok - 6), tok):
            if self.lower[i] not in self.sanction_response_words:
                continue
            between = self._words_between(i + 1, tok)
            if any(self.lower[t] in self.sanction_object_links for t in between):
                continue   # "retaliated with tariffs", "reagierte mit Gegenzöllen": the response is the measure
            if any(self.facts[t] and self.facts[t].sanction_words for t in between):
                continue   # "als Reaktion auf die US-Zölle Gegenzölle verhängt": the response's object is the first
                # measure; the second is what the clause does (session 19, fresh8-de-001)
            if len(between) <= 4 and all(self.lower[t] in closed or self._is_actor_token(t) or
                                         self.alpha[t] and self.token_text[t].islower() for t in between):
                return True
        # German verb-final: "Russland werde auf neue Strafmaßnahmen reagieren", "auf die Sanktionen der EU zu
        # reagieren" (the response's preposition before the sanctions word, the response verb behind it, at most
        # three closed-class, actor or lower-case words between; cues sanction_response_prepositions)
        before = self._words_between(max(frag.tok_start, tok - 4), tok)
        if not any(self.lower[i] in self.sanction_response_prepositions for i in before):
            return False
        for k, i in enumerate(self._words_between(tok + 1, frag.tok_end)[:4]):
            if self.lower[i] in self.sanction_response_words:
                return True
            if not (self.lower[i] in closed or self._is_actor_token(i) or
                    self.alpha[i] and self.token_text[i].islower()):
                return False
        return False

    def _stance(self, frag: Fragment, skip: int | None = None, trade: tuple[int, int, str] | None = None) -> str:
        """The first stance of cues sanction_stance_order whose word the clause holds. An imposing word that only
        describes the sanctions (cues sanction_describing_words: "new", "neue") yields to opposing them: "Iran
        condemned the new EU sanctions", "verurteilte die neuen EU-Sanktionen" oppose sanctions someone imposed
        before, nobody imposes them here (was stance impose and a 163 EUU->none beside the 111). So does the noun of an
        extension ("Russia condemned the extension of the sanctions", "kritisierte die Verlängerung der Sanktionen":
        stance oppose, was extend with the critic as the extender and a 163 of the critic)."""
        found = set()
        imposing = False   # an imposing word that is more than a description of the sanctions
        extending = False   # an extending word that is more than its noun ("extended", not "the extension")
        for i, patterns in self._cue_tokens("sanction_stances", frag.tok_start, frag.tok_end):
            if i == skip or self._date_end_word(i):
                continue   # "will remain in force until the end of July": the end of the period, no lifting
            for pattern in patterns:
                end = match_at(pattern, self.keys, i, frag.tok_end)
                if end is not None and (trade is None or self._beside_measure(i, end, trade)):
                    found.add(pattern.payload)
                    imposing |= pattern.payload == "impose" and self.lower[i] not in self.sanction_describing_words
                    extending |= pattern.payload == "extend" and self.lower[i] not in self.sanction_describing_words
        if trade is not None:
            # a trade measure's own stance words (cues trade_measure_stances: "raised tariffs", "senkte die Zölle")
            measure = trade
            for i, patterns in self._cue_tokens("trade_measure_stances", frag.tok_start, frag.tok_end):
                if i == skip or measure[0] <= i < measure[1]:
                    continue
                for pattern in patterns:
                    end = match_at(pattern, self.keys, i, frag.tok_end)
                    if end is not None and self._beside_measure(i, end, measure):
                        found.add(pattern.payload)
                        imposing |= pattern.payload == "impose"
                        extending |= pattern.payload == "extend"
        if "oppose" in found and not imposing:
            found.discard("impose")
        if "oppose" in found and not extending:
            found.discard("extend")
        for stance in self.stance_order:
            if stance in found:
                return stance
        return "mention"

    def _genitive_attribute(self, group: Group) -> bool:
        """German: the group is the genitive attribute of the noun before it ("die Invasion der Ukraine", "die
        Politik des Irans"): a genitive article right behind a capitalized word that names no actor."""
        if self.lang != "de":
            return False
        before = self._words_between(self.span.start, group.tok_start)[-2:]
        return len(before) == 2 and self.lower[before[1]] in self.genitive_links | self.feminine_dative_article and \
            self.alpha[before[0]] and self.token_text[before[0]][:1].isupper() and not self._is_actor_token(before[0])

    def _sanction_object(self, tok: int, frag: Fragment, imposer: Group | None) -> Group | None:
        """"Washington drohte Peking mit Sanktionen", "threatened Belarus with new sanctions over ... on the Polish
        border": the object right before the link (cues sanction_object_links) of the sanctions word is their
        target, not a later phrase."""
        words = self._words_between(frag.tok_start, tok)
        while words and tok - words[-1] <= 4 and self.alpha[words[-1]] and \
                self.lower[words[-1]] not in self.sanction_object_links and \
                not self.in_actor[words[-1]]:
            words = words[:-1]   # determiners and adjectives: "mit neuen Sanktionen", "with new sanctions"
        if not words or self.lower[words[-1]] not in self.sanction_object_links:
            return None
        link = words[-1]
        # a date between the object and the link belongs to neither ("drohte den USA am Mittwoch mit Gegenzöllen",
        # "threatened Mexico on Monday with tariffs": was no target)
        self._sentence_dates()
        dated = {i for i in range(frag.tok_start, link) for m in frag.dates if m.start_char <= self.idx[i] < m.end_char}
        dated |= {i - 1 for i in dated if self.lower[i - 1] in self.prepositions}
        return next((g for g in frag.groups if g.prep is None and not g.genitive and g is not imposer and
                     all(i in dated for i in self._words_between(g.tok_end, link)) and g.tok_end <= link and
                     (imposer is None or g.tok_start > imposer.tok_start and self._other_party(g, imposer))), None)

    def _sanction_imposer(self, tok: int, frag: Fragment, stance: str,
                          described: tuple[Group, int] | None) -> Group | None:
        """``described``: what ``_imposed_by`` found for the sanctions word."""
        inside = list(self.actors_at.get((tok, tok + 1), ()))
        if inside:
            return Group(inside[:1], tok, tok + 1)
        for group in frag.groups:
            gap = self._words_between(group.tok_end, tok)
            if group.tok_end <= tok and not gap and group.prep is None and not self._genitive_attribute(group):
                return group        # "EU-Sanktionen", "EU sanctions" (not "verhängte gegen Russland Sanktionen",
                # "wegen der Invasion der Ukraine Sanktionen": the target, the invaded)
        # "die westlichen Sanktionen", "Western sanctions": an adjective that names no actor elsewhere (the compass
        # direction) names the imposer before a sanctions word (cues sanction_imposer_words)
        before = self._words_between(max(frag.tok_start, tok - 3), tok)[-1:]
        for pattern in self.cues.index("sanction_imposer_words").candidates(self.keys[before[0]]) if before else ():
            if match_at(pattern, self.keys, before[0], tok) == tok:
                start, end = self.idx[before[0]], self.idx[before[0]] + len(self.token_text[before[0]])
                return Group([Actor(pattern.payload, None, self.text[start:end], start, end, before[0], tok,
                                    "sanction_imposer_words", None, None, "")], before[0], tok)
        imposer_preps = self.cues.words("sanction_imposer_prepositions")
        if described is not None:
            return described[0]
        for group in frag.groups:
            if group.tok_start <= tok:
                continue
            gap = self._words_between(tok + 1, group.tok_start)
            if any(self.lower[i] in self.cues.words("sanction_target_prepositions") for i in gap):
                break   # "tariffs on imports from Mexico": the goods' origin (_trade_origin), not the imposer
            if (group.genitive or group.prep in imposer_preps or self._genitive_after(tok + 1, frag) is group) and \
                    len(gap) <= 2:
                return group        # "Sanktionen des Westens", "Sanktionen der EU", "sanctions by the EU"
            break
        if stance in ("impose", "threaten", "extend", "lift"):
            owner = self._intention_owner(tok, frag)
            if owner is not None:
                return owner[0]   # "condemned the EU's decision to impose new sanctions on Tehran": the EU imposes
            # "Die Regierung in Wien verhängte Sanktionen": the actor in the subject's phrase, as for acts
            subject = self._subject(frag, tok) or self._subject_modifier(frag, tok)
            if subject is not None and self.lang == "de" and not subject.pronoun and \
                    self._auxiliary_opens(frag, subject):
                # "... kritisiert und Minsk mit weiteren Sanktionen gedroht": a coordinated predicate shares the
                # subject of the clause before it; the name in it is its object (was the imposer)
                subject = self._coordinated_subject(frag)
            if subject is not None and subject.tok_start < tok and not subject.pronoun and any(
                    t.entry.pos == "VERB" and frag.tok_start <= t.tok_start < subject.tok_start and
                    (self.lang == "en" or self._forefield_words(frag, t) is not None)
                    for t in self.sentence_triggers):
                return None   # "(President X) threatened Peru with sanctions": the object behind the verb
            statement = self._enclosing_statement(tok) if subject is not None else None
            if statement is not None and subject.tok_start < statement.content_tokens[0] <= tok:
                # "France said the United States had imposed tariffs on Chinese steel": the subject of what was said
                # (the first plain group in it before the sanctions word), not the speaker (was FRA); the speaker
                # when what was said names nobody ("The EU said it would impose sanctions on Iran")
                said = next((g for g in frag.groups if statement.content_tokens[0] <= g.tok_start < tok and
                             g.prep is None and not g.genitive and not self._genitive_attribute(g)), None)
                subject = said or subject
            if subject is not None and subject.tok_start < tok:
                return subject
            if subject is None and frag.infinitive and frag.index > 0:
                # "Die EU-Kommission kündigte an, die Sanktionen gegen Russland zu verlängern": the infinitive clause's
                # subject is the main clause's, when that clause names nobody else ("forderte die USA auf, die
                # Sanktionen aufzuheben" asks the object to act)
                main = next((f for f in reversed(self.fragments[:frag.index]) if not f.relative and not f.infinitive),
                            None)
                named = [g for g in main.groups if g.prep is None] if main is not None else []
                if len(named) == 1 and not named[0].genitive:
                    return named[0]
        return None

    def _intention_owner(self, tok: int, frag: Fragment) -> tuple[Group, bool] | None:
        """The sanctions word in the infinitive of a noun of deciding or planning (cues intention_nouns) whose owner is
        named: "the EU's decision to impose new sanctions on Tehran", "the US plan to lift sanctions", "die
        Entscheidung der EU, neue Sanktionen gegen Teheran zu verhängen", "Russlands Entscheidung, ...": (the owner,
        whether an earlier coded verb of commenting has the noun as its object, cues commenting_roots: "Iran
        condemned the EU's decision ..."). The owner, not the clause's subject, is who decided on the sanctions; None
        without such a noun or owner."""
        if self.lang == "en":
            words = self._words_between(frag.tok_start, tok)
            marker = next((k for k in range(len(words) - 1, 0, -1) if self.lower[words[k]] in self.infinitive_markers),
                          None)
            if marker is None or self.lower[words[marker - 1]] not in self.intention_nouns or \
                    not all(self.alpha[i] and self.token_text[i].islower() for i in words[marker + 1:]):
                return None   # "decision to impose new sanctions": only the verb and lowercase words before them
            scope, noun = frag, words[marker - 1]
        else:
            if not frag.infinitive or frag.index == 0:
                return None
            scope = self.fragments[frag.index - 1]
            tail = self._words_between(scope.tok_start, scope.tok_end)[-4:]
            noun = next((i for i in reversed(tail) if self.lower[i] in self.intention_nouns), None)
            if noun is None:
                return None
        owner = None
        for group in scope.groups:
            gap = self._words_between(group.tok_end, noun) if group.tok_end <= noun else \
                self._words_between(noun + 1, group.tok_start)
            if group.tok_end <= noun and all(self.lower[i] in self.possessive_markers for i in gap) or \
                    group.tok_start > noun and self.lang == "de" and all(self.lower[i] in self.determiners for i in gap):
                owner = group   # "the EU's decision", "the US plan"; "die Entscheidung der EU"
        if owner is None:
            return None
        commented = any(scope.tok_start <= other.tok_start < noun and self.frag_of.get(other.tok_start) is scope and
                        not self._nominal(other) and code[:2] in self.commenting_roots
                        for other, _source, _target, code in self.coded_triggers)
        return owner, commented

    def _imposed_by(self, tok: int, frag: Fragment) -> tuple[Group, int] | None:
        """A participle of a sanctions stance that describes the sanctions word, and the imposer behind its agent
        preposition: "the sanctions imposed (on it) by the United States", "die von den USA verhängten Sanktionen"
        ((imposer, participle token)). The participle names how they came about, not the clause's act."""
        imposer_preps = self.cues.words("sanction_imposer_prepositions")
        def stance_word(i: int) -> bool:
            return self._one_word_cue("sanction_stances", i)
        if self.lang == "en":
            after = self._words_between(tok + 1, frag.tok_end)
            if not after or not stance_word(after[0]) or self.in_actor[after[0]]:
                return None
            for group in frag.groups:
                if group.tok_start <= after[0]:
                    continue
                gap = self._words_between(after[0] + 1, group.tok_start)
                if group.prep in imposer_preps and len(gap) <= 4 and \
                        not any(self.punct[i] or self.in_actor[i] for i in gap):
                    return group, after[0]
                break
            return None
        before = self._words_between(frag.tok_start, tok)
        if not before or not stance_word(before[-1]):
            return None
        group = next((g for g in reversed(frag.groups) if g.tok_end <= before[-1]), None)
        if group is not None and group.prep in imposer_preps and \
                len(self._words_between(group.tok_end, before[-1])) <= 2 and \
                not any(self.punct[i] for i in self._words_between(group.tok_end, before[-1])):
            return group, before[-1]
        return None

    def _announced_measure(self, frag: Fragment) -> bool:
        """German: the clause's only future or intent cue is a word of announcing (cues act_announcing_words:
        "kündigte ... an", "angekündigt") whose object is the measure, in a clause that is no infinitive ("Die EU
        kündigte neue Sanktionen gegen Russland an"; not "Die EU will neue Sanktionen ankündigen")."""
        if self.lang != "de" or frag.infinitive or frag.subordinate or \
                any(self.lower[f.tok_start] in self.condition_words for f in self.fragments):
            return False   # (under a condition: "Sollte Russland angreifen, kündigt die EU Sanktionen an")
        seen = False
        for name in ("modality", "intent"):
            for i, patterns in self._cue_tokens(name, frag.tok_start, frag.tok_end):
                keys = self.surface if name == "modality" else self.keys
                if not any(match_at(p, keys, i, frag.tok_end) is not None and
                           (name == "intent" or p.payload != "asserted") for p in patterns):
                    continue
                if self.lower[i] not in self.act_announcing_words:
                    return False
                seen = True
        return seen
