"""Speaker shapes seen on held-out news (issue #15), each on a made-up sentence."""

import warnings

import pandas as pd
import pytest

import geolib
from geolib.quotes import quotes


def row(text: str, inner: str) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = quotes(geolib.load(text, doc_id="t"))
    for r in df.to_dict("records"):
        if not pd.isna(r["speaker_start"]):
            assert text[int(r["speaker_start"]):int(r["speaker_end"])] == r["speaker_mention"]
    rows = [r for r in df.to_dict("records") if r["text"] == inner]
    assert len(rows) == 1, df[["text", "speaker"]].values.tolist()
    return rows[0]


@pytest.mark.parametrize("text, speaker", [
    ("The minister resigned. “We will rebuild,” according to a statement released by the minister's office.",
     "minister's office"),
    ("Troops moved. “We stand firm,” according to a tweet by Secretary Jane Roe.", "Jane Roe"),
    ("“We stand firm,” said a letter signed by the Freedonian Union.", "Freedonian Union"),
])
def test_a_document_speaks_for_its_author(text: str, speaker: str) -> None:
    assert row(text, text[text.index("“") + 1:text.index("”")])["speaker"] == speaker


def test_the_subject_that_released_a_statement_speaks() -> None:
    r = row("Sen. Ann Lee met donors. Lee issued a statement which said, “We will fight on.”", "We will fight on.")
    assert r["speaker"] == "Ann Lee"


def test_a_statement_without_author_stays_the_statement() -> None:
    assert row("“We will fight on,” the statement said.", "We will fight on,")["speaker"] == "statement"


def test_a_person_of_a_place_is_the_person() -> None:
    r = row("“We will not yield,” President Jane Roe of Freedonia said on Monday.", "We will not yield,")
    assert r["speaker"] == "Jane Roe"
    assert r["speaker_mention"] == "President Jane Roe of Freedonia"


def test_said_another_is_the_new_speaker_not_the_earlier_one() -> None:
    text = "Mayor John Smith spoke first. “We are tired,” said one protester. “We want change,” said another."
    r = row(text, "We want change,")
    assert r["speaker"] == "another"
    assert r["speaker_mention"] == "another"


def test_an_acronym_the_article_defines_speaks_as_the_full_name() -> None:
    text = "The Freedonian Democratic Forces (FDF) met on Monday. “We will fight on,” the FDF said."
    r = row(text, "We will fight on,")
    assert r["speaker"] == "Freedonian Democratic Forces"
    assert r["speaker_mention"] == "the FDF"


def test_an_acronym_not_defined_stays_as_written() -> None:
    assert row("“We will fight on,” the FDF said.", "We will fight on,")["speaker"] == "FDF"
