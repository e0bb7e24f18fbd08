"""Police forces of the text and their officers (geolib.actors.police), "Society President Jane
Roe" (geolib.actors.org_heads) and "of the University of X's medical school" (orgs_from_text):
made-up sentences."""

from __future__ import annotations

import pandas as pd
import pytest

import geolib
from geolib.actors import document_mentions
from geolib.quotes import quotes


def q_of(text: str) -> pd.DataFrame:
    return quotes(geolib.Document(text, doc_id="t"))


def actors_of(q: pd.DataFrame) -> list[tuple[str | None, str | None]]:
    return list(zip(q["speaker_actor"], q["speaker_agency"]))


def test_named_force_is_a_body_of_the_state_of_its_paragraph():
    d = geolib.Document("Officers of Kestrel Vale Police found the car near Leeds, England, on Sunday.", doc_id="t")
    force = [m for m in document_mentions(d) if m.text == "Kestrel Vale Police"]
    assert [(m.type, m.actor, m.agency, m.code) for m in force] == [
        ("state", "United Kingdom", "Kestrel Vale Police", "GBRCOP")]


def test_officer_speaks_for_the_force_named_before():
    q = q_of('Kestrel Vale Police made an arrest in Leeds, England. "We found the car late on Sunday," '
             'said Detective Inspector Mary Holt. "We are still looking for the driver," Holt added.')
    assert actors_of(q) == [("United Kingdom", "Kestrel Vale Police")] * 2


def test_force_of_no_state_is_left_to_the_lexicon():
    q = q_of('The Dunmore County Sheriff\'s Office closed the road. "Nobody should drive there tonight," '
             'said Sgt. Paul Weller.')
    assert actors_of(q) == [(None, None)]


def test_a_places_force_by_the_place_alone_is_a_short_form():
    d = geolib.Document("Chicago Police and the Chicago Police Department in Illinois met.", doc_id="t")
    assert [m.text for m in document_mentions(d) if m.office == "police"] == ["Chicago Police Department"]


def test_special_agent_speaks_for_the_fbi():
    q = q_of('The FBI said it had opened an inquiry. "We ask anyone who saw the van to call us," '
             'said Special Agent John Harlan.')
    assert actors_of(q) == [("United States", "Federal Bureau of Investigation")]


@pytest.mark.parametrize("rank", ["Sgt.", "Inspector", "Chief Superintendent", "Det."])
def test_every_rank_of_the_word_list_passes_the_fast_test(rank):
    # the fast test is made from police_words.csv: a rank the file lists is never skipped (it once
    # was a list in the code, which knew "Police", "Agent" and "Detective" but not these)
    text = f'The FBI said on Monday that it had arrested a man in Ohio. {rank} Ann Lee said: "He was armed."'
    q = quotes(text)
    assert q["speaker_agency"].tolist() == ["Federal Bureau of Investigation"]


def test_no_officer_when_two_forces_were_named():
    q = q_of('Kestrel Vale Police and Dunmore Police in Leeds, England, met. "We found the car late on Sunday," '
             'said Detective Inspector Mary Holt.')
    assert actors_of(q)[0][1] not in ("Kestrel Vale Police", "Dunmore Police")  # the state's police at most


def test_a_shared_rank_is_no_officer_beside_an_army():
    q = q_of('Kestrel Vale Police and the British Army in Leeds, England, searched the moor. '
             '"We found nothing at all on the moor," said Sgt. Paul Weller.')
    assert actors_of(q)[0][1] != "Kestrel Vale Police"


def test_officer_after_another_title_is_no_officer():
    q = q_of('Kestrel Vale Police made an arrest in Leeds, England. "Sales will not fall this year at all," '
             'said Acme Chief Executive Officer Mary Holt.')
    assert actors_of(q)[0] != ("United Kingdom", "Kestrel Vale Police")


def test_head_word_and_title_stand_for_the_organisation_named_before():
    q = q_of('The figures come from the Royal Freedonian Society. Society President Ash Corder said, '
             '"These numbers should worry every parent in the country today."')
    assert actors_of(q) == [("Royal Freedonian Society", "Royal Freedonian Society")]


def test_head_word_with_two_such_organisations_names_nobody():
    q = q_of('The Royal Freedonian Society and the Acme Historical Society met. Society President Ash Corder '
             'said, "These numbers should worry every parent in the country today."')
    assert actors_of(q) == [(None, None)]


def test_university_name_ends_before_a_possessive():
    q = q_of('"The strains were almost entirely different from the others," said Professor Tom Reed of '
             "the University of Freedonia's medical school.")
    assert actors_of(q) == [("University of Freedonia", "University of Freedonia")]


def test_unnamed_police_speaker_speaks_for_the_one_force_named_before():
    q = q_of('Kestrel Vale Police made an arrest in Leeds, England. A police spokesman said: '
             '"We will give more details about the arrest later on."')
    assert actors_of(q) == [("United Kingdom", "Kestrel Vale Police")]


def test_unnamed_police_speaker_with_two_forces_speaks_for_nobody_named():
    q = q_of('Kestrel Vale Police and Dunmore Police in Leeds, England, met. A police spokesman said: '
             '"We will give more details about the arrest later on."')
    assert actors_of(q)[0][1] not in ("Kestrel Vale Police", "Dunmore Police")


def test_force_name_stops_at_a_stop_word_and_skips_a_headline():
    d = geolib.Document("Mayor Speaks Out After Latest Police Shooting In Town\n\nA Kestrel Vale Police "
                        "spokesman spoke in Leeds, England.", doc_id="t")
    assert [m.text for m in document_mentions(d) if m.office == "police"] == ["Kestrel Vale Police"]


def test_the_government_statement_speaks_for_the_one_government_named_before():
    q = q_of('The government of Burundi announced the news on Tuesday. The government statement spoke '
             '"with great sorrow to the people and the whole international community."')
    assert actors_of(q) == [("Burundi", "Burundi")]


def test_the_government_statement_with_two_governments_named_speaks_for_nobody():
    q = q_of('The government of Burundi and the Rwandan government met. The government statement spoke '
             '"with great sorrow to the people and the whole international community."')
    assert actors_of(q) == [(None, None)]


def test_campaign_communications_director_speaks_for_the_candidates_party():
    # a candidate of no office on the date: the staffer speaks for the candidate's party
    q = quotes(geolib.Document('Hillary Clinton spoke in Iowa. "We have had offices there since April," said '
                               "Jane Roe, Clinton's communications director.", doc_id="t",
                               meta={"date": "2016-03-01"}))
    assert actors_of(q) == [("Democratic Party", "Democratic Party")]


def test_of_a_noun_of_organisations_ties_the_person():
    q = q_of('"That is enough to keep him on top for now," said Phil Muster of digital consulting firm Brightlane.')
    assert actors_of(q) == [("Brightlane", "Brightlane")]


def test_an_acronym_at_a_sentence_end_loses_the_full_stop():
    q = q_of('"That is enough to keep him on top for now," said Phil Muster of digital consulting firm BRTL. '
             "Trump got most votes.")
    assert actors_of(q) == [("BRTL", "BRTL")]
