"""Framed meetings, summits' blocs, resumed talks, offers and announcements (issue #3, helper de18, the lead's
probes of session 18): each with English and German sentences of our own, and sentences that must keep their
reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import READING_KEYS, coded_rows, coded_rows_with_statements

PUB = date(2024, 3, 1)
rows = functools.partial(coded_rows, published=PUB)
readings = functools.partial(coded_rows, published=PUB, keys=READING_KEYS)
everything = functools.partial(coded_rows_with_statements, published=PUB)


def _both(code: str, a: str, b: str, modality: str = "asserted", negated: bool = False) -> set[tuple]:
    return {(code, a, b, negated, modality), (code, b, a, negated, modality)}


@pytest.mark.parametrize("text, expected", [
    # an opening phrase that holds a meeting is the frame of the saying behind its comma, not what was said: the
    # meeting is the speaker's (frame_subject), what was said follows the verb (were the STATEMENT alone, its content
    # the frame and its target the partner: "the ties were strong" names nobody)
    ("After talks with Xi, Putin said the ties with Beijing were strong.",
     _both("040", "RUS", "CHN") | {("010", "RUS", "CHN", False, "asserted")}),
    ("Following talks with Xi, Putin said the relationship was strong.",
     _both("040", "RUS", "CHN") | {("010", "RUS", None, False, "asserted")}),
    ("After his meeting with Modi, Biden said the partnership was key.",
     _both("040", "USA", "IND") | {("010", "USA", None, False, "asserted")}),
    ("Following a phone call with Erdogan, Zelensky said grain exports would continue.",
     _both("041", "UKR", "TUR") | {("010", "UKR", None, False, "asserted")}),
    ("After meeting Macron, Scholz said the ties were strong.",
     _both("040", "DEU", "FRA") | {("010", "DEU", None, False, "asserted")}),
    ("Nach Gesprächen mit Xi sagte Putin, die Beziehungen seien stark.",
     _both("040", "RUS", "CHN") | {("010", "RUS", None, False, "asserted")}),
    # a place in the frame is no partner and no topic of the saying (was 010 RUS->FRA)
    ("Following talks in Paris, Putin said the relationship was strong.", {("010", "RUS", None, False, "asserted")}),
    # a frame that is a clause stays what a closing attribution says
    ("On Monday Russia attacked Kyiv, the ministry told reporters on Tuesday.",
     {("190", "RUS", "UKR", False, "asserted")}),
    ("Russia attacked Kyiv, the Ukrainian ministry said on Tuesday.",
     {("190", "RUS", "UKR", False, "asserted"), ("010", "UKR", "RUS", False, "asserted")}),
])
def test_a_meeting_framing_a_saying_is_the_speakers(coder, text, expected):
    assert everything(coder, text, "de" if " sagte " in text else "en") == expected


@pytest.mark.parametrize("text, expected", [
    # the bloc behind "der" after the noun of an opening prepositional phrase names whose meeting it is, no party of
    # the clause (was 111 G07->USA: the bloc as source, the subject behind the verb as target)
    ("Beim Treffen der G7 kritisierte Biden China.", {("111", "USA", "CHN")}),
    ("Beim Gipfel der Nato kritisierte Scholz Russland.", {("111", "DEU", "RUS")}),
    ("Auf dem Treffen der EU-Außenminister verurteilte Baerbock den Angriff Russlands.", {("111", "DEU", "RUS")}),
    ("Beim Gipfel der Brics lobte Lula China.", {("051", "BRA", "CHN")}),
    # "des" was already read as a genitive; "mit" names a partner
    ("Beim Treffen des Nato-Rats kritisierte Scholz Russland.", {("111", "DEU", "RUS")}),
    ("Beim Treffen mit Scholz kritisierte Biden China.", {("111", "USA", "CHN")}),
    # inside the clause "der" before a state is a dative as well: the recipient
    ("Deutschland lieferte am Montag der Ukraine weitere Waffen.", {("072", "DEU", "UKR")}),
    ("Am Montag lieferte Deutschland der Ukraine weitere Waffen.", {("072", "DEU", "UKR")}),
    # the subject itself is the bloc
    ("Die G7 kritisierte China.", {("111", "G07", "CHN")}),
])
def test_a_bloc_in_an_opening_phrase_is_no_party(coder, text, expected):
    assert rows(coder, text, "de") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the leaders or ministers at a bloc's summit named in the opening phrase act for the bloc (was the object as
    # the source, "020 CHN->G07", or an unknown source)
    ("Zum Abschluss des G7-Gipfels haben die Staats- und Regierungschefs China aufgefordert, Russland nicht zu "
     "unterstützen.", "de", {("020", "G07", "CHN")}),
    ("Zum Abschluss des Nato-Gipfels forderten die Staats- und Regierungschefs Russland auf, seine Truppen "
     "abzuziehen.", "de", {("020", "NAT", "RUS")}),
    ("Beim EU-Gipfel verurteilten die Außenminister Russland.", "de", {("111", "EUU", "RUS")}),
    ("At the end of the G7 summit, the leaders called on China not to support Russia.", "en",
     {("020", "G07", "CHN")}),
    ("At the close of the NATO summit, leaders urged Russia to withdraw its troops.", "en", {("020", "NAT", "RUS")}),
    ("At the end of the EU summit, the foreign ministers condemned Russia.", "en", {("111", "EUU", "RUS")}),
    # a summit of no bloc, members named by their state, a bloc that is no summit's: no bloc acts (the German object
    # behind an unnamed subject is no source: was 020 CHN->None)
    ("Zum Abschluss des Gipfels in Paris haben die Staats- und Regierungschefs China aufgefordert, mehr zu tun.",
     "de", {("020", None, "CHN")}),
    ("At the end of the summit in Paris, the leaders called on China to act.", "en", {("020", None, "CHN")}),
    ("At the G7 summit, the leaders of Japan and Canada criticised China.", "en",
     {("111", "JPN", "CHN"), ("111", "CAN", "CHN")}),
    ("Nach dem Gipfel der EU kritisierte Orbán die Ukraine.", "de", {("111", "HUN", "UKR")}),
    ("During the G7 summit, protesters attacked police.", "en", set()),
])
def test_the_leaders_at_a_blocs_summit_act_for_the_bloc(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # resumed talks took place (the meeting family's support words; were no row): symmetric
    ("US and Chinese officials resumed tariff talks on Monday.", "en", _both("040", "USA", "CHN")),
    ("Russia and Ukraine resumed peace talks in Istanbul.", "en", _both("040", "RUS", "UKR")),
    ("Japan resumed talks with South Korea on Tuesday.", "en", _both("040", "JPN", "KOR")),
    ("Amerikanische und chinesische Vertreter nahmen die Zollgespräche am Montag wieder auf.", "de",
     _both("040", "USA", "CHN")),
    ("Japan nahm die Gespräche mit Südkorea am Dienstag wieder auf.", "de", _both("040", "JPN", "KOR")),
    ("Indien und Pakistan haben ihre Gespräche wieder aufgenommen.", "de", _both("040", "IND", "PAK")),
    # resumed deliveries are deliveries, as in German (English was no row)
    ("Germany resumed arms deliveries to Ukraine.", "en", {("072", "DEU", "UKR", False, "asserted")}),
    ("Deutschland nahm die Waffenlieferungen an die Ukraine wieder auf.", "de",
     {("072", "DEU", "UKR", False, "asserted")}),
    # taking in refugees or admitting a member is no meeting; weapons-grade uranium is no weapon delivered
    ("Die Ukraine wurde in die Nato aufgenommen.", "de", set()),
    ("Polen hat Flüchtlinge aus der Ukraine aufgenommen.", "de", {("075", "POL", "UKR", False, "asserted")}),
    ("If Iran resumes enriching uranium to weapons-grade levels, the talks will end.", "en", set()),
    ("Russia resumed its attacks on Kyiv.", "en", {("190", "RUS", "UKR", False, "asserted")}),
])
def test_resumed_talks_took_place(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a measure announced as the object of the announcing word is imposed (lifted, extended) by the announcement, in
    # German as in English (German was future; "kündigte Sanktionen ... an" without "neue" was a mere mention)
    ("Die EU kündigte neue Sanktionen gegen Russland an.", "de", {("163", "EUU", "RUS", False, "asserted")}),
    ("The EU announced new sanctions against Russia.", "en", {("163", "EUU", "RUS", False, "asserted")}),
    ("Japan kündigte Sanktionen gegen Russland an.", "de", {("163", "JPN", "RUS", False, "asserted")}),
    ("Japan announced sanctions against Russia.", "en", {("163", "JPN", "RUS", False, "asserted")}),
    ("Die USA kündigten Zölle auf chinesische Waren an.", "de", {("163", "USA", "CHN", False, "asserted")}),
    ("The United States announced tariffs on Chinese goods.", "en", {("163", "USA", "CHN", False, "asserted")}),
    ("Die EU hat neue Sanktionen gegen Belarus angekündigt.", "de", {("163", "EUU", "BLR", False, "asserted")}),
    ("Die USA kündigten die Aufhebung der Sanktionen gegen Syrien an.", "de",
     {("085", "USA", "SYR", False, "asserted")}),
    ("The United States announced the lifting of sanctions on Syria.", "en",
     {("085", "USA", "SYR", False, "asserted")}),
    # what is announced as an infinitive, or under a future word of its own, has not happened yet
    ("Die USA kündigten an, Zölle auf chinesische Waren zu erheben.", "de", {("163", "USA", "CHN", False, "future")}),
    ("The United States announced plans to impose tariffs on Chinese goods.", "en",
     {("163", "USA", "CHN", False, "future")}),
    ("Die EU will neue Sanktionen gegen Russland ankündigen.", "de", {("163", "EUU", "RUS", False, "future")}),
    ("Die USA kündigten an, die Sanktionen gegen Syrien aufzuheben.", "de", {("0354", "USA", "SYR", False, "future")}),
    # an announced visit or delivery stays the intent
    ("Scholz kündigte einen Besuch in China an.", "de", {("036", "DEU", "CHN", False, "future")}),
    ("Russland kündigte eine Reaktion auf die neuen EU-Sanktionen an.", "de", set()),
])
def test_an_announced_measure_is_imposed(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an offer of mediation is its intent, 039 future, in both languages (German "bot ... an" was no intent cue: 045
    # or 039 asserted; "bot an, ... zu vermitteln" had no row; an offer of troops, row 0334, stays asserted)
    ("Katar bot Vermittlung an.", "de", {("039", "QAT", None, False, "future")}),
    ("Katar bot eine Vermittlung zwischen Israel und der Hamas an.", "de",
     {("039", "QAT", "ISR", False, "future"), ("039", "QAT", "PSE", False, "future")}),
    ("Die Türkei bot an, zwischen Russland und der Ukraine zu vermitteln.", "de",
     {("039", "TUR", "RUS", False, "future"), ("039", "TUR", "UKR", False, "future")}),
    ("Turkey offered to mediate between Russia and Ukraine.", "en",
     {("039", "TUR", "RUS", False, "future"), ("039", "TUR", "UKR", False, "future")}),
    ("Ägypten bot seine Vermittlung zwischen Sudan und Äthiopien an.", "de",
     {("039", "EGY", "SDN", False, "future"), ("039", "EGY", "ETH", False, "future")}),
    # an offer to host talks between two others is the intent to meet them (036), in German as in English (German
    # was a 040 of the two held)
    ("China bot an, Gespräche zwischen Iran und Saudi-Arabien auszurichten.", "de",
     {("036", "CHN", "IRN", False, "future"), ("036", "CHN", "SAU", False, "future")}),
    ("China offered to host talks between Iran and Saudi Arabia.", "en",
     {("036", "CHN", "IRN", False, "future"), ("036", "CHN", "SAU", False, "future")}),
    # offered weapons or aid are the intent to give them (were no row)
    ("Deutschland bot der Ukraine weitere Luftabwehrsysteme an.", "de", {("0332", "DEU", "UKR", False, "future")}),
    # mediation that took place stays 045; an idiom with "bot" is no offer
    ("Katar vermittelte zwischen Israel und der Hamas.", "de",
     {("045", "QAT", "ISR", False, "asserted"), ("045", "QAT", "PSE", False, "asserted")}),
    ("Qatar mediated between Israel and Hamas.", "en",
     {("045", "QAT", "ISR", False, "asserted"), ("045", "QAT", "PSE", False, "asserted")}),
    ("Die Ukraine bot Russland die Stirn.", "de", set()),
    ("Syrien bot seine Truppen dem Libanon an.", "de", {("0334", "SYR", "LBN", False, "asserted")}),
])
def test_an_offer_is_an_intent(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a joint force or brigade of two states is their military cooperation (062), an intent to it 0312 future, both
    # directions (were no row, or the "agreed to" row 030 toward the place: 030 FRA->MLI)
    ("France and Germany agreed to deploy a joint force in Mali.", "en", _both("0312", "FRA", "DEU", "future")),
    ("Poland and Lithuania will station a joint brigade on the border.", "en", _both("0312", "POL", "LTU", "future")),
    ("Großbritannien und Norwegen einigten sich darauf, eine gemeinsame Truppe im Baltikum zu stationieren.", "de",
     _both("0312", "GBR", "NOR", "future")),
    ("Polen und Litauen wollen eine gemeinsame Truppe an der Grenze stationieren.", "de",
     _both("0312", "POL", "LTU", "future")),
    # a state behind a preposition is where, no party of the cooperation (was 0312 BLR, RUS->UKR)
    ("Belarus und Russland wollen eine gemeinsame Truppe an der Grenze zur Ukraine stationieren.", "de",
     _both("0312", "BLR", "RUS", "future")),
    # deployed: the cooperation itself, its place no party (was also 062 with Mali both ways)
    ("France and Germany deployed a joint force in Mali.", "en", _both("062", "FRA", "DEU")),
    ("Frankreich und Deutschland stationierten eine gemeinsame Eingreiftruppe in Mali.", "de",
     _both("062", "FRA", "DEU")),
    # one state's deployment or a joint unit of no states is none; joint exercises unchanged
    ("Russia deployed troops along its border.", "en", set()),
    ("Die gemeinsame Einheit von Polizei und Armee nahm zwei Männer fest.", "de", set()),
    ("Russia and China held joint exercises.", "en", _both("062", "RUS", "CHN")),
])
def test_a_joint_force_is_military_cooperation(coder, text, lang, expected):
    assert readings(coder, text, lang) == expected
