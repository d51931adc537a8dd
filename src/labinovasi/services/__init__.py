"""Use cases the GUI and the CLI share: open a workshop, import, add ideas, move stages, export.

`WorkshopService` is imported on first use (PEP 562): it brings SQLAlchemy's ORM, which the
GUI loads only after its window is on screen; the view dataclasses are light."""

from typing import TYPE_CHECKING

from labinovasi.services.views import (
    IdeaView,
    ImportPreview,
    ImportReport,
    OpdStatus,
    WorkshopStatus,
)

if TYPE_CHECKING:
    from labinovasi.services.workshop_service import WorkshopService

__all__ = [
    "IdeaView",
    "ImportPreview",
    "ImportReport",
    "OpdStatus",
    "WorkshopService",
    "WorkshopStatus",
]


def __getattr__(name: str):
    if name == "WorkshopService":
        from labinovasi.services.workshop_service import WorkshopService

        return WorkshopService
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
