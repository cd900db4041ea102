"""Reference tables: CAMEO/PLOVER code table, actor lexicon and actor codes (seeds/reference)."""
from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from geoevents import PROJECT_ROOT
from geoevents.reference import (ActorCode, ActorEntry, CameoCode, load_actor_codes, load_actor_lexicon,
                                 load_cameo_codes)

SHARED_EVENTCODES = PROJECT_ROOT.parent / "shared" / "reference" / "cameo_eventcodes.tsv"

# The oracle: ISO 3166-1 alpha-3 codes of the 193 UN member states.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI
CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST
SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM
JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX
FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
OBSERVERS_AND_OTHERS = ["PSE", "VAT", "TWN", "XKX"]
CORE_STATES = ["CHN", "RUS", "USA", "UKR", "DEU", "FRA", "GBR", "TUR", "IRN"]


@pytest.fixture(scope="module")
def cameo() -> dict[str, CameoCode]:
    return load_cameo_codes()


@pytest.fixture(scope="module")
def lexicon() -> list[ActorEntry]:
    return load_actor_lexicon()


@pytest.fixture(scope="module")
def actor_codes() -> dict[str, ActorCode]:
    return load_actor_codes()


def entries_for(lexicon, pattern: str, lang: str) -> list[ActorEntry]:
    return [e for e in lexicon if e.pattern.lower() == pattern.lower() and e.lang in (lang, "any")]


# ---------------------------------------------------------------- CAMEO codes
def test_cameo_loader_returns_typed_values(cameo):
    code = cameo["0312"]
    assert isinstance(code, CameoCode)
    assert code.name == "Express intent to cooperate militarily"
    assert code.goldstein == pytest.approx(5.2) and isinstance(code.quad_class, int)
    assert (code.plover_type, code.plover_mode, code.plover_context) == ("AGREE", None, "military")
    assert cameo["041"].plover_mode == "phone" and cameo["041"].root == "04"


def test_cameo_codes_keep_leading_zeros_and_roots(cameo):
    assert {f"{r:02d}" for r in range(1, 21)} <= set(cameo)
    assert "041" in cameo and "41" not in cameo
    assert all(code.isdigit() and 2 <= len(code) <= 4 for code in cameo)


@pytest.mark.skipif(not SHARED_EVENTCODES.exists(), reason="shared GDELT lookup not available")
def test_every_gdelt_code_is_present_with_goldstein_and_plover_type(cameo):
    lines = SHARED_EVENTCODES.read_text(encoding="utf-8").splitlines()[1:]
    gdelt_codes = {line.split("\t")[0].strip() for line in lines if line.strip()}
    gdelt_codes = {c for c in gdelt_codes if len(c) >= 2}  # 1..4 are quad-class labels
    gdelt_codes.add("106")  # fused into the 1056 line
    missing = gdelt_codes - set(cameo)
    assert not missing
    assert all(cameo[c].goldstein is not None and cameo[c].plover_type for c in gdelt_codes)


def test_quad_class_follows_the_root_convention(cameo):
    expected = {**{r: 1 for r in range(1, 6)}, **{r: 2 for r in range(6, 10)},
                **{r: 3 for r in range(10, 15)}, **{r: 4 for r in range(15, 21)}}
    for code in cameo.values():
        assert code.quad_class == expected[int(code.root)], code


def test_malformed_1056_line_yields_both_codes(cameo):
    assert cameo["1056"].name == "Demand de-escalation of military engagement"
    assert cameo["106"].name == "Demand withdrawal"
    assert cameo["1056"].goldstein == -5.0 and cameo["106"].goldstein == -5.0
    assert cameo["106"].plover_type == "REQUEST"


def test_documented_mapping_choices(cameo):
    assert {cameo[c].plover_type for c in cameo if c.startswith("01")} == {"STATEMENT"}
    appeals = [cameo[c] for c in cameo if c.startswith("02")]
    assert {(a.plover_type, a.plover_mode) for a in appeals} == {("REQUEST", "appeal")}
    assert cameo["0212"].plover_context == "military"
    assert (cameo["163"].plover_type, cameo["163"].plover_context) == ("SANCTION", "economic")
    meeting_modes = {c: cameo[c].plover_mode for c in ("040", "041", "042", "043", "044", "045", "046")}
    assert meeting_modes == {"040": None, "041": "phone", "042": "visit", "043": "visit",
                             "044": "third_location", "045": "mediate", "046": "negotiate"}
    assert cameo["091"].plover_context == "crime;corruption"


def test_cameo_loader_is_cached_per_path(tmp_path, cameo):
    assert load_cameo_codes() is cameo
    copy = tmp_path / "codes.csv"
    copy.write_text("code,name,goldstein,quad_class,plover_type,plover_mode,plover_context\n"
                    "041,Discuss by telephone,1.0,1,CONSULT,phone,\n", encoding="utf-8")
    other = load_cameo_codes(copy)
    assert set(other) == {"041"} and other["041"].plover_context is None


def test_build_script_reproduces_the_committed_table(tmp_path):
    source = SHARED_EVENTCODES.parent
    if not source.exists():
        pytest.skip("shared reference files not available")
    import runpy

    build = runpy.run_path(str(PROJECT_ROOT / "scripts" / "build_cameo_codes.py"))
    output = tmp_path / "cameo_codes.csv"
    assert build["main"](["--source", str(source), "--output", str(output)]) == 0
    committed = (PROJECT_ROOT / "seeds" / "reference" / "cameo_codes.csv").read_text(encoding="utf-8")
    assert output.read_text(encoding="utf-8") == committed


# ---------------------------------------------------------------- actor lexicon
def test_actor_loader_returns_typed_values(lexicon):
    assert all(isinstance(e, ActorEntry) for e in lexicon)
    putin = [e for e in lexicon if e.pattern == "Putin" and e.valid_to is None]
    assert len(putin) == 1
    assert putin[0].valid_from == date(2012, 5, 7) and putin[0].person == "Vladimir Putin"
    assert all(e.sector is None for e in lexicon if e.kind == "country")


def test_no_duplicate_entry_ids(lexicon):
    ids = [e.entry_id for e in lexicon]
    assert len(ids) == len(set(ids))


def test_every_actor_code_is_listed(lexicon, actor_codes):
    assert {e.actor_code for e in lexicon} <= set(actor_codes)
    assert {e.country_code for e in lexicon if e.country_code} <= set(actor_codes)
    assert {actor_codes[c].kind for c in ("WST", "EUU", "NAT", "UNO")} <= {"bloc", "igo"}


def test_every_un_member_has_german_and_english_names(lexicon, actor_codes):
    assert len(set(UN_MEMBERS)) == 193
    for iso in UN_MEMBERS + OBSERVERS_AND_OTHERS:
        assert actor_codes[iso].kind == "state"
        names = {e.lang for e in lexicon if e.actor_code == iso and e.kind == "country"}
        assert names & {"de", "any"} and names & {"en", "any"}, iso


def test_patterns_are_well_formed(lexicon):
    for e in lexicon:
        assert e.lang in ("de", "en", "any"), e.entry_id
        assert len(e.pattern.replace("*", "")) >= 2 and e.pattern.strip() == e.pattern, e.entry_id
        assert not any(word == "*" for word in e.pattern.split()), e.entry_id


def test_patterns_with_several_codes_never_overlap_in_time(lexicon):
    by_pattern: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
    for e in lexicon:
        for lang in (("de", "en") if e.lang == "any" else (e.lang,)):
            by_pattern[(lang, e.pattern.lower())].append(e)
    for key, entries in by_pattern.items():
        if len({e.actor_code for e in entries}) < 2:
            continue
        for a in entries:
            for b in entries:
                if a.actor_code < b.actor_code:
                    assert (a.valid_to and b.valid_from and a.valid_to < b.valid_from) or \
                           (b.valid_to and a.valid_from and b.valid_to < a.valid_from), (key, a.entry_id, b.entry_id)


def test_validity_ranges_are_ordered(lexicon):
    for e in lexicon:
        if e.valid_from and e.valid_to:
            assert e.valid_from <= e.valid_to, e.entry_id
    assert all(e.person and e.role for e in lexicon if e.kind in ("office", "person"))


def test_offices_resolve_to_one_holder_per_day(lexicon):
    offices: dict[tuple[str, str, str], list[ActorEntry]] = defaultdict(list)
    for e in lexicon:
        if e.kind == "office":
            offices[(e.actor_code, e.lang, e.pattern)].append(e)
    for key, holders in offices.items():
        ordered = sorted(holders, key=lambda e: e.valid_from or date.min)
        for before, after in zip(ordered, ordered[1:]):
            assert before.valid_to is not None and before.valid_to < after.valid_from, key
    assert {code for code, _, _ in offices} >= set(CORE_STATES)


@pytest.mark.parametrize("pattern,lang,day,person", [
    ("US-Präsident", "de", date(2022, 12, 30), "Joe Biden"),
    ("US President", "en", date(2025, 3, 1), "Donald Trump"),
    ("US President", "en", date(2019, 3, 1), "Donald Trump"),
    ("russische* Präsidenten", "de", date(2010, 1, 1), "Dmitry Medvedev"),
    ("chinesische* Außenminister", "de", date(2023, 3, 1), "Qin Gang"),
    ("Bundeskanzler", "de", date(2024, 1, 1), "Olaf Scholz"),
    ("britische* Premierministerin", "de", date(2022, 10, 1), "Liz Truss"),
    ("State Department spokesperson", "en", date(2022, 12, 30), "Ned Price"),
    ("US President", "en", date(2000, 1, 1), "Bill Clinton"),
    ("US President", "en", date(1990, 6, 1), "George H. W. Bush"),
    ("Russian President", "en", date(1995, 6, 1), "Boris Yeltsin"),
    ("Bundeskanzler", "de", date(1995, 1, 1), "Helmut Kohl"),
    ("UN Secretary-General", "en", date(2000, 1, 1), "Kofi Annan"),
    ("Chinese Premier", "en", date(2000, 1, 1), "Zhu Rongji"),
])
def test_office_resolution_by_date(lexicon, pattern, lang, day, person):
    valid = [e for e in entries_for(lexicon, pattern, lang) if e.kind == "office" and e.valid_on(day)]
    assert [e.person for e in valid] == [person]


def test_rows_of_a_pattern_are_newest_first(lexicon):
    """The engine takes the first row valid on the date: undated articles resolve to the current holder."""
    groups: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
    for e in lexicon:
        if e.kind in ("office", "person"):
            groups[(e.lang, e.pattern.lower())].append(e)
    for key, entries in groups.items():
        starts = [e.valid_from or date.min for e in entries]
        assert starts == sorted(starts, reverse=True), key
    assert [e.person for e in entries_for(lexicon, "US President", "en") if e.valid_on(None)][0] == "Donald Trump"


def test_german_titles_do_not_swallow_institutions(lexicon):
    """"Außenminister*" would match "Außenministerium": titles are listed in their explicit forms."""
    for e in lexicon:
        if e.kind == "office":
            for word in e.pattern.split():
                assert not (word.endswith("*") and word[0].isupper() and
                            word.rstrip("*").lower().endswith(("minister", "präsident", "kanzler", "chef"))), e.entry_id
    assert {e.kind for e in entries_for(lexicon, "US-Außenministerium*", "de")} == {"organization"}


def test_trump_sector_follows_his_terms(lexicon):
    def sector_on(day):
        return {e.sector for e in entries_for(lexicon, "Trump", "en") if e.valid_on(day)}
    assert sector_on(date(2018, 6, 1)) == {"GOV"}
    assert sector_on(date(2023, 6, 1)) == {"PTY"}
    assert sector_on(date(2025, 6, 1)) == {"GOV"}


@pytest.mark.parametrize("pattern,lang,code,sector", [
    ("Russlands", "de", "RUS", None), ("Chinas", "de", "CHN", None), ("Irans", "de", "IRN", None),
    ("Türkei", "de", "TUR", None), ("Vereinigte* Staaten", "de", "USA", None), ("USA", "de", "USA", None),
    ("VAE", "de", "ARE", None), ("UAE", "en", "ARE", None), ("UK", "en", "GBR", None),
    ("russisch*", "de", "RUS", None), ("US-amerikanisch*", "de", "USA", None), ("Ukrainian", "en", "UKR", None),
    ("Amerikaner*", "de", "USA", None), ("Chinesen", "de", "CHN", None),
    ("Peking", "de", "CHN", "GOV"), ("Kyiv", "en", "UKR", "GOV"), ("Kreml", "de", "RUS", "GOV"),
    ("White House", "en", "USA", "GOV"), ("Pentagon", "en", "USA", "MIL"), ("Bundeswehr", "de", "DEU", "MIL"),
    ("Zhongnanhai", "en", "CHN", "GOV"), ("Downing Street", "en", "GBR", "GOV"),
    ("Westen*", "de", "WST", None), ("the West", "en", "WST", None), ("NATO-*", "de", "NAT", None),
    ("Vereinte* Nationen", "de", "UNO", None), ("UN-Sicherheitsrat*", "de", "UNO", None), ("OSZE", "de", "OSC", None),
    ("CCTV", "de", "CHN", "MED"), ("TASS", "en", "RUS", "MED"), ("Reuters", "en", "GBR", "MED"),
])
def test_required_patterns(lexicon, pattern, lang, code, sector):
    found = entries_for(lexicon, pattern, lang)
    assert found, pattern
    assert {(e.actor_code, e.sector) for e in found} == {(code, sector)}


def test_historical_leaders_carry_their_state(lexicon):
    """GSR sentences of the 1980s-2000s name leaders without their country: the name alone must code it."""
    for pattern, code in (("Arafat", "PSE"), ("Yeltsin", "RUS"), ("Jelzin", "RUS"), ("Milosevic", "SRB"),
                          ("Musharraf", "PAK"), ("Chirac", "FRA"), ("Saddam Hussein", "IRQ"), ("Mugabe", "ZWE")):
        found = [e for e in lexicon if e.pattern == pattern and e.kind == "person"]
        assert found and {e.actor_code for e in found} == {code}, pattern
    (clinton,) = [e for e in entries_for(lexicon, "Clinton", "en") if e.valid_on(date(2000, 1, 1))]
    assert (clinton.person, clinton.sector) == ("Bill Clinton", "GOV")
    assert {e.case_sensitive for e in entries_for(lexicon, "Bush", "en")} == {True}


def test_ngos_have_codes_of_kind_ngo(lexicon, actor_codes):
    for code in ("AMN", "HRW", "ICR", "MSF"):
        assert actor_codes[code].kind == "ngo"
    ngo_entries = [e for e in lexicon if actor_codes[e.actor_code].kind == "ngo"]
    assert ngo_entries and all(e.country_code is None and e.kind == "ngo" for e in ngo_entries)
    assert {e.actor_code for e in entries_for(lexicon, "Amnesty International", "en")} == {"AMN"}
    assert {e.actor_code for e in entries_for(lexicon, "Rote* Kreuz*", "de")} == {"ICR"}
    assert {e.case_sensitive for e in entries_for(lexicon, "Amnesty", "en")} == {True}


def test_ambiguous_names_are_flagged(lexicon):
    for pattern in ("Chad", "Jordan", "Georgia"):
        (entry,) = [e for e in entries_for(lexicon, pattern, "en") if e.kind == "country"]
        assert entry.note and entry.note.startswith("ambiguous"), pattern
    (us,) = entries_for(lexicon, "US", "en")
    assert us.case_sensitive and not us.ambiguous
    assert {e.case_sensitive for e in entries_for(lexicon, "WHO", "en")} == {True}
    assert not any(e.case_sensitive for e in entries_for(lexicon, "USA", "en"))


def test_committed_csv_has_the_documented_header():
    with (PROJECT_ROOT / "seeds" / "reference" / "actors.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == ["entry_id", "actor_code", "country_code", "sector", "kind", "lang", "pattern", "person",
                      "role", "valid_from", "valid_to", "note"]


def test_actor_lexicon_from_another_path(tmp_path: Path):
    path = tmp_path / "actors.csv"
    path.write_text("entry_id,actor_code,country_code,sector,kind,lang,pattern,person,role,valid_from,valid_to,note\n"
                    "X:person:any:x,RUS,RUS,GOV,person,any,Xyz,Xyz Abc,head_of_state,2000-01-01,2000-12-31,\n",
                    encoding="utf-8")
    (entry,) = load_actor_lexicon(path)
    assert entry.valid_on(date(2000, 6, 1)) and not entry.valid_on(date(2001, 1, 1)) and entry.valid_on(None)
    assert entry.note is None


def test_reference_rows_equal_asdict():
    """The asset's rows (and so the reference fingerprint and the loaded tables) are what dataclasses.asdict gives."""
    from dataclasses import asdict

    from assets.reference import record_rows
    from geoevents import reference as ref

    for records in (list(ref.load_cameo_codes().values()), ref.load_actor_lexicon(),
                    list(ref.load_actor_codes().values()), ref.load_places()):
        assert records
        rows = record_rows(records)
        assert rows == [asdict(record) for record in records]
        assert all(list(row) == list(asdict(record)) for row, record in zip(rows, records))  # same column order
    assert record_rows([]) == []
