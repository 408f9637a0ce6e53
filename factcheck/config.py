"""The newsroom's settings, from ``factcheck.toml`` in the working directory.

The team's rules (organisation, rating scale, two-person rule, double review, lease length)
live in the database once it exists: a new database takes them from this file once, and
after that ``factcheck team set`` / ``team load`` change them (see ``factcheck.db.desk``).
The lookup settings stay per client.

Everything has a default, so no file is needed. A newsroom can replace the rating
scale, name its organisation for ClaimReview, give a contact for the lookups'
User-Agent and turn on the two-person rule::

    [organization]
    name = "The Daily Example"
    url = "https://daily.example"
    claimreview_url = "https://daily.example/fact-checks/{slug}#{claim}"

    [lookup]
    contact = "desk@daily.example"

    [review]
    two_person_rule = true
    lease_minutes = 30

    [[ratings]]
    name = "true"
    value = 5
    label = "True"
    key = "t"
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from factcheck.errors import BadOption

CONFIG_FILE = "factcheck.toml"


class Rating(BaseModel):
    """One step of the rating scale; ``value`` is ClaimReview's ``ratingValue``."""

    model_config = ConfigDict(extra="forbid")
    name: str
    value: int = Field(ge=1)
    label: str
    key: str = Field(min_length=1, max_length=1, description="the key that picks it in `review`")
    checkable: bool = True


DEFAULT_RATINGS: list[Rating] = [
    Rating(name="true", value=6, label="True", key="t"),
    Rating(name="mostly-true", value=5, label="Mostly true", key="m"),
    Rating(name="half-true", value=4, label="Half true", key="h"),
    Rating(name="misleading", value=3, label="Misleading", key="i"),
    Rating(name="mostly-false", value=2, label="Mostly false", key="o"),
    Rating(name="false", value=1, label="False", key="f"),
    Rating(name="unverifiable", value=1, label="Unverifiable", key="u", checkable=False),
    Rating(name="not-checkable", value=1, label="Not checkable", key="n", checkable=False),
]


URL_FIELDS = ("document", "claim", "slug")
"""What a ``claimreview_url`` template may name: ``{document}`` (the document id), ``{claim}``
(the claim id) and ``{slug}`` (the article's title in lower case, words joined by hyphens)."""


def check_url_template(template: str) -> str:
    """``template`` if it is an http(s) URL naming only ``URL_FIELDS``, else ``ValueError``."""
    from string import Formatter

    raw = template.strip()
    if not raw.lower().startswith(("https://", "http://")):
        raise ValueError(f'claimreview_url takes an http(s) URL template, not "{raw}"')
    try:
        fields = [f for _, f, spec, conv in Formatter().parse(raw) if f is not None]
    except ValueError as exc:
        raise ValueError(f'claimreview_url "{raw}" is not a valid template ({exc})') from None
    unknown = [f for f in fields if f not in URL_FIELDS]
    if unknown:
        raise ValueError(
            f"claimreview_url names {{{unknown[0]}}}; it may name "
            + ", ".join(f"{{{f}}}" for f in URL_FIELDS)
        )
    return raw


class Organization(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = "factcheck desk"
    url: str = "https://factcheck.example"
    claimreview_url: str | None = Field(
        default=None,
        description="the fact-check page of a claim, e.g. https://daily.example/checks/{slug}#{claim}",
    )

    @field_validator("claimreview_url")
    @classmethod
    def _template(cls, value: str | None) -> str | None:
        return None if value is None else check_url_template(value)

    @property
    def is_placeholder(self) -> bool:
        """Whether this is still the built-in placeholder (no newsroom has named itself)."""
        return self.name == PLACEHOLDER.name or self.url.rstrip("/") == PLACEHOLDER.url


PLACEHOLDER = Organization.model_construct(name="factcheck desk", url="https://factcheck.example")
"""The organisation a desk has before it names its own: ClaimReview refuses to publish as it."""


class LookupSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    contact: str = "factcheck-desk@factcheck.example"
    timeout_seconds: float = 10.0


class ReviewSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    two_person_rule: bool = False
    double_review: bool = False
    lease_minutes: int = Field(default=30, ge=1)


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")
    organization: Organization = Field(default_factory=Organization)
    lookup: LookupSettings = Field(default_factory=LookupSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    ratings: list[Rating] = Field(default_factory=lambda: list(DEFAULT_RATINGS))

    @model_validator(mode="after")
    def _unique(self) -> Config:
        for attr in ("name", "key"):
            # Case-insensitive: `verdict` and `review` match names and keys in lower case.
            seen = [getattr(r, attr).lower() for r in self.ratings]
            dupes = sorted({x for x in seen if seen.count(x) > 1})
            if dupes:
                raise ValueError(f"rating {attr}s must be unique; repeated: {', '.join(dupes)}")
        if not self.ratings:
            raise ValueError("the rating scale is empty")
        return self

    def rating(self, name: str) -> Rating:
        """The rating called ``name``, or ``BadOption`` listing the valid ones."""
        wanted = name.strip().lower()
        for r in self.ratings:
            if r.name.lower() == wanted:
                return r
        raise BadOption(
            f'Unknown rating "{name}"; choose from {", ".join(r.name for r in self.ratings)}'
        )

    @property
    def best_rating(self) -> int:
        return max(r.value for r in self.ratings)

    @property
    def worst_rating(self) -> int:
        return min(r.value for r in self.ratings)


def load_config(directory: str | os.PathLike[str] | None = None) -> Config:
    """The config from ``factcheck.toml`` in ``directory`` (the working directory), or defaults."""
    path = Path(directory or ".") / CONFIG_FILE
    if not path.is_file():
        return Config()
    return load_config_file(path)


def local_config_exists(directory: str | os.PathLike[str] | None = None) -> bool:
    """Whether the working directory (or ``directory``) has a ``factcheck.toml``."""
    return (Path(directory or ".") / CONFIG_FILE).is_file()


def load_config_file(path: str | os.PathLike[str]) -> Config:
    """The config in one TOML file; ``BadOption`` naming the file and the fault."""
    import tomllib  # only with a file to read: most commands run without one

    path = Path(path)
    if not path.is_file():
        raise BadOption(f'No file "{path}"; give the path of a factcheck.toml')
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise BadOption(
            f"{path} is not valid UTF-8 (byte 0x{exc.object[exc.start]:02x} at offset "
            f"{exc.start}); re-save it as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise BadOption(f"{path} is not valid TOML: {exc}") from None
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"]) or "top level"
        raise BadOption(f"{path}: {where}: {err['msg']}") from None
