"""Similar ideas (issue 28): suggestions for one new idea against 50,000 (what the drum-up view
does after each idea: index it, ask for the most similar of its OPD), and every pair of a
1,000-idea workshop from the texts (what `idea similar --across`, the board and the
rekapitulasi compute). Absolute targets; the texts are generated: Indonesian office words
drawn with a Zipf law (a few words very common, as "layanan", "desa", "daring" are), 4 to 9
words per idea, 47 OPDs."""

from __future__ import annotations

import random
import time

from common import Row, ms, p50, p99

from labinovasi.domain.similarity import SimilarityIndex, shipped_lexicon, words

SIZES = {"full": (50_000, 300, 1_000), "tiny": (300, 5, 100)}  # ideas, new ideas, pair ideas
OPDS = 47
WORDS = (
    "antrean pendaftaran pasien puskesmas whatsapp daring aplikasi layanan desa kampung data "
    "terpadu stunting balita posyandu peta pemetaan pengaduan bansos sampah bank kompos izin "
    "usaha umkm pajak retribusi pasar sekolah guru siswa beasiswa perpustakaan keliling jemput "
    "bola lansia disabilitas pelatihan kerja pemuda jalan rusak drainase banjir air bersih "
    "lampu surya taman wifi gratis informasi harga gabah petani pupuk nelayan ternak wisata "
    "kecamatan kelurahan kartu keluarga akta kelahiran ktp tanda tangan elektronik arsip aset "
    "anggaran kinerja absensi rapat koperasi produk pemasaran posko bencana ambulans imunisasi "
    "gizi ibu hamil remaja anak perempuan kekerasan rumah tidak layak huni pembangunan irigasi"
).split()


def _texts(count: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    # 3,000 words: the list above and made-up ones, weighted 1/rank (Zipf).
    vocabulary = WORDS + [
        "".join(rng.choice("aiueobdgklmnprst") for _ in range(rng.randint(5, 9)))
        for _ in range(3000 - len(WORDS))
    ]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    return [
        (
            f"g{n:06d}",
            " ".join(rng.choices(vocabulary, weights, k=rng.randint(4, 9))),
            f"opd{n % OPDS:02d}",
        )
        for n in range(count)
    ]


def run(size: str = "full") -> list[Row]:
    ideas, new, pair_ideas = SIZES[size]
    lexicon = shipped_lexicon()
    words("pemanasan", lexicon)  # the stemmer's word list, loaded once per process
    texts = _texts(ideas + new, seed=28)
    began = time.perf_counter()
    index = SimilarityIndex(lexicon)
    index.add_all(texts[:ideas])
    build = time.perf_counter() - began
    times = []
    for doc_id, text, group in texts[ideas:]:
        began = time.perf_counter()
        index.add(doc_id, text, group)
        index.similar_to(doc_id, same_group=True)  # the OPD's most similar ideas
        times.append(time.perf_counter() - began)
    one = Row(
        f"similar ideas for one new idea, workshop of {ideas:,} ideas (p99)",
        "ms",
        ms(p99(times)),
        "≤ 50 ms",
        50.0,
        None,
        {"p50_ms": ms(p50(times)), "repeats": new, "index_build_s": round(build, 2)},
    )

    small = _texts(pair_ideas, seed=1000)
    rounds = []
    for _ in range(3):
        began = time.perf_counter()
        index = SimilarityIndex(lexicon)
        index.add_all(small)
        found = list(index.pairs(same_group=None))
        rounds.append(time.perf_counter() - began)
    pairs = Row(
        f"all similar pairs of a {pair_ideas:,}-idea workshop, from the texts (median)",
        "s",
        round(p50(rounds), 3),
        "≤ 2 s",
        2.0,
        None,
        {"pairs_found": len(found), "repeats": len(rounds)},
    )
    return [one, pairs]
