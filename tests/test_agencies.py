"""State bodies with a parent (issue 16): the hand-made agencies.csv, the aliases that name them
(institution rows of actors.csv with an agency), and the generic words ("the Senate",
"Parliament", "China's Foreign Ministry") that name one only when the context gives its state."""

from __future__ import annotations

import importlib
import io
from pathlib import Path

import pytest

from geolib import Document, actor_counts, actors, load_actor_lexicon
from geolib.build_actors import SECTORS
from geolib.lexicons import read_table
from geolib.resources import data_path

ROOT = Path(__file__).resolve().parents[1]
A = importlib.import_module("geolib.actors.affiliations")
L = importlib.import_module("geolib.actors.lexicon")


def _agency_rows():
    t = read_table(data_path("agencies.csv"), kind="agency list",
                   required=("agency", "code", "parent", "sector", "generic"))
    return list(zip(t.lines, *(t.column(c) for c in ("agency", "code", "parent", "sector", "generic"))))


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(r.text, r.actor, r.agency) for r in actors(text).itertuples()]


# ---------------------------------------------------------------- the file

def test_file_has_a_commented_header_and_one_row_per_agency():
    text = data_path("agencies.csv").read_text(encoding="utf-8")
    assert text.startswith("# ")
    rows = _agency_rows()
    names = [r[1] for r in rows]
    assert len(rows) >= 150
    assert len(names) == len(set(names)), "an agency listed twice"


def test_codes_parents_and_sectors():
    lex = load_actor_lexicon()
    first = lex[lex.actor != L.GENERIC].drop_duplicates("actor").set_index("actor")
    for line, agency, code, parent, sector, _ in _agency_rows():
        where = f"agencies.csv line {line} ({agency})"
        assert parent in first.index, f"{where}: parent {parent!r} is no actor of the lexicon"
        assert first.loc[parent, "type"] in ("state", "organisation"), where
        pcode = first.loc[parent, "code"]
        assert code.startswith(pcode) and len(code) > len(pcode), f"{where}: code {code} is not {pcode}+role"
        assert code.isupper() and code.isalpha() and (len(code) - len(pcode)) % 3 == 0, where
        assert sector in SECTORS.values(), f"{where}: sector {sector!r}"
        assert A.office_of(code) == sector or sector in ("health", "business", "government"), where


def test_every_agency_is_named_and_every_generic_word_is_a_generic_row():
    lex = load_actor_lexicon()
    named = set(lex["agency"])
    generic = {A.body_key(a) for a in lex.loc[lex.actor == L.GENERIC, "alias"]}
    for line, agency, _, _, _, words in _agency_rows():
        ws = [w for w in words.split("|") if w]
        assert agency in named or ws, f"agencies.csv line {line}: {agency!r} has no alias and no generic word"
        for w in ws:
            assert A.body_key(w) in generic, f"agencies.csv line {line}: {w!r} is no generic row of actors.csv"


def test_every_alias_names_one_known_agency_of_its_own_parent():
    lex = load_actor_lexicon()
    info = A.agencies()
    rows = lex[lex.agency != ""]
    for actor, agency, alias in zip(rows.actor, rows.agency, rows.alias):
        assert agency in info, f"alias {alias!r}: unknown agency {agency!r}"
        assert info[agency][1] == actor, f"alias {alias!r}: {agency!r} belongs to {info[agency][1]!r}, not {actor!r}"
    keys = rows.assign(key=[L._alias_key(a) for a in rows.alias])  # noqa: SLF001 - the lexicon's own key
    twice = keys.groupby("key")["agency"].nunique()
    assert not (twice > 1).any(), f"aliases giving two agencies: {twice[twice > 1].index.tolist()}"


def test_two_agencies_of_one_parent_for_one_generic_word_is_an_error():
    bad = io.StringIO("agency,code,parent,sector,generic\n"
                      "Senate of Ruritania,RURGOVLEG,Ruritania,legislature,Senate\n"
                      "Upper House of Ruritania,RURGOVLEG,Ruritania,legislature,Senate\n")
    with pytest.raises(ValueError, match="line 3.*'Senate'.*already names 'Senate of Ruritania'"):
        A.read_bodies(bad)


# ---------------------------------------------------------------- aliases

@pytest.mark.parametrize("text,alias,actor,agency,code", [
    ("Agents of the FBI arrived.", "FBI", "United States", "Federal Bureau of Investigation", "USACOP"),
    ("The DEA seized it.", "DEA", "United States", "Drug Enforcement Administration", "USACOP"),
    ("The CIA declined.", "CIA", "United States", "Central Intelligence Agency", "USASPY"),
    ("The Pentagon said.", "Pentagon", "United States", "United States Department of Defense", "USAGOVMIL"),
    ("Border Patrol agents waited.", "Border Patrol", "United States", "United States Border Patrol", "USACOP"),
    ("The Joint Chiefs of Staff met.", "Joint Chiefs of Staff", "United States", "Joint Chiefs of Staff", "USAMIL"),
    ("The Federal Reserve raised rates.", "Federal Reserve", "United States", "Federal Reserve", "USAGOV"),
    ("The State Department said.", "State Department", "United States", "Department of State", "USAGOV"),
    ("MI6 warned.", "MI6", "United Kingdom", "Secret Intelligence Service", "GBRSPY"),
    ("The NHS is short of nurses.", "NHS", "United Kingdom", "National Health Service", "GBRGOVHLH"),
    ("The Bundestag voted.", "Bundestag", "Germany", "Bundestag", "DEUGOVLEG"),
    ("The State Duma voted.", "State Duma", "Russia", "State Duma", "RUSGOVLEG"),
])
def test_alias_names_its_agency_with_its_parent(text, alias, actor, agency, code):
    m = actors(text)
    row = m[m.text == alias].iloc[0]
    assert (row.actor, row.agency, row.code, row.parent, row.level) == (actor, agency, code, actor, "agency")


def test_counts_roll_up_to_the_state_or_stay_with_the_agency():
    m = actors("The DEA and the FBI met. The CIA did not. China said no.")
    assert actor_counts(m).set_index("actor").loc["United States", "count"] == 3
    agency = dict(zip(*actor_counts(m, level="agency")[["actor", "count"]].T.values))
    assert agency["Drug Enforcement Administration"] == agency["Central Intelligence Agency"] == 1


# ---------------------------------------------------------------- generic words and context

def test_a_generic_word_after_a_state_names_that_states_body():
    assert _found("China's Foreign Ministry said no.") == [
        ("China's Foreign Ministry", "China", "Ministry of Foreign Affairs of China")]
    assert _found("Russia's parliament agreed.") == [("Russia's parliament", "Russia", "Russian Federal Assembly")]
    assert _found("The Canadian Senate agreed.") == [("Canadian Senate", "Canada", "Senate of Canada")]
    assert _found("The Ministry of Defence of Russia said.")[0][1:] == ("Russia", "Ministry of Defence of Russia")


def test_a_states_body_the_file_lacks_is_the_state_never_another_states_body():
    # no state blindly: the Philippines' Congress and Libya's House are not the United States'
    assert _found("The Philippine Congress voted.") == [("Philippine Congress", "Philippines", "")]
    assert _found("Libya's House of Representatives met. The Libyan House of Representatives agreed.") == [
        ("Libya's House of Representatives", "Libya", ""), ("Libyan House of Representatives", "Libya", "")]
    assert _found("Obama met Duterte. The Philippine Congress voted.")[-1][1] == "Philippines"


def test_a_bare_body_word_names_the_dominant_states_body():
    us = "President Obama urged Congress to act. Obama said the Senate would vote. The House passed it. The Supreme Court ruled."
    assert [f for f in _found(us) if f[0] != "Obama"] == [
        ("Congress", "United States", "United States Congress"),
        ("Senate", "United States", "United States Senate"),
        ("House", "United States", "United States House of Representatives"),
        ("Supreme Court", "United States", "United States Supreme Court")]
    uk = "British ministers said the UK would leave. Parliament voted and the House agreed."
    assert [f for f in _found(uk) if f[0] in ("Parliament", "House")] == [
        ("Parliament", "United Kingdom", "Parliament of the United Kingdom"),
        ("House", "United Kingdom", "House of Commons of the United Kingdom")]


@pytest.mark.parametrize("text", [
    "The Senate voted.",  # no state in the document
    "The Senate voted. France and Germany agreed.",  # no state dominates
    "The Senate voted. Germany and Germany's allies agreed.",  # the dominant state has no Senate
    "The Texas Senate voted in America.",  # a capitalised word before: a sub-national body
    "The state Supreme Court ruled in America.",  # a sub-national word before
    "The Senate of Puerto Rico met in America.",  # "of" after: another body's name
    "Senate Majority Leader Jones spoke in America.",  # a title, not the body alone
    "House prices rose in America.",  # "the House" needs its article
    "Toronto Police said Canada agreed.",  # police is never resolved bare
])
def test_a_bare_body_word_is_left_unresolved_without_support(text):
    assert all(agency == "" for _, _, agency in _found(text)), _found(text)
    assert all(t in ("America", "Canada", "France", "Germany", "Germany's") or "Puerto" in t
               for t, _, _ in _found(text)), _found(text)


def test_the_seed_counts_stay_as_they_were():
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("seed article not here")
    counts = actor_counts(actors(Document(seeds[0].read_text(encoding="utf-8"))))
    assert dict(zip(counts.actor, counts["count"])) == {
        "China": 38, "NATO": 25, "Russia": 19, "United States": 11, "Ukraine": 8, "European Union": 7,
        "North Korea": 4, "Vladimir Putin": 2, "Xi Jinping": 2, "Iran": 2, "Joe Biden": 1,
        "New Zealand": 1, "Japan": 1, "South Korea": 1, "Australia": 1, "Kim Jong Un": 1}
    assert counts["actor"].head(4).tolist() == ["China", "NATO", "Russia", "United States"]


def test_a_document_remembers_no_state_across_documents():
    # the dominant state is the document's own: the same words in another document stay unresolved
    docs = [Document("Obama said the Senate would vote. America agreed.", doc_id="a"),
            Document("The Senate voted.", doc_id="b")]
    m = actors(docs)
    assert m[(m.doc_id == "b")].empty
    assert m[(m.doc_id == "a") & (m.text == "Senate")]["agency"].tolist() == ["United States Senate"]


def test_an_agency_name_after_another_state_or_a_place_is_not_that_agency():
    # "Department of Justice" names the US department alone, not the Philippines' or California's
    assert _found("Philippine Department of Justice staff met.") == [
        ("Philippine Department of Justice", "Philippines", "")]
    m = actors("The California Department of Justice sued. Then the Department of Justice replied.")
    assert m[["text", "actor", "agency"]].values.tolist() == [
        ["Department of Justice", "United States", ""],
        ["Department of Justice", "United States", "United States Department of Justice"]]
    assert _found("The Toronto Department of Justice said.") == [("Department of Justice", "Canada", "")]
    # the agency's own state before it changes nothing
    assert _found("Russia's FSB said.")[-1] == ("FSB", "Russia", "Federal Security Service")
