"""Tone toward each actor (geolib.tone): VADER valences around actor mentions, split by voice."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

import geolib
from geolib.tone import ACTOR_TONE_COLUMNS, TONE_COLUMNS, actor_tone, plot_actor_tone, score_words, tone, tone_words

from .conftest import assert_offsets


def test_vader_rules_negation_intensifier_but():
    assert score_words(["good"])[1] > 0 > score_words(["not", "good"])[1]
    assert score_words(["very", "bad"])[1] < score_words(["bad"])[1] < 0
    vals, _ = score_words(["good", "but", "awful"])
    assert vals[0] > 0 and vals[2] < 0 and abs(vals[2]) > abs(vals[0])   # "but" weights what follows
    assert score_words([]) == ([], 0.0)
    assert score_words(["didn’t", "help"])[1] < 0                          # curly apostrophe


def test_every_scored_word_is_at_its_offsets(seed):
    t = tone(seed)
    assert t.columns.tolist() == TONE_COLUMNS and len(t)
    assert_offsets(seed.text, t)
    w = tone_words(t)
    assert len(w) == t["n_scored"].sum() and (w["valence"] != 0).all()
    assert_offsets(seed.text, w, col="word")
    # words inside an actor mention carry no tone
    spans = list(zip(geolib.actors(seed)["start"], geolib.actors(seed)["end"]))
    assert not any(a <= s < b for s in w["start"] for a, b in spans)


def test_voices_split_writer_from_quoted_speakers():
    text = 'Officials praised Canada. “Canada is a disgrace and a liar,” Smith said.'
    q = pd.DataFrame({"doc_id": ["text"], "start": [text.index("Canada is")],
                      "end": [text.index(",”")], "speaker": ["Smith"], "speaker_actor": ["Mexico"],
                      "speaker_start": [text.index("Smith")], "speaker_end": [text.index(" said")]})
    t = tone(text, quotes=q)
    quoted = t[t["in_quote"]]
    assert quoted["voice"].tolist() == ["Mexico"] and quoted["tone"].iloc[0] < 0
    assert {w for *_, w, _ in quoted["scored"].iloc[0]} == {"disgrace", "liar"}
    writer = t[t["voice"] == "writer"]
    assert writer["tone"].iloc[0] > 0                      # "Officials praised Canada"
    a = actor_tone(t).set_index("voice")
    assert a.columns.tolist() == ACTOR_TONE_COLUMNS[:1] + ACTOR_TONE_COLUMNS[2:]
    assert a.loc["writer", "mentions"] == 2 and a.loc["Mexico", "negative_share"] == 1.0


def test_window_limits_the_words():
    text = "Brazil signed the deal on Monday, and the awful storms that followed were terrible."
    near = tone(text, quotes=False, window=3)
    whole = tone(text, quotes=False, window=None)
    assert near["n_scored"].iloc[0] == 0 and whole["n_scored"].iloc[0] == 2


def test_seed_how_china_speaks_of_nato(seed):
    a = actor_tone(seed).set_index(["actor", "voice"])
    assert a.loc[("NATO", "China"), "mean_tone"] < 0        # "major threat", "fuel to the fire"
    assert a.loc[("NATO", "China"), "mentions"] >= 3
    assert ("China", "writer") in a.index


def test_plot_actor_tone_and_empty_input(seed):
    ax = plot_actor_tone(seed, top=4)
    assert len(ax.get_yticklabels()) == 4
    empty = tone("Nothing here at all.", quotes=False)
    assert empty.empty and empty.columns.tolist() == TONE_COLUMNS
    assert actor_tone(empty).empty
