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


def test_evidence_migration_adds_empty_evidence_tables(tmp_path):
    from labinovasi.services import evidence

    path = file_at_revision(tmp_path / "lama.labinovasi", "withdrawn", OLD_WORKSHOP)
    with WorkshopService.open(path) as service:
        assert [v.idea.text for v in service.list_ideas()] == ["Antrean puskesmas lewat WhatsApp"]
        assert evidence.list_evidence(service) == [] and evidence.list_answers(service) == []
        item = evidence.add_evidence(service, link="https://contoh.go.id/sk", indicator="1",
                                     year=2026)
        assert evidence.list_answers(service)[0].evidence_ids == [item.id]


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
