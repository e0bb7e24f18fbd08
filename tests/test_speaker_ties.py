"""Who speaks for whom (issue 16): a staff role with field words before it ("a senior
communications adviser to X") is the base role; a noun of opposition or relation before a name
("A critic of Acme, Ann Lee,") ties nobody to the organisation. Made-up sentences."""

from __future__ import annotations

import pytest

import geolib
from geolib.quotes import quotes


def actors(text: str) -> list[list]:
    return quotes(geolib.Document(text, doc_id="t"))[["speaker", "speaker_actor", "speaker_agency"]].values.tolist()


@pytest.mark.parametrize("text, party", [
    ('Jane Roe, a senior communications adviser to the Republican National Committee, said, "We will win."',
     "Republican Party"),
    ('Jane Roe, a communications adviser for the Democratic Party, said, "We will win."', "Democratic Party"),
])
def test_staff_role_with_field_words_is_the_base_role(text, party):
    assert actors(text) == [["Jane Roe", party, party]]


def test_staff_role_with_field_words_at_a_company():
    assert actors('Jane Roe, a deputy digital press director for Acme Corp, said, "We will win."')[0][2] \
        == "Acme Corporation"


def test_former_staff_role_with_field_words_speaks_for_nobody():
    assert actors('Jane Roe, a former communications adviser to the Republican National Committee, '
                  'said, "We will win."') == [["Jane Roe", None, None]]


@pytest.mark.parametrize("noun", ["critic", "rival", "victim", "longtime opponent"])
def test_relation_noun_before_a_name_ties_nobody(noun):
    assert actors(f'A {noun} of the company Acme, Ann Lee, said, "They are lying to us all."') == [
        ["Ann Lee", None, None]]


def test_role_noun_before_a_name_still_ties():
    assert actors('A spokesman for the company Acme, Ann Lee, said, "They are not lying."')[0][2] == "Acme"


@pytest.mark.parametrize("title, party", [("Democratic state Sen.", "Democratic Party"),
                                          ("Republican state Rep.", "Republican Party")])
def test_state_legislator_abbreviated_with_a_party(title, party):
    assert actors(f'Lawmakers met in Columbus, Ohio. {title} Jane Roe said, "We will cut taxes this year."') \
        == [["Jane Roe", "United States", party]]


def test_governor_with_a_party():
    assert actors('Republican Gov. Jane Roe said, "We will cut taxes this year."') == [
        ["Jane Roe", "United States", "Republican Party"]]
