"""Issue 15 attribution fixes, on made-up sentences: speech verbs that were missing from
reporting_verbs.csv, and an introductory time phrase ("Hours later,") that is not a speaker."""

import pytest

import geolib
from geolib.quotes import quotes


def _spk(text: str) -> list[list]:
    return quotes(geolib.load(text, doc_id="d"))[["text", "speaker", "cue"]].values.tolist()


@pytest.mark.parametrize("text, speaker, cue", [
    ("“Not to mention that,” mused the radio host Stu Burguiere.", "Stu Burguiere", "mused"),
    ("Lee spoke. “It is just not true,” Kim interjected.", "Kim", "interjected"),
    ("Asked about it, Lee demurred: “Whichever one I am in.”", "Lee", "demurred"),
    ("Rubio fired back: “If they sue us, they lose.”", "Rubio", "fired back"),
    ("“France will always be France,” an angry Hollande retaliated.", "Hollande", "retaliated"),
    ("“Get out,” the sergeant barked.", "sergeant", "barked"),
    ("Kim touted her record as “the best in the state.”", "Kim", "touted"),
])
def test_missing_speech_verbs_are_cues(text, speaker, cue):
    rows = _spk(text)
    assert rows[0][1:] == [speaker, cue]


def test_a_touted_clause_gives_the_next_quote_its_speaker():
    rows = _spk("Sanders spoke first. Clinton touted her record. “We need unions.”")
    assert rows == [["We need unions.", "Clinton", None]]


@pytest.mark.parametrize("opening", ["Hours later", "Minutes later", "Days later", "Years ago"])
def test_introductory_time_phrase_is_not_the_speaker(opening):
    rows = _spk(f"Adelson praised him. {opening}, Trump returned the compliment, telling Reuters, “He is great.”")
    assert rows == [["He is great.", "Trump", "telling"]]
