"""The scorer's speaker check (geolib.evaluation_match) on made-up sentences: it credits the gold
Source's person however the Source is written, and never another person."""

import pandas as pd
import pytest

from geolib.evaluation import gold_units, read_brat, score_quotes
from geolib.evaluation_match import SpeakerMatch, source_head


def _right(text: str, source: str, speaker: str | None, mention: str | None = None, occurrence: int = 0) -> bool:
    """Whether `speaker` (its mention: the `occurrence`-th `mention` in text) is right for the
    first Source `source` in text."""
    s = text.index(source)
    ms = me = None
    if mention is not None:
        ms = -1
        for _ in range(occurrence + 1):
            ms = text.index(mention, ms + 1)
        me = ms + len(mention)
    return SpeakerMatch(text).right(speaker, ms, me, [(s, s + len(source))])


REGALADO = 'Mr. Regalado, who was born in Havana and emigrated as a teenager, said "no."'


def test_relative_clause_after_a_comma_is_not_the_person():
    src = "Mr. Regalado, who was born in Havana and emigrated as a teenager"
    assert _right(REGALADO, src, "Regalado")
    assert _right(REGALADO, src, "Tomás Regalado")
    assert not _right(REGALADO, src, "Havana")
    assert _right(REGALADO, src, "Regalado", "Mr. Regalado")
    assert not _right(REGALADO, src, "Havana", "Havana")


@pytest.mark.parametrize("source, right, wrong", [
    ("Sen. Bernie Sanders (I-Vt.)", ["Bernie Sanders", "Sanders"], ["Vt", "Vermont"]),
    ("Jack Mozloom, a spokesman for the National Federation of Independent Business",
     ["Jack Mozloom", "Mozloom"], ["National Federation of Independent Business"]),
    ("Emergencies Minister Yevgeny Zinichev", ["Yevgeny Zinichev", "Zinichev"], ["Emergencies Ministry"]),
    ("Democratic presidential candidate Bernie Sanders", ["Bernie Sanders"], ["Democratic"]),
    ("Clinton’s top foreign policy aide Jake Sullivan", ["Jake Sullivan"], ["Hillary Clinton", "Clinton"]),
    ("Trump’s Virginia state director, Mike Rubino", ["Mike Rubino"], ["Donald Trump", "Virginia"]),
    ("Jason Gilbert of Cheyenne", ["Jason Gilbert"], ["Cheyenne"]),
    ("Secretary of State John Kerry", ["John Kerry", "Kerry"], ["State"]),
    ("Cruz himself", ["Ted Cruz"], []),
    ("Mrs. Lane and her surrogates", ["Ann Lane"], ["surrogates"]),
    ("A projection by the consulting firm Oxford Economics", ["Oxford Economics"], []),
    ("Clinton’s campaign", ["Clinton’s campaign"], ["Hillary Clinton"]),
    ("The council", [], ["The", "Council Bluffs"]),
])
def test_head_noun_phrase_of_the_source(source, right, wrong):
    text = f'{source} said "we will see."'
    for spk in right:
        assert _right(text, source, spk), spk
    for spk in wrong:
        assert not _right(text, source, spk), spk


def test_mention_must_overlap_the_head_not_a_modifier():
    text = 'Republican presidential candidate Donald Trump said "fine."'
    src = "Republican presidential candidate Donald Trump"
    assert _right(text, src, "Donald Trump", "Trump")
    assert not _right(text, src, "Republican", "Republican")
    text = 'Mr. Lee, a spokesman for the ministry, said "fine."'
    assert _right(text, "Mr. Lee, a spokesman for the ministry", "spokesman", "a spokesman")
    assert not _right(text, "Mr. Lee, a spokesman for the ministry", "ministry", "the ministry")


def test_right_mention_resolved_to_another_person_is_wrong():
    text = 'Joshua Wong spoke. Then a protester using the pseudonym Katya said "no."'
    src = "a protester using the pseudonym Katya"
    assert not _right(text, src, "Joshua Wong", "a protester")
    assert _right(text, src, "protester", "a protester")
    assert _right(text, src, "Katya")


def test_surname_of_two_people_needs_the_first_name():
    both = ('Bill Clinton spoke in Ohio. Hillary Clinton spoke later. Mrs. Clinton said "we win."')
    assert not _right(both, "Mrs. Clinton", "Bill Clinton")
    assert _right(both, "Mrs. Clinton", "Clinton")
    one = 'Paul Manafort spoke. Mr. Manafort said "we win."'
    assert _right(one, "Mr. Manafort", "Paul Manafort")
    # a sentence opener and a nickname are not a second person
    nick = 'Pete Santilli spoke. When Santilli left, when asked, Peter Santilli said "bye." Santilli said "yes."'
    s = nick.rindex("Santilli")
    assert not SpeakerMatch(nick).shared_surname("santilli")
    assert SpeakerMatch(nick).right("Peter Santilli", None, None, [(s, s + 8)])


def test_relative_pronoun_stands_for_the_name_before_it():
    text = 'Roffman, who estimates his costs were "in the seven figures," lost.'
    s = text.index("who")
    head = source_head(text, s, s + 3)
    assert head.name == ["roffman"]
    m = SpeakerMatch(text)
    assert m.right("Marvin Roffman", None, None, [(s, s + 3)])
    assert not m.right("Trump", None, None, [(s, s + 3)])
    # after a preposition the relative may belong to the noun before it: no antecedent
    text = 'a spokesman for Senator Lee, who called it "odd."'
    s = text.index("who")
    assert source_head(text, s, s + 3).name == []
    # ... but not after a thing's preposition: "who" is a person's, the name's
    text = 'It drew a rebuke from President Ann Lee, who called it "odd."'
    s = text.index("who")
    assert source_head(text, s, s + 3).name == ["ann", "lee"]
    text = 'It was a loss for Mr. Roe, who called it "odd."'
    s = text.index("who")
    assert source_head(text, s, s + 3).name == ["roe"]
    # a person of a place: "Sen. Ann Lee of Ohio, who"
    text = 'Rivals such as Sen. Ann Lee of Ohio, who called it "odd."'
    s = text.index("who")
    assert source_head(text, s, s + 3).name == ["ann", "lee"]
    # a description after a preposition stays without antecedent ("familiar with the talks, who")
    text = 'said one aide familiar with the talks, who called it "odd."'
    s = text.index("who")
    assert source_head(text, s, s + 3).name == []


def test_pronoun_source_only_by_span():
    text = 'Ann Lee spoke. She said "yes."'
    assert _right(text, "She", "Ann Lee", "She")
    assert not _right(text, "She", "Ann Lee", "Ann Lee")


def test_swapped_source_and_cue_are_repaired(tmp_path):
    text = '"We grow," said Robert McAtee, one of the veterans. "Fine," Ann Lee said.'
    ann = tmp_path / "d_A1.ann"
    q1, q2 = text.index('"We grow,"'), text.index('"Fine,"')
    said1 = text.index("said")
    name1 = text.index("Robert McAtee, one of the veterans")
    said2 = text.index("said", said1 + 1)
    ann.write_text(
        f"T1\tSource {said1} {said1 + 4}\tsaid\n"
        f"T2\tCue {name1} {name1 + 34}\tRobert McAtee, one of the veterans\n"
        f"T3\tContent {q1} {q1 + 10}\t\"We grow,\"\n"
        f"T4\tAttribution {said1} {said1 + 4}\tsaid\n"
        f"E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
        f"T5\tSource {text.index('Ann Lee')} {text.index('Ann Lee') + 7}\tAnn Lee\n"
        f"T6\tCue {said2} {said2 + 4}\tsaid\n"
        f"T7\tContent {q2} {q2 + 7}\t\"Fine,\"\n"
        f"T8\tAttribution {said2} {said2 + 4}\tsaid\n"
        f"E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n",
        encoding="utf-8")
    units = gold_units(text, read_brat(ann, doc_id="d"))
    assert [src[0][2] for src in units["sources"]] == ["Robert McAtee, one of the veterans", "Ann Lee"]
    pred = pd.DataFrame([{"doc_id": "d", "start": q1 + 1, "end": q1 + 9, "text": "We grow,",
                          "speaker": "Robert McAtee", "speaker_start": None, "speaker_end": None}])
    counts, _ = score_quotes(pred, units, text=text)
    assert counts["n_right_units"] == 1


def test_relative_pronoun_after_a_description():
    text = 'Trump met the Mexican president, who said NAFTA was "good for both."'
    s = text.index("who")
    head = source_head(text, s, s + 3)
    assert [text[a:b] for a, b in head.heads][0] == "president"
    m = SpeakerMatch(text)
    assert m.right("Mexican president", text.index("the Mexican"), text.index(","), [(s, s + 3)])
    assert not m.right("Donald Trump", 0, 5, [(s, s + 3)])
