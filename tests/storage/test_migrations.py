"""Each schema revision opens a file made by the one before it, with nothing lost."""

from __future__ import annotations

from labinovasi.services import WorkshopService
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
        f"0, 0, '{reason}', '{at}', '{at}')" for i, text, reason, at in ideas]
    path = file_at_revision(tmp_path / "lama.labinovasi", "withdrawn", statements)
    with WorkshopService.open(path) as service:
        views = {v.idea.id: v for v in service.list_ideas()}
        assert [(i, views[i].counted, views[i].duplicate_of, views[i].blank) for i in sorted(views)
                ] == [("i1", True, None, False), ("i2", False, "i1", False),
                      ("i3", False, None, False), ("i4", True, None, False),
                      ("i5", False, None, True)]
        assert views["i2"].duplicate_of_number == 1
        [status] = service.status().opds
        assert (status.tally.stored, status.tally.counted, status.tally.duplicates,
                status.tally.blank, status.tally.withdrawn) == (5, 2, 1, 1, 1)
        # The next write keeps to the migrated marks: a new equal idea is a duplicate of i4.
        opd_id = status.opd.id
        assert service.add_idea(opd_id, "Kartu kendali digital.").duplicate_of == "i4"
