"""The participants' pages (resources/web/): their texts in the reader's language, handed to
the page as data (a JSON block the script reads), never as markup."""

from __future__ import annotations

import html
import json
from functools import lru_cache

from labinovasi.i18n import N_, gettext_in
from labinovasi.resources import get_asset

# What the page's script shows, by key; Indonesian source, English in labinovasi_en.po.
TEXTS = {
    "title": N_("Ikut lewat HP"),
    "loading": N_("Memuat…"),
    "of": N_("dari"),
    "ideas_heading": N_("Gagasan tim"),
    "no_ideas": N_("Belum ada gagasan. Tulis yang pertama!"),
    "idea_label": N_("Gagasan Anda"),
    "idea_placeholder": N_("Tulis satu gagasan yang sesuai tupoksi OPD…"),
    "name_label": N_("Nama Anda"),
    "name_placeholder": N_("Nama pengusul (diingat di HP ini)"),
    "send": N_("Kirim gagasan"),
    "sending": N_("Mengirim…"),
    "saved_counted": N_("Tersimpan sebagai gagasan no. {n}."),
    "saved_duplicate": N_("Tersimpan, tetapi sama dengan gagasan no. {n}; tidak dihitung."),
    "saved_blank": N_("Tersimpan, tetapi tidak dihitung."),
    "waiting_network": N_("Belum terkirim: jaringan terputus. Dikirim lagi otomatis…"),
    "offline": N_("Tidak tersambung. Mencoba lagi…"),
    "duplicate_of": N_("sama dengan no. {n}"),
    "withdrawn": N_("ditarik"),
    "not_counted": N_("tidak dihitung"),
    "by": N_("oleh {name}"),
    "stage_drum-up": N_("Drum-up: kumpulkan gagasan"),
    "stage_diagnose": N_("Diagnose: beri titik pada gagasan terbaik"),
    "stage_design": N_("Design: tim merancang inovasinya"),
    "stage_done": N_("Selesai"),
    "design_note": N_("Tim sudah merancang inovasinya di laptop meja. Terima kasih!"),
    "dots_intro": N_("Tulis nama Anda, lalu taruh {n} titik pada gagasan yang lolos APKL."),
    "dots_left": N_("Sisa titik Anda: {n} dari {total}"),
    "dots_none": N_("Belum ada gagasan yang lolos APKL. Tunggu fasilitator."),
    "dots_total": N_("{n} titik"),
    "rank": N_("Peringkat {n}"),
    "add_dot": N_("+ titik"),
    "remove_dot": N_("− titik"),
    "name_first": N_("Tulis nama Anda dulu."),
    "usg_heading": N_("Nilai USG"),
    "usg_u": N_("Urgency"),
    "usg_s": N_("Seriousness"),
    "usg_g": N_("Growth"),
    "usg_save": N_("Simpan USG"),
    "usg_saved": N_("USG tersimpan: total {n}."),
    "usg_total": N_("USG {n}"),
    "language": N_("English"),
    "juror_title": N_("Penilaian juri"),
    "juror_pick": N_("Pilih nama Anda"),
    "juror_none": N_("Belum ada juri. Fasilitator menambahkannya lebih dulu."),
    "juror_no_presentations": N_("Urutan presentasi belum dibuat."),
    "juror_score_range": N_("Nilai {low}–{high}"),
    "juror_save": N_("Simpan nilai"),
    "juror_saved": N_("Nilai tersimpan."),
    "juror_fixed": N_("Top-N sudah ditetapkan; nilai tidak dapat diubah lagi."),
    "juror_change": N_("Ganti juri"),
    "done_mark": N_("✓ dinilai"),
}


def texts(language: str) -> dict[str, str]:
    return {key: gettext_in(language, text) for key, text in TEXTS.items()}


@lru_cache(maxsize=8)
def _template(name: str) -> str:
    return get_asset("web", name).read_text(encoding="utf-8")


def render(name: str, token: str, language: str) -> str:
    """A page with the token and its texts as data: JSON in a non-executed script block
    (every "<" escaped, so no text can close the block) and attributes escaped."""
    data = json.dumps(texts(language), ensure_ascii=False).replace("<", "\\u003c")
    other = "en" if language == "id" else "id"
    return (
        _template(name)
        .replace("{{lang}}", language)
        .replace("{{other_lang}}", other)
        .replace("{{token}}", html.escape(token, quote=True))
        .replace("{{title}}", html.escape(texts(language)["title"]))
        .replace("{{language_label}}", html.escape(texts(language)["language"]))
        .replace("{{texts}}", data)
    )
