"""Organisations from the text (geolib.actors.orgs_from_text): unknown organisations as actors and
speakers, a person's organisation for every mention of that person. Made-up names only."""

from __future__ import annotations

import geolib
import pytest
from geolib.actors import document_mentions
from geolib.actors.orgs_from_text import TEXT_KIND, org_words
from geolib.document import Document


def speakers(text: str) -> list[list]:
    q = geolib.quotes(Document(text, doc_id="x"))
    return q[["speaker_mention", "speaker_actor", "speaker_agency", "speaker_type"]].values.tolist()


@pytest.mark.parametrize("text, org", [
    ("Mary Major, president of the Freedonia Women's League, spoke. \"No,\" Major said.", "Freedonia Women's League"),
    ("John Doe, chief economist at Acme Capital, spoke. \"No,\" Doe said.", "Acme Capital"),
    ("Professor Jane Roe of the University of Freedonia said so. \"No,\" Roe said.", "University of Freedonia"),
    ("Jane Roe, a professor at Freedonia State University, spoke. \"No,\" Roe said.", "Freedonia State University"),
    ("Jane Roe (Acme Corp.) spoke. \"No,\" Roe said.", "Acme Corporation"),
    ("Jane Roe, an associate professor of political science at the University of Freedonia, spoke. "
     "\"No,\" Roe said.", "University of Freedonia"),
])
def test_a_person_speaks_for_the_organisation_the_text_gives(text, org):
    assert speakers(text) == [["Roe" if "Roe" in text else "Major" if "Major" in text else "Doe", org, org, "person"]]


@pytest.mark.parametrize("text, org", [
    ("In an interview with CNN's Gloria Vance, he spoke. \"No,\" Vance said.", "CNN"),
    ("Reuters' John Smith asked. \"No,\" Smith said.", "Reuters"),
    ("NBC News Senior Investigative Correspondent Mary Kowalski asked. \"No,\" Kowalski said.", "NBC News"),
    ("Peter Novak, an expert on Russia at the Acme Institute, spoke. \"No,\" Novak said.", "Acme Institute"),
    ("Peter Novak, who heads the Acme Foundation, spoke. \"No,\" Novak said.", "Acme Foundation"),
    ("Peter Novak, who teaches at Northfield College, spoke. \"No,\" Novak said.", "Northfield College"),
    ("Peter Novak, who now works for the Acme Foundation, spoke.", "Acme Foundation"),
    ("Peter Novak, a Senior Staff Attorney of the Acme Foundation, spoke. \"No,\" Novak said.", "Acme Foundation"),
    ("Peter Novak, a distinguished professor of history at Acme University, spoke.", "Acme University"),
    ("Peter Novak, a doctoral candidate at the Georgia Institute of Technology, spoke.", "Georgia Institute of Technology"),
    ("Peter Novak, a Freedonia Times contributor and historian, spoke. \"No,\" Novak said.", "Freedonia Times"),
    ("Floods hit the town. [Marina Vance, Freedonia Times] \"No,\" Vance said.", "Freedonia Times"),
])
def test_more_shapes_tie_a_person_to_an_organisation(text, org):
    got = {m.actor: m.agency for m in document_mentions(Document(text)) if m.type == "person"}
    assert list(got.values()) == [org]


@pytest.mark.parametrize("text", [
    "Peter Novak, who sued the Acme Foundation, spoke.",
    "Peter Novak, who left the Acme Foundation, spoke.",
    "Peter Novak, who was arrested at Acme University, spoke.",
    "Peter Novak, who studies at Acme University, spoke.",  # a student speaks for no university
    "Peter Novak, who works near the Acme Foundation, spoke.",
    "Peter Novak, who once taught at Acme University, spoke.",  # a past post
    "Russia's Vladimir Putin spoke.",  # a state's possessive: the state level, not an agency
    "Acme Foundation's Memorial Hall opened.",  # no person after the possessive
    "CNN's report angered Peter Novak.",
])
def test_more_nearness_ties_nobody(text):
    assert [m.agency for m in document_mentions(Document(text)) if m.type == "person" and m.agency] == []


def test_a_pronoun_resolved_to_the_person_carries_the_organisation():
    got = speakers('John Doe, chief economist at Acme Capital, spoke. "Bad," Doe said. "Worse," he added.')
    assert [r[2] for r in got] == ["Acme Capital", "Acme Capital"]


@pytest.mark.parametrize("text, name", [
    ('The Acme Conservative Union (ACU) objected. "No," the ACU said.', "Acme Conservative Union"),
    ('Acme Motor Co. recalled cars. "We are sorry," Acme said.', "Acme Motor Company"),
    ('"We give," the Clinton Foundation said.', "Clinton Foundation"),
])
def test_an_unknown_organisation_speaks_as_itself(text, name):
    assert speakers(text)[0][1:] == [name, name, "organisation"]


def test_a_foundation_named_after_a_person_is_not_the_person():
    found = document_mentions(Document("The Clinton Foundation gave. Hillary Clinton spoke."))
    assert [(m.text, m.actor, m.type, m.kind) for m in found] == [
        ("Clinton Foundation", "Clinton Foundation", "organisation", TEXT_KIND),
        ("Hillary Clinton", "Hillary Clinton", "person", "person")]


@pytest.mark.parametrize("text", [
    'Jane Roe told CNN the plan failed. "No," Roe said.',
    'Jane Roe, who sued Acme Corp., spoke. "No," Roe said.',
    'Jane Roe, a critic of the Acme Foundation, spoke. "No," Roe said.',
    'Jane Roe, a former director of the Acme Foundation, spoke. "No," Roe said.',
])
def test_nearness_ties_nobody(text):
    assert speakers(text)[0][1:3] == [None, None]


def test_a_state_body_is_left_to_the_lexicon():
    # "Ministry", "Department": no unknown organisation of the text (a state stays the state level)
    assert not [m for m in document_mentions(Document("The Freedonian Ministry of Mines said no."))
                if m.kind == TEXT_KIND]


def test_offsets_are_exact_and_a_known_tie_wins():
    text = ('Republican John Doe, a fellow at the Acme Institute, spoke. "No," Doe said. '
            'The Acme Institute agreed.')
    found = document_mentions(Document(text))
    assert all(text[m.start:m.end] == m.text for m in found)
    # the text's party tie came first (geolib.actors.parties): the party stays his agency
    assert speakers(text)[0][2] == "Republican Party"


def test_candidates_still_propose_an_organisation_of_the_text():
    cand = geolib.candidate_actors("The Acme Conservative Union (ACU) objected. The Acme Conservative Union left.")
    assert "Acme Conservative Union" in set(cand["name"])


def test_word_list_errors_name_the_file(tmp_path, monkeypatch):
    import importlib

    O = importlib.import_module("geolib.actors.orgs_from_text")  # geolib.actors is also a function
    R = importlib.import_module("geolib.resources")

    bad = tmp_path / "org_words.csv"
    bad.write_text("word,kind,full\nfoundation,nonsense,\n", encoding="utf-8")
    monkeypatch.setattr(O, "data_path", lambda name: bad if name == "org_words.csv" else R.data_path(name))
    O.org_words.cache_clear()
    try:
        with pytest.raises(ValueError, match="org_words.csv"):
            O.org_words()
    finally:
        monkeypatch.undo()
        O.org_words.cache_clear()
    assert "foundation" in org_words().heads
