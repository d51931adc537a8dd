"""The one place that reads or copies a workshop file's bytes: always through SQLite itself.

Why: SQLite's locks on a database file are POSIX advisory locks, and those are held per
process. Closing ANY file descriptor a process has on the file (a plain `open()` to read the
header, `shutil.copy`, `Path.read_bytes`, a hash) drops every lock that process holds on it,
including those of the app's own open connections. The next program that closes its last
connection then believes it is the last one, checkpoints and deletes the -wal while the app
still writes into it: the app's acknowledged work goes into a journal nobody else sees, and is
lost or damages the file. SQLite's own unix VFS knows about this and keeps a descriptor open
until no connection of the process holds a lock, so reading the header, the application id and
the schema version through a connection, and copying through the backup API, are safe while
any connection of this process has the file open.

`tests/storage/test_file_access_rule.py` fails when a plain read or copy of a file appears
elsewhere in `src/` without being on its allow-list.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    page_size: int
    page_count: int


def read_only_uri(path: Path) -> str:
    """A URI that opens `path` read-only. When no -wal (or hot -journal) exists nobody has the
    file open, so it is read as immutable and nothing is created beside it."""
    in_use = any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))
    location = quote(path.resolve().as_posix(), safe="/:")  # "#", "?", "%" occur in folders
    return f"file:{location}?{'mode=ro' if in_use else 'immutable=1'}"


def connect_read_only(path: Path, cache_kib: int | None = None) -> sqlite3.Connection:
    connection = sqlite3.connect(read_only_uri(Path(path)), uri=True, check_same_thread=False)
    if cache_kib is not None:
        connection.execute(f"PRAGMA cache_size=-{cache_kib}")
    return connection


def read_header(path: Path) -> Header:
    """The file's identity and size as SQLite sees them (the newest committed values, WAL
    included). Raises sqlite3.DatabaseError: "file is not a database" (SQLITE_NOTADB) for
    anything that is not an SQLite file, "malformed" (SQLITE_CORRUPT) for a damaged one."""
    with closing(connect_read_only(path)) as db:
        values = [
            db.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("application_id", "user_version", "page_size", "page_count")
        ]
    return Header(*values)


def has_tables(path: Path, names: tuple[str, ...]) -> bool:
    """Whether the database at `path` has every one of these tables (False when unreadable)."""
    try:
        with closing(connect_read_only(path)) as db:
            found = {n for (n,) in db.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    except sqlite3.DatabaseError:
        return False
    return set(names) <= found


def is_not_a_database(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", None) == 26 or "not a database" in str(error)


def copy_database(
    source: Path, target: Path, cache_kib: int | None = None, self_contained: bool = True
) -> None:
    """A consistent copy of the workshop at `source` (WAL included) written to `target` with
    SQLite's backup API; `target` must not be open. `self_contained`: the copy is one file
    in rollback-journal mode (nothing beside it); its original journal mode otherwise."""
    with closing(connect_read_only(source, cache_kib)) as src:
        with closing(sqlite3.connect(target)) as dst:
            if cache_kib is not None:
                dst.execute(f"PRAGMA cache_size=-{cache_kib}")
            src.backup(dst)
            if self_contained:
                dst.execute("PRAGMA journal_mode=DELETE")


def left_open(path: Path) -> bool:
    """True when the file was not closed cleanly: the last program that had it open died
    (a crash, a kill, a power cut) and left its -wal (or a hot -journal) behind.

    A WAL-mode file has a -wal beside it while any program holds it open, and the last one to
    close removes it. So a -wal is either a living holder's or a dead one's. Which is asked
    of SQLite: a connection in exclusive locking mode gets the file's exclusive lock only if
    no connection anywhere holds it (this process's connections included); it then recovers
    the WAL, and on closing checkpoints and removes it, as the dead program's close would
    have. It waits for nothing: a holder answers "busy" at once. A file that cannot be
    written (opened read-only) with a -wal beside it counts as left open."""
    if has_sidecar(path, "-journal"):
        return True
    if not has_sidecar(path, "-wal"):
        return False
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        return True
    location = quote(path.resolve().as_posix(), safe="/:")
    try:
        with closing(sqlite3.connect(f"file:{location}?mode=rw", uri=True, timeout=0)) as db:
            db.execute("PRAGMA locking_mode=EXCLUSIVE")
            db.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorcode", None) == 5 or "locked" in str(error):
            return False  # SQLITE_BUSY: a living program holds it
        return True
    except sqlite3.DatabaseError:
        return True  # damaged: the full check says how
    return True


def has_sidecar(path: Path, suffix: str) -> bool:
    return Path(f"{path}{suffix}").exists()


def file_size(path: Path) -> int:
    """The size on disk: a stat, which opens no descriptor."""
    return os.stat(path).st_size
