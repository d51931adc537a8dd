"""The desk-consultation schedule for the lab's last day: one row per round, one column per
desk, each OPD's slot of about 20 minutes."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from labinovasi.domain import Workshop
from labinovasi.domain.delivery import ConsultationSchedule
from labinovasi.formatting import format_date
from labinovasi.i18n import _
from labinovasi.reports import styles
from labinovasi.reports.blocks import grid_table, title_block, workshop_lines
from labinovasi.reports.document import build_pdf
from labinovasi.reports.styles import para


def write_consultation_schedule(
    schedule: ConsultationSchedule, workshop: Workshop, target: Path | BinaryIO
) -> int:
    """Write the schedule as PDF; returns the number of pages."""
    title = _("Jadwal Desk Konsultasi")

    def story() -> list[Flowable]:
        day = format_date(schedule.slots[0].start.date()) if schedule.slots else ""
        lines = [
            *workshop_lines(workshop),
            _("{day} · {desks} meja · {minutes} menit per OPD · {count} OPD").format(
                day=day, desks=schedule.desks, minutes=schedule.minutes, count=len(schedule.slots)
            ),
        ]
        flow: list[Flowable] = title_block(_("LABORATORIUM INOVASI · DELIVER"), title, lines)
        header = [para(_("Jam"), styles.HEAD)] + [
            para(_("Meja {n}").format(n=n), styles.HEAD) for n in range(1, schedule.desks + 1)
        ]
        rows = [header]
        for slots in schedule.rounds():
            first = slots[0]
            cells = {s.desk: s for s in slots}
            rows.append(
                [para(f"{first.start:%H.%M}–{first.end:%H.%M}")]
                + [
                    para(cells[n].opd_name) if n in cells else ""
                    for n in range(1, schedule.desks + 1)
                ]
            )
        time_width = 24 * mm
        desk_width = (styles.CONTENT_WIDTH - time_width) / schedule.desks
        flow.append(grid_table(rows, [time_width] + [desk_width] * schedule.desks))
        flow += [
            Spacer(1, 4 * mm),
            para(
                _(
                    "Setiap OPD membawa rancangan inovasi dan rencana aksinya. Fasilitator mencatat "
                    "hasil konsultasi di log pemantauan."
                ),
                styles.NOTE,
            ),
        ]
        return flow

    return build_pdf(story, target, title=title, subject=workshop.title, footer=workshop.title)
