"""The speed goals of issue 13, measured as a user meets them, each printed met or missed.

Every figure comes from commands run end to end (subprocesses of the installed
``factcheck``), from the database, on real-sized documents (2-5 k character synthetic
articles, ``benchmarks.extract``). Times are wall clock, best of N, because wall time is
what a user waits for; the machine is shared, so ratios measured side by side in the
same run (interleaved) hold better than absolute times. The load average is printed.

1. Start-up: ``factcheck --help``, ``extract`` of one line and ``next`` against a bare
   ``python -c "import typer"``: at most 2x (wall; the CPU ratio, steadier on a busy
   machine, printed beside it).
2. PostgreSQL: the same command (next, show, verdict, queue, stats) on PostgreSQL and
   SQLite: at most 1.3x (when a server answers on 127.0.0.1:5432 or at
   ``FACTCHECK_BENCH_POSTGRES_URL``); the CPU ratio and each command's round trips to the
   server (libpq's trace) printed beside it.
3. All cores: ``extract --documents`` of 1,000 articles with ``--jobs`` 2 against 1: at
   least 1.8x; per core at least 2 M chars/s all kinds, start-up included, that is at least
   2x datefinder's dates-only speed on the same texts in this process.
4. Exports from the database: 100,000 verdicts in every format in at most 3 s each, peak
   memory the same (within 1.5x) at 10,000 and 100,000 verdicts.
5. Ingest writes: 2,000 articles' claims and checks queued by the store
   (``ClaimStore.add_documents`` a batch at a time, as ``factcheck ingest`` does) at least
   1/3 of the speed of raw sqlite3 inserting the same rows in one transaction;
   ``factcheck ingest`` end to end is printed beside it.
6. Linearity: every extractor's time on a 5 M character text at most 10x (x 1.5) its
   time on 0.5 M.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.extract import synthetic_articles

FC = str(Path(sys.executable).with_name("factcheck"))
RUNS = 7
#: The commands run as an installed program runs: from bytecode Python wrote on the first run
#: (pip compiles it at install). PYTHONDONTWRITEBYTECODE, set in some shells and sandboxes,
#: would make every run compile the package's sources again (about 40 ms of `factcheck next`)
#: while the `import typer` it is compared with loads site-packages' bytecode.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ONE_OPTION_APP = (
    "import typer\napp = typer.Typer()\n@app.command()\n"
    "def f(x: str = typer.Option('a')) -> None:\n    print(x)\napp()"
)
#: What validating anything with pydantic costs: its import, one small model built and used
#: (its plugin loader included, which reads every installed package's entry points).
ONE_MODEL = (
    "import typer\nfrom pydantic import BaseModel, Field\n"
    "class M(BaseModel):\n    a: int = Field(0)\nM(a=1)"
)
RESULTS: list[tuple[str, str, bool, str]] = []  # (goal, figure, met, why)


def _goal(goal: str, figure: str, met: bool, why: str = "") -> None:
    RESULTS.append((goal, figure, met, why))
    print(f"  -> {goal}: {figure}: {'met' if met else 'MISSED'}{f' ({why})' if why else ''}")


def _best(
    cmds: dict[str, list[str]],
    runs: int = RUNS,
    stdin: bytes = b"",
    cpu: dict[str, float] | None = None,
    envs: dict[str, dict[str, str]] | None = None,
) -> dict[str, float]:
    """Best wall time of each command, the commands interleaved so load hits all alike.

    ``cpu``, when given, gets each command's least CPU time (user + system of the child):
    on a machine busy with other people's work it moves far less than wall time does.
    ``envs`` adds environment variables to some of the commands.
    """
    best = dict.fromkeys(cmds, float("inf"))
    if cpu is not None:
        cpu.update(dict.fromkeys(cmds, float("inf")))
    for _ in range(runs):
        for name, cmd in cmds.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            env = {**ENV, **envs[name]} if envs and name in envs else ENV
            proc = subprocess.run(cmd, input=stdin, capture_output=True, env=env)
            spent = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if proc.returncode != 0:
                raise RuntimeError(f"{' '.join(cmd)}: {proc.stderr.decode()[-500:]}")
            best[name] = min(best[name], spent)
            if cpu is not None:
                used = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                cpu[name] = min(cpu[name], used)
    return best


def _run_rss(cmd: Sequence[str]) -> tuple[float, float]:
    """(wall seconds, peak resident MiB) of one command."""
    spent, _cpu, rss = _run_usage(cmd)
    return spent, rss


def _run_usage(cmd: Sequence[str]) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds: user + system, peak resident MiB) of one command."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    spent = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {err[-500:]}")
    return spent, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _jsonl(path: Path, docs: Sequence[object]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for d in docs:
            row = {"id": d.id, "text": d.text, "published": str(d.published)}  # type: ignore[attr-defined]
            out.write(json.dumps(row) + "\n")
    return path


# ---------------------------------------------------------------- 1. start-up


def startup(tmp: Path) -> None:
    print("\n-- 1. start-up (best of 7, wall and CPU, subprocesses)")
    db = tmp / "startup.db"
    claims = Path(__file__).resolve().parent.parent / "claims"
    subprocess.run(
        [FC, "--db", str(db), "--create", "ingest", str(claims)], check=True, capture_output=True
    )
    cmds = {
        "python -c 'import typer'": [sys.executable, "-c", "import typer"],
        "factcheck --help": [FC, "--help"],
        "factcheck extract - (one line)": [FC, "extract", "-", "--format", "jsonl"],
        "factcheck next": [FC, "--db", str(db), "next", "--reviewer", "bench", "--format", "json"],
        # Not a goal: extract as its first run on a machine, before the compiled patterns are
        # kept (factcheck._re_cache; every later run reads them, as the row above does).
        "(extract, no patterns kept)": [FC, "extract", "-", "--format", "jsonl"],
        # Not goals: what the commands cannot start without, in the same run. typer (0.29)
        # converts every option through a pydantic TypeAdapter, so a one-option app pays for
        # pydantic's schema machinery (our commands convert plain values themselves,
        # factcheck.cli); the models, the store and the claims are pydantic all the same,
        # and extracting loads every kind (its patterns from the kept ones, as the command).
        "(a one-option typer app)": [sys.executable, "-c", ONE_OPTION_APP, "--x", "b"],
        "(import typer + pydantic's BaseModel)": [
            sys.executable,
            "-c",
            "import typer\nfrom pydantic import BaseModel",
        ],
        "(import typer + one pydantic model)": [sys.executable, "-c", ONE_MODEL],
        "(import typer + the models)": [sys.executable, "-c", "import typer, factcheck.models"],
        "(import typer + the store)": [sys.executable, "-c", "import typer, factcheck.db.store"],
        "(import typer + the extractors)": [
            sys.executable,
            "-c",
            "import typer\nfrom factcheck import _re_cache\n_re_cache.install()\n"
            "from factcheck.pipeline import warm_extractors\nwarm_extractors()",
        ],
    }
    cpu: dict[str, float] = {}
    best = _best(
        cmds,
        stdin="It cost £3 billion in 2024, up 5%.\n".encode(),
        cpu=cpu,
        envs={"(extract, no patterns kept)": {"FACTCHECK_CACHE_DIR": ""}},
    )
    floor_name = "python -c 'import typer'"
    floor = best[floor_name]
    cpu_floor = cpu[floor_name]
    print(f"  {'':<38} {'wall':>9} {'':>5}   {'CPU':>6}")
    for name, seconds in best.items():
        print(
            f"  {name:<38} {seconds * 1000:6.0f} ms  {seconds / floor:4.2f}x  "
            f"{cpu[name] * 1000:4.0f} ms  {cpu[name] / cpu_floor:4.2f}x"
        )
    goals = list(cmds)[1:4]
    stdin = "It cost £3 billion in 2024, up 5%.\n".encode()
    beyond = _import_times({name: cmds[name] for name in goals}, cmds[floor_name], stdin)
    print(f"  what each loads beyond {floor_name} (python -X importtime, own time, best of 3):")
    for name in goals:
        total, top = beyond[name]
        parts = ", ".join(f"{group} {ms:.0f}" for group, ms in top[:6]) or "nothing"
        print(f"  {name:<32} {total:4.0f} ms: {parts}")
    # What importing pydantic alone costs (no model made): the extract and queue paths make
    # claims, documents and rows as pydantic models, so it is a floor under both.
    pydantic_alone = cpu["(import typer + pydantic's BaseModel)"] / cpu_floor
    for name in goals:
        ratio = best[name] / floor
        total, top = beyond[name]
        loads = ", ".join(f"{group} {ms:.0f} ms" for group, ms in top[:4])
        uses_pydantic = any(group.startswith("pydantic") for group, _ in top)
        floor_note = (
            f"; importing pydantic alone is {pydantic_alone:.2f}x on CPU" if uses_pydantic else ""
        )
        _goal(
            f"start-up {name}",
            f"{ratio:.2f}x import typer (CPU {cpu[name] / cpu_floor:.2f}x)",
            ratio <= 2.0,
            "" if ratio <= 2.0 else f"imports {total:.0f} ms beyond typer's: {loads}{floor_note}",
        )


#: The packages whose modules ``_import_times`` counts one by one; others count whole.
_BY_MODULE = ("factcheck",)


def _group(module: str) -> str:
    """What a module's import time counts towards: its top package, ``factcheck``'s
    subpackage (``factcheck.extract``, ``factcheck.models``)."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] in _BY_MODULE else parts[0]


def _own_times(cmd: Sequence[str], stdin: bytes, runs: int = 3) -> dict[str, float]:
    """Each module's own import time (ms, best of ``runs``) as ``python -X importtime``
    reports it for ``cmd`` (a Python program and its arguments)."""
    best: dict[str, float] = {}
    program = [cmd[0]] if cmd[0] == sys.executable else [sys.executable, cmd[0]]
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", *program[1:], *cmd[1:]],
            input=stdin, capture_output=True, env=ENV,
        )  # fmt: skip
        seen: dict[str, float] = {}
        for line in proc.stderr.decode(errors="replace").splitlines():
            head, _, rest = line.partition(":")
            fields = rest.split("|")
            if head != "import time" or len(fields) != 3 or not fields[0].strip().isdigit():
                continue
            seen[fields[2].strip()] = int(fields[0]) / 1000
        for module, ms in seen.items():
            best[module] = min(best.get(module, ms), ms)
    return best


def _import_times(
    cmds: dict[str, list[str]], floor: list[str], stdin: bytes
) -> dict[str, tuple[float, list[tuple[str, float]]]]:
    """Per command: the own import time of the modules it loads that ``floor`` does not,
    in all and by package, largest first."""
    base = set(_own_times(floor, b""))
    out: dict[str, tuple[float, list[tuple[str, float]]]] = {}
    for name, cmd in cmds.items():
        groups: dict[str, float] = {}
        for module, ms in _own_times(cmd, stdin).items():
            if module not in base:
                groups[_group(module)] = groups.get(_group(module), 0.0) + ms
        top = sorted(groups.items(), key=lambda kv: -kv[1])
        out[name] = (sum(groups.values()), top)
    return out


# ---------------------------------------------------------------- 2. PostgreSQL


def _postgres_url() -> str | None:
    explicit = os.environ.get("FACTCHECK_BENCH_POSTGRES_URL")
    if explicit:
        return explicit
    if shutil.which("pg_isready") is None:
        return None
    ok = subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0
    return "postgresql+psycopg://postgres@127.0.0.1:5432/test" if ok else None


def postgres(tmp: Path) -> None:
    print(
        "\n-- 2. PostgreSQL against SQLite (best of 7, wall and CPU, the same commands; "
        "round trips from libpq's trace)"
    )
    base = _postgres_url()
    if base is None:
        print("  no PostgreSQL server answers: skipped")
        _goal("PostgreSQL <= 1.3x SQLite", "not measured", False, "no server answered")
        return
    import psycopg

    schema = f"fc_bench_{os.getpid()}"
    plain = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    try:
        claims = str(Path(__file__).resolve().parent.parent / "claims")
        sqlite_db = str(tmp / "pg-twin.db")
        subprocess.run([FC, "--db", url, "db", "upgrade"], check=True, capture_output=True)
        for db in (url, sqlite_db):
            subprocess.run(
                [FC, "--db", db, "--create", "ingest", claims], check=True, capture_output=True
            )
        leased = subprocess.run(
            [FC, "--db", sqlite_db, "next", "--reviewer", "bench", "--format", "json"],
            check=True,
            capture_output=True,
        )
        claim = json.loads(leased.stdout)["claim"]["id"]
        commands = {
            "next": ["next", "--reviewer", "bench", "--format", "json"],
            "show": ["show", claim],
            "verdict": ["verdict", claim, "false", "--reviewer", "bench", "--force"],
            "queue": ["queue", "--limit", "5"],
            "stats": ["stats"],
        }
        cmds: dict[str, list[str]] = {}
        for name, args in commands.items():
            cmds[f"sqlite {name}"] = [FC, "--db", sqlite_db, *args]
            cmds[f"postgres {name}"] = [FC, "--db", url, *args]
        # The floor: importing psycopg where the command line and the store are loaded
        # already (as in every command before it connects), against the same without it.
        loaded = "import factcheck.cli, factcheck.db.store"
        cmds["(floor) without psycopg"] = [sys.executable, "-c", loaded]
        cmds["(floor) with psycopg"] = [sys.executable, "-c", loaded + ", psycopg"]
        cpu: dict[str, float] = {}
        best = _best(cmds, cpu=cpu)
        psycopg_import = best["(floor) with psycopg"] - best["(floor) without psycopg"]
        psycopg_cpu = cpu["(floor) with psycopg"] - cpu["(floor) without psycopg"]
        print(
            f"  importing psycopg (the CLI and the store loaded): {psycopg_import * 1000:.0f} ms"
            f" (CPU {psycopg_cpu * 1000:.0f} ms)"
        )
        for name, args in commands.items():
            s, p = best[f"sqlite {name}"], best[f"postgres {name}"]
            cs, cp = cpu[f"sqlite {name}"], cpu[f"postgres {name}"]
            trips = _round_trips([FC, "--db", url, *args])
            print(
                f"  {name:<7} SQLite {s * 1000:5.0f} ms  PostgreSQL {p * 1000:5.0f} ms  "
                f"{p / s:4.2f}x (CPU {cp / cs:4.2f}x)  {trips} round trips  "
                f"(1.3x leaves {0.3 * s * 1000:.0f} ms)"
            )
            _goal(
                f"PostgreSQL {name}",
                f"{p / s:.2f}x SQLite (CPU {cp / cs:.2f}x)",
                p / s <= 1.3,
                ""
                if p / s <= 1.3
                else f"importing psycopg alone takes {psycopg_import * 1000:.0f} ms of the "
                f"{0.3 * s * 1000:.0f} ms 1.3x leaves; the rest is the connection and "
                f"{trips} round trips (sqlite3 is built in and answers in-process)",
            )
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


#: Runs a factcheck command with libpq's trace of its connection on, and prints how many
#: round trips it made: a simple-protocol Query or an extended-protocol Sync ends each one
#: (the connection's start-up, before the trace, is not counted).
_TRACED = r"""
import re, sys, tempfile
import psycopg
from factcheck.cli import main
from factcheck.db import engine
real, log = engine.connect_postgres, tempfile.TemporaryFile("w+")
def traced(*args, **kwargs):
    conn = real(*args, **kwargs)
    conn.pgconn.trace(log.fileno())
    conn.pgconn.set_trace_flags(psycopg.pq.Trace.SUPPRESS_TIMESTAMPS)
    return conn
engine.connect_postgres = traced
sys.argv = ["factcheck", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
log.seek(0)
print(len(re.findall(r"^F\t\d+\t(?:Query|Sync)\b", log.read(), re.M)), file=sys.stderr)
"""


def _round_trips(cmd: Sequence[str]) -> int:
    """How many round trips to the server the factcheck command ``cmd`` makes."""
    proc = subprocess.run(
        [sys.executable, "-c", _TRACED, *cmd[1:]], capture_output=True, text=True, env=ENV
    )
    return int(proc.stderr.strip().splitlines()[-1])


# ---------------------------------------------------------------- 3. all cores


def all_cores(tmp: Path) -> None:
    cores = len(os.sched_getaffinity(0))
    print(f"\n-- 3. all cores: extract --documents, 1,000 news-like articles ({cores} cores)")
    docs = synthetic_articles(1000, seed=13, figures=0.3)
    chars = sum(len(d.text) for d in docs)
    path = _jsonl(tmp / "news1000.jsonl", docs)
    base = [FC, "extract", "--documents", str(path), "--format", "jsonl"]
    # The same command on ten articles stays in its process (under MIN_PARALLEL_CHARS):
    # its CPU is what the command does before any worker starts (start-up, the extractors
    # loaded), the part two cores cannot share.
    head = _jsonl(tmp / "news10.jsonl", docs[:10])
    cmds = {
        "jobs 1": [*base, "--jobs", "1"],
        "jobs 2": [*base, "--jobs", "2"],
        "serial": [FC, "extract", "--documents", str(head), "--format", "jsonl", "--jobs", "2"],
    }
    cpu: dict[str, float] = {}
    best = _best(cmds, runs=2, cpu=cpu)
    one, two = best["jobs 1"], best["jobs 2"]
    print(
        f"  {chars / 1e6:.2f} M chars: --jobs 1 {one:.2f} s, --jobs 2 {two:.2f} s "
        f"(best of 2); {chars / one / 1e6:.2f} M chars/s on one core, start-up included"
    )
    # Wall time is the goal; CPU time says what two free cores would give: the serial
    # part once, the rest of --jobs 2's CPU (parent and workers together) over two cores.
    serial = cpu["serial"]
    bound = cpu["jobs 1"] / (serial + max(cpu["jobs 2"] - serial, 0.0) / 2)
    print(
        f"  CPU: --jobs 1 {cpu['jobs 1']:.2f} s, --jobs 2 {cpu['jobs 2']:.2f} s in all "
        f"({cpu['jobs 2'] / cpu['jobs 1'] - 1:+.0%}), before the workers {serial:.2f} s: "
        f"{bound:.2f}x on two free cores"
    )
    _goal(
        "--jobs 2 speed-up",
        f"{one / two:.2f}x (on CPU, two free cores: {bound:.2f}x)",
        one / two >= 1.8,
        ""
        if one / two >= 1.8
        else "the machine is shared (load above): the workers "
        "compete with other people's processes for the 2 cores; on CPU the bound is the "
        "command's start before the workers fork and the workers' extra CPU",
    )
    per_core = chars / one
    peer = _datefinder_speed(docs)
    if peer is not None:
        print(f"  datefinder find_dates (dates only, in this process): {peer / 1e6:.2f} M chars/s")
        _goal(
            "per core >= 2x datefinder",
            f"{per_core / peer:.2f}x ({per_core / 1e6:.2f} M chars/s)",
            per_core >= 2 * peer,
            ""
            if per_core >= 2 * peer
            else "the six extractors are pure Python; the "
            "per-kind shares are in the extract section",
        )
    _goal(
        "per core >= 2 M chars/s",
        f"{per_core / 1e6:.2f} M chars/s",
        per_core >= 2e6,
        "" if per_core >= 2e6 else "see the extract section's per-kind shares",
    )


def _datefinder_speed(docs: Sequence[object], budget: float = 4.0) -> float | None:
    try:
        import datefinder
    except ImportError:
        print("  datefinder is not installed (the bench extra): not compared")
        return None
    spent, chars = 0.0, 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for d in docs:
            text = d.text  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            list(datefinder.find_dates(text))
            spent += time.perf_counter() - t0
            chars += len(text)
            if spent > budget:
                break
    return chars / spent


# ---------------------------------------------------------------- 4. exports


def exports(tmp: Path) -> None:
    from factcheck.export import SUFFIXES

    print(
        "\n-- 4. factcheck export from the database (wall, CPU and peak memory; "
        "100,000 verdicts best of 2, 10,000 one run)"
    )
    sizes: dict[int, dict[str, tuple[float, float, float]]] = {}
    for documents in (100, 1000):
        db = tmp / f"export-{documents}.db"
        t0 = time.perf_counter()
        # In a process of its own: the commands measured below fork from this one, and a
        # child's peak memory counts what it shares with its parent at the fork.
        code = (
            "import sys; from benchmarks.export import build_database; "
            f"print(build_database({str(db)!r}, documents={documents}))"
        )
        root = str(Path(__file__).resolve().parent.parent)
        built = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": root},
        )
        rows = int(built.stdout.split()[-1])
        print(f"  ({rows:,} verdicts queued in {time.perf_counter() - t0:.1f} s)")
        sizes[rows] = {}
        runs = 2 if documents == 1000 else 1
        for _ in range(runs):  # formats interleaved: a busy moment hits them alike
            for fmt, suffix in SUFFIXES.items():
                out = tmp / f"report-{documents}{suffix}"
                got = _run_usage([FC, "--db", str(db), "export", "-f", fmt, "-o", str(out)])
                was = sizes[rows].get(fmt)
                sizes[rows][fmt] = got if was is None else tuple(map(min, was, got))  # type: ignore[assignment]
    small, big = sorted(sizes)
    print(f"  {'format':<12} {big:>7,} verdicts: wall, CPU, memory   {small:>7,} verdicts")
    for fmt in SUFFIXES:
        (t_big, c_big, m_big), (t_small, _c, m_small) = sizes[big][fmt], sizes[small][fmt]
        print(
            f"  {fmt:<12} {t_big:6.2f} s {c_big:6.2f} s {m_big:6.0f} MiB   "
            f"{t_small:6.2f} s {m_small:6.0f} MiB"
        )
        _goal(
            f"export {fmt} of {big:,}",
            f"{t_big:.2f} s (CPU {c_big:.2f} s)",
            t_big <= 3.0,
            ""
            if t_big <= 3.0
            else (
                "reading SQLite's rows into Python (about 1 s of CPU) and rendering each "
                "claim in pure Python; wall above CPU is waiting for a core (load above)"
            ),
        )
        flat = m_big <= 1.5 * m_small
        _goal(
            f"export {fmt} memory",
            f"{m_big:.0f} MiB at {big:,}, {m_small:.0f} at {small:,}",
            flat,
            "" if flat else "the exporter holds the whole report",
        )


# ---------------------------------------------------------------- 5. ingest writes


def ingest(tmp: Path) -> None:
    from factcheck.db.ingest import BATCH_DOCUMENTS
    from factcheck.pipeline import extract_and_check

    print("\n-- 5. ingest: 2,000 news-like articles")
    docs = synthetic_articles(2000, seed=17, figures=0.3)
    done = list(extract_and_check(docs, jobs=None))
    claims = sum(len(c) for _, c, _ in done)
    # The store, as ingest_documents writes: a transaction per batch of documents, their
    # rows (priorities, JSON, fingerprints) built by the store from the claims and checks.
    db = tmp / "ingest.db"
    store = _open(db)
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(done), BATCH_DOCUMENTS):
        store.add_documents(done[i : i + BATCH_DOCUMENTS], actor="bench")
    store_s, store_cpu = time.perf_counter() - t0, time.process_time() - c0
    rows = store._db.conn.execute("SELECT * FROM claims ORDER BY ord").fetchall()
    documents = store._db.conn.execute("SELECT * FROM documents").fetchall()
    checks = store._db.conn.execute("SELECT * FROM checks").fetchall()
    store.close()
    # Raw sqlite3: the same rows, into the same schema, in one transaction.
    raw = tmp / "raw.db"
    _open(raw).close()
    conn = sqlite3.connect(raw, isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")
    values = {
        table: [tuple(r) for r in data]
        for table, data in (("documents", documents), ("claims", rows), ("checks", checks))
    }
    t0, c0 = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    for table, data in (("documents", documents), ("claims", rows), ("checks", checks)):
        if data:
            cols = data[0].keys()
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            conn.executemany(sql, values[table])
    conn.execute("COMMIT")
    raw_s, raw_cpu = time.perf_counter() - t0, time.process_time() - c0
    conn.close()
    ratio = raw_s / store_s
    print(
        f"  {claims:,} claims, {len(checks):,} checks: store {claims / store_s:,.0f} claims/s "
        f"({store_s:.2f} s, CPU {store_cpu:.2f} s), raw sqlite3 one transaction "
        f"{claims / raw_s:,.0f} claims/s ({raw_s:.2f} s, CPU {raw_cpu:.2f} s)"
    )
    _goal(
        "ingest writes >= 1/3 raw sqlite3",
        f"{ratio:.2f} of raw (CPU {raw_cpu / store_cpu:.2f})",
        ratio >= 1 / 3,
        ""
        if ratio >= 1 / 3
        else (
            "on CPU it is met: the store's wall time is waiting for a core (load above)"
            if raw_cpu / store_cpu >= 1 / 3
            else "the store scores every claim (priority.score_claim, about a quarter of "
            "its CPU) and encodes its value, where raw sqlite3 inserts finished rows"
        ),
    )
    folder = tmp / "articles"
    folder.mkdir()
    for d in docs:
        (folder / f"{d.id}.txt").write_text(d.text, encoding="utf-8")
    spent, rss = _run_rss(
        [
            FC,
            "--db",
            str(tmp / "cli-ingest.db"),
            "--create",
            "ingest",
            str(folder),
            "--published",
            "2025-01-01",
        ]
    )
    print(
        f"  factcheck ingest (end to end: read, extract, check, queue): {spent:.1f} s, "
        f"{claims / spent:,.0f} claims/s, {rss:.0f} MiB"
    )


def _open(path: Path):  # type: ignore[no-untyped-def]
    from factcheck._env import may_create
    from factcheck.db.store import open_store

    token = may_create.set(True)
    try:
        return open_store(str(path))
    finally:
        may_create.reset(token)


# ---------------------------------------------------------------- 6. linearity


def linearity() -> None:
    from factcheck.extract import EXTRACTORS, Text
    from factcheck.models import Document

    print("\n-- 6. linearity: each extractor on 0.5 M and 5 M characters (CPU, one run)")
    docs = synthetic_articles(400, seed=19, figures=0.3)
    unit = "\n\n".join(d.text for d in docs)
    small = Document(id="small", text=unit[:500_000], published="2025-01-01")
    big = Document(
        id="big", text=(unit * (5_000_000 // len(unit) + 1))[:5_000_000], published="2025-01-01"
    )
    for kind, extractor in EXTRACTORS.items():
        times = []
        for doc in (small, big):
            t0 = time.process_time()
            list(extractor(Text(doc)))
            times.append(time.process_time() - t0)
        ratio = times[1] / max(times[0], 1e-9)
        print(f"  {kind:<9} 0.5 M {times[0]:6.2f} s   5 M {times[1]:6.2f} s   x{ratio:5.1f}")
        _goal(
            f"linear {kind}",
            f"x{ratio:.1f} for 10x the text",
            ratio <= 15.0,
            "" if ratio <= 15.0 else "grows faster than the text",
        )


def main(argv: Sequence[str] = ()) -> None:
    steps: dict[str, Callable[[Path], None]] = {
        "startup": startup,
        "postgres": postgres,
        "cores": all_cores,
        "exports": exports,
        "ingest": ingest,
        "linearity": lambda _tmp: linearity(),
    }
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
        f"python {sys.version.split()[0]}"
    )
    with tempfile.TemporaryDirectory(prefix="fc-goals-") as folder:
        for name, step in steps.items():
            if argv and name not in argv:
                continue
            t0 = time.perf_counter()
            step(Path(folder))
            print(f"  ({name}: {time.perf_counter() - t0:.0f} s)")
    print("\n== goals ==")
    for goal, figure, met, why in RESULTS:
        print(f"{'met   ' if met else 'MISSED'} {goal}: {figure}{f' - {why}' if why else ''}")
    print(
        f"{sum(m for _, _, m, _ in RESULTS)} of {len(RESULTS)} met; load average now "
        f"{os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
