"""Statements' speakers and sources in agency copy (issue #3, session 18, attrib18): who says what when the
attribution names an office, a news agency or a pronoun. Sentences of our own, English and German, with sentences
that must keep their reading."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from engine_rows import coded_rows

PUB = date(2026, 3, 4)
said = functools.partial(coded_rows, published=PUB, keys=("cameo_code", "source_actor", "target_actor",
                                                            "trigger_text"), statements=True, event_type="STATEMENT")
dated = functools.partial(coded_rows, published=PUB, keys=("trigger_text", "source_actor", "event_date"),
                          statements=True, event_type="STATEMENT")


@pytest.mark.parametrize("text, lang, expected", [
    # "he added" / "fügte er hinzu" continue the latest speaker of a main clause, not the latest person named in a
    # clause "after Y warned ..." (were Y, or no row)
    ('"We will defend every inch of our territory," Lithuanian President Gitanas Nauseda said on Friday after '
     'Russian President Vladimir Putin threatened the Baltic states. "Our allies stand with us," he added.', "en",
     {("010", "LTU", None, "said"), ("010", "LTU", None, "added")}),
    ("„Wir lassen uns nicht erpressen“, sagte der polnische Ministerpräsident Donald Tusk, nachdem Russland mit "
     "Vergeltung gedroht hatte. „Polen steht fest an der Seite der Ukraine“, fügte er hinzu.", "de",
     {("010", "POL", None, "sagte"), ("010", "POL", "UKR", "fügte ... hinzu")}),
    # "it added" after a ministry's statement: the ministry, not the state in what it said (was JPN)
    ("The Chinese foreign ministry said Japan must apologise. It added that Beijing would protect its interests.",
     "en", {("010", "CHN", "JPN", "said"), ("010", "CHN", None, "added")}),
    # unchanged: the latest speaker of two; no statement before (the person named before adds); an institution
    # speaker is no "he"
    ("German Chancellor Friedrich Merz said Europe must do more. French President Emmanuel Macron said Europe was "
     "ready. He added that France would send troops.", "en",
     {("010", "DEU", None, "said"), ("010", "FRA", None, "said"), ("010", "FRA", None, "added")}),
    ("Bundeskanzler Merz sagte, Europa müsse mehr tun. „Wir stehen an der Seite der Ukraine“, fügte er hinzu.", "de",
     {("010", "DEU", None, "sagte"), ("010", "DEU", "UKR", "fügte ... hinzu")}),
    ("Putin met Xi in Moscow on Monday. He added that Russia valued the partnership.", "en",
     {("010", "CHN", "RUS", "added")}),
    ('"He added fuel to the fire," German Chancellor Friedrich Merz said of the Russian president.', "en",
     {("010", "DEU", None, "said")}),
])
def test_added_statement_continues_the_latest_speaker(coder, text, lang, expected):
    assert said(coder, text, lang) == expected


def test_added_statement_keeps_the_date_of_what_was_said_before(coder):
    text = ('"Our patience has limits," Indian Prime Minister Narendra Modi said on Monday after Pakistan\'s army '
            'chief warned New Delhi. "We will respond at a time of our choosing," he added.')
    rows = dated(coder, text, "en")
    assert ("added", "IND", date(2026, 3, 2)) in rows and ("said", "IND", date(2026, 3, 2)) in rows


@pytest.mark.parametrize("text, lang, expected", [
    # a PLA theater command and the U.S. cabinet titles name their state (were no speaker, no row)
    ("Chinese warships sailed through the Taiwan Strait on Monday, the Eastern Theater Command said.", "en",
     {("010", "CHN", "TWN", "said")}),
    ("The Southern Theatre Command said it had driven a Philippine vessel away from the shoal.", "en",
     {("010", "CHN", "PHL", "said")}),
    ("Washington will raise tariffs on Mexican steel, Commerce Secretary Howard Lutnick said.", "en",
     {("010", "USA", "MEX", "said")}),
    ("Treasury Secretary Scott Bessent said Washington would punish buyers of Iranian oil.", "en",
     {("010", "USA", "IRN", "said")}),
    ("Bessent sagte, die USA würden Zölle auf chinesische Waren erheben.", "de", {("010", "USA", "CHN", "sagte")}),
    # a command named by no state, the Indian army's own command: unchanged
    ("The Eastern Command said it had moved troops to the border.", "en", set()),
    ("The Eastern Command of the Indian Army said it had moved troops.", "en", {("010", "IND", None, "said")}),
])
def test_offices_that_name_their_state_speak_for_it(coder, text, lang, expected):
    assert said(coder, text, lang) == expected


rows = functools.partial(coded_rows, published=PUB, keys=("cameo_code", "source_actor", "target_actor",
                                                           "reporting_source"), statements=True)


@pytest.mark.parametrize("text, lang, expected", [
    # "Russian state news agency TASS reported": the agency reports (sector words "state news agency"), no 010 by
    # "Russian" (was 010 RUS->CHN and "Russian" as the reporting source)
    ("Russian Defence Minister Andrei Belousov met his Chinese counterpart in Beijing on Monday, Russian state news "
     "agency TASS reported.", "en",
     {("040", "RUS", "CHN", "Russian state news agency TASS"), ("040", "CHN", "RUS", "Russian state news agency TASS")}),
    ("Chinese President Xi Jinping met Vietnam's leader in Hanoi, Chinese state news agency Xinhua reported.", "en",
     {("040", "CHN", "VNM", "Chinese state news agency Xinhua"), ("040", "VNM", "CHN", "Chinese state news agency Xinhua")}),
    # unchanged: a named agency and the person it quotes
    ("The Kremlin said Putin would visit Turkey in May, TASS reported.", "en",
     {("010", "RUS", "TUR", "TASS"), ("036", "RUS", "TUR", "TASS")}),
])
def test_a_state_news_agency_reports(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a span of time opening the clause behind a closing attribution ("hours after ...", "days after ...", "a week
    # after ...") is an adjunct: what was said precedes (was the adjunct, its actor the target)
    ("Russian missiles hit a power plant near Lviv, Ukraine's air force said on Friday, two days after Moscow "
     "rejected a ceasefire proposal.", "en", {("010", "UKR", "RUS", None), ("195", "RUS", "UKR", "Ukraine's air force"),
                                              ("120", "RUS", None, None)}),
    ("Japan will send a destroyer to the Philippines, the Japanese defence ministry said, a week after China held "
     "drills near Taiwan.", "en", {("010", "JPN", "PHL", None)}),
    ("Iran will not negotiate with the United States, Iran's foreign minister said, just weeks before the talks in "
     "Oman.", "en", {("010", "IRN", "USA", None), ("125", "IRN", "USA", "Iran's foreign minister")}),
    # unchanged: a content clause behind the speech word; a German attribution reads so already
    ("Ukraine's air force said on Sunday that Russia had launched 80 drones overnight.", "en",
     {("010", "UKR", "RUS", None)}),
    ("Russland hat die Ukraine mit Raketen angegriffen, sagte der ukrainische Präsident, einen Tag nach dem Treffen "
     "mit Trump.", "de", {("010", "UKR", "RUS", None), ("190", "RUS", "UKR", "ukrainische Präsident")}),
])
def test_a_span_of_time_behind_a_closing_attribution_is_no_content(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # respondents of a poll are no state speaking (were 010 POL->USA ..., USA->CHN, JPN->CHN)
    ("Most Poles see Russia as the biggest threat to their country, according to a poll published on Friday, while "
     "fewer than half say the United States would defend Poland.", "en", set()),
    ("Two thirds of Americans say China is an enemy, a new survey found.", "en", set()),
    ("According to a survey released on Monday, most Japanese say relations with China are bad.", "en", set()),
    ("Die meisten Japaner sagen laut einer Meinungsumfrage, die Beziehungen zu China seien schlecht.", "de", set()),
    # unchanged: a state or an office that speaks of a poll; people saying something without a poll
    ("Germany said on Monday that a poll had shown strong support for Ukraine.", "en", {("010", "DEU", "UKR", None)}),
    ("Polish President Karol Nawrocki said most Poles see Russia as a threat.", "en", {("010", "POL", "RUS", None)}),
])
def test_respondents_of_a_poll_are_no_speakers(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "Ein hochrangiger Beamter des US-Außenministeriums sagte": the official of a named institution speaks for its
    # state (sector words beamter, beamtin; was no statement)
    ("Ein hochrangiger Beamter des US-Außenministeriums sagte, China baue sein Atomwaffenarsenal aus.", "de",
     {("010", "USA", "CHN", None)}),
    # a coordinated saying after a clause whose subject names its actor by a modifier ("Das Außenministerium in
    # Moskau ... und sprach von ...") is said by that actor, not by the object of the clause (was POL)
    ("Das Außenministerium in Moskau bestellte den polnischen Botschafter ein und sprach von einem unfreundlichen "
     "Schritt Polens.", "de", {("010", "RUS", "POL", None), ("114", "RUS", "POL", None)}),
    ("The foreign ministry in Moscow summoned the Polish ambassador and spoke of an unfriendly step by Warsaw.", "en",
     {("010", "RUS", "POL", None), ("114", "RUS", "POL", None)}),
    # a short quote inside the clause of a separable verb ("wies die Vorwürfe als „haltlose Verleumdung“ zurück") no
    # longer hides the particle (was no denial)
    ("Das Außenministerium in Peking wies die Vorwürfe am Mittwoch als „haltlose Verleumdung“ zurück.", "de",
     {("016", "CHN", None, None)}),
    # unchanged: the subject named before the verb; a quote that closes the clause
    ("Germany criticised Russia's attack on Ukraine, and said it would send more weapons.", "en",
     {("010", "DEU", None, None), ("111", "DEU", "RUS", None), ("190", "RUS", "UKR", None),
      ("0332", "DEU", None, "Germany")}),
    ("Der Kreml wies die Vorwürfe zurück.", "de", {("016", "RUS", None, None)}),
])
def test_officials_and_coordinated_sayings_keep_their_speaker(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # ", adding that ..." is a saying of the latest speaker (row en:010:adding), and the attribution before it
    # reports what precedes (were one 010 USA->none with the added clause as what was said)
    ("The United States threatened on Wednesday to impose sanctions on Chinese banks, Treasury Secretary Scott "
     "Bessent said, adding that Washington had evidence of such payments.", "en",
     {("010", "USA", "CHN", None), ("010", "USA", None, None), ("1312", "USA", "CHN", "Treasury Secretary")}),
    ("The Kremlin said talks with Kyiv were possible, adding that Moscow would not withdraw its troops.", "en",
     {("010", "RUS", "UKR", None), ("010", "RUS", None, None), ("1246", "RUS", None, "Kremlin")}),
    # an object behind "adding" is no saying
    ("The EU extended its sanctions on Russia, adding 20 Chinese firms to its list.", "en",
     {("163", "EUU", "RUS", None)}),
    # another participle behind a closing attribution opens the speaker's own clause: what was said precedes (was
    # the participle's clause, with its actor as the target)
    ("Iran has released a French teacher held for two years, the French foreign ministry said on Tuesday, thanking "
     "Oman for its role.", "en", {("010", "FRA", "IRN", None), ("084", "IRN", "FRA", "French foreign ministry"),
                                  ("051", "FRA", "OMN", None)}),
    ("China will hold drills near Taiwan, the defence ministry in Beijing said, citing provocations by Taipei.", "en",
     {("010", "CHN", "TWN", None)}),
    # unchanged: an act of force or a participle that goes on with the saying
    ("Russian forces attacked Kharkiv, Ukraine's army said, killing three civilians.", "en",
     {("010", "UKR", None, None), ("190", "RUS", "UKR", None)}),
    # a participle saying behind an appeal whose clause holds an infinitive: the appeal's subject speaks (was no
    # speaker)
    ("Polish Prime Minister Donald Tusk urged the EU to close its borders with Belarus, saying Minsk was using "
     "migrants as a weapon.", "en", {("020", "POL", "EUU", None), ("010", "POL", "BLR", None)}),
    # "the air force", "the foreign ministry": a description of two words refers to the institution named before
    # (was no speaker)
    ("Ukraine's air force said Russia launched 60 drones overnight. The air force said the attack lasted six hours.",
     "en", {("010", "UKR", "RUS", None), ("010", "UKR", None, None)}),
    ("Russia said it would hold drills. The foreign ministry said the drills were routine.", "en",
     {("010", "RUS", None, None)}),
])
def test_participles_behind_an_attribution(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # German verb first: an institution and a gazetteer city that is no capital behind the speech word speak for the
    # city's state, as "Die Polizei in Hongkong sagte" does (was no speaker)
    ("Zwei Chinesen wurden in Hamburg festgenommen, teilte die Polizei in Hamburg mit.", "de",
     {("010", "DEU", "CHN", None), ("173", "DEU", "CHN", "Polizei in Hamburg")}),
    ("Russland habe Spione nach Istanbul geschickt, teilte die Staatsanwaltschaft in Istanbul am Dienstag mit.", "de",
     {("010", "TUR", "RUS", None)}),
    # people in a city are no institution
    ("Russland hat Kiew angegriffen, teilten Ärzte in Kiew mit.", "de", {("190", "RUS", "UKR", None)}),
])
def test_an_institution_in_a_city_behind_a_german_speech_word(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "Das teilte das Außenministerium in Warschau mit": a demonstrative standing for the sentence before opens the
    # attribution; the seat speaks (was no content, no row)
    ("Polen hat den russischen Geschäftsträger einbestellt. Das teilte das Außenministerium in Warschau am Donnerstag "
     "mit.", "de", {("114", "POL", "RUS", None), ("010", "POL", None, None)}),
    # unchanged: a demonstrative object of a comment; no seat named
    ("Russland hat Kiew angegriffen. Das verurteilte die EU scharf.", "de",
     {("190", "RUS", "UKR", None), ("111", "EUU", "RUS", None)}),
    ("Russland hat Kiew angegriffen. Das teilte das Außenministerium mit.", "de", {("190", "RUS", "UKR", None)}),
])
def test_a_german_demonstrative_opens_an_attribution(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a saying coordinated behind another saying of the same speaker has what follows its verb as its content (was
    # the clause before, so the one warned was no target)
    ("Russland wies die Vorwürfe zurück und warnte die Ukraine vor Provokationen.", "de",
     {("016", "RUS", None, None), ("012", "RUS", "UKR", None)}),
    ("The foreign ministry in Beijing rejected the accusations and warned Taiwan against further provocations.", "en",
     {("016", "CHN", None, None), ("012", "CHN", "TWN", None)}),
    ("Scholz sagte, Deutschland werde helfen, und fügte hinzu, Frankreich stimme zu.", "de",
     {("010", "DEU", None, None), ("010", "DEU", "FRA", None)}),
])
def test_a_coordinated_saying_of_the_same_speaker_has_its_own_content(coder, text, lang, expected):
    assert rows(coder, text, lang) == expected
