"""Speakers tied to their state and party by the shapes of US and international news (issue 16,
session 27): party labels set off by commas ("Sen. Jane Roe, R-Texas"), a legislator's title with
a party apposition ("Rep. John Doe, a Democrat"), a state's title given to a person whose terms
in the lexicon end before the story ("Niger's President X"), and a title-like surname after a
middle initial or a first name ("Peter T. King"). Made-up sentences."""

from __future__ import annotations

import pytest

import geolib
from geolib import quotes
from geolib.actors.parties import legislator_title_before


def said(text: str, date: str = "") -> list[list]:
    doc = geolib.Document(text, meta={"date": date} if date else {})
    return quotes(doc)[["speaker", "speaker_actor", "speaker_agency"]].values.tolist()


@pytest.mark.parametrize("text, party", [
    ('"We will block this bill," said Sen. Jane Roe, R-Texas.', "Republican Party"),
    ('"We will block this bill," said Sen. Jane Roe, D-Ore., on Monday.', "Democratic Party"),
    ('Rep. Jane Roe, D-N.J., said the bill "will never pass the House."', "Democratic Party"),
])
def test_a_party_label_between_commas(text, party):
    assert said(text)[0] == ["Jane Roe", "United States", party]


def test_a_comma_label_carries_to_the_surname():
    text = '"It will not work," said Sen. Jane Roe, R-Texas. Roe also said "it is dead on arrival."'
    assert [r[1:] for r in said(text)] == [["United States", "Republican Party"]] * 2


def test_a_hyphenated_word_after_a_comma_is_no_label():
    assert said('"We were there," said Jane Roe, a D-Day veteran.')[0][1:] == [None, None]


@pytest.mark.parametrize("text, party", [
    ('"We will block this bill," said Rep. John Doe, a Democrat from Ohio.', "Democratic Party"),
    ('"We will block this bill," said Sen. John Doe, a Republican.', "Republican Party"),
])
def test_a_legislator_s_title_and_a_party_apposition(text, party):
    assert said(text)[0][1:] == ["United States", party]


def test_a_party_apposition_without_an_office_is_the_party_s_alone():
    assert said('"We will block this bill," said John Doe, a Republican.')[0][1:] == \
        ["Republican Party", "Republican Party"]


def test_legislator_title_before():
    assert legislator_title_before("Congresswoman Jane Roe", 14)
    assert not legislator_title_before("Gov. Jane Roe", 5)


def test_a_state_s_title_outlasts_the_lexicon_s_terms():
    # the lexicon's terms of Mahamadou Issoufou end in the 1990s; the text says he is president
    text = '"We will hold the election on time," said Niger\'s President Mahamadou Issoufou.'
    assert said(text, "2016-03-01")[0][1:] == ["Niger", "Niger"]


def test_a_known_person_with_no_state_title_stays_nobody_s():
    text = '"We will hold the election on time," said Mahamadou Issoufou.'
    assert said(text, "2016-03-01")[0][1:] == [None, None]


@pytest.mark.parametrize("text, name", [
    ('"The plan will not work," said Rep. Peter T. King, R-N.Y.', "Peter T. King"),
    ('"The plan will not work," said Rep. Peter King.', "Peter King"),
    ('"The plan will not work," said Peter T. King.', "Peter T. King"),
])
def test_a_title_like_surname_stays_in_the_name(text, name):
    assert said(text)[0][0] == name


def test_a_middle_initial_inside_an_unknown_legislator_s_name():
    text = '"The plan will not work," said Rep. Peter T. King, R-N.Y.'
    assert said(text)[0] == ["Peter T. King", "United States", "Republican Party"]


def test_a_king_is_still_a_title():
    assert said('"The plan will work," said King Abdullah.')[0][0] == "Abdullah"


def test_a_party_owned_legislator_s_surname_keeps_the_state():
    text = '"We will win this fight," said Democratic Sen. John Doe. Doe also said "it is ours to lose."'
    assert [r[1:] for r in said(text)] == [["United States", "Democratic Party"]] * 2


@pytest.mark.parametrize("text, state, party", [
    ('"It was different then," Representative Peter T. King, Republican of New York, said of it.',
     "United States", "Republican Party"),
    ('"It was different then," said Representative Jane Roe, Democrat of Ohio, on Monday.',
     "United States", "Democratic Party"),
    ('"It was different then," said Jane Roe, Republican of Ohio.', "Republican Party", "Republican Party"),
])
def test_party_and_state_after_a_comma_without_article(text, state, party):
    assert said(text)[0][1:] == [state, party]


def test_a_bare_party_word_after_a_comma_ties_nobody():
    assert said('Jane Roe, Democrat, said "it was different then."')[0][1:] == [None, None]


def test_a_surname_alone_speaks_as_the_one_person_of_that_name():
    text = 'Jeb Bush spoke in Iowa. Later, "We will win this state," Bush said.'
    assert said(text, "2015-09-01")[0][1:] == ["Republican Party", "Republican Party"]


@pytest.mark.parametrize("text", [
    'Hillary Clinton spoke. Bill Clinton arrived later. "We will win this state," Clinton said.',
    'Jeb Bush spoke. George Bush came later. "We will win this state," Bush said.',
])
def test_a_surname_two_people_share_speaks_for_nobody(text):
    assert said(text, "2015-09-01")[0][1:] == [None, None]


def test_a_spouse_is_not_counted_as_the_candidate():
    text = 'Jeb Bush spoke in Iowa. Later, "We will win this state," Mrs. Bush said.'
    assert said(text, "2015-09-01")[0][1:] == [None, None]


def test_a_former_office_holder_between_terms_holds_no_office():
    # John Bolton's terms: UN ambassador 2005-2006, national security advisor 2018-2019
    text = '"The deal is a disaster," said John Bolton.'
    assert said(text, "2016-05-01")[0][1:] == [None, None]
    assert said(text, "2018-06-01")[0][1] == "United States"


def test_between_terms_needs_a_hand_made_term_that_ended():
    from geolib.actors.affiliations import Term, between_terms
    made = (Term("USAGOV", "United States", "2017-03-02", "2021-01-20", "", 1),)
    assert between_terms(made, "2016-05-01") is None  # before the first: maybe an office not listed
    assert between_terms(made, "2022-05-01") == ("USAELI", "United States")
    converted = (Term("USAGOV", "United States", "2009-01-01", "2010-01-01", "", 0),)
    assert between_terms(converted, "2016-05-01") is None


def test_a_party_description_speaks_as_the_one_party_member_named_before():
    text = 'Sen. Ted Cruz spoke in Iowa on Monday. "We will win this state," said the Texas Republican.'
    assert said(text, "2016-01-10")[0][1:] == ["United States", "Republican Party"]


@pytest.mark.parametrize("text", [
    'Sen. Ted Cruz and Sen. Rand Paul spoke in Iowa. "We will win this state," said the Texas Republican.',
    'Sen. Ted Cruz spoke in Iowa. "We will win this state," the Republican National Committee said.',
])
def test_a_party_description_with_two_members_or_the_party_itself_stays_the_party_s(text):
    assert said(text, "2016-01-10")[0][1:] == ["Republican Party", "Republican Party"]


def test_a_cabinet_secretary_of_no_state_speaks_for_the_country_of_the_places():
    text = 'Workers in Ohio and New York walked out. "The parties have a deal," Labor Secretary Jane Roe said.'
    assert said(text)[0][1:] == ["United States", "United States Department of Labor"]


@pytest.mark.parametrize("text", [
    'Workers walked out. "The parties have a deal," Labor Secretary Jane Roe said.',  # no place
    'Workers in Ohio walked out. Britain and Britain again. "We have a deal," Labor Secretary Jane Roe said.',
])
def test_a_cabinet_secretary_without_one_country_stays_nobody_s(text):
    assert said(text)[0][1:] == [None, None]
