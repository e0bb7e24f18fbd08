"""speaker_agency (the organisation-level actor of a quote) and the party ties it reads from the text."""

from __future__ import annotations

import pandas as pd
import pytest

import geolib
from geolib.actors import document_mentions
from geolib.quotes import plot_voice_share, quotes, voice_share


def q_of(text: str, date: str | None = None) -> pd.DataFrame:
    meta = {"date": date} if date else {}
    return quotes(geolib.Document(text, doc_id="t", meta=meta))


def actors_of(q: pd.DataFrame) -> list[tuple[str | None, str | None]]:
    return list(zip(q["speaker_actor"], q["speaker_agency"]))


def test_speaker_agency_is_the_last_column():
    q = q_of('"No," said Sen. Jane Roe (R-Texas).')
    assert list(q.columns)[-1] == "speaker_agency"
    assert actors_of(q) == [("United States", "Republican Party")]


def test_party_word_before_a_known_legislator():
    # Ted Cruz is a legislator in the lexicon: his state, and his party from the text
    q = q_of('"No," Republican Ted Cruz said.')
    assert actors_of(q) == [("United States", "Republican Party")]


def test_party_tie_carries_to_the_surname_alone():
    q = q_of('Democrat Nancy Pelosi spoke first. "We will fight on," Pelosi said.')
    assert actors_of(q) == [("United States", "Democratic Party")]


def test_party_word_and_role_before_an_unknown_person():
    q = q_of('"It is over," said GOP strategist Keith Smith. "Really over," Smith added.')
    assert actors_of(q) == [("Republican Party", "Republican Party")] * 2


def test_apposition_ties_an_unknown_person_for_the_whole_document():
    q = q_of('John Doe, a Republican, said "this is wrong." Later, "Not at all," Doe said.')
    assert actors_of(q) == [("Republican Party", "Republican Party")] * 2
    m = [(x.text, x.actor, x.agency) for x in document_mentions(geolib.Document(
        'John Doe, a Republican, spoke. Doe left.')) if x.type == "person"]
    assert m == [("John Doe", "John Doe", "Republican Party"), ("Doe", "John Doe", "Republican Party")]


def test_party_label_gives_the_state_to_later_surname_mentions():
    q = q_of('"We will win," said Sen. John Roe (R-Texas). Roe added, "it is ours."')
    assert actors_of(q) == [("United States", "Republican Party")] * 2


def test_party_owned_state_title_counts_for_the_state():
    q = q_of('"We will win," said Republican Sen. John Roe.')
    assert actors_of(q) == [("United States", "Republican Party")]


def test_party_staff_role_is_the_partys():
    q = q_of('"We will win," said RNC chief of staff Mary Major.')
    assert q["speaker_actor"].tolist() == ["Republican Party"]


def test_candidate_without_office_speaks_for_the_party_not_the_state():
    text = 'Democratic presidential candidate Hillary Clinton said "we will win this".'
    assert actors_of(q_of(text, "2016-06-27")) == [("Democratic Party", "Democratic Party")]
    # in office on the date (secretary of state 2009-2013): the state; a minister's agency is not the party
    assert actors_of(q_of(text, "2010-06-27")) == [("United States", "United States")]


def test_person_without_office_and_no_party_speaks_for_nobody():
    # a former secretary of state, not yet a candidate: no office, no party (geolib/data/terms.csv)
    q = q_of('"We will win this," Hillary Clinton said.', "2014-06-27")
    assert actors_of(q) == [(None, None)]
    # the candidate of 2016: the party of her term on the date, when the text gives none
    q = q_of('"We will win this," Hillary Clinton said.', "2016-06-27")
    assert actors_of(q) == [("Democratic Party", "Democratic Party")]


def test_a_party_speaks_for_no_state():
    q = q_of('"We will win," the Republican National Committee said.')
    assert actors_of(q) == [("Republican Party", "Republican Party")]


def test_a_party_word_not_before_a_name_ties_nobody():
    q = q_of('The Republican National Convention opened. "Welcome," said Mary Major.')
    assert actors_of(q) == [(None, None)]
    kinds = {(x.text, x.type) for x in document_mentions(geolib.Document(
        'The Republican National Convention opened in Ohio.'))}
    assert not any(t == "person" for _, t in kinds)


def test_an_agency_is_the_speaker_agency():
    q = q_of('"We are looking into it," the FBI said.')
    assert actors_of(q) == [("United States", "Federal Bureau of Investigation")]


def test_voice_share_by_speaker_agency():
    q = q_of('"No," Republican Ted Cruz said. "Yes," said Democrat Nancy Pelosi.')
    vs = voice_share(q, by="speaker_agency")
    assert sorted(vs["value"]) == ["Democratic Party", "Republican Party"]
    ax = plot_voice_share(q, level="speaker_agency")
    assert ax.get_title().startswith("Voice share by speaker agency")
    import matplotlib.pyplot as plt
    plt.close("all")


@pytest.mark.parametrize("text", ['"No," said a farmer.', '"No," said Mary Major.'])
def test_private_speakers_have_no_agency(text):
    assert actors_of(q_of(text)) == [(None, None)]


@pytest.mark.parametrize("text", ["Democrats supporting John Doe met. Doe spoke.",
                                  "Republican attacks on John Doe went on. Doe spoke."])
def test_party_members_as_a_group_or_a_function_word_tie_nobody(text):
    found = document_mentions(geolib.Document(text))
    assert not any(m.type == "person" and m.agency for m in found)


@pytest.mark.parametrize("text,org", [
    ('"We rescued 60 people," Sea-Eye spokesperson Carla Weiss said.', "Sea-Eye"),
    ('"Markets are calm," said Mark Elden, chief economist at Allianz.', "Allianz"),
    ('"Markets are calm," said Mark Elden, a senior analyst at Morgan Stanley.', "Morgan Stanley"),
    ('"We object," said Jane Roe, president of the Ruritanian Women Forum.', "Ruritanian Women Forum"),
    ('"We object," ACME spokesman Bob Roe said.', "ACME"),
])
def test_unknown_organisation_named_by_a_role(text, org):
    assert actors_of(q_of(text)) == [(org, org)]


@pytest.mark.parametrize("text", [
    '"No," said Bob Roe, spokesman for Smith.',             # one plain word after "for": a person's
    '"No," Acme spokesman Bob Roe said.',                   # one plain word before the role
    '"No," said Bob Roe, mayor of Springfield.',            # a place
    '"No," the March spokesman said.',                      # a month
    '"No," Council spokesperson Bob Roe said.',             # a generic word
    '"No," said Ann Lee, an economist at Moody\'s Analytics in May.',  # cut by a possessive
    'Pundit Turns Adviser in the Service of Kings. "No," he said.',    # a headline
])
def test_unknown_organisation_guards(text):
    q = q_of(text)
    assert q["speaker_agency"].isna().all() or not q["speaker_agency"].isin(
        ["Smith", "Acme", "Springfield", "March", "Council", "Moody", "Pundit Turns"]).any()


@pytest.mark.parametrize("text, speaker", [
    ('Italian Prime Minister Matteo Renzi said, "We will act."', "Matteo Renzi"),
    ('Labour Party leader Keir Starmer said, "We will act."', "Keir Starmer"),
])
def test_a_titled_person_is_a_person_not_the_state_or_party_of_the_title(text, speaker):
    """The head of the speaker's phrase decides its type: the demonym or party before the name
    is the title's, not the speaker's."""
    q = geolib.quotes(geolib.load(text, doc_id="t"))
    assert q.speaker.tolist() == [speaker] and q.speaker_type.tolist() == ["person"]
