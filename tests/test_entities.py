"""The article's people and organisations (factcheck/extract/_entities.py), read once per
text as ``Text.entities``: which capitalised words are mentions, of what kind, and how the
mentions chain into entities with the fullest name the article gives them."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract._entities import ORGANISATION, PERSON, PLACE, Entities
from factcheck.models import Document


def _read(text: str) -> Entities:
    return Text(Document(id="t", text=text)).entities


def _entity(ents: Entities, name: str):  # type: ignore[no-untyped-def]
    hits = [e for e in ents if e.name == name]
    assert hits, f"no entity {name!r} in {[e.name for e in ents]}"
    return hits[0]


def test_titles_honorifics_and_post_nominals_are_cut_and_noted() -> None:
    ents = _read(
        "Prime Minister Sir Keir Starmer spoke first. Fiona Lakeland KC cross-examined him. "
        "Starmer said little."
    )
    starmer = _entity(ents, "Keir Starmer")
    assert starmer.kind == PERSON and "prime minister" in starmer.roles
    assert [m.name for m in starmer.mentions] == ["Keir Starmer", "Starmer"]
    assert _entity(ents, "Fiona Lakeland").kind == PERSON


def test_surname_and_first_name_chain_to_the_full_name() -> None:
    ents = _read(
        "Britain's Hannah Marsh lost the final. Marsh was gracious. Later, Hannah said "
        "she would be back."
    )
    marsh = _entity(ents, "Hannah Marsh")  # the possessor "Britain's" is no part of it
    assert [m.name for m in marsh.mentions] == ["Hannah Marsh", "Marsh", "Hannah"]
    assert marsh.gender is None  # "Hannah said she would" is no "she said"
    assert ents.named("Marsh") is marsh


def test_gender_from_the_pronoun_that_speaks() -> None:
    ents = _read('Tom Reed and Ana Ruiz met. "It cannot work," Reed said. "No," she said.')
    assert _entity(ents, "Tom Reed").gender is None  # two people named: "she" tells nothing
    text = 'Dai Llewellyn remembers the dark. "We waited," he said.'
    assert _entity(_read(text), "Dai Llewellyn").gender == "m"


def test_acronyms_join_the_organisation_they_stand_for() -> None:
    ents = _read(
        "The Harbour and Estuary Pilots Guild (HEPG) tabled a proposal. "
        "HEPG said it would not move. The Information Commissioner's Office was told; "
        "the ICO said nothing. A WHO spokesman declined to comment."
    )
    guild = _entity(ents, "Harbour and Estuary Pilots Guild")
    assert guild.kind == ORGANISATION and "HEPG" in guild.aliases
    assert _entity(ents, "WHO").kind == ORGANISATION  # though "who" is a common word


def test_words_that_name_nobody_are_no_mentions() -> None:
    ents = _read(
        "However, the plan failed. Previously, nobody asked. Meanwhile in Paris, the "
        "Nova X2 phone sold out. Critics said it was late. On Monday, Ana Ruiz spoke."
    )
    names = {e.name for e in ents}
    assert not names & {"However", "Previously", "Meanwhile", "Critics", "Monday", "On"}
    assert _entity(ents, "Paris").kind == PLACE
    assert not _entity(ents, "Nova X2").speaks  # a product: a thing, never a speaker
    assert _entity(ents, "Ana Ruiz").kind == PERSON


def test_bylines_name_nobody_in_the_story() -> None:
    ents = _read("Ferry grounding inquiry opens\n\nBy Callum MacRae, Transport Editor\n\nThe "
                 "master, Angus Munro, gave evidence.")  # fmt: skip
    names = {e.name for e in ents}
    assert "Callum MacRae" not in names and "Angus Munro" in names


def test_descriptions_chain_to_the_organisation_they_stand_for() -> None:
    text = (
        "The Ministry of Health reported 40 cases. The ministry said more would follow. "
        "Acme Corp cut jobs, and the company said it had no choice. "
        "The government said nothing. The agency was not named."
    )
    ents = _read(text)
    ministry = _entity(ents, "Ministry of Health")
    assert [m.name for m in ministry.mentions] == ["Ministry of Health", "ministry"]
    assert "company" in [m.name for m in _entity(ents, "Acme Corp").mentions]
    government = _entity(ents, "government")
    assert government.kind == ORGANISATION and not government.named
    assert ents.last_org(text.index("The agency")) is not None


def test_bodies_that_issue_statements_are_organisations() -> None:
    ents = _read(
        "Ardgarry Country Park said in a statement that its gates had been replaced. WellPoint "
        "admitted the breach a week after it first called it minor."
    )
    assert _entity(ents, "Ardgarry Country Park").kind == ORGANISATION
    assert _entity(ents, "WellPoint").kind == ORGANISATION


def test_a_name_with_no_body_head_that_issues_a_statement_is_an_organisation() -> None:
    ents = _read("Brackenfold Otter Sanctuary said in a statement that its gates were new.")
    assert _entity(ents, "Brackenfold Otter Sanctuary").kind == ORGANISATION


def test_role_lookup_finds_the_holder_before_or_after() -> None:
    text = (
        'The prime minister charged the opposition with "stalling every plan". Later, Prime '
        "Minister Daniel Harcourt said the target stands."
    )
    holder = _read(text).with_role("the prime minister", 0)
    assert holder is not None and holder.name == "Daniel Harcourt"


def test_mentions_are_ordered_and_point_at_the_text() -> None:
    text = "Dr Ana Ruiz of the University of Leeds told the Leeds Gazette that Ruiz's team won."
    ents = _read(text)
    starts = [m.start for m in ents.mentions]
    assert starts == sorted(starts)
    for m in ents.mentions:
        assert m.name.split()[0] in text[m.start : m.end] or m.described
    assert _entity(ents, "Ana Ruiz").kind == PERSON
    assert _entity(ents, "University of Leeds").kind == ORGANISATION


def test_a_possessor_of_several_words_is_a_name_of_its_own() -> None:
    # written for this test: the owner and what it owns are two mentions
    from factcheck.extract import Text
    from factcheck.models import Document

    text = "Head\n\nTURIN — The Northern Rail Authority's Falcon trains were withdrawn."
    ents = Text(Document(id="d", text=text)).entities
    names = {m.name: ents.entity(m).kind for m in ents.before(len(text))}
    assert names.get("Northern Rail Authority") == "organisation"
    assert "Northern Rail Authority's Falcon" not in names


def test_a_sentence_opening_word_before_a_classing_noun_is_no_organisation() -> None:
    # written for this test: "Local group" classes the name after it
    from factcheck.extract import Text
    from factcheck.models import Document

    text = "Head\n\nLocal group Tanager Friends declined to comment. Campaigners were angry."
    ents = Text(Document(id="d", text=text)).entities
    names = {m.name: ents.entity(m).kind for m in ents.before(len(text))}
    assert names.get("Tanager Friends") == "organisation"
    assert "Local group" not in names


def test_a_role_tells_its_holders_gender_not_its_possessors() -> None:
    """ "Her son, Tobias Quell," is a man: the pronoun belongs to the mother; kin nouns
    tell the holder's gender."""
    text = (
        "Head\n\nHer son, Tobias Quell, said she had loved the sea.\n\nHis widow, Ines Varo, wept."
    )
    ents = _read(text)
    assert _entity(ents, "Tobias Quell").gender == "m"
    assert _entity(ents, "Ines Varo").gender == "f"


def test_a_title_chains_a_surname_to_the_person_of_its_gender() -> None:
    """ "Mrs Marrow" after "Agnes Marrow" and "her son, Tobias Marrow": the mother."""
    text = (
        "Head\n\nAgnes Marrow ran the village shop for 40 years.\n\nHer son, Tobias Marrow, "
        "said she had loved it.\n\nIn 1994 Mrs Marrow led a petition against the bypass."
    )
    ents = _read(text)
    i = text.index("Mrs Marrow") + 4
    m = ents.covering(i)
    assert m is not None and ents.entity(m).name == "Agnes Marrow"
    whole = ents._full()
    wm = whole.covering(i)
    assert wm is not None and whole.entity(wm).name == "Agnes Marrow"


def test_the_pronoun_i_after_a_name_is_no_regnal_numeral() -> None:
    """ "I told Maren I would": the name is "Maren"; "Henry I of Navarre" keeps its I."""
    ents = _read("“So I told Maren I would stay,” he said. Later Maren Holt agreed.")
    names = [m.name for m in ents.mentions]
    assert "Maren I" not in names and "Maren" in names
    assert "Henry I" in [m.name for m in _read("The portrait shows Henry I of Navarre.").mentions]


def test_a_surname_of_a_body_before_the_full_name_is_the_person() -> None:
    """ "Marsh of Tellwood said …", then "Odile Marsh, the firm's finance chief": the
    person, chained to the full name given after, and the body apart."""
    ents = _read(
        "Head\n\nThe buyer pulled out on Friday. Marsh of Tellwood said the offer had lapsed. "
        "Odile Marsh, the firm's finance chief, later added that talks could resume."
    )
    m = next(m for m in ents.mentions if m.name.startswith("Marsh"))
    assert m.name == "Marsh" and ents.entity(m).name == "Odile Marsh"
    assert ents.entity(m).kind == PERSON


def test_a_role_held_at_a_name_makes_it_an_organisation() -> None:
    ents = _read("Head\n\nThe finance director at Brackwell-Oyen, Sofia Marr, resigned.")
    assert _entity(ents, "Brackwell-Oyen").kind == ORGANISATION


def test_a_role_asks_for_its_longest_holder() -> None:
    """ "the musical director": the one given that role, not one given "director"."""
    text = (
        "Head\n\nThe director Piet Janssens spoke first. Her successor as musical director, "
        "Odile Ferrant, spoke last."
    )
    ents = _read(text)
    got = ents.with_role("the musical director", len(text))
    assert got is not None and got.name == "Odile Ferrant"


def test_a_sport_s_governing_body_is_an_organisation() -> None:
    ents = _read(
        "Nia Obi thanked Welsh Athletics for its help. Scottish Rowing paid for the boat. "
        "England Netball said nothing."
    )
    for name in ("Welsh Athletics", "Scottish Rowing", "England Netball"):
        assert _entity(ents, name).kind == ORGANISATION, name
    assert _entity(ents, "Nia Obi").kind == PERSON


def test_a_one_word_name_before_which_is_a_body() -> None:
    # "X, which runs …" is said of a body (a known place is read as a place first), so
    # "the company said" after it points back to X
    from factcheck.pipeline import extract

    text = (
        "Ferrowick, which runs 40 care homes, said it was disappointed. "
        "“We have offered what we can,” the company said."
    )
    (quote,) = extract(text, published="2025-01-01", kinds=["quote"])
    assert quote.value.speaker == "Ferrowick"
    assert quote.value.speaker_kind == "organisation"
