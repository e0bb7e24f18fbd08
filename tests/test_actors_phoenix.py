"""The Phoenix/CAMEO conversion (issue #16): a reproducible build, people of any year with the
affiliation of the document's date, agencies with a CAMEO-style code and a parent, safe surnames,
and candidate names written as a user lexicon."""

from __future__ import annotations

import importlib
from pathlib import Path

import pandas as pd
import pytest

from geolib import Document, actor_counts, actors, load_actor_lexicon
from geolib.build_actors import OUT_FILES, build
from geolib.resources import data_path

L = importlib.import_module("geolib.actors.lexicon")
PHOENIX = Path(__file__).resolve().parents[1].parent / "shared" / "dictionaries" / "phoenix"


@pytest.mark.skipif(not (PHOENIX / "Phoenix.Countries.actors.txt").is_file(),
                    reason="../shared/dictionaries/phoenix not present")
def test_shipped_files_equal_a_rebuild(tmp_path):
    build(PHOENIX, tmp_path)
    for name in OUT_FILES:
        assert (tmp_path / name).read_bytes() == data_path(name).read_bytes(), name


def test_licence_beside_the_converted_files():
    text = data_path("PHOENIX_LICENSE").read_text()
    assert "MIT" in text and "Open Event Data" in text
    assert "PHOENIX_LICENSE" in data_path("phoenix_actors.csv").read_text().splitlines()[0]


def test_person_affiliation_follows_the_document_date():
    # Jack Straw: foreign secretary (GBRGOV) 2001-2007, then justice secretary (GBRGOVJUD)
    early = actors(Document("Jack Straw said no.", meta={"date": "2004-05-17"}))
    late = actors("Jack Straw said no.", date="2008-03-01")
    assert early[["actor", "code", "affiliation", "office"]].values.tolist() == [
        ["Jack Straw", "GBRGOV", "United Kingdom", "government"]]
    assert late[["code", "office"]].values.tolist() == [["GBRGOVJUD", "judiciary"]]
    # no date: the best-supported affiliation of the lexicon
    assert actors("Jack Straw said no.")["affiliation"].tolist() == ["United Kingdom"]


def test_agency_has_its_code_and_parent_and_counts_at_either_level():
    m = actors("China said no. Both the CIA and the FBI met in Washington. Later the FBI agreed.")
    fbi = m[m.text == "FBI"].iloc[0]
    assert (fbi.actor, fbi.code, fbi.agency, fbi.parent, fbi.level) == (
        "United States", "USACOP", "Federal Bureau of Investigation", "United States", "agency")
    state = actor_counts(m)
    assert state[state.actor == "United States"]["count"].tolist() == [3]
    agency = actor_counts(m, level="agency")
    assert dict(zip(agency.actor, agency["count"])) == {
        "Federal Bureau of Investigation": 2, "Central Intelligence Agency": 1, "China": 1}
    with pytest.raises(ValueError, match="level must be"):
        actor_counts(m, level="city")


def test_a_surname_several_people_share_is_never_given_to_the_last_full_name():
    text = ("Bill Clinton spoke on Monday. The crowd cheered. It rained. Hillary Clinton replied. "
            "The crowd left. Later the hall emptied. Clinton said no.")
    m = actors(text, unresolved=True)
    last = m[m.text == "Clinton"]
    assert last[["actor", "kind"]].values.tolist() == [["", "ambiguous"]]
    assert "Clinton" not in set(actors(text).text)
    # right after one of them is named in full, the surname is that one
    m = actors("Bill Clinton spoke. It rained. The crowd left. Hillary Clinton replied. Clinton said no.")
    assert m[m.text == "Clinton"].actor.tolist() == ["Hillary Clinton"]


def test_a_spouse_never_counts_as_the_known_person():
    text = "Donald Trump met Melania Trump. Mrs. Trump smiled. President Trump left."
    m = actors(text, unresolved=True)
    assert m[m.actor == "Donald Trump"].text.tolist() == ["Donald Trump", "Trump"]
    assert "Melania Trump" not in set(m.text)  # an unknown person, not Donald Trump
    assert not ((m.text == "Trump") & (m.start == text.index("Mrs. Trump") + 5) &
                (m.actor == "Donald Trump")).any()
    # "Mrs. Trump" alone, with only Donald Trump known: unresolved, not Donald Trump
    solo = actors("Donald Trump spoke. Mrs. Trump smiled.", unresolved=True)
    assert solo[solo.text == "Trump"][["actor", "kind"]].values.tolist() == [["", "ambiguous"]]


def test_title_case_headline_words_are_no_first_names():
    m = actors("Washington Post Hit Piece Exploits Trump Supporter Who Was Ill\n\nDonald Trump spoke.")
    assert m[m.text == "Trump"].actor.tolist() == ["Donald Trump"]


def test_candidates_out_writes_a_user_lexicon(tmp_path):
    from geolib.cli import main

    src = tmp_path / "a.txt"
    src.write_text("Jane Zorvath said the Ruritanian Party won. Jane Zorvath left. "
                   "The Ruritanian Party agreed.", encoding="utf-8")
    out = tmp_path / "mine.csv"
    assert main(["candidates", str(src), "--out", str(out)]) == 0
    lex = load_actor_lexicon(user=out)  # the file loads as it is
    mine = lex[lex.alias.isin(["Jane Zorvath", "Ruritanian Party"])]
    assert dict(zip(mine.actor, mine.type)) == {"Jane Zorvath": "person",
                                                "Ruritanian Party": "organisation"}
    assert "Jane Zorvath" in set(actors(src.read_text(), lexicon=lex).actor)


def test_shipped_lexicon_keeps_hand_made_rows_on_top():
    lex = load_actor_lexicon()
    fbi = lex[lex.alias == "FBI"]
    assert fbi[["actor", "kind", "agency"]].values.tolist() == [
        ["United States", "institution", "Federal Bureau of Investigation"]]
    assert len(lex) > 30_000
    direct = lex[~lex.kind.isin(["short", "description"]) & (lex.actor != "*")]
    keys = direct.assign(key=direct.alias.map(L._alias_key) + direct.case_sensitive.astype(str))
    assert keys.groupby("key").actor.nunique().max() == 1  # one actor per full alias
    assert pd.api.types.is_integer_dtype(lex["case_sensitive"])
