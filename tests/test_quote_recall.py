"""Issue 15, speaker recall: quotes that had no speaker although their sentence or paragraph names
one, on made-up sentences."""

import geolib
from geolib.quotes import quotes


def _spk(text: str) -> list[list]:
    return quotes(geolib.load(text, doc_id="d"))[["text", "speaker"]].values.tolist()


def test_a_quote_split_by_its_attribution_keeps_the_speaker():
    rows = _spk("“The plan is late,” said the state senator, “and nobody has paid for it.”")
    assert [r[1] for r in rows] == ["state senator", "state senator"]
    rows = _spk("“It is not new here,” said Rep. Ann Lee (D-Va.) on Monday, adding that “we have done it for years.”")
    assert [r[1] for r in rows] == ["Ann Lee", "Ann Lee"]


def test_a_quoted_title_in_the_speaker_s_description_is_not_the_speaker_s_words():
    rows = _spk("“It was a long winter,” said Ann Lee, author of “The Cold Season.”")
    assert rows[1][1] is None
