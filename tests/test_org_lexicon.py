"""Organisations of the shipped lexicon (issue 16): companies, outlets, universities, NGOs and
sports bodies that world news quotes, and one-word names that are also surnames or words.
Made-up sentences only."""

from __future__ import annotations

import geolib
import pytest
from geolib.actors import document_mentions
from geolib.document import Document


def named(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in document_mentions(Document(text)) if m.type == "organisation"]


@pytest.mark.parametrize("text, actor", [
    ("Pfizer said the trial went well.", "Pfizer"),
    ("Shares of ExxonMobil fell.", "ExxonMobil"),
    ("Researchers at MIT built it.", "Massachusetts Institute of Technology"),
    ("A report by Brookings found more.", "Brookings Institution"),
    ("Greenpeace protested at the port.", "Greenpeace"),
    ("The NRA opposed the bill.", "National Rifle Association"),
    ("UEFA fined the club.", "UEFA"),
    ("The OPCW sent inspectors.", "Organisation for the Prohibition of Chemical Weapons"),
    ("Ford Motor Co. cut jobs, and Ford said more would go.", "Ford Motor Company"),
])
def test_a_known_organisation_is_named(text, actor):
    assert {a for _, a in named(text)} == {actor}


@pytest.mark.parametrize("text", [
    "Harrison Ford said the film was good.",  # a first name before a company's name
    "Fiona Apple sang at the gala.",
    "President Ford signed the bill.",  # a person's title
    "Mr. Dell declined to comment.",
    "Gerald Ford was president. Later, Ford said no.",  # Ford alone: never the company before its full name
    "Jane Shell, a teacher, spoke. Shell left later.",  # a surname the document gave a person
    "Ford said sales fell.",
    "The apple harvest failed in the Amazon basin.",  # words in lower case are no company
    "Target dates were missed.",  # a common word is no company alone
])
def test_a_surname_or_a_word_is_no_company(text):
    assert named(text) == []


def test_a_company_after_a_date_or_lower_case_word_is_still_the_company():
    assert named("On Monday Apple said sales rose. The tech giant Shell denied it.") == [
        ("Apple", "Apple"), ("Shell", "Shell")]


def test_a_spokeswoman_of_a_known_company_speaks_for_it():
    q = geolib.quotes(Document('"We will appeal," said Jane Roe, a spokeswoman for Pfizer.', doc_id="x"))
    assert q[["speaker", "speaker_agency"]].values.tolist() == [["Jane Roe", "Pfizer"]]


@pytest.mark.parametrize("text, actor", [
    ("The Harvard Law School dean spoke.", "Harvard Law School"),  # a unit of a known body: the longer name
    ("The Johns Hopkins Center for Health Security said so.", "Johns Hopkins Center for Health Security"),
    ("Pfizer Inc said so.", "Pfizer"),  # a company word ends no longer name
    ("The NATO Council met.", "NATO"),  # an international organisation keeps its name
])
def test_a_known_name_inside_a_longer_organisation_name(text, actor):
    assert [a for _, a in named(text)] == [actor]


def test_a_first_name_after_a_known_name_makes_a_person():
    assert named("Cornell William Brooks spoke.") == []


def test_a_new_name_after_a_non_outlet_possessive_is_no_member():
    found = document_mentions(Document("Near the stadium, the National Football League's Charlotte Panthers played."))
    assert [m.agency for m in found if m.type == "person" and m.agency] == []
