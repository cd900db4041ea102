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
  ("killed 23 people when they blew themselves up in Tel Aviv"; rule prefix "place_target:"); violence by nobody
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
  on itself, which has no event: "said that Iraq had attacked themselves"). A negated report ("did not say that
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
"""
from __future__ import annotations

import bisect
import dataclasses
import itertools
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc

from geoevents.engine.components import (ACTORS_KEY, QUOTES_KEY, SENTS_KEY, TRIGGERS_KEY, ActorHit, Quote,
                                         TokenSpan, TriggerHit, doc_keys, head_keys, new_trigger_hit, sentence_bounds,
                                         token_table)
from geoevents.engine.dates import DateMention, DateResolver
from geoevents.engine.lexicon import (Cues, LanguageLexicon, Pattern, TriggerEntry, WordMemo, match_after_first,
                                      match_at)
from geoevents.engine.model import MODALITIES, Event, ExtractionResult, SanctionMention, Statement, new_actor_mention
from geoevents.engine.places import place_finder
from geoevents.reference import CameoCode

FRAGMENT_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—", "[", "]"})
SURFACE_CUES = frozenset({"negation", "negation_blockers", "intent", "modality", "context_words"})
# a support word that picks one reading of a shared noun stands before it or close behind ("the blockade was
# lifted"), not in a later phrase of the clause ("would blockade Paris ... to demand an end to ...")
READING_REACH = 4
SANCTION_EVENT_CODES = {"impose": "163", "extend": "163", "threaten": "1312", "lift": "085"}
# Support families a verb trigger (not a topic noun) needs: an actor object right after the verb ("helped Ukraine"),
# and that object followed by an infinitive ("wants Putin to ..."); an intent cue does not replace them
OBJECT_FAMILIES = {"object": False, "object_to": True}
# Support family of a protest noun whose suppression is the act ("prevented the demonstration", "verbot die Kundgebung")
SUPPRESS_FAMILY = "suppress"
# Support family of a meeting verb that needs its partner named ("traf sich mit", "trafen zusammen"); a compound
# subject or a person/government object names one too (Assembler._partner_named): "Der Sturm traf Florida" is none
PARTNER_FAMILY = "partner"
# roots whose infinitive content is what the act asks, threatens, demands, rejects or protests for, not an act that
# happened ("rejected a call for its forces to be deployed")
GOVERNING_ROOTS = ("02", "13", "10", "12", "14")
# cue lists the clause rules scan token by token: their patterns are looked up once per distinct word (WordFacts)
# and a scan visits only the tokens that start one (Assembler._cue_tokens); other lists are looked up per doc
# ("intent_blockers" is asked wherever "intent" is found, in nearly every doc: a per-doc pass over every token cost more)
SCANNED_CUES = ("negation", "negation_blockers", "intent", "intent_blockers", "modality", "context_words", "support",
                "negating_verbs", "sanction_stances")
_WORD_FACTS_LIMIT = 200_000
# modalities from weakest to strongest claim on the reader: where scopes disagree, the strongest wins
MODALITY_RANK = {name: rank for rank, name in enumerate(MODALITIES)}


def _last_token(trig: TriggerHit) -> int:
    """max(trig.tokens()) without building the list: the trigger's last word or its particle."""
    last = trig.tok_end - 1   # a trigger has at least one token
    return last if trig.particle_token is None or trig.particle_token < last else trig.particle_token


class WordFacts:
    """What the assembler asks about a word wherever it stands, from its keys alone: computed once per distinct
    word, so a doc costs one dict look-up per token instead of a look-up per token and question. Plain words
    (most of them) have no WordFacts at all."""
    __slots__ = ("cues", "cuts", "pronoun", "group_references", "sanction_words", "infinitive_marker", "long_zu")

    def __init__(self, cues: dict[str, list[Pattern]], cuts: bool, pronoun: bool, group_references: list[Pattern],
                 sanction_words: list[Pattern], infinitive_marker: bool, long_zu: bool):
        self.cues = cues                          # SCANNED_CUES name -> the patterns the word starts
        self.cuts = cuts                          # a fragment break, subordinator or coordinator
        self.pronoun = pronoun
        self.group_references = group_references  # "die beiden Männer", "both leaders"
        self.sanction_words = sanction_words      # by the compound head: "EU-Sanktionen"
        self.infinitive_marker = infinitive_marker
        self.long_zu = long_zu                    # may be a German zu-infinitive (Assembler._zu_infinitive decides)


@dataclass
class Actor:
    code: str
    sector: str | None
    text: str
    start_char: int
    end_char: int
    tok_start: int
    tok_end: int
    entry_id: str
    person: str | None
    role: str | None
    institution: str


@dataclass
class Group:
    members: list[Actor]
    tok_start: int
    tok_end: int
    prep: str | None = None
    genitive: bool = False
    pronoun: bool = False
    own_state: bool = False     # the target is the source's own state (see Assembler._own_state_target)

    @property
    def codes(self) -> list[str]:
        seen: list[str] = []
        for m in self.members:
            if m.code not in seen:
                seen.append(m.code)
        return seen

    def copy(self) -> Group:
        """Same fields, own members list (dataclasses.replace costs ten times as much)."""
        twin = object.__new__(Group)
        twin.__dict__.update(self.__dict__)
        twin.members = list(self.members)
        return twin


@dataclass
class Fragment:
    index: int
    tok_start: int
    tok_end: int
    subordinate: bool
    infinitive: bool
    groups: list[Group] = field(default_factory=list)
    pronouns: list[int] = field(default_factory=list)   # token indices of resolvable pronouns/descriptions
    dates: list[DateMention] = field(default_factory=list)   # filled by Assembler._sentence_dates on first need
    relative: bool = False   # a relative clause ("Russland, das die Ukraine angegriffen hatte,"): also subordinate


@dataclass
class StatementInfo:
    speaker: Group
    speaker_text: str
    trigger: TriggerHit | None
    content_tokens: tuple[int, int]          # token range of what was said
    quote: Quote | None
    addressee: Group | None
    reporting: str | None
    sentence_index: int
    paragraph: int
    event: Event | None = None
    topic: Group | None = None               # "mit Blick auf Russland", "regarding Russia"
    target: Group | None = None              # the party addressed or concerned, kept for a continued quote
    date: tuple | None = None                # (day, precision, date_text), kept for a continued quote
    shared_subject: bool = False             # the speaker is the subject of the clause before ", and said"


class Assembler:
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
        self.target_preps_by_root = {str(k): frozenset(str(w).lower() for w in v)
                                     for k, v in (c.raw.get("target_prepositions_by_root") or {}).items()}
        self.speaker_fallback_roots = c.values("speaker_target_fallback_roots")
        self.complement_target_roots = c.values("complement_target_roots")
        self.accusation_roots = c.values("accusation_roots")
        self.accused_content_preps = c.words("accused_content_prepositions")
        self.accused_object_codes = c.values("accused_object_codes")
        self.visitor_attribute_kinds = c.words("visitor_attribute_kinds")
        self.accusation_links = c.words("accusation_links")
        self.demand_modals = c.words("demand_modals")
        self.locative_preps = c.words("locative_prepositions")
        self.placing_preps = c.words("placing_prepositions")
        self.placing_verbs = c.words("placing_verbs")
        self.place_target_roots = c.values("place_target_roots")
        self.posture_place_roots = c.values("posture_place_roots")
        self.border_nouns = c.words("border_nouns")
        self.visit_frame_words = c.words("visit_frame_words")
        self.visit_topic_preps = c.words("visit_topic_prepositions")
        self.existential_subjects = c.words("existential_subjects")
        self.existential_verbs = c.words("existential_verbs")
        self.sanction_response_words = c.words("sanction_response_words")
        self.sanction_response_prepositions = c.words("sanction_response_prepositions")
        self.behind_words = c.words("behind_words")
        self.behind_verbs = c.words("behind_verbs")
        self.speaker_object_pronouns = c.words("speaker_object_pronouns")
        self.object_pronouns = c.words("object_pronouns")
        self.joint_codes = {str(k): str(v) for k, v in (c.raw.get("joint_codes") or {}).items()}
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
        self.context_codes = {str(k): {str(a): str(b) for a, b in v.items()}
                              for k, v in (c.raw.get("context_codes") or {}).items()}
        self.stance_order = [str(s) for s in c.raw.get("sanction_stance_order", [])]
        self.media_roles = c.words("media_roles")
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
        self.object_links = c.words("object_links")
        # "anti-American protesters", "pro-Russian separatists": neither are the state
        self.opposing_prefixes = c.words("opposing_prefixes") | c.words("supporting_prefixes")
        self.affiliation_suffixes = c.words("affiliation_suffixes")
        self.predicative_markers = c.words("predicative_markers")
        self.predicative_adjectives = c.words("predicative_adjectives")
        self.indefinite_articles = c.words("indefinite_articles")
        self.topic_phrases = [tuple(str(p).lower().split()) for p in c.raw.get("topic_phrases", [])]
        self.topic_target_roots = c.values("topic_target_roots")
        self.separable_prefixes = c.words("separable_prefixes")
        self.feminine_noun_endings = tuple(sorted(c.words("feminine_noun_endings")))
        self.participle_prefixes = tuple(f"{p}ge" for p in sorted(self.separable_prefixes))
        self.deployment_words = c.words("deployment_words")
        self.deployment_preps = c.words("deployment_prepositions")
        self.domestic_sectors = c.values("domestic_sectors")
        own = c.raw.get("own_state_target") or {}
        self.own_state_roots = frozenset(str(x) for x in own.get("roots", []))
        self.own_state_codes = tuple(str(x) for x in own.get("codes", []))
        self.own_state_sources = frozenset(str(x) for x in own.get("state_sectors", []))
        self.own_state_groups = frozenset(str(x) for x in own.get("group_sectors", []))
        self.own_state_group_roots = frozenset(str(x) for x in own.get("group_act_roots", []))
        self.own_state_stateless_kinds = frozenset(str(x) for x in own.get("stateless_kinds", []))
        self.dates = DateResolver(self.lang, c.raw)
        self.date_words = frozenset(self.dates.weekdays) | frozenset(self.dates.months)   # "on Monday", "on May 3"
        self.min_quote_words = int(c.raw.get("min_quote_words", 3))
        self.backshifted_future = c.words("backshifted_future")
        self.deployed_sectors = c.values("deployed_sectors")
        self.local_negation = c.words("local_negation")
        self.approximators = c.words("approximators")
        self.approximator_pairs = frozenset(tuple(p.split()) for p in c.words("approximator_phrases")
                                            if len(p.split()) == 2)
        self.unilateral_support = c.words("unilateral_support")
        self.receiving_words = c.words("receiving_words")
        self.giver_preps = c.words("giver_prepositions")
        self.name_homographs = c.words("name_homographs")
        self.verb_noun_articles = c.words("verb_noun_articles")
        self.perfect_gerunds = c.words("perfect_gerunds")
        self.negation_words = c.words("negation")   # its one-word entries ("nicht", "kein")
        self.intent_threat_codes = {str(k): str(v) for k, v in (c.raw.get("intent_threat_codes") or {}).items()}
        self.refusal_modals = c.words("refusal_modals")
        self.strict_support_families = c.values("strict_support_families")
        self.refusal_reach = int(c.raw.get("refusal_negation_reach", 1))
        self.refusal_codes = {str(k): str(v) for k, v in (c.raw.get("refusal_codes") or {}).items()}
        self.sanction_object_links = c.words("sanction_object_links")
        self.goal_nouns = c.words("goal_nouns")
        self.preceding_support_families = c.values("preceding_support_families")
        self.demand_codes = {str(k): str(v) for k, v in (c.raw.get("demand_codes") or {}).items()}
        self.claim_words = c.words("claim_words")
        self.commitment_words = c.words("commitment_words")
        self.reflexive_pronouns = c.words("reflexive_pronouns")
        self.claimable_roots = c.values("claimable_roots")
        self.reported_accusation_roots = c.values("reported_accusation_roots")
        self.accusing_speech_words = c.words("accusing_speech_words")
        self.act_announcing_words = c.words("act_announcing_words")
        self.counterpart_roles = c.values("counterpart_roles")
        self.fire_origin_roots = c.values("fire_origin_roots")
        self.commenting_roots = c.values("commenting_roots")
        self.time_prepositions = c.words("time_prepositions")
        self.possessive_markers = c.words("possessive_markers")
        self.act_object_preps = c.words("act_object_prepositions")
        self.reversal_words = c.words("reversal_words")
        self.preparation_codes = {str(k): str(v) for k, v in (c.raw.get("preparation_codes") or {}).items()}
        self.origin_preps = c.words("origin_prepositions")
        self.people_origin_preps = c.words("people_origin_prepositions")
        self.oblique_determiners = c.words("oblique_determiners")
        self.feminine_dative_article = c.words("feminine_dative_article")
        self.masculine_names = c.words("masculine_names")
        self.weak_oblique_endings = tuple(c.words("weak_oblique_endings"))
        self.strong_oblique_endings = tuple(c.words("strong_oblique_endings"))
        self.adjective_endings = tuple(c.words("adjective_endings"))
        self.nominative_determiners = c.words("nominative_determiners")
        self.perfect_auxiliaries = c.words("perfect_auxiliaries")
        # a German clause with one of these before its last word is verb second (_relative_clause)
        self.finite_auxiliaries = self.perfect_auxiliaries | self.predicate_auxiliaries | self.passive_aux
        self.english_auxiliaries = self.passive_aux | self.perfect_auxiliaries | c.words("response_modals") | \
            c.words("local_negation") if self.lang == "en" else frozenset()
        self.relative_pronouns = c.words("relative_pronouns")
        self.object_relatives = c.words("object_relatives")
        self.possessive_relatives = c.words("possessive_relatives")
        # rows that share a pattern ("blockade" 191 / 0872, "curfew" 0813 / 1723): their support family decides
        readings: dict[tuple[str, str], list[TriggerEntry]] = {}
        for entry in lexicon.triggers:
            readings.setdefault((entry.pattern.lower(), entry.pos), []).append(entry)
        self.readings = {key: entries for key, entries in readings.items() if len(entries) > 1}
        self.word_facts = WordMemo(self._word_facts, _WORD_FACTS_LIMIT)   # keys -> facts, 0 for a plain word
        # keys -> the surface form alone (most words: the keys themselves)
        self.surface_keys = WordMemo(lambda keys: keys if len(keys) == 1 else (keys[0],), _WORD_FACTS_LIMIT)

    def _word_facts(self, keys: tuple[str, ...]) -> WordFacts | int:
        lower = keys[0]
        surface = keys if len(keys) == 1 else (keys[0],)
        cue_index = self.cues.index
        cues = {name: found for name in SCANNED_CUES
                if (found := cue_index(name).candidates(surface if name in SURFACE_CUES else keys))}
        facts = WordFacts(cues, lower in FRAGMENT_BREAKS or lower in self.subordinators or lower in self.coordinators or
                          lower in self.pending_condition_openers,
                          lower in self.pronoun_words, cue_index("group_references").candidates(keys),
                          cue_index("sanction_words").candidates(head_keys(keys)), lower in self.infinitive_markers,
                          self.lang == "de" and len(lower) > 8 and "zu" in lower[2:-3] and lower.endswith("en"))
        return facts if (cues or facts.cuts or facts.pronoun or facts.group_references or facts.sanction_words or
                         facts.infinitive_marker or facts.long_zu) else 0

    # ------------------------------------------------------------ entry point
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
        self.actors = self._residents(self._resolve_actors(doc.user_data.get(ACTORS_KEY, [])))
        self.actors_at: dict[tuple[int, int], list[Actor]] = {}   # (tok_start, tok_end) -> actors, in doc order
        self.in_actor = [False] * len(doc)   # per token: inside some actor's tokens
        for actor in self.actors:
            self.actors_at.setdefault((actor.tok_start, actor.tok_end), []).append(actor)
            if actor.tok_end > actor.tok_start:
                self.in_actor[actor.tok_start:actor.tok_end] = [True] * (actor.tok_end - actor.tok_start)
        self.history: list[Group] = []          # groups seen so far, for pronoun resolution
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
            if not sent_triggers and not sanction_tokens and not self._unattributed_quotes(span):
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

    # ------------------------------------------------------------ actors
    def _resolve_actors(self, hits: list[ActorHit]) -> list[Actor]:
        actors: list[Actor] = []
        by_institution: dict[str, ActorHit] = {}
        self.unresolved: list[ActorHit] = []     # descriptions of nobody named: "demonstrators", "rebels"
        for hit in hits:
            if self._currency(hit):
                continue   # "US $50 million", "50 million U.S. dollars", "US-Dollar": money, not the state
            if self._opposed(hit) or self._affiliated(hit):
                # "anti-American protesters", "a prominent anti-Syria journalist": opponents of the state, not it;
                # "Al-Qaeda-linked rebels", "Iran-backed militias": allies of the named actor, not the actor itself
                if hit.sector:
                    self.unresolved.append(ActorHit(hit.tok_start, hit.tok_end, hit.start_char, hit.end_char, None,
                                                    hit.sector, hit.kind, hit.role, None, hit.entry_id))
                continue
            code = hit.actor_code
            if code is None:
                known = by_institution.get(hit.institution) if hit.institution else None
                if known is None:
                    self.unresolved.append(hit)
                    continue
                code = known.actor_code
            if hit.institution:
                by_institution[hit.institution] = ActorHit(hit.tok_start, hit.tok_end, hit.start_char, hit.end_char,
                                                           code, hit.sector, hit.kind, hit.role, hit.person,
                                                           hit.entry_id, hit.institution)
            text = self.text[hit.start_char:hit.end_char]
            actors.append(Actor(code, hit.sector, text, hit.start_char, hit.end_char, hit.tok_start, hit.tok_end,
                                hit.entry_id, hit.person, hit.role, hit.institution))
        return actors

    def _currency(self, hit: ActorHit) -> bool:
        """The mention names a currency (cues currency_words): the word after it ("US $", "U.S. dollars") or the
        head of its compound ("US-Dollar")."""
        last = self.lower[hit.tok_end - 1]
        if "-" in last and last.rsplit("-", 1)[1] in self.currency_words:
            return True
        stop, after = min(hit.tok_end + 2, len(self.lower)), hit.tok_end   # the next word within two tokens
        while after < stop and self.space[after]:
            after += 1
        return after < stop and self.lower[after] in self.currency_words

    def _opposed(self, hit: ActorHit) -> bool:
        """The mention follows an opposing or supporting prefix: "anti-Syria", "Anti-American", "pro-Russian" (tokens
        anti, -, name) or is one token "anti-syria", "pro-russische"."""
        i = hit.tok_start
        first = self.lower[i]
        if "-" in first and any(first.startswith(p + "-") for p in self.opposing_prefixes):
            return True
        return i >= 2 and self.lower[i - 1] == "-" and self.lower[i - 2] in self.opposing_prefixes

    def _affiliated(self, hit: ActorHit) -> bool:
        """The mention is the first part of an affiliation compound: "Al-Qaeda-linked" (tokens name, -, linked) or
        one token "al-kaida-nahe"."""
        i = hit.tok_end
        last = self.lower[i - 1]
        if "-" in last and any(last.endswith("-" + s) for s in self.affiliation_suffixes):
            return True
        return i + 1 < len(self.lower) and self.lower[i] == "-" and self.lower[i + 1] in self.affiliation_suffixes

    def _residents(self, actors: list[Actor]) -> list[Actor]:
        """People named by their ethnicity are coded by where they live: "Albanians of southern Serbia",
        "ethnic Albanians in south Serbia" -> SRB; "Bosnian Serbs" -> BIH (the state adjective wins)."""
        out: list[Actor] = []
        absorbed: set[int] = set()
        for k, actor in enumerate(actors):
            if k in absorbed:
                continue
            kind = actor.entry_id.split(":")[1] if ":" in actor.entry_id else ""
            if kind == "demonym" and out and out[-1].tok_end == actor.tok_start and \
                    out[-1].entry_id.split(":")[1] == "adj" and out[-1].code != actor.code:
                prev = out[-1]
                out[-1] = Actor(prev.code, prev.sector or actor.sector, self.text[prev.start_char:actor.end_char],
                                prev.start_char, actor.end_char, prev.tok_start, actor.tok_end, prev.entry_id,
                                prev.person, prev.role, prev.institution)
                continue
            ethnic = actor.tok_start > 0 and self.lower[actor.tok_start - 1] in self.ethnic_words
            if (kind == "demonym" or ethnic and kind == "adj") and k + 1 < len(actors):
                place = actors[k + 1]
                gap = self._words_between(actor.tok_end, place.tok_start)
                if gap and self.lower[gap[0]] in self.residence_participles:
                    gap = gap[1:]   # "ethnic Albanian guerrillas operating in Macedonia"
                if gap and self.lower[gap[0]] in self.residence_preps and len(gap) <= 3 and \
                        all(self.alpha[t] and self.token_text[t].islower() for t in gap) and \
                        place.code != actor.code and place.entry_id.split(":")[1] in ("country", "capital"):
                    actor = Actor(place.code, actor.sector or "ETH", self.text[actor.start_char:place.end_char],
                                  actor.start_char, place.end_char, actor.tok_start, place.tok_end, actor.entry_id,
                                  actor.person, actor.role, actor.institution)
                    absorbed.add(k + 1)
            out.append(actor)
        return out

    def _words_between(self, start: int, stop: int) -> list[int]:
        """Token indices start..stop without the space tokens."""
        space_tokens = self.space_tokens   # (most ranges hold none: then the range itself)
        first = bisect.bisect_left(space_tokens, start)
        if first == len(space_tokens) or space_tokens[first] >= stop:
            return list(range(start, stop))
        space = self.space
        return [i for i in range(start, stop) if not space[i]]

    def _word_count(self, start: int, stop: int) -> int:
        """len(self._words_between(start, stop)) without building the list."""
        space_tokens = self.space_tokens
        return max(stop - start, 0) - (bisect.bisect_left(space_tokens, max(stop, start))
                                       - bisect.bisect_left(space_tokens, start))

    def _remember(self, sent_actors: list[Actor], span: TokenSpan, groups: list[Group] | None = None) -> None:
        """Add the sentence's groups to the history; ``groups``: copies _sentence took of them before coding."""
        for group in self._groups(sent_actors, span) if groups is None else groups:
            self.history.append(group)
        del self.history[:-30]

    def _list_commas(self, actors: list[Actor]) -> set[int]:
        """Commas of an enumeration of actors closed by "and"/"und" ("Russlands, Chinas und Indiens"): they join
        the actors into one group instead of cutting the clause, also with a serial comma ("the US, Russia, and
        Switzerland"). An enumeration without the closing joiner ("after talks with Xi, Biden said") is not one."""
        commas: set[int] = set()
        i = 0
        while i < len(actors) - 1:
            chain: list[int] = []
            j = i
            while j + 1 < len(actors):
                # (actors far apart: the words between are only counted)
                if self._word_count(actors[j].tok_end, actors[j + 1].tok_start) == 1:
                    comma = self._words_between(actors[j].tok_end, actors[j + 1].tok_start)[0]
                    if self.token_text[comma] == ",":
                        chain.append(comma)
                        j += 1
                        continue
                break
            if chain and j + 1 < len(actors):
                between = self._words_between(actors[j].tok_end, actors[j + 1].tok_start)
                serial = between[0] if between and self.token_text[between[0]] == "," else None   # "A, B, and C"
                if serial is not None:
                    between = between[1:]
                aside = self._list_aside(between)
                if aside:
                    commas.update(chain)
                    commas.update(aside)
                    if serial is not None:
                        commas.add(serial)
                elif between and len(between) <= 3 and self.lower[between[0]] in self.group_joiners and \
                        all(self.lower[t] in self.determiners for t in between[1:]):
                    commas.update(chain)
                    if serial is not None:
                        commas.add(serial)
            i = j + 1 if chain else i + 1
        return commas

    def _list_aside(self, between: list[int]) -> list[int]:
        """The commas of a short prepositional aside between the joiner and the last member of an enumeration ("Iran,
        Sudan, and with strings attached, Cuba", "Iran, Sudan and, in some cases, Cuba", "Iran, Sudan und, unter
        Auflagen, Kuba"): up to four words opened by a preposition, closed by a comma. Empty when there is none."""
        if len(between) < 3 or self.lower[between[0]] not in self.group_joiners or self.token_text[between[-1]] != ",":
            return []
        words = between[1:-1]
        opening = [words[0]] if words and self.token_text[words[0]] == "," else []
        words = words[len(opening):]
        if not 1 <= len(words) <= 4 or self.lower[words[0]] not in self.prepositions or \
                not all(self.alpha[t] for t in words):
            return []
        return opening + [between[-1]]

    def _groups(self, actors: list[Actor], span: TokenSpan, list_commas: set[int] | None = None) -> list[Group]:
        """``list_commas``: ``self._list_commas(actors)`` when the caller has it already."""
        groups: list[Group] = []
        if list_commas is None:
            list_commas = self._list_commas(actors)
        for actor in actors:
            if groups:
                last = groups[-1]
                between = self._words_between(last.tok_end, actor.tok_start)
                same_token = last.tok_end > actor.tok_start
                if len(between) >= 2 and between[0] in list_commas:
                    between = between[1:]   # the serial comma of "A, B, and C"
                joined = bool(between) and bool(self._list_aside(between)) and between[-1] in list_commas or \
                    bool(between) and self.lower[between[0]] in self.group_joiners and \
                    all(self.lower[t] in self.determiners for t in between[1:3]) and len(between) <= 3 or \
                    len(between) == 1 and between[0] in list_commas or \
                    last.prep in self.between and self._between_pair(between)
                if same_token or joined:     # "Xi und Putin", "Putin und der chinesische Präsident Xi"
                    last.members.append(actor)
                    last.tok_end = max(last.tok_end, actor.tok_end)
                    continue
            group = Group([actor], actor.tok_start, actor.tok_end)
            self._mark_preposition(group, span.start)
            groups.append(group)
        return groups

    def _between_pair(self, words: list[int]) -> bool:
        """ "between an Israeli peace movement and the PLO": after "between", the rest of the first party's noun
        phrase, the joiner and determiners link the second party (at most six words, no punctuation or
        preposition)."""
        joiners = [k for k, i in enumerate(words) if self.lower[i] in self.group_joiners]
        if len(joiners) != 1 or len(words) > 6:
            return False
        return not any(self.punct[i] or self.lower[i] in self.prepositions for i in words) and \
            all(self.lower[i] in self.determiners for i in words[joiners[0] + 1:])

    def _mark_preposition(self, group: Group, floor: int) -> None:
        lowers, space = self.lower, self.space
        j = group.tok_start - 1
        seen = 0
        first = lowers[group.tok_start]
        if first in self.prepositions:  # "im CCTV-Bericht" is tokenized with the preposition outside the actor
            group.prep = first
        while j >= floor and seen < 4:
            if space[j]:   # a space token (a line break among them) neither cuts nor counts
                j -= 1
                continue
            lower = lowers[j]
            if self.punct[j] or lower in self.subordinators or lower in self.coordinators:
                break
            if lower in self.approximators and j + 1 < group.tok_start and self.like_num[j + 1]:
                seen += 1      # "free over 150 Palestinian prisoners": a quantity, not a preposition
                j -= 1
                continue
            if j > floor and (lowers[j - 1], lower) in self.approximator_pairs and j + 1 < group.tok_start and \
                    self.like_num[j + 1]:
                seen += 2      # "kidnapped up to 12 Turkish drivers", "bis zu 12 türkische Fahrer"
                j -= 2
                continue
            if lower in self.prepositions:
                # "Leaders of Brazil, Russia ... gathered": the members stand for their states
                if j > floor and lowers[j - 1] in self.member_nouns and lower in self.member_links:
                    return
                group.prep = lower
                if j > floor and lowers[j - 1] in self.reporting_preps:   # "according to Pentagon sources"
                    group.prep = lowers[j - 1]
                break   # a German genitive name may follow it: "gegen Russlands Festnahme"
            if lower in self.genitive_links and seen == 0:
                group.genitive = True
            # German lowercase words between a preposition and a noun are adjectives; English ones may be verbs,
            # but a compass word before a state's adjective is one ("near the eastern Thai border"), and so is a
            # bare compass word before any name ("in south Lebanon", "in east Bosnia"; "in southern Lebanon" stays
            # as it was, docs/evaluation.md)
            adjective = self.lang == "de" and self.alpha[j] and self.token_text[j][:1].islower() or \
                lower in self.compass_adjectives and group.members[0].entry_id.split(":")[1] == "adj" or \
                lower in self.compass_nouns
            # numerals belong to the noun phrase: "sanctions on three Chinese companies"
            if not (lower in self.determiners or adjective or self.like_num[j]):
                break
            seen += 1
            j -= 1
        if self.lex.lang == "de":
            member = group.members[0]
            surface = lowers[member.tok_start]
            fields = member.entry_id.split(":")
            # a name written alike in both languages and matched as written is the name itself, whatever its last
            # letter: "Am Montag lehnte Belarus den Vorschlag ab" (the subject behind the finite verb), "Honduras",
            # "Guterres"; "Polens", "Putins" (matched as "putin") are genitives
            own_name = len(fields) > 3 and fields[2] == "any" and fields[3] == surface
            if member.tok_end - member.tok_start == 1 and surface.endswith("s") and "-" not in surface \
                    and fields[1] in ("country", "capital", "person") and not own_name:
                group.genitive = group.genitive or not member.text.lower().rstrip("s") == member.text.lower()

    def _oblique(self, group: Group) -> bool:
        """The group's article or adjective ending marks it dative, accusative or genitive (cues
        oblique_determiners ...): an object wherever it stands ("Der Ukraine half Polen", "lieferte der Ukraine
        Waffen"). "der Ukraine" after a common noun is its genitive attribute ("die Regierung der Ukraine"), not an
        object. Ambiguous phrases ("die USA", "China") are not oblique: the word order decides."""
        if not self.oblique_determiners or group.prep is not None or group.pronoun:
            return False
        lowers = self.lower
        j = group.tok_start - 1
        floor = self.span.start
        article, article_at = None, None
        while j >= floor and group.tok_start - j <= 4:
            if self.space[j]:
                j -= 1
                continue
            if lowers[j] in self.determiners:
                article, article_at = lowers[j], j
                break
            if not (self.alpha[j] and self.token_text[j][:1].islower() or self.like_num[j]):
                break
            j -= 1
        start = article_at + 1 if article_at is not None else group.tok_start
        # adjectives before the head: "der benachbarten Ukraine", "russischem Militär", "der Vereinten Nationen"
        modifiers = [lowers[i] for i in self._words_between(start, group.members[0].tok_end - 1) if self.alpha[i]]
        if article in self.oblique_determiners:
            return True
        if article in self.feminine_dative_article:
            before = self._words_between(floor, article_at)
            if before and self.alpha[before[-1]] and self.token_text[before[-1]][:1].isupper() and \
                    not self._is_actor_token(before[-1]):
                return False    # "die Regierung der Ukraine": a genitive attribute
            if any(m.endswith(self.weak_oblique_endings) for m in modifiers):
                return True     # "der benachbarten Ukraine"
            if not self._words_between(article_at + 1, group.tok_start) and \
                    (any(lowers[i] in self.genitive_links | self.feminine_dative_article
                         for i in self._words_between(group.tok_start + 1, group.tok_end)) or
                     self._genitive_tail(group)):
                # "Der Außenminister der Ukraine warf Russland ... vor", "Der Außenminister Österreichs kritisierte
                # ...": the article is the head noun's, a masculine nominative; before a feminine noun ("der
                # Außenministerin der Ukraine", "der Regierung der Ukraine"; cues feminine_noun_endings) it is dative
                # or genitive
                return lowers[group.tok_start].endswith(self.feminine_noun_endings)
            member = group.members[0]   # "der Republik Moldau", not "der Irak"
            return not self._words_between(article_at + 1, group.tok_start) and \
                member.entry_id.split(":")[1] == "country" and member.text.lower() not in self.masculine_names
        return article is None and any(m.endswith(self.strong_oblique_endings) for m in modifiers)

    def _genitive_tail(self, group: Group) -> bool:
        """The group's mention is a word with its state in the s-genitive behind it ("Regierung Österreichs",
        "Außenminister Polens"; components._genitive_name)."""
        member = group.members[-1]
        surface = self.lower[member.tok_end - 1]
        fields = member.entry_id.split(":")
        return member.tok_end - member.tok_start > 1 and len(fields) > 1 and fields[1] in ("country", "capital") \
            and surface.endswith("s") and "-" not in surface and \
            not (len(fields) > 3 and fields[2] == "any" and fields[3] == surface)

    def _nominal_forefield(self, frag: Fragment, trig: TriggerHit) -> bool:
        """A verb-second main clause whose first position is one noun phrase opened by a nominative article and
        naming no actor: "Der Angriff tötete drei russische Soldaten" (the noun phrase is the subject). A nominal
        trigger may be that noun phrase's head: "Ein Drohnenangriff tötete ..." (the finite verb follows it)."""
        return self._forefield_words(frag, trig) is not None

    def _forefield_words(self, frag: Fragment, trig: TriggerHit) -> list[int] | None:
        """The words of that noun phrase (_nominal_forefield), or None. A perfect auxiliary right behind its noun
        is the finite verb of a participle trigger: "Der Angriff hat drei russische Soldaten getötet". A nominal
        trigger's genitive object may stand between it and the verb: "Die Invasion der Ukraine begann ..."."""
        if frag.subordinate or frag.infinitive:   # "..., die militärische Zusammenarbeit mit China zu stärken"
            return None
        if trig.entry.pos == "VERB":
            words = self._words_between(frag.tok_start, trig.tok_start)
            end = trig.tok_start
            aux = next((k for k, i in enumerate(words) if k >= 1 and self.lower[i] in self.perfect_auxiliaries), None)
            if aux is not None and (self._noun_phrase(words[:aux]) or self._bare_plural(words[:aux], words[aux])):
                words, end = words[:aux], words[aux]
        else:
            words = self._words_between(frag.tok_start, trig.tok_end)
            verb = self._words_between(trig.tok_end, min(trig.tok_end + 3, frag.tok_end))[:1]
            if not verb or not (self.alpha[verb[0]] and self.token_text[verb[0]][:1].islower()) or \
                    self.lower[verb[0]] in self.prepositions:
                return None
            end = verb[0]
        if any(a.tok_start < end and a.tok_end > frag.tok_start for a in self.actors):
            return None
        if self._noun_phrase(words) or self._bare_plural(words, end) or self._titled_name(words):
            return words
        if trig.entry.pos == "VERB" and words and not self._noun_phrase(words):
            # "Am Montag griffen Soldaten die Ukraine an", "Am Montag tötete eine Rakete in Charkiw zwei ukrainische
            # Soldaten": after an adverbial, the noun phrase behind the verb (not one whose modifier names an actor:
            # "Soldaten aus Russland", _postverbal_modifier)
            found = self._postverbal_subject(frag, trig)
            if found is not None and found[1] is None:
                return found[0]
        return None

    def _postverbal_subject(self, frag: Fragment, trig: TriggerHit) -> tuple[list[int], Group | None] | None:
        """After an adverbial first position ("Am Montag griffen ...", "In der Nacht tötete ..."), the noun phrase
        right behind the German finite verb that names no actor: a bare plural ("Soldaten", _bare_plural) or one
        opened by a nominative article ("eine Rakete", _noun_phrase), with the group its modifier names ("Soldaten
        aus Russland": cues subject_modifier_prepositions, at most two words between the preposition and the actor)
        or None. No pronoun ("trafen sich Diplomaten"), no actor in the noun phrase."""
        if self.lang != "de" or frag.subordinate or frag.infinitive:
            return None
        after = self._words_between(trig.tok_start + 1, frag.tok_end)
        k = next((k for k, i in enumerate(after[:3]) if self.token_text[i][:1].isupper()), None)
        subject = after[:k + 1] if k is not None else []
        if not subject or any(a.tok_start <= subject[-1] and a.tok_end > subject[0] for a in self.actors):
            return None
        # inflected adjectives before a bare plural
        bare = all(self.alpha[i] and self.token_text[i][:1].islower() and
                   self.lower[i].endswith(("e", "en", "er", "es", "em")) for i in subject[:-1]) and \
            self._bare_plural(subject, trig.tok_start)
        if not (bare or self._noun_phrase(subject) and self.lower[subject[0]] not in self.oblique_determiners):
            return None
        rest = after[len(subject):]
        modifier = None
        if rest and self.lower[rest[0]] in self.subject_modifier_preps:
            # (member nouns take no preposition: "Diplomaten aus Russland", _mark_preposition)
            modifier = next((g for g in frag.groups if g.tok_start > rest[0]), None)
            gap = self._words_between(rest[0] + 1, modifier.tok_start) if modifier is not None else []
            if modifier is not None and (len(gap) > 2 or modifier.prep not in (None, self.lower[rest[0]]) or
                                         not all(self.alpha[i] and self.token_text[i][:1].islower() for i in gap)):
                modifier = None   # "eine Rakete in Charkiw zwei ukrainische Soldaten": the object, no modifier
        return subject, modifier

    def _postverbal_modifier(self, frag: Fragment, trig: TriggerHit) -> Group | None:
        """The actor that the modifier of the subject behind the verb names ("Am Montag griffen Soldaten aus
        Russland die Ukraine an": Russia, with the sector of the head noun, as _subject_modifier)."""
        found = self._postverbal_subject(frag, trig) if trig.entry.pos == "VERB" else None
        if found is None or found[1] is None:
            return None
        subject, group = found
        if self._noun_phrase(self._words_between(frag.tok_start, trig.tok_start)) or \
                any(g.tok_start < trig.tok_start and g.prep is None for g in frag.groups):
            return None   # the first position is the subject
        head = next((h for h in self.unresolved if subject[0] <= h.tok_start <= subject[-1] and h.sector), None)
        if head is None:
            return group
        members = [Actor(m.code, head.sector, self.text[head.start_char:m.end_char], head.start_char, m.end_char,
                         head.tok_start, m.tok_end, m.entry_id, None, head.role, "") for m in group.members]
        return Group(members, group.tok_start, group.tok_end, group.prep)

    def _titled_name(self, words: list[int]) -> bool:
        """The words are a title and a name the tables lack ("Präsident Jean Morel drohte Peru und Chile"): in the
        first position the subject, so the names after the finite verb are its objects."""
        title = next((h for h in self.unresolved if h.role and h.kind == "description" and words and
                      h.tok_start == words[0]), None)
        name = [i for i in words if title is not None and i >= title.tok_end]
        return title is not None and 1 <= len(name) <= 4 and \
            all(self.alpha[i] and self.token_text[i][:1].isupper() for i in name)

    def _bare_plural(self, words: list[int], verb: int) -> bool:
        """The words are a German plural noun phrase without an article before a plural finite verb: "Raketen
        trafen Kiew", "Soldaten griffen das Dorf an", "Schwere Raketen haben Kiew getroffen". The head is an
        inflected noun (its lookup lemma differs: raketen -> rakete), which an adverb in the first position
        ("Gestern trafen ...", "Dann griffen ...") is not."""
        if not words or len(words) > 3 or not self.lower[verb].endswith("n"):
            return False
        head = words[-1]
        keys = self.keys[head]
        # a description word of the actor tables (a sector word no actor covers) is a noun too, also where the
        # lemma is its own form: "Aufständische töteten zwei US-Soldaten" (an adjective used as a noun)
        inflected = len(keys) > 1 and keys[1] != keys[0] or \
            any(h.tok_start == head and h.sector for h in self.unresolved)
        return self.alpha[head] and self.token_text[head][:1].isupper() and inflected and \
            keys[0].endswith(("n", "e", "er", "s")) and \
            all(self.alpha[i] and (self.token_text[i][:1].islower() or i == words[0]) for i in words[:-1])

    def _unnamed_subject(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The subject noun phrase of a German verb-second clause that names no actor ("Der Angriff", "Eine Rakete":
        _nominal_forefield) as a group of one actor without a code: the act's source is unknown (NULL) and its
        target is kept, as in the own gold ("source": null) and the sanctions mentions (no imposer named)."""
        words = self._forefield_words(frag, trig) if self.lang == "de" else self._unnamed_english_subject(frag, trig)
        if words is None or self.lang == "de" and self._titled_name(words):
            return None   # a name the tables lack is someone, not nobody: no unknown source (as in English)
        start, end = words[0], words[-1] + 1
        span = self.table.span(start, end)
        sector = next((h.sector for h in self.unresolved if start <= h.tok_start < end and h.sector), None)
        nobody = Actor(None, sector, self.text[span.start_char:span.end_char], span.start_char, span.end_char, start,
                       end, "unnamed", None, None, "")
        return Group([nobody], start, end)

    def _reported_act_noun(self, trig: TriggerHit) -> Group | None:
        """An act noun in what a speaker reports that names no agent ("Ukraine reported an air strike on Kyiv", "Die
        Ukraine meldete einen Luftangriff auf Kiew"): the reporter is not its agent, its actor is unknown (NULL) and
        the target it names is kept, as for an unnamed subject (_unnamed_subject)."""
        statement = self._enclosing_statement(trig.tok_start)
        if statement is None or statement.trigger is None or trig.entry.pos == "VERB" and not self._nominal(trig) or \
                self.lower[_last_token(statement.trigger)] not in self.report_words:   # also "did not report"
            return None
        if self._agent_genitive(trig, self.frag_of[trig.tok_start]) is not None:
            return None   # "meldete einen Angriff Israels": the genitive names the agent
        # the noun opens what was reported: a date, its article and at most two adjectives before it ("meldete am
        # Dienstag einen schweren Luftangriff"), not a possessive ("their withdrawal" names its agent) nor a clause
        self._sentence_dates()
        dates = [(m.start_char, m.end_char) for f in self.fragments for m in f.dates]
        words = self._words_between(statement.content_tokens[0], trig.tok_start)
        dated = {i for i in words if any(start <= self.idx[i] < end for start, end in dates)}
        words = [i for i in words if i not in dated and not (self.lower[i] in self.prepositions and i + 1 in dated)]
        opener = max((k for k, i in enumerate(words) if self.lower[i] in self.complementizers), default=None)
        if opener is not None and all(self.punct[i] or self._cue_in("negation", Fragment(
                0, i, i + 1, False, False)) for i in words[:opener]):
            words = words[opener:]   # "meldete (nicht), dass ein Angriff auf Charkiw ...": the clause after it
        if words and (self.lower[words[0]] in self.report_prepositions or   # "berichtete von einem Angriff",
                      self.lower[words[0]] in self.complementizers):   # "reported that an air strike hit Kyiv"
            words = words[1:]
        while words and self.punct[words[0]] and any(self.lower[i] in self.existential_subjects for i in words[:3]):
            words = words[1:]   # "meldete, es habe ...": the comma before the expletive
        if words and self.lower[words[0]] in self.existential_subjects:
            # "meldete, es habe einen Angriff auf Charkiw gegeben", "said there had been an attack on Kyiv": the
            # expletive subject names nobody (cues existential_subjects, existential_verbs)
            words = words[1:]
            while words and self.lower[words[0]] in self.existential_verbs:
                words = words[1:]
        if words and self.lower[words[0]] in self.determiners:
            if self.lower[words[0]] in self.possessive_determiners:
                return None
            words = words[1:]
        closed = self.prepositions | self.subordinators | self.coordinators | self.pronoun_words | self.determiners
        if len(words) > 2 or any(not (self.alpha[i] and self.token_text[i].islower()) or self.lower[i] in closed
                                 for i in words):
            return None
        nobody = Actor(None, None, self._trigger_text(trig), self.idx[trig.tok_start],
                       self.table.end_char(trig.tok_end - 1), trig.tok_start, trig.tok_end, "unnamed", None, None, "")
        return Group([nobody], trig.tok_start, trig.tok_end)

    def _reporter_of_act_noun(self, trig: TriggerHit, source: Group) -> bool:
        """``source`` is the speaker who reports the act noun (_reported_act_noun): "Das ukrainische Militär meldete
        schweren Beschuss in Kiew" is no Ukrainian shelling."""
        statement = self._enclosing_statement(trig.tok_start)
        return statement is not None and not source.pronoun and statement.speaker.tok_start == source.tok_start and \
            self._reported_act_noun(trig) is not None

    def _unnamed_english_subject(self, frag: Fragment, trig: TriggerHit) -> list[int] | None:
        """The words of a short English subject noun phrase that names no actor, right before the act's verb (after
        auxiliaries) that describes someone: "Insurgents bombarded ...", "Congress is asking Obama to ..." (the act's
        source is unknown, like the German _forefield_words; the description gives its sector). None in a subordinate clause or after "to", for a noun trigger, a passive
        ("was attacked": the subject suffered the act), a phrase with a preposition, a pronoun or an actor."""
        if frag.subordinate or self._nominal(trig) or trig.entry.pos == "NOUN":
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)   # "to" before the verb: a preposition
        auxiliaries = [i for i in words if self.lower[i] in self.english_auxiliaries]
        while words and self.lower[words[-1]] in self.english_auxiliaries:
            words = words[:-1]
        if not words or len(words) > 5 or any(self.lower[i] in self.passive_aux for i in auxiliaries) and \
                self.lower[trig.tok_start].endswith(("ed", "en", "wn")):
            return None
        if not auxiliaries and self.lower[trig.tok_start].endswith("ing"):
            return None   # "Tourists visiting Washington often start ...": a participle, not the clause's verb
        # a common noun phrase: lowercase after its first word, which is capitalized only at the sentence start
        # ("Judge Alejandro Rivera opened ...", "Vice-President Moody Awori has declined ..." name someone unknown)
        # (the second part of a hyphenated word may be capitalized: "Pro-Russian separatists attacked ...")
        if any(self.token_text[i][:1].isupper() and self.token_text[i - 1] != "-" for i in words[1:]) or \
                self.token_text[words[0]][:1].isupper() and words[0] != self._words_between(self.span.start,
                                                                                           words[0] + 1)[0]:
            return None
        blocked = self.prepositions | self.subordinators | self.coordinators | self.pronoun_words | self.complementizers
        if any(not (self.alpha[i] or self.token_text[i] == "-") or self.lower[i] in blocked for i in words) or \
                not self.token_text[words[-1]][:1].isalpha() or \
                any(a.tok_start < trig.tok_start and a.tok_end > frag.tok_start for a in self.actors):
            return None
        # it describes someone (a sector word: "insurgents", "Congress", "unidentified gunmen"), not an act ("The
        # attack killed ...") or a name the tables lack ("Ethopia has agreed to ...")
        if not any(words[0] <= h.tok_start <= words[-1] and h.sector for h in self.unresolved):
            return None
        return words

    def _titled_official(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """A clause opening with a title before a name the tables lack ("President Dos Santos has conceded ...",
        "Judge Alejandro Rivera opened ...", "Vice-President Moody Awori has declined ...", "Präsident Dos Santos
        lehnte ... ab", "Außenminister Nguyen sagte, ..."; German only with the subject first): an official of the
        one state the sentence names ("... against 28 Chilean government officials", "... by the Kenya
        Anti-Corruption Commission"), as news name an official's state once if at all. None when the sentence names
        no state or several, or names it only by a person or a representative of its own (cues counterpart_roles:
        "President Mitterrand welcomed South African leader de Klerk": two states' leaders)."""
        if frag.subordinate:
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)
        while words and self.alpha[words[-1]] and self.token_text[words[-1]].islower():
            words.pop()   # auxiliaries and adverbs: "has reportedly conceded"
        # at most three words of the office before the title ("Planning and Investment Minister", "Vice-President")
        title = next((h for h in self.unresolved if h.role and h.kind == "description" and words
                      and words[0] <= h.tok_start and h.tok_end <= words[-1] and
                      len(self._words_between(words[0], h.tok_start)) <= 3), None)
        if title is None:
            return None
        name = [i for i in words if i >= title.tok_end]
        if not 1 <= len(name) <= 4 or not all(self.token_text[i][:1].isupper() or self.token_text[i] in "-."
                                             for i in name):
            return None
        sentence = [a for a in self.actors if self.span.start <= a.tok_start < self.span.end]
        states = {a.code for a in sentence}
        kinds = {a.entry_id.split(":")[1] for a in sentence}
        if len(states) != 1 or kinds & self.own_state_stateless_kinds or \
                all(a.entry_id.split(":")[1] in ("person", "office") or a.role in self.counterpart_roles
                    for a in sentence):
            return None
        code, end = sentence[0].code, name[-1] + 1
        official = Actor(code, title.sector, self.text[title.start_char:self.table.end_char(end - 1)],
                         title.start_char, self.table.end_char(end - 1), title.tok_start, end,
                         f"{code}:titled_official:{title.entry_id}", None, title.role, "")
        return Group([official], title.tok_start, end)

    def _people_by_place(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """People the act's object describes by where they are, as the subject rule reads "Police in Kabul": a
        description word (a sector word no actor covers: "refugees", "forces", "workers") at most five words after a
        directed trigger in its clause, then a residence preposition (cues residence_prepositions) and a state or
        capital, right behind the word or behind a participle of residence or flight and its object (cues
        residence_participles, flight_participles): "food aid to refugees fleeing the civil war in Liberia" -> LBR,
        "a truce with Moslem forces in east Bosnia" -> BIH, "Hilfe für Flüchtlinge aus Syrien" -> SYR. A venue is
        no people ("set up a research center in Tokyo" names none)."""
        if trig.entry.frame != "directed":
            return None
        hit = next((h for h in self.unresolved if h.sector and trig.tok_end <= h.tok_start < frag.tok_end), None)
        if hit is None:
            return None
        lead = self._words_between(trig.tok_end, hit.tok_start)
        if len(lead) > 5 or any(self.punct[i] or self.lower[i] in self.subordinators or
                                self.lower[i] in self.coordinators for i in lead) or \
                any(trig.tok_end <= g.tok_start < hit.tok_start for g in frag.groups):
            return None
        group = next((g for g in frag.groups if g.tok_start >= hit.tok_end), None)
        if group is None or len(group.members) != 1 or \
                group.members[0].entry_id.split(":")[1] not in ("country", "capital"):
            return None
        # the preposition, with compass words between it and the state ("in east Bosnia", "in southern Lebanon")
        gap = self._words_between(hit.tok_end, group.tok_start)
        preps = self.residence_preps | self.people_origin_preps
        at = max((k for k, i in enumerate(gap) if self.lower[i] in preps), default=None)
        if at is None or any(self.punct[i] or not (self.lower[i] in self.compass_words or
                                                   self.lower[i] in self.determiners) for i in gap[at + 1:]):
            return None
        between = gap[:at]
        if between and not (self.lower[between[0]] in self.residence_participles and len(between) == 1 or
                            self.lower[between[0]] in self.flight_participles and len(between) <= 5 and
                            all(self.alpha[i] and self.token_text[i].islower() for i in between)):
            return None
        place = group.members[0]
        span = self.table.span(hit.tok_start, group.tok_end)
        people = Actor(place.code, hit.sector, self.text[span.start_char:span.end_char], span.start_char, span.end_char,
                       hit.tok_start, group.tok_end, place.entry_id, None, hit.role, "")
        return Group([people], hit.tok_start, group.tok_end, own_state=place.code in source.codes)

    def _titled_object(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """A title before a name the tables lack right after an English act of a non-state group ("Fijian rebels
        will release Prime Minister Mahendra Chaudhry"): an official of the group's own state, the one state the
        sentence names (the other side of a domestic pair)."""
        member = source.members[0]
        if self.lang != "en" or len(source.codes) != 1 or member.sector not in self.domestic_sectors:
            return None
        words = self._words_between(trig.tok_end, frag.tok_end)
        while words and self.lower[words[0]] in self.determiners:
            words.pop(0)
        title = next((h for h in self.unresolved if h.role and h.kind == "description" and words and
                      h.tok_start == words[0]), None)
        if title is None:
            return None
        name = [i for i in words if i >= title.tok_end][:5]
        end = next((k for k, i in enumerate(name) if not self.token_text[i][:1].isupper()), len(name))
        name = name[:end]
        if not 1 <= len(name) <= 4 or any(self._is_actor_token(i) for i in name) or \
                {a.code for a in self.actors if self.span.start <= a.tok_start < self.span.end} != {member.code}:
            return None
        stop = self.table.end_char(name[-1])
        official = Actor(member.code, title.sector, self.text[title.start_char:stop], title.start_char, stop,
                         title.tok_start, name[-1] + 1, f"{member.code}:titled_official:{title.entry_id}", None,
                         title.role, "")
        return Group([official], title.tok_start, name[-1] + 1)

    def _noun_phrase(self, words: list[int]) -> bool:
        """The words are one German noun phrase in the nominative or the accusative: a nominative article,
        lowercase adjectives or numerals, one capitalized noun ("Der Angriff", "Ein schwerer Drohnenangriff")."""
        if len(words) < 2 or self.lower[words[0]] not in self.nominative_determiners:
            return False
        head = words[-1]
        return self.alpha[head] and self.token_text[head][:1].isupper() and \
            all(self.alpha[i] and self.token_text[i][:1].islower() or self.like_num[i] for i in words[1:-1])

    # ------------------------------------------------------------ sentence
    def _trigger_text(self, trig: TriggerHit) -> str:
        last = trig.tok_end - 1   # a trigger has at least one token
        text = self.text[self.idx[trig.tok_start]:self.idx[last] + len(self.token_text[last])]
        if trig.particle_token is not None:
            text += " ... " + self.token_text[trig.particle_token]
        return text

    def _fragments(self, span: TokenSpan, triggers: list[TriggerHit], list_commas: set[int]) -> list[Fragment]:
        texts, lowers, newline = self.token_text, self.lower, self.newline
        trigger_starts = {t.tok_start for t in triggers}
        cuts = [span.start]
        cut_tokens = self.cut_tokens
        aside_end = -1
        for i in cut_tokens[bisect.bisect_left(cut_tokens, span.start):bisect.bisect_left(cut_tokens, span.end)]:
            lower = lowers[i]
            if i in list_commas or texts[i] == "," and self._word_list_comma(i, span) or i <= aside_end:
                continue
            if texts[i] == "(":
                aside_end = self._name_in_brackets(i, span, trigger_starts)
                if aside_end > i:
                    continue
            if texts[i] in FRAGMENT_BREAKS or newline[i]:
                cuts.append(i + 1)
            elif i > span.start and lower in self.subordinators and texts[i - 1] not in FRAGMENT_BREAKS and \
                    not (lower in self.predicative_markers and i + 2 < span.end
                         and lowers[self._next_word(i, span.end)] in
                         self.indefinite_articles | self.predicative_adjectives):
                # "denounced as an ugly crime Serbia's ...", "bezeichnete ihn als einen Angriff", "condemned as
                # unacceptable allegations by Rwanda": no clause
                cuts.append(i)
            elif lower in self.pending_condition_openers and self._verb_follows(i, span, triggers):
                cuts.append(i)   # "occupied the town until Ukrainian forces attacked them": a clause of its own
            elif lower in self.coordinators and (i + 1 in trigger_starts or
                                                 i + 1 < span.end and lowers[i + 1] in self.predicate_auxiliaries):
                cuts.append(i)
        cuts.append(span.end)
        fragments: list[Fragment] = []
        space, punct = self.space, self.punct
        # separable verbs standing apart from their particle: particle token -> verb token
        split_verbs = {t.particle_token: t.tok_start for t in triggers if t.particle_token is not None}
        for start, stop in zip(cuts, cuts[1:]):
            for first_word in range(start, stop):   # (a loop, not a generator per fragment)
                if not space[first_word] and not punct[first_word]:
                    break
            else:
                continue   # no word in it
            relative = self._relative_clause(start, stop, split_verbs)
            subordinate = relative or lowers[first_word] in self.subordinators
            infinitive = self._infinitive(start, stop)
            fragments.append(Fragment(len(fragments), start, stop, subordinate, infinitive, relative=relative))
        return fragments

    def _verb_follows(self, i: int, span: TokenSpan, triggers: list[TriggerHit]) -> bool:
        """The next trigger after token ``i`` is a verb, before any fragment break: "until" opens a clause ("until
        Ukrainian forces attacked them", "until Russia withdraws"), not a phrase of time ("until the end of the
        war")."""
        nxt = next((t for t in triggers if t.tok_start > i), None)
        return nxt is not None and nxt.tok_start < span.end and nxt.entry.pos == "VERB" and \
            not any(self.token_text[j] in FRAGMENT_BREAKS for j in range(i + 1, nxt.tok_start))

    def _next_word(self, i: int, end: int) -> int:
        """The first token after ``i`` that is neither a space nor a quote mark ("condemned as `` unacceptable ''
        allegations"), or ``i + 1``."""
        for j in range(i + 1, end):
            if not self.space[j] and not self.table.quote[j]:
                return j
        return min(i + 1, end - 1)

    def _name_in_brackets(self, i: int, span: TokenSpan, trigger_starts: set[int]) -> int:
        """The closing bracket of a short name or abbreviation in brackets behind a name ("the Serbian Workers' Union
        (SSS) stopped work", "facilities (UCF) in central Iran"): an aside of the noun phrase that does not end the
        clause. -1 when the brackets hold more (a clause, a trigger, a number, an actor: "(PLO)" is a mention of its
        own) or are not closed within five words."""
        for j in range(i + 1, min(span.end, i + 12)):
            if self.token_text[j] == ")":
                words = self._words_between(i + 1, j)
                after = self._words_between(j + 1, min(span.end, j + 3))
                if after and self.lower[after[0]] in self.coordinators | self.subordinators:
                    return -1   # "lift the ban on the front (FIS) but not with ...": the bracket ends the clause
                return j if 0 < len(words) <= 5 and self.token_text[words[0]][:1].isupper() and \
                    all((self.alpha[t] or self.token_text[t] in ("-", "'")) and t not in trigger_starts and
                        not self._is_actor_token(t) for t in words) else -1
            if self.token_text[j] in FRAGMENT_BREAKS:
                return -1
        return -1

    def _word_list_comma(self, i: int, span: TokenSpan) -> bool:
        """A comma inside an enumeration of single lowercase words closed by and/or ("launched artillery, mortar,
        and rocket fire against ..."): it joins the words, it does not end the clause."""
        words = [t for t in range(max(span.start, i - 6), min(span.end, i + 8)) if not self.space[t]]
        at = words.index(i)
        before, after = words[:at], words[at + 1:]
        if not before or not self._list_word(before[-1]) or not after:
            return False
        if self.lower[after[0]] in self.coordinators:   # the serial comma: "mortar, and rocket"
            return len(before) >= 3 and self.token_text[before[-2]] == "," and self._list_word(before[-3]) and \
                len(after) > 1 and self._list_word(after[1])
        return self._list_word(after[0]) and len(after) > 1 and \
            (self.token_text[after[1]] == "," or self.lower[after[1]] in self.coordinators)

    def _list_word(self, t: int) -> bool:
        return self.alpha[t] and self.token_text[t].islower() and self.lower[t] not in self.coordinators and \
            self.lower[t] not in self.subordinators

    def _relative_clause(self, start: int, stop: int, split_verbs: dict[int, int] | None = None) -> bool:
        """The fragment is a relative clause: a relative pronoun (cues relative_pronouns; after a preposition: "mit
        dem", "against whom") right behind a comma that closes a noun ("Russland, das ...", "Russia, which ..."). A
        German one also closes with its verb ("..., das die Ukraine angegriffen hatte,"), unlike a main clause
        opening with an article ("..., die Gespräche dauern an"). ``split_verbs``: particle token -> verb token of
        the separable triggers whose verb stands apart from its particle."""
        comma = start - 1 if start > 1 and not self.space[start - 1] else start - 2
        words = [t for t in range(start, stop) if not self.space[t] and not self.punct[t]]
        if len(words) < 2:
            return False
        if comma < 1 or self.token_text[comma] != ",":
            # a possessive relative needs no comma: "between the Emirates and Saudi Arabia whose ties have been
            # strained by ...", "the country whose troops attacked" (its antecedent is the noun right before it)
            noun = next((i for i in range(start - 1, -1, -1) if not self.space[i]), -1)
            return self.lang != "de" and noun >= 0 and self.alpha[noun] and \
                self.lower[words[0]] in self.possessive_relatives
        k = 1 if self.lower[words[0]] in self.prepositions else 0
        if self.lower[words[k]] not in self.relative_pronouns or len(words) < k + 2:
            return False
        if k and self.lower[words[0]] in self.infinitive_clause_openers and self._infinitive(start, stop):
            return False   # "..., um den Opfern zu helfen", "ohne den Plan zu billigen": an article, no pronoun
        noun = comma - 1
        if not self.alpha[noun]:
            return False
        if self.lang != "de":
            return True
        last = words[-1]
        # "Russland bestritt am Montag, die Ukraine angegriffen zu haben": a clause closing with a zu-infinitive is an
        # infinitive clause (a relative one closes with its finite verb)
        if self.lower[words[-2]] in self.infinitive_markers or self._zu_infinitive(last):
            return False
        # "Am Montag sagte Russland, die Ukraine habe angegriffen": a finite auxiliary before the clause's last word,
        # which is none, is verb second, a main clause (a relative one ends with it: "..., das die Ukraine angegriffen
        # haben soll")
        auxiliaries = self.finite_auxiliaries
        if self.lower[last] not in auxiliaries and any(self.lower[t] in auxiliaries for t in words[k + 1:-1]):
            return False
        # "Am Montag sagte Russland, die Ukraine greife die Stadt an": a separable verb apart from its particle is
        # verb second too (a verb-final clause joins them: "..., die die Stadt angreift")
        verb = split_verbs.get(last) if split_verbs else None
        if verb is not None and start <= verb < last:
            return False
        return self.token_text[noun][:1].isupper() and self.alpha[last] and self.token_text[last][:1].islower() \
            and len(words) >= k + 3

    def _relative_pronoun(self, frag: Fragment) -> tuple[int, Group | None, bool]:
        """(token, antecedent, is subject) of a relative clause: the antecedent is the group that ends right before
        its comma (None if that noun names no actor); the pronoun is the clause's subject unless a preposition or its
        case makes it an object ("dem", "den": oblique_determiners; "whom"; "which Russia attacked": a noun phrase
        follows it), or it names the antecedent as a possessor ("dessen Truppen", "whose troops")."""
        words = self._words_between(frag.tok_start, frag.tok_end)
        k = 1 if self.lower[words[0]] in self.prepositions else 0
        tok = words[k]
        comma = next(i for i in range(frag.tok_start - 1, -1, -1) if not self.space[i])
        # the group before the comma, or right before a possessive relative without one ("Ukraine whose troops")
        close = comma if self.token_text[comma] == "," else comma + 1
        antecedent = next((g for f in self.fragments[:frag.index] for g in f.groups if g.tok_end == close), None)
        lower = self.lower[tok]
        subject = k == 0 and lower not in self.oblique_determiners and lower not in self.object_relatives
        if subject and self.lang != "de" and len(words) > k + 1 and lower not in self.possessive_relatives:
            nxt = words[k + 1]   # "which Russia attacked", "who the army had arrested"
            subject = not (self.lower[nxt] in self.determiners or self._is_actor_token(nxt) or
                           self.token_text[nxt][:1].isupper())
        return tok, antecedent, subject


    def _dateline_end(self, span: TokenSpan) -> int:
        """End of a news dateline ("GAZA CITY, Palestinian Territories:", "LYON:"): capitalized place words up to a
        colon, the first in capitals. Places there say where the report was filed, not who acted."""
        space = self.space
        if ":" not in self.token_text[span.start:span.start + 12]:   # (a slice stops at the doc's end)
            return span.start   # no colon, no dateline
        words = [i for i in range(span.start, min(span.end, span.start + 12)) if not space[i]]
        for k, i in enumerate(words):
            if self.token_text[i] == ":":
                names = [w for w in words[:k] if not self.punct[w]]
                first = self.token_text[names[0]] if names else ""
                if names and len(first) > 1 and first.isupper() and \
                        all(self.alpha[w] and self.token_text[w][:1].isupper() for w in names):
                    return i + 1
                return span.start
            if not (self.alpha[i] or self.token_text[i] == ","):
                return span.start
        return span.start

    def _infinitive(self, start: int, stop: int) -> bool:
        """Tokens start..stop hold an infinitive: a marker before a lowercase word that is no determiner ("to
        attack", "um zu"), or a German zu-infinitive. Only the marker and long-zu tokens of the doc are visited."""
        lowers, texts, space, punct = self.lower, self.token_text, self.space, self.punct
        german = self.lang == "de"   # _zu_infinitive never holds in another language, nor for 8 letters or less
        tokens = self.infinitive_tokens
        for token in tokens[bisect.bisect_left(tokens, start):bisect.bisect_left(tokens, stop)]:
            if space[token] or punct[token]:
                continue    # words only
            lower = lowers[token]
            if lower in self.infinitive_markers:
                nxt = next((t for t in range(token + 1, stop) if not space[t] and not punct[t]), None)
                if nxt is not None and texts[nxt][:1].islower() and lowers[nxt] not in self.determiners:
                    return True
            if german and len(lower) > 8 and self._zu_infinitive(token):
                return True
        return False

    def _zu_infinitive(self, token: int) -> bool:
        """German infinitive with the "zu" inside: zusammenzuarbeiten, entgegenzustellen, abzuziehen."""
        lower = self.lower[token]
        if self.lang == "de" and len(lower) > 8 and "zu" in lower[2:-3] and lower.endswith("en") \
                and self.token_text[token][:1].islower():
            cut = lower.rfind("zu", 2, len(lower) - 3)
            return cut >= 2 and len(lower) - cut - 2 >= 4
        return False

    def _sentence(self, s_index: int, span: TokenSpan, actors: list[Actor], triggers: list[TriggerHit],
                  sanction_tokens: list[int]) -> None:
        list_commas = self._list_commas(actors)
        fragments = self._fragments(span, triggers, list_commas)
        if not fragments:
            return
        groups = self._groups(actors, span, list_commas)
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
                if lowers[i] in pronoun_words or \
                        i in group_reference_words and self._is_group_reference(i, frag.tok_end):
                    frag.pronouns.append(i)
        self.dates_found = False   # the date search waits for the first row to date (half the sentences have none)
        self.fragments = fragments
        self.frag_of = frag_of
        self.sentence_triggers = triggers
        self.sentence_index = s_index
        self.span = span
        self.paragraph = self._paragraph_of(span.start)
        self.coded_triggers: list[tuple[TriggerHit, Group, Group | None, str]] = []
        self.deferred_intents: list[TriggerHit] = []   # intent words waiting for the act after them
        self.reflexive_acts: list[tuple[TriggerHit, Group, Group | None, str]] = []
        self.described_agent_acts: list[TriggerHit] = []   # "an air strike by government forces": nobody named
        self.demand_scopes: list[tuple[int, int]] = []   # (modal, end) of a reported demand's content
        # rows are made with the index of the sentence being coded: this sentence's rows are the ones added from here
        self.sentence_first_event = len(self.result.events)
        self.sentence_reporting = next((self._group_text(g) for g in groups if g.prep in self.reporting_preps), None)
        speech = [t for t in triggers if t.entry.frame == "speech" and self.in_quote[t.tok_start] is None
                  and not self._speech_word_before_act_noun(t, triggers)]
        self._statements(speech)
        self._carried_quotes(span, speech)
        for trig in triggers:
            if trig.entry.frame == "speech":
                if self.in_quote[trig.tok_start] is not None:
                    self._veto(trig.entry, "speech word inside a quote is not coded")
                continue
            self._content_event(trig)
        for trig in self.deferred_intents:
            # "is willing to send material to help defend Saudi Arabia": no later act was coded, so the intent
            # word is the commitment itself (030)
            if not any(other.tok_start >= trig.tok_end for other, _s, _t, _c in self.coded_triggers):
                self._content_event(trig, intent_alone=True)
        for i in sanction_tokens:
            self._sanction(i)
        self._conditional_threat()
        self._threat_targets()
        self._ultimatum()
        self._claims()
        self._dedupe_sentence()

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
            if not row.rule_id.startswith("sanction."):
                continue
            verbs = [e for e in mine if not e.rule_id.startswith("sanction.") and e.cameo_root == row.cameo_root
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
        # below the general one is kept, with the general row's target when it has none
        for e in mine:
            finer = next((o for o in mine if len(o.cameo_code) > len(e.cameo_code) and
                          o.cameo_code.startswith(e.cameo_code) and o.source_actor == e.source_actor and
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
                key = ("ASSAULT", event.source_actor, event.target_actor, event.negated)
                if event.target_actor is None and any(
                        o.event_type == "ASSAULT" and o.source_actor == event.source_actor and o.target_actor
                        and o.negated == event.negated and o.statement is None and id(o) not in dropped
                        for o in events[first:]):
                    continue
            if key not in seen:
                seen.add(key)
                kept.append(event)
        events[first:] = kept

    def _paragraph_of(self, tok: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, tok)   # the starts ascend: how many are <= tok

    # ------------------------------------------------------------ pronouns and subjects
    def _resolve_reference(self, tok: int) -> Group | None:
        """The group a pronoun or description at ``tok`` refers to: the latest earlier mention that fits."""
        n = len(self.lower)
        lower = self.lower[tok]
        candidates = [g for g in self._current_groups_before(tok)] + []
        history = self.history + candidates
        if self._is_group_reference(tok, n):
            following = set(self.lower[tok:min(tok + 3, n)])
            wants_persons = bool(following & self.person_group_nouns)
            for group in reversed(history):
                if len(group.codes) >= 2 and not wants_persons:
                    return group
            # the last two people of two states; else (cues person_group_nouns) the last two officials ("Japanese
            # Prime Minister X ... The two leaders") or, for "the two countries", the last two states named apart
            fits = [lambda m: m.person, (lambda m: m.role) if wants_persons else (lambda m: True)]
            for fit in fits:
                persons: list[Actor] = []
                for group in reversed(history):
                    for m in group.members:
                        if m.code and fit(m) and all(p.code != m.code for p in persons):
                            persons.append(m)
                    if len(persons) == 2:
                        return Group(list(reversed(persons)), tok, tok + 1, pronoun=True)
            return None
        person_only = lower in self.person_pronouns
        described = self._described_speaker(tok)
        if described is not None:
            return described
        shared = self._shared_speaker(tok, person_only)
        if shared is not None:
            return shared
        for group in reversed(history):
            if group.prep is not None and group.prep not in self.agent_preps:
                # "Security forces in Guinea said they ...": the actor of a subject's modifier is the subject
                frag = self.frag_of.get(group.tok_start)
                modifier = self._subject_modifier(frag, group.tok_end) \
                    if frag is not None and group.prep in self.subject_modifier_preps and group.tok_end <= tok else None
                if modifier is None or modifier.tok_start != group.tok_start or \
                        person_only and not any(m.person for m in modifier.members):
                    continue
                return modifier
            if person_only and not any(m.person for m in group.members):
                continue
            return group
        return None

    def _shared_speaker(self, tok: int, person_only: bool) -> Group | None:
        """"Germany criticised Russia's attack on Ukraine, and said it would send more weapons": the pronoun that
        opens what a coordinated speech verb's shared subject says (only complementizers before it) is that
        speaker, not the latest actor of the clause before."""
        for st in reversed(self.statements):
            if st.sentence_index != self.sentence_index:
                break
            start, stop = st.content_tokens
            if st.shared_subject and start <= tok < stop and \
                    all(self.lower[i] in self.complementizers for i in self._words_between(start, tok)) and \
                    not (person_only and not any(m.person for m in st.speaker.members)):
                return Group(st.speaker.members, tok, tok + 1, pronoun=True)
        return None

    def _described_speaker(self, tok: int) -> Group | None:
        """"Rebels said they had killed two soldiers", "Rebellen sagten, sie hätten ...": a pronoun in what a speaker
        says who is described but names no actor (a sector word of the tables opening the speech verb's clause, no
        actor before the verb) is that speaker, not an actor of an earlier sentence: a group of one actor without a
        code (an unknown source), or None. Only with no actor between the speech verb and the pronoun."""
        speech = next((t for t in reversed(self.sentence_triggers) if t.entry.frame == "speech" and
                       t.tok_end <= tok), None)
        if speech is None or any(speech.tok_end <= a.tok_start < tok for a in self.actors):
            return None
        frag = self.frag_of.get(speech.tok_start)
        if frag is None:
            return None
        before = self._words_between(frag.tok_start, speech.tok_start)
        if not before or len(before) > 4 or \
                any(a.tok_start < speech.tok_start and a.tok_end > frag.tok_start for a in self.actors):
            return None
        hit = next((h for h in self.unresolved if before[0] <= h.tok_start <= before[-1] and h.sector), None)
        if hit is None:
            return None
        span = self.table.span(hit.tok_start, hit.tok_end)
        nobody = Actor(None, hit.sector, self.text[span.start_char:span.end_char], span.start_char, span.end_char,
                       hit.tok_start, hit.tok_end, "unnamed", None, None, "")
        return Group([nobody], tok, tok + 1, pronoun=True)

    def _is_group_reference(self, tok: int, end: int) -> bool:
        return any(match_at(p, self.keys, tok, end) is not None for p in self.group_reference_words.get(tok, ()))

    def _current_groups_before(self, tok: int) -> list[Group]:
        return [g for f in self.fragments for g in f.groups if g.tok_end <= tok]

    def _subject(self, frag: Fragment, before: int | None = None) -> Group | None:
        """First non-prepositional group of the fragment, or a resolvable pronoun; in a relative clause whose pronoun
        is the subject, the antecedent (None when it names no actor)."""
        if frag.relative:
            tok, antecedent, is_subject = self._relative_pronoun(frag)
            if is_subject:
                return Group(antecedent.members, tok, tok + 1, pronoun=True) if antecedent is not None else None
        quote = self.in_quote[frag.tok_start] or (self.in_quote[before] if before is not None else None)
        pron_pos = frag.pronouns[0] if frag.pronouns else None
        # German verb second after a fronted adverbial: a nominative pronoun right behind the finite verb is the
        # subject, before any name ("Am Montag kritisierte er den Plan der EU")
        behind_verb = pron_pos is not None and before is not None and pron_pos > before and not frag.subordinate and \
            self.lower[pron_pos] in self.nominative_pronouns and not self._words_between(before + 1, pron_pos)
        for group in frag.groups:
            if group.prep is None and not group.genitive and not (self.lang == "de" and self._oblique(group)):
                if pron_pos is not None and pron_pos < group.tok_start and (before is None or pron_pos < before or
                                                                            behind_verb):
                    break
                return group
        for tok in frag.pronouns:
            if before is not None and tok > before and not (behind_verb and tok == pron_pos):
                break
            lower = self.lower[tok]
            previous = self._words_between(frag.tok_start, tok)
            if previous and self.lower[previous[-1]] in self.prepositions - self.infinitive_markers:
                continue    # "a mortar bomb was fired at it": the object of a preposition is no subject
            if lower in self.first_person:
                if quote is not None:
                    speaker = self._quote_speaker(quote)
                    if speaker is not None:   # stands where "we" stands: '"We condemn this," the minister said'
                        return Group(speaker.members, tok, tok + 1, pronoun=True)
                continue
            group = self._resolve_reference(tok)
            if group is not None:
                return Group(group.members, tok, tok + 1, pronoun=True)
        return None

    def _quote_speaker(self, quote: Quote) -> Group | None:
        for st in reversed(self.statements):
            if st.quote is quote:
                return st.speaker
        return None

    # ------------------------------------------------------------ statements
    def _speech_word_before_act_noun(self, trig: TriggerHit, triggers: list[TriggerHit]) -> bool:
        """"declared a 30-day state of siege", "verhängte eine Ausgangssperre": a speech word whose object is an act
        noun it supports (the noun's support family names it) is the act's verb, not a statement. At most four
        words between them, no punctuation but hyphens."""
        act = next((t for t in triggers if t.tok_start >= trig.tok_end), None)
        if act is None or act.entry.pos == "VERB" or \
                self.frag_of.get(act.tok_start) is not self.frag_of.get(trig.tok_start):
            return False
        gap = self._words_between(trig.tok_end, act.tok_start)
        if len(gap) > 4 or any(self.punct[i] and self.token_text[i] != "-" for i in gap):
            return False
        # every reading of the noun ("state of emergency": imposed 1724 or lifted 0814)
        families = {entry.support for entry in self.readings.get((act.entry.pattern.lower(), act.entry.pos),
                                                                 [act.entry]) if entry.support}
        clause_end = self.frag_of[trig.tok_start].tok_end if trig.tok_start in self.frag_of else trig.tok_end
        is_act = any(pattern.payload in families and
                     match_at(pattern, self.keys, trig.tok_start, trig.tok_end, clause_end) == trig.tok_end
                     for pattern in self.cues.index("support").candidates(self.keys[trig.tok_start]))
        if is_act:
            self._veto(trig.entry, f"verb of the act noun {act.entry.entry_id}: coded as that act")
        return is_act

    def _veto(self, entry: TriggerEntry, why: str) -> None:
        """Record that the trigger of ``entry`` produced no event and why (the --explain decisions); returns None, so
        a veto that ends the trigger's coding reads ``return self._veto(entry, "...")``."""
        self.decisions.append({"trigger": entry.entry_id, "emitted": False, "why": why})

    def _statements(self, speech: list[TriggerHit]) -> None:
        found: list[StatementInfo] = []
        for trig in speech:
            frag = self.frag_of[trig.tok_start]
            reporting = None
            candidates: list[Group] = []
            passive = self._has_word(self.passive_aux, frag.tok_start, frag.tok_end)
            for group in frag.groups:
                if group.prep in self.reporting_preps or (passive and group.prep in self.agent_preps):
                    reporting = self._group_text(group)
                elif group.prep is None and not group.genitive:
                    candidates.append(group)
            if self.lang == "en" and candidates and candidates[0].tok_start >= trig.tok_end and \
                    self._content_subject_before(trig.tok_end, candidates[0].tok_start):
                # "quoted as saying he would host a meeting between ... and the PLO": the name after "he" belongs to
                # what was said; an inverted English speaker follows the verb directly ("said Putin")
                candidates = [g for g in candidates if g.tok_start < trig.tok_start]
            if not candidates or candidates[0].tok_start >= trig.tok_end:
                # "Planning and Investment Minister Tran Xuan Gia said Vietnam is ...", "Außenminister Nguyen sagte,
                # Vietnam werde ...": the titled name speaks
                official = self._titled_official(trig, frag)
                candidates = [official] + candidates if official is not None else candidates
            speaker = self._clause_subject(candidates, trig) if candidates else None
            if speaker is not None and self._is_media(speaker):
                # "zitierte die Agentur Xinhua den Minister": the outlet reports, the person speaks
                persons = [g for g in candidates if not self._is_media(g)]
                if persons:
                    reporting = reporting or self._group_text(speaker)
                    speaker = persons[0]
            coordinated = trig.tok_start > frag.tok_start and \
                self.lower[frag.tok_start] in self.coordinators
            shared = None
            if coordinated and (speaker is None or speaker.tok_start > trig.tok_start):
                if found:
                    speaker = found[-1].speaker
                elif all(self.lower[i] in self.predicate_adverbs
                         for i in self._words_between(frag.tok_start + 1, trig.tok_start)):
                    # "Iran condemned the sanctions imposed by the US, and said it would respond": a coordinated
                    # predicate without its own subject shares the subject of the main clause before it (not
                    # "..., but media reports said ...", whose subject names no actor; cues predicate_adverbs)
                    shared = speaker = self._coordinated_subject(frag)
                if speaker is not None:
                    candidates = [speaker] + candidates
            if shared is None and self._speech_participle(trig, frag):
                # "Ukraine criticized the meeting, saying Beijing could not claim neutrality": the participle's
                # subject is the main clause's; the name behind it is in what was said ("saying X" is no inversion)
                subject = self._coordinated_subject(frag)
                if subject is not None:
                    shared = speaker = subject
                    candidates = [speaker] + [g for g in candidates if g.tok_start < trig.tok_start]
            if speaker is None:
                # behind a coordinated English speech word a pronoun is in what was said ("and said it would ..."); a
                # German one can be the speaker ("und sagte er")
                speaker = self._subject(frag, trig.tok_start if coordinated and self.lang == "en" else None)
            if speaker is None or speaker.tok_start > trig.tok_start:
                # "Police in Kabul said ...", "Officials in Moscow said ...", "Die Polizei in Kabul sagte, ...": the
                # actor in the prepositional phrase of a subject that names no actor speaks (as for acts)
                modifier = self._subject_modifier(frag, trig.tok_start)
                if modifier is not None:
                    speaker = modifier
            if speaker is None and frag.index > 0 and self.fragments[frag.index - 1].relative:
                # "Polen, das die Ukraine unterstützt, sagte ...": the subject before the relative clause speaks
                main = next((f for f in reversed(self.fragments[:frag.index]) if not f.relative), None)
                speaker = self._subject(main) if main is not None else None
            apposed = speaker is None
            if apposed:
                speaker = self._subject_before_apposition(frag)
            if speaker is None:
                self._veto(trig.entry, "no speaker")
                continue
            if self._is_media(speaker):
                # "Wie KCNA berichtete, ...", "state media reported": the outlet is the sentence's reporting source
                self.sentence_reporting = self.sentence_reporting or self._group_text(speaker)
            elif reporting is not None:
                self.sentence_reporting = self.sentence_reporting or reporting
            addressee = self._addressee(trig, frag, speaker, candidates)
            quote, content = self._statement_content(trig, frag)
            if (apposed or shared is not None) and quote is None and trig.tok_end < self._content_end(trig):
                # "X, a UK-based group, said ...", "X condemned ..., and said ...": what was said follows
                content = (trig.tok_end, self._content_end(trig))
            if content is not None and addressee is not None and content[0] <= addressee.tok_start < content[1]:
                content = (addressee.tok_end, content[1])   # "told Putin that ...": what was said follows
            if content is None:
                self._veto(trig.entry, "speech word without content")
                continue
            found.append(StatementInfo(speaker, self._group_text(speaker), trig, content, quote, addressee,
                                       reporting, self.sentence_index, self.paragraph,
                                       shared_subject=shared is not None))
        media = [st for st in found if self._is_media(st.speaker)]
        if media:
            for st in found:
                if st not in media and st.reporting is None:
                    st.reporting = media[0].speaker_text
            for st in media:
                self._veto(st.trigger.entry, f"media speaker {st.speaker_text!r} is the reporting source")
            found = [st for st in found if st not in media]
        for st in found:
            self._emit_statement(st)

    def _act_participle(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An English verb in -ing opening a clause after a comma: ", killing two people"."""
        return self.lang == "en" and frag.index > 0 and trig.entry.pos == "VERB" and \
            trig.tok_start == frag.tok_start and self.lower[trig.tok_start].endswith("ing") and \
            self.token_text[trig.tok_start - 1] == ","

    def _speech_participle(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An English speech word in -ing opening a clause after a comma: ", saying ...", ", adding that ..."."""
        return self.lang == "en" and frag.index > 0 and trig.tok_start == frag.tok_start and \
            self.lower[trig.tok_start].endswith("ing") and self.token_text[trig.tok_start - 1] == ","

    def _coordinated_subject(self, frag: Fragment) -> Group | None:
        """The subject of the main clause before a coordinated fragment (its relative and subordinate clauses
        skipped): "Germany criticised Russia's attack on Ukraine, and said ..." (Germany), "Deutschland kritisierte
        den Angriff und sagte, ..."; None when that clause names none."""
        main = next((f for f in reversed(self.fragments[:frag.index]) if not f.subordinate and not f.infinitive),
                    None)
        if main is None or self.lower[main.tok_start] in self.coordinators:
            return None
        return self._subject(main)

    def _clause_subject(self, candidates: list[Group], trig: TriggerHit) -> Group:
        """The first candidate, unless a coordinated clause with its own subject stands before the speech word:
        "China remained mum and Russia's UN ambassador said" (not "Russia and the Chinese president said")."""
        speaker = candidates[0]
        for group in candidates[1:]:
            if group.tok_end > trig.tok_start:
                break
            between = self._words_between(speaker.tok_end, group.tok_start)
            opening = next((k for k, t in enumerate(between) if self.lower[t] in self.coordinators), None)
            if opening is not None and opening > 0 and \
                    all(self.lower[t] in self.determiners for t in between[opening + 1:]):
                speaker = group
        return speaker

    def _content_subject_before(self, start: int, stop: int) -> bool:
        """A pronoun or complementizer between a speech word and a later name: the name is in the content."""
        opens = self.complementizers | self.person_pronouns | self.any_pronouns | self.first_person
        return any(self.lower[i] in opens for i in self._words_between(start, stop))

    def _is_media(self, group: Group) -> bool:
        return all((m.sector == "MED" or (m.role or "") in self.media_roles) for m in group.members)

    def _addressee(self, trig: TriggerHit, frag: Fragment, speaker: Group, candidates: list[Group]) -> Group | None:
        for group in frag.groups:
            if group.prep in self.addressee_preps and group.tok_start > trig.tok_start:
                # close to the speech word ("said to reporters", "sagte Scholz gegenüber Xi"); a "to X" deep in the
                # content ("announced it would free prisoners as a gesture to Abbas") is part of what was said, and
                # so is one behind the verb's own object ("warned China against supplying weapons to Russia")
                if any(g.prep is None and trig.tok_end <= g.tok_start and g.tok_end <= group.tok_start
                       for g in frag.groups):
                    break
                gap = self._words_between(trig.tok_end, group.tok_start)
                opens_content = self.complementizers | self.subordinators | self.person_pronouns | \
                    self.any_pronouns | self.first_person
                if len(gap) <= 5 and not any(self.lower[i] in opens_content for i in gap):
                    return group
                break
        if not (self.keys[trig.tok_start][-1] in self.addressee_verbs or self.lower[trig.tok_start]
                in self.addressee_verbs):
            return None
        after = [g for g in candidates if g is not speaker and g.tok_start > trig.tok_start]
        if not after:
            return None
        nxt = after[0]
        gap = self._words_between(max(speaker.tok_end, trig.tok_end), nxt.tok_start)
        if speaker.tok_start > trig.tok_start:      # "sagte Xi Putin": addressee right after the speaker
            return nxt if not gap else None
        # "Xi sagte Putin", "Xi told Putin", "Poland told the US", "erinnerte die USA daran"
        return nxt if all(self.lower[i] in self.determiners for i in gap) else None

    def _statement_content(self, trig: TriggerHit, frag: Fragment) -> tuple[Quote | None, tuple[int, int] | None]:
        span = self.span
        punct, space, alpha = self.punct, self.space, self.alpha
        # a quote that closes right before the attribution ("„...“, sagte X")
        for quote in self.quotes:
            if quote.close_token is not None and quote.close_token < trig.tok_start and quote.word_count >= 1:
                between = range(quote.close_token + 1, frag.tok_start)
                if all(punct[t] or space[t] for t in between) and quote.close_token >= span.start - 1 \
                        and self._attribution_only(frag, trig, quote):
                    return quote, (quote.open_token + 1, quote.close_token)
        # a quote that opens after the speech word within the sentence ("X sagte: „...“", "fügte hinzu, dass W „...“")
        stop = self._content_end(trig)
        for quote in self.quotes:
            if trig.tok_end <= quote.open_token < stop and quote.word_count >= 1:
                lead = [t for t in range(trig.tok_end, quote.open_token) if not space[t] and not punct[t]]
                if all(self._is_actor_token(t) for t in lead):   # "X sagte: „…“", "said Xi: “…”"
                    return quote, (quote.open_token + 1, quote.end_token)
                break
        if self._verb_first(frag, trig) and not self._complement_follows(frag) and \
                not (frag.index > 0 and self.fragments[frag.index - 1].relative):
            # "..., sagte X": the attributed content precedes (not a relative clause: "Polen, das ..., sagte")
            prev = [f for f in self.fragments if f.tok_end <= frag.tok_start]
            if prev:
                start = prev[0].tok_start
                for st in self.statements:
                    if st.sentence_index == self.sentence_index and st.content_tokens[1] <= frag.tok_start:
                        start = max(start, st.trigger.tok_end if st.trigger else start)
                return None, (start, prev[-1].tok_end)
        if stop > trig.tok_end and any(alpha[trig.tok_end:stop]):
            later = [f for f in self.fragments if f.tok_start >= frag.tok_end]
            words_after = sum(alpha[trig.tok_end:stop])
            speaker_first = any(g.tok_end <= trig.tok_start and g.prep is None for g in frag.groups) or \
                any(p < trig.tok_start for p in frag.pronouns) or self._titled_official(trig, frag) is not None or \
                self._subject_modifier(frag, trig.tok_start) is not None   # "Police in Kabul said ..."
            # "Russia denied attacking Ukraine": a gerund act opening what was said is content however short
            gerund = speaker_first and words_after < 3 and \
                any(t.entry.frame != "speech" and trig.tok_end <= t.tok_start < stop and
                    self._speakers_gerund(trig.tok_end, t) for t in self.sentence_triggers)
            if later or self._has_clause_after(trig, frag) or (speaker_first and words_after >= 3) or gerund:
                # "Am Montag sagte Russland, die Ukraine habe ...": the speaker behind the verb is not what was said
                behind = self._speaker_behind_verb(trig, frag) if later else None
                return None, (trig.tok_end if behind is None else behind.tok_end, stop)
        speaker = self._speaker_behind_verb(trig, frag)
        if speaker is not None and sum(alpha[speaker.tok_end:stop]) >= 3 and \
                not any(speaker.tok_end <= t.tok_start < stop and t.entry.frame != "speech" and not t.entry.support
                        for t in self.sentence_triggers):
            # "Am Montag wies Russland die Vorwürfe der Ukraine zurück": what was said follows the speaker behind the
            # verb, as it follows the verb in "Russland wies am Montag die Vorwürfe der Ukraine zurück"; not an act
            # that needs no support word ("Am Montag verkündete die Hisbollah eine einseitige Waffenruhe": the act)
            return None, (speaker.tok_end, stop)
        if frag.index > 0 and frag.index == len(self.fragments) - 1:
            # "..., the State Department said on Friday.": a closing attribution takes what precedes it
            prev = self.fragments[:frag.index]
            return None, (prev[0].tok_start, prev[-1].tok_end)
        return None, None

    def _speaker_behind_verb(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """German verb second after a fronted adverbial ("Am Montag", "In Moskau"; no coordinator, no subordinate
        clause): the name right behind the finite speech verb, only articles between them, in no oblique case."""
        if self.lang != "de" or frag.subordinate or frag.infinitive:
            return None
        lead = self._words_between(frag.tok_start, trig.tok_start)
        if not lead or self.lower[lead[0]] in self.coordinators:
            return None
        if any(g.prep is None and g.tok_end <= trig.tok_start for g in frag.groups) or \
                any(p < trig.tok_start for p in frag.pronouns):
            return None   # the subject stands before the verb ("US-Präsident Biden warnte Xi ...": Xi is addressed)
        named = next((g for g in frag.groups if g.tok_start > trig.tok_start), None)
        if named is None or named.prep is not None or named.genitive or named.pronoun or self._oblique(named) or \
                any(self.lower[i] not in self.determiners for i in self._words_between(trig.tok_start + 1,
                                                                                      named.tok_start)):
            return None
        return named

    def _speakers_gerund(self, start: int, trig: TriggerHit) -> bool:
        """English: the act ``trig`` opens what was said (from token ``start``) as a gerund, right behind the speech
        word ("denied attacking Ukraine", "admitted attacking") or as the participle of a perfect gerund (cues
        perfect_gerunds: "denied having attacked Ukraine"); its subject is the speaker."""
        if self.lang != "en":
            return False
        lead = self._words_between(start, trig.tok_start)
        if not lead:
            return self.lower[trig.tok_start].endswith("ing")
        return len(lead) == 1 and self.lower[lead[0]] in self.perfect_gerunds and trig.entry.pos == "VERB"

    def _complement_follows(self, frag: Fragment) -> bool:
        """ "gab Putin zu, dass ...": a verb-first attribution whose content follows."""
        if frag.index + 1 >= len(self.fragments):
            return False
        nxt = self.fragments[frag.index + 1]
        return self.lower[nxt.tok_start] in self.complementizers or \
            self.token_text[nxt.tok_start - 1] == ":"

    def _is_actor_token(self, tok: int) -> bool:
        return self.in_actor[tok] or self.lower[tok] in self.actor_token_words

    def _has_clause_after(self, trig: TriggerHit, frag: Fragment) -> bool:
        return self._has_word(self.subordinators, trig.tok_end, frag.tok_end)

    def _verb_first(self, frag: Fragment, trig: TriggerHit) -> bool:
        words = [t for t in range(frag.tok_start, trig.tok_start) if not self.space[t] and not self.punct[t]]
        return not words and frag.index > 0

    def _statement_topic(self, frag: Fragment, speaker_codes: set[str]) -> Group | None:
        """The actor a statement is about, named in its attribution: "sagte Baerbock mit Blick auf Russland",
        "said ... regarding Russia". A topic phrase (cue list topic_phrases) right before the group; determiners
        between them are skipped."""
        for group in frag.groups:
            if not set(group.codes) - speaker_codes:
                continue
            j = group.tok_start - 1
            while j >= frag.tok_start and (self.space[j] or self.lower[j] in self.determiners):
                j -= 1
            for phrase in self.topic_phrases:
                start = j - len(phrase) + 1
                if start >= frag.tok_start and all(self.lower[start + k] == w for k, w in enumerate(phrase)):
                    return group
        return None

    def _attribution_only(self, frag: Fragment, trig: TriggerHit, quote: Quote) -> bool:
        # '"... with Ukraine," NATO chief X told reporters': the comma inside the quote cuts the clause before the
        # closing mark, so the attribution may start with it
        return frag.tok_start >= quote.close_token

    def _content_end(self, trig: TriggerHit) -> int:
        """Content runs to the next speech word of the sentence, a fragment opening a coordinated main clause
        ("..., und im September ...") or the sentence end."""
        stop = self.span.end
        own = self.frag_of.get(trig.tok_start)
        for frag in self.fragments:
            if own is not None and frag.index > own.index and frag.tok_start > 0 and \
                    self.lower[frag.tok_start] in self.coordinators and \
                    self.token_text[frag.tok_start - 1] in FRAGMENT_BREAKS:
                stop = frag.tok_start
                break
        for other in self.doc.user_data.get(TRIGGERS_KEY, []):
            if other.entry.frame == "speech" and trig.tok_end <= other.tok_start < stop \
                    and self.in_quote[other.tok_start] is None:
                frag = self.frag_of.get(other.tok_start)
                stop = frag.tok_start if frag is not None and frag.tok_start > trig.tok_end else other.tok_start
                break
        return stop

    def _emit_statement(self, st: StatementInfo) -> None:
        start, stop = st.content_tokens
        content_groups = [g for f in self.fragments for g in f.groups if start <= g.tok_start < stop]
        if st.quote is not None and not (st.quote.open_token >= self.span.start):
            content_groups = []
        speaker_codes = set(st.speaker.codes)
        if st.trigger is not None:
            st.topic = self._statement_topic(self.frag_of[st.trigger.tok_start], speaker_codes)
        target_group = st.addressee or st.topic
        if target_group is None:
            for group in content_groups + self._quote_groups(st.quote):
                others = [m for m in group.members if m.code not in speaker_codes]
                if others and self._group_text(group) != st.reporting and not self._is_media(group):
                    target_group = Group(others, group.tok_start, group.tok_end)
                    break
        st.target = target_group
        if target_group is None and all(m.code is None for m in st.speaker.members):
            # "The rebels said they will fight until their demands are met": nobody named says something about
            # nobody named, as an act with no source actor and no target: no row
            if st.trigger is not None:
                self._veto(st.trigger.entry, "statement with no speaker actor and no target")
            return
        if st.quote is not None:
            q_start, q_end = st.quote.start_char, st.quote.end_char
            quote_text, direct = self.text[q_start:q_end], True
            ev_start, ev_end = q_start, q_end
        else:
            punct = self.punct
            tokens = self._words_between(start, stop)
            own = self.frag_of[st.trigger.tok_start] if st.trigger is not None else None
            rest = [t for t in tokens if own is not None and t >= own.tok_end]
            if rest and tokens[0] < own.tok_end and sum(self.alpha[t] for t in tokens if t < own.tok_end) <= 4 and \
                    not getattr(self.frag_of.get(rest[0]), "relative", False):   # not "said China, which ..., would"
                tokens = rest   # "Xi sagte am Montag, China sei ...", "Er sagte nicht, dass ...": the speech verb's
                # own clause (a date, a negation) is not what was said
            while tokens and (punct[tokens[0]] or self.lower[tokens[0]] in self.subordinators):
                tokens = tokens[1:]
            while tokens and punct[tokens[-1]]:
                tokens = tokens[:-1]
            if not tokens:
                return
            q_start, q_end = self.idx[tokens[0]], self.idx[tokens[-1]] + len(self.token_text[tokens[-1]])
            quote_text, direct = self.text[q_start:q_end], False
            ev_start, ev_end = self._sentence_bounds()
        frag = self.frag_of[st.trigger.tok_start] if st.trigger else self.fragments[0]
        code = st.trigger.entry.cameo_code if st.trigger else "010"
        rule = f"statement.{'quote' if direct else 'indirect'}:{st.trigger.entry.entry_id if st.trigger else 'carried'}"
        trigger_text = self._trigger_text(st.trigger) if st.trigger else "(carried speaker)"
        saying = frag
        end = start if frag.tok_start < start < frag.tok_end else frag.tok_end
        if st.trigger is not None and frag.tok_start < st.trigger.tok_start < end:
            end = st.trigger.tok_start   # "alleged that ...": the claim is made, the speech word marks its content
        if end < frag.tok_end:
            # "Obama said he would not provide support": the content's negation is not the saying's (as with "that")
            saying = Fragment(frag.index, frag.tok_start, end, frag.subordinate, frag.infinitive)
        negated, modality = self._negation_modality(saying, None)
        if not negated and st.trigger is not None and self._cue_in("negation", Fragment(
                frag.index, st.trigger.tok_start, st.trigger.tok_start + 1, frag.subordinate, frag.infinitive)):
            negated = True   # "did not report", "didn't report": a row that opens with its negation
        if not negated and st.trigger is not None and end == st.trigger.tok_start:
            # "Die Ukraine sagte (am Montag) nicht, dass ...": the German negation follows the speech verb in a
            # clause that ends before the content starts (no party, no act in it; not "said it would not ...")
            tail = Fragment(frag.index, st.trigger.tok_end, frag.tok_end, frag.subordinate, frag.infinitive)
            negated = tail.tok_start < tail.tok_end < stop and \
                not any(g.tok_start >= tail.tok_start for g in frag.groups) and \
                not any(tail.tok_start <= t.tok_start < tail.tok_end for t in self.sentence_triggers) and \
                bool(self._cue_in("negation", tail))
        if modality in ("future", "hypothetical"):   # "will"/"should" in the content describe it, not the saying
            modality = "asserted"
        # "Putin is expected to travel to China in May, the Kremlin said": the date of a future or possible act in
        # what was said dates that act, not the saying ("held a call on Monday, the White House said" stays Monday)
        day, precision, date_text = self._date_for(frag, content=(start, stop))
        if st.trigger is None and date_text is None and st.date is not None:
            day, precision, date_text = st.date   # a continued quote without its own date: the carried one
        st.date = (day, precision, date_text)
        speaker = st.speaker.members[0]
        events = []
        for member in self._distinct_members(st.speaker):
            target = target_group.members[0] if target_group is not None else None
            event = self._make_event(code, rule, trigger_text, member, target, ev_start, ev_end, negated, modality,
                                     day, precision, date_text, st.reporting, st.trigger.entry if st.trigger else None)
            if event is None:
                continue
            event.statement = Statement(speaker.code, st.speaker_text,
                                        target.code if target is not None else None, quote_text, direct,
                                        st.reporting, q_start, q_end)
            events.append(event)
        for event in events:
            self._add(event)
        if events:
            st.event = events[0]
            self.statements.append(st)
            self.decisions.append({"statement": st.speaker_text, "emitted": True, "direct": direct,
                                   "target": events[0].target_actor, "reporting_source": st.reporting})
            self._reported_demand(st, ev_start, ev_end, day, precision, date_text)

    def _reported_demand(self, st: StatementInfo, ev_start: int, ev_end: int, day, precision: str,
                         date_text: str | None) -> None:
        """"X sagte, die USA sollten aufhören ...", "X said Russia must withdraw its troops": a demand on the
        content's subject when a modal of obligation follows it directly (cues demand_modals; "has to" counts as
        one). Its code is the demand for the first act after it that has one (cues demand_codes: withdraw 0874 ->
        106), else 100;
        that act is what is demanded, not an act that happened (it is not coded: _demanded_content)."""
        start, stop = st.content_tokens
        subject = next((g for f in self.fragments for g in f.groups
                        if start <= g.tok_start < stop and g.prep is None and not g.genitive), None)
        # the content's first word: after the speech word's particle ("erinnerte die USA am Montag daran, sie ...")
        # and after a complementizer close to its start ("reminded China on Monday that it must ...")
        begin = start
        particle = st.trigger.particle_token if st.trigger is not None else None
        if particle is not None and start <= particle < stop:
            begin = particle + 1
        begin = next((t + 1 for t in range(begin, min(stop, begin + 6)) if self.lower[t] in self.complementizers),
                     begin)
        opener = next((t for t in range(begin, stop) if not self.space[t] and not self.punct[t]), None)
        if st.addressee is not None and opener is not None and self.lower[opener] in self.any_pronouns and \
                (subject is None or subject.tok_start > opener):
            # "reminded Iraq that it must cooperate", "told them that they must leave": the content's pronoun
            # subject is the addressee
            subject = Group(st.addressee.members, opener, opener + 1, pronoun=True)
        if subject is None or not self._other_party(subject, st.speaker):
            return   # a demand on one's own state only across a domestic pair ("Rwandan rebels said Kagame must ...")
        # the modal follows the subject's noun phrase: directly, or after a joined party that names no actor ("the
        # Sudanese government and the rebels in Darfur must reach an agreement"): at most five words, no
        # punctuation, clause opener or trigger between
        nxt = next((t for t in range(subject.tok_end, min(stop, subject.tok_end + 12))
                    if not self.space[t] and (self._demand_modal_end(t) or not self.alpha[t]
                                              or self.lower[t] in self.subordinators)), None)
        between = self._words_between(subject.tok_end, nxt) if nxt is not None else []
        modal_end = self._demand_modal_end(nxt) if nxt is not None else None
        if modal_end is None or len(between) > 5 or \
                between and self.lower[between[0]] not in self.group_joiners or \
                any(t.tok_start < nxt and t.tok_end > subject.tok_end for t in self.sentence_triggers):
            return
        frag = self.frag_of[subject.tok_start]
        scope_end = self._demand_scope_end(frag, stop)
        # "must agree to constitutional changes before they demobilize": a clause of time or condition after the
        # demanded content says when that act is to happen (cues demand_condition_openers); it did not happen
        condition_end = scope_end
        for later in self.fragments[self.frag_of[max(scope_end - 1, nxt)].index + 1:]:
            if later.tok_start >= stop or self.lower[later.tok_start] not in self.demand_condition_openers:
                break
            condition_end = min(later.tok_end, stop)
        self.demand_scopes.append((nxt, condition_end))
        # the first act of the content that has a demand code ("must stop the attacks and withdraw": 106)
        code = next((found for t in self.sentence_triggers if nxt < t.tok_start < scope_end
                     and t.entry.frame != "speech"
                     and (found := self._demand_code(self._reading(t, self.frag_of[t.tok_start]).entry.cameo_code))
                     != "100"), "100")
        negated = bool(self._cue_in("negation", self.frag_of[st.trigger.tok_start])) if st.trigger else False
        rule = f"statement.demand:{st.trigger.entry.entry_id if st.trigger else 'carried'}"
        modal_text = self.text[self.idx[nxt]:self.idx[modal_end - 1] + len(self.token_text[modal_end - 1])]
        for member in self._distinct_members(st.speaker):
            for target in self._distinct_members(subject):
                if target.code != member.code or self._domestic_pair(member, target):
                    self._add(self._make_event(code, rule, modal_text, member, target, ev_start, ev_end,
                                               negated, "asserted", day, precision, date_text,
                                               self.sentence_reporting or st.reporting, None))
        self.decisions.append({"demand": self._group_text(subject), "modal": modal_text, "cameo_code": code,
                               "fragment": frag.index})

    def _demand_modal_end(self, tok: int) -> int | None:
        """End of a modal of obligation at ``tok``: one word ("must", "müsse") or two ("has to", "needs to")."""
        lower = self.lower[tok]
        if lower in self.demand_modals:
            return tok + 1
        nxt = next((t for t in range(tok + 1, min(tok + 3, len(self.lower))) if not self.space[t]), None)
        return nxt + 1 if nxt is not None and f"{lower} {self.lower[nxt]}" in self.demand_modals else None

    def _demand_scope_end(self, frag: Fragment, stop: int) -> int:
        """The demanded content: the modal's clause and the clauses joined to it ("..., und seine Truppen
        abziehen", an infinitive or that-clause), up to the statement's content end."""
        end = frag.tok_end
        for nxt in self.fragments[frag.index + 1:]:
            if nxt.tok_start >= stop or not (nxt.infinitive or self.lower[nxt.tok_start] in self.coordinators or
                                             self.lower[nxt.tok_start] in self.complementizers):
                break
            end = nxt.tok_end
        return min(end, stop)

    def _demand_code(self, act_code: str) -> str:
        """The demand for an act (cues demand_codes, longest code prefix: 0874 -> 106, 084 -> 1053), else 100."""
        for k in range(len(act_code), 1, -1):
            found = self.demand_codes.get(act_code[:k])
            if found is not None:
                return found
        return "100"

    def _conferred_act(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An act word without a support family used as a noun after an article, as the object of a verb of
        conferring with its recipient between them (cues conferring_words: "if he gave them a veto over any
        settlement", "The council gave Russia a veto", "Der Rat gab Russland ein Veto"): the recipient is given the
        power, nobody uses it. Not "cast a veto", "used its veto"."""
        if trig.entry.support or trig.tok_start - 1 < frag.tok_start or \
                self.lower[trig.tok_start - 1] not in self.indefinite_articles | self.verb_noun_articles:
            return False
        before = self._words_between(frag.tok_start, trig.tok_start - 1)[-4:]
        giver = next((k for k in range(len(before) - 1, -1, -1) if self.lower[before[k]] in self.conferring_words),
                     None)
        if giver is None:
            return False
        recipient = before[giver + 1:]
        return bool(recipient) and all(self.in_actor[i] or i in frag.pronouns or self.lower[i] in self.determiners
                                       for i in recipient)

    def _yielded_demand(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A demand (root 10) right behind a concession coded before it in its clause (root 08, at most four words
        between that name no actor but a possessor, the last a preposition or determiner: "conceded at last to demands
        from UNITA", "conceded on Monday to demands", "conceded to Albania's demands") is the demand yielded to, made
        before: no demand of its own."""
        if trig.entry.cameo_code[:2] != "10":
            return False
        for other, _source, _target, code in self.coded_triggers:
            if code[:2] != "08" or other.tok_end > trig.tok_start or self.frag_of.get(other.tok_start) is not frag:
                continue
            between = self._words_between(other.tok_end, trig.tok_start)
            if between and self.lower[between[-1]] in self.possessive_markers:
                # "conceded to Albania's demands": the demander as the possessor
                k = len(between) - 1
                while k > 0 and self.in_actor[between[k - 1]]:
                    k -= 1
                between = between[:k] if k < len(between) - 1 else between
            if between and len(between) <= 4 and all(self.alpha[i] and not self.in_actor[i] for i in between) and \
                    (self.lower[between[-1]] in self.prepositions or self.lower[between[-1]] in self.determiners):
                return True
        return False

    def _demanded_content(self, trig: TriggerHit) -> bool:
        """The act stands in the content of a reported demand after its modal ("said Russia must withdraw")."""
        return any(modal < trig.tok_start < end for modal, end in self.demand_scopes)

    def _quote_groups(self, quote: Quote | None) -> list[Group]:
        if quote is None:
            return []
        stop = quote.end_token
        actors = [a for a in self.actors if quote.open_token < a.tok_start < stop]
        return self._groups(actors, self.table.span(quote.open_token, stop))

    def _sentence_bounds(self) -> tuple[int, int]:
        space, start, end = self.space, self.span.start, self.span.end
        first = next((i for i in range(start, end) if not space[i]), None)
        if first is None:
            return self.span.start_char, self.span.start_char
        last = next(i for i in range(end - 1, first - 1, -1) if not space[i])
        return self.idx[first], self.idx[last] + len(self.token_text[last])

    def _unattributed_quotes(self, span: TokenSpan) -> list[Quote]:
        opens = self.quote_opens
        return [q for q in self.quotes[bisect.bisect_left(opens, span.start):bisect.bisect_left(opens, span.end)]
                if q.word_count >= self.min_quote_words]

    def _carried_quotes(self, span: TokenSpan, speech: list[TriggerHit]) -> None:
        """A quote opening a paragraph with no attribution in its sentence: speaker of the previous paragraph. A
        sentence whose speech word names a speaker the tables do not know ('"...," Zhang told reporters') is
        attributed: its quote carries nobody (an unknown speaker, never the previous paragraph's)."""
        used = {id(st.quote) for st in self.statements if st.quote is not None}
        for quote in self._unattributed_quotes(span):
            if id(quote) in used or self._paragraph_of(quote.open_token) != self.paragraph:
                continue
            first_word = next((t for t in range(span.start, span.end) if not self.space[t]), None)
            if first_word is None or first_word != quote.open_token or span.start not in self.paragraph_starts:
                continue
            if speech:
                self.decisions.append({"quote": self.text[quote.start_char:quote.end_char][:60], "emitted": False,
                                       "why": f"attributed by {self._trigger_text(speech[0])!r} to a speaker the "
                                              "tables do not know: the previous paragraph's speaker is not carried"})
                continue
            previous = [st for st in self.statements if st.paragraph == self.paragraph - 1]
            if not previous:
                self.decisions.append({"quote": self.text[quote.start_char:quote.end_char][:60], "emitted": False,
                                       "why": "unattributed quote and no statement in the previous paragraph"})
                continue
            last = previous[-1]
            stop = min(quote.end_token, span.end)
            # the continued quote concerns the party the previous one did, unless it names another
            st = StatementInfo(last.speaker, last.speaker_text, None, (quote.open_token + 1, stop), quote, None,
                               last.reporting, self.sentence_index, self.paragraph, topic=last.target,
                               date=last.date)
            self._emit_statement(st)

    # ------------------------------------------------------------ content events
    def _reading(self, trig: TriggerHit, frag: Fragment) -> TriggerHit:
        """The row of a shared pattern whose support family is in the clause ("lifted the blockade" 0872, "imposed
        a blockade" 191); else the row that needs no support word; else the matched row."""
        readings = self.readings.get((trig.entry.pattern.lower(), trig.entry.pos))
        if not readings:
            return trig
        reach = READING_REACH if trig.entry.pos != "VERB" else None   # a verb's object follows it
        # the longest support word decides ("shipped out" withdraws, "shipped" delivers), then one before the noun
        # ("prevented the demonstration staged by students": the governing verb), then the nearer one ("has
        # cancelled a planned visit": cancelled, not has), then the lexicon order
        # some families only count before the word ("met the demands" accedes; "demanded a meeting" does not)
        support = [(*self._support_match(e.support, trig, frag,
                                         0 if e.support in self.preceding_support_families else reach), -k, e)
                   for k, e in enumerate(readings) if e.support]
        best = max(support, key=lambda item: item[:4], default=None)
        chosen = best[4] if best is not None and best[0] else next((e for e in readings if not e.support),
                                                                        trig.entry)
        return trig if chosen is trig.entry else \
            new_trigger_hit(chosen, trig.tok_start, trig.tok_end, trig.particle_token)

    def _content_event(self, trig: TriggerHit, intent_alone: bool = False) -> None:
        frag = self.frag_of[trig.tok_start]
        trig = self._reading(trig, frag)
        entry = trig.entry
        if self._attributive_participle(trig):
            return self._veto(entry, "participle inflected as an adjective in a noun phrase: it describes the noun")
        statement = self._enclosing_statement(trig.tok_start)
        reporting = self.sentence_reporting or (statement.speaker_text if statement is not None else None)
        intent_frag = self._intent_fragment(frag)
        if intent_frag is frag and self._intent_of_coordinated_clause(trig, frag):
            intent_frag = None   # "The cabinet met on Sunday and decided to approve a plan": the meeting happened
        if intent_frag is frag and self._cues_in_object(trig, frag, "intent"):
            intent_frag = None   # "criticised the US plan to sell weapons": the intent is the plan's, not the critic's
        supported = self._supported(trig, frag, intent_frag)
        parties = self._explicit_parties(trig, frag)
        if entry.support and not supported and not parties and not self._names_its_agent(trig, frag) and \
                not (entry.cameo_code[:2] in self.reported_act_roots and (self._reported_act_noun(trig) is not None
                                                                          or self._suffered_act_noun(trig, frag))):
            return self._veto(entry, f"noun without a '{entry.support}' support word in its clause")
        if self._threat_content(trig):
            return self._veto(entry, "content of a threat: coded as the threat")
        if self._demanded_content(trig):
            return self._veto(entry, "content of a reported demand: coded as the demand")
        if self._conferred_act(trig, frag):
            return self._veto(entry, "act noun given to someone ('gave them a veto over'): a power conferred, not "
                                     "the act")
        if self._yielded_demand(trig, frag):
            return self._veto(entry, "demand yielded to ('conceded to demands from X'): coded as the concession")
        if self._contingent_act(trig):
            return self._veto(entry, "act noun after a word of contingency ('a possible war'): not an act")
        if self._pending_condition(trig, frag):
            return self._veto(entry, "act behind 'until' that is still awaited ('will keep the sanctions until Russia "
                                     "withdraws'): not an act")
        if self._hit_by_act_noun(trig, frag):
            return self._veto(entry, "noun in the object phrase of an act noun before it ('an attack on a "
                                     "weapons supply'): what that act hit, no act of its own")
        if self._visitor_attribute(trig):
            return self._veto(entry, "'visiting' before a nationality adjective describes the visitor ('talks with "
                                     "visiting Australian Prime Minister X'): no visit by the clause's subject")
        if entry.cameo_code[:2] not in self.suffered_roots and not parties and \
                self._hit_by_act_noun(trig, frag, self.act_setting_preps):
            # (violence keeps its row: "engaged Filipino peacekeepers in a firefight"; so do talks that name their
            # own parties: "offered mediation in the talks between Russia and Ukraine")
            return self._veto(entry, "noun in the setting phrase of an act noun before it ('mediation in the "
                                     "talks'): where that act happens, no act of its own")
        if not (entry.support and self._family_in(entry.support, trig, frag)) and self._reversed_act_noun(trig, frag):
            return self._veto(entry, "act noun as the object of a word of reversal ('rescinded its annexation'): "
                                     "the act is only named")
        if self._possessor_act_noun(trig):
            return self._veto(entry, "act noun as the possessor of another noun ('the meeting's co-chairman'): "
                                     "not an act")
        if not intent_alone and self._intent_word_before_act(trig):
            self._veto(entry, "intent word: the act after it is coded as the intent")
            if self.lower[frag.tok_start] not in self.condition_words:
                self.deferred_intents.append(trig)
            return
        if entry.frame == "symmetric" and entry.pos == "VERB" and self._goal_object(trig, frag):
            return self._veto(entry, "object is a demand, deadline or target ('met the demands'): no meeting")
        code = entry.cameo_code
        context = entry.context or self._context(frag)
        if intent_frag is not None and entry.intent_code:
            code = entry.intent_code
        code = self.context_codes.get(code, {}).get(context or "", code)
        source, target, pairs = None, None, []
        unnamed: Group | None = None
        rule_prefix = ""
        agent = self._passive_agent(frag)
        if agent is not None and self._has_word(self.passive_aux, trig.tok_end, frag.tok_end) and \
                (self.lang == "en" or self._nominal(trig)) and \
                not (entry.support and self._support_match(entry.support, trig, frag)[0] and
                     not self._support_match(entry.support, trig, frag)[1]):
            # "The Russian attack on Kyiv was condemned by the EU", "The US demand ... was rejected by Iran": the
            # passive's agent condemned or rejected; an act in the subject before the auxiliary keeps its own agent,
            # unless the passive verb is its support word ("The attack on Kyiv was carried out by Russia")
            agent = None
        if agent is None:
            reduced, agent = self._reduced_passive(trig, frag)
            # "were killed by an improvised explosive device outside Basra": with its auxiliary a passive whose
            # by-phrase names nobody is agentless (the place rule below); "victims killed by the crash" is none
            if reduced and agent is None and self._object_side_act(trig, frag) is None and \
                    not self._has_word(self.passive_aux, frag.tok_start, trig.tok_start):
                return self._veto(entry, "participle with a by-phrase that names no actor")
        if self._means_of_passive(trig, frag):
            return self._veto(entry, "the means of a passive act ('were killed by a roadside bomb'): no agent")
        if agent is None and self._means_of_active_act(trig, frag):
            return self._veto(entry, "the means of the violent verb's act ('killed three soldiers in an air "
                                     "strike'): coded by the verb")
        suffered = self._suffered_act_noun(trig, frag) if agent is None else None
        if agent is None and self._participle_in_apposition(trig, frag):
            return self._veto(entry, "participle in an apposition ('a member of X jailed last year'): no agent")
        accusation = self._accusation_before(trig, frag)
        refusal = self._refusal(frag, trig.tok_start, trig.tok_end, intent_frag)
        # "Ukraine ratified an agreement with the EU": ratifying is one party's act, not both parties'; "Russia
        # will not meet Ukraine": refusing is the subject's act
        symmetric = entry.frame == "symmetric" and not self._unilateral_act(frag) and not refusal
        if symmetric and parties and (intent_frag is None or intent_frag is frag and not frag.infinitive and
                                      self._subject(frag) is None):
            # "A meeting between Biden and Putin is planned for May": an intent nobody named holds is the parties'
            pairs = parties
        else:
            source = agent or self._source(trig, frag)
            if source is None and symmetric:
                source = self._frame_subject(trig, frag)
                if source is not None:
                    rule_prefix = "frame_subject:"
            if suffered is not None:
                # "Three Iraqi civilians were killed in a car bombing", "wurden bei einem Anschlag getötet": the
                # clause's subject suffered the act the noun names; its agent is the one the noun names, else the
                # place stands for it as in the agentless passive, else it is unknown
                source = suffered[1] if suffered[1].members[0].code is not None else None
            if source is not None and agent is None and (self._speaker_of_saying(trig, source) or
                                                         self._reporter_of_act_noun(trig, source)):
                source = None   # "Syria said eight people were killed in an air strike": not Syria's air strike
            passive, patient = self._agentless_passive(trig, frag) if agent is None and suffered is None \
                else (source is None, suffered[0]) if suffered is not None else (False, None)
            if passive:
                # "10 Russian soldiers were killed in Ukraine": the subject suffered the act; the place of the act
                # stands for the unnamed actor, else there is no source. "..., where 24 people were killed": the
                # subject of the main clause is not the unnamed actor either
                place = min((g for g in frag.groups if g.prep in self.locative_preps and g is not patient
                             and set(g.codes) - set(patient.codes)), key=lambda g: g.tok_start,
                            default=None) if patient is not None else None
                near = min((g for g in self._places_of(frag, trig, anywhere=True) if g.prep in self.place_preps
                            and set(g.codes) - set(patient.codes)), key=lambda g: g.tok_start,
                           default=None) if patient is not None else None   # a city: also "near", "outside of"
                if near is not None and (place is None or near.tok_start < place.tok_start):
                    place = near
                # "Two US soldiers were killed by insurgents", "was blown up by a missile fired by rebels": a
                # by-phrase that describes someone without naming an actor is an unknown agent, as in the active
                # "Insurgents killed two US soldiers" (the patient stays the target)
                statement = self._enclosing_statement(trig.tok_start) if patient is not None else None
                described = self._described_passive_agent(trig, frag) \
                    if place is None and patient is not None and not (
                        statement is not None and patient.tok_start < statement.content_tokens[0]) else None
                # (not when the patient is the speaker: "Syria said eight people were killed ... by government
                # forces" is an accusation, _described_agent)
                if described is not None:
                    place, rule_prefix = described, "described_agent:"
                if place is not None and place.members[0].entry_id.startswith("place:"):
                    rule_prefix = f"place_source:{place.members[0].entry_id}:"
                resident = patient.members[0] if patient is not None and len(patient.members) == 1 else None
                if place is None and resident is not None and resident.entry_id.split(":")[0] != resident.code and \
                        resident.entry_id.split(":")[1] in ("demonym", "adj"):
                    # "Albanian guerrillas operating in Macedonia have been demobilized": the place in the patient's
                    # own phrase (_residents) is where the act happened
                    place = Group([Actor(resident.code, None, "", resident.end_char, resident.end_char,
                                         resident.tok_end, resident.tok_end, f"{resident.code}:residence", None,
                                         None, "")], resident.tok_end, resident.tok_end)
                source, agent = place, place
            if accusation is not None and (not any(g.prep is None and g.tok_start > accusation[1].tok_end
                                                   for g in frag.groups) or
                                           self.lower[trig.tok_start - 1] in self.accusation_links):
                # "wirft Russland vor, ... bombardiert zu haben", "accused X of ...": the accused is the actor, also
                # of a gerund right behind the link with its object ("accused Ukraine of attacking Russian villages")
                source = accusation[1]
            if source is not None and agent is None and self._commented_act(trig, frag, source):
                return self._veto(entry, "act noun commented on by another verb ('condemned the air strike'): "
                                         "its own agent is not named")
            if source is not None and agent is None and self._time_reference_act(trig, frag, source):
                return self._veto(entry, "act noun behind a preposition of time ('following the invasion of "
                                         "X'): an earlier event whose own agent is not named")
            if self._commented_intention(trig, frag):
                return self._veto(entry, "the infinitive of a decision or plan a verb comments on ('kritisierte die "
                                         "Entscheidung der USA, Waffen ... zu verkaufen'): not an act that happened")
            pressed = self._object_side_act(trig, frag)
            if pressed is not None:   # "Iran was pressured by Russia to ...": the agent acts on the subject
                source = pressed[0]
                unnamed = source if source.members[0].code is None else None
            if source is None and code[:2] == "14":
                source = self._protest_place()
            if source is None:
                source = self._titled_official(trig, frag)
            # a visit needs a named visitor ("Tausende Menschen nahmen an der Demonstration in Berlin teil": no row)
            unnamed = self._unnamed_subject(trig, frag) if source is None and entry.frame == "directed" and \
                code[:2] != "14" and entry.mode != "visit" else None
            custodian = self._custodian(trig, frag) if agent is None and suffered is None and \
                entry.frame == "directed" and code[:2] in self.suffered_roots and \
                (source is None or self._nominal(trig)) else None
            if custodian is not None:
                # "spoke of torture in Russian captivity", "sprach von Folter in russischer Gefangenschaft": the
                # holder of the custody an act noun names is its agent, not the one who tells of it (nor the clause's
                # subject: "ein ukrainischer Soldat sprach am Dienstag von Folter in russischer Gefangenschaft")
                source, unnamed, rule_prefix = custodian, None, "custodian:"
            if unnamed is None and source is None and entry.frame == "directed" and \
                    not self._described_agent(trig, frag):
                unnamed = self._reported_act_noun(trig)
            if suffered is not None and source is None:
                unnamed = suffered[1]
            if unnamed is not None:   # "Der Angriff tötete drei russische Soldaten": nobody named acts on a target
                source = unnamed
            agent_place = self._place_of_unnamed_agent(trig, frag) if (source is None or unnamed is not None) and \
                entry.frame == "directed" and code[:2] in self.place_target_roots else None
            if agent_place is not None:   # "A roadside bomb near Samarra killed one U.S. soldier"
                source = agent_place
            if source is None:
                if self._described_agent(trig, frag):
                    self.described_agent_acts.append(trig)
                return self._veto(entry, "no source actor")
            target = suffered[0] if suffered is not None and suffered[0] is not None else self._target(trig, frag, source, agent is not None)
            if target is None:
                target = self._titled_object(trig, frag, source)
            if target is None and unnamed is None:
                target = self._people_by_place(trig, frag, source)
                if target is not None:
                    rule_prefix = "people_by_place:"
            if agent_place is not None:
                if target is not None and set(target.codes) - set(agent_place.codes):
                    entry_id = agent_place.members[0].entry_id
                    rule_prefix = f"place_source:{entry_id}:" if entry_id.startswith("place:") else "place_source:"
                elif unnamed is not None:
                    source = unnamed
                    target = suffered[0] if suffered is not None and suffered[0] is not None else self._target(trig, frag, source, agent is not None)
                else:   # the victims' own state or nobody named: the place is no stand-in for the agent
                    return self._veto(entry, "no source actor")
            if target is None and ":titled_official:" in source.members[0].entry_id:
                # "Judge X opened investigations against 28 Chilean officials": the mention that lent the official
                # its state is the act's party
                target = next((Group(g.members, g.tok_start, g.tok_end, g.prep, own_state=True)
                               for g in frag.groups if g.tok_start >= trig.tok_end), None)
            if unnamed is not None and target is None and code[:2] in self.place_target_roots and \
                    unnamed.tok_start == trig.tok_start:   # a reported act noun: the place it hit ("auf Charkiw")
                target = next((g for g in self._places_of(frag, trig)
                               if g.prep in self.place_preps | self._target_preps(code)), None)
                if target is not None:
                    rule_prefix = f"place_target:{target.members[0].entry_id}:"
            if unnamed is not None and target is None:
                return self._veto(entry, "no source actor and no target")
            if entry.support in OBJECT_FAMILIES:
                target = pressed[1] if pressed is not None else \
                    self._object_after(trig, frag, OBJECT_FAMILIES[entry.support], source)
                if target is None or not (self._other_party(target, source) or self._person_object(target, source)):
                    return self._veto(entry, "the object is the source's own state")
                if not self._other_party(target, source):   # the person of the source's own state is the party
                    target = Group(target.members, target.tok_start, target.tok_end, target.prep, own_state=True)
            if target is None and entry.frame == "directed" and code[:2] in self.complement_target_roots:
                target = self._complement_subject(frag, source)
            if target is None and entry.frame == "directed" and entry.mode != "visit":
                # an intent to act at home ("is prepared to lift the ban on the FIS", 0351) concerns whom the act does
                target = self._own_state_target(trig, frag, source,
                                                entry.cameo_code if code == entry.intent_code else code)
                if target is not None and not target.members[0].text:
                    rule_prefix = "own_state:"
            placed = code[:2] in self.place_target_roots or code[:2] in self.posture_place_roots or \
                code in self.empathy_place_codes
            if (target is None or rule_prefix == "own_state:") and entry.frame == "directed" and placed:
                # "Hamas fired rockets at Sderot": a place of another state beats the group's own state; "conducted
                # military exercises in Alaska" is a show of force to that state (posture_place_roots);
                # "expressed sorrow for the shootings in South Carolina" is sympathy with that state's people, its
                # own included (empathy_place_codes)
                place = self._place_of_act(trig, frag, source, near=code[:2] in self.posture_place_roots)
                if place is not None and place.own_state and (place.prep or code in self.territory_codes) and \
                        code not in self.empathy_place_codes and \
                        not any(m.sector in self.domestic_sectors for m in source.members):
                    # "Die Ukraine startete eine Gegenoffensive bei Bachmut": where a state's violence happened in its
                    # own land is not on itself (no target); a non-state group's is on its state ("rebels shelled
                    # Khartoum"), and a place as the verb's object is its target ("Ukraine attacked Kharkiv"), but
                    # not the own land a state takes (back): "Ukraine recaptured the village of Robotyne" (cues
                    # territory_codes)
                    place = None
                if place is not None and (target is None or not place.own_state):
                    target = place
                    entry_id = target.members[0].entry_id   # a gazetteer place names its entry
                    rule_prefix = f"place_target:{entry_id}:" if entry_id.startswith("place:") else "place_target:"
            if (target is None or rule_prefix == "own_state:") and accusation is not None and \
                    set(accusation[0].codes) - set(source.codes):
                # "Ukraine accused Russia of shelling civilians": the accuser stands for the victim nobody names,
                # after the act's own place ("accused Ukraine of shelling the Zaporizhzhia nuclear plant" is on
                # Ukraine's land, not on the accuser)
                target, rule_prefix = accusation[0], ""
            if target is None and entry.frame == "directed" and self._behind_agent(trig, frag) is source:
                # "said Russia was behind the chemical attacks": the attribution is the accusation (112); an act on
                # nobody named adds no dyad
                self._veto(entry, "act attributed by 'was behind' without a target")
                if self._negation_modality(frag, intent_frag) == (False, "asserted"):
                    self.reflexive_acts.append((trig, source, None, code))   # the speaker may accuse its agent
                return
            if target is None and code in self.target_required_codes:
                # "approved a law recognizing victories by the opposition": recognition (054) of nobody named is no
                # diplomatic recognition (cues target_required_codes)
                return self._veto(entry, "recognition without a recognized party")
            if target is not None and entry.mode == "visit" and self._visit_topic(trig, target):
                target = None   # "attend a summit on the unrest in Iran": the topic of the event is not visited
            if target is None and entry.mode == "visit":
                # "Tourists visiting Washington": a visit needs a visited or visiting state besides the source
                return self._veto(entry, "visit without a party")
            if entry.mode == "visit" and entry.pos != "NOUN" and \
                    {m.sector for m in source.members} <= self.deployed_sectors:
                # "peacekeeping troops arrived in Bosnia": a deployment, not a diplomatic visit
                return self._veto(entry, "troops arriving are no visit")
            if target is None and statement is not None and statement.topic is not None and \
                    code[:2] in self.topic_target_roots and self._other_party(statement.topic, source):
                target = statement.topic   # „Wir verurteilen diesen Angriff“, sagte X mit Blick auf Russland
            if target is None and statement is not None and code[:2] in self.speaker_fallback_roots:
                if set(statement.speaker.codes) - set(source.codes):
                    target = statement.speaker
            if target is None and statement is not None and entry.frame == "directed" and \
                    self._speaker_pronoun_object(trig, frag, code) and set(statement.speaker.codes) - set(source.codes):
                # "Israel said a mortar bomb was fired at it", "Ukraine said Russia fired missiles at it": the
                # pronoun behind the act's target preposition is the speaker
                target = statement.speaker
            if entry.support == "aid" and (self._cue_before(trig, frag, self.receiving_words) or self.lang == "de" and
                                           self._has_word(self.receiving_words, trig.tok_end, frag.tok_end)):
                # (German verb-final: "wonach Moskau Waffen aus Nordkorea erhalten habe")
                # "demonstrators received weapons from the government": the giver is the source
                receiver = source
                if source.prep in self.giver_preps and source.tok_start >= trig.tok_end:
                    receiver = self._subject(frag, trig.tok_start)   # "von der Türkei" was read as the noun's agent
                giver = next((g for g in frag.groups if g.prep in self.giver_preps and g.tok_start >= trig.tok_end
                              and receiver is not None and self._other_party(g, receiver)), None)
                if giver is None:
                    return self._veto(entry, "received without a giver")
                source, target = giver, receiver
            if target is None and self._reflexive_object(trig):
                self._veto(entry, "reflexive object: the actor acts on itself")
                if self._negation_modality(frag, intent_frag) == (False, "asserted"):
                    # "said that Iraq had attacked themselves": no event, but an act a speaker can accuse Iraq of
                    self.reflexive_acts.append((trig, source, None, code))
                return
            if code[:2] == "14":
                source, target = self._protest_dyad(trig, source, target)
            if target is None and code[:2] == "03" and len(set(source.codes)) >= 2:
                # "Jordan and Britain have agreed to hold exercises": a joint commitment, between the parties
                pairs = self._distinct_members(source)
            if target is None and code in self.joint_codes and entry.context == "military" and \
                    len(set(source.codes)) >= 2:
                # "French and Egyptian warships launched war games": exercises of two states together are joint
                # military cooperation between them (CAMEO 062), not a show of force (150; cues joint_codes)
                code, rule_prefix = self.joint_codes[code], "joint:" + rule_prefix
                pairs = self._distinct_members(source)
            if symmetric and intent_frag is None:
                members = self._distinct_members(source) + (self._distinct_members(target) if target else [])
                if len({m.code for m in members}) < 2:
                    return self._veto(entry, "symmetric event needs two parties")
                if code[:2] == "19" and any(self._crowd(g) for g in (source, target) if g is not None):
                    return self._veto(entry, "a clash with protesters or rioters is a riot or repression, "
                                             "not fighting between two parties")
                pairs = members
        if not pairs and target is None and all(m.code is None for m in source.members):
            # "The rebels said they will fight until their demands are met": a pronoun for a group nobody named is
            # an unknown source, which needs a target, as the unnamed subject does
            return self._veto(entry, "no source actor and no target")
        # "Die Bundesregierung wird ein Team schicken, um ... zu helfen": when the support word that makes the act
        # stands in the clause the infinitive depends on, that clause's tense and negation are the act's too
        negated, modality = self._negation_modality(frag, intent_frag, self._support_clause(trig, frag))
        if statement is not None and statement.event is not None and statement.event.negated and \
                statement.trigger is not None:
            # "Ukraine did not say that Russia attacked Kyiv": what was not said is not asserted (reported), and
            # the saying's negation is not the act's
            content = Fragment(frag.index, max(frag.tok_start, statement.content_tokens[0]), frag.tok_end,
                               frag.subordinate, frag.infinitive)
            negated, modality = self._negation_modality(content, intent_frag if intent_frag is not frag else None)
            modality = "reported" if modality == "asserted" else modality
        if negated and self._only_distant_local_negation(trig, frag, intent_frag):
            negated = False   # "deported 168 Liberians for traveling without documents": "without" negates its own phrase
        if negated and self._negation_after_contrast(trig, frag, intent_frag):
            negated = False   # "is committed to opening up the economy but will not be rushed"
        if modality == "hypothetical" and self._backshifted_future(trig.tok_start, frag):
            modality = "future"
        if modality == "future" and intent_frag is None and self._cues_in_object(trig, frag, "modality", "future"):
            modality = "asserted"   # "criticised the US plan to sell weapons": the plan is future, the criticism made
        if intent_frag is not None and modality == "asserted":
            modality = "future"
        if modality == "future" and entry.cameo_code[:2] == "13" and entry.pos != "VERB" and not (
                self._cue_governs(trig, frag, "modality") or
                intent_frag is not None and self._cue_governs(trig, intent_frag, "intent")):
            modality = "asserted"   # "frayed by an initial threat to boycott": the threat was made, its content is
            # future
        threat_code = None
        conditional = any(self.lower[f.tok_start] in self.condition_words for f in self.fragments)
        if not negated and not conditional and (intent_frag is not None and self._cue_governs(trig, intent_frag, "intent")
                            or modality == "future" and self._cue_governs(trig, frag, "modality")
                            and self._own_announcement(trig, source)):
            # "wants to attack Switzerland", "said they would boycott": announcing one's hostile act is a threat
            # (an act tied to an if/unless condition is left to the conditional and ultimatum rules)
            threat_code = self.intent_threat_codes.get(code[:2])
        if threat_code is not None:
            code, modality = threat_code, "asserted"
        prepared = threat_code is None and not negated and self._prepared_act(trig, frag, code)
        if prepared:   # "the army prepared to resume shelling X": a raised alert against X (152), not the shelling
            code, modality = self.preparation_codes[code[:2]], "asserted"
        if accusation is not None and modality == "asserted" or \
                modality in ("asserted", "future") and self._alleged_content(frag):
            modality = "reported"
        if modality == "future" and entry.intent_code and code == entry.cameo_code:
            code = entry.intent_code   # "will visit/provide/meet": an intent (03x); "ready to launch an offensive" 138
        if modality == "future" and code[:2] == "13" and entry.cameo_code[:2] != "13":
            modality = "asserted"   # the announced hostile act is a threat, and the threat has been made
        refused = self._refusal_code(code) if refusal else None
        if refused is not None:
            # "will not provide aid", "said it would not release": the refusal has been made (a rejection, 12x);
            # "will not accept refugees if war starts": a conditional one
            code, negated, modality = refused, False, "hypothetical" if conditional else "asserted"
        if not negated and self._negating_verb(trig, frag):
            negated = True
        day, precision, date_text = self._date_for(frag, future=modality == "future", said_in=statement)
        if date_text is None and statement is not None and statement.trigger is None and statement.date is not None:
            day, precision, date_text = statement.date   # inside a continued quote: its carried date
        rule = f"{'intent_threat:' if threat_code else ''}{'preparation:' if prepared else ''}" \
            f"{'refusal:' if refused else ''}{rule_prefix}" \
            f"{entry.frame}:{entry.entry_id}"
        ev_start, ev_end = self._sentence_bounds()
        text = self._trigger_text(trig)
        emitted = 0
        if pairs:
            third_location = code[:2] == "04" and self._third_location(pairs, frag)
            multilateral = code[:2] == "04" and len({m.code for m in pairs}) >= 3   # BRICS summit, three ministers
            for a in pairs:
                for b in pairs:
                    if a.code != b.code and a is not b:
                        event = self._make_event(code, rule, text, a, b, ev_start, ev_end, negated, modality, day,
                                                 precision, date_text, reporting, entry)
                        if event is not None and multilateral and event.plover_mode is None:
                            event.plover_mode = "multilateral"
                        if event is not None and third_location and event.plover_mode is None:
                            event.plover_mode = "third_location"
                        emitted += self._add(event)
        else:
            for a in self._distinct_members(source):
                targets = self._distinct_members(target) if target is not None else [None]
                for b in targets:
                    if b is not None and b.code == a.code and code[:2] != "14" and not self._domestic_pair(a, b) \
                            and not target.own_state:
                        continue
                    emitted += self._add(self._make_event(code, rule, text, a, b, ev_start, ev_end, negated,
                                                          modality, day, precision, date_text, reporting, entry))
        if emitted and source is not None and unnamed is None:   # nobody to accuse or to continue a clause with
            self.coded_triggers.append((trig, source, target, code))
        self.decisions.append({"trigger": entry.entry_id, "emitted": bool(emitted), "cameo_code": code,
                               "why": f"{emitted} event(s)" if emitted else "source and target are the same actor"})

    def _attributive_participle(self, trig: TriggerHit) -> bool:
        """German: a one-word verb trigger with an adjective ending (cues adjective_endings) right behind an article,
        determiner, quantifier ("zwei", "mehrere"), numeral or preposition and before an adjective or a noun that names no actor: "ein freigelassener
        ukrainischer Soldat", "der verurteilte russische Spion", "die festgenommenen Journalisten". It describes
        the noun, as the English "a released soldier" does, and is no act of the clause (not "Das verurteilte
        Russland scharf", a pronoun before a finite verb and a name)."""
        if self.lang != "de" or trig.entry.pos != "VERB" or trig.particle_token is not None or \
                trig.tok_end - trig.tok_start != 1 or not self.lower[trig.tok_start].endswith(self.adjective_endings):
            return False
        before = self._words_between(self.span.start, trig.tok_start)[-1:]
        after = self._words_between(trig.tok_end, self.span.end)[:1]
        if not before or not after or \
                not (self.lower[before[0]] in self.determiners | self.prepositions | self.nominative_determiners or
                     self.like_num[before[0]]) or \
                not self.alpha[after[0]] or self.lower[after[0]] in self.determiners | self.prepositions:
            return False
        word = self.token_text[after[0]]
        return word[:1].islower() and self.lower[after[0]].endswith(self.adjective_endings) or \
            word[:1].isupper() and not self._is_actor_token(after[0])

    def _crowd(self, group: Group) -> bool:
        """The group names protesters or rioters ("tunisian rioters", "Demonstranten"; cues crowd_words)."""
        return any(self.lower[i] in self.crowd_words for i in range(group.tok_start, min(group.tok_end + 1,
                                                                                          len(self.lower))))

    def _protest_dyad(self, trig: TriggerHit, source: Group, target: Group | None) -> tuple[Group, Group | None]:
        """Protesters are coded by where they protest ("vor der russischen Botschaft in Berlin" -> DEU), the
        protested-against actor is the embassy's state, the object of "against"/"X's decision" later in the
        sentence, else the protesters' own state: domestic dissent addresses its government (CAMEO 14x X->X)."""
        groups = [g for f in self.fragments for g in f.groups]
        embassy = self._embassy()
        place = self._protest_place()
        if (source is embassy or source is place) and place is not None:
            source = place
            if target is place or target is embassy:
                target = None
        if embassy is not None and set(embassy.codes) - set(source.codes):
            return source, embassy
        act = self._commented_act_noun(trig, self.frag_of[trig.tok_start]) if target is None else None
        # the protested act is the protest's object ("protested against Russia's arrest of"), not a later noun
        commented = act is not None and len(self._words_between(trig.tok_end, act.tok_start)) <= 3
        if commented and all(m.sector is None for m in source.members):
            # "the EU protested the invasion of Ukraine": against the act's unnamed agent, not its victim (people
            # protesting still address their own government, below)
            return source, None
        if target is None and not commented:
            target = next((g for g in groups if g.tok_start >= trig.tok_end and g is not source
                           and g.prep not in self.reporting_preps and set(g.codes) - set(source.codes)), None)
        if target is None and source is not place and self._state_as_subject(source):
            # "Frankreich boykottierte die Zeremonie", "France boycotted the ceremony": a state's own act, no
            # dissent against its government
            return source, None
        if target is None:   # the protesters' own government, named by the protesters' state
            target = Group([Actor(m.code, "GOV", m.text, m.start_char, m.end_char, m.tok_start, m.tok_end, m.entry_id,
                                  None, None, "") for m in self._distinct_members(source)],
                           source.tok_start, source.tok_end)
        return source, target

    def _state_as_subject(self, group: Group) -> bool:
        """The group is a state or its government standing alone as the subject: it opens its clause (after
        determiners only) and no possessed noun follows it ("Algeria's leading activist", "students throughout
        Indonesia" name people of the state, not the state)."""
        if group.prep is not None or group.genitive or group.pronoun or not all(
                m.sector in self.own_state_sources or m.sector is None and
                m.entry_id.split(":")[1] in ("country", "capital") for m in group.members):
            return False
        frag = next((f for f in self.fragments if f.tok_start <= group.tok_start < f.tok_end), None)
        if frag is None or not all(self.lower[i] in self.determiners
                                   for i in self._words_between(frag.tok_start, group.tok_start)):
            return False
        after = self._words_between(group.tok_end, frag.tok_end)
        return not after or self.token_text[after[0]] != "'s"

    def _intent_word_before_act(self, trig: TriggerHit) -> bool:
        """"agreed to / ready to / offered to" alone are a 030 intent; followed by an act in the same sentence
        ("agreed to expand cooperation", "offered to mediate") the act carries the intent instead."""
        if trig.entry.cameo_code != "030" or trig.entry.intent_code:
            return False
        index = self.cues.index("intent")
        clause_end = self.frag_of[trig.tok_start].tok_end
        if not any(match_at(p, self.keys, trig.tok_start, trig.tok_end, clause_end) is not None
                   for p in index.candidates(self.keys[trig.tok_start])):
            return False
        if self.lower[self.frag_of[trig.tok_start].tok_start] in self.condition_words:
            return True   # "unless the president agrees to step down": a condition, not a commitment
        return any(other.tok_start >= trig.tok_end and other.entry.frame != "speech"
                   for other in self.sentence_triggers)

    def _goal_object(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The verb's object noun phrase is headed by a goal noun (cues goal_nouns): "met the demands of Turkey",
        "met Turkey's demands", "has met its climate targets", "met the deadline". Up to five words after the verb,
        before any preposition or punctuation."""
        for i in self._words_between(trig.tok_end, frag.tok_end)[:5]:
            if self.punct[i] and self.token_text[i] != "'s" or self.lower[i] in self.prepositions:
                return False
            if any(k in self.goal_nouns for k in self.keys[i]):
                return True
        return False

    def _visitor_attribute(self, trig: TriggerHit) -> bool:
        """"held talks with visiting Australian Prime Minister Anthony Albanese", "the visiting Chinese delegation":
        an English -ing form of a visit row right before a nationality adjective or demonym (cues
        visitor_attribute_kinds) describes the visitor named behind it, not a visit to it ("after visiting
        Australia" names the visited state)."""
        if self.lang != "en" or trig.entry.mode != "visit" or not self.lower[trig.tok_end - 1].endswith("ing"):
            return False
        nxt = self._next_word(trig.tok_end - 1, self.span.end)
        return any(a.tok_start == nxt and a.entry_id.split(":")[1] in self.visitor_attribute_kinds
                   for a in self.actors)

    def _threat_content(self, trig: TriggerHit) -> bool:
        """"threatened to launch a new military offensive", "demanded that Russia withdraw its troops", "staged
        demonstrations to demand reforms", "rejected a call for its forces to be deployed": the act is what is
        threatened, demanded, protested for, rejected or permitted, not an act that happened."""
        frag = self.frag_of[trig.tok_start]
        # an infinitive clause is governed by the clause before it ("..., to attack", "..., die Gaslieferungen an
        # Polen zu stoppen"), not a coordinated clause whose own verb comes before its infinitive ("... and invited
        # Wang to visit Moscow": the invitation is no content of the thanks before it)
        own_verb = trig.entry.pos == "VERB" and self.lower[frag.tok_start] in self.coordinators and \
            not self._infinitive(frag.tok_start, trig.tok_end)
        governed = frag.index > 0 and (frag.infinitive and not own_verb or
                                       self.lower[frag.tok_start] in self.complementizers)
        scope = [frag] + ([self.fragments[frag.index - 1]] if governed else [])
        # a commented act noun in the clause itself has happened ("protested against the arrest by Russia"): it is
        # coded with its own agent, or not at all (_commented_act)
        # an object row's infinitive is governed too: "allowed Fujimori to travel to Japan" (080) is no visit
        if any((code[:2] in GOVERNING_ROOTS or other.entry.support in OBJECT_FAMILIES) and
               other.tok_end <= trig.tok_start and
               any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
               not (code[:2] in self.commenting_roots and self.frag_of.get(other.tok_start) is frag and
                    self._nominal(trig))
               for other, _s, _t, code in self.coded_triggers):
            return True
        # "pressuring workers of the bus company to cancel the strike": an object row with an infinitive whose object
        # names no actor is no event, and what it presses for, asks or allows of that object is still no act (not a
        # command: "ordered the opposition newspaper to suspend publication" is the authority's act, cues
        # command_words; not "wants to attack": no object between)
        if any(OBJECT_FAMILIES.get(other.entry.support) and other.tok_end <= trig.tok_start and
               any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
               self.lower[other.tok_start] not in self.command_words and
               self._object_before_infinitive(other.tok_end, trig.tok_start)
               for other in self.sentence_triggers):
            return True
        # "prevented the demonstration staged by students to protest the sending of troops", "verbot die Kundgebung,
        # um gegen den Einsatz zu protestieren": the protest is the aim of the suppressed protest noun (support
        # family suppress), the demonstrators', not an act of whoever suppressed it
        if trig.entry.cameo_code[:2] == "14" and any(
                other.entry.support == SUPPRESS_FAMILY and other.tok_end <= trig.tok_start and
                any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
                self._has_word(self.infinitive_markers, other.tok_end, trig.tok_start)
                for other, _s, _t, _code in self.coded_triggers):
            return True
        # "warned Xi against supplying weapons to Russia", "warnte Xi davor, Russland Waffen zu liefern": what a
        # warning is against has not happened (cues warning_links after a warning word, root 012)
        if any(other.entry.cameo_code == "012" and other.tok_end <= trig.tok_start and
               any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
               self._has_word(self.warning_links, other.tok_end, trig.tok_start)
               for other in self.sentence_triggers):
            return True
        # "after a threat to cut gas supplies": the threat noun names nobody (no event), its content is still no act
        return any(other is not trig and other.tok_end <= trig.tok_start and
                   any(f.tok_start <= other.tok_start < f.tok_end for f in scope) and
                   self._content_follows(other, self.frag_of[other.tok_start])
                   for other in self.sentence_triggers)

    def _object_before_infinitive(self, start: int, stop: int) -> bool:
        """Words, then an infinitive marker, between ``start`` and ``stop``: "pressuring workers ... to cancel"."""
        words = self._words_between(start, stop)
        marker = next((k for k, i in enumerate(words) if self.lower[i] in self.infinitive_markers), None)
        return marker is not None and marker > 0

    def _threat_targets(self) -> None:
        """A threat without an object takes the first other actor after the threat word in its sentence: the
        target of the threatened act or of the condition ("threatened to stop negotiations if the United States
        ...")."""
        for trig, source, target, code in self.coded_triggers:
            if code[:2] != "13" or target is not None:
                continue
            later = next((g for f in self.fragments for g in f.groups if g.tok_start >= trig.tok_end
                          and g.prep not in self.reporting_preps and not self._attribution_group(g)
                          and self._other_party(g, source) and not self._in_later_purpose_clause(trig, g)), None)
            if later is None:
                continue
            for event in self.result.events:
                if event.sentence_index == self.sentence_index and event.statement is None and \
                        event.cameo_root == "13" and event.target_actor is None and \
                        event.trigger_text == self._trigger_text(trig):
                    member = later.members[0]
                    event.target_actor, event.target_sector, event.target_text = member.code, member.sector, \
                        member.text

    def _attribution_group(self, group: Group) -> bool:
        """The speaker of the sentence's attribution ("..., Dutch Foreign Minister X said")."""
        return any(st.sentence_index == self.sentence_index and st.speaker is group for st in self.statements)

    def _ultimatum(self) -> None:
        """"X will withdraw its force from Chad unless ...", "X will boycott the elections unless ...": a planned
        or hypothetical act tied to an 'unless' condition is a threat (130) by X."""
        for cond in self.fragments:
            if self.lower[cond.tok_start] not in self.ultimatum_words:
                continue
            subject = next((g for g in cond.groups if g.prep is None and not g.genitive), None)
            before = {self._trigger_text(trig) for trig, _s, _t, _c in self.coded_triggers
                      if trig.tok_start < cond.tok_start}
            for event in self.result.events:
                if event.sentence_index != self.sentence_index or event.statement is not None or \
                        event.modality not in ("future", "hypothetical") or event.negated or \
                        event.cameo_root in ("13", "01") or event.trigger_text not in before:
                    continue
                cameo = self.cameo["130"]
                event.cameo_code, event.cameo_root, event.event_type = "130", "13", cameo.plover_type
                event.quad_class, event.goldstein = cameo.quad_class, cameo.goldstein
                event.plover_mode, event.plover_context = cameo.plover_mode, cameo.plover_context
                event.modality = "asserted"
                event.rule_id = f"ultimatum:{event.rule_id}"
                if event.target_actor is None and subject is not None and \
                        subject.members[0].code != event.source_actor:
                    member = subject.members[0]
                    event.target_actor, event.target_sector, event.target_text = member.code, member.sector, \
                        member.text

    def _agentless_passive(self, trig: TriggerHit, frag: Fragment) -> tuple[bool, Group | None]:
        """Whether the trigger is a passive participle without a by-agent ("were killed", "wurden getötet"), and its
        subject among the actors (None when the sufferers are no actor: "24 people were killed"); also an act put on
        the subject ("was placed under house arrest", "wurde unter Hausarrest gestellt")."""
        placed = self._placed_under(trig, frag)
        if trig.entry.pos != "VERB" and not placed:
            return False, None
        word = self.lower[trig.tok_start]
        # German: ge- at the start or after a separable prefix ("festgenommen", "zurückgewiesen")
        participle = placed or word.endswith(("ed", "en", "wn")) or word in self.irregular_participles \
            if self.lang == "en" else placed or \
            (word.startswith("ge") or "ge" in word[2:5] or word.startswith(self.participle_prefixes)) and \
            word.endswith(("t", "en"))
        # German subordinate clauses put the auxiliary last: "..., in denen 100 Menschen getötet wurden"
        aux_end = trig.tok_start if self.lang == "en" else frag.tok_end
        if participle and self.lang == "en" and not self._has_word(self.passive_aux, frag.tok_start, aux_end):
            shared = self._coordinated_passive(trig, frag)
            if shared is not None:   # "were killed or wounded": the second participle shares the passive
                frag, aux_end = shared, shared.tok_end
        if not participle or not self._has_word(self.passive_aux, frag.tok_start, aux_end):
            return False, None
        # "A Christian missionary from Calgary was arrested in Lebanon": the actor of the subject's phrase
        return True, next((g for g in frag.groups if g.prep is None and not g.genitive
                           and g.tok_end <= trig.tok_start), None) or self._subject_modifier(frag, trig.tok_start)

    def _auxiliary_opens(self, frag: Fragment, group: Group) -> bool:
        """The clause opens with a coordinator and a finite auxiliary or modal (cues predicate_auxiliaries; adverbs
        may stand between them), and ``group`` follows it ("und wird Luxemburg angreifen", "und hat im Mai die
        Slowakei angegriffen"): a predicate without a subject of its own, whose names are its objects."""
        words = self._words_between(frag.tok_start, group.tok_start)
        if not words or self.lower[words[0]] not in self.coordinators:
            return False
        for i in words[1:]:
            if self.lower[i] in self.predicate_auxiliaries:
                return True
            if self.lower[i] not in self.predicate_adverbs:
                return False
        return False

    def _coordinated_passive(self, trig: TriggerHit, frag: Fragment) -> Fragment | None:
        """The clause before, when the trigger is the first word of a clause opened by a coordinator and that clause
        ends in a passive participle ("20 people were killed or wounded", "were arrested and tortured"): the
        participles share the auxiliary and the subject."""
        if frag.index == 0 or self.lower[frag.tok_start] not in self.coordinators or \
                self._words_between(frag.tok_start + 1, trig.tok_start):
            return None
        prev = self.fragments[frag.index - 1]
        words = self._words_between(prev.tok_start, prev.tok_end)
        if len(words) < 2 or not self.lower[words[-1]].endswith(("ed", "en", "wn")) or \
                self.lower[words[-2]] not in self.passive_aux:
            return None
        return prev

    def _means_of_passive(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A weapon or act noun in the agent phrase of a passive clause that names no actor ("were killed by a
        roadside bomb", "wurden von einer Bombe getötet"): the means of the passive act, whose sufferer is the
        clause's subject; not an act of its own by that subject. "was hit by a Russian air strike" names its agent."""
        if not self._nominal(trig) or not self._has_word(self.passive_aux, frag.tok_start, frag.tok_end):
            return False
        j = trig.tok_start - 1
        while j >= frag.tok_start and (self.space[j] or self.lower[j] in self.determiners or
                                       self.alpha[j] and self.token_text[j][:1].islower() and
                                       self.lower[j] not in self.agent_preps):
            j -= 1
        return j >= frag.tok_start and self.lower[j] in self.agent_preps and \
            not any(j < a.tok_start < trig.tok_start for a in self.actors)

    def _means_of_active_act(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A violent act noun behind a preposition of means (cues means_prepositions) in a clause whose violent verb
        (another trigger of suffered_roots) acts on its object ("Russian forces killed three Ukrainian soldiers in
        an air strike on Kharkiv", "Russische Truppen töteten drei ukrainische Soldaten bei einem Drohnenangriff"):
        the noun names how the verb's act was done, the verb's row codes it; its object is no agent of it."""
        if trig.entry.cameo_code[:2] not in self.suffered_roots or not self.means_preps or \
                self._has_word(self.passive_aux, frag.tok_start, frag.tok_end):
            return False
        j = trig.tok_start - 1
        while j >= frag.tok_start and (self.space[j] or self.lower[j] in self.determiners or
                                       self._is_actor_token(j) or
                                       self.alpha[j] and self.token_text[j][:1].islower() and
                                       self.lower[j] not in self.prepositions):
            j -= 1
        if j < frag.tok_start or self.lower[j] not in self.means_preps:
            return False
        return any(other is not trig and other.entry.pos == "VERB" and not self._nominal(other) and
                   other.entry.cameo_code[:2] in self.suffered_roots and self.frag_of.get(other.tok_start) is frag and
                   (other.tok_end <= j and not any(self.lower[k] in self.prepositions
                                                   for k in range(other.tok_end, j))
                    or self.lang == "de")
                   for other in self.sentence_triggers)

    def _suffered_act_noun(self, trig: TriggerHit, frag: Fragment) -> tuple[Group | None, Group] | None:
        """A violent act noun (roots 18-20) behind a preposition of means (cues means_prepositions: in; bei) that
        the clause's subject suffered: an English passive participle or a verb of dying (cues suffering_verbs) right
        before the preposition ("Three Iraqi civilians were killed in a car bombing", "died in an air strike"), a
        German passive clause ("Drei Zivilisten wurden bei einem Angriff getötet", "Bei einem Anschlag wurden drei
        US-Soldaten getötet"). Returns (patient, agent): the patient is the subject actor, the agent the noun's own
        nationality adjective ("in a Russian drone attack", "bei einem russischen Luftangriff") or an unknown actor
        (NULL). None when the subject names no actor or the noun names its agent otherwise (a by-phrase)."""
        if trig.entry.cameo_code[:2] not in self.suffered_roots or not self.means_preps:
            return None
        j = trig.tok_start - 1
        own: Group | None = None
        while j >= frag.tok_start:
            group = next((g for g in frag.groups if g.tok_end == j + 1 and g.tok_start <= j), None)
            if group is not None and own is None and all(m.entry_id.split(":")[1] == "adj" and m.sector is None
                                                         for m in group.members):
                own, j = group, group.tok_start - 1   # "a Russian drone attack": the noun's own agent
                continue
            if self.space[j] or self.lower[j] in self.determiners or \
                    self.alpha[j] and self.token_text[j][:1].islower() and self.lower[j] not in self.prepositions \
                    and self._phrase_ending_at("suffering_causes", j, j) is None:   # "starb infolge eines ..."
                j -= 1
                continue
            break
        if j < frag.tok_start:
            return None
        # "died as a result of torture", "starb an den Folgen von Folter": a cause, only beside a verb of dying
        cause = None if self.lower[j] in self.means_preps else self._phrase_ending_at("suffering_causes", j,
                                                                                     frag.tok_start)
        if self.lower[j] not in self.means_preps and cause is None:
            return None
        if self._nominal_by_agent(trig, frag) is not None:
            return None
        if cause is not None and self.lang == "de" and \
                not self._has_word(self.suffering_verbs, frag.tok_start, frag.tok_end):
            return None
        if self.lang == "en":
            verb = (j if cause is None else cause) - 1
            while verb >= frag.tok_start and self.space[verb]:
                verb -= 1
            if verb < frag.tok_start:
                return None
            word = self.lower[verb]
            if word in self.agentive_participles:
                return None   # "Serb forces were engaged in ethnic cleansing": the subject is the agent
            if word in self.suffering_verbs:
                pass
            elif cause is not None:
                return None
            elif not (word.endswith(("ed", "en", "wn")) or word in self.irregular_participles) or \
                    not self._has_word(self.passive_aux, frag.tok_start, verb):
                return None
        elif not self._has_word(self.passive_aux, frag.tok_start, frag.tok_end) and \
                not self._has_word(self.suffering_verbs, frag.tok_start, frag.tok_end):
            return None
        # the subject: the last plain group before the preposition (German: anywhere in the clause but the noun's
        # own), inside what a speaker says ("Syria said eight people were killed in an air strike": not Syria)
        statement = self._enclosing_statement(trig.tok_start)
        floor = statement.content_tokens[0] if statement is not None else frag.tok_start
        patient = max((g for g in frag.groups if g.prep is None and not g.genitive and g is not own and
                       g.tok_start >= floor and (g.tok_end <= j or self.lang == "de" and g.tok_start >= trig.tok_end)),
                      key=lambda g: (g.tok_end <= j, g.tok_start if g.tok_end <= j else -g.tok_start), default=None)
        if patient is not None and patient.pronoun or patient is None and self._described_agent(trig, frag):
            return None   # "eight people were killed in an air strike by government forces": _described_agent
        if own is not None and patient is not None and not set(own.codes) - set(patient.codes):
            own = None
        if own is None:
            own = self._custodian(trig, frag)   # "died as a result of torture while in Israeli police custody"
        if own is None:
            nobody = Actor(None, None, self._trigger_text(trig), self.idx[trig.tok_start],
                           self.table.end_char(trig.tok_end - 1), trig.tok_start, trig.tok_end, "unnamed", None, None,
                           "")
            own = Group([nobody], trig.tok_start, trig.tok_end)
        return patient, own

    def _phrase_ending_at(self, name: str, last: int, floor: int) -> int | None:
        """First token of a phrase of the cue list ``name`` whose last word is token ``last`` (not before
        ``floor``), or None."""
        index = self.cues.index(name)
        for start in range(max(floor, last - 5), last + 1):
            if any(match_at(p, self.keys, start, last + 1) == last + 1 for p in index.candidates(self.keys[start])):
                return start
        return None

    def _custodian(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The holder of the custody the sufferer of a violent act noun was in, named after the noun in its clause or
        the clause right after it (cues custody_words): "died as a result of torture while in Israeli police
        custody", "in the custody of Russian police", "starb an den Folgen von Folter in israelischem
        Polizeigewahrsam". The custodian is the agent when nobody else is named."""
        later = self.fragments[frag.index:frag.index + 2]
        groups = [g for f in later for g in f.groups if g.tok_start >= trig.tok_end and not g.pronoun]
        end = later[-1].tok_end
        for i in range(trig.tok_end, end):
            if not self._one_word_cue("custody_words", i):
                continue
            for g in groups:
                gap = self._words_between(g.tok_end, i)
                # "in Israeli police custody", "in russischer Gefangenschaft": the holder's words right before
                if g.tok_end <= i and g.prep in self.means_preps | self.locative_preps and len(gap) <= 1 and \
                        all(self.alpha[t] and self.token_text[t][:1].islower() for t in gap):
                    return g
                # "in the custody of Israeli police", "im Gewahrsam der israelischen Polizei"
                gap = self._words_between(i + 1, g.tok_start)
                if g.tok_start > i and len(gap) <= 2 and (g.prep == "of" or self.lang == "de" and g.genitive) and \
                        all(self.lower[t] in self.determiners or self.lower[t] == "of" for t in gap):
                    return g
        return None

    def _placed_under(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The act is what its clause's subject is placed under (cues placing_prepositions, placing_verbs): "was put
        under investigation", "was placed under house arrest" (the verb before the preposition), "wurde unter
        Hausarrest gestellt" (the German participle after the noun)."""
        prep = next((i for i in range(trig.tok_start - 1, max(frag.tok_start, trig.tok_start - 3) - 1, -1)
                     if self.lower[i] in self.placing_preps), None)
        if prep is None:
            return False
        if self.lang == "en":
            before = self._words_between(frag.tok_start, prep)
            return bool(before) and self.lower[before[-1]] in self.placing_verbs
        return any(self.lower[i] in self.placing_verbs for i in range(trig.tok_end, frag.tok_end))

    def _conditional_threat(self) -> None:
        """"If China invaded Taiwan, the United States would defend the island", "Sollte Russland Atomwaffen
        einsetzen, würde die NATO entschlossen reagieren": announcing a response to a hostile act of X is a threat
        to X (130, 138 with military words) by the responder."""
        for cond in self.fragments:
            if self.lower[cond.tok_start] not in self.conditionals:
                continue
            hostile = next(((src, code) for trig, src, _tgt, code in self.coded_triggers
                            if cond.tok_start <= trig.tok_start < cond.tok_end and code[:2] >= "13"), None)
            if hostile is None:
                continue
            actor = hostile[0]
            for frag in self.fragments:
                modal = next((self.token_text[i] for i in self._fragment_tokens(frag)
                              if self.lower[i] in self.response_modal_words), None)   # surface: willing != will
                if frag is cond or modal is None:
                    continue
                responder = next((g for g in frag.groups if g.prep is None and not g.genitive), None)
                if responder is None or set(responder.codes) & set(actor.codes):
                    continue
                if any(frag.tok_start <= trig.tok_start < frag.tok_end and code[:2] < "13"
                       for trig, _s, _t, code in self.coded_triggers):
                    continue    # "..., Germany would lift sanctions": a promise, not a threat
                code = self.context_codes.get("130", {}).get(self._context(frag) or "", "130")
                negated = bool(self._cue_in("negation", frag)) and not self._cue_in("negation_blockers", frag)
                day, precision, date_text = self._date_for(frag)
                ev_start, ev_end = self._sentence_bounds()
                statement = self._enclosing_statement(frag.tok_start)
                reporting = self.sentence_reporting or (statement.speaker_text if statement is not None else None)
                for a in self._distinct_members(responder):
                    for b in self._distinct_members(actor):
                        self._add(self._make_event(code, f"conditional_threat:{self.lang}", modal, a, b, ev_start,
                                                   ev_end, negated, "asserted", day, precision, date_text,
                                                   reporting, None))
                return

    def _embassy(self) -> Group | None:
        return next((g for f in self.fragments for g in f.groups if any(m.role == "embassy" for m in g.members)),
                    None)

    def _protest_place(self) -> Group | None:
        embassy = self._embassy()
        return next((g for f in self.fragments for g in f.groups if g.prep in self.locative_preps
                     and g is not embassy), None)

    def _negating_verb(self, trig: TriggerHit, frag: Fragment) -> bool:
        """"declined to condemn", "refused to meet", "denied that Putin had met": the act did not happen."""
        scopes = [(frag.tok_start, trig.tok_start)]
        if frag.index > 0 and (frag.infinitive or self.lower[frag.tok_start] in self.complementizers):
            prev = self.fragments[frag.index - 1]
            scopes.append((prev.tok_start, prev.tok_end))
        for start, stop in scopes:
            for i, patterns in self._cue_tokens("negating_verbs", start, stop):
                if any(match_at(p, self.keys, i, stop) is not None for p in patterns):
                    return True
        return False

    def _third_location(self, parties: list[Actor], frag: Fragment) -> bool:
        """A meeting "in Jakarta"/"in der usbekischen Stadt Samarkand" of parties from other countries."""
        codes = {m.code for m in parties}
        return any(g.prep in self.locative_preps and not set(g.codes) & codes for g in frag.groups)

    def _complement_subject(self, frag: Fragment, source: Group) -> Group | None:
        """"demanded that North Korea ...", "forderte, dass Russland ...": the subject of the object clause."""
        if frag.index + 1 >= len(self.fragments):
            return None
        nxt = self.fragments[frag.index + 1]
        if self.lower[nxt.tok_start] not in self.complementizers:
            return None
        for group in nxt.groups:
            if group.prep is None and not group.genitive:
                return group if self._other_party(group, source) else None
        return None

    def _accusation_before(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(accuser, accused) when the trigger is the content of an accusation: the infinitive fragment after it
        ("wirft Russland vor, ... zu haben") or a linked gerund in its own fragment ("accused X of shelling")."""
        prev = self.fragments[frag.index - 1] if frag.infinitive and frag.index > 0 else None
        for other, source, target, code in reversed(self.coded_triggers):
            if code[:2] not in self.accusation_roots or target is None:
                continue
            if prev is not None and prev.tok_start <= other.tok_start < prev.tok_end:
                return source, target
            if frag.tok_start <= other.tok_start and target.tok_end <= trig.tok_start and \
                    self._has_word(self.accusation_links, target.tok_end, trig.tok_start):
                return source, target
        return None

    def _add(self, event: Event | None) -> int:
        if event is None:
            return 0
        self.result.events.append(event)
        return 1

    def _distinct_members(self, group: Group | None) -> list[Actor]:
        if group is None:
            return []
        out: list[Actor] = []
        for m in group.members:
            if all(o.code != m.code for o in out):
                out.append(m)
        return out

    def _enclosing_statement(self, tok: int) -> StatementInfo | None:
        quote = self.in_quote[tok]
        for st in reversed(self.statements):
            if quote is not None and st.quote is quote:
                return st
            if st.sentence_index == self.sentence_index and st.content_tokens[0] <= tok < st.content_tokens[1]:
                return st
        return None

    def _fragment_tokens(self, frag: Fragment):
        return range(frag.tok_start, frag.tok_end)

    def _cue_in(self, name: str, frag: Fragment) -> str | None:
        """First cue of the list in the fragment. Function-word lists match the surface form only: the lemma of
        "wurde" is "werden", which must not read as a future cue."""
        memo_key = (name, frag.tok_start, frag.tok_end)   # asked again and again per sentence
        if memo_key in self.cue_memo:
            return self.cue_memo[memo_key]
        keys, end = self.surface if name in SURFACE_CUES else self.keys, frag.tok_end
        found = None
        for i, patterns in self._cue_tokens(name, frag.tok_start, end):   # the earliest token, then list order
            pattern = next((p for p in patterns if match_after_first(p, keys, i, end) is not None), None)
            if pattern is not None:
                found = pattern.payload
                break
        self.cue_memo[memo_key] = found
        return found

    def _cue_tokens(self, name: str, start: int, end: int):
        """(token, patterns of the cue list ``name`` that start there) for the tokens start..end that start one, in
        order: what a scan of every token with ``cues.index(name).candidates`` of its key finds (surface keys for
        SURFACE_CUES)."""
        starts = self.cue_starts.get(name)
        if starts is None:   # a list outside SCANNED_CUES: looked up for every token of the doc once
            candidates = self.cues.index(name).candidates_each(self.surface if name in SURFACE_CUES else self.keys)
            tokens = list(itertools.compress(range(len(candidates)), candidates))
            starts = self.cue_starts[name] = (tokens, [candidates[i] for i in tokens])
        tokens, patterns = starts
        low, high = bisect.bisect_left(tokens, start), bisect.bisect_left(tokens, end)
        return zip(tokens[low:high], patterns[low:high])

    def _intent_of_coordinated_clause(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The fragment's intent cues all stand after the trigger, behind a coordinator that follows it ("met on
        Sunday and decided to approve a plan", "traf sich und billigte einen Plan"): they belong to the coordinated
        predicate, not to the trigger's."""
        keys = self.surface if "intent" in SURFACE_CUES else self.keys
        first = next((i for i, patterns in self._cue_tokens("intent", frag.tok_start, frag.tok_end)
                      if any(match_after_first(p, keys, i, frag.tok_end) is not None for p in patterns)), None)
        if first is None or first < trig.tok_end:
            return False
        # a coordinator between two names joins the parties, not clauses ("Ein Treffen zwischen Biden und Putin ist
        # für Mai geplant")
        words = self._words_between(trig.tok_end, first)
        return any(self.lower[i] in self.coordinators and not (0 < k < len(words) - 1 and
                                                               self.in_actor[words[k - 1]] and self.in_actor[words[k + 1]])
                   for k, i in enumerate(words))

    def _intent_fragment(self, frag: Fragment) -> Fragment | None:
        if self._cue_in("intent", frag) and not self._cue_in("intent_blockers", frag):
            return frag
        if frag.index > 0 and frag.infinitive:
            prev = self.fragments[frag.index - 1]
            if self._cue_in("intent", prev) and not self._cue_in("intent_blockers", prev):
                return prev
        return None

    def _supported(self, trig: TriggerHit, frag: Fragment, intent_frag: Fragment | None) -> bool:
        family = trig.entry.support
        if family in OBJECT_FAMILIES and self._object_side_act(trig, frag) is not None:
            return True
        if family in OBJECT_FAMILIES:
            # "faces pressure to help Iran": an infinitive without an intent cue is not an act that happened
            before = self._words_between(frag.tok_start, trig.tok_start)
            if before and self.lower[before[-1]] in self.infinitive_markers and intent_frag is None and not (
                    len(before) >= 2 and self.lower[before[-2]] in self.decision_words):
                return False   # but "decided to allow X to run": the decision is the act
            return self._object_after(trig, frag, OBJECT_FAMILIES[family]) is not None
        if family is None:
            return True
        if intent_frag is not None and family not in self.strict_support_families and \
                (intent_frag is not frag or self._intent_cue_before(trig, frag)):
            return True    # "is ready to send inspectors"; not "UN inspectors want to ..." (the noun is the subject)
        return self._family_in(family, trig, frag) or family == PARTNER_FAMILY and self._partner_named(trig, frag)

    def _partner_named(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A meeting verb's partner without a support word: a subject of two parties ("Scholz und Macron trafen in
        Paris ein"), or another non-prepositional group naming a person or a state institution ("Scholz traf
        Macron", "traf den chinesischen Präsidenten", "traf ihren chinesischen Amtskollegen": cues partner_nouns),
        not a state alone ("Die Sanktionen trafen Russland")."""
        subject = self._subject(frag, trig.tok_start)
        if subject is not None and len(subject.codes) >= 2:
            return True
        nouns = self.cues.index("partner_nouns")
        return any(g is not subject and g.prep is None and not g.genitive and
                   (any(m.person or m.sector in self.own_state_sources for m in g.members) or
                    nouns.first_match(self.keys, g.tok_end, min(g.tok_end + 2, frag.tok_end)) is not None)
                   for g in frag.groups)

    def _intent_cue_before(self, trig: TriggerHit, frag: Fragment) -> bool:
        index = self.cues.index("intent")
        return any(match_at(p, self.surface, i, frag.tok_end) is not None
                   for i in range(frag.tok_start, trig.tok_start) for p in index.candidates(self.surface[i]))

    def _family_in(self, family: str, trig: TriggerHit, frag: Fragment) -> bool:
        """A support word of ``family`` in the trigger's clause (or the clause an infinitive depends on)."""
        return self._support_length(family, trig, frag) > 0

    def _support_length(self, family: str, trig: TriggerHit, frag: Fragment, reach: int | None = None) -> int:
        return self._support_match(family, trig, frag, reach)[0]

    def _support_match(self, family: str, trig: TriggerHit, frag: Fragment,
                       reach: int | None = None) -> tuple[int, bool, int]:
        """Tokens of the longest support word of ``family`` in the trigger's clause (or the clause an infinitive
        depends on), 0 if none; whether one stands before the trigger; minus the distance of the nearest one. With
        ``reach``, only before the trigger or at most that many tokens after it. The second part of a hyphenated
        word is no support word ("an open-ended strike")."""
        longest, before, nearest = 0, False, -len(self.lower)
        index = self.cues.index("support")
        scope = [frag] + ([self.fragments[frag.index - 1]] if frag.infinitive and frag.index > 0 else [])
        for f in scope:
            for i, end, found_family in self._support_words(f):
                if trig.tok_start <= i < trig.tok_end or (reach is not None and i >= trig.tok_end + reach):
                    continue
                if found_family == family:
                    longest = max(longest, end - i)
                    before = before or i < trig.tok_start
                    nearest = max(nearest, -(trig.tok_start - end if i < trig.tok_start else i - trig.tok_end))
        return longest, before, nearest

    def _support_clause(self, trig: TriggerHit, frag: Fragment) -> Fragment | None:
        """The clause an infinitive depends on when the trigger's support word stands only there ("wird ein Team
        schicken, um ... zu helfen"), else None."""
        family = trig.entry.support
        if family is None or family in OBJECT_FAMILIES or not frag.infinitive or frag.index == 0:
            return None
        if any(found == family and not trig.tok_start <= i < trig.tok_end for i, _e, found in self._support_words(frag)):
            return None
        prev = self.fragments[frag.index - 1]
        return prev if any(found == family for _i, _e, found in self._support_words(prev)) else None

    def _support_words(self, frag: Fragment) -> list[tuple[int, int, str]]:
        """(start, end, family) of every support word in the fragment, not the second part of a hyphenated word;
        found once per fragment (every trigger and every reading of a shared pattern asks)."""
        memo_key = (frag.tok_start, frag.tok_end)
        found = self.support_memo.get(memo_key)
        if found is None:
            found = self.support_memo[memo_key] = []
            keys, token_text, idx = self.keys, self.token_text, self.idx
            for i, patterns in self._cue_tokens("support", frag.tok_start, frag.tok_end):
                if i > 0 and token_text[i - 1] == "-" and idx[i - 1] + 1 == idx[i]:
                    continue
                for pattern in patterns:
                    # a separable verb needs its particle: "nahm 20 Flüchtlinge fest" is an arrest, no "nahm ...
                    # auf" (shelter)
                    end = match_at(pattern, keys, i, frag.tok_end)
                    if end is not None:
                        found.append((i, end, pattern.payload))
        return found

    def _object_after(self, trig: TriggerHit, frag: Fragment, infinitive: bool,
                      subject: Group | None = None) -> Group | None:
        """The actor right after a verb trigger (determiners between allowed): "helped Ukraine", "wants the US to";
        with ``infinitive`` the infinitive marker must follow it. German marks the object by case wherever it stands
        ("Der Ukraine half Polen"), and adjectives may follow its article ("half der benachbarten Ukraine"); the
        ``subject`` after a German verb is skipped ("Am Montag erlaubten die USA der Ukraine, ...")."""
        german = self.lang == "de"
        if german and not infinitive:
            fronted = next((g for g in frag.groups if g.tok_end <= trig.tok_start and self._oblique(g)), None)
            if fronted is not None:
                return fronted
        after = trig.tok_end
        for group in frag.groups:
            if group.tok_start < trig.tok_end:
                continue
            if german and subject is not None and group.tok_start == subject.tok_start and \
                    group.tok_end == subject.tok_end:
                after = group.tok_end
                continue
            gap = self._words_between(after, group.tok_start)
            if not infinitive and self._people_of(gap, group):
                return group   # "helped the two exiled dissidents from Egypt": the people of that actor
            if group.prep is not None or group.genitive or not all(
                    self.lower[t] in self.determiners or german and k > 0 and self.lower[gap[0]] in self.determiners
                    and self.alpha[t] and self.token_text[t][:1].islower()
                    or self.lower[t] in self.np_internal   # "ordered former president Menem to"
                    or self.lower[t] in self.person_titles and group.members[0].person   # "candidate Ouattara"
                    for k, t in enumerate(gap)):
                return None
            if infinitive:
                after = self._words_between(group.tok_end, frag.tok_end)
                if not after or self.lower[after[0]] not in self.infinitive_markers:
                    return None
            return group
        return None

    def _has_word(self, words: frozenset[str], start: int, stop: int) -> bool:
        """A token start..stop whose lowercase form is in ``words`` (one set operation over the slice)."""
        return not words.isdisjoint(self.lower[start:stop])

    def _cue_before(self, trig: TriggerHit, frag: Fragment, words: frozenset[str]) -> bool:
        return self._has_word(words, frag.tok_start, trig.tok_start)

    def _unilateral_act(self, frag: Fragment) -> bool:
        return self._has_word(self.unilateral_support, frag.tok_start, frag.tok_end)

    def _cue_governs(self, trig: TriggerHit, frag: Fragment, cue_list: str) -> bool:
        """An intent or future cue stands right before the verb trigger ("wants to attack", "vowed to fight", "would
        boycott"), not before some other act ("offered to negotiate ... following the invasions")."""
        if trig.entry.pos == "NOUN":
            return False
        index = self.cues.index(cue_list)
        if self.lang == "de" and cue_list == "intent":
            # German verb-final: the intent word closing the act's clause governs it ("hat den Angriff auf Kiew lange
            # geplant", "..., dass Russland Kiew angreifen will"), as it does standing before it ("plant einen Angriff")
            words = [i for i in self._words_between(trig.tok_end, frag.tok_end) if not self.punct[i]]
            if words and not any(other.tok_start > trig.tok_start and other.tok_start <= words[-1]
                                 and other.entry.frame != "speech" for other in self.sentence_triggers) and \
                    any(match_at(p, self.surface, words[-1], words[-1] + 1) == words[-1] + 1
                        for p in index.candidates(self.surface[words[-1]])):
                return True
        for i in range(max(frag.tok_start, trig.tok_start - 6), trig.tok_start):
            if self.lower[i] in self.backshifted_future and trig.tok_start - i <= 2:
                return True
            if cue_list == "intent" and self.lower[i] in self.commitment_words:
                continue    # "pledged to expel", "agreed to withdraw": a commitment to someone, not a threat
            for pattern in index.candidates(self.surface[i]):
                if cue_list == "modality" and pattern.payload != "future":
                    continue
                end = match_at(pattern, self.surface, i, trig.tok_start, frag.tok_end)
                if end is not None and trig.tok_start - end <= 1 + int(self.lower[end - 1] not in
                                                                          self.infinitive_markers):
                    return True
        return False

    def _contingent_act(self, trig: TriggerHit) -> bool:
        """An act noun right after a word of contingency (cues contingency_modifiers: "mobilized reservists for a
        possible war against Iraq", "für einen möglichen Angriff auf Taiwan"): what may happen, no act."""
        if trig.tok_start <= self.span.start:
            return False
        index = self.cues.index("contingency_modifiers")
        before = trig.tok_start - 1
        if trig.entry.pos != "VERB" and any(match_at(p, self.keys, before, trig.tok_start) == trig.tok_start
                                            for p in index.candidates(self.keys[before])):
            return True
        # "her possible role in rioting", "ihre mögliche Beteiligung an den Ausschreitungen": a part in the act that
        # may have been played (cues role_nouns, role_links) is no act either (a verb row behind the preposition is
        # its gerund)
        words = self._words_between(max(self.span.start, trig.tok_start - 6), trig.tok_start)
        while words and self.lower[words[-1]] in self.determiners:
            words.pop()
        if len(words) < 3 or self.lower[words[-1]] not in self.role_links or \
                self.lower[words[-2]] not in self.role_nouns:
            return False
        modifier = words[-3]
        return any(match_at(p, self.keys, modifier, modifier + 1) == modifier + 1
                   for p in index.candidates(self.keys[modifier]))

    def _pending_condition(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The act stands behind "until"/"bis" (cues pending_condition_openers; no clause opener, coordinator or
        punctuation between) and is still awaited: the main clause before the word is future, hypothetical or
        negated ("The EU will keep the sanctions until Russia withdraws", "said it would fight until Russia
        withdrew"), or the until-clause is in the present ("opposed the deployment until their demands are met",
        "bis ihre Forderungen erfüllt sind": cues present_markers, an English verb trigger in -s, a German one in
        -t) and not in the past (cues past_markers: "held the town until the army recaptured it" happened)."""
        opener = None
        first = next((i for i in range(frag.tok_start, trig.tok_start) if not self.space[i]), None)
        for i in range(trig.tok_start - 1, frag.tok_start - 1, -1):
            word = self.lower[i]
            if word in self.pending_condition_openers or word in self.pending_clause_openers and i == first:
                opener = i   # (German "bis" inside a clause is a preposition: "will bis Ende des Jahres verhandeln")
                break
            if self.punct[i] or word in self.subordinators or word in self.coordinators:
                return False
        if opener is None or self._has_word(self.infinitive_markers, opener, trig.tok_start) or \
                opener == frag.tok_start and frag.infinitive:
            return False   # "plant, bis Ende des Jahres nach Peking zu reisen": "bis" of time before an infinitive
        clause_end = next((i for i in range(trig.tok_end, frag.tok_end) if self.punct[i] or
                           self.lower[i] in self.coordinators or self.lower[i] in self.subordinators), frag.tok_end)
        # a clause, not a phrase of time ("until the end of the war", "bis zum Abzug"): a verb trigger, an auxiliary,
        # or (English) an actor as its subject with its verb ("until Albania meets its demands")
        verb = trig.entry.pos in ("VERB", "PHRASE") and self.lower[trig.tok_start - 1] not in self.determiners
        past = self._has_word(self.past_markers, opener, clause_end)
        present = self._has_word(self.present_markers, opener, clause_end)
        # the verb of the trigger (after the actor a phrase row opens with: "forces withdrew") or the subject's
        head = next((i for i in range(trig.tok_start, trig.tok_end) if not self.space[i] and not self.in_actor[i]),
                    trig.tok_start)
        subject = next((i for i in range(opener + 1, trig.tok_start) if not self.space[i]), None)
        if self.lang == "en" and not verb and subject is not None and self.in_actor[subject]:
            after = next((i for i in range(subject, trig.tok_start) if not self.space[i] and not self.in_actor[i]), None)
            if after is not None and self.lower[after] not in self.possessive_markers:
                verb, head = True, after
        if not (verb or past or present):
            return False
        # ... in the present: English -s ("withdraws", "meets"), German -t but not -te ("abzieht", not "abzog")
        form = self.lower[head]
        if not past and (present or verb and (form.endswith("s") if self.lang == "en" else
                                              form.endswith("t") and not form.endswith("te"))):
            return True
        main = Fragment(frag.index, frag.tok_start, opener, frag.subordinate, frag.infinitive) \
            if opener > frag.tok_start else self.fragments[frag.index - 1] if frag.index > 0 else None
        if main is None:
            return False
        negated, modality = self._negation_modality(main, None)
        return negated or modality != "asserted"

    def _hit_by_act_noun(self, trig: TriggerHit, frag: Fragment, preps: frozenset[str] | None = None) -> bool:
        """The noun stands in the object phrase of an act noun right before it (cues act_object_prepositions, at most
        four words between: "killed four Iraqis in an attack on a suspected weapons supply", "bei einem Angriff auf
        eine Waffenlieferung"): it names what that act hit, not an act of its own. With ``preps`` the prepositions
        of an act noun's setting (cues act_setting_prepositions: "agreed to US mediation in the final status talks",
        "Vermittlung bei den Gesprächen"): the noun names where that act happens."""
        preps = self.act_object_preps if preps is None else preps
        if trig.entry.pos == "VERB" or not preps:
            return False
        j, words = trig.tok_start - 1, 0
        while j >= frag.tok_start and words <= 4:
            if self.space[j]:
                j -= 1
                continue
            if self.lower[j] in preps:
                return any(other is not trig and other.entry.pos != "VERB" and self._nominal(other) and
                           other.tok_start < j <= other.tok_end and self.frag_of.get(other.tok_start) is frag
                           for other in self.sentence_triggers)
            if not self.alpha[j] or self.lower[j] in self.prepositions:
                return False
            j, words = j - 1, words + 1
        return False

    def _reversed_act_noun(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An act noun that a word of reversal governs (cues reversal_words: "unless Kyiv rescinded its blockade of
        Crimea", "revoke its annexation", "die Annexion rückgängig machen"): the earlier act is only named. The word
        stands at most three words before the noun (its determiner and modifiers between), or in German after the
        noun's phrase in its clause. A reading whose support word it is ("revoked the state of emergency": 0814)
        is that act (checked by the caller)."""
        if not self.reversal_words or trig.entry.pos == "VERB" and not (
                trig.tok_start > frag.tok_start and self.lower[trig.tok_start - 1] in self.determiners):
            return False   # a verb row only as a noun ("its annexation" matches "annex*")
        index = self.cues.index("reversal_words")
        j, words = trig.tok_start - 1, 0
        while j >= frag.tok_start and words < 4:
            if self.space[j]:
                j -= 1
                continue
            if any(p.elements[0].matches(k) for k in self.keys[j] for p in index.candidates(self.keys[j])):
                return True
            if not self.alpha[j] or self.lower[j] in self.prepositions:
                break
            j, words = j - 1, words + 1
        if self.lang != "de":
            return False
        return any(any(p.elements[0].matches(k) for k in self.keys[i] for p in index.candidates(self.keys[i]))
                   for i in range(trig.tok_end, frag.tok_end))

    def _possessor_act_noun(self, trig: TriggerHit) -> bool:
        """An act noun with a possessive marker behind it (cues possessive_markers: "the meeting's co-chairman said",
        "the summit's host") owns the noun after it: it names who or what is spoken of, no act of the clause."""
        if trig.entry.pos == "VERB" or not self.possessive_markers:
            return False
        nxt = next((t for t in range(trig.tok_end, self.span.end) if not self.space[t]), None)
        return nxt is not None and self.lower[nxt] in self.possessive_markers

    def _prepared_act(self, trig: TriggerHit, frag: Fragment, code: str) -> bool:
        """A hostile act of a root in cues preparation_codes that its actor prepares (cues preparation_words):
        "The army prepared to resume shelling X", "Russian troops were preparing to attack Kharkiv" (the cue at most
        two words before the act in its clause), "bereitete einen Angriff auf Charkiw vor" (a separable cue with its
        particle in the clause), "bereitete sich darauf vor, Charkiw anzugreifen" (the cue in the clause an
        infinitive depends on). A willingness read as an intent ("is prepared to attack": cues intent) is not a
        preparation."""
        if code[:2] not in self.preparation_codes:
            return False
        index, intents = self.cues.index("preparation_words"), self.cues.index("intent")
        scopes = [(frag, True)]
        if frag.infinitive and frag.index > 0:
            scopes.append((self.fragments[frag.index - 1], False))
        for scope, same in scopes:
            for i in range(scope.tok_start, trig.tok_start if same else scope.tok_end):
                for pattern in index.candidates(self.keys[i]):
                    end = match_after_first(pattern, self.keys, i, scope.tok_end)
                    if end is None:
                        continue
                    if same and not pattern.particle and len(self._words_between(end, trig.tok_start)) > 2:
                        continue
                    if i > scope.tok_start and any(match_at(p, self.surface, i - 1, scope.tok_end) is not None
                                                   for p in intents.candidates(self.surface[i - 1])):
                        continue   # "is prepared to": willing
                    return True
        return False

    def _refusal(self, frag: Fragment, start: int, stop: int, intent_frag: Fragment | None) -> bool:
        """An announced refusal of the act at tokens ``start``..``stop``: a modal of the future or of will before
        it (cues refusal_modals) with a negation at most refusal_negation_reach words after the modal ("will not
        provide", "won't meet", "said it would not release"; German puts it late: "wird der Ukraine die Waffen nicht
        liefern"). The act is in the future (a "would" only as the reported "will"). Not "has no plans to" (no
        modal) nor "did not agree to" (past)."""
        scopes = [frag] + ([intent_frag] if intent_frag is not None and intent_frag is not frag else [])
        if not self.refusal_codes or not any(self._cue_in("negation", s) for s in scopes):
            return False   # (memoized per clause: most acts have no negation)
        index = self.cues.index("negation")
        found = False
        for scope in scopes:
            words = self._words_between(scope.tok_start, scope.tok_end)
            for k, i in enumerate(words):
                if i < stop and self.lower[i] in self.refusal_modals and any(
                        match_at(p, self.surface, j, scope.tok_end) is not None
                        for j in words[k + 1:k + 1 + self.refusal_reach] for p in index.candidates(self.surface[j])):
                    found = True
        if not found:
            return False
        negated, modality = self._negation_modality(frag, intent_frag)
        if modality == "hypothetical" and self._backshifted_future(start, frag):
            modality = "future"
        return negated and (modality == "future" or intent_frag is not None)

    def _alleged_content(self, frag: Fragment) -> bool:
        """The clause is what a claim or allegation says: a that-clause right after a claim word, or the next of a
        chain of them ("A report alleged that France was aware ..., and that the French military ... took part in
        the killing"), also without a known speaker. Such acts are reported, not asserted."""
        k = frag.index
        while k > 0:
            words = [i for i in self._words_between(self.fragments[k].tok_start, self.fragments[k].tok_end)
                     if not self.punct[i] and self.lower[i] not in self.coordinators]
            if words and self.lower[words[0]] not in self.complementizers:
                return False
            previous = [i for i in self._words_between(self.fragments[k - 1].tok_start, self.fragments[k - 1].tok_end)
                        if not self.punct[i]]
            if words and previous and self.lower[previous[-1]] in self.claim_words:
                return True
            k -= 1
        return False

    def _refusal_code(self, code: str) -> str | None:
        """The rejection code of an intent code (cues refusal_codes): 0353 release -> 1243, 036 meet -> 125."""
        if code[:2] != "03":
            return None
        return self.refusal_codes.get(code) or self.refusal_codes.get(code[:3])

    def _own_announcement(self, trig: TriggerHit, source: Group | None) -> bool:
        """A future act in the content of its own actor's indirect statement ("Palestinian leaders said they would
        boycott ...", "NATO confirmed it would tighten the blockade")."""
        statement = self._enclosing_statement(trig.tok_start)
        return statement is not None and source is not None and statement.quote is None and \
            set(source.codes) <= set(statement.speaker.codes)

    def _cues_in_object(self, trig: TriggerHit, frag: Fragment, name: str, payload: str | None = None) -> bool:
        """A verb (or a phrase row opening with one) whose cues of the list ``name`` (with ``payload``) in its clause
        all stand in its object noun phrase, behind an article or possessive after the verb ("criticised the US plan
        to sell weapons to Taiwan", "welcomed Iran's pledge to release the prisoners", "kritisierte die Pläne der
        USA", "rejected the plan", "rejected the peace plan": the row's own words): what is commented on, rejected or
        accepted lies ahead, the act on it has been done. False when there is no such cue."""
        if trig.entry.pos not in ("VERB", "PHRASE"):
            return False
        cues = [i for i, patterns in self._cue_tokens(name, frag.tok_start, frag.tok_end)
                if any((payload is None or p.payload == payload) and
                       match_at(p, self.surface, i, frag.tok_end) is not None for p in patterns)]
        if not cues:
            return False
        for i in cues:
            if trig.tok_start < i < trig.tok_end:
                continue   # the object the row itself names ("rejected the peace plan")
            lead = self._words_between(trig.tok_end, i)
            if not lead or any(self.punct[t] for t in lead) or \
                    not any(self.lower[t] in self.determiners or self.token_text[t] == "'s" for t in lead):
                return False
        return True

    def _backshifted_future(self, tok: int, frag: Fragment) -> bool:
        """"Israel announced it would free ...": in indirect speech after a past-tense speech verb, "would" is the
        reported "will" of the act at ``tok``, not a condition (unless the content has a condition or another
        hypothetical cue)."""
        statement = self._enclosing_statement(tok)
        if statement is None or statement.quote is not None or statement.trigger is None:
            return False
        speech = statement.trigger.tok_start
        if self.lower[speech] == self.keys[speech][-1] or self.lower[speech].endswith("s"):
            return False   # "says it would": present tense, the conditional reading stays
        start, stop = statement.content_tokens
        if self._has_word(self.condition_words, start, stop):
            return False
        index = self.cues.index("modality")
        for i in self._fragment_tokens(frag):
            if self.lower[i] in self.backshifted_future or self.lower[i] in self.name_homographs and \
                    self.token_text[i][:1].isupper() and self._words_between(self.span.start, i):
                continue   # (the month "May" is no modal, as in _modality_cue)
            if any(p.payload == "hypothetical" and match_at(p, self.surface, i, frag.tok_end) is not None
                   for p in index.candidates(self.surface[i])):
                return False
        return self._has_word(self.backshifted_future, frag.tok_start, frag.tok_end)

    def _claims(self) -> None:
        """"The US claimed that ISIL had attacked Iraq": claiming or alleging that another actor committed a hostile
        act accuses that actor (112); claiming one's own act claims responsibility (015). The claim replaces the
        generic statement row of its speech word; the claimed act itself is only reported. A speaker who opens the
        sentence and says that another actor committed a violent act ("Israel said Hamas fired rockets at it")
        accuses that actor the same way; the act stays asserted, and a speaker's report of its own act, or an
        attribution after the content ("..., officials said"), stays a statement."""
        for st in self.statements:
            if st.sentence_index != self.sentence_index or st.quote is not None or st.trigger is None:
                continue
            claim = self.lower[st.trigger.tok_start] in self.claim_words
            if not claim and not self._speaker_first_report(st) or st.event is not None and st.event.negated:
                continue   # "did not say/claim that Russia attacked Kyiv" accuses nobody
            start, stop = st.content_tokens
            roots = self.claimable_roots if claim else self.reported_accusation_roots
            claimed = next(((trig, source, target, code) for trig, source, target, code in self.coded_triggers
                            if start <= trig.tok_start < stop and code[:2] in roots
                            and (claim or self._asserted_act(trig))), None) or \
                next(((trig, source, target, code) for trig, source, target, code in self.reflexive_acts
                      if start <= trig.tok_start < stop and code[:2] in roots), None)
            if claimed is None:
                # "said eight people were killed in an air strike by government forces": the act's agent is
                # described, not named: the speaker accuses someone unnamed
                described = next((trig for trig in self.described_agent_acts
                                  if start <= trig.tok_start < stop and trig.entry.cameo_code[:2] in roots), None)
                claimed = (described, None, None, "") if described is not None else None
            if claimed is None:
                continue
            trig, source, target, _code = claimed
            own = source is not None and set(source.codes) <= set(st.speaker.codes)
            if own and not claim:
                continue
            accused = (target if own else source)
            code = "015" if own else "112"
            cameo = self.cameo[code]
            trigger_text = self._trigger_text(trig)
            for event in self.result.events:
                if event.sentence_index != self.sentence_index:
                    continue
                if claim and event.statement is None and event.trigger_text == trigger_text and \
                        event.modality == "asserted":
                    event.modality = "reported"
                if event.statement is not None and event.trigger_text == self._trigger_text(st.trigger):
                    member = accused.members[0] if accused is not None else None
                    if member is not None and member.code == event.source_actor:
                        member = None
                    event.cameo_code, event.cameo_root, event.event_type = code, code[:2], cameo.plover_type
                    event.quad_class, event.goldstein = cameo.quad_class, cameo.goldstein
                    event.plover_mode, event.plover_context = cameo.plover_mode, cameo.plover_context
                    event.target_actor = member.code if member is not None else None
                    event.target_sector = member.sector if member is not None else None
                    event.target_text = member.text if member is not None else None
                    event.rule_id = f"{'claim' if claim else 'accusation'}:{event.rule_id}"
            self.decisions.append({"claim": st.speaker_text, "cameo_code": code,
                                   "claimed": trigger_text})

    def _people_of(self, gap: list[int], group: Group) -> bool:
        """The words before ``group`` name people it is the origin of: "(the two exiled) dissidents from", "refugees
        from", "Flüchtlingen aus": at most three modifiers (determiners, numbers, lowercase adjectives), a word of the
        "persons" support family, the group's preposition."""
        if group.prep not in self.people_origin_preps or len(gap) < 2 or len(gap) > 5 or \
                self.lower[gap[-1]] != group.prep or not self._support_word_ends_at("persons", gap[-1]):
            return False
        return all(self.lower[t] in self.determiners or self.token_text[t].isdigit() or
                   (self.alpha[t] and self.token_text[t].islower()) for t in gap[:-2])

    def _support_word_ends_at(self, family: str | None, end: int) -> bool:
        """A support word of ``family`` ends right before token ``end`` ("gave" in "gave Ukraine weapons"), or before
        its determiners ("accepted the EEC's proposal", "met the union's demands"); a separable one with its particle
        later in the clause ("sagte China Hilfe zu")."""
        if family is None or end == 0:
            return False
        while end > 1 and self.lower[end - 1] in self.determiners:
            end -= 1
        index = self.cues.index("support")
        frag = self.frag_of.get(end - 1)
        clause_end = frag.tok_end if frag is not None else self.span.end
        return any(pattern.payload == family and match_at(pattern, self.keys, start, end, clause_end) == end
                   for start in range(max(0, end - 3), end) for pattern in index.candidates(self.keys[start]))

    def _speaker_first_report(self, st: StatementInfo) -> bool:
        """A plain saying whose speaker opens it and whose content follows the speech word ("Israel said ..."); not
        an announcement ("Italy announced a suspension ..., one day after a Serbian jet shot down ...")."""
        if self.lower[st.trigger.tok_start] not in self.accusing_speech_words:
            return False
        if st.speaker.tok_start < st.trigger.tok_start:
            return st.content_tokens[0] >= st.trigger.tok_end
        # German verb second after a fronted adverbial: "Am Montag sagte Russland, die Ukraine habe ..."
        behind = self._speaker_behind_verb(st.trigger, self.frag_of[st.trigger.tok_start])
        return behind is not None and behind.tok_start == st.speaker.tok_start and \
            st.content_tokens[0] >= behind.tok_end

    def _asserted_act(self, trig: TriggerHit) -> bool:
        """The trigger's row says the act happened (not negated, not future or hypothetical)."""
        text = self._trigger_text(trig)
        return any(e.sentence_index == self.sentence_index and e.statement is None and e.trigger_text == text
                   and not e.negated and e.modality == "asserted" for e in self.result.events)

    def _explicit_parties(self, trig: TriggerHit, frag: Fragment) -> list[Actor]:
        """Parties named with the trigger: "zwischen A und B", "Putin-Xi-Gespräch", "A-B talks"."""
        members: list[Actor] = []
        inside = self.actors_at.get((trig.tok_start, trig.tok_end))
        if inside is not None and len(inside) >= 2 and len({a.code for a in inside}) >= 2:
            return list(inside)
        between = self.between
        for group in frag.groups:
            if group.prep in between and group.tok_start >= trig.tok_end:
                members = self._distinct_members(group)
                break
        if not members and frag.pronouns and not between.isdisjoint(self.lower[trig.tok_end:frag.tok_end]):
            lower = self.lower
            i = next(i for i in range(trig.tok_end, frag.tok_end) if lower[i] in between)
            for tok in frag.pronouns:
                if tok > i:
                    ref = self._resolve_reference(tok)
                    if ref is not None:
                        members = self._distinct_members(ref)
                    break
        return members if len(members) >= 2 and len({m.code for m in members}) >= 2 else []

    def _context(self, frag: Fragment) -> str | None:
        return self._cue_in("context_words", frag)

    def _passive_agent(self, frag: Fragment) -> Group | None:
        if not self._has_word(self.passive_aux, frag.tok_start, frag.tok_end):
            return None
        # "The invasion of Ukraine by Russia was condemned by the EU": the agent phrase after the auxiliary is the
        # passive's, one before it belongs to a noun of the subject
        aux = next(i for i in range(frag.tok_start, frag.tok_end) if self.lower[i] in self.passive_aux)
        agents = [g for g in frag.groups if g.prep in self.agent_preps]
        after = [g for g in agents if g.tok_start > aux]
        if after:
            return after[0]
        # ... an English one before it never ("The invasion of Ukraine by Russia was condemned" names nobody who
        # condemned); a German one may close the clause before it ("..., dass Kiew von Russland angegriffen wurde")
        if agents and self.lang != "en":
            return agents[0]
        # "has been accused of misusing funds, much of it believed to have been embezzled, by current Haitian
        # government officials": a fragment that is only the agent phrase closes the passive after an aside
        for later in self.fragments[frag.index + 1:]:
            words = [t for t in self._words_between(later.tok_start, later.tok_end) if not self.punct[t]]
            group = later.groups[0] if later.groups else None
            lead = [t for t in words if group is not None and t < group.tok_start]
            if lead and self.lower[lead[0]] in self.agent_preps and len(lead) <= 3 and \
                    all(self.alpha[t] and self.token_text[t].islower() for t in lead) and \
                    all(t < group.tok_end for t in words) and \
                    not any(later.tok_start <= t.tok_start < later.tok_end for t in self.sentence_triggers):
                return group
        return None

    def _commented_act(self, trig: TriggerHit, frag: Fragment, source: Group) -> bool:
        """The act noun is the object of an earlier coded verb of commenting (condemn, praise, investigate) in its
        clause, and ``source`` is that verb's subject: the one who comments is not the one who acted."""
        if not self._nominal(trig):
            return False
        return any(other.tok_end <= trig.tok_start and self.frag_of.get(other.tok_start) is frag and
                   not self._nominal(other) and code[:2] in self.commenting_roots and
                   other_source is not None and other_source.tok_start == source.tok_start
                   for other, other_source, _target, code in self.coded_triggers)

    def _time_reference_act(self, trig: TriggerHit, frag: Fragment, source: Group) -> bool:
        """The act noun stands behind a preposition of time (cues time_prepositions: "offered talks following the
        invasions of Dagestan", "after the killing of an Israeli man", "nach dem Angriff auf Kiew"), with only its
        determiner and lowercase modifiers between, and ``source`` stands before that preposition: the noun names an
        earlier event that dates the clause's act, and the clause's actor is not its agent. An agent in the noun's
        own phrase ("after the Russian attack", "after Russia's attack", "by Russia") is not before it, and a
        possessive determiner names it ("after its threat", "nach seiner Drohung")."""
        if not self.time_prepositions or not self._nominal(trig):
            return False
        j = trig.tok_start - 1
        words = 0
        while j >= frag.tok_start and words < 4:
            if self.space[j]:
                j -= 1
                continue
            lower = self.lower[j]
            if lower in self.time_prepositions:
                return source.tok_end <= j
            if lower in self.possessive_determiners:
                return False   # "nach seiner Drohung", "after its invasion of X": the possessor is the agent
            if not (lower in self.determiners or self.alpha[j] and self.token_text[j][:1].islower()
                    and lower not in self.prepositions):
                return False
            j, words = j - 1, words + 1
        return False

    def _commented_intention(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The act is in an infinitive right after a noun of deciding, planning or pledging (cues intention_nouns)
        that is the object of an earlier coded verb of commenting (commenting_roots): "China kritisierte die
        Entscheidung der USA, Waffen an Taiwan zu verkaufen" (the clause before), "The EU welcomed Iran's pledge to
        release the prisoners" (the same clause, the noun right before "to"). What is commented on is the decision
        or pledge; the act it names has not happened."""
        if self.lang == "en":
            before = self._words_between(frag.tok_start, trig.tok_start)
            if self.lower[trig.tok_start] in self.infinitive_markers:   # a row that opens with "to": "to release"
                before = before + [trig.tok_start]
            if len(before) < 2 or self.lower[before[-1]] not in self.infinitive_markers or \
                    self.lower[before[-2]] not in self.intention_nouns:
                return False
            scope, noun = frag, before[-2]
        else:
            if not frag.infinitive or frag.index == 0:
                return False
            scope = self.fragments[frag.index - 1]
            words = self._words_between(scope.tok_start, scope.tok_end)
            noun = next((i for i in reversed(words[-4:]) if self.lower[i] in self.intention_nouns), None)
            if noun is None:
                return False
        return any(scope.tok_start <= other.tok_start < noun and self.frag_of.get(other.tok_start) is scope and
                   not self._nominal(other) and code[:2] in self.commenting_roots
                   for other, _source, _target, code in self.coded_triggers)

    def _commented_act_noun(self, trig: TriggerHit, frag: Fragment) -> TriggerHit | None:
        """The directed act noun a verb of commenting (cues commenting_roots: condemn, praise, investigate) has as
        its object in its clause ("condemned the air strike", "kritisierten die Invasion"), or None. The partner of
        a joint act stays the comment's target ("endorsed an agreement with the EU")."""
        if trig.entry.cameo_code[:2] not in self.commenting_roots or self._nominal(trig):
            return None
        act = next((t for t in self.sentence_triggers if t.tok_start >= trig.tok_end and
                    self.frag_of.get(t.tok_start) is frag and self._nominal(t)), None)
        return act if act is not None and act.entry.frame == "directed" else None

    def _nominal(self, trig: TriggerHit) -> bool:
        """A noun row, or a phrase row used as a noun: "Russia's air strike on", "den Angriff auf" (German nouns
        are capitalized), "the air strike on" (after a determiner)."""
        if trig.entry.pos == "NOUN":
            return True
        if trig.entry.pos == "VERB":   # "Russia's arrest of a French journalist": a verb row used as a noun
            # ("condemned the arrest of a French journalist": after an article too)
            return self.lang == "en" and trig.tok_start > self.span.start and \
                (self.token_text[trig.tok_start - 1] == "'s" or self.lower[trig.tok_start - 1] in self.verb_noun_articles)
        if trig.entry.pos != "PHRASE":
            return False
        if self.lang == "de":   # also an adjective before its noun after an article or a possessor
            first, before = self.token_text[trig.tok_start], trig.tok_start - 1   # "Chinas militärische Unterstützung"
            return before >= self.span.start and (first[:1].isupper() or self.token_text[trig.tok_end - 1][:1].isupper()
                                                  and (self.lower[before] in self.determiners or
                                                       self.token_text[before][:1].isupper()))
        before = trig.tok_start - 1
        adjective = self._adjective_before(trig.tok_start, trig)
        if adjective is not None:   # "the Russian air strike on Kyiv": the noun phrase of the adjective's article
            before = adjective.tok_start - 1
        return before >= self.span.start and (self.lower[before] in self.determiners or
                                              self.token_text[before] == "'s")

    def _adjective_before(self, tok: int, trig: TriggerHit | None = None) -> Group | None:
        """The English nationality adjective standing right before ``tok`` after an article ("the Russian attack",
        "a Russian air strike"): it names the agent of the act noun at ``tok``, as a possessor does."""
        if self.lang != "en":
            return None
        frag = self.frag_of.get(tok)
        group = next((g for g in frag.groups if g.tok_end == tok), None) if frag is not None else None
        # "the Chinese military drills": the adjective's mention took the act's first word as its sector word (only
        # for an act that needs no support word: "outside the Chinese embassy in London" names a building)
        overlap = next((g for g in frag.groups if g.tok_start < tok < g.tok_end), None) \
            if frag is not None and group is None and trig is not None and not trig.entry.support else None
        group = group or overlap
        if group is None or group.prep is not None or \
                not all(m.entry_id.split(":")[1] == "adj" and (m.sector is None or overlap is not None)
                        for m in group.members) or \
                group.tok_start - 1 < self.span.start or self.lower[group.tok_start - 1] not in self.determiners:
            return None
        return group

    def _behind_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """"Russia was behind the drone attack on Odesa", "Russland stecke hinter dem Angriff": the group before a
        copula or verb (cues behind_verbs) and "behind"/"hinter" (behind_words) is the agent of the act noun right
        after it (its article and at most two lower-case words between)."""
        if not self._nominal(trig) or self.behind_words.isdisjoint(self.lower[frag.tok_start:trig.tok_start]):
            return None
        words = self._words_between(frag.tok_start, trig.tok_start)
        link = max((k for k, t in enumerate(words) if self.lower[t] in self.behind_words), default=None)
        if link is None or len(words) - link - 1 > 3 or \
                not all(self.lower[t] in self.determiners or self.alpha[t] and self.token_text[t].islower()
                        for t in words[link + 1:]):
            return None
        group = next((g for g in reversed(frag.groups) if g.tok_end <= words[link] and g.prep is None), None)
        if group is None:
            return None
        verbs = self._words_between(group.tok_end, words[link])
        if not verbs or len(verbs) > 2 or not all(self.lower[t] in self.behind_verbs for t in verbs):
            return None
        return group

    def _source(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        nominal = self._nominal(trig)
        behind = self._behind_agent(trig, frag)
        if behind is not None:   # "said Russia was behind the attack": its agent
            return behind
        named = self._genitive_agent(trig, frag)
        if named is not None:   # "den Angriff Russlands auf die Ukraine"
            return named[0]
        genitive = self._agent_genitive(trig, frag)
        if genitive is not None:   # "meldete einen Angriff Israels" (cues agent_genitive_nouns)
            return genitive
        agent = self._content_noun_agent(trig, frag)
        if agent is not None:   # "Russia's threat to cut gas supplies", "die Drohung Russlands, ... zu"
            return agent
        if nominal:   # nominal agent: "die Festnahme ... durch russische Behörden", "arrest by X"
            agent = self._nominal_by_agent(trig, frag)
            if agent is not None and not self._object_of_own_support_verb(trig, frag):
                return agent
            agent = self._possessive_agent_reference(trig, frag)
            if agent is not None:   # "Russia said its air strike on Kyiv ...": the possessive names the agent
                return agent
        # "China, das Russland Waffen geliefert hatte": the relative pronoun is the subject, not the group before the noun
        if nominal and not (frag.relative and self._relative_pronoun(frag)[2]):
            # "Russlands Invasion", "die russische Invasion", "Russia's invasion"
            for group in frag.groups:
                gap = self._words_between(group.tok_end, trig.tok_start)
                # an article between them opens a new noun phrase: "give Tanzania a grant", "der Ukraine eine
                # Hilfe gewähren" (the receiver, not the giver)
                # a possessor takes no preposition of its own: "against Russia's arrest of", "gegen Russlands ..."
                possessive = bool(gap) or self.lang == "de" and group.genitive
                if group.tok_end <= trig.tok_start and len(gap) <= 1 and \
                        all(self.token_text[t] == "'s" for t in gap) and (group.prep is None or possessive) and \
                        not (self.lang == "de" and self._oblique(group) and   # an adjective is in its
                             # noun's case: "den russischen Angriff" names the attacker
                             group.members[-1].entry_id.split(":")[1] != "adj") and \
                        not self._support_word_ends_at(trig.entry.support, group.tok_start):
                    return group   # not "gave Ukraine weapons", "met Turkey's demands": after the verb, its object
                # "Israeli tank shelling", "Russian missile strikes": an adjective, then the noun's modifiers
                # (also behind the noun phrase's preposition: "gegen die russische Festnahme")
                if group.tok_end <= trig.tok_start and len(gap) <= 2 and \
                        group.members[-1].entry_id.split(":")[1] == "adj" and \
                        all(self.alpha[t] and self.token_text[t].islower() for t in gap):
                    return group
        if trig.entry.pos == "NOUN" and trig.entry.cameo_code[:2] in self.fire_origin_roots and \
                self._has_word(self.passive_aux, frag.tok_start, frag.tok_end):
            # "a mortar bomb was fired at Israel from the Gaza Strip": the weapon's origin fired it
            origin = next((g for g in frag.groups if g.prep in self.origin_preps and not g.pronoun), None)
            if origin is not None:
                return origin
        statement_tokens = None
        for st in self.statements:
            if st.sentence_index == self.sentence_index and st.trigger and \
                    self.frag_of.get(st.trigger.tok_start) is frag and st.content_tokens[0] <= trig.tok_start:
                statement_tokens, speaker = st.content_tokens, st.speaker
                if trig.entry.pos != "VERB" and self._announced_act(st, trig):
                    return st.speaker   # "Italy announced a suspension of air links with Serbia": Italy suspends
        if statement_tokens is not None and self._speakers_gerund(statement_tokens[0], trig):
            # "North Korea denied violating UN resolutions", "admitted attacking Kurdish villages": a gerund right
            # behind the speech word is its object, its subject the speaker (not a name behind the gerund)
            return speaker
        if statement_tokens is not None:   # "Putin said he intends ..." : roles come from the content part
            sub = Fragment(frag.index, statement_tokens[0], frag.tok_end, frag.subordinate, frag.infinitive,
                           [g for g in frag.groups if g.tok_start >= statement_tokens[0]],
                           [p for p in frag.pronouns if p >= statement_tokens[0]])
            found = self._subject(sub, trig.tok_start)
            if found is not None and not (found.tok_start >= trig.tok_end and not found.pronoun and
                                          self._reported_act_noun(trig) is not None):
                return found   # "said an air strike hit Kyiv": not Kyiv's air strike
        # "sagten der Ukraine Unterstützung zu": a case-marked object in the content is not its subject
        if statement_tokens is None or not any(g.tok_start >= statement_tokens[0] and
                                               not (self.lang == "de" and self._oblique(g)) for g in frag.groups):
            found = self._subject(frag, trig.tok_start)
            modifier = self._subject_modifier(frag, trig.tok_start)
            if modifier is not None and (found is None or modifier.tok_start < found.tok_start):
                found = modifier   # "Sicherheitskräfte in Guinea haben liberianische Flüchtlinge gefoltert"
            if modifier is None and self.lang == "de":
                modifier = self._postverbal_modifier(frag, trig)
                if modifier is not None:
                    found = modifier   # "Am Montag griffen Soldaten aus Russland die Ukraine an"
            # English is subject-verb-object: a group after an active verb is its object ("Amnesty International
            # accused the United States of ...": the accuser is unknown, not the United States); "be" before an -ing
            # form is the progressive, no passive ("Rebels are attacking Ukrainian troops")
            # ... and so is a group after a perfect auxiliary and its participle for an act noun behind it ("Muslim
            # hackers ... have defaced nearly 3,000 Danish Web sites ... in the biggest cyber attack": not Denmark's)
            if found is not None and not found.pronoun and \
                    (found.tok_end <= trig.tok_start or self.lang == "de") and \
                    self._after_perfect_verb(frag, found.tok_start):
                found = None
            if found is not None and self.lang == "en" and \
                    found.tok_start >= trig.tok_end and not found.pronoun and \
                    (self.lower[trig.tok_start].endswith("ing") or
                     not self._has_word(self.passive_aux, frag.tok_start, trig.tok_start)):
                found = None
            # "Russlands Angriff tötete drei ukrainische Soldaten": the possessor opening the subject noun phrase
            # "Die Invasion Russlands tötete ...": the possessor closing it
            opener = next((g for g in frag.groups if g.tok_start < trig.tok_start), None)
            if self.lang == "de" and opener is not None and opener.genitive and opener.prep is None and \
                    (found is None or found.tok_start > opener.tok_start):
                lead = self._words_between(frag.tok_start, opener.tok_start)
                if all(self.lower[i] in self.determiners for i in lead) or self._noun_phrase(lead):
                    found = opener
            # "Der Angriff tötete drei russische Soldaten": the noun phrase before the verb is the subject
            # (that noun phrase names no actor: the act's source is unknown, none is borrowed from another clause)
            forefield = self._forefield_words(frag, trig) if self.lang == "de" else None
            if forefield is not None and (found is None or not found.pronoun and found.tok_start > forefield[-1]):
                return None
            # "..., das Verbot der Islamischen Heilsfront aufzuheben": a German infinitive clause has no subject
            if found is not None and self.lang == "de" and frag.infinitive and found.tok_start >= trig.tok_end and \
                    not found.pronoun:
                found = None
            # "Russland bestritt, die Ukraine angegriffen zu haben", "kündigte an, Taiwan Waffen zu liefern": nor before
            # its verb; the subject is the governing clause's (below)
            if found is not None and self._object_opens_infinitive(frag, trig, found):
                found = None
            # "..., und tötete drei ukrainische Soldaten": a coordinated clause opening with its verb shares the
            # subject of the clause before; the group after the verb is the object
            # (also right after a relative clause: "Polen, das die Ukraine unterstützt, kritisierte Russland")
            # "..., und wird Polen angreifen": also behind the coordinator's auxiliary (cues predicate_auxiliaries)
            lead = self._words_between(frag.tok_start, trig.tok_start)
            if found is not None and found.tok_start >= trig.tok_end and not found.pronoun and \
                    (len(lead) == 1 and self.lower[lead[0]] in self.coordinators or
                     not lead and frag.index > 0 and self.fragments[frag.index - 1].relative):
                found = None
            if found is not None and not found.pronoun and self._auxiliary_opens(frag, found):
                found = None
            if found is not None:
                return found
            if frag.relative:
                return None   # its pronoun's antecedent names no actor: nothing is borrowed from the main clause
        if frag.index > 0 and self._unknown_named_subject(trig, frag):
            return None    # "claimed that ISIL had attacked Iraq": ISIL acted, not the speaker
        if frag.index > 0:
            # a relative clause belongs to its antecedent, not to the clause after it ("Poland, which supports
            # Ukraine, criticized Russia")
            prev = next((f for f in reversed(self.fragments[:frag.index]) if not f.relative),
                        self.fragments[frag.index - 1])
            # "Benin opened its borders when Nigeria expelled West Africans, but refused ...": a clause opening with a
            # coordinator continues the main clause before the subordinate one, not the subordinate clause
            lead = self._words_between(frag.tok_start, trig.tok_start)
            coordinated = bool(lead) and self.lower[lead[0]] in self.coordinators and not frag.subordinate and \
                trig.entry.pos == "VERB"   # "und Sorgen" coordinates two nouns, not two clauses
            if coordinated and prev.subordinate:
                main = next((f for f in reversed(self.fragments[:frag.index]) if not f.subordinate), None)
                found = self._subject(main) if main is not None else None
                if found is not None:
                    return found
            if frag.index > 1 and (self.lower[prev.tok_start] in self.appositive_openers or self._name_apposition(prev)):
                # "Pakistan, a key U.S. ally in the war, has refused ...", "The US commander, General David
                # Petraeus, held talks": the apposition is not the subject
                found = self._subject(self.fragments[frag.index - 2])
                if found is not None:
                    return found
            if self._act_participle(trig, frag):
                # "Ukraine accused Russia of attacking Odesa with drones, killing two people": a participle after the
                # content of an accusation continues the accused act (Russia's attack), not the accuser
                last = next(((done, source) for done, source, _t, _c in reversed(self.coded_triggers)
                             if prev.tok_start <= done.tok_start < prev.tok_end and source is not None), None)
                if last is not None and any(t.entry.cameo_code[:2] in self.accusation_roots and
                                            prev.tok_start <= t.tok_start and t.tok_end <= last[0].tok_start
                                            for t in self.sentence_triggers):
                    return last[1]
            found = self._subject(prev)
            first_act = min((t.tok_start for t in self.sentence_triggers
                             if prev.tok_start <= t.tok_start < prev.tok_end), default=None)
            if found is not None and self.lang == "en" and first_act is not None and \
                    found.tok_start > first_act and not found.pronoun:
                found = None   # "A roadside bombing killed one U.S. soldier and wounded two others": an object
            if found is not None:
                return found
            # "Egyptian police opened fire ..., killing one person and arresting 12": clauses naming nobody continue
            # the subject of the last clause that names someone. Not from a subordinate clause ("after rebels
            # kidnapped ...", "that has seized ..."), not across an attribution (", the Central Command said,")
            speech = {id(self.frag_of.get(t.tok_start)) for t in self.sentence_triggers if t.entry.frame == "speech"}
            if frag.subordinate or id(frag) in speech:
                return None
            for earlier in reversed(self.fragments[:frag.index]):
                if earlier.subordinate and coordinated:
                    continue
                if id(earlier) in speech or earlier.subordinate:
                    break
                if earlier.groups or earlier.pronouns:
                    if earlier is not prev:
                        return self._subject(earlier) or self._subject_modifier(earlier, earlier.tok_end)
                    break
        return None

    def _object_opens_infinitive(self, frag: Fragment, trig: TriggerHit, group: Group) -> bool:
        """German: ``group`` opens a zu-infinitive clause standing after a comma and is followed up to the trigger by
        nothing that could be a finite verb (only capitalized words, determiners, prepositions, negations): "...,
        die Ukraine (nicht) angegriffen zu haben", "..., Taiwan Waffen zu liefern". Such a clause has no subject, so
        the group is an object (not in "..., Russland versuchte die Ukraine anzugreifen", where a verb stands
        between)."""
        if self.lang != "de" or not frag.infinitive or frag.subordinate or frag.relative or frag.index == 0 or \
                group.pronoun or group.prep is not None or group.tok_start >= trig.tok_start or \
                self.token_text[frag.tok_start - 1] != ",":
            return False
        if any(self.lower[i] not in self.determiners for i in self._words_between(frag.tok_start, group.tok_start)):
            return False
        allowed = self.determiners | self.prepositions | self.negation_words
        return all(self.token_text[i][:1].isupper() or self.lower[i] in allowed
                   for i in self._words_between(group.tok_end, trig.tok_start))

    def _after_perfect_verb(self, frag: Fragment, tok: int) -> bool:
        """A perfect auxiliary and a past participle stand between the clause's start and ``tok`` ("have defaced"):
        the English verb came first, a group behind it is its object (cues perfect_auxiliaries). German: the
        auxiliary stands second behind a subject noun phrase that names no actor ("Prorussische Hacker haben ...
        ukrainische Webseiten verunstaltet"), so a group in the middle field behind it is no subject."""
        words = self._words_between(frag.tok_start, tok)
        if self.lang == "de":
            aux = next((k for k, i in enumerate(words) if k >= 1 and self.lower[i] in self.perfect_auxiliaries), None)
            return aux is not None and not frag.subordinate and \
                not any(a.tok_start < words[aux] and a.tok_end > frag.tok_start for a in self.actors) and \
                (self._noun_phrase(words[:aux]) or self._bare_plural(words[:aux], words[aux]))
        return any(self.lower[i] in self.perfect_auxiliaries and k + 1 < len(words) and
                   self.lower[words[k + 1]].endswith(("ed", "en", "wn")) and self.token_text[words[k + 1]].islower()
                   for k, i in enumerate(words))

    def _announced_act(self, st: StatementInfo, trig: TriggerHit) -> bool:
        """The announcing verb's object is the noun phrase of the act ("announced a suspension of air links with
        X", "declared a ceasefire"): the speaker does the act. Not for reports ("reported an attack on X": another
        actor's act) nor for a clause after the verb ("announced that ...")."""
        if self.lower[st.trigger.tok_start] not in self.act_announcing_words:
            return False
        lead = self._words_between(st.content_tokens[0], trig.tok_start)
        return bool(lead) and len(lead) <= 4 and self.lower[lead[0]] in self.determiners and \
            all(self.alpha[i] and (self.token_text[i].islower() or self.lang == "de") for i in lead) and \
            not any(st.content_tokens[0] <= a.tok_start < trig.tok_start for a in self.actors)

    def _subject_modifier(self, frag: Fragment, before: int) -> Group | None:
        """The actor in a prepositional phrase of a subject that names no actor itself: "Security forces in Guinea
        have tortured ...", "Thousands of Iraqi Kurds demonstrated", "Ärzte aus Deutschland lieferten ...". The
        fragment opens with a short noun phrase (no preposition, no trigger), then the preposition, then the group,
        all before ``before``. A sector word in that noun phrase gives the actor its sector ("Opposition groups in
        Zimbabwe": Zimbabwe's opposition)."""
        # "..., seine Truppen aus Georgien abzuziehen", "..., Truppen in den Irak zu entsenden": an infinitive has
        # no subject
        previous = next((i for i in range(before - 1, frag.tok_start - 1, -1) if not self.space[i]), None)
        if self._zu_infinitive(before) or previous is not None and self.lower[previous] in self.infinitive_markers:
            return None
        group = next((g for g in frag.groups if g.tok_start < before), None)
        if group is None or group.prep not in self.subject_modifier_preps:
            return None
        trigger_tokens = {i for t in self.sentence_triggers for i in t.tokens()}
        words = [i for i in range(frag.tok_start, group.tok_start) if not self.space[i]]
        if words and (self.lower[words[0]] in self.subordinators or self.lower[words[0]] in self.coordinators):
            words = words[1:]   # "as authorities in Croatia cracked down ...", "and rebels in Darfur ..."
        at = max((k for k, i in enumerate(words) if self.lower[i] == group.prep), default=None)
        if at is None or not 1 <= at <= 4 or len(words) - at - 1 > 3:
            return None
        blocked = self.prepositions | self.subordinators | self.coordinators
        if any(self.punct[i] or self.lower[i] in blocked or i in trigger_tokens
               for k, i in enumerate(words) if k != at):
            return None
        head = next((h for h in self.unresolved if words[0] <= h.tok_start < words[at] and h.sector), None)
        if head is None:
            return group
        members = [Actor(m.code, head.sector, self.text[head.start_char:m.end_char], head.start_char, m.end_char,
                         head.tok_start, m.tok_end, m.entry_id, None, head.role, "") for m in group.members]
        return Group(members, group.tok_start, group.tok_end, group.prep)

    def _object_of_own_support_verb(self, trig: TriggerHit, frag: Fragment) -> bool:
        """An agreement noun that is the object of its support verb, with that verb's subject before it ("Ukraine
        accepted a proposal by Turkey"): the subject does the act, the by-phrase names the proposal's author (the
        target, cues target_prepositions_by_root "030")."""
        family = trig.entry.support
        if trig.entry.cameo_code[:2] != "03" or not family or family in OBJECT_FAMILIES:
            return False
        longest, before, _nearest = self._support_match(family, trig, frag)
        return longest > 0 and before and \
            any(g.prep is None and g.tok_end <= trig.tok_start for g in frag.groups)

    def _nominal_by_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The agent phrase of an act noun ("arrest by X", "die Festnahme ... durch russische Behörden", "the
        invasion of Ukraine by Russia"), or None when another phrase stands between them."""
        agent = next((group for group in frag.groups if group.prep in self.agent_preps and
                      group.tok_start >= trig.tok_end), None)
        if agent is None:
            return None
        # "the air strike on Kyiv by Russia", "den Luftangriff auf Kiew durch Russland": the act's own target
        # phrase between them is no other noun phrase
        preps = self._target_preps(trig.entry.cameo_code)
        own = {g.tok_start - 1 for g in frag.groups + (self._places_of(frag, trig) if preps else [])
               if g.prep in preps and trig.tok_end <= g.tok_start - 1 and g.tok_end <= agent.tok_start and
               self.lower[g.tok_start - 1] == g.prep} if preps else set()
        if self._other_noun_phrase_between(trig.tok_end, agent.tok_start, own):
            return None
        return agent

    def _names_its_agent(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A named agent makes an act noun an act, as a support verb would: its genitive ("den Angriff Russlands auf"),
        its possessor ("Russia's invasion of") or its agent phrase with at most its object phrase between ("the
        invasion of Ukraine by Russia"; not "refugees were attacked by", the agent of the verb in between)."""
        if self._genitive_agent(trig, frag) is not None or self._possessive_agent(trig, frag) is not None or \
                self._content_noun_agent(trig, frag) is not None or self._behind_agent(trig, frag) is not None:
            return True
        if not self._nominal(trig):
            return False
        agent = self._nominal_by_agent(trig, frag)
        if agent is None:
            return False
        in_groups = {i for g in frag.groups for i in range(g.tok_start, g.tok_end)}
        return all(i in in_groups or self.lower[i] in self.prepositions or self.lower[i] in self.determiners
                   for i in self._words_between(trig.tok_end, agent.tok_start))

    def _other_noun_phrase_between(self, start: int, agent_start: int, own: set[int] = frozenset()) -> bool:
        """A preposition between a nominal trigger and a by-agent opens a phrase the agent may belong to:
        "demonstrations against violations by the Israeli military" (the military violated, it did not protest).
        The agent preposition itself, the patient's "of" and the prepositions at ``own`` (the act's target phrase
        right before a party) do not count."""
        links = self.member_links | self.genitive_links
        if self._has_word(self.passive_aux, start, agent_start):
            return True   # "The air strike on Kyiv was condemned by the EU": the agent of the verb in between
        own_prep = agent_start - 1
        while own_prep > start and self.lower[own_prep] in self.determiners:
            own_prep -= 1   # "a visit by the Indian prime minister": the agent's article stands after its preposition
        return any(self.lower[i] in self.prepositions and self.lower[i] not in links and i not in own
                   for i in range(start, own_prep))

    def _reduced_passive(self, trig: TriggerHit, frag: Fragment) -> tuple[bool, Group | None]:
        """"victims killed by the crash", "a convoy attacked by Russian troops": an English participle followed by
        the agent preposition is a passive without auxiliary. Returns (passive, agent); the agent is the by-group only
        when it is the whole phrase ("by the ... flight MH17 crash" names a crash, not the airline as attacker)."""
        if trig.entry.pos != "VERB" or self.lang != "en" or \
                not self.lower[trig.tok_end - 1].endswith(("ed", "en", "wn")):
            return False, None
        after = self._words_between(trig.tok_end, frag.tok_end)
        if not after or self.lower[after[0]] not in self.agent_preps:
            return False, None
        group = next((g for g in frag.groups if g.tok_start > after[0]), None)
        head = self._words_between(after[0] + 1, group.tok_start) if group is not None else []
        # "hosted by the Ambassador of the Kingdom of Morocco": a title "of" a state stands for the state
        official = group is not None and group.prep in self.member_links and len(head) <= 6 and \
            all(self.lower[i] in self.determiners | self.member_links or
                self.alpha[i] and self.token_text[i][:1].isupper() for i in head)
        if group is None or not (group.prep in self.agent_preps or official):
            return True, None
        rest = self._words_between(group.tok_end, frag.tok_end)
        if rest and not (self.punct[rest[0]] or self.lower[rest[0]] in
                         self.prepositions | self.coordinators | self.subordinators):
            return True, None
        return True, group

    def _unknown_named_subject(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A that-clause whose subject is a name the actor lexicon does not know ("that ISIL had attacked"): the act
        is that unknown actor's, so the main clause's subject must not stand in for it."""
        if self.lang != "en" or self.lower[frag.tok_start] not in self.complementizers:
            return False
        words = self._words_between(frag.tok_start + 1, trig.tok_start)
        return any(self.alpha[i] and self.token_text[i][:1].isupper() and not self.in_actor[i] for i in words)

    def _participle_in_apposition(self, trig: TriggerHit, frag: Fragment) -> bool:
        """", a member of the Hamas movement jailed over a year ago,": an apposition is a noun phrase, so a verb form
        in it is a participle whose agent is not named."""
        return self.lang == "en" and frag.index > 0 and trig.entry.pos == "VERB" and \
            self.lower[frag.tok_start] in self.appositive_openers and \
            self.lower[trig.tok_end - 1].endswith(("ed", "en", "wn"))

    def _reflexive_object(self, trig: TriggerHit) -> bool:
        after = self._words_between(trig.tok_end, min(trig.tok_end + 3, len(self.lower)))
        return bool(after) and self.lower[after[0]] in self.reflexive_pronouns

    def _speaker_of_saying(self, trig: TriggerHit, source: Group) -> bool:
        """``source`` is the speaker of a plain saying (accusing_speech_words: "said", "sagte") whose content holds
        the act: what someone says happened is not the speaker's own act unless the content names the speaker
        ("said it had launched air strikes" names it by the pronoun). German reported speech opens its own clause
        (", acht Menschen seien ...", "dass"): a noun in the speech verb's own clause is its object ("sagten der
        Ukraine Unterstützung zu": a pledge)."""
        return not source.pronoun and any(
            st.sentence_index == self.sentence_index and st.trigger is not None and
            self.lower[st.trigger.tok_start] in self.accusing_speech_words and
            (self.lang != "de" or self.frag_of.get(st.trigger.tok_start) is not self.frag_of.get(trig.tok_start)) and
            st.speaker.tok_start == source.tok_start and not st.speaker.pronoun and
            st.content_tokens[0] <= trig.tok_start < st.content_tokens[1] for st in self.statements)

    def _content_follows(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A threat or demand noun (GOVERNING_ROOTS) followed by its infinitive content: "threat to cut gas supplies"
        (the row ends with "to", or "to" follows), "die Drohung Russlands, in die Ukraine einzumarschieren" (an
        infinitive clause right after the noun phrase)."""
        if trig.entry.cameo_code[:2] not in GOVERNING_ROOTS or not self._nominal(trig):
            return False
        after = self._words_between(trig.tok_end, frag.tok_end)
        if self.lower[trig.tok_end - 1] in self.infinitive_markers or \
                after and self.lower[after[0]] in self.infinitive_markers:
            return self.lang == "en"
        if self.lang != "de" or frag.index + 1 >= len(self.fragments) or \
                not self.fragments[frag.index + 1].infinitive:
            return False
        in_groups = {i for g in frag.groups for i in range(g.tok_start, g.tok_end)}
        return all(i in in_groups or self.lower[i] in self.determiners or self.token_text[i] in ",'" or
                   self.alpha[i] and self.token_text[i][:1].islower() for i in after)

    def _content_noun_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The agent of a threat or demand noun with its infinitive content (_content_follows), named by its possessor
        or genitive alone ("Russia's threat to cut gas supplies", "Russlands Drohung, die Gaslieferungen zu stoppen",
        "die Drohung Russlands, ... einzumarschieren"): the noun has its content, not a patient, behind it."""
        if not self._content_follows(trig, frag):
            return None
        genitive = self._genitive_after(trig.tok_end, frag)
        if genitive is not None:
            return genitive
        return next((g for g in frag.groups if g.tok_end <= trig.tok_start and
                     [self.token_text[t] for t in self._words_between(g.tok_end, trig.tok_start)] ==
                     (["'s"] if self.lang == "en" else []) and (self.lang == "en" or g.genitive)), None)

    def _possessive_agent_reference(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The agent an act noun's possessive determiner refers to, at most two lowercase adjectives between ("Russia
        said its air strike on Kyiv destroyed ...", "their latest offensive"): the latest group before it that is no
        prepositional object ("his"/"her": a person), as for a pronoun (_resolve_reference)."""
        words = self._words_between(frag.tok_start, trig.tok_start)[-3:]
        at = next((words[k] for k in range(len(words) - 1, -1, -1)
                   if self.lower[words[k]] in self.possessive_determiners), None)
        if at is None or not all(self.alpha[i] and self.token_text[i][:1].islower()
                                                       for i in words[words.index(at) + 1:]):
            return None
        person_only = self.lang == "en" and (self.lower[at] in self.person_pronouns or self.lower[at] == "his")
        current = self._current_groups_before(at)
        for group in reversed(self.history + current):
            if group.prep is not None and group.prep not in self.agent_preps:
                continue
            if person_only and not any(m.person for m in group.members):
                continue
            if any(group is g for g in current) and (group.genitive or self.lang == "de" and self._oblique(group)):
                continue   # "Syrien hat dem Libanon seine Truppen angeboten": not the case-marked object
            # a group of this sentence keeps its place (the target rules compare positions); as a reference it is
            # not the speaker standing for an act it reports (_speaker_of_saying)
            if any(group is g for g in current):
                return Group(group.members, group.tok_start, group.tok_end, pronoun=True)
            return Group(group.members, at, at + 1, pronoun=True)
        return None

    def _object_side_act(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(agent, object) of an act on an object with an infinitive ("object_to" rows: "pressured Iran to ...")
        told from the object's side: the passive "Iran was pressured by Russia to stop", the noun "Iran faces /
        came under pressure from Russia to stop" (cue list object_side_openers before it). The agent phrase stands
        between the trigger and the infinitive marker; when it only describes someone ("by Congress") the source is
        unknown. English."""
        if trig.entry.support != "object_to" or self.lang != "en":
            return None
        before = self._words_between(frag.tok_start, trig.tok_start)
        after = self._words_between(trig.tok_end, frag.tok_end)
        if not before or len(after) < 3:
            return None
        passive = self.lower[before[-1]] in self.passive_aux and self.lower[trig.tok_end - 1].endswith("ed")
        if not (passive and self.lower[after[0]] in self.agent_preps or
                self.lower[before[-1]] in self.object_side_openers and self.lower[after[0]] in self.origin_preps):
            return None
        marker = next((k for k, i in enumerate(after) if self.lower[i] in self.infinitive_markers), None)
        if marker is None or not 2 <= marker <= 5:
            return None
        phrase = after[1:marker]
        agent = next((g for g in frag.groups if phrase[0] <= g.tok_start and g.tok_end <= phrase[-1] + 1), None)
        if agent is None:
            hit = next((h for h in self.unresolved if phrase[0] <= h.tok_start <= phrase[-1] and h.sector), None)
            if hit is None:
                return None
            span = self.table.span(phrase[0], phrase[-1] + 1)
            nobody = Actor(None, hit.sector, self.text[span.start_char:span.end_char], span.start_char,
                           span.end_char, phrase[0], phrase[-1] + 1, "unnamed", None, None, "")
            agent = Group([nobody], phrase[0], phrase[-1] + 1)
        patient = next((g for g in frag.groups if g.tok_end <= trig.tok_start and g.prep is None), None)
        if patient is None or not self._other_party(patient, agent) and agent.members[0].code is not None:
            return None
        return agent, patient

    def _described_agent(self, trig: TriggerHit, frag: Fragment) -> bool:
        """The agent phrase right behind the act describes someone without naming an actor: "an air strike by
        government forces", "ein Angriff durch Regierungstruppen" (a description word within its first three
        words)."""
        after = self._words_between(trig.tok_end, frag.tok_end)
        if not after or self.lower[after[0]] not in self.agent_preps:
            return False
        head = after[1:4]
        return bool(head) and any(head[0] <= h.tok_start <= head[-1] and h.sector for h in self.unresolved)

    def _described_passive_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The unknown agent a passive's by-phrase describes ("were killed by insurgents"), also behind the means it
        names ("by a missile fired by pro-Russian rebels"): a description word (a sector word no actor covers)
        within the three words after a "by" behind the trigger in its clause (an actor there is the passive's
        agent already). A group of one actor without a code, with the description's sector, or None."""
        # German: the by-phrase stands before the participle ("wurden von Aufständischen getötet")
        words = self._words_between(trig.tok_end, frag.tok_end) if self.lang == "en" else \
            self._words_between(frag.tok_start, trig.tok_start)
        for i in words:
            if self.lower[i] not in self.agent_preps:
                continue
            head = self._words_between(i + 1, frag.tok_end if self.lang == "en" else trig.tok_start)[:3]
            hit = next((h for h in self.unresolved if head and head[0] <= h.tok_start <= head[-1] and h.sector), None)
            if hit is None:
                continue
            span = self.table.span(hit.tok_start, hit.tok_end)
            nobody = Actor(None, hit.sector, self.text[span.start_char:span.end_char], span.start_char,
                           span.end_char, hit.tok_start, hit.tok_end, "unnamed", None, None, "")
            return Group([nobody], hit.tok_start, hit.tok_end, self.lower[i])
        return None

    def _subject_before_apposition(self, frag: Fragment) -> Group | None:
        """The subject before an apposition that ends right before ``frag``: "The Syrian Observatory for Human
        Rights, a UK-based group that tracks the war, said ..." (the apposition's own clauses are skipped)."""
        index = frag.index - 1
        while index > 0 and (self.fragments[index].relative or self.fragments[index].subordinate):
            index -= 1
        if index < 1:
            return None
        apposition = self.fragments[index]
        if self.lower[apposition.tok_start] not in self.appositive_openers and not self._name_apposition(apposition):
            return None
        return self._subject(self.fragments[index - 1])

    def _name_apposition(self, frag: Fragment) -> bool:
        """A fragment that is only a capitalized name or title without a known actor ("General David Petraeus")."""
        words = [i for i in self._fragment_tokens(frag) if not self.space[i] and not self.punct[i]]
        return not frag.groups and not frag.pronouns and 0 < len(words) <= 5 and \
            all(self.alpha[i] and self.token_text[i][:1].isupper() for i in words)

    def _target_preps(self, code: str) -> frozenset[str]:
        """Prepositions that introduce the target of ``code``; keys of target_prepositions_by_root are roots ("19"),
        3-digit codes ("166" covers 1661) or full codes."""
        by_root = self.target_preps_by_root
        return self.target_preps_default | by_root.get(code[:2], frozenset()) | by_root.get(code[:3], frozenset()) | \
            by_root.get(code, frozenset())

    def _genitive_after(self, noun_end: int, frag: Fragment) -> Group | None:
        """The actor in the genitive right behind a German noun ending at ``noun_end``: "der Angriff Russlands", "die
        Sanktionen der EU" ("der" behind a noun is its genitive unless the name is masculine), "der Besuch des
        Bundeskanzlers", "der Besuch Scholz'" (the apostrophe of a name ending in s, z or x)."""
        if self.lang != "de":
            return None
        group = next((g for g in frag.groups if g.tok_start >= noun_end), None)
        if group is None or group.prep is not None:
            return None
        gap = self._words_between(noun_end, group.tok_start)
        if not gap:
            end = group.tok_end
            apostrophe = end < len(self.lower) and self.token_text[end] == "'" and self.idx[end] == \
                self.idx[end - 1] + len(self.token_text[end - 1])
            return group if group.genitive or apostrophe else None
        article = self.lower[gap[0]]
        adjectives = all(self.alpha[i] and self.token_text[i][:1].islower() for i in gap[1:])
        if len(gap) > 3 or not adjectives:
            return None
        if article in self.genitive_links or article in self.feminine_dative_article and \
                group.members[0].text.lower() not in self.masculine_names:
            return group
        return None

    def _agent_genitive(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The genitive behind a German act noun whose victim stands behind a preposition (cues agent_genitive_nouns:
        "Angriff auf", "Anschlag auf", "Offensive gegen"), which is therefore its agent: "den Angriff Israels", "einen
        Luftangriff Russlands" (not "die Invasion der Ukraine", "die Bombardierung Kiews": their genitive is the
        victim)."""
        if self.lang != "de" or not self._nominal(trig) or \
                not self._one_word_cue("agent_genitive_nouns", trig.tok_start):
            return None
        return self._genitive_after(trig.tok_end, frag)

    def _genitive_agent(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(agent, patient) of a German act noun with a genitive behind it and a second party right after that: the
        genitive is the agent when the patient follows behind a target preposition of the code ("den Angriff
        Russlands auf die Ukraine", "der Besuch Scholz' in Peking"), the patient when the agent follows behind an
        agent preposition ("die Invasion der Ukraine durch Russland"). A genitive alone may be either: no pair."""
        if self.lang != "de" or not self._nominal(trig):
            return None
        genitive = self._genitive_after(trig.tok_end, frag)
        if genitive is None:
            return None
        other = next((g for g in frag.groups if g.tok_start >= genitive.tok_end), None)
        if other is None or not self._other_party(other, genitive):
            return None
        gap = self._words_between(genitive.tok_end, other.tok_start)
        if any(not (self.lower[i] == other.prep or self.lower[i] in self.determiners or self.token_text[i] == "'"
                    or self.alpha[i] and self.token_text[i][:1].islower()) for i in gap):
            return None
        if other.prep in self.agent_preps:
            return other, genitive
        return (genitive, other) if other.prep in self._target_preps(trig.entry.cameo_code) else None

    def _possessive_agent(self, trig: TriggerHit, frag: Fragment) -> tuple[Group, Group] | None:
        """(agent, patient) of an act noun whose possessor stands before it and whose object follows it: "Russia's
        arrest of a French journalist", "Russia's invasion of Ukraine", "Russlands Invasion der Ukraine" (the object
        behind "of", a target preposition of the code or in the German genitive). Names both parties, like the
        German genitive agent (_genitive_agent)."""
        if not self._nominal(trig):
            return None
        possessor = next((g for g in frag.groups if g.tok_end <= trig.tok_start and
                          [self.token_text[t] for t in self._words_between(g.tok_end, trig.tok_start)] ==
                          (["'s"] if self.lang == "en" else []) and (self.lang == "en" or g.genitive)), None)
        if possessor is None:
            # "Iran's military support for", "Irans militärische Unterstützung für": the mention took the trigger's
            # adjective as its sector word
            possessor = next((g for g in frag.groups if g.tok_start < trig.tok_start < g.tok_end <= trig.tok_end and
                              (self.token_text[trig.tok_start - 1] == "'s" if self.lang == "en" else
                               g.genitive or self.lower[g.tok_start].endswith("s") and
                               g.members[0].entry_id.split(":")[1] in ("country", "capital", "person"))),
                             None)
        if possessor is None:   # "the Russian attack on Kyiv"
            possessor = self._adjective_before(trig.tok_start, trig)
        if possessor is None:
            return None
        patient = self._genitive_after(trig.tok_end, frag)
        if patient is None:   # "Chinas Unterstützung für Russland"
            patient = next((g for g in frag.groups if g.tok_start >= trig.tok_end), None)
            links = {"of"} if self.lang == "en" else set()
            # "Russia's threat to cut gas supplies to Poland": the party of the infinitive content
            content = self.lower[trig.tok_end - 1] in self.infinitive_markers
            if patient is not None and not content and (
                    patient.prep not in links | self._target_preps(trig.entry.cameo_code) or
                    any(not (self.lower[i] == patient.prep or self.lower[i] in self.determiners
                             or self.alpha[i] and self.token_text[i].islower())
                        for i in self._words_between(trig.tok_end, patient.tok_start))):
                patient = None
        if patient is None or not self._other_party(patient, possessor):
            return None
        return possessor, patient

    def _visit_topic(self, trig: TriggerHit, target: Group) -> bool:
        """The visit's party stands behind a topic preposition (cue list visit_topic_prepositions: on, about, over;
        über) that follows a word of the visited event: "attended a summit on the unrest in Iran", "nahm an einer
        Konferenz über den Krieg in Syrien teil" name what the event is about, not where it is. A preposition right
        behind the trigger ("travelled on to China") or before a day or month ("on Monday") is no topic."""
        for i in range(trig.tok_end + 1, target.tok_start):
            if self.lower[i] in self.visit_topic_preps and \
                    (i + 1 >= len(self.lower) or self.lower[i + 1] not in self.date_words):
                return True
        return False

    def _target(self, trig: TriggerHit, frag: Fragment, source: Group, passive: bool) -> Group | None:
        source_codes = set(source.codes)
        named = self._genitive_agent(trig, frag) or self._possessive_agent(trig, frag)
        if named is not None and named[0] is source:
            return named[1]
        if frag.relative:
            # "Ukraine, which Russia attacked", "Macron, mit dem Scholz sprach": the antecedent is the object
            tok, antecedent, is_subject = self._relative_pronoun(frag)
            before = self._words_between(frag.tok_start, tok)
            if not is_subject and antecedent is not None and self._other_party(antecedent, source) and \
                    (not before or self.lower[before[0]] in self._target_preps(trig.entry.cameo_code)):
                return antecedent
        if not passive and trig.entry.pos == "VERB" and trig.entry.cameo_code in self.accused_object_codes and \
                self.lower[self._next_word(trig.tok_end - 1, frag.tok_end)] in self.accused_content_preps:
            # "three companies it accused of supplying drone parts to Russia": an accusation verb without its object
            # accuses the noun before it; the parties behind "of" are in what it accuses them of (no target)
            return None
        act = self._commented_act_noun(trig, frag)
        if act is not None:
            # "condemned the air strike on Kyiv", "the invasion of Ukraine", "die Invasion der Ukraine": the phrase
            # or genitive behind the commented act names its victim, not the critic's target; its agent does ("die
            # Invasion der Ukraine durch Russland", "den Angriff Russlands auf", "Russlands Invasion der Ukraine")
            agent = next((g for g in frag.groups if g.tok_start >= act.tok_end and g.prep in self.agent_preps and
                          self._other_party(g, source)), None)
            named = self._genitive_agent(act, frag) or self._possessive_agent(act, frag)
            if agent is None and named is not None and self._other_party(named[0], source):
                agent = named[0]
            if agent is not None:
                return agent
            victim = self._genitive_after(act.tok_end, frag)
            if victim is not None and (act.entry.cameo_code[:2] in self.accusation_roots or
                                       self._agent_genitive(act, frag) is victim) and \
                    self._other_party(victim, source):
                # "verurteilte die Vorwürfe Ruandas": the genitive of an accusation is its author, who is condemned;
                # so is the genitive of an attack noun ("verurteilte den Angriff Israels", cues agent_genitive_nouns)
                return victim
            frag = Fragment(frag.index, frag.tok_start, frag.tok_end, frag.subordinate, frag.infinitive,
                            [g for g in frag.groups if g.tok_start < act.tok_end or g.prep is None and g is not victim],
                            frag.pronouns)
        if passive and act is None and trig.entry.cameo_code[:2] in self.commenting_roots and not self._nominal(trig):
            # "The invasion of Ukraine by Russia was condemned by the EU": the agent phrase of the act noun in the
            # subject is the one condemned, as in the active "condemned the invasion of Ukraine by Russia"
            subject_act = next((t for t in self.sentence_triggers if t.tok_end <= trig.tok_start and
                                self.frag_of.get(t.tok_start) is frag and self._nominal(t) and
                                t.entry.frame == "directed"), None)
            agent = next((g for g in frag.groups if subject_act is not None and
                          subject_act.tok_end <= g.tok_start < trig.tok_start and g.prep in self.agent_preps and
                          g is not source and self._other_party(g, source)), None)
            if agent is not None:
                return agent
        if passive:
            # "A camp for Congolese refugees was attacked by ...": the subject, or the actor its noun names
            modifier = self._subject_modifier(frag, source.tok_start)
            for group in frag.groups:
                if (group.prep is None or modifier is not None and group.tok_start == modifier.tok_start) and \
                        (not set(group.codes) & source_codes or self._domestic(group, source)):
                    return group
                # "Ousted president Aristide has been accused ..., by current Haitian government officials": a
                # person of the agent's own state before the passive suffered it (a domestic act)
                if group.prep is None and group is not source and group.tok_end <= trig.tok_start and \
                        set(group.codes) == source_codes and group.members[0].person:
                    return Group(group.members, group.tok_start, group.tok_end, group.prep, own_state=True)
        pronoun = self._object_pronoun(trig, frag, source)
        if pronoun is not None:
            return pronoun
        complement = self._object_complement(trig, frag, source)
        purpose: int | None = -1   # looked up for the first candidate only
        preps = self._target_preps(trig.entry.cameo_code)
        for group in frag.groups:
            if group is source or group.tok_start < source.tok_end and source.tok_start < group.tok_end:
                continue
            # German case marking makes an object of a group before the subject: "Der Ukraine half Polen"
            if group.prep is None and not group.genitive and self._other_party(group, source) and \
                    (group.tok_start > source.tok_start or self.lang == "de" and self._oblique(group)):
                if purpose == -1:
                    purpose = self._purpose_clause(trig, frag, source)
                if purpose is not None and group.tok_start > purpose:
                    break   # "sent weapons to Russia to attack Ukraine": Ukraine is the object of the purpose clause
                # "demanded a meeting of the U.N. Security Council to discuss Croatia's advance": the object's
                # complement comes before a later possessor ("the chief of Israel's militia ally" names no Israeli)
                if complement is not None and trig.tok_end <= complement.tok_start < group.tok_start and \
                        "'s" not in self.lower[complement.tok_start:complement.tok_end + 1]:
                    return complement
                # "shared evidence with the U.S. about contacts between al Qaeda and Saddam Hussein's party": an
                # English object comes before the act's prepositional party, a later noun phrase belongs to it
                # (a party right behind the act: "complained to the UN over Israeli raids" addresses the UN)
                earlier = next((g for g in frag.groups if g.prep in self.target_preps_default - self.addressee_preps
                                and trig.tok_end <= g.tok_start and g.tok_end <= group.tok_start and
                                all(self.lower[t] in self.prepositions | self.determiners
                                    for t in self._words_between(trig.tok_end, g.tok_start)) and
                                self._other_party(g, source)), None) if self.lang == "en" else None
                return earlier or group
        found = complement
        if found is not None:
            return found
        for group in frag.groups:
            if group.prep in preps and self._other_party(group, source) and \
                    (group.tok_start >= trig.tok_end or group.tok_start > source.tok_end) and \
                    not self._in_later_purpose_clause(trig, group):
                # "kritisierten Chinas Vorgehen gegen Taiwan": the possessor of the object comes first
                possessor = next((g for g in frag.groups if g.genitive and g.prep is None and
                                  source.tok_end <= g.tok_start < group.tok_start and
                                  (g.tok_start >= trig.tok_end or trig.entry.pos != "NOUN") and
                                  self._other_party(g, source)), None) if self.lang == "de" else None
                return possessor or group
        found = self._deployment_place(trig, frag, source)
        if found is not None:
            return found
        # an act of one party between two others: "undertook a mediation mission between Syria and the PLO", "ready
        # to host a meeting between Israel and the PLO" (a meeting with an intent is the host's act): the targets
        # are both parties
        for group in frag.groups:
            if group.prep in self.between and group.tok_start >= trig.tok_end and not set(group.codes) & source_codes:
                return group
        # genitive object after the trigger: "Invasion der Ukraine", "kritisierten das Vorgehen Russlands"
        for group in frag.groups:   # German verbs may close the clause: the genitive precedes them
            # "erfüllte Schwedens Forderungen": the possessor right after the noun's support verb is its object
            # (not a place phrase: "im Süden des Libanon" says where, cues compass_words)
            if group.genitive and group.prep not in self.locative_preps and \
                    (group.tok_start >= trig.tok_end or trig.entry.pos != "NOUN" or
                                   group.tok_end == trig.tok_start and
                                   self._support_word_ends_at(trig.entry.support, group.tok_start)) and \
                    group is not source and self._other_party(group, source):
                return group
        if trig.entry.pos == "NOUN":   # "Festnahme eines deutschen Journalisten durch ...": the noun's object
            for group in frag.groups:
                gap = self._words_between(trig.tok_end, group.tok_start)
                if group.tok_start >= trig.tok_end and group.prep is None and len(gap) <= 1 and \
                        all(self.lower[t] in self.determiners for t in gap) and self._other_party(group, source):
                    return group
        return self._included_party(frag, source)

    def _frame_subject(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """The subject of the main clause after an opening phrase that holds a meeting noun ("In a phone call with
        Xi, Biden warned ...", "During talks with Erdogan on Monday, Putin said ..."): the phrase is the frame of
        the clause, its meeting the subject's. The phrase is the sentence's first fragment, opens with a
        preposition and closes with a comma."""
        if not self._nominal(trig) or frag.index != 0 or len(self.fragments) < 2:
            return None
        words = self._words_between(frag.tok_start, frag.tok_end)
        if len(words) < 3 or self.lower[words[0]] not in self.prepositions or self.token_text[words[-1]] != ",":
            return None
        return self._subject(self.fragments[1])

    def _object_pronoun(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """The mention an object pronoun right behind a verb trigger refers to (cues object_pronouns: "Am Montag
        kritisierte ihn die EU", "Die EU kritisierte ihn", "The EU criticised him"), resolved as a subject pronoun
        is (_resolve_reference); None when it refers to the source's own state, to nobody named, or when more than
        one state fits."""
        if trig.entry.pos != "VERB" or not self.object_pronouns or self._nominal(trig):
            return None
        tok = self._next_word(trig.tok_end - 1, frag.tok_end)
        if not trig.tok_end <= tok < frag.tok_end or self.lower[tok] not in self.object_pronouns or \
                self.in_actor[tok]:   # ("US" is a state, not "us")
            return None
        # only an unambiguous one: a single state fits among the mentions since the previous sentence began
        # ("Orbán traf Putin. Am Mittwoch kritisierte ihn die EU": Orbán or Putin, no target)
        floor = self.sentence_spans[self.sentence_index - 1].start if self.sentence_index > 0 else self.span.start
        person_only = self.lower[tok] in self.person_pronouns
        fitting = {code for g in self.history + self._current_groups_before(tok) if g.tok_start >= floor and
                   (g.prep is None or g.prep in self.agent_preps) and self._other_party(g, source)
                   for m in g.members if m.code and (m.person or not person_only) for code in [m.code]}
        if len(fitting) != 1:
            return None
        group = self._resolve_reference(tok)
        if group is None or not self._other_party(group, source) or set(group.codes) != fitting:
            return None
        return Group(group.members, tok, tok + 1, pronoun=True)

    def _in_later_purpose_clause(self, trig: TriggerHit, group: Group) -> bool:
        """The group stands behind another act opened by an infinitive marker after the trigger, or in a later
        infinitive clause holding another act: "would blockade Paris to demand an end to the EC's farm reform",
        "prevented the demonstration to protest the sending of troops to Iraq" (the party of the demand or the
        protest, not of the blockade or the prevention). Not for acts whose infinitive content is their own
        (threats, demands, rejections: GOVERNING_ROOTS), unless the group stands behind a second infinitive, the
        purpose of that content: "rejected an invitation to attend a meeting of Palestinian factions to debate plans
        for independence from Israel" (the factions' plans, not a party of the rejection)."""
        if trig.entry.cameo_code[:2] in GOVERNING_ROOTS:
            words = self._words_between(trig.tok_end, group.tok_start)
            markers = [k for k, i in enumerate(words) if self.lower[i] in self.infinitive_markers and k + 1 < len(words)
                       and self.alpha[words[k + 1]] and self.token_text[words[k + 1]].islower() and
                       self.lower[words[k + 1]] not in self.determiners | self.prepositions | {"any"}]
            return len(markers) >= 2 and self.frag_of.get(group.tok_start) is self.frag_of.get(trig.tok_start)
        clause = self.frag_of.get(group.tok_start)
        # German "um ... zu" closes its clause with the act: "verhinderte eine Kundgebung, um gegen die Entsendung
        # von Truppen nach Haiti zu protestieren"
        other_clause = clause is not None and clause is not self.frag_of.get(trig.tok_start) and clause.infinitive
        for other in self.sentence_triggers:
            if other is trig or other.entry.frame == "speech" or other.tok_start < trig.tok_end:
                continue
            if other_clause and clause.tok_start <= other.tok_start < clause.tok_end:
                return True
            before = self._words_between(trig.tok_end, other.tok_start)
            if other.tok_start < group.tok_start and before and self.lower[before[-1]] in self.infinitive_markers \
                    and self._bare_verb_form(other.tok_start):
                return True
        return False

    def _purpose_clause(self, trig: TriggerHit, frag: Fragment, source: Group) -> int | None:
        """The infinitive marker opening a purpose or permission clause after the act's own prepositional party:
        "sent weapons to Russia to attack Ukraine", "gave permission to Russia to help Israel" (English; the groups
        after the marker belong to that clause). None without such a party: "sent troops to help Ukraine"."""
        if self.lang != "en":
            return None
        preps = self._target_preps(trig.entry.cameo_code)
        party = next((g for g in frag.groups if g.tok_start >= trig.tok_end and g.prep in preps and
                      self._other_party(g, source)), None)
        if party is None:
            return None
        words = self._words_between(party.tok_end, frag.tok_end)
        if len(words) >= 2 and self.lower[words[0]] in self.infinitive_markers and \
                self.token_text[words[1]][:1].islower() and self.lower[words[1]] not in self.determiners and \
                self._bare_verb_form(words[1]):
            return words[0]
        return None

    def _bare_verb_form(self, tok: int) -> bool:
        """The word can be the bare infinitive an English "to" opens: no -s form ("conceded to demands from
        Albania", "agreed to talks with": "to" is the preposition) unless the stem ends in s (cues
        infinitive_s_endings: "to discuss", "to focus"). German marks its infinitive otherwise: always True."""
        word = self.lower[tok]
        return self.lang != "en" or not word.endswith("s") or word.endswith(self.infinitive_s_endings)

    def _included_party(self, frag: Fragment, source: Group) -> Group | None:
        """The object's members named in the clause after it: "arrested 12 people, including two Syrians",
        "nahm 12 Menschen fest, darunter zwei Syrer"."""
        if frag.index + 1 >= len(self.fragments):
            return None
        after = self.fragments[frag.index + 1]
        words = self._words_between(after.tok_start, after.tok_end)
        if not words or self.lower[words[0]] not in self.inclusion_openers:
            return None
        return next((g for g in after.groups if g.prep is None and self._other_party(g, source)), None)

    def _object_complement(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """The actor of the trigger's object noun phrase, behind "of" (English: "defended the right of Russian
        troops", "expelled inspectors of the IAEA", "demanded the withdrawal of Serbian forces from Bosnia"); the
        German genitive has its own rule. At most three words between the trigger and the preposition, none of them
        a preposition or punctuation. Directed acts only: "on the sidelines of the G20 summit" names a place."""
        if trig.entry.frame != "directed":
            return None
        for group in frag.groups:
            if group.tok_start < trig.tok_end or group.prep not in self.object_links:
                continue
            words = self._words_between(trig.tok_end, group.tok_start)
            at = max((k for k, i in enumerate(words) if self.lower[i] == group.prep), default=None)
            if at is None or at > 3 or any(self.punct[i] or self.lower[i] in self.prepositions
                                           for i in words[:at]):
                return None
            return group if self._other_party(group, source) else None
        return None

    def _deployment_place(self, trig: TriggerHit, frag: Fragment, source: Group) -> Group | None:
        """Where forces, peacekeepers or aid are sent is the party the act concerns: "strengthened its forces in
        Lebanon", "refused to deploy peacekeepers in Iraq", "weigerte sich, Truppen in den Irak zu entsenden". A
        group behind a deployment preposition after the trigger (in its clause or the infinitive clause after it),
        with a deployment word at most three words before it."""
        clauses = [frag] + [f for f in self.fragments[frag.index + 1:frag.index + 2] if f.infinitive]
        for group in [g for f in clauses for g in f.groups]:
            if group.tok_start < trig.tok_end or group.prep not in self.deployment_preps or \
                    not self._other_party(group, source) or self._in_later_purpose_clause(trig, group):
                continue
            words = self._words_between(trig.tok_start, group.tok_start)
            at = max((k for k, i in enumerate(words) if self.lower[i] == group.prep), default=None)
            if at is not None and any(self.lower[i] in self.deployment_words or
                                      any(k in self.deployment_words for k in self.keys[i])
                                      for i in words[max(0, at - 3):at]):
                return group
        return None

    def _own_state_target(self, trig: TriggerHit, frag: Fragment, source: Group, code: str) -> Group | None:
        """Domestic acts with no other party named target the source's own state (its population, dissidents or
        government), in this order:
        1. a later mention of the same state in the trigger's clause (an adjective only behind a preposition):
           "imposed a curfew in southeastern Turkey", "confiscated weapons from Palestinian armed groups" (not "in
           the current Palestinian uprising");
        2. a description of an unnamed domestic group in that clause after a state institution's act: "Egyptian
           police opened fire to disperse demonstrators", "the Sudanese government accused rebels";
        3. coercion that is domestic by its nature (arrests, curfews, bans, martial law, and threats of them);
        4. a non-state group of a state acting against nobody named: "Sudanese rebels shelled the capital" (the
           government of their state).
        None when another party is named after the trigger (outside an attribution): the act is not (only)
        domestic."""
        if code[:2] not in self.own_state_roots:
            return None
        if self._one_sided(trig):
            return None   # "declared a unilateral ceasefire in south Lebanon": the place is no party
        codes = set(source.codes)
        if len(codes) != 1 or None in codes or \
                source.members[0].entry_id.split(":")[1] in self.own_state_stateless_kinds:
            # an organisation (UN, EU, NATO, an NGO) has no own state, nor has a group nobody named ("they" for
            # "the rebels": entry "unnamed")
            return None
        attribution = {id(st.speaker) for st in self.statements if st.sentence_index == self.sentence_index}
        speech = {id(self.frag_of.get(t.tok_start)) for t in self.sentence_triggers if t.entry.frame == "speech"}
        # the act's clause and the clauses after it, not the attribution ", relief officials in Nairobi said".
        # German verbs close the clause: "haben im Südosten der Türkei eine Ausgangssperre verhängt"
        scope = [frag] + [f for f in self.fragments[frag.index + 1:] if id(f) not in speech]
        later = [g for f in scope for g in f.groups
                 if (g.tok_start >= trig.tok_end or self.lang == "de" and g.tok_start >= frag.tok_start)
                 and g.tok_start != source.tok_start and id(g) not in attribution
                 and g.prep not in self.reporting_preps and not self._in_later_purpose_clause(trig, g)]
        if any(set(g.codes) - codes for g in later):
            return None
        for group in later:  # "in southeastern Turkey", "from Palestinian armed groups", "im Südosten der Türkei"
            named = group.prep is not None or group.members[0].entry_id.split(":")[1] != "adj"
            if named and group.tok_start < frag.tok_end:
                return Group(group.members, group.tok_start, group.tok_end, group.prep, own_state=True)
        member = source.members[0]
        if member.sector in self.own_state_sources:
            for hit in self.unresolved:
                if trig.tok_end <= hit.tok_start < frag.tok_end and hit.sector in self.own_state_groups:
                    return Group([Actor(member.code, hit.sector, self.text[hit.start_char:hit.end_char],
                                        hit.start_char, hit.end_char, hit.tok_start, hit.tok_end, hit.entry_id,
                                        None, hit.role, "")], hit.tok_start, hit.tok_end, own_state=True)
        if member.sector in self.domestic_sectors:
            if code[:2] not in self.own_state_group_roots:
                return None
            sector = "GOV"
        elif code.startswith(self.own_state_codes):
            sector = None            # the population
        else:
            return None
        # no words name this target: empty text, the row's rule says "own_state:"
        return Group([Actor(member.code, sector, "", member.start_char, member.start_char, member.tok_start,
                            member.tok_start, member.entry_id, None, None, "")], source.tok_start, source.tok_end,
                     own_state=True)

    def _one_word_cue(self, name: str, i: int) -> bool:
        """Token ``i`` alone is a cue of the list ``name``."""
        return any(match_at(p, self.keys, i, i + 1) == i + 1 for p in self.cues.index(name).candidates(self.keys[i]))

    def _one_sided(self, trig: TriggerHit) -> bool:
        """The act is called one-sided (cues one_sided_words) in its trigger or by one of the two words before it:
        "a unilateral ceasefire", "unilaterally withdrew", "eine einseitige Waffenruhe"."""
        return any(self._one_word_cue("one_sided_words", i)
                   for i in range(max(self.span.start, trig.tok_start - 2), trig.tok_end))

    def _place_of_act(self, trig: TriggerHit, frag: Fragment, source: Group, near: bool = False) -> Group | None:
        """Violence against nobody named targets the state where it happened (cues place_target_roots): "a car bomb
        exploded in central Baghdad, killing 10", "suicide bombers killed 23 people when they blew themselves up in
        Tel Aviv". The first state or capital behind a locative preposition after the trigger, in its clause or a
        later one of the sentence, outside an attribution (", police in Kabul said"); also the source's own state
        ("Sudanese rebels killed 12 people when they shelled Khartoum"). With ``near`` a state also behind "near",
        "around" (place_prepositions): a show of force "near Taiwan" is directed at it."""
        speech = {id(self.frag_of.get(t.tok_start)) for t in self.sentence_triggers if t.entry.frame == "speech"}
        preps = self.place_preps if near else self.locative_preps
        for later in self.fragments[frag.index:]:
            if id(later) in speech and not (later is frag and any(
                    t.entry.frame == "speech" and t.tok_end <= trig.tok_start and
                    self.frag_of.get(t.tok_start) is frag for t in self.sentence_triggers)):
                continue   # a place in an attribution (", police in Kabul said"), not one after what was said
            found = [g for g in later.groups if g.prep in preps and g.tok_end > trig.tok_start and
                     (all(m.entry_id.split(":")[1] in ("country", "capital") for m in g.members) or
                      near and g.tok_end < len(self.lower) and self.lower[g.tok_end] in self.border_nouns)]
            # a city or region of the gazetteer also behind "near", "outside", "on" or as the verb's object
            found += [g for g in self._places_of(later, trig) if g.prep in self.place_preps or g.prep == ""]
            if found:
                group = min(found, key=lambda g: g.tok_start)
                return Group(group.members, group.tok_start, group.tok_end, group.prep,
                             own_state=not self._other_party(group, source))
        return None

    def _place_of_unnamed_agent(self, trig: TriggerHit, frag: Fragment) -> Group | None:
        """Violence by nobody named in a main clause that names where it happened ("A roadside bomb near the town of
        Samarra killed one U.S. soldier", "Eine Autobombe tötete in Basra drei US-Soldaten"): the place stands for
        the unnamed agent, as in an agentless passive ("Three US soldiers were killed in Basra"); the caller keeps
        it only for a named victim of another state. None when an actor or pronoun stands before the act."""
        if frag.subordinate or frag.infinitive or any(p < trig.tok_start for p in frag.pronouns) or \
                any(g.tok_start < trig.tok_start and g.prep not in self.place_preps for g in frag.groups):
            return None
        found = [g for g in frag.groups if g.prep in self.place_preps and
                 all(m.entry_id.split(":")[1] in ("country", "capital") for m in g.members)]
        found += [g for g in self._places_of(frag, trig, anywhere=True) if g.prep in self.place_preps]
        return min(found, key=lambda g: g.tok_start, default=None)

    def _places_of(self, frag: Fragment, trig: TriggerHit, anywhere: bool = False) -> list[Group]:
        """The gazetteer places behind the trigger in the fragment that no actor mention covers, as groups with the
        preposition they stand behind ("near the town of Samarra", "in eastern Kharkiv", "outside of the Iraqi city
        of Basra": cues place_links, place_nouns, place_modifiers may come between), "" right behind the act's
        verb ("shelled Kharkiv"), None otherwise; behind the trigger in its own fragment unless ``anywhere``. Only
        where-questions ask for them: a place is no actor."""
        start = frag.tok_start if anywhere or not frag.tok_start <= trig.tok_start < frag.tok_end else \
            max(frag.tok_start, trig.tok_end)
        # a German verb closing its clause has its object before it: "Russland hat Charkiw angegriffen", "dass seine
        # Truppen Charkiw beschossen hätten"
        middle_field = not anywhere and self._verb_final(trig, frag)
        if middle_field:
            start = frag.tok_start
        groups = []
        dated: set[int] | None = None
        for hit in self.places.find(self.keys, self.token_text, start, frag.tok_end):
            if any(a.tok_start < hit.tok_end and hit.tok_start < a.tok_end for a in self.actors):
                continue
            if dated is None:   # "beschoss am Montag Charkiw": a date expression between them is no preposition
                self._sentence_dates()
                dated = {i for m in frag.dates for i in range(start, hit.tok_start)
                         if m.start_char <= self.idx[i] < m.end_char}
                # with its preposition: "am Montag", "on Monday"
                dated |= {i - 1 for i in dated if i - 1 >= start and self.lower[i - 1] in self.prepositions}
            span = self.table.span(hit.tok_start, hit.tok_end)
            place = Actor(hit.place.country_code, None, self.text[span.start_char:span.end_char], span.start_char,
                          span.end_char, hit.tok_start, hit.tok_end, f"place:{hit.place.place_id}", None, None, "")
            prep = self._place_preposition(hit.tok_start, start, dated)
            if middle_field and hit.tok_start < trig.tok_start:
                if prep is None or prep is True or prep == "object":   # no preposition before it: the object
                    prep = "" if self._middle_field_object(hit.tok_start, start, dated) else None
                groups.append(Group([place], hit.tok_start, hit.tok_end, prep))
                continue
            if prep is True and start == trig.tok_end and self.lower[trig.tok_end - 1] in self.place_preps | \
                    self.target_preps_default:
                prep = self.lower[trig.tok_end - 1]   # a row that ends with its preposition: "Angriff auf Charkiw"
            if prep == "object":   # a German article opens the place's noun phrase after another phrase
                prep = "" if start == trig.tok_end and trig.entry.pos != "NOUN" else None
            if prep is True:   # nothing but place words between the act and the place: its object, for a noun
                # behind "of"/"von" or as a German genitive ("shelling of Kherson", "Beschuss Chersons")
                after = self._words_between(start, hit.tok_start)
                genitive = self.lang == "de" and not after and self.lower[hit.tok_end - 1].endswith("s")
                # "accused Ukraine of shelling the Zaporizhzhia plant": an English -ing noun behind a preposition is
                # a gerund, whose object follows it as a verb's does
                gerund = self.lang == "en" and self.lower[trig.tok_end - 1].endswith("ing") and \
                    trig.tok_start > self.span.start and self.lower[trig.tok_start - 1] in self.prepositions
                prep = "" if start == trig.tok_end and (trig.entry.pos != "NOUN" or genitive or gerund or after and
                                                        self.lower[after[0]] in self.place_links) else None
            groups.append(Group([place], hit.tok_start, hit.tok_end, prep))
        return groups

    def _verb_final(self, trig: TriggerHit, frag: Fragment) -> bool:
        """A German verb trigger that closes its clause (a participle or infinitive, in a subordinate clause also the
        finite verb): only lowercase words (auxiliaries) follow it in the fragment."""
        if self.lang != "de" or trig.entry.pos != "VERB" or trig.particle_token is not None or \
                not self.token_text[trig.tok_start][:1].islower():
            return False
        after = self._words_between(trig.tok_end, frag.tok_end)
        return all(self.punct[i] or self.alpha[i] and self.token_text[i][:1].islower() for i in after) and \
            bool(self._words_between(frag.tok_start, trig.tok_start))

    def _middle_field_object(self, tok: int, floor: int, dated: set[int]) -> bool:
        """The place at ``tok`` stands in a German middle field without a preposition: across place words,
        determiners, lowercase adjectives and date expressions the word before it is no preposition ("hat Charkiw",
        "Truppen die Stadt Sumy", "in der Nacht die Stadt Sumy")."""
        j = tok - 1
        while j >= floor and (self.space[j] or j in dated or self.lower[j] in self.place_words and
                              self.lower[j] not in self.prepositions or self.lower[j] in self.determiners):
            j -= 1
        return j < floor or self.lower[j] not in self.prepositions

    def _place_preposition(self, tok: int, floor: int, dated: set[int]) -> str | None | bool:
        """The preposition before a place, across determiners, numbers, date expressions and place words (and in
        English capitalized words: "the Iraqi city of", in German lowercase adjectives: "der ostukrainischen Stadt");
        True when only such words stand between ``floor`` and the place."""
        j, words = tok - 1, 0
        while j >= floor:
            if self.space[j] or j in dated:
                j -= 1
                continue
            lower = self.lower[j]
            if lower in self.place_preps or lower in self.prepositions and lower not in self.place_words:
                return lower
            if lower in self.place_object_determiners:
                before = self._words_between(floor, j)[-1:]
                if before and self.alpha[before[0]] and self.lower[before[0]] not in self.prepositions and \
                        self.lower[before[0]] not in self.place_words:
                    return "object"   # "griffen in der Nacht die Hafenstadt Odessa an": the verb's object
            word = self.alpha[j] and (self.token_text[j][:1].isupper() if self.lang == "en" else
                                      self.token_text[j][:1].islower())
            if words == 8 or not (lower in self.place_words or lower in self.determiners or self.like_num[j] or word):
                return None
            j, words = j - 1, words + 1
        return True

    def _other_party(self, group: Group, source: Group) -> bool:
        return not set(group.codes) <= set(source.codes) or self._domestic(group, source)

    def _person_object(self, group: Group, source: Group) -> bool:
        """A named person of the source's own state as the object of a court's act ("the Supreme Court allowed
        candidate Ouattara to run", "the judge ordered Menem to appear"; cues person_object_sectors): a domestic
        dyad. Other institutions and their own state's leaders are not ("the army wants Putin to stop")."""
        return len(group.members) == 1 and group.members[0].person is not None and \
            all(m.person is None and m.sector in self.person_object_sectors for m in source.members)

    def _domestic(self, group: Group, source: Group) -> bool:
        """Both sides of one state, told apart by sector: "the Sudanese government accused Sudanese rebels"."""
        return set(group.codes) == set(source.codes) and self._domestic_pair(source.members[0], group.members[0])

    def _domestic_pair(self, a: Actor, b: Actor | None) -> bool:
        return b is not None and a.code == b.code and a.sector != b.sector and \
            bool({a.sector, b.sector} & self.domestic_sectors)

    # ------------------------------------------------------------ modality, negation, dates
    def _only_distant_local_negation(self, trig: TriggerHit, frag: Fragment, intent_frag: Fragment | None) -> bool:
        """The clause's only negation cues are words like "without" that negate the phrase right after them, and
        none of them stands right before the trigger ("left without signing": signing is negated)."""
        local = self.local_negation
        if not local:
            return False
        index = self.cues.index("negation")
        found = False
        for scope in [frag] + ([intent_frag] if intent_frag is not None and intent_frag is not frag else []):
            for i in self._fragment_tokens(scope):
                for pattern in index.candidates(self.surface[i]):
                    if match_at(pattern, self.surface, i, scope.tok_end) is None:
                        continue
                    if self.lower[i] not in local:
                        return False
                    words = self._words_between(i + 1, trig.tok_start) if i < trig.tok_start else None
                    if words is not None and len(words) <= 1:
                        return False
                    found = True
        return found

    def _negation_after_contrast(self, trig: TriggerHit, frag: Fragment, intent_frag: Fragment | None) -> bool:
        """A contrastive coordinator after the act ("but", "aber": cues contrast_coordinators) opens another
        predicate, and the clause's only negation stands behind it: "is committed to opening up the economy but will
        not be rushed", "attacked Kyiv but not Lviv" (the act itself is asserted)."""
        cut = next((i for i in range(trig.tok_end, frag.tok_end) if self.lower[i] in self.contrast_coordinators), None)
        if cut is None:
            return False
        head = Fragment(frag.index, frag.tok_start, cut, frag.subordinate, frag.infinitive)
        return not self._negation_modality(head, intent_frag if intent_frag is not frag else None)[0]

    def _negation_modality(self, frag: Fragment, intent_frag: Fragment | None,
                           governing: Fragment | None = None) -> tuple[bool, str]:
        """Negated when any scope is, the strongest modality of the scopes: the fragment, the intent word's and the
        clause an infinitive depends on (``governing``, _support_clause)."""
        scopes = [frag]
        for extra in (intent_frag, governing):
            if extra is not None and all(extra is not scope for scope in scopes):
                scopes.append(extra)
        negated = False
        modality = "asserted"
        for scope in scopes:
            if self._cue_in("negation", scope) and not self._cue_in("negation_blockers", scope):
                negated = True
            label = self._modality_cue(scope)
            if label and MODALITY_RANK[label] > MODALITY_RANK[modality]:
                modality = label
        return negated, modality

    def _modality_cue(self, frag: Fragment) -> str | None:
        best = None
        keys = self.surface
        for i, patterns in self._cue_tokens("modality", frag.tok_start, frag.tok_end):
            if self.lower[i] in self.name_homographs and self.token_text[i][:1].isupper() and \
                    self._words_between(self.span.start, i):
                continue   # "will meet in May", "Theresa May met": the month or a name, not the modal "may"
            for pattern in patterns:
                if match_at(pattern, keys, i, frag.tok_end) is not None:
                    if best is None or MODALITY_RANK[pattern.payload] > MODALITY_RANK[best]:
                        best = pattern.payload
        return best

    def _sentence_dates(self) -> None:
        """Date expressions of the sentence into the dates of the fragments they stand in (once per sentence)."""
        if self.dates_found:
            return
        self.dates_found = True
        span, idx, texts = self.span, self.idx, self.token_text
        for mention in self.dates.find(self.text[span.start_char:span.end_char], span.start_char, self.published):
            for frag in self.fragments:
                if idx[frag.tok_start] <= mention.start_char < idx[frag.tok_end - 1] + len(texts[frag.tok_end - 1]):
                    frag.dates.append(mention)
                    break

    def _date_for(self, frag: Fragment, future: bool = False, content: tuple[int, int] | None = None,
                  said_in: StatementInfo | None = None) -> tuple[date | None, str, str | None]:
        """``content``: the tokens of what a statement says; a date inside them of a future or possible act does
        not date the saying. ``said_in``: the statement whose content holds the act; a date of that content dates
        the act before one of the saying's own clause ("said on Monday he would visit China in May": May)."""
        self._sentence_dates()
        mention = frag.dates[0] if frag.dates else None
        if said_in is not None and mention is not None and len(frag.dates) > 1:
            low, high = self._content_date_span(said_in.content_tokens)
            mention = next((m for m in frag.dates if low <= m.start_char < high), mention)
        if content is not None and mention is not None and content[0] < content[1] and \
                self._modality_cue(Fragment(frag.index, content[0], content[1], False, False)) in \
                ("future", "hypothetical"):
            # "The EU said it would impose sanctions on Iran in May": May dates the sanctions, not the saying (a date
            # right behind the speech word is still its own: "said on Monday it would ...")
            low, high = self._content_date_span(content)
            mention = next((m for m in frag.dates if not low <= m.start_char < high), None)
        if mention is None:
            for prev in reversed(self.fragments[:frag.index]):
                if content is not None and content[0] <= prev.tok_start < content[1] and prev.dates and \
                        self._modality_cue(prev) in ("future", "hypothetical"):
                    continue
                if prev.dates and not prev.subordinate:
                    mention = prev.dates[-1]
                    break
        if mention is None:
            # "..., zitierte die Agentur X den Minister am Sonntag": the attribution after the content dates it
            attributions = {id(self.frag_of.get(st.trigger.tok_start)) for st in self.statements
                            if st.trigger is not None and st.sentence_index == self.sentence_index}
            for later in self.fragments[frag.index + 1:]:
                if later.dates and id(later) in attributions:
                    mention = later.dates[0]
                    break
        if mention is not None:
            # "will im Juni reisen": the coming June. Weekdays stay past: "agreed on Tuesday to expand" dates the
            # agreement, and news name the weekday of the report
            if future and self.published is not None and mention.precision in ("month", "year"):
                day, precision = self.dates.resolve(mention.text, self.published, future=True)
                if precision != "unknown":
                    return day, precision, mention.text
            return mention.day, mention.precision, mention.text
        if self.published is None:
            return None, "unknown", None
        return self.published, "day", None

    def _content_date_span(self, content: tuple[int, int]) -> tuple[int, int]:
        """Characters of a statement's content whose dates are the content's: all but a date right behind the speech
        word (its first two words: "said on Monday it would ...")."""
        words = self._words_between(content[0], content[1])
        return (self.idx[words[min(2, len(words) - 1)]] if words else 0), self.table.end_char(content[1] - 1)

    # ------------------------------------------------------------ sanctions
    def _sanction(self, tok: int) -> None:
        frag = self.frag_of.get(tok)
        if frag is None:
            return
        described = self._imposed_by(tok, frag)
        stance = self._stance(frag)
        if described is not None and stance in ("impose", "extend"):
            # "condemned the sanctions imposed by the US": the clause's own stance, if it has one, is what it says
            other = self._stance(frag, skip=described[1])
            stance = other if other != "mention" else stance
        if self._response_to(tok, frag):
            stance = "mention"   # "said it would respond to the new EU sanctions": nobody imposes them here
        negated = bool(self._cue_in("negation", frag)) and not self._cue_in("negation_blockers", frag)
        imposer = self._sanction_imposer(tok, frag, stance, described)
        target = self._sanction_object(tok, frag, imposer)
        for group in frag.groups if target is None else ():
            if group.prep in self.cues.words("sanction_target_prepositions") and group.tok_start > tok:
                target = group
                break
        if target is None and stance == "evade":
            target = self._subject(frag, tok)
            if target is not None and imposer is not None and target.tok_start == imposer.tok_start:
                target = None
            if target is None and frag.index > 0:
                target = self._subject(self.fragments[frag.index - 1])
        statement = self._enclosing_statement(tok)
        speaker = statement.speaker.members[0].code if statement is not None else None
        token_text, token_start = self.token_text[tok], self.idx[tok]
        rule = f"sanction.{stance}:{self.lang}:{self.lower[tok].rsplit('-', 1)[-1]}"
        imposer_code = imposer.members[0].code if imposer else None
        target_code = target.members[0].code if target else None
        self.result.sanctions.append(SanctionMention(
            self.sentence_index, token_start, token_start + len(token_text), imposer_code, target_code, stance,
            negated, speaker, self._sentence_text(), rule))
        self.decisions.append({"sanction": token_text, "stance": stance, "imposer": imposer_code,
                               "target": target_code, "speaker": speaker})
        code = SANCTION_EVENT_CODES.get(stance)
        intent = self._intent_fragment(frag)
        if stance == "lift" and intent is not None:
            code = "0354"
        source_actor, target_actor = (imposer.members[0] if imposer else None), (target.members[0] if target else None)
        if stance == "oppose":
            code = "111"
            source_actor = statement.speaker.members[0] if statement is not None else None
            target_actor = imposer.members[0] if imposer else None
            if source_actor is None:
                subject = self._subject(frag, tok)
                source_actor = subject.members[0] if subject else None
        if code is None or source_actor is None or (stance == "oppose" and target_actor is None):
            return
        if target_actor is not None and target_actor.code == source_actor.code:
            return
        neg, modality = self._negation_modality(frag, intent)
        if modality == "hypothetical" and self._backshifted_future(tok, frag):
            modality = "future"   # "said it would lift sanctions on Syria": the reported "will", as for other acts
        if stance == "lift" and self._refusal(frag, tok, tok + 1, intent):
            # "will not lift the sanctions": a refusal to ease them (1244), like a refused act
            conditional = any(self.lower[f.tok_start] in self.condition_words for f in self.fragments)
            code, neg, rule = self.refusal_codes.get("0354", code), False, "refusal:" + rule
            modality = "hypothetical" if conditional else "asserted"
        day, precision, date_text = self._date_for(frag, future=modality == "future", said_in=statement)
        ev_start, ev_end = self._sentence_bounds()
        # "hob die Sanktionen gegen Iran, Libyen und Kuba auf": one row per target state, as for a verb's list
        targets = [target_actor]
        if stance != "oppose" and target is not None:
            targets = [m for m in self._distinct_members(target) if m.code != source_actor.code] or [target_actor]
        for target_actor in targets:
            self._add(self._make_event(code, rule, token_text, source_actor, target_actor, ev_start, ev_end, neg,
                                       modality, day, precision, date_text,
                                       self.sentence_reporting or (statement.speaker_text if statement else None),
                                       None))

    def _speaker_pronoun_object(self, trig: TriggerHit, frag: Fragment, code: str) -> bool:
        """A pronoun that refers to the speaker of the enclosing statement (cues speaker_object_pronouns: "it", "us")
        stands right behind a target preposition of ``code`` after the act in its clause ("fired at it")."""
        preps = self._target_preps(code)
        return any(self.lower[i] in self.speaker_object_pronouns and i > trig.tok_end - 1 and
                   self.lower[i - 1] in preps for i in range(trig.tok_end, frag.tok_end))

    def _response_to(self, tok: int, frag: Fragment) -> bool:
        """The sanctions word is the object of a response ("respond to the new EU sanctions", "eine Reaktion auf die
        neuen EU-Sanktionen", "in retaliation for Western sanctions"; cues sanction_response_words): at most four
        prepositions, determiners, lower-case words or actor words between them."""
        closed = self.prepositions | self.determiners
        for i in range(max(frag.tok_start, tok - 6), tok):
            if self.lower[i] not in self.sanction_response_words:
                continue
            between = self._words_between(i + 1, tok)
            if len(between) <= 4 and all(self.lower[t] in closed or self._is_actor_token(t) or
                                         self.alpha[t] and self.token_text[t].islower() for t in between):
                return True
        # German verb-final: "Russland werde auf neue Strafmaßnahmen reagieren", "auf die Sanktionen der EU zu
        # reagieren" (the response's preposition before the sanctions word, the response verb behind it, at most
        # three closed-class, actor or lower-case words between; cues sanction_response_prepositions)
        before = self._words_between(max(frag.tok_start, tok - 4), tok)
        if not any(self.lower[i] in self.sanction_response_prepositions for i in before):
            return False
        for k, i in enumerate(self._words_between(tok + 1, frag.tok_end)[:4]):
            if self.lower[i] in self.sanction_response_words:
                return True
            if not (self.lower[i] in closed or self._is_actor_token(i) or
                    self.alpha[i] and self.token_text[i].islower()):
                return False
        return False

    def _sentence_text(self) -> str:
        start, end = self._sentence_bounds()
        return self.text[start:end]

    def _stance(self, frag: Fragment, skip: int | None = None) -> str:
        found = set()
        for i, patterns in self._cue_tokens("sanction_stances", frag.tok_start, frag.tok_end):
            if i == skip:
                continue
            for pattern in patterns:
                if match_at(pattern, self.keys, i, frag.tok_end) is not None:
                    found.add(pattern.payload)
        for stance in self.stance_order:
            if stance in found:
                return stance
        return "mention"

    def _sanction_object(self, tok: int, frag: Fragment, imposer: Group | None) -> Group | None:
        """"Washington drohte Peking mit Sanktionen", "threatened Belarus with new sanctions over ... on the Polish
        border": the object right before the link (cues sanction_object_links) of the sanctions word is their
        target, not a later phrase."""
        words = self._words_between(frag.tok_start, tok)
        while words and tok - words[-1] <= 4 and self.alpha[words[-1]] and \
                self.lower[words[-1]] not in self.sanction_object_links and \
                not self.in_actor[words[-1]]:
            words = words[:-1]   # determiners and adjectives: "mit neuen Sanktionen", "with new sanctions"
        if not words or self.lower[words[-1]] not in self.sanction_object_links:
            return None
        link = words[-1]
        return next((g for g in frag.groups if g.prep is None and not g.genitive and g is not imposer and
                     not self._words_between(g.tok_end, link) and
                     (imposer is None or g.tok_start > imposer.tok_start and self._other_party(g, imposer))), None)

    def _sanction_imposer(self, tok: int, frag: Fragment, stance: str,
                          described: tuple[Group, int] | None) -> Group | None:
        """``described``: what ``_imposed_by`` found for the sanctions word."""
        inside = list(self.actors_at.get((tok, tok + 1), ()))
        if inside:
            return Group(inside[:1], tok, tok + 1)
        for group in frag.groups:
            gap = self._words_between(group.tok_end, tok)
            if group.tok_end <= tok and not gap:
                return group        # "EU-Sanktionen", "EU sanctions"
        # "die westlichen Sanktionen", "Western sanctions": an adjective that names no actor elsewhere (the compass
        # direction) names the imposer before a sanctions word (cues sanction_imposer_words)
        before = self._words_between(max(frag.tok_start, tok - 3), tok)[-1:]
        for pattern in self.cues.index("sanction_imposer_words").candidates(self.keys[before[0]]) if before else ():
            if match_at(pattern, self.keys, before[0], tok) == tok:
                start, end = self.idx[before[0]], self.idx[before[0]] + len(self.token_text[before[0]])
                return Group([Actor(pattern.payload, None, self.text[start:end], start, end, before[0], tok,
                                    "sanction_imposer_words", None, None, "")], before[0], tok)
        imposer_preps = self.cues.words("sanction_imposer_prepositions")
        if described is not None:
            return described[0]
        for group in frag.groups:
            if group.tok_start <= tok:
                continue
            gap = self._words_between(tok + 1, group.tok_start)
            if (group.genitive or group.prep in imposer_preps or self._genitive_after(tok + 1, frag) is group) and \
                    len(gap) <= 2:
                return group        # "Sanktionen des Westens", "Sanktionen der EU", "sanctions by the EU"
            break
        if stance in ("impose", "threaten", "extend", "lift"):
            # "Die Regierung in Wien verhängte Sanktionen": the actor in the subject's phrase, as for acts
            subject = self._subject(frag, tok) or self._subject_modifier(frag, tok)
            if subject is not None and subject.tok_start < tok and not subject.pronoun and any(
                    t.entry.pos == "VERB" and frag.tok_start <= t.tok_start < subject.tok_start and
                    (self.lang == "en" or self._forefield_words(frag, t) is not None)
                    for t in self.sentence_triggers):
                return None   # "(President X) threatened Peru with sanctions": the object behind the verb
            if subject is not None and subject.tok_start < tok:
                return subject
            if subject is None and frag.infinitive and frag.index > 0:
                # "Die EU-Kommission kündigte an, die Sanktionen gegen Russland zu verlängern": the infinitive clause's
                # subject is the main clause's, when that clause names nobody else ("forderte die USA auf, die
                # Sanktionen aufzuheben" asks the object to act)
                main = next((f for f in reversed(self.fragments[:frag.index]) if not f.relative and not f.infinitive),
                            None)
                named = [g for g in main.groups if g.prep is None] if main is not None else []
                if len(named) == 1 and not named[0].genitive:
                    return named[0]
        return None

    def _imposed_by(self, tok: int, frag: Fragment) -> tuple[Group, int] | None:
        """A participle of a sanctions stance that describes the sanctions word, and the imposer behind its agent
        preposition: "the sanctions imposed (on it) by the United States", "die von den USA verhängten Sanktionen"
        ((imposer, participle token)). The participle names how they came about, not the clause's act."""
        imposer_preps = self.cues.words("sanction_imposer_prepositions")
        def stance_word(i: int) -> bool:
            return self._one_word_cue("sanction_stances", i)
        if self.lang == "en":
            after = self._words_between(tok + 1, frag.tok_end)
            if not after or not stance_word(after[0]) or self.in_actor[after[0]]:
                return None
            for group in frag.groups:
                if group.tok_start <= after[0]:
                    continue
                gap = self._words_between(after[0] + 1, group.tok_start)
                if group.prep in imposer_preps and len(gap) <= 4 and \
                        not any(self.punct[i] or self.in_actor[i] for i in gap):
                    return group, after[0]
                break
            return None
        before = self._words_between(frag.tok_start, tok)
        if not before or not stance_word(before[-1]):
            return None
        group = next((g for g in reversed(frag.groups) if g.tok_end <= before[-1]), None)
        if group is not None and group.prep in imposer_preps and \
                len(self._words_between(group.tok_end, before[-1])) <= 2 and \
                not any(self.punct[i] for i in self._words_between(group.tok_end, before[-1])):
            return group, before[-1]
        return None

    # ------------------------------------------------------------ event records
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
        return Event(
            sentence_index=self.sentence_index, char_start=ev_start, char_end=ev_end,
            evidence_text=self.text[ev_start:ev_end], trigger_text=trigger_text, cameo_code=code,
            event_type=cameo.plover_type or (root.plover_type if root else ""),
            source_actor=source.code, source_sector=source.sector, source_text=source.text,
            target_actor=target.code if target else None, target_sector=target.sector if target else None,
            target_text=(target.text or None) if target else None, negated=negated, modality=modality,
            event_date=day, date_precision=precision, date_text=date_text, reporting_source=reporting,
            rule_id=rule, language=self.lang, cameo_root=code[:2], plover_mode=mode, plover_context=context,
            quad_class=cameo.quad_class, goldstein=cameo.goldstein)
