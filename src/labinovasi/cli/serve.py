"""The `serve` command: the participants' phone server ("Ikut lewat HP") without the GUI, until
interrupted. Its first line is JSON: the server's address, each OPD table's join link and the
jurors' link (a public contract)."""

from __future__ import annotations

import argparse
import json

from labinovasi.cli.common import EXIT_OK, UsageError, err, open_service
from labinovasi.i18n import _


def _port(value: str) -> int:
    try:
        number = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(_("harus bilangan bulat")) from error
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(
            _("harus antara {low} dan {high}").format(low=0, high=65535)
        )
    return number


def cmd_serve(args: argparse.Namespace) -> int:
    from labinovasi.web.server import DEFAULT_PORT, PhoneServer

    if not args.file and not args.db:
        raise UsageError(_("sebutkan BERKAS lokakarya atau --db URL"))
    with open_service(args) as service:
        server = PhoneServer(
            service, args.host, DEFAULT_PORT if args.port is None else args.port
        ).start()
        try:
            banner = server.banner()
            # The first line is always the JSON (scripts wait for it); --json leaves out the
            # human-readable list on stderr.
            print(json.dumps(banner, ensure_ascii=False), flush=True)
            if not args.json:
                err(
                    _("Server HP berjalan di {url}; hentikan dengan Ctrl+C.").format(url=server.url)
                )
                for table in banner["tables"]:
                    err(f"  {table['opd']}: {table['join_url']}")
                err("  " + _("Juri: {url}").format(url=banner["juror_url"]))
            server.wait()
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
    return EXIT_OK


def register(sub, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "serve",
        parents=[parent],
        help=_("buka halaman peserta untuk HP di jaringan Wi-Fi lokakarya (Ikut lewat HP)"),
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ALAMAT",
        help=_(
            "alamat jaringan laptop yang didengarkan, misalnya 192.168.1.10 "
            "(0.0.0.0: semua antarmuka; bawaan: 127.0.0.1)"
        ),
    )
    p.add_argument(
        "--port", type=_port, default=None, metavar="N", help=_("port (0: pilih yang bebas)")
    )
    p.add_argument("--json", action="store_true", help=_("baris pertama berupa JSON (selalu)"))
    p.set_defaults(handler=cmd_serve)
