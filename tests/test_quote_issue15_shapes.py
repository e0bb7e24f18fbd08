"""Issue 15 attribution shapes (session 28), on made-up sentences."""

import pytest

import geolib
from geolib.quotes import quotes


def _rows(text: str) -> list[tuple[str, str, str]]:
    """(quote, speaker, the text of the speaker's mention) of every quote."""
    q = quotes(geolib.load(text, doc_id="d"))
    return [(r.text, r.speaker, text[int(r.speaker_start):int(r.speaker_end)]) for r in q.itertuples()]


def test_a_pronoun_after_an_abbreviation_opens_its_own_sentence():
    text = ("Ann Lee spoke first. Lee says the plan will fail in the U.S. She says voters want “real answers.” "
            "Tom Ray waited until 9 p.m. He says “the count is slow.”")
    assert _rows(text) == [("real answers.", "Ann Lee", "She"), ("the count is slow.", "Tom Ray", "He")]


def _speakers(text: str) -> list[str]:
    return quotes(geolib.load(text, doc_id="d"))["speaker"].tolist()




@pytest.mark.parametrize("text, speaker", [
    ("Tom Ward, editor at large of The Post, an influential paper serving readers in Ohio, wrote, “We knew.”",
     "Tom Ward"),
    ("Tom Ward, a professor at Yale who once worked for Sen. Ann Lee (D-Ore.), one of the authors, called it "
     "“a big step.”", "Tom Ward"),
    ("Ann Lee, the editor of the local paper, The Daily Star, said the plan was “a mess.”", "Ann Lee"),
    ("Mr. Ray, whose new company, Datafirm, sells maps, said the mayor was “a builder.”", "Ray"),
    ("Or, as Tom Ridge, a former secretary of homeland security, put it: “No.”", "Tom Ridge"),
    ("A spokesman for the ministry, Li Wei, said it was “fine.”", "Li Wei"),
])
def test_the_speaker_is_the_person_an_apposition_chain_describes(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("sign, speaker", [
    ("Ann Lee, Center for Policy Research.", "Ann Lee"),
    ("Former city council president Tom Ray.", "Tom Ray"),
    ("Ann Lee.", "Ann Lee"),
])
def test_a_signature_line_under_an_open_quote_signs_it(sign, speaker):
    text = f"Costs rose.\n\n“We need tax cuts now.\n{sign}”\n\nOthers disagreed."
    assert _speakers(text) == [speaker]


def test_a_line_that_is_no_name_signs_nothing():
    text = "Lee spoke first.\n\n“We should stay in.\nThe end.”\n\nMore."
    assert _speakers(text) == ["Lee"]


@pytest.mark.parametrize("text, speaker", [
    ("Lee left. A White House official who spoke anonymously said, “There are talks.”", "White House official"),
    ("Lee left. An aide who asked not to be named said, “There are talks.”", "aide"),
    ("“It is done,” said a former official who ran the office and described the case as “a small matter.”",
     "former official"),
])
def test_a_relative_clause_between_subject_and_cue_is_read_over(text, speaker):
    assert set(_speakers(text)) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Ray made an ad. “They know Ann is strong,” a voice-over in the ad states.", "voice-over in the ad"),
    ("Ray set up a website. “Hi Americans, welcome,” a message on the website reads.", "message on the website"),
])
def test_the_noun_before_a_preposition_speaks_after_the_quote(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_relative_clause_with_a_pronoun_subject_gives_the_nearer_mention():
    text = "Ann Lee said the field was split, which she declared “a total disaster” for the party."
    assert _rows(text) == [("a total disaster", "Ann Lee", "she")]


def test_a_cue_word_after_a_preposition_in_a_who_clause_is_a_noun():
    text = "Lee spoke. Tom Ray, who was greeted with chants of “Go home!” at a rally, smiled."
    assert _speakers(text) != ["Tom Ray"]


@pytest.mark.parametrize("text, speaker", [
    ("Lee spoke. “We will win,” Ray was quoted as saying.", "Ray"),
    ("Lee spoke. “We will win,” the mayor has been quoted as saying.", "mayor"),
])
def test_quoted_as_saying_after_the_quote_names_its_subject(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("sign, speaker", [
    ("- Ann Lee.", "Ann Lee"),
    ("—Sen. Tom Ray, speaking in Ohio.", "Tom Ray"),
    ("- Lee.", "Ann Lee"),
])
def test_a_dash_line_under_a_quote_paragraph_signs_it(sign, speaker):
    text = f"Ann Lee and Tom Ray debated.\n\n“We need tax cuts now. The rest can wait.”\n\n{sign}\n\nOthers disagreed."
    assert _speakers(text) == [speaker]


def test_a_name_with_a_relative_clause_apposition_before_the_cue_speaks():
    text = ("Polls moved.\n\n“She needs a plan for young voters,” Tom Ward, the data analyst who founded a "
            "polling site tweeted on Monday. “They are drifting.”\n\nOthers disagreed.")
    assert _speakers(text) == ["Tom Ward", "Tom Ward"]


@pytest.mark.parametrize("after, speaker", [
    ("Ann Lee said.", ["Ann Lee"]),
    ("Ann Lee said on Monday.", ["Ann Lee"]),
    ("Ann Lee said the vote was close.", [None]),
])
def test_a_full_stop_inside_the_quote_then_only_name_and_cue(after, speaker):
    text = f"Polls moved.\n\n“Russia, if you are there, help us find the files.” {after}\n\nOthers disagreed."
    assert _speakers(text) == speaker


@pytest.mark.parametrize("rest, speakers", [
    ("Ann Lee said Tuesday in Paris, noting the mayor “makes you want to leave.”", ["Ann Lee", "Ann Lee"]),
    ("Ann Lee said Tuesday in Paris, and Tom Ray called it “a joke.”", [None, "Tom Ray"]),
])
def test_a_final_said_clause_followed_by_a_reporting_participle_covers_the_quote_before(rest, speakers):
    text = f"Polls moved.\n\nThe mayor’s “excesses” are sickening, {rest}\n\nOthers disagreed."
    assert _speakers(text) == speakers


def test_three_single_marks_close_the_inner_quote_then_the_outer():
    text = "Polls moved.\n\n''I would use the word 'modest,''' said Ann Lee, a friend of the family.\n\nOthers disagreed."
    assert _rows(text) == [("I would use the word 'modest,'", "Ann Lee", "Ann Lee")]


@pytest.mark.parametrize("text, speaker", [
    ("Polls moved.\n\nAn early tweet quoted the mayor as saying “we need to act now.”", "tweet"),
    ("Polls moved.\n\nA few say the plan is “a disaster.”", None),
])
def test_a_cue_form_after_a_and_one_word_is_a_noun(text, speaker):
    assert _speakers(text) == [speaker]
