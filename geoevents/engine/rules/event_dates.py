"""When it happened: the date expressions of the sentence are placed into its fragments once per sentence;
a row takes the date of its fragment, else of the nearest preceding main fragment with one, else the
publication date; a date in a statement's content dates the content, not the saying."""
from __future__ import annotations

from datetime import date, timedelta

from geoevents.engine.dates import DateMention
from geoevents.engine.rules.common import Fragment, StatementInfo


class EventDates:
    """The rules of this module (see its docstring), a mixin of geoevents.engine.assemble.Assembler."""

    def _sentence_dates(self) -> None:
        """Date expressions of the sentence into the dates of the fragments they stand in (once per sentence)."""
        if self.dates_found:
            return
        self.dates_found = True
        span, idx, texts = self.span, self.idx, self.token_text
        for mention in self.dates.find(self.text[span.start_char:span.end_char], span.start_char, self.published):
            if self._end_date(mention.start_char):
                continue   # "bleiben bis Juli in Kraft", "until July": until when, not when
            for frag in self.fragments:
                if idx[frag.tok_start] <= mention.start_char < idx[frag.tok_end - 1] + len(texts[frag.tok_end - 1]):
                    frag.dates.append(mention)
                    if frag.index > 0 and self.lower[frag.tok_start] in self.predicative_markers and \
                            not frag.groups and not any(frag.tok_start <= t.tok_start < frag.tok_end
                                                        for t in self.sentence_triggers):
                        # "condemned the sanctions as unlawful on Tuesday": a predicative "as" phrase is no clause
                        # of its own; its date is the clause's before it (was the publication date)
                        self.fragments[frag.index - 1].dates.append(mention)
                    break
        self._days_after()

    def _days_after(self) -> None:
        """"Serbia raised its alert on Tuesday, a day after Serbs clashed with Kosovo police", "..., einen Tag nachdem
        ...": the clause opened by the link word (cues days_after links: after, nach, nachdem) behind a count of days
        (cues days_after numbers and units: "a day", "two days", "einen Tag") happened that many days before the date
        of the main clause before it, or before the publication day when that clause has none ("The announcement came a
        day after Merz hosted Zelensky": the day before publication). Only a subordinate clause with no date of its
        own, only an anchor of day precision."""
        if not self.days_after_links:
            return
        for frag in self.fragments:
            if frag.index == 0 or not frag.subordinate or frag.dates or \
                    self.lower[frag.tok_start] not in self.days_after_links:
                continue
            lead = [i for i in self._words_between(self.fragments[frag.index - 1].tok_start, frag.tok_start)
                    if not self.punct[i]][-2:]
            if len(lead) != 2 or self.lower[lead[0]] not in self.days_after_numbers or \
                    self.lower[lead[1]] not in self.days_after_units:
                continue
            anchor = next((f.dates[0] for f in reversed(self.fragments[:frag.index]) if f.dates and not f.subordinate),
                          None)
            if anchor is None:
                day, precision = self.published, "day"
            else:
                day, precision = anchor.day, anchor.precision
            if day is None or precision != "day":
                continue
            start, end = self.idx[lead[0]], self.idx[frag.tok_start] + len(self.token_text[frag.tok_start])
            frag.dates.insert(0, DateMention(start, end, self.text[start:end],
                                             day - timedelta(days=self.days_after_numbers[self.lower[lead[0]]]), "day"))

    def _date_for(self, frag: Fragment, future: bool = False, content: tuple[int, int] | None = None,
                  said_in: StatementInfo | None = None, upcoming: bool = False,
                  announced: bool = False, intended_from: int | None = None) -> tuple[date | None, str, str | None]:
        """``content``: the tokens of what a statement says; a date inside them of a future or possible act does
        not date the saying. ``said_in``: the statement whose content holds the act; a date of that content dates
        the act before one of the saying's own clause ("said on Monday he would visit China in May": May).
        ``upcoming``: a present tense planning the act (content._present_plan): a weekday is the coming one too.
        ``announced``: a future auxiliary governs the act ("will visit China on Tuesday", "wird am Dienstag ...
        besuchen"): a weekday of the act's own clause is the coming one (not one inherited from the saying). A weekday
        right after a word of the next (cues next_date_words: "next Tuesday", "am kommenden Dienstag") is the coming
        one whatever the act. ``intended_from``: the token where the clause of an intended act begins behind its
        intent cue (content._intended_act_start): a weekday of the act's own clause behind it is the coming one."""
        self._sentence_dates()
        mention = frag.dates[0] if frag.dates else None
        if mention is None:
            # "Russia expelled the US envoy, John Smith, on Wednesday": the clause goes on behind the apposition
            rest = self._apposition_rest(frag)
            mention = rest.dates[0] if rest is not None and rest.dates else None
        if said_in is not None and mention is not None and len(frag.dates) > 1:
            low, high = self._content_date_span(said_in.content_tokens)
            mention = next((m for m in frag.dates if low <= m.start_char < high), mention)
        if content is not None and mention is not None and content[0] < content[1] and \
                self._modality_cue(Fragment(frag.index, content[0], content[1], False, False)) in \
                ("future", "hypothetical"):
            # "The EU said it would impose sanctions on Iran in May": May dates the sanctions, not the saying (a date
            # right behind the speech word is still its own: "said on Monday it would ...")
            low, high = self._content_date_span(content)
            mention = next((m for m in frag.dates if not low <= m.start_char < high), None)
        if mention is not None and content is not None and content[0] < content[1] and not said_in:
            # "Speaking in Brussels on Tuesday, Rutte said Russian drones had struck a Polish village on Monday": a
            # date of what was said does not date the saying when an opening phrase before it has one of its own
            low, high = self._content_date_span(content)
            if low <= mention.start_char < high:
                opening = next((prev.dates[-1] for prev in reversed(self.fragments[:frag.index])
                                if prev.dates and not prev.subordinate and prev.tok_end <= content[0] and
                                not any(prev.tok_start <= st.content_tokens[0] < prev.tok_end or
                                        st.content_tokens[0] <= prev.tok_start < st.content_tokens[1]
                                        for st in self.statements)), None)
                if opening is not None:
                    mention = opening
        if mention is None:
            for prev in reversed(self.fragments[:frag.index]):
                if content is not None and content[0] <= prev.tok_start < content[1] and prev.dates and \
                        self._modality_cue(prev) in ("future", "hypothetical"):
                    continue
                if prev.dates and not prev.subordinate:
                    mention = prev.dates[-1]
                    break
        if mention is None and content is not None and content[1] <= frag.tok_start:
            # "Two soldiers were killed when their patrol came under fire on Wednesday, the ministry said": with no date
            # of its own clause nor of a main clause before it, a closing attribution takes the date of a subordinate
            # clause of what it reports (the sentence's date expression), unless that clause is future or possible
            mention = next((prev.dates[0] for prev in self.fragments[:frag.index]
                            if prev.dates and content[0] <= prev.tok_start < content[1] and
                            self._modality_cue(prev) not in ("future", "hypothetical")), None)
        if mention is None:
            # "..., zitierte die Agentur X den Minister am Sonntag": the attribution after the content dates it
            attributions = {id(self.frag_of.get(st.trigger.tok_start)) for st in self.statements
                            if st.trigger is not None and st.sentence_index == self.sentence_index}
            # "..., teilte der Rat in Brüssel am Donnerstag mit": a closing speech word whose speaker was not read
            # still dates what it reports
            attributions |= {id(self.frag_of.get(t.tok_start)) for t in self.sentence_triggers
                             if t.entry.frame == "speech" and self.frag_of.get(t.tok_start) is not frag}
            for later in self.fragments[frag.index + 1:]:
                if later.dates and id(later) in attributions:
                    mention = later.dates[0]
                    break
        if mention is not None:
            # "will im Juni reisen": the coming June. Weekdays stay past: "agreed on Tuesday to expand" dates the
            # agreement, and news name the weekday of the report; not a weekday the act's own future auxiliary
            # governs, or one named as the next
            weekday = self.published is not None and mention.text.lower() in self.dates.weekdays
            intended = future and intended_from is not None and mention in frag.dates and \
                mention.start_char >= self.idx[intended_from] and self._own_date(mention, frag, said_in)
            if weekday and (future and announced and self._own_date(mention, frag, said_in) or intended or
                            self._next_weekday(mention)):
                day, precision = self.dates.resolve(mention.text, self.published, future=True)
                if precision != "unknown":
                    return day, precision, mention.text
            # "will impose sanctions on August 1", "from August 1": a named day of a month is the coming one too
            # (was last year's when the day had passed); not a weekday (above) nor a relative day ("yesterday")
            if future and self.published is not None and (upcoming or mention.precision in ("month", "year") or
                                                          mention.precision == "day" and not weekday and
                                                          self._names_month(mention.text)):
                day, precision = self.dates.resolve(mention.text, self.published, future=True)
                if precision != "unknown":
                    return day, precision, mention.text
            return mention.day, mention.precision, mention.text
        if self.published is None:
            return None, "unknown", None
        return self.published, "day", None

    def _names_month(self, text: str) -> bool:
        """The date expression is a day of a named month without a year ("August 1", "1. August")."""
        words = text.lower().replace(".", " ").replace(",", " ").split()
        return any(w.isdigit() and len(w) <= 2 for w in words) and not any(w.isdigit() and len(w) == 4 for w in words) \
            and any(w in self.dates.months for w in words)

    def _own_date(self, mention, frag: Fragment, said_in: StatementInfo | None) -> bool:
        """The date stands in the act's own clause, and in what a statement says rather than beside its speech word
        ("said on Tuesday he will visit China" dates the saying)."""
        if mention not in frag.dates:
            return False
        if said_in is None or said_in.content_tokens[0] >= said_in.content_tokens[1]:
            return True
        low, high = self._content_date_span(said_in.content_tokens)
        return low <= mention.start_char < high

    def _next_weekday(self, mention) -> bool:
        """The word before the weekday names the next one (cues next_date_words: "next Tuesday", "am kommenden
        Dienstag", "nächsten Freitag")."""
        before = self.text[max(self.span.start_char, mention.start_char - 24):mention.start_char].lower().split()
        return bool(before) and before[-1] in self.next_date_words

    def _end_date(self, start_char: int) -> bool:
        """The date expression at ``start_char`` follows a marker of an end (cues date_end_markers: "until", "bis"),
        across up to three link words ("bis zum 31. Juli", "until the end of July")."""
        if not self.date_end_words:
            return False
        before = self.text[max(self.span.start_char, start_char - 24):start_char].lower().split()[-4:]
        while before and before[-1] in self.date_end_links:
            before.pop()
        return bool(before) and before[-1] in self.date_end_words

    def _date_end_word(self, tok: int) -> bool:
        """The word stands behind an end marker, across link words: part of "until the end of July", no cue of its
        own (the "end" of sanctions lifted)."""
        j = tok - 1
        while j >= self.span.start and self.lower[j] in self.date_end_links:
            j -= 1
        return j >= self.span.start and self.lower[j] in self.date_end_words

    def _historical(self, frag: Fragment) -> bool:
        """The clause is dated only by a span of years that ended decades before the publication date (cues
        history_span: "fought three wars between 1870 and 1945", "führten zwischen 1870 und 1945 drei Kriege"): a
        history lesson, background and no event (docs/evaluation.md, no-event passages). A clause with a date of
        its own besides the span is not ("on Monday ... the first time between 1990 and 2024")."""
        if self.history_span_re is None or self.published is None:
            return False
        start, stop = self.idx[frag.tok_start], self.table.end_char(frag.tok_end - 1)
        found = self.history_span_re.search(self.text, self.span.start_char, self.span.end_char)
        if found is None or not start <= found.start() < stop or self.published.year - int(found.group(2)) < self.history_min_years or \
                int(found.group(1)) > int(found.group(2)):
            return False
        self._sentence_dates()
        return all(found.start() <= m.start_char < found.end() for m in frag.dates)

    def _content_date_span(self, content: tuple[int, int]) -> tuple[int, int]:
        """Characters of a statement's content whose dates are the content's: all but a date right behind the speech
        word (its first two words: "said on Monday it would ..."), after the addressee the speech word names first
        ("warned North Korea on Monday that any launch would ...": the warning's Monday, was the publication day)."""
        words = self._words_between(content[0], content[1])
        k = 0
        while k < len(words) and (self.in_actor[words[k]] or self.lower[words[k]] in self.determiners):
            k += 1
        return (self.idx[words[min(k + 2, len(words) - 1)]] if words else 0), self.table.end_char(content[1] - 1)
