"""Use cases the GUI and the CLI share: open a workshop, import, add ideas, move stages, export."""

from labinovasi.services.views import (
    IdeaView,
    ImportPreview,
    ImportReport,
    OpdStatus,
    WorkshopStatus,
)
from labinovasi.services.workshop_service import WorkshopService

__all__ = ["IdeaView", "ImportPreview", "ImportReport", "OpdStatus", "WorkshopService",
           "WorkshopStatus"]
