"""Speaker spans cut at the right words (issue 16, session 26 round 2): an abbreviated state before
an abbreviated title ("Tex. Gov."), an envoy's title with the place sent to ("Ambassador to
Germany"), and a capitalised reporting verb opening the line ("Stated Lee:"). Made-up sentences."""

from __future__ import annotations

import pytest

import geolib
from geolib import quotes


def said(text: str) -> list[list]:
    q = quotes(geolib.Document(text))
    return q[["speaker", "speaker_actor", "speaker_start", "speaker_end"]].values.tolist()


def test_an_abbreviated_state_and_title_are_one_speaker_phrase():
    text = '"We will sue the administration today," said Tex. Gov. Jane Roe.'
    [[speaker, actor, a, b]] = said(text)
    assert (speaker, actor) == ("Jane Roe", "United States")
    assert text[a:b] == "Tex. Gov. Jane Roe"


@pytest.mark.parametrize("name", ["Jane Roe", "Jane B. Roe"])
def test_an_ambassador_to_a_country_speaks_for_the_sending_state(name):
    text = f'"We will act soon," said US Ambassador to South Korea {name}.'
    [[speaker, actor, a, b]] = said(text)
    assert (speaker, actor) == (name, "United States")
    assert text[a:b] == f"US Ambassador to South Korea {name}"


def test_an_ambassador_without_a_name_keeps_the_place_in_the_phrase():
    [[speaker, actor, _, _]] = said('"We will act soon," said the US ambassador to the United Nations.')
    assert (speaker, actor) == ("US ambassador to the United Nations", "United States")


@pytest.mark.parametrize("text", [
    'The talks failed. Stated Lee: "We will not go back to the table."',
    'The talks failed.\n\nStated Lee: "We will not go back to the table."',
])
def test_a_capitalised_opening_cue_is_no_part_of_the_name(text):
    [[speaker, _, a, b]] = said(text)
    assert speaker == "Lee" and text[a:b] == "Lee"


def test_added_before_a_full_name():
    text = 'The talks failed.\n\nAdded Jane Roe: "We will not go back to the table."'
    [[speaker, _, a, b]] = said(text)
    assert speaker == "Jane Roe" and text[a:b] == "Jane Roe"


def test_the_commissioner_is_the_one_commissioner_named_before():
    text = ('In London, Britain, Police Commissioner John Smith met reporters. '
            '"We have arrested three men," the commissioner said.')
    [[speaker, actor, _, _]] = said(text)
    assert (speaker, actor) == ("John Smith", "United Kingdom")


@pytest.mark.parametrize("text", [
    # two commissioners named: which one speaks is unknown
    'In Nairobi, Kenya, police commissioner John Kamau and Police Commissioner Ann Lee met. '
    '"We have arrested three men," the commissioner said.',
    # nobody named with the title
    'The commissioner met reporters. "We have arrested three men," the commissioner said.',
])
def test_the_commissioner_without_one_named_commissioner_is_nobody(text):
    [[speaker, actor, _, _]] = said(text)
    assert (speaker, actor) == ("commissioner", None)


def test_the_president_is_not_the_vice_president():
    text = 'Vice President Joe Smith met President Jane Roe. "We will act," the president said.'
    assert said(text)[0][0] == "Jane Roe"


def test_a_titled_surname_is_not_a_relative_s_full_name():
    text = 'President Roe met Mary Roe. "We will act," the president said.'
    assert said(text)[0][0] == "Roe"


def test_an_ambassador_to_a_country_as_the_subject_before_the_verb():
    text = 'US Ambassador to Germany Richard Grenell alleged that Acme had "helped the regime".'
    [[speaker, actor, a, b]] = said(text)
    assert (speaker, actor) == ("Richard Grenell", "United States")
    assert text[a:b] == "US Ambassador to Germany Richard Grenell"
