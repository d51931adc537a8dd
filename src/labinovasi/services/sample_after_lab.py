"""Fills the sample workshop with what happens after the lab (resources/samples/
pelaksanaan.json): more innovations, activity progress, dated tahapan, monitoring and
launching, bukti dukung with verification and the gelar inovasi. For the screenshots and for
trying the Pelaksanaan area."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from labinovasi.domain.innovations import ActionStep
from labinovasi.resources import get_asset
from labinovasi.services import delivery, jury
from labinovasi.services import evidence as ev
from labinovasi.services.innovations import Innovations
from labinovasi.services.workshop_service import WorkshopService

KEYS = ("kebaharuan", "kemanfaatan", "kewenangan", "replikasi", "penguasaan")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _sample_document(path: Path, title: str) -> Path:
    """A small real document for a sample evidence file (a one-page PDF, or text)."""
    if path.suffix.lower() == ".pdf":
        from reportlab.pdfgen.canvas import Canvas

        canvas = Canvas(str(path), invariant=1)
        canvas.drawString(72, 760, title)
        canvas.drawString(72, 740, "Contoh bukti dukung Labinovasi")
        canvas.save()
    else:
        path.write_bytes(f"Contoh bukti dukung: {title}\n".encode())
    return path


def fill_after_lab(service: WorkshopService, folder: Path) -> None:
    """Add the after-lab sample to `service`; evidence files are written into `folder` first."""
    plan = json.loads((get_asset("samples") / "pelaksanaan.json").read_text(encoding="utf-8"))
    store = Innovations(service)
    for entry in plan["innovations"]:
        innovation = store.add(
            service.find_opd(entry["opd"]).id, entry["name"], kind=entry["kind"], form=entry["form"]
        )
        store.set_actions(
            innovation.id,
            [
                ActionStep(
                    activity=a["activity"],
                    person=a["person"],
                    start=_day(a["start"]),
                    end=_day(a["end"]),
                    output=a["output"],
                )
                for a in entry["actions"]
            ],
        )
    by_name = {i.name.split(" (")[0]: i for i in store.list()}
    for entry in plan["progress"]:
        innovation = by_name[entry["innovation"]]
        delivery.set_progress(
            service,
            innovation.actions[entry["activity"]].id,
            entry["status"],
            _day(entry.get("realised")),
            entry.get("note"),
        )
    for entry in plan["tahapan"]:
        delivery.change_tahapan(
            service,
            by_name[entry["innovation"]].id,
            entry["to"],
            date.fromisoformat(entry["date"]),
            entry.get("note", ""),
        )
    for entry in plan.get("monitoring", []):
        delivery.add_monitoring(
            service,
            service.find_opd(entry["opd"]).id if "opd" in entry else None,
            date.fromisoformat(entry["date"]),
            entry["kind"],
            entry.get("who", ""),
            entry.get("progress"),
            entry.get("obstacles", ""),
            entry.get("follow_up", ""),
            innovation_id=by_name[entry["innovation"]].id if "innovation" in entry else None,
        )
    for entry in plan.get("launching", []):
        delivery.record_launching(
            service,
            by_name[entry["innovation"]].id,
            date.fromisoformat(entry["date"]),
            entry.get("place", ""),
            entry.get("by", ""),
            entry.get("link", ""),
        )
    year = plan["year"]
    files: dict[str, str] = {}
    for entry in plan["evidence"]:
        owner = by_name[entry["innovation"]].id if entry["innovation"] else None
        first, *others = entry["indicators"]
        if "same_as" in entry:
            evidence_id = files[entry["same_as"]]
            ev.attach_evidence(service, evidence_id, first, owner, year)
        else:
            source = (
                {"link": entry["link"]}
                if "link" in entry
                else {"path": _sample_document(folder / entry["file"], entry["title"])}
            )
            item = ev.add_evidence(
                service,
                title=entry["title"],
                number=entry.get("number", ""),
                doc_date=_day(entry.get("date")),
                indicator=first,
                innovation_id=owner,
                year=year,
                **source,
            )
            evidence_id = item.id
            files[entry.get("file", entry.get("link"))] = evidence_id
        for number in [first, *others]:
            ev.set_answer(
                service,
                number,
                owner,
                year,
                parameter=entry["parameter"],
                status=entry["status"],
                note=entry.get("note", ""),
                check_name="check_name" in entry.get("checks", []),
                check_signed="check_signed" in entry.get("checks", []),
                check_highlighted="check_highlighted" in entry.get("checks", []),
            )
    plan_jury = plan["jury"]
    hours, minutes = (int(p) for p in plan_jury["start"].split(":"))
    jury.update_event(
        service,
        on_date=_day(plan_jury["date"]),
        place=plan_jury["place"],
        start_time=time(hours, minutes),
        minutes_each=plan_jury["minutes"],
        top_n=plan_jury["top_n"],
    )
    jury.set_presentations(service, [by_name[n].id for n in plan_jury["order"]])
    jurors = [jury.add_juror(service, name) for name in plan_jury["jurors"]]
    for name, sheets in plan_jury["scores"].items():
        for juror, values in zip(jurors, sheets, strict=True):
            jury.set_scores(
                service, juror.id, by_name[name].id, dict(zip(KEYS, values, strict=True))
            )
