"""Readings that span an article (issue #3, correctness as analysts see it): who speaks in a later paragraph, what
an invitation or an expected trip is, who imposes sanctions. English and German texts written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 3, 14)


def statements(coder, text, lang):
    return [e for e in coder.extract(text, lang, PUB).events if e.statement is not None]


# ---------------------------------------------------------------- speakers named by a part of their full name
@pytest.mark.parametrize("text, lang, surname", [
    ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing on Monday.\n\n"
     "\"We oppose unilateral sanctions,\" Wang told reporters.", "en", "Wang"),
    ("Der chinesische Außenminister Wang Yi traf am Montag in Peking seinen russischen Kollegen Sergej Lawrow.\n\n"
     "„Wir lehnen einseitige Sanktionen ab“, sagte Wang vor Journalisten.", "de", "Wang"),
    ("Chinese Foreign Minister Wang Yi travelled to Moscow on Monday. Wang said China wanted peace.", "en", "Wang"),
])
def test_a_person_introduced_by_full_name_is_named_later_by_one_word_of_it(coder, text, lang, surname):
    """"Wang" alone is no entry (many people share it); after "Foreign Minister Wang Yi" it is that person: the same
    actor and sector speak."""
    spoken = [e for e in statements(coder, text, lang) if e.source_text == surname]
    assert spoken and all((e.source_actor, e.source_sector) == ("CHN", "GOV") for e in spoken)


@pytest.mark.parametrize("text, lang", [
    ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing on Monday.\n\n"
     "Wang Huning said China would deepen its coordination with Russia.", "en"),
    ("Wang said China wanted peace. Chinese Foreign Minister Wang Yi travelled to Moscow on Monday.", "en"),
])
def test_a_word_of_the_name_in_a_longer_name_or_before_the_introduction_is_nobody(coder, text, lang):
    """"Wang Huning" is another person; a "Wang" before the full name has not been introduced yet."""
    assert not [e for e in statements(coder, text, lang) if e.source_text.startswith("Wang") and
                e.source_text != "Wang Yi" and "Foreign Minister" not in e.source_text]


@pytest.mark.parametrize("text, lang", [
    ("Washington announced new export controls on Chinese chipmakers on Monday.\n\n"
     "\"We firmly oppose unilateral sanctions,\" Zhang told reporters after the talks.", "en"),
    ("Washington erklärte am Montag, die Exportkontrollen gegen chinesische Chiphersteller seien notwendig.\n\n"
     "„Wir lehnen einseitige Sanktionen entschieden ab“, sagte Zhang vor Journalisten.", "de"),
])
def test_a_quote_attributed_to_an_unknown_speaker_carries_no_earlier_speaker(coder, text, lang):
    """The quote opening the paragraph names its speaker ("Zhang told reporters"), whom the tables do not know: no
    statement by the previous paragraph's speaker (an unknown speaker is better than a wrong one)."""
    rows = statements(coder, text, lang)
    assert rows and not [e for e in rows if e.statement.is_direct_quote]
    assert not [e for e in rows if e.rule_id == "statement.quote:carried"]


@pytest.mark.parametrize("text, lang", [
    ("Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n\n"
     "\"We oppose unilateral sanctions,\" Wang told reporters. He added that China would deepen its coordination "
     "with Russia.", "en"),
    ("Der russische Außenminister Sergej Lawrow traf am Montag in Peking den chinesischen Außenminister Wang Yi.\n\n"
     "„Wir lehnen einseitige Sanktionen ab“, sagte Wang vor Journalisten. Er fügte hinzu, China werde die "
     "Zusammenarbeit mit Russland vertiefen.", "de"),
])
def test_he_added_after_a_quote_is_its_speaker(coder, text, lang):
    """The pronoun of the next sentence is the speaker of the quote before it (named by surname), not the person
    named last in the paragraph before."""
    added = [e for e in statements(coder, text, lang) if e.rule_id.endswith((":add", ":fuegte-hinzu"))]
    assert added and all((e.source_actor, e.source_text) == ("CHN", "Wang") for e in added)
