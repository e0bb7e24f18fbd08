"""Titles and roles -> the actor a person speaks for (geolib.roles, issue #16)."""

from __future__ import annotations

import pandas as pd
import pytest

import geolib
from geolib.actors import actors
from geolib.quotes import quotes
from geolib.roles import load_roles, resolve_roles


def roles(text: str) -> list[tuple]:
    """(start, end, text, actor, code, title, person) of the role mentions, offsets checked."""
    df = actors(text)
    for s, e, t in zip(df["start"], df["end"], df["text"]):
        assert text[s:e] == t
    r = df[df.kind == "role"]
    return [tuple(x) for x in r[["start", "end", "text", "actor", "code", "title", "person"]].values]


def test_title_before_an_unknown_name_with_its_state():
    text = "Yesterday British Foreign Secretary Jane Roe met U.S. Attorney General Bob Doe."
    assert roles(text) == [
        (10, 44, "British Foreign Secretary Jane Roe", "United Kingdom", "GBRGOV", "foreign secretary", "Jane Roe"),
        (49, 78, "U.S. Attorney General Bob Doe", "United States", "USAJUD", "attorney general", "Bob Doe")]


def test_party_label_after_a_legislator():
    df = actors("Sen. Jane Roe (D-Mass.) objected.")
    assert df[["start", "end", "actor", "agency", "code", "office", "person"]].values.tolist() == [
        [0, 23, "United States", "Democratic Party", "USALEG", "legislature", "Jane Roe"]]


def test_possessive_owner_and_the_party():
    assert roles("Britain's foreign secretary said no.") == [
        (0, 27, "Britain's foreign secretary", "United Kingdom", "GBRGOV", "foreign secretary", "")]
    text = "The Labour Party won. Mary Major, the party's campaign spokeswoman, said so."
    got = roles(text)
    assert got == [(22, 66, "Mary Major, the party's campaign spokeswoman", "Labour Party", got[0][4],
                    "campaign spokeswoman", "Mary Major")]


def test_demonym_owner_and_link_after():
    assert roles("It was denied by a Chinese foreign ministry spokesperson.") == [
        (19, 56, "Chinese foreign ministry spokesperson", "China", "CHNGOV",
         "foreign ministry spokesperson", "")]
    assert roles("A spokesperson for the Chinese foreign ministry said.") == [
        (2, 47, "spokesperson for the Chinese foreign ministry", "China", "CHNGOV", "spokesperson", "")]


def test_apposition_and_an_unknown_organisation():
    text = "John Doe, a professor at Ruritania University, agreed."
    assert roles(text) == [(0, 45, "John Doe, a professor at Ruritania University", "Ruritania University",
                            "", "professor", "John Doe")]
    text = "Senior policy adviser John Doe of NATO said."
    assert roles(text) == [(0, 38, "Senior policy adviser John Doe of NATO", "NATO", "IGONAT",
                            "senior policy adviser", "John Doe")]


def test_known_people_keep_their_mention_and_get_a_title():
    df = actors("Chinese leader Xi Jinping met Russian President Vladimir Putin.")
    assert df[["text", "actor", "kind", "title"]].values.tolist() == [
        ["Chinese", "China", "demonym", ""], ["Xi Jinping", "Xi Jinping", "person", "leader"],
        ["Russian", "Russia", "demonym", ""], ["Vladimir Putin", "Vladimir Putin", "person", "president"]]


def test_guards_no_owner_past_roles_and_non_title_use():
    assert roles("The president said the talks failed.") == []
    assert roles("A secretary at the firm said nothing.") == []
    assert roles("Former President Jane Roe of France spoke.") == []
    assert roles("The US general election is near.") == []
    assert roles("A Chinese professor disagreed.") == []  # speaks for no state


def test_counts_unchanged_owner_taken_into_the_role():
    text = "Britain's foreign secretary met China's envoy. Britain and China agreed."
    counts = geolib.actor_counts(actors(text)).set_index("actor")["count"].to_dict()
    assert counts == {"United Kingdom": 2, "China": 2}


def test_speaker_actor_from_roles():
    q = quotes('"We object," said a Chinese foreign ministry spokesperson. '
               '"No," said Britain\'s foreign secretary.')
    assert q["speaker_actor"].tolist() == ["China", "United Kingdom"]
    q = quotes('"We object," said Foreign Secretary Jane Roe of Ruritania University.')
    assert q["speaker_actor"].tolist() == ["Ruritania University"]


def test_lexicon():
    lex = load_roles()
    assert lex["foreign secretary"].code == "GOV" and lex["spokesperson"].code == ""
    assert lex["secretary"].weak and not lex["foreign secretary"].weak
    empty = geolib.Document("Nothing here.")
    assert resolve_roles(empty, (), tuple) == ()


def test_offices_and_past_roles_are_nobody():
    assert roles("She served as President of France until 2007.") == []
    assert roles("Yesterday, former United States Senator Kay Hagan died.") == []
    assert roles("United States General Services Administration staff left.") == []
