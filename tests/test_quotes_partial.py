"""Partial quotes under a verb that is no reporting cue (candidates.subject_partial) and the noun
phrase fixes that came with it (issue 15): each rule with its guards, on made-up sentences."""

from __future__ import annotations

import pandas as pd
import pytest

from geolib.document import Document
from geolib.quotes.table import doc_quotes
from geolib.quotes.words import word_sets


def q_of(text: str) -> pd.DataFrame:
    """The rows of quotes() with the rule that found each speaker (doc_quotes, as make fit reads)."""
    q = pd.DataFrame(doc_quotes(Document(text, doc_id="t"), None, word_sets(None)))
    for r in q.itertuples():  # offsets exact, always
        assert text[r.start:r.end] == r.text
        if r.speaker is not None:
            assert text[r.speaker_start:r.speaker_end] == r.speaker_mention
    return q


# -- the rule: subject of the main clause, a finite verb after it ---------------------------------

@pytest.mark.parametrize("text, quote, speaker", [
    ("Sen. Ann Lee blamed the loss on “weak turnout” in the north.", "weak turnout", "Ann Lee"),  # -ed verb
    ("Ann Lee has pushed her promise of “free college” for years.", "free college", "Ann Lee"),  # auxiliary
    ("Mayor Bo Park made the point that the plan would be “a third term” of the same.", "a third term", "Bo Park"),
    ("The ministry blamed the delay on “outside interference” at the port.", "outside interference", "ministry"),
])
def test_subject_of_the_clause_speaks(text, quote, speaker):
    got = q_of(text)
    assert got["speaker"].tolist() == [speaker]
    assert got["speaker_mention"].str.len().gt(0).all()


def test_a_pronoun_subject_resolves():
    q = q_of("Sen. Ann Lee spoke in Ames on Monday. She blamed the loss on “weak turnout” in the north.")
    assert q["speaker"].tolist() == ["Ann Lee"] and q["speaker_mention"].tolist() == ["She"]


def test_who_clause_of_the_subject():
    q = q_of("Ann Lee, who dismissed the plan as “a fantasy”, left early.")
    assert q["speaker"].tolist() == ["Ann Lee"]
    q = q_of("Ann Lee, who blamed the delay on “bad luck”, left early.")
    assert q["speaker"].tolist() == ["Ann Lee"]


def test_apposition_between_subject_and_verb():
    q = q_of("Ann Lee, a farmer from Ames, blamed the drought on “bad luck” this year.")
    assert q["speaker"].tolist() == ["Ann Lee"]


# -- its guards ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It depended on “very loyal support” from the north.",  # 'it': not_subject
    "Ann Lee won among “very conservative” voters in Ames.",  # a quoted modifier of a noun
    "Ann Lee visited the so-called “safe zone” in the north.",  # label_word
    "Ann Lee visited the studio of “Morning Show” in Ames.",  # a short capitalised quote: a title
    "Ann Lee wrote a book, “Rain On The Plains” in Ames.",  # a work noun before the quote
    "Ann Lee blamed the delay; the port was “a mess” then.",  # another clause after a semicolon
    "Ann Lee arrived after the port was said to be “a mess” that day.",  # another cue's clause
    "Democratic farmers in the valley grew “organic” corn.",  # no finite verb after the subject
    "Sign up by clicking the “subscribe” button.",  # no subject
    "Multiple outlets reported that the port had “no plan” at all.",  # reported: a cue (left_any)
])
def test_guards_leave_the_quote_to_others_or_nobody(text):
    q = q_of(text)
    if "reported" in text:
        assert q["rule"].tolist() != ["X verb ... quote"]
        return
    assert q["speaker"].isna().all(), q[["text", "speaker"]]


def test_a_quote_opening_its_sentence_is_not_partial():
    q = q_of("Ann Lee spoke. Later the port closed. “A mess,” was all anyone heard.")
    assert q["rule"].tolist() != ["X verb ... quote"]


def test_according_to_after_the_quote_wins():
    q = q_of("Section 10 can be applied to “false statements,” according to the news outlet.")
    assert q["rule"].tolist() != ["X verb ... quote"]


def test_rule_name_and_confidence():
    q = q_of("Sen. Ann Lee blamed the loss on “weak turnout” in the north.")
    assert q["rule"].tolist() == ["X verb ... quote"]
    assert 0 < q["confidence"].iloc[0] < 1


# -- the noun phrases ------------------------------------------------------------------------------

def test_lowercase_modifiers_of_a_speaker_noun_after_a_name():
    q = q_of("Democratic presidential candidate Ann Lee called the plan “a disaster” on Monday.")
    assert q["speaker"].tolist() == ["Ann Lee"]
    assert q["speaker_mention"].tolist() == ["Democratic presidential candidate Ann Lee"]


def test_a_verb_is_not_read_as_a_modifier():
    q = q_of("Ann Lee won voters over and called the plan “a disaster” on Monday.")
    assert q["speaker"].tolist() == ["Ann Lee"] and q["speaker_mention"].tolist() == ["Ann Lee"]


def test_place_and_state_inside_an_apposition():
    q = q_of("Bo Park, a salesman from Sumter, South Carolina, says Lee will “leave here with momentum.”")
    assert q["speaker"].tolist() == ["Bo Park"]


def test_for_between_names():
    q = q_of("“No,” Ann Lee of the Center for Nonproliferation Studies wrote.")
    assert q["speaker"].tolist() == ["Ann Lee"]


def test_however_between_commas():
    q = q_of("Officials at the port, however, say the plan is “an umpire.”")
    assert q["speaker_mention"].tolist() == ["Officials at the port"]


def test_list_inside_an_apposition():
    q = q_of("Ann Lee, secretary for population, refugees, and migration, said “no” to it.")
    assert q["speaker"].tolist() == ["Ann Lee"]


def test_participle_opening_and_a_place_with_its_state():
    q = q_of("Asked on Monday whether the mayor would hold a cabinet post, Ann Lee shook her head and said, “No.”")
    assert q["speaker"].tolist() == ["Ann Lee"]
    q = q_of("Speaking at a town hall event in Salem, New Hampshire, Ann Lee went after Bo Park, calling him “a total stiff.”")
    assert q["speaker"].tolist() == ["Ann Lee"]


# -- session 26b: openers, irregular pasts, 'call for', datelines ----------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Ann Lee spoke first. Then she turned to “little” Bo Park.", "Ann Lee"),  # an opening adverb
    ("Ann Lee spoke first. But she cut staff and began talking about “the next round.”", "Ann Lee"),
    ("Ann Lee spoke first. Yet she held firm on “the next round.”", "Ann Lee"),
])
def test_subject_after_an_opener(text, speaker):
    assert q_of(text)["speaker"].dropna().tolist() == [speaker]


def test_an_irregular_passive_has_no_agent_subject():
    # 'was held': a finite_verb form after a passive auxiliary is a participle; the subject is no agent
    assert q_of("The agency was held in 2014 to have made “proof” of the attack.")["speaker"].isna().all()
    assert q_of("The agency held in 2014 that it had “proof” of the attack.")["speaker"].tolist() == ["agency"]


def test_a_named_owners_call_for_a_quote():
    q = q_of("Voters prefer Ann Lee’s call for “revolution” over slow change.")
    assert q["speaker"].tolist() == ["Ann Lee"]
    # a pronoun owner after 'for' / 'of' is left alone ('his promise that' keeps it)
    assert q_of("Bo Park spoke. Ann Lee has pushed his promise of “free college” for years.")["speaker"].tolist() == ["Ann Lee"]


def test_a_dateline_is_no_subject():
    q = q_of("PHILADELPHIA, July 25 (UPI) — The party committee released a statement on Monday, "
             "offering “a deep and sincere apology” to the senator.")
    assert q["speaker"].tolist() == ["party committee"]
    q = q_of("SALEM, Ore. — Sen. Ann Lee weighed in on the dispute, calling the move “a fireable offense.”")
    assert q["speaker"].tolist() == ["Ann Lee"]


def test_a_short_capitalised_quote_right_after_told_is_the_programme_told():
    from geolib.quotes import quotes

    assert quotes("“We will win,” Ann Lee told NBC’s “Today” on Monday.")["speaker"].tolist() == ["Ann Lee", None]
    assert quotes("“Of course,” Lee told “Fox and Friends,” reminding the hosts.")["speaker"].tolist() == ["Lee", None]


def test_a_base_form_verb_after_a_modal_or_did_makes_the_clause_of_the_subject():
    from geolib.quotes import quotes

    text = "The foundation did not want to address “that person,” telling reporters it was busy."
    assert quotes(text)["speaker"].tolist() == ["foundation"]
    assert quotes("Ann Lee will never accept a “bad deal” on trade.")["speaker"].tolist() == ["Ann Lee"]
    assert quotes("The senator is not happy about the “deal.”")["speaker"].tolist() == [None]
