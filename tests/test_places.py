"""The place gazetteer (seeds/reference/places.csv): cities and regions the actor tables lack, used only as the place
where a violent act happened, never as a party that acts or speaks."""
from datetime import date

import pytest

from geoevents import reference
from geoevents import warehouse as wh

PUB = date(2023, 3, 1)


def events(coder, text, lang):
    return [(e.cameo_code[:2], e.source_actor, e.target_actor, e.rule_id) for e in coder.extract(text, lang, PUB).events]


# ---------------------------------------------------------------- the table
def test_places_belong_to_known_states_and_never_shadow_an_actor():
    places = reference.load_places()
    assert len(places) >= 300
    assert len({p.place_id for p in places}) == len(places)
    states = {code for code, c in reference.load_actor_codes().items() if c.kind == "state"}
    actor_patterns = {e.pattern.lower() for e in reference.load_actor_lexicon()}
    for place in places:
        assert place.country_code in states, place
        assert place.kind in ("city", "region"), place
        assert place.place_id.startswith(f"{place.country_code}:"), place
        assert place.names("en") and place.names("de"), place
        # a capital or a country name is an actor; the gazetteer must not give it a second reading
        assert not {n.lower() for n in place.names("en") + place.names("de")} & actor_patterns, place


def test_places_are_loaded_into_the_warehouse(tmp_path):
    from dataclasses import asdict
    store = wh.Warehouse(tmp_path)
    rows = [asdict(p) for p in reference.load_places()]
    with store.writer() as con:
        wh.replace_reference_tables(con, [], [], [], rows)
    with store.reader() as con:
        assert con.execute("SELECT country_code, kind FROM places WHERE place_id = 'UKR:kharkiv'").fetchall() == \
            [("UKR", "city")]
        assert con.execute("SELECT count(*) FROM places").fetchone()[0] == len(rows)


# ---------------------------------------------------------------- violence against a place: its state is the target
@pytest.mark.parametrize("text, lang, source, target, place", [
    ("Russia launched an air strike on Kharkiv.", "en", "RUS", "UKR", "UKR:kharkiv"),
    ("Russian forces shelled Kharkiv on Monday.", "en", "RUS", "UKR", "UKR:kharkiv"),
    ("Russland griff in der Nacht Ziele in der ostukrainischen Stadt Charkiw an.", "de", "RUS", "UKR", "UKR:kharkiv"),
    ("Russische Truppen beschossen am Montag Wohnviertel in Charkiw.", "de", "RUS", "UKR", "UKR:kharkiv"),
    ("Israeli jets bombed targets near the town of Rafah.", "en", "ISR", "PSE", "PSE:rafah"),
    ("Israelische Kampfflugzeuge bombardierten Ziele nahe der Stadt Rafah.", "de", "ISR", "PSE", "PSE:rafah"),
])
def test_violence_against_nobody_named_targets_the_state_of_the_place(coder, text, lang, source, target, place):
    found = events(coder, text, lang)
    assert [(s, t) for _root, s, t, _rule in found] == [(source, target)]
    assert found[0][3].startswith(f"place_target:place:{place}:")   # the row names the gazetteer entry


@pytest.mark.parametrize("text, lang", [
    ("Ukrainian troops killed five Russian soldiers near Bakhmut.", "en"),
    ("Ukrainische Soldaten töteten bei Bachmut fünf russische Soldaten.", "de"),
])
def test_a_named_victim_beats_the_place(coder, text, lang):
    assert [(s, t) for _root, s, t, _rule in events(coder, text, lang)] == [("UKR", "RUS")]


# ---------------------------------------------------------------- agentless passive: the place stands for the agent
@pytest.mark.parametrize("text, lang", [
    ("Three US soldiers were killed in Basra.", "en"),
    ("Drei US-Soldaten wurden in Basra getötet.", "de"),
])
def test_an_agentless_passive_takes_the_place_as_its_unnamed_agent(coder, text, lang):
    found = events(coder, text, lang)
    assert [(s, t) for _root, s, t, _rule in found] == [("IRQ", "USA")]
    assert found[0][3].startswith("place_source:place:IRQ:basra:")


@pytest.mark.parametrize("text, lang", [
    ("Two Ukrainian soldiers were killed in Kharkiv.", "en"),
    ("Zwei ukrainische Soldaten wurden in Charkiw getötet.", "de"),
])
def test_a_place_of_the_victims_own_state_is_no_agent(coder, text, lang):
    assert events(coder, text, lang) == []


@pytest.mark.parametrize("text, lang, place", [
    ("A roadside bomb near Samarra killed a U.S. soldier and injured three more.", "en", "place:IRQ:samarra:"),
    ("Eine Autobombe tötete in Basra drei US-Soldaten.", "de", "place:IRQ:basra:"),
    ("A car bomb in Baghdad killed two American soldiers.", "en", ""),   # a capital names the place as well
])
def test_violence_by_nobody_named_takes_the_place_as_its_unnamed_agent(coder, text, lang, place):
    found = events(coder, text, lang)
    assert [(s, t) for _root, s, t, _rule in found] == [("IRQ", "USA")]
    assert found[0][3].startswith(f"place_source:{place}")


@pytest.mark.parametrize("text, lang", [
    ("A landmine blast outside Samarra killed three Iraqi farmers.", "en"),
    ("Eine Mine tötete bei Samarra zwei irakische Jugendliche.", "de"),
])
def test_the_victims_own_place_is_no_unnamed_agent(coder, text, lang):
    assert all(s is None for _root, s, _t, _rule in events(coder, text, lang))


# ---------------------------------------------------------------- a place never acts, speaks or is a venue's party
@pytest.mark.parametrize("text, lang", [
    ("A car bomb exploded in Basra.", "en"),
    ("Raketen schlugen in Charkiw ein.", "de"),
    ("Kharkiv condemned the attack.", "en"),
    ("Charkiw verurteilte den Angriff.", "de"),
])
def test_a_place_is_never_the_actor(coder, text, lang):
    assert events(coder, text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Russia criticized the rebels when its envoy spoke in Aleppo.", "en"),
    ("Russland kritisierte die Rebellen, als sein Gesandter in Aleppo sprach.", "de"),
])
def test_a_place_is_only_a_venue_for_acts_other_than_violence(coder, text, lang):
    assert [(s, t) for _root, s, t, _rule in events(coder, text, lang)] == [("RUS", None)]


# ---------------------------------------------------------------- a passive whose by-phrase names a weapon
@pytest.mark.parametrize("text, lang", [
    ("Two US marines were killed by a roadside bomb on the outskirts of the Iraqi city of Basra.", "en"),
    ("Drei US-Soldaten wurden bei Basra durch eine Bombe getötet.", "de"),
])
def test_a_passive_by_a_weapon_is_agentless_and_takes_the_place(coder, text, lang):
    assert [(s, t) for _root, s, t, _rule in events(coder, text, lang)] == [("IRQ", "USA")]


@pytest.mark.parametrize("text, lang", [
    ("Three US soldiers were killed by a roadside bomb.", "en"),
    ("Drei US-Soldaten wurden durch eine Bombe getötet.", "de"),
    ("Victims killed by the crash in Basra were buried.", "en"),   # a participle without auxiliary: no passive
])
def test_the_weapon_of_a_passive_is_no_act_of_its_victims(coder, text, lang):
    """Without a place nobody stands for the agent, and the bomb is not the soldiers' own act."""
    assert events(coder, text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Kyiv was hit by a Russian air strike.", "en"),
    ("Kiew wurde von einem russischen Luftangriff getroffen.", "de"),
])
def test_an_agent_named_in_the_weapon_phrase_stays_the_agent(coder, text, lang):
    assert {(s, t) for root, s, t, _rule in events(coder, text, lang) if root == "19"} == {("RUS", "UKR")}


# ---------------------------------------------------------------- the place as an act noun's object
@pytest.mark.parametrize("text, lang", [
    ("Russian shelling of Kherson killed three civilians.", "en"),
    ("Russia's shelling of Kherson continued on Monday.", "en"),
    ("Russland setzte den Beschuss von Cherson fort.", "de"),
    ("Der russische Beschuss Chersons dauerte an.", "de"),
])
def test_a_place_behind_an_act_noun_is_its_object(coder, text, lang):
    found = events(coder, text, lang)
    assert [(s, t) for _root, s, t, _rule in found] == [("RUS", "UKR")]
    assert found[0][3].startswith("place_target:place:UKR:kherson:")


@pytest.mark.parametrize("text, lang", [
    ("Hamas fired rockets at Sderot.", "en"),
    ("Die Hamas feuerte Raketen auf Sderot ab.", "de"),
])
def test_a_place_of_another_state_beats_the_groups_own_state(coder, text, lang):
    """A militant group's violence with nobody named used to target its own state; the place names the target."""
    assert [(s, t) for _root, s, t, _rule in events(coder, text, lang)] == [("PSE", "ISR")]


@pytest.mark.parametrize("text, lang", [
    ("Russland griff am Montag Charkiw an.", "de"),
    ("Russische Truppen beschossen am Montag Charkiw.", "de"),
    ("Russian troops shelled on Monday Kharkiv and its suburbs.", "en"),
])
def test_a_date_between_the_act_and_the_place_keeps_it_the_object(coder, text, lang):
    assert [(s, t) for _root, s, t, _rule in events(coder, text, lang)] == [("RUS", "UKR")]


@pytest.mark.parametrize("text, lang, source, place", [
    ("Russische Drohnen griffen in der Nacht die Hafenstadt Odessa an.", "de", "RUS", "UKR:odesa"),
    ("Russland beschoss in der Nacht erneut die Stadt Charkiw.", "de", "RUS", "UKR:kharkiv"),
    ("Die Ukraine griff in der Nacht die Region Belgorod an.", "de", "UKR", "RUS:belgorod"),
    ("Russian drones attacked the port city of Odesa overnight.", "en", "RUS", "UKR:odesa"),
])
def test_a_place_noun_phrase_after_a_time_phrase_is_the_verbs_object(coder, text, lang, source, place):
    """"die Hafenstadt X" without a preposition is the verb's object, also behind "in der Nacht"."""
    found = events(coder, text, lang)
    assert [(root, s, t) for root, s, t, _rule in found] == [("19", source, place[:3])]
    assert found[0][3].startswith(f"place_target:place:{place}:")


def test_a_place_noun_phrase_behind_a_preposition_keeps_its_preposition(coder):
    found = events(coder, "Russland griff in der Nacht Ziele in der Stadt Charkiw an.", "de")
    assert [(s, t) for _root, s, t, _rule in found] == [("RUS", "UKR")]


@pytest.mark.parametrize("text, lang, place", [
    ("Russland beschoss Odesa.", "de", "UKR:odesa"),
    ("Russische Truppen griffen Awdiiwka an.", "de", "UKR:avdiivka"),
    ("Russland beschoss am Montag die Stadt Kharkiv.", "de", "UKR:kharkiv"),
    ("Russland beschoss Saporischja.", "de", "UKR:zaporizhzhia"),
    ("Die Ukraine griff Bryansk an.", "de", "RUS:bryansk"),
    ("Israel bombardierte Khan Younis.", "de", "PSE:khan-younis"),
    ("Russian forces shelled Zaporizhia.", "en", "UKR:zaporizhzhia"),
    ("Russian forces shelled Avdiyivka.", "en", "UKR:avdiivka"),
    ("Russian forces attacked Vovchansk.", "en", "UKR:vovchansk"),
    ("Russische Truppen griffen Wowtschansk an.", "de", "UKR:vovchansk"),
])
def test_variant_spellings_of_war_places(coder, text, lang, place):
    """German texts also write the English (Ukrainian-based) transliteration: "Odesa", "Kharkiv"."""
    found = events(coder, text, lang)
    assert len(found) == 1 and found[0][2] == place[:3]
    assert found[0][3].startswith(f"place_target:place:{place}:")


@pytest.mark.parametrize("text, lang", [
    ("Die Ukraine startete eine Gegenoffensive bei Bachmut.", "de"),
    ("Ukraine launched a counteroffensive near Bakhmut.", "en"),
])
def test_a_states_violence_near_its_own_place_has_no_target(coder, text, lang):
    """Was UKR->UKR: the place where a state fights in its own land is not the state attacking itself."""
    assert [(root, s, t) for root, s, t, _rule in events(coder, text, lang)] == [("19", "UKR", None)]


@pytest.mark.parametrize("text, lang", [
    ("Ukrainian forces launched a counteroffensive against Russian troops near Bakhmut.", "en"),
    ("Die ukrainische Armee startete eine Gegenoffensive gegen russische Truppen bei Bachmut.", "de"),
])
def test_a_states_violence_near_its_own_place_targets_the_named_opponent(coder, text, lang):
    assert [(root, s, t) for root, s, t, _rule in events(coder, text, lang)] == [("19", "UKR", "RUS")]


@pytest.mark.parametrize("text, lang, dyad", [
    ("Sudanese rebels shelled the outskirts of Khartoum.", "en", ("SDN", "SDN")),   # a group's own state: kept
    ("Russia launched an offensive near Kharkiv.", "en", ("RUS", "UKR")),
    ("Russland startete eine Offensive bei Charkiw.", "de", ("RUS", "UKR")),
])
def test_a_place_of_another_state_or_a_groups_own_state_stays_the_target(coder, text, lang, dyad):
    assert [(s, t) for _root, s, t, _rule in events(coder, text, lang)] == [dyad]


@pytest.mark.parametrize("text, source, place", [
    ("Russland hat Charkiw angegriffen.", "RUS", "UKR:kharkiv"),
    ("Russland hat am Montag Charkiw beschossen.", "RUS", "UKR:kharkiv"),
    ("Die Ukraine sagte, Russland habe Odessa mit Drohnen angegriffen.", "RUS", "UKR:odesa"),
    ("Die Armee meldete, dass Russland in der Nacht die Stadt Sumy beschossen habe.", "RUS", "UKR:sumy"),
    ("Die Ukraine hat Ziele in Belgorod angegriffen.", "UKR", "RUS:belgorod"),
    ("Charkiw wurde von Russland angegriffen.", "RUS", "UKR:kharkiv"),
])
def test_a_place_before_a_german_verb_that_closes_its_clause_is_its_object(coder, text, source, place):
    """Perfect tense and reported speech put the object before the verb (were RUS->none)."""
    found = [row for row in events(coder, text, "de") if row[0] == "19"]
    assert [(s, t) for _root, s, t, _rule in found] == [(source, place[:3])]
    assert found[0][3].startswith(f"place_target:place:{place}:")


def test_a_place_before_a_german_verb_behind_another_preposition_is_no_object(coder):
    # "aus Charkiw" says where the soldiers come from; Belgorod is what they attacked
    found = events(coder, "Ukrainische Soldaten aus Charkiw haben Belgorod angegriffen.", "de")
    assert [(s, t) for _r, s, t, _rule in found] == [("UKR", "RUS")]
