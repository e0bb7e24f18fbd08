"""Actors: the lexicon, recognition of every alias kind, counting helpers and plots (issue 3)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import geolib
from geolib.actors import (MENTION_COLUMNS, actor_counts, actors, candidate_actors, cooccurrence,
                           cooccurrence_matrix, first_mentions, load_actor_lexicon,
                           plot_actor_ranking, plot_cooccurrence)

ROOT = Path(__file__).resolve().parents[1]
SEED_NAME = "000_1a88b60b02b3bbd2.txt"


def found(text: str, **kw) -> list[tuple[str, str, str]]:
    """(text, actor, kind) of every mention, after checking the offset invariant."""
    df = actors(text, **kw)
    check_offsets(text, df)
    return [(r.text, r.actor, r.kind) for r in df.itertuples()]


def check_offsets(text: str, df: pd.DataFrame) -> None:
    assert list(df.columns) == MENTION_COLUMNS
    for s, e, t in zip(df["start"], df["end"], df["text"]):
        assert text[s:e] == t, (s, e, t)


@pytest.fixture(scope="module")
def seed_doc():
    for path in (ROOT / "seeds" / SEED_NAME, ROOT.parent / "shared" / "seeds" / SEED_NAME):
        if path.exists():
            return geolib.load(path)
    pytest.skip("seed article not here")


# ---------------------------------------------------------------- the shipped lexicon

def test_shipped_lexicon_covers_un_members_observers_and_igos():
    lex = load_actor_lexicon()
    states = lex[lex.type == "state"].drop_duplicates("actor")
    # 193 UN members + Holy See, Palestine (observers) + Taiwan, Kosovo
    assert len(states) >= 197
    assert states["code"].str.fullmatch(r"[A-Z]{3}").all()
    assert states["code"].is_unique
    codes = dict(zip(states.actor, states.code))
    assert codes["China"] == "CHN" and codes["United States"] == "USA" and codes["Holy See"] == "VAT"
    for igo in ["NATO", "European Union", "United Nations", "UN Security Council", "G7", "G20",
                "BRICS", "ASEAN", "Shanghai Cooperation Organisation", "African Union", "OPEC",
                "World Trade Organization", "International Monetary Fund", "World Bank", "Quad",
                "AUKUS", "International Criminal Court", "International Atomic Energy Agency"]:
        assert igo in set(lex.actor), igo
    # every state has a demonym
    dem = set(lex[(lex.type == "state") & (lex.kind == "demonym")].actor)
    missing = set(states.actor) - dem - {"Holy See", "Dominica", "Republic of the Congo"}
    assert not missing, sorted(missing)
    people = lex[lex.type == "person"]
    assert (people["affiliation"] != "").all()
    assert set(people["affiliation"]) <= set(lex.actor)


# ---------------------------------------------------------------- alias kinds

def test_names_and_official_names():
    text = "Officials of the People’s Republic of China met envoys from New Zealand and Chad."
    assert found(text) == [("People’s Republic of China", "China", "official"),
                           ("New Zealand", "New Zealand", "name"), ("Chad", "Chad", "name")]


def test_abbreviations_are_case_sensitive():
    text = "The U.S. told us that the US and the U.K. would back the EU. Give us time, the UN said."
    assert found(text) == [("U.S.", "United States", "abbreviation"),
                           ("US", "United States", "abbreviation"),
                           ("U.K.", "United Kingdom", "abbreviation"),
                           ("EU", "European Union", "abbreviation"),
                           ("UN", "United Nations", "abbreviation")]
    assert found("Thanksgiving turkey sold well in chad-free ballots.") == []


def test_metonyms_capitals_and_seats():
    text = ("Moscow warned Kyiv on Tuesday, while Brussels and Pyongyang stayed silent. "
            "Tehran said the White House and the Pentagon had misread it.")
    got = found(text)
    assert got == [("Moscow", "Russia", "metonym"), ("Kyiv", "Ukraine", "metonym"),
                   ("Brussels", "European Union", "metonym"), ("Pyongyang", "North Korea", "metonym"),
                   ("Tehran", "Iran", "metonym"), ("White House", "United States", "institution"),
                   ("Pentagon", "United States", "institution")]
    assert found("Kiev objected.") == [("Kiev", "Ukraine", "metonym")]


def test_washington_place_or_government():
    text = ("Leaders met at a summit in Washington on Tuesday. Washington said it would respond, "
            "and Washington’s allies agreed. He later flew to Washington.")
    df = actors(text, places=True)
    check_offsets(text, df)
    assert df["type"].tolist() == ["place", "state", "state", "place"]
    assert df.loc[1, "actor"] == "United States" and df.loc[2, "text"] == "Washington"
    # without places=True the place readings are left out
    assert actors(text)["actor"].tolist() == ["United States", "United States"]
    # a newspaper is not the government
    assert "United States" not in actors("The Washington Post reported the talks.")["actor"].tolist()


def test_demonyms():
    text = "Chinese and Russian diplomats met American, British and Japanese envoys."
    assert [a for _, a, k in found(text)] == ["China", "Russia", "United States", "United Kingdom",
                                             "Japan"]
    # a demonym before a role noun is the role's owner: one mention of kind role (geolib.roles)
    assert [(t, k) for t, _, k in found(text)] == [
        ("Chinese", "demonym"), ("Russian diplomats", "role"), ("American", "demonym"),
        ("British", "demonym"), ("Japanese envoys", "role")]


def test_institutions_of_a_state():
    text = ("China’s Foreign Ministry rejected the claim, and the Chinese Foreign Ministry "
            "spokesperson repeated it. Russia's Defence Ministry and the Kremlin said nothing, "
            "while the State Department objected.")
    assert found(text) == [("China’s Foreign Ministry", "China", "institution"),
                           ("Chinese Foreign Ministry spokesperson", "China", "role"),
                           ("Russia's Defence Ministry", "Russia", "institution"),
                           ("Kremlin", "Russia", "institution"),
                           ("State Department", "United States", "institution")]
    # a generic body with no state before it is not guessed
    assert found("The Foreign Ministry declined to comment.") == []
    assert found("the Ministry of Defence of Ukraine said.") == [
        ("Ministry of Defence of Ukraine", "Ukraine", "institution")]


def test_people_and_later_short_references():
    text = ("Xi Jinping hosted Vladimir Putin. Xi said ties were strong, and Mr Putin agreed. "
            "Wang Yi also attended; Wang said little.")
    got = found(text)
    assert got == [("Xi Jinping", "Xi Jinping", "person"), ("Vladimir Putin", "Vladimir Putin", "person"),
                   ("Xi", "Xi Jinping", "person"), ("Putin", "Vladimir Putin", "person"),
                   ("Wang Yi", "Wang Yi", "person"), ("Wang", "Wang Yi", "short")]
    df = actors(text)
    assert df.set_index("actor").loc["Xi Jinping", "affiliation"].iloc[0] == "China"
    # an ambiguous surname alone, before any full name, is no one
    assert found("Wang said the talks went well.") == []
    # President/Mr + surname
    assert [a for _, a, _ in found("Joe Biden spoke. President Biden and Mr Biden agreed.")] == \
        ["Joe Biden"] * 3


def test_descriptions_need_their_actor_in_the_text():
    assert found("The alliance will meet in July.") == []
    text = "NATO leaders met. The alliance agreed, and the 32-member alliance set a target."
    assert found(text) == [("NATO leaders", "NATO", "role"), ("alliance", "NATO", "description"),
                           ("32-member alliance", "NATO", "description")]
    # the nearest named candidate wins for a shared description
    text = "The EU and ASEAN met. ASEAN spoke first; the bloc wants trade."
    assert found(text)[-1] == ("bloc", "ASEAN", "description")


def test_longest_match_and_no_leaks():
    text = ("North Korea fired missiles into the East China Sea, near the Korean Peninsula, as the "
            "Indo-Pacific and Asia-Pacific watched South China Sea drills.")
    got = found(text)
    assert got == [("North Korea", "North Korea", "name")]
    with_places = [a for _, a, _ in found(text, places=True)]
    assert with_places == ["North Korea", "East China Sea", "Korean Peninsula", "Indo-Pacific",
                           "Asia-Pacific", "South China Sea"]


def test_possessives_hyphens_and_unknown_longer_names():
    text = "NATO’s chief met China’s envoy. China-Russia trade and anti-American rhetoric grew."
    assert found(text) == [("NATO’s chief", "NATO", "role"), ("China’s envoy", "China", "role"),
                           ("China", "China", "name"), ("Russia", "Russia", "name"),
                           ("American", "United States", "demonym")]
    # a state's name inside a longer name the lexicon lacks is not the state
    assert found("Passengers on Air China flights cheered Jordan Peterson.") == []
    # ... it is an organisation of its own (geolib.actors.orgs_from_text): a bank, not the state
    assert found("She joined the Bank of China after a stint at the Observatoire de Paris.") == [
        ("Bank of China", "Bank of China", "text")]
    assert found("The fine was US$2 million.") == []
    assert found("The Government of China replied.") == [("Government of China", "China", "institution")]


def test_roles_captions_and_notes_only_when_asked():
    text = ("Editor’s note: Sign up for our China newsletter.\n\n"
            "BEIJING (Reuters) —\n\n"
            "Russia and Iran held talks on Monday, officials said.\n\n"
            "Photographer/AFP/Getty Images\n\n"
            "Japanese Prime Minister Fumio Kishida speaks in Tokyo on May 3, 2024.\n\n"
            "Both sides called the talks constructive.")
    doc = geolib.load(text, doc_id="roles")
    body = actors(doc)
    check_offsets(text, body)
    assert set(body["role"]) == {"body"}
    assert body["actor"].tolist() == ["Russia", "Iran"]
    every = actors(doc, roles=None)
    check_offsets(text, every)
    assert len(every) > len(body)
    assert "China" in every["actor"].tolist()


# ---------------------------------------------------------------- the seed article

def test_seed_ranking_and_actors(seed_doc):
    m = actors(seed_doc)
    check_offsets(seed_doc.text, m)
    assert set(m["role"]) == {"body"}
    top = actor_counts(m)["actor"].head(4).tolist()
    assert top == ["China", "NATO", "Russia", "United States"]
    named = set(m["actor"])
    for a in ["Ukraine", "European Union", "North Korea", "Iran", "Japan", "South Korea",
              "New Zealand", "Australia"]:
        assert a in named, a
    # nothing leaks from the regions the story names
    assert not named & {"Korea", "Pacific", "South China Sea", "Indo-Pacific", "Asia-Pacific"}
    # captions, credits and the editor's note only when asked
    every = actors(seed_doc, roles=None)
    check_offsets(seed_doc.text, every)
    assert {"caption", "editor_note"} <= set(every["role"])
    assert len(every) > len(m)


def test_seed_counting_helpers(seed_doc):
    m = actors(seed_doc)
    counts = actor_counts(m)
    words = seed_doc.words()
    china = counts.set_index("actor").loc["China"]
    assert china["per_1000"] == pytest.approx(china["count"] / words * 1000)
    assert counts["count"].is_monotonic_decreasing
    by_aff = actor_counts(m, by="affiliation").set_index("actor")
    assert by_aff.loc["China", "count"] > china["count"]  # Xi Jinping counted with China
    pairs = cooccurrence(m)
    assert list(pairs.columns) == ["actor_a", "actor_b", "count"]
    cr = pairs[(pairs.actor_a == "China") & (pairs.actor_b == "Russia")]["count"].iloc[0]
    sentences_with_both = sum(1 for _, g in m.groupby("sentence")
                              if {"China", "Russia"} <= set(g["actor"]))
    assert cr == sentences_with_both
    assert (pairs.actor_a < pairs.actor_b).all()
    mat = cooccurrence_matrix(m, by="paragraph", top=6)
    assert mat.shape == (6, 6) and (mat.values == mat.values.T).all()
    assert (mat.values.diagonal() == 0).all()
    first = first_mentions(m).set_index("actor")
    assert first.loc["NATO", "start"] == m[m.actor == "NATO"]["start"].min()
    assert 0 <= first.loc["Australia", "position"] <= 1
    assert first.loc["NATO", "position"] < first.loc["Australia", "position"]


def test_plots_return_axes(seed_doc):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    m = actors(seed_doc)
    ax = plot_actor_ranking(m, top=5)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[::-1][:4] == ["China", "NATO", "Russia", "United States"]
    ax2 = plot_cooccurrence(cooccurrence_matrix(m, top=5))
    assert len(ax2.get_xticklabels()) == 5
    plt.close("all")


# ---------------------------------------------------------------- user lexicons and validation

def test_user_lexicon_adds_and_overrides(tmp_path):
    user = pd.DataFrame({
        "actor": ["Ruritania", "Ruritania", "Ukraine government"],
        "type": ["state", "state", "state"],
        "code": ["RUR", "RUR", "UKR"],
        "alias": ["Ruritania", "Ruritanian", "Kyiv"],
        "kind": ["name", "demonym", "metonym"],
    })
    lex = load_actor_lexicon(user=user)
    text = "Ruritanian officials said Kyiv and Ruritania would talk."
    df = actors(text, lexicon=lex)
    check_offsets(text, df)
    assert df["actor"].tolist() == ["Ruritania", "Ukraine government", "Ruritania"]
    # the same from a CSV file
    path = tmp_path / "mine.csv"
    user.to_csv(path, index=False)
    assert actors(text, lexicon=load_actor_lexicon(user=path))["actor"].tolist() == df["actor"].tolist()
    # editing the lexicon in place is seen by the next call (no stale compiled matcher)
    lex.loc[lex.alias == "Ruritanian", "actor"] = "Ruritania"
    lex.loc[lex.alias == "Ruritania", "alias"] = "Ruritania Republic"
    assert actors(text, lexicon=lex)["actor"].tolist() == ["Ruritania", "Ukraine government"]
    # a user lexicon alone replaces the shipped one
    only = actors("Ruritania and China met.", lexicon=load_actor_lexicon(path))
    assert only["actor"].tolist() == ["Ruritania"]


def test_malformed_lexicons_name_the_line(tmp_path):
    good = "actor,type,code,affiliation,alias,kind,case_sensitive\n"
    bad_alias = tmp_path / "a.csv"
    bad_alias.write_text(good + "Ruritania,state,RUR,,Ruritania,name,1\nRuritania,state,RUR,,,name,1\n")
    with pytest.raises(ValueError, match=r"line 3.*empty alias"):
        load_actor_lexicon(bad_alias)
    missing = tmp_path / "b.csv"
    missing.write_text("actor,code\nRuritania,RUR\n")
    with pytest.raises(ValueError, match=r"missing column.*type.*alias"):
        load_actor_lexicon(missing)
    conflict = pd.DataFrame({"actor": ["Ruritania", "Ruritania"], "type": ["state", "group"],
                             "code": ["RUR", "RUR"], "alias": ["Ruritania", "Ruritanians"]})
    with pytest.raises(ValueError, match=r"row 1.*conflicting type/code.*row 0"):
        load_actor_lexicon(conflict)
    code_conflict = pd.DataFrame({"actor": ["Ruritania", "Ruritania"], "type": ["state", "state"],
                                  "code": ["RUR", "RRR"], "alias": ["Ruritania", "Ruritanians"]})
    with pytest.raises(ValueError, match="conflicting"):
        load_actor_lexicon(user=code_conflict)
    with pytest.raises(ValueError, match="unknown kind"):
        load_actor_lexicon(pd.DataFrame({"actor": ["X"], "type": ["state"], "alias": ["X"],
                                         "kind": ["nickname"]}))
    with pytest.raises(ValueError, match="unknown type"):
        load_actor_lexicon(pd.DataFrame({"actor": ["X"], "type": ["country"], "alias": ["X"]}))


def test_one_alias_for_two_actors_is_an_error_unless_context_decides(tmp_path):
    head = "actor,type,alias,kind\n"
    dup = tmp_path / "dup.csv"
    dup.write_text(head + "Acme Corp,organisation,Acme,name\nAcme Ltd,organisation,Widget,name\n"
                   "Acme Ltd,organisation,ACME,name\n")
    # "Acme" and "ACME" are both single-word names: case-sensitive by default, so different
    load_actor_lexicon(dup)
    dup.write_text(head + "Acme Corp,organisation,acme corp,name\nAcme Ltd,organisation,Widget,name\n"
                   "Acme Ltd,organisation,Acme  Corp,name\n")
    load_actor_lexicon(dup)  # different strings
    dup.write_text(head + "Acme Corp,organisation,the acme firm,name\nAcme Ltd,organisation,Widget,name\n"
                   "Acme Ltd,organisation,The Acme Firm,name\n")
    with pytest.raises(ValueError, match=r"dup.csv, line 4: alias 'The Acme Firm' of 'Acme Ltd' is "
                                         r"already an alias of 'Acme Corp' at line 2"):
        load_actor_lexicon(dup)
    # short forms and descriptions may be shared: the actor named last before them decides
    ok = tmp_path / "ok.csv"
    ok.write_text(head + "Jane Roe,person,Jane Roe,person\nJane Roe,person,Roe,short\n"
                  "Tom Roe,person,Tom Roe,person\nTom Roe,person,Roe,short\n"
                  "Acme Corp,organisation,Acme Corp,name\nAcme Corp,organisation,the firm,description\n"
                  "Beta Inc,organisation,Beta Inc,name\nBeta Inc,organisation,the firm,description\n")
    lex = load_actor_lexicon(ok)
    text = "Jane Roe met Tom Roe. Roe said Acme Corp lost. The firm sued Beta Inc on Monday. The firm won."
    # "Roe" after both Roes is left unresolved, never given to the one named last (issue #16)
    assert actors(text, lexicon=lex).actor.tolist() == [
        "Jane Roe", "Tom Roe", "Acme Corp", "Acme Corp", "Beta Inc", "Beta Inc"]
    got = actors(text, lexicon=lex, unresolved=True)
    assert got[got.text == "Roe"][["actor", "kind"]].values.tolist() == [["", "ambiguous"]]
    # the same alias for one actor twice is harmless, and a user alias overrides a shipped one
    load_actor_lexicon(pd.DataFrame({"actor": ["X", "X"], "type": ["state"] * 2, "alias": ["Xland"] * 2}))
    lex = load_actor_lexicon(user=pd.DataFrame({"actor": ["Ruritania"], "type": ["state"],
                                                "alias": ["Beijing"], "kind": ["metonym"]}))
    assert lex[lex.alias == "Beijing"].actor.tolist() == ["Ruritania"]


def test_alias_without_letters_and_empty_file_are_clear_errors(tmp_path):
    p = tmp_path / "punct.csv"
    p.write_text("actor,type,alias\nAcme Corp,organisation,Acme\nAcme Corp,organisation,“—”\n")
    with pytest.raises(ValueError, match=r"punct.csv, line 3: alias '“—”' .* no letter or digit"):
        load_actor_lexicon(p)
    for body in ("", "\n\n  \n"):
        p = tmp_path / "empty.csv"
        p.write_text(body)
        with pytest.raises(ValueError, match=r"empty.csv: the file is empty"):
            load_actor_lexicon(user=p)


# ---------------------------------------------------------------- unknown names

def test_candidate_actors_lists_unmatched_names():
    text = ("President Ruritania Smith met Zubrowka officials in Lutz on Monday. "
            "Officials said Zubrowka and China would talk. Smith left. "
            "The Grand Budapest Hotel hosted the Zubrowka delegation.")
    cand = candidate_actors(text)
    assert list(cand.columns) == ["name", "count", "n_docs", "example"]
    names = dict(zip(cand["name"], cand["count"]))
    assert names["Zubrowka"] == 3
    assert names["Ruritania Smith"] == 2  # the later surname folds into the full name
    assert "Grand Budapest Hotel" in names
    for word in ["President", "Officials", "Monday", "China", "The", "Smith"]:
        assert word not in names, word
    assert cand["count"].is_monotonic_decreasing


def test_candidate_sentence_initial_first_name_is_kept():
    """A common word that opens a sentence and a name ("Robert", "Paul") is a first name when
    the text never writes it in lower case; "Police" (written "police" too) is dropped."""
    text = ("Robert Gabriel Zorvath was born in 1924. Zorvath led Ruritania. "
            "Paul Zubrow spoke. Police Commissioner Ann Lutz said no. The police left. "
            "After Lutz left, Republican Senator Tom Wexley spoke.")
    names = dict(zip(*candidate_actors(text)[["name", "count"]].values.T))
    assert names["Robert Gabriel Zorvath"] == 2  # the surname later folds into it
    assert names["Paul Zubrow"] == 1
    assert names["Ann Lutz"] == 2 and "Police Commissioner Ann Lutz" not in names
    assert names["Tom Wexley"] == 1  # a party label before a title is dropped like a title
    for wrong in ["Gabriel Zorvath", "Zorvath", "Zubrow", "After Lutz", "Lutz"]:
        assert wrong not in names, wrong


def test_candidate_place_after_of_or_possessive_is_not_a_surname():
    text = ("Professor Anna Zubrow of Lutzburg spoke. Lutzburg is a city. Marine Kelptrack's AIS "
            "data showed it. AIS is a system. Ali bin Tamim met her. Tamim left.")
    names = dict(zip(*candidate_actors(text)[["name", "count"]].values.T))
    assert names["Anna Zubrow of Lutzburg"] == 1 and names["Lutzburg"] == 1
    assert names["AIS"] == 1
    assert names["Ali bin Tamim"] == 2  # a name particle is no place: the surname folds


def test_candidate_sentence_initial_word_written_lower_case_elsewhere_is_no_name():
    text = "Reportedly, Zubrowka agreed. It reportedly left. Rescuers came; the rescuers were tired."
    names = set(candidate_actors(text)["name"])
    assert names == {"Zubrowka"}


def test_odd_inputs_do_not_crash():
    assert len(actors("")) == 0
    assert len(actors("   \n\n ")) == 0
    assert len(candidate_actors("")) == 0
    assert len(actor_counts(actors(""))) == 0
    assert len(cooccurrence(actors("no names here"))) == 0
    text = "CHINA AND RUSSIA SIGN PACT — 中国 and Россия; U.S.-China ‘talks’ 100% on.\x00"
    df = actors(text, roles=None)
    check_offsets(text, df)


def test_corpus_input_and_word_counts():
    docs = [geolib.load("China and Russia met.", doc_id="a"),
            geolib.load("NATO warned China again.", doc_id="b")]
    m = actors(docs)
    assert m["doc_id"].tolist() == ["a", "a", "b", "b"]
    assert m.attrs["words"] == {"a": 4, "b": 4}
    counts = actor_counts(m).set_index("actor")
    assert counts.loc["China", "count"] == 2 and counts.loc["China", "n_docs"] == 2
    assert counts.loc["China", "per_1000"] == pytest.approx(2 / 8 * 1000)


def test_wikinews_runs(wikinews_dir):
    corpus = geolib.read_corpus(sorted(wikinews_dir.glob("*.csv"))[0])
    docs = [corpus[i] for i in range(min(25, len(corpus)))]
    m = actors(docs)
    assert len(m) > 0
    by_doc = {d.doc_id: d for d in docs}
    for r in m.itertuples():
        assert by_doc[r.doc_id].text[r.start:r.end] == r.text
    cand = candidate_actors(docs)
    # candidates: names the lexicon does not know (an organisation found in the text, kind "text",
    # and a person the text ties to a party or organisation, ``person`` set, are such names)
    known = m.loc[(m["kind"] != "text") & (m["person"] == ""), "text"]
    assert len(cand) > 0 and not set(cand["name"]) & set(known)


def test_compiled_lexicon_memo_follows_content_not_identity(monkeypatch):
    """The compiled-lexicon cache is keyed by content: an edited copy (same length, one alias
    changed) must not reuse the old matcher, and a tiny token-key memo gives the same rows."""
    import importlib

    A = importlib.import_module("geolib.actors")  # the module: geolib.actors is also a function

    text = "Acme sued Bolt. China replied."
    lex = A.load_actor_lexicon(user=pd.DataFrame({"actor": ["Acme Corp"], "type": ["organisation"],
                                                  "alias": ["Acme"]}))
    first = A.actors(text, lexicon=lex)
    assert "Acme Corp" in set(first["actor"])
    edited = lex.copy()
    edited.loc[edited["alias"] == "Acme", "alias"] = "Bolt"
    second = A.actors(text, lexicon=edited)
    assert second.loc[second["actor"] == "Acme Corp", "text"].tolist() == ["Bolt"]
    monkeypatch.setattr(importlib.import_module("geolib.actors.compiled"), "_KEYS_MEMO", 2)
    again = A.actors(text, lexicon=lex)
    pd.testing.assert_frame_equal(again, first)


MEMO_TEXT = ("China's Foreign Ministry condemned NATO on Monday.\n\n"
             "Photo: Beijing, the capital. (Caption)\n\n"
             "A summit in Washington followed. The alliance said the US-based firm and "
             "China-Russia talks would go on. Xi Jinping met Wang Yi; Wang said no.")


def test_mentions_memo_other_roles_places_and_lexicon_give_fresh_results():
    """A Document remembers its mentions per lexicon: asking again with other roles, places or
    another lexicon gives what a fresh Document gives, and tables handed out are independent."""
    import importlib

    A = importlib.import_module("geolib.actors")
    lex = load_actor_lexicon(user=pd.DataFrame({"actor": ["Acme Corp"], "type": ["organisation"],
                                                "alias": ["Foreign Ministry"]}))
    calls = [{}, {"roles": None}, {"roles": None, "places": True}, {"roles": "caption"},
             {"lexicon": lex, "roles": None}, {"places": True}, {"lexicon": lex}, {}]
    doc = geolib.Document(MEMO_TEXT, doc_id="m")
    for kw in calls:
        got = actors(doc, **kw)
        want = actors(geolib.Document(MEMO_TEXT, doc_id="m"), **kw)
        pd.testing.assert_frame_equal(got, want)
        assert got.attrs == want.attrs
        got.loc[:, "actor"] = "changed"  # a caller editing its table changes nothing cached
        got.attrs["words"].clear()
    assert len(doc._memo) >= 2  # one entry per lexicon (and the word counts)
    # the table-free path gives the same rows
    rows = A.document_mentions(doc, roles=None, places=True)
    df = actors(doc, roles=None, places=True)
    assert [tuple(r) for r in rows] == [tuple(r)[1:] for r in df.itertuples(index=False)]
    with pytest.raises((AttributeError, TypeError)):
        rows[0].actor = "x"  # immutable records: nobody can change what the next caller gets


def test_mentions_without_memo_dict_and_with_tiny_key_memo(monkeypatch):
    """An object without ``_memo`` is matched afresh each time; a tiny token-key memo (cleared
    while a document is matched) gives the same rows."""
    import importlib

    A = importlib.import_module("geolib.actors")
    want = actors(geolib.Document(MEMO_TEXT, doc_id="m"), roles=None, places=True)
    doc = geolib.Document(MEMO_TEXT, doc_id="m")
    del doc._memo
    pd.testing.assert_frame_equal(actors(doc, roles=None, places=True), want)
    pd.testing.assert_frame_equal(actors(doc, roles=None, places=True), want)
    compiled = importlib.import_module("geolib.actors.compiled")
    monkeypatch.setattr(compiled, "_KEYS_MEMO", 3)
    compiled.compiled_lexicon(None).key_memo.clear()
    pd.testing.assert_frame_equal(
        actors(geolib.Document(MEMO_TEXT, doc_id="m"), roles=None, places=True), want)


def _find_reference(root, keys, overlapping=False):
    """PhraseMatcher.find as first written (a frontier list at every token)."""
    from geolib.matching import _END

    out, n, i = [], len(keys), 0
    while i < n:
        best, frontier, j = None, [root], i
        while frontier and j < n:
            nxt = []
            for node in frontier:
                for key in keys[j]:
                    child = node.get(key)
                    if child is not None and child not in nxt:
                        nxt.append(child)
            j += 1
            for child in nxt:
                if _END in child:
                    best = (j, child[_END])
                    break
            frontier = nxt
        if best is not None:
            out.append((i, best[0], best[1]))
            i = i + 1 if overlapping else best[0]
        else:
            i += 1
    return out


def test_phrase_matcher_find_and_match_at_agree_with_reference():
    """find skips tokens that start nothing and match_at tries one position: both give exactly
    what the original token-by-token frontier search gives (leftmost-longest, overlapping)."""
    import random

    from geolib.matching import PhraseMatcher

    rng = random.Random(7)
    vocab = ["a", "b", "c", "d", "A", "B"]
    for _ in range(300):
        m = PhraseMatcher()
        for v in range(rng.randint(1, 8)):
            m.add(tuple(rng.choice(vocab) for _ in range(rng.randint(1, 4))), v)
        keys = [tuple(rng.sample(vocab, rng.randint(0, 3))) for _ in range(rng.randint(0, 25))]
        for ov in (False, True):
            assert m.find(keys, overlapping=ov) == _find_reference(m._root, keys, ov)
        for i in range(len(keys)):
            ref = _find_reference(m._root, keys[i:], True)
            want = (ref[0][1] + i, ref[0][2]) if ref and ref[0][0] == 0 else None
            assert m.match_at(keys, i) == want
            if want is not None:
                assert not m.first_keys.isdisjoint(keys[i])


def test_a_compiled_lexicon_gives_the_table_of_its_source_and_ignores_later_edits():
    from geolib.actors import CompiledLexicon, compile_actor_lexicon

    lex = pd.DataFrame({"actor": ["Ruritania"], "type": ["state"], "code": ["RUR"], "affiliation": [""],
                        "alias": ["Ruritania"], "kind": ["name"], "case_sensitive": [1]})
    text = "Ruritania and Freedonia met."
    comp = compile_actor_lexicon(lex)
    assert isinstance(comp, CompiledLexicon)
    assert actors(text, lexicon=comp).equals(actors(text, lexicon=lex))
    lex.loc[0, "alias"] = "Freedonia"  # the table is read when compiled
    assert actors(text, lexicon=comp)["text"].tolist() == ["Ruritania"]
    assert actors(text, lexicon=lex)["text"].tolist() == ["Freedonia"]


def test_a_local_title_before_a_lexicon_person_s_name_is_a_namesake():
    """'Alderman William D. Burns' is no national official of the lexicon (issue 16): the name is
    left to the rules for unknown people; without the local title the lexicon's person stands."""
    import geolib
    local = geolib.actors(geolib.Document('Alderman William D. Burns spoke about the roads.'))
    assert "William Burns" not in set(local["actor"])
    national = geolib.actors(geolib.Document('William Burns spoke about the talks.'))
    assert "William Burns" in set(national["actor"])
