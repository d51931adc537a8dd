"""Each schema revision opens a file made by the one before it, with nothing lost."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from labinovasi.domain.innovations import lab_innovations
from labinovasi.services import WorkshopService
from labinovasi.services.innovations import Innovations
from labinovasi.storage import connection
from migration_files import OLD_WORKSHOP, file_at_revision


def test_withdrawn_ideas_migration_keeps_every_idea_counted(tmp_path):
    path = file_at_revision(tmp_path / "lama.labinovasi", "0001", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        [view] = service.list_ideas()
        assert view.idea.text == "Antrean puskesmas lewat WhatsApp"
        assert view.idea.withdrawn_reason == "" and view.counted
        assert service.status().counted_ideas == 1


def test_idea_state_migration_marks_existing_ideas_as_classify_ideas_does(tmp_path):
    ideas = [
        ("i2", "ANTREAN puskesmas lewat WhatsApp!", "", "2026-01-02"),  # repeats i1
        ("i3", "Kartu kendali digital", "Sudah berjalan", "2026-01-03"),  # withdrawn
        ("i4", "kartu kendali digital", "", "2026-01-04"),  # counts: i3 is withdrawn
        ("i5", "?!", "", "2026-01-05"),  # blank once normalised
    ]
    statements = OLD_WORKSHOP + [
        "INSERT INTO idea (id, opd_id, text, author, problem, root_cause, affected, apkl_aktual, "
        "apkl_problematik, apkl_kekhalayakan, apkl_layak, votes, chosen, withdrawn_reason, "
        f"created_at, updated_at) VALUES ('{i}', 'o1', '{text}', '', '', '', '', 0, 0, 0, 0, "
        f"0, 0, '{reason}', '{at}', '{at}')"
        for i, text, reason, at in ideas
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "iga", statements)
    with WorkshopService.open(path) as service:
        views = {v.idea.id: v for v in service.list_ideas()}
        assert [
            (i, views[i].counted, views[i].duplicate_of, views[i].blank) for i in sorted(views)
        ] == [
            ("i1", True, None, False),
            ("i2", False, "i1", False),
            ("i3", False, None, False),
            ("i4", True, None, False),
            ("i5", False, None, True),
        ]
        assert views["i2"].duplicate_of_number == 1
        [status] = service.status().opds
        assert (
            status.tally.stored,
            status.tally.counted,
            status.tally.duplicates,
            status.tally.blank,
            status.tally.withdrawn,
        ) == (5, 2, 1, 1, 1)
        # The next write keeps to the migrated marks: a new equal idea is a duplicate of i4.
        opd_id = status.opd.id
        assert service.add_idea(opd_id, "Kartu kendali digital.").duplicate_of == "i4"


def test_iga_migration_adds_the_portfolio_table(tmp_path):
    from labinovasi.services.iga import reported_flags
    from labinovasi.storage.models import IgaPortfolioRow

    path = file_at_revision(tmp_path / "lama.labinovasi", "evidence", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        assert [v.idea.text for v in service.list_ideas()] == ["Antrean puskesmas lewat WhatsApp"]
        assert reported_flags(service, 2026) == {}
        with service._write() as session:
            session.add(IgaPortfolioRow(innovation_id="i1", year=2026, reported=False, note=""))
        assert reported_flags(service, 2026) == {"i1": False}


def test_papers_migration_keeps_the_workshop_and_adds_empty_papers(tmp_path):
    from datetime import date

    from labinovasi.services import papers

    path = file_at_revision(tmp_path / "lama.labinovasi", "delivery", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        assert [v.idea.text for v in service.list_ideas()] == ["Antrean puskesmas lewat WhatsApp"]
        assert papers.letterhead(service).government == "" and papers.people(service) == []
        papers.set_letterhead(service, government="Pemerintah Kabupaten Contoh", paper="F4")
        papers.set_person(service, "kepala-opd", "Kepala", "198001012005011001", opd="DINKES")
        assert papers.issue_number(service, "rekap", "", date(2026, 11, 26)).startswith("000.9/1/")
    with WorkshopService.open(path) as service:
        assert papers.letterhead(service).paper == "F4"
        assert papers.people(service)[0].nip == "198001012005011001"


OLD_DESIGN = [
    "INSERT INTO design (id, opd_id, idea_id, name, kind, affair, phase, background, goal, "
    "benefits, expected_results, trial_period, rollout_period, budget, budget_source, team, "
    "leader, evidence, created_at, updated_at) VALUES ('d1', 'o1', 'i1', 'SIAP ANTRE', "
    "'pelayanan-publik', 'Kesehatan', 'uji-coba', 'Antre sejak subuh', 'Tunggu < 30 menit', "
    "'Pasien datang sesuai jadwal', 'Waktu tunggu turun', 'Januari 2027 di 3 puskesmas', "
    "'2027-03-01', 125000000, 'APBD', 'Bidan Maya', 'dr. Hendra', 'SOP antrean', "
    "'2026-01-02', '2026-01-03')",
    "INSERT INTO action_item (id, design_id, position, activity, person, start_date, end_date, "
    "output) VALUES ('a1', 'd1', 0, 'Menyusun SOP', 'dr. Hendra', '2026-12-01', '2026-12-14', "
    "'SOP')",
]


def test_innovations_migration_makes_each_design_its_opds_first_innovation(tmp_path):
    from datetime import date

    from labinovasi.services.innovations import Innovations

    path = file_at_revision(tmp_path / "lama.labinovasi", "withdrawn", OLD_WORKSHOP + OLD_DESIGN)
    with WorkshopService.open(path) as service:
        store = Innovations(service)
        [innovation] = store.list()
        assert innovation.id == "d1" and innovation.opd_id == "o1"
        assert innovation.name == "SIAP ANTRE" and innovation.idea_ids == ["i1"]
        # Today's "jenis" is the national form's bentuk; jenis (digital or not) is new, empty.
        assert innovation.form == "pelayanan-publik" and innovation.kind == ""
        assert innovation.main_affair == "1.02" and innovation.stage == "uji-coba"
        assert (
            innovation.design_text,
            innovation.goal,
            innovation.benefit,
            innovation.expected_result,
        ) == (
            "Antre sejak subuh",
            "Tunggu < 30 menit",
            "Pasien datang sesuai jadwal",
            "Waktu tunggu turun",
        )
        assert innovation.budget == 125000000 and innovation.budget_source == "APBD"
        assert (innovation.leader, innovation.members, innovation.evidence) == (
            "dr. Hendra",
            "Bidan Maya",
            "SOP antrean",
        )
        assert innovation.launch_date == date(2027, 3, 1) and innovation.trial_date is None
        # A period that is no date is kept in the field's history, not lost.
        [kept] = store.history("d1", "trial_date")
        assert kept.old_value == "Januari 2027 di 3 puskesmas" and kept.source == "migrasi"
        [step] = innovation.actions
        assert (step.id, step.activity, step.start, step.end, step.output) == (
            "a1",
            "Menyusun SOP",
            date(2026, 12, 1),
            date(2026, 12, 14),
            "SOP",
        )
        assert service.workshop().dots_per_participant == 3
    db = sqlite3.connect(path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    db.close()
    assert "design" not in tables and "action_item" not in tables


def test_evidence_migration_adds_empty_evidence_tables(tmp_path):
    from labinovasi.services import evidence

    path = file_at_revision(tmp_path / "lama.labinovasi", "innovations", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        assert [v.idea.text for v in service.list_ideas()] == ["Antrean puskesmas lewat WhatsApp"]
        assert evidence.list_evidence(service) == [] and evidence.list_answers(service) == []
        item = evidence.add_evidence(
            service, link="https://contoh.go.id/sk", indicator="1", year=2026
        )
        assert evidence.list_answers(service)[0].evidence_ids == [item.id]


def test_delivery_migration_keeps_evidence_and_adds_the_event(tmp_path):
    from labinovasi.services import evidence, jury

    rows = OLD_WORKSHOP + [
        "INSERT INTO evidence (id, sha256, size, file_name, media_type, link, title, number, "
        "created_at, updated_at) VALUES ('e1', NULL, NULL, '', '', 'https://contoh.go.id/sk', "
        "'SK Bupati', '12/2026', '2026-01-01', '2026-01-01')"
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "iga", rows)
    with WorkshopService.open(path) as service:
        [item] = evidence.list_evidence(service)
        assert item.title == "SK Bupati" and item.link == "https://contoh.go.id/sk"
        assert jury.event(service).top_n == 3 and jury.jurors(service) == []


def test_idea_order_migration_indexes_ideas_in_their_order(tmp_path):
    ideas = [("i2", "2026-01-03"), ("i3", "2026-01-02")]  # i3 older than i2
    statements = OLD_WORKSHOP + [
        "INSERT INTO idea (id, opd_id, text, author, problem, root_cause, affected, apkl_aktual, "
        "apkl_problematik, apkl_kekhalayakan, apkl_layak, votes, chosen, created_at, "
        f"updated_at) VALUES ('{i}', 'o1', 'Gagasan {i}', '', '', '', '', 0, 0, 0, 0, 0, 0, "
        f"'{day}', '{day}')"
        for i, day in ideas
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "papers", statements)
    with WorkshopService.open(path) as service:
        assert [service.idea_view(i).number for i in ("i1", "i3", "i2")] == [1, 2, 3]
        assert [v.idea.id for v in service.list_ideas()] == ["i1", "i3", "i2"]
    db = sqlite3.connect(path)
    indexes = {
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'idea' AND type = 'index'"
        )
    }
    db.close()
    assert "ix_idea_opd_order" in indexes and "ix_idea_opd_id" not in indexes


def test_innovation_origin_migration_marks_innovations_without_a_lab_idea_as_imported(tmp_path):
    statements = OLD_WORKSHOP + [
        "INSERT INTO innovation (id, opd_id, name, stamps, created_at, updated_at) VALUES "
        "('lab1', 'o1', 'SIAP ANTRE', '{}', '2026-01-02', '2026-01-02')",
        "INSERT INTO innovation (id, opd_id, name, stamps, created_at, updated_at) VALUES "
        "('old1', 'o1', 'Inovasi 2024', '{}', '2026-01-02', '2026-01-02')",
        "INSERT INTO innovation_idea (innovation_id, idea_id) VALUES ('lab1', 'i1')",
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "idea_order", statements)
    with WorkshopService.open(path) as service:
        store = Innovations(service)
        assert store.get("lab1").origin == "lab" and store.get("old1").origin == "imported"
        assert [i.id for i in lab_innovations(store.list())] == ["lab1"]
        added = store.add(service.find_opd("DINKES").id, "Inovasi baru")
        assert added.origin == "lab"


def test_answer_basis_migration_keeps_answers_and_adds_no_basis(tmp_path):
    from labinovasi.services import evidence

    statements = OLD_WORKSHOP + [
        "INSERT INTO indicator_answer (id, innovation_id, indicator, year, parameter, status, "
        "note, check_name, check_signed, check_highlighted, created_at, updated_at) VALUES "
        "('a1', NULL, '7', 2026, 2, 'menunggu', '', 0, 0, 0, '2026-01-02', '2026-01-02')",
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "innovation_origin", statements)
    with WorkshopService.open(path) as service:
        [answer] = evidence.list_answers(service)
        assert (answer.parameter, answer.basis, answer.figure_t1) == (2, "", None)
        answer = evidence.set_answer(service, "7", None, 2026, figures=("100", "140"))
        assert answer.parameter == 3


def test_similar_ideas_migration_adds_empty_decisions_and_keeps_the_marks(tmp_path):
    from labinovasi.services.similar import SimilarIdeas

    statements = OLD_WORKSHOP + [
        "INSERT INTO idea (id, opd_id, text, author, problem, root_cause, affected, apkl_aktual, "
        "apkl_problematik, apkl_kekhalayakan, apkl_layak, votes, chosen, created_at, "
        "updated_at, text_key, mark) VALUES ('i2', 'o1', 'Pendaftaran pasien puskesmas via WA', "
        "'', '', '', '', 0, 0, 0, 0, 0, 0, '2026-01-02', '2026-01-02', "
        "'pendaftaran pasien puskesmas via wa', 'counted')",
        "UPDATE idea SET text_key = 'antrean puskesmas lewat whatsapp', mark = 'counted' "
        "WHERE id = 'i1'",
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "idea_order", statements)
    with WorkshopService.open(path) as service:
        assert service.status().counted_ideas == 2
        similar = SimilarIdeas(service)
        assert similar.decisions() == {} and similar.terms() == []
        similar.mark_same("i2", "i1")
        assert service.status().counted_ideas == 1
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone() == (connection.SCHEMA_VERSION,)
    assert db.execute("SELECT idea_id, other_id, decision FROM idea_pair").fetchall() == [
        ("i2", "i1", "sama")
    ]
    db.close()


def test_merged_copies_migration_adds_an_empty_table_and_merges_still_work(tmp_path):
    from labinovasi.services.sync import make_station_copy, merge

    path = file_at_revision(tmp_path / "lama.labinovasi", "similar_ideas", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        assert [v.idea.id for v in service.list_ideas()] == ["i1"]
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM merged_copy").fetchone() == (0,)
    db.close()
    copy = tmp_path / "meja.labinovasi"
    make_station_copy(path, copy, "Meja")
    assert merge(path, [copy]).unchanged["ideas"] == 1
    assert merge(path, [copy]).already_merged == ["meja.labinovasi"]


def test_phone_links_migration_keeps_the_workshop_and_makes_links_on_demand(tmp_path):
    from labinovasi.services.phone import PhoneLinks

    path = file_at_revision(tmp_path / "lama.labinovasi", "idea_order", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        assert [v.idea.text for v in service.list_ideas()] == ["Antrean puskesmas lewat WhatsApp"]
        links = PhoneLinks(service).all()
        assert [link.opd_id for link in links] == ["o1", None]
        assert PhoneLinks(service).find(links[0].token) == links[0]
    with WorkshopService.open(path) as service:  # the tokens are kept in the file
        assert PhoneLinks(service).all() == links


def test_budget_bigint_migration_keeps_budgets_and_takes_large_ones(tmp_path):
    """SQLite's INTEGER holds 64 bits already: the file keeps its table (and the ideas linked
    to it); a server's column becomes BIGINT (tests/storage/test_postgres_limits.py)."""
    statements = OLD_WORKSHOP + [
        "INSERT INTO innovation (id, opd_id, name, budget, created_at, updated_at) VALUES "
        "('n1', 'o1', 'SIAP ANTRE', 1250000, '2026-01-01', '2026-01-01')",
        "INSERT INTO innovation (id, opd_id, name, budget, created_at, updated_at) VALUES "
        "('n2', 'o1', 'POSYANDU DIGITAL', NULL, '2026-01-01', '2026-01-01')",
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "phone_links", statements)
    with WorkshopService.open(path) as service:
        store = Innovations(service)
        assert [store.get(i).budget for i in ("n1", "n2")] == [1_250_000, None]
        store.set_fields("n2", {"budget": 12_500_000_000})
        assert store.get("n2").budget == 12_500_000_000
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == connection.SCHEMA_VERSION


def test_opd_removal_migration_adds_an_empty_table_and_keeps_the_opds(tmp_path):
    from labinovasi.services import opd_edit

    statements = OLD_WORKSHOP + [
        "INSERT INTO opd (id, workshop_id, name, abbreviation, stage, position, created_at, "
        "updated_at) VALUES ('o2', 'w1', 'DINAS SOSIAL', 'DINSOSS', 'drum-up', 1, "
        "'2026-01-01', '2026-01-01')",
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "similar_ideas", statements)
    with WorkshopService.open(path) as service:
        assert [o.abbreviation for o in service.list_opds()] == ["DINKES", "DINSOSS"]
        opd_edit.remove_opd(service, "o2")
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone() == (connection.SCHEMA_VERSION,)
    assert db.execute("SELECT id, merged_into, abbreviation FROM opd_removal").fetchall() == [
        ("o2", None, "DINSOSS")
    ]
    db.close()


def test_profile_fields_migration_keeps_innovations_with_the_new_fields_empty(tmp_path):
    from labinovasi.services.innovations import Innovations

    statements = OLD_WORKSHOP + [
        "INSERT INTO innovation (id, opd_id, name, unit, stage, initiator, initiator_name, kind, "
        "form, main_affair, other_affairs, launch_date, design_text, goal, benefit, "
        "expected_result, budget, budget_source, leader, members, evidence, stamps, origin, "
        "created_at, updated_at) VALUES ('n1', 'o1', 'SIAP ANTRE', '', 'penerapan', '', '', '', "
        "'', '1.02', '', '2021-05-01', '', '', '', 'Antrean 20 menit', 1250000, 'APBD', '', '', "
        "'', '{}', 'imported', '2026-01-01', '2026-01-01')",
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "opd_removal", statements)
    with WorkshopService.open(path) as service:
        store = Innovations(service)
        item = store.get("n1")
        assert (item.name, item.expected_result, item.budget) == (
            "SIAP ANTRE",
            "Antrean 20 menit",
            1250000,
        )
        assert item.value("development_date") is None
        for key in ("result", "budget_document", "registration_number", "asta_cita", "theme"):
            assert item.value(key) == "", key
        store.set_fields(
            "n1", {"development_date": date(2026, 8, 17), "result": "Antrean 25 menit"}
        )
        again = store.get("n1")
        assert again.value("development_date") == date(2026, 8, 17)
        assert again.value("result") == "Antrean 25 menit"
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone() == (connection.SCHEMA_VERSION,)
    db.close()


def test_lab_materi_migration_adds_an_empty_materi_list(tmp_path):
    from labinovasi.services import papers

    path = file_at_revision(tmp_path / "lama.labinovasi", "profile_fields", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        assert papers.materi(service) == []
        papers.set_materi(service, [("Design thinking", 4)])
        assert [(m.title, m.jp) for m in papers.materi(service)] == [("Design thinking", 4)]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone() == (connection.SCHEMA_VERSION,)
    assert db.execute("SELECT workshop_id, position, title, jp FROM lab_materi").fetchall() == [
        ("w1", 0, "Design thinking", 4)
    ]
    db.close()


def test_verified_at_migration_dates_earlier_verdicts_by_their_last_change(tmp_path):
    from labinovasi.services import evidence

    statements = OLD_WORKSHOP + [
        "INSERT INTO indicator_answer (id, innovation_id, indicator, year, parameter, status, "
        "note, check_name, check_signed, check_highlighted, created_at, updated_at, basis) "
        "VALUES ('a1', NULL, '7', 2026, 2, 'diterima', '', 0, 0, 0, '2026-01-02', "
        "'2027-02-03 12:00:00', ''), ('a2', NULL, '8', 2026, 1, 'menunggu', '', 0, 0, 0, "
        "'2026-01-02', '2027-02-04 12:00:00', '')",
    ]
    path = file_at_revision(tmp_path / "lama.labinovasi", "lab_materi", statements)
    with WorkshopService.open(path) as service:
        answers = {a.indicator: a for a in evidence.list_answers(service)}
        assert answers["7"].verified_at == datetime(2027, 2, 3, 12)
        assert answers["8"].verified_at is None
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone() == (connection.SCHEMA_VERSION,)
    db.close()
