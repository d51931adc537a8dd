"""Rotating backups of workshop files in the user's data folder: one folder per file, and one
store of evidence files shared by every backup.

A backup belongs to a file: its folder is named for the file's resolved path and the identity
the file holds (its workshop id and, on a station copy, its station id; a station copy shares
the workshop id of the main file). `asal.json` in the folder says which file. The newest KEEP
backups of each file are kept, by the time they were made.

A backup is a workshop database made through SQLite (never a plain file copy: see
storage/workshop_file.py) holding every row, but not the bytes of the evidence files: those
are stored once each, by sha256, in `bukti/` beside the folders (evidence never changes once
stored), and the backup lists them in OUTSIDE. So a backup after ordinary work writes what
the workshop holds besides evidence plus the evidence that is new, and twelve backups of a
workshop with 1 GB of evidence hold that gigabyte once. `restore` reassembles the file
through SQLite. Evidence no backup refers to any more leaves the store when backups are
pruned (after STORE_GRACE, so a backup being made by another program keeps what it found).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from labinovasi.domain.errors import BadInput, CannotOpen
from labinovasi.i18n import _
from labinovasi.storage import workshop_file

BACKUP_EVERY = timedelta(minutes=5)
KEEP = 12
BACKUP_CACHE_KIB = 256  # page cache of each connection while a backup is made
SUFFIX = ".labinovasi"
ORIGIN = "asal.json"  # the file the folder's backups were made from: path and identity
OLD_ORIGIN = "asal.txt"  # folders of earlier versions (one per workshop id): the path only
STORE = "bukti"  # evidence files by sha256, shared by every backup
OUTSIDE = "backup_outside_blob"  # in a backup: the evidence whose bytes are in STORE
STORE_GRACE = timedelta(hours=1)
BLOB_TABLE = "evidence_blob"
CHUNK = 1 << 20


@dataclass(frozen=True)
class FileIdentity:
    """What a workshop file says it is: its workshop, and the station of a station copy."""

    workshop_id: str
    station_id: str | None = None

    def key(self, path: Path) -> str:
        text = f"{Path(path).resolve()}\n{self.workshop_id}\n{self.station_id or ''}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def backup_root() -> Path:
    """LABINOVASI_BACKUP_DIR, else <user data folder>/labinovasi/cadangan."""
    override = os.environ.get("LABINOVASI_BACKUP_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("labinovasi", appauthor=False) / "cadangan"


def read_identity(path: Path) -> FileIdentity | None:
    """The identity the file at `path` holds; None when it cannot be read (damaged)."""
    try:
        with closing(workshop_file.connect_read_only(Path(path))) as db:
            row = db.execute("SELECT id, station_id FROM workshop").fetchone()
    except (sqlite3.Error, OSError):
        return None
    return FileIdentity(str(row[0]), row[1]) if row else None


# -- the folders ----------------------------------------------------------------------------


def _read_marker(folder: Path) -> tuple[str, FileIdentity | None] | None:
    try:
        marker = json.loads((folder / ORIGIN).read_text(encoding="utf-8"))
        return marker["path"], FileIdentity(marker["workshop_id"], marker.get("station_id"))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        return (folder / OLD_ORIGIN).read_text(encoding="utf-8").strip(), None
    except OSError:
        return None


def _write_marker(folder: Path, path: Path, identity: FileIdentity) -> None:
    marker = {
        "path": str(Path(path).resolve()),
        "workshop_id": identity.workshop_id,
        "station_id": identity.station_id,
    }
    partial = folder / f"{ORIGIN}.sebagian"
    partial.write_text(json.dumps(marker, ensure_ascii=False), encoding="utf-8")
    partial.replace(folder / ORIGIN)


def _folders() -> list[Path]:
    root = backup_root()
    if not root.is_dir():
        return []
    return [f for f in root.iterdir() if f.is_dir() and f.name != STORE]


def _stamp(backup: Path) -> str:
    """The time a backup was made, as sortable text (its name ends in -YYYYmmdd-HHMMSS-ffffff)."""
    return backup.stem[-22:]


def _newest_first(found: list[Path]) -> list[Path]:
    return sorted(found, key=lambda p: (_stamp(p), p.name), reverse=True)


def backups_of(path: Path) -> list[Path]:
    """Backups made from the file at `path`, newest first (found even when it is damaged).

    The file's own backups: those made at its path from a file of the same identity (any
    identity when it cannot be read); when there are none, those of the same identity made
    at another path (the file was moved or renamed)."""
    origin = str(Path(path).resolve())
    identity = read_identity(Path(path)) if Path(path).is_file() else None
    here: list[Path] = []
    moved: list[Path] = []
    for folder in _folders():
        marker = _read_marker(folder)
        if marker is None:
            continue
        where, theirs = marker
        same_file = identity is None or theirs is None or theirs == identity
        if where == origin and same_file:
            here.extend(folder.glob(f"*{SUFFIX}"))
        elif identity is not None and theirs == identity:
            moved.extend(folder.glob(f"*{SUFFIX}"))
    return _newest_first(here or moved)


def latest_backup(path: Path) -> Path | None:
    """The newest backup of the file at `path` that can be restored (a whole workshop with
    its evidence in the store)."""
    for backup in backups_of(path):
        if not backup_problems(backup):
            return backup
    return None


def backup_problems(backup: Path) -> list[str]:
    """Why `backup` cannot be restored (empty: it can)."""
    from labinovasi.storage.connection import inspect_file

    try:
        inspect_file(Path(backup), full=True)
        missing = [sha for sha, size in _outside(Path(backup)) if not _has_blob(sha, size)]
    except CannotOpen as error:
        return [error.message, *error.details]
    except (sqlite3.Error, OSError) as error:
        return [str(error)]
    if missing:
        return [_("{n} berkas bukti dukung tidak ada di simpanan cadangan").format(n=len(missing))]
    return []


def backup_due(path: Path, identity: FileIdentity) -> bool:
    folder = backup_root() / identity.key(path)
    found = list(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []
    newest = max((p.stat().st_mtime for p in found), default=None)
    return newest is None or datetime.now().timestamp() - newest >= BACKUP_EVERY.total_seconds()


# -- the evidence store -----------------------------------------------------------------------


def _blob_path(sha: str) -> Path:
    return backup_root() / STORE / sha[:2] / sha


def _has_blob(sha: str, size: int) -> bool:
    try:
        return os.stat(_blob_path(sha)).st_size == size
    except OSError:
        return False


def _store_blob(db: sqlite3.Connection, schema: str, rowid: int, sha: str, size: int) -> bool:
    """Copy one evidence file's bytes from the database into the store; False (nothing
    stored) when they are not what their sha256 says (the backup then keeps them inside)."""
    target = _blob_path(sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{sha}.{os.getpid()}.sebagian")
    digest = hashlib.sha256()
    with db.blobopen(BLOB_TABLE, "data", rowid, readonly=True, name=schema) as blob:
        with partial.open("wb") as out:
            while chunk := blob.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    if digest.hexdigest() != sha or partial.stat().st_size != size:
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def _stored_blob(db: sqlite3.Connection, rowid: int, sha: str, size: int) -> None:
    """Write one evidence file's bytes from the store into the database being restored."""
    source = _blob_path(sha)
    digest = hashlib.sha256()
    with db.blobopen(BLOB_TABLE, "data", rowid) as blob, source.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            blob.write(chunk)
    if digest.hexdigest() != sha:
        raise CannotOpen(
            _("Berkas bukti dukung di simpanan cadangan rusak: {path}").format(path=source)
        )


def _outside(backup: Path) -> list[tuple[str, int]]:
    """The evidence a backup keeps in the store: (sha256, size)."""
    with closing(workshop_file.connect_read_only(backup)) as db:
        if not db.execute(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (OUTSIDE,)
        ).fetchone():
            return []
        return db.execute(
            f"SELECT o.sha256, b.size FROM {OUTSIDE} o JOIN {BLOB_TABLE} b USING (sha256)"
        ).fetchall()


def _sweep_store() -> None:
    """Remove evidence files no backup refers to any more, unless touched within
    STORE_GRACE (a backup being made now found them there)."""
    store = backup_root() / STORE
    if not store.is_dir():
        return
    used: set[str] = set()
    for folder in _folders():
        for backup in folder.glob(f"*{SUFFIX}"):
            try:
                used.update(sha for sha, _size in _outside(backup))
            except (sqlite3.Error, OSError):
                return  # a backup we cannot read may refer to anything: keep everything
    limit = time.time() - STORE_GRACE.total_seconds()
    for blob in store.glob("??/*"):  # dot files: parts whose writer was killed
        if blob.name not in used or blob.name.startswith("."):
            try:
                if blob.stat().st_mtime < limit:
                    blob.unlink()
            except OSError:
                pass


# -- making and restoring ----------------------------------------------------------------------


def _uri(path: Path, mode: str = "") -> str:
    location = quote(Path(path).resolve().as_posix(), safe="/:")
    return f"file:{location}" + (f"?mode={mode}" if mode else "")


def make_backup(path: Path, identity: FileIdentity | None = None) -> Path:
    """A backup of the workshop at `path`, read through SQLite in one read transaction (a
    consistent state even while the file is in use, WAL included); old ones pruned after."""
    path = Path(path)
    identity = identity or read_identity(path)
    if identity is None:
        raise CannotOpen(_("Berkas tidak berisi data lokakarya: {path}").format(path=path))
    folder = backup_root() / identity.key(path)
    folder.mkdir(parents=True, exist_ok=True)
    _write_marker(folder, path, identity)
    previous = _newest_first(list(folder.glob(f"*{SUFFIX}")))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".sebagian")
    _remove_leftovers(folder)
    # The previous backup lends the times of the evidence it already holds; a previous
    # backup that cannot be read never stops this one (it is made without it).
    for earlier in (previous[:1], []) if previous else ([],):
        for suffix in ("", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        try:
            _write_backup(path, partial, earlier[0] if earlier else None)
            break
        except sqlite3.DatabaseError:
            if not earlier:
                raise
    partial.replace(target)
    _prune(folder)
    return target


def _write_backup(path: Path, partial: Path, previous: Path | None) -> None:
    db = sqlite3.connect(_uri(partial, "rwc"), uri=True, isolation_level=None)
    try:
        db.execute(f"PRAGMA cache_size=-{BACKUP_CACHE_KIB}")
        db.execute("ATTACH DATABASE ? AS live", (workshop_file.read_only_uri(path),))
        db.execute(f"PRAGMA live.cache_size=-{BACKUP_CACHE_KIB}")
        if previous is not None:
            db.execute("ATTACH DATABASE ? AS prev", (_uri(previous, "ro"),))
        db.execute("BEGIN")
        _copy_rows(db, has_previous=previous is not None and _has_table(db, "prev", BLOB_TABLE))
        db.execute("COMMIT")
    finally:
        db.close()


def _remove_leftovers(folder: Path) -> None:
    """Parts of backups whose maker was killed (older than STORE_GRACE: not one being made)."""
    limit = time.time() - STORE_GRACE.total_seconds()
    for leftover in folder.glob("*.sebagian*"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError:
            pass


def _has_table(db: sqlite3.Connection, schema: str, table: str) -> bool:
    return bool(
        db.execute(
            f"SELECT 1 FROM {schema}.sqlite_schema WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    )


def _copy_rows(db: sqlite3.Connection, has_previous: bool) -> None:
    """Every table of `live` into the new database, the evidence bytes into the store."""
    schema = db.execute(
        "SELECT type, name, sql FROM live.sqlite_schema WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid"
    ).fetchall()
    tables = [name for kind, name, _sql in schema if kind == "table"]
    for kind, _name, sql in schema:
        if kind == "table":
            db.execute(sql)
    for name in tables:
        if name == BLOB_TABLE:
            continue
        db.execute(f'INSERT INTO main."{name}" SELECT * FROM live."{name}"')
    if _has_table(db, "live", "sqlite_sequence"):
        db.execute("INSERT INTO main.sqlite_sequence SELECT * FROM live.sqlite_sequence")
    if BLOB_TABLE in tables:
        _copy_blobs(db, has_previous)
    for kind, _name, sql in schema:
        if kind != "table":
            db.execute(sql)
    for pragma in ("application_id", "user_version"):
        value = int(db.execute(f"PRAGMA live.{pragma}").fetchone()[0])
        db.execute(f"PRAGMA main.{pragma}={value}")


def _copy_blobs(db: sqlite3.Connection, has_previous: bool) -> None:
    # The evidence rows without their bytes. A column after the bytes (created_at) is read
    # by following the bytes' overflow pages to their end; for evidence an earlier backup
    # already holds, it is taken from that backup instead, so known evidence is not read.
    created = "(SELECT created_at FROM live.evidence_blob x WHERE x.sha256 = l.sha256)"
    if has_previous:
        created = (
            "coalesce((SELECT created_at FROM prev.evidence_blob p "
            f"WHERE p.sha256 = l.sha256 AND p.size = l.size), {created})"
        )
    db.execute(
        f"INSERT INTO main.{BLOB_TABLE} (sha256, size, data, created_at) "
        f"SELECT l.sha256, l.size, X'', {created} FROM live.{BLOB_TABLE} l"
    )
    db.execute(f"CREATE TABLE main.{OUTSIDE} (sha256 TEXT PRIMARY KEY)")
    now = time.time()
    for rowid, sha, size in db.execute(
        f"SELECT rowid, sha256, size FROM live.{BLOB_TABLE}"
    ).fetchall():
        kept = _has_blob(sha, size)
        if kept:
            try:
                os.utime(_blob_path(sha), (now, now))  # in use again: not swept
            except OSError:
                kept = False
        if not kept:
            kept = _store_blob(db, "live", rowid, sha, size)
        if kept:
            db.execute(f"INSERT INTO main.{OUTSIDE} VALUES (?)", (sha,))
        else:  # bytes that do not match their name: kept inside this backup as they are
            db.execute(
                f"UPDATE main.{BLOB_TABLE} SET data = "
                f"(SELECT data FROM live.{BLOB_TABLE} WHERE rowid = ?) WHERE sha256 = ?",
                (rowid, sha),
            )


def _prune(folder: Path) -> None:
    old = _newest_first(list(folder.glob(f"*{SUFFIX}")))[KEEP:]
    had_outside = False
    for backup in old:
        try:
            had_outside = had_outside or bool(_outside(backup))
        except (sqlite3.Error, OSError):
            had_outside = True
        backup.unlink(missing_ok=True)
    if had_outside:
        _sweep_store()


def restore(target: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `target`; the file replaced is kept as
    <name>.sebelum-pulih-<time> (returned; None when there was none). The backup must be a
    whole workshop file with its evidence in the store (CannotOpen otherwise); nothing is
    changed when it is not."""
    target, backup = Path(target), Path(backup)
    if not backup.is_file():
        raise BadInput(_("Cadangan tidak ditemukan: {path}").format(path=backup))
    problems = backup_problems(backup)
    if problems:
        raise CannotOpen(
            _("Cadangan tidak utuh dan tidak dipulihkan: {path}").format(path=backup), problems
        )
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    partial = target.with_name(f".{target.name}.pulih")
    for suffix in ("", *workshop_file.SIDECARS):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    workshop_file.copy_database(backup, partial)
    try:
        _reassemble(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    aside = None
    if target.exists():
        aside = target.with_name(f"{target.name}.sebelum-pulih-{stamp}")
        target.replace(aside)
        for suffix in ("-wal", "-shm"):
            extra = Path(f"{target}{suffix}")
            if extra.exists():
                extra.replace(Path(f"{aside}{suffix}"))
    partial.replace(target)
    return aside


def _reassemble(path: Path) -> None:
    """Put the store's evidence bytes back into a restored copy of a backup."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        if not _has_table(db, "main", OUTSIDE):
            return
        db.execute("BEGIN")
        rows = db.execute(
            f"SELECT b.rowid, b.sha256, b.size FROM {BLOB_TABLE} b JOIN {OUTSIDE} o USING (sha256)"
        ).fetchall()
        for rowid, sha, size in rows:
            db.execute(f"UPDATE {BLOB_TABLE} SET data = zeroblob(?) WHERE rowid = ?", (size, rowid))
            _stored_blob(db, rowid, sha, size)
        db.execute(f"DROP TABLE {OUTSIDE}")
        db.execute("COMMIT")
