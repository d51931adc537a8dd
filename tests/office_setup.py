"""A full office set-up for the papers' tests: kop in capitals (as offices type it), F4, the
lab's signatories, participants, a kepala OPD, and three earlier years' innovations imported
beside the lab's one design (DINKES)."""

from __future__ import annotations

from pathlib import Path

IMPORTED = ("SI PINTAR 2024", "PUSKESMAS KELILING 2023", "E-RUJUK 2025")


def set_up_office(service) -> None:
    from datetime import date

    from labinovasi.domain.innovations import IMPORTED_ORIGIN
    from labinovasi.services import papers
    from labinovasi.services.innovations import Innovations
    from labinovasi.services.team_work import TeamWork

    data = Path(__file__).resolve().parent / "data" / "papers"
    papers.set_letterhead(
        service,
        logo=data / "logo.png",
        government="PEMERINTAH KABUPATEN TANAH HARAPAN",
        agency="BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
        address="Jalan Jenderal Sudirman Nomor 12, Tanjung Harapan",
        phone="(0552) 21234",
        email="bapperida@contoh.go.id",
        city="Tanjung Harapan",
        paper="F4",
    )
    papers.import_participants(service, data / "peserta.csv")
    papers.set_person(
        service, "kepala-bapperida", "Dr. Hadi Prasetyo", "197003151995031002", "Pembina (IV/a)"
    )
    papers.set_person(service, "sekda", "Drs. Bambang Sutrisno", "196805101990031005")
    papers.set_person(service, "kepala-daerah", "H. Ahmad Yani")
    papers.set_person(service, "fasilitator", "Rina Wulandari, S.Sos.", "198504122010012015")
    papers.set_person(
        service,
        "kepala-opd",
        "dr. Lina Kartika",
        "197512052003122004",
        "Pembina Tk. I (IV/b)",
        "Kepala Dinas Kesehatan",
        opd="DINKES",
    )
    dinkes = service.find_opd("DINKES")
    # the participants' dot votes on the chosen idea (the facilitator entered 9 as well)
    chosen = next(v.idea for v in service.list_ideas(dinkes.id) if v.idea.chosen)
    team = TeamWork(service)
    team.set_dots(chosen.id, "Siti", 3)
    team.set_dots(chosen.id, "Budi", 2)
    innovations = Innovations(service)
    for n, name in enumerate(IMPORTED):
        innovations.add(
            dinkes.id,
            name,
            origin=IMPORTED_ORIGIN,
            stage="penerapan",
            kind="non-digital",
            form="pelayanan-publik",
            launch_date=date(2024, 3, 1 + n),
        )
    # the gelar inovasi (10 Maret 2027 at the Pendopo), two jurors who scored the lab's design,
    # and a desk konsultasi with DINKES on 15 Januari 2027 (after the lab, before the gelar)
    from labinovasi.services import delivery, jury

    jury.update_event(service, on_date=date(2027, 3, 10), place="Pendopo Kabupaten")
    lab = next(i for i in innovations.list(dinkes.id) if i.from_lab)
    jury.set_presentations(service, [lab.id])
    criteria = [c.key for c in jury.rubric(service).criteria]
    for name in ("Prof. Dr. Sari Dewi", "Ir. Made Wirawan"):
        juror = jury.add_juror(service, name)
        jury.set_scores(service, juror.id, lab.id, {key: 80 for key in criteria})
    delivery.add_monitoring(
        service, dinkes.id, date(2027, 1, 15), "desk konsultasi", who="Desk Inovasi"
    )
    delivery.add_monitoring(
        service, dinkes.id, date(2027, 5, 2), "monev", who="Desk Inovasi", progress=73
    )
    set_up_verification(service)


# The Desk Inovasi's verdicts (indicator, innovation, status, note, day of the verdict): the
# berita acara hasil verifikasi is dated by the latest verdict, never by a later waiting claim.
VERDICTS = (
    ("16", "lab", "diterima", "SK penetapan lengkap", (2027, 2, 3)),
    ("17", "lab", "perlu revisi", "Pos anggaran belum distabilo", (2027, 2, 10)),
    ("20", IMPORTED[0], "ditolak", "Bukan bimtek: daftar hadir rapat biasa", (2027, 1, 20)),
    ("21", IMPORTED[0], "menunggu", "", (2027, 6, 1)),
)


def set_up_verification(service) -> None:
    from datetime import datetime

    from sqlalchemy import update

    from labinovasi.services import evidence, papers
    from labinovasi.services.innovations import Innovations
    from labinovasi.storage.models import IndicatorAnswerRow

    papers.set_person(service, "verifikator", "Dewi Anggraini, S.E.", "198809152014022003")
    every = Innovations(service).list()
    lab = next(i for i in every if i.from_lab)
    by_name = {i.name: i for i in every}
    for indicator, which, status, note, day in VERDICTS:
        innovation = lab if which == "lab" else by_name[which]
        evidence.add_evidence(
            service,
            link=f"https://contoh.go.id/bukti/{indicator}",
            title=f"Bukti indikator {indicator}",
            indicator=indicator,
            innovation_id=innovation.id,
        )
        answer = evidence.set_answer(
            service, indicator, innovation.id, parameter=1, status=status, note=note
        )
        with service._write() as session:
            session.execute(
                update(IndicatorAnswerRow)
                .where(IndicatorAnswerRow.id == answer.id)
                .values(
                    updated_at=datetime(*day, 12),
                    verified_at=datetime(*day, 12) if status != "menunggu" else None,
                )
            )
