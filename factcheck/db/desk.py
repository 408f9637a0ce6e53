"""The desk around the queue: team rules in the database, names as identities, the roster.

``ClaimStore`` mixes ``DeskMixin`` in; every rule here is read from the database inside the
transaction that depends on it, so a client in another folder (with another
``factcheck.toml``, or none) follows the same rules.

- **Team settings** (``team_settings``): organisation, rating scale, two-person rule, double
  review, lease length. A new database takes them once from the local ``factcheck.toml``
  (or the defaults); afterwards ``set_team`` / ``load_team`` change them, each change logged.
  A local file that disagrees is ignored, and ``config_warnings`` says where it differs.
- **Names** are identities: ``normalise_name`` case-folds and trims a name for every
  comparison; the ``people`` table keeps the name as first written, and the store writes
  that form everywhere, so ``Ana`` and ``ana `` are one person shown as first written.
- **The roster**: people with a role (``reviewer`` or ``editor``). When it is not empty,
  unknown names are refused and only editors sign off, send back, assign or change the
  team. On PostgreSQL a login acts only as itself unless it is an editor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from factcheck.errors import BadOption, StoreError
from factcheck.models import Event, Evidence

if TYPE_CHECKING:
    from factcheck.config import Config, Rating
    from factcheck.db.store import Row, _Backend, _Tx

#: ``factcheck.config.CONFIG_FILE``: a store looks for it on opening without importing the
#: settings' pydantic models (tests/test_startup_store.py keeps the two equal).
CONFIG_FILE = "factcheck.toml"

ROLES = ("reviewer", "editor")

#: The settings the team shares, with what `team set` accepts for each.
TEAM_KEYS: dict[str, str] = {
    "organization.name": "the organisation's name in ClaimReview (text)",
    "organization.url": "the organisation's address in ClaimReview (an http(s) URL)",
    "organization.claimreview_url": "the fact-check page of a claim in ClaimReview: an http(s) "
    "URL template naming {document}, {claim} or {slug} (empty: "
    "<organization.url>/fact-checks/{document}#{claim})",
    "two_person_rule": "a verdict is final only after an editor's sign-off (true/false)",
    "double_review": "two independent blind verdicts per claim (true/false)",
    "lease_minutes": "how long a lease lasts (whole minutes, at least 1)",
    "ratings": "the rating scale (set it with factcheck team load FILE)",
}

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


class NotAllowed(StoreError):
    """The roster does not let this person do this."""


def _dt(value: Any) -> datetime | None:
    if value is None:
        return None
    stamp: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def shown(text: str) -> str:
    """A name or value for a one-line message: controls made visible."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def check_source_urls(urls: Sequence[str]) -> None:
    """Refuse a ``--source`` that is not an absolute http(s) URL (``javascript:``, ``data:``,
    a bare word), so no report or ClaimReview ever carries one as a link."""
    if not urls:
        return
    from factcheck.documents import is_web_url

    for url in urls:
        if not is_web_url(url.strip()):
            raise BadOption(
                f'--source "{shown(url)}" is not an http(s) URL; give the address of the '
                "evidence, e.g. https://www.ons.gov.uk/..."
            )


def normalise_name(name: str | None) -> tuple[str, str]:
    """``(key, display)``: the case-folded, trimmed key compared everywhere, and the name
    with its whitespace tidied as it will be shown. Empty or non-printable names are refused.
    """
    raw = "" if name is None else str(name)
    display = " ".join(raw.split())
    if not display:
        raise BadOption(
            "The reviewer name is empty; pass --reviewer NAME or set FACTCHECK_REVIEWER"
        )
    if not all(ch.isprintable() for ch in display):
        raise BadOption(
            f'The reviewer name "{shown(display)}" holds control characters; '
            "use letters, digits, spaces and punctuation"
        )
    if len(display) > 100:
        raise BadOption(f'The reviewer name "{display[:20]}..." is longer than 100 characters')
    return display.casefold(), display


def name_key(name: str | None) -> str:
    """The comparison key of a stored name (tolerant: old rows may hold anything)."""
    return " ".join(str(name or "").split()).casefold()


def settings_of(config: Config) -> dict[str, Any]:
    """The team settings a config gives, as stored (JSON-ready values)."""
    return {
        "organization.name": config.organization.name,
        "organization.url": config.organization.url,
        "organization.claimreview_url": config.organization.claimreview_url,
        "two_person_rule": config.review.two_person_rule,
        "double_review": config.review.double_review,
        "lease_minutes": config.review.lease_minutes,
        "ratings": [r.model_dump() for r in config.ratings],
    }


def _parsed_settings(rows: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """``team_settings`` rows (key, the value's JSON text) as a dict of values."""
    return {str(key): json.loads(value) for key, value in rows}


def with_settings(local: Config, settings: Mapping[str, Any]) -> Config:
    """The local config (lookup settings) with the team's settings in place of its own."""
    data = local.model_dump()
    org = dict(data["organization"])
    review = dict(data["review"])
    if "organization.name" in settings:
        org["name"] = settings["organization.name"]
    if "organization.url" in settings:
        org["url"] = settings["organization.url"]
    if "organization.claimreview_url" in settings:
        org["claimreview_url"] = settings["organization.claimreview_url"]
    for key in ("two_person_rule", "double_review", "lease_minutes"):
        if key in settings:
            review[key] = settings[key]
    data["organization"], data["review"] = org, review
    if "ratings" in settings:
        data["ratings"] = settings["ratings"]
    from factcheck.config import Config

    return Config.model_validate(data)


def parse_setting(key: str, value: str) -> Any:
    """The stored value for ``team set KEY VALUE``; ``BadOption`` saying what fits."""
    if key not in TEAM_KEYS:
        raise BadOption(f'Unknown team setting "{shown(key)}"; choose from {", ".join(TEAM_KEYS)}')
    raw = value.strip()
    if key == "ratings":
        raise BadOption(
            "The rating scale is a list; put it in a TOML file and run factcheck team load FILE"
        )
    if key in ("two_person_rule", "double_review"):
        if raw.lower() in _TRUE:
            return True
        if raw.lower() in _FALSE:
            return False
        raise BadOption(f'{key} takes true or false, not "{shown(raw)}"')
    if key == "lease_minutes":
        try:
            minutes = int(raw)
        except ValueError:
            minutes = 0
        if minutes < 1 or str(minutes) != raw.lstrip("+"):
            raise BadOption(
                f'lease_minutes takes a whole number of minutes, at least 1, not "{shown(raw)}"'
            )
        return minutes
    if key == "organization.claimreview_url":
        if not raw:
            return None  # back to <organization.url>/fact-checks/{document}#{claim}
        if not raw.isprintable():
            raise BadOption(f'{key} takes printable text, not "{shown(raw)}"')
        from factcheck.config import check_url_template

        try:
            return check_url_template(raw)
        except ValueError as exc:
            raise BadOption(str(exc)) from None
    if not raw or not raw.isprintable():
        raise BadOption(f'{key} takes printable text, not "{shown(raw)}"')
    if key == "organization.url" and not raw.lower().startswith(("https://", "http://")):
        raise BadOption(f'organization.url takes an http(s) URL, not "{shown(raw)}"')
    return raw


def describe(key: str, value: Any) -> str:
    """A setting's value in one short phrase."""
    if key == "ratings":
        return ", ".join(str(r["name"]) for r in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "(none)"
    return str(value)


def differences(local: Mapping[str, Any], team: Mapping[str, Any]) -> list[str]:
    """Where a local file's settings differ from the database's, one phrase each."""
    out = []
    for key in TEAM_KEYS:
        if key in team and local.get(key) != team[key]:
            out.append(
                f"{key} (file: {describe(key, local.get(key))}; database: "
                f"{describe(key, team[key])})"
            )
    return out


#: One person's row (NULLs when they are not in ``people``) and the roster's size: one
#: round trip for ``_who``'s two questions.
_PERSON_AND_ROSTER = (
    "SELECT p.name, p.role, (SELECT COUNT(*) FROM people WHERE role IS NOT NULL) AS roster"
    " FROM (SELECT 1 AS one) AS o LEFT JOIN people p ON p.key = :k"
)


class _StoreHost:
    """What the mixins below use of the ``ClaimStore`` they are mixed into: the backend and
    the store's own helpers, declared for the type checker only: at run time it adds nothing."""

    _db: _Backend

    if TYPE_CHECKING:

        def _event(
            self,
            tx: _Tx,
            action: str,
            actor: str,
            at: datetime,
            *,
            claim_id: str | None = None,
            document_id: str | None = None,
            detail: Mapping[str, Any] | None = None,
        ) -> None: ...
        def now(self) -> datetime: ...
        def _resolve(self, tx: _Tx, claim_id: str) -> str: ...
        def _document_row(self, tx: _Tx, document_id: str) -> Row: ...
        def _current_verdict(self, tx: _Tx, cid: str) -> Row | None: ...


class DeskMixin(_StoreHost):
    """Team settings, identities and the roster; mixed into ``ClaimStore``."""

    config_warnings: list[str]
    _local_config: Config | None
    _config: Config | None
    _settings: dict[str, Any]

    # -- settings
    #
    # The rules are read from the database when the store opens, and made into
    # ``factcheck.config``'s (pydantic) models only when something asks for them: ``next``
    # reads its two rules from the stored settings (``_lease_rules``) and loads no pydantic.

    @property
    def _local(self) -> Config:
        """This client's own settings: ``factcheck.toml`` here, or the defaults."""
        if self._local_config is None:
            from factcheck.config import load_config

            self._local_config = load_config()
        return self._local_config

    @property
    def config(self) -> Config:
        """The team's rules as they were when the store opened (or last changed here)."""
        if self._config is None:
            self._config = with_settings(self._local, self._settings)
        return self._config

    @config.setter
    def config(self, value: Config) -> None:
        self._config = value

    def _lease_rules(self, tx: _Tx) -> tuple[int, bool]:
        """``(review.lease_minutes, review.double_review)`` of ``_rules(tx)``: the stored
        settings as they are when they hold what validating them would keep (an int of at
        least 1, a bool: ``parse_setting`` and ``team load`` store nothing else), else the
        rules themselves."""
        settings = self._team_settings(tx)
        minutes, double = settings.get("lease_minutes"), settings.get("double_review")
        if type(minutes) is int and minutes >= 1 and type(double) is bool:
            return minutes, double
        review = self._rules(tx).review
        return review.lease_minutes, review.double_review

    def _team_settings(self, tx: _Tx) -> dict[str, Any]:
        return _parsed_settings(
            (r["key"], r["value"]) for r in tx.all("SELECT key, value FROM team_settings")
        )

    def _rules(self, tx: _Tx) -> Config:
        """The rules now in force: read in the caller's transaction."""
        settings = self._team_settings(tx)
        if not settings:
            return self.config
        return with_settings(self._local, settings)

    def _setup_team(
        self, *, local_file: bool, source: str, rows: Iterable[tuple[str, str]] | None = None
    ) -> None:
        """Seed a new database's settings from the local config once; warn where they differ.

        ``rows`` are the ``team_settings`` rows already read on connecting, if they were."""
        if rows is None:
            with self._db.tx(write=False) as tx:
                settings = self._team_settings(tx)
        else:
            settings = _parsed_settings(rows)
        if not settings:
            wanted = settings_of(self._local)
            now = self.now()
            with self._db.tx() as tx:
                if not self._team_settings(tx):  # another process may have seeded it meanwhile
                    inserted = 0
                    for key, value in wanted.items():
                        inserted += tx.run(
                            "INSERT INTO team_settings (key, value, updated) VALUES (:k, :v, :at)"
                            " ON CONFLICT (key) DO NOTHING",
                            {"k": key, "v": json.dumps(value), "at": self._db.ts(now)},
                        )
                    # On PostgreSQL two first clients may both find the table empty; the
                    # second one's inserts wait for the first's commit and then do nothing.
                    # Only the one that wrote the settings logs the seed.
                    if inserted:
                        self._event(tx, "team-seed", "factcheck", now, detail={"from": source})
                settings = self._team_settings(tx)
        self._settings, self._config = settings, None  # made into a Config when asked for
        if local_file:
            diff = differences(settings_of(self._local), settings)
            if diff:
                self.config_warnings.append(
                    f"Warning: {source} differs from the team settings in the database, which "
                    f"apply: {'; '.join(diff)} (see factcheck team show)"
                )

    def team_settings(self) -> dict[str, Any]:
        """The team settings in the database."""
        with self._db.tx(write=False) as tx:
            return self._team_settings(tx)

    def set_team(self, key: str, value: str, *, actor: str) -> dict[str, Any]:
        """Change one team setting (an editor, when there is a roster); logged ``team-set``."""
        parsed = parse_setting(key, value)
        return self._change_team({key: parsed}, actor=actor, action="team-set")

    def load_team(self, config: Config, *, actor: str, source: str) -> dict[str, Any]:
        """Replace the team settings with a file's; logged ``team-load`` with what changed."""
        return self._change_team(
            settings_of(config), actor=actor, action="team-load", source=source
        )

    def _change_team(
        self, changes: Mapping[str, Any], *, actor: str, action: str, source: str | None = None
    ) -> dict[str, Any]:
        now = self.now()
        with self._db.tx() as tx:
            who = self._who(tx, actor, editor_for="change the team settings")
            before = self._team_settings(tx)
            merged = {**before, **changes}
            try:
                with_settings(self._local, merged)
            except Exception as exc:  # a rating scale a file could not validate
                raise BadOption(f"Those settings do not fit together: {exc}") from None
            changed = {k: v for k, v in changes.items() if before.get(k) != v}
            for k, v in changed.items():
                tx.run(
                    "INSERT INTO team_settings (key, value, updated) VALUES (:k, :v, :at)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated = "
                    "excluded.updated",
                    {"k": k, "v": json.dumps(v), "at": self._db.ts(now)},
                )
            detail: dict[str, Any] = {
                "changed": {
                    k: {
                        "from": describe(k, before[k]) if k in before else None,
                        "to": describe(k, v),
                    }
                    for k, v in changed.items()
                }
            }
            if source:
                detail["file"] = source
            self._event(tx, action, who, now, detail=detail)
            after = self._team_settings(tx)
        self.config = with_settings(self._local, after)
        return changed

    # -- identities and the roster

    def _roster_size(self, tx: _Tx) -> int:
        row = tx.one("SELECT COUNT(*) AS n FROM people WHERE role IS NOT NULL")
        return int(row["n"]) if row else 0

    def _login(self, tx: _Tx) -> str | None:
        if self._db.dialect != "postgresql":
            return None
        row = tx.one("SELECT current_user AS u")
        return str(row["u"]) if row else None

    def login(self) -> str | None:
        """The database login (PostgreSQL), or None on SQLite."""
        with self._db.tx(write=False) as tx:
            return self._login(tx)

    def _who(
        self, tx: _Tx, name: str, *, editor_for: str | None = None, register: bool = True
    ) -> str:
        """The name as first written, after the roster's and the login's checks."""
        key, display = normalise_name(name)
        found = tx.one(_PERSON_AND_ROSTER, {"k": key})
        row = found if found is not None and found["name"] is not None else None
        if found is not None and found["roster"]:
            if row is None or row["role"] is None:
                raise NotAllowed(
                    f'"{display}" is not on the team roster; an editor adds them with '
                    f"factcheck team add NAME --role reviewer"
                )
            if editor_for and row["role"] != "editor":
                raise NotAllowed(f'"{row["name"]}" is a reviewer; only an editor can {editor_for}')
            login = self._login(tx)
            if login is not None and name_key(login) != key:
                mine = tx.one("SELECT role FROM people WHERE key = :k", {"k": name_key(login)})
                if mine is None or mine["role"] != "editor":
                    raise NotAllowed(
                        f'The database login "{login}" cannot act as "{row["name"]}"; log in as '
                        "them, or act as yourself (only an editor's login may act for others)"
                    )
            return str(row["name"])
        if row is not None:
            return str(row["name"])
        if register:
            tx.run(
                "INSERT INTO people (key, name, role, added) VALUES (:k, :n, NULL, :at)"
                " ON CONFLICT (key) DO NOTHING",
                {"k": key, "n": display, "at": self._db.ts(self.now())},
            )
            again = tx.one("SELECT name FROM people WHERE key = :k", {"k": key})
            if again is not None:
                return str(again["name"])
        return display

    def _person(self, tx: _Tx, name: str) -> Mapping[str, Any] | None:
        key, _ = normalise_name(name)
        return tx.one("SELECT key, name, role FROM people WHERE key = :k", {"k": key})

    def _role(self, tx: _Tx, display: str) -> str | None:
        row = tx.one("SELECT role FROM people WHERE key = :k", {"k": name_key(display)})
        return None if row is None else row["role"]

    def roster(self) -> list[dict[str, Any]]:
        """The people with a role, by name."""
        with self._db.tx(write=False) as tx:
            rows = tx.all(
                "SELECT name, role, added FROM people WHERE role IS NOT NULL ORDER BY key"
            )
        return [{"name": r["name"], "role": r["role"], "added": str(r["added"])} for r in rows]

    def add_member(self, name: str, role: str, *, actor: str) -> dict[str, Any]:
        """Put someone on the roster (or change their role); the first member is an editor."""
        if role not in ROLES:
            raise BadOption(f'Unknown role "{shown(role)}"; choose from {", ".join(ROLES)}')
        key, display = normalise_name(name)
        now = self.now()
        with self._db.tx() as tx:
            if self._roster_size(tx):
                who = self._who(tx, actor, editor_for="change the roster")
            else:
                if role != "editor":
                    raise NotAllowed(
                        "The roster is empty: add an editor first "
                        "(factcheck team add NAME --role editor), who then adds the others"
                    )
                who = normalise_name(actor)[1]
            row = tx.one("SELECT name, role FROM people WHERE key = :k", {"k": key})
            if row is None:
                tx.run(
                    "INSERT INTO people (key, name, role, added) VALUES (:k, :n, :r, :at)",
                    {"k": key, "n": display, "r": role, "at": self._db.ts(now)},
                )
                shown_name = display
            else:
                if row["role"] == role:
                    raise StoreError(f'"{row["name"]}" is already on the roster as {role}')
                if row["role"] == "editor" and role != "editor":
                    self._keep_an_editor(tx, key)
                tx.run("UPDATE people SET role = :r WHERE key = :k", {"r": role, "k": key})
                shown_name = str(row["name"])
            self._event(
                tx,
                "team-add",
                who,
                now,
                detail={
                    "name": shown_name,
                    "role": role,
                    "was": None if row is None else row["role"],
                },
            )
        return {"name": shown_name, "role": role}

    def _keep_an_editor(self, tx: _Tx, key: str) -> None:
        others = tx.one(
            "SELECT COUNT(*) AS n FROM people WHERE role = 'editor' AND key <> :k", {"k": key}
        )
        members = tx.one(
            "SELECT COUNT(*) AS n FROM people WHERE role IS NOT NULL AND key <> :k", {"k": key}
        )
        if others and int(others["n"]) == 0 and members and int(members["n"]) > 0:
            raise NotAllowed("That is the last editor on the roster; add another editor first")

    def remove_member(self, name: str, *, actor: str) -> dict[str, Any]:
        """Take someone off the roster; their past work keeps their name."""
        key, display = normalise_name(name)
        now = self.now()
        with self._db.tx() as tx:
            who = self._who(tx, actor, editor_for="change the roster")
            row = tx.one("SELECT name, role FROM people WHERE key = :k", {"k": key})
            if row is None or row["role"] is None:
                raise StoreError(
                    f'"{display}" is not on the roster; list it with factcheck team show'
                )
            if row["role"] == "editor":
                self._keep_an_editor(tx, key)
            tx.run("UPDATE people SET role = NULL WHERE key = :k", {"k": key})
            self._event(
                tx, "team-remove", who, now, detail={"name": row["name"], "role": row["role"]}
            )
        return {"name": str(row["name"]), "role": row["role"]}


class WorkMixin(_StoreHost):
    """Assignment, evidence, adoption, the log and the desk's statistics."""

    if TYPE_CHECKING:  # from ``DeskMixin``, beside this one in ``ClaimStore``

        def _roster_size(self, tx: _Tx) -> int: ...
        def _who(
            self, tx: _Tx, name: str, *, editor_for: str | None = None, register: bool = True
        ) -> str: ...

    def _display(self, tx: _Tx, name: str) -> str:
        """A name as first written, without the roster's checks (ingest)."""
        key, display = normalise_name(name)
        row = tx.one("SELECT name FROM people WHERE key = :k", {"k": key})
        return display if row is None else str(row["name"])

    def _attach(self, tx: _Tx, cid: str, refs: Sequence[str]) -> list[Evidence]:
        """Evidence rows for ``--evidence`` ids: ``check:N`` (or ``N``) and "
        "``lookup:SOURCE:KEY``."""
        out: list[Evidence] = []
        for ref in refs:
            raw = ref.strip()
            body = raw.split(":", 1)[1] if raw.lower().startswith("check:") else raw
            if body.isdigit():
                row = tx.one("SELECT * FROM checks WHERE id = :i", {"i": int(body)})
                if row is None:
                    raise BadOption(
                        f'No check "{shown(raw)}"; factcheck show ID lists the checks of a claim'
                    )
                items = [Evidence.model_validate(e) for e in json.loads(row["evidence"] or "[]")]
                label = f"check:{row['id']}"
                summary = f"{row['check_name']} {row['status']}: {row['explanation']}"
                if not items:
                    out.append(Evidence(source=label, description=summary))
                for item in items:
                    out.append(
                        item.model_copy(
                            update={
                                "source": f"{label} {item.source}",
                                "description": f"{summary} ({item.description})",
                            }
                        )
                    )
                continue
            rest = raw.split(":", 1)[1] if raw.lower().startswith("lookup:") else raw
            source, sep, key = rest.partition(":")
            row = (
                tx.one(
                    "SELECT * FROM lookups WHERE source = :s AND key = :k", {"s": source, "k": key}
                )
                if sep
                else None
            )
            if row is None:
                raise BadOption(
                    f'No check or cached lookup "{shown(raw)}"; give check:N (factcheck '
                    "show ID lists them) "
                    "or lookup:SOURCE:KEY (factcheck lookups)"
                )
            out.append(
                Evidence(
                    source=f"lookup:{row['source']}",
                    description=str(row["key"]),
                    url=row["url"],
                    retrieved=_dt(row["retrieved"]),
                    content_hash=row["content_hash"],
                )
            )
        return out

    def _adoptable(self, tx: _Tx, cid: str, other: str) -> Mapping[str, Any]:
        """The current verdict of another document's decided claim ``other``, to adopt."""
        oid = self._resolve(tx, other)
        mine = tx.one("SELECT document_id FROM claims WHERE id = :id", {"id": cid})
        theirs = tx.one("SELECT document_id, status FROM claims WHERE id = :id", {"id": oid})
        if oid == cid or (mine and theirs and mine["document_id"] == theirs["document_id"]):
            raise BadOption(
                f'Claim "{oid}" is in the same document; adopt a verdict from another article'
            )
        row = self._current_verdict(tx, oid)
        if row is None or theirs is None or theirs["status"] not in ("decided", "final"):
            raise BadOption(f'Claim "{oid}" has no verdict to adopt')
        return row

    def evidence_refs(self, claim_id: str) -> list[tuple[str, str]]:
        """The ids ``--evidence`` takes for a claim's checks, with what each says."""
        with self._db.tx(write=False) as tx:
            cid = self._resolve(tx, claim_id)
            rows = tx.all(
                "SELECT id, check_name, status FROM checks WHERE claim_id = :c ORDER BY id",
                {"c": cid},
            )
        return [(f"check:{r['id']}", f"{r['check_name']} {r['status']}") for r in rows]

    def lookups(self) -> list[dict[str, Any]]:
        """The cached lookups, newest first: what ``--evidence lookup:SOURCE:KEY`` attaches."""
        with self._db.tx(write=False) as tx:
            rows = tx.all(
                "SELECT source, key, url, content_hash, retrieved FROM lookups ORDER "
                "BY retrieved DESC"
            )
        return [
            {
                "id": f"lookup:{r['source']}:{r['key']}",
                "url": r["url"],
                "content_hash": r["content_hash"],
                "retrieved": str(_dt(r["retrieved"])),
            }
            for r in rows
        ]

    def assign(
        self,
        claim_ids: Sequence[str] = (),
        *,
        document: str | None = None,
        to: str | None,
        actor: str,
    ) -> list[str]:
        """Assign claims (by id, or every unfinished claim of a document) to ``to``, or clear
        the assignment with ``to=None``; an editor does this once there is a roster."""
        now = self.now()
        with self._db.tx() as tx:
            who = self._who(tx, actor, editor_for="assign claims")
            target = None
            if to is not None:
                key, display = normalise_name(to)
                row = tx.one("SELECT name, role FROM people WHERE key = :k", {"k": key})
                if not self._roster_size(tx):
                    target = self._who(tx, to)
                elif row is None or row["role"] is None:
                    raise NotAllowed(
                        f'"{display}" is not on the team roster; add them with factcheck team '
                        "add NAME"
                    )
                else:
                    target = str(row["name"])
            ids: list[str] = []
            if document is not None:
                doc = self._document_row(tx, document)
                ids = [
                    str(r["id"])
                    for r in tx.all(
                        "SELECT id FROM claims WHERE document_id = :d AND status <> 'final' "
                        "ORDER BY ord",
                        {"d": doc["id"]},
                    )
                ]
            resolved = [self._resolve(tx, c) for c in claim_ids]
            for cid in resolved:
                st = tx.one("SELECT status FROM claims WHERE id = :id", {"id": cid})
                if st is not None and st["status"] == "final":
                    raise StoreError(f'Claim "{cid}" is final; reopen it before assigning it')
            ids.extend(c for c in resolved if c not in ids)
            if not ids:
                raise BadOption("Nothing to assign: give claim ids or --document DOC")
            for cid in ids:
                tx.run("UPDATE claims SET assignee = :a WHERE id = :id", {"a": target, "id": cid})
                self._event(tx, "assign", who, now, claim_id=cid, detail={"to": target})
        return ids

    # -- the editorial wording of a ClaimReview, and a document's fact-check page

    def edit_claim(
        self,
        claim_id: str,
        *,
        actor: str,
        claim_reviewed: str | None = None,
        claimant: str | None = None,
        claimant_url: str | None = None,
        claimant_type: str | None = None,
    ) -> dict[str, Any]:
        """Record an editor's wording for a claim's ClaimReview, logged as an ``edit`` event.

        ``None`` keeps a field as it is and ``""`` clears it (back to what the exporter
        derives). The event holds every field as it now stands, so the latest ``edit`` event
        of a claim is its wording (``editorial()``). An editor's job once there is a roster.
        """
        asked = (claim_reviewed, claimant, claimant_url, claimant_type)
        if all(x is None for x in asked):
            raise BadOption(
                "Nothing to edit: give --claim-reviewed, --claimant, --claimant-url or --page-url"
            )
        changes: dict[str, str | None] = {}
        for key, value in (("claim_reviewed", claim_reviewed), ("claimant", claimant)):
            if value is not None:
                changes[key] = _editorial_text(key, value)
        if claimant_url is not None:
            changes["claimant_url"] = _editorial_url("--claimant-url", claimant_url)
        if claimant_type is not None:
            kind = claimant_type.strip().lower()
            if kind not in ("", "person", "organization"):
                raise BadOption(
                    f'--claimant-type takes person or organization, not "{shown(claimant_type)}"'
                )
            changes["claimant_type"] = kind or None
        now = self.now()
        with self._db.tx() as tx:
            who = self._who(tx, actor, editor_for="edit a ClaimReview")
            cid = self._resolve(tx, claim_id)
            before = self._editorial(tx, cid).get(cid, {})
            after = {k: v for k, v in {**before, **changes}.items() if v is not None}
            if after.get("claimant_url") and not after.get("claimant"):
                raise BadOption(
                    "--claimant-url needs --claimant NAME: the address says who the claimant is"
                )
            changed = {
                k: {"from": before.get(k), "to": after.get(k)}
                for k in changes
                if before.get(k) != after.get(k)
            }
            detail = {"now": after, "changed": changed}
            self._event(tx, "edit", who, now, claim_id=cid, detail=detail)
        return {"claim": cid, "now": after, "changed": changed}

    def set_page_url(self, document: str, url: str, *, actor: str) -> dict[str, Any]:
        """Record the address of a document's published fact-check page (``""`` clears it),
        logged as an ``edit-page`` event; it overrides the team's ``claimreview_url``."""
        page = _editorial_url("--page-url", url)
        now = self.now()
        with self._db.tx() as tx:
            who = self._who(tx, actor, editor_for="edit a ClaimReview")
            doc = self._document_row(tx, document)
            before = self._page_urls(tx).get(str(doc["id"]))
            detail = {"page_url": page, "was": before}
            self._event(tx, "edit-page", who, now, document_id=doc["id"], detail=detail)
        return {"document": str(doc["id"]), "page_url": page, "was": before}

    def _editorial(self, tx: _Tx, claim_id: str | None = None) -> dict[str, dict[str, str]]:
        sql = "SELECT claim_id, detail FROM events WHERE action = 'edit'"
        params: dict[str, Any] = {}
        if claim_id is not None:
            sql += " AND claim_id = :c"
            params["c"] = claim_id
        out: dict[str, dict[str, str]] = {}
        for r in tx.all(sql + " ORDER BY id", params):
            now = json.loads(r["detail"] or "{}").get("now", {})
            out[str(r["claim_id"])] = {str(k): str(v) for k, v in now.items() if v}
        return out

    def _page_urls(self, tx: _Tx) -> dict[str, str]:
        out: dict[str, str] = {}
        sql = "SELECT document_id, detail FROM events WHERE action = 'edit-page' ORDER BY id"
        for r in tx.all(sql):
            page = json.loads(r["detail"] or "{}").get("page_url")
            if page:
                out[str(r["document_id"])] = str(page)
            else:
                out.pop(str(r["document_id"]), None)
        return out

    def editorial(self) -> dict[str, dict[str, str]]:
        """Each edited claim's ClaimReview wording: ``claim_reviewed``, ``claimant``,
        ``claimant_url``, ``claimant_type`` (only the fields an editor set)."""
        with self._db.tx(write=False) as tx:
            return self._editorial(tx)

    def page_urls(self) -> dict[str, str]:
        """Each document's fact-check page address, where an editor gave one."""
        with self._db.tx(write=False) as tx:
            return self._page_urls(tx)

    def log(
        self,
        *,
        reviewer: str | None = None,
        claim: str | None = None,
        document: str | None = None,
        action: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """The event log, oldest first, filtered."""
        where: list[str] = []
        params: dict[str, Any] = {}
        with self._db.tx(write=False) as tx:
            if reviewer is not None:
                key, _ = normalise_name(reviewer)
                row = tx.one("SELECT name FROM people WHERE key = :k", {"k": key})
                where.append("actor = :actor")
                params["actor"] = str(row["name"]) if row else reviewer.strip()
            if claim is not None:
                where.append("claim_id = :claim")
                params["claim"] = self._resolve(tx, claim)
            if document is not None:
                doc = self._document_row(tx, document)
                where.append(
                    "(document_id = :doc OR claim_id IN (SELECT id FROM claims WHERE "
                    "document_id = :doc))"
                )
                params["doc"] = doc["id"]
            if action is not None:
                where.append("action = :action")
                params["action"] = action
            if since is not None:
                where.append("at >= :since")
                params["since"] = self._db.ts(since)
            if until is not None:
                where.append("at < :until")
                params["until"] = self._db.ts(until)
            sql = (
                "SELECT * FROM events"
                + (" WHERE " + " AND ".join(where) if where else "")
                + " ORDER BY id"
            )
            if limit:
                sql += f" LIMIT {int(limit)}"
            from factcheck.db.store import _event

            return [_event(r) for r in tx.all(sql, params)]


def _editorial_text(key: str, value: str) -> str | None:
    text = " ".join(str(value).split())
    if not text:
        return None
    if not text.isprintable():
        raise BadOption(f'--{key.replace("_", "-")} holds control characters: "{shown(text)}"')
    if len(text) > 300:
        raise BadOption(f"--{key.replace('_', '-')} is {len(text)} characters; keep it under 300")
    return text


def _editorial_url(option: str, value: str) -> str | None:
    raw = str(value).strip()
    if not raw:
        return None
    from factcheck.documents import is_web_url

    if not raw.isprintable() or not is_web_url(raw):
        raise BadOption(f'{option} takes an http(s) URL, not "{shown(raw)}"')
    return raw


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's κ of two raters' labels, ``(a, b)`` per item; None when chance explains all
    (both raters always used one and the same label)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    labels = {x for p in pairs for x in p}
    expected = sum(
        (sum(a == k for a, _ in pairs) / n) * (sum(b == k for _, b in pairs) / n) for k in labels
    )
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


def desk_stats(events: Sequence[Event]) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Agreement per pair of reviewers (double reviews) and, per reviewer, sign-offs,
    send-backs, skips and the median seconds from taking a claim to rating it."""
    from statistics import median

    pairs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    people: dict[str, dict[str, Any]] = {}
    leased: dict[tuple[str, str], datetime] = {}
    times: dict[str, list[float]] = {}

    def person(name: str) -> dict[str, Any]:
        return people.setdefault(
            name, {"sign_offs": 0, "send_backs": 0, "skips": 0, "median_seconds": None}
        )

    for e in events:
        if e.action == "double-review":
            a, b = str(e.detail["first"]), str(e.detail["second"])
            ra, rb = str(e.detail["first_rating"]), str(e.detail["second_rating"])
            if name_key(b) < name_key(a):
                a, b, ra, rb = b, a, rb, ra
            pairs.setdefault((a, b), []).append((ra, rb))
        elif e.action == "sign-off":
            person(e.actor)["sign_offs"] += 1
        elif e.action == "send-back":
            person(e.actor)["send_backs"] += 1
        elif e.action == "skip":
            person(e.actor)["skips"] += 1
        elif e.action == "lease" and e.claim_id:
            leased[(e.claim_id, name_key(e.actor))] = e.at
        elif e.action == "verdict" and e.claim_id:
            start = leased.pop((e.claim_id, name_key(e.actor)), None)
            if start is not None:
                times.setdefault(e.actor, []).append((e.at - start).total_seconds())
    for name, spans in times.items():
        person(name)["median_seconds"] = round(median(spans), 1)
    agreement = []
    for (a, b), labels in sorted(pairs.items()):
        kappa = cohen_kappa(labels)
        agreement.append(
            {
                "reviewers": [a, b],
                "claims": len(labels),
                "agree": sum(x == y for x, y in labels),
                "percent": round(100 * sum(x == y for x, y in labels) / len(labels), 1),
                "kappa": None if kappa is None else round(kappa, 3),
            }
        )
    return agreement, people


def rating_names(config: Config) -> list[str]:
    return [r.name for r in config.ratings]


__all__ = [
    "ROLES",
    "TEAM_KEYS",
    "DeskMixin",
    "NotAllowed",
    "Rating",
    "describe",
    "name_key",
    "normalise_name",
    "parse_setting",
    "settings_of",
    "with_settings",
]
