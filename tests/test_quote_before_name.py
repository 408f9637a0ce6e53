"""The narrowed name-before-surname search agrees with the plain regex search."""

from __future__ import annotations

import random

from factcheck.extract import quote

PARTS = [
    "Jack ", '"the Hammer" ', "“Fast Eddie” ", "‘Big’ ", "said ", "de ", "Mr. ", "U.S. ",
    "x", ", ", "\n", "Smith", '"', "’ ", "Ruiz, ", '" ', "la ", "Van ", "\t", "\u00a0",
    "officials said. ", "Dr. ", "“We will,” ", "O’Neill ", "(AP) ", "McDonald ", "eBay ",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(16)
    texts = [
        'The union leader, Jack "the Hammer" Smith, said it was over.',
        "“There is no quick fix,” Finance Minister Ana Ruiz said on Monday.",
        "Officials said. Prime Minister Sir Keir Starmer\nStarmer said ‘Big’ Tom Hale spoke.",
    ]
    texts.extend("".join(rng.choice(PARTS) for _ in range(rng.randint(1, 16))) for _ in range(4000))
    return texts


def test_before_name_matches_the_plain_search() -> None:
    checked = found = 0
    for s in _texts():
        for i in range(len(s) + 1):
            plain = quote._BEFORE_NAME.search(s, max(0, i - 80), i)
            fast = quote._before_name(s, i)
            assert (fast and fast.span()) == (plain and plain.span()), (s, i)
            checked += 1
            found += plain is not None
    assert checked > 100_000
    assert found > 10_000  # the cases are not all misses


def test_before_name_finds_a_nickname() -> None:
    s = 'said Jack "the Hammer" Smith'
    m = quote._before_name(s, s.index("Smith"))
    assert m is not None and m.group(0) == 'Jack "the Hammer" '
