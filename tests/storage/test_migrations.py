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


def test_papers_migration_keeps_the_workshop_and_adds_empty_papers(tmp_path):
    from datetime import date

    from labinovasi.services import papers

    path = file_at_revision(tmp_path / "lama.labinovasi", "withdrawn", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        assert [v.idea.text for v in service.list_ideas()] == ["Antrean puskesmas lewat WhatsApp"]
        assert papers.letterhead(service).government == "" and papers.people(service) == []
        papers.set_letterhead(service, government="Pemerintah Kabupaten Contoh", paper="F4")
        papers.set_person(service, "kepala-opd", "Kepala", "198001012005011001", opd="DINKES")
        assert papers.issue_number(service, "rekap", "", date(2026, 11, 26)).startswith("000.9/1/")
    with WorkshopService.open(path) as service:
        assert papers.letterhead(service).paper == "F4"
        assert papers.people(service)[0].nip == "198001012005011001"
