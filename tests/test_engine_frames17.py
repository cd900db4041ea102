"""Nominal frames, agreements, titles and places of wire-style sentences (issue #3, helper frames17, the fourth
fresh set's remaining classes): each with English and German sentences of our own, and sentences that must keep
their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows

PUB = date(2026, 7, 29)   # a Wednesday
rows = functools.partial(coded_rows, published=PUB)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)


def _both(code: str, a: str, b: str, modality: str = "future", negated: bool = False) -> set[tuple]:
    return {(code, a, b, negated, modality), (code, b, a, negated, modality)}


@pytest.mark.parametrize("text, lang, expected", [
    # agreeing on a ceasefire is the intent to de-escalate (0356, future, both directions), in German as in English
    # ("agreed on a ceasefire" was already 0356; "sich verständigen/einigen auf" was no intent cue and "Waffenruhe",
    # "Feuerpause", "truce" had no row: no event)
    ("Thailand und Kambodscha haben sich am Montag auf eine Waffenruhe verständigt.", "de",
     _both("0356", "THA", "KHM")),
    ("Armenien und Aserbaidschan einigten sich auf eine sofortige Waffenruhe.", "de", _both("0356", "ARM", "AZE")),
    ("Israel und die Hamas haben sich auf eine Feuerpause im Gazastreifen geeinigt.", "de",
     _both("0356", "ISR", "PSE")),
    ("Russland und die Ukraine verständigten sich auf einen Waffenstillstand.", "de", _both("0356", "RUS", "UKR")),
    ("Thailand and Cambodia agreed on a ceasefire on Monday.", "en", _both("0356", "THA", "KHM")),
    ("Armenia and Azerbaijan agreed on a truce.", "en", _both("0356", "ARM", "AZE")),
    ("Israel and Hamas agreed to a three-day truce in Gaza.", "en", _both("0356", "ISR", "PSE")),
    # negated, it is the negated intent
    ("Thailand und Kambodscha haben sich nicht auf eine Waffenruhe verständigt.", "de",
     _both("0356", "THA", "KHM", negated=True)),
    ("Thailand and Cambodia did not agree on a truce.", "en", _both("0356", "THA", "KHM", negated=True)),
    # declaring, concluding or agreeing it by "vereinbaren" is the de-escalation itself, as before
    ("Armenien und Aserbaidschan vereinbarten eine Waffenruhe.", "de", _both("087", "ARM", "AZE", "asserted")),
    ("Armenia and Azerbaijan declared a truce.", "en", _both("087", "ARM", "AZE", "asserted")),
    # a unilateral one stays 0871, breaking one 196, demanding one 107, agreeing on other topics their own intent
    ("Am Montag verkündete die Hisbollah eine einseitige Waffenruhe im Süden des Libanon.", "de",
     {("0871", "LBN", None, False, "asserted")}),
    ("Russland brach die Waffenruhe in der Nacht.", "de", {("196", "RUS", None, False, "asserted")}),
    ("Russia violated the truce overnight.", "en", {("196", "RUS", None, False, "asserted")}),
    ("Die UN forderte eine Waffenruhe in Gaza.", "de", {("107", "UNO", None, False, "asserted")}),
    ("China und Brasilien einigten sich auf eine engere Zusammenarbeit im Energiebereich.", "de",
     _both("0311", "CHN", "BRA")),
    ("Die EU-Außenminister haben sich auf ein neues Sanktionspaket gegen Russland geeinigt.", "de",
     {("163", "EUU", "RUS", False, "asserted")}),
    # "verständigt" without "sich" is informing someone, no agreement
    ("Die Nachbarn hatten die Polizei verständigt.", "de", set()),
])
def test_agreeing_on_a_ceasefire_is_the_intent_to_deescalate(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, day", [
    ("Russland griff die Ukraine am Montagabend an.", date(2026, 7, 27)),
    ("Am Dienstagmorgen griff Russland die Ukraine an.", date(2026, 7, 28)),
    ("Russische Truppen beschossen am Sonntagnachmittag die Stadt Charkiw.", date(2026, 7, 26)),
])
def test_a_german_weekday_with_its_time_of_day_is_that_day(coder, text, day):
    """"am Montagabend" was no date word: the act was dated the publication day."""
    events = [e for e in coder.extract(text, "de", PUB).events if e.cameo_code.startswith("19")]
    assert [(e.event_date, e.date_precision) for e in events] == [(day, "day")]


def _to(code: str, source: str, targets: list[str], modality: str = "asserted") -> set[tuple]:
    return {(code, source, t, False, modality) for t in targets}


@pytest.mark.parametrize("text, lang, expected", [
    # a visit, meeting or mediation noun behind a frame word (cues held_frame_words) took place: an event of its own
    # beside the clause's (were no row: the noun had no support word in its clause)
    ("Bei einem Besuch in Seoul kündigte der japanische Ministerpräsident neue Investitionen an.", "de",
     _to("042", "JPN", ["KOR"])),
    ("Der japanische Ministerpräsident hat sich bei einem Besuch in Seoul für das Leid der Zwangsarbeiter "
     "entschuldigt.", "de", _to("042", "JPN", ["KOR"]) | {("055", "JPN", None, False, "asserted")}),
    ("During a visit to Seoul, the Japanese prime minister apologised for the suffering of forced labourers.", "en",
     _to("042", "JPN", ["KOR"]) | {("055", "JPN", None, False, "asserted")}),
    ("Bei seinem Besuch in Berlin warb der polnische Präsident für mehr Hilfe für die Ukraine.", "de",
     _to("042", "POL", ["DEU"])),
    ("Nach einem Treffen mit dem chinesischen Außenminister hat der brasilianische Präsident eine engere "
     "Zusammenarbeit angekündigt.", "de", _both("040", "BRA", "CHN", "asserted")),
    ("Following talks with the Chinese foreign minister, the Brazilian president announced closer cooperation.", "en",
     _both("040", "BRA", "CHN", "asserted")),
    ("Bei Gesprächen mit Russland in Genf konnten sich die USA nicht auf einen Gefangenenaustausch einigen.", "de",
     _both("040", "USA", "RUS", "asserted")),
    # a mediation names its mediator (genitive, adjective, possessor); its parties are the clause's subject
    # (the swap is a release by each side, agreed: 0353 both ways since the prisoner-swap rows, session 18)
    ("Unter Vermittlung Katars einigten sich Israel und die Hamas auf einen Gefangenenaustausch.", "de",
     _to("045", "QAT", ["ISR", "PSE"]) | _both("0353", "ISR", "PSE")),
    ("Unter ägyptischer Vermittlung haben Israel und die Hamas am Dienstag neue Gespräche aufgenommen.", "de",
     _to("045", "EGY", ["ISR", "PSE"])),
    # (the swap itself: 084 both ways, and the mediator is no party of it)
    ("Durch Vermittlung der Türkei tauschten Russland und die Ukraine Gefangene aus.", "de",
     _to("045", "TUR", ["RUS", "UKR"]) | _both("084", "RUS", "UKR", "asserted")),
    ("Durch Vermittlung der Türkei vereinbarten Russland und die Ukraine eine Waffenruhe.", "de",
     _to("045", "TUR", ["RUS", "UKR"]) | _both("087", "RUS", "UKR", "asserted")),
    # (the resumed talks are their meeting since the de18 session: "resumed" is a meeting support word)
    ("Under Qatari mediation, Israel and Hamas resumed talks on Tuesday.", "en",
     _to("045", "QAT", ["ISR", "PSE"]) | _both("040", "ISR", "PSE", "asserted")),
    ("Thailand and Cambodia agreed on a ceasefire under Malaysian mediation.", "en",
     _to("045", "MYS", ["THA", "KHM"]) | _both("0356", "THA", "KHM")),
    ("Thailand und Kambodscha einigten sich unter Vermittlung Malaysias auf eine Waffenruhe.", "de",
     _to("045", "MYS", ["THA", "KHM"]) | _both("0356", "THA", "KHM")),
])
def test_a_framed_visit_meeting_or_mediation_took_place(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # two titled persons the actor table does not know, joined by "und"/"and": the groups stay apart (source and
    # target before the frame), and the veto for a framed meeting without its partner took the compound for a
    # one-party subject (no row since 632bbab; found by the lead on a held-out passage, session 17)
    ("Der kenianische Präsident William Ruto und der äthiopische Regierungschef Abiy Ahmed haben bei einem Treffen in "
     "Nairobi über den Sudan beraten.", "de"),
    ("Der kenianische Präsident William Ruto und der äthiopische Regierungschef Abiy Ahmed haben bei einem Treffen in "
     "Nairobi vereinbart, die Grenze zu öffnen.", "de"),
    ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed Sudan during a meeting in "
     "Nairobi.", "en"),
    ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed agreed during a meeting in Nairobi to "
     "open their border.", "en"),
])
def test_a_framed_meeting_of_a_compound_subject_the_groups_kept_apart(coder, text, lang):
    assert {r for r in readings(coder, text, lang) if r[0] == "040"} == _both("040", "KEN", "ETH", "asserted")


@pytest.mark.parametrize("text, lang, code, expected", [
    # a frame shares its clause's future, but not a word of announcing nor the clause's commitment; after-frames
    # took place whatever the clause's tense
    ("Der japanische Ministerpräsident wird bei einem Besuch in Seoul ein Abkommen unterzeichnen.", "de", "036",
     _to("036", "JPN", ["KOR"], "future")),
    ("The Japanese prime minister will sign an agreement during a visit to Seoul next week.", "en", "036",
     _to("036", "JPN", ["KOR"], "future")),
    ("Nach einem Treffen mit Xi Jinping will der brasilianische Präsident mehr Soja nach China liefern.", "de", "040",
     _both("040", "BRA", "CHN", "asserted")),
    ("After talks with Xi Jinping, Lula will export more soybeans to China.", "en", "040",
     _both("040", "BRA", "CHN", "asserted")),
    ("Ukraine wants to end the war through talks with Russia.", "en", "040", set()),   # 036, future
    # no frame, no partner in the frame, or a meeting yet to come: no meeting held
    ("Russia attacked Kyiv during talks in Istanbul.", "en", "040", set()),
    ("Vor einem Treffen mit Xi Jinping sagte Biden, er wolle über Taiwan sprechen.", "de", "040", set()),
    ("Before a meeting with Xi Jinping, Biden said he would raise Taiwan.", "en", "040", set()),
    ("Bei einem Treffen mit Journalisten sagte Lawrow, Russland werde nicht verhandeln.", "de", "040", set()),
    ("Beim Treffen der G7 in Italien kritisierte Biden China.", "de", "040", set()),
])
def test_the_time_of_a_framed_act(coder, text, lang, code, expected):
    assert readings(coder, text, lang, cameo_code=code) == expected


@pytest.mark.parametrize("text, lang", [
    ("Under Qatari mediation, Israel and Hamas agreed on a truce on Monday.", "en"),
    ("During a visit to Seoul, the Japanese prime minister on Monday apologised for the forced labour.", "en"),
])
def test_an_opening_frame_without_a_date_takes_its_clauses_date(coder, text, lang):
    """Was the publication day: the frame's own fragment names no date."""
    framed = [e for e in coder.extract(text, lang, PUB).events if e.cameo_code in ("045", "042")]
    assert framed and {(e.event_date, e.date_precision) for e in framed} == {(date(2026, 7, 27), "day")}


@pytest.mark.parametrize("text, lang, expected, place", [
    # large cities of China, Russia, the US and Ukraine the gazetteer lacked: violence there is against their state
    # (were no target), the police of the place is its state's (docs/evaluation.md, place conventions)
    ("Ukrainian drones struck an oil refinery in Samara.", "en", ("195", "UKR", "RUS"), "RUS:samara"),
    ("Ukrainische Drohnen griffen eine Raffinerie in Samara an.", "de", ("190", "UKR", "RUS"), "RUS:samara"),
    ("Ukrainian drones hit an airbase near Saratov on Sunday.", "en", ("195", "UKR", "RUS"), "RUS:saratov"),
    ("Ukrainische Drohnen trafen einen Flugplatz bei Saratow.", "de", ("195", "UKR", "RUS"), "RUS:saratov"),
    ("Russische Raketen trafen am Montag Czernowitz.", "de", ("195", "RUS", "UKR"), "UKR:chernivtsi"),
    ("Police in Seattle arrested a Chinese national.", "en", ("173", "USA", "CHN"), "USA:seattle"),
    ("Die Polizei in Philadelphia nahm einen chinesischen Staatsbürger fest.", "de", ("173", "USA", "CHN"),
     "USA:philadelphia"),
])
def test_more_large_cities_are_places(coder, text, lang, expected, place):
    events = [e for e in coder.extract(text, lang, PUB).events if e.statement is None]
    assert [(e.cameo_code, e.source_actor, e.target_actor) for e in events] == [expected]
    assert place in events[0].rule_id


@pytest.mark.parametrize("text, lang, expected", [
    # a state's own place stays no target of its violence; another state's capture of it is on that state
    ("Ukraine launched a counteroffensive near Lyman.", "en", [("190", "UKR", None)]),
    ("Die Ukraine startete eine Gegenoffensive bei Kurachowe.", "de", [("190", "UKR", None)]),
    ("Russian troops captured the town of Kurakhove.", "en", [("192", "RUS", "UKR")]),
])
def test_new_places_keep_the_place_conventions(coder, text, lang, expected):
    events = [e for e in coder.extract(text, lang, PUB).events if e.statement is None]
    assert [(e.cameo_code, e.source_actor, e.target_actor) for e in events] == expected


statements = functools.partial(coded_rows, published=PUB, statements=True, cameo_code="010")


@pytest.mark.parametrize("text, lang, expected", [
    # a closing attribution by a ressort title before a name the tables lack speaks for the main clause's subject
    # state (were no statement: no speaker)
    ("Deutschland stellt Pakistan 20 Millionen Euro zur Verfügung, sagte Entwicklungsministerin Reem Alabali-Radovan "
     "am Donnerstag.", "de", {("010", "DEU", "PAK")}),
    ("Frankreich wird Mali Hilfe leisten, sagte Entwicklungsministerin Chrysoula Zacharopoulou.", "de",
     {("010", "FRA", "MLI")}),
    ("Germany will provide Pakistan with 20 million euros in aid, said Development Minister Reem Alabali-Radovan.", "en",
     {("010", "DEU", "PAK")}),
    ("Britain will send aid to Sudan, Development Minister Anneliese Dodds said.", "en", {("010", "GBR", "SDN")}),
    # a "Bundes-" title is a German office wherever it stands
    ("Deutschland wird der Ukraine weitere Hilfe leisten, teilte Bundesinnenministerin Nancy Faeser mit.", "de",
     {("010", "DEU", "UKR")}),
    ("Die Ukraine erhält weitere Waffen, sagte Bundesfinanzminister Lars Klingbeil.", "de", {("010", "DEU", "UKR")}),
    # not when what was said is a hostile act (the victim's minister may speak), nor with another state in the
    # attribution, nor when the subject names no state
    ("Russia attacked Kyiv again, said Interior Minister Ihor Klymenko.", "en", set()),
    ("Russland griff Kiew erneut an, sagte Innenminister Ihor Klymenko.", "de", set()),
    ("Die Regierung werde die Hilfe verdoppeln, sagte Entwicklungsministerin Svenja Schulze.", "de", set()),
    ("China will expand trade with Brazil, said Minister Jane Doe of Brazil.", "en", set()),
])
def test_a_titled_name_closing_the_sentence_speaks_for_its_subject_state(coder, text, lang, expected):
    assert statements(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Bundesfinanzminister Lars Klingbeil besuchte am Montag Peking.", "de", {("042", "DEU", "CHN")}),
    ("Die Bundesanwaltschaft erhob Anklage gegen einen russischen Spion.", "de", {("115", "DEU", "RUS")}),
    ("Der Bundesrat der Schweiz beschloss neue Sanktionen gegen Russland.", "de", {("163", "CHE", "RUS")}),
])
def test_a_bundes_title_is_a_german_office(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "die Behörde", "the agency", alone or owning a description ("ein Sprecher der Behörde"), is the latest
    # institution named before, also one named by its seat ("Die Staatsanwaltschaft in Prag"); were no speaker
    ("Die Staatsanwaltschaft in Prag hat ein Verfahren gegen einen russischen Diplomaten eröffnet. Der Mann habe "
     "Spionage betrieben, sagte ein Sprecher der Behörde am Montag.", "de", {("010", "CZE", None)}),
    ("Prosecutors in Prague opened proceedings against a Russian diplomat. The man had spied for Moscow, a spokesman "
     "for the agency said on Monday.", "en", {("010", "CZE", "RUS")}),
    ("Die polnische Staatsanwaltschaft hat Anklage gegen einen russischen Spion erhoben. Die Behörde teilte mit, der "
     "Mann habe Militäranlagen ausgespäht.", "de", {("010", "POL", None)}),
    ("Polish prosecutors charged a Russian national with spying. The agency said the man had photographed military "
     "sites.", "en", {("010", "POL", None)}),
    ("Die tschechische Polizei nahm zwei Russen fest. Ein Sprecher der Behörde sagte, die Männer hätten Brände "
     "gelegt.", "de", {("010", "CZE", None)}),
    # nobody named before, a medium named last, or the plural (often the place's authorities): no reference
    ("Die Behörde teilte mit, die Männer hätten Brände gelegt.", "de", set()),
    ("China's foreign ministry criticised the report, the Reuters news agency reported. The agency said the report "
     "had been confirmed.", "en", set()),
    ("Police in Kabul arrested two men. The authorities said the men had planned an attack.", "en", set()),
])
def test_the_agency_named_before_speaks(coder, text, lang, expected):
    assert statements(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "on" frames a visit only; a hyphenated adjective may stand in the frame (were no row)
    ("On a visit to Berlin, Poland's president called for more aid to Ukraine.", "en", {("042", "POL", "DEU")}),
    ("On a two-day visit to Berlin, Poland's president called for more aid to Ukraine.", "en", {("042", "POL", "DEU")}),
    ("During a two-day visit to Seoul, the Japanese prime minister apologised.", "en",
     {("042", "JPN", "KOR"), ("055", "JPN", None)}),
    ("China commented on the visit.", "en", set()),
])
def test_on_a_visit_frames_a_visit(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
