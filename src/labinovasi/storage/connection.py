"""Opening and creating workshop databases: a `.labinovasi` SQLite file or a PostgreSQL URL.

A file identifies itself by SQLite's application_id and user_version. Anything that is not a
workshop of a version we know is refused before a single byte of it is written.
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from labinovasi.domain.errors import BadInput, CannotOpen
from labinovasi.i18n import _
from labinovasi.storage import busy, workshop_file

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# Alembic (and the Mako templates it pulls in) takes longer to import than the rest of the
# storage layer: it is imported only when a schema is created, upgraded or checked on a
# server. A file at SCHEMA_VERSION (its user_version says so) opens without it. SQLAlchemy
# too is imported by the functions that make engines: checking a file's header and
# integrity (inspect_file) needs only sqlite3, and the GUI's first paint of the board
# (storage/board_read.py) runs before SQLAlchemy is loaded.

APPLICATION_ID = 0x4C424E56  # "LBNV"
SCHEMA_VERSION = 19  # bump with every Alembic revision; user_version mirrors it
MIGRATIONS = Path(__file__).with_name("migrations")
# Tables only a Labinovasi workshop has all of: a file holding them whose header does not say
# it is a workshop is a damaged workshop ("rusak"), not some other database.
WORKSHOP_TABLES = ("alembic_version", "workshop", "opd", "idea", "stage_change")


def is_url(target: str | Path) -> bool:
    return "://" in str(target)


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:  # only a migrations folder without revisions has no head
        raise RuntimeError(f"no Alembic revision in {MIGRATIONS}")
    return head


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")  # the WAL switch below: wait, but not long
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={busy.TIMEOUT_MS}")
    # FULL: an idea the screen confirmed survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def server_url(target: str | Path) -> str:
    """A server URL as SQLAlchemy takes it: plain postgresql:// means our driver, psycopg 3."""
    url = str(target).strip()
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def _on_read_only_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy.TIMEOUT_MS}")
    cursor.close()


# Engines opened read-only, with the reason shown to the user (a weak set: engines come and go).
_READ_ONLY: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def read_only_reason(engine: Engine) -> str | None:
    """Why this workshop was opened read-only (None: it can be written)."""
    return _READ_ONLY.get(engine)


def _write_protection(path: Path) -> str | None:
    """A file we may not write, or one in a folder we may not write (where the -wal and -shm
    files of WAL mode would go): such a file is opened read-only, creating nothing beside it."""
    if not os.access(path, os.W_OK):
        return _("berkas ini dilindungi dari penulisan")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return _("folder berkas ini dilindungi dari penulisan")
    return None


def _read_only_engine(path: Path, reason: str) -> Engine:
    from sqlalchemy import create_engine, event

    uri = _read_only_uri(path)
    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )
    event.listen(engine, "connect", _on_read_only_connect)
    _READ_ONLY[engine] = reason
    return engine


def _make_engine(target: str | Path) -> Engine:
    from sqlalchemy import URL, create_engine, event

    if is_url(target):
        try:
            return create_engine(server_url(target), pool_pre_ping=True)
        except Exception as error:
            raise CannotOpen(
                _("URL basis data tidak dapat dipakai: {error}").format(
                    error=str(error).splitlines()[0] if str(error) else type(error).__name__
                )
            ) from error
    # URL.create, not an f-string: a folder named "Lab #2?" must not be read as a query string.
    engine = create_engine(URL.create("sqlite", database=str(Path(target))))
    event.listen(engine, "connect", _on_sqlite_connect)
    busy.watch(engine)
    return engine


def _upgrade(engine: Engine, fill: Callable[[Connection], None] | None = None) -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
        if fill is not None:
            fill(connection)


def create_database(target: str | Path, fill: Callable[[Connection], None] | None = None) -> Engine:
    """A new, empty workshop database. Refuses to overwrite an existing file.

    `fill(connection)` runs in the same transaction as the schema: a copy to a server that is
    killed half-way leaves the server as empty as before (PostgreSQL's DDL is transactional)."""
    if not is_url(target):
        path = Path(target)
        if path.exists():
            raise BadInput(_("Berkas sudah ada, tidak ditimpa: {path}").format(path=path))
        if not path.parent.exists():
            raise BadInput(_("Folder tidak ditemukan: {path}").format(path=path.parent))
    engine = _make_engine(target)
    if is_url(target):
        _check_server_schema(engine, allow_empty=True)
    _upgrade(engine, fill)
    if not is_url(target):
        # Put the header (application_id) in the main file now, not only in the WAL: another
        # connection that opens the new workshop while this one stays open reads the header.
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return engine


def inspect_file(path: Path, check_pages: bool = True, full: bool = False) -> int:
    """Check a file is a workshop we can open; return its schema version. Read-only, and read
    through SQLite only (storage/workshop_file.py says why).

    `check_pages=False`: the header only (the board painted at start-up, which the open then
    checks). Otherwise the pages are checked as `page_problems` decides: in full (`full`, or
    a file its last program did not close), else every table but the evidence files'."""
    if not path.exists():
        raise CannotOpen(_("Berkas tidak ditemukan: {path}").format(path=path))
    if path.is_dir():
        raise CannotOpen(_("Ini folder, bukan berkas lokakarya: {path}").format(path=path))
    try:
        header = workshop_file.read_header(path)
    except sqlite3.DatabaseError as error:
        if workshop_file.is_not_a_database(error):
            message = _("Bukan berkas lokakarya Labinovasi: {path}").format(path=path)
            raise CannotOpen(message) from error
        raise CannotOpen(
            _("Berkas lokakarya rusak dan tidak dibuka: {path}").format(path=path), [str(error)]
        ) from error
    if header.application_id != APPLICATION_ID:
        if workshop_file.has_tables(path, WORKSHOP_TABLES):  # a workshop's header, damaged
            raise CannotOpen(
                _("Berkas lokakarya rusak dan tidak dibuka: {path}").format(path=path),
                [_("kepala berkas tidak lagi menyebut berkas lokakarya")],
            )
        raise CannotOpen(_("Bukan berkas lokakarya Labinovasi: {path}").format(path=path))
    version = header.user_version
    if version > SCHEMA_VERSION:
        raise CannotOpen(
            _(
                "Berkas ini dibuat oleh Labinovasi yang lebih baru (skema {found}, aplikasi ini "
                "skema {ours}). Perbarui aplikasi untuk membukanya."
            ).format(found=version, ours=SCHEMA_VERSION)
        )
    problems = page_problems(path, header, full) if check_pages else []
    if problems:
        raise CannotOpen(
            _("Berkas lokakarya rusak dan tidak dibuka: {path}").format(path=path), problems
        )
    return version


# The table whose pages are most of a workshop with a year of evidence (1 GB) and that no
# screen reads on open: left out of the check made at every open of a cleanly closed file.
EVIDENCE_TABLE = "evidence_blob"


def page_problems(path: Path, header: workshop_file.Header, full: bool = False) -> list[str]:
    """SQLite's quick_check of the file's pages. In full when asked (`check`, a copy a merge
    reads) or when the file was not closed cleanly (`workshop_file.left_open`: a -wal that
    no living program holds); otherwise a file shorter than its header says, and a
    quick_check of every table except the evidence files' bytes, which is the cost of the
    same workshop without evidence."""
    if not full and not workshop_file.left_open(path):
        if not workshop_file.has_sidecar(path, "-wal"):
            expected = header.page_size * header.page_count
            if workshop_file.file_size(path) < expected:
                return [_("berkas terpotong: lebih pendek dari isinya menurut kepalanya")]
        return integrity_problems(path, thorough=False, skip=(EVIDENCE_TABLE,))
    return integrity_problems(path, thorough=False)


def _read_only_uri(path: Path) -> str:
    return workshop_file.read_only_uri(path)


def _backup(path: Path, version: int) -> Path:
    """A copy of the file as it stands before an upgrade, including what is still in its WAL
    (a plain file copy would miss the last ideas of a session that ended in a crash)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    workshop_file.copy_database(path, target, self_contained=False)
    return target


def integrity_problems(path: Path, thorough: bool = True, skip: tuple[str, ...] = ()) -> list[str]:
    """SQLite's own integrity check, on a read-only connection. `thorough=False` runs
    quick_check: every page, record and constraint, but not each index against its table;
    on a 50,000-idea file 0.1 s instead of 0.8 s. `skip`: tables left out (then each other
    table is checked by name, with its indexes, and pages no table uses are not looked at)."""
    try:
        connection = workshop_file.connect_read_only(path)
        try:
            check = "integrity_check" if thorough else "quick_check"
            if skip:
                names = [
                    name
                    for (name,) in connection.execute(
                        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
                    )
                    if name not in skip
                ]
                rows = []
                for name in names:
                    found = connection.execute(f'PRAGMA {check}("{name}")').fetchall()
                    if found != [("ok",)]:
                        rows.extend(found)
                rows = rows or [("ok",)]
            else:
                rows = connection.execute(f"PRAGMA {check}").fetchall()
            connection.execute("SELECT count(*) FROM workshop").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == [("ok",)] else [str(r[0]) for r in rows[:10]]


def server_revision(engine: Engine) -> str | None:
    """The Alembic revision a server's workshop is at, in one query (None: no workshop)."""
    from sqlalchemy.exc import DBAPIError, ProgrammingError

    try:
        with engine.connect() as conn:
            try:
                return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            except ProgrammingError:
                return None  # no alembic_version table: _check_server_schema says what is wrong
    except DBAPIError as error:
        raise CannotOpen(
            _("Server basis data tidak dapat dibuka: {error}").format(
                error=str(error.orig or error).splitlines()[0]
            )
        ) from error


_HEAD: list[str] = []


def known_head() -> str:
    """The newest revision in migrations/versions, read from the revision files' own
    `revision = …` and `down_revision = …` lines (no Alembic import: an open at the newest
    schema needs none). tests/storage/test_postgres.py checks it against Alembic's head."""
    if not _HEAD:
        import re

        revisions, parents = set(), set()
        for path in (MIGRATIONS / "versions").glob("*.py"):
            source = path.read_text(encoding="utf-8")
            found = re.search(r"^revision\s*=\s*[\"']([^\"']+)[\"']", source, re.M)
            if found:
                revisions.add(found.group(1))
            for parent in re.findall(
                r"[\"']([^\"']+)[\"']",
                (re.search(r"^down_revision\s*=\s*(.*)$", source, re.M) or [""])[0],
            ):
                parents.add(parent)
        heads = revisions - parents
        _HEAD.append(heads.pop() if len(heads) == 1 else "")  # "": let Alembic decide
    return _HEAD[0]


def _check_server_schema(engine: Engine, allow_empty: bool = False) -> None:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except Exception as error:
        raise CannotOpen(
            _("Server basis data tidak dapat dibuka: {error}").format(
                error=str(error).splitlines()[0]
            )
        ) from error
    if current is None and not allow_empty:
        raise CannotOpen(_("Basis data di server belum berisi lokakarya."))
    if current is not None and allow_empty:
        raise CannotOpen(_("Basis data di server sudah berisi lokakarya."))
    scripts = ScriptDirectory.from_config(_alembic_config())
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise CannotOpen(_("Basis data dibuat oleh Labinovasi yang lebih baru."))


def open_database(target: str | Path, check_rows: bool = True) -> Engine:
    """Open an existing workshop; an older schema is upgraded after a backup copy. A file that
    cannot be written is opened read-only (`read_only_reason`); rows that break the rules
    every screen relies on (`sanity.data_problems`) refuse the file with CannotOpen, unless
    `check_rows` is False (a copy being merged: its records are screened one by one, and its
    pages are checked in full before a merge reads them)."""
    if is_url(target):
        engine = _make_engine(target)
        # One query at every open; Alembic (its import, its reading of every revision, its
        # transaction) only when the server's schema is not the newest this app knows.
        if server_revision(engine) != known_head():
            _check_server_schema(engine)
            _upgrade(engine)
        return _checked(engine, target) if check_rows else engine
    path = Path(target)
    version = inspect_file(path, full=not check_rows)
    protected = _write_protection(path)
    if protected:
        if version < SCHEMA_VERSION:
            raise CannotOpen(
                _(
                    "Berkas versi lama perlu diperbarui, tetapi {reason}: {path}. "
                    "Salin berkas ke folder yang dapat ditulis."
                ).format(reason=protected, path=path)
            )
        engine = _read_only_engine(path, protected)
        return _checked(engine, target) if check_rows else engine
    if version < SCHEMA_VERSION:
        _backup(path, version)
    engine = _make_engine(path)
    if version < SCHEMA_VERSION:
        _upgrade(engine)
    return _checked(engine, target) if check_rows else engine


def _checked(engine: Engine, target: str | Path) -> Engine:
    from labinovasi.storage.sanity import data_problems

    try:
        with engine.connect() as conn:
            problems = data_problems(conn)
    except BaseException:
        engine.dispose()
        raise
    if problems:
        engine.dispose()
        raise CannotOpen(
            _(
                "Isi berkas lokakarya tidak sah dan tidak dibuka: {path}. "
                "Pulihkan dari cadangan (labinovasi restore)."
            ).format(path=target),
            problems,
        )
    return engine
