"""Organisations a role names (geolib.actors.orgs_by_role), "the group said" (geolib.quotes.org_reference)
and the speaker_agency they give (issue 16). Made-up sentences."""

import pytest

import geolib


def agency(text: str) -> tuple:
    q = geolib.quotes(text)
    r = q.iloc[0]
    return r["speaker"], r["speaker_agency"]


@pytest.mark.parametrize("text, org", [
    ('"We will fight this," said Jane Roe, chief executive of Nucor.', "Nucor"),
    ('"We need food," said Mary Major, executive director of Muslim Advocates, a legal advocacy group.',
     "Muslim Advocates"),
    ('"It can work," said Louisa Pane, the reviews director at Publishers Weekly, who has not read it.',
     "Publishers Weekly"),
    ('"We need food," said Mary Major, acting political director of Acme Action, which wrote the letter.',
     "Acme Action"),
    ('"We need food," writes Jane Roe in the Daily Courier.', "Daily Courier"),
    ('"We will fight this," said John Doe of the Freedonia Institute for Policy Studies.',
     "Freedonia Institute for Policy Studies"),
    ('"We need food," said Yang Wei, director of the Institute of Northern Steppe Studies at Northfield University.',
     "Institute of Northern Steppe Studies"),
    ('"We need food," said Jane Roe, director of the Project on Government Secrecy at the Acme Federation.',
     "Project on Government Secrecy"),
    ('The Jane Roe Foundation declined to comment. "We are focused on our mission," the group said.',
     "Jane Roe Foundation"),
    # "and" inside a name after "the"; a known name (NAACP) that opens a longer one
    ('"We need food," said Jane Roe, head of the Acme Legal Defense and Educational Fund.',
     "Acme Legal Defense and Educational Fund"),
    ('"We need food," said Jane Roe, head of the NAACP Legal Defense and Educational Fund.',
     "NAACP Legal Defense and Educational Fund"),
])
def test_speaker_agency_from_the_text(text, org):
    assert agency(text)[1] == org


@pytest.mark.parametrize("text", [
    '"We need food," John Doe told the Daily Courier.',  # spoken TO the outlet
    '"We need food," said Jane Roe, a lawyer in Boston.',
    '"We need food," said Jane Roe, a former director of Nucor Steelworks.',  # a former role
    '"We need food," said Jane Roe, director of Research.',  # a common word alone
    'Acme Foundation and the Northfield Tenants League objected. "No," the group said.',  # two: which one?
])
def test_no_agency(text):
    assert agency(text)[1] is None


def test_a_spokesman_for_a_person_speaks_for_no_organisation_of_that_name():
    """"a spokesman for Bernie Sanders": Sanders is a person, not a body named by the role; his
    staffer speaks for his party (the staff rule of geolib.roles), never for "Bernie Sanders"."""
    assert agency('"We need food," said Luis Pane, a spokesman for Bernie Sanders.')[1] == "Democratic Party"


def test_no_period_in_a_name_that_ends_a_text():
    a = geolib.actors('"We will fight this," said John Doe of the Freedonia Institute for Policy Studies.')
    assert "Freedonia Institute for Policy Studies" in a["actor"].tolist()


def test_sentence_end_stops_a_name():
    a = geolib.actors("Jane Roe spoke for the Business Council of North Freedonia. Now the council waits.")
    assert "Business Council of North Freedonia" in a["actor"].tolist()


def test_role_named_org_is_an_actor_mention():
    a = geolib.actors('"We will fight this," said Jane Roe, chief executive of Nucor.')
    row = a[a["text"] == "Nucor"].iloc[0]
    assert (row["type"], row["kind"]) == ("organisation", "text")
    assert a[a["text"] == "Jane Roe"].iloc[0]["agency"] == "Nucor"


def test_a_work_is_no_organisation():
    text = ('He starred in the film Northern Lights. "He was rare," said Ryan Doe, the director of '
            'Northern Lights.')
    assert agency(text)[1] is None


@pytest.mark.parametrize("text, org", [
    ('"No," said Matt Pane, executive director of the advocacy group Progress Freedonia.', "Progress Freedonia"),
    ('Jane Roe founded the blood-testing company Nucor. "No," the company said.', "Nucor"),
    ('"No," said Jane Roe, an assistant professor in technology policy at the University of Northfield.',
     "University of Northfield"),
])
def test_more_shapes(text, org):
    assert agency(text)[1] == org


def test_the_newspaper_is_the_outlet_named_before():
    assert agency('CNN asked the mayor. "We stand by it," the network said.')[1] == "CNN"


def test_a_surname_alone_before_the_role():
    text = 'Jane Roe built Acme Corp. in 1990. "We will fight this," said Roe, chief executive of Acme Corp., on Monday.'
    assert agency(text) == ("Roe", "Acme Corporation") or agency(text)[1] in ("Acme Corp.", "Acme Corporation")


def test_and_between_two_names_joins_nothing():
    text = 'The NAACP and Harvard University wrote. "We need food," said Jane Roe of Harvard University.'
    names = set(geolib.actors(text)["actor"])
    assert {"NAACP", "Harvard University"} <= names
    assert not any(" and " in n for n in names)


@pytest.mark.parametrize("text", [
    "Spokesman for Acme Corp, a vice-president of Nucor and an ex-spokesman for Zeta told a spokesman for Beta.",
    "Nucor spokesman John Doe and Acme CEO Jane Roe met the advocacy group Progress Freedonia.",
    "(chairman of Acme)\n\tdirector at the Daily Courier, writes Jane Roe in the Daily Courier.",
    "Caféspokesman for Acme, _director of Nucor, 'president of Zeta', “founder of Beta”.",
])
def test_one_scan_finds_what_four_scans_find(text: str) -> None:
    """The shapes' matches from one scan are the four patterns' own matches at a word's start."""
    from geolib.actors import orgs_by_role as ob
    from geolib.actors.orgs_from_text import org_words
    w = org_words()
    pats = {"after": ob._after_pattern(w.names_org), "before": ob._before_pattern(w.names_org_before),
            "descriptor": ob._descriptor_pattern(frozenset(ob.org_references())),
            "outlet": ob._outlet_pattern(w.names_outlet)}
    got = ob._shape_matches(text, w)
    for shape, pat in pats.items():
        want = [m.span() for m in pat.finditer(text) if ob._starts_word(text, m.start())]
        assert [m.span() for m in got[shape]] == want, shape
    assert any(got.values())


@pytest.mark.parametrize("text, name", [
    ("He saw the FILM The Black Panther.", "Black Panther"),
    ("He saw the film Black Panthers.", "Black Panther"),
    ("The ſhow Acme Live ran.", "Acme Live"),
    ("The show ACME LİVE ran.", "Acme Live"),
    ("A book\tthe Kelvin Story (\u212aelvin) sold.", "Kelvin Story"),
    ("The opera Les Misérables and the show Zeta.", "Les Misérables"),
    ("The opera LES MISÉRABLES opened.", "Les Misérables"),
    ("Jane Roe, director of Acme, said.", "Acme"),
])
def test_names_work_matches_the_case_blind_search(text: str, name: str) -> None:
    """The quick path (a lower-case copy) answers as the search with re.IGNORECASE does."""
    import re

    from geolib.actors import orgs_by_role as ob
    from geolib.actors.orgs_from_text import org_words
    works = org_words().works
    want = re.search(r"\b(?:" + "|".join(map(re.escape, sorted(works))) + r")[ \t]+(?:the[ \t]+)?"
                     + re.escape(name) + r"\b", text, re.IGNORECASE) is not None
    assert ob._names_work(text, name, works) == want
