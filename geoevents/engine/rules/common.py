"""What the rules share: the records they pass around (``Actor``, ``Group``, ``Fragment``, ``StatementInfo``),
the facts the assembler keeps per distinct word (``WordFacts``) and the constants of the rules (support families,
the cue lists scanned token by token, the modality rank). No rule lives here."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geoevents.engine.components import Quote, TriggerHit
from geoevents.engine.dates import DateMention
from geoevents.engine.lexicon import Pattern
from geoevents.engine.model import MODALITIES, Event

FRAGMENT_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—", "[", "]"})
SURFACE_CUES = frozenset({"negation", "negation_blockers", "intent", "modality", "context_words"})
# a support word that picks one reading of a shared noun stands before it or close behind ("the blockade was
# lifted"), not in a later phrase of the clause ("would blockade Paris ... to demand an end to ...")
READING_REACH = 4
SANCTION_EVENT_CODES = {"impose": "163", "extend": "163", "threaten": "1312", "lift": "085"}
# rule ids of the rows a sanctions word makes: sanctions (sanction.<stance>:<lang>:<word>) and trade measures
# (trade.<stance>:<lang>:<words>; cues trade_measure_words)
SANCTION_RULE_PREFIXES = ("sanction.", "trade.")
# Support families a verb trigger (not a topic noun) needs: an actor object right after the verb ("helped Ukraine"),
# and that object followed by an infinitive ("wants Putin to ..."); an intent cue does not replace them
OBJECT_FAMILIES = {"object": False, "object_to": True}
# Support family of a protest noun whose suppression is the act ("prevented the demonstration", "verbot die Kundgebung")
SUPPRESS_FAMILY = "suppress"
# Support family of a meeting verb that needs its partner named ("traf sich mit", "trafen zusammen"); a compound
# subject or a person/government object names one too (Assembler._partner_named): "Der Sturm traf Florida" is none
PARTNER_FAMILY = "partner"
# Support family of a travel verb that needs an actor right behind a destination preposition ("flog am Montag nach
# Moskau"; not "flog nach dem Treffen zurück", "nach Angaben Japans": Assembler._destination_named)
DESTINATION_FAMILY = "travel_destination"
# Support family of a noun that is a military strike when it names what it hits ("Russian strikes on Kharkiv", "an
# Israeli strike on Hamas negotiators": Assembler._strike_target) or when a launching word of its cues support list
# stands in the clause ("launched strikes"); a labour strike has neither ("a strike by dock workers")
STRIKE_TARGET_FAMILY = "strike_target"
# Support families that name a meeting noun as failed ("the talks stalled": no meeting) and violence as halted ("halted
# its air strikes": de-escalation, 087); rules/content.py _failed_meeting, _halted_violence
FAILED_TALKS_FAMILY = "talks_failed"
VIOLENCE_HALT_FAMILY = "violence_halt"
# roots whose infinitive content is what the act asks, threatens, demands, rejects or protests for, not an act that
# happened ("rejected a call for its forces to be deployed")
GOVERNING_ROOTS = ("02", "13", "10", "12", "14")
# cue lists the clause rules scan token by token: their patterns are looked up once per distinct word (WordFacts)
# and a scan visits only the tokens that start one (Assembler._cue_tokens); other lists are looked up per doc
# ("intent_blockers" is asked wherever "intent" is found, in nearly every doc: a per-doc pass over every token cost more;
# so is "trade_measure_stances", asked by every sanctions stance: 178 of 300 synthetic articles)
SCANNED_CUES = ("negation", "negation_blockers", "intent", "intent_blockers", "modality", "context_words", "support",
                "negating_verbs", "sanction_stances", "trade_measure_stances")
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
    framed: bool = False        # German: the genitive attribute of an opening prepositional phrase ("Beim Treffen
                                # der G7 ...", Actors._prepositional_head): no party of the clause

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
    main_clause: bool = True                 # the speech word stands in no subordinate clause ("after X warned")
    added_to: "StatementInfo | None" = None  # the statement a "he added" continues (its date when none is named)
