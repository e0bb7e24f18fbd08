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


def test_a_quote_right_after_a_cue_in_a_time_clause_is_that_clause_s():
    rows = _spk("“There is a young man here,” Cruz said as the heckler yelled: “You suck!”")
    assert rows[1] == ["You suck!", "heckler", "yelled"]
    rows = _spk("Some Democrats said they feared a speech like the one in 1992, when Mr. Buchanan called for "
                "a “cultural war” against liberals.")
    assert rows == [["cultural war", "Buchanan", "called"]]
    # a cue far before the quote in that clause leaves the main clause's speaker
    rows = _spk("Kim said it was odd, because Lee argued on Monday in a long speech at the old town hall "
                "in front of many people that it was “a win.”")
    assert rows[0][1] == "Kim"


def test_the_object_of_a_relative_clause_is_not_the_subject():
    rows = _spk("Senior campaign advisers who have run the numbers argue that the race is “over.”")
    assert rows == [["over.", "Senior campaign advisers", "argue"]]
    rows = _spk("Officials who reviewed the documents said they were “deeply troubling.”")
    assert rows[0][1] == "Officials"


def test_an_inverted_final_attribution_covers_the_sentence():
    rows = _spk("Clinton “drew quite well from working-class Democrats” in 2008, said Ohio State professor Paul Beck.")
    assert rows[0][1:] == ["Paul Beck", "said"]
    rows = _spk("Guns are “a crisis” for us all, said Howard Dean, the former governor of Vermont.")
    assert rows[0][1:] == ["Howard Dean", "said"]
    # an inverted cue that does not end the sentence is no attribution of it
    rows = _spk("Guns are “a crisis” for us all, said Howard Dean and the crowd cheered loudly for a while.")
    assert rows[0][1] != "Howard Dean"


def test_an_opening_phrase_with_a_place_and_a_date_is_not_the_subject():
    rows = _spk("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried again, saying that we should be "
                "“rallying our partners.”")
    assert rows[0][1] == "Clinton"


def test_a_gendered_title_keeps_the_fullest_name_of_that_gender():
    rows = _spk("Bill Clinton spoke on Monday. Hillary Clinton spoke later. “We will win,” Mrs. Clinton said. "
                "“Fine,” Mr. Clinton said.")
    assert [r[1] for r in rows] == ["Hillary Clinton", "Bill Clinton"]
