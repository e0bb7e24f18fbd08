"""Tests for quote finding and attribution (geolib.quotes)."""

from pathlib import Path

import pandas as pd
import pytest

import geolib
from geolib.quotes import (QUOTE_COLUMNS, plot_verb_groups, plot_voice_share, quote_spans, quotes,
                           reporting_verbs, verb_groups, voice_share)
from geolib.quotes.context import Doc
from geolib.quotes.spans import find_spans
from geolib.quotes.words import word_sets

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_1a88b60b02b3bbd2.txt"


def q_of(text: str, **kw) -> pd.DataFrame:
    return quotes(geolib.load(text, doc_id="t"), **kw)


def one(text: str, inner: str) -> dict:
    """The row of the quote whose text is `inner`, after checking every span of every row."""
    df = q_of(text)
    check_offsets(text, df)
    rows = df[df["text"] == inner]
    assert len(rows) == 1, df[["text", "speaker"]].values.tolist()
    return rows.iloc[0].to_dict()


def check_offsets(text: str, df: pd.DataFrame) -> None:
    assert list(df.columns) == QUOTE_COLUMNS
    for r in df.itertuples():
        assert text[r.start : r.end] == r.text
        if r.speaker is not None:
            assert pd.notna(r.speaker_start) and pd.notna(r.speaker_end)
            assert 0 <= r.speaker_start < r.speaker_end <= len(text)
        if r.cue is not None:
            assert text[r.cue_start : r.cue_end] == r.cue or r.cue == ":"


def mention(text: str, row: dict) -> str:
    return text[int(row["speaker_start"]) : int(row["speaker_end"])]


# -- finding quotes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we win" today.', ["we win"]),
        ("He said “we win” today.", ["we win"]),
        ("He said ‘we win’ today.", ["we win"]),
        ("Il a dit « nous gagnons » hier.", [" nous gagnons "]),
        ("He said ''we win'' today.", ["we win"]),
    ],
)
def test_marks(text, expected):
    assert [text[s:e] for s, e in quote_spans(text)] == expected


def test_nested_quote_spans():
    t = 'He said: “They call it a ‘special operation’ and ‘peace’,” and left. ‘Fine’.'
    assert [t[s:e] for s, e in quote_spans(t)] == ["They call it a ‘special operation’ and ‘peace’,", "Fine"]
    assert [t[s:e] for s, e in quote_spans(t, nested=True)] == [
        "They call it a ‘special operation’ and ‘peace’,", "special operation", "peace", "Fine"]


def test_apostrophes_are_not_quotes():
    t = "Smith’s band played rock ’n’ roll in the ’90s at the Joneses’ house, and it’s “fine,” he said."
    assert [t[s:e] for s, e in quote_spans(t)] == ["fine,"]


def test_nested_quote_stays_inside():
    t = "“They called it ‘a disaster’ on day one,” she said."
    assert [t[s:e] for s, e in quote_spans(t)] == ["They called it ‘a disaster’ on day one,"]


def test_unclosed_mark_ends_at_its_paragraph():
    t = "He said “this never closes\n\nThe next paragraph is plain. She said “ok” then."
    got = [t[s:e] for s, e in quote_spans(t, [(0, 26), (28, len(t))])]
    assert got == ["this never closes", "ok"]


def test_multi_paragraph_quote_is_one_quote():
    t = ("“We will rebuild the port. It will take years.\n\n"
         "“And we will not stop,” the mayor said.\n\nOthers disagreed.")
    df = q_of(t)
    check_offsets(t, df)
    assert len(df) == 1
    row = df.iloc[0]
    assert row["text"].startswith("We will rebuild") and row["text"].endswith("not stop,")
    assert mention(t, row) == "the mayor" and row["kind"] == "direct"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a paragraph opening with another kind of mark starts a new quote (closed there) ...
        ("He said “the talks are over.\n\n‘Not yet,’ she said.", ["the talks are over.", "Not yet,"]),
        # ... or a new one that is itself left open
        ("He said “the talks are over.\n\n‘Not yet, she said.\n\nThey left.",
         ["the talks are over.", "Not yet, she said."]),
        # the same the other way round: single first, then a double
        ("He called it ‘a farce.\n\n“We disagree,” she said.", ["a farce.", "We disagree,"]),
        # the same family reopening still continues, over any number of paragraphs
        ("He said “the talks are over.\n\n“The port is shut.\n\n\"We go home,” he added.",
         ["the talks are over.\n\n“The port is shut.\n\n\"We go home,"]),
    ],
)
def test_quote_continues_only_into_a_paragraph_reopening_with_the_same_kind_of_mark(text, expected):
    assert [text[s:e] for s, e in quote_spans(text)] == expected
    df = q_of(text)
    check_offsets(text, df)
    assert df["text"].tolist() == expected


def test_split_quote_and_continuation():
    t = '"We are ready," Sen. Ann Lee said. "The vote is tomorrow."'
    first, second = one(t, "We are ready,"), one(t, "The vote is tomorrow.")
    assert first["speaker"] == second["speaker"] == "Ann Lee"
    assert first["cue"] == "said" and first["cue_group"] == "neutral"
    assert second["cue"] is None  # no cue of its own, continues the previous speaker
    assert mention(t, second) == "Sen. Ann Lee"


# -- attribution patterns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, inner, speaker, cue",
    [
        ("“Taxes will rise,” Maria Lopez said on Monday.", "Taxes will rise,", "Maria Lopez", "said"),
        ("“Taxes will rise,” said Maria Lopez, the finance minister.", "Taxes will rise,", "Maria Lopez", "said"),
        ("“Taxes will rise,” Maria Lopez said in a statement.", "Taxes will rise,", "Maria Lopez", "said"),
        ("According to Maria Lopez, the plan is “dead on arrival.”", "dead on arrival.", "Maria Lopez", "According to"),
        ("Maria Lopez told reporters: “We will not give in.”", "We will not give in.", "Maria Lopez", "told"),
        ("Maria Lopez wrote on Twitter: “Shameful day.”", "Shameful day.", "Maria Lopez", "wrote"),
        ("In a statement, Maria Lopez said, “We will appeal.”", "We will appeal.", "Maria Lopez", "said"),
        ("Maria Lopez called it “a betrayal of voters.”", "a betrayal of voters.", "Maria Lopez", "called"),
        ("Maria Lopez criticized the budget as “reckless”.", "reckless", "Maria Lopez", "criticized"),
        ("Maria Lopez, describing the deal as “a farce”, left early.", "a farce", "Maria Lopez", "describing"),
        ("Maria Lopez called on the council to “act now”.", "act now", "Maria Lopez", "called on"),
    ],
)
def test_attribution_patterns(text, inner, speaker, cue):
    row = one(text, inner)
    assert row["speaker"] == speaker
    assert row["cue"] == cue
    assert "Lopez" in mention(text, row)


def test_colon_attribution():
    t = "Maria Lopez: “We will not give in.”"
    row = one(t, "We will not give in.")
    assert row["speaker"] == "Maria Lopez" and row["cue"] == ":"


def test_subordinate_cue_does_not_take_over():
    t = "Flynn said Trump was “absolutely right” when he said the generals were “reduced to rubble.”"
    assert one(t, "reduced to rubble.")["speaker"] == "Flynn"


def test_pronoun_resolves_to_fullest_name():
    t = ("Sen. Lindsey Graham spoke to reporters on Tuesday.\n\n"
         "“This is a mistake,” he said. Graham added that the vote was “premature.”")
    he = one(t, "This is a mistake,")
    assert mention(t, he) == "he" and he["speaker"] == "Lindsey Graham"
    graham = one(t, "premature.")
    assert mention(t, graham) == "Graham" and graham["speaker"] == "Lindsey Graham"


def test_description_resolves_to_earlier_speaker():
    t = ("A spokesman for the ministry, Li Wei, said the talks were “useful.”\n\n"
         "“We expect more progress,” the spokesman said.")
    row = one(t, "We expect more progress,")
    assert mention(t, row) == "the spokesman" and row["speaker"] == "Li Wei"


def test_scare_quote_has_no_speaker():
    t = "The so-called “reset” with Moscow ended in 2014."
    row = one(t, "reset")
    assert row["speaker"] is None and row["kind"] == "partial"


def test_kinds():
    t = "“We will win. Nobody doubts it,” she said, calling rivals “weak”."
    assert one(t, "We will win. Nobody doubts it,")["kind"] == "direct"
    assert one(t, "weak")["kind"] == "partial"


# -- the seed ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    doc = geolib.load(str(SEED))
    return doc, quotes(doc)


def test_seed_offsets_and_roles(seed):
    doc, df = seed
    check_offsets(doc.text, df)
    assert (df["doc_id"] == doc.doc_id).all()
    # the newsletter title lives in the editor's note, outside the default roles...
    assert not df["text"].str.contains("Meanwhile, China").any()
    # ...and even when asked for, nobody says it
    allq = quotes(doc, roles=None)
    title = allq[allq["text"] == "Meanwhile, China"]
    assert len(title) == 1 and title.iloc[0]["speaker"] is None


def test_seed_nato_declaration_is_nato(seed):
    doc, df = seed
    for inner in ("decisive supporter", "end all material and political support to the Russian war effort"):
        row = df[df["text"] == inner].iloc[0]
        assert "NATO" in row["speaker"]
    cont = df[df["text"].str.startswith("At the same time, we are")].iloc[0]
    assert cont["speaker"] == "NATO leaders" and cont["cue"] is None and cont["kind"] == "direct"


def test_seed_china_partial_quotes(seed):
    doc, df = seed
    row = df[df["text"] == "full of Cold War mentality and bellicose rhetoric"].iloc[0]
    assert row["speaker"] == "China" and row["kind"] == "partial" and row["cue_group"] == "critical"
    assert doc.text[row["speaker_start"]:row["speaker_end"]] == "China"


def test_seed_last_statement_is_the_eu_delegation(seed):
    doc, df = seed
    last = df[df["cue"].eq("said")].iloc[-1]
    assert last["text"].startswith("The Asia-Pacific region is a place")
    assert doc.text[last["speaker_start"]:last["speaker_end"]] == "the statement"
    assert "EU delegation" in last["speaker"]


def test_seed_speaker_actor(seed):
    pytest.importorskip("geolib.actors")
    doc, df = seed
    by_text = df.set_index("text")
    assert by_text.loc["decisive supporter", "speaker_actor"] == "NATO"
    assert by_text.loc["full of Cold War mentality and bellicose rhetoric", "speaker_actor"] == "China"
    assert by_text.loc["major threat", "speaker_actor"] == "China"


# -- robustness, corpus, lexicon, voice share ---------------------------------------------------


@pytest.mark.parametrize("text", ['"', "“”", "‘’’", "He said “", "\n\n“\n\n”", "x" * 3, "“a” “b” “c",
                                  "said said said “", "“WALLACE: hi\n\n“PENCE: yes”"])
def test_odd_text_does_not_crash(text):
    df = q_of(text)
    assert list(df.columns) == QUOTE_COLUMNS
    check_offsets(text, df)


def test_empty_corpus_gives_empty_table():
    df = quotes([])
    assert list(df.columns) == QUOTE_COLUMNS and len(df) == 0


def test_corpus_input():
    corpus = geolib.read_corpus(pd.DataFrame({"doc_id": ["a", "b"],
                                              "text": ["“Yes,” Ann Lee said.", "No quotes here."]}),
                                id_col="doc_id")
    df = quotes(corpus)
    assert df["doc_id"].tolist() == ["a"]


def test_reporting_verb_lexicon_has_all_forms_and_groups():
    rv = reporting_verbs()
    forms = set(rv["form"])
    assert {"say", "says", "said", "saying"} <= forms
    groups = dict(zip(rv["form"], rv["group"]))
    assert groups["insisted"] == "assertive" and groups["condemned"] == "critical"
    assert groups["added"] == "neutral" and groups["praised"] == "supportive"


def test_voice_share_counts(seed):
    doc, df = seed
    vs = voice_share(df)
    spk = vs[vs["level"] == "speaker"]
    top = spk.iloc[0]
    sub = df[df["speaker"] == top["value"]]
    assert top["n_quotes"] == len(sub)
    assert top["n_words"] == sub["text"].str.split().str.len().sum()
    assert top["n_direct"] + top["n_partial"] == top["n_quotes"]
    assert spk["share_words"].sum() == pytest.approx(1.0)
    with pytest.raises(ValueError):
        voice_share(pd.DataFrame({"x": [1]}))


def test_plot_voice_share(seed):
    import matplotlib

    matplotlib.use("Agg")
    _, df = seed
    ax = plot_voice_share(df, level="speaker", top=3)
    assert len(ax.get_yticklabels()) == 3
    assert ax.get_xlabel() == "quoted words"


def test_voice_share_legend_shows_the_coloured_bars_not_the_grey_one():
    """With a "(no speaker actor)" bar first (grey), the legend still shows direct and partial in
    their colours."""
    import matplotlib
    from matplotlib.colors import to_hex

    matplotlib.use("Agg")
    q = pd.DataFrame({"speaker_actor": [None, "China"], "kind": ["direct", "partial"],
                      "text": ["a b c d", "e f"]})
    ax = plot_voice_share(q, level="speaker_actor")
    assert ax.patches[0].get_width() == 4 and to_hex(ax.patches[0].get_facecolor()) == "#bbbbbb"
    leg = ax.get_legend()
    assert [t.get_text() for t in leg.get_texts()] == ["direct", "partial"]
    assert [to_hex(h.get_facecolor()) for h in leg.legend_handles] == ["#4c72b0", "#dd8452"]


def test_verb_groups_count_every_quote(seed):
    import matplotlib

    matplotlib.use("Agg")
    _, df = seed
    table = verb_groups(df)
    assert table.values.sum() == len(df)
    assert table.index.name == "speaker_actor" and table.columns.name == "cue_group"
    row_of = df.speaker_actor.where(df.speaker_actor.notna() | df.speaker.isna(), "(speaker, no actor)")
    row_of = row_of.fillna("(no speaker found)")
    for actor, row in table.iterrows():  # each cell is the count of those quotes
        mine = df[row_of == actor]
        assert len(mine), actor
        assert row.to_dict() == {g: int((mine.cue_group.fillna("no cue") == g).sum()) for g in table.columns}
    known = table.drop(index=[r for r in ("(speaker, no actor)", "(no speaker found)") if r in table.index])
    assert list(known.sum(axis=1)) == sorted(known.sum(axis=1), reverse=True)
    ax = plot_verb_groups(df)
    assert [t.get_text() for t in ax.get_yticklabels()] == list(table.index)
    assert ax.get_title().endswith(f": {int(known.values.sum()):,} of {len(df):,} quotes")
    assert len(ax.patches) == table.size
    assert verb_groups(df.iloc[:0]).empty
    with pytest.raises(ValueError, match="missing columns"):
        verb_groups(df.drop(columns="cue_group"))


def test_verb_groups_keep_quotes_without_speaker_or_actor_apart():
    q = quotes('"Go," Biden said. "No," a farmer replied.\n\nThe sign read "Closed".')
    table = verb_groups(q)
    assert list(table.index) == ["United States", "(speaker, no actor)", "(no speaker found)"]
    assert table.loc["(speaker, no actor)"].sum() == 1 and table.loc["(no speaker found)", "no cue"] == 1
    by_speaker = verb_groups(q, by="speaker")
    assert "(speaker, no actor)" not in by_speaker.index and by_speaker.loc["(no speaker found)"].sum() == 1


def test_given_actors_table_gives_the_same_speaker_actors(seed):
    pytest.importorskip("geolib.actors")
    from geolib.actors import actors

    doc, df = seed
    again = quotes(doc, actors=actors(doc, roles=None))
    pd.testing.assert_frame_equal(df, again)
    # another document's actors are not used: nobody gets an actor
    none = quotes(doc, actors=actors(geolib.load("China said no.", doc_id="other"), roles=None))
    assert none["speaker_actor"].isna().all() and none["speaker"].notna().any()
    with pytest.raises(ValueError):
        quotes(doc, actors=pd.DataFrame({"x": [1]}))


# -- gender in pronoun resolution ------------------------------------------------------------------


def test_she_skips_a_male_speaker_by_first_name():
    t = ("Council member Linda Park spoke first at the hearing.\n\n"
         "“We are out of money,” David Ortiz said.\n\n"
         "“The budget is a fantasy,” she said.")
    row = one(t, "The budget is a fantasy,")
    assert row["speaker"] == "Linda Park" and mention(t, row) == "she"


def test_he_skips_a_female_speaker_by_title():
    t = ("Mr. Adebayo chaired the meeting. Ms. Varga said the plan was “too slow.”\n\n"
         "“I disagree,” he said.")
    row = one(t, "I disagree,")
    assert row["speaker"] == "Adebayo"


def test_unknown_gender_still_resolves():
    t = "“We will appeal,” Kerrigan said.\n\n“It is not over,” she added."
    assert one(t, "It is not over,")["speaker"] == "Kerrigan"


def test_gender_lexicon_is_shipped():
    from geolib.quotes import load_quote_words

    gw = {(k, w): v for k, w, v in load_quote_words()[["kind", "word", "value"]].values.tolist()}
    assert gw["first_name", "david"] == "m" and gw["first_name", "linda"] == "f"
    assert gw["gendered_title", "mrs."] == "f" and gw["gendered_noun", "spokeswoman"] == "f"
    assert gw["gendered_pronoun", "she"] == "f"


# -- attribution rules: dash appositions, passives, subjects of they/it, phrases, titles ---------


@pytest.mark.parametrize("text, inner, speaker", [
    ('Ann Lee -- the head of the port agency, which runs the docks -- told me, "We are fine."',
     "We are fine.", "Ann Lee"),
    ("Bob Stone—a longtime critic of the plan—told reporters: “No way.”", "No way.", "Bob Stone"),
    ("“Born to Run” was written by Bruce Springsteen in 1975.", "Born to Run", "Bruce Springsteen"),
    ("“Leave no one behind,” a line coined by Mayor Rita Gomez, is now on every bus.",
     "Leave no one behind,", "Rita Gomez"),
    ("Omar Tahir spoke first. The union’s campaign contrasts its plan with what they call the board’s “empty promises.”",
     "empty promises.", "union’s campaign"),
    ("Sen. Ann Lee (D-Ore.), in particular, has been attacking Stone as a “con artist” for weeks.",
     "con artist", "Ann Lee"),
    ("Stone has used the phrase “radical extremism” often in his speeches.", "radical extremism", "Stone"),
    ("NEW RULES ON TAP — Lee’s office said the rules were “a disgrace.”", "a disgrace.", "Lee’s office"),
])
def test_attribution_rules(text, inner, speaker):
    row = one(text, inner)
    assert row["speaker"] == speaker


def test_coordinated_capitalised_quotes_share_their_introduction():
    t = "At the rally, Ann Lee called her rivals “Lazy Bob” and “Crooked Sam” again."
    df = q_of(t)
    assert df["speaker"].tolist() == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize("text", [
    "The bill, known as the “Clean Water Protection Act” passed easily.",
    "In her 2010 book, “Lean Forward Now,” Ms. Diaz argued for reform.",
])
def test_titles_of_works_are_nobodys_words(text):
    df = q_of(text)
    assert len(df) == 1 and df.iloc[0]["speaker"] is None


@pytest.mark.parametrize("text, inner, speaker", [
    ("The rule asks for a “lawful source of income,” as a Homeland Security memo put it.",
     "lawful source of income,", "Homeland Security memo"),
    ("Few experts accept Ann Lee’s claim that there were “thousands of new jobs” last year.",
     "thousands of new jobs", "Ann Lee"),
    ("Critics included the former mayor Tom Reyes -- “It is a disgrace” -- and two judges.",
     "It is a disgrace", "Tom Reyes"),
    ("Mr. Reyes shrugged off the remark -- “That makes me smart” -- and moved on.",
     "That makes me smart", "Reyes"),
    ("The governor spoke for an hour.\n\n“We are not a burden,” the governor added. “We Are Ohio.”",
     "We Are Ohio.", "governor"),
])
def test_more_attribution_rules(text, inner, speaker):
    assert one(text, inner)["speaker"] == speaker


def test_a_predicate_about_a_claim_is_not_the_claim():
    t = "Fact-checkers said Ann Lee’s statement was “mostly true.”"
    assert one(t, "mostly true.")["speaker"] == "Fact-checkers"


def test_capitalised_heading_before_a_colon_is_no_speaker():
    t = "Veto Power Blocks New Peace Efforts: ending “the scourge of war” is an old goal."
    assert one(t, "the scourge of war")["speaker"] is None


@pytest.mark.parametrize("text, inner, speaker", [
    ("Mancuso has been described by the Daily Courier as a “squirrel whisperer” for years.",
     "squirrel whisperer", "Daily Courier"),
    ("Afterwards Ann Lee said the plan was “dead.”", "dead.", "Ann Lee"),
])
def test_wikinews_style_rules(text, inner, speaker):
    assert one(text, inner)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "“One. “Two. “Three. “Four.\n\n“Five.",
    "Officials said “One. “Two. “Three. “Four, five and six.\n\n“Seven.\n\n“Eight.",
])
def test_runs_of_unclosed_marks_are_read_without_an_internal_error(text):
    """Regression: a quote running on into a later paragraph had its introduction looked up with a
    token index of the paragraph where it opened, in the tokens of the paragraph where it ends
    (IndexError; the document was skipped with a warning and its quotes lost)."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("error", message="quotes: skipped")  # an internal error skips the document
        warnings.filterwarnings("ignore", message=".*closing mark is missing")  # expected here (issue 18)
        df = q_of(text, roles=None)
    check_offsets(text, df)
    assert len(df) >= 4 and df["unclosed"].sum() >= 3
    assert df.text.iloc[0].startswith("One")
    # the last quote opens in the first paragraph and runs on into the ones that open with a mark
    last = df.iloc[-1]
    assert "\n" not in text[: last.start] and last.end == len(text.rstrip())


# -- one tokenizer and one sentence splitter: geolib.text's ---------------------------------------

READS = [
    "“We will win. No doubt,” Sen. J. Smith Jr. said. “Why?” he asked -- “a disaster” -- and left.",
    "Critics were blunt. “It is late.”“Go home,” Mr. Lee said. The leaders’ statement (U.S.) won't do.",
    "NATO met.\n\n“Our house is burning,” said Rep. G.K. Butterfield (D-N.C.). It was in the U.S. He left.",
    "She said: “it’s the ’90s” and ‘barked’. They’re here... Then ''No,'' said Ms. O'Brien of AT&T.",
    "Znak.com reported its source said “three terrorists” were killed.",
]


@pytest.mark.parametrize("text", READS + [SEED.read_text(encoding="utf-8")])
def test_quote_tokens_and_sentences_are_geolib_texts(text):
    import importlib

    from geolib.text import with_names

    Q = importlib.import_module("geolib.quotes.tokens")
    doc = geolib.load(text, doc_id="t")
    paras = [(s, e) for s, e, _ in doc.paragraph_spans]
    spans = find_spans(text, paras)
    d = Doc(word_sets(None), doc, paras, spans)
    quoted = [(sp.open_start, max(sp.close_end, sp.end)) for sp in spans]
    # outside the quotes, the tokens are the document's own, with initials and abbreviations whole
    want = [(s, e) for s, e, *_ in with_names(text, doc.token_spans)
            if not any(a <= s < b for a, b in quoted)]
    got = [(t[Q.START], t[Q.END]) for toks in d.ptoks for t in toks if t[Q.KIND] != "q"]
    assert got == want
    # each quote is one token
    assert sum(t[Q.KIND] == "q" for toks in d.ptoks for t in toks) >= len(spans)
    for pi, toks in enumerate(d.ptoks):
        assert all(text[t[Q.START]:t[Q.END]] == t[Q.TEXT] and t[Q.LOW] == t[Q.TEXT].lower() for t in toks)
        sents = d.psents[pi]
        assert [i for i, _ in sents][1:] == [j for _, j in sents][:-1] and (not toks or sents[-1][1] == len(toks))
        # a sentence of quote attribution ends only where one of geolib.text's ends
        for i, _ in sents[1:]:
            assert doc.sentence_at(toks[i][Q.END] - 1) > doc.sentence_at(toks[i - 1][Q.END] - 1)


def test_a_token_with_quote_marks_in_it_is_read_around_the_quotes():
    import importlib

    Q = importlib.import_module("geolib.quotes.tokens")
    text = "See http://x.com/“a”b“c”d and more. “Real quote,” he said."
    doc = geolib.load(text, doc_id="t")
    paras = [(s, e) for s, e, _ in doc.paragraph_spans]
    d = Doc(word_sets(None), doc, paras, find_spans(text, paras))
    assert [t[Q.TEXT] for t in d.ptoks[0]] == ["See", "http://x.com/", "“a”", "b", "“c”", "d", "and", "more", ".",
                                              "“Real quote,”", "he", "said", "."]
    assert [(d.ptoks[0][i][Q.TEXT], d.ptoks[0][j - 1][Q.TEXT]) for i, j in d.psents[0]] == [("See", "."),
                                                                                          ("“Real quote,”", ".")]
    assert one(text, "Real quote,")["speaker"] == "he"


@pytest.mark.parametrize("text, inner, speaker, cue", [
    ("“Why isn’t this proof?” Vitter demanded.", "Why isn’t this proof?", "Vitter", "demanded"),
    ("Critics were blunt. “It is late.”“Go home,” Mr. Lee said.", "Go home,", "Lee", "said"),
    ("The mayor spoke. “We will win,” said Sen. Robert P. Casey Jr. (D-Pa.), a backer.", "We will win,",
     "Robert P. Casey Jr.", "said"),
    ("Ann Lee spoke. “It’s over,” they’re saying now.", "It’s over,", "they", "saying"),
    ("Znak.com reported its source said “three terrorists” were killed.", "three terrorists", "Znak.com",
     "reported"),
    ("Many objected, including Mitt Romney -- “a fraud” -- and others.", "a fraud", "Mitt Romney", None),
    ("Ann Lee -- the head of the agency -- told reporters: “We are fine.”", "We are fine.", "Ann Lee", "told"),
])
def test_speakers_read_from_geolib_tokens(text, inner, speaker, cue):
    row = one(text, inner)
    assert (row["speaker"], row["cue"]) == (speaker, cue)
