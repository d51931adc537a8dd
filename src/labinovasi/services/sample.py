"""Builds the sample workshop (Kabupaten Tanah Harapan) from resources/samples/."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from labinovasi.domain import Stage
from labinovasi.domain.innovations import ActionStep
from labinovasi.resources import get_asset

SAMPLE_FILE = "lokakarya-contoh.labinovasi"


def sample_file() -> Path:
    """Where the sample workshop is kept: the user's data folder (built or not yet)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Labinovasi", appauthor=False)) / SAMPLE_FILE


def sample_path() -> Path:
    """The sample workshop in the user's data folder, built the first time it is asked for."""
    path = sample_file()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_sample_workshop(path)
    return path


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def build_sample_workshop(path: Path) -> Path:
    """Create the sample workshop at `path` (refuses to overwrite) and return the path."""
    # Here, not at the top: sample_path() of a sample already built loads no SQLAlchemy (the
    # GUI paints its board before that import).
    from labinovasi.services.innovations import Innovations
    from labinovasi.services.workshop_service import WorkshopService

    folder = get_asset("samples")
    plan = json.loads((folder / "lanjutan.json").read_text(encoding="utf-8"))
    info = plan["workshop"]
    with WorkshopService.create(
        path,
        info["title"],
        region=info["region"],
        min_ideas=info["min_ideas"],
        start_date=_day(info["start_date"]),
        end_date=_day(info["end_date"]),
        place=info["place"],
    ) as service:
        service.import_opds(folder / "opd.csv")
        service.import_ideas(folder / "gagasan.csv")
        ideas = {
            (service.get_opd(v.idea.opd_id).abbreviation, v.idea.text): v.idea
            for v in service.list_ideas()
        }
        for entry in plan["diagnose"]:
            idea = ideas[(entry["opd"], entry["idea"])]
            urgency, seriousness, growth = entry["usg"]
            service.update_idea(
                idea.id,
                root_cause=entry["root_cause"],
                affected=entry["affected"],
                apkl_aktual=entry["apkl"],
                apkl_problematik=entry["apkl"],
                apkl_kekhalayakan=entry["apkl"],
                apkl_layak=entry["apkl"],
                usg_urgency=urgency,
                usg_seriousness=seriousness,
                usg_growth=growth,
                votes=entry["votes"],
                chosen=entry.get("chosen", False),
            )
        for move in plan["stages"]:
            service.move_stage(
                service.find_opd(move["opd"]).id,
                Stage(move["to"]),
                override_reason=move.get("override"),
            )
        innovations = Innovations(service)
        for entry in plan["innovations"]:
            opd = service.find_opd(entry["opd"])
            steps = [
                ActionStep(
                    activity=a["activity"],
                    person=a["person"],
                    start=_day(a["start"]),
                    end=_day(a["end"]),
                    output=a["output"],
                    indicator=a.get("indicator", ""),
                )
                for a in entry["actions"]
            ]
            values = {
                k: v for k, v in entry.items() if k not in ("opd", "ideas", "actions", "name")
            }
            innovation = innovations.add(
                opd.id,
                entry["name"],
                idea_ids=[ideas[(entry["opd"], text)].id for text in entry["ideas"]],
                **values,
            )
            innovations.set_actions(innovation.id, steps)
    return path
