"""Rotating backups of workshop files in the user's data folder, one folder per workshop,
made with SQLite's backup API (a consistent copy even while the file is in use, WAL included).

A backup is made when a file is opened and after changes, at most every BACKUP_EVERY; the
newest KEEP are kept. `restore` puts a backup back in place of a file (damaged or not), keeping
the file it replaces beside it.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from labinovasi.domain.errors import BadInput
from labinovasi.i18n import _

BACKUP_EVERY = timedelta(minutes=5)
KEEP = 12
BACKUP_CACHE_KIB = 256  # page cache of each connection while a backup is made
SUFFIX = ".labinovasi"
ORIGIN = "asal.txt"  # the absolute path of the file the folder's backups were made from


def backup_root() -> Path:
    """LABINOVASI_BACKUP_DIR, else <user data folder>/labinovasi/cadangan."""
    override = os.environ.get("LABINOVASI_BACKUP_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("labinovasi", appauthor=False) / "cadangan"


def backups_of(path: Path) -> list[Path]:
    """Backups made from the file at `path`, newest first (found even when it is damaged)."""
    origin = str(Path(path).resolve())
    root = backup_root()
    found: list[Path] = []
    if not root.is_dir():
        return found
    for folder in root.iterdir():
        marker = folder / ORIGIN
        try:
            if marker.read_text(encoding="utf-8").strip() != origin:
                continue
        except OSError:
            continue
        found.extend(folder.glob(f"*{SUFFIX}"))
    return sorted(found, key=lambda p: p.name, reverse=True)


def latest_backup(path: Path) -> Path | None:
    found = backups_of(path)
    return found[0] if found else None


def backup_due(workshop_id: str) -> bool:
    folder = backup_root() / workshop_id
    newest = (
        max((p.stat().st_mtime for p in folder.glob(f"*{SUFFIX}")), default=None)
        if folder.is_dir()
        else None
    )
    return newest is None or datetime.now().timestamp() - newest >= BACKUP_EVERY.total_seconds()


def make_backup(path: Path, workshop_id: str) -> Path:
    """A copy of the workshop at `path` (read through a read-only connection), pruned after."""
    from labinovasi.storage.connection import _read_only_uri

    folder = backup_root() / workshop_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ORIGIN).write_text(str(Path(path).resolve()), encoding="utf-8")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{Path(path).stem}-{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".sebagian")
    source = sqlite3.connect(_read_only_uri(Path(path)), uri=True)
    copy = sqlite3.connect(partial)
    try:
        # Every page passes once: SQLite's default 2 MB page cache on each side only adds to
        # the memory of the app that is opening the workshop meanwhile (4 MB at 50,000 ideas).
        for db in (source, copy):
            db.execute(f"PRAGMA cache_size=-{BACKUP_CACHE_KIB}")
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        copy.close()
        source.close()
    partial.replace(target)
    for old in sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.name, reverse=True)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def restore(target: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `target`; the file replaced is kept as
    <name>.sebelum-pulih-<time> (returned; None when there was none). The backup must be a
    whole workshop file (CannotOpen otherwise); nothing is changed when it is not."""
    from labinovasi.storage.connection import inspect_file

    target, backup = Path(target), Path(backup)
    if not backup.is_file():
        raise BadInput(_("Cadangan tidak ditemukan: {path}").format(path=backup))
    inspect_file(backup)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    partial = target.with_name(f".{target.name}.pulih")
    partial.write_bytes(backup.read_bytes())
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
