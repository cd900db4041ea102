"""Which actor mentions are actors, and how they join into groups: a currency ("US $"), an opposing or
affiliation compound ("anti-American", "Iran-backed") is none; ethnic residents take the state they live in;
adjacent mentions joined by und/and, an enumeration or "between A and B" act together; the preposition or case
before a group decides whether it can be a target. Also the stand-ins for officials and people the tables lack
("President Dos Santos", "refugees in Liberia") and the sameness tests of two parties (domestic pairs)."""
from __future__ import annotations

from geoevents.engine.components import ActorHit, TokenSpan, TriggerHit, written_as_its_own_name
from geoevents.engine.rules.common import Actor, Fragment, Group


class ActorGroups:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _resolve_actors(self, hits: list[ActorHit]) -> list[Actor]:
        actors: list[Actor] = []
        by_institution: dict[str, ActorHit] = {}
        self.unresolved: list[ActorHit] = []     # descriptions of nobody named: "demonstrators", "rebels"
        for hit in hits:
            if self._currency(hit):
                continue   # "US $50 million", "50 million U.S. dollars", "US-Dollar": money, not the state
            if hit.actor_code and self._affiliated(hit) and self.possessive_markers and \
                    any(self.lower[i] in self.possessive_markers for i in range(hit.tok_start, hit.tok_end - 1)):
                # "Sudan's army-backed government": the possessor owns the compound's head noun, not the army the
                # suffix names (was no actor: the whole mention dropped as an affiliation)
                hit = ActorHit(hit.tok_start, hit.tok_end, hit.start_char, hit.end_char, hit.actor_code, None,
                               hit.kind, None, hit.person, hit.entry_id)
            elif self._opposed(hit) or self._affiliated(hit):
                # "anti-American protesters", "a prominent anti-Syria journalist": opponents of the state, not it;
                # "Al-Qaeda-linked rebels", "Iran-backed militias": allies of the named actor, not the actor itself
                if hit.sector:
                    self.unresolved.append(ActorHit(hit.tok_start, hit.tok_end, hit.start_char, hit.end_char, None,
                                                    hit.sector, hit.kind, hit.role, None, hit.entry_id))
                continue
            code = hit.actor_code
            if code is None:
                known = by_institution.get(hit.institution) if hit.institution else None
                if known is None:
                    known = self._definite_reference(hit, actors)
                code = known.actor_code if known is not None else \
                    self._national_title(hit) or self._kind_reference(hit, actors)
                if code is None:
                    self.unresolved.append(hit)
                    continue
            if hit.institution:
                by_institution[hit.institution] = ActorHit(hit.tok_start, hit.tok_end, hit.start_char, hit.end_char,
                                                           code, hit.sector, hit.kind, hit.role, hit.person,
                                                           hit.entry_id, hit.institution)
            text = self.text[hit.start_char:hit.end_char]
            actors.append(Actor(code, hit.sector, text, hit.start_char, hit.end_char, hit.tok_start, hit.tok_end,
                                hit.entry_id, hit.person, hit.role, hit.institution))
        return actors

    def _definite_reference(self, hit: ActorHit, actors: list[Actor]) -> ActorHit | None:
        """A generic institution word (a role but no institution of its own: "ministry", "Ministerium", "minister",
        "police") right behind a definite article (cues definite_reference_articles) refers to the latest mention
        before it, within cues definite_reference_reach characters, of an actor's institution of that role or a kind
        of it ("Turkey's defence ministry said ... The ministry added ...", "Das türkische Verteidigungsministerium
        ... Das Ministerium erklärte ...": role defense_ministry ends with _ministry). None otherwise: "a ministry",
        "the ministry" with no such mention before it."""
        if not hit.role or hit.institution or not self.definite_reference_articles:
            return None
        # "ein Sprecher der Behörde", "a spokesman for the agency": a description whose owner is a generic word of
        # cues generic_reference_words behind a definite article is of the institution that word refers to
        owner = hit.tok_end - hit.tok_start > 1 and self.lower[hit.tok_end - 1] in self.generic_reference_words
        if hit.tok_end - hit.tok_start != 1 and not owner and not self._description_words(hit):
            return None
        j = hit.tok_end - 2 if owner else hit.tok_start - 1
        while j >= 0 and self.space[j]:
            j -= 1
        if j < 0 or self.lower[j] not in self.definite_reference_articles:
            return None
        generic = owner or hit.role in self.generic_reference_roles and self.lower[hit.tok_start] in \
            self.generic_reference_words   # (not the plural "the authorities", "die Behörden": often the place's)
        for actor in reversed(actors):
            if hit.start_char - actor.end_char > self.definite_reference_reach:
                return None
            role = actor.role or ""
            # "Die Behörde", "the agency": any institution named before ("Die polnische Staatsanwaltschaft ... Die
            # Behörde teilte mit"; cues generic_reference_roles, generic_reference_institutions)
            if actor.code and (role == hit.role or role.endswith("_" + hit.role) or
                               generic and actor.person is None and
                               any(role == r or role.endswith("_" + r) for r in self.generic_reference_institutions)):
                if generic and actor.sector in self.generic_reference_stop_sectors:
                    return None   # "the Reuters news agency reported. The agency said": a medium reports, says nothing
                if owner:   # the spokesperson of that institution
                    return ActorHit(hit.tok_start, hit.tok_end, hit.start_char, hit.end_char, actor.code, actor.sector,
                                    hit.kind, hit.role, None, actor.entry_id, None)
                return ActorHit(hit.tok_start, hit.tok_end, hit.start_char, hit.end_char, actor.code, actor.sector,
                                hit.kind, actor.role, actor.person, actor.entry_id, actor.institution)
        return self._seated_reference(hit, actors, owner) if generic else None

    def _description_words(self, hit: ActorHit) -> bool:
        """A description of two or three lowercase words with nothing but spaces between them ("the air force", "the
        foreign ministry", "the defence ministry"): it refers like one generic word ("Ukraine's air force said ...
        The air force said ...")."""
        words = [i for i in range(hit.tok_start, hit.tok_end) if not self.space[i]]
        return 2 <= len(words) <= 3 and all(self.alpha[i] and self.token_text[i].islower() for i in words)

    def _seated_reference(self, hit: ActorHit, actors: list[Actor], owner: bool) -> ActorHit | None:
        """A generic word ("der Behörde") for an institution named before by its description and its seat, a capital
        behind "in" (cues seat_prepositions): "Die Staatsanwaltschaft in Warschau hat ... eingeleitet. ..., teilte ein
        Sprecher der Behörde mit" -> POL, as the seat makes the speaker of "teilte das Außenministerium in Kuala Lumpur
        mit" (Statements._seat_speaker). The latest such description within reach, or None."""
        for earlier in reversed(self.unresolved):
            if hit.start_char - earlier.end_char > self.definite_reference_reach:
                return None
            role = earlier.role or ""
            if not any(role == r or role.endswith("_" + r) for r in self.generic_reference_institutions):
                continue
            prep = earlier.tok_end
            while prep < len(self.lower) and self.space[prep]:
                prep += 1
            if prep >= len(self.lower) or self.lower[prep] not in self.seat_preps:
                continue
            seat = next((a for a in actors if a.tok_start == prep + 1 and a.entry_id.split(":")[1] == "capital"), None)
            if seat is not None:
                return ActorHit(hit.tok_start, hit.tok_end, hit.start_char, hit.end_char, seat.code, earlier.sector,
                                hit.kind, hit.role if owner else earlier.role, None, seat.entry_id,
                                None if owner else earlier.institution)
        return None

    def _kind_reference(self, hit: ActorHit, actors: list[Actor]) -> str | None:
        """An office or institution of a state described by its kind (cues state_kind_descriptions): English "the
        island's president", "the territory's civil defence agency", "the Gulf state's foreign ministry" (the kind
        between "the" and "'s" right before it), German "der Präsident der Insel", "das Außenministerium des
        Golfstaats" (the kind behind an article right behind it). It is the one state of that kind named before it
        within cues definite_reference_reach characters ("China held drills around Taiwan, days after the island's
        president ..." TWN; "Israeli air strikes killed ... in the Gaza Strip, the territory's civil defence agency
        said" PSE; were no actor); None when no state or several states of the kind were named."""
        kinds = self.state_kind_descriptions
        if not kinds or not hit.role:
            return None
        lower = self.lower
        if self.possessive_markers:
            words = self._words_between(max(0, hit.tok_start - 7), hit.tok_start)
            for _ in range(2):   # up to two lowercase words of the office ("the territory's health ministry")
                if words and self.alpha[words[-1]] and self.token_text[words[-1]].islower() and \
                        lower[words[-1]] not in self.determiners:
                    words.pop()
            if len(words) < 3 or lower[words[-1]] not in self.possessive_markers:
                return None
            states = None
            for size in (2, 1):
                if len(words) >= size + 2 and lower[words[-size - 2]] in self.definite_reference_articles:
                    states = kinds.get(tuple(lower[i] for i in words[-size - 1:-1]))
                    if states is not None:
                        break
        else:
            words = self._words_between(hit.tok_end, min(len(lower), hit.tok_end + 4))
            if len(words) < 2 or lower[words[0]] not in self.definite_reference_articles:
                return None
            states = kinds.get((lower[words[1]],))
        if states is None:
            return None
        found: set[str] = set()
        for actor in reversed(actors):
            if hit.start_char - actor.end_char > self.definite_reference_reach:
                break
            if actor.code in states:
                found.add(actor.code)
        return next(iter(found)) if len(found) == 1 else None

    def _national_title(self, hit: ActorHit) -> str | None:
        """The state an office word names by its own prefix (cues national_title_prefixes: German "bundes-" is the
        German federation: "teilte Bundesinnenministerin X mit", "das Bundesentwicklungsministerium"), or None."""
        if not self.national_title_prefixes or hit.kind != "description" or not hit.role:
            return None
        first = self.lower[hit.tok_start]
        return next((code for prefix, code in self.national_title_prefixes if first.startswith(prefix) and
                     len(first) > len(prefix)), None)

    def _currency(self, hit: ActorHit) -> bool:
        """The mention names a currency (cues currency_words): the word after it ("US $", "U.S. dollars") or the
        head of its compound ("US-Dollar")."""
        last = self.lower[hit.tok_end - 1]
        if "-" in last and last.rsplit("-", 1)[1] in self.currency_words:
            return True
        stop, after = min(hit.tok_end + 2, len(self.lower)), hit.tok_end   # the next word within two tokens
        while after < stop and self.space[after]:
            after += 1
        return after < stop and self.lower[after] in self.currency_words

    def _opposed(self, hit: ActorHit) -> bool:
        """The mention follows an opposing or supporting prefix: "anti-Syria", "Anti-American", "pro-Russian" (tokens
        anti, -, name) or is one token "anti-syria", "pro-russische"."""
        i = hit.tok_start
        first = self.lower[i]
        if "-" in first and any(first.startswith(p + "-") for p in self.opposing_prefixes):
            return True
        return i >= 2 and self.lower[i - 1] == "-" and self.lower[i - 2] in self.opposing_prefixes

    def _affiliated(self, hit: ActorHit) -> bool:
        """The mention is the first part of an affiliation compound: "Al-Qaeda-linked" (tokens name, -, linked) or
        one token "al-kaida-nahe"."""
        i = hit.tok_end
        last = self.lower[i - 1]
        if "-" in last and any(last.endswith("-" + s) for s in self.affiliation_suffixes):
            return True
        return i + 1 < len(self.lower) and self.lower[i] == "-" and self.lower[i + 1] in self.affiliation_suffixes

    def _residents(self, actors: list[Actor]) -> list[Actor]:
        """People named by their ethnicity are coded by where they live: "Albanians of southern Serbia",
        "ethnic Albanians in south Serbia" -> SRB; "Bosnian Serbs" -> BIH (the state adjective wins)."""
        out: list[Actor] = []
        absorbed: set[int] = set()
        for k, actor in enumerate(actors):
            if k in absorbed:
                continue
            kind = actor.entry_id.split(":")[1] if ":" in actor.entry_id else ""
            if kind == "demonym" and out and out[-1].tok_end == actor.tok_start and \
                    out[-1].entry_id.split(":")[1] == "adj" and out[-1].code != actor.code:
                prev = out[-1]
                out[-1] = Actor(prev.code, prev.sector or actor.sector, self.text[prev.start_char:actor.end_char],
                                prev.start_char, actor.end_char, prev.tok_start, actor.tok_end, prev.entry_id,
                                prev.person, prev.role, prev.institution)
                continue
            ethnic = actor.tok_start > 0 and self.lower[actor.tok_start - 1] in self.ethnic_words
            if (kind == "demonym" or ethnic and kind == "adj") and k + 1 < len(actors):
                place = actors[k + 1]
                gap = self._words_between(actor.tok_end, place.tok_start)
                if gap and self.lower[gap[0]] in self.residence_participles:
                    gap = gap[1:]   # "ethnic Albanian rebels living in Macedonia"
                if gap and self.lower[gap[0]] in self.residence_preps and len(gap) <= 3 and \
                        all(self.alpha[t] and self.token_text[t].islower() for t in gap) and \
                        place.code != actor.code and place.entry_id.split(":")[1] in ("country", "capital"):
                    actor = Actor(place.code, actor.sector or "ETH", self.text[actor.start_char:place.end_char],
                                  actor.start_char, place.end_char, actor.tok_start, place.tok_end, actor.entry_id,
                                  actor.person, actor.role, actor.institution)
                    absorbed.add(k + 1)
            out.append(actor)
        return out

    def _list_commas(self, actors: list[Actor], triggers: list[TriggerHit] | None = None) -> set[int]:
        """Commas of an enumeration of actors closed by "and"/"und" ("Russlands, Chinas und Indiens"): they join
        the actors into one group instead of cutting the clause, also with a serial comma ("the US, Russia, and
        Switzerland"). An enumeration without the closing joiner ("after talks with Xi, Biden said") is not one.
        ``triggers``: the sentence's triggers, when a title's name the tables lack may stand behind a member
        (_titled_name_length: "Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed and ...")."""
        commas: set[int] = set()
        i = 0
        while i < len(actors) - 1:
            chain: list[int] = []
            j = i
            while j + 1 < len(actors):
                # (actors far apart: the words between are only counted)
                count = self._word_count(actors[j].tok_end, actors[j + 1].tok_start)
                if count == 1 or triggers is not None and count <= 5 and actors[j].role is not None:
                    between = self._words_between(actors[j].tok_end, actors[j + 1].tok_start)
                    name = self._titled_name_length(actors[j], between, triggers)
                    between = between[name:]
                    if name and len(between) <= 3 and self.token_text[between[0]] == "," and \
                            all(self.lower[t] in self.determiners for t in between[1:]):
                        between = between[:1]   # "Der kenianische Präsident William Ruto, der äthiopische ..."
                    if len(between) == 1 and self.token_text[between[0]] == ",":
                        chain.append(between[0])
                        j += 1
                        continue
                break
            if chain and j + 1 < len(actors):
                between = self._words_between(actors[j].tok_end, actors[j + 1].tok_start)
                between = between[self._titled_name_length(actors[j], between, triggers):]
                serial = between[0] if between and self.token_text[between[0]] == "," else None   # "A, B, and C"
                if serial is not None:
                    between = between[1:]
                aside = self._list_aside(between)
                if aside:
                    commas.update(chain)
                    commas.update(aside)
                    if serial is not None:
                        commas.add(serial)
                elif between and len(between) <= 3 and self.lower[between[0]] in self.group_joiners and \
                        all(self.lower[t] in self.determiners for t in between[1:]):
                    commas.update(chain)
                    if serial is not None:
                        commas.add(serial)
            i = j + 1 if chain else i + 1
        return commas

    def _list_aside(self, between: list[int]) -> list[int]:
        """The commas of a short prepositional aside between the joiner and the last member of an enumeration ("Iran,
        Sudan, and under conditions, Cuba", "Iran, Sudan and, in some cases, Cuba", "Iran, Sudan und, unter
        Auflagen, Kuba"): up to four words opened by a preposition, closed by a comma. Empty when there is none."""
        if len(between) < 3 or self.lower[between[0]] not in self.group_joiners or self.token_text[between[-1]] != ",":
            return []
        words = between[1:-1]
        opening = [words[0]] if words and self.token_text[words[0]] == "," else []
        words = words[len(opening):]
        if not 1 <= len(words) <= 4 or self.lower[words[0]] not in self.prepositions or \
                not all(self.alpha[t] for t in words):
            return []
        return opening + [between[-1]]

    def _groups(self, actors: list[Actor], span: TokenSpan, list_commas: set[int] | None = None,
                triggers: list[TriggerHit] | None = None) -> list[Group]:
        """``list_commas``: ``self._list_commas(actors)`` when the caller has it already; ``triggers``: the
        sentence's triggers, when a compound of titled names the tables lack may be joined (_titled_name_length)."""
        groups: list[Group] = []
        if list_commas is None:
            list_commas = self._list_commas(actors, triggers)
        for actor in actors:
            if groups:
                last = groups[-1]
                between = self._words_between(last.tok_end, actor.tok_start)
                if last.members[-1].tok_end == last.tok_end:   # "Kenyan President William Ruto and ..."
                    name = self._titled_name_length(last.members[-1], between, triggers)
                    between = between[name:]
                    if name and 1 < len(between) <= 3 and between[0] in list_commas and \
                            all(self.lower[t] in self.determiners for t in between[1:]):
                        between = between[:1]   # "Der kenianische Präsident William Ruto, der äthiopische ..."
                same_token = last.tok_end > actor.tok_start
                if len(between) >= 2 and between[0] in list_commas:
                    between = between[1:]   # the serial comma of "A, B, and C"
                if between and between[0] in self.clause_coordinators:
                    between = []   # "attacked Ukraine and the US imposed": two clauses (_subject_clause_after)
                joined = bool(between) and bool(self._list_aside(between)) and between[-1] in list_commas or \
                    bool(between) and self.lower[between[0]] in self.group_joiners and \
                    all(self.lower[t] in self.determiners for t in between[1:3]) and len(between) <= 3 or \
                    len(between) == 1 and between[0] in list_commas or \
                    last.prep in self.between and self._between_pair(between)
                if same_token or joined:     # "Xi und Putin", "Putin und der chinesische Präsident Xi"
                    last.members.append(actor)
                    last.tok_end = max(last.tok_end, actor.tok_end)
                    continue
            group = Group([actor], actor.tok_start, actor.tok_end)
            self._mark_preposition(group, span.start)
            groups.append(group)
        return groups

    def _titled_name_length(self, member: Actor, between: list[int], triggers: list[TriggerHit] | None) -> int:
        """How many of the words ``between`` behind ``member``, a title the tables know, are a name they lack: "Kenyan
        President William Ruto and Ethiopian Prime Minister Abiy Ahmed", "Der kenianische Präsident William Ruto und
        der äthiopische Regierungschef Abiy Ahmed", "Kenyan President William Ruto, Ethiopian Prime Minister Abiy
        Ahmed and ..." are one compound like "Xi und Putin" once the name is skipped (it kept the titles apart: the
        second read as the first's object or partner). Up to four capitalized words ("Lee Jae-myung": English splits
        it at the hyphen, German keeps it whole) followed by more words; 0 when there is no such name, when the
        sentence's triggers are not given, or when a verb stands before the title ("Ruto met Ethiopian Prime Minister
        Abiy Ahmed and Sudanese army chief X said ...": the names of two clauses)."""
        if triggers is None or member.role is None or not between:
            return 0
        k = 0
        while k < len(between) and k <= 4:
            i = between[k]
            word = self.token_text[i]
            if not (word[:1].isupper() and word.replace("-", "").isalpha() or
                    self.alpha[i] and k > 0 and self.token_text[between[k - 1]] == "-" or word == "-" and k > 0):
                break
            k += 1
        if not 1 <= k <= 4 or k == len(between) or self.token_text[between[k - 1]] == "-" or \
                any(t.entry.pos == "VERB" and t.tok_start < member.tok_start for t in triggers):
            return 0
        return k

    def _between_pair(self, words: list[int]) -> bool:
        """ "between an Israeli human rights group and the PLO": after "between", the rest of the first party's noun
        phrase, the joiner and determiners link the second party (at most six words, no punctuation or
        preposition)."""
        joiners = [k for k, i in enumerate(words) if self.lower[i] in self.group_joiners]
        if len(joiners) != 1 or len(words) > 6:
            return False
        return not any(self.punct[i] or self.lower[i] in self.prepositions for i in words) and \
            all(self.lower[i] in self.determiners for i in words[joiners[0] + 1:])

    def _mark_preposition(self, group: Group, floor: int) -> None:
        lowers, space = self.lower, self.space
        j = group.tok_start - 1
        seen = 0
        first = lowers[group.tok_start]
        if first in self.prepositions:  # "im CCTV-Bericht" is tokenized with the preposition outside the actor
            group.prep = first
        while j >= floor and seen < 4:
            if space[j]:   # a space token (a line break among them) neither cuts nor counts
                j -= 1
                continue
            lower = lowers[j]
            if self.punct[j] or lower in self.subordinators or lower in self.coordinators:
                break
            if lower in self.approximators and j + 1 < group.tok_start and self.like_num[j + 1]:
                seen += 1      # "free over 150 Palestinian prisoners": a quantity, not a preposition
                j -= 1
                continue
            if j > floor and (lowers[j - 1], lower) in self.approximator_pairs and j + 1 < group.tok_start and \
                    self.like_num[j + 1]:
                seen += 2      # "kidnapped up to 12 Turkish drivers", "bis zu 12 türkische Fahrer"
                j -= 2
                continue
            if lower in self.partitive_prepositions and j > floor and self.like_num[j - 1] and \
                    j + 1 < group.tok_start and self.like_num[j + 1]:
                seen += 2      # "48 von 55 russischen Drohnen": a part of a number, no preposition of the group
                j -= 2
                continue
            if lower in self.prepositions:
                # "Leaders of Brazil, Russia ... gathered": the members stand for their states
                if j > floor and lowers[j - 1] in self.member_nouns and lower in self.member_links:
                    return
                group.prep = lower
                if j > floor and lowers[j - 1] in self.reporting_preps:   # "according to Pentagon sources"
                    group.prep = lowers[j - 1]
                break   # a German genitive name may follow it: "gegen Russlands Festnahme"
            if lower in self.genitive_links and seen == 0:
                group.genitive = True
            # German lowercase words between a preposition and a noun are adjectives; English ones may be verbs,
            # but a compass word before a state's adjective is one ("near the eastern Thai border"), and so is a
            # bare compass word before any name ("in south Lebanon", "in east Bosnia"; "in southern Lebanon" stays
            # as it was, docs/evaluation.md)
            adjective = self.lang == "de" and self.alpha[j] and self.token_text[j][:1].islower() or \
                lower in self.compass_adjectives and group.members[0].entry_id.split(":")[1] == "adj" or \
                lower in self.compass_nouns or lower in self.rank_adjectives   # "on senior officers in the ..."
            # numerals belong to the noun phrase: "sanctions on three Chinese companies"
            if not (lower in self.determiners or adjective or self.like_num[j]):
                if self.lex.lang == "de" and seen and self._prepositional_head(j, group.tok_start, floor):
                    group.genitive = group.framed = True
                break
            seen += 1
            j -= 1
        if self.lex.lang == "de":
            member = group.members[0]
            surface = lowers[member.tok_start]
            fields = member.entry_id.split(":")
            # a name written alike in both languages and matched as written is the name itself, whatever its last
            # letter: "Am Montag lehnte Belarus den Vorschlag ab" (the subject behind the finite verb), "Honduras",
            # "Guterres"; "Polens", "Putins" (matched as "putin") are genitives
            own_name = written_as_its_own_name(member.entry_id, surface)
            # a hyphenated country name in the s-genitive too ("Saudi-Arabiens", "Bosnien-Herzegowinas"), not a
            # hyphenated person's name
            if member.tok_end - member.tok_start == 1 and surface.endswith("s") and \
                    ("-" not in surface or fields[1] in ("country", "capital")) \
                    and fields[1] in ("country", "capital", "person") and not own_name:
                group.genitive = group.genitive or not member.text.lower().rstrip("s") == member.text.lower()

    def _prepositional_head(self, head: int, start: int, floor: int) -> bool:
        """German: the group starting at ``start`` is the genitive attribute of the noun ``head`` of a prepositional
        phrase ("Beim Treffen der G7 kritisierte Biden China", "Auf dem Gipfel der Nato ...": the bloc names whose
        meeting it is, no subject or object of the clause). The head is a capitalized word that is no actor, "der"
        or "des" stands right behind it (cues feminine_dative_article, genitive_links), and a preposition stands before it
        with at most an article and lowercase adjectives between them. The phrase opens the clause (the first
        position before the finite verb): inside the clause "der" is as well a dative ("Deutschland lieferte am
        Montag der Ukraine Waffen"); a day or month is never the head."""
        if not (self.alpha[head] and self.token_text[head][:1].isupper()) or self.in_actor[head] or \
                self.lower[head] in self.date_words:
            return False
        behind = self._words_between(head + 1, start)
        if not behind or self.lower[behind[0]] not in self.feminine_dative_article | self.genitive_links:
            return False
        before = self._words_between(floor, head)
        for k in range(len(before) - 1, max(len(before) - 4, -1), -1):
            low = self.lower[before[k]]
            if low in self.prepositions:
                return k == 0 or self.punct[before[k - 1]]
            if not (low in self.determiners or self.alpha[before[k]] and self.token_text[before[k]][:1].islower()):
                return False
        return False

    def _oblique(self, group: Group) -> bool:
        """The group's article or adjective ending marks it dative, accusative or genitive (cues
        oblique_determiners ...): an object wherever it stands ("Der Ukraine half Polen", "lieferte der Ukraine
        Waffen"). "der Ukraine" after a common noun is its genitive attribute ("die Regierung der Ukraine"), not an
        object. Ambiguous phrases ("die USA", "China") are not oblique: the word order decides."""
        if not self.oblique_determiners or group.prep is not None or group.pronoun:
            return False
        lowers = self.lower
        j = group.tok_start - 1
        floor = self.span.start
        article, article_at = None, None
        while j >= floor and group.tok_start - j <= 4:
            if self.space[j]:
                j -= 1
                continue
            if lowers[j] in self.determiners:
                article, article_at = lowers[j], j
                break
            if not (self.alpha[j] and self.token_text[j][:1].islower() or self.like_num[j]):
                break
            j -= 1
        start = article_at + 1 if article_at is not None else group.tok_start
        # adjectives before the head: "der benachbarten Ukraine", "russischem Militär", "der Vereinten Nationen"
        modifiers = [lowers[i] for i in self._words_between(start, group.members[0].tok_end - 1) if self.alpha[i]]
        if article in self.oblique_determiners:
            return True
        if article in self.feminine_dative_article:
            before = self._words_between(floor, article_at)
            if before and self.alpha[before[-1]] and self.token_text[before[-1]][:1].isupper() and \
                    not self._is_actor_token(before[-1]):
                return False    # "die Regierung der Ukraine": a genitive attribute
            if any(m.endswith(self.weak_oblique_endings) for m in modifiers):
                return True     # "der benachbarten Ukraine"
            if not self._words_between(article_at + 1, group.tok_start) and \
                    (any(lowers[i] in self.genitive_links | self.feminine_dative_article
                         for i in self._words_between(group.tok_start + 1, group.tok_end)) or
                     self._genitive_tail(group)):
                # "Der Außenminister der Ukraine warf Russland ... vor", "Der Außenminister Österreichs kritisierte
                # ...": the article is the head noun's, a masculine nominative; before a feminine noun ("der
                # Außenministerin der Ukraine", "der Regierung der Ukraine"; cues feminine_noun_endings) it is dative
                # or genitive
                return lowers[group.tok_start].endswith(self.feminine_noun_endings)
            member = group.members[0]   # "der Republik Moldau", not "der Irak"
            return not self._words_between(article_at + 1, group.tok_start) and \
                member.entry_id.split(":")[1] == "country" and member.text.lower() not in self.masculine_names
        return article is None and any(m.endswith(self.strong_oblique_endings) for m in modifiers)

    def _genitive_tail(self, group: Group) -> bool:
        """The group's mention is a word with its state in the s-genitive behind it ("Regierung Österreichs",
        "Außenminister Polens"; components._genitive_name)."""
        member = group.members[-1]
        surface = self.lower[member.tok_end - 1]
        fields = member.entry_id.split(":")
        return member.tok_end - member.tok_start > 1 and len(fields) > 1 and fields[1] in ("country", "capital") \
            and surface.endswith("s") and not written_as_its_own_name(member.entry_id, surface)

    def _titled_official(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """A clause opening with a title before a name the tables lack ("President Dos Santos has conceded ...",
        "Judge Alejandro Rivera opened ...", "Vice-President Ana Lopes has declined ...", "Präsident Dos Santos
        lehnte ... ab", "Außenminister Nguyen sagte, ..."; German only with the subject first): an official of the
        one state the sentence names ("... against 28 Chilean government officials", "... by the Kenya
        Anti-Corruption Commission"), as news name an official's state once if at all. None when the sentence names
        no state or several, or names it only by a person or a representative of its own (cues counterpart_roles:
        "President Mitterrand welcomed South African leader de Klerk": two states' leaders)."""
        if frag.subordinate:
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)
        while words and self.alpha[words[-1]] and self.token_text[words[-1]].islower():
            words.pop()   # auxiliaries and adverbs: "has reportedly conceded"
        # at most three words of the office before the title ("Planning and Investment Minister", "Vice-President")
        title = next((h for h in self.unresolved if h.role and h.kind == "description" and words
                      and words[0] <= h.tok_start and h.tok_end <= words[-1] and
                      len(self._words_between(words[0], h.tok_start)) <= 3), None)
        if title is None:
            return None
        name = [i for i in words if i >= title.tok_end]
        if not 1 <= len(name) <= 4 or not all(self.token_text[i][:1].isupper() or self.token_text[i] in "-."
                                             for i in name):
            return None
        sentence = [a for a in self.actors if self.span.start <= a.tok_start < self.span.end]
        states = {a.code for a in sentence}
        kinds = {a.entry_id.split(":")[1] for a in sentence}
        if len(states) != 1 or kinds & self.own_state_stateless_kinds or \
                all(a.entry_id.split(":")[1] in ("person", "office") or a.role in self.counterpart_roles
                    for a in sentence):
            return None
        code, end = sentence[0].code, name[-1] + 1
        official = Actor(code, title.sector, self.text[title.start_char:self.table.end_char(end - 1)],
                         title.start_char, self.table.end_char(end - 1), title.tok_start, end,
                         f"{code}:titled_official:{title.entry_id}", None, title.role, "")
        return Group([official], title.tok_start, end)

    def _people_by_place(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """People the act's object describes by where they are, as the subject rule reads "Police in Kabul": a
        description word (a sector word no actor covers: "refugees", "forces", "workers") at most five words after a
        directed trigger in its clause, then a residence preposition (cues residence_prepositions) and a state or
        capital, right behind the word or behind a participle of residence or flight and its object (cues
        residence_participles, flight_participles): "aid to families fleeing the fighting in Sudan" -> SDN,
        "a ceasefire with Serb units in eastern Bosnia" -> BIH, "Hilfe für Flüchtlinge aus Syrien" -> SYR. A venue is
        no people ("set up a research center in Tokyo" names none)."""
        if trig.entry.frame != "directed":
            return None
        hit = next((h for h in self.unresolved if h.sector and trig.tok_end <= h.tok_start < frag.tok_end), None)
        if hit is None:
            return None
        lead = self._words_between(trig.tok_end, hit.tok_start)
        if len(lead) > 5 or any(self.punct[i] or self.lower[i] in self.subordinators or
                                self.lower[i] in self.coordinators for i in lead) or \
                any(trig.tok_end <= g.tok_start < hit.tok_start for g in frag.groups):
            return None
        group = next((g for g in frag.groups if g.tok_start >= hit.tok_end), None)
        if group is None or len(group.members) != 1 or \
                group.members[0].entry_id.split(":")[1] not in ("country", "capital"):
            return None
        # the preposition, with compass words between it and the state ("in east Bosnia", "in southern Lebanon")
        gap = self._words_between(hit.tok_end, group.tok_start)
        preps = self.residence_preps | self.people_origin_preps
        at = max((k for k, i in enumerate(gap) if self.lower[i] in preps), default=None)
        if at is None or any(self.punct[i] or not (self.lower[i] in self.compass_words or
                                                   self.lower[i] in self.determiners) for i in gap[at + 1:]):
            return None
        between = gap[:at]
        if between and not (self.lower[between[0]] in self.residence_participles and len(between) == 1 or
                            self.lower[between[0]] in self.flight_participles and len(between) <= 5 and
                            all(self.alpha[i] and self.token_text[i].islower() for i in between)):
            return None
        place = group.members[0]
        span = self.table.span(hit.tok_start, group.tok_end)
        people = Actor(place.code, hit.sector, self.text[span.start_char:span.end_char], span.start_char, span.end_char,
                       hit.tok_start, group.tok_end, place.entry_id, None, hit.role, "")
        return Group([people], hit.tok_start, group.tok_end, own_state=place.code in source.codes)

    def _titled_object(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """A title before a name the tables lack right after an English act of a non-state group ("Fijian rebels
        will free Prime Minister Tomas Ruiz"): an official of the group's own state, the one state the
        sentence names (the other side of a domestic pair)."""
        member = source.members[0]
        if self.lang != "en" or len(source.codes) != 1 or member.sector not in self.domestic_sectors:
            return None
        words = self._words_between(trig.tok_end, frag.tok_end)
        while words and self.lower[words[0]] in self.determiners:
            words.pop(0)
        title = next((h for h in self.unresolved if h.role and h.kind == "description" and words and
                      h.tok_start == words[0]), None)
        if title is None:
            return None
        name = [i for i in words if i >= title.tok_end][:5]
        end = next((k for k, i in enumerate(name) if not self.token_text[i][:1].isupper()), len(name))
        name = name[:end]
        if not 1 <= len(name) <= 4 or any(self._is_actor_token(i) for i in name) or \
                {a.code for a in self.actors if self.span.start <= a.tok_start < self.span.end} != {member.code}:
            return None
        stop = self.table.end_char(name[-1])
        official = Actor(member.code, title.sector, self.text[title.start_char:stop], title.start_char, stop,
                         title.tok_start, name[-1] + 1, f"{member.code}:titled_official:{title.entry_id}", None,
                         title.role, "")
        return Group([official], title.tok_start, name[-1] + 1)

    def _is_media(self, group: Group) -> bool:
        return all((m.sector == "MED" or (m.role or "") in self.media_roles) for m in group.members)

    def _distinct_members(self, group: Group | None) -> list[Actor]:
        if group is None:
            return []
        out: list[Actor] = []
        for m in group.members:
            if all(o.code != m.code for o in out):
                out.append(m)
        return out

    def _other_party(self, group: Group, source: Group) -> bool:
        return not set(group.codes) <= set(source.codes) or self._domestic(group, source)

    def _person_object(self, group: Group, source: Group) -> bool:
        """A named person of the source's own state as the object of a court's act ("the Supreme Court allowed
        candidate Ouattara to run", "the judge ordered Menem to appear"; cues person_object_sectors): a domestic
        dyad. Other institutions and their own state's leaders are not ("the army wants Putin to stop")."""
        return len(group.members) == 1 and group.members[0].person is not None and \
            all(m.person is None and m.sector in self.person_object_sectors for m in source.members)

    def _domestic(self, group: Group, source: Group) -> bool:
        """Both sides of one state, told apart by sector: "the Sudanese government accused Sudanese rebels"."""
        return set(group.codes) == set(source.codes) and self._domestic_pair(source.members[0], group.members[0])

    def _domestic_pair(self, a: Actor, b: Actor | None) -> bool:
        return b is not None and a.code == b.code and a.sector != b.sector and \
            bool({a.sector, b.sector} & self.domestic_sectors)
