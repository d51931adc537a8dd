<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>CountdownDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="523"/>
        <source>Hitung mundur</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="524"/>
        <source>&amp;Menit:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="525"/>
        <source>Atur</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="526"/>
        <source>Ulangi</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="537"/>
        <source>Belum diatur</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="539"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="539"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>DesignForm</name>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="192"/>
        <source>Nama inovasi</source>
        <translation>Innovation name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="192"/>
        <source>Gagasan asal</source>
        <translation>Source idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="192"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="193"/>
        <source>Urusan pemerintahan</source>
        <translation>Government affair</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="193"/>
        <source>Tahapan</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="193"/>
        <source>Waktu uji coba</source>
        <translation>Trial period</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="194"/>
        <source>Waktu penerapan</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="194"/>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="195"/>
        <source>Sumber anggaran</source>
        <translation>Budget source</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="195"/>
        <source>Ketua tim</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="195"/>
        <source>Anggota tim</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="197"/>
        <source>Latar belakang / masalah</source>
        <translation>Background / problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="197"/>
        <source>Tujuan</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="197"/>
        <source>Manfaat</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="198"/>
        <source>Hasil yang diharapkan</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="199"/>
        <source>Bukti dukung yang direncanakan (satu per baris)</source>
        <translation>Planned supporting evidence (one per line)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="202"/>
        <source>mis. Januari–Februari 2027</source>
        <translation>e.g. January–February 2027</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="203"/>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="205"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="205"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="205"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="206"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="206"/>
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="207"/>
        <source>Tambah kegiatan</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="208"/>
        <source>Hapus kegiatan terpilih</source>
        <translation>Remove selected activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="209"/>
        <source>Simpan rancangan (Ctrl+S)</source>
        <translation>Save design (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="213"/>
        <source>— pilih jenis —</source>
        <translation>— choose a type —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="255"/>
        <source>— tanpa gagasan asal —</source>
        <translation>— no source idea —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="311"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="321"/>
        <source>Belum diisi: %1</source>
        <translation>Not filled in yet: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="324"/>
        <source>Rancangan lengkap: semua isian wajib terisi.</source>
        <translation>Design complete: every required field is filled in.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="351"/>
        <source>Tanggal rencana aksi harus berbentuk TTTT-BB-HH, mis. 2026-12-01.</source>
        <translation>Action plan dates must be written YYYY-MM-DD, e.g. 2026-12-01.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="363"/>
        <source>simpan rancangan inovasi</source>
        <translation>save innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/design_form.py" line="366"/>
        <source>Rancangan tersimpan.</source>
        <translation>Design saved.</translation>
    </message>
</context>
<context>
    <name>DiagnoseTab</name>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="184"/>
        <source>Hanya gagasan yang lolos keempat kriteria APKL yang diberi peringkat (total USG, lalu suara). Pilih satu baris untuk mengisi diagnosisnya.</source>
        <translation>Only ideas that pass all four APKL criteria are ranked (USG total, then votes). Select a row to fill in its diagnosis.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="187"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="187"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="187"/>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="192"/>
        <source>APKL</source>
        <translation>APKL</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="187"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="187"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="188"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="188"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="188"/>
        <source>Suara</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="188"/>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="189"/>
        <source>Dipilih</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="190"/>
        <source>&amp;Masalah</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="190"/>
        <source>&amp;Akar masalah</source>
        <translation>&amp;Root cause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="191"/>
        <source>Yang &amp;terdampak</source>
        <translation>&amp;Affected</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="194"/>
        <source>Aktual</source>
        <translation>Actual (Aktual)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="194"/>
        <source>Problematik</source>
        <translation>Problematic (Problematik)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="194"/>
        <source>Kekhalayakan</source>
        <translation>Widespread (Kekhalayakan)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="195"/>
        <source>Layak</source>
        <translation>Feasible (Layak)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="197"/>
        <source>USG (1–5)</source>
        <translation>USG (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="198"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="198"/>
        <source>Seriousness</source>
        <translation>Seriousness</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="199"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="201"/>
        <source>Suara (dot voting):</source>
        <translation>Votes (dot voting):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="202"/>
        <source>Pilih untuk dirancang</source>
        <translation>Choose for design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="240"/>
        <source>lolos</source>
        <translation>passes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="240"/>
        <source>tidak lolos</source>
        <translation>does not pass</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="244"/>
        <source>dipilih</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="254"/>
        <source>Tidak diberi peringkat: belum lolos APKL</source>
        <translation>Not ranked: does not pass APKL yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="280"/>
        <source>Belum ada gagasan yang dihitung.</source>
        <translation>No counted ideas yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="295"/>
        <source>Lolos APKL</source>
        <translation>Passes APKL</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="296"/>
        <source>Belum lolos APKL: tidak diberi peringkat</source>
        <translation>Does not pass APKL yet: not ranked</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="300"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/diagnose_tab.py" line="317"/>
        <source>ubah diagnosis gagasan no. %1</source>
        <translation>edit the diagnosis of idea no. %1</translation>
    </message>
</context>
<context>
    <name>DrumupTab</name>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="142"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="142"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="142"/>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="142"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="144"/>
        <source>&amp;Gagasan baru (Enter untuk menambah):</source>
        <translation>New &amp;idea (Enter adds it):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="146"/>
        <source>Tulis satu gagasan, lalu tekan Enter…</source>
        <translation>Write one idea, then press Enter…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="147"/>
        <source>&amp;Pengusul:</source>
        <translation>&amp;Proposed by:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="148"/>
        <source>&amp;Masalah:</source>
        <translation>Prob&amp;lem:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="149"/>
        <source>masalah yang dijawab (boleh nanti)</source>
        <translation>the problem it answers (may come later)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="150"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="151"/>
        <source>Ubah gagasan…</source>
        <translation>Edit idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="170"/>
        <source>Gagasan dihitung: %1 · tersimpan %2 · duplikat %3</source>
        <translation>Counted ideas: %1 · stored %2 · duplicates %3</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="198"/>
        <source>dihitung</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="200"/>
        <source>kosong, tidak dihitung</source>
        <translation>blank, not counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="201"/>
        <source>duplikat dari no. %1</source>
        <translation>duplicate of no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="216"/>
        <source>Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter.</source>
        <translation>The idea is still blank — write the idea first, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="229"/>
        <source>Gagasan no. %1 tersimpan.</source>
        <translation>Idea no. %1 saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="233"/>
        <source>Gagasan no. %1 tersimpan, tetapi sama dengan no. %2 sehingga tidak dihitung.</source>
        <translation>Idea no. %1 saved, but it is the same as no. %2 and so is not counted.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/drumup_tab.py" line="264"/>
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
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="75"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="78"/>
        <source>Impor OPD</source>
        <translation>Import OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="79"/>
        <source>Impor gagasan</source>
        <translation>Import ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="80"/>
        <source>Masalah yang ditemukan:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="81"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="119"/>
        <source>%1: %2 baris dibaca.</source>
        <translation>%1: %2 rows read.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="122"/>
        <source>Ditampilkan %1 baris pertama.</source>
        <translation>Showing the first %1 rows.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="125"/>
        <source>Berkas ini tidak dapat diimpor: perbaiki masalah di bawah, lalu coba lagi. Belum ada yang ditulis.</source>
        <translation>This file cannot be imported: fix the problems below, then try again. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="128"/>
        <source>%1 baris siap diimpor.</source>
        <translation>%1 rows ready to import.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="132"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="134"/>
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="139"/>
        <source>Berkas tidak dapat diimpor. Belum ada yang ditulis.</source>
        <translation>The file cannot be imported. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/import_dialog.py" line="150"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="194"/>
        <source>&amp;Baru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="194"/>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="195"/>
        <source>Buka &amp;contoh</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="196"/>
        <source>Buka dari &amp;server…</source>
        <translation>Open from ser&amp;ver…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="197"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="198"/>
        <source>&amp;Data lokakarya…</source>
        <translation>&amp;Workshop details…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="199"/>
        <source>Impor &amp;OPD…</source>
        <translation>Import &amp;OPDs…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="200"/>
        <source>Impor &amp;gagasan…</source>
        <translation>Import &amp;ideas…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="201"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="202"/>
        <source>&amp;Salinan stasiun…</source>
        <translation>&amp;Station copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="203"/>
        <source>&amp;Gabungkan salinan stasiun…</source>
        <translation>&amp;Merge station copies…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="204"/>
        <source>&amp;Tambah OPD…</source>
        <translation>&amp;Add OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="205"/>
        <source>Tambah &amp;gagasan (ke kolom isian)</source>
        <translation>Add &amp;idea (go to the input field)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="206"/>
        <source>&amp;Maju ke tahap berikutnya</source>
        <translation>&amp;Forward to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="207"/>
        <source>&amp;Kembali ke tahap sebelumnya</source>
        <translation>&amp;Back to the previous stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="208"/>
        <source>OPD &amp;berikutnya</source>
        <translation>&amp;Next OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="209"/>
        <source>OPD &amp;sebelumnya</source>
        <translation>&amp;Previous OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="210"/>
        <source>Lembar hasil lab &amp;OPD ini…</source>
        <translation>Lab result sheet of this &amp;OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="211"/>
        <source>&amp;Rekapitulasi…</source>
        <translation>&amp;Summary…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="212"/>
        <source>&amp;Semua laporan…</source>
        <translation>&amp;All reports…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="213"/>
        <source>&amp;Papan OPD</source>
        <translation>OPD &amp;board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="214"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="215"/>
        <source>Tampilan &amp;proyektor</source>
        <translation>&amp;Projector view</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="216"/>
        <source>&amp;Stasiun peserta</source>
        <translation>Participant &amp;station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="217"/>
        <source>&amp;Tentang Labinovasi</source>
        <translation>&amp;About Labinovasi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="221"/>
        <source>Buka &amp;terakhir</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="222"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="223"/>
        <source>&amp;Lokakarya</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="224"/>
        <source>&amp;OPD</source>
        <translation>&amp;OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="225"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="226"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="227"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="228"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="230"/>
        <source>Ctrl+Enter: tambah gagasan · Ctrl+PgDown/PgUp: OPD berikutnya/sebelumnya · Alt+Kiri: papan OPD · F5: muat ulang · F8: proyektor</source>
        <translation>Ctrl+Enter: add idea · Ctrl+PgDown/PgUp: next/previous OPD · Alt+Left: OPD board · F5: reload · F8: projector</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="240"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="280"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="283"/>
        <source>Tidak dapat membuka</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="294"/>
        <source>Lokakarya tidak dibuat</source>
        <translation>Workshop not created</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="302"/>
        <source>Lokakarya baru</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="303"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="549"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="568"/>
        <source>Berkas lokakarya (*.labinovasi)</source>
        <translation>Workshop files (*.labinovasi)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="314"/>
        <source>Buka lokakarya</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="315"/>
        <source>Berkas lokakarya (*.labinovasi);;Semua berkas (*)</source>
        <translation>Workshop files (*.labinovasi);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="321"/>
        <source>Buka dari server</source>
        <translation>Open from server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="322"/>
        <source>Alamat basis data, mis. postgresql+psycopg://user@host/lab:</source>
        <translation>Database address, e.g. postgresql+psycopg://user@host/lab:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="332"/>
        <source>Contoh tidak dapat dibuat</source>
        <translation>The sample cannot be created</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="339"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="415"/>
        <source>Data lokakarya</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="423"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="426"/>
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="423"/>
        <source>Nama OPD:</source>
        <translation>OPD name:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="427"/>
        <source>Singkatan:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="433"/>
        <source>OPD tidak ditambahkan</source>
        <translation>OPD not added</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="445"/>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="446"/>
        <source>Tabel (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="458"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="475"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="476"/>
        <source>Diekspor ke %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="480"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="491"/>
        <source>Fitur ini belum tersedia.</source>
        <translation>This feature is not available yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="499"/>
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="511"/>
        <source>Tampilan proyektor</source>
        <translation>Projector view</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="524"/>
        <source>Stasiun peserta</source>
        <translation>Participant station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="540"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="542"/>
        <source>Salinan stasiun</source>
        <translation>Station copy</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="543"/>
        <source>Nama stasiun (mis. Meja 1):</source>
        <translation>Station name (e.g. Table 1):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="547"/>
        <source>Simpan salinan stasiun</source>
        <translation>Save station copy</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="553"/>
        <source>Membuat salinan stasiun…</source>
        <translation>Making the station copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="556"/>
        <source>Salinan stasiun dibuat: %1</source>
        <translation>Station copy made: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="564"/>
        <location filename="../../src/labinovasi/ui/main_window.py" line="567"/>
        <source>Gabungkan salinan stasiun</source>
        <translation>Merge station copies</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="572"/>
        <source>Menggabungkan…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="580"/>
        <source>Hasil penggabungan</source>
        <translation>Merge result</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="613"/>
        <source>Tentang Labinovasi</source>
        <translation>About Labinovasi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/main_window.py" line="614"/>
        <source>Labinovasi %1
Alat bantu Laboratorium Inovasi Daerah: gagasan, diagnosis, dan rancangan inovasi setiap OPD, luring.</source>
        <translation>Labinovasi %1
A tool for the regional Innovation Laboratory (Laboratorium Inovasi Daerah): every OPD&apos;s ideas, diagnosis and innovation design, offline.</translation>
    </message>
</context>
<context>
    <name>OpdBoard</name>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="108"/>
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="109"/>
        <source>&amp;Cari OPD:</source>
        <translation>&amp;Find OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="110"/>
        <source>singkatan atau nama, mis. DINKES</source>
        <translation>abbreviation or name, e.g. DINKES</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="114"/>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="115"/>
        <source>Belum memenuhi minimal</source>
        <translation>Below the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="117"/>
        <source>Tahap %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="131"/>
        <source>Belum ada lokakarya yang dibuka</source>
        <translation>No workshop open yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="133"/>
        <source>Buat lokakarya baru (Ctrl+N) atau buka berkas lokakarya (Ctrl+O).</source>
        <translation>Create a new workshop (Ctrl+N) or open a workshop file (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_board.py" line="144"/>
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
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="104"/>
        <source>◀ Papan OPD</source>
        <translation>◀ OPD board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="105"/>
        <source>Kembali ke papan OPD (Alt+Kiri)</source>
        <translation>Back to the OPD board (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="106"/>
        <source>1. Drum-up: gagasan</source>
        <translation>1. Drum-up: ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="107"/>
        <source>2. Diagnose: masalah, APKL, USG</source>
        <translation>2. Diagnose: problems, APKL, USG</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="108"/>
        <source>3. Design: rancangan inovasi</source>
        <translation>3. Design: innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="109"/>
        <source>Lanjutkan dengan pengecualian…</source>
        <translation>Continue with an exception…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="110"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="135"/>
        <source>Belum ada OPD dipilih</source>
        <translation>No OPD chosen yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="143"/>
        <source>Tahap: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="155"/>
        <source>Kembali ke %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="156"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="158"/>
        <source>Maju ke %1 ▶</source>
        <translation>Forward to %1 ▶</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="159"/>
        <source>Maju ke tahap berikutnya</source>
        <translation>Forward to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="212"/>
        <source>pindah tahap %1 ke %2</source>
        <translation>move %1 to stage %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="214"/>
        <source>%1 sekarang di tahap %2.</source>
        <translation>%1 is now in stage %2.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="217"/>
        <source>Pengecualian dicatat: %1</source>
        <translation>Exception recorded: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="230"/>
        <source>Lanjutkan dengan pengecualian</source>
        <translation>Continue with an exception</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="232"/>
        <source>Tulis alasan pengecualian (dicatat dan dicetak):</source>
        <translation>Write the reason for the exception (it is recorded and printed):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/opd_workspace.py" line="237"/>
        <source>Alasan pengecualian wajib diisi; tahap tidak dipindah.</source>
        <translation>The reason for the exception is required; the stage was not changed.</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station_pick.py" line="160"/>
        <source>Pilih OPD Anda</source>
        <translation>Choose your OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station_pick.py" line="161"/>
        <source>Ketik nama atau singkatan OPD, lalu tekan Enter — atau sentuh OPD Anda di daftar.</source>
        <translation>Type the OPD&apos;s name or abbreviation, then press Enter — or touch your OPD in the list.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station_pick.py" line="163"/>
        <source>Cari OPD… (mis. dinkes atau kesehatan)</source>
        <translation>Find OPD… (e.g. dinkes or kesehatan)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station_pick.py" line="210"/>
        <source>Tidak ada OPD yang cocok dengan “%1”. Coba kata lain.</source>
        <translation>No OPD matches “%1”. Try another word.</translation>
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
        <location filename="../../src/labinovasi/ui/print_preview.py" line="297"/>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/print_preview.py" line="298"/>
        <source>Pencetak tidak dapat dibuka.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="294"/>
        <source>Labinovasi — layar proyektor</source>
        <translation>Labinovasi — projector screen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="295"/>
        <source>Atur hitung mundur…</source>
        <translation>Set countdown…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="296"/>
        <source>Ulangi hitung mundur</source>
        <translation>Reset countdown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="297"/>
        <source>Layar penuh (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="298"/>
        <source>Kontras tinggi</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="299"/>
        <source>Tutup layar proyektor</source>
        <translation>Close projector screen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="300"/>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="324"/>
        <source>{met} dari {total} OPD ({percent}) memenuhi minimal {minimum} gagasan</source>
        <translation>{met} of {total} OPDs ({percent}) have at least {minimum} ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="398"/>
        <source>Waktu habis</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="409"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector_window.py" line="410"/>
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
