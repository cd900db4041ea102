-- geoevents reference tables: code lists, the actor lexicon and the place gazetteer, loaded from seeds/reference/*.csv.
-- CREATE OR REPLACE because the CSV files are the source of truth: each run reloads them whole.
-- Column names mirror the CSV headers (see seeds/reference/README.md).

-- ---------------------------------------------------------------- cameo_codes
CREATE OR REPLACE TABLE cameo_codes (
    code            VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    goldstein       DOUBLE,
    quad_class      INTEGER,
    plover_type     VARCHAR NOT NULL,
    plover_mode     VARCHAR,
    plover_context  VARCHAR
);
COMMENT ON TABLE cameo_codes IS 'CAMEO event codes (GDELT lookup) with Goldstein score, quad class and the PLOVER type/mode/context they map to. Join events.cameo_code = cameo_codes.code. Built by scripts/build_cameo_codes.py; choices where sources disagree are in seeds/reference/ATTRIBUTION.md.';
COMMENT ON COLUMN cameo_codes.code IS 'CAMEO code as a string with leading zeros kept: two-digit roots 01..20, three- and four-digit codes (041, 0312, 1056).';
COMMENT ON COLUMN cameo_codes.name IS 'CAMEO name from the GDELT lookup (roots in capitals, e.g. CONSULT).';
COMMENT ON COLUMN cameo_codes.goldstein IS 'Goldstein conflict-cooperation score (-10..+10) from the GDELT table; a code without its own value takes its parent''s or root''s.';
COMMENT ON COLUMN cameo_codes.quad_class IS 'GDELT quad class from the root: 1 verbal cooperation (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20).';
COMMENT ON COLUMN cameo_codes.plover_type IS 'PLOVER event type (PLOVER 2021 mapping); STATEMENT for CAMEO 01 public statements, REQUEST for 02 appeals, SANCTION for 163.';
COMMENT ON COLUMN cameo_codes.plover_mode IS 'PLOVER mode (phone, visit, third_location, appeal, ...) or NULL when the mapping gives none.';
COMMENT ON COLUMN cameo_codes.plover_context IS 'PLOVER context (military, economic, diplomatic, ...); several contexts are joined with ";". NULL when none.';

-- ---------------------------------------------------------------- actors
CREATE OR REPLACE TABLE actors (
    entry_id      VARCHAR PRIMARY KEY,
    actor_code    VARCHAR NOT NULL,
    country_code  VARCHAR,
    sector        VARCHAR,
    kind          VARCHAR NOT NULL,
    lang          VARCHAR NOT NULL,
    pattern       VARCHAR NOT NULL,
    person        VARCHAR,
    role          VARCHAR,
    valid_from    DATE,
    valid_to      DATE,
    note          VARCHAR
);
COMMENT ON TABLE actors IS 'The actor lexicon: surface patterns (names, adjectives, capitals, persons, offices, media, blocs) that the event coder maps to actor codes. actor_mentions.entry_id and events.rule_id point here.';
COMMENT ON COLUMN actors.entry_id IS 'Stable id of the entry: actor_code:kind:lang:slug[:role:valid_from].';
COMMENT ON COLUMN actors.actor_code IS 'Code written to events: ISO 3166-1 alpha-3 for states (XKX Kosovo), project codes for blocs and IGOs (see actor_codes).';
COMMENT ON COLUMN actors.country_code IS 'ISO alpha-3 of the state the actor belongs to; NULL for blocs and IGOs.';
COMMENT ON COLUMN actors.sector IS 'Sector/role: GOV, MIL, DIP, MED, LEG, JUD, PTY, SPY, COP, BUS, ...; NULL = the state or organization as a whole.';
COMMENT ON COLUMN actors.kind IS 'country, adjective, demonym, capital, prefix, person, office, organization, media, bloc, igo, ngo or img.';
COMMENT ON COLUMN actors.lang IS 'Language of the pattern: de, en, or any (written the same in both).';
COMMENT ON COLUMN actors.pattern IS 'Surface form, matched case-insensitively on word boundaries; a trailing * allows any continuation of that word (German inflection, compounds).';
COMMENT ON COLUMN actors.person IS 'For person and office entries: the person''s full name.';
COMMENT ON COLUMN actors.role IS 'head_of_state, head_of_government, foreign_minister, defense_minister, spokesperson, state_media, news_agency, ...';
COMMENT ON COLUMN actors.valid_from IS 'First day the entry applies (inclusive); NULL = unbounded.';
COMMENT ON COLUMN actors.valid_to IS 'Last day the entry applies (inclusive, the day before the successor took office); NULL = still valid.';
COMMENT ON COLUMN actors.note IS 'Free text; the tokens "ambiguous" (also a common word or another name: needs context) and "case_sensitive" (match only as written, e.g. US vs us) are machine-readable.';

-- ---------------------------------------------------------------- actor_codes
CREATE OR REPLACE TABLE actor_codes (
    code  VARCHAR PRIMARY KEY,
    name  VARCHAR NOT NULL,
    kind  VARCHAR NOT NULL
);
COMMENT ON TABLE actor_codes IS 'Every actor code used in the lexicon and in events.source_actor/target_actor, with its English name. Join events.source_actor = actor_codes.code.';
COMMENT ON COLUMN actor_codes.code IS 'ISO 3166-1 alpha-3 (states, plus XKX Kosovo) or a three-character project code for blocs and IGOs (WST the West, EUU European Union, NAT NATO, UNO United Nations, ...).';
COMMENT ON COLUMN actor_codes.name IS 'English name.';
COMMENT ON COLUMN actor_codes.kind IS 'state, bloc (informal grouping such as the West, G7, BRICS), igo (intergovernmental organization), ngo (non-governmental organization such as Amnesty International, the Red Cross) or img (transnational militant group with no home state: al-Qaeda, Islamic State).';

-- ---------------------------------------------------------------- places
CREATE OR REPLACE TABLE places (
    place_id      VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    country_code  VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    names_en      VARCHAR NOT NULL,
    names_de      VARCHAR NOT NULL,
    note          VARCHAR
);
COMMENT ON TABLE places IS 'Place gazetteer: cities and regions the actor lexicon does not hold (capitals are actors there), from seeds/reference/places.csv. The coder uses a place as where a violent act happened (events.rule_id "place_target:place:<place_id>:..." for the target of violence against nobody named, "place_source:place:<place_id>:..." for the unnamed agent of an agentless passive such as "three US soldiers were killed in Basra") and as the seat of the police, authorities or government named with it, which act for its state ("place_institution:place:<place_id>:...": "Police in Hong Kong arrested ..." is CHN); a place alone never acts or speaks and is not in actor_mentions.';
COMMENT ON COLUMN places.place_id IS 'Stable id COUNTRY:slug (UKR:kharkiv); events.rule_id names it after "place:".';
COMMENT ON COLUMN places.name IS 'English name.';
COMMENT ON COLUMN places.country_code IS 'ISO alpha-3 of the state the place belongs to as internationally recognised (Crimea, Donetsk: UKR; Golan Heights: SYR); written to events as that state.';
COMMENT ON COLUMN places.kind IS 'city or region.';
COMMENT ON COLUMN places.names_en IS 'English spellings, "|"-separated, the usual one first (Odesa|Odessa).';
COMMENT ON COLUMN places.names_de IS 'German spellings, "|"-separated (Charkiw|Charkow); German genitive -s is matched too.';
COMMENT ON COLUMN places.note IS 'Free text: disputed or occupied status and the like.';
