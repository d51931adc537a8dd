"""Files the app writes for people (reports, papers, exports, evidence copies): whole or not at
all. Each is written beside its target first and renamed at the end, so a preview never shows
half a PDF, and a failure or a kill leaves an older copy untouched."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from labinovasi.domain import BadInput
from labinovasi.i18n import _

# The workshop files open in this process (resolved path -> how many services hold it): an
# output path naming one of them, or a file beside it SQLite keeps, is refused.
_OPEN_WORKSHOPS: dict[Path, int] = {}
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def protect(path: str | Path) -> None:
    """Mark a workshop file as open: no output may replace it (or its -wal/-shm)."""
    key = Path(path).resolve()
    _OPEN_WORKSHOPS[key] = _OPEN_WORKSHOPS.get(key, 0) + 1


def release(path: str | Path) -> None:
    key = Path(path).resolve()
    left = _OPEN_WORKSHOPS.get(key, 0) - 1
    if left > 0:
        _OPEN_WORKSHOPS[key] = left
    else:
        _OPEN_WORKSHOPS.pop(key, None)


def _same(out: Path, other: Path) -> bool:
    """The same file, by name (case as the system compares it, links followed) or, when
    both exist, by identity (a hard link, a second name of a mounted folder)."""
    if os.path.normcase(out.resolve()) == os.path.normcase(other.resolve()):
        return True
    try:
        return os.path.samefile(out, other)
    except OSError:
        return False


def _inside(out: Path, folder: Path) -> bool:
    try:
        out.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _is_database(out: Path) -> bool:
    """Whether `out` is an SQLite database, asked through SQLite (a plain read of a workshop
    this process holds would drop its locks: storage/workshop_file.py)."""
    from labinovasi.storage import workshop_file

    try:
        if not out.is_file() or out.stat().st_size < 100:  # an SQLite header is 100 bytes
            return False
    except OSError:
        return False
    return workshop_file.has_tables(out, ())


def _protected_reason(out: Path) -> str | None:
    """Why `out` must never be written over: the open workshop or a file SQLite keeps beside
    it, a backup, or any workshop file (an SQLite database) already there."""
    from labinovasi.storage.backups import backup_root

    for workshop in list(_OPEN_WORKSHOPS):
        for suffix in _COMPANIONS:
            if _same(out, Path(f"{workshop}{suffix}")):
                return _(
                    "Berkas tujuan adalah lokakarya yang sedang dibuka (atau berkas "
                    "pendampingnya); pilih nama lain: {path}"
                ).format(path=out)
    if _inside(out, backup_root()):
        return _("Berkas tujuan berada di folder cadangan; pilih folder lain: {path}").format(
            path=out
        )
    if out.is_file() and _is_database(out):
        return _(
            "Berkas tujuan adalah berkas lokakarya atau cadangan, tidak ditimpa; pilih nama "
            "lain: {path}"
        ).format(path=out)
    return None


def check_target(out: Path, suffixes: tuple[str, ...] = ()) -> Path:
    """`out` as a Path, refused (BadInput) when its folder is missing, when it is a folder,
    when its suffix is not one of `suffixes` (if given), or when writing it would replace
    the open workshop, its -wal/-shm, a backup or any workshop file (`_protected_reason`).
    Every output the app writes for people (reports, papers, exports, evidence copies, the
    save dialogs) passes here."""
    out = Path(out)
    if suffixes and out.suffix.lower() not in suffixes:
        separator = " " + _("atau") + " "
        raise BadInput(
            _("Berkas tujuan harus {suffixes}: {path}").format(
                suffixes=separator.join(suffixes), path=out
            )
        )
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(_("Folder tidak ditemukan: {path}").format(path=folder))
    if out.is_dir():
        raise BadInput(_("Tujuan adalah folder, bukan berkas: {path}").format(path=out))
    reason = _protected_reason(out)
    if reason:
        raise BadInput(reason)
    return out


def _cannot_write(path: Path, error: OSError) -> BadInput:
    return BadInput(
        _("Berkas tidak dapat ditulis ke {path}: {error}").format(
            path=path, error=error.strerror or error
        )
    )


TEMP_PREFIX = ".labinovasi-"
STALE_SECONDS = 3600  # no report or copy takes an hour: a temporary file older was left by a kill


def remove_stale(folder: Path, pattern: str, max_age: float = STALE_SECONDS) -> int:
    """Remove files matching `pattern` in `folder` older than `max_age` seconds: what a
    write killed half-way left behind (the next write in that folder tidies up). How many."""
    removed = 0
    now = time.time()
    try:
        found = list(Path(folder).glob(pattern))
    except OSError:
        return 0
    for path in found:
        try:
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > max_age:
                path.unlink()
                removed += 1
        except OSError:
            continue  # gone meanwhile, or not ours to remove
    return removed


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and put back at once
    os.umask(mask)
    return mask


def _mode_for(out: Path) -> int:
    try:
        return out.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


@contextmanager
def whole_file(out: Path) -> Iterator[Path]:
    """A temporary path beside `out` to write to; renamed to `out` when the block ends without
    an error, removed otherwise. An OSError becomes BadInput naming the file. Temporary files
    a killed write left in that folder are removed first."""
    out = check_target(out)
    folder = out.parent if str(out.parent) else Path(".")
    remove_stale(folder, TEMP_PREFIX + "*")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=out.suffix, dir=folder)
    except OSError as error:
        raise _cannot_write(folder, error) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        # mkstemp makes the file private (0600); a paper or an export gets the mode the user's
        # other files get (or keeps the mode of the copy it replaces).
        os.chmod(temp, _mode_for(out))
        os.replace(temp, out)
    except OSError as error:
        raise _cannot_write(out, error) from error
    finally:
        temp.unlink(missing_ok=True)
