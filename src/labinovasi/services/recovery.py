"""Backups as the screens use them: find a file's backups and put one back (the work is in
storage/backups.py; screens talk to services only)."""

from __future__ import annotations

from pathlib import Path

from labinovasi.storage import backups


def backups_of(path: Path) -> list[Path]:
    return backups.backups_of(path)


def latest_backup(path: Path) -> Path | None:
    return backups.latest_backup(path)


def backup_folder() -> Path:
    return backups.backup_root()


def restore(target: Path, backup: Path) -> Path | None:
    return backups.restore(target, backup)
