<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>CountdownDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="516"/>
        <source>Hitung mundur</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="517"/>
        <source>&amp;Menit:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="518"/>
        <source>Atur</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="519"/>
        <source>Ulangi</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="530"/>
        <source>Belum diatur</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="532"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="532"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>DesignForm</name>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="196"/>
        <source>Nama inovasi</source>
        <translation>Innovation name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="196"/>
        <source>Gagasan asal</source>
        <translation>Source idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="196"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="197"/>
        <source>Urusan pemerintahan</source>
        <translation>Government affair</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="197"/>
        <source>Tahapan</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="197"/>
        <source>Waktu uji coba</source>
        <translation>Trial period</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="198"/>
        <source>Waktu penerapan</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="198"/>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="199"/>
        <source>Sumber anggaran</source>
        <translation>Budget source</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="199"/>
        <source>Ketua tim</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="199"/>
        <source>Anggota tim</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="201"/>
        <source>Latar belakang / masalah</source>
        <translation>Background / problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="201"/>
        <source>Tujuan</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="201"/>
        <source>Manfaat</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="202"/>
        <source>Hasil yang diharapkan</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="203"/>
        <source>Bukti dukung yang direncanakan (satu per baris)</source>
        <translation>Planned supporting evidence (one per line)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="206"/>
        <source>mis. Januari–Februari 2027</source>
        <translation>e.g. January–February 2027</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="207"/>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="209"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="209"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="209"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="210"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="210"/>
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="211"/>
        <source>Tambah kegiatan</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="212"/>
        <source>Hapus kegiatan terpilih</source>
        <translation>Remove selected activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="213"/>
        <source>Simpan rancangan (Ctrl+S)</source>
        <translation>Save design (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="217"/>
        <source>— pilih jenis —</source>
        <translation>— choose a type —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="267"/>
        <source>— tanpa gagasan asal —</source>
        <translation>— no source idea —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="323"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="333"/>
        <source>Belum diisi: %1</source>
        <translation>Not filled in yet: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="336"/>
        <source>Rancangan lengkap: semua isian wajib terisi.</source>
        <translation>Design complete: every required field is filled in.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="363"/>
        <source>Tanggal rencana aksi harus berbentuk TTTT-BB-HH, mis. 2026-12-01.</source>
        <translation>Action plan dates must be written YYYY-MM-DD, e.g. 2026-12-01.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="375"/>
        <source>simpan rancangan inovasi</source>
        <translation>save innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="378"/>
        <source>Rancangan tersimpan.</source>
        <translation>Design saved.</translation>
    </message>
</context>
<context>
    <name>DiagnoseTab</name>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="186"/>
        <source>Hanya gagasan yang lolos keempat kriteria APKL yang diberi peringkat (total USG, lalu suara). Pilih satu baris untuk mengisi diagnosisnya.</source>
        <translation>Only ideas that pass all four APKL criteria are ranked (USG total, then votes). Select a row to fill in its diagnosis.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="189"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="189"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="189"/>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="194"/>
        <source>APKL</source>
        <translation>APKL</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="189"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="189"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="190"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="190"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="190"/>
        <source>Suara</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="190"/>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="191"/>
        <source>Dipilih</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="192"/>
        <source>&amp;Masalah</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="192"/>
        <source>&amp;Akar masalah</source>
        <translation>&amp;Root cause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="193"/>
        <source>Yang &amp;terdampak</source>
        <translation>&amp;Affected</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="196"/>
        <source>Aktual</source>
        <translation>Actual (Aktual)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="196"/>
        <source>Problematik</source>
        <translation>Problematic (Problematik)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="196"/>
        <source>Kekhalayakan</source>
        <translation>Widespread (Kekhalayakan)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="197"/>
        <source>Layak</source>
        <translation>Feasible (Layak)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="199"/>
        <source>USG (1–5)</source>
        <translation>USG (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="200"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="200"/>
        <source>Seriousness</source>
        <translation>Seriousness</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="201"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="203"/>
        <source>Suara (dot voting):</source>
        <translation>Votes (dot voting):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="204"/>
        <source>Pilih untuk dirancang</source>
        <translation>Choose for design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="250"/>
        <source>lolos</source>
        <translation>passes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="250"/>
        <source>tidak lolos</source>
        <translation>does not pass</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="254"/>
        <source>dipilih</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="264"/>
        <source>Tidak diberi peringkat: belum lolos APKL</source>
        <translation>Not ranked: does not pass APKL yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="290"/>
        <source>Belum ada gagasan yang dihitung.</source>
        <translation>No counted ideas yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="305"/>
        <source>Lolos APKL</source>
        <translation>Passes APKL</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="306"/>
        <source>Belum lolos APKL: tidak diberi peringkat</source>
        <translation>Does not pass APKL yet: not ranked</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="310"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="327"/>
        <source>ubah diagnosis gagasan no. %1</source>
        <translation>edit the diagnosis of idea no. %1</translation>
    </message>
</context>
<context>
    <name>DrumupTab</name>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="145"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="145"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="145"/>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="145"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="147"/>
        <source>&amp;Gagasan baru (Enter untuk menambah):</source>
        <translation>New &amp;idea (Enter adds it):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="149"/>
        <source>Tulis satu gagasan, lalu tekan Enter…</source>
        <translation>Write one idea, then press Enter…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="150"/>
        <source>&amp;Pengusul:</source>
        <translation>&amp;Proposed by:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="151"/>
        <source>&amp;Masalah:</source>
        <translation>Prob&amp;lem:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="152"/>
        <source>masalah yang dijawab (boleh nanti)</source>
        <translation>the problem it answers (may come later)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="153"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="154"/>
        <source>Ubah gagasan…</source>
        <translation>Edit idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="181"/>
        <source>Gagasan dihitung: %1 · tersimpan %2 · duplikat %3</source>
        <translation>Counted ideas: %1 · stored %2 · duplicates %3</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="209"/>
        <source>dihitung</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="211"/>
        <source>kosong, tidak dihitung</source>
        <translation>blank, not counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="212"/>
        <source>duplikat dari no. %1</source>
        <translation>duplicate of no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="227"/>
        <source>Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter.</source>
        <translation>The idea is still blank — write the idea first, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="240"/>
        <source>Gagasan no. %1 tersimpan.</source>
        <translation>Idea no. %1 saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="244"/>
        <source>Gagasan no. %1 tersimpan, tetapi sama dengan no. %2 sehingga tidak dihitung.</source>
        <translation>Idea no. %1 saved, but it is the same as no. %2 and so is not counted.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="275"/>
        <source>ubah gagasan no. %1</source>
        <translation>edit idea no. %1</translation>
    </message>
</context>
<context>
    <name>IdeaEditDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="60"/>
        <source>Ubah gagasan no. %1</source>
        <translation>Edit idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="61"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="61"/>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="62"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="70"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="73"/>
        <source>Impor OPD</source>
        <translation>Import OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="74"/>
        <source>Impor gagasan</source>
        <translation>Import ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="75"/>
        <source>Masalah yang ditemukan:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="76"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="109"/>
        <source>%1: %2 baris dibaca.</source>
        <translation>%1: %2 rows read.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="112"/>
        <source>Ditampilkan %1 baris pertama.</source>
        <translation>Showing the first %1 rows.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="115"/>
        <source>Berkas ini tidak dapat diimpor: perbaiki masalah di bawah, lalu coba lagi. Belum ada yang ditulis.</source>
        <translation>This file cannot be imported: fix the problems below, then try again. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="118"/>
        <source>%1 baris siap diimpor.</source>
        <translation>%1 rows ready to import.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="122"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="124"/>
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="129"/>
        <source>Berkas tidak dapat diimpor. Belum ada yang ditulis.</source>
        <translation>The file cannot be imported. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="140"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="190"/>
        <source>&amp;Baru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="190"/>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="191"/>
        <source>Buka &amp;contoh</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="192"/>
        <source>Buka dari &amp;server…</source>
        <translation>Open from ser&amp;ver…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="193"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="194"/>
        <source>&amp;Data lokakarya…</source>
        <translation>&amp;Workshop details…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="195"/>
        <source>Impor &amp;OPD…</source>
        <translation>Import &amp;OPDs…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="196"/>
        <source>Impor &amp;gagasan…</source>
        <translation>Import &amp;ideas…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="197"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="198"/>
        <source>&amp;Salinan stasiun…</source>
        <translation>&amp;Station copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="199"/>
        <source>&amp;Gabungkan salinan stasiun…</source>
        <translation>&amp;Merge station copies…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="200"/>
        <source>&amp;Tambah OPD…</source>
        <translation>&amp;Add OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="201"/>
        <source>Tambah &amp;gagasan (ke kolom isian)</source>
        <translation>Add &amp;idea (go to the input field)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="202"/>
        <source>&amp;Maju ke tahap berikutnya</source>
        <translation>&amp;Forward to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="203"/>
        <source>&amp;Kembali ke tahap sebelumnya</source>
        <translation>&amp;Back to the previous stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="204"/>
        <source>OPD &amp;berikutnya</source>
        <translation>&amp;Next OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="205"/>
        <source>OPD &amp;sebelumnya</source>
        <translation>&amp;Previous OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="206"/>
        <source>Lembar hasil lab &amp;OPD ini…</source>
        <translation>Lab result sheet of this &amp;OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="207"/>
        <source>&amp;Rekapitulasi…</source>
        <translation>&amp;Summary…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="208"/>
        <source>&amp;Semua laporan…</source>
        <translation>&amp;All reports…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="209"/>
        <source>&amp;Papan OPD</source>
        <translation>OPD &amp;board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="210"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="211"/>
        <source>Tampilan &amp;proyektor</source>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="212"/>
        <source>&amp;Stasiun peserta</source>
        <translation>Participant &amp;station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="213"/>
        <source>&amp;Tentang Labinovasi</source>
        <translation>&amp;About Labinovasi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="217"/>
        <source>Buka &amp;terakhir</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="218"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="219"/>
        <source>&amp;Lokakarya</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="220"/>
        <source>&amp;OPD</source>
        <translation>&amp;OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="221"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="222"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="223"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="224"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="238"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="278"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="281"/>
        <source>Tidak dapat membuka</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="292"/>
        <source>Lokakarya tidak dibuat</source>
        <translation>Workshop not created</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="300"/>
        <source>Lokakarya baru</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="301"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="547"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="566"/>
        <source>Berkas lokakarya (*.labinovasi)</source>
        <translation>Workshop files (*.labinovasi)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="312"/>
        <source>Buka lokakarya</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="313"/>
        <source>Berkas lokakarya (*.labinovasi);;Semua berkas (*)</source>
        <translation>Workshop files (*.labinovasi);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="319"/>
        <source>Buka dari server</source>
        <translation>Open from server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="320"/>
        <source>Alamat basis data, mis. postgresql+psycopg://user@host/lab:</source>
        <translation>Database address, e.g. postgresql+psycopg://user@host/lab:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="330"/>
        <source>Contoh tidak dapat dibuat</source>
        <translation>The sample cannot be created</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="337"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="413"/>
        <source>Data lokakarya</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="421"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="424"/>
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="421"/>
        <source>Nama OPD:</source>
        <translation>OPD name:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="425"/>
        <source>Singkatan:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="431"/>
        <source>OPD tidak ditambahkan</source>
        <translation>OPD not added</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="443"/>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="444"/>
        <source>Tabel (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="456"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="473"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="474"/>
        <source>Diekspor ke %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="478"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="489"/>
        <source>Fitur ini belum tersedia.</source>
        <translation>This feature is not available yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="497"/>
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="509"/>
        <source>Tampilan proyektor</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="522"/>
        <source>Stasiun peserta</source>
        <translation>Participant station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="538"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="540"/>
        <source>Salinan stasiun</source>
        <translation>Station copy</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="541"/>
        <source>Nama stasiun (mis. Meja 1):</source>
        <translation>Station name (e.g. Table 1):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="545"/>
        <source>Simpan salinan stasiun</source>
        <translation>Save station copy</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="551"/>
        <source>Membuat salinan stasiun…</source>
        <translation>Making the station copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="554"/>
        <source>Salinan stasiun dibuat: %1</source>
        <translation>Station copy made: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="562"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="565"/>
        <source>Gabungkan salinan stasiun</source>
        <translation>Merge station copies</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="570"/>
        <source>Menggabungkan…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="578"/>
        <source>Hasil penggabungan</source>
        <translation>Merge result</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="611"/>
        <source>Tentang Labinovasi</source>
        <translation>About Labinovasi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="612"/>
        <source>Labinovasi %1
Alat bantu Laboratorium Inovasi Daerah: gagasan, diagnosis, dan rancangan inovasi setiap OPD, luring.</source>
        <translation>Labinovasi %1
A tool for the regional Innovation Laboratory (Laboratorium Inovasi Daerah): every OPD&apos;s ideas, diagnosis and innovation design, offline.</translation>
    </message>
</context>
<context>
    <name>OpdBoard</name>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="107"/>
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="108"/>
        <source>&amp;Cari OPD:</source>
        <translation>&amp;Find OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="109"/>
        <source>singkatan atau nama, mis. DINKES</source>
        <translation>abbreviation or name, e.g. DINKES</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="113"/>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="114"/>
        <source>Belum memenuhi minimal</source>
        <translation>Below the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="116"/>
        <source>Tahap %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="135"/>
        <source>Belum ada lokakarya yang dibuka</source>
        <translation>No workshop open yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="137"/>
        <source>Buat lokakarya baru (Ctrl+N) atau buka berkas lokakarya (Ctrl+O).</source>
        <translation>Create a new workshop (Ctrl+N) or open a workshop file (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="148"/>
        <source>%1 dari %2 OPD (%3) memenuhi minimal %4 gagasan · %5 gagasan dihitung, %6 tersimpan</source>
        <translation>%1 of %2 OPDs (%3) have at least %4 ideas · %5 ideas counted, %6 stored</translation>
    </message>
</context>
<context>
    <name>OpdTableModel</name>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="54"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="54"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="54"/>
        <source>Gagasan dihitung</source>
        <translation>Counted ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="55"/>
        <source>Dihitung / tersimpan</source>
        <translation>Counted / stored</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="55"/>
        <source>Memenuhi minimal</source>
        <translation>Meets the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="75"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="75"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="83"/>
        <source>Sudah memenuhi minimal</source>
        <translation>Meets the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/partials/opd_table.py" line="84"/>
        <source>Perlu {n} gagasan lagi</source>
        <translation>Ideas still needed: {n}</translation>
    </message>
</context>
<context>
    <name>OpdWorkspace</name>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="107"/>
        <source>◀ Papan OPD</source>
        <translation>◀ OPD board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="108"/>
        <source>Kembali ke papan OPD (Alt+Kiri)</source>
        <translation>Back to the OPD board (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="109"/>
        <source>1. Drum-up: gagasan</source>
        <translation>1. Drum-up: ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="110"/>
        <source>2. Diagnose: masalah, APKL, USG</source>
        <translation>2. Diagnose: problems, APKL, USG</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="111"/>
        <source>3. Design: rancangan inovasi</source>
        <translation>3. Design: innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="112"/>
        <source>Lanjutkan dengan pengecualian…</source>
        <translation>Continue with an exception…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="113"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="143"/>
        <source>Belum ada OPD dipilih</source>
        <translation>No OPD chosen yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="151"/>
        <source>Tahap: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="163"/>
        <source>Kembali ke %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="164"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="166"/>
        <source>Maju ke %1 ▶</source>
        <translation>Forward to %1 ▶</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="167"/>
        <source>Maju ke tahap berikutnya</source>
        <translation>Forward to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="220"/>
        <source>pindah tahap %1 ke %2</source>
        <translation>move %1 to stage %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="222"/>
        <source>%1 sekarang di tahap %2.</source>
        <translation>%1 is now in stage %2.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="225"/>
        <source>Pengecualian dicatat: %1</source>
        <translation>Exception recorded: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="238"/>
        <source>Lanjutkan dengan pengecualian</source>
        <translation>Continue with an exception</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="240"/>
        <source>Tulis alasan pengecualian (dicatat dan dicetak):</source>
        <translation>Write the reason for the exception (it is recorded and printed):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="245"/>
        <source>Alasan pengecualian wajib diisi; tahap tidak dipindah.</source>
        <translation>The reason for the exception is required; the stage was not changed.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="167"/>
        <source>Pratinjau cetak — semua laporan</source>
        <translation>Print preview — all reports</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="168"/>
        <source>Pratinjau cetak — rekapitulasi</source>
        <translation>Print preview — summary</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="169"/>
        <source>Pratinjau cetak — lembar hasil lab</source>
        <translation>Print preview — lab result sheet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="175"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="176"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="177"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="178"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="179"/>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="180"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="181"/>
        <source>Menyiapkan laporan…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/labinovasi/ui/print_preview.py" line="191"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="209"/>
        <source>Berkas PDF tidak dapat dibuka.</source>
        <translation>The PDF file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="221"/>
        <source>Laporan tidak dapat dibuat.</source>
        <translation>The report cannot be created.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="251"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="251"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="260"/>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="261"/>
        <source>Berkas tidak dapat disimpan:</source>
        <translation>The file cannot be saved:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="292"/>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="293"/>
        <source>Pencetak tidak dapat dibuka.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="287"/>
        <source>Labinovasi — layar proyektor</source>
        <translation>Labinovasi — projector screen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="288"/>
        <source>Atur hitung mundur…</source>
        <translation>Set countdown…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="289"/>
        <source>Ulangi hitung mundur</source>
        <translation>Reset countdown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="290"/>
        <source>Layar penuh (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="291"/>
        <source>Kontras tinggi</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="292"/>
        <source>Tutup layar proyektor</source>
        <translation>Close projector screen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="293"/>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="317"/>
        <source>{met} dari {total} OPD ({percent}) memenuhi minimal {minimum} gagasan</source>
        <translation>{met} of {total} OPDs ({percent}) have at least {minimum} ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="391"/>
        <source>Waktu habis</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="402"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="403"/>
        <source>Mulai hitung mundur</source>
        <translation>Start countdown</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="83"/>
        <source>Lokakarya baru</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="84"/>
        <source>Data lokakarya</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="85"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="85"/>
        <source>Daerah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="85"/>
        <source>Minimal gagasan per OPD</source>
        <translation>Minimum ideas per OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="86"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="86"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="86"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="88"/>
        <source>Tanggal sudah ditentukan</source>
        <translation>Dates are set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="89"/>
        <source>mis. Laboratorium Inovasi 2026</source>
        <translation>e.g. Innovation Laboratory 2026</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="90"/>
        <source>mis. Kabupaten Tanah Harapan</source>
        <translation>e.g. Kabupaten Tanah Harapan</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/workshop_dialog.py" line="106"/>
        <source>Judul lokakarya wajib diisi.</source>
        <translation>The workshop title is required.</translation>
    </message>
</context>
</TS>
