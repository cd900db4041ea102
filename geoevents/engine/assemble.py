"""Event assembler: turns the annotations of the other components into Events, Statements and SanctionMentions.

Rules (each emitted row names its rule in ``rule_id``; ``--explain`` lists why a trigger did or did not fire):
- Sentences are cut into clause fragments at , ; : ( ) dashes, before subordinators (dass, that, nachdem ...)
  and before "und/and" that introduces another trigger. Roles are assigned inside a fragment.
- Actor groups: adjacent actor mentions joined by und/and/sowie act together ("Xi und Putin"). A group directly
  after a preposition is a prepositional group (its preposition decides if it can be a target); a group without a
  preposition is a subject/object candidate.
- Source: the passive agent (von/by + actor with a passive auxiliary), else the first candidate of the fragment,
  else a first-person pronoun inside a quote (the speaker), else a pronoun or description ("er", "die beiden
  Männer") resolved to the latest matching mention, else the subject of the preceding fragment of the sentence
  (infinitive and relative clauses: "China ist bereit, mit Russland ... zusammenzuarbeiten"). No source, no event,
  except for a directed act whose subject noun phrase names nobody known and that has a target ("Der Angriff tötete
  drei russische Soldaten"; in English a description: "Insurgents bombarded ... Syria's second city", "Congress is
  asking Obama to"): the source is unknown (NULL), its text the noun phrase; not for names the tables lack,
  participles, passives or pronouns.
- Target: the next candidate of another country, else the first group behind a target preposition of the code's
  root (mit/gegen/an/with/against/on ...; über/about for criticism, in/into/of for force). Concern/criticism
  reported by a speaker falls back to the speaker as target ("gab Putin zu, dass Xi Sorgen ... hatte").
  Violence (roots 18-20) against nobody named targets the state where it happened, also named in a later clause
  ("killed 14 people when two bombers blew themselves up in Quetta"; rule prefix "place_target:"); violence by nobody
  named on a victim of another state takes that place as its agent ("A roadside bomb near Samarra killed one U.S.
  soldier", "Three US soldiers were killed in Basra": "place_source:"). Places are states, capitals and the cities
  and regions of seeds/reference/places.csv (named in the rule: "place_target:place:UKR:kharkiv:"), never actors.
- Symmetric triggers (meetings, partnerships, cooperation) need two parties of different countries (a compound
  group, "zwischen A und B", "A-B-Gespräch", or subject + partner) and are stored once per direction.
  With an intent cue ("bereit", "beabsichtigt", "ready to") they become a directed intent (03x) from the subject.
- Nominal triggers that name a topic rather than an act ("Invasion", "Zusammenarbeit", "Treffen") need a support
  word of their family in the fragment ("gestartet", "stärken", "abgehalten"), an intent cue or explicit parties.
  Lexicon rows that share a pattern are readings of one word: the row whose support family stands in the clause
  wins ("lifted the blockade" 0872, "imposed a blockade" 191, "suspended aid" 162, "sent aid" 070).
- An act with an intent cue or in the future takes the row's intent code: 03x for cooperation ("will release"
  0353, "vowed to withdraw its troops" 0356), 13x where a row names its threat ("ready to launch an offensive"
  138, "will blockade" 1381; a decided reduction of relations, "would prohibit all aid", stays 16x); an announced hostile verb is a threat by intent_threat_codes. A threat is asserted:
  it has been made. Commitments ("pledged/agreed to") are no threats; "announced it would ..." is the reported
  future; the content of an appeal ("wants Putin to attack") is not coded, like that of demands and threats; "X said
  Russia must withdraw its troops" is X's demand for that act (106 by cues demand_codes), the withdrawal is not coded.
- An announced refusal of one's own cooperative act ("will not provide aid", "won't meet", "said it would not release",
  "wird keine Waffen liefern") is the rejection of its intent code (cues refusal_codes: 0332 -> 1222, 036 -> 125),
  asserted (hypothetical under an if/unless condition); "has no plans to" and "did not agree to" stay the negated
  intent. The saying of such content is not
  negated by it ("said he would not ...").
- Verb rows with support "object"/"object_to" need an actor right after the verb ("helped Ukraine", "wants Putin
  to ...", "ordered former president Menem to"); their infinitive is what is permitted, asked or ordered, not coded
  ("allowed Ukraine to attack"). A court and a named person of its own state are a dyad for them. "received
  weapons from X": the giver X is the source. Ratifying makes an agreement one party's act.
- "claimed/alleged that X attacked": the claim replaces the statement row as 112 against X (015 for the speaker's
  own act); the claimed act is reported, like every act in a that-clause after a claim word ("A report alleged that
  ..., and that ..."), with or without a known speaker; the claim itself is asserted. "Israel said Hamas fired rockets": a speaker opening the sentence who
  says another actor committed a violent act accuses it the same way, and the act stays asserted (also an act
  on itself, which has no event: "said that Peru had shelled itself"). A negated report ("did not say that
  Russia attacked Kyiv", "sagte nicht, dass ...") accuses nobody: the saying is negated, the act in it `reported`.
- "a mortar bomb was fired from Gaza": in a passive clause the origin of a weapon is the source; "gave Ukraine
  weapons": the actor after the giving verb receives, it is not the noun's agent.
- No source from a dateline ("GAZA CITY, Palestinian Territories:"), a name apposition ("..., General David
  Petraeus, held talks"), a pronoun after a preposition ("fired at it"), a participle whose by-phrase names no
  actor ("victims killed by the crash") or that stands in an apposition ("a member of Hamas jailed last year"), nor
  from the main clause for a that-clause whose subject is an unknown name ("claimed that ISIL had attacked");
  a reflexive object ("attacked themselves") is no second party.
- Statements: a speech trigger outside quotes with a resolvable speaker and some content (an adjacent quote, a
  dass/that clause, or the fragments it attributes). Target = the addressee ("sagte Xi Putin", "told Putin",
  "zu/to X"), else the first actor of another country inside the content; none otherwise. A speaker that is a media
  outlet becomes the reporting source of the other statements in its sentence. A quote without attribution that
  opens a paragraph carries the speaker of the previous paragraph's last statement, its party (the target of the
  statement and of the quote's acts of roots topic_target_roots that name no other) and its date. Speech words inside
  quotes are not coded (the quoted speaker's own reporting verbs).
- Content inside quotes and reported speech is coded like any text, with reporting_source = the speaker.
- Negation and modality cues count inside the trigger's fragment (and the fragment its intent cue came from).
- Dates: an expression in the fragment, else the nearest preceding non-subordinate fragment of the sentence that
  has one, else the publication date (precision day, date_text NULL) or unknown without a publication date.
- German word order (issue #3): a genitive behind an act noun is its agent when the patient follows behind a target
  preposition ("den Angriff Russlands auf die Ukraine"), its patient when "durch X" follows; a verb-second clause
  whose subject noun phrase names no actor ("Der Angriff tötete drei russische Soldaten") gives an unknown (NULL)
  source with the named target (no target, no event). Relative clauses (", das/which ...") are subordinate: their
  pronoun stands for the antecedent (subject, or object when case, a preposition or a following noun phrase says
  so), and the clauses around them take no party from them. A possessor before an act noun whose object follows
  ("Russia's arrest of a French journalist", "Russlands Invasion der Ukraine"; an English verb row after "'s" is a
  noun) is its agent, also for a commented or protested act; the object or genitive of a commented act names its
  victim, never the comment's target ("condemned/protested the invasion of Ukraine": no target).

Where the code is: ``Assembler`` (below) holds the set-up (the cue lists of the language), the per-doc pass
(``__call__``), the per-sentence driver (``_sentence``: fragments, statements, content events, sanctions, threats,
claims, then one row per code and dyad) and the row makers; the rules are mixins composed into it, one module per
concern in ``geoevents/engine/rules/`` (its package docstring lists them).
"""
from __future__ import annotations

import bisect
import dataclasses
import inspect
import itertools
import re
from datetime import date
from typing import Any

from spacy.tokens import Doc

from geoevents.engine.components import (ACTORS_KEY, QUOTES_KEY, SENTS_KEY, TRIGGERS_KEY, Quote, TokenSpan, TriggerHit,
                                         doc_keys, head_keys, sentence_bounds, token_table)
from geoevents.engine.dates import DateResolver
from geoevents.engine.lexicon import Cues, LanguageLexicon, Pattern, TriggerEntry, WordMemo
from geoevents.engine.model import Event, ExtractionResult, new_actor_mention
from geoevents.engine.places import place_finder
from geoevents.engine.rules.actors import ActorGroups
from geoevents.engine.rules.clauses import ClauseCutter
from geoevents.engine.rules.common import (FRAGMENT_BREAKS, SANCTION_RULE_PREFIXES, SCANNED_CUES, SURFACE_CUES,
                                           _WORD_FACTS_LIMIT, Actor, Fragment, Group, StatementInfo, WordFacts,
                                           _last_token)
from geoevents.engine.rules.content import ContentEvents
from geoevents.engine.rules.event_dates import EventDates
from geoevents.engine.rules.meetings import MeetingsAndVisits
from geoevents.engine.rules.modality import NegationModality
from geoevents.engine.rules.passives import Passives
from geoevents.engine.rules.place_parties import PlaceParties
from geoevents.engine.rules.protests import Protests
from geoevents.engine.rules.references import References
from geoevents.engine.rules.sanctions import SanctionsMentions
from geoevents.engine.rules.sources import Sources
from geoevents.engine.rules.speech_acts import SpeechActs
from geoevents.engine.rules.statements import Statements
from geoevents.engine.rules.support import SupportWords
from geoevents.engine.rules.targets import Targets
from geoevents.engine.rules.words import WordQueries, actor_index, next_space_index
from geoevents.reference import CameoCode


class Assembler(WordQueries, ActorGroups, ClauseCutter, References, Statements, SpeechActs, ContentEvents, SupportWords,
                Sources, Passives, Targets, PlaceParties, MeetingsAndVisits, Protests, NegationModality, EventDates,
                SanctionsMentions):
    """Turns one doc's annotations into rows: ``assembler(doc, published, explain)``. The rules are the methods of
    the mixins (geoevents/engine/rules/); this class holds what they share per language (set up once) and per doc
    (set by ``__call__``) and the drivers that call them."""

    def __init__(self, lexicon: LanguageLexicon, cameo: dict[str, CameoCode], max_sentence_chars: int):
        self.lex = lexicon
        self.lang = lexicon.lang
        self.cues: Cues = lexicon.cues
        self.cameo = cameo
        self.max_sentence_chars = max_sentence_chars
        c = self.cues
        self.prepositions = c.words("prepositions")
        self.genitive_links = c.words("genitive_links")
        self.subordinators = c.words("subordinators")
        self.coordinators = c.words("coordinators")
        self.predicate_adverbs = c.words("predicate_adverbs")
        self.predicate_auxiliaries = c.words("predicate_auxiliaries")
        self.infinitive_s_endings = tuple(sorted(c.words("infinitive_s_endings")))
        self.group_joiners = c.words("group_joiners")
        self.person_pronouns = c.words("pronouns_person")
        self.any_pronouns = c.words("pronouns_any")
        self.first_person = c.words("pronouns_first_person")
        self.nominative_pronouns = c.words("pronouns_nominative")
        self.pronoun_words = self.person_pronouns | self.any_pronouns | self.first_person
        self.pronouns_only_before = c.word_lists("pronouns_only_before")
        self.person_group_nouns = c.words("person_group_nouns")
        self.complementizers = c.words("complementizers")
        self.passive_aux = c.words("passive_auxiliaries")
        self.agent_preps = c.words("agent_prepositions")
        self.object_side_openers = c.words("object_side_openers")
        self.reporting_preps = c.words("reporting_prepositions")
        self.addressee_preps = c.words("addressee_prepositions")
        self.addressee_verbs = c.words("addressee_verbs")
        self.between = c.words("between")
        self.infinitive_markers = c.words("infinitive_markers")
        self.infinitive_clause_openers = c.words("infinitive_clause_openers")
        self.command_words = c.words("command_words")
        self.role_nouns = c.words("role_nouns")
        self.role_links = c.words("role_links")
        self.determiners = c.words("determiners")
        self.actor_token_words = self.determiners | self.person_pronouns | self.any_pronouns   # _is_actor_token
        self.np_internal = c.words("np_internal")
        self.person_titles = c.words("person_titles")
        self.decision_words = c.words("decision_words")
        self.person_object_sectors = c.values("person_object_sectors")
        self.possessive_determiners = c.words("possessive_determiners")
        self.report_prepositions = c.words("report_prepositions")
        self.report_words = c.words("report_words")
        self.reported_act_roots = c.values("reported_act_roots")
        self.target_preps_default = c.words("target_prepositions")
        self.target_preps_by_root = c.word_lists("target_prepositions_by_root")
        self.speaker_fallback_roots = c.values("speaker_target_fallback_roots")
        self.complement_target_roots = c.values("complement_target_roots")
        self.cause_clause_openers = c.words("cause_clause_openers")
        self.absolute_clause_openers = c.words("absolute_clause_openers")
        self.exchange_codes = c.values("exchange_codes")
        self.holding_words = c.words("holding_words")
        self.cause_clause_target_roots = c.values("cause_clause_target_roots")
        self.accusation_roots = c.values("accusation_roots")
        self.accused_content_preps = c.words("accused_content_prepositions")
        self.accused_object_codes = c.values("accused_object_codes")
        self.charge_codes = c.values("charge_codes")
        self.charge_content_preps = c.words("charge_content_prepositions")
        self.visitor_attribute_kinds = c.words("visitor_attribute_kinds")
        self.present_plan_verbs = c.words("present_plan_verbs")
        self.inanimate_travellers = c.words("inanimate_travellers")
        # the stems of its "word*" entries: "w in words or w.startswith(stems)" is the test of every entry
        self.inanimate_traveller_stems = tuple(sorted(w[:-1] for w in self.inanimate_travellers if w.endswith("*")))
        self.present_plan_blockers = c.words("present_plan_blockers")
        self.owner_nouns = c.words("owner_nouns")
        self.owner_noun_stems = tuple(sorted(w[:-1] for w in self.owner_nouns if w.endswith("*")))   # "asset*"
        self.person_object_codes = c.values("person_object_codes")
        self.person_object_words = c.words("person_object_words")
        self.person_object_stems = tuple(sorted(w[:-1] for w in self.person_object_words if w.endswith("*")))
        self.person_object_skips = c.words("person_object_skips")
        self.person_object_links = c.words("person_object_links")
        self.accusation_links = c.words("accusation_links")
        self.demand_modals = c.words("demand_modals")
        self.locative_preps = c.words("locative_prepositions")
        self.strike_target_preps = c.words("strike_target_prepositions")
        self.felt_state_verbs = c.words("felt_state_verbs")
        self.zero_complement_pronouns = c.words("zero_complement_pronouns")
        self.addressee_experience_words = c.words("addressee_experience_words")
        self.felt_state_reflexives = c.words("felt_state_reflexives")
        # the one-word verbs of the sanctions stances ("imposed", "verhängte"): a finite verb behind a new subject
        self.sanction_stance_verbs = frozenset(str(w).lower() for words in (c.raw.get("sanction_stances") or {}).values()
                                               for w in words if " " not in str(w) and "*" not in str(w)) - \
            c.words("sanction_describing_words")
        self.flag_preps = c.words("flag_prepositions")   # "unter liberianischer Flagge": the ship's state (rules/targets.py)
        self.flag_nouns = c.words("flag_nouns")
        self.destination_source_codes = c.values("destination_source_codes")
        self.summons_destination_preps = c.words("summons_destination_prepositions")
        self.departure_source_codes = c.values("departure_source_codes")
        self.received_protest_codes = c.values("received_protest_codes")
        self.unaddressed_protest_codes = c.values("unaddressed_protest_codes")
        self.retaliation_words = c.words("retaliation_words")
        self.retaliation_cause_roots = c.values("retaliation_cause_roots")
        self.enabling_concession_codes = c.values("enabling_concession_codes")
        self.neighbour_words = c.words("neighbour_words")
        self.infinitive_intent_words = c.words("infinitive_intent")
        self.warned_response_codes = {str(k): str(v) for k, v in (c.raw.get("warned_response_codes") or {}).items()}
        self.departure_source_preps = c.words("departure_source_prepositions")
        self.destination_preps = c.words("destination_prepositions")
        self.placing_preps = c.words("placing_prepositions")
        self.placing_verbs = c.words("placing_verbs")
        self.denied_thing_articles = c.words("denied_thing_articles")
        self.contest_objects = c.index("contest_objects")
        self.support_word_families = c.word_families("support")
        self.place_target_roots = c.values("place_target_roots")
        self.place_target_exempt_codes = c.values("place_target_exempt_codes")
        self.posture_place_roots = c.values("posture_place_roots")
        self.border_nouns = c.words("border_nouns")
        self.visit_frame_words = c.words("visit_frame_words")
        self.held_frame_words = c.words("held_frame_words")
        self.held_frame_reach = c.number("held_frame_reach")
        self.completed_frame_words = c.words("completed_frame_words")
        self.visit_only_frame_words = c.words("visit_only_frame_words")
        self.frame_partner_preps = c.words("frame_partner_prepositions")
        self.titled_attribution_hostile_roots = c.values("titled_attribution_hostile_roots")
        self.generic_reference_roles = c.words("generic_reference_roles")
        self.generic_reference_institutions = c.words("generic_reference_institutions")
        self.generic_reference_words = c.words("generic_reference_words")
        self.generic_reference_stop_sectors = c.values("generic_reference_stop_sectors")
        self.national_title_prefixes = [(str(prefix).lower(), str(code))
                                        for code, prefixes in (c.raw.get("national_title_prefixes") or {}).items()
                                        for prefix in prefixes]
        self.visit_topic_preps = c.words("visit_topic_prepositions")
        self.existential_subjects = c.words("existential_subjects")
        self.existential_verbs = c.words("existential_verbs")
        self.sanction_response_words = c.words("sanction_response_words")
        self.sanction_response_prepositions = c.words("sanction_response_prepositions")
        self.behind_words = c.words("behind_words")
        self.behind_verbs = c.words("behind_verbs")
        self.speaker_object_pronouns = c.words("speaker_object_pronouns")
        self.object_pronouns = c.words("object_pronouns")
        self.joint_codes = c.codes("joint_codes")
        self.display_fire_codes = c.codes("display_fire_codes")
        self.display_fire_openers = c.words("display_fire_openers")
        self.display_fire_reach = c.number("display_fire_reach", 5)
        self.announced_support_families = c.values("announced_support_families")
        self.empathy_place_codes = c.values("empathy_place_codes")
        self.territory_codes = c.values("territory_codes")
        self.intention_nouns = c.words("intention_nouns")
        self.crowd_words = c.words("crowd_words")
        self.places = place_finder(self.lang)   # cities and regions (seeds/reference/places.csv), never actors
        self.place_preps = self.locative_preps | c.words("place_prepositions")
        self.place_links = c.words("place_links")
        self.place_words = self.place_links | c.words("place_nouns") | c.words("place_modifiers")
        self.compass_adjectives = c.words("compass_adjectives")
        self.place_object_determiners = c.words("place_object_determiners")
        self.warning_links = c.words("warning_links")
        self.warned_act_links = c.words("warned_act_links")
        self.context_codes = {str(k): {str(a): str(b) for a, b in v.items()}
                              for k, v in (c.raw.get("context_codes") or {}).items()}
        self.stance_order = [str(s) for s in c.raw.get("sanction_stance_order", [])]
        self.sanction_describing_words = c.words("sanction_describing_words")
        self.sanction_owner_links = c.words("sanction_owner_links")
        self.act_reference_nouns = c.words("act_reference_nouns")
        self.act_owner_links = c.words("act_owner_links")
        self.referring_articles = c.words("referring_articles")
        self.media_roles = c.words("media_roles")
        self.attribution_openers = c.words("attribution_openers")
        self.member_nouns = c.words("member_nouns")
        self.conditionals = c.words("conditionals")
        self.appositive_openers = c.words("appositive_openers")
        self.inclusion_openers = c.words("inclusion_openers")
        self.ethnic_words = c.words("ethnic_words")
        self.residence_preps = c.words("residence_prepositions")
        self.residence_participles = c.words("residence_participles")
        self.flight_participles = c.words("flight_participles")
        self.conferring_words = c.words("conferring_words")
        self.compass_nouns = c.words("compass_words")
        self.compass_words = self.compass_nouns | self.compass_adjectives
        self.irregular_participles = c.words("irregular_participles")
        self.means_preps = c.words("means_prepositions")
        self.suffering_verbs = c.words("suffering_verbs")
        self.agentive_participles = c.words("agentive_participles")
        self.demand_condition_openers = c.words("demand_condition_openers")
        self.pending_condition_openers = c.words("pending_condition_openers")
        self.pending_clause_openers = c.words("pending_clause_openers")
        self.awaited_clause_openers = c.words("awaited_clause_openers")
        self.clause_only_openers = c.words("clause_only_openers")
        self.present_markers = c.words("present_markers")
        self.past_markers = c.words("past_markers")
        self.suffered_roots = c.values("suffered_roots")
        self.act_setting_preps = c.words("act_setting_prepositions")
        self.target_required_codes = c.values("target_required_codes")
        self.contrast_coordinators = c.words("contrast_coordinators")
        self.currency_words = c.words("currency_words")
        self.ultimatum_words = c.words("ultimatum_words")
        self.condition_words = self.conditionals | self.ultimatum_words   # asked per fragment of every trigger
        self.response_modal_words = c.words("response_modals")
        self.member_links = c.words("member_links")
        self.subject_modifier_preps = c.words("subject_modifier_prepositions")
        self.agency_nouns = c.words("agency_nouns")
        self.nominative_possessives = c.words("nominative_possessives")
        self.place_institution_sectors = c.values("place_institution_sectors")
        self.seat_sectors = c.values("seat_sectors")
        self.seat_preps = c.words("seat_prepositions")
        self.continued_speech_words = c.words("continued_speech_words")
        self.continuation_speech_words = c.words("continuation_speech_words")
        self.continuation_pronouns = c.words("continuation_pronouns")
        self.time_distance_units = c.words("time_distance_units")
        self.time_distance_links = c.words("time_distance_links")
        self.time_distance_counts = c.words("time_distance_counts")
        self.poll_words = c.words("poll_words")
        self.poll_word_endings = tuple(sorted(self.poll_words))   # German: also at the end of a word
        self.participle_speech_words = c.words("participle_speech_words")
        self.material_conflict_roots = c.words("material_conflict_roots")
        self.saying_participles = c.words("saying_participles")
        self.state_reference_nouns = c.words("state_reference_nouns")
        self.enforcement_sectors = c.values("enforcement_sectors")
        days_after = c.nested("days_after")
        self.days_after_numbers = days_after.numbers("numbers")
        self.days_after_units = days_after.words("units")
        self.days_after_links = days_after.words("links")
        self.neuter_pronouns = c.words("neuter_pronouns")
        self.demonstrative_objects = c.words("demonstrative_objects")
        self.object_links = c.words("object_links")
        # "anti-American protesters", "pro-Russian separatists": neither are the state
        self.opposing_prefixes = c.words("opposing_prefixes") | c.words("supporting_prefixes")
        self.affiliation_suffixes = c.words("affiliation_suffixes")
        self.predicative_markers = c.words("predicative_markers")
        self.comparison_words = c.words("comparison_words")
        self.definite_reference_articles = c.words("definite_reference_articles")
        self.definite_reference_reach = c.number("definite_reference_reach")
        # "the island's president", "des Golfstaats": a state described by its kind (rules/actors.py _kind_reference)
        self.claim_apposition_nouns = c.words("claim_apposition_nouns")   # "..., the army said, a claim X denied"
        self.mediation_codes = c.values("mediation_codes")   # "..., die von X vermittelt worden war": 045
        self.separate_meeting_words = c.words("separate_meeting_words")   # "held separate talks with A and B"
        self.state_kind_descriptions = {tuple(str(kind).lower().split()): frozenset(str(c) for c in codes)
                                        for kind, codes in (c.raw.get("state_kind_descriptions") or {}).items()}
        self.predicative_support_families = c.words("predicative_support_families")
        self.infinitive_support_families = c.words("infinitive_support_families")
        self.predicative_adjectives = c.words("predicative_adjectives")
        self.indefinite_articles = c.words("indefinite_articles")
        self.topic_phrases = [tuple(str(p).lower().split()) for p in c.raw.get("topic_phrases", [])]
        self.topic_target_roots = c.values("topic_target_roots")
        self.separable_prefixes = c.words("separable_prefixes")
        self.feminine_noun_endings = tuple(sorted(c.words("feminine_noun_endings")))
        self.participle_prefixes = tuple(f"{p}ge" for p in sorted(self.separable_prefixes))
        self.inseparable_prefixes = tuple(sorted(c.words("inseparable_prefixes")))
        # a separable prefix before an inseparable one takes no ge- ("einbestellt", "anerkannt", "vorbereitet")
        self.separable_inseparable_prefixes = tuple(sorted(f"{p}{q}" for p in self.separable_prefixes
                                                           for q in self.inseparable_prefixes))
        self.past_passive_aux = c.words("past_passive_auxiliaries")
        self.present_passive_aux = c.words("present_passive_auxiliaries")
        self.future_infinitives_after_participle = c.words("future_infinitives_after_participle")
        self.perfect_passive_finites = c.words("perfect_passive_finites")
        self.deployment_words = c.words("deployment_words")
        self.deployment_preps = c.words("deployment_prepositions")
        self.domestic_sectors = c.values("domestic_sectors")
        own = c.nested("own_state_target")
        self.own_state_roots = own.values("roots")
        self.own_state_codes = tuple(sorted(own.values("codes")))   # code prefixes (str.startswith)
        self.own_state_sources = own.values("state_sectors")
        self.own_state_groups = own.values("group_sectors")
        self.own_state_group_roots = own.values("group_act_roots")
        self.own_state_stateless_kinds = own.values("stateless_kinds")
        self.own_state_place_roots = own.values("place_only_roots")
        self.own_state_vehicle_codes = tuple(sorted(own.values("vehicle_codes")))
        self.dates = DateResolver(self.lang, c.raw)
        span = c.raw.get("history_span") or {}
        openers, joiners = [re.escape(str(w)) for w in span.get("openers", [])], \
            [re.escape(str(w)) for w in span.get("joiners", [])]
        year = r"(1[5-9]\d\d|20\d\d)"
        # "between 1870 and 1945", "zwischen 1870 und 1945": a span of years (rules/event_dates.py _historical)
        self.history_span_re = re.compile(rf"\b(?:{'|'.join(openers)})\s+{year}\s+(?:{'|'.join(joiners)})\s+{year}\b",
                                          re.IGNORECASE) if openers and joiners else None
        self.history_min_years = int(span.get("min_years", 20))
        ends = c.nested("date_end_markers")
        self.date_end_words = ends.words("words")
        self.date_end_links = ends.words("links")
        self.next_date_words = c.words("next_date_words")   # "next Tuesday": the coming one
        self.official_protest_codes = c.codes("official_protest_codes")
        self.official_sectors = c.values("official_sectors")
        self.official_kinds = c.values("official_kinds")
        self.date_words = frozenset(self.dates.weekdays) | frozenset(self.dates.months)   # "on Monday", "on May 3"
        self.min_quote_words = c.number("min_quote_words", 3)
        self.backshifted_future = c.words("backshifted_future")
        self.deployed_sectors = c.values("deployed_sectors")
        self.deployed_roles = c.values("deployed_roles")
        self.non_visiting_sectors = c.values("non_visiting_sectors")
        self.non_visitor_words = c.words("non_visitor_words")
        self.local_negation = c.words("local_negation")
        self.approximators = c.words("approximators")
        self.partitive_prepositions = c.words("partitive_prepositions")   # "48 von 55 russischen Drohnen"
        self.approximator_pairs = frozenset(tuple(p.split()) for p in c.words("approximator_phrases")
                                            if len(p.split()) == 2)
        self.unilateral_support = c.words("unilateral_support")
        self.receiving_words = c.words("receiving_words")
        self.giver_preps = c.words("giver_prepositions")
        self.name_homographs = c.words("name_homographs")
        self.verb_noun_articles = c.words("verb_noun_articles")
        self.perfect_gerunds = c.words("perfect_gerunds")
        self.rank_adjectives = c.words("rank_adjectives")
        self.negation_words = c.words("negation")   # its one-word entries ("nicht", "kein")
        self.intent_threat_codes = c.codes("intent_threat_codes")
        self.refusal_modals = c.words("refusal_modals")
        self.strict_support_families = c.values("strict_support_families")
        self.refusal_reach = c.number("refusal_negation_reach", 1)
        self.refusal_codes = c.codes("refusal_codes")
        self.sanction_object_links = c.words("sanction_object_links")
        self.goal_nouns = c.words("goal_nouns")
        self.preceding_support_families = c.values("preceding_support_families")
        self.demand_codes = c.codes("demand_codes")
        self.claim_words = c.words("claim_words")
        self.commitment_words = c.words("commitment_words")
        self.reflexive_pronouns = c.words("reflexive_pronouns")
        self.claimable_roots = c.values("claimable_roots")
        self.reported_accusation_roots = c.values("reported_accusation_roots")
        self.accusing_speech_words = c.words("accusing_speech_words")
        self.act_announcing_words = c.words("act_announcing_words")
        self.amount_words = c.words("amount_words")
        self.counterpart_roles = c.values("counterpart_roles")
        self.fire_origin_roots = c.values("fire_origin_roots")
        self.commenting_roots = c.values("commenting_roots")
        self.planned_attribute_roots = c.values("planned_attribute_roots")
        self.failed_meeting_roots = c.values("failed_meeting_roots")
        self.postponing_words = c.words("postponing_words")
        self.cancelled_meeting_code = str(c.raw.get("cancelled_meeting_code") or "")
        self.failed_meeting_overrides = c.words("failed_meeting_overrides")
        self.halted_violence_roots = c.values("halted_violence_roots")
        self.halted_violence_codes = c.codes("halted_violence_codes")
        self.halted_violence_reach = c.number("halted_violence_reach", 4)
        self.halted_violence_closing = c.words("halted_violence_closing")
        self.threat_content_links = c.words("threat_content_links")
        self.halted_violence_target_preps = c.words("halted_violence_target_prepositions")
        self.time_span_links = c.words("time_span_links")
        self.closing_support_families = c.values("closing_support_families")
        self.attribution_only_words = c.words("attribution_only_words")
        self.aid_request_codes = c.codes("aid_request_codes")
        self.aid_request_links = c.words("aid_request_links")
        self.aid_request_verbs = c.words("aid_request_verbs")
        self.plain_verb_families = c.words("plain_verb_families")
        self.refined_codes = c.value_lists("refined_codes")
        self.time_prepositions = c.words("time_prepositions")
        self.reason_prepositions = c.words("reason_prepositions")
        self.talk_topic_prepositions = c.words("talk_topic_prepositions")
        self.apposition_articles = c.words("apposition_articles")
        self.intent_modals = c.words("intent_modals")
        self.appeal_roots = c.values("appeal_roots")
        self.released_document_nouns = c.words("released_document_nouns")
        self.talk_words = c.words("talk_words")
        self.talk_object_verbs = c.words("talk_object_verbs")
        self.possessive_reason_preps = c.words("possessive_reason_prepositions")
        self.particle_verbs = c.words("particle_verbs")
        self.possessive_markers = c.words("possessive_markers")
        self.act_object_preps = c.words("act_object_prepositions")
        self.reversal_words = c.words("reversal_words")
        self.preparation_codes = c.codes("preparation_codes")
        self.origin_preps = c.words("origin_prepositions")
        self.people_origin_preps = c.words("people_origin_prepositions")
        self.oblique_determiners = c.words("oblique_determiners")
        self.feminine_dative_article = c.words("feminine_dative_article")
        self.singular_determiners = c.words("singular_determiners")   # (the German fronted object, rules/sources.py)
        self.thing_subject_roots = c.values("thing_subject_roots")
        self.agentive_nouns = tuple(sorted(c.words("agentive_nouns")))   # (str.endswith)
        # words that open no first position of an object: a phrase of place or time, a clause, a pronoun
        self.fronting_blockers = self.prepositions | self.coordinators | self.subordinators | self.pronoun_words | \
            self.neuter_pronouns
        self.masculine_names = c.words("masculine_names")
        self.weak_oblique_endings = tuple(c.words("weak_oblique_endings"))
        self.strong_oblique_endings = tuple(c.words("strong_oblique_endings"))
        self.adjective_endings = tuple(c.words("adjective_endings"))
        self.nominative_determiners = c.words("nominative_determiners")
        self.perfect_auxiliaries = c.words("perfect_auxiliaries")
        self.fronting_finites = self.perfect_auxiliaries | self.predicate_auxiliaries   # (rules/sources.py)
        self.summit_member_words = c.words("summit_member_words")
        self.summit_member_heads = c.words("summit_member_heads")
        self.summit_kinds = c.words("summit_kinds")
        self.made_offer_codes = c.words("made_offer_codes")
        # a German clause with one of these before its last word is verb second (_relative_clause)
        self.finite_auxiliaries = self.perfect_auxiliaries | self.predicate_auxiliaries | self.passive_aux
        self.english_auxiliaries = self.passive_aux | self.perfect_auxiliaries | c.words("response_modals") | \
            c.words("local_negation") if self.lang == "en" else frozenset()
        self.relative_pronouns = c.words("relative_pronouns")
        self.object_relatives = c.words("object_relatives")
        self.possessive_relatives = c.words("possessive_relatives")
        self.restrictive_relatives = c.words("restrictive_relatives")
        # rows that share a pattern ("blockade" 191 / 0872, "curfew" 0813 / 1723): their support family decides
        readings: dict[tuple[str, str], list[TriggerEntry]] = {}
        for entry in lexicon.triggers:
            readings.setdefault((entry.pattern.lower(), entry.pos), []).append(entry)
        self.readings = {key: entries for key, entries in readings.items() if len(entries) > 1}
        # ... and those whose rows are a saying and another act ("rejected the allegations" 016, "rejected the
        # proposal" 120): their reading is chosen before the sayings are taken (_speech_reading)
        self.speech_readings = frozenset(key for key, entries in self.readings.items()
                                         if len({e.frame == "speech" for e in entries}) > 1)
        self.word_facts = WordMemo(self._word_facts, _WORD_FACTS_LIMIT)   # keys -> facts, 0 for a plain word
        # keys -> the families of the support patterns the word starts (_support_families_near)
        support_index = self.cues.index("support")
        self.support_families_of = WordMemo(lambda keys: frozenset(p.payload for p in support_index.candidates(keys)),
                                            _WORD_FACTS_LIMIT)
        # keys -> the surface form alone (most words: the keys themselves)
        self.surface_keys = WordMemo(lambda keys: keys if len(keys) == 1 else (keys[0],), _WORD_FACTS_LIMIT)

    def _word_facts(self, keys: tuple[str, ...]) -> WordFacts | int:
        lower = keys[0]
        surface = keys if len(keys) == 1 else (keys[0],)
        cue_index = self.cues.index
        cues = {name: found for name in SCANNED_CUES
                if (found := cue_index(name).candidates(surface if name in SURFACE_CUES else keys))}
        facts = WordFacts(cues, lower in FRAGMENT_BREAKS or lower in self.subordinators or lower in self.coordinators or
                          lower in self.pending_condition_openers or lower in self.zero_complement_pronouns,
                          lower in self.pronoun_words, cue_index("group_references").candidates(keys),
                          cue_index("sanction_words").candidates(head_keys(keys)) +
                          cue_index("trade_measure_words").candidates(head_keys(keys)), lower in self.infinitive_markers,
                          self.lang == "de" and len(lower) > 8 and "zu" in lower[2:-3] and lower.endswith("en"))
        return facts if (cues or facts.cuts or facts.pronoun or facts.group_references or facts.sanction_words or
                         facts.infinitive_marker or facts.long_zu) else 0

    def __call__(self, doc: Doc, published: date | None,
                 explain: bool = True) -> tuple[ExtractionResult, list[dict[str, Any]]]:
        """The result and, when ``explain``, per sentence the actors and triggers found and the decisions taken
        (else an empty list)."""
        if "_setup_attributes" not in self.__dict__:   # what __init__ set; _forget_doc keeps these
            self._setup_attributes = frozenset(self.__dict__) | {"_setup_attributes"}
        self.doc = doc
        table = self.table = token_table(doc)
        self.text = table.doc_text     # Doc.text would re-join every token
        self.published = published
        self.explain: list[dict[str, Any]] = []
        sentences = self.sentence_spans = [table.span(start, end) for start, end in sentence_bounds(doc)]
        result = ExtractionResult(language=self.lang, n_sentences=len(sentences), n_tokens=len(doc))
        self.result = result
        self.paragraph_starts = doc.user_data.get(SENTS_KEY, [0])
        self.quotes: list[Quote] = doc.user_data.get(QUOTES_KEY, [])
        self.quote_opens = [quote.open_token for quote in self.quotes]   # ascending: find_quotes sorts them
        # per token the first quote (in list order) whose content holds it: written in reverse order, so that the
        # first one's slice write comes last
        self.in_quote = [None] * len(doc)
        for quote in reversed(self.quotes):
            inside = quote.end_token - quote.open_token - 1
            if inside > 0:
                self.in_quote[quote.open_token + 1:quote.end_token] = [quote] * inside
        self.keys = doc_keys(doc)
        self.lower, self.idx, self.token_text = table.lower, table.idx, table.text
        self.punct, self.space, self.newline = table.punct, table.space, table.newline
        self.space_tokens = list(itertools.compress(range(len(self.space)), self.space))
        self.next_space = next_space_index(self.space_tokens, len(self.space))   # what _words_between asks first
        self.alpha, self.like_num = table.alpha, table.like_num
        self.surface = list(map(self.surface_keys.__getitem__, self.keys))
        # lexicon look-ups of every token, once per doc (sentences slice them): one look-up of the word's facts
        facts = self.facts = list(map(self.word_facts.__getitem__, self.keys))
        fact_tokens = list(itertools.compress(range(len(facts)), facts))   # the tokens that have any
        self.group_reference_words = {i: facts[i].group_references for i in fact_tokens
                                      if facts[i].group_references}
        punct = self.punct
        sanction_starts = [i for i in fact_tokens if facts[i].sanction_words and not punct[i]]
        # tokens that can cut a fragment or be a pronoun/reference: the sentence loops visit only these
        self.cut_tokens = sorted({i for i in fact_tokens if facts[i].cuts} |
                                 set(itertools.compress(range(len(facts)), self.newline)))
        self.reference_tokens = [i for i in fact_tokens if facts[i].pronoun or facts[i].group_references]
        self.infinitive_tokens = [i for i in fact_tokens if facts[i].infinitive_marker or facts[i].long_zu]
        self.cue_starts: dict[str, tuple[list[int], list[list[Pattern]]]] = {name: ([], []) for name in SCANNED_CUES}
        for i in fact_tokens:
            for name, patterns in facts[i].cues.items():
                starts = self.cue_starts[name]
                starts[0].append(i)
                starts[1].append(patterns)
        self.cue_memo: dict[tuple[str, int, int], str | None] = {}
        self.support_memo: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self.support_family_memo: dict[tuple[int, int], frozenset[str]] = {}   # _support_families_near
        self.sentence_support_families: frozenset[str] | None = None
        self.nominal_memo = None
        self.actors = self._residents(self._resolve_actors(doc.user_data.get(ACTORS_KEY, [])))
        self.actors_at: dict[tuple[int, int], list[Actor]] = {}   # (tok_start, tok_end) -> actors, in doc order
        self.in_actor = [False] * len(doc)   # per token: inside some actor's tokens
        for actor in self.actors:
            self.actors_at.setdefault((actor.tok_start, actor.tok_end), []).append(actor)
            if actor.tok_end > actor.tok_start:
                self.in_actor[actor.tok_start:actor.tok_end] = [True] * (actor.tok_end - actor.tok_start)
        # the rules ask whether an actor overlaps or starts in a token range by bisection (_actor_overlaps,
        # _actor_starts_in) instead of a scan of every actor of the doc (~50 per article) per question
        self.actor_starts, self.actor_reach = actor_index(self.actors)
        self.history: list[Group] = []          # groups seen so far, for pronoun resolution
        self.clause_coordinators: set[int] = set()   # coordinators opening a clause with its own subject (_fragments)
        # (sentence index, imposer, target) of the sanctions imposed or extended so far: what "the extension of the
        # sanctions" a later critic condemns refers to (SanctionsMentions._earlier_sanctions)
        self.imposed_sanctions: list[tuple[int, Group, Group | None]] = []
        # (sentence index, subjects of its rows and statements, agents of its acts): what a German "es" or a
        # demonstrative "das"/"that" of the next sentence may refer to (References._neuter_subject, _demonstrative_act)
        self.sentence_subjects: tuple[int, list[Group], list[Group]] = (-1, [], [])
        self.statements: list[StatementInfo] = []
        triggers: list[TriggerHit] = doc.user_data.get(TRIGGERS_KEY, [])
        trig_i = 0
        actor_i = 0
        for s_index, sent in enumerate(sentences):
            end = sent.end
            if sent.end_char - sent.start_char > self.max_sentence_chars:
                result.truncated = True
                limit = sent.start_char + self.max_sentence_chars
                end = sent.start
                while end < sent.end and table.end_char(end) <= limit:
                    end += 1
            span = sent if end == sent.end else table.span(sent.start, end)
            sent_actors = []
            while actor_i < len(self.actors) and self.actors[actor_i].tok_start < sent.end:
                if self.actors[actor_i].tok_start >= sent.start and self.actors[actor_i].tok_end <= end:
                    sent_actors.append(self.actors[actor_i])
                actor_i += 1
            sent_triggers = []
            while trig_i < len(triggers) and triggers[trig_i].tok_start < sent.end:
                if triggers[trig_i].tok_start >= sent.start and _last_token(triggers[trig_i]) < end:
                    sent_triggers.append(triggers[trig_i])
                trig_i += 1
            for actor in sent_actors:
                result.actor_mentions.append(new_actor_mention(actor.start_char, actor.end_char, actor.code,
                                                               actor.sector, self.text[actor.start_char:actor.end_char],
                                                               s_index, actor.entry_id))
            self.decisions = []
            if explain:   # the per-sentence record costs texts: built only when asked for
                self.explain.append({
                    "sentence_index": s_index, "text": self.text[span.start_char:span.end_char][:300],
                    "actors": [{"text": a.text, "code": a.code, "sector": a.sector, "person": a.person,
                                "entry_id": a.entry_id} for a in sent_actors],
                    "triggers": [{"text": self._trigger_text(t), "entry_id": t.entry.entry_id,
                                  "cameo_code": t.entry.cameo_code} for t in sent_triggers],
                    "decisions": self.decisions})
            sanction_tokens = sanction_starts[bisect.bisect_left(sanction_starts, span.start):
                                              bisect.bisect_left(sanction_starts, span.end)]
            if not sent_triggers and not sanction_tokens and not self._unattributed_quotes(span) and \
                    not self._continued_quote(span):
                self._remember(sent_actors, span)
                continue
            self.fresh_groups = None
            self._sentence(s_index, span, sent_actors, sent_triggers, sanction_tokens)
            self._remember(sent_actors, span, self.fresh_groups)
        explain_records = self.explain
        self._forget_doc()
        return result, explain_records

    def _forget_doc(self) -> None:
        """Drop what the attributes set while coding a doc (everything not set up by __init__) hold: the doc's
        objects are freed with the doc, not kept until the next one (the cyclic GC would walk them again and again).
        The attributes stay, set to None: deleting them and adding them again with the next doc moved every
        attribute in the instance dict now and then, which made the interpreter's cached attribute look-ups miss."""
        values = self.__dict__
        for name in [name for name in values if name not in self._setup_attributes]:
            values[name] = None

    def _sentence(self, s_index: int, span: TokenSpan, actors: list[Actor], triggers: list[TriggerHit],
                  sanction_tokens: list[int]) -> None:
        self.nominal_memo = None   # (_nominal: kept only once span, fragments and groups are this sentence's)
        list_commas = self._list_commas(actors, triggers)
        fragments = self._fragments(span, triggers, list_commas)
        if not fragments:
            return
        groups = self._groups(actors, span, list_commas, triggers)
        # the history gets the same groups as they were built (the rules below never change them, copies keep
        # it so): building them again at the sentence end cost as much as here
        self.fresh_groups = [g.copy() for g in groups]
        frag_of: dict[int, Fragment] = {}   # token -> its fragment (the fragments are disjoint and ascending)
        for frag in fragments:
            frag_of.update(dict.fromkeys(range(frag.tok_start, frag.tok_end), frag))
        dateline_end = self._dateline_end(span)
        for group in groups:
            frag = frag_of.get(group.tok_start)
            if frag is not None and group.tok_start >= dateline_end:
                frag.groups.append(group)
        pronoun_words = self.pronoun_words
        group_reference_words = self.group_reference_words
        lowers = self.lower
        reference_tokens = self.reference_tokens
        references = reference_tokens[bisect.bisect_left(reference_tokens, fragments[0].tok_start):
                                      bisect.bisect_left(reference_tokens, fragments[-1].tok_end)]
        # (most sentences hold no pronoun or reference word: the actors' tokens are collected only for those that do)
        actor_tokens = {i for a in actors for i in range(a.tok_start, a.tok_end)} if references else set()
        for frag in fragments if references else ():
            for i in reference_tokens[bisect.bisect_left(reference_tokens, frag.tok_start):
                                      bisect.bisect_left(reference_tokens, frag.tok_end)]:
                if i in actor_tokens:
                    continue        # "US" is a country, not the pronoun "us"
                if lowers[i] in pronoun_words and self._pronoun_here(i, frag) or \
                        i in group_reference_words and self._is_group_reference(i, frag.tok_end):
                    frag.pronouns.append(i)
        self.dates_found = False   # the date search waits for the first row to date (half the sentences have none)
        self.fragments = fragments
        self.sentence_support_families = None   # _support_families_near, for these fragments
        self.frag_of = frag_of
        if self.speech_readings:
            triggers = [self._speech_reading(t) for t in triggers]
        self.sentence_triggers = triggers
        # a threat word (root 13) in the sentence: only then can an act be its content behind it or before it
        self.sentence_threat = any(t.entry.cameo_code[:2] == "13" for t in triggers)
        self.sentence_index = s_index
        self.span = span
        self.nominal_memo: dict[int, tuple[TriggerHit, bool]] | None = {}
        self.paragraph = self._paragraph_of(span.start)
        self.coded_triggers: list[tuple[TriggerHit, Group, Group | None, str]] = []
        # governing rows (roots GOVERNING_ROOTS) whose source is nobody named: their content is still no act
        self.unnamed_governing: list[tuple[TriggerHit, Group | None, Group | None, str]] = []
        self.deferred_intents: list[TriggerHit] = []   # intent words waiting for the act after them
        self.reflexive_acts: list[tuple[TriggerHit, Group, Group | None, str]] = []
        self.described_agent_acts: list[TriggerHit] = []   # "an airstrike by government troops": nobody named
        self.demand_scopes: list[tuple[int, int]] = []   # (modal, end) of a reported demand's content
        # rows are made with the index of the sentence being coded: this sentence's rows are the ones added from here
        self.sentence_first_event = len(self.result.events)
        self.sentence_reporting = next((self._group_text(g) for g in groups if g.prep in self.reporting_preps), None)
        speech = [t for t in triggers if t.entry.frame == "speech" and self.in_quote[t.tok_start] is None
                  and not self._speech_word_before_act_noun(t, triggers) and not self._denied_thing(t)
                  and not self._trade_list_verb(t) and not self._contested_event(t)]
        self._statements(speech)
        self._carried_quotes(span, speech)
        self.relative_events: set[int] = set()   # ids of the rows of acts told in a relative clause
        for trig in triggers:
            if trig.entry.frame == "speech":
                if self.in_quote[trig.tok_start] is not None:
                    self._veto(trig.entry, "speech word inside a quote is not coded")
                continue
            made = len(self.result.events)
            self._content_event(trig)
            if len(self.result.events) > made and self.frag_of[trig.tok_start].relative:
                self.relative_events.update(id(e) for e in self.result.events[made:])
        for trig in self.deferred_intents:
            # "is willing to send equipment to help defend Moldova": no later act was coded, so the intent
            # word is the commitment itself (030)
            # A sanctions word proper behind it is that act ("stood ready to tighten sanctions on Russian oil
            # exports": the imposition, 163 future, by the sanctions rule below; no 030/0311 of its own); a trade
            # measure word is not ("agreed to resume direct flights ... and to expand trade" stays the intent)
            if not any(other.tok_start >= trig.tok_end for other, _s, _t, _c in self.coded_triggers) and \
                    not any(i >= trig.tok_end and any(p.payload == "sanction_words" for p in self.facts[i].sanction_words)
                            for i in sanction_tokens):
                self._content_event(trig, intent_alone=True)
        for i in sanction_tokens:
            self._sanction(i)
        self._conditional_threat()
        self._retaliation_targets()
        self._threat_targets()
        self._ultimatum()
        self._claims()
        self._dedupe_sentence()
        subjects = [source for _trig, source, _target, _code in self.coded_triggers] + \
            [st.speaker for st in self.statements if st.sentence_index == s_index and st.event is not None]
        # (a comment's own object may be what "das" refers to: "Polen kritisierte das Vorgehen der Ukraine. Das
        # kritisierte auch Deutschland")
        agents = [source for _trig, source, _target, code in self.coded_triggers
                  if code[:2] not in self.commenting_roots]
        # sanctions and trade measures imposed or extended in the sentence ("Peking verhängte Strafzölle ...": "die
        # Maßnahme" of the next sentence is China's)
        agents += [imposer for index, imposer, _target in self.imposed_sanctions if index == s_index]
        self.sentence_subjects = (s_index, subjects, agents)

    def _dedupe_sentence(self) -> None:
        """One row per (code, source, target, negation) and sentence: "threatened sanctions" is both a trigger and a
        sanctions mention; the first coded row (with its rule) is kept."""
        events = self.result.events
        first = self.sentence_first_event
        mine = [e for e in events[first:] if e.statement is None]
        if not mine:
            return
        dropped: set[int] = set()
        for row in list(mine):
            if not row.rule_id.startswith(SANCTION_RULE_PREFIXES):
                continue
            verbs = [e for e in mine if not e.rule_id.startswith(SANCTION_RULE_PREFIXES) and
                     e.cameo_root == row.cameo_root
                     and e.source_actor == row.source_actor and e.negated == row.negated]
            if not verbs:
                continue
            # "drohte Peking mit Sanktionen": one act; keep the specific code (1312) with the verb's target, and
            # with each of its targets: "threatened Iran and Cuba with sanctions" is 1312 USA->IRN and USA->CUB
            if verbs[0].cameo_code == verbs[0].cameo_root + "0":
                verbs = [e for e in verbs if e.cameo_code == verbs[0].cameo_code]
                for n, verb in enumerate(verbs):
                    copy = row if n == 0 else dataclasses.replace(row)
                    copy.target_actor, copy.target_sector, copy.target_text = \
                        verb.target_actor, verb.target_sector, verb.target_text
                    if n:
                        events.insert(next(i for i, e in enumerate(events) if e is row) + n, copy)
                        mine.append(copy)
                    dropped.add(id(verb))
            else:
                dropped.add(id(row))
                for verb in verbs[:1]:
                    if verb.target_actor is None and row.target_actor is not None and \
                            not any(e.cameo_code == verb.cameo_code and e.target_actor == row.target_actor
                                    for e in verbs):
                        # "verurteilte die von den USA verhängten Sanktionen": the verb's act is on their imposer
                        verb.target_actor, verb.target_sector, verb.target_text = \
                            row.target_actor, row.target_sector, row.target_text
        # "am Rande eines Treffens zusammengekommen", "traveled to Kyiv to meet Zelensky": one meeting, coded by its
        # specific form (044 third location, 042 visit); the generic 040 rows of the same parties are dropped
        # A visit named as the time of the meeting ("held talks with Suleiman during a visit to Beirut", "traf Xi
        # während seines Besuchs in Peking"; cues visit_frame_words) is a second event beside it, not its form
        framed = {trig.entry.entry_id for trig, _s, _t, _c in self.coded_triggers if trig.entry.mode == "visit" and
                  any(self.lower[i] in self.visit_frame_words for i in range(max(0, trig.tok_start - 3),
                                                                             trig.tok_start))}
        specific = {frozenset((e.source_actor, e.target_actor)) for e in mine
                    if e.cameo_root == "04" and e.cameo_code != "040" and not e.negated and
                    not any(e.rule_id.endswith(entry_id) for entry_id in framed)}
        for e in mine:
            if e.cameo_code == "040" and frozenset((e.source_actor, e.target_actor)) in specific:
                dropped.add(id(e))
        # "withdrew its peacekeepers": the verb (166) and its object (1661) read one act; the more specific code
        # below the general one is kept, with the general row's target when it has none; so is a code the cues name
        # as the finer reading of a general one ("withdrew its envoy from Moscow": 161 recall, not 166; cues
        # refined_codes)
        for e in mine:
            finer = next((o for o in mine if (len(o.cameo_code) > len(e.cameo_code) and
                                              o.cameo_code.startswith(e.cameo_code) or
                                              o.cameo_code in self.refined_codes.get(e.cameo_code, ())) and
                          o.source_actor == e.source_actor and
                          o.negated == e.negated and id(o) not in dropped and
                          (o.target_actor is None or e.target_actor is None or o.target_actor == e.target_actor)),
                         None)
            if finer is None or id(e) in dropped:
                continue
            if finer.target_actor is None and e.target_actor is not None:
                finer.target_actor, finer.target_sector, finer.target_text = \
                    e.target_actor, e.target_sector, e.target_text
            dropped.add(id(e))
        seen = set()
        kept = []
        for event in events[first:]:
            if id(event) in dropped:
                continue
            if event.statement is not None:
                kept.append(event)
                continue
            key = (event.cameo_code, event.source_actor, event.target_actor, event.negated)
            if event.cameo_root == "14":   # "demonstrators rioted", "staged a protest ... hunger strike": one protest
                key = (event.cameo_root, event.source_actor, event.negated)
            elif event.event_type == "ASSAULT":   # "shelled Juba, killing 20": one attack per attacker and target
                # (an attack told in a relative clause is another one: "Die Ukraine, die seit 2022 von Russland
                # angegriffen wird, erklärte, Russland habe Kiew bombardiert")
                key = ("ASSAULT", event.source_actor, event.target_actor, event.negated,
                       id(event) in self.relative_events)
                if event.target_actor is None and any(
                        o.event_type == "ASSAULT" and o.source_actor == event.source_actor and o.target_actor
                        and o.negated == event.negated and o.statement is None and id(o) not in dropped
                        for o in events[first:]):
                    continue
            if key not in seen:
                seen.add(key)
                kept.append(event)
        events[first:] = kept

    def _pronoun_here(self, i: int, frag: Fragment) -> bool:
        """A pronoun word that is one only before some verbs (cues pronouns_only_before: German "es werde") has one
        of them right behind it."""
        verbs = self.pronouns_only_before.get(self.lower[i])
        return verbs is None or self.lower[self._next_word(i, frag.tok_end)] in verbs

    def _veto(self, entry: TriggerEntry, why: str) -> None:
        """Record that the trigger of ``entry`` produced no event and why (the --explain decisions); returns None, so
        a veto that ends the trigger's coding reads ``return self._veto(entry, "...")``."""
        self.decisions.append({"trigger": entry.entry_id, "emitted": False, "why": why})

    def _add(self, event: Event | None) -> int:
        if event is None:
            return 0
        self.result.events.append(event)
        return 1

    def _group_text(self, group: Group) -> str:
        if not group.members:
            return ""
        if group.pronoun:
            return " und ".join(m.text for m in group.members) if self.lang == "de" else \
                " and ".join(m.text for m in group.members)
        return self.text[group.members[0].start_char:group.members[-1].end_char]

    def _make_event(self, code: str, rule: str, trigger_text: str, source: Actor, target: Actor | None,
                    ev_start: int, ev_end: int, negated: bool, modality: str, day, precision: str,
                    date_text: str | None, reporting: str | None, entry) -> Event | None:
        cameo = self.cameo.get(code)
        if cameo is None:
            self.decisions.append({"code": code, "emitted": False, "why": "code not in the CAMEO table"})
            return None
        root = self.cameo.get(code[:2])
        mode = (entry.mode if entry is not None and entry.mode else None) or cameo.plover_mode
        context = (entry.context if entry is not None and entry.context else None) or cameo.plover_context
        # positional, in the order of Event's fields (EVENT_FIELD_ORDER, checked at import): naming its 26 fields cost
        # ~4 µs a call in the interpreter's keyword matching against ~1 µs (~1 % of the engine)
        return Event(
            self.sentence_index, ev_start, ev_end, self.text[ev_start:ev_end], trigger_text, code,
            cameo.plover_type or (root.plover_type if root else ""),                     # event_type
            source.code, source.sector, source.text,                                     # source_*
            target.code if target else None, target.sector if target else None,         # target_*
            (target.text or None) if target else None,
            negated, modality, day, precision, date_text, reporting, rule, self.lang,    # ... rule_id, language
            code[:2], mode, context, cameo.quad_class, cameo.goldstein)                  # cameo_root ... goldstein


# Every rule is also an attribute of Assembler itself (the same function object as in its mixin): the interpreter's
# type attribute cache misses now and then, and a miss walks the method resolution order, 19 classes; with the rules
# here a miss for one ends at the first class. Instructions per warm pass over 100 articles: +0.55 % for the split
# without this, -0.09 % and -0.03 % (two runs) with it, against the one class (docs/benchmark.md).
for _mixin in Assembler.__mro__[1:-1]:
    for _name, _rule in vars(_mixin).items():
        if inspect.isfunction(_rule):
            setattr(Assembler, _name, _rule)
del _mixin, _name, _rule

# the order _make_event passes Event's fields in
EVENT_FIELD_ORDER = ("sentence_index", "char_start", "char_end", "evidence_text", "trigger_text", "cameo_code",
                     "event_type", "source_actor", "source_sector", "source_text", "target_actor", "target_sector",
                     "target_text", "negated", "modality", "event_date", "date_precision", "date_text",
                     "reporting_source", "rule_id", "language", "cameo_root", "plover_mode", "plover_context",
                     "quad_class", "goldstein")
if tuple(f.name for f in dataclasses.fields(Event))[:len(EVENT_FIELD_ORDER)] != EVENT_FIELD_ORDER:
    raise ImportError("Event's fields changed order: update Assembler._make_event and EVENT_FIELD_ORDER")
