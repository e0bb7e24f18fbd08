"""Word lists out of code (issue 14): the words the quote and actor rules read are plain files in
geolib/data/, read by the one reader of geolib.lexicons; a user table adds or removes words for one
call, passed explicitly (no module state); bad lines are errors naming the file and the line."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pandas as pd
import pytest

import geolib
from geolib import actors, candidate_actors, load_actor_words, load_quote_words, quotes
from geolib.actors import ACTOR_WORD_KINDS
from geolib.lexicons import DATE_KINDS, merge_words, read_table, read_words
from geolib.quotes import QUOTE_WORD_KINDS

from conftest import ROOT

DATA = ROOT / "geolib" / "data"


def said(text, **kw):
    return quotes(text, **kw)[["text", "speaker", "cue"]].values.tolist()


def user(**rows):
    """A user word table: user(title=["archduke"], skip=["-also"])."""
    pairs = [(k, w) for k, ws in rows.items() for w in ws]
    return pd.DataFrame(pairs, columns=["kind", "word"])


# ------------------------------------------------------------------ a user word changes a result

def test_a_user_invertible_verb_makes_said_x_work():
    text = '"It is a lie," thought Ann Lee.'
    assert said(text) == [["It is a lie,", None, None]]  # "think" may not come before its subject
    words = load_quote_words(user=user(invertible=["think"]))
    assert said(text, words=words) == [["It is a lie,", "Ann Lee", "thought"]]


def test_a_user_title_is_dropped_from_speakers_and_candidate_names():
    text = '"We will win," Archduke Franz Ferdinand said.'
    assert said(text) == [["We will win,", "Archduke Franz Ferdinand", "said"]]
    assert said(text, words=load_quote_words(user=user(title=["Archduke"]))) == [
        ["We will win,", "Franz Ferdinand", "said"]]  # words are matched in lower case
    names = "Archduke Franz Ferdinand visited Sarajevo. Archduke Franz Ferdinand was shot."
    assert candidate_actors(names)["name"].tolist() == ["Archduke Franz Ferdinand"]
    words = load_actor_words(user=user(title=["archduke"]))
    assert candidate_actors(names, words=words)["name"].tolist() == ["Franz Ferdinand"]


def test_a_user_row_with_a_leading_minus_removes_a_word():
    text = '"We will win," Sen. Ann Lee said.'
    assert said(text, words=load_quote_words(user=user(title=["-sen"]))) == [
        ["We will win,", "Sen. Ann Lee", "said"]]
    summit = "Leaders met at a summit in Washington."
    assert actors(summit, places=True)[["actor", "type"]].values.tolist() == [["Washington", "place"]]
    words = load_actor_words(user=user(place_before=["-in"]))
    assert actors(summit, places=True, words=words)[["actor", "type"]].values.tolist() == [
        ["United States", "state"]]
    table = load_actor_words(user=user(place_before=["-in"]))
    assert "in" not in set(table[table.kind == "place_before"].word)
    assert "at" in set(table[table.kind == "place_before"].word)


def test_user_words_travel_with_the_call_only():
    """No module state: the default lists are the shipped ones after a call with user lists, and a
    Document's remembered actor mentions are kept apart per word table."""
    text = '"It is a lie," thought Ann Lee.'
    assert said(text, words=load_quote_words(user=user(invertible=["think"])))[0][1] == "Ann Lee"
    assert said(text)[0][1] is None
    doc = geolib.load("Leaders met at a summit in Washington.")
    words = load_actor_words(user=user(place_before=["-in"]))
    assert actors(doc, places=True, words=words)["type"].tolist() == ["state"]
    assert actors(doc, places=True)["type"].tolist() == ["place"]
    assert actors(doc, places=True, words=words)["type"].tolist() == ["state"]


def test_a_full_word_table_can_replace_the_shipped_one(tmp_path):
    path = tmp_path / "all_words.csv"
    load_quote_words().drop(columns="source").to_csv(path, index=False)
    text = '"We will win," Sen. Ann Lee said.'
    assert said(text, words=str(path)) == said(text)
    table = load_quote_words(path)
    assert len(table) == len(load_quote_words()) and table["source"].iloc[0] == "all_words.csv, line 2"


# ------------------------------------------------------------------ errors name the file and line

def test_a_bad_user_word_file_names_the_file_and_the_line(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("# my words\nkind,word\n\ntitle,archduke\ntitel,countess\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"quote words .*mine\.csv, line 5: unknown kind 'titel'"):
        load_quote_words(user=path)
    with pytest.raises(ValueError, match=r"actor words .*mine\.csv, line 5: unknown kind 'titel'"):
        load_actor_words(user=path)
    path.write_text("kind,word,value\nfirst_name,kim,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine\.csv, line 2: value 'x' for 'kim' is not one of m, f"):
        load_quote_words(user=path)
    path.write_text("kind,word,value\nplural,geese,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine\.csv, line 2: kind 'plural' needs a value for 'geese'"):
        load_quote_words(user=path)
    path.write_text("kind,word\ntitle,-sen\n", encoding="utf-8")  # removing is for user tables
    with pytest.raises(ValueError, match=r"mine\.csv, line 2: .*only allowed in a user table"):
        load_quote_words(path)
    path.write_text("word,value\narchduke,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine\.csv, line 1: the header is missing column\(s\) kind"):
        load_quote_words(user=path)
    with pytest.raises(ValueError, match=r"quote words \(user\) DataFrame, row 1: empty word"):
        load_quote_words(user=pd.DataFrame({"kind": ["title", "title"], "word": ["archduke", " "]}))
    path.write_bytes(b"kind,word\ntitle,archduke\ntitle,K\xf6nig\n")
    with pytest.raises(ValueError, match=r"mine\.csv, line 3: not UTF-8 text"):
        load_actor_words(user=path)
    with pytest.raises(FileNotFoundError, match="actor words .*missing.csv"):
        load_actor_words(user=tmp_path / "missing.csv")


def test_the_same_word_with_two_values_is_an_error():
    df = pd.DataFrame({"kind": ["doc_class", "doc_class"], "word": ["memo", "memo"],
                       "value": ["statement", "letter"]})
    with pytest.raises(ValueError, match=r"row 1: doc_class 'memo' is already listed at row 0"):
        load_quote_words(user=df)


def test_plain_word_lists_name_the_file_and_line(tmp_path):
    path = tmp_path / "outlets.txt"
    path.write_bytes("# outlets\nReuters\n\n  AP  \n".encode())
    assert read_words(path) == ("Reuters", "AP")
    path.write_bytes(b"Reuters\nAP\nLe Fig\xe0ro\n")
    with pytest.raises(ValueError, match=r"outlet list .*outlets\.txt, line 3: not UTF-8"):
        read_words(path, kind="outlet list")


def test_the_reader_keeps_line_numbers_across_comments_and_quoted_values():
    text = ('# a comment with "an open quote, and a comma\n'
            "kind,word\n"
            "\n"
            "# another, \"one\n"
            'title,"sen."\n'
            '"title","#hashtag"\n')
    t = read_table(io.StringIO(text), kind="word list", required=("kind", "word"))
    assert t.column("word") == ["sen.", "#hashtag"] and t.lines == [5, 6] and t.header_line == 2
    assert t.where(1) == "word list text, line 6"
    with pytest.raises(ValueError, match=r"word list text, line 3: 3 fields but the header has 2"):
        read_table(io.StringIO("kind,word\n# x\ntitle,sen.,x\n"), kind="word list")
    with pytest.raises(ValueError, match=r"word list text, line 2: cannot be read as CSV"):
        read_table(io.StringIO('kind,word\n"title"x,sen.\n'), kind="word list")
    with pytest.raises(ValueError, match=r"word list text, line 3: cannot be read as CSV"):
        read_table(io.StringIO('kind,word\ntitle,sen.\ntitle,"gov.\ntitle,rep.\n'), kind="word list")


# ------------------------------------------------------------------ the data files

def test_every_data_file_is_read_through_the_one_reader():
    """Run geolib in a fresh Python that watches every file opened in geolib/data/: each one is
    opened, and always from geolib/lexicons.py."""
    script = f"""
import json, os, sys
DATA = {str(DATA)!r}
opened = {{}}
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, os.PathLike)):
        path = os.path.abspath(os.fspath(args[0]))
        if os.path.dirname(path) == DATA:
            frame, files = sys._getframe(1), set()
            while frame is not None:
                files.add(os.path.basename(frame.f_code.co_filename))
                frame = frame.f_back
            opened.setdefault(os.path.basename(path), set()).add("lexicons.py" in files)
sys.addaudithook(hook)
import geolib
from geolib.frames import term_key
geolib.load_actor_lexicon(); geolib.load_frame_lexicon(); geolib.load_quote_words()
geolib.load_generic_frame_lexicon()
geolib.load_actor_words(); term_key("defence")
doc = geolib.load('BEIJING (Reuters) — "We object," Sen. Ann Lee said on Monday.\\n\\nPhoto: AP')
geolib.quotes(doc); geolib.actors(doc); geolib.paragraphs(doc); geolib.relations(doc)
geolib.quotes('“Yes,” Lee said.')  # a speaker: its confidence is read
geolib.quotes('The Acme Foundation met. “No,” the group said.')  # org_references.csv
geolib.actors(geolib.Document("Rep. Jake Sullivan spoke.", meta={{"date": "2012-01-01"}}))  # office_dates.csv
interview = "((WN)) Why now?\\n\\n((Smith)) We chose to act.\\n\\nI think it was right.\\n\\n((WN)) And you?"
geolib.paragraphs(geolib.load(interview))
print(json.dumps({{k: sorted(v) for k, v in opened.items()}}))
"""
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    opened = json.loads(r.stdout.strip().splitlines()[-1])
    # licence texts of converted data (PHOENIX_LICENSE) sit beside it and are no lexicon
    shipped = {p.name for p in DATA.iterdir() if p.is_file() and "LICENSE" not in p.name}
    assert set(opened) == shipped, shipped ^ set(opened)
    assert all(how == [True] for how in opened.values()), opened  # never read around the reader


def test_no_module_reads_csv_or_data_files_itself():
    """The static side of the test above: outside geolib/lexicons.py no module opens a data file
    or parses CSV, except geolib/tables.py, which reads user corpora, and geolib/coding.py, which
    reads a user's coding sheets (data with KWIC text cells and a ``# codes:`` line, not lexicons)."""
    for path in (ROOT / "geolib").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "lexicons.py":
            assert not re.search(r"open\([^)]*data_path|data_path\([^)]*\)\.(open|read_)", text), path
        if path.name not in ("lexicons.py", "tables.py", "coding.py"):
            assert not re.search(r"csv\.(reader|DictReader)", text), path


@pytest.mark.parametrize("name, kinds", [
    ("quote_words.csv", QUOTE_WORD_KINDS), ("actor_words.csv", ACTOR_WORD_KINDS), ("dates.csv", DATE_KINDS)])
def test_each_kind_of_a_word_file_is_explained_in_its_header(name, kinds):
    text = (DATA / name).read_text(encoding="utf-8")
    comments = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    used = set(read_table(DATA / name, kind="word list", required=("kind", "word")).column("kind"))
    assert used and used <= set(kinds)
    for kind in used:
        assert re.search(rf"^#( ---)? +{kind}[ :]", comments, re.M), (name, kind)


def test_weekdays_and_months_are_one_list_for_quotes_and_actors():
    quote, actor = load_quote_words(), load_actor_words()
    for kind in DATE_KINDS:
        q = quote[quote.kind == kind]
        a = actor[actor.kind == kind]
        assert len(q) and set(q.word) == set(a.word)
        assert set(q.source.str.split(",").str[0]) == set(a.source.str.split(",").str[0]) == {"dates.csv"}
    for path in (ROOT / "geolib").rglob("*.py"):  # and no module spells them out
        assert not re.search(r"[\"'\s]september[\"'\s]", path.read_text(encoding="utf-8").lower()), path


def test_merge_words_replaces_values_and_removes():
    base = load_quote_words()
    extra = load_quote_words(user=pd.DataFrame({"kind": ["doc_class", "doc_class"],
                                                "word": ["memo", "-release"],
                                                "value": ["statement", ""]}))
    classes = dict(extra[extra.kind == "doc_class"][["word", "value"]].values.tolist())
    assert classes["memo"] == "statement" and "release" not in classes
    assert len(extra) == len(base)  # one added, one removed
    assert merge_words(base, None).equals(base)


def test_cli_words_option(tmp_path, capsys):
    from geolib.cli import main

    text = tmp_path / "a.txt"
    text.write_text('"It is a lie," thought Ann Lee.', encoding="utf-8")
    words = tmp_path / "qw.csv"
    words.write_text("kind,word\ninvertible,think\n", encoding="utf-8")
    assert main(["quotes", str(text), "--format", "csv", "--words", str(words)]) == 0
    assert ",Ann Lee," in capsys.readouterr().out
    words.write_text("kind,word\n# titles\ntitel,archduke\n", encoding="utf-8")
    assert main(["quotes", str(text), "--words", str(words)]) == 2
    assert "qw.csv, line 3: unknown kind 'titel'" in capsys.readouterr().err
    assert main(["candidates", str(text), "--words", str(words)]) == 2
    assert "actor words" in capsys.readouterr().err


# ------------------------------------------------------------------ lists moved out of the actor code

def test_person_titles_are_a_kind_of_actor_words_and_decide_a_surname():
    """actor_words.csv ``person_title``: "Senator Honda" is a person, not the company; a user
    table removing the title (or adding one) changes that for one call."""
    assert geolib.actors("Senator Honda said no.").empty
    words = load_actor_words(user=user(person_title=["-senator"]))
    assert actors("Senator Honda said no.", words=words)["actor"].tolist() == ["Honda"]
    assert actors("Archduke Honda said no.")["actor"].tolist() == ["Honda"]
    words = load_actor_words(user=user(person_title=["archduke"]))
    assert actors("Archduke Honda said no.", words=words).empty


def test_lead_verbs_and_topic_words_are_read_from_org_words():
    from geolib.actors.orgs_from_text import org_words

    w = org_words()
    assert w.topic_before == {"of", "on"} and w.who_heads.search(", who heads the ")
    q = quotes('"We will act," said Jane Roe, who chairs the Acme Trust. '
               '"No," said Ann Lee, an expert on Russia at the Acme Institute.')
    assert q["speaker_actor"].tolist() == ["Acme Trust", "Acme Institute"]


def test_role_words_load_and_are_used():
    from geolib.roles import ROLE_WORD_KINDS, role_words

    rw = role_words()
    assert set(rw) == set(ROLE_WORD_KINDS) and all(rw[k] for k in ROLE_WORD_KINDS)
    assert rw["link"] == {"of", "for", "to", "at"} and '"' in rw["after_org"]
    q = quotes('"We will help," said Jane Roe, a spokeswoman for the Ruritania Relief Foundation.')
    assert q["speaker_actor"].tolist() == ["Ruritania Relief Foundation"]
    text = (DATA / "role_words.csv").read_text(encoding="utf-8")
    comments = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for kind in ROLE_WORD_KINDS:
        assert re.search(rf"^# --- {kind}: ", comments, re.M), kind
    gone = {"roles.py": "LINKS|CONNECTORS|OFFICE_BEFORE|PARTICLES|AFTER_ORG|VERBS",
            "actors/find.py": "PERSON_TITLES", "actors/orgs_from_text.py": "TOPIC_BEFORE|WHO_HEADS"}
    for name, lists in gone.items():  # no such list left in the code
        code = (ROOT / "geolib" / name).read_text(encoding="utf-8")
        assert not re.search(rf"^_({lists}) = ", code, re.M), name


def test_roles_read_the_actor_lexicon_once(monkeypatch):
    """_state_codes and homonym_places share one cached read of actors.csv, keyed by its path."""
    from geolib import roles

    calls = []
    real = roles.read_table

    def counting(path, **kw):
        calls.append(str(path))
        return real(path, **kw)

    roles._actor_rows.cache_clear()
    monkeypatch.setattr(roles, "read_table", counting)
    try:
        assert roles._state_codes()["China"] == "CHN"
        assert roles.homonym_places()["Georgia"] == ("Georgia (U.S. state)", "United States")
        assert [p for p in calls if p.endswith("actors.csv")] == [str(roles.data_path("actors.csv"))]
    finally:
        roles._actor_rows.cache_clear()
