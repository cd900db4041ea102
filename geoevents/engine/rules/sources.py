"""Who did it (``_source``): the passive agent, the clause's first candidate, a pronoun or description, the
subject of the clause before; an unknown (NULL) source for a subject noun phrase that names nobody known
("Der Angriff tötete ...", "Insurgents bombarded ...", an act noun in a report); the agent an act noun names by
its genitive, possessor, adjective or by-phrase ("Russia's invasion of Ukraine", "den Angriff Russlands auf")."""
from __future__ import annotations

from geoevents.engine.components import PLURAL_POSSESSIVE, TriggerHit
from geoevents.engine.rules.common import GOVERNING_ROOTS, Actor, Fragment, Group, StatementInfo, _last_token


class Sources:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _forefield_words(self, frag: Fragment, trig: TriggerHit) -> list[int] | None:
        """The words of the first position of a verb-second main clause when it is one noun phrase opened by a
        nominative article and naming no actor: "Der Angriff tötete drei russische Soldaten" (the noun phrase is
        the subject), else None. A nominal trigger may be that noun phrase's head: "Ein Drohnenangriff tötete ..."
        (the finite verb follows it). A perfect auxiliary right behind its noun is the finite verb of a participle
        trigger: "Der Angriff hat drei russische Soldaten getötet"; after an adverbial, such a noun phrase right behind
        the auxiliary ("Am Dienstag hat die Sprecherin Iran kritisiert"). A nominal trigger's genitive object may
        stand between it and the verb: "Die Invasion der Ukraine begann ..."."""
        if frag.subordinate or frag.infinitive:   # "..., die militärische Zusammenarbeit mit China zu stärken"
            return None
        if trig.entry.pos == "VERB":
            words = self._words_between(frag.tok_start, trig.tok_start)
            end = trig.tok_start
            aux = next((k for k, i in enumerate(words) if k >= 1 and self.lower[i] in self.perfect_auxiliaries), None)
            if aux is not None and (self._noun_phrase(words[:aux]) or self._bare_plural(words[:aux], words[aux])):
                words, end = words[:aux], words[aux]
            elif aux is not None and (not self._actor_overlaps(frag.tok_start, words[aux]) or
                                      self._prepositional_forefield(frag, words[aux])):
                # "Am Dienstag hat die Sprecherin Iran vor einem Angriff gewarnt", "Am Dienstag hat die Sprecherin
                # Iran kritisiert": after an adverbial, the noun phrase right behind the perfect auxiliary that names
                # no actor is the subject, the name behind it the object (was the source)
                rest = words[aux + 1:]
                named = next((k for k, i in enumerate(rest) if self.in_actor[i]), None)
                while named and self.lower[rest[named - 1]] in self.determiners:
                    named -= 1   # the object's article: "Am Montag hat eine Rakete die Ukraine getroffen"
                if named and (self._noun_phrase(rest[:named]) or self._members_length(rest[:named]) == named):
                    return rest[:named]   # (also "die Staats- und Regierungschefs")
        else:
            words = self._words_between(frag.tok_start, trig.tok_end)
            verb = self._words_between(trig.tok_end, min(trig.tok_end + 3, frag.tok_end))[:1]
            if not verb or not (self.alpha[verb[0]] and self.token_text[verb[0]][:1].islower()) or \
                    self.lower[verb[0]] in self.prepositions:
                return None
            end = verb[0]
        if self._actor_overlaps(frag.tok_start, end):
            return None
        if self._noun_phrase(words) or self._bare_plural(words, end) or self._titled_name(words):
            return words
        if trig.entry.pos == "VERB" and words and not self._noun_phrase(words):
            # "Am Montag griffen Soldaten die Ukraine an", "Am Montag tötete eine Rakete in Charkiw zwei ukrainische
            # Soldaten": after an adverbial, the noun phrase behind the verb (not one whose modifier names an actor:
            # "Soldaten aus Russland", _postverbal_modifier)
            found = self._postverbal_subject(frag, trig)
            if found is not None and found[1] is None:
                return found[0]
        return None

    def _fronted_object_subject(self, frag: Fragment, trig: TriggerHit) -> Group | None:
        """German verb second with an object in the first position: the name right behind the finite verb (only
        articles between, in no oblique case, no preposition) is the subject: "Eine vollständige Waffenruhe lehnte
        Moskau ab" (120 RUS, was none->RUS), "Die Forderungen Polens wies Russland zurück" (RUS->POL, was POL->RUS),
        "Ziele im Norden des Irak griff die Türkei an", "Stellungen ... hat die Türkei angegriffen" (TUR->IRQ). The
        first position (up to the verb trigger or a finite auxiliary or modal before it) is one noun phrase that names
        no actor of its own (its actors are genitives or behind prepositions) and no description of one (a sector
        word, people: "Die Polizei", "Die Sprecherin", "Demonstranten"), and it is an object when its article is
        oblique ("Den Vorschlag"), when its number differs from the verb's ("Die Vorwürfe wies ...": a plural noun,
        its lookup lemma differs, before a singular verb; "Ein Abkommen unterzeichneten ..."), or else when the verb's
        root takes no things as subjects (cues thing_subject_roots: "Eine Rakete traf Kiew" stays none->UKR) and its
        head is none of cues agentive_nouns ("Die Resolution verurteilt Russland" stays none->RUS). No passive,
        no subordinate clause. None otherwise."""
        noun = trig.entry.pos == "NOUN"
        if self.lang != "de" or frag.subordinate or frag.infinitive or frag.relative or \
                not (noun or trig.entry.pos == "VERB"):
            return None
        first = frag.tok_start
        while first < trig.tok_start and self.space[first]:
            first += 1
        lowers = self.lower
        # (most clauses open with a name, a preposition, a pronoun or the verb: asked before any scan)
        if first >= trig.tok_start and not noun or first > trig.tok_start or self.in_actor[first] or \
                self.punct[first] or lowers[first] in self.fronting_blockers or \
                not any(g.prep is None and not g.genitive for g in frag.groups):
            return None
        if noun:
            # "Die Waffen lieferte Deutschland im Mai": an act noun in the first position whose support word (of its
            # support family) is the finite verb right before a name
            support = trig.entry.support
            later = self._words_between(trig.tok_end, frag.tok_end)
            verb_at = next((k for k, i in enumerate(later[:8]) if self.alpha[i] and self.token_text[i].islower() and
                            support and support in self.support_word_families.get(lowers[i], ())), None)
            if verb_at is None or any(self.punct[i] for i in later[:verb_at]):
                return None
            words = self._words_between(first, later[verb_at] + 1)
        else:
            words = self._words_between(first, trig.tok_start + 1)
        finites = self.fronting_finites
        verb = next((k for k, i in enumerate(words) if i == trig.tok_start and not noun or lowers[i] in finites or
                     noun and i == words[-1]), 0)
        if verb == 0:
            return None
        finite = words[verb]
        field = words[:verb]
        k = 0
        while k < len(field) and (lowers[field[k]] in self.determiners or self.alpha[field[k]] and
                                  self.token_text[field[k]].islower() or self.like_num[field[k]]):
            k += 1
        if k == len(field) or not self.alpha[field[k]] or not self.token_text[field[k]][:1].isupper() or \
                self.in_actor[field[k]]:
            return None   # no noun head ("Gestern", "Das"), or a name first: "Die Türkei griff ... an"
        head = field[k]
        if any(g.tok_start < finite and g.prep is None and not g.genitive and not self._attribute_of_noun(g, head)
               for g in frag.groups) or any(field[0] <= h.tok_start <= head for h in self.unresolved) or \
                lowers[head] in self.crowd_words or lowers[head] in self.person_group_nouns or \
                lowers[head] in self.person_titles or any(p < finite for p in frag.pronouns):
            return None   # an actor or a description of one in the first position: the subject
        rest = self._words_between(finite + 1, frag.tok_end)
        if any(lowers[i] in self.perfect_passive_finites or lowers[i] in self.passive_aux and
               lowers[i] not in self.predicate_auxiliaries for i in rest):
            return None   # a passive: "Die Forderungen wurden von Russland zurückgewiesen"
        j = 0
        while j < len(rest) and lowers[rest[j]] in self.determiners:
            j += 1
        named = next((g for g in frag.groups if j < len(rest) and g.tok_start == rest[j]), None)
        if named is None or named.prep is not None or named.genitive or named.pronoun or self._oblique(named) or \
                any(m.entry_id.startswith("place:") for m in named.members):
            return None
        article = lowers[field[0]] if k else None
        if article in self.oblique_determiners:
            return named   # "Den Vorschlag der EU lehnte Russland ab", "Dem Plan stimmte Russland zu"
        if article in self.feminine_dative_article:
            return None    # "Der Angriff ...": a masculine nominative
        verb_plural = lowers[finite].endswith("n")
        keys = self.keys[head]
        head_plural = article not in self.singular_determiners and len(keys) > 1 and keys[1] != keys[0]
        if head_plural and not verb_plural or article in self.singular_determiners and verb_plural:
            return named   # the verb's number rules the first position out as its subject
        if trig.entry.cameo_code[:2] in self.thing_subject_roots or \
                any(key.endswith(self.agentive_nouns) for key in keys):
            return None
        return named

    def _attribute_of_noun(self, group: Group, head: int) -> bool:
        """German: the group modifies the noun ``head`` of its noun phrase: an adjective before it ("Die russische
        Forderung") or a genitive attribute behind it opened by "der"/"des" ("Den Vorschlag der EU")."""
        if group.tok_end <= head:
            return group.members[-1].entry_id.split(":")[1] == "adj" and \
                all(self.alpha[i] and self.token_text[i].islower() for i in self._words_between(group.tok_end, head))
        before = self._words_between(head + 1, group.tok_start)
        return bool(before) and self.lower[before[0]] in self.feminine_dative_article | self.genitive_links and \
            all(self.alpha[i] and self.token_text[i].islower() for i in before[1:])

    def _prepositional_forefield(self, frag: Fragment, stop: int) -> bool:
        """The first position up to ``stop`` (the finite auxiliary) is a prepositional phrase whose actors stand
        behind its prepositions or are its noun's genitives: "Zum Abschluss des Gipfels in Paris hat die Sprecherin
        China aufgefordert" (no actor of it is the clause's subject)."""
        return self.lower[frag.tok_start] in self.prepositions and \
            all(g.prep is not None or g.genitive for g in frag.groups if g.tok_start < stop)

    def _postverbal_subject(self, frag: Fragment, trig: TriggerHit) -> tuple[list[int], Group | None] | None:
        """After an adverbial first position ("Am Montag griffen ...", "In der Nacht tötete ..."), the noun phrase
        right behind the German finite verb that names no actor: a bare plural ("Soldaten", _bare_plural) or one
        opened by a nominative article ("eine Rakete", _noun_phrase), with the group its modifier names ("Soldaten
        aus Russland": cues subject_modifier_prepositions, at most two words between the preposition and the actor)
        or None. No pronoun ("trafen sich Diplomaten"), no actor in the noun phrase."""
        if self.lang != "de" or frag.subordinate or frag.infinitive:
            return None
        after = self._words_between(trig.tok_start + 1, frag.tok_end)
        k = next((k for k, i in enumerate(after[:3]) if self.token_text[i][:1].isupper()), None)
        subject = after[:k + 1] if k is not None else []
        if not subject or self._actor_overlaps(subject[0], subject[-1] + 1):
            return None
        # inflected adjectives before a bare plural
        bare = all(self.alpha[i] and self.token_text[i][:1].islower() and
                   self.lower[i].endswith(("e", "en", "er", "es", "em")) for i in subject[:-1]) and \
            self._bare_plural(subject, trig.tok_start)
        if not (bare or self._noun_phrase(subject) and self.lower[subject[0]] not in self.oblique_determiners):
            return None
        lead = self._words_between(frag.tok_start, trig.tok_start)
        if not bare and lead and all(self.lower[i] in self.coordinators or self.lower[i] in self.predicate_adverbs
                                     for i in lead):
            # "..., und verlangte ein Ende der Angriffe": a coordinated predicate has no first position of its own; it
            # shares the subject before it, and the noun phrase behind its verb is its object (a bare plural there
            # still opens a clause of its own: "und dann griffen Soldaten Kiew an")
            return None
        rest = after[len(subject):]
        modifier = None
        if rest and self.lower[rest[0]] in self.subject_modifier_preps:
            # (member nouns take no preposition: "Diplomaten aus Russland", _mark_preposition)
            modifier = next((g for g in frag.groups if g.tok_start > rest[0]), None)
            gap = self._words_between(rest[0] + 1, modifier.tok_start) if modifier is not None else []
            if modifier is not None and (len(gap) > 2 or modifier.prep not in (None, self.lower[rest[0]]) or
                                         not all(self.alpha[i] and self.token_text[i][:1].islower() for i in gap)):
                modifier = None   # "eine Rakete in Charkiw zwei ukrainische Soldaten": the object, no modifier
        return subject, modifier

    def _postverbal_modifier(self, frag: Fragment, trig: TriggerHit) -> Group | None:
        """The actor that the modifier of the subject behind the verb names ("Am Montag griffen Soldaten aus
        Russland die Ukraine an": Russia, with the sector of the head noun, as _subject_modifier)."""
        found = self._postverbal_subject(frag, trig) if trig.entry.pos == "VERB" else None
        if found is None or found[1] is None:
            return None
        subject, group = found
        if self._noun_phrase(self._words_between(frag.tok_start, trig.tok_start)) or \
                any(g.tok_start < trig.tok_start and g.prep is None for g in frag.groups):
            return None   # the first position is the subject
        head = next((h for h in self.unresolved if subject[0] <= h.tok_start <= subject[-1] and h.sector), None)
        if head is None:
            return group
        members = [Actor(m.code, head.sector, self.text[head.start_char:m.end_char], head.start_char, m.end_char,
                         head.tok_start, m.tok_end, m.entry_id, None, head.role, "") for m in group.members]
        return Group(members, group.tok_start, group.tok_end, group.prep)

    def _titled_name(self, words: list[int]) -> bool:
        """The words are a title and a name the tables lack ("Präsident Jean Morel drohte Peru und Chile"): in the
        first position the subject, so the names after the finite verb are its objects."""
        title = next((h for h in self.unresolved if h.role and h.kind == "description" and words and
                      h.tok_start == words[0]), None)
        name = [i for i in words if title is not None and i >= title.tok_end]
        return title is not None and 1 <= len(name) <= 4 and \
            all(self.alpha[i] and self.token_text[i][:1].isupper() for i in name)

    def _bare_plural(self, words: list[int], verb: int) -> bool:
        """The words are a German plural noun phrase without an article before a plural finite verb: "Raketen
        trafen Kiew", "Soldaten griffen das Dorf an", "Schwere Raketen haben Kiew getroffen". The head is an
        inflected noun (its lookup lemma differs: raketen -> rakete), which an adverb in the first position
        ("Gestern trafen ...", "Dann griffen ...") is not."""
        if not words or len(words) > 3 or not self.lower[verb].endswith("n"):
            return False
        head = words[-1]
        keys = self.keys[head]
        # a description word of the actor tables (a sector word no actor covers) is a noun too, also where the
        # lemma is its own form: "Aufständische töteten zwei US-Soldaten" (an adjective used as a noun)
        inflected = len(keys) > 1 and keys[1] != keys[0] or \
            any(h.tok_start == head and h.sector for h in self.unresolved)
        return self.alpha[head] and self.token_text[head][:1].isupper() and inflected and \
            keys[0].endswith(("n", "e", "er", "s")) and \
            all(self.alpha[i] and (self.token_text[i][:1].islower() or i == words[0]) for i in words[:-1])

    def _unnamed_subject(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The subject noun phrase of a German verb-second clause that names no actor ("Der Angriff", "Eine Rakete":
        _forefield_words) as a group of one actor without a code: the act's source is unknown (NULL) and its
        target is kept, as in the own gold ("source": null) and the sanctions mentions (no imposer named)."""
        words = self._forefield_words(frag, trig) if self.lang == "de" else self._unnamed_english_subject(frag, trig)
        if words is None or self.lang == "de" and self._titled_name(words):
            return None   # a name the tables lack is someone, not nobody: no unknown source (as in English)
        start, end = words[0], words[-1] + 1
        span = self.table.span(start, end)
        sector = next((h.sector for h in self.unresolved if start <= h.tok_start < end and h.sector), None)
        nobody = Actor(None, sector, self.text[span.start_char:span.end_char], span.start_char, span.end_char, start,
                       end, "unnamed", None, None, "")
        return Group([nobody], start, end)

    def _reported_act_noun(self, trig: TriggerHit) -> Group | None:
        """An act noun in what a speaker reports that names no agent ("Ukraine reported an air strike on Kyiv", "Die
        Ukraine meldete einen Luftangriff auf Kiew"): the reporter is not its agent, its actor is unknown (NULL) and
        the target it names is kept, as for an unnamed subject (_unnamed_subject)."""
        statement = self._enclosing_statement(trig.tok_start)
        if statement is None or statement.trigger is None or trig.entry.pos == "VERB" and not self._nominal(trig) or \
                self.lower[_last_token(statement.trigger)] not in self.report_words:   # also "did not report"
            return None
        if self._agent_genitive(trig, self.frag_of[trig.tok_start]) is not None:
            return None   # "meldete einen Angriff Israels": the genitive names the agent
        # the noun opens what was reported: a date, its article and at most two adjectives before it ("meldete am
        # Dienstag einen schweren Luftangriff"), not a possessive ("their withdrawal" names its agent) nor a clause
        self._sentence_dates()
        dates = [(m.start_char, m.end_char) for f in self.fragments for m in f.dates]
        words = self._words_between(statement.content_tokens[0], trig.tok_start)
        dated = {i for i in words if any(start <= self.idx[i] < end for start, end in dates)}
        words = [i for i in words if i not in dated and not (self.lower[i] in self.prepositions and i + 1 in dated)]
        opener = max((k for k, i in enumerate(words) if self.lower[i] in self.complementizers), default=None)
        if opener is not None and all(self.punct[i] or self._cue_in("negation", Fragment(
                0, i, i + 1, False, False)) for i in words[:opener]):
            words = words[opener:]   # "meldete (nicht), dass ein Angriff auf Charkiw ...": the clause after it
        if words and (self.lower[words[0]] in self.report_prepositions or   # "berichtete von einem Angriff",
                      self.lower[words[0]] in self.complementizers):   # "reported that an air strike hit Kyiv"
            words = words[1:]
        while words and self.punct[words[0]] and any(self.lower[i] in self.existential_subjects for i in words[:3]):
            words = words[1:]   # "meldete, es habe ...": the comma before the expletive
        if words and self.lower[words[0]] in self.existential_subjects:
            # "meldete, es habe einen Angriff auf Charkiw gegeben", "said there had been an attack on Kyiv": the
            # expletive subject names nobody (cues existential_subjects, existential_verbs)
            words = words[1:]
            while words and self.lower[words[0]] in self.existential_verbs:
                words = words[1:]
        if words and self.lower[words[0]] in self.determiners:
            if self.lower[words[0]] in self.possessive_determiners:
                return None
            words = words[1:]
        closed = self.prepositions | self.subordinators | self.coordinators | self.pronoun_words | self.determiners
        if len(words) > 2 or any(not (self.alpha[i] and self.token_text[i].islower()) or self.lower[i] in closed
                                 for i in words):
            return None
        nobody = Actor(None, None, self._trigger_text(trig), self.idx[trig.tok_start],
                       self.table.end_char(trig.tok_end - 1), trig.tok_start, trig.tok_end, "unnamed", None, None, "")
        return Group([nobody], trig.tok_start, trig.tok_end)

    def _reporter_of_act_noun(self, trig: TriggerHit, source: Group) -> bool:
        """``source`` is the speaker who reports the act noun (_reported_act_noun): "Das ukrainische Militär meldete
        schweren Beschuss in Kiew" is no Ukrainian shelling."""
        statement = self._enclosing_statement(trig.tok_start)
        return statement is not None and not source.pronoun and statement.speaker.tok_start == source.tok_start and \
            self._reported_act_noun(trig) is not None

    def _unnamed_english_subject(self, frag: Fragment, trig: TriggerHit) -> list[int] | None:
        """The words of a short English subject noun phrase that names no actor, right before the act's verb (after
        auxiliaries) that describes someone: "Insurgents bombarded ...", "Congress is asking Obama to ..." (the act's
        source is unknown, like the German _forefield_words; the description gives its sector). None in a subordinate clause or after "to", for a noun trigger, a passive
        ("was attacked": the subject suffered the act), a phrase with a preposition, a pronoun or an actor."""
        if frag.subordinate or self._nominal(trig) or trig.entry.pos == "NOUN":
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)   # "to" before the verb: a preposition
        auxiliaries = [i for i in words if self.lower[i] in self.english_auxiliaries]
        while words and self.lower[words[-1]] in self.english_auxiliaries:
            words = words[:-1]
        if not words or len(words) > 5 or any(self.lower[i] in self.passive_aux for i in auxiliaries) and \
                self._english_participle(self.lower[trig.tok_start]):
            return None
        if not auxiliaries and self.lower[trig.tok_start].endswith("ing"):
            return None   # "Tourists visiting Washington often start ...": a participle, not the clause's verb
        # a common noun phrase: lowercase after its first word, which is capitalized only at the sentence start
        # ("Judge Alejandro Rivera opened ...", "Deputy Minister Lena Okafor has refused ..." name someone unknown)
        # (the second part of a hyphenated word may be capitalized: "Pro-Russian separatists attacked ...")
        if any(self.token_text[i][:1].isupper() and self.token_text[i - 1] != "-" for i in words[1:]) or \
                self.token_text[words[0]][:1].isupper() and words[0] != self._words_between(self.span.start,
                                                                                           words[0] + 1)[0]:
            return None
        blocked = self.prepositions | self.subordinators | self.coordinators | self.pronoun_words | self.complementizers
        if any(not (self.alpha[i] or self.token_text[i] == "-") or self.lower[i] in blocked for i in words) or \
                not self.token_text[words[-1]][:1].isalpha() or \
                self._actor_overlaps(frag.tok_start, trig.tok_start):
            return None
        # it describes someone (a sector word: "insurgents", "Congress", "unidentified gunmen"), not an act ("The
        # attack killed ...") or a name the tables lack ("Ethopia has agreed to ...")
        if not any(words[0] <= h.tok_start <= words[-1] and h.sector for h in self.unresolved):
            return None
        return words

    def _possessive_subject(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """An English verb whose subject is a possessive determiner and one to three lowercase words right before it
        (auxiliaries between): "Russia said its troops attacked Kharkiv", "India said its armed forces had struck
        nine sites in Pakistan" act for the party the possessive refers to (_possessive_agent_reference; was no
        source). None in German, for a passive ("its soldiers were killed": they suffered it) or another subject."""
        if self.lang != "en":
            return self._german_possessive_subject(trig, frag)
        words = self._words_between(frag.tok_start, trig.tok_start)
        auxiliaries = []
        while words and self.lower[words[-1]] in self.english_auxiliaries:
            auxiliaries.append(words.pop())
        if any(self.lower[i] in self.passive_aux for i in auxiliaries) and \
                self._english_participle(self.lower[trig.tok_start]):
            return None
        at = next((k for k in range(len(words) - 1, max(len(words) - 5, -1), -1)
                   if self.lower[words[k]] in self.possessive_determiners), None)
        if at is None or not 1 <= len(words) - at - 1 <= 3 or \
                not all(self.alpha[i] and self.token_text[i].islower() and self.lower[i] not in self.prepositions
                        for i in words[at + 1:]):
            return None
        if not self._possessive_of_one_party(words[at]):
            return None
        end = words[-1] + 1
        return self._possessive_agent_reference(trig, frag, end)

    def _possessive_of_one_party(self, at: int) -> bool:
        """The possessive determiner at ``at`` opens what a saying says ("Russia said (that) its troops ...", "Russland
        sagte, seine Truppen ...": its speaker) or follows one party only: a verb's possessive subject is read only
        then ("Russia attacked Kyiv while its army shelled Kharkiv" has two)."""
        before = [i for i in range(self.span.start, at) if not self.space[i]]
        while before and (self.punct[before[-1]] or self.lower[before[-1]] in self.complementizers):
            before.pop()
        if before and any(t.entry.frame == "speech" and (t.tok_start <= before[-1] < t.tok_end or
                                                         t.particle_token == before[-1])
                          for t in self.sentence_triggers):
            return True
        parties = {a.code for a in self.actors if self.span.start <= a.tok_start and a.tok_end <= at and a.code}
        return len(parties) == 1

    def _german_possessive_subject(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """A German clause that opens (behind a complementizer) with a possessive determiner of the nominative
        (cues nominative_possessives) and its noun, at most two lowercase adjectives between, before the trigger:
        "Russland sagte, seine Truppen hätten Charkiw angegriffen", "Die Ukraine teilte mit, ihre Luftabwehr habe
        30 russische Drohnen abgeschossen": the possessive's party acts (was no source, or the object's state).
        Not when an actor is the noun phrase, nor for a passive participle."""
        if not self.nominative_possessives:
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)
        if words and self.lower[words[0]] in self.complementizers:
            words = words[1:]
        if len(words) < 3 or self.lower[words[0]] not in self.nominative_possessives:
            return None
        noun = next((k for k in range(1, min(len(words), 4)) if self.token_text[words[k]][:1].isupper()), None)
        if noun is None or not all(self.alpha[i] and self.token_text[i][:1].islower() for i in words[1:noun]) or \
                any(a.tok_start <= words[noun] < a.tok_end for a in self.actors) or \
                any(self.lower[i] in self.passive_aux for i in words[noun + 1:]) or \
                not self._possessive_of_one_party(words[0]):
            return None
        return self._possessive_referent(frag, words[0])

    def _auxiliary_opens(self, frag: Fragment, group: Group) -> bool:
        """The clause opens with a coordinator and a finite auxiliary or modal (cues predicate_auxiliaries; adverbs
        may stand between them), and ``group`` follows it ("und wird Luxemburg angreifen", "und hat im Mai die
        Slowakei angegriffen"): a predicate without a subject of its own, whose names are its objects."""
        words = self._words_between(frag.tok_start, group.tok_start)
        if not words or self.lower[words[0]] not in self.coordinators:
            return False
        if self._participle_coordination(frag):
            return True   # "... bezeichnet und Moskau eine Einmischung vorgeworfen": the shared auxiliary before
        for i in words[1:]:
            if self.lower[i] in self.predicate_auxiliaries:
                return True
            if self.lower[i] not in self.predicate_adverbs:
                return False
        return False

    def _behind_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """"Russia was behind the drone attack on Odesa", "Russland stecke hinter dem Angriff": the group before a
        copula or verb (cues behind_verbs) and "behind"/"hinter" (behind_words) is the agent of the act noun right
        after it (its article and at most two lower-case words between)."""
        if not self._nominal(trig) or self.behind_words.isdisjoint(self.lower[frag.tok_start:trig.tok_start]):
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)
        link = max((k for k, t in enumerate(words) if self.lower[t] in self.behind_words), default=None)
        if link is None or len(words) - link - 1 > 3 or \
                not all(self.lower[t] in self.determiners or self.alpha[t] and self.token_text[t].islower()
                        for t in words[link + 1:]):
            return None
        group = next((g for g in reversed(frag.groups) if g.tok_end <= words[link] and g.prep is None), None)
        if group is None:
            return None
        verbs = self._words_between(group.tok_end, words[link])
        if not verbs or len(verbs) > 2 or not all(self.lower[t] in self.behind_verbs for t in verbs):
            return None
        return group

    def _absolute_clause_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """English: the group right between an opener of an absolute clause (cues absolute_clause_openers: with) and a
        verb trigger in -ing is that participle's agent, not the sentence's subject: "Russia and the United States
        completed a prisoner exchange, with Moscow freeing a jailed American" (RUS frees, not both)."""
        if self.lang != "en" or trig.entry.pos != "VERB" or not self.lower[trig.tok_start].endswith("ing"):
            return None
        return next((g for g in frag.groups if g.tok_end == trig.tok_start and
                     g.prep in self.absolute_clause_openers), None)

    def _source(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        summit = self._summit_members(trig, frag)
        if summit is not None:   # "Zum Abschluss des G7-Gipfels haben die Staats- und Regierungschefs ...": the bloc
            return summit
        nominal = self._nominal(trig)
        behind = self._behind_agent(trig, frag)
        if behind is not None:   # "said Russia was behind the attack": its agent
            return behind
        absolute = self._absolute_clause_agent(trig, frag)
        if absolute is not None:   # "..., with Moscow freeing a jailed American": the absolute clause's own agent
            return absolute
        named = self._genitive_agent(trig, frag)
        if named is not None:   # "den Angriff Russlands auf die Ukraine"
            return named[0]
        genitive = self._agent_genitive(trig, frag)
        if genitive is not None:   # "meldete einen Angriff Israels" (cues agent_genitive_nouns)
            return genitive
        agent = self._content_noun_agent(trig, frag)
        if agent is not None:   # "Russia's threat to cut gas supplies", "die Drohung Russlands, ... zu"
            return agent
        if nominal:   # nominal agent: "die Festnahme ... durch russische Behörden", "arrest by X"
            agent = self._nominal_by_agent(trig, frag)
            if agent is not None and not self._object_of_own_support_verb(trig, frag):
                return agent
            agent = self._possessive_agent_reference(trig, frag)
            if agent is not None:   # "Russia said its air strike on Kyiv ...": the possessive names the agent
                return agent
        if not nominal and trig.entry.pos == "VERB":
            subject = self._possessive_subject(trig, frag)
            if subject is not None:   # "Russia said its troops attacked Kharkiv": the possessive's party
                return subject
        # "China, das Russland Waffen geliefert hatte": the relative pronoun is the subject, not the group before the noun
        # "froze Russian assets": the adjective before a noun of property names its owner, the target (_owner_before)
        if nominal and not (frag.relative and self._relative_pronoun(frag)[2]) and self._owner_before(trig, frag) is None:
            # "Russlands Invasion", "die russische Invasion", "Russia's invasion"
            for group in frag.groups:
                gap = self._words_between(group.tok_end, trig.tok_start)
                # an article between them opens a new noun phrase: "give Tanzania a grant", "der Ukraine eine
                # Hilfe gewähren" (the receiver, not the giver)
                # a possessor takes no preposition of its own: "against Russia's arrest of", "gegen Russlands ..."
                possessive = bool(gap) or self.lang == "de" and group.genitive
                if group.tok_end <= trig.tok_start and len(gap) <= 1 and \
                        all(self._possessive(t) for t in gap) and (group.prep is None or possessive) and \
                        not (self.lang == "de" and self._oblique(group) and   # an adjective is in its
                             # noun's case: "den russischen Angriff" names the attacker
                             group.members[-1].entry_id.split(":")[1] != "adj") and \
                        not self._support_word_ends_at(trig.entry.support, group.tok_start) and \
                        not (self.lang == "de" and not group.genitive and
                             group.members[-1].entry_id.split(":")[1] != "adj"):
                    # (German: a possessor is a genitive; "kündigten an, Taiwan Waffen zu liefern": the receiver)
                    return group   # not "gave Ukraine weapons", "met Turkey's demands": after the verb, its object
                # "Israeli tank shelling", "Russian missile strikes": an adjective, then the noun's modifiers
                # (also behind the noun phrase's preposition: "gegen die russische Festnahme")
                # (not the object of the noun's support verb: "denied the Belarusian opposition leader permission")
                if group.tok_end <= trig.tok_start and len(gap) <= 2 and \
                        group.members[-1].entry_id.split(":")[1] == "adj" and \
                        all(self.alpha[t] and self.token_text[t].islower() for t in gap) and \
                        not self._support_word_ends_at(trig.entry.support, group.tok_start):
                    return group
        if trig.entry.pos == "NOUN" and trig.entry.cameo_code[:2] in self.fire_origin_roots and \
                self._has_word(self.passive_aux, frag.tok_start, frag.tok_end):
            # "rockets were fired at Armenia from Azerbaijan": the weapon's origin fired it
            origin = next((g for g in frag.groups if g.prep in self.origin_preps and not g.pronoun), None)
            if origin is not None:
                return origin
        statement_tokens = None
        for st in self.statements:
            if st.sentence_index == self.sentence_index and st.trigger and \
                    self.frag_of.get(st.trigger.tok_start) is frag and st.content_tokens[0] <= trig.tok_start:
                statement_tokens, speaker = st.content_tokens, st.speaker
                if trig.entry.pos != "VERB" and self._announced_act(st, trig):
                    return st.speaker   # "Spain announced the suspension of all air links with Andorra": Spain suspends
        if statement_tokens is not None and self._speakers_gerund(statement_tokens[0], trig):
            # "North Korea denied violating UN resolutions", "admitted attacking Kurdish villages": a gerund right
            # behind the speech word is its object, its subject the speaker (not a name behind the gerund)
            return speaker
        if statement_tokens is not None:   # "Putin said he intends ..." : roles come from the content part
            sub = Fragment(frag.index, statement_tokens[0], frag.tok_end, frag.subordinate, frag.infinitive,
                           [g for g in frag.groups if g.tok_start >= statement_tokens[0]],
                           [p for p in frag.pronouns if p >= statement_tokens[0]])
            found = self._subject(sub, trig.tok_start)
            if found is not None and self.lang == "en" and found.tok_start >= trig.tok_end and not found.pronoun and \
                    trig.entry.pos == "VERB" and not self._words_between(sub.tok_start, trig.tok_start)[-1:] == [] \
                    and self.lower[self._words_between(sub.tok_start, trig.tok_start)[-1]] in self.infinitive_markers \
                    and not any(g.prep is None and g.tok_end <= trig.tok_start for g in sub.groups):
                # "Russia announced plans to attack Ukraine": an infinitive whose clause names nobody before it is the
                # speaker's act; the name behind the verb is its object (was 138 UKR->none)
                return speaker
            if found is not None and not (found.tok_start >= trig.tok_end and not found.pronoun and
                                          self._reported_act_noun(trig) is not None):
                return found   # "said an air strike hit Kyiv": not Kyiv's air strike
            if found is None and self._announced_intention(statement_tokens[0], trig, sub):
                # "The United States announced on Monday plans to supply weapons to Ukraine": the act noun behind the
                # infinitive of a noun of intent that opens what was said is the speaker's (was no source)
                return speaker
        # "sagten der Ukraine Unterstützung zu": a case-marked object in the content is not its subject
        if statement_tokens is None or not any(g.tok_start >= statement_tokens[0] and
                                               not (self.lang == "de" and self._oblique(g)) for g in frag.groups):
            fronted = self._fronted_object_subject(frag, trig)
            if fronted is not None:   # "Eine vollständige Waffenruhe lehnte Moskau ab": the object came first
                return fronted
            found = self._subject(frag, trig.tok_start)
            modifier = self._subject_modifier(frag, trig.tok_start)
            if modifier is not None and (found is None or modifier.tok_start < found.tok_start):
                found = modifier   # "Sicherheitskräfte in Guinea haben liberianische Flüchtlinge gefoltert"
            if modifier is None and self.lang == "de":
                modifier = self._postverbal_modifier(frag, trig)
                if modifier is not None:
                    found = modifier   # "Am Montag griffen Soldaten aus Russland die Ukraine an"
            # English is subject-verb-object: a group after an active verb is its object ("Human Rights Watch
            # accused the Philippines of ...": the accuser is unknown, not the Philippines); "be" before an -ing
            # form is the progressive, no passive ("Rebels are attacking Ukrainian troops")
            # ... and so is a group after a perfect auxiliary and its participle for an act noun behind it ("Student
            # activists ... have hacked some 500 Polish news portals ... in the largest cyber attack": not Poland's)
            if found is not None and not found.pronoun and \
                    (found.tok_end <= trig.tok_start or self.lang == "de") and \
                    self._after_perfect_verb(frag, found.tok_start):
                found = None
            if found is not None and self.lang == "en" and \
                    found.tok_start >= trig.tok_end and not found.pronoun and \
                    (self.lower[trig.tok_start].endswith("ing") or
                     not self._has_word(self.passive_aux, frag.tok_start, trig.tok_start)):
                found = None
            # "Russlands Angriff tötete drei ukrainische Soldaten": the possessor opening the subject noun phrase
            # "Die Invasion Russlands tötete ...": the possessor closing it
            opener = next((g for g in frag.groups if g.tok_start < trig.tok_start), None)
            if self.lang == "de" and opener is not None and opener.genitive and opener.prep is None and \
                    (found is None or found.tok_start > opener.tok_start):
                lead = self._words_between(frag.tok_start, opener.tok_start)
                if all(self.lower[i] in self.determiners for i in lead) or self._noun_phrase(lead):
                    found = opener
            # "Der Angriff tötete drei russische Soldaten": the noun phrase before the verb is the subject
            # (that noun phrase names no actor: the act's source is unknown, none is borrowed from another clause)
            forefield = self._forefield_words(frag, trig) if self.lang == "de" else None
            if forefield is not None and (found is None or not found.pronoun and found.tok_start > forefield[-1]):
                return None
            # "..., das Verbot der Islamischen Heilsfront aufzuheben": a German infinitive clause has no subject
            if found is not None and self.lang == "de" and frag.infinitive and found.tok_start >= trig.tok_end and \
                    not found.pronoun:
                found = None
            # "Russland bestritt, die Ukraine angegriffen zu haben", "kündigte an, Taiwan Waffen zu liefern": nor before
            # its verb; the subject is the governing clause's (below)
            if found is not None and self._object_opens_infinitive(frag, trig, found):
                found = None
            # "..., und tötete drei ukrainische Soldaten": a coordinated clause opening with its verb shares the
            # subject of the clause before; the group after the verb is the object
            # (also right after a relative clause: "Polen, das die Ukraine unterstützt, kritisierte Russland")
            # "..., und wird Polen angreifen": also behind the coordinator's auxiliary (cues predicate_auxiliaries)
            lead = self._words_between(frag.tok_start, trig.tok_start)
            if found is not None and found.tok_start >= trig.tok_end and not found.pronoun and \
                    (len(lead) == 1 and self.lower[lead[0]] in self.coordinators or
                     not lead and frag.index > 0 and self.fragments[frag.index - 1].relative):
                found = None
            # "Lithuania, which borders Russia, asked NATO for help": behind a relative clause, a clause opening with
            # its lowercase verb has the subject before the relative clause; the name behind the verb is its object
            # (was 023 NAT->none)
            if found is not None and not found.pronoun and lead and found.tok_start > lead[0] and \
                    frag.index > 0 and self.fragments[frag.index - 1].relative and not frag.subordinate and \
                    self.alpha[lead[0]] and self.token_text[lead[0]].islower() and \
                    self.lower[lead[0]] not in self.determiners | self.prepositions | self.pronoun_words | \
                    self.coordinators and \
                    not any(t.entry.frame == "speech" and frag.tok_start <= t.tok_start < found.tok_start
                            for t in self.sentence_triggers):
                # (not a saying's content: "The president, who met Xi in Paris, said Russia had attacked Ukraine")
                found = None
            if found is not None and not found.pronoun and self._auxiliary_opens(frag, found):
                found = None
            if found is not None:
                return found
            if frag.relative:
                return None   # its pronoun's antecedent names no actor: nothing is borrowed from the main clause
        if frag.index > 0 and self._unknown_named_subject(trig, frag):
            return None    # "claimed that the militia had attacked Niger": the militia acted, not the speaker
        if frag.index > 0 and self._described_subject(trig, frag):
            return None    # "resigned as the opposition threatened to occupy ...": the opposition threatened
        if frag.index > 0 and self._that_relative_subject(trig, frag):
            return None    # "condemned the attack that killed 26 tourists": the attack killed, not the critic
        if frag.index > 0:
            # a relative clause belongs to its antecedent, not to the clause after it ("Poland, which supports
            # Ukraine, criticized Russia")
            prev = next((f for f in reversed(self.fragments[:frag.index]) if not f.relative),
                        self.fragments[frag.index - 1])
            # "Benin opened its borders when Nigeria expelled West Africans, but refused ...": a clause opening with a
            # coordinator continues the main clause before the subordinate one, not the subordinate clause
            lead = self._words_between(frag.tok_start, trig.tok_start)
            coordinated = bool(lead) and self.lower[lead[0]] in self.coordinators and not frag.subordinate and \
                trig.entry.pos == "VERB"   # "und Sorgen" coordinates two nouns, not two clauses
            if coordinated and self.lang == "de" and prev.infinitive and not prev.subordinate:
                # "Der US-Außenminister hat China vorgeworfen, Russland ... zu beliefern, und mit Sanktionen gedroht":
                # a German zu-infinitive clause has no subject of its own; the coordinated predicate shares the one of
                # the clause the infinitive depends on (was the infinitive's object, Russia)
                prev = next((f for f in reversed(self.fragments[:prev.index]) if not f.relative and not f.infinitive),
                            prev)
            if coordinated and self.lang == "de" and not prev.groups:
                # "China erklärte, es habe die Entschuldigung akzeptiert, und forderte London auf, ...": a verb
                # coordinated behind reported content that names nobody continues the speaker's clause
                speaker = next((st.speaker for st in self.statements if st.sentence_index == self.sentence_index
                                and st.trigger is not None and st.trigger.tok_end <= prev.tok_start and
                                st.content_tokens[0] <= prev.tok_start), None)
                if speaker is not None:
                    return speaker
            if self._participle_coordination(frag):
                # "Die Militärjunta in Ouagadougou hat den Abzug ... verlangt und Paris Einmischung vorgeworfen": the
                # second participle of a shared auxiliary has the source the first one was coded with
                shared = next((source for done, source, _t, _c in reversed(self.coded_triggers)
                               if prev.tok_start <= done.tok_start < prev.tok_end and source is not None), None)
                if shared is not None:
                    return shared
            if coordinated and prev.subordinate:
                main = next((f for f in reversed(self.fragments[:frag.index]) if not f.subordinate), None)
                found = self._subject(main) if main is not None else None
                if found is not None:
                    return found
            if frag.index > 1 and (self.lower[prev.tok_start] in self.appositive_openers or self._name_apposition(prev)):
                # "Kenya, a close U.S. partner in the region, has refused ...", "The US envoy, Ambassador Jane
                # Porter, held talks": the apposition is not the subject
                found = self._subject(self.fragments[frag.index - 2])
                if found is not None:
                    return found
            if trig.entry.pos != "VERB" and self._time_distance(frag) and \
                    any(st.sentence_index == self.sentence_index and st.trigger is not None and
                        self.frag_of.get(st.trigger.tok_start) is prev for st in self.statements):
                # "..., the Ukrainian air force said, after three days of drone attacks": an act noun in the span of
                # time behind a closing attribution is not the speaker's (was 195 UKR->none)
                return None
            if self._act_participle(trig, frag):
                # "Ukraine accused Russia of attacking Odesa with drones, killing two people": a participle after the
                # content of an accusation continues the accused act (Russia's attack), not the accuser
                last = next(((done, source) for done, source, _t, _c in reversed(self.coded_triggers)
                             if prev.tok_start <= done.tok_start < prev.tok_end and source is not None), None)
                if last is not None and any(t.entry.cameo_code[:2] in self.accusation_roots and
                                            prev.tok_start <= t.tok_start and t.tok_end <= last[0].tok_start
                                            for t in self.sentence_triggers):
                    return last[1]
            found = self._subject(prev)
            first_act = min((t.tok_start for t in self.sentence_triggers
                             if prev.tok_start <= t.tok_start < prev.tok_end), default=None)
            if found is not None and self.lang == "en" and first_act is not None and \
                    found.tok_start > first_act and not found.pronoun:
                found = None   # "A car bomb killed a French officer and wounded three others": an object
            if found is not None:
                return found
            # "Bolivian police opened fire ..., wounding two people and detaining 30": clauses naming nobody continue
            # the subject of the last clause that names someone. Not from a subordinate clause ("after rebels
            # kidnapped ...", "that has seized ..."), not across an attribution (", the Central Command said,")
            speech = {id(self.frag_of.get(t.tok_start)) for t in self.sentence_triggers if t.entry.frame == "speech"}
            if frag.subordinate or id(frag) in speech:
                return None
            for earlier in reversed(self.fragments[:frag.index]):
                if earlier.subordinate and coordinated:
                    continue
                if id(earlier) in speech or earlier.subordinate:
                    break
                if earlier.groups or earlier.pronouns:
                    if earlier is not prev:
                        return self._subject(earlier) or self._subject_modifier(earlier, earlier.tok_end)
                    break
        return None

    def _object_opens_infinitive(self, frag: Fragment, trig: TriggerHit, group: Group) -> bool:
        """German: ``group`` opens a zu-infinitive clause standing after a comma and is followed up to the trigger by
        nothing that could be a finite verb (only capitalized words, determiners, prepositions, negations): "...,
        die Ukraine (nicht) angegriffen zu haben", "..., Taiwan Waffen zu liefern". Such a clause has no subject, so
        the group is an object (not in "..., Russland versuchte die Ukraine anzugreifen", where a verb stands
        between)."""
        if self.lang != "de" or not frag.infinitive or frag.subordinate or frag.relative or frag.index == 0 or \
                group.pronoun or group.prep is not None or group.tok_start >= trig.tok_start or \
                self.token_text[frag.tok_start - 1] != ",":
            return False
        if any(self.lower[i] not in self.determiners for i in self._words_between(frag.tok_start, group.tok_start)):
            return False
        allowed = self.determiners | self.prepositions | self.negation_words
        return all(self.token_text[i][:1].isupper() or self.lower[i] in allowed
                   for i in self._words_between(group.tok_end, trig.tok_start))

    def _after_perfect_verb(self, frag: Fragment, tok: int) -> bool:
        """A perfect auxiliary and a past participle stand between the clause's start and ``tok`` ("have defaced"):
        the English verb came first, a group behind it is its object (cues perfect_auxiliaries). German: the
        auxiliary stands second behind a subject noun phrase that names no actor ("Prorussische Hacker haben ...
        ukrainische Webseiten verunstaltet"), so a group in the middle field behind it is no subject."""
        words = self._words_between(frag.tok_start, tok)
        if self.lang == "de":
            aux = next((k for k, i in enumerate(words) if k >= 1 and self.lower[i] in self.perfect_auxiliaries), None)
            return aux is not None and not frag.subordinate and \
                not self._actor_overlaps(frag.tok_start, words[aux]) and \
                (self._noun_phrase(words[:aux]) or self._bare_plural(words[:aux], words[aux]))
        return any(self.lower[i] in self.perfect_auxiliaries and k + 1 < len(words) and
                   self._english_participle(self.lower[words[k + 1]]) and self.token_text[words[k + 1]].islower()
                   for k, i in enumerate(words))

    def _announced_act(self, st: StatementInfo, trig: TriggerHit) -> bool:
        """The announcing verb's object is the noun phrase of the act ("announced the suspension of all air links with
        X", "declared a ceasefire"): the speaker does the act. Not for reports ("reported an attack on X": another
        actor's act) nor for a clause after the verb ("announced that ...")."""
        if self.lower[st.trigger.tok_start] not in self.act_announcing_words:
            return False
        lead = self._words_between(st.content_tokens[0], trig.tok_start)
        # a sum of money may stand in the noun phrase ("announced $2 billion in military aid", "a new $2 billion
        # aid package"): its symbols, figures and words (cues amount_words) count as none of the four words
        words = [i for i in lead if not (self.lower[i] in self.amount_words or self.token_text[i][:1].isdigit())]
        if len(words) < len(lead) and not words:
            return not self._actor_starts_in(st.content_tokens[0], trig.tok_start)   # "announced $2 billion in aid"
        return bool(words) and len(words) <= 4 and self.lower[words[0]] in self.determiners and \
            all(self.alpha[i] and (self.token_text[i].islower() or self.lang == "de") for i in words) and \
            not self._actor_starts_in(st.content_tokens[0], trig.tok_start)

    def _announced_intention(self, start: int, trig: TriggerHit, sub: Fragment) -> bool:
        """English: what was said, from ``start``, opens with a noun of intent (cues intention_nouns) and its
        infinitive, and ``trig`` is an act noun in that infinitive clause: "announced (on Monday) plans to supply
        weapons to Ukraine", "announced its intention to send troops". Only a date, determiners and lowercase
        adjectives before the noun, only lowercase words between "to" and the act, no actor before the act."""
        if self.lang != "en" or trig.entry.pos == "VERB" or \
                any(g.prep is None and g.tok_start < trig.tok_start for g in sub.groups):
            return False
        words = self._words_between(start, trig.tok_start)
        noun = next((k for k, i in enumerate(words) if self.lower[i] in self.intention_nouns), None)
        if noun is None or noun + 2 >= len(words) + 1 or noun + 1 >= len(words) or \
                self.lower[words[noun + 1]] not in self.infinitive_markers:
            return False
        lead = words[:noun]
        if any(self.lower[i] in self.date_words for i in lead):   # "on Monday", "on May 3": the date of the saying
            lead = [i for i in lead if not (self.lower[i] in self.date_words or self.like_num[i] or
                                            self.lower[i] in self.prepositions)]
        return all(self.lower[i] in self.determiners or self.alpha[i] and self.token_text[i].islower() and
                   self.lower[i] not in self.prepositions for i in lead) and \
            all(self.alpha[i] and self.token_text[i].islower() for i in words[noun + 2:])

    def _nominal_by_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The agent phrase of an act noun ("arrest by X", "die Festnahme ... durch russische Behörden", "the
        invasion of Ukraine by Russia"), or None when another phrase stands between them."""
        agent = next((group for group in frag.groups if group.prep in self.agent_preps and
                      group.tok_start >= trig.tok_end), None)
        if agent is None:
            return None
        # "the air strike on Kyiv by Russia", "den Luftangriff auf Kiew durch Russland": the act's own target
        # phrase between them is no other noun phrase
        preps = self._target_preps(trig.entry.cameo_code)
        own = {g.tok_start - 1 for g in frag.groups + (self._places_of(frag, trig) if preps else [])
               if g.prep in preps and trig.tok_end <= g.tok_start - 1 and g.tok_end <= agent.tok_start and
               self.lower[g.tok_start - 1] == g.prep} if preps else set()
        if self._other_noun_phrase_between(trig.tok_end, agent.tok_start, own):
            return None
        if self.lang == "en" and any(self._english_participle(self.lower[i], irregular=True) and self.alpha[i] and
                                     self.token_text[i].islower() and i not in own
                                     for i in self._words_between(trig.tok_end, agent.tok_start - 1)):
            # "a ceasefire brokered by Qatar": the agent phrase is the participle's (the mediator), not the noun's
            return None
        return agent

    def _names_its_agent(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A named agent makes an act noun an act, as a support verb would: its genitive ("den Angriff Russlands auf"),
        its possessor ("Russia's invasion of"), a possessive determiner that refers to a party ("over its attack
        on Kyiv", _possessive_agent_reference) or its agent phrase with at most its object phrase between ("the
        invasion of Ukraine by Russia"; not "refugees were attacked by", the agent of the verb in between)."""
        if self._genitive_agent(trig, frag) is not None or self._possessive_agent(trig, frag) is not None or \
                self._content_noun_agent(trig, frag) is not None or self._behind_agent(trig, frag) is not None:
            return True
        if not self._nominal(trig):
            return False
        if self._possessive_agent_reference(trig, frag) is not None and self._object_behind(trig, frag):
            return True   # "sanctioned Russia over its attack on Kyiv": the possessive determiner names the agent
            # (with the act's object, as a possessor: "thanked China for its support" is no act)
        agent = self._nominal_by_agent(trig, frag)
        if agent is None:
            return False
        in_groups = {i for g in frag.groups for i in range(g.tok_start, g.tok_end)}
        return all(i in in_groups or self.lower[i] in self.prepositions or self.lower[i] in self.determiners
                   for i in self._words_between(trig.tok_end, agent.tok_start))

    def _object_behind(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The act noun's object follows it, behind "of" or a target preposition of its code, only its determiners and
        lowercase words between ("its attack on Kyiv", "its invasion of Ukraine", "seines Angriffs auf Kiew")."""
        links = {"of"} if self.lang == "en" else set()
        group = next((g for g in frag.groups if g.tok_start >= trig.tok_end), None)
        return group is not None and group.prep in links | self._target_preps(trig.entry.cameo_code) and all(
            self.lower[i] == group.prep or self.lower[i] in self.determiners or
            self.alpha[i] and self.token_text[i].islower() for i in self._words_between(trig.tok_end, group.tok_start))

    def _other_noun_phrase_between(self, start: int, agent_start: int, own: set[int] = frozenset()) -> bool:
        """A preposition between a nominal trigger and a by-agent opens a phrase the agent may belong to:
        "demonstrations against violations by the Israeli military" (the military violated, it did not protest).
        The agent preposition itself, the patient's "of" and the prepositions at ``own`` (the act's target phrase
        right before a party) do not count."""
        links = self.member_links | self.genitive_links
        if self._has_word(self.passive_aux, start, agent_start):
            return True   # "The air strike on Kyiv was condemned by the EU": the agent of the verb in between
        if self.perfect_passive_finites and self._has_word(self.perfect_passive_finites, start, agent_start):
            # "Der Luftangriff auf Beirut ist von der Regierung verurteilt worden": the finite verb of a German perfect
            # passive stands in between and its participle with "worden" after the agent, whose agent that is
            # when that participle is an act of its own ("verurteilt"; "ist von Russland ausgeführt worden" keeps the
            # noun's agent)
            clause = next((f for f in self.fragments if f.tok_start <= agent_start < f.tok_end), None)
            if clause is not None and self._has_word(self.past_passive_aux, agent_start, clause.tok_end) and \
                    any(t.entry.pos == "VERB" and agent_start < t.tok_start < clause.tok_end
                        for t in self.sentence_triggers):
                return True
        own_prep = agent_start - 1
        while own_prep > start and self.lower[own_prep] in self.determiners:
            own_prep -= 1   # "a visit by the Indian prime minister": the agent's article stands after its preposition
        return any(self.lower[i] in self.prepositions and self.lower[i] not in links and i not in own
                   for i in range(start, own_prep))

    def _unknown_named_subject(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A that-clause whose subject is a name the actor lexicon does not know ("that ISIL had attacked"): the act
        is that unknown actor's, so the main clause's subject must not stand in for it."""
        if self.lang != "en" or self.lower[frag.tok_start] not in self.complementizers:
            return False
        words = self._words_between(frag.tok_start + 1, trig.tok_start)
        return any(self.alpha[i] and self.token_text[i][:1].isupper() and not self.in_actor[i] for i in words)

    def _described_subject(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An English subordinate clause whose subject is a noun phrase naming no actor ("as the opposition
        threatened to occupy parliament", "while the protesters blocked the roads"): the act is theirs, so the
        main clause's subject must not stand in for it. An article, then one to three lowercase words, then the
        trigger (not "that": what a speaker says)."""
        if self.lang != "en" or not frag.subordinate or self.lower[frag.tok_start] not in self.subordinators or \
                self.lower[frag.tok_start] in self.complementizers:
            return False
        words = self._words_between(frag.tok_start + 1, trig.tok_start)
        return 2 <= len(words) <= 4 and self.lower[words[0]] in self.determiners - self.complementizers - self.possessive_determiners and \
            all(self.alpha[i] and self.token_text[i].islower() and not self.in_actor[i] for i in words[1:])

    def _that_relative_subject(self, trig: TriggerHit, frag: Fragment) -> bool:
        """English: "that" right behind a lowercase noun that names no actor opens a relative clause whose subject is
        that noun when the verb trigger follows it at once ("condemned the attack that killed 26 tourists", "sanctioned
        a company that supplied drones to Russia", "militants who carried out a suicide bombing that killed 11
        soldiers"): the act is the noun's, so the main clause's subject must not stand in for it (as "which"/"who"
        clauses already do not borrow it). Not behind a verb ("warned that attacks would continue": what was said),
        a name or an actor ("Russia, that ..."), nor with a subject of its own ("a village that Ukraine had
        recaptured")."""
        if self.lang != "en" or trig.entry.pos != "VERB" or self._nominal(trig):
            return False
        words = [i for i in self._words_between(frag.tok_start, trig.tok_start) if not self.punct[i]]
        if len(words) != 1 or self.lower[words[0]] not in self.complementizers or frag.tok_start == 0:
            return False
        j = words[0] - 1
        while j >= 0 and self.space[j]:
            j -= 1
        if j < 0 or self.punct[j] or not self.alpha[j] or not self.token_text[j].islower() or self.in_actor[j] or \
                self.lower[j] in self.determiners or self.lower[j] in self.prepositions:
            return False
        return not any(t.tok_start <= j < t.tok_end and t.entry.pos != "NOUN" and not self._nominal(t)
                       for t in self.sentence_triggers) and not self._english_participle(self.lower[j]) and \
            self.lower[j] not in self.irregular_participles

    def _content_follows(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A threat or demand noun (GOVERNING_ROOTS) followed by its infinitive content: "threat to cut gas supplies"
        (the row ends with "to", or "to" follows), "die Drohung Russlands, in die Ukraine einzumarschieren" (an
        infinitive clause right after the noun phrase)."""
        if trig.entry.cameo_code[:2] not in GOVERNING_ROOTS or not self._nominal(trig):
            return False
        after = self._words_between(trig.tok_end, frag.tok_end)
        if self.lower[trig.tok_end - 1] in self.infinitive_markers or \
                after and self.lower[after[0]] in self.infinitive_markers:
            return self.lang == "en"
        if self.lang != "de" or frag.index + 1 >= len(self.fragments) or \
                not self.fragments[frag.index + 1].infinitive:
            return False
        in_groups = {i for g in frag.groups for i in range(g.tok_start, g.tok_end)}
        return all(i in in_groups or self.lower[i] in self.determiners or self.token_text[i] in ",'" or
                   self.alpha[i] and self.token_text[i][:1].islower() for i in after)

    def _owner_before(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The state named right before a noun of property (cues owner_nouns: "froze Russian assets", "Russia's
        assets", "friert russische Vermögenswerte ein"): the owner whose goods the act is about, its target, not the
        agent an adjective names before an act noun ("the Russian attack")."""
        word = self.lower[trig.tok_start]
        if word not in self.owner_nouns and not word.startswith(self.owner_noun_stems):
            return None
        for group in reversed(frag.groups):
            gap = self._words_between(group.tok_end, trig.tok_start)
            # a possessor ("Russia's frozen assets"), a German genitive ("Russlands eingefrorene Vermögenswerte") or a
            # nationality adjective ("Russian central bank assets"), not the subject before a verb ("Belgien hat
            # russische Vermögenswerte eingefroren", "The EU announced an asset freeze")
            owner = bool(gap) and self._possessive(gap[0]) or group.genitive or \
                all(m.entry_id.split(":")[1] == "adj" for m in group.members)
            if group.tok_end <= trig.tok_start and len(gap) <= 2 and group.prep is None and owner and \
                    all(self._possessive(t) or self.alpha[t] and self.token_text[t].islower()
                        for t in gap):
                return group
        return None

    def _content_noun_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The agent of a threat or demand noun with its infinitive content (_content_follows), named by its possessor
        or genitive alone ("Russia's threat to cut gas supplies", "Russlands Drohung, die Gaslieferungen zu stoppen",
        "die Drohung Russlands, ... einzumarschieren"): the noun has its content, not a patient, behind it."""
        if not self._content_follows(trig, frag):
            return None
        genitive = self._genitive_after(trig.tok_end, frag)
        if genitive is not None:
            return genitive
        return next((g for g in frag.groups if g.tok_end <= trig.tok_start and self._possessor_gap(g, trig.tok_start)),
                    None)

    def _described_agent(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The agent phrase right behind the act describes someone without naming an actor: "an airstrike by
        government troops", "ein Angriff durch Regierungstruppen" (a description word within its first three
        words)."""
        after = self._words_between(trig.tok_end, frag.tok_end)
        if not after or self.lower[after[0]] not in self.agent_preps:
            return False
        head = after[1:4]
        return bool(head) and any(head[0] <= h.tok_start <= head[-1] and h.sector for h in self.unresolved)

    def _described_passive_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The unknown agent a passive's by-phrase describes ("were killed by insurgents"), also behind the means it
        names ("by a missile fired by pro-Russian rebels"): a description word (a sector word no actor covers)
        within the three words after a "by" behind the trigger in its clause (an actor there is the passive's
        agent already). A group of one actor without a code, with the description's sector, or None."""
        # German: the by-phrase stands before the participle ("wurden von Aufständischen getötet")
        words = self._words_between(trig.tok_end, frag.tok_end) if self.lang == "en" else \
            self._words_between(frag.tok_start, trig.tok_start)
        for i in words:
            if self.lower[i] not in self.agent_preps:
                continue
            head = self._words_between(i + 1, frag.tok_end if self.lang == "en" else trig.tok_start)[:3]
            hit = next((h for h in self.unresolved if head and head[0] <= h.tok_start <= head[-1] and h.sector), None)
            if hit is None:
                continue
            span = self.table.span(hit.tok_start, hit.tok_end)
            nobody = Actor(None, hit.sector, self.text[span.start_char:span.end_char], span.start_char,
                           span.end_char, hit.tok_start, hit.tok_end, "unnamed", None, None, "")
            return Group([nobody], hit.tok_start, hit.tok_end, self.lower[i])
        return None

    def _genitive_after(self, noun_end: int, frag: Fragment) -> Group | None:
        """The actor in the genitive right behind a German noun ending at ``noun_end``: "der Angriff Russlands", "die
        Sanktionen der EU" ("der" behind a noun is its genitive unless the name is masculine), "der Besuch des
        Bundeskanzlers", "der Besuch Scholz'" (the apostrophe of a name ending in s, z or x)."""
        if self.lang != "de":
            return None
        group = next((g for g in frag.groups if g.tok_start >= noun_end), None)
        if group is None or group.prep is not None:
            return None
        gap = self._words_between(noun_end, group.tok_start)
        if not gap:
            end = group.tok_end
            apostrophe = end < len(self.lower) and self.lower[end] == PLURAL_POSSESSIVE and self.idx[end] == \
                self.idx[end - 1] + len(self.token_text[end - 1])
            return group if group.genitive or apostrophe else None
        article = self.lower[gap[0]]
        adjectives = all(self.alpha[i] and self.token_text[i][:1].islower() for i in gap[1:])
        if len(gap) > 3 or not adjectives:
            return None
        if article in self.genitive_links or article in self.feminine_dative_article and \
                group.members[0].text.lower() not in self.masculine_names:
            return group
        return None

    def _agent_genitive(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The genitive behind a German act noun whose victim stands behind a preposition (cues agent_genitive_nouns:
        "Angriff auf", "Anschlag auf", "Offensive gegen"), which is therefore its agent: "den Angriff Israels", "einen
        Luftangriff Russlands" (not "die Invasion der Ukraine", "die Bombardierung Kiews": their genitive is the
        victim)."""
        if self.lang != "de" or not self._nominal(trig) or \
                not self._one_word_cue("agent_genitive_nouns", trig.tok_start):
            return None
        return self._genitive_after(trig.tok_end, frag)

    def _genitive_agent(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(agent, patient) of a German act noun with a genitive behind it and a second party right after that: the
        genitive is the agent when the patient follows behind a target preposition of the code ("den Angriff
        Russlands auf die Ukraine", "der Besuch Scholz' in Peking"), the patient when the agent follows behind an
        agent preposition ("die Invasion der Ukraine durch Russland"). A genitive alone may be either: no pair."""
        if self.lang != "de" or not self._nominal(trig):
            return None
        genitive = self._genitive_after(trig.tok_end, frag)
        if genitive is None:
            return None
        other = next((g for g in frag.groups if g.tok_start >= genitive.tok_end), None)
        if other is None or not self._other_party(other, genitive):
            return None
        gap = self._words_between(genitive.tok_end, other.tok_start)
        if any(not (self.lower[i] == other.prep or self.lower[i] in self.determiners or self.lower[i] == PLURAL_POSSESSIVE
                    or self.alpha[i] and self.token_text[i][:1].islower()) for i in gap):
            return None
        if other.prep in self.agent_preps:
            return other, genitive
        return (genitive, other) if other.prep in self._target_preps(trig.entry.cameo_code) else None

    def _possessive_agent(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(agent, patient) of an act noun whose possessor stands before it and whose object follows it: "Russia's
        arrest of a French journalist", "Russia's invasion of Ukraine", "Russlands Invasion der Ukraine" (the object
        behind "of", a target preposition of the code or in the German genitive). Names both parties, like the
        German genitive agent (_genitive_agent)."""
        if not self._nominal(trig):
            return None
        possessor = next((g for g in frag.groups if g.tok_end <= trig.tok_start and
                          self._possessor_gap(g, trig.tok_start)), None)
        if possessor is None:
            # "Iran's military support for", "Irans militärische Unterstützung für": the mention took the trigger's
            # adjective as its sector word
            possessor = next((g for g in frag.groups if g.tok_start < trig.tok_start < g.tok_end <= trig.tok_end and
                              (self._possessive(trig.tok_start - 1) if self.lang == "en" else
                               g.genitive or self.lower[g.tok_start].endswith("s") and
                               g.members[0].entry_id.split(":")[1] in ("country", "capital", "person"))),
                             None)
        if possessor is None:   # "the Russian attack on Kyiv"
            possessor = self._adjective_before(trig.tok_start, trig)
        if possessor is None:
            return None
        patient = self._genitive_after(trig.tok_end, frag)
        if patient is None:   # "Chinas Unterstützung für Russland"
            patient = next((g for g in frag.groups if g.tok_start >= trig.tok_end), None)
            links = {"of"} if self.lang == "en" else set()
            # "Russia's threat to cut gas supplies to Poland": the party of the infinitive content
            content = self.lower[trig.tok_end - 1] in self.infinitive_markers
            if patient is not None and not content and (
                    patient.prep not in links | self._target_preps(trig.entry.cameo_code) or
                    any(not (self.lower[i] == patient.prep or self.lower[i] in self.determiners
                             or self.alpha[i] and self.token_text[i].islower())
                        for i in self._words_between(trig.tok_end, patient.tok_start))):
                patient = None
        if patient is None or not self._other_party(patient, possessor):
            return None
        return possessor, patient
