"""Trade measures, the family the China–Russia–US tracker missed (issue #3, helper trade17, session 17;
docs/evaluation.md "Trade measures"): tariffs and duties, export controls and bans, import bans and entity lists,
imposed, raised, threatened, extended, lifted or suspended, and retaliation with them. They are sanctions words of
their own family (cues trade_measure_words): the stance gives the row (163 impose/extend, 1312 threaten, 085 lift,
111 oppose) and a sanctions mention whose rule id starts with "trade."; a measure named without an act on it has no
row at all. English and German sentences of our own, with the senses that must not code."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, asserted, coded_rows

PUB = date(2025, 3, 12)   # a Wednesday
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)
with_statements = functools.partial(coded_rows, published=PUB, statements=True)


def mentions(coder, text: str, lang: str) -> set[tuple]:
    """(stance, imposer, target, rule id family) of the sanctions mentions."""
    result = coder.extract(text, lang, PUB)
    return {(m.stance, m.imposer_actor, m.target_actor, m.rule_id.split(".", 1)[0]) for m in result.sanctions}


@pytest.mark.parametrize("text, lang, expected", [
    # imposing, slapping, levying, announcing: 163 on the state whose goods are hit (the adjective of the goods,
    # the origin behind "from"/"aus", "against"/"gegen")
    ("The United States imposed new tariffs on Chinese goods on Monday.", "en", {asserted("163", "USA", "CHN")}),
    ("Washington imposed punitive tariffs on Chinese steel.", "en", {asserted("163", "USA", "CHN")}),
    ("Canada slapped tariffs of 30 percent on Chinese aluminium.", "en", {asserted("163", "CAN", "CHN")}),
    ("Trump announced tariffs of 25 percent on imports from Mexico and Canada.", "en",
     {asserted("163", "USA", "MEX"), asserted("163", "USA", "CAN")}),
    ("The EU imposed anti-dumping duties on Chinese electric bikes.", "en", {asserted("163", "EUU", "CHN")}),
    ("Canada announced retaliatory tariffs against the US.", "en", {asserted("163", "CAN", "USA")}),
    ("Die USA verhängten neue Zölle auf chinesische Waren.", "de", {asserted("163", "USA", "CHN")}),
    ("Washington erhebt Strafzölle auf Stahl aus China.", "de", {asserted("163", "USA", "CHN")}),
    ("Indien hat am Freitag Sonderzölle auf Reis aus Pakistan erhoben.", "de", {asserted("163", "IND", "PAK")}),
    ("Die EU verhängte Antidumpingzölle auf chinesische Elektrofahrräder.", "de", {asserted("163", "EUU", "CHN")}),
    # raising them imposes more (cues trade_measure_stances)
    ("The US raised tariffs on Chinese electric vehicles to 100 percent.", "en", {asserted("163", "USA", "CHN")}),
    ("Die USA haben die Zölle auf chinesische Elektroautos auf 100 Prozent erhöht.", "de",
     {asserted("163", "USA", "CHN")}),
    # retaliation with them is an imposition, not a response to sanctions (was no row: "retaliated" made the
    # measure the object of a response)
    ("China retaliated with tariffs on American soybeans.", "en", {asserted("163", "CHN", "USA")}),
    ("Mexico responded with tariffs on American pork on Wednesday.", "en", {asserted("163", "MEX", "USA")}),
    ("Peking reagierte mit Vergeltungszöllen auf US-Waren.", "de", {asserted("163", "CHN", "USA")}),
    # extending them, threatening them (1312), lifting, cutting or suspending them (085)
    ("The US extended the tariffs on Chinese solar panels.", "en", {asserted("163", "USA", "CHN")}),
    ("Trump threatened tariffs against the European Union.", "en", {asserted("1312", "USA", "EUU")}),
    ("Trump threatened Mexico with tariffs of 25 percent.", "en", {asserted("1312", "USA", "MEX")}),
    ("Die USA drohten China mit neuen Zöllen.", "de", {asserted("1312", "USA", "CHN")}),
    ("Trump drohte mit Zöllen auf Waren aus der EU.", "de", {asserted("1312", "USA", "EUU")}),
    ("The US suspended the tariffs on Chinese goods for 90 days.", "en", {asserted("085", "USA", "CHN")}),
    ("Japan suspended the anti-dumping duties on steel pipes from South Korea.", "en",
     {asserted("085", "JPN", "KOR")}),
    ("China senkte die Zölle auf amerikanische Agrarprodukte.", "de", {asserted("085", "CHN", "USA")}),
    ("Die USA setzten die Zölle auf chinesische Waren für 90 Tage aus.", "de", {asserted("085", "USA", "CHN")}),
    # export controls and bans, entity lists ("put ... on", "added ... to": the object's state)
    ("Washington imposed new export controls on China.", "en", {asserted("163", "USA", "CHN")}),
    ("Die Regierung in Washington verschärfte die Exportkontrollen gegen China.", "de",
     {asserted("163", "USA", "CHN")}),
    ("China verhängte Exportbeschränkungen für seltene Erden gegen die USA.", "de", {asserted("163", "CHN", "USA")}),
    ("The United States put Chinese firms on its entity list.", "en", {asserted("163", "USA", "CHN")}),
    ("The US Commerce Department added nine Chinese drone makers to the entity list.", "en",
     {asserted("163", "USA", "CHN")}),
    ("Die USA setzten chinesische Firmen auf die schwarze Liste.", "de", {asserted("163", "USA", "CHN")}),
    ("The US removed two Chinese firms from its entity list.", "en", {asserted("085", "USA", "CHN")}),
])
def test_trade_measures_are_coded_by_their_stance(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The United States imposed new tariffs on Chinese goods.", "en", {("impose", "USA", "CHN", "trade")}),
    ("Trump drohte mit Zöllen auf Waren aus der EU.", "de", {("threaten", "USA", "EUU", "trade")}),
    ("China condemned the US tariffs on Chinese steel.", "en", {("oppose", "USA", "CHN", "trade")}),
    ("China senkte die Zölle auf amerikanische Agrarprodukte.", "de", {("lift", "CHN", "USA", "trade")}),
    # a sanctions word keeps its family
    ("The EU imposed new sanctions on Russia.", "en", {("impose", "EUU", "RUS", "sanction")}),
])
def test_trade_measures_are_sanctions_mentions_of_their_own_family(coder, text, lang, expected):
    """The analyst tells a tariff from a sanction by the rule id: trade.<stance>:<lang>:<words>."""
    assert mentions(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # economic news with a measure but no act on it: no row, no mention
    ("Customs duties rose 3 percent last year.", "en"),
    ("Tariff revenue hit a record in March.", "en"),
    ("Higher US tariffs weigh on exports, economists said.", "en"),
    ("Import prices fell in Germany.", "en"),
    ("Exports to Russia fell sharply.", "en"),
    ("The minister took up his new duties on Monday.", "en"),
    ("Die Zollbehörde in Hamburg meldete höhere Einnahmen.", "de"),
    ("Zollfreie Waren aus Kanada sind beliebt.", "de"),
    ("Die Zolleinnahmen stiegen um drei Prozent.", "de"),
    ("Der Zoll beschlagnahmte in Hamburg zehn Kilo Kokain.", "de"),
    ("Die Zölle belasten die deutschen Exporte, sagten Ökonomen.", "de"),
    # a stance word that acts on something else in the clause (English: not right before the measure)
    ("Beijing raised concerns about the tariffs on its steel.", "en"),
    ("The White House said Brazil must remove barriers to American goods or face tariff penalties.", "en"),
    # the measure as the object of another act ("countermeasures against", "exempted from", "warnte vor")
    ("The EU announced countermeasures against the new US tariffs.", "en"),
    ("Die EU-Kommission kündigte Gegenmaßnahmen gegen die amerikanischen Zölle an.", "de"),
    ("Der Kanzler warnte vor Zöllen auf deutsche Autos.", "de"),
])
def test_trade_words_without_an_act_on_them_have_no_sanctions_mention(coder, text, lang):
    assert mentions(coder, text, lang) == set()
    assert not {row for row in readings(coder, text, lang) if row[0] in ("163", "1312", "085")}


@pytest.mark.parametrize("text, lang, expected", [
    # a meeting on tariffs is a meeting
    ("The US and China held tariff talks in Geneva.", "en", {("040", "USA", "CHN"), ("040", "CHN", "USA")}),
    # lifting a ban is no imposition: the import ban trigger's 163 goes (was 163 CHN->JPN beside the 081)
    # (085 as in German since en17's economic context words "import"/"export": a lifted import ban eases an embargo;
    # was 081)
    ("China lifted the import ban on Japanese seafood.", "en", {("085", "CHN", "JPN")}),
    ("China hob das Einfuhrverbot für japanische Meeresfrüchte auf.", "de", {("085", "CHN", "JPN")}),
    ("China lifted the export ban on gallium.", "en", {("085", "CHN", None)}),
    ("China hob das Ausfuhrverbot für Gallium auf.", "de", {("085", "CHN", None)}),
    # imposing an import ban stays the trigger's 163 (one row, and now a mention too)
    ("Japan imposed an import ban on Chinese seafood.", "en", {("163", "JPN", "CHN")}),
])
def test_trade_guards(coder, text, lang, expected):
    assert with_statements(coder, text, lang) == expected


def test_adding_firms_to_a_list_is_no_statement(coder):
    """"added ... to the entity list" (en:010:add is a saying) puts them on it: no 010 (was 010 with the listed
    firms' state as speaker)."""
    rows = with_statements(coder, "The US Commerce Department added nine Chinese drone makers to the entity list.",
                           "en")
    assert rows == {("163", "USA", "CHN")}


@pytest.mark.parametrize("text, lang, measure", [
    ("France said the United States had imposed tariffs on Chinese steel.", "en", "trade"),
    ("France said the United States had imposed sanctions on Chinese banks.", "en", "sanction"),
])
def test_what_was_said_names_its_own_imposer(coder, text, lang, measure):
    """The subject of what a statement says imposes, not the speaker (was 163 FRA->CHN): the lead's lesson of last
    session, a speaker is no agent of the act it reports."""
    assert ("163", "USA", "CHN") in with_statements(coder, text, lang)
    assert ("163", "FRA", "CHN") not in with_statements(coder, text, lang)
    assert mentions(coder, text, lang) == {("impose", "USA", "CHN", measure)}


@pytest.mark.parametrize("text, lang", [
    ("The United States will impose a 30 percent tariff on imports from Mexico from August 1.", "en"),
    ("The EU will impose sanctions on Russia on August 1.", "en"),
    ("Die EU wird am 1. August neue Sanktionen gegen Russland verhängen.", "de"),
])
def test_a_future_act_on_a_named_day_is_the_coming_one(coder, text, lang):
    """Published 2025-07-16: "will ... on/from August 1" is 2025-08-01 (was 2024-08-01, the last one)."""
    result = coder.extract(text, lang, date(2025, 7, 16))
    dated = {(e.cameo_code, e.modality, e.event_date) for e in result.events if e.statement is None}
    assert dated == {("163", "future", date(2025, 8, 1))}


def test_a_past_act_on_a_named_day_stays_past(coder):
    result = coder.extract("Die EU verhängte am 1. Juli neue Sanktionen gegen Russland.", "de", date(2025, 7, 16))
    assert {e.event_date for e in result.events} == {date(2025, 7, 1)}


@pytest.mark.parametrize("text, lang, expected", [
    # a date between the object and "mit"/"with" belongs to neither: the object is still the target (the mention
    # had none; the 1312 row had it from the verb)
    ("Brasilien drohte den USA am Mittwoch mit Gegenzöllen auf Weizen.", "de", {("threaten", "BRA", "USA", "trade")}),
    ("Washington drohte Peking am Montag mit neuen Sanktionen.", "de", {("threaten", "USA", "CHN", "sanction")}),
    ("Trump threatened Mexico on Monday with tariffs.", "en", {("threaten", "USA", "MEX", "trade")}),
    # the participle that names the imposer is the stance of an English trade measure too, as in German
    ("The tariffs imposed by Washington last year have cost farmers billions.", "en",
     {("impose", "USA", None, "trade")}),
    ("Die von Washington verhängten Zölle kosten die Landwirte Milliarden.", "de", {("impose", "USA", None, "trade")}),
])
def test_objects_across_a_date_and_imposers_named_by_a_participle(coder, text, lang, expected):
    assert mentions(coder, text, lang) == expected


def test_a_threat_across_a_date_is_the_threat_with_tariffs(coder):
    """"threatened Mexico on Monday with tariffs": 1312 (was the bare threat 130)."""
    assert readings(coder, "Trump threatened Mexico on Monday with tariffs.", "en") == {asserted("1312", "USA", "MEX")}


@pytest.mark.parametrize("text, lang, expected", [
    # the goods' origin names the target of sanctions too (was no target)
    ("The US imposed sanctions on imports from Iran.", "en", {("impose", "USA", "IRN", "sanction")}),
    ("Die EU verhängte Sanktionen auf Öl aus Russland.", "de", {("impose", "EUU", "RUS", "sanction")}),
    # a date between is no goods: "from Brussels" is where, not whose
    ("The EU imposed sanctions on Monday from Brussels.", "en", {("impose", "EUU", None, "sanction")}),
    ("Canada imposed tariffs on Monday from Ottawa.", "en", {("impose", "CAN", None, "trade")}),
])
def test_the_origin_of_the_goods_is_the_target(coder, text, lang, expected):
    assert mentions(coder, text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a tariff increase is a tariff imposed (English "announced tariff hikes" reads "tariff" already)
    ("Die USA kündigten Zollerhöhungen auf chinesische Waren an.", {("impose", "USA", "CHN", "trade")}),
    ("Washington verhängte am Montag Zollerhöhungen gegen Kanada.", {("impose", "USA", "CAN", "trade")}),
    ("Die Zollerhöhungen belasten die Wirtschaft.", set()),
])
def test_german_tariff_increases(coder, text, expected):
    assert mentions(coder, text, "de") == expected
