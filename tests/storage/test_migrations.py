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
