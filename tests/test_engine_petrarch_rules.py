"""Coding rules added for the PETRARCH-2 gold set (issue #3), each tested on the project's own sentences: noun/verb
reading after an adjective, serial-comma lists, claims and allegations, appeals to an object, announced hostile
acts as threats, reported "would", verbs that need an actor object, and the lexicon rows behind them."""
from __future__ import annotations

from datetime import date

import pytest

from geoevents.engine import EventCoder

PUB = date(2015, 6, 9)


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def rows(coder, text, lang="en"):
    return coder.extract(text, lang, PUB).events


def codes(events):
    return sorted((e.cameo_code, e.source_actor, e.target_actor) for e in events if not e.negated)


# ---------------------------------------------------------------- trigger reading
def test_noun_after_determiner_and_adjective_is_not_the_verb(coder):
    # "the chemical attacks" names attacks, it does not say that Iran attacked anyone
    events = rows(coder, "Iran says it has new evidence about the chemical attacks.")
    assert not [e for e in events if e.cameo_root == "19"]
    # the verb reading stays: subject, verb, object
    assert ("190", "RUS", "UKR") in codes(rows(coder, "Russia attacks Ukraine."))


def test_claim_responsibility_in_any_tense(coder):
    events = rows(coder, "Hamas is claiming responsibility for the bombing of an Israeli bus.")
    assert [e for e in events if e.cameo_code == "015" and e.source_actor == "PSE"]


def test_prepared_to_needs_a_copula_to_mean_willing(coder):
    # no intent (03x) without "is"; attending the summit in Beijing is the visit itself (042 since the petr9 session)
    prepared = rows(coder, "The Indian prime minister prepared to attend the summit in Beijing.")
    assert not [e for e in prepared if e.cameo_root == "03"]
    assert codes(prepared) == [("042", "IND", "CHN")]
    willing = rows(coder, "China is prepared to work with Russia.")
    assert [e for e in willing if e.cameo_root == "03" and (e.source_actor, e.target_actor) == ("CHN", "RUS")]


def test_travel_ban_is_not_a_visit(coder):
    events = rows(coder, "Canada announced bans on travel to Canada for Iranian officials.")
    assert not [e for e in events if e.cameo_root == "04"]


# ---------------------------------------------------------------- actor lists
def test_serial_comma_list_meets_as_one_group(coder):
    events = rows(coder, "Germany, France, and Poland met in Brussels on Monday.")
    pairs = {(e.source_actor, e.target_actor) for e in events if e.cameo_code == "040"}
    assert pairs == {(a, b) for a in ("DEU", "FRA", "POL") for b in ("DEU", "FRA", "POL") if a != b}


def test_approximator_before_a_number_is_no_preposition(coder):
    events = rows(coder, "Ukraine will release over 40 Russian prisoners.")
    assert ("0353", "UKR", "RUS") in codes(events)


def test_boko_haram_is_a_nigerian_insurgent(coder):
    e = next(e for e in rows(coder, "Boko Haram attacked Nigerian soldiers on Sunday.") if e.cameo_root == "19")
    assert (e.source_actor, e.source_sector, e.target_actor) == ("NGA", "REB", "NGA")


# ---------------------------------------------------------------- lexicon rows
@pytest.mark.parametrize("text,lang,expected", [
    ("Britain presented evidence against Iran.", "en", ("112", "GBR", "IRN")),
    ("Evidence against Syria was presented by France.", "en", ("112", "FRA", "SYR")),
    ("Die Ukraine legte am Dienstag Beweise gegen Russland vor.", "de", ("112", "UKR", "RUS")),
    ("Russia is conducting military exercises near the border.", "en", ("150", "RUS", None)),
    ("IAEA inspectors will inspect the nuclear sites.", "en", ("090", "IAE", None)),
    ("Die IAEA will die Anlagen inspizieren.", "de", ("090", "IAE", None)),
    ("Ukraine will release 20 Russian prisoners.", "en", ("0353", "UKR", "RUS")),
    ("Die Ukraine will 20 russische Gefangene freilassen.", "de", ("0353", "UKR", "RUS")),
])
def test_new_trigger_rows(coder, text, lang, expected):
    assert expected in codes(rows(coder, text, lang))


def test_joint_exercises_stay_military_cooperation(coder):
    events = rows(coder, "Russia and China held joint military exercises in the Sea of Japan.")
    assert {e.cameo_code for e in events} == {"062"}


# ---------------------------------------------------------------- verbs that need an actor object
def test_help_needs_an_actor_object(coder):
    assert ("070", "USA", "UKR") in codes(rows(coder, "The United States helped Ukraine after the floods."))
    # "helped to plan" has no object: no aid event
    assert not [e for e in rows(coder, "French officers helped to plan the operation in Mali.")
                if e.cameo_root == "07"]
    # an infinitive the subject was pressured into did not happen
    assert not [e for e in rows(coder, "Germany faces pressure to help Greece.") if e.cameo_root in ("03", "07")]


def test_intent_to_help_is_an_intent_to_give_aid(coder):
    assert ("033", "JPN", "PHL") in codes(rows(coder, "Japan wants to help the Philippines."))


def test_wanting_another_actor_to_act_is_an_appeal(coder):
    events = rows(coder, "Germany wants Turkey to open its border.")
    assert codes(events) == [("020", "DEU", "TUR")]
    # the act asked for is not coded as if it happened
    events = rows(coder, "Britain asked Iran to release the sailors.")
    assert codes(events) == [("020", "GBR", "IRN")]


def test_german_appeal_with_bat(coder):
    events = rows(coder, "Merkel bat Erdogan, die Grenze zu öffnen.", "de")
    assert ("020", "DEU", "TUR") in codes(events)


def test_want_without_object_or_with_own_state_is_no_appeal(coder):
    assert not [e for e in rows(coder, "Britain wants to open talks.") if e.cameo_root == "02"]
    assert not [e for e in rows(coder, "The Russian army wants Putin to stop.") if e.cameo_root == "02"]


# ---------------------------------------------------------------- announced hostile acts
@pytest.mark.parametrize("text,lang,expected", [
    ("North Korea wants to attack South Korea.", "en", ("138", "PRK", "KOR")),
    ("Russia plans to attack Ukraine.", "en", ("138", "RUS", "UKR")),
    ("Nordkorea will Südkorea angreifen.", "de", ("138", "PRK", "KOR")),
    ("Serbia said it would boycott the talks with Kosovo.", "en", ("133", "SRB", "XKX")),
])
def test_announced_hostile_act_is_a_threat(coder, text, lang, expected):
    events = rows(coder, text, lang)
    assert expected in codes(events)
    threat = next(e for e in events if e.cameo_code == expected[0])
    assert threat.rule_id.startswith("intent_threat:") and threat.modality == "asserted"
    assert not [e for e in events if e.cameo_root in ("14", "19")]


def test_future_act_reported_by_another_speaker_is_no_threat(coder):
    events = rows(coder, "Ukraine said Russia will attack Kyiv.")
    assert not [e for e in events if e.cameo_root == "13"]
    assert [e for e in events if e.cameo_root == "19" and e.modality == "future"]


def test_intent_cue_before_another_act_does_not_make_a_noun_a_threat(coder):
    events = rows(coder, "Putin offered to negotiate with Armenia after the invasion of Dagestan.")
    assert not [e for e in events if e.cameo_root == "13"]


# ---------------------------------------------------------------- reported "would"
def test_would_after_a_past_speech_verb_is_the_reported_future(coder):
    events = rows(coder, "Myanmar announced it would free 300 Thai prisoners.")
    release = next(e for e in events if e.cameo_root == "03")
    assert (release.cameo_code, release.source_actor, release.target_actor, release.modality) == \
        ("0353", "MMR", "THA", "future")


def test_would_stays_hypothetical_with_a_condition_or_present_speech(coder):
    events = rows(coder, "Myanmar says it would free 300 Thai prisoners.")
    assert {e.modality for e in events if e.cameo_root == "08"} == {"hypothetical"}
    events = rows(coder, "Myanmar announced it would free 300 Thai prisoners if Thailand paid.")
    assert not [e for e in events if e.cameo_root == "03"]


# ---------------------------------------------------------------- claims and allegations
def test_claiming_that_another_actor_attacked_is_an_accusation(coder):
    events = rows(coder, "Ukraine claimed that Russia had bombed Odessa.")
    accusation = next(e for e in events if e.cameo_code == "112")
    assert (accusation.source_actor, accusation.target_actor) == ("UKR", "RUS")
    assert accusation.rule_id.startswith("claim:") and accusation.statement is not None
    assert not [e for e in events if e.cameo_code == "010"]
    bombing = next(e for e in events if e.cameo_root == "19")
    assert bombing.modality == "reported"


def test_claiming_ones_own_attack_claims_responsibility(coder):
    events = rows(coder, "Israel claimed that it had bombed Gaza.")
    assert ("015", "ISR", "PSE") in codes(events)


def test_claim_without_a_hostile_content_stays_a_statement(coder):
    events = rows(coder, "Russia claimed that the talks with China were useful.")
    assert [e for e in events if e.cameo_code == "010" and e.source_actor == "RUS"]
    assert not [e for e in events if e.cameo_code in ("112", "015")]


def test_german_behauptete_with_hostile_content(coder):
    events = rows(coder, "Die Ukraine behauptete, Russland habe Odessa bombardiert.", "de")
    assert ("112", "UKR", "RUS") in codes(events)


# ---------------------------------------------------------------- roles
def test_quantity_noun_before_of_leaves_the_actor_the_subject(coder):
    events = rows(coder, "Hundreds of Iranian students protested on Friday.")
    assert [e for e in events if e.cameo_root == "14" and e.source_actor == "IRN"]


def test_troops_withdrawing_from_a_state_retreat(coder):
    assert ("0874", "RUS", "GEO") in codes(rows(coder, "Russian troops withdrew from Georgia on Monday."))


def test_name_apposition_between_subject_and_verb(coder):
    events = rows(coder, "The Russian foreign minister, Sergei Lavrov, held talks with Chinese officials on Monday.")
    pairs = {(e.source_actor, e.target_actor) for e in events if e.cameo_root == "04"}
    assert pairs == {("RUS", "CHN"), ("CHN", "RUS")}


def test_dateline_place_is_not_the_actor(coder):
    # without the dateline rule "Ukraine" would be the subject the agentless "were killed" falls back to
    events = rows(coder, "KYIV, Ukraine: Three people were killed in Russian shelling of Kharkiv, officials said.")
    assert not [e for e in events if e.cameo_root == "19" and e.source_actor == "UKR"]


def test_pronoun_after_a_preposition_is_no_subject(coder):
    events = rows(coder, "Israel said a rocket was fired at it from Lebanon in the first such attack this year.")
    assert not [e for e in events if e.cameo_root == "19" and e.source_actor == "ISR"]


def test_such_is_a_determiner_before_a_noun_trigger(coder):
    events = rows(coder, "Officials fear such attacks on Syria.")
    assert not [e for e in events if e.cameo_root == "19"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Moldova ratified an agreement with the European Union on Friday.", "en", {("057", "MDA", "EUU")}),
    ("Die Ukraine ratifizierte am Dienstag ein Abkommen mit der Europäischen Union.", "de",
     {("057", "UKR", "EUU")}),
    ("Moldova signed an agreement with the European Union on Friday.", "en",
     {("057", "MDA", "EUU"), ("057", "EUU", "MDA")}),
])
def test_ratification_is_one_partys_act(coder, text, lang, expected):
    assert {c for c in codes(rows(coder, text, lang)) if c[0] == "057"} == expected


@pytest.mark.parametrize("text,lang", [
    ("Syrian rebels received weapons from Turkey.", "en"),
    ("Die syrischen Rebellen erhielten Waffen von der Türkei.", "de"),
])
def test_receiving_aid_from_a_giver(coder, text, lang):
    assert ("072", "TUR", "SYR") in codes(rows(coder, text, lang))


def test_receiving_aid_without_a_giver_is_not_coded_backwards(coder):
    assert not [e for e in rows(coder, "Syrian rebels received weapons last week.") if e.cameo_root == "07"]


# ---------------------------------------------------------------- commitments, reduced passives
def test_pledge_to_act_against_someone_is_a_commitment_not_a_threat(coder):
    events = rows(coder, "Turkey has pledged to expel Syrian opposition leaders.")
    assert not [e for e in events if e.cameo_root == "13"]
    assert [e for e in events if e.cameo_code == "174" and e.modality == "future"]
    # the same act announced with "vowed" is a threat
    assert [e for e in rows(coder, "Turkey vowed to arrest Syrian opposition leaders.") if e.cameo_code == "137"]


def test_participle_with_an_actor_agent_is_passive(coder):
    events = rows(coder, "Ukrainian soldiers attacked by Russian troops near Bakhmut.")
    assert ("190", "RUS", "UKR") in codes(events)


def test_participle_whose_by_phrase_names_no_actor_is_no_event(coder):
    # the actor word belongs to a longer phrase ("the Air India crash"): no attacker is named
    events = rows(coder, "Germany will send doctors to identify passengers killed by the Air India crash.")
    assert not [e for e in events if e.cameo_root == "19"]


def test_intent_cue_supports_only_a_noun_after_it(coder):
    # the noun is the subject ("UN inspectors"), the intent governs what follows it
    events = rows(coder, "UN inspectors want to return to Iraq next month.")
    assert not [e for e in events if e.cameo_root in ("03", "08")]
    events = rows(coder, "China is ready for talks with Russia.")
    assert [e for e in events if e.cameo_code == "036" and (e.source_actor, e.target_actor) == ("CHN", "RUS")]


def test_rioters_are_people_not_a_riot(coder):
    assert not [e for e in rows(coder, "Police clashed with rioters in Paris.") if e.cameo_root == "14"]
    assert [e for e in rows(coder, "Greek students were rioting in Athens.") if e.cameo_code == "145"]


def test_unknown_named_subject_of_a_that_clause_is_not_the_speaker(coder):
    # "Wagner" is no actor of the lexicon: the attack is not the speaker's
    events = rows(coder, "Ukraine said that Wagner had attacked Bakhmut.")
    assert not [e for e in events if e.cameo_root == "19" and e.source_actor == "UKR"]
    # a pronoun subject still refers back to the speaker
    assert ("015", "ISR", "PSE") in codes(rows(coder, "Israel claimed that it had bombed Gaza."))


def test_reflexive_object_is_no_second_party(coder):
    events = rows(coder, "Iraq said that the rebels had attacked themselves.")
    assert not [e for e in events if e.cameo_root == "19"]


def test_participle_in_an_apposition_names_no_agent(coder):
    events = rows(coder, "Turkey freed the mayor, a member of the Kurdish HDP party jailed last year, officials said.")
    assert not [e for e in events if e.cameo_root == "17"]
    assert [e for e in events if e.cameo_code == "084" and e.source_actor == "TUR"]


@pytest.mark.parametrize("text,lang", [
    ("Somali militants are claiming responsibility for the attack on a hotel in Kenya.", "en"),
    ("Somalische Milizen bekannten sich zu dem Anschlag auf ein Hotel in Kenia.", "de"),
])
def test_claimed_attack_place_is_the_target(coder, text, lang):
    claims = [e for e in rows(coder, text, lang) if e.cameo_code == "015"]
    assert claims and {e.target_actor for e in claims} == {"KEN"}


def test_hoped_would_is_a_wish_not_the_reported_future(coder):
    events = rows(coder, "Serbia said it hoped Kosovo would release the prisoners.")
    release = [e for e in events if e.cameo_root in ("03", "08")]
    assert release and {(e.cameo_code, e.modality) for e in release} == {("084", "hypothetical")}


def test_passive_with_be_has_the_subject_as_patient(coder):
    events = rows(coder, "Ukraine said Russian officers would be arrested.")
    assert not [e for e in events if e.cameo_root == "17" and e.source_actor == "RUS"]


# ---------------------------------------------------------------- fired weapons, expelled individuals
@pytest.mark.parametrize("text,lang,expected", [
    ("Russian troops fired shots at Ukrainian soldiers.", "en", ("190", "RUS", "UKR")),
    ("Turkey fired anti-aircraft batteries at Syria on Monday.", "en", ("190", "TUR", "SYR")),
    ("Russische Soldaten feuerten Schüsse auf ukrainische Soldaten ab.", "de", ("190", "RUS", "UKR")),
    ("Die Türkei feuerte Flugabwehrbatterien auf Syrien ab.", "de", ("190", "TUR", "SYR")),
])
def test_firing_weapons_at_an_actor_is_an_attack(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == [expected]


@pytest.mark.parametrize("text,lang,expected", [
    # the weapon noun codes the act; the verb adds no second attack
    ("Russia fired missiles at Ukraine.", "en", [("195", "RUS", "UKR")]),
    ("Die Hamas feuerte Mörsergranaten auf Israel ab.", "de", [("194", "PSE", "ISR")]),
])
def test_weapon_triggers_keep_their_code_after_fired(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == expected


@pytest.mark.parametrize("text,lang", [
    ("Obama fired the general on Monday.", "en"),
    ("Der Minister feuerte seinen Sprecher.", "de"),
])
def test_firing_a_person_is_no_attack(coder, text, lang):
    assert not rows(coder, text, lang)


@pytest.mark.parametrize("text,lang,expected", [
    ("Russia expelled two German journalists.", "en", ("174", "RUS", "DEU")),
    ("Latvia pledged to expel the exiled leaders of Belarus's opposition.", "en", ("174", "LVA", "BLR")),
    ("Russland wies zwei deutsche Journalisten aus.", "de", ("174", "RUS", "DEU")),
    # expelled diplomats and observers are a diplomatic sanction, not a deportation of individuals
    ("Switzerland expelled two Russian diplomats.", "en", ("166", "CHE", "RUS")),
    ("Russland wies zwei polnische Diplomaten aus.", "de", ("166", "RUS", "POL")),
])
def test_expelling_individuals_is_a_deportation(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == [expected]


# ---------------------------------------------------------------- a speaker reporting another actor's violent act
@pytest.mark.parametrize("text,lang,accused", [
    ("Israel said Hamas fired rockets at Israeli towns.", "en", ("ISR", "PSE")),
    ("Ukraine said that Russian troops had attacked Kharkiv.", "en", ("UKR", "RUS")),
    ("Die Ukraine sagte, Russland habe Kiew angegriffen.", "de", ("UKR", "RUS")),
    ("Israel erklärte, die Hamas habe israelische Soldaten getötet.", "de", ("ISR", "PSE")),
])
def test_saying_another_actor_attacked_is_an_accusation(coder, text, lang, accused):
    events = rows(coder, text, lang)
    accusation = [e for e in events if e.cameo_code == "112"]
    assert [(e.source_actor, e.target_actor) for e in accusation] == [accused]
    assert accusation[0].rule_id.startswith("accusation:statement.")
    assert not [e for e in events if e.cameo_root == "01"]   # the accusation replaces the statement row
    # unlike "claimed", "said" casts no doubt: the act itself stays asserted
    assert [e for e in events if e.cameo_root == "19" and e.source_actor == accused[1] and e.modality == "asserted"]


@pytest.mark.parametrize("text,lang", [
    ("Russian troops shelled Kharkiv overnight, Ukraine said.", "en"),   # attribution after the content
    ("Ukraine said Russia will attack Kyiv.", "en"),                     # a forecast, no act to accuse
    ("Israel said it had attacked Hamas positions in Gaza.", "en"),      # its own act
    ("Italy announced new measures, one day after Serbian forces attacked Albanian villages.", "en"),
])
def test_other_statements_about_violence_stay_statements(coder, text, lang):
    assert not [e for e in rows(coder, text, lang) if e.cameo_code == "112"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Rockets were fired from Gaza at Israel on Tuesday.", "en", ("195", "PSE", "ISR")),
    ("Two mortar rounds were fired from Syria into Turkey.", "en", ("194", "SYR", "TUR")),
    ("Aus dem Gazastreifen wurden Raketen auf Israel abgefeuert.", "de", ("195", "PSE", "ISR")),
])
def test_weapon_fired_from_a_place_was_fired_by_it(coder, text, lang, expected):
    assert expected in codes(rows(coder, text, lang))


def test_origin_needs_a_passive_clause(coder):
    # active clause: the subject fired; "from" is no origin of the act
    assert ("195", "PSE", "ISR") in codes(rows(coder, "Hamas fired rockets at Israel from Gaza."))
    assert not [e for e in rows(coder, "Israel withdrew its troops from Gaza.") if e.cameo_root == "19"]


# ---------------------------------------------------------------- assurances, double objects
@pytest.mark.parametrize("text,lang,expected", [
    ("Armenian students received assurances from the Armenian government.", "en", ("030", "ARM", "ARM")),
    ("Turkey gave assurances to Sweden on Tuesday.", "en", ("030", "TUR", "SWE")),
    ("Turkey gave Sweden assurances on Tuesday.", "en", ("030", "TUR", "SWE")),
    ("Die Ukraine erhielt Zusicherungen von den USA.", "de", ("030", "USA", "UKR")),
])
def test_assurances_are_an_intent_to_cooperate_of_the_giver(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == [expected]


def test_receiver_between_giving_verb_and_noun_is_no_source(coder):
    assert codes(rows(coder, "The US gave Ukraine weapons.")) == [("072", "USA", "UKR")]
    # a possessor before the noun still is its agent
    assert ("190", "RUS", "UKR") in codes(rows(coder, "Russia's invasion of Ukraine began in 2022."))


# ---------------------------------------------------------------- the state where the investigated object is
@pytest.mark.parametrize("text,lang,expected", [
    ("The IAEA inspected the nuclear sites in Iran.", "en", ("090", "IAE", "IRN")),
    ("Die IAEA will die Atomanlagen im Iran inspizieren.", "de", ("090", "IAE", "IRN")),
])
def test_investigated_object_in_a_state_targets_that_state(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == [expected]


def test_investigation_at_home_has_no_second_party(coder):
    assert codes(rows(coder, "Russia investigated the crash in Russia.")) == [("090", "RUS", None)]


# ---------------------------------------------------------------- people named by their origin as a verb's object
@pytest.mark.parametrize("text,lang,expected", [
    ("Germany helped 200 refugees from Syria.", "en", ("070", "DEU", "SYR")),
    ("Canada helped the two exiled journalists from Iran.", "en", ("070", "CAN", "IRN")),
    ("Deutschland half Flüchtlingen aus Syrien.", "de", ("070", "DEU", "SYR")),
    ("Deutschland half der Ukraine nach dem Hochwasser.", "de", ("070", "DEU", "UKR")),
])
def test_help_for_people_from_a_state_targets_that_state(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == [expected]


@pytest.mark.parametrize("text,lang", [
    ("The US helped the operation from Turkey.", "en"),        # no people: no actor object
    ("Frankreich half, die Operation zu planen.", "de"),
])
def test_help_without_people_or_actor_object_is_no_aid(coder, text, lang):
    assert not [e for e in rows(coder, text, lang) if e.cameo_root == "07"]


# ---------------------------------------------------------------- the speaker of a coordinated clause
@pytest.mark.parametrize("text,lang", [
    ("China remained silent and the Russian ambassador said he knew nothing.", "en"),
    ("China schwieg und der russische UN-Botschafter sagte, er wisse nichts davon.", "de"),
])
def test_speaker_is_the_subject_of_the_clause_with_the_speech_word(coder, text, lang):
    assert [(e.cameo_code, e.source_actor) for e in rows(coder, text, lang)] == [("010", "RUS")]


def test_coordinated_speakers_still_speak_together(coder):
    events = rows(coder, "Russia and the Chinese president said they would cooperate.")
    assert {e.source_actor for e in events if e.cameo_code == "010"} == {"RUS", "CHN"}


# ---------------------------------------------------------------- a threatened boycott is no boycott
@pytest.mark.parametrize("text,lang,expected", [
    ("France threatened to boycott the ceremony.", "en", [("133", "FRA", None)]),
    ("Ties with China were frayed by a French threat to boycott the games in China.", "en", [("133", "FRA", "CHN")]),
    ("Frankreich drohte mit einem Boykott der Spiele in China.", "de", [("133", "FRA", "CHN")]),
    ("France boycotted the ceremony in China.", "en", [("143", "FRA", "CHN")]),
])
def test_threat_to_boycott_is_a_threat(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == expected


@pytest.mark.parametrize("text,lang,accused", [
    ("Russia said Ukraine had shelled itself.", "en", ("RUS", "UKR")),
    ("Russland sagte, die Ukraine habe sich selbst angegriffen.", "de", ("RUS", "UKR")),
])
def test_saying_an_actor_attacked_itself_accuses_it(coder, text, lang, accused):
    events = rows(coder, text, lang)
    assert [(e.source_actor, e.target_actor) for e in events if e.cameo_code == "112"] == [accused]
    assert not [e for e in events if e.cameo_root == "19" and e.target_actor == accused[1]]


def test_forecast_of_a_reflexive_act_is_no_accusation(coder):
    assert not [e for e in rows(coder, "Russia said Ukraine would attack itself.") if e.cameo_code == "112"]


@pytest.mark.parametrize("text,lang,expected", [
    ("The UN fired the weapons inspector.", "en", []),
    ("Egyptian police fired tear gas at protesters.", "en", [("175", "EGY", "EGY")]),
])
def test_fired_without_a_fired_weapon_is_no_attack(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == expected


# ---------------------------------------------------------------- announced refusals are rejections
@pytest.mark.parametrize("text,lang,expected", [
    ("Germany will not send weapons to Ukraine.", "en", [("1222", "DEU", "UKR")]),
    ("Deutschland wird der Ukraine keine Waffen liefern.", "de", [("1222", "DEU", "UKR")]),
    ("Russia won't hold talks with Ukraine.", "en", [("125", "RUS", "UKR")]),
    ("Russland wird sich nicht mit der Ukraine treffen.", "de", [("125", "RUS", "UKR")]),
    ("Russland will die ukrainischen Gefangenen nicht freilassen.", "de", [("1243", "RUS", "UKR")]),
    ("The EU will not lift the sanctions on Russia.", "en", [("1244", "EUU", "RUS")]),
    ("Die EU wird die Sanktionen gegen Russland nicht aufheben.", "de", [("1244", "EUU", "RUS")]),
])
def test_announced_refusal_of_own_act_is_a_rejection(coder, text, lang, expected):
    events = rows(coder, text, lang)
    assert codes(events) == expected
    assert all(e.rule_id.startswith("refusal:") and e.modality == "asserted" and not e.negated for e in events)


def test_reported_refusal_is_a_rejection_beside_the_statement(coder):
    events = rows(coder, "Japan said it would not release the Chinese fishermen.")
    assert codes(events) == [("010", "JPN", "CHN"), ("1243", "JPN", "CHN")]
    # the saying happened: the content's "not" does not negate it, with or without "that"
    assert [e for e in events if e.cameo_code == "010" and not e.negated]
    assert not [e for e in rows(coder, "Japan did not say it would release the Chinese fishermen.")
                if e.cameo_code == "010" and not e.negated]


@pytest.mark.parametrize("text,lang", [
    ("Germany has no plans to send weapons to Ukraine.", "en"),
    ("Germany did not agree to send weapons to Ukraine.", "en"),
    ("Russland plant kein Treffen mit der Ukraine.", "de"),
])
def test_no_plan_or_past_negation_is_no_refusal(coder, text, lang):
    events = rows(coder, text, lang)
    assert not [e for e in events if e.cameo_root == "12"]
    assert [e for e in events if e.cameo_root == "03" and e.negated]


@pytest.mark.parametrize("text,lang,expected", [
    ("If Russia attacks Poland, Germany will not send weapons to Ukraine.", "en", ("1222", "DEU", "UKR")),
    ("Jordan will not accept more refugees if the war spreads.", "en", ("122", "JOR", None)),
    ("Falls der Krieg andauert, wird Jordanien keine Flüchtlinge mehr aufnehmen.", "de", ("122", "JOR", None)),
])
def test_conditional_refusal_is_a_hypothetical_rejection(coder, text, lang, expected):
    events = [e for e in rows(coder, text, lang) if e.cameo_root == "12"]
    assert [(e.cameo_code, e.source_actor, e.target_actor, e.modality) for e in events] == \
        [expected + ("hypothetical",)]


@pytest.mark.parametrize("text,lang,expected", [
    ("Poland accepted 2,000 refugees from Ukraine.", "en", ("075", "POL", "UKR")),
    ("Polen nahm 2.000 Flüchtlinge aus der Ukraine auf.", "de", ("075", "POL", "UKR")),
    ("Poland will take in more Ukrainian refugees.", "en", ("033", "POL", "UKR")),
])
def test_taking_in_refugees_grants_refuge(coder, text, lang, expected):
    assert expected in codes(rows(coder, text, lang))


def test_refugees_without_a_sheltering_verb_are_no_refuge_even_with_an_intent(coder):
    events = rows(coder, "Hungary and Romania agreed to encourage Romanian refugees to return home.")
    assert not [e for e in events if e.cameo_code in ("075", "033")]


@pytest.mark.parametrize("text,lang,expected", [
    ("China gave Russia permission to use its airspace.", "en", ("080", "CHN", "RUS")),
    ("China erteilte Russland die Erlaubnis, den Luftraum zu nutzen.", "de", ("080", "CHN", "RUS")),
    ("Turkey will not give Russia permission to use its ports.", "en", ("124", "TUR", "RUS")),
    ("The United States provided military support to Ukraine.", "en", ("072", "USA", "UKR")),
    ("Japan will not provide support to Myanmar.", "en", ("122", "JPN", "MMR")),
    ("Deutschland leistete der Ukraine Unterstützung.", "de", ("070", "DEU", "UKR")),
    ("Die russische Regierung erfüllte die Forderungen der Ukraine.", "de", ("083", "RUS", "UKR")),
])
def test_permission_support_and_demands_met_rows(coder, text, lang, expected):
    assert expected in codes(rows(coder, text, lang))


def test_party_of_the_act_before_a_purpose_clause_is_its_target(coder):
    # "to Russia" is the receiver; Ukraine is the object of the purpose clause after it
    events = rows(coder, "China sent weapons to Russia to attack Ukraine.")
    assert ("072", "CHN", "RUS") in codes(events)
    # without such a party the actor after the infinitive stays the target ("sent weapons to help Ukraine")
    assert ("072", "USA", "UKR") in codes(rows(coder, "The United States sent weapons to help Ukraine."))


# ---------------------------------------------------------------- supporters of a state are not the state
@pytest.mark.parametrize("text,lang", [
    ("Pro-Russian separatists attacked Ukrainian troops near Donetsk.", "en"),
    ("Pro-russische Separatisten haben den ukrainischen Grenzposten angegriffen.", "de"),
])
def test_pro_prefix_names_no_state(coder, text, lang):
    assert not [e for e in rows(coder, text, lang) if "RUS" in (e.source_actor, e.target_actor)]


@pytest.mark.parametrize("text,lang", [
    ("The pro-Iranian Hizbollah group attacked Israeli troops.", "en"),
    ("Die pro-iranische Hisbollah hat israelische Soldaten angegriffen.", "de"),
])
def test_named_group_after_a_pro_prefix_is_the_actor(coder, text, lang):
    assert ("190", "LBN", "ISR") in codes(rows(coder, text, lang))


# ---------------------------------------------------------------- the progressive is no passive
@pytest.mark.parametrize("text,object_code", [
    ("Rebels are attacking Ukrainian troops.", "UKR"),
    ("Militants were shelling Israeli towns.", "ISR"),
    ("Parliament is asking Merkel to help Greece.", "DEU"),
])
def test_object_after_a_progressive_verb_is_not_its_agent(coder, text, object_code):
    # the unnamed subject acts; the actor after "are attacking" is attacked, not the attacker
    events = [e for e in rows(coder, text) if e.statement is None]
    assert not [e for e in events if e.source_actor == object_code]
    assert all(e.source_actor is None and e.target_actor == object_code for e in events)


def test_named_subject_of_a_progressive_verb_stays_the_source(coder):
    assert ("190", "RUS", "UKR") in codes(rows(coder, "Russia is attacking Ukraine."))


# ---------------------------------------------------------------- what an allegation says is reported
@pytest.mark.parametrize("text,lang", [
    ("A report released in Kigali alleged that French troops took part in the massacres.", "en"),
    ("A report alleged that Russia was aware of the plans, and that Russian troops shelled Kharkiv.", "en"),
    ("Ein Bericht behauptete, dass russische Truppen Charkiw beschossen hätten.", "de"),
])
def test_acts_in_an_allegation_without_a_known_speaker_are_reported(coder, text, lang):
    acts = [e for e in rows(coder, text, lang) if e.cameo_root in ("18", "19", "20")]
    assert acts and all(e.modality == "reported" for e in acts)


def test_the_allegation_itself_is_asserted(coder):
    events = rows(coder, "Ukraine alleged that Russia shelled Kharkiv.")
    assert [(e.cameo_code, e.modality) for e in events if e.cameo_root == "11"] == [("112", "asserted")]
    assert [e.modality for e in events if e.cameo_root == "19"] == ["reported"]


# ---------------------------------------------------------------- an act of nobody named keeps its target
@pytest.mark.parametrize("text,expected,source_text", [
    ("Insurgents shelled a government-held district of Syria's second city overnight.", ("194", None, "SYR"),
     "Insurgents"),
    ("Yesterday, masked militants attacked the Ukrainian army.", ("190", None, "UKR"), "masked militants"),
    ("Parliament is asking Merkel to help Greece.", ("020", None, "DEU"), "Parliament"),
])
def test_english_subject_naming_no_actor_is_an_unknown_source(coder, text, expected, source_text):
    events = [e for e in rows(coder, text) if e.statement is None]
    assert codes(events) == [expected]
    assert events[0].source_text == source_text and events[0].source_sector in ("REB", "LEG")


@pytest.mark.parametrize("text", [
    "Tourists visiting Washington often start at the Lincoln Memorial.",      # a participle, not the verb
    "Judge Alejandro Rivera opened investigations against Chilean officials.",  # a name the tables do not know
    "Ukrainian troops were attacked near Kharkiv.",                          # a passive: the subject suffered it
    "They attacked the Ukrainian army.",                                     # a pronoun with nothing to refer to
    "The attack killed three Russian soldiers.",                             # an act, not someone described
    "Ethopia has agreed to reopen its border to UN peacekeepers.",           # a misspelt name
])
def test_no_unknown_source_for_participles_names_passives_or_pronouns(coder, text):
    assert not [e for e in rows(coder, text) if e.source_actor is None]


# ---------------------------------------------------------------- a continued quote keeps its party and date
@pytest.mark.parametrize("text,lang", [
    ('"The alliance will stand by Georgia," the NATO secretary general told reporters in Brussels on Monday.\n\n'
     '"We will continue to send weapons for as long as it takes."', "en"),
    ("„Die Allianz steht fest an der Seite Georgiens“, sagte der NATO-Generalsekretär am Montag in Brüssel.\n\n"
     "„Wir werden weiterhin Waffen liefern, so lange es nötig ist.“", "de"),
])
def test_continued_quote_keeps_the_party_and_date_of_the_statement(coder, text, lang):
    events = coder.extract(text, lang, date(2023, 2, 16)).events
    assert [(e.cameo_code, e.source_actor, e.target_actor, e.event_date) for e in events] == [
        ("010", "NAT", "GEO", date(2023, 2, 13)), ("010", "NAT", "GEO", date(2023, 2, 13)),
        ("0332", "NAT", "GEO", date(2023, 2, 13))]
    assert events[1].rule_id == "statement.quote:carried"


def test_continued_quote_naming_another_party_takes_it(coder):
    text = ('"The alliance will stand by Georgia," the NATO secretary general said on Monday.\n\n'
            '"We also condemn the Russian strikes on Ukraine."')
    events = [e for e in coder.extract(text, "en", date(2023, 2, 16)).events if e.cameo_root == "11"]
    assert [(e.source_actor, e.target_actor) for e in events] == [("NAT", "RUS")]


# ---------------------------------------------------------------- speakers
@pytest.mark.parametrize("text, lang", [
    ("Poland, a close ally of Ukraine, said on Monday that Russia had attacked Kyiv.", "en"),
    ("Poland, a country that supports Ukraine, said on Monday that Russia had attacked Kyiv.", "en"),
    ("Polen, ein enger Verbündeter der Ukraine, sagte am Montag, dass Russland Kiew angegriffen habe.", "de"),
    ("Polen, ein Land, das die Ukraine unterstützt, sagte am Montag, Russland habe Kiew angegriffen.", "de"),
])
def test_speaker_before_an_apposition(coder, text, lang):
    # the apposition (and a relative clause inside it) stands between the speaker and the speech word
    assert ("112", "POL", "RUS") in codes(rows(coder, text, lang))


def test_content_after_an_apposed_speaker_is_what_was_said(coder):
    # the actor named in the apposition is no topic of the statement: the content follows the speech word
    statements = [e for e in rows(coder, "Poland, a close ally of Ukraine, said eight people were killed.")
                  if e.statement is not None]
    assert [(e.cameo_code, e.source_actor, e.target_actor) for e in statements] == [("010", "POL", None)]
    assert statements[0].statement.quote_text == "eight people were killed"


@pytest.mark.parametrize("text, lang, statement", [
    # no actor of the clause before ", and said" speaks: the coordinated predicate shares the main clause's subject
    ("Iran condemned the sanctions imposed by the United States, and said it would respond.", "en",
     ("010", "IRN", None)),
    ("Germany criticised Russia's attack on Ukraine, and said it would send more weapons to Kyiv.", "en",
     ("010", "DEU", "UKR")),
    ("France welcomed the ceasefire between Israel and Hamas, but said it was worried about Lebanon.", "en",
     ("010", "FRA", "LBN")),
    ("The Japanese prime minister met the Indian prime minister in Delhi on Monday and said the talks had been "
     "useful.", "en", ("010", "JPN", None)),
    ("Polen verurteilte den Angriff Russlands auf Kiew und sagte, die Ukraine könne auf Polen zählen.", "de",
     ("010", "POL", "UKR")),
    ("Der japanische Premierminister traf den indischen Premierminister in Delhi und sagte, die Gespräche seien "
     "nützlich gewesen.", "de", ("010", "JPN", None)),
    # an adverb between the coordinator and the verb is no subject of its own (cues predicate_adverbs)
    ("Iran condemned the sanctions imposed by the United States, and later said it would respond.", "en",
     ("010", "IRN", None)),
    ("Polen verurteilte den Angriff Russlands auf Kiew und sagte später, die Ukraine könne auf Polen zählen.", "de",
     ("010", "POL", "UKR")),
])
def test_coordinated_speech_verb_shares_the_subject_of_the_clause_before(coder, text, lang, statement):
    events = rows(coder, text, lang)
    assert [(e.cameo_code, e.source_actor, e.target_actor) for e in events if e.cameo_root == "01"] == [statement]
    # the act of the clause before keeps its own row (it is not read as what was said)
    assert [e for e in events if e.cameo_root in ("04", "05", "11")]


@pytest.mark.parametrize("text, lang", [
    ("Russia and Ukraine agreed to a ceasefire on Monday, but media reports said clashes continued.", "en"),
    ("Russia and Ukraine agreed to a ceasefire on Monday, and witnesses said clashes continued.", "en"),
    ("Russland und die Ukraine vereinbarten am Montag eine Waffenruhe, aber Medien berichteten, die Kämpfe gingen "
     "weiter.", "de"),
])
def test_a_coordinated_speech_verb_with_its_own_subject_does_not_share_the_clause_before(coder, text, lang):
    """Its subject names no actor: the parties of the clause before are not the speakers (were 010 RUS and UKR)."""
    assert not [e for e in rows(coder, text, lang) if e.cameo_root == "01"]


def test_pronoun_opening_what_a_coordinated_speaker_says_is_the_speaker(coder):
    # "it" is Germany, not Russia, the latest actor before it
    events = rows(coder, "Germany criticised Russia's attack on Ukraine, and said it would send more weapons to Kyiv.")
    assert ("0332", "DEU", "UKR") in codes(events)
    assert not [e for e in events if e.cameo_root in ("03", "07") and e.source_actor == "RUS"]


# ---------------------------------------------------------------- acts in what a speaker says
@pytest.mark.parametrize("text, lang", [
    ("Syria said six soldiers were wounded in an air strike.", "en"),
    ("Syrien sagte, acht Menschen seien bei einem Luftangriff getötet worden.", "de"),
])
def test_speaker_of_a_saying_is_not_the_agent_of_the_act_reported(coder, text, lang):
    assert codes(rows(coder, text, lang)) == [("010", "SYR", None)]


def test_speaker_named_in_the_content_stays_the_agent(coder):
    assert ("195", "RUS", "UKR") in codes(rows(coder, "Russia said it had launched air strikes on Kyiv."))


@pytest.mark.parametrize("text, lang", [
    ("Syria said six soldiers were wounded in an air strike by army units.", "en"),
    ("The Syrian Network for Human Rights, a monitoring group in London, said six soldiers were wounded in an air "
     "strike by army units.", "en"),
    ("Syrien sagte, acht Menschen seien bei einem Luftangriff durch Regierungstruppen getötet worden.", "de"),
])
def test_saying_that_someone_described_attacked_accuses_nobody_named(coder, text, lang):
    # the agent is described ("government forces"), not named: an accusation (112) without target, no attack row
    assert codes(rows(coder, text, lang)) == [("112", "SYR", None)]


# ---------------------------------------------------------------- acts on an object told from the object's side
@pytest.mark.parametrize("text, expected", [
    ("Iran was pressured by Russia to stop the attacks.", ("100", "RUS", "IRN")),
    ("Iran came under pressure from Russia to release the prisoners.", ("100", "RUS", "IRN")),
    ("The Iranian government was asked by the United Nations to release the prisoners.", ("020", "UNO", "IRN")),
    # a description as the agent: the source is unknown
    ("The Israeli prime minister faces pressure from the parliament to resign.", ("100", None, "ISR")),
])
def test_passive_and_noun_of_an_act_on_an_object(coder, text, expected):
    assert expected in codes(rows(coder, text))


def test_pressure_without_an_agent_names_no_act(coder):
    assert not [e for e in rows(coder, "Iran is under pressure to stop the attacks.") if e.cameo_root == "10"]


# ---------------------------------------------------------------- what is planned has not happened
@pytest.mark.parametrize("text, lang, expected", [
    ("A visit by Macron to China is planned for April.", "en", [("036", "FRA", "CHN")]),
    ("Macron's visit to China is scheduled for April.", "en", [("036", "FRA", "CHN")]),
    ("Ein Besuch Macrons in China ist für April geplant.", "de", [("036", "FRA", "CHN")]),
    ("Für April ist ein Besuch Macrons in China geplant.", "de", [("036", "FRA", "CHN")]),
    # a planned meeting between two named parties nobody else plans is their intent, both ways
    ("A meeting between Biden and Putin is planned for June.", "en", [("036", "RUS", "USA"), ("036", "USA", "RUS")]),
    ("Ein Treffen zwischen Biden und Putin ist für Juni geplant.", "de",
     [("036", "RUS", "USA"), ("036", "USA", "RUS")]),
])
def test_a_planned_visit_or_meeting_is_an_intent(coder, text, lang, expected):
    events = [e for e in rows(coder, text, lang) if not e.negated]
    assert codes(events) == sorted(expected)
    assert {e.modality for e in events} == {"future"}


@pytest.mark.parametrize("planned, plans", [
    ("Russland hat den Angriff auf Kiew lange geplant.", "Russland plant einen Angriff auf Kiew."),
    ("Selenskyj sagte, dass Russland Kiew angreifen will.", "Selenskyj sagte, Russland wolle Kiew angreifen."),
])
def test_a_planned_attack_is_no_attack(coder, planned, plans):
    # the German intent word closing the clause governs the act as it does before it: the intent's threat reading
    events = rows(coder, planned, "de")
    assert not [e for e in events if e.cameo_root in ("18", "19", "20") and e.modality == "asserted"]
    assert ("138", "RUS", "UKR") in codes(events)
    assert ("138", "RUS", "UKR") in codes(rows(coder, plans, "de"))


@pytest.mark.parametrize("text, lang, expected", [
    ("French troops withdrew from Mali as planned.", "en", ("0874", "FRA", "MLI")),
    ("Die französischen Truppen zogen wie geplant aus Mali ab.", "de", ("0874", "FRA", "MLI")),
])
def test_what_happened_as_planned_happened(coder, text, lang, expected):
    events = rows(coder, text, lang)
    assert codes(events) == [expected] and events[0].modality == "asserted"


@pytest.mark.parametrize("text, code, modality", [
    # a capitalized "May" inside a sentence is the month or a name, not the modal
    ("British Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin.", "040", "asserted"),
    ("Biden and Putin will meet in May.", "036", "future"),
    ("Russia may attack Ukraine.", "190", "hypothetical"),
])
def test_may_is_a_modal_only_as_a_modal(coder, text, code, modality):
    assert {e.modality for e in rows(coder, text) if e.cameo_code == code} == {modality}


# ---------------------------------------------------------------- sanctions described by who imposed them
@pytest.mark.parametrize("text, lang, imposer", [
    ("Iran condemned the sanctions imposed by the United States.", "en", "USA"),
    ("Iran condemned the sanctions imposed on it by the United States.", "en", "USA"),
    ("Russia criticised the sanctions imposed by the EU on Monday.", "en", "EUU"),
    ("Der Iran verurteilte die von den USA verhängten Sanktionen.", "de", "USA"),
    ("Russland kritisierte am Montag die von der EU verhängten Sanktionen.", "de", "EUU"),
])
def test_condemned_sanctions_imposed_by_another_are_opposed(coder, text, lang, imposer):
    # the participle says who imposed them; the clause opposes them: no sanctions row by the critic
    result = coder.extract(text, lang, PUB)
    assert [(m.stance, m.imposer_actor) for m in result.sanctions] == [("oppose", imposer)]
    assert codes(result.events) == [("111", result.events[0].source_actor, imposer)]
    assert not [e for e in result.events if e.cameo_root == "16"]


@pytest.mark.parametrize("text, lang", [
    ("The sanctions imposed by the United States hit Iran hard.", "en"),
    ("Die von den USA verhängten Sanktionen trafen den Iran hart.", "de"),
])
def test_sanctions_imposed_by_someone_name_the_imposer(coder, text, lang):
    result = coder.extract(text, lang, PUB)
    assert [(m.stance, m.imposer_actor) for m in result.sanctions] == [("impose", "USA")]


def test_a_participle_with_another_party_names_no_imposer(coder):
    # "imposed on Russia": the party behind the participle is the target, the clause's subject extends them
    result = coder.extract("The EU extended the sanctions imposed on Russia by a year.", "en", PUB)
    assert [(m.stance, m.imposer_actor, m.target_actor) for m in result.sanctions] == [("extend", "EUU", "RUS")]


@pytest.mark.parametrize("text, lang", [
    ("Sweden condemned the arrest of a Swedish journalist in Moscow on Monday.", "en"),
    ("The EU condemned the arrest of a French journalist in Iran.", "en"),
    ("Schweden verurteilte am Montag die Festnahme eines schwedischen Journalisten in Moskau.", "de"),
])
def test_who_condemns_an_arrest_did_not_make_it(coder, text, lang):
    # a verb row after an article is a noun ("the arrest of"): the commented act is not the commenter's
    events = rows(coder, text, lang)
    assert [e.cameo_root for e in events] == ["11"]


def test_a_verb_row_after_an_article_keeps_its_own_agent(coder):
    assert ("173", "IRN", "FRA") in codes(rows(coder, "The arrest of a French journalist by Iranian police was "
                                                      "condemned by the EU."))


@pytest.mark.parametrize("text, lang, expected", [
    # the adjective's mention "Chinese military" took the act's first word: it still names the act's agent, and the
    # commenter is not it (was 150 CAN->CHN)
    ("Canada criticised the Chinese military drills near Taiwan on Monday.", "en", [("111", "CAN", "CHN")]),
    ("Kanada kritisierte am Montag die chinesischen Militärübungen nahe Taiwan.", "de", [("111", "CAN", "CHN")]),
    ("The Chinese military drills near Taiwan ended on Monday.", "en", [("150", "CHN", "TWN")]),
    # a building is no act: the protest stays the only row
    ("Hundreds of people protested outside the Chinese embassy in London on Saturday.", "en",
     [("140", "GBR", "CHN")]),
])
def test_nationality_adjective_with_the_acts_first_word(coder, text, lang, expected):
    assert codes(rows(coder, text, lang)) == expected


# ---------------------------------------------------------------- people sent to help
@pytest.mark.parametrize("text, lang, expected", [
    ("The Red Cross will send a team of doctors to help treat the wounded after the floods.", "en",
     ("033", "ICR", None, "future")),
    ("Japan sent rescue workers to help find survivors of the earthquake.", "en", ("070", "JPN", None, "asserted")),
    ("Denmark is willing to send blankets to help defend Iraq if it is attacked.", "en", ("033", "DNK", "IRQ", "future")),
    ("Deutschland schickte ein Team, um bei der Suche nach Überlebenden zu helfen.", "de",
     ("070", "DEU", None, "asserted")),
    ("Interpol entsandte Ermittler, um bei der Identifizierung der Toten zu helfen.", "de",
     ("070", "ITP", None, "asserted")),
])
def test_people_sent_to_help_are_aid(coder, text, lang, expected):
    code, source, target, modality = expected
    found = [e for e in rows(coder, text, lang) if e.cameo_code == code and not e.negated]
    assert [(e.source_actor, e.target_actor, e.modality) for e in found] == [(source, target, modality)]
    assert found[0].rule_id.split(":")[-1] in ("sent-to-help", "geschickt-um-zu-helfen")


@pytest.mark.parametrize("text, lang", [
    ("The new rules will help reduce inflation.", "en"),
    ("The United States approved a plan to help reduce emissions.", "en"),   # a plan is not people sent
    ("The French military helped to plan the attacks.", "en"),
    ("Die EU plant, beim Wiederaufbau zu helfen.", "de"),
])
def test_help_without_a_helped_actor_or_people_sent_is_no_aid(coder, text, lang):
    assert not [e for e in rows(coder, text, lang) if e.cameo_root in ("03", "07")]


def test_people_sent_to_help_an_actor_aid_it(coder):
    assert ("070", "RUS", "SYR") in codes(rows(coder, "Russia sent troops to help Assad."))
    assert ("070", "ROU", "MDA") in codes(rows(coder, "Rumänien half der Republik Moldau am Dienstag.", "de"))


# ---------------------------------------------------------------- the author behind "by" in the subject
@pytest.mark.parametrize("text, lang, expected", [
    ("A report by Amnesty International accused Russia of war crimes.", "en", ("112", "AMN", "RUS")),
    ("A statement by the Kremlin said Ukraine had attacked Belgorod.", "en", ("112", "RUS", "UKR")),
    ("A report by the Serbian government criticized Croatia's border policy.", "en", ("111", "SRB", "HRV")),
    ("Ein Bericht von Amnesty International warf Russland Kriegsverbrechen vor.", "de", ("112", "AMN", "RUS")),
    ("Ein Bericht der serbischen Regierung kritisierte die Grenzpolitik Kroatiens.", "de", ("111", "SRB", "HRV")),
])
def test_a_document_by_an_actor_speaks_for_it(coder, text, lang, expected):
    assert expected in codes(rows(coder, text, lang))


def test_an_act_by_an_actor_in_the_subject_is_its_act(coder):
    # the act noun is a trigger itself, so its agent phrase is read as before ("Attacks by ...": no second row)
    assert codes(rows(coder, "Attacks by Russian forces killed 12 civilians in Kharkiv.")) == [("190", "RUS", "UKR")]


# ---------------------------------------------------------------- the clause that sends: tense, negation, article
@pytest.mark.parametrize("text, lang, expected", [
    # the sending in the main clause carries the tense of the act read from the infinitive clause
    ("Österreich wird Ärzte schicken, um bei der Versorgung der Verletzten zu helfen.", "de",
     ("033", "AUT", "future", False)),
    ("Die Bundesregierung wird ein Team entsenden, um bei der Suche nach Vermissten zu helfen.", "de",
     ("033", "DEU", "future", False)),
    ("Norwegen schickte keine Helfer, um bei der Suche nach Überlebenden zu helfen.", "de",
     ("070", "NOR", "asserted", True)),
    ("Japan will send engineers to help repair the bridges.", "en", ("033", "JPN", "future", False)),
    # an article behind "um" opens the infinitive's object, no relative clause: the main clause's subject sends
    ("Frankreich schickte Feuerwehrleute, um den Bewohnern der Region zu helfen.", "de",
     ("070", "FRA", "asserted", False)),
    ("Italien entsandte Taucher, um den Fischern nach dem Sturm zu helfen.", "de", ("070", "ITA", "asserted", False)),
])
def test_the_sending_clause_governs_the_aid_it_makes(coder, text, lang, expected):
    code, source, modality, negated = expected
    found = [e for e in rows(coder, text, lang) if e.cameo_root in ("03", "07")]
    assert [(e.cameo_code, e.source_actor, e.modality, e.negated) for e in found] == \
        [(code, source, modality, negated)]


def test_a_relative_clause_after_a_preposition_stays_one(coder):
    # "um das": a relative pronoun with no infinitive behind it; the relative clause's subject is not the main one's
    assert ("111", "POL", "RUS") in codes(rows(coder, "Polen, um das sich Ungarn sorgt, kritisierte Russland.", "de"))
