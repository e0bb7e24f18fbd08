"""Officials of sub-national governments speak for their country (geolib/data/sub_national_offices.csv);
"the company's" / "the university's" names the one such organisation of the document (geolib.roles).
Made-up sentences."""

import pytest

import geolib


def _speaker(text: str) -> list:
    q = geolib.quotes(text)
    return q[["speaker_actor", "speaker_agency"]].iloc[0].tolist()


@pytest.mark.parametrize("text, state", [
    ('"We will not back down," Texas Gov. Jane Roe said on Monday.', "United States"),
    ('"We will not back down," said Gov. Jane Roe of Ohio.', "United States"),
    ('"We will not back down," California\'s attorney general said.', "United States"),
    ('"The streets are safe again," the mayor of Chicago told reporters.', "United States"),
    ('"We are ready for the storm," said John Doe, the mayor of Houston.', "United States"),
    ('"The roads are open," Ontario Premier John Doe told reporters.', "Canada"),
    ('"We need help," Zhejiang Governor Li Ming said.', "China"),
    ('"We are fine," said Scotland\'s First Minister Jane Roe.', "United Kingdom"),
])
def test_sub_national_official_speaks_for_the_country(text, state):
    actor, agency = _speaker(text)
    assert actor == state
    assert agency is None or agency != agency  # no body of the country's: not its justice ministry


@pytest.mark.parametrize("text", [
    '"We will reopen the state," Georgia Gov. Jane Roe said.',
    '"We are open," said Jane Roe, the governor of Georgia.',
    '"We will count every vote," said Georgia Secretary of State John Doe.',
])
def test_a_state_name_before_a_governor_is_the_us_state_of_that_name(text):
    # "Georgia" is a country of the lexicon and a US state (a place): a governor is the US state's
    assert _speaker(text)[0] == "United States"


def test_the_country_of_that_name_stays_itself():
    assert _speaker('"We stand with Ukraine," said the Georgian prime minister, Jane Roe.')[0] == "Georgia"
    text = "Georgia Gov. Jane Roe said Georgia and Russia fought a war in 2008."
    a = geolib.actors(text)
    assert a[["actor", "affiliation"]].values.tolist()[0] == ["Jane Roe", "United States"]
    assert a["actor"].tolist()[1:] == ["Georgia", "Russia"]
    assert [text[s:e] for s, e in zip(a["start"], a["end"])] == a["text"].tolist()


def test_state_legislator_with_a_party_label():
    assert _speaker('"The budget is balanced now," said state Sen. Jane Roe (D).') == \
        ["United States", "Democratic Party"]


def test_named_official_is_a_person_the_place_stays_a_place():
    a = geolib.actors('"We will not back down," Texas Gov. Jane Roe said. She lives in Texas.')
    assert a[["actor", "type"]].values.tolist() == [["Jane Roe", "person"]]
    assert a["affiliation"].tolist() == ["United States"] and a["title"].tolist() == ["gov. of Texas"]
    assert geolib.actors("The mayor of Chicago spoke in Texas.").empty  # no state mention


@pytest.mark.parametrize("text", [
    '"It is a good day," said Jane Roe, a Texas resident.',
    '"It is a good day," said the mayor.',
])
def test_no_office_or_no_place_speaks_for_nobody(text):
    assert _speaker(text) == [None, None]


def test_the_company_s_executive_when_one_company_was_named():
    text = 'Toyota said profits fell. "We are disappointed," the company\'s chief executive said.'
    assert _speaker(text) == ["Toyota", "Toyota"]
    text = 'Harvard University closed. "Safety comes first," the university\'s president said.'
    assert _speaker(text) == ["Harvard University", "Harvard University"]


def test_the_company_s_executive_ambiguous_is_nobody():
    text = 'Toyota and Honda said profits fell. "We are disappointed," the company\'s chief executive said.'
    assert _speaker(text) == [None, None]


def test_the_company_of_the_text_and_a_university_spokesman():
    text = 'Acme Corp said profits fell. "We are disappointed," the firm\'s spokeswoman said.'
    assert _speaker(text) == ["Acme Corporation", "Acme Corporation"]
    text = 'Harvard University closed its campus. "Safety comes first," a university spokesman said.'
    assert _speaker(text) == ["Harvard University", "Harvard University"]
    # a lexicon company and a company of the text: which one is meant is not said
    text = 'Toyota and Acme Corp said profits fell. "We are sorry," the company\'s chief executive said.'
    assert _speaker(text) == [None, None]


def test_the_company_named_long_before_is_nobody():
    text = ("Toyota said profits fell.\n\nSales were weak.\n\nThe market was flat.\n\n"
            '"We are disappointed," the company\'s chief executive said.')
    assert _speaker(text) == [None, None]
