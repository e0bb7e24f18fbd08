"""A person's office on the story's date (issue 16, session 28): a date before every term the
dictionaries give a person, or after the end of a career the converted dictionary records, is no
office; a state office's title before the name says otherwise before the first term; a title in a
sentence that opens with an earlier year is of that year. Made-up sentences."""

from __future__ import annotations

import pytest

import geolib
from geolib import quotes
from geolib.actors.affiliations import Term, after_terms, before_terms
from geolib.actors.office_dates import past_before, title_before, year_opening


def said(text: str, date: str = "") -> list[list]:
    doc = geolib.Document(text, meta={"date": date} if date else {})
    return quotes(doc)[["speaker", "speaker_actor", "speaker_agency"]].values.tolist()


def test_before_the_first_term_a_known_person_holds_no_office():
    # Jake Sullivan's terms: national security advisor 2021-2025, then none
    text = '"The plan is sound and we will keep it," said Jake Sullivan, a campaign adviser.'
    assert said(text, "2016-05-01")[0][1:] == [None, None]
    assert said(text, "2022-05-01")[0][1] == "United States"
    assert said(text)[0][1] == "United States"  # no date: the lexicon's office, as before


def test_before_the_first_term_a_state_title_gives_the_office():
    text = '"The plan is sound and we will keep it," said Deputy Secretary Jake Sullivan.'
    assert said(text, "2012-05-01")[0][1] == "United States"
    text = '"The plan is sound and we will keep it," said spokesman Jake Sullivan.'
    assert said(text, "2012-05-01")[0][1:] == [None, None]  # a spokesman of whom the text does not say


def test_a_retired_rank_is_no_office():
    text = '"The plan is sound and we will keep it," said retired Lt. Gen. Jake Sullivan.'
    assert said(text, "2012-05-01")[0][1:] == [None, None]


def test_after_a_career_the_converted_dictionary_records_a_person_holds_no_office():
    # John Podesta in Phoenix: USAELI 1967-1998, White House chief of staff 1998-2001
    text = '"The plan is sound and we will keep it," said John Podesta, the campaign chairman.'
    assert said(text, "2016-07-18")[0][1:] == [None, None]
    assert said(text, "2000-05-01")[0][1] == "United States"


@pytest.mark.parametrize("opening, state", [
    ("In 1999, a year after the vote, ", "Republican Party"),  # the title is of 1999: a former legislator
    ("", "United States"),
])
def test_a_title_in_a_sentence_about_an_earlier_year_is_a_past_office(opening, state):
    text = (f"{opening}Representative Jane Q. Roe, Republican of Ohio, met the president. "
            '"We have patched it up and it felt good," Ms. Roe said.')
    assert said(text, "2015-12-15")[0][1:] == [state, "Republican Party"]


def test_the_rules_read_terms_and_words():
    t = (Term("USAGOV", "United States", "2017-01-20", "2017-07-21", "", 1),)
    assert before_terms(t, "2016-05-05") == ("USAELI", "United States")
    assert before_terms(t, "2017-03-01") is None and before_terms((), "2016-01-01") is None
    assert after_terms(t, "2018-01-01") is None  # no ELI term: maybe where a list stops
    assert year_opening("Back in March 2004, she ran.") == 2004
    assert year_opening("In the 1990s she ran.") is None and year_opening("In 2,000 cases ...") is None
    assert title_before("the attorney general, Jane Roe", 22).role == "attorney general"
    assert title_before("the secretary, Jane Roe", 15) is None  # weak: only capitalised, right before
    assert past_before("the former Rep. Jane Roe", 16)
