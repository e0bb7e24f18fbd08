"""Dated terms of office with their party (geolib/data/terms.csv, hand-made, on top of the Phoenix
conversion): the file's format, and the party and state of a person on the document's date."""

from __future__ import annotations

import io
from collections import defaultdict

import pandas as pd
import pytest

from geolib import Document, actors, load_actor_lexicon, quotes
from geolib.actors.affiliations import CODE_PATTERN, person_terms, read_terms, term_at
from geolib.lexicons import read_table
from geolib.resources import data_path


@pytest.fixture(scope="module")
def table():
    return read_table(data_path("terms.csv"), kind="actor terms",
                      required=("person", "code", "affiliation", "party", "start", "end", "note"))


@pytest.fixture(scope="module")
def lexicon():
    return load_actor_lexicon()


def _said(name: str, date: str | None) -> list:
    text = f'"We will win this," {name} said on Monday.'
    q = quotes(Document(text, meta={"date": date}) if date else text)
    return q[["speaker_actor", "speaker_agency"]].values.tolist()


def test_every_row_is_well_formed(table, lexicon):
    actor_code = dict(zip(lexicon.actor, lexicon.code))
    persons = set(lexicon.actor[lexicon.type == "person"])
    parties = set(lexicon.actor[(lexicon.type == "group") & lexicon.code.str[3:6].eq("PTY")])
    assert len(table) >= 300
    for rec, line in zip(table.records(), table.lines):
        where = f"terms.csv line {line}"
        assert rec["person"] in persons, where
        assert CODE_PATTERN.match(rec["code"]), where
        # the code's first letters are its affiliation's (USA for United States, IGO for NATO)
        assert rec["code"][:3] == actor_code[rec["affiliation"]][:3], where
        assert rec["party"] == "" or rec["party"] in parties, where
        for day in (rec["start"], rec["end"]):
            assert day == "" or pd.Timestamp(day).strftime("%Y-%m-%d") == day, where
        assert not (rec["start"] and rec["end"]) or rec["start"] <= rec["end"], where


def test_one_persons_hand_made_terms_do_not_overlap(table):
    # two offices at once are written as one row, so a date picks one party without a tie
    rows = defaultdict(list)
    for rec in table.records():
        rows[rec["person"]].append((rec["start"] or "0000", rec["end"] or "9999", rec["party"]))
    for person, spans in rows.items():
        spans.sort()
        for (s1, e1, p1), (s2, e2, p2) in zip(spans, spans[1:]):
            assert e1 <= s2 or p1 == p2, (person, s1, s2)


def test_a_malformed_row_names_the_file_and_line():
    head = "person,code,affiliation,party,start,end\n"
    with pytest.raises(ValueError, match=r"line 2: start 2020-01-01 .* after its end"):
        read_terms(io.StringIO(head + "Jane Roe,USAGOV,United States,,2020-01-01,2019-01-01\n"))
    with pytest.raises(ValueError, match=r"line 2: end '2020-02-30'"):
        read_terms(io.StringIO(head + "Jane Roe,USAGOV,United States,,2020-01-01,2020-02-30\n"))
    with pytest.raises(ValueError, match=r"line 2: code 'usa'"):
        read_terms(io.StringIO(head + "Jane Roe,usa,United States,,,\n"))


def test_hand_made_terms_win_over_the_phoenix_ones():
    # Phoenix gives Obama an open presidency (USAGOV from 2009-01-20); terms.csv ends it
    obama = person_terms()["Barack Obama"]
    assert any(t.rank == 0 and t.code == "USAGOV" and t.end == "" for t in obama)
    assert term_at(obama, "2019-05-01").code == "USAELI"
    assert term_at(obama, "2012-05-01")[:2] == ("USAGOV", "United States")


def test_trump_candidate_in_2016_president_in_2018():
    assert _said("Donald Trump", "2016-06-01") == [["Republican Party", "Republican Party"]]
    assert _said("Donald Trump", "2018-06-01") == [["United States", "United States"]]
    assert _said("Donald Trump", "2022-06-01") == [["Republican Party", "Republican Party"]]
    assert _said("Donald Trump", "2025-06-01") == [["United States", "United States"]]


def test_biden_candidate_in_2020_and_former_vice_president_before():
    assert _said("Joe Biden", "2020-06-01") == [["Democratic Party", "Democratic Party"]]
    assert _said("Joe Biden", "2018-06-01") == [[None, None]]  # a former official speaks for himself
    assert _said("Joe Biden", "2012-06-01") == [["United States", "United States"]]


def test_a_legislator_speaks_for_the_state_and_the_party_of_the_date():
    assert _said("Arlen Specter", "2005-06-01") == [["United States", "Republican Party"]]
    assert _said("Arlen Specter", "2010-06-01") == [["United States", "Democratic Party"]]


def test_uk_leader_of_the_opposition_then_prime_minister():
    assert _said("Keir Starmer", "2022-03-01") == [["United Kingdom", "Labour Party"]]
    assert _said("Keir Starmer", "2025-03-01") == [["United Kingdom", "United Kingdom"]]
    assert _said("David Cameron", "2018-03-01") == [[None, None]]
    m = actors(Document("Theresa May spoke.", meta={"date": "2017-01-10"}))
    assert m[["actor", "code", "agency"]].values.tolist() == [["Theresa May", "GBRGOV", "Conservative Party"]]


def test_the_text_s_party_wins_over_the_lexicons():
    m = actors(Document("Democrat Donald Trump spoke.", meta={"date": "2016-06-01"}))
    assert m[m.type == "person"]["agency"].tolist() == ["Democratic Party"]


def test_without_a_date_the_lexicon_code_and_the_latest_party():
    m = actors("Donald Trump spoke.")
    assert m[["code", "affiliation", "agency"]].values.tolist() == [["USAGOV", "United States", "Republican Party"]]
