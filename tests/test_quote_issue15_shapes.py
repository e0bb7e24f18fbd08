"""Issue 15 attribution shapes (session 28), on made-up sentences."""

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
