"""English misreadings left by the sessions before (issue #3, en17): targets in another clause, each with English and
German sentences of our own, and sentences that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize("text, lang, expected", [
    # a reaction (an alert, criticism, rejection, threat, reduced relations) whose own clause names no other party is
    # against the agent of the clause of cause or time next to it (cues cause_clause_openers: after, because, when;
    # nachdem, weil, als): its subject, or the agent of its passive; were without target
    ("Japan scrambled fighter jets after two Russian bombers flew close to its airspace.", "en",
     {("152", "JPN", "RUS")}),
    ("After two Russian bombers flew close to its airspace, Japan scrambled fighter jets.", "en",
     {("152", "JPN", "RUS")}),
    ("Japan scrambled fighter jets after its airspace was violated by Russian bombers.", "en",
     {("152", "JPN", "RUS")}),
    ("Russia recalled its ambassador after Moldova expelled two Russian diplomats.", "en",
     {("161", "RUS", "MDA"), ("166", "MDA", "RUS")}),
    ("Moscow condemned the move after Finland joined NATO.", "en", {("111", "RUS", "FIN")}),
    ("After Russia attacked Kyiv with missiles and drones, the EU condemned the attack.", "en",
     {("190", "RUS", "UKR"), ("111", "EUU", "RUS")}),
    ("Japan ließ Kampfjets aufsteigen, nachdem zwei russische Bomber nahe an seinen Luftraum geflogen waren.", "de",
     {("152", "JPN", "RUS")}),
    ("Nachdem zwei russische Bomber nahe an seinen Luftraum geflogen waren, ließ Japan Kampfjets aufsteigen.", "de",
     {("152", "JPN", "RUS")}),
    ("Japan ließ Kampfjets aufsteigen, nachdem sein Luftraum von russischen Bombern verletzt worden war.", "de",
     {("152", "JPN", "RUS")}),
    ("Russland rief seinen Botschafter zurück, nachdem Moldau zwei russische Diplomaten ausgewiesen hatte.", "de",
     {("161", "RUS", "MDA"), ("166", "MDA", "RUS")}),
    ("Moskau verurteilte den Schritt, nachdem Finnland der NATO beigetreten war.", "de", {("111", "RUS", "FIN")}),
    ("Nachdem Russland Kiew mit Raketen und Drohnen angegriffen hatte, verurteilte die EU den Angriff.", "de",
     {("190", "RUS", "UKR"), ("111", "EUU", "RUS")}),
    # unchanged: a clause of cause whose agent is no other party, acts that react against nobody (aid), and a
    # mobilisation, which the fourth fresh set codes without target (fresh4-de-016)
    ("Japan scrambled fighter jets after talks with Russia collapsed.", "en", {("152", "JPN", None)}),
    ("Japan put its army on alert when its prime minister returned from Washington.", "en", {("152", "JPN", None)}),
    ("Japan pledged aid after China cut off rice exports.", "en", {("033", "JPN", None)}),
    ("Venezuela called up reservists after the United States sent warships to the Caribbean.", "en",
     {("154", "VEN", None)}),
    ("Japan ließ Kampfjets aufsteigen, nachdem die Gespräche mit Russland gescheitert waren.", "de",
     {("152", "JPN", None)}),
    ("Venezuela berief Reservisten ein, nachdem die USA Kriegsschiffe in die Karibik entsandt hatten.", "de",
     {("154", "VEN", None)}),
])
def test_a_reaction_is_against_the_agent_of_its_clause_of_cause(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "armed factions", "armed groups", "bewaffnete Gruppen" describe an armed non-state group (sector words REB, as
    # "militias"), so a government blaming them accuses a domestic party: its own state (were without target)
    ("Libya's interior minister blamed armed factions loyal to a rival administration in the east of the country.",
     "en", {("112", "LBY", "LBY")}),
    ("Mali's interior minister blamed armed groups for Sunday's ambush on a convoy near Gao.", "en",
     {("112", "MLI", "MLI")}),
    ("Der libysche Innenminister beschuldigte bewaffnete Gruppen, die einer rivalisierenden Regierung im Osten des "
     "Landes treu sind.", "de", {("112", "LBY", "LBY")}),
    ("Der malische Innenminister beschuldigte am Montag bewaffnete Gruppen, einen Konvoi bei Gao überfallen zu haben.",
     "de", {("112", "MLI", "MLI")}),
    # an armed group named by its state's adjective stays that state's; one backed by another state is its ally's
    # target ("Iran-backed" rule)
    ("Russia blamed armed groups backed by Ukraine for the attack.", "en", {("112", "RUS", "UKR")}),
])
def test_armed_groups_blamed_by_their_government_are_a_domestic_target(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # sanctions in the infinitive of a decision or plan (cues intention_nouns) with a named owner are the owner's:
    # stance impose by the EU on Iran, Iran is the critic (were imposer IRN, English, and none, German)
    ("Iran condemned the EU's decision to impose new sanctions on Tehran.", "en", [("impose", "EUU", "IRN")]),
    ("Iran verurteilte die Entscheidung der EU, neue Sanktionen gegen Teheran zu verhängen.", "de",
     [("impose", "EUU", "IRN")]),
    ("China criticised Washington's plan to impose sanctions on Chinese firms.", "en", [("impose", "USA", "CHN")]),
    ("Russland kritisierte den Plan der EU, neue Sanktionen gegen Moskau zu verhängen.", "de",
     [("impose", "EUU", "RUS")]),
    ("Iran begrüßte die Entscheidung der USA, die Sanktionen gegen Teheran aufzuheben.", "de",
     [("lift", "USA", "IRN")]),
    # unchanged: the subject imposes when no decision of another is named
    ("The EU announced its decision to impose new sanctions on Iran.", "en", [("impose", "EUU", "IRN")]),
    ("The EU decided to impose new sanctions on Iran.", "en", [("impose", "EUU", "IRN")]),
])
def test_sanctions_a_decision_names_are_its_owners(coder, text, lang, expected):
    mentions = coder.extract(text, lang, PUB).sanctions
    assert [(m.stance, m.imposer_actor, m.target_actor) for m in mentions] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a commented decision is no act: the critic's 111 (051) alone, as for other acts in a commented decision ("The
    # EU welcomed Iran's pledge to release the prisoners"); was an 085 of Iran, the welcomer, in English
    ("Iran condemned the EU's decision to impose new sanctions on Tehran.", "en", {("111", "IRN", "EUU")}),
    ("Iran welcomed the US decision to lift sanctions on its oil exports.", "en", {("051", "IRN", "USA")}),
    ("Iran begrüßte die Entscheidung der USA, die Sanktionen gegen Teheran aufzuheben.", "de", {("051", "IRN", "USA")}),
    # announcing the decision is the act
    ("The EU announced its decision to impose new sanctions on Iran.", "en", {("163", "EUU", "IRN")}),
])
def test_a_commented_decision_on_sanctions_is_no_act(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # demand as the economic quantity is no demand made of anyone (cues trigger_blockers: "weak demand", "strong
    # demand", "global demand", "demand for oil", ...); were 100 rows against China, OPEC's own
    ("The company blamed weak demand from China for the drop in sales.", "en", set()),
    ("Brazil's soybean exports rose on strong demand from China.", "en", set()),
    ("Australian iron ore prices fell on weaker demand from China.", "en", set()),
    ("OPEC expects global demand for oil to rise next year.", "en", set()),
    # German "Nachfrage" is no row (kept)
    ("Die Exporte sanken wegen schwacher Nachfrage aus China.", "de", set()),
    # unchanged: demands made of someone
    ("China demanded that Japan withdraw its ships.", "en", {("100", "CHN", "JPN")}),
    ("Iran rejected a US demand for inspections.", "en", {("120", "IRN", "USA")}),
    ("China forderte Japan auf, seine Schiffe abzuziehen.", "de", {("020", "CHN", "JPN")}),
])
def test_economic_demand_is_no_demand(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # halting all trade with a state is an embargo on it (163; rows en:163:trade-halted "trade with",
    # de:163:handel-ausgesetzt "Handel mit" of fresh17, support family trade_halt, whose word stands before the English
    # phrase and for which no intent cue stands in); were no row
    ("China halted all trade with Lithuania.", "en", {("163", "CHN", "LTU")}),
    ("Turkey suspended trade with Israel on Thursday.", "en", {("163", "TUR", "ISR")}),
    ("Lithuania said China had halted all trade with it.", "en", {("163", "CHN", "LTU")}),
    ("China stoppte den gesamten Handel mit Litauen.", "de", {("163", "CHN", "LTU")}),
    ("Die Türkei hat den Handel mit Israel ausgesetzt.", "de", {("163", "TUR", "ISR")}),
    ("Die Türkei setzte am Donnerstag den Handel mit Israel aus.", "de", {("163", "TUR", "ISR")}),
    # none: trade boosted, resumed or stopping to grow, a trade in goods stopped; trade talks halted are halted
    # negotiations, 164 (fresh17's rows
    # read "halted trade talks with Canada" and "will den Handel mit Europa ausbauen" as 163)
    ("China wants to boost trade with Europe.", "en", set()),
    ("China resumed trade with Lithuania.", "en", set()),
    ("Trade with China stopped growing last year.", "en", set()),
    # (trade talks halted are negotiations halted, 164, since session 19: en:164:talks-halted; no embargo)
    ("The US halted trade talks with Canada.", "en", {("164", "USA", "CAN")}),
    ("China will den Handel mit Europa ausbauen.", "de", set()),
    ("Die Polizei stoppte den Handel mit gefälschten Medikamenten.", "de", set()),
])
def test_halting_all_trade_with_a_state_is_an_embargo(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "with X freeing ...": the group right between the opener of an absolute clause and the -ing verb is its agent
    # (row en:084:freeing; was no row), and a release "in return for" people of the releaser's own state is a swap:
    # the other side frees them (084 both ways, the second row's trigger "in return for"; cues exchange_links)
    ("Russia and the United States completed a prisoner exchange on Monday, with Moscow freeing a jailed American in "
     "return for a Russian arms dealer.", "en", {("084", "RUS", "USA"), ("084", "USA", "RUS")}),
    ("Belarus released a Polish journalist in return for two Belarusian spies.", "en",
     {("084", "BLR", "POL"), ("084", "POL", "BLR")}),
    ("Russland ließ einen inhaftierten Amerikaner im Austausch gegen einen russischen Waffenhändler frei.", "de",
     {("084", "RUS", "USA"), ("084", "USA", "RUS")}),
    ("Belarus ließ einen polnischen Journalisten im Gegenzug für zwei belarussische Spione frei.", "de",
     {("084", "BLR", "POL"), ("084", "POL", "BLR")}),
    ("The deal came with Russia attacking Ukraine again.", "en", {("190", "RUS", "UKR")}),
    # unchanged: given in return for something else, for people of a third state, or held by a third state
    ("Russia freed a jailed American in return for guarantees from Washington.", "en", {("084", "RUS", "USA")}),
    ("Russia freed a jailed American in return for a Ukrainian pilot.", "en", {("084", "RUS", "USA")}),
    ("Iran freed two French citizens in exchange for an Iranian diplomat held in Belgium.", "en",
     {("084", "IRN", "FRA")}),
    ("The court accused the guards of freeing prisoners.", "en", set()),
])
def test_a_release_in_return_for_ones_own_people_is_a_swap(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # German "als" right behind a comparison word (cues comparison_words: mehr, weniger, länger, ...) compares and opens
    # no clause, so the verb keeps its object (was 084 TUR->none: "als zwei Monaten ... freigelassen" was a clause of
    # its own); English "more than" was never cut
    ("Die Türkei hat am Dienstag einen schwedischen Journalisten nach mehr als zwei Monaten in Untersuchungshaft "
     "freigelassen.", "de", {("084", "TUR", "SWE")}),
    ("Iran hat einen französischen Touristen nach weniger als drei Wochen in Haft freigelassen.", "de",
     {("084", "IRN", "FRA")}),
    ("Turkey released a Swedish journalist on Tuesday after more than two months in pre-trial detention.", "en",
     {("084", "TUR", "SWE")}),
    # unchanged: "als" opening a clause of time
    ("Russland griff Kiew an, als der Präsident in Washington war.", "de", {("190", "RUS", "UKR")}),
])
def test_als_after_a_comparison_word_opens_no_clause(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # restrictions eased on exports or imports are economic sanctions eased (085; cues context_codes "081": economic,
    # context_words + exports, imports; "*exporte", "einfuhr*", ...); were 081, administrative sanctions
    ("Washington has eased some restrictions on Belarusian potash exports.", "en", {("085", "USA", "BLR")}),
    ("The US eased restrictions on Venezuelan oil exports.", "en", {("085", "USA", "VEN")}),
    ("China lockerte die Einfuhrbeschränkungen für australischen Wein.", "de", {("085", "CHN", None)}),
    ("Die USA lockerten am Dienstag die Exportbeschränkungen gegen Belarus.", "de", {("085", "USA", "BLR")}),
    ("Washington eased export restrictions on Belarus on Tuesday.", "en", {("085", "USA", "BLR")}),
    # unchanged: restrictions on political freedoms
    ("Egypt eased restrictions on political parties.", "en", {("081", "EGY", None)}),
    ("Ägypten lockerte die Beschränkungen für politische Parteien.", "de", {("081", "EGY", None)}),
])
def test_eased_restrictions_on_exports_are_eased_economic_sanctions(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected

