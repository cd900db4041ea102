"""General readings the ninth fresh-passage set (tests/gold/fresh9, issue #3, helper fresh18, session 18) showed
missing or wrong in wire copy. English and German sentences of our own (none of the set's), with the senses that must
not code."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, asserted, coded_rows

PUB = date(2026, 10, 14)   # a Wednesday
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


@pytest.mark.parametrize("text, lang, expected", [
    # a formal charge is 115, as "indicted" and German "angeklagt" are; what the object is charged with names no
    # party ("for China" is in the charge)
    ("Prosecutors in Germany charged a Chinese national with espionage.", "en", {asserted("115", "DEU", "CHN")}),
    ("Turkey charged 14 Iranian citizens with spying for Israel.", "en", {asserted("115", "TUR", "IRN")}),
    ("British police charged two men with spying for China on Tuesday.", "en", {asserted("115", "GBR", None)}),
    ("Two Russian officers were charged in absentia by Dutch prosecutors.", "en", {asserted("115", "NLD", "RUS")}),
    ("A Chinese national was charged with spying in Germany.", "en", {asserted("115", "DEU", "CHN")}),
    ("Die Staatsanwaltschaft in Berlin klagte einen chinesischen Staatsbürger wegen Spionage an.", "de",
     {asserted("115", "DEU", "CHN")}),
    ("Russland klagte am Montag einen US-Journalisten wegen Spionage an.", "de", {asserted("115", "RUS", "USA")}),
    # not a formal charge: an accusation ("charged that"), prices, a cavalry charge, a complaint ("klagte über")
    ("The company charged customers in Russia higher prices.", "en", set()),
    ("The Ukrainian army charged the Russian positions near Bakhmut.", "en", set()),
    ("Russland klagte über die hohen Preise.", "de", set()),
])
def test_formal_charges(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


def test_charged_that_is_no_formal_charge(coder):
    rows = readings(coder, "Amnesty International charged that Russian troops had tortured prisoners.", "en")
    assert not any(code == "115" for code, *_ in rows)


DATED = READING_KEYS + ("event_date",)
dated = functools.partial(coded_rows, published=PUB, keys=DATED)


def _codes(coder, text: str, lang: str) -> set[str]:
    return {code for code, *_ in readings(coder, text, lang)}


@pytest.mark.parametrize("text, lang, absent", [
    # an act noun that talks are about is a topic, not an act of the talking parties
    ("Scholz wants to discuss the war in Ukraine with Xi.", "en", "190"),
    ("Macron and Modi will meet next week to discuss a ceasefire in Gaza.", "en", "0356"),
    ("Merz und Macron berieten über den Angriff auf Kiew.", "de", "190"),
    ("Selenskyj sprach am Montag über den Angriff auf Kiew.", "de", "190"),
    ("Macron und Modi wollen sich treffen, um über eine Waffenruhe im Gazastreifen zu sprechen.", "de", "0356"),
    ("Scholz will mit Xi über den Handel und den Krieg in der Ukraine sprechen.", "de", "190"),
])
def test_act_noun_as_topic_of_talks_is_no_act(coder, text, lang, absent):
    assert absent not in _codes(coder, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # an agent the noun names itself keeps the act; agreeing on a ceasefire is no talk about one
    ("Merz und Macron berieten über den russischen Angriff auf Kiew.", "de", asserted("190", "RUS", "UKR")),
    ("The two leaders discussed Russia's invasion of Ukraine.", "en", asserted("190", "RUS", "UKR")),
    ("Russland und die Ukraine einigten sich auf eine Waffenruhe.", "de", ("0356", "RUS", "UKR", False, "future")),
    ("Israel and Hamas agreed to a ceasefire in Gaza.", "en", ("0356", "ISR", "PSE", False, "future")),
])
def test_acts_beside_talks_keep_their_reading(coder, text, lang, expected):
    assert expected in readings(coder, text, lang)


@pytest.mark.parametrize("text", [
    "Inflation rose to 9 percent, according to figures released by the Turkish statistics office.",
    "According to a video released by the Taliban, the hostages are alive.",
    "According to a statement released by the Kremlin, Putin will visit China in May.",
])
def test_a_released_document_is_no_release(coder, text):
    assert "084" not in _codes(coder, text, "en")


def test_a_release_of_persons_stays(coder):
    assert readings(coder, "Belarus released three Lithuanian activists on Tuesday.", "en") == \
        {asserted("084", "BLR", "LTU")}


@pytest.mark.parametrize("text, lang, day", [
    # a weekday in the clause of an intended act, behind its intent cue, is the coming one (published Wednesday 14th)
    ("Erdogan wants to visit Baghdad on Friday.", "en", date(2026, 10, 16)),
    ("Putin plans to visit China on Tuesday.", "en", date(2026, 10, 20)),
    ("Erdoğan will am Freitag Bagdad besuchen.", "de", date(2026, 10, 16)),
    ("Macron plant, am Donnerstag nach Peking zu reisen.", "de", date(2026, 10, 15)),
    # a weekday before the intent cue dates the intent, the last one
    ("Am Dienstag wollte Putin China besuchen.", "de", date(2026, 10, 13)),
    ("Putin said on Tuesday he wants to meet Trump.", "en", date(2026, 10, 13)),
])
def test_weekday_of_an_intended_act(coder, text, lang, day):
    assert {row[-1] for row in dated(coder, text, lang) if row[0] == "036"} == {day}


@pytest.mark.parametrize("text, expected", [
    # the agent phrase of a later participle describing a place is not the passive's agent
    ("Three Iranian nationals were arrested near a naval base operated by the United States in Bahrain.",
     asserted("173", "BHR", "IRN")),
    ("Two Chinese nationals were arrested by Philippine police near a base used by U.S. forces.",
     asserted("173", "PHL", "CHN")),
    # means and coordinated participles keep it
    ("Kyiv was hit by a missile fired by Russian forces.", asserted("195", "RUS", "UKR")),
])
def test_agent_phrase_of_a_later_participle(coder, text, expected):
    assert readings(coder, text, "en") == {expected}


@pytest.mark.parametrize("text, lang, expected", [
    # a halt noun needs its halt word: an intent cue does not stand in ("agreed to resume flights" halts nothing)
    ("Russia suspended flights to Georgia.", "en", {asserted("163", "RUS", "GEO")}),
    ("The EU plans to cut aid to Niger.", "en", {("162", "EUU", "NER", False, "future")}),
    # a coordinated predicate with its own verb is no content of the criticism before it
    ("Germany criticized Russia and called on Moscow to withdraw its troops.", "en",
     {asserted("111", "DEU", "RUS"), asserted("020", "DEU", "RUS")}),
    ("Japan criticized China on Monday and urged Beijing to release the detained fishermen.", "en",
     {asserted("111", "JPN", "CHN"), asserted("020", "JPN", "CHN")}),
    # a detention its possessor or agent phrase names is 173 beside the condemnation
    ("Germany condemned Iran's detention of a French aid worker.", "en",
     {asserted("111", "DEU", "IRN"), asserted("173", "IRN", "FRA")}),
    ("Deutschland verurteilte die Inhaftierung einer französischen Helferin durch den Iran.", "de",
     {asserted("111", "DEU", "IRN"), asserted("173", "IRN", "FRA")}),
    ("A fire broke out at a detention centre in Libya.", "en", set()),
    ("The journalist has been in detention since March.", "en", set()),
    # an unknown name described by an apposition with a nationality is of that state
    ("Belarus released Tomas Kovas, a Lithuanian activist, on Monday.", "en", {asserted("084", "BLR", "LTU")}),
    ("Der Iran ließ Anna Weber, eine deutsche Lehrerin, am Freitag frei.", "de", {asserted("084", "IRN", "DEU")}),
    ("Russland nahm Evan Smith, einen amerikanischen Journalisten, am Montag fest.", "de",
     {asserted("173", "RUS", "USA")}),
    ("Russland lehnte den Vorschlag, eine Waffenruhe zu vereinbaren, am Montag ab.", "de", set()),
])
def test_second_fresh9_readings(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


def test_resuming_flights_is_no_sanction(coder):
    assert "163" not in _codes(coder, "India and Japan agreed to resume direct flights between their countries.", "en")


def test_accused_content_behind_to_stays_reported(coder):
    assert ("190", "RUS", "UKR", False, "reported") in \
        readings(coder, "Ukraine accused Russia of planning to attack Odesa.", "en")


@pytest.mark.parametrize("text, lang, day", [
    ("Russia freed Evan Smith, an American journalist, on Friday.", "en", date(2026, 10, 9)),
    ("Der Iran ließ Anna Weber, eine deutsche Lehrerin, am Freitag frei.", "de", date(2026, 10, 9)),
])
def test_date_behind_a_described_apposition(coder, text, lang, day):
    assert {row[-1] for row in dated(coder, text, lang) if row[0] == "084"} == {day}


@pytest.mark.parametrize("text, lang", [
    # a meeting that frames a saying behind its speech word is the speaker's meeting
    ("Merz said after a meeting with Chinese Premier Li Qiang that Beijing bears a special responsibility.", "en"),
    ("Beijing bears a special responsibility, Merz said on Wednesday after a meeting with Li Qiang in Berlin.", "en"),
    ("Merz sagte nach einem Treffen mit Li Qiang, Peking trage Verantwortung.", "de"),
    ("Peking trage Verantwortung, sagte Merz am Mittwoch nach einem Treffen mit dem chinesischen "
     "Ministerpräsidenten Li Qiang.", "de"),
])
def test_meeting_framing_a_saying_behind_its_speech_word(coder, text, lang):
    assert {("040", "DEU", "CHN"), ("040", "CHN", "DEU")} <= \
        {row[:3] for row in readings(coder, text, lang)}


def test_a_frame_inside_what_was_said_is_not_the_speakers(coder):
    rows = readings(coder, "Xi sagte, bei einem Besuch in Moskau habe Putin die Partnerschaft gelobt.", "de")
    assert not any(code in ("040", "042") and source == "CHN" for code, source, *_ in rows)


@pytest.mark.parametrize("text, expected", [
    # taking part in an event abroad is attending it, as "attend the" and "teilnehmen"
    ("Russia will take part in next month's peace conference in Switzerland.", ("036", "RUS", "CHE", False, "future")),
    ("Russia will not take part in next month's peace conference in Switzerland.", asserted("125", "RUS", "CHE")),
    ("Xi took part in the military parade in Moscow.", asserted("042", "CHN", "RUS")),
])
def test_taking_part_in_an_event_abroad(coder, text, expected):
    assert expected in readings(coder, text, "en")


@pytest.mark.parametrize("text", [
    "Russian soldiers took part in the fighting in Ukraine.",
    "Thousands of people took part in the protests in Tbilisi.",
    "Georgia arrested a Russian citizen for taking part in the riots.",
])
def test_taking_part_in_fighting_protests_or_riots_is_no_visit(coder, text):
    assert "042" not in _codes(coder, text, "en")


@pytest.mark.parametrize("text, lang, code, day", [
    # an opening phrase with its own date dates the saying, not the date of what was said (published Wednesday 14th)
    ("Speaking in Brussels on Tuesday, Rutte said Russian drones had struck a Polish village on Monday.", "en", "112",
     date(2026, 10, 13)),
    ("In a statement on Tuesday, Russia said Ukraine attacked Belgorod on Monday.", "en", "112", date(2026, 10, 13)),
    ("Speaking on Tuesday, Xi said China and Russia signed an agreement on Monday.", "en", "010", date(2026, 10, 13)),
    ("In einer Erklärung am Dienstag sagte Russland, die Ukraine habe Belgorod am Montag angegriffen.", "de", "112",
     date(2026, 10, 13)),
    # the act keeps the content's date; with no opening date the saying keeps it too (as before)
    ("In a statement on Tuesday, Russia said Ukraine attacked Belgorod on Monday.", "en", "190", date(2026, 10, 12)),
    ("On Monday, Russia attacked Kyiv, Ukraine said.", "en", "010", date(2026, 10, 12)),
])
def test_opening_date_dates_the_saying(coder, text, lang, code, day):
    rows = coded_rows(coder, text, lang, published=PUB, keys=("cameo_code", "event_date"), statements=True)
    assert {d for c, d in rows if c == code} == {day}


@pytest.mark.parametrize("text, lang, expected", [
    # present and participle forms of the appeal rows
    ("Germany condemned the attack, calling on Russia to stop.", "en", asserted("020", "DEU", "RUS")),
    ("The EU calls on Serbia to recognise Kosovo.", "en", asserted("020", "EUU", "SRB")),
    ("Die Bundesregierung hat Russland aufgerufen, die Angriffe einzustellen.", "de", asserted("020", "DEU", "RUS")),
    ("Die EU ruft Serbien auf, Kosovo anzuerkennen.", "de", asserted("020", "EUU", "SRB")),
    ("Deutschland fordert China auf, seinen Einfluss zu nutzen.", "de", asserted("020", "DEU", "CHN")),
    # an intent cue behind an appeal is what it asks for; one before it is the appealer's own
    ("The UN chief urged Russia and Ukraine to agree a ceasefire.", "en", asserted("020", "UNO", "RUS")),
    ("Germany plans to call on China to use its influence.", "en", ("020", "DEU", "CHN", False, "future")),
])
def test_appeals(coder, text, lang, expected):
    assert expected in readings(coder, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The minister called on the president at his residence.", "en"),
    ("Die Gewerkschaft hat zum Streik aufgerufen.", "de"),
    ("Die Seite wurde zwei Millionen Mal aufgerufen.", "de"),
])
def test_no_appeal_without_an_addressee(coder, text, lang):
    assert "020" not in _codes(coder, text, lang)


@pytest.mark.parametrize("text, absent", [
    # "that" behind a noun naming no actor, right before the verb: the noun's act, not the main clause subject's
    ("India condemned the attack that killed 26 tourists in Kashmir.", ("190", "IND")),
    ("Canada condemned the drone attack that killed four aid workers in Sudan.", ("190", "CAN")),
])
def test_that_relative_clause_borrows_no_subject(coder, text, absent):
    assert absent not in {row[:2] for row in readings(coder, text, "en")}


@pytest.mark.parametrize("text, expected", [
    ("The EU said on Monday that Russia attacked Kyiv.", asserted("190", "RUS", "UKR")),
    ("Russia attacked a village that Ukraine had recaptured.", asserted("192", "UKR", None)),
])
def test_that_clauses_with_their_own_subject_keep_it(coder, text, expected):
    assert expected in readings(coder, text, "en")


@pytest.mark.parametrize("text, expected", [
    # the nationality of the noun an object-less accusation verb accuses is its target
    ("Britain expelled two Russian diplomats it accused of spying.", asserted("112", "GBR", "RUS")),
    ("The US imposed sanctions on three Chinese companies it accused of supplying drone parts to Russia.",
     asserted("112", "USA", "CHN")),
    # a noun without one still accuses no party of its content
    ("The US sanctioned three companies it accused of supplying drone parts to Russia.", asserted("112", "USA", None)),
])
def test_accused_noun_nationality(coder, text, expected):
    assert expected in readings(coder, text, "en")


def test_speech_participle_after_a_clause_holding_an_infinitive(coder):
    # the main clause holds "to stop" but is no infinitive clause: the participle's speaker is its subject
    rows = coded_rows(coder, "China urged Washington to stop selling weapons to Taiwan, saying the sales sent a "
                      "dangerous signal.", "en", published=PUB, statements=True)
    assert ("010", "CHN", None) in rows and ("020", "CHN", "USA") in rows


@pytest.mark.parametrize("text, lang", [
    # the mediator behind a participle is no party of the agreement the clause's subject reaches
    ("Armenia and Azerbaijan agreed to a ceasefire brokered by Russia.", "en"),
    ("Armenien und Aserbaidschan einigten sich auf eine von Russland vermittelte Waffenruhe.", "de"),
])
def test_brokered_agreement_is_the_parties(coder, text, lang):
    assert readings(coder, text, lang) == {("0356", "ARM", "AZE", False, "future"),
                                           ("0356", "AZE", "ARM", False, "future")}


@pytest.mark.parametrize("text, lang, expected", [
    ("The air strike on Kyiv by Russia killed five people.", "en", asserted("195", "RUS", "UKR")),
    ("Die Türkei vermittelte zwischen Russland und der Ukraine.", "de", asserted("045", "TUR", "RUS")),
])
def test_agent_phrases_of_act_nouns_and_finite_mediation_stay(coder, text, lang, expected):
    assert expected in readings(coder, text, lang)


@pytest.mark.parametrize("text, expected", [
    # the buyer behind a verb of selling is the target of a trade measure on the goods, as their origin is
    ("The US imposed export controls on chips sold to Chinese companies.", asserted("163", "USA", "CHN")),
    ("Japan imposed export restrictions on chemicals shipped to South Korea.", asserted("163", "JPN", "KOR")),
    ("The US imposed tariffs on steel from China.", asserted("163", "USA", "CHN")),
    ("The EU imposed tariffs on cars sold to customers in Europe.", asserted("163", "EUU", None)),
])
def test_buyer_of_goods_under_a_trade_measure(coder, text, expected):
    assert readings(coder, text, "en") == {expected}
