"""Quote speaker families found on the twelfth blind set (issue 9), each with sentences of
our own: a question put ("put it to her that …", "“…?” A put to him") is a verb of
questioning and of speech, and its object pronoun keeps its gender; a witness giving
evidence answers the one who "began by asking"; a journalist of the article beside one
other person opens an interview; a reported question's own first quoted question is the
asker's; a name after a preposition ("at the broker X") is no subject; a rare role word
before a given name ("Fiddler Ana Roe") is no part of the name, and a given name alone far
from the full name is still that person; an unnamed body inside quoted words ("we urge
the union") is none the narration speaks for; a lifeboat station or survey that speaks
is an organisation."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


def test_put_it_to_her_reads_her_as_a_woman() -> None:
    text = (
        "Ambulance chief questioned over delays\n\n"
        "Board chair Councillor Hugh Pemberton-Clarke opened the meeting. “We need "
        "answers today,” the chair said.\n\n"
        "Chief Executive Margaret Ellingham replied that the trust had lost 40 "
        "paramedics. “We cannot be everywhere, Councillor,” said Ellingham.\n\n"
        "Board member Councillor Priya Nandakumar put it to her that the towns were "
        "favoured.\n\n"
        "“Chief Executive, is a call from the coast worth less?”\n\n"
        "“No call is worth less. Distance is the issue.”\n\n"
        "“Then why are the towns faster?”\n\n"
        "“Because the towns are small,” the chief executive said.\n"
    )
    assert speakers(text) == [
        "Hugh Pemberton-Clarke",
        "Margaret Ellingham",
        "Priya Nandakumar",
        "Margaret Ellingham",
        "Priya Nandakumar",
        "Margaret Ellingham",
    ]


def test_question_put_to_him_then_his_answer() -> None:
    text = (
        "Bakery fire trial\n\n"
        "Under questioning from Colm Ravenhill, for the defence, Mr Tarrant agreed that "
        "the alley was dark. Pieter Tarrant, 61, is a night baker.\n\n"
        "“So you cannot be sure who it was?” Mr Ravenhill put to him.\n\n"
        "“I can't,” he said. “But I know what I saw.”\n"
    )
    assert speakers(text) == ["Colm Ravenhill", "Pieter Tarrant", "Pieter Tarrant"]


def test_witness_answers_the_one_who_began_by_asking() -> None:
    text = (
        "Boatyard fire trial\n\n"
        "Ingrid Ashworth, 47, was giving evidence in the trial of Callum Pryor, who "
        "denies arson. Mr Benedict Falconer KC, for the prosecution, began by asking "
        "about the gate.\n\n"
        "“Was the gate locked?”\n\n"
        "“No. It never was, not at night.”\n\n"
        "“Who had the key?”\n\n"
        "“The foreman, I think,” the witness replied.\n"
    )
    assert speakers(text) == [
        "Benedict Falconer",
        "Ingrid Ashworth",
        "Benedict Falconer",
        "Ingrid Ashworth",
    ]


def test_our_reporter_with_him_opens_an_interview() -> None:
    text = (
        "Interview: the last lighthouse keeper\n\n"
        "Tobiah Carrick, 74, kept the Skerryhead light for thirty years. Our reporter "
        "Elspeth Marrow walked the cliff path with him.\n\n"
        "“Do you miss the light?”\n\n"
        "“Every night. I still wake at two to check it.”\n\n"
        "“Was it lonely?”\n\n"
        "“Never. The sea talks all the time.”\n"
    )
    assert speakers(text) == [
        "Elspeth Marrow",
        "Tobiah Carrick",
        "Elspeth Marrow",
        "Tobiah Carrick",
    ]


def test_reported_question_by_a_name_at_a_firm_then_the_question() -> None:
    text = (
        "Shoe chain results\n\n"
        "Chief executive Rosalind Ferrier-Hale told analysts sales had been weak.\n\n"
        "Analyst Dominic Achebe, at the broker Hollings Tait, asked whether more stores "
        "would close.\n\n"
        "“Are we looking at closures next year?”\n\n"
        "“We are reviewing the estate,” Ms Ferrier-Hale said.\n\n"
        "“So that's a yes?”\n\n"
        "“It's a maybe, Dominic.”\n"
    )
    assert speakers(text) == [
        "Dominic Achebe",
        "Rosalind Ferrier-Hale",
        "Dominic Achebe",
        "Rosalind Ferrier-Hale",
    ]


def test_rare_role_before_a_given_name_and_the_given_name_alone() -> None:
    text = (
        "Quartet splits up\n\n"
        "Harpist Saoirse Quennell said the quartet had run its course. “It was time,” "
        "she said.\n\n"
        "Lutenist Barnabus Oyediran-Vale gave a different account. “Nobody asked me,” "
        "Oyediran-Vale said.\n\n"
        "The quartet formed in 2011 and played more than 400 concerts, touring Europe "
        "twice and recording four albums of early music for a small label in Bristol, "
        "which said the final album would still be released in the spring as planned "
        "and that all pre-orders would be honoured in full.\n\n"
        "Later, Barnabus added on social media: “Thank you for every concert.”\n"
    )
    got = speakers(text)
    assert got[-1] == "Barnabus Oyediran-Vale"


def test_given_name_after_a_time_far_from_the_full_name() -> None:
    text = (
        "Rebels defy whip\n\n"
        "Backbencher Gideon Ashcombe-Leigh interrupted the minister. “Will she "
        "listen?”\n\n"
        "The shadow minister, Owain Tredegar-Price, called the plan “a retreat”. "
        "“Ministers never wait for a bus,” Tredegar-Price said.\n\n"
        "Meanwhile, the Rural Towns Alliance said in a briefing that “one in four towns "
        "would lose out.” The alliance represents more than 300 parish councils across "
        "the north and the west, and has campaigned on transport for a decade.\n\n"
        "On Friday Gideon told his local paper, the Ketterby Gazette: “I'm not a rebel.”\n"
    )
    assert speakers(text)[-1] == "Gideon Ashcombe-Leigh"


def test_she_answers_a_man_who_interrupted() -> None:
    text = (
        "Minister faces rebels\n\n"
        "Transport minister Helena Marchbank faced a revolt on Thursday.\n\n"
        "Backbencher Gideon Ashcombe-Leigh interrupted. “Will the minister tell us how "
        "my constituents get to hospital?”\n\n"
        "“By a better service,” she said.\n"
    )
    assert speakers(text) == ["Gideon Ashcombe-Leigh", "Helena Marchbank"]


def test_unnamed_body_inside_quoted_words_is_no_speaker() -> None:
    text = (
        "Ferry crews strike over pay\n\n"
        "Dozens of sailings were cancelled on Tuesday as crews at Bluewater Ferries began "
        "a strike.\n\n"
        "The operator said it was “very disappointed”. “We have made a fair offer, and "
        "we urge the union to accept it,” the operator said.\n"
    )
    assert speakers(text) == ["Bluewater Ferries", "Bluewater Ferries"]


def test_a_lifeboat_station_that_speaks_is_an_organisation() -> None:
    text = (
        "Storm warning for the coast\n\n"
        "Inspector Dawn Kettleby said people should stay away from the harbour wall. "
        "“Please don't go,” she said.\n\n"
        "The Porthkennet Lifeboat Station said crews had been “called out twice already” "
        "this week.\n"
    )
    assert speakers(text) == ["Dawn Kettleby", "Porthkennet Lifeboat Station"]


def test_words_given_to_someone_in_the_sentence_after_the_quote() -> None:
    text = (
        "Hospital staff cheer runner\n\n"
        "A porter, Kwame Addo-Bright, said she had “never once mentioned” the race.\n\n"
        "“The theatre has never been so quiet on a Monday.” That was the verdict of the "
        "theatre manager, Ottoline Pargeter, who swapped shifts to watch.\n\n"
        "“Hills are the enemy, and always will be.” The words came not from the club but "
        "from its treasurer, Councillor Barnaby Etheridge, a retired farmer.\n"
    )
    assert speakers(text)[1:] == ["Ottoline Pargeter", "Barnaby Etheridge"]


def test_a_description_for_the_body_its_sentence_names_after_it() -> None:
    text = (
        "Village bells\n\n"
        "Annie Borrowdale, the housekeeper, said he was stubborn. “It's a very old "
        "ladder,” said Borrowdale.\n\n"
        "The diocese said in a statement it was “grateful for his devotion”, though the "
        "Diocese of Kelloch and Isles gave no details.\n"
    )
    assert speakers(text) == ["Annie Borrowdale", "Diocese of Kelloch and Isles"]


def test_a_team_named_by_its_body_word() -> None:
    text = (
        "Star found by amateur\n\n"
        "Astronomer Petra Vantongeren spotted the dimming first. “I thought my screen was "
        "dirty,” Vantongeren said. She sent her data to the Harrowdale Sky Survey.\n\n"
        "The survey team said its pipeline had flagged the star as “instrumental "
        "noise”.\n"
    )
    assert speakers(text) == ["Petra Vantongeren", "Harrowdale Sky Survey"]


def test_an_unnamed_reporter_and_unnamed_inspectors_are_nobody() -> None:
    text = (
        "Ferry strike talks\n\n"
        "Chief executive Marcus Wendover-Hale said the offer was fair. “We have gone as "
        "far as we can,” he said.\n\n"
        "“Aren't they relevant to the crew?” the reporter asked.\n\n"
        "“I've said what I have to say,” he replied.\n\n"
        "The inspectors said in a joint note that the decision had been “entirely within "
        "the regulations”.\n"
    )
    assert speakers(text) == ["Marcus Wendover-Hale", None, "Marcus Wendover-Hale", None]


def test_whose_son_tells_nothing_of_her_gender_and_a_titled_pair_wrote() -> None:
    text = (
        "Star and pen\n\n"
        "Amateur astronomer Ruth Hollowell spotted the dimming. “I thought my screen was "
        "dirty,” Hollowell said.\n\n"
        "Dr Ewan Strachan-Bell and Dr Anjali Moorthy, who confirmed the finding, wrote "
        "in a paper posted online that the star was “an unusually clean example”.\n\n"
        "Patient advocate Lucinda Farrow-Vance, whose son uses the pen, told the "
        "committee she had found out online. “A stranger warned me first,” she said.\n"
    )
    assert speakers(text) == [
        "Ruth Hollowell",
        "Ewan Strachan-Bell and Anjali Moorthy",
        "Lucinda Farrow-Vance",
    ]


def test_a_document_of_a_body_states_for_nobody() -> None:
    text = (
        "Exam timetable row\n\n"
        "Minister Rhona Gallacher defended the plan. “It is fair,” she said.\n\n"
        "The department's own impact assessment states that “some pupils may "
        "experience stress.”\n"
    )
    assert speakers(text) == ["Rhona Gallacher", None]


def test_a_surname_with_its_particle_is_the_person_not_a_body() -> None:
    text = (
        "Council vote\n\n"
        "Opposition leader Councillor Tariq bin Hassan was unimpressed. “This council "
        "keeps telling residents to do more,” said Cllr bin Hassan, who leads the group.\n"
    )
    doc = Text(Document(id="d", text=text))
    (claim,) = extract(doc)
    assert claim.value.speaker == "Tariq bin Hassan"  # type: ignore[union-attr]
    assert claim.value.speaker_kind == "person"  # type: ignore[union-attr]
