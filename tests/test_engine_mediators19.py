"""A mediator named by a compound adjective ("a US-brokered peace declaration", "a Qatari-mediated ceasefire", "ein
US-vermitteltes Abkommen") is no party of the agreement the parties sign or agree to (cues affiliation_suffixes, as
"Iran-backed"; trigger_blockers "- brokered", "- mediated"): "Armenia and Azerbaijan signed a US-brokered peace
declaration" is 057 ARM<->AZE (was a three-way 057 with the USA), "Israel and Hamas agreed to a Qatari-mediated
ceasefire" 0356 ISR<->PSE (was 039/0356 toward Qatar). The compound names no act of the mediator (no 045 row: the
dev sets' annotators code none for it); a finite or prepositional mediation keeps its 045 ("Qatar mediated talks
between ...", "unter Vermittlung Katars")."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from tests.engine_rows import coded_rows

PUB = date(2026, 11, 25)
rows = functools.partial(coded_rows, published=PUB)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Armenia and Azerbaijan signed a US-brokered peace declaration at the White House on Friday.",
     {("057", "ARM", "AZE"), ("057", "AZE", "ARM")}),
    ("en", "Sudan and South Sudan signed a Qatari-mediated oil agreement in Doha on Sunday.",
     {("057", "SDN", "SSD"), ("057", "SSD", "SDN")}),
    ("en", "Israel and Hamas agreed to a Qatari-mediated ceasefire on Sunday.",
     {("0356", "ISR", "PSE"), ("0356", "PSE", "ISR")}),
    ("en", "Rwanda and Burundi agreed to a US-brokered ceasefire on Tuesday.",
     {("0356", "RWA", "BDI"), ("0356", "BDI", "RWA")}),
    ("de", "Armenien und Aserbaidschan haben am Freitag ein US-vermitteltes Friedensabkommen unterzeichnet.",
     {("057", "ARM", "AZE"), ("057", "AZE", "ARM")}),
    ("de", "Thailand und Kambodscha haben ein Malaysia-vermitteltes Abkommen unterzeichnet.",
     {("057", "THA", "KHM"), ("057", "KHM", "THA")}),
])
def test_a_mediator_compound_is_no_party(coder, lang, text, expected):
    assert rows(coder, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Qatar mediated talks between Israel and Hamas.", ("045", "QAT", "ISR")),
    ("de", "Katar vermittelte zwischen Israel und der Hamas.", ("045", "QAT", "ISR")),
    ("de", "Israel und die Hamas haben unter Vermittlung Katars ein Abkommen unterzeichnet.", ("045", "QAT", "PSE")),
    ("en", "Iran-backed militias attacked US troops.", ("190", None, "USA")),
])
def test_a_named_mediation_keeps_its_mediator(coder, lang, text, expected):
    assert expected in rows(coder, text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    # the possessor before an affiliation compound owns the compound's head noun ("Sudan's army-backed government"
    # is Sudan's government; was no actor, the whole mention dropped as an affiliation)
    ("Sudan's army-backed government accused the United Arab Emirates on Monday of supplying weapons to paramilitary "
     "forces.", ("112", "SDN", "ARE")),
    ("Myanmar's military-backed government expelled a Thai diplomat on Tuesday.", ("166", "MMR", "THA")),
])
def test_the_possessor_of_an_affiliation_compound_acts(coder, text, expected):
    assert expected in rows(coder, text, "en")


@pytest.mark.parametrize("text", ["Iran-backed militias attacked US troops on Sunday.",
                                  "Iranian army-backed militias attacked US troops on Sunday."])
def test_an_affiliation_compound_without_a_possessor_names_nobody(coder, text):
    assert rows(coder, text, "en") == {("190", None, "USA")}
