"""User lexicons: terms are literal text, stop-word-only aliases and terms are refused, empty and
header-only files say so, and every message names the file and the line (issue 13).

A bad row refuses the whole file (``ValueError`` naming file and line): a typo in a lexicon is
better fixed than silently half-used.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from geolib.actors import actors, load_actor_lexicon
from geolib.frames import frames, load_frame_lexicon

ACTOR_HEAD = "actor,type,code,affiliation,alias,kind,case_sensitive\n"
FRAME_HEAD = "term,frame,dimension\n"


def write(tmp_path, name, text):  # noqa: ANN001, ANN201
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_lexicons_load_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_actor_lexicon()) > 1000
        assert len(load_frame_lexicon()) > 100


# ------------------------------------------------------------------ actors

@pytest.mark.parametrize("alias", ["the", "The", "of the", "it's", "Of The"])
def test_stop_word_alias_is_refused_naming_file_and_line(tmp_path, alias):
    path = write(tmp_path, "mine.csv", ACTOR_HEAD + "Acme Corp,organisation,,,Acme Corp,name,\n"
                 f"Acme Corp,organisation,,,\"{alias}\",name,\n")
    with pytest.raises(ValueError, match=r"mine.csv, line 3: alias .* only stop words") as err:
        load_actor_lexicon(user=path)
    assert str(tmp_path) in str(err.value)


def test_acronyms_and_short_forms_of_stop_words_stay(tmp_path):
    path = write(tmp_path, "mine.csv", ACTOR_HEAD + "Ruritania,state,RUR,,RU,abbreviation,1\n"
                 "Ruritania,state,RUR,,the Ruritanian republic,name,0\n"
                 "Jo Will,person,RURGOV,Ruritania,Jo Will,person,\n"
                 "Jo Will,person,RURGOV,Ruritania,Will,short,1\n")
    lex = load_actor_lexicon(user=path)
    assert {"RU", "Will"} <= set(lex.alias)
    # "the" was never made an actor: an ordinary text names nobody
    assert actors("The talks went on; the rest of the day was quiet.", lexicon=lex).empty


def test_a_user_alias_the_would_have_matched_every_the(tmp_path):
    df = pd.DataFrame({"actor": ["X"], "type": ["state"], "alias": ["the"]})
    with pytest.raises(ValueError, match=r"row 0: alias 'the' .* only stop words"):
        load_actor_lexicon(user=df)


def test_actor_lexicon_comments_blank_lines_and_real_line_numbers(tmp_path):
    path = write(tmp_path, "mine.csv", "# my actors\n\n" + ACTOR_HEAD + "# a comment line\n"
                 "Ruritania,state,RUR,,Ruritania,name,1\n\n"
                 "Ruritania,state,RUR,,,name,1\n")
    with pytest.raises(ValueError, match=r"mine.csv, line 7: empty alias"):
        load_actor_lexicon(user=path)
    path.write_text("# my actors\n" + ACTOR_HEAD + "# Acme,organisation,,,Acme,name,\n"
                    "Ruritania,state,RUR,,Ruritania,name,1\n", encoding="utf-8")
    lex = load_actor_lexicon(user=path)
    assert "Ruritania" in set(lex.actor) and "# Acme" not in set(lex.actor)
    assert actors("Ruritania protested.", lexicon=lex).actor.tolist() == ["Ruritania"]


@pytest.mark.parametrize("body", [ACTOR_HEAD, "# only a comment\n" + ACTOR_HEAD + "\n# and more\n"])
def test_header_only_actor_lexicon_is_a_clear_error(tmp_path, body):
    path = write(tmp_path, "mine.csv", body)
    with pytest.raises(ValueError, match=r"mine.csv, line \d: only a header line, no aliases"):
        load_actor_lexicon(user=path)


def test_actor_lexicon_too_many_fields_and_not_utf8(tmp_path):
    path = write(tmp_path, "mine.csv", "actor,type,alias\nAcme Corp,organisation,Acme,extra\n")
    with pytest.raises(ValueError, match=r"mine.csv, line 2: 4 fields but the header has 3"):
        load_actor_lexicon(user=path)
    path.write_bytes(b"actor,type,alias\nAcme,organisation,Acme\nZ\xfcrich,state,Z\xfcrich\n")
    with pytest.raises(ValueError, match=r"mine.csv, line 3: not UTF-8"):
        load_actor_lexicon(user=path)


# ------------------------------------------------------------------ frames

@pytest.mark.parametrize("term", ["(", ".*", "*", "...", "?!"])
def test_frame_term_without_letters_is_refused(tmp_path, term):
    path = write(tmp_path, "my_frames.csv",
                 FRAME_HEAD + "iron fist,repression,Fairness and equality\n"
                 f"\"{term}\",repression,Fairness and equality\n")
    with pytest.raises(ValueError, match=r"my_frames.csv, line 3: term .* no letter or digit"):
        load_frame_lexicon(user=path)


def test_frame_terms_are_literal_text(tmp_path):
    path = write(tmp_path, "my_frames.csv", FRAME_HEAD + "a.*(b,odd,Other\n")
    lex = load_frame_lexicon(user=path)
    found = frames("An a.*(b here; a and b, ab, aXXb there.", lexicon=lex, quotes=False)
    assert found.text.tolist() == ["a.*(b"]  # matched as written, never as a pattern


@pytest.mark.parametrize("term", ["the", "of the", "It's"])
def test_stop_word_only_frame_term_is_refused(tmp_path, term):
    path = write(tmp_path, "my_frames.csv", FRAME_HEAD + f"\"{term}\",odd,Other\n")
    with pytest.raises(ValueError, match=r"my_frames.csv, line 2: term .* only stop words"):
        load_frame_lexicon(user=path)


def test_empty_and_header_only_frame_lexicons_are_clear_errors(tmp_path):
    with pytest.raises(ValueError, match=r"my_frames.csv, line 1: only a header line, no terms"):
        load_frame_lexicon(user=write(tmp_path, "my_frames.csv", FRAME_HEAD))
    with pytest.raises(ValueError, match=r"my_frames.csv, line 2: only a header line"):
        load_frame_lexicon(user=write(tmp_path, "my_frames.csv", "# mine\n" + FRAME_HEAD + "\n"))
    with pytest.raises(ValueError, match=r"frame lexicon .*my_frames.csv: the file is empty"):
        load_frame_lexicon(user=write(tmp_path, "my_frames.csv", "# nothing yet\n\n"))


def test_cli_lexicon_errors_exit_2_naming_the_line(tmp_path, capsys):
    from geolib.cli import main

    text = write(tmp_path, "a.txt", "China met NATO.")
    bad = write(tmp_path, "acts.csv", ACTOR_HEAD + "X,state,,,the,name,\n")
    assert main(["actors", str(text), "--lexicon", str(bad)]) == 2
    assert "acts.csv, line 2" in capsys.readouterr().err
    bad = write(tmp_path, "frms.csv", FRAME_HEAD)
    assert main(["frames", str(text), "--lexicon", str(bad)]) == 2
    assert "frms.csv, line 1: only a header line" in capsys.readouterr().err
