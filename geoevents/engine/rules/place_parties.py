"""Places as parties of violence (rule prefixes "place_target:", "place_source:"): violence against nobody
named targets the state where it happened ("a car bomb exploded in central Baghdad"), violence by nobody named
on a victim of another state takes the place as its agent ("A roadside bomb near Samarra killed one U.S.
soldier"). The places are states, capitals and the gazetteer of geoevents.engine.places, never actors."""
from __future__ import annotations

from geoevents.engine.components import TriggerHit
from geoevents.engine.rules.common import Actor, Fragment, Group


class PlaceParties:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _place_of_act(self, trig: TriggerHit, frag: Fragment, source: Group, near: bool = False) -> Group | None:
        """Violence against nobody named targets the state where it happened (cues place_target_roots): "a car bomb
        exploded in central Baghdad, killing 10", "suicide bombers killed 9 people when they detonated their vests in
        Jerusalem". The first state or capital behind a locative preposition after the trigger (or before a German verb
        closing its clause: "haben Ziele im Süden des Libanon bombardiert"), in its clause or a later one of the
        sentence, outside an attribution (", police in Kabul said"); also the source's own state
        ("Sudanese rebels killed 12 people when they shelled Khartoum"). With ``near`` a state also behind "near",
        "around" (place_prepositions): a show of force "near Taiwan" is directed at it."""
        speech = {id(self.frag_of.get(t.tok_start)) for t in self.sentence_triggers if t.entry.frame == "speech"}
        preps = self.place_preps if near else self.locative_preps
        # a German verb closing its clause has the place before it: "Israelische Kampfflugzeuge haben am Sonntag Ziele
        # im Süden des Libanon bombardiert"
        # (so has an object in the first position: "Ziele im Norden des Irak griff die Türkei an")
        floor = frag.tok_start if self._verb_final(trig, frag) or \
            self._fronted_object_subject(frag, trig) is not None else trig.tok_start
        for later in self.fragments[frag.index:]:
            if id(later) in speech and not (later is frag and any(
                    t.entry.frame == "speech" and t.tok_end <= trig.tok_start and
                    self.frag_of.get(t.tok_start) is frag for t in self.sentence_triggers)):
                continue   # a place in an attribution (", police in Kabul said"), not one after what was said
            found = [g for g in later.groups if g.prep in preps and g.tok_end > floor and
                     (all(m.entry_id.split(":")[1] in ("country", "capital") for m in g.members) or
                      near and g.tok_end < len(self.lower) and self.lower[g.tok_end] in self.border_nouns) and
                     not self._institution_seat(g)]
            # a city or region of the gazetteer also behind "near", "outside", "on" or as the verb's object
            found += [g for g in self._places_of(later, trig) if g.prep in self.place_preps or g.prep == ""]
            if found:
                group = min(found, key=lambda g: g.tok_start)
                return Group(group.members, group.tok_start, group.tok_end, group.prep,
                             own_state=not self._other_party(group, source))
        return None

    def _institution_seat(self, group: Group) -> bool:
        """The place behind a seat preposition (cues seat_prepositions) names the seat of the institution right before
        it, a description of a seat sector (cues seat_sectors: "nach Angaben des Verteidigungsministeriums in
        Ankara", "according to the defence ministry in Ankara"): where that office sits, not where the act
        happened."""
        if group.prep not in self.seat_preps or group.tok_start < 2:
            return False
        prep = group.tok_start - 1
        while prep > 0 and self.space[prep]:
            prep -= 1
        if self.lower[prep] != group.prep:
            return False
        return any(h.tok_end == prep and h.sector in self.seat_sectors for h in self.unresolved)

    def _place_of_unnamed_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """Violence by nobody named in a main clause that names where it happened ("A roadside bomb near Samarra killed
        a U.S. soldier", "Eine Autobombe tötete in Basra drei US-Soldaten"): the place stands for
        the unnamed agent, as in an agentless passive ("Three US soldiers were killed in Basra"); the caller keeps
        it only for a named victim of another state. None when an actor or pronoun stands before the act."""
        if frag.subordinate or frag.infinitive or any(p < trig.tok_start for p in frag.pronouns) or \
                any(g.tok_start < trig.tok_start and g.prep not in self.place_preps for g in frag.groups):
            return None
        found = [g for g in frag.groups if g.prep in self.place_preps and
                 all(m.entry_id.split(":")[1] in ("country", "capital") for m in g.members)]
        found += [g for g in self._places_of(frag, trig, anywhere=True) if g.prep in self.place_preps]
        return min(found, key=lambda g: g.tok_start, default=None)

    def _places_of(self, frag: Fragment, trig: TriggerHit, anywhere: bool = False) -> list[Group]:
        """The gazetteer places behind the trigger in the fragment that no actor mention covers, as groups with the
        preposition they stand behind ("near the town of Samarra", "in eastern Kharkiv", "on the outskirts of the city
        of Basra": cues place_links, place_nouns, place_modifiers may come between), "" right behind the act's
        verb ("shelled Kharkiv"), None otherwise; behind the trigger in its own fragment unless ``anywhere``. Only
        where-questions ask for them: a place is no actor."""
        start = frag.tok_start if anywhere or not frag.tok_start <= trig.tok_start < frag.tok_end else \
            max(frag.tok_start, trig.tok_end)
        # a German verb closing its clause has its object before it: "Russland hat Charkiw angegriffen", "dass seine
        # Truppen Charkiw beschossen hätten"
        middle_field = not anywhere and (self._verb_final(trig, frag) or
                                         self._fronted_object_subject(frag, trig) is not None)
        if middle_field:
            start = frag.tok_start
        groups = []
        dated: set[int] | None = None
        for hit in self.places.find(self.keys, self.token_text, start, frag.tok_end):
            if self._actor_overlaps(hit.tok_start, hit.tok_end):
                continue
            if dated is None:   # "beschoss am Montag Charkiw": a date expression between them is no preposition
                self._sentence_dates()
                dated = {i for m in frag.dates for i in range(start, hit.tok_start)
                         if m.start_char <= self.idx[i] < m.end_char}
                # with its preposition: "am Montag", "on Monday"
                dated |= {i - 1 for i in dated if i - 1 >= start and self.lower[i - 1] in self.prepositions}
            span = self.table.span(hit.tok_start, hit.tok_end)
            place = Actor(hit.place.country_code, None, self.text[span.start_char:span.end_char], span.start_char,
                          span.end_char, hit.tok_start, hit.tok_end, f"place:{hit.place.place_id}", None, None, "")
            prep = self._place_preposition(hit.tok_start, start, dated)
            if middle_field and hit.tok_start < trig.tok_start:
                if prep is None or prep is True or prep == "object":   # no preposition before it: the object
                    prep = "" if self._middle_field_object(hit.tok_start, start, dated) else None
                groups.append(Group([place], hit.tok_start, hit.tok_end, prep))
                continue
            if prep is True and start == trig.tok_end and self.lower[trig.tok_end - 1] in self.place_preps | \
                    self.target_preps_default:
                prep = self.lower[trig.tok_end - 1]   # a row that ends with its preposition: "Angriff auf Charkiw"
            if prep == "object":   # a German article opens the place's noun phrase after another phrase
                prep = "" if start == trig.tok_end and trig.entry.pos != "NOUN" else None
            if prep is True:   # nothing but place words between the act and the place: its object, for a noun
                # behind "of"/"von" or as a German genitive ("shelling of Kherson", "Beschuss Chersons")
                after = self._words_between(start, hit.tok_start)
                genitive = self.lang == "de" and not after and self.lower[hit.tok_end - 1].endswith("s")
                # "accused Ukraine of shelling the Zaporizhzhia plant": an English -ing noun behind a preposition is
                # a gerund, whose object follows it as a verb's does
                gerund = self.lang == "en" and self.lower[trig.tok_end - 1].endswith("ing") and \
                    trig.tok_start > self.span.start and self.lower[trig.tok_start - 1] in self.prepositions
                prep = "" if start == trig.tok_end and (trig.entry.pos != "NOUN" or genitive or gerund or after and
                                                        self.lower[after[0]] in self.place_links) else None
            groups.append(Group([place], hit.tok_start, hit.tok_end, prep))
        return groups

    def _verb_final(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A German verb trigger that closes its clause (a participle or infinitive, in a subordinate clause also the
        finite verb): only lowercase words (auxiliaries) follow it in the fragment."""
        if self.lang != "de" or trig.entry.pos != "VERB" or trig.particle_token is not None or \
                not self.token_text[trig.tok_start][:1].islower():
            return False
        after = self._words_between(trig.tok_end, frag.tok_end)
        return all(self.punct[i] or self.alpha[i] and self.token_text[i][:1].islower() for i in after) and \
            bool(self._words_between(frag.tok_start, trig.tok_start))

    def _middle_field_object(self, tok: int, floor: int, dated: set[int]) -> bool:
        """The place at ``tok`` stands in a German middle field without a preposition: across place words,
        determiners, lowercase adjectives and date expressions the word before it is no preposition ("hat Charkiw",
        "Truppen die Stadt Sumy", "in der Nacht die Stadt Sumy")."""
        j = tok - 1
        while j >= floor and (self.space[j] or j in dated or self.lower[j] in self.place_words and
                              self.lower[j] not in self.prepositions or self.lower[j] in self.determiners):
            j -= 1
        return j < floor or self.lower[j] not in self.prepositions

    def _place_preposition(self, tok: int, floor: int, dated: set[int]) -> str | None | bool:
        """The preposition before a place, across determiners, numbers, date expressions and place words (and in
        English capitalized words: "the Iraqi city of", in German lowercase adjectives: "der ostukrainischen Stadt");
        True when only such words stand between ``floor`` and the place."""
        j, words = tok - 1, 0
        while j >= floor:
            if self.space[j] or j in dated:
                j -= 1
                continue
            lower = self.lower[j]
            if lower in self.place_preps or lower in self.prepositions and lower not in self.place_words:
                return lower
            if lower in self.place_object_determiners:
                before = self._words_between(floor, j)[-1:]
                if before and self.alpha[before[0]] and self.lower[before[0]] not in self.prepositions and \
                        self.lower[before[0]] not in self.place_words:
                    return "object"   # "griffen in der Nacht die Hafenstadt Odessa an": the verb's object
            word = self.alpha[j] and (self.token_text[j][:1].isupper() if self.lang == "en" else
                                      self.token_text[j][:1].islower())
            if words == 8 or not (lower in self.place_words or lower in self.determiners or self.like_num[j] or word):
                return None
            j, words = j - 1, words + 1
        return True
