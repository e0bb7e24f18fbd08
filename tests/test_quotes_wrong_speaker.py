"""Quote speakers that were another person or a modifier of the speaker's noun phrase (issue 15,
wrong_speaker errors on PolNeAR train). Made-up sentences only."""

import pytest

import geolib


def speakers(text: str) -> list:
    return geolib.quotes(geolib.load(text, doc_id="t"))["speaker"].tolist()


@pytest.mark.parametrize("text, who", [
    # a description with a capitalised modifier before a name: the name speaks, not the modifier
    ('“We will win,” said Freedonian political consultant Ann Lee.', "Ann Lee"),
    ('“We will win,” said Roe ally Ann Lee.', "Ann Lee"),
    ('“We will win,” said Ohio software executive Ann Lee, a donor.', "Ann Lee"),
    ('“We will win,” said Navy 1st Lt. Ann Lee.', "Ann Lee"),
    ('“We will win,” said Roe’s senior policy aide Ann Lee.', "Ann Lee"),
    ('“We will win,” said the party boss Ann Lee.', "Ann Lee"),
])
def test_description_before_a_name(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_name_then_time_is_not_a_description() -> None:
    assert speakers('“We will win,” said Lee on Tuesday.') == ["Lee"]
    assert speakers('“We will win,” said Lee, adding that Jane Roe agreed.') == ["Lee"]


@pytest.mark.parametrize("text, who", [
    # a reporting verb used as a noun before the verb ("the draft report said"): the noun phrase speaks
    ('“Costs will rise,” the draft report said.', "draft report"),
    ('“Costs will rise,” the congressional report said on Monday.', "congressional report"),
])
def test_cue_noun_before_the_verb(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    # an inverted cue whose speaker np_right does not read: not the previous speaker
    ('Ann Lee spoke.\n\n“It was wrong,” said a former senior state police official.', "former senior state police official"),
    ('Ann Lee spoke.\n\n“It was wrong,” said retired Navy Adm. Jane Roe, who served in Asia.', "Jane Roe"),
    ('Ann Lee spoke.\n\n“It was wrong,” wrote one commenter.', "commenter"),
    ('Ann Lee spoke.\n\n“It was wrong,” asked the boy, who wore a red cap.', "boy"),
])
def test_inverted_cue_speaker(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


def test_inverted_cue_without_a_speaker_is_not_read_on() -> None:
    assert speakers('Ann Lee spoke.\n\n“It was wrong,” said in a statement the party.')[-1] != "party"


@pytest.mark.parametrize("text, who", [
    # speaker nouns of news (speaker_words.csv): the noun heads the speaker, not its modifier
    ('“We will win,” said one Roe confidant.', "Roe confidant"),
    ('The conservative publication has opposed him, arguing he is “a danger to us.”', "conservative publication"),
])
def test_more_speaker_nouns(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    # several lowercase modifiers between an owner and the head: the whole phrase, not its last noun
    ('Ann Lee spoke. The head of the party’s powerful rules committee has accused them of a “breach of trust.”',
     "head of the party’s powerful rules committee"),
    ('Ann Lee spoke. The new draft budget report said “no way.”', "new draft budget report"),
])
def test_modifier_chain_before_the_head(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_participle_after_a_quote_is_no_inverted_cue() -> None:
    text = 'Ann Lee wrote of Roe, “I saw then that he was rare,” recalling their first meeting.'
    assert speakers(text) == ["Ann Lee"]


@pytest.mark.parametrize("text, who", [
    # "States" of "the United States" is a name, not the headline cue "States" (issue 15, session 26)
    ('The rally was about how the United States treats migrants, with Jane Roe calling the plan “cruel.”', "Jane Roe"),
    ('“If there had been no such help” by the United States and others, Ann Lee said, “we would be lost.”',
     "Ann Lee"),
])
def test_united_states_is_no_cue(text: str, who: str) -> None:
    assert speakers(text)[0] == who


def test_a_headline_cue_still_counts() -> None:
    assert speakers('Trump Says He Is “Fine”') == ["Trump"]


@pytest.mark.parametrize("text, who", [
    # a noun phrase after a preposition before the verb is its object, not the subject (session 26)
    ('Ann Lee, who has in the past described him as “a sham,” spoke.', "Ann Lee"),
    ('At the meeting the minister called it “absurd.”', "minister"),
    ('A spokesman for the ministry said it was “fine.”', "spokesman for the ministry"),
])
def test_prepositional_object_is_no_subject(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    # a sentence opened by a preposition or an -ly adverb phrase: its first word is no name (session 26)
    ('Amid calls from some to build websites that would list those who refused, the writer Ann Lee gave '
     'a reason for it, saying it is needed to “name the traitors.”', "Ann Lee"),
    ('Shortly after the call ended, the Roe campaign sent out a statement saying Lee owes “an apology.”',
     "Roe campaign"),
    ('Back in 1999, Mr. Roe praised her skills, telling a radio host: "I wish I could be like that."', "Roe"),
])
def test_fronted_phrase_is_no_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_outside_a_place_is_no_speaker() -> None:
    text = 'Outside the arena in the city, about 200 protesters gathered, holding signs and chanting "Dump Roe."'
    assert speakers(text) != ["Outside"]


@pytest.mark.parametrize("text, who", [
    # a cue form in -s after a determiner and an adjective is a noun, not a verb with its subject
    ('Sen. Ann Lee visited a show to discuss his recent remarks about Jane Roe, saying “on her worst day” '
     'she is better.', "Ann Lee"),
    ('He anticipated that one of the biggest challenges for Roe would be “dealing with the mess.”', "He"),
    ('The official cable indicated it was the “minimum” needed.', "official cable"),
])
def test_adjective_before_a_cue_noun(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_adjective_before_a_cue_noun_is_no_speaker() -> None:
    text = 'His attacks stand out for the racial remarks and for the suggestion that someone "ought to look into" it.'
    assert speakers(text) != ["racial"]


@pytest.mark.parametrize("text, who", [
    # a time phrase in 'ago' between the subject and the verb is no part of the subject (session 26)
    ('The State Department less than two weeks ago said for the first time that “top secret” data passed.',
     "State Department"),
    ('The ministry two days ago said it was “fine.”', "ministry"),
])
def test_time_phrase_in_ago(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize("text, who", [
    # 'X, who is chairman of Y said' (no comma closing the relative clause): X speaks, not Y
    ('“We will win,” Ann Lee, who is chairman of Our Future Pac said in a statement.', "Ann Lee"),
    ('Ann Lee, who is head of the Roe Group said the plan was “a disaster.”', "Ann Lee"),
])
def test_relative_clause_without_closing_comma(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_perhaps_and_alongside_start_no_name() -> None:
    assert speakers('Perhaps the best line came later: “We are done,” she wrote.')[0] != "Perhaps"
    assert speakers('Alongside calls for action, a top strategist said so, saying, “At some point, she will.”') \
        == ["top strategist"]


@pytest.mark.parametrize("text, who", [
    # 'X, 30, of Raleigh, N.C., who was polled, said': 'who' is X, not the place (session 26)
    ('“They scare me,” Ann Lee, 30, of Raleigh, N.C., who was among those polled, said in an interview.', "Ann Lee"),
    ('“They scare me,” Ann Lee of Raleigh, N.C., said in an interview.', "Ann Lee"),
])
def test_who_after_a_place(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_no_subject_before_a_prepositional_phrase_is_left_alone() -> None:
    text = ('Lee flew here to draw attention to a war against rising seas and a planet choking on its own '
            'fumes. What Lee has seen are the charts. "And they are terrifying," he said in an interview.')
    assert not any("choking" in (s or "") for s in speakers(text))


@pytest.mark.parametrize("text, who", [
    # he/she never refers to a description whose noun is not a person's, nor to a place
    ('Sen. Ann Lee spoke. “Go!” the crowd shouted. “Thanks,” she said.', "Ann Lee"),
    ('Mr. Tom Reed came home. The attendees shouted, “Go!” “Thanks,” he said.', "Tom Reed"),
    ('Ann Lee grew up poor. Her family later moved to South Carolina. “I am proud,” she said.', "Ann Lee"),
    ('Tom Reed grew up poor. His family later moved to New York. “I am proud,” he said.', "Tom Reed"),
])
def test_he_she_is_a_person(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


def test_they_may_still_be_a_crowd() -> None:
    assert speakers('Sen. Ann Lee spoke. “Go!” the crowd shouted. “Thanks,” they said.') == ["crowd", "crowd"]


@pytest.mark.parametrize("text, who", [
    # a dateline (the place the story was filed) is never the speaker
    ('WASHINGTON, Dec. 8 (UPI) — In response to the plan, Ann Lee rallied supporters, saying: “We must be ready.”', "Ann Lee"),
    ('Springfield (AFP) – Sen. Ann Lee took a swipe at her rival, saying that “loud comments” do harm.', "Ann Lee"),
    ('DECATUR, Ill. — Sen. Ann Lee weighed in on the claims, calling the act a “fireable offense.”', "Ann Lee"),
    ('TALLAHASSEE — Rep. Ann Lee on Friday praised Kim as a “work horse, not a show horse.”', "Ann Lee"),
])
def test_dateline_is_no_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_capitalised_subject_before_a_dash_is_kept() -> None:
    assert speakers('Ann Lee — who spoke last — said “We must be ready.”') == ["Ann Lee"]


@pytest.mark.parametrize("text, who", [
    # a quote between a determiner or a possessive and a speech noun names the comment: the words
    # after the noun are not its speaker
    ('Ann Lee lost in 2012. The “47 percent” comment hurt her campaign badly.', None),
    ('Ann Lee lost in 2012. Her “47 percent” remark hurt her campaign badly.', "Ann Lee"),
])
def test_quote_naming_a_comment(text: str, who) -> None:
    assert speakers(text) == [who]


def test_quote_then_speech_verb_still_inverted() -> None:
    assert speakers('Ann Lee spoke. “We won” remarked the senator.')[-1] == "senator"


@pytest.mark.parametrize("text, who", [
    # a town or region after an article or a possessive modifies the noun after it: "the Paris
    # attacks" is no subject and verb
    ('Sen. Tom Reed spoke. After the Oslo attacks, Reed released an ad calling it “dangerous.”', "Tom Reed"),
    ('Citing last week’s Paris attack as a wake-up call, Will decried their “reveries about the job.”', "Will"),
])
def test_place_modifying_a_cue_noun(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


def test_capital_standing_for_its_state_still_speaks() -> None:
    assert speakers('“We object,” Washington said on Monday.') == ["Washington"]


def test_name_of_a_place_is_the_person() -> None:
    # "X of <place>": the place is where the person comes from, not the speaker
    assert speakers('“It will not be easy,” said Ann T. Moss of New York, who backs Lee.') == ["Ann T. Moss"]


def test_place_subject_is_not_the_pronoun() -> None:
    # "South Carolina, he said, was …": he is the earlier speaker, not the place
    assert speakers('Tom Reed spoke.\n\n“We will fight,” Reed said. South Carolina, he said, was “where we have a chance.”') \
        == ["Tom Reed", "Tom Reed"]


@pytest.mark.parametrize("text, who", [
    # ", with X telling …": the participle clause nearer the quote names its speaker
    ('The party responds to the attacks, with Senator Ann Lee telling reporters she saw Roe as “weak.”', "Ann Lee"),
    ('Republicans were quick to react, with Ann Lee tweeting that it was a “disaster” for Roe.', "Ann Lee"),
    ('Lee said, with Roe standing beside him, that the deal was “a good one.”', "Lee"),
])
def test_with_clause_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_two_word_place_is_no_person_name() -> None:
    # "New Hampshire" is no person a later "he" could be
    assert speakers('Tom Reed spoke.\n\n“Yes,” Reed said. In New Hampshire, voters went to the polls. “We won,” he said.')[-1] \
        == "Tom Reed"


def test_a_place_inside_a_whose_clause_is_not_the_speaker() -> None:
    text = ("Ann Lee, whose hometown, Port Vale, is expected to flood as the river rises, argues that the plan "
            "will “ruin the valley.”")
    assert speakers(text) == ["Ann Lee"]


def test_a_quote_inside_an_opening_when_or_while_clause_is_that_clauses_subjects() -> None:
    assert speakers("While Ann Lee laid out a vision for “a fair tax code,” Tom Reyes attacked the mayor.") == ["Ann Lee"]
    assert speakers("When Ann Lee tried to defend her remarks calling the plan “strong,” Tom Reyes differed.") == ["Ann Lee"]
    # a cue with its own subject inside the clause keeps its speaker
    assert speakers("As the city prepares for what Ann Lee called “the loudest election,” the mayor is calm.") == ["Ann Lee"]
