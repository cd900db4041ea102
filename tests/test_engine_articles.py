"""Readings that span an article (issue #3, correctness as analysts see it): who speaks in a later paragraph, what
an invitation or an expected trip is, who imposes sanctions. English and German texts written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 3, 14)


def statements(coder, text, lang):
    return [e for e in coder.extract(text, lang, PUB).events if e.statement is not None]


# ---------------------------------------------------------------- speakers named by a part of their full name
@pytest.mark.parametrize("text, lang, surname", [
    ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing on Monday.\n\n"
     "\"We oppose unilateral sanctions,\" Wang told reporters.", "en", "Wang"),
    ("Der chinesische Außenminister Wang Yi traf am Montag in Peking seinen russischen Kollegen Sergej Lawrow.\n\n"
     "„Wir lehnen einseitige Sanktionen ab“, sagte Wang vor Journalisten.", "de", "Wang"),
    ("Chinese Foreign Minister Wang Yi travelled to Moscow on Monday. Wang said China wanted peace.", "en", "Wang"),
])
def test_a_person_introduced_by_full_name_is_named_later_by_one_word_of_it(coder, text, lang, surname):
    """"Wang" alone is no entry (many people share it); after "Foreign Minister Wang Yi" it is that person: the same
    actor and sector speak."""
    spoken = [e for e in statements(coder, text, lang) if e.source_text == surname]
    assert spoken and all((e.source_actor, e.source_sector) == ("CHN", "GOV") for e in spoken)


@pytest.mark.parametrize("text, lang", [
    ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing on Monday.\n\n"
     "Wang Huning said China would deepen its coordination with Russia.", "en"),
    ("Wang said China wanted peace. Chinese Foreign Minister Wang Yi travelled to Moscow on Monday.", "en"),
])
def test_a_word_of_the_name_in_a_longer_name_or_before_the_introduction_is_nobody(coder, text, lang):
    """"Wang Huning" is another person; a "Wang" before the full name has not been introduced yet."""
    assert not [e for e in statements(coder, text, lang) if e.source_text.startswith("Wang") and
                e.source_text != "Wang Yi" and "Foreign Minister" not in e.source_text]


@pytest.mark.parametrize("text, lang", [
    ("Washington announced new export controls on Chinese chipmakers on Monday.\n\n"
     "\"We firmly oppose unilateral sanctions,\" Zhang told reporters after the talks.", "en"),
    ("Washington erklärte am Montag, die Exportkontrollen gegen chinesische Chiphersteller seien notwendig.\n\n"
     "„Wir lehnen einseitige Sanktionen entschieden ab“, sagte Zhang vor Journalisten.", "de"),
])
def test_a_quote_attributed_to_an_unknown_speaker_carries_no_earlier_speaker(coder, text, lang):
    """The quote opening the paragraph names its speaker ("Zhang told reporters"), whom the tables do not know: no
    statement by the previous paragraph's speaker (an unknown speaker is better than a wrong one)."""
    rows = statements(coder, text, lang)
    assert rows and not [e for e in rows if e.statement.is_direct_quote]
    assert not [e for e in rows if e.rule_id == "statement.quote:carried"]


@pytest.mark.parametrize("text, lang", [
    ("Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n\n"
     "\"We oppose unilateral sanctions,\" Wang told reporters. He added that China would deepen its coordination "
     "with Russia.", "en"),
    ("Der russische Außenminister Sergej Lawrow traf am Montag in Peking den chinesischen Außenminister Wang Yi.\n\n"
     "„Wir lehnen einseitige Sanktionen ab“, sagte Wang vor Journalisten. Er fügte hinzu, China werde die "
     "Zusammenarbeit mit Russland vertiefen.", "de"),
])
def test_he_added_after_a_quote_is_its_speaker(coder, text, lang):
    """The pronoun of the next sentence is the speaker of the quote before it (named by surname), not the person
    named last in the paragraph before."""
    added = [e for e in statements(coder, text, lang) if e.rule_id.endswith((":add", ":fuegte-hinzu"))]
    assert added and all((e.source_actor, e.source_text) == ("CHN", "Wang") for e in added)


def acts(coder, text, lang):
    """(code, source, target) of the rows that are no statement."""
    return {(e.cameo_code, e.source_actor, e.target_actor)
            for e in coder.extract(text, lang, PUB).events if e.statement is None}


# ---------------------------------------------------------------- invitations, thanks, expected trips
@pytest.mark.parametrize("text, lang", [
    ("Lavrov thanked China for its support on Monday and invited Xi to visit Moscow in the autumn.", "en"),
    ("Lawrow dankte China am Montag für seine Unterstützung und lud Xi zu einem Besuch in Moskau ein.", "de"),
])
def test_an_invitation_is_the_inviters_intent_to_meet_and_thanks_are_praise(coder, text, lang):
    """"invited Xi to visit Moscow" is 036 from the inviter to the invited (was a 042 visit by the inviter): the
    visit has not happened; "thanked China for" is 051 (was no row). The invitation in the coordinated clause is no
    content of the thanks before it."""
    assert acts(coder, text, lang) == {("051", "RUS", "CHN"), ("036", "RUS", "CHN")}


@pytest.mark.parametrize("text, lang", [
    ("Macron invited Xi to Paris.", "en"),
    ("Scholz hat Xi nach Berlin eingeladen.", "de"),
    ("Scholz lud den chinesischen Regierungschef nach Berlin ein.", "de"),
])
def test_an_invitation_to_a_capital_is_no_visit(coder, text, lang):
    assert {(code, target) for code, _, target in acts(coder, text, lang)} == {("036", "CHN")}


@pytest.mark.parametrize("text, lang", [
    ("Russian President Vladimir Putin is expected to travel to China in May, the Kremlin said.", "en"),
    ("Der russische Präsident Wladimir Putin soll im Mai nach China reisen, teilte der Kreml mit.", "de"),
])
def test_an_expected_trip_is_future_in_the_coming_month_and_the_saying_is_not_dated_by_it(coder, text, lang):
    """The trip has not happened: future, in May 2025 after a publication in March 2025 (was asserted, May 2024);
    the Kremlin said it on the publication day, not in May."""
    events = coder.extract(text, lang, PUB).events
    trip = [e for e in events if e.statement is None]
    saying = [e for e in events if e.statement is not None]
    assert [(e.source_actor, e.target_actor, e.modality, e.event_date, e.date_precision) for e in trip] == \
        [("RUS", "CHN", "future", date(2025, 5, 1), "month")]
    assert [(e.source_actor, e.event_date, e.date_precision) for e in saying] == [("RUS", PUB, "day")]


@pytest.mark.parametrize("text, lang", [
    ("Xi and Biden held a video call on Monday, the White House said.", "en"),
    ("Xi und Biden telefonierten am Montag, teilte das Weiße Haus mit.", "de"),
])
def test_a_past_date_in_what_was_said_still_dates_the_saying(coder, text, lang):
    saying = [e for e in coder.extract(text, lang, PUB).events if e.statement is not None]
    assert [(e.event_date, e.date_precision) for e in saying] == [(date(2025, 3, 10), "day")]


# ---------------------------------------------------------------- who imposes sanctions
@pytest.mark.parametrize("text, lang", [
    ("Russland werde auf neue Strafmaßnahmen reagieren.", "de"),
    ("Russland kündigte an, auf die neuen Sanktionen der EU zu reagieren.", "de"),
    ("Russia said it would respond to new sanctions.", "en"),
])
def test_responding_to_sanctions_is_not_imposing_them(coder, text, lang):
    """The verb-final German response ("auf ... reagieren") names sanctions someone else imposed: a mention, no
    163 row by the responding state (was 163 RUS future and imposer RUS)."""
    result = coder.extract(text, lang, PUB)
    assert [m.stance for m in result.sanctions] == ["mention"]
    assert all(m.imposer_actor != "RUS" for m in result.sanctions)
    assert not [e for e in result.events if e.cameo_code.startswith("16")]


@pytest.mark.parametrize("text, lang", [
    ("Die EU-Kommission kündigte an, die Sanktionen gegen Russland um weitere sechs Monate zu verlängern.", "de"),
    ("Die EU beschloss, die Sanktionen gegen Russland um sechs Monate zu verlängern.", "de"),
    ("The EU decided to extend the sanctions against Russia by six months.", "en"),
])
def test_sanctions_in_an_infinitive_clause_are_the_main_clauses_subjects(coder, text, lang):
    result = coder.extract(text, lang, PUB)
    assert [(m.stance, m.imposer_actor, m.target_actor) for m in result.sanctions] == [("extend", "EUU", "RUS")]
    assert acts(coder, text, lang) == {("163", "EUU", "RUS")}


def test_sanctions_someone_is_asked_to_lift_are_not_the_askers(coder):
    """"forderte die USA auf, die Sanktionen aufzuheben": the main clause names the one asked too; no imposer."""
    result = coder.extract("Die EU forderte die USA auf, die Sanktionen gegen Kuba aufzuheben.", "de", PUB)
    assert [m.imposer_actor for m in result.sanctions] == [None]


@pytest.mark.parametrize("text, expected", [
    ("The US Treasury Department imposed sanctions on three companies it accused of supplying drone parts to Russia.",
     {("112", "USA", None), ("163", "USA", None)}),
    ("The US accused China of supplying drone parts to Russia.", {("112", "USA", "CHN")}),
])
def test_the_accused_is_the_object_not_a_party_of_the_alleged_act(coder, text, expected):
    """"companies it accused of supplying drone parts to Russia": the companies are accused (no actor), Russia only
    received the parts (was 112 USA->RUS)."""
    assert acts(coder, text, "en") == expected


def test_a_treasury_spokesperson_speaks_for_the_treasury_named_before(coder):
    text = "The US Treasury Department imposed sanctions on Iran on Monday. A Treasury spokesperson said further " \
           "measures were possible."
    assert [(e.source_actor, e.source_sector) for e in statements(coder, text, "en")] == [("USA", "GOV")]


# ---------------------------------------------------------------- ", saying ..."
@pytest.mark.parametrize("text, lang", [
    ("Ukraine's foreign ministry criticized the meeting, saying Beijing could not claim neutrality.", "en"),
    ("Die Ukraine kritisierte das Treffen und erklärte, Peking könne nicht neutral sein.", "de"),
])
def test_the_subject_of_the_main_clause_says_what_follows_saying(coder, text, lang):
    """", saying Beijing could not ..." is said by the critic (was Beijing saying "Ukraine's foreign ministry
    criticized the meeting", negated); the criticism is asserted (was reported, with Beijing as its source)."""
    events = coder.extract(text, lang, PUB).events
    said = [e for e in events if e.statement is not None]
    assert [(e.source_actor, e.target_actor, e.negated) for e in said] == [("UKR", "CHN", False)]
    assert [(e.cameo_code, e.source_actor, e.modality, e.reporting_source) for e in events
            if e.statement is None] == [("111", "UKR", "asserted", None)]


# ---------------------------------------------------------------- denials, deliveries, announced sanctions
@pytest.mark.parametrize("text, lang", [
    ("Das russische Außenministerium wies Berichte zurück, wonach Moskau Waffen aus Nordkorea erhalten habe.", "de"),
    ("The Russian foreign ministry denied reports that Moscow had received weapons from North Korea.", "en"),
])
def test_weapons_received_in_denied_reports_are_the_givers_and_did_not_happen(coder, text, lang):
    """The German verb-final "erhalten" after the weapons and "aus" name the giver (was 072 RUS->none); the reports
    the ministry rejects ("wies ... zurück, wonach") are denied like "denied reports that" (was asserted)."""
    rows = [(e.cameo_code, e.source_actor, e.target_actor, e.negated)
            for e in coder.extract(text, lang, PUB).events if e.statement is None]
    assert rows == [("072", "PRK", "RUS", True)]


@pytest.mark.parametrize("text, lang", [
    ("Russland hat Waffen aus Nordkorea erhalten.", "de"),
    ("Russland erhielt Waffen von Nordkorea.", "de"),
    ("Russia received weapons from North Korea.", "en"),
])
def test_received_weapons_come_from_the_giver(coder, text, lang):
    assert acts(coder, text, lang) == {("072", "PRK", "RUS")}


@pytest.mark.parametrize("text, lang, modality, day, precision", [
    ("The European Union said it would lift sanctions on Syria.", "en", "future", PUB, "day"),
    ("The EU said it would impose sanctions on Iran in May.", "en", "future", date(2025, 5, 1), "month"),
    ("Die EU erklärte, sie werde im Mai Sanktionen gegen Iran verhängen.", "de", "future", date(2025, 5, 1), "month"),
])
def test_announced_sanctions_are_future_and_their_month_dates_them_not_the_saying(coder, text, lang, modality,
                                                                                  day, precision):
    """"said it would lift sanctions" is the reported "will" (was hypothetical); "in May" is the coming May for the
    sanctions (was May 2024) and does not date the saying (publication day, was May 2024)."""
    events = coder.extract(text, lang, PUB).events
    assert [(e.modality, e.event_date, e.date_precision) for e in events if e.statement is None] == \
        [(modality, day, precision)]
    assert [(e.event_date, e.date_precision) for e in events if e.statement is not None] == [(PUB, "day")]


def test_a_date_right_behind_the_speech_word_still_dates_the_saying(coder):
    events = coder.extract("The EU said on Monday it would impose sanctions on Iran in May.", "en", PUB).events
    assert [e.event_date for e in events if e.statement is not None] == [date(2025, 3, 10)]


@pytest.mark.parametrize("text, flight", [
    # (the flight to Tokyo is Macron's visit since session 17: "flog er nach Tokio", a word before "nach")
    ("Nachdem Macron am Mittwoch in Peking mit Xi zusammentraf, flog er nach Tokio.", {("042", "FRA", "JPN")}),
    ("Macron ist am Mittwoch in Peking mit Xi zusammengetroffen.", set()),
])
def test_the_one_word_verb_final_meeting_is_a_meeting(coder, text, flight):
    assert acts(coder, text, "de") == {("040", "FRA", "CHN"), ("040", "CHN", "FRA")} | flight


# ---------------------------------------------------------------- titled names the tables lack, visitors
def test_a_name_behind_a_title_the_tables_lack_is_named_later_by_it(coder):
    """"Japanese Prime Minister Shigeru Ishiba": the tables know the office's state, not the name; a later "Ishiba
    said" is that official (JPN GOV, was no speaker). "Shigeru Tanaka" is another person."""
    text = "Japanese Prime Minister Shigeru Ishiba met Chinese Premier Li Qiang in Tokyo on Monday.\n\n" \
           "\"Our partnership matters,\" Ishiba said. Shigeru Tanaka said China was a partner."
    assert [(e.source_actor, e.source_sector, e.source_text) for e in statements(coder, text, "en")] == \
        [("JPN", "GOV", "Ishiba")]


@pytest.mark.parametrize("text, expected", [
    ("Japan held talks with visiting Australian Prime Minister Anthony Albanese in Tokyo on Thursday.",
     {("040", "JPN", "AUS"), ("040", "AUS", "JPN")}),
    ("The visiting Chinese delegation met Russian officials.", {("040", "CHN", "RUS"), ("040", "RUS", "CHN")}),
])
def test_visiting_before_a_nationality_describes_the_visitor(coder, text, expected):
    """"talks with visiting Australian Prime Minister ..." are talks (was a 042 visit JPN->AUS, the host as the
    visitor, which replaced the talks)."""
    assert acts(coder, text, "en") == expected


# ---------------------------------------------------------------- "the two countries", dates of what was said
@pytest.mark.parametrize("text, lang", [
    ("Japan held talks with Australia on Thursday. The two countries agreed to expand defence cooperation.", "en"),
    ("Japanese Prime Minister Shigeru Ishiba met Australian Prime Minister Anthony Albanese in Tokyo on Thursday. "
     "The two leaders agreed to expand defence cooperation.", "en"),
    ("Der japanische Regierungschef traf am Donnerstag in Tokio den australischen Premierminister. Die beiden Männer "
     "vereinbarten eine engere Zusammenarbeit.", "de"),
])
def test_the_two_countries_or_leaders_are_the_last_two_states_or_officials_named(coder, text, lang):
    """Two states named apart ("Japan ... with Australia") or two officials without names the tables know are
    what "the two countries", "the two leaders", "die beiden Männer" refer to (was no source)."""
    later = {(e.source_actor, e.target_actor) for e in coder.extract(text, lang, PUB).events
             if e.statement is None and not e.cameo_code.startswith("04")}
    assert later == {("JPN", "AUS"), ("AUS", "JPN")}


@pytest.mark.parametrize("text, lang, act_day", [
    ("Putin said on Monday he would visit China in May.", "en", date(2025, 5, 1)),
    ("Putin sagte am Montag, er werde im Mai China besuchen.", "de", date(2025, 5, 1)),
    ("Ukraine said on Monday Russia had attacked Kyiv on Sunday.", "en", date(2025, 3, 9)),
])
def test_a_date_in_what_was_said_dates_the_act_and_the_one_behind_the_speech_word_the_saying(coder, text, lang,
                                                                                            act_day):
    """The act said takes the date of the content ("in May", "on Sunday"; was Monday, the saying's date)."""
    events = coder.extract(text, lang, PUB).events
    assert {e.event_date for e in events if e.statement is None and e.rule_id.startswith("directed")} == {act_day}
    assert {e.event_date for e in events if e.statement is not None} == {date(2025, 3, 10)}


@pytest.mark.parametrize("text", [
    "Ukraine accused Russia of attacking Odesa with drones overnight, killing two people.",
    "Ukraine accused Russia of shelling Kharkiv, wounding five civilians.",
])
def test_a_participle_after_an_accused_act_continues_that_act_not_the_accuser(coder, text):
    """", killing two people" after "accused Russia of attacking Odesa" is Russia's (was 190 UKR->none asserted:
    the accuser as the killer)."""
    rows = acts(coder, text, "en")
    assert ("112", "UKR", "RUS") in rows
    assert not [row for row in rows if row[1] == "UKR" and row[0] != "112"]
