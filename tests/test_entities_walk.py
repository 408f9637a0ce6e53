"""A walk back over the mentions that begins lazily and reads the whole model midway (as
asking for a description's entity does) still gives each later mention its own entity, not
the model's last one."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.models import Document

TEXT = (
    "Talia Brand, 51, gave evidence against her former employer, Rufus Penn.\n\n"
    "Under cross-examination by Penn's barrister, Oswin Dale KC, Brand was taken through "
    "the log. The exchange, as recorded by the court, ran:\n\n"
    "Q. “Is that your handwriting?”"
)


def test_entities_of_a_walk_that_reads_the_whole_model_midway() -> None:
    doc = Text(Document(id="d", text=TEXT))
    ents = doc.entities
    kinds = {}
    for m in ents.before(TEXT.index("Q.")):
        kinds[m.name] = ents.entity(m).kind  # "court" is a description: the whole model
    assert kinds["court"] == "organisation"
    assert kinds["Oswin Dale"] == "person"
    assert kinds["Talia Brand"] == "person"
    # and the same as the whole model says, read from the start
    whole = Text(Document(id="d", text=TEXT)).entities
    for m in whole.mentions:
        if m.name in kinds:
            assert whole.entity(m).kind == kinds[m.name], m.name
