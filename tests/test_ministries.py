"""Issue 16, ministers and parties: a minister or official speaks for their ministry (roles.csv
``body`` -> the state's ministry of agencies.csv; terms.csv ``agency``), a head of state or
government for the state, a legislator for their party; the parties of states other than the
US and UK. Made-up sentences only."""

from __future__ import annotations

import importlib
import io

import pytest

from geolib import Document, actors, quotes

A = importlib.import_module("geolib.actors.affiliations")


def _roles(text: str) -> list[tuple[str, str, str]]:
    return [(r.text, r.actor, r.agency) for r in actors(text).itertuples()]


def _speaker(text: str, date: str = "") -> tuple[str, str, str]:
    doc = Document(text, meta={"date": date}) if date else text
    q = quotes(doc)
    assert len(q) == 1, q
    return q.speaker.iloc[0], q.speaker_actor.iloc[0], q.speaker_agency.iloc[0]


@pytest.mark.parametrize("text, actor, agency", [
    ("Britain's transport secretary Jane Roe spoke on Monday.", "United Kingdom", "Department for Transport"),
    ("The French defence minister visited the base.", "France", "Ministry of the Armed Forces of France"),
    ("A Chinese foreign ministry spokesperson denied it.", "China", "Ministry of Foreign Affairs of China"),
    ("He met Interior Minister John Doe of France on Monday.", "France", "Ministry of the Interior of France"),
    ("He met Foreign Minister Jane Roe of France.", "France", "Ministry for Europe and Foreign Affairs"),
    ("U.S. Attorney General Jane Roe filed the suit.", "United States", "United States Department of Justice"),
    ("Germany's health minister, Jane Roe, spoke.", "Germany", "Federal Ministry of Health of Germany"),
    ("Britain's Home Secretary Jane Roe spoke.", "United Kingdom", "Home Office"),
    ("The Japanese finance minister spoke.", "Japan", "Ministry of Finance of Japan"),
    ("Brazil's agriculture minister spoke.", "Brazil", "Ministry of Agriculture of Brazil"),
    ("The U.S. labor secretary spoke.", "United States", "United States Department of Labor"),
])
def test_a_role_and_its_state_name_the_ministry(text, actor, agency):
    found = [r for r in _roles(text) if r[2]]
    assert [(a, g) for _, a, g in found] == [(actor, agency)], _roles(text)


def test_a_past_role_or_a_role_with_no_ministry_names_none():
    assert _roles("Former transport secretary Jane Roe spoke.") == []
    assert all(not g for _, _, g in _roles("The French President spoke."))


def test_a_minister_speaks_for_the_ministry_a_head_of_state_for_the_state_a_legislator_for_the_party():
    assert _speaker('"We will build more roads," said Britain\'s transport secretary Jane Roe.')[1:] == \
        ("United Kingdom", "Department for Transport")
    assert _speaker('"We are ready," the French defence minister said.')[1:] == \
        ("France", "Ministry of the Armed Forces of France")
    assert _speaker('"No deal," said French President Jane Roe.')[1:] == ("France", "France")
    assert _speaker('"No deal," said Sen. Jane Roe (D-Mass.).')[1:] == ("United States", "Democratic Party")


def test_a_known_minister_speaks_for_the_ministry_of_the_term_on_the_date():
    text = '"We will build more roads," Grant Shapps said.'
    assert _speaker(text, "2020-06-01")[1:] == ("United Kingdom", "Department for Transport")
    assert _speaker(text, "2024-06-01")[2] != "Department for Transport"
    assert A.body_on("Jeff Sessions", "2018-03-01") == "United States Department of Justice"
    assert A.body_on("Mike Pompeo", "2017-06-01") == "Central Intelligence Agency"
    assert A.body_on("Mike Pompeo", "2019-06-01") == "Department of State"


def test_a_title_in_the_text_gives_a_known_person_the_ministry_of_their_state():
    assert _speaker('"Rates will hold," said Treasury Secretary Steven Mnuchin.')[1:] == \
        ("United States", "United States Department of the Treasury")


def test_terms_agency_is_checked_on_load():
    good = io.StringIO("person,code,affiliation,party,start,end,note,agency\n"
                       "Jane Roe,GBRGOV,United Kingdom,,2020-01-01,,transport secretary,Department for Transport\n")
    assert A.read_terms(good)[0][1].agency == "Department for Transport"
    bad = io.StringIO("person,code,affiliation,party,start,end,note,agency\n"
                      "Jane Roe,FRAGOV,France,,2020-01-01,,transport minister,Department for Transport\n")
    with pytest.raises(ValueError, match="line 2.*no body of 'France'"):
        A.read_terms(bad)


def test_every_role_body_names_a_ministry_of_the_big_states():
    bodies = A.body_agencies()
    keys = set(A.role_bodies().values())
    core = {"foreign ministry", "defence ministry", "finance ministry", "justice ministry", "health ministry"}
    assert core <= keys
    for state in ("United States", "United Kingdom", "France", "Germany", "Italy", "Canada", "Australia",
                  "India", "Japan", "South Korea", "Brazil", "Mexico", "South Africa", "Turkey", "Russia",
                  "China", "Spain", "Poland", "Israel", "Indonesia"):
        missing = [k for k in core if (state, k) not in bodies]
        assert not missing, f"{state}: no ministry for {missing}"


@pytest.mark.parametrize("text, party", [
    ('"Scotland will decide," said SNP leader Jane Roe.', "Scottish National Party"),
    ('"Never," said Fidesz spokesman John Doe.', "Fidesz"),
    ('"It is unlawful," said Jane Roe of the Scottish National Party.', "Scottish National Party"),
    ('"We will win," said PSOE leader John Doe.', "Spanish Socialist Workers' Party"),
])
def test_party_people_of_other_states_speak_for_their_party(text, party):
    assert _speaker(text)[2] == party


def test_party_abbreviations_that_are_common_words_are_case_sensitive():
    assert not any(a == "Law and Justice" for _, a, _ in _roles("The pis of the town."))
    assert any(a == "Law and Justice" for _, a, _ in _roles("The PiS won the vote."))


def test_a_state_after_a_name_is_the_ministers_only():
    assert [a for _, a, _ in _roles("Senator John Doe of Georgia spoke.")] == []  # a US state's
    assert [a for _, a, _ in _roles("The Bank of China lent it.")] == ["Bank of China"]


def test_a_ministers_title_with_no_state_is_nobodys():
    # the document's state is not guessed: US and UK news write their own ministers bare in
    # stories about other states ("Secretary of State Jane Roe" in a story about Ruritania)
    text = 'The United States will act. "Farmers need help," said Agriculture Secretary Jane Roe.'
    assert _speaker(text)[1:] == (None, None)


def test_a_sub_national_title_names_no_ministry_of_the_state():
    text = 'The United States will act. "We will sue," said California Attorney General Jane Roe.'
    assert _speaker(text)[2] != "United States Department of Justice"
    text = '"We will sue," said California Attorney General Xavier Becerra.'
    assert _speaker(text, "2019-03-01")[1:] == ("United States", "United States")
