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


def test_speaker_nouns_after_an_inverted_cue():
    assert _spk("“We are not done,” said a person close to the mayor.")[0][1] == "person"
    assert _spk("“It will hold,” said the bridge engineer.")[0][1] == "bridge engineer"
    assert _spk("The party front-runner complained that the count was “rigged.”")[0][1] == "party front-runner"


def test_an_ed_adjective_before_a_speaker_is_no_verb():
    assert _spk("“I will vote,” said undecided voter Ann Lee of Derry.")[0][1] == "Ann Lee"
    assert _spk("“It was a hard year,” said retired surgeon Tom Baker.")[0][1] == "Tom Baker"
    assert _spk("“Not yet,” said one unaligned party strategist.")[0][1] == "unaligned party strategist"


def test_a_colon_after_a_speaker_s_clause_introduces_the_speaker_s_words():
    assert _spk("Kim gave a blunt answer: “Nobody here wants the tax.”")[0][1] == "Kim"
    rows = _spk("Ann Lee ran the county for years. When asked about roads, she offered this promise: “We will pave them.”")
    assert rows[0][1] == "Ann Lee"
    assert _spk("The banner read: “Stop the tax.”")[0][1] is None


def test_a_capitalised_quote_joined_to_its_attribution_by_a_comma_is_speech():
    assert _spk("“Happy New Year!,” the mayor tweeted.")[0][1] == "mayor"
    assert _spk("“Like Paris. Or Rome,” Lee said.")[0][1] == "Lee"


def test_a_quote_in_a_headline_belongs_to_the_person_the_headline_opens_with():
    rows = _spk("Ann Lee On Why She Felt “Invisible” At School\n\nAnn Lee grew up in Ohio. She spoke on Monday.")
    assert rows[0][1] == "Ann Lee"
    # a headline that opens with a body, or with a name that is not followed by a verb, is nobody's
    rows = _spk("County Board ‘Unity’ Meeting Set For Monday\n\nThe County Board meets weekly.")
    assert all(r[1] is None for r in rows)


def test_more_speech_verbs_are_cues():
    assert _spk("“We were wrong about the bridge,” remembered Tom Baker, the engineer.")[0][1] == "Tom Baker"
    assert _spk("“Would you sign it?” the host pressed.")[0][1] == "host"
    assert _spk("“People fear losing their votes,” he surmised.")[0][1] == "he"


def test_a_cue_noun_in_the_subject_is_not_its_verb():
    rows = _spk("“Most families pay more,” the report concluded.")
    assert rows[0][1] == "report"


def test_an_earlier_quote_of_the_sentence_takes_the_attribution_that_follows():
    rows = _spk("Taxes are “a burden” and “a drag on growth,” Ann Lee, the county treasurer, said on Monday.")
    assert [r[1] for r in rows] == ["Ann Lee", "Ann Lee"]
    rows = _spk("The “open door” policy is about “people helping people,” Kim said.")
    assert [r[1] for r in rows] == ["Kim", "Kim"]


def test_speech_noun_owner_over_modifiers_and_times():
    # made-up: a possessive over a modifier, a time between the noun and 'that', 'answer was that'
    import geolib
    q = geolib.quotes("Ann Lee’s bold call to “start afresh” drew applause.")
    assert q["speaker"].tolist() == ["Ann Lee"]
    q = geolib.quotes("Kim Park stood by Kim Park’s statement on Monday that “prices will fall.”")
    assert q["speaker"].tolist() == ["Kim Park"]
    q = geolib.quotes("The senator’s answer was that “the family comes first.”")
    assert q["speaker"].tolist() == ["senator"]


def test_pronoun_subject_with_s_verb_owns_partial_quote():
    import geolib
    q = geolib.quotes("Ann Lee spoke at the fair. She talks about how her party must be “ready to govern.”")
    assert q["speaker"].tolist() == ["Ann Lee"]


def test_scare_quotes_stay_unattributed():
    import geolib
    for s in ("The so-called “reset” with Moscow failed within a year.", "The “reset” failed within a year.",
              "The plan’s call to “act now” puzzled investors."):
        assert geolib.quotes(s)["speaker"].isna().all(), s


def test_document_subject_owns_partial_quote():
    # made-up: a document (ad, report) as the subject of the clause that holds a partial quote
    import geolib
    q = geolib.quotes("The new ad blames the mayor for a “broken transit system” in the city.")
    assert q["speaker"].tolist() == ["new ad"]


def test_capitalised_partial_with_lowercase_word_is_no_title():
    # made-up: "the “Harbor loophole”" has a lower-case content word: a phrase, not a title
    import geolib
    q = geolib.quotes("She also mentioned the “Harbor loophole” in her remarks to the board.")
    assert q["speaker"].tolist() == ["She"]
    assert geolib.quotes("Ann Lee visited NBC’s “Today” on Monday.")["speaker"].isna().all()


def test_passive_subject_and_pronoun_over_modifier_own_no_quote():
    # made-up: a passive subject is no agent; 'its' over an adjective is not resolved to an owner
    import geolib
    assert geolib.quotes("Ann Lee spoke. They are called “U.S. nationals” on their passports.")["speaker"].isna().all()
    assert geolib.quotes("The complaint is based on rules that bar “undue influence” in cases.")["speaker"].isna().all()


def test_verbs_of_speaking_invert_after_a_quote():
    # manner of speaking and complaining verbs frame the words they report: '“…,” scoffed X'
    assert _spk("“Nobody reads the fine print,” scoffed Ann Lee, a lawyer in Ohio.")[0][1] == "Ann Lee"
    assert _spk("“We never lose,” gloated Tom Reyes.")[0][1] == "Tom Reyes"
    assert _spk("Asked about the delay, Tom Reyes shot back: “Ask the council.”")[0][1] == "Tom Reyes"
    assert _spk("“The budget is fine,” murmured the mayor.")[0][1] == "mayor"


def test_an_age_noun_speaks_for_a_person():
    assert _spk("Ann Lee runs a bakery. “Bread is a promise,” said the 46-year-old.")[0][1] == "46-year-old"
    assert _spk("“What if it rains?” the 12-year-old asked in the video.")[0][1] == "12-year-old"


def test_a_name_after_a_heading_and_a_dash_opens_a_colon_quote():
    # digest style: 'HEADING - Ann Lee: “…”', 'Topic - More from Lee: “…”'
    rows = _spk("POLLS ARE NOT WRONG, JUST EARLY - Ann Lee and Tom Reyes: “The polls failed, but it is too early.”")
    assert rows[0][1] in ("Ann Lee", "Tom Reyes")
    assert _spk("Turnout matters - More from Ann Lee: “The state is a starting point.”")[0][1] == "Ann Lee"
    assert _spk("The mix matters - Pew Research: “All the samples include engaged people.”")[0][1] == "Pew Research"


def test_a_paragraph_ending_with_a_colon_introduces_the_quote_paragraph_after_it():
    text = "When the senator died, President Ann Lee released the following statement:\n\n“We offer our condolences.”"
    assert _spk(text)[0][1] == "Ann Lee"
    assert _spk("Stated Tom Reyes:\n\n“I think the stakes are high.”")[0][1] is not None
    assert _spk("Wait, it gets better:\n\n“It adds up.”")[0][1] is None  # no speaker in the introduction


def test_a_colon_introduction_carries_over_a_block_of_quote_paragraphs():
    text = ("Ann Lee issued the following statement:\n\n“I think the stakes are high.”\n\n"
            "“There is evidence of fraud.”\n\nThe mayor spoke next.\n\n“Nobody knows.”")
    assert [r[1] for r in _spk(text)] == ["Ann Lee", "Ann Lee", "mayor"]


def test_a_participle_cue_after_a_comma_takes_the_subject_of_the_last_finite_verb():
    text = ("On Friday, after a long silence over the summer, Ann Lee appeared on the radio and endorsed "
            "Tom Reyes, saying, “He is the fighter we need.”")
    assert _spk(text)[0][1] == "Ann Lee"
    assert _spk("And then Ann Lee went on the attack, saying, “Is the mayor ever going to answer?”")[0][1] == "Ann Lee"


def test_colon_quotes_after_an_inverted_cue_or_a_document_subject():
    assert _spk("In other words, explained the moderator Ann Lee: “What does that have to do with it?”")[0][1] == "Ann Lee"
    assert _spk("Tom Reyes’s letter makes a plain case: “Nobody is above the law.”")[0][1] == "Tom Reyes"


def test_went_on_and_wanted_to_know_are_cues():
    assert _spk("“It is a bit concerning,” Ann Lee went on.")[0][1] == "Ann Lee"
    assert _spk("But Tom Reyes wanted to know, “How surprised are you?”")[0][1] == "Tom Reyes"


def test_a_quote_ending_in_a_quote_inside_it_takes_the_x_said_after_it():
    text = "The rally “was the first time I heard them say, ‘We are the majority,’” Ann Lee said in an interview."
    assert _spk(text)[0][1] == "Ann Lee"


def test_a_determiner_standing_alone_speaks_before_a_past_tense_cue():
    assert _spk("“I am staying,” Ann Lee said. Another said, “I am leaving.”")[1][1] == "Another"
    assert _spk("Yet another tweeted, “Nobody asked us.”")[0][1] == "another"
    assert _spk("Most said they were “very worried.”")[0][1] == "Most"
    assert _spk("Another alleged victim said it was “awful.”")[0][1] == "victim"  # a noun phrase, not 'Another'
    assert _spk("Some reports called it “a sham.”")[0][1] == "reports"


def test_first_lady_heads_a_description():
    assert _spk("The former first lady calls it her “responsibility gene.”")[0][1] == "lady"


def test_a_participle_after_by_or_of_takes_the_subject_of_the_verb_before_it():
    assert _spk("When the judge came back he began by saying, “I do not think so.”")[0][1] == "he"
    assert _spk("And she made a point of saying the hall “was a place of hope.”")[0][1] == "she"


def test_a_quote_after_a_short_opening_phrase_and_a_comma_continues_the_last_speaker():
    text = "“We lost this round,” said Ann Lee, a party strategist. Unless rivals quit soon, “it will be a long year.”"
    assert [r[1] for r in _spk(text)] == ["Ann Lee", "Ann Lee"]
    assert _spk("“We lost,” Ann Lee said. In Europe, by contrast, “we start again.”")[1][1] == "Ann Lee"
    assert _spk("Lee has said so. Said Tom Reyes, “The thought is awful.”")[0][1] == "Tom Reyes"  # a cue of its own
    assert _spk("Ann Lee called the report “weak.” Adding, “It proves nothing.”")[1][1] == "Ann Lee"


def test_an_inverted_cue_opening_the_sentence_before_a_comma_and_the_quote():
    assert _spk("The museum opened. Said Ann Lee, who grew up nearby, “We were all so proud.”")[0][1] == "Ann Lee"
    assert _spk("Lee was kind. But, said Tom Reyes, “I cannot fight that.”")[0][1] == "Tom Reyes"


def test_heres_x_and_a_colon_introduce_xs_words():
    assert _spk("Here’s Ann Lee in December 1992: “We won the day.”")[0][1] == "Ann Lee"
    assert _spk("Here’s the thing: “We won the day.”")[0][1] is None


def test_a_subject_whose_prepositional_phrase_holds_a_date_or_a_year():
    text = "The Green nominee for the Oct. 12 vote later said she was “only joking” about the tax."
    assert _spk(text)[0][1] == "Green nominee for the Oct. 12 vote"
    assert _spk("The Green nominee for the 2030 race said she was “only joking.”")[0][1] == "Green nominee for the 2030 race"


def test_an_apposition_closed_by_the_comma_of_a_quoted_title():
    text = "As Ann Lee, professor of law at Kent and author of “The Long Road,” put it, “Nobody wins a trade war.”"
    assert _spk(text)[-1][1] == "Ann Lee"


def test_to_say_after_a_passive_verb_takes_the_passive_subject():
    text = "The hearing was so calm that Ann Lee was prompted to say, “I cannot believe how civil it is.”"
    assert _spk(text)[0][1] == "Ann Lee"
    assert _spk("The talks failed, and the minister was forced to say the deal was “dead.”")[0][1] == "minister"
