"""Quote attribution on shapes of international wire-style news (issue 15), found on the Wikinews
development set (data/validation/wikinews_dev) and checked on PolNeAR train. Made-up sentences."""

import pandas as pd
import pytest

import geolib
from geolib.quotes import quotes


def one(text: str, inner: str) -> dict:
    """The row of the quote whose text is `inner`, after checking every offset of every row."""
    df = quotes(geolib.load(text, doc_id="t"))
    for r in df.itertuples():
        assert text[r.start:r.end] == r.text
        if not pd.isna(r.speaker_start):
            assert text[int(r.speaker_start):int(r.speaker_end)] == r.speaker_mention
    rows = df[df["text"] == inner]
    assert len(rows) == 1, df[["text", "speaker"]].values.tolist()
    return rows.iloc[0].to_dict()


@pytest.mark.parametrize("text, inner", [
    ("Ann Lee said the plan was “a disaster,” adding Congress must act.", "a disaster,"),
    ("Ann Lee said the tax was a “burden”, noting Ontario would pay.", "burden"),
])
def test_a_participle_after_the_quote_is_no_inverted_cue(text, inner):
    # the words after 'adding' are its own clause; the speaker is the main clause's subject
    assert one(text, inner)["speaker"] == "Ann Lee"


@pytest.mark.parametrize("text, inner, speaker", [
    ("The letter read: “We will not attend the summit.”", "We will not attend the summit.", "letter"),
    ("The summary of the ruling read in part: “The order is void.”", "The order is void.",
     "summary of the ruling"),
    ("Ferries stopped at noon. “Gales will reach the coast tonight,” read the warning.",
     "Gales will reach the coast tonight,", "warning"),
])
def test_a_document_reads(text, inner, speaker):
    # 'read' after a document noun is the past tense, not a noun compound ('the statement read')
    assert one(text, inner)["speaker"] == speaker


def test_a_time_between_the_document_and_its_author():
    t = "“The port stays shut,” according to a statement on Friday by Harbour Minister Ana Ruiz."
    assert one(t, "The port stays shut,")["speaker"] == "Ana Ruiz"


@pytest.mark.parametrize("text, inner, speaker", [
    ("Foreign Secretary of State Mark Obi said “talks will resume.”", "talks will resume.", "Mark Obi"),
    ("“Talks will resume,” said Minister of Energy Rosa Vidal.", "Talks will resume,", "Rosa Vidal"),
])
def test_the_department_after_a_title_is_no_part_of_the_name(text, inner, speaker):
    assert one(text, inner)["speaker"] == speaker


@pytest.mark.parametrize("text, inner", [
    ("Ana Ruiz of the Lisbon assembly said, “The vote was fair.”", "The vote was fair."),
    ("Ana Ruiz from the pro-Madrid camp said in a speech: “The vote was fair.”", "The vote was fair."),
    ("Ana Ruiz of the pro-business wing said “The vote was fair.”", "The vote was fair."),
])
def test_a_speaker_of_the_capitalised_or_hyphenated_group(text, inner):
    assert one(text, inner)["speaker"] == "Ana Ruiz"


@pytest.mark.parametrize("text, inner, speaker", [
    ("Okafor, who was described as “fearless” by the police, swam back.", "fearless", "police"),
    ("The outbreak was declared to be an “emergency” by the Health Ministry on Monday.", "emergency",
     "Health Ministry"),
    ("The plan was called “a disaster” by farmers.", "a disaster", "farmers"),
])
def test_a_passive_cue_around_the_quote(text, inner, speaker):
    assert one(text, inner)["speaker"] == speaker


def test_no_agent_for_a_passive_that_is_no_speech():
    t = "The treaty was signed “in good faith” by both governments."
    assert one(t, "in good faith")["speaker"] is None


@pytest.mark.parametrize("text, inner, speaker", [
    ("The then-director of the Port Authority and Chair of the Harbour Trust, Maria Okafor, called it "
     "“a retrograde step.”", "a retrograde step.", "Maria Okafor"),
    ("The director of the Mint, David Clay, said “prices will fall.”", "prices will fall.", "David Clay"),
    ("The mayor of Dayton, Ohio, said “prices will fall.”", "prices will fall.", "mayor of Dayton"),
])
def test_a_description_with_its_name_after_a_comma(text, inner, speaker):
    assert one(text, inner)["speaker"] == speaker


@pytest.mark.parametrize("text, inner", [
    ("The museum runs a program called “Open Doors” for prisoners.", "Open Doors"),
    ("The clip came from an account called “Harbour Truth” on Monday.", "Harbour Truth"),
    ("Vasquez, known online as “Nightowl,” was arrested in Porto.", "Nightowl,"),
])
def test_the_name_of_a_thing_is_nobodys_words(text, inner):
    assert one(text, inner)["speaker"] is None


@pytest.mark.parametrize("text, inner, speaker", [
    ("Ana Ruiz called “the tariff a mistake” on Monday.", "the tariff a mistake", "Ana Ruiz"),
    ("The minister has called for taxing so-called “windfall” profits.", "windfall", "minister"),
])
def test_a_speaker_before_called_still_speaks(text, inner, speaker):
    assert one(text, inner)["speaker"] == speaker


def test_a_co_author_speaks():
    t = "“The reef is recovering,” said study co-author Ana Ruiz of the University of Vigo."
    assert one(t, "The reef is recovering,")["speaker"] == "Ana Ruiz"


@pytest.mark.parametrize("text, inner, speaker", [
    ("The Commission on Maritime Safety said “the strait is open.”", "the strait is open.",
     "Commission on Maritime Safety"),
    ("The Centre for Coastal Studies said “the strait is open.”", "the strait is open.",
     "Centre for Coastal Studies"),
])
def test_an_organisation_named_with_on_or_for_is_one_name(text, inner, speaker):
    assert one(text, inner)["speaker"] == speaker


# ------------------------------------------------------------------ session 27 (50-article dev set)

@pytest.mark.parametrize("text, inner, speaker", [
    ("The Green Party in Utopia said the vote was a “fine result”.", "fine result", "Green Party"),
    ("Democrats in Congress said the bill was “a disgrace”.", "a disgrace", "Democrats"),
])
def test_a_group_in_a_place_speaks_not_the_place(text, inner, speaker):
    # 'X in Y' after an organisation or group noun: the organisation speaks, not the place
    row = one(text, inner)
    assert row["speaker"].startswith(speaker) and "Utopia" not in row["speaker"].replace("in Utopia", "")


@pytest.mark.parametrize("text, inner", [
    ("The study was led by Jane Roe, a biologist at the University of Utopia, who said “The reef "
     "is in better shape than we feared.”", "The reef is in better shape than we feared."),
    ("He met Jane Roe, a biologist and lecturer at MIT, who said the reef was “in better shape”.",
     "in better shape"),
])
def test_who_after_a_description_with_a_place_is_the_person(text, inner):
    # 'X, a ... at Y, who said': the relative pronoun stands for X, not for the place Y
    row = one(text, inner)
    assert row["speaker"] == "Jane Roe" and row["speaker_mention"] == "Jane Roe"


def test_who_after_a_plain_description_keeps_it():
    row = one("“We win,” said Ann Lee, the union's chief strategist, who added that they would fight "
              "“like lions.”", "like lions.")
    assert "strategist" in row["speaker_mention"]


@pytest.mark.parametrize("text, inner, speaker", [
    ("The ship showed a pattern described by the Harbour Gazette as “odd and rather confused”.",
     "odd and rather confused", "Harbour Gazette"),
    ("The deal was hailed by the ministry as a “breakthrough”.", "breakthrough", "ministry"),
])
def test_an_agent_before_as_and_the_quote_speaks(text, inner, speaker):
    # 'described by X as “…”': the agent of the passive participle, not its subject
    assert one(text, inner)["speaker"] == speaker


def test_according_to_investigators_after_the_clause():
    row = one("The box was found “split into three parts” near the shore, according to investigators.",
              "split into three parts")
    assert row["speaker"] == "investigators"


@pytest.mark.parametrize("text, inner, speaker", [
    ("The port reopened. Remarked union leader John Doe, “This is a good day for the port.”",
     "This is a good day for the port.", "John Doe"),
    ("The port reopened. Added the mayor, Ann Lee, “We will rebuild.”", "We will rebuild.", "Ann Lee"),
])
def test_a_sentence_opening_cue_then_its_speaker_and_a_comma(text, inner, speaker):
    # 'Remarked X, “…”': the capitalised invertible cue opens the sentence, X speaks
    assert one(text, inner)["speaker"] == speaker


@pytest.mark.parametrize("text, inner", [
    ("Ann Lee of the University of California, Los Angeles disagreed with these findings: “The seeps "
     "are minor resources.”", "The seeps are minor resources."),
    ("Ann Lee of Springfield, Illinois said the seeps were “minor resources”.", "minor resources"),
])
def test_a_place_after_a_comma_in_a_persons_of_phrase(text, inner):
    # 'X of A, B said': B completes the place of the 'of' phrase; X speaks, not B
    row = one(text, inner)
    assert row["speaker"] == "Ann Lee" and row["speaker_mention"] == "Ann Lee"



@pytest.mark.parametrize("text", [
    "Ann Lee, a pollster who is working with Utopia Forward, a pro-Roe group, said the race was “tight”.",
    "Tom Reyes, a farmer in Springfield, Illinois, said the race was “tight”.",
])
def test_an_apposition_with_an_object_or_a_place_inside(text):
    # the organisation in a relative clause and the place after 'in' are no speakers
    assert one(text, "tight")["speaker"] in ("Ann Lee", "Tom Reyes")


def test_a_director_of_a_bureau_then_the_name_still_speaks():
    text = "On Wednesday, the director of the Utopian Bureau of Investigation, Tom Reyes, said it was “tight”."
    assert one(text, "tight")["speaker"] == "Tom Reyes"


def test_a_form_in_s_after_a_compass_adjective_is_a_noun():
    # 'several Middle Eastern disputes': a noun, never a cue with 'Middle Eastern' as its subject
    df = quotes(geolib.load("He mediated in several Middle Eastern disputes as a “friend to all”.", doc_id="t"))
    assert "Eastern" not in str(df["speaker"].iloc[0]) and df["cue"].iloc[0] != "disputes"


@pytest.mark.parametrize("space", [" ", "\u2009"])
def test_a_closing_mark_after_a_space_before_a_comma(space):
    # '... I'm a singer' ", she recalled': a straight mark before a comma closes the quote even
    # after a (thin) space, so the cue after it speaks for it
    text = ("Her story began at a party. \"I had never sung. A man said, 'Good lord, a singer', and I "
            f"thought, 'I'm a singer'{space}\", she recalled in 2009.")
    row = one(text, "I had never sung. A man said, 'Good lord, a singer', and I thought, 'I'm a singer'")
    assert row["speaker"] == "she" and not row["unclosed"]


def test_a_quote_opening_with_spaced_dots_still_opens():
    text = 'Ann Lee said, ". . . we will win the vote," and left.'
    assert one(text, ". . . we will win the vote,")["speaker"] == "Ann Lee"


def test_who_after_a_full_name_without_a_comma():
    # 'drafted by Jane Roe who said': a name takes no restrictive relative clause
    text = 'The plan was drafted by Jane Roe who said on the radio, "It took years of work."'
    assert one(text, "It took years of work.")["speaker"] == "Jane Roe"
    # a group before 'who' stays a restrictive clause with no speaker
    df = quotes(geolib.load('Fans of Fox News who said "never" were polled.', doc_id="t"))
    assert df["speaker"].isna().all() or "Fox" not in str(df["speaker"].iloc[0])


@pytest.mark.parametrize("middle", [
    "during her speech to the city councillors,",
    "during her speech to the city councillors read out on Monday, just",
])
def test_a_long_interruption_before_a_colon_quote(middle):
    # 'The new mayor of the city, Ann Lee, during ..., offered ...: "..."': the subject is far back;
    # 'read out on Monday' is a participle of the speech, not a cue of the councillors
    text = f'The new mayor of the city, Ann Lee, {middle} offered a plan to cut costs: "We will sell the old hall."'
    row = one(text, "We will sell the old hall.")
    assert row["speaker"] == "Ann Lee" and row["speaker_mention"] == "The new mayor of the city, Ann Lee"


@pytest.mark.parametrize("text, inner", [
    ('Ann Lee, known among her fans as "The Hammer", won the final.', "The Hammer"),
    ('The agency identified him only as "Mr. B" while the inquiry went on.', "Mr. B"),
])
def test_a_name_after_known_or_identified_as(text, inner):
    # a name, nobody's words: 'known <a short phrase> as "..."', 'identified him as "Mr. B"'
    assert pd.isna(one(text, inner)["speaker"])


@pytest.mark.parametrize("text, inner", [
    ('The agency identified it as "a grave threat" on Monday.', "a grave threat"),
    ('First, Ann Lee identified the judge as "Utopian," then went on.', "Utopian,"),
])
def test_words_after_identified_as_are_still_speech(text, inner):
    assert one(text, inner)["speaker"] in ("agency", "Ann Lee")


def test_a_quote_after_leaving_a_person_in_a_state_of_mind():
    # 'leaving Ann Lee unimpressed. "..."': the person left unimpressed goes on to speak, not the
    # speaker of the quote before
    text = ('"We played well," said Tom Reyes. A penalty was missed, leaving Ann Lee unimpressed. '
            '"It was poor."')
    assert one(text, "It was poor.")["speaker"] == "Ann Lee"
    assert one(text, "We played well,")["speaker"] == "Tom Reyes"


@pytest.mark.parametrize("text", [
    'Utopian Decree No. 12 states "no person shall broadcast without a permit."',
    'Utopian Decree No. 12, also known as the "Radio Law", states "no person shall broadcast without a permit."',
])
def test_a_name_ending_in_a_number_after_no(text):
    # 'Decree No. 12': the number is part of the name
    row = one(text, "no person shall broadcast without a permit.")
    assert row["speaker"] == "Utopian Decree No. 12"


@pytest.mark.parametrize("text, inner, mention", [
    ('Most of the claims were, according to court records, "without any basis".', "without any basis", "court records"),
    ('Two of the fires were, according to agreed findings read in court, "set on purpose".', "set on purpose",
     "agreed findings read in court"),
    ('The deal is "nearly done," according to people familiar with the talks.', "nearly done,",
     "people familiar with the talks"),
])
def test_according_to_a_description_up_to_its_comma(text, inner, mention):
    # the whole description after 'according to', not its first noun ('court') nor the subject
    assert one(text, inner)["speaker_mention"] == mention


def test_according_to_a_possessive_is_no_speaker():
    df = quotes(geolib.load('They vote for "Red," or "Blue," according to their gut feeling.', doc_id="t"))
    assert df["speaker"].isna().all()


def test_who_after_an_age_in_commas():
    # 'Tom Reyes, 24, who cited ...: "..."': the person before the age, not the age
    text = 'Another was the driver Tom Reyes, 24, who cited only his army training: "I just acted."'
    assert one(text, "I just acted.")["speaker"] == "Tom Reyes"


def test_a_thing_and_a_quote_holding_the_verb_go_on_with_the_last_speaker():
    # 'The suit "is very warm ..."': a short noun phrase, then a quote that holds the verb
    text = '"I chose comfort," Ann Lee said. The suit "is very warm and heavy."'
    assert one(text, "is very warm and heavy.")["speaker"] == "Ann Lee"
    # not a heading, nor what a possessive owner used
    for text, inner in [('"We won," Ann Lee said.\n\nThe power of "we."', "we."),
                        ('"We won," Ann Lee said. Her use of "a private server was risky."',
                         "a private server was risky.")]:
        df = quotes(geolib.load(text, doc_id="t"))
        assert df.loc[df["text"] == inner, "speaker"].isna().all()


def test_shared_that_is_a_cue():
    # 'she shared that ...' reports speech; 'shared a photo' stays no cue
    text = 'With her love of "quiet evenings at home", Ann Lee shared that she rarely travels.'
    assert one(text, "quiet evenings at home")["speaker"] == "Ann Lee"
    df = quotes(geolib.load('Ann Lee shared a photo of the "old town hall" on Monday.', doc_id="t"))
    assert df["cue"].isna().all()
