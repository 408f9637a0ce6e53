"""Quote speakers read over the entity model (issue 9): the parties of a question-and-
answer exchange are the people the entity model finds around a verb of questioning in
the introduction, whatever words follow the verb; a turn put to someone by name (with
any title the model knows) is the asker's and makes the one addressed the answerer; an
answer goes on in the first person; questions from the floor are nobody's. A definite
description ("the hospice", "the force") stands for the article's own organisation of
that kind; a place a cue told never becomes a person. Names and sentences are our own."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


def test_object_after_a_description_answers_cross_examination() -> None:
    text = (
        "Depot inquiry hears from neighbour\n\n"
        "The haulier's counsel, Ottilie Branscombe, cross-examined the retired nurse "
        "Wendell Ashdown, who lives beside the yard.\n\n"
        "“Mr Ashdown, you complained about the lorries in 2019, didn't you?”\n\n"
        "“I did.”\n\n"
        "“Only once?”\n\n"
        "“Every month, in writing.”\n\n"
    )
    assert speakers(text) == [
        "Ottilie Branscombe",
        "Wendell Ashdown",
        "Ottilie Branscombe",
        "Wendell Ashdown",
    ]


def test_chair_by_agent_and_titled_vocatives_name_each_answerer() -> None:
    text = (
        "Candidates meet voters in Marlpit\n\n"
        "Two candidates, the councillor Imran Sowerby and the shopkeeper Orla Penhallow, "
        "took part.\n\n"
        "The meeting was chaired by the radio host Bethan Cadwallader, who opened by "
        "asking both candidates about parking.\n\n"
        "“Councillor Sowerby, you start.”\n\n"
        "“Free parking on Saturdays, from April.”\n\n"
        "“And who pays for it?”\n\n"
        "“The car park reserve.”\n\n"
        "“Ms Penhallow, the same question.”\n\n"
        "“I would charge less, but not nothing.”\n\n"
    )
    assert speakers(text) == [
        "Bethan Cadwallader",
        "Imran Sowerby",
        "Bethan Cadwallader",
        "Imran Sowerby",
        "Bethan Cadwallader",
        "Orla Penhallow",
    ]


def test_the_one_spoken_to_asks_and_the_pronoun_subject_answers() -> None:
    text = (
        "Count latest\n\n"
        "The Greens' candidate, Tobiah Wrenfield, lost his seat by 40 votes. He talked "
        "briefly to our correspondent Marisa Quell as he left.\n\n"
        "“Will you ask for a recount?”\n\n"
        "“Not tonight.”\n\n"
    )
    assert speakers(text) == ["Marisa Quell", "Tobiah Wrenfield"]


def test_questions_from_the_floor_are_nobodys_and_vocatives_pick_the_answerer() -> None:
    text = (
        "Rivals meet before the final\n\n"
        "The snooker players Dorian Keswick and Anselm Brody sat side by side on Monday. "
        "Questions came from the floor after that.\n\n"
        "“Dorian, are you nervous?”\n\n"
        "“Never before a final.”\n\n"
        "“Anselm, what about you?”\n\n"
        "“I sleep well. That is my secret.”\n\n"
        "“I have beaten him twice this season.”\n\n"
    )
    assert speakers(text) == [None, "Dorian Keswick", None, "Anselm Brody", "Anselm Brody"]


def test_an_answer_goes_on_in_the_first_person_and_a_rejoinder_is_the_askers() -> None:
    text = (
        "Tribunal hears from site manager\n\n"
        "Lorcan Treadwell was questioned all morning by the union's barrister, "
        "Hermione Alcott.\n\n"
        "“Who checked the scaffold that day?”\n\n"
        "“The foreman did.”\n\n"
        "“He was on leave, wasn't he?”\n\n"
        "“I was not told that.”\n\n"
        "“I had the rota from the office and his name was on it.”\n\n"
        "“That is hardly the point.”\n\n"
        "“It is the one I have.”\n\n"
    )
    assert speakers(text) == [
        "Hermione Alcott",
        "Lorcan Treadwell",
        "Hermione Alcott",
        "Lorcan Treadwell",
        "Lorcan Treadwell",
        "Hermione Alcott",
        "Lorcan Treadwell",
    ]


def test_a_place_a_cue_told_stays_a_place() -> None:
    text = (
        "Bypass plan angers residents in Upper Stanmoor\n\n"
        "The council wants to route the road towards Upper Stanmoor. A resident, "
        "Petra Linwood, was questioned by the council's barrister, Ivo Castell.\n\n"
        "“You have lived there since 1990?”\n\n"
        "“Since 1988, with my late husband.”\n\n"
    )
    assert speakers(text) == ["Ivo Castell", "Petra Linwood"]


def test_a_definite_description_stands_for_the_articles_own_body_of_that_kind() -> None:
    text = (
        "Hospice appeal reaches target\n\n"
        "Donations to the Wrenmoor Hospice appeal passed £1 million on Monday. Its chair, "
        "Ines Haldane, said the money would pay for six beds.\n\n"
        "“We are overwhelmed,” Ms Haldane said.\n\n"
        "In a statement, the hospice said the new ward would open “by the autumn”.\n\n"
    )
    assert speakers(text) == ["Ines Haldane", "Wrenmoor Hospice"]


def test_the_force_is_the_articles_police_and_the_consultancy_its_consultancy() -> None:
    text = (
        "Speed cameras switched on\n\n"
        "Inspector Carys Penrose of Hallamby Police said the cameras would stay. "
        "The force said it would publish figures “every quarter”.\n\n"
        "An analyst at the transport consultancy Roadwise Partners, Idris Fenn, said the "
        "cameras worked “on the worst roads”. The consultancy said crashes had fallen "
        "“by a third” since May.\n\n"
    )
    assert speakers(text) == [
        "Hallamby Police",
        "Idris Fenn",
        "Roadwise Partners",
    ]


def test_a_broadcaster_named_as_a_person_is_a_person() -> None:
    text = (
        "Debate draws crowd\n\n"
        "The forum was chaired by the broadcaster Rosalind Achebe-Stone, who asked the "
        "candidate Milo Vantongeren about trains.\n\n"
        "“Will the line reopen?”\n\n"
        "“By 2030, if the money comes.”\n\n"
    )
    assert speakers(text) == ["Rosalind Achebe-Stone", "Milo Vantongeren"]


def test_a_body_named_in_apposition_to_an_indefinite_description_speaks() -> None:
    text = (
        "Ferry timetable cut\n\n"
        "The operator, Skerrow Ferries, said two sailings would go. A passengers' group, "
        "Island Voices, called the cut “a slow goodbye”. A walking charity, Footpath "
        "First, said visitors would “simply stop coming”.\n\n"
    )
    assert speakers(text) == ["Island Voices", "Footpath First"]


def test_a_relative_pronoun_after_a_named_body_is_that_body() -> None:
    text = (
        "Survey of river birds\n\n"
        "The report was funded by the Harlow Wildlife Fund, which said it was "
        "“glad to count every heron”.\n\n"
    )
    assert speakers(text) == ["Harlow Wildlife Fund"]


def test_they_after_a_plural_of_people_is_the_pair_last_named_together() -> None:
    text = (
        "Ice study published\n\n"
        "“The ice is going faster than we thought,” Ruth Amsel and Teodor Vik wrote.\n\n"
        "Professor Alma Creed, who was not involved, called the work “careful”.\n\n"
        "The study's authors agree. “More stations are needed,” they wrote.\n\n"
    )
    assert speakers(text) == [
        "Ruth Amsel and Teodor Vik",
        "Alma Creed",
        "Ruth Amsel and Teodor Vik",
    ]


def test_a_spokesman_for_a_described_body_speaks_for_the_articles_body_of_that_kind() -> None:
    text = (
        "Storm latest\n\n"
        "The Coastal Flood Authority says the surge “has peaked at Brinley”. The Brinley "
        "Shopkeepers' Guild said trade had stopped. A spokeswoman for the agency warned: "
        "“Stay away from the sea wall tonight.”\n\n"
    )
    assert speakers(text)[-1] == "Coastal Flood Authority"


def test_a_short_name_in_brackets_leaves_the_subject_whole() -> None:
    text = (
        "Pay talks stall\n\n"
        "Ravel Chen, a retail analyst, said margins were thin.\n\n"
        "The bakers' union, the Bakery and Allied Workers' Union (BAWU), said staff "
        "expected “a hard winter”.\n\n"
    )
    assert speakers(text) == ["Bakery and Allied Workers' Union"]


def test_a_time_before_the_subject_is_no_part_of_the_name() -> None:
    text = (
        "Bridge to close\n\n"
        "The council met on Monday.\n\n"
        "On Friday Alan Kestrel said the bridge was “past saving”.\n\n"
        "In March Ruth Amsel told councillors: “The deck will not last the winter.”\n\n"
    )
    assert speakers(text) == ["Alan Kestrel", "Ruth Amsel"]


def test_the_pair_is_the_two_named_together_past_one_named_alone_since() -> None:
    text = (
        "Bridge report\n\n"
        "Ruth Amsel and Teodor Vik wrote the report. Professor Ann Cole praised it.\n\n"
        "The pair said the bridge was “past saving”.\n\n"
    )
    assert speakers(text) == ["Ruth Amsel and Teodor Vik"]


def test_the_journalist_one_sits_down_with_asks() -> None:
    text = (
        "Interview\n\n"
        "Our arts editor, Bram Kellet, sat down with the painter Iris Moyne at her studio.\n\n"
        "“Why paint the sea?”\n\n"
        "“Because it never sits still for me.”\n\n"
    )
    assert speakers(text) == ["Bram Kellet", "Iris Moyne"]


def test_a_body_before_a_description_in_apposition_speaks() -> None:
    text = (
        "Cairn at risk\n\n"
        "Residents packed the hall on Monday. Moorland Heritage Watch, a conservation "
        "body, said it had “grave doubts” about the blasting.\n\n"
    )
    assert speakers(text) == ["Moorland Heritage Watch"]


def test_the_company_is_no_name_inside_quoted_words() -> None:
    text = (
        "Ferry delays\n\n"
        "The operator, Skerrow Ferries, said sailings had improved. “Punctuality on the "
        "Brinley crossing is now 91%,” a spokesman for the company added.\n\n"
    )
    assert speakers(text) == ["Skerrow Ferries"]


def test_questions_from_a_named_person_are_that_persons() -> None:
    text = (
        "Hearing\n\n"
        "The planning officer, Dev Sandhu, faced questions from the committee chair, "
        "Alma Rigg.\n\n"
        "“Was the site visited at all?”\n\n"
        "“Twice, in May, by me.”\n\n"
    )
    assert speakers(text) == ["Alma Rigg", "Dev Sandhu"]


def test_a_question_put_to_the_candidates_then_surname_vocatives() -> None:
    text = (
        "Debate\n\n"
        "The host, Priya Land, put the first question to the three candidates, Ed Marr, "
        "Sue Kay and Ian Holt.\n\n"
        "“Marr, what would you cut?”\n\n"
        "“Nothing that keeps people safe.”\n\n"
        "“Kay, the same to you.”\n\n"
        "“Waste, and plenty of it.”\n\n"
    )
    assert speakers(text) == ["Priya Land", "Ed Marr", "Priya Land", "Sue Kay"]


def test_the_coroner_who_heard_from_a_witness_asks() -> None:
    text = (
        "Inquest\n\n"
        "The coroner, Mark Ebbs, heard from the driver, Lisa Rowe.\n\n"
        "“What speed were you doing?”\n\n"
        "“About thirty, I think.”\n\n"
    )
    assert speakers(text) == ["Mark Ebbs", "Lisa Rowe"]


def test_the_one_talked_to_in_the_present_asks() -> None:
    text = (
        "Q&A\n\n"
        "The novelist Edie Crane, 58, talks to our literary editor, Owain Fry, about the "
        "lighthouse she grew up beside.\n\n"
        "“Why a lighthouse?”\n\n"
        "“Because I grew up next to one.”\n\n"
    )
    assert speakers(text) == ["Owain Fry", "Edie Crane"]
