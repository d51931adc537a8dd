"""Similar ideas on the command line: `idea similar|same|different` and `lexicon
export|import` (issue 28; the commands, options and JSON keys are a public contract)."""

from __future__ import annotations

import argparse
from pathlib import Path

from labinovasi.cli.common import EXIT_OK, Parser, err, open_service, out, print_json
from labinovasi.i18n import _


def min_score(value: str) -> float:
    """A score from 0 (exclusive) to 1, with a decimal point or comma."""
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        number = -1.0
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(
            _("skor minimal harus lebih dari 0 dan paling besar 1: {value}").format(value=value)
        )
    return number


def cmd_idea_similar(args) -> int:
    from labinovasi.domain.similarity import DEFAULT_MIN_SCORE
    from labinovasi.formatting import format_score
    from labinovasi.services.similar import SimilarIdeas

    with open_service(args) as service:
        opd_id = service.find_opd(args.opd).id if args.opd else None
        score = DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
        pairs = SimilarIdeas(service).pairs(opd_id, across=args.across, min_score=score)
        views = {v.idea.id: v for v in service.list_ideas()}
        opds = {o.id: o.abbreviation for o in service.list_opds()}
    if args.json:
        print_json([p.to_json() for p in pairs])
        return EXIT_OK

    def label(idea_id: str) -> str:
        view = views[idea_id]
        return f"{opds[view.idea.opd_id]} no. {view.number} \u201c{view.idea.text}\u201d ({idea_id[:8]})"

    for pair in pairs:
        out(f"{format_score(pair.score)}  {label(pair.a)}  ~  {label(pair.b)}")
    err(_("{n} pasangan gagasan mirip.").format(n=len(pairs)))
    return EXIT_OK


def cmd_idea_same(args) -> int:
    from labinovasi.services.similar import SimilarIdeas

    with open_service(args) as service:
        decision = SimilarIdeas(service).mark_same(args.later, args.earlier)
        later, earlier = service.idea_view(decision.later), service.idea_view(decision.earlier)
        status = service.opd_status(later.idea.opd_id)
    err(
        _(
            "Gagasan no. {later} dinyatakan sama dengan no. {earlier}: tidak dihitung ({progress})."
        ).format(later=later.number, earlier=earlier.number, progress=status.progress)
    )
    for term in decision.learned:
        err(
            _("Leksikon belajar: \u201c{variant}\u201d dibaca \u201c{canonical}\u201d.").format(
                variant=term.variant, canonical=term.canonical
            )
        )
    return EXIT_OK


def cmd_idea_different(args) -> int:
    from labinovasi.services.similar import SimilarIdeas

    with open_service(args) as service:
        decision = SimilarIdeas(service).mark_different(args.first, args.second)
        first, second = service.idea_view(decision.later), service.idea_view(decision.earlier)
    err(
        _("Gagasan no. {a} dan no. {b} dinyatakan berbeda; tidak disarankan lagi.").format(
            a=second.number, b=first.number
        )
    )
    return EXIT_OK


def cmd_lexicon(args) -> int:
    from labinovasi.services.similar import SimilarIdeas

    with open_service(args) as service:
        similar = SimilarIdeas(service)
        if args.lexicon_command == "export":
            n = similar.export_lexicon(Path(args.path))
            err(_("{n} kata leksikon ditulis ke {path}.").format(n=n, path=args.path))
        else:
            n = similar.import_lexicon(Path(args.path))
            err(_("{n} kata leksikon baru diimpor.").format(n=n))
    return EXIT_OK


def register_idea_commands(idea, parent: argparse.ArgumentParser) -> None:
    """`idea similar|same|different`, added to the `idea` group's subcommands."""
    p = idea.add_parser("similar", parents=[parent], help=_("gagasan mirip (saran)"))
    p.add_argument("--opd", help=_("hanya pasangan dengan gagasan OPD ini"))
    p.add_argument(
        "--across", action="store_true", help=_("termasuk pasangan antar-OPD (calon kolaborasi)")
    )
    p.add_argument("--min-score", type=min_score, metavar="S", help=_("skor minimal, 0 sampai 1"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_idea_similar)
    p = idea.add_parser(
        "same", parents=[parent], help=_("nyatakan gagasan yang lebih baru sama dengan yang lama")
    )
    p.add_argument("later", metavar="ID_LATER")
    p.add_argument("earlier", metavar="ID_EARLIER")
    p.set_defaults(handler=cmd_idea_same)
    p = idea.add_parser(
        "different",
        parents=[parent],
        help=_("nyatakan dua gagasan berbeda (tidak disarankan lagi)"),
    )
    p.add_argument("first", metavar="ID")
    p.add_argument("second", metavar="ID")
    p.set_defaults(handler=cmd_idea_different)


def register(sub, parent: argparse.ArgumentParser) -> None:
    lexicon = sub.add_parser(
        "lexicon", help=_("leksikon sinonim dan singkatan untuk gagasan mirip")
    ).add_subparsers(dest="lexicon_command", metavar="PERINTAH", required=True, parser_class=Parser)
    for name, help_text in (
        ("export", _("tulis leksikon lokakarya ke berkas JSON")),
        ("import", _("tambahkan leksikon dari berkas JSON")),
    ):
        p = lexicon.add_parser(name, parents=[parent], help=help_text)
        p.add_argument("path", metavar="PATH")
        p.set_defaults(handler=cmd_lexicon)


__all__ = ["register", "register_idea_commands"]
