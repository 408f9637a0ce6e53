"""Speaker families found by the third blind quote set's first score (and the second set's
misses), written here in our own words: a pronoun points back to the subject of the
sentence before it, a role given in apposition names its holder, a name after "in" is a
place and never a speaker."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text,want",
    [
        # an opening adverbial and a description in apposition before the subject
        (
            "Later, the defence lawyer, Marguerite Osei-Blom, questioned Tanner about the "
            'invoices. "Did you sign these yourself?" she asked.',
            "Marguerite Osei-Blom",
        ),
        # a possessor before the description is no subject ("Dahl's trainer, ...")
        (
            "Dahl's trainer, the former sprinter Konrad Ilves, said his athlete had been "
            'unlucky. "Another metre and she wins that," he said.',
            "Konrad Ilves",
        ),
        # the subject is named, the object after the verb is not the speaker
        (
            "Priya Lamont began by asking the minister, Hector Vane, why the ward had "
            'closed. "Who made that decision?" she asked.',
            "Priya Lamont",
        ),
        # a description with "of" and a place in it
        (
            "Meanwhile, the mayor of Castro Verde, Ilda Romeiro, said the roads would reopen. "
            '"We will not take risks with anyone\'s life," she said.',
            "Ilda Romeiro",
        ),
        # "According to X, ..." opens the sentence with its subject
        (
            "According to Ines Ravel, a cheaper Tesso Mini will follow in spring. "
            '"It will fit in any hallway," she said.',
            "Ines Ravel",
        ),
    ],
)
def test_a_pronoun_points_back_to_the_subject_before_it(text: str, want: str) -> None:
    assert speakers(text) == [want]


def test_a_pronoun_skips_a_subject_whose_gender_is_the_other() -> None:
    text = (
        "Earlier, the prosecutor, Anton Reiss, asked Delphine Achterberg why she had "
        'kept the notebook. "Were you afraid?" he asked. "I was afraid of losing my '
        'job," she said.'
    )
    assert speakers(text) == ["Anton Reiss", "Delphine Achterberg"]


def test_a_role_in_apposition_names_its_holder_when_the_role_speaks() -> None:
    text = (
        "The hearing was adjourned twice. Later, the Speaker, Hollis Amankwah, called "
        'for order. "Members will resume their seats," the Speaker said.'
    )
    assert speakers(text) == ["Hollis Amankwah"]
    text = (
        "The inquest heard from the coroner, Petra Lindqvist-Obi, on Monday. The family "
        'sat at the back. "There were missed chances to help him," the coroner said.'
    )
    assert speakers(text) == ["Petra Lindqvist-Obi"]


def test_a_name_after_in_is_a_place_not_a_speaker() -> None:
    text = (
        "The Green candidate in Marlow Heath, Ottoline Sauer, won the seat by 90 votes. "
        '"This is about buses and clean rivers," she said.'
    )
    assert speakers(text) == ["Ottoline Sauer"]
    doc = Text(Document(id="d", text=text))
    place = doc.entities.covering(text.index("Marlow Heath"))
    assert place is not None and doc.entities.entity(place).kind == "place"


def test_a_transcript_labelled_by_names_gives_each_turn_its_person() -> None:
    text = (
        "Rivals meet in radio debate\n\n"
        "The two candidates, Ruth Abernethy and Colm Daly, faced questions from the "
        "presenter Ines Wald on Thursday.\n\n"
        "WALD: “Ms Abernethy, rents rose by a fifth. Why?”\n\n"
        "ABERNETHY: “Because we built too little for a decade.”\n\n"
        "Daly: “And whose decade was that?”"
    )
    assert speakers(text) == ["Ines Wald", "Ruth Abernethy", "Colm Daly"]


def test_an_answer_after_an_attributed_question_is_the_other_party() -> None:
    text = (
        "The chair of the committee, Dame Orla Finch, questioned the chief executive, "
        "Piers Hadley, about bonuses.\n\n"
        "“They were paid. I returned mine,” Hadley replied.\n\n"
        "“All of it?” Dame Orla asked.\n\n"
        "“Every penny.”"
    )
    assert speakers(text)[-1] == "Piers Hadley"


def test_an_interview_in_bare_turns_alternates_between_its_two_people() -> None:
    text = (
        "Ten minutes with Amara Quist\n\n"
        "Amara Quist has climbed every peak in the Alps. Our outdoors editor, Felix "
        "Ramsden, met her in Chamonix. Quist says she is not finished.\n\n"
        "“Which climb frightened you most?”\n\n"
        "“The north face of the Eiger, in fog. I could not see my own boots.”\n\n"
        "“Would you do it again?”\n\n"
        "“Tomorrow, if the weather is kind.”"
    )
    assert speakers(text) == ["Felix Ramsden", "Amara Quist", "Felix Ramsden", "Amara Quist"]


@pytest.mark.parametrize(
    "text,want",
    [
        # the person in apposition speaks, not the body her description names
        (
            "An economist at Farrow University, Dr Linnea Roos, told viewers: “Nobody "
            "expected a cut this month.”",
            "Linnea Roos",
        ),
        (
            "The chief executive of the charity Open Doors, Malik Berend, said the plan was "
            "“a step, not a solution.”",
            "Malik Berend",
        ),
        # a role written as a title before the name opens the sentence's subject
        (
            "However, Castleford coach Ivo Brandt refused to blame the referee. “We were "
            "second to every ball,” he said.",
            "Ivo Brandt",
        ),
    ],
)
def test_the_person_in_apposition_not_the_body_of_the_description(text: str, want: str) -> None:
    assert speakers(text) == [want]


def test_a_chamber_of_commerce_is_one_organisation() -> None:
    text = (
        "The Dunmore Chamber of Commerce, which ran the survey, said afterwards that rents "
        "were “the first worry of every shop.”"
    )
    assert speakers(text) == ["Dunmore Chamber of Commerce"]


def test_economists_at_a_firm_speak_for_it_and_a_club_is_an_organisation() -> None:
    text = "Economists at Pellow Marsh wrote in a note that the rise was “a surprise.”"
    assert speakers(text) == ["Pellow Marsh"]
    text = (
        "Kirkby Rovers lost 3-0 on Saturday. However, Kirkby coach Tam Ogilvie stayed calm. "
        "“We lost the second balls,” he said."
    )
    assert speakers(text) == ["Tam Ogilvie"]


def test_the_company_said_points_back_to_the_body_that_is_the_subject() -> None:
    text = (
        "Dockers at Hallam walked out at dawn. The port operator, Tarrow Terminals, said "
        "in a statement that it regretted the union's decision. “Ships already in dock "
        "will be unloaded,” the company said."
    )
    assert speakers(text) == ["Tarrow Terminals"]
    text = (
        "Ticket sales were strong. The run at the Larkspur Theatre has been extended, the "
        "theatre said, with “demand far ahead of last season”."
    )
    assert speakers(text) == ["Larkspur Theatre"]


def test_two_people_in_apposition_and_they_after_the_pair() -> None:
    text = (
        "“This is a merger of equals,” the founders, Marit Lunde and Oskar Vihko, said in a "
        "joint statement."
    )
    assert speakers(text) == ["Marit Lunde and Oskar Vihko"]
    text = (
        "Ilse Brandt and Tobias Grau wrote the report. Brandt has studied eels for years.\n\n"
        "The two researchers will repeat the survey in spring. “Nobody has counted them "
        "properly,” they said."
    )
    assert speakers(text) == ["Ilse Brandt and Tobias Grau"]


def test_a_transcript_question_is_the_questioner_the_article_names() -> None:
    text = (
        "Talia Brand, 51, gave evidence against her former employer, Rufus Penn.\n\n"
        "Under cross-examination by Penn's barrister, Oswin Dale KC, Brand was taken "
        "through the log. The exchange ran:\n\n"
        "Q. “Is that your handwriting?”\n\n"
        "A. “It looks like it. It is not.”"
    )
    assert speakers(text) == ["Oswin Dale", "Talia Brand"]
    # nobody named as the one who asks: the questions are nobody's
    text = (
        "Talia Brand, 51, runs the bakery on Mill Lane. We spoke in her kitchen.\n\n"
        "Q. “Why bread?”\n\n"
        "A. “Because my grandmother made it every morning.”"
    )
    assert speakers(text) == [None, "Talia Brand"]


def test_an_interview_resumes_with_a_question_after_someone_else_speaks() -> None:
    text = (
        "Ten minutes with Amara Quist\n\n"
        "Amara Quist has climbed every peak in the Alps. Our outdoors editor, Felix "
        "Ramsden, met her in Chamonix. Quist says she is not finished.\n\n"
        "“Which climb frightened you most?”\n\n"
        "“The Eiger, in fog.”\n\n"
        "Her guide, Bruno Favre, agrees. “She never looked down,” he said.\n\n"
        "“Would you do it again?”\n\n"
        "“Tomorrow, if the weather is kind.”"
    )
    assert speakers(text) == [
        "Felix Ramsden",
        "Amara Quist",
        "Bruno Favre",
        "Felix Ramsden",
        "Amara Quist",
    ]


def test_the_regulator_said_after_the_sentence_its_body_opened() -> None:
    text = (
        "The Office for Lift Safety said it had received 12 reports of faults. “We will act "
        "if the recall is too slow,” the regulator said."
    )
    assert speakers(text) == ["Office for Lift Safety"]
    text = (
        "A supplier, Tarn Valley Dairies, will lose its contract. “We were given a week’s "
        "notice,” the firm said."
    )
    assert speakers(text) == ["Tarn Valley Dairies"]
