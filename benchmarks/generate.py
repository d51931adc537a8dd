"""A deterministic big workshop for the benchmarks: 47 OPDs and any number of ideas (50,000 by
default), written in bulk (one INSERT of all ideas, then the marks of each OPD at once), not
through 50,000 service calls.

    .venv/bin/python benchmarks/generate.py out.labinovasi [--ideas 50000]
"""

from __future__ import annotations

import argparse
import random
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from labinovasi.services import WorkshopService
from labinovasi.storage.models import IdeaRow, OpdRow

OPDS = 47
THEMES = [
    "layanan daring",
    "antrean",
    "data terpadu",
    "pengaduan warga",
    "jemput bola",
    "kartu digital",
    "papan informasi",
    "pelatihan",
    "kemitraan desa",
    "aplikasi",
]
PLACES = ["puskesmas", "kantor camat", "desa", "sekolah", "pasar", "kelurahan", "rumah sakit"]
AUTHORS = ["Andi", "Sari", "Budi", "Hj. Rahmawati", "dr. Lestari", ""]


def idea_text(rng: random.Random, earlier: list[str]) -> str:
    """Mostly distinct texts; about one in eight repeats an earlier idea of the same OPD (a
    duplicate), in capitals or with a full stop now and then, as participants type them."""
    if earlier and rng.random() < 0.125:
        base = rng.choice(earlier)
        return rng.choice([base, base.upper(), base + "."])
    theme, place = rng.choice(THEMES), rng.choice(PLACES)
    return f"{theme.capitalize()} di {place} nomor {rng.randrange(10**6)}: layanan lebih cepat"


def generate(path: Path, ideas: int = 50_000, opds: int = OPDS, seed: int = 15) -> Path:
    """A new workshop file at `path` (must not exist) with `opds` OPDs and `ideas` ideas,
    spread evenly, oldest first; the same file (same ids, texts, times) for the same arguments."""
    rng = random.Random(seed)
    with WorkshopService.create(path, "Benchmark 50.000 gagasan", region="Kabupaten Uji") as s:
        for n in range(1, opds + 1):
            s.add_opd(f"Perangkat Daerah Nomor {n:02d}", f"OPD{n:02d}")
        with s._write() as session:
            opd_ids = list(session.scalars(select(OpdRow.id).order_by(OpdRow.position)))
            start = datetime(2026, 11, 23, 8, 0)
            rows, texts = [], [[] for _ in opd_ids]
            for n in range(ideas):
                opd_n = n % opds
                text = idea_text(rng, texts[opd_n])
                texts[opd_n].append(text)
                rows.append(
                    {
                        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "opd_id": opd_ids[opd_n],
                        "text": text,
                        "author": AUTHORS[n % len(AUTHORS)],
                        "problem": "Warga menunggu lama" if n % 3 == 0 else "",
                        "created_at": start + timedelta(milliseconds=n * 250),
                        "updated_at": start + timedelta(milliseconds=n * 250),
                    }
                )
            session.execute(insert(IdeaRow.__table__), rows)
            _mark(session, opd_ids)
    return path


def _mark(session, opd_ids: list[str]) -> None:
    """Fill the stored marks, when this version of the app stores them."""
    try:
        from labinovasi.storage import idea_marks
    except ImportError:
        return
    idea_marks.remark_opds(session, opd_ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--ideas", type=int, default=50_000)
    args = parser.parse_args()
    generate(args.out, args.ideas)
    print(args.out)


if __name__ == "__main__":
    main()
