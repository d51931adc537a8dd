"""Files the app writes for people (reports, papers, exports, evidence copies): whole or not at
all. Each is written beside its target first and renamed at the end, so a preview never shows
half a PDF, and a failure or a kill leaves an older copy untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from labinovasi.domain import BadInput
from labinovasi.i18n import _


def check_target(out: Path, suffixes: tuple[str, ...] = ()) -> Path:
    """`out` as a Path, refused (BadInput) when its folder is missing, when it is a folder, or
    when its suffix is not one of `suffixes` (if given)."""
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
    return out


def _cannot_write(path: Path, error: OSError) -> BadInput:
    return BadInput(
        _("Berkas tidak dapat ditulis ke {path}: {error}").format(
            path=path, error=error.strerror or error
        )
    )


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
    an error, removed otherwise. An OSError becomes BadInput naming the file."""
    out = check_target(out)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".labinovasi-", suffix=out.suffix, dir=folder)
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
