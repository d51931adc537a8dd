<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>CountdownDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="534"/>
        <source>Hitung mundur</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="535"/>
        <source>&amp;Menit:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="536"/>
        <source>Atur</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="537"/>
        <source>Ulangi</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="543"/>
        <source>Belum diatur</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="545"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="545"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/dates.py" line="43"/>
        <source>Tanggal “%1” tidak dikenali: tulis %2, mis. 31-01-2027.</source>
        <translation>Date “%1” not recognised: type %2 (day-month-year), e.g. 31-01-2027.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/dates.py" line="49"/>
        <source>Tanggal “%1” tidak ada di kalender.</source>
        <translation>Date “%1” does not exist in the calendar.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/dates.py" line="53"/>
        <source>Tahun %1 di luar masa lokakarya (%2–%3); periksa tanggalnya.</source>
        <translation>Year %1 is outside the workshop&apos;s period (%2–%3); check the date.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/dates.py" line="78"/>
        <source>Pilih dari kalender (Alt+Bawah)</source>
        <translation>Pick from the calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DesignForm</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="174"/>
        <source>Nama inovasi</source>
        <translation>Innovation name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="174"/>
        <source>Gagasan asal</source>
        <translation>Source idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="174"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="175"/>
        <source>Urusan pemerintahan</source>
        <translation>Government affair</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="175"/>
        <source>Tahapan</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="175"/>
        <source>Waktu uji coba</source>
        <translation>Trial period</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="176"/>
        <source>Waktu penerapan</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="176"/>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="177"/>
        <source>Sumber anggaran</source>
        <translation>Budget source</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="177"/>
        <source>Ketua tim</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="177"/>
        <source>Anggota tim</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="179"/>
        <source>Latar belakang / masalah</source>
        <translation>Background / problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="179"/>
        <source>Tujuan</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="179"/>
        <source>Manfaat</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="180"/>
        <source>Hasil yang diharapkan</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="181"/>
        <source>Bukti dukung yang direncanakan (satu per baris)</source>
        <translation>Planned supporting evidence (one per line)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="184"/>
        <source>mis. Januari–Februari 2027</source>
        <translation>e.g. January–February 2027</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="185"/>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="187"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="187"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="187"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="188"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="188"/>
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="189"/>
        <source>Tambah kegiatan</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="190"/>
        <source>Hapus kegiatan terpilih</source>
        <translation>Remove selected activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="191"/>
        <source>Simpan rancangan (Ctrl+S)</source>
        <translation>Save design (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="195"/>
        <source>— pilih jenis —</source>
        <translation>— choose a type —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="237"/>
        <source>— tanpa gagasan asal —</source>
        <translation>— no source idea —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="296"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="314"/>
        <source>Belum diisi: %1</source>
        <translation>Not filled in yet: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="317"/>
        <source>Rancangan lengkap: semua isian wajib terisi.</source>
        <translation>Design complete: every required field is filled in.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="344"/>
        <source>Tanggal rencana aksi harus berbentuk TTTT-BB-HH, mis. 2026-12-01.</source>
        <translation>Action plan dates must be written YYYY-MM-DD, e.g. 2026-12-01.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="358"/>
        <source>simpan rancangan inovasi</source>
        <translation>save innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="356"/>
        <source>Rancangan tersimpan.</source>
        <translation>Design saved.</translation>
    </message>
</context>
<context>
    <name>DiagnoseTab</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="122"/>
        <source>Nilai USG hanya 1–5; %1 tidak disimpan.</source>
        <translation>USG scores are 1–5 only; %1 was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="181"/>
        <source>Hanya gagasan yang lolos keempat kriteria APKL yang diberi peringkat (total USG, lalu suara). Pilih satu baris untuk mengisi diagnosisnya.</source>
        <translation>Only ideas that pass all four APKL criteria are ranked (USG total, then votes). Select a row to fill in its diagnosis.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="184"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="184"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="184"/>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="189"/>
        <source>APKL</source>
        <translation>APKL</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="184"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="184"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="185"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="185"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="185"/>
        <source>Suara</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="185"/>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="186"/>
        <source>Dipilih</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="187"/>
        <source>&amp;Masalah</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="187"/>
        <source>&amp;Akar masalah</source>
        <translation>&amp;Root cause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="188"/>
        <source>Yang ter&amp;dampak</source>
        <translation>Who is &amp;affected</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="198"/>
        <source>Suara peserta:</source>
        <translation>Participants&apos; votes:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="191"/>
        <source>Aktual</source>
        <translation>Actual (Aktual)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="191"/>
        <source>Problematik</source>
        <translation>Problematic (Problematik)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="191"/>
        <source>Kekhalayakan</source>
        <translation>Widespread (Kekhalayakan)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="192"/>
        <source>Layak</source>
        <translation>Feasible (Layak)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="194"/>
        <source>USG (1–5)</source>
        <translation>USG (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="195"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="195"/>
        <source>Seriousness</source>
        <translation>Seriousness</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="196"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="199"/>
        <source>Pilih untuk dirancang</source>
        <translation>Choose for design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="239"/>
        <source>lolos</source>
        <translation>passes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="242"/>
        <source>tidak lolos</source>
        <translation>does not pass</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="244"/>
        <source>belum dinilai</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="248"/>
        <source>dipilih</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="258"/>
        <source>Tidak diberi peringkat: belum lolos APKL</source>
        <translation>Not ranked: does not pass APKL yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="286"/>
        <source>Belum ada gagasan yang dihitung.</source>
        <translation>No counted ideas yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="306"/>
        <source>Lolos APKL</source>
        <translation>Passes APKL</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="307"/>
        <source>Belum lolos APKL: tidak diberi peringkat</source>
        <translation>Does not pass APKL yet: not ranked</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="311"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="335"/>
        <source>ubah diagnosis gagasan no. %1</source>
        <translation>edit the diagnosis of idea no. %1</translation>
    </message>
</context>
<context>
    <name>DrumupTab</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="200"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="200"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="200"/>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="200"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="201"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="202"/>
        <source>&amp;Gagasan baru (Enter untuk menambah):</source>
        <translation>New &amp;idea (Enter adds it):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="204"/>
        <source>Tulis satu gagasan, lalu tekan Enter…</source>
        <translation>Write one idea, then press Enter…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="205"/>
        <source>&amp;Pengusul:</source>
        <translation>&amp;Proposed by:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="206"/>
        <source>&amp;Masalah:</source>
        <translation>Prob&amp;lem:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="207"/>
        <source>tetap untuk gagasan berikutnya</source>
        <translation>keep for the next ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="209"/>
        <source>Centang bila orang yang sama menulis beberapa gagasan berturut-turut</source>
        <translation>Tick when the same person writes several ideas in a row</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="210"/>
        <source>masalah yang dijawab (boleh nanti)</source>
        <translation>the problem it answers (may come later)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="211"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="212"/>
        <source>&amp;Ubah gagasan…</source>
        <translation>Ed&amp;it idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="213"/>
        <source>P&amp;indahkan ke OPD lain…</source>
        <translation>Move to another OP&amp;D…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="369"/>
        <source>kembalikan gagasan no. %1</source>
        <translation>restore idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="372"/>
        <source>Tarik gagasan no. %1</source>
        <translation>Withdraw idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="374"/>
        <source>Gagasan yang ditarik tetap disimpan dan dicetak di daftar tersendiri, tetapi tidak dihitung. Tulis &amp;alasannya:</source>
        <translation>A withdrawn idea is kept and printed in a separate list, but not counted. Write the &amp;reason:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="376"/>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="384"/>
        <source>tarik gagasan no. %1</source>
        <translation>withdraw idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="400"/>
        <source>pindahkan gagasan no. %1 ke %2</source>
        <translation>move idea no. %1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="403"/>
        <source>Gagasan no. %1 dipindahkan ke %2.</source>
        <translation>Idea no. %1 moved to %2.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="237"/>
        <source>Gagasan dihitung: %1 · tersimpan %2 · duplikat %3</source>
        <translation>Counted ideas: %1 · stored %2 · duplicates %3</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="242"/>
        <source> · ditarik %1</source>
        <translation> · withdrawn %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="279"/>
        <source>&amp;Kembalikan gagasan</source>
        <translation>&amp;Restore idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="280"/>
        <source>T&amp;arik gagasan…</source>
        <translation>&amp;Withdraw idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="284"/>
        <source>ditarik: %1</source>
        <translation>withdrawn: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="286"/>
        <source>dihitung</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="288"/>
        <source>kosong, tidak dihitung</source>
        <translation>blank, not counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="289"/>
        <source>duplikat dari no. %1</source>
        <translation>duplicate of no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="304"/>
        <source>Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter.</source>
        <translation>The idea is still blank — write the idea first, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="320"/>
        <source>Gagasan no. %1 tersimpan.</source>
        <translation>Idea no. %1 saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="324"/>
        <source>Gagasan no. %1 tersimpan, tetapi sama dengan no. %2 sehingga tidak dihitung.</source>
        <translation>Idea no. %1 saved, but it is the same as no. %2 and so is not counted.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="329"/>
        <source>penambahan dibatalkan</source>
        <translation>adding undone</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="330"/>
        <source>tambah gagasan no. %1</source>
        <translation>add idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="355"/>
        <source>ubah gagasan no. %1</source>
        <translation>edit idea no. %1</translation>
    </message>
</context>
<context>
    <name>IdeaEditDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="76"/>
        <source>Ubah gagasan no. %1</source>
        <translation>Edit idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="77"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="77"/>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="78"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="79"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="80"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="296"/>
        <source>Ganti OPD</source>
        <translation>Change OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="297"/>
        <source>Gagasan Anda — tulis satu, lalu tekan Enter</source>
        <translation>Your idea — write one, then press Enter</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="299"/>
        <source>Contoh: Layanan antar obat untuk lansia di desa terpencil</source>
        <translation>Example: Medicine delivery for the elderly in remote villages</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="300"/>
        <source>Nama pengusul (boleh kosong)</source>
        <translation>Your name (optional)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="301"/>
        <source>Masalah yang dijawab (boleh kosong)</source>
        <translation>Problem it answers (optional)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="302"/>
        <source>Batal memperbaiki</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="304"/>
        <source>Satu gagasan, satu kalimat: apa yang akan dibuat OPD Anda, untuk siapa. Setiap gagasan langsung tersimpan. Gagasan yang sama dengan yang sudah ada tetap disimpan, tetapi tidak dihitung. Gagasan orang lain tidak bisa diubah atau dihapus dari sini.</source>
        <translation>One idea, one sentence: what your OPD will make, and for whom. Every idea is saved at once. An idea that is the same as one already there is saved too, but not counted. Other people&apos;s ideas cannot be changed or deleted from here.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="308"/>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="408"/>
        <source>★  Minimal %1 gagasan tercapai!  ★</source>
        <translation>★  Minimum of %1 ideas reached!  ★</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="342"/>
        <source>Gagasan yang belum disimpan dikembalikan. Tekan Enter untuk menyimpannya, atau hapus bila tidak jadi.</source>
        <translation>The unsaved idea is back in the field. Press Enter to save it, or delete it if you changed your mind.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="398"/>
        <source>%1 gagasan</source>
        <translation>%1 ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="400"/>
        <source>Minimal tercapai. Gagasan tambahan tetap disambut!</source>
        <translation>Minimum reached. More ideas are still welcome!</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="402"/>
        <source>Perlu %1 gagasan lagi untuk mencapai minimal.</source>
        <translation>Ideas still needed to reach the minimum: %1.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="405"/>
        <source>(%1 gagasan sudah ada sebelumnya, tidak dihitung.)</source>
        <translation>(Already there before, not counted: %1.)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="425"/>
        <source>Gagasan OPD ini (%1)</source>
        <translation>This OPD&apos;s ideas (%1)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="439"/>
        <source>Belum ada gagasan. Jadilah yang pertama!</source>
        <translation>No ideas yet. Be the first!</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="448"/>
        <source>oleh %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="450"/>
        <source>ditarik fasilitator, tidak dihitung</source>
        <translation>withdrawn by the facilitator, not counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="452"/>
        <source>sudah ada, tidak dihitung (sama dengan no. %1)</source>
        <translation>already there, not counted (same as no. %1)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="455"/>
        <source>kosong, tidak dihitung</source>
        <translation>blank, not counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="467"/>
        <source>Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter.</source>
        <translation>The idea is still blank — write the idea first, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="485"/>
        <source>Gagasan BELUM tersimpan (%1). Teks tetap di kolom: coba tekan Enter lagi, atau panggil fasilitator.</source>
        <translation>The idea was NOT saved (%1). The text stays in the field: try pressing Enter again, or call the facilitator.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="496"/>
        <source>✓ Tersimpan sebagai gagasan no. %1. Terima kasih!</source>
        <translation>✓ Saved as idea no. %1. Thank you!</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="500"/>
        <source>Tersimpan sebagai gagasan no. %1, tetapi sudah ada, tidak dihitung (sama dengan no. %2).</source>
        <translation>Saved as idea no. %1, but it was already there and is not counted (same as no. %2).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="535"/>
        <source>Hanya gagasan yang baru saja Anda simpan yang bisa diperbaiki, dan hanya dalam %1 menit.</source>
        <translation>Only the idea you have just saved can be corrected, and only within %1 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="551"/>
        <source>Perbaiki gagasan no. %1, lalu tekan Enter.</source>
        <translation>Correct idea no. %1, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="592"/>
        <source>Perbaikan BELUM tersimpan (%1). Coba tekan Enter lagi, atau panggil fasilitator.</source>
        <translation>The correction was NOT saved (%1). Try pressing Enter again, or call the facilitator.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="598"/>
        <source>✓ Perbaikan gagasan no. %1 tersimpan.</source>
        <translation>✓ Correction of idea no. %1 saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="602"/>
        <source>Perbaikan gagasan no. %1 tersimpan, tetapi sudah ada, tidak dihitung (sama dengan no. %2).</source>
        <translation>Correction of idea no. %1 saved, but it was already there and is not counted (same as no. %2).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="617"/>
        <source>Waktu untuk memperbaiki gagasan no. %1 sudah habis; gagasan itu tetap seperti semula. Teks Anda masih di kolom: tekan Enter untuk menyimpannya sebagai gagasan baru, atau hapus.</source>
        <translation>The time to correct idea no. %1 is over; that idea stays as it was. Your text is still in the field: press Enter to save it as a new idea, or delete it.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="632"/>
        <source>Perbaiki gagasan no. %1 (%2)</source>
        <translation>Correct idea no. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="638"/>
        <source>Simpan perbaikan (Enter)</source>
        <translation>Save the correction (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="639"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
</context>
<context>
    <name>IgaView</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="207"/>
        <source>Kesiapan IGA dan perkiraan indeks</source>
        <translation>IGA readiness and the estimated index</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="208"/>
        <source>&amp;Tahun penilaian:</source>
        <translation>Assessment &amp;year:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="209"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="210"/>
        <source>Simpan &amp;Rekap Perkiraan IID…</source>
        <translation>Save the estimated IID &amp;summary…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="211"/>
        <source>Klaim (ada parameter dan bukti)</source>
        <translation>Claimed (parameter and evidence)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="212"/>
        <source>Terverifikasi (diterima Desk Inovasi)</source>
        <translation>Verified (accepted by the Desk Inovasi)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="213"/>
        <source>Siap IGA</source>
        <translation>IGA readiness</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="214"/>
        <source>Bagaimana jika</source>
        <translation>What if</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="215"/>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="215"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="216"/>
        <source>SID klaim / terverifikasi</source>
        <translation>SID claimed / verified</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="217"/>
        <source>Indeks &amp;sasaran:</source>
        <translation>&amp;Target index:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="218"/>
        <source>Skor SID &amp;inovasi baru:</source>
        <translation>SID score of a &amp;new innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="219"/>
        <source>&amp;Urusan inovasi baru:</source>
        <translation>&amp;Affair of the new innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="220"/>
        <source>Langkah termurah untuk menaikkan indeks (poin indeks)</source>
        <translation>Cheapest steps to raise the index (index points)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="222"/>
        <source>Inovasi / pemda</source>
        <translation>Innovation / region</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="222"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="222"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="223"/>
        <source>+ klaim</source>
        <translation>+ claimed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="223"/>
        <source>+ terverifikasi</source>
        <translation>+ verified</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="242"/>
        <source>Rekap disimpan: {path}</source>
        <translation>Summary saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="247"/>
        <source>Simpan Rekap Perkiraan IID</source>
        <translation>Save the estimated IID summary</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="248"/>
        <source>rekap-perkiraan-iid.pdf</source>
        <translation>estimated-iid-summary.pdf</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="248"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="282"/>
        <source>(tidak ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="294"/>
        <source>Perkiraan Indeks Inovasi Daerah {year}</source>
        <translation>Estimated Regional Innovation Index {year}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="299"/>
        <source>SPD {spd} + SID {sid}/{divisor} ({average}) + jumlah inovasi {count} = {total} dari {maximum}; urusan yandas {covered} dari {affairs}</source>
        <translation>SPD {spd} + SID {sid}/{divisor} ({average}) + innovation count {count} = {total} of {maximum}; basic-service affairs {covered} of {affairs}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="317"/>
        <source>{ready} dari {reported} inovasi dilaporkan siap IGA · {have} dari {total} perangkat daerah memiliki inovasi · kursi kosong {seats}</source>
        <translation>{ready} of {reported} reported innovations ready for IGA · {have} of {total} agencies have an innovation · empty seats {seats}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="322"/>
        <source>Pemerintah daerah (indikator 1–15, urusan, kursi, OPD)</source>
        <translation>The region (indicators 1–15, affairs, seats, agencies)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="334"/>
        <source>tidak dilaporkan</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="344"/>
        <source>siap</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="344"/>
        <source>belum siap</source>
        <translation>not ready</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="369"/>
        <source>Klaim</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="370"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="377"/>
        <source>Perhatian: satu inovasi baru dengan skor SID {expected} menurunkan indeks ({delta} poin), karena di bawah rata-rata SID yang ada.</source>
        <translation>Note: one new innovation scoring SID {expected} lowers the index ({delta} points), being below the current average SID.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="388"/>
        <source>indeks {now} sudah mencapai sasaran {target}.</source>
        <translation>index {now} already reaches the target {target}.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="391"/>
        <source>indeks {now}; sasaran {target} tidak tercapai dengan menambah inovasi bernilai SID {expected}. Lengkapi bukti dan verifikasi dulu.</source>
        <translation>index {now}; the target {target} is out of reach by adding innovations scoring SID {expected}. Complete evidence and verification first.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="396"/>
        <source>Skor jumlah inovasi masih 0: pilih urusan wajib pelayanan dasar yang belum ada untuk inovasi baru.</source>
        <translation>The innovation count score is still 0: choose a missing basic-service affair for the new innovation.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="399"/>
        <source>indeks {now}; perlu {n} inovasi lagi → {reached}.</source>
        <translation>index {now}; {n} more innovations needed → {reached}.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="409"/>
        <source>Inovasi baru</source>
        <translation>New innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="411"/>
        <source>Pemda</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="40"/>
        <source>%1 OPD diimpor</source>
        <translation>%1 OPDs imported</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="42"/>
        <source>%1 gagasan diimpor</source>
        <translation>%1 ideas imported</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="45"/>
        <source>, %1 dilewati</source>
        <translation>, %1 skipped</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="118"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="121"/>
        <source>Impor OPD</source>
        <translation>Import OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="122"/>
        <source>Impor gagasan</source>
        <translation>Import ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="123"/>
        <source>Masalah yang ditemukan:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="124"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="125"/>
        <source>Kolom &amp;nama:</source>
        <translation>&amp;Name column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="126"/>
        <source>Kolom &amp;singkatan:</source>
        <translation>&amp;Abbreviation column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="127"/>
        <source>&amp;Lewati yang sudah ada</source>
        <translation>S&amp;kip those already there</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="129"/>
        <source>OPD yang singkatannya sudah ada di lokakarya (huruf besar/kecil sama saja) dilewati, bukan membatalkan seluruh impor</source>
        <translation>OPDs whose abbreviation the workshop already has (in any case) are skipped instead of refusing the whole import</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="131"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="178"/>
        <source>%1: %2 baris dibaca.</source>
        <translation>%1: %2 rows read.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="181"/>
        <source>Ditampilkan %1 baris pertama.</source>
        <translation>Showing the first %1 rows.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="184"/>
        <source>Berkas ini tidak dapat diimpor: perbaiki masalah di bawah, lalu coba lagi. Belum ada yang ditulis.</source>
        <translation>This file cannot be imported: fix the problems below, then try again. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="187"/>
        <source>%1 baris siap diimpor.</source>
        <translation>%1 rows ready to import.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="191"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="194"/>
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="201"/>
        <source>(pilih kolom)</source>
        <translation>(choose a column)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="212"/>
        <source>Berkas tidak dapat diimpor. Belum ada yang ditulis.</source>
        <translation>The file cannot be imported. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="223"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="250"/>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="251"/>
        <source>Buka &amp;contoh</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="253"/>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="254"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="260"/>
        <source>&amp;Data lokakarya…</source>
        <translation>&amp;Workshop details…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="261"/>
        <source>Impor &amp;OPD…</source>
        <translation>Import &amp;OPDs…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="262"/>
        <source>Impor &amp;gagasan…</source>
        <translation>Import &amp;ideas…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="263"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="264"/>
        <source>&amp;Salinan stasiun…</source>
        <translation>&amp;Station copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="266"/>
        <source>&amp;Tambah OPD…</source>
        <translation>&amp;Add OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="267"/>
        <source>Tambah &amp;gagasan (ke kolom isian)</source>
        <translation>Add &amp;idea (go to the input field)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="268"/>
        <source>&amp;Maju ke tahap berikutnya</source>
        <translation>&amp;Forward to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="269"/>
        <source>&amp;Kembali ke tahap sebelumnya</source>
        <translation>&amp;Back to the previous stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="270"/>
        <source>OPD &amp;berikutnya</source>
        <translation>&amp;Next OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="271"/>
        <source>OPD &amp;sebelumnya</source>
        <translation>&amp;Previous OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="272"/>
        <source>Lembar hasil lab &amp;OPD ini…</source>
        <translation>Lab result sheet of this &amp;OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="273"/>
        <source>&amp;Rekapitulasi…</source>
        <translation>&amp;Summary…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="274"/>
        <source>&amp;Semua laporan…</source>
        <translation>&amp;All reports…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="275"/>
        <source>&amp;Papan OPD</source>
        <translation>OPD &amp;board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="276"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="278"/>
        <source>&amp;Hitung mundur di proyektor…</source>
        <translation>Projector &amp;countdown…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="279"/>
        <source>&amp;Stasiun peserta</source>
        <translation>Participant &amp;station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="280"/>
        <source>&amp;Tentang Labinovasi</source>
        <translation>&amp;About Labinovasi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="281"/>
        <source>&amp;Kesiapan IGA dan perkiraan indeks…</source>
        <translation>IGA &amp;readiness and estimated index…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="286"/>
        <source>Buka &amp;terakhir</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="287"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="288"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="289"/>
        <source>&amp;Lokakarya</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="290"/>
        <source>&amp;OPD</source>
        <translation>&amp;OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="291"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="292"/>
        <source>Ind&amp;eks IGA</source>
        <translation>IGA in&amp;dex</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="293"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="294"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="295"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="297"/>
        <source>Ctrl+Enter: tambah gagasan · Ctrl+PgDown/PgUp: OPD berikutnya/sebelumnya · Alt+Kiri: papan OPD · F5: muat ulang · F8: proyektor</source>
        <translation>Ctrl+Enter: add idea · Ctrl+PgDown/PgUp: next/previous OPD · Alt+Left: OPD board · F5: reload · F8: projector</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="307"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="309"/>
        <source>(hanya-baca)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="315"/>
        <source>&amp;Batalkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="316"/>
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="330"/>
        <source>&amp;Kembalikan gagasan</source>
        <translation>&amp;Restore idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="331"/>
        <source>&amp;Tarik gagasan…</source>
        <translation>&amp;Withdraw idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="376"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="383"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="403"/>
        <source>Tidak dapat membuka</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="389"/>
        <source>Berkas dibuka hanya-baca (%1): perubahan tidak dapat disimpan.</source>
        <translation>File opened read-only (%1): changes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="405"/>
        <source>Pulihkan dari cadangan terbaru (%1)? Berkas yang sekarang disimpan di sampingnya.</source>
        <translation>Restore from the latest backup (%1)? The current file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="415"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="443"/>
        <source>Tidak dapat memulihkan</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="429"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="447"/>
        <source>Dipulihkan dari %1</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="456"/>
        <source>Lokakarya tidak dibuat</source>
        <translation>Workshop not created</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="464"/>
        <source>Lokakarya baru</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="430"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="465"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="495"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="861"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="881"/>
        <source>Berkas lokakarya (*.labinovasi)</source>
        <translation>Workshop files (*.labinovasi)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="494"/>
        <source>Simpan lokakarya sebagai</source>
        <translation>Save workshop as</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="507"/>
        <source>Menyimpan salinan…</source>
        <translation>Saving a copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="526"/>
        <source>Buka lokakarya</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="527"/>
        <source>Berkas lokakarya (*.labinovasi);;Semua berkas (*)</source>
        <translation>Workshop files (*.labinovasi);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="533"/>
        <source>Buka dari server</source>
        <translation>Open from server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="534"/>
        <source>Alamat basis data, mis. postgresql+psycopg://user@host/lab:</source>
        <translation>Database address, e.g. postgresql+psycopg://user@host/lab:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="544"/>
        <source>Contoh tidak dapat dibuat</source>
        <translation>The sample cannot be created</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="551"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="611"/>
        <source>Buka OPD (Enter) untuk melanjutkan dengan pengecualian.</source>
        <translation>Open the OPD (Enter) to continue by exception.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="662"/>
        <source>Data lokakarya</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="670"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="673"/>
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="670"/>
        <source>Nama OPD:</source>
        <translation>OPD name:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="674"/>
        <source>Singkatan:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="680"/>
        <source>OPD tidak ditambahkan</source>
        <translation>OPD not added</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="692"/>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="693"/>
        <source>Tabel (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="712"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="731"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="732"/>
        <source>Diekspor ke %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="736"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="758"/>
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="604"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="759"/>
        <source>Pilih satu OPD di papan dulu.</source>
        <translation>Choose an OPD on the board first.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="250"/>
        <source>Ba&amp;ru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="252"/>
        <source>Buka dari s&amp;erver…</source>
        <translation>Open from s&amp;erver…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="255"/>
        <source>&amp;Simpan sebagai…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="256"/>
        <source>T&amp;utup lokakarya</source>
        <translation>&amp;Close workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="257"/>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="258"/>
        <source>Ubah &amp;gagasan terpilih…</source>
        <translation>Edit the selected &amp;idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="259"/>
        <source>&amp;Pindahkan gagasan ke OPD lain…</source>
        <translation>&amp;Move idea to another OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="265"/>
        <source>Gab&amp;ungkan salinan stasiun…</source>
        <translation>&amp;Merge station copies…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="277"/>
        <source>Tampilan pro&amp;yektor</source>
        <translation>Pro&amp;jector view</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="854"/>
        <source>Salinan stasiun</source>
        <translation>Station copy</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="855"/>
        <source>Nama stasiun (mis. Meja 1):</source>
        <translation>Station name (e.g. Table 1):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="859"/>
        <source>Simpan salinan stasiun</source>
        <translation>Save station copy</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="870"/>
        <source>Membuat salinan stasiun…</source>
        <translation>Making the station copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="873"/>
        <source>Salinan stasiun dibuat: %1</source>
        <translation>Station copy made: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="880"/>
        <source>Gabungkan salinan stasiun</source>
        <translation>Merge station copies</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="890"/>
        <source>Menggabungkan…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="898"/>
        <source>Hasil penggabungan</source>
        <translation>Merge result</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="932"/>
        <source>Tentang Labinovasi</source>
        <translation>About Labinovasi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="933"/>
        <source>Labinovasi %1
Alat bantu Laboratorium Inovasi Daerah: gagasan, diagnosis, dan rancangan inovasi setiap OPD, luring.</source>
        <translation>Labinovasi %1
A tool for the regional Innovation Laboratory (Laboratorium Inovasi Daerah): every OPD&apos;s ideas, diagnosis and innovation design, offline.</translation>
    </message>
</context>
<context>
    <name>MoveIdeaDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="96"/>
        <source>Pindahkan gagasan no. %1</source>
        <translation>Move idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="101"/>
        <source>Pindahkan ke &amp;OPD:</source>
        <translation>Move to &amp;OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="108"/>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="109"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpdBoard</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="109"/>
        <source>Ta&amp;mpilkan:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="110"/>
        <source>Ca&amp;ri OPD:</source>
        <translation>Sea&amp;rch OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="111"/>
        <source>singkatan atau nama, mis. DINKES</source>
        <translation>abbreviation or name, e.g. DINKES</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="115"/>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="116"/>
        <source>Belum memenuhi minimal</source>
        <translation>Below the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="118"/>
        <source>Tahap %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="135"/>
        <source>Belum ada lokakarya yang dibuka</source>
        <translation>No workshop open yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="137"/>
        <source>Buat lokakarya baru (Ctrl+N) atau buka berkas lokakarya (Ctrl+O).</source>
        <translation>Create a new workshop (Ctrl+N) or open a workshop file (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="148"/>
        <source>Lokakarya ini belum punya OPD. Langkah berikutnya: Lokakarya → Impor OPD… (dari CSV/XLSX) atau OPD → Tambah OPD…</source>
        <translation>This workshop has no OPD yet. Next step: Workshop → Import OPDs… (from CSV/XLSX) or OPD → Add OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="153"/>
        <source>%1 dari %2 OPD (%3) memenuhi minimal %4 gagasan · %5 gagasan dihitung, %6 tersimpan</source>
        <translation>%1 of %2 OPDs (%3) have at least %4 ideas · %5 ideas counted, %6 stored</translation>
    </message>
</context>
<context>
    <name>OpdTableModel</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="55"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="55"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="55"/>
        <source>Gagasan dihitung</source>
        <translation>Counted ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="56"/>
        <source>Dihitung / tersimpan</source>
        <translation>Counted / stored</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="56"/>
        <source>Memenuhi minimal</source>
        <translation>Meets the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="76"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="76"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="84"/>
        <source>Sudah memenuhi minimal</source>
        <translation>Meets the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="85"/>
        <source>Perlu {n} gagasan lagi</source>
        <translation>Ideas still needed: {n}</translation>
    </message>
</context>
<context>
    <name>OpdWorkspace</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="106"/>
        <source>◀ Papan OPD</source>
        <translation>◀ OPD board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="107"/>
        <source>Kembali ke papan OPD (Alt+Kiri)</source>
        <translation>Back to the OPD board (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="108"/>
        <source>1. Drum-up: gagasan</source>
        <translation>1. Drum-up: ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="109"/>
        <source>2. Diagnose: masalah, APKL, USG</source>
        <translation>2. Diagnose: problems, APKL, USG</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="110"/>
        <source>3. Design: rancangan inovasi</source>
        <translation>3. Design: innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="111"/>
        <source>Lanjutkan dengan pengecualian…</source>
        <translation>Continue with an exception…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="112"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="139"/>
        <source>Belum ada OPD dipilih</source>
        <translation>No OPD chosen yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="147"/>
        <source>Tahap: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="159"/>
        <source>Kembali ke %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="160"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="162"/>
        <source>Maju ke %1 ▶</source>
        <translation>Forward to %1 ▶</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="163"/>
        <source>Maju ke tahap berikutnya</source>
        <translation>Forward to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="252"/>
        <source>pindah tahap %1 ke %2</source>
        <translation>move %1 to stage %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="263"/>
        <source>Tulis &amp;alasan pengecualian (dicatat dan dicetak):</source>
        <translation>Write the &amp;reason for the exception (recorded and printed):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="264"/>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="243"/>
        <source>%1 sekarang di tahap %2.</source>
        <translation>%1 is now in stage %2.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="246"/>
        <source>Pengecualian dicatat: %1</source>
        <translation>Exception recorded: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="261"/>
        <source>Lanjutkan dengan pengecualian</source>
        <translation>Continue with an exception</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="182"/>
        <source>Pilih OPD Anda</source>
        <translation>Choose your OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="238"/>
        <source>Tekan Enter untuk memilih %1 — atau sentuh OPD lain di daftar.</source>
        <translation>Press Enter to choose %1 — or touch another OPD in the list.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="242"/>
        <source>Ketik nama atau singkatan OPD, lalu tekan Enter — atau sentuh OPD Anda di daftar.</source>
        <translation>Type the OPD&apos;s name or abbreviation, then press Enter — or touch your OPD in the list.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="183"/>
        <source>Cari OPD… (mis. dinkes atau kesehatan)</source>
        <translation>Find OPD… (e.g. dinkes or kesehatan)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="230"/>
        <source>Tidak ada OPD yang cocok dengan “%1”. Coba kata lain.</source>
        <translation>No OPD matches “%1”. Try another word.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="101"/>
        <source>PIN fasilitator</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="102"/>
        <source>Hanya fasilitator yang dapat menutup stasiun ini. Peserta: tekan “Kembali” untuk terus menulis gagasan.</source>
        <translation>Only the facilitator can close this station. Participants: press “Back” to keep writing ideas.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="105"/>
        <source>Perhatian: %1 gagasan yang sudah diketik belum disimpan dan akan hilang bila stasiun ditutup.</source>
        <translation>Attention: typed ideas not saved yet: %1. They will be lost if the station is closed.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="109"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="110"/>
        <source>Tutup stasiun</source>
        <translation>Close station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="111"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="134"/>
        <source>Masih harus menunggu.</source>
        <translation>Please wait a little longer.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="135"/>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="152"/>
        <source>Terlalu banyak PIN salah.</source>
        <translation>Too many wrong PINs.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="156"/>
        <source>Silakan coba lagi.</source>
        <translation>Please try again.</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="178"/>
        <source>Atur PIN fasilitator</source>
        <translation>Set the facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="180"/>
        <source>PIN ini diperlukan untuk menutup stasiun. Ketik dua kali (minimal 4 karakter). PIN tidak disimpan di berkas dan hilang saat stasiun ditutup.</source>
        <translation>This PIN is needed to close the station. Type it twice (at least 4 characters). The PIN is not stored in the file and is gone when the station closes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="182"/>
        <source>PIN baru</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="183"/>
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="184"/>
        <source>Mulai stasiun</source>
        <translation>Start station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="185"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="201"/>
        <source>Kedua PIN tidak sama. Ketik lagi.</source>
        <translation>The two PINs differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="164"/>
        <source>Pratinjau cetak — semua laporan</source>
        <translation>Print preview — all reports</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="165"/>
        <source>Pratinjau cetak — rekapitulasi</source>
        <translation>Print preview — summary</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="166"/>
        <source>Pratinjau cetak — lembar hasil lab</source>
        <translation>Print preview — lab result sheet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="172"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="173"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="174"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="175"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="176"/>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="177"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="178"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="179"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="181"/>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="266"/>
        <source>PDF tersimpan di %1</source>
        <translation>PDF saved to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="183"/>
        <source>Menyiapkan laporan…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="188"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="206"/>
        <source>Berkas PDF tidak dapat dibuka.</source>
        <translation>The PDF file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="222"/>
        <source>Laporan tidak dapat dibuat.</source>
        <translation>The report cannot be created.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="252"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="252"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="261"/>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="262"/>
        <source>Berkas tidak dapat disimpan:</source>
        <translation>The file cannot be saved:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="310"/>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="311"/>
        <source>Pencetak tidak dapat dibuka.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="303"/>
        <source>Layar proyektor</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="304"/>
        <source>F11: layar penuh · Esc: kembali ke jendela</source>
        <translation>F11: full screen · Esc: back to a window</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="305"/>
        <source>Atur hitung mundur…</source>
        <translation>Set countdown…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="306"/>
        <source>Ulangi hitung mundur</source>
        <translation>Reset countdown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="307"/>
        <source>Layar penuh (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="308"/>
        <source>Kontras tinggi</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="309"/>
        <source>Tutup layar proyektor</source>
        <translation>Close projector screen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="310"/>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="329"/>
        <source>{met} dari {total} OPD ({percent}) memenuhi minimal {minimum} gagasan</source>
        <translation>{met} of {total} OPDs ({percent}) have at least {minimum} ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="403"/>
        <source>Waktu habis</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="414"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="415"/>
        <source>Mulai hitung mundur</source>
        <translation>Start countdown</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/common.py" line="155"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="43"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="47"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="47"/>
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="55"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="65"/>
        <source>Tambah gagasan yang diketik (kolom Gagasan baru)</source>
        <translation>Add the typed idea (New idea field)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="66"/>
        <source>Kembali ke papan OPD</source>
        <translation>Back to the OPD board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="67"/>
        <source>Simpan rancangan inovasi</source>
        <translation>Save the innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="68"/>
        <source>Ubah sel tabel rencana aksi (juga klik ganda)</source>
        <translation>Edit an action plan cell (or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="69"/>
        <source>Layar penuh di jendela proyektor</source>
        <translation>Full screen in the projector window</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_window.py" line="122"/>
        <source>Stasiun peserta — %1</source>
        <translation>Participant station — %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_window.py" line="123"/>
        <source>Labinovasi · stasiun peserta · setiap gagasan langsung tersimpan</source>
        <translation>Labinovasi · participant station · every idea is saved at once</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="84"/>
        <source>Lokakarya baru</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="85"/>
        <source>Data lokakarya</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="86"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="86"/>
        <source>Daerah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="86"/>
        <source>Minimal gagasan per OPD</source>
        <translation>Minimum ideas per OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="87"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="87"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="87"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="89"/>
        <source>Tanggal sudah ditentukan</source>
        <translation>Dates are set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="90"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="91"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="92"/>
        <source>mis. Laboratorium Inovasi 2026</source>
        <translation>e.g. Innovation Laboratory 2026</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="93"/>
        <source>mis. Kabupaten Tanah Harapan</source>
        <translation>e.g. Kabupaten Tanah Harapan</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="109"/>
        <source>Judul lokakarya wajib diisi.</source>
        <translation>The workshop title is required.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../src/labinovasi/ui/screenshots.py" line="245"/>
        <source>✓ Tersimpan sebagai gagasan no. %1. Terima kasih!</source>
        <translation>✓ Saved as idea no. %1. Thank you!</translation>
    </message>
</context>
</TS>
