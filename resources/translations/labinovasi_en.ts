<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/accessibility.py" line="164"/>
        <source>ketik atau pilih tanggal</source>
        <translation>type or pick a date</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/accessibility.py" line="166"/>
        <source>ketik jam</source>
        <translation>type a time</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/accessibility.py" line="168"/>
        <source>ketik angka, atau naik-turunkan</source>
        <translation>type a number, or step it up or down</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/accessibility.py" line="170"/>
        <source>pilih salah satu dari daftar</source>
        <translation>pick one from the list</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/accessibility.py" line="171"/>
        <source>ketik teks</source>
        <translation>type text</translation>
    </message>
</context>
<context>
    <name>BigQrWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="126"/>
        <source>Kode QR untuk HP peserta</source>
        <translation>QR code for participants&apos; phones</translation>
    </message>
</context>
<context>
    <name>CollaborationLine</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="385"/>
        <source>Calon kolaborasi: %1</source>
        <translation>Collaboration candidates: %1</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="678"/>
        <source>Hitung mundur</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="679"/>
        <source>&amp;Menit:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="680"/>
        <source>Atur</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="681"/>
        <source>Ulangi</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="687"/>
        <source>Belum diatur</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="689"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="689"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="677"/>
        <source>Lama hitung mundur</source>
        <translation>Countdown length</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/dates.py" line="78"/>
        <source>Tanggal “%1” tidak dikenali: tulis %2, mis. 31-01-2027.</source>
        <translation>Date “%1” not recognised: type %2 (day-month-year), e.g. 31-01-2027.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/dates.py" line="88"/>
        <source>Tanggal “%1” tidak ada di kalender.</source>
        <translation>Date “%1” does not exist in the calendar.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/dates.py" line="94"/>
        <source>Tahun %1 di luar masa lokakarya (%2–%3); periksa tanggalnya.</source>
        <translation>Year %1 is outside the workshop&apos;s period (%2–%3); check the date.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/dates.py" line="123"/>
        <source>Pilih dari kalender (Alt+Bawah)</source>
        <translation>Pick from the calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DeliveryArea</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_area.py" line="62"/>
        <source>Pelaksanaan: deliver, bukti dukung, gelar inovasi</source>
        <translation>After the lab: deliver, evidence, innovation expo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_area.py" line="63"/>
        <source>← Papan OPD</source>
        <translation>← OPD board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_area.py" line="67"/>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_area.py" line="68"/>
        <source>Pemantauan dan launching</source>
        <translation>Monitoring and launching</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_area.py" line="69"/>
        <source>Bukti dukung</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_area.py" line="70"/>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_area.py" line="71"/>
        <source>Gelar inovasi</source>
        <translation>Innovation expo</translation>
    </message>
</context>
<context>
    <name>DeliveryMonitoring</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="49"/>
        <source>Desk konsultasi</source>
        <translation>Desk consultation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="50"/>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="51"/>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="52"/>
        <source>Monev</source>
        <translation>Monitoring and evaluation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="210"/>
        <source>O&amp;PD:</source>
        <translation>&amp;Select OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="211"/>
        <source>&amp;Inovasi:</source>
        <translation>&amp;Innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="214"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="215"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="216"/>
        <source>Inovasi</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="217"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="218"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="219"/>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="220"/>
        <source>Kendala</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="221"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="224"/>
        <source>Catatan pemantauan</source>
        <translation>Monitoring entry</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="228"/>
        <source>OP&amp;D:</source>
        <translation>Fo&amp;r OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="229"/>
        <source>Ino&amp;vasi:</source>
        <translation>Innovatio&amp;n:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="230"/>
        <source>Tan&amp;ggal:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="231"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="232"/>
        <source>Ole&amp;h:</source>
        <translation>B&amp;y:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="233"/>
        <source>Ke&amp;majuan:</source>
        <translation>Pro&amp;gress:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="234"/>
        <source>&amp;Kendala:</source>
        <translation>Obstac&amp;les:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="235"/>
        <source>Tindak lanj&amp;ut:</source>
        <translation>Follow-&amp;up:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="240"/>
        <source>mis. Desk Inovasi Bapperida</source>
        <translation>e.g. Desk Inovasi Bapperida</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="241"/>
        <source>apa yang menghambat</source>
        <translation>what holds it back</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="242"/>
        <source>apa yang disepakati, oleh siapa</source>
        <translation>what was agreed, by whom</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="243"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="249"/>
        <source>Tambah catatan</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="250"/>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="251"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="252"/>
        <source>Catatan baru</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="253"/>
        <source>Launching inovasi</source>
        <translation>Innovation launching</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="257"/>
        <source>Inov&amp;asi:</source>
        <translation>Innova&amp;tion:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="258"/>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="259"/>
        <source>Tempat:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="260"/>
        <source>Diluncu&amp;rkan oleh:</source>
        <translation>Launched &amp;by:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="261"/>
        <source>Tautan berita:</source>
        <translation>News link:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="266"/>
        <source>mis. Pendopo Bupati</source>
        <translation>e.g. Pendopo Bupati</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="267"/>
        <source>mis. Bupati</source>
        <translation>e.g. Bupati</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="269"/>
        <source>Simpan launching</source>
        <translation>Save launching</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="270"/>
        <source>Buka tautan</source>
        <translation>Open link</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="271"/>
        <source>Hapus launching</source>
        <translation>Delete launching</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="290"/>
        <source>Semua OPD (seluruh lab)</source>
        <translation>All OPDs (whole lab)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="294"/>
        <source>Semua inovasi</source>
        <translation>All innovations</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="323"/>
        <source>— OPD secara umum —</source>
        <translation>— the OPD in general —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="333"/>
        <source>launching {date}</source>
        <translation>launched {date}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="343"/>
        <source>{n} catatan pemantauan</source>
        <translation>{n} monitoring entries</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="345"/>
        <source>terakhir {date}</source>
        <translation>latest {date}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="346"/>
        <source>{launched} dari {total} inovasi sudah launching</source>
        <translation>{launched} of {total} innovations launched</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="358"/>
        <source>(inovasi dihapus)</source>
        <translation>(innovation deleted)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="360"/>
        <source>(umum)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="392"/>
        <source>Belum ada inovasi.</source>
        <translation>No innovations yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="394"/>
        <source>Belum ada launching yang dicatat.</source>
        <translation>No launching recorded yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="397"/>
        <source>Tercatat: {date}</source>
        <translation>Recorded: {date}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="451"/>
        <source>Catatan pemantauan disimpan.</source>
        <translation>Monitoring entry saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="461"/>
        <source>Catatan pemantauan diperbarui.</source>
        <translation>Monitoring entry updated.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="469"/>
        <source>Hapus catatan</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="470"/>
        <source>Hapus catatan pemantauan yang terpilih? Ini tidak dapat dibatalkan.</source>
        <translation>Delete the selected monitoring entry? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="476"/>
        <source>Catatan pemantauan dihapus.</source>
        <translation>Monitoring entry deleted.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="502"/>
        <source>Launching dicatat.</source>
        <translation>Launching recorded.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_monitoring.py" line="509"/>
        <source>Launching dihapus.</source>
        <translation>Launching deleted.</translation>
    </message>
</context>
<context>
    <name>DeliveryTimeline</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="153"/>
        <source>Semua kegiatan</source>
        <translation>All activities</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="153"/>
        <source>Hanya yang terlambat</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="158"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="159"/>
        <source>Inovasi</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="160"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="161"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="162"/>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="164"/>
        <source>Realisasi</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="165"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="168"/>
        <source>Kegiatan terpilih</source>
        <translation>Selected activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="170"/>
        <source>Tanggal &amp;realisasi:</source>
        <translation>&amp;Realisation date:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="172"/>
        <source>Simpan kemajuan</source>
        <translation>Save progress</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="173"/>
        <source>Jadwal desk konsultasi…</source>
        <translation>Desk consultation schedule…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="177"/>
        <source>Tahapan inovasi</source>
        <translation>Innovation stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="180"/>
        <source>&amp;Inovasi:</source>
        <translation>&amp;Innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="180"/>
        <source>&amp;Ke tahapan:</source>
        <translation>&amp;To stage:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="149"/>
        <source>O&amp;PD:</source>
        <translation>&amp;Select OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="169"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="171"/>
        <source>C&amp;atatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="180"/>
        <source>Tan&amp;ggal:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="187"/>
        <source>Catat perubahan tahapan</source>
        <translation>Record the stage change</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="192"/>
        <source>belum</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="193"/>
        <source>berjalan</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="194"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="199"/>
        <source>Inisiatif</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="200"/>
        <source>Uji coba</source>
        <translation>Trial</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="201"/>
        <source>Penerapan</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="215"/>
        <source>Semua OPD (seluruh lab)</source>
        <translation>All OPDs (whole lab)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="228"/>
        <source>{total} kegiatan · {done} selesai · {running} berjalan · {late} terlambat (per {today})</source>
        <translation>{total} activities · {done} done · {running} in progress · {late} overdue (as of {today})</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="244"/>
        <source>Terlambat per OPD: {list}</source>
        <translation>Late per OPD: {list}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="261"/>
        <source>{status}, terlambat {days} hari</source>
        <translation>{status}, {days} days late</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="295"/>
        <source>Belum ada catatan pemantauan.</source>
        <translation>No monitoring entries yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="297"/>
        <source>Pemantauan terakhir: {date}, {kind}</source>
        <translation>Latest monitoring: {date}, {kind}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="301"/>
        <source>, kemajuan {n}%</source>
        <translation>, progress {n}%</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="302"/>
        <source> ({n} catatan)</source>
        <translation> ({n} entries)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="333"/>
        <source>{date}: {old} → {new}</source>
        <translation>{date}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="340"/>
        <source>Belum ada perubahan tahapan.</source>
        <translation>No stage change yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="344"/>
        <source>Launching {date}{place}</source>
        <translation>Launched {date}{place}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="366"/>
        <source>Pilih satu kegiatan di tabel.</source>
        <translation>Select an activity in the table.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="408"/>
        <source>Perubahan tahapan dicatat.</source>
        <translation>Stage change recorded.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="416"/>
        <source>Jadwal desk konsultasi</source>
        <translation>Desk consultation schedule</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="417"/>
        <source>Jumlah meja (20 menit per OPD, mulai 09.00):</source>
        <translation>Number of desks (20 minutes per OPD, from 09:00):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="426"/>
        <source>Simpan jadwal</source>
        <translation>Save schedule</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_timeline.py" line="440"/>
        <source>Jadwal ditulis ke {path}</source>
        <translation>Schedule written to {path}</translation>
    </message>
</context>
<context>
    <name>DesignForm</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="92"/>
        <source>&amp;Inovasi:</source>
        <translation>&amp;Innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="93"/>
        <source>Nama inovasi baru</source>
        <translation>New innovation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="94"/>
        <source>Inovasi bar&amp;u</source>
        <translation>New innovatio&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="96"/>
        <source>Inovasi baru dari gagasan terpilih OPD ini, dengan nama yang ditulis di kiri</source>
        <translation>A new innovation from this OPD&apos;s chosen ideas, with the name written on the left</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="98"/>
        <source>Simpan profil (Ctrl+S)</source>
        <translation>Save profile (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="146"/>
        <source>— belum ada inovasi —</source>
        <translation>— no innovation yet —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="156"/>
        <source>Belum ada inovasi: tulis namanya, lalu tekan “Inovasi baru”.</source>
        <translation>No innovation yet: write its name, then press “New innovation”.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="232"/>
        <source>profil %1/%2 isian</source>
        <translation>profile %1/%2 fields</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="236"/>
        <source>Belum diisi: %1</source>
        <translation>Not filled in yet: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="238"/>
        <source>Semua bagian profil sudah diisi.</source>
        <translation>Every part of the profile is filled in.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="256"/>
        <source>Dari gagasan: %1</source>
        <translation>From ideas: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="258"/>
        <source>Belum terkait dengan gagasan.</source>
        <translation>Not linked to any idea yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="279"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="316"/>
        <source>Inovasi ditambahkan.</source>
        <translation>Innovation added.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="341"/>
        <source>Tanggal rencana aksi tidak dikenali: tulis HH-BB-TTTT, mis. 31-01-2027.</source>
        <translation>Action plan date not recognised: write DD-MM-YYYY, e.g. 31-01-2027.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="345"/>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="362"/>
        <source>Profil inovasi tersimpan.</source>
        <translation>Innovation profile saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="371"/>
        <source>simpan profil inovasi “%1”</source>
        <translation>save innovation profile “%1”</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="189"/>
        <source>Pilih dokumen anggaran (PDF)</source>
        <translation>Choose the budget document (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/design_form.py" line="208"/>
        <source>Dokumen anggaran dilampirkan.</source>
        <translation>Budget document attached.</translation>
    </message>
</context>
<context>
    <name>DesignPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="714"/>
        <source>Nama inovasi baru</source>
        <translation>New innovation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="715"/>
        <source>Tambah inovasi</source>
        <translation>Add innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="716"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="729"/>
        <source>Tahap %1 dari 5: %2</source>
        <translation>Stage %1 of 5: %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="741"/>
        <source>belum: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="766"/>
        <source>Tulis nama inovasi Anda, lalu tekan “Tambah inovasi”.</source>
        <translation>Write your innovation&apos;s name, then press “Add innovation”.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="798"/>
        <source>Inovasi ditambahkan.</source>
        <translation>Innovation added.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="823"/>
        <source>Profil inovasi tersimpan.</source>
        <translation>Innovation profile saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="839"/>
        <source>Permintaan terkirim ke fasilitator.</source>
        <translation>Request sent to the facilitator.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="733"/>
        <source>Berikutnya perlu: setiap inovasi dengan %1 dan rencana aksi.</source>
        <translation>Next needs: every innovation with %1 and an action plan.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="713"/>
        <source>Daftar inovasi</source>
        <translation>Innovations</translation>
    </message>
</context>
<context>
    <name>DiagnosePage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="320"/>
        <source>1. Masalah, APKL, USG</source>
        <translation>1. Problem, APKL, USG</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="321"/>
        <source>2. Voting titik</source>
        <translation>2. Dot voting</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="322"/>
        <source>3. Peringkat dan usulan</source>
        <translation>3. Ranking and proposal</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="324"/>
        <source>Masalah: apa yang menyimpang dari seharusnya?</source>
        <translation>Problem: what deviates from how it should be?</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="325"/>
        <source>Akar masalah (satu per baris; boleh beberapa)</source>
        <translation>Root causes (one per line; several allowed)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="326"/>
        <source>Siapa yang terdampak?</source>
        <translation>Who is affected?</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="327"/>
        <source>APKL: centang yang benar</source>
        <translation>APKL: tick what is true</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="328"/>
        <source>Urgency: seberapa mendesak? (1–5)</source>
        <translation>Urgency: how pressing? (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="329"/>
        <source>Seriousness: seberapa serius akibatnya? (1–5)</source>
        <translation>Seriousness: how serious are the effects? (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="330"/>
        <source>Growth: seberapa cepat memburuk? (1–5)</source>
        <translation>Growth: how fast does it get worse? (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="335"/>
        <source>Aktual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="336"/>
        <source>Problematik</source>
        <translation>Problematic</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="337"/>
        <source>Kekhalayakan</source>
        <translation>Affects many</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="338"/>
        <source>Layak</source>
        <translation>Feasible</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="342"/>
        <source>Tulis satu akar masalah, lalu Enter</source>
        <translation>Write one root cause, then Enter</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="343"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="344"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="345"/>
        <source>Simpan diagnosa</source>
        <translation>Save diagnosis</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="346"/>
        <source>Nama peserta:</source>
        <translation>Participant&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="347"/>
        <source>mis. Bidan Maya</source>
        <translation>e.g. Bidan Maya</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="348"/>
        <source>Tambah satu titik</source>
        <translation>Add one dot</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="349"/>
        <source>Ambil kembali satu titik</source>
        <translation>Take back one dot</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="385"/>
        <source>Tahap %1 dari 5: %2</source>
        <translation>Stage %1 of 5: %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="391"/>
        <source>Berikutnya perlu: paling sedikit satu gagasan terpilih dengan masalah terisi.</source>
        <translation>Next needs: at least one chosen idea with its problem filled in.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="473"/>
        <source>Total USG: %1</source>
        <translation>USG total: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="475"/>
        <source>Total USG: belum lengkap</source>
        <translation>USG total: not complete</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="516"/>
        <source>Diagnosa tersimpan.</source>
        <translation>Diagnosis saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="539"/>
        <source>%1 titik</source>
        <translation>%1 dots</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="549"/>
        <source>%1 dari %2 titik tersisa</source>
        <translation>%1 of %2 dots left</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="553"/>
        <source>Tulis nama Anda dulu, lalu taruh %1 titik.</source>
        <translation>Write your name first, then place %1 dots.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="561"/>
        <source>Belum ada gagasan yang lolos APKL.</source>
        <translation>No idea passes APKL yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="600"/>
        <source>tidak lolos APKL ·</source>
        <translation>fails APKL ·</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="604"/>
        <source>  ★ diusulkan</source>
        <translation>  ★ proposed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="607"/>
        <source>%1 suara</source>
        <translation>%1 votes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="628"/>
        <source>Batalkan usulan</source>
        <translation>Withdraw proposal</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="630"/>
        <source>Usulkan gagasan ini untuk dirancang</source>
        <translation>Propose this idea for design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="638"/>
        <source>Isi dulu masalahnya di langkah 1.</source>
        <translation>Fill in its problem in step 1 first.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="661"/>
        <source>Permintaan terkirim ke fasilitator.</source>
        <translation>Request sent to the facilitator.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="602"/>
        <source>APKL belum dinilai ·</source>
        <translation>APKL not assessed yet ·</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="317"/>
        <source>Daftar ide</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="318"/>
        <source>Ide untuk dipilih</source>
        <translation>Ideas to vote on</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="319"/>
        <source>Peringkat usulan</source>
        <translation>Proposal ranking</translation>
    </message>
</context>
<context>
    <name>DiagnoseTab</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="135"/>
        <source>Nilai USG hanya 1–5; %1 tidak disimpan.</source>
        <translation>USG scores are 1–5 only; %1 was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="201"/>
        <source>Hanya gagasan yang lolos keempat kriteria APKL yang diberi peringkat (total USG, lalu suara). Pilih satu baris untuk mengisi diagnosisnya.</source>
        <translation>Only ideas that pass all four APKL criteria are ranked (USG total, then votes). Select a row to fill in its diagnosis.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="207"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="208"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="209"/>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="223"/>
        <source>APKL</source>
        <translation>APKL</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="210"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="211"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="212"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="213"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="214"/>
        <source>Suara</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="215"/>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="216"/>
        <source>Dipilih</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="221"/>
        <source>&amp;Masalah</source>
        <translation>Pro&amp;blem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="221"/>
        <source>&amp;Akar masalah</source>
        <translation>&amp;Root cause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="221"/>
        <source>Yang ter&amp;dampak</source>
        <translation>Who is &amp;affected</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="226"/>
        <source>Aktual</source>
        <translation>Actual (Aktual)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="226"/>
        <source>Problematik</source>
        <translation>Problematic (Problematik)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="226"/>
        <source>Kekhalayakan</source>
        <translation>Widespread (Kekhalayakan)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="226"/>
        <source>Layak</source>
        <translation>Feasible (Layak)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="230"/>
        <source>USG (1–5)</source>
        <translation>USG (1–5)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="232"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="232"/>
        <source>Seriousness</source>
        <translation>Seriousness</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="232"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="236"/>
        <source>Pilih untuk dirancang</source>
        <translation>Choose for design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="244"/>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="306"/>
        <source>lolos</source>
        <translation>passes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="244"/>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="310"/>
        <source>tidak lolos</source>
        <translation>does not pass</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="244"/>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="312"/>
        <source>belum dinilai</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="251"/>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="316"/>
        <source>dipilih</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="326"/>
        <source>Tidak diberi peringkat: belum lolos APKL</source>
        <translation>Not ranked: does not pass APKL yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="360"/>
        <source>Belum ada gagasan yang dihitung.</source>
        <translation>No counted ideas yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="384"/>
        <source>Lolos APKL</source>
        <translation>Passes APKL</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="386"/>
        <source>Belum lolos APKL: tidak diberi peringkat</source>
        <translation>Does not pass APKL yet: not ranked</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="393"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="438"/>
        <source>ubah diagnosis gagasan no. %1</source>
        <translation>edit the diagnosis of idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="235"/>
        <source>Suara dicatat &amp;fasilitator:</source>
        <translation>Votes entered b&amp;y the facilitator:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/diagnose_tab.py" line="407"/>
        <source>Total suara: %1 (%2 titik peserta + %3 dicatat)</source>
        <translation>Total votes: %1 (%2 participants&apos; dots + %3 entered)</translation>
    </message>
</context>
<context>
    <name>DrumupTab</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="250"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="251"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="252"/>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="253"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="254"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="257"/>
        <source>&amp;Gagasan baru (Enter untuk menambah):</source>
        <translation>New &amp;idea (Enter adds it):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="258"/>
        <source>Tulis satu gagasan, lalu tekan Enter…</source>
        <translation>Write one idea, then press Enter…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="259"/>
        <source>&amp;Pengusul:</source>
        <translation>Proposed &amp;by:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="260"/>
        <source>&amp;Masalah:</source>
        <translation>Prob&amp;lem:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="261"/>
        <source>tetap untuk gagasan berikutnya</source>
        <translation>keep for the next ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="263"/>
        <source>Centang bila orang yang sama menulis beberapa gagasan berturut-turut</source>
        <translation>Tick when the same person writes several ideas in a row</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="265"/>
        <source>masalah yang dijawab (boleh nanti)</source>
        <translation>the problem it answers (may come later)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="266"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="267"/>
        <source>&amp;Ubah gagasan…</source>
        <translation>Edi&amp;t idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="268"/>
        <source>P&amp;indahkan ke OPD lain…</source>
        <translation>&amp;Move to another OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="486"/>
        <source>kembalikan gagasan no. %1</source>
        <translation>restore idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="490"/>
        <source>Tarik gagasan no. %1</source>
        <translation>Withdraw idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="494"/>
        <source>Gagasan yang ditarik tetap disimpan dan dicetak di daftar tersendiri, tetapi tidak dihitung. Tulis &amp;alasannya:</source>
        <translation>A withdrawn idea is kept and printed in a separate list, but not counted. Write the &amp;reason:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="497"/>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="511"/>
        <source>tarik gagasan no. %1</source>
        <translation>withdraw idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="533"/>
        <source>pindahkan gagasan no. %1 ke %2</source>
        <translation>move idea no. %1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="537"/>
        <source>Gagasan no. %1 dipindahkan ke %2.</source>
        <translation>Idea no. %1 moved to %2.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="333"/>
        <source>Gagasan dihitung: %1 · tersimpan %2 · duplikat %3</source>
        <translation>Counted ideas: %1 · stored %2 · duplicates %3</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="340"/>
        <source> · ditarik %1</source>
        <translation> · withdrawn %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="357"/>
        <source>&amp;Kembalikan gagasan</source>
        <translation>&amp;Restore idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="357"/>
        <source>T&amp;arik gagasan…</source>
        <translation>Withd&amp;raw idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="367"/>
        <source>ditarik: %1</source>
        <translation>withdrawn: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="369"/>
        <source>dihitung</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="371"/>
        <source>kosong, tidak dihitung</source>
        <translation>blank, not counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="372"/>
        <source>duplikat dari no. %1</source>
        <translation>duplicate of no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="387"/>
        <source>Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter.</source>
        <translation>The idea is still blank — write the idea first, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="413"/>
        <source>Gagasan no. %1 tersimpan.</source>
        <translation>Idea no. %1 saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="419"/>
        <source>Gagasan no. %1 tersimpan, tetapi sama dengan no. %2 sehingga tidak dihitung.</source>
        <translation>Idea no. %1 saved, but it is the same as no. %2 and so is not counted.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="433"/>
        <source>tambah gagasan no. %1</source>
        <translation>add idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="467"/>
        <source>ubah gagasan no. %1</source>
        <translation>edit idea no. %1</translation>
    </message>
</context>
<context>
    <name>EvidenceChecklist</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="186"/>
        <source>&amp;Inovasi:</source>
        <translation>&amp;Innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="189"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="190"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="191"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="192"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="193"/>
        <source>Cek</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="194"/>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="197"/>
        <source>Indikator terpilih</source>
        <translation>Selected indicator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="198"/>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="199"/>
        <source>&amp;Dasar pengukuran:</source>
        <translation>Measurement &amp;basis:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="200"/>
        <source>Angka T1 dan T&amp;2:</source>
        <translation>Figures T1 and T&amp;2:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="201"/>
        <source>tahun sebelumnya</source>
        <translation>earlier year</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="202"/>
        <source>tahun terakhir</source>
        <translation>latest year</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="203"/>
        <source>memuat nama inovasi</source>
        <translation>names the innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="204"/>
        <source>bertanda tangan</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="205"/>
        <source>sudah distabilo</source>
        <translation>highlighted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="206"/>
        <source>Lampirkan &amp;berkas…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="207"/>
        <source>Lampirkan &amp;tautan…</source>
        <translation>Attach &amp;link…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="208"/>
        <source>Bukti tersi&amp;mpan…</source>
        <translation>Stored e&amp;vidence…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="210"/>
        <source>Pakai dokumen yang sudah tersimpan, mis. satu SK untuk semua inovasi</source>
        <translation>Use a document already stored, e.g. one decree for every innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="212"/>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="213"/>
        <source>&amp;Rincian…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="214"/>
        <source>Judul, nomor dan tanggal dokumen</source>
        <translation>Title, number and date of the document</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="215"/>
        <source>&amp;Ganti berkas…</source>
        <translation>&amp;Replace file…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="216"/>
        <source>&amp;Lepaskan</source>
        <translation>De&amp;tach</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="218"/>
        <source>Lepas dari indikator ini saja; bukti tetap tersimpan untuk yang lain</source>
        <translation>Detach from this indicator only; the evidence stays stored for the others</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="220"/>
        <source>&amp;Hapus…</source>
        <translation>D&amp;elete…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="221"/>
        <source>Hapus bukti dari lokakarya</source>
        <translation>Delete the evidence from the workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="226"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="227"/>
        <source>menunggu</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="228"/>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="229"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="230"/>
        <source>perlu revisi</source>
        <translation>needs revision</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="254"/>
        <source>Pemda (indikator tingkat daerah)</source>
        <translation>Region (region-level indicators)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="277"/>
        <source>{claimed} dari {total} indikator berbukti · {accepted} diterima · {missing} indikator wajib belum berbukti (aturan IGA {year})</source>
        <translation>{claimed} of {total} indicators with evidence · {accepted} accepted · {missing} mandatory indicators without evidence (IGA rules {year})</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="293"/>
        <source> (wajib)</source>
        <translation> (mandatory)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="340"/>
        <source>Bukti: {evidence}
Jenis berkas: {types} · paling besar {limit} MB per berkas</source>
        <translation>Evidence: {evidence}
File types: {types} · at most {limit} MB per file</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="378"/>
        <source>juga mendukung {n} jawaban lain</source>
        <translation>also backs {n} other answer(s)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="566"/>
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="604"/>
        <source>Indikator {no} sudah diterima verifikator. Lepaskan bukti ini darinya? Jawabannya kembali menunggu verifikasi; bukti tetap tersimpan.</source>
        <translation>Indicator {no} has already been accepted by the verifier. Detach this evidence from it? The answer goes back to waiting for verification; the evidence stays stored.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="607"/>
        <source>Lepaskan</source>
        <translation>Detach</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="618"/>
        <source>Hapus bukti “{label}” dari lokakarya?</source>
        <translation>Delete the evidence “{label}” from the workshop?</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="620"/>
        <source>Bukti ini mendukung:</source>
        <translation>This evidence backs:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="622"/>
        <source>Jawaban-jawaban itu kembali menunggu verifikasi.</source>
        <translation>Those answers go back to waiting for verification.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="624"/>
        <source>Berkasnya ikut dihapus bila tidak dipakai bukti lain.</source>
        <translation>Its file is deleted too when no other evidence uses it.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="630"/>
        <source>Bukti dihapus: {label}</source>
        <translation>Evidence deleted: {label}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="632"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="350"/>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="364"/>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="419"/>
        <source>– belum dipilih –</source>
        <translation>– not chosen –</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="385"/>
        <source>Verifikasi: {status}</source>
        <translation>Verification: {status}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="502"/>
        <source>Pilih berkas bukti</source>
        <translation>Choose an evidence file</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_evidence.py" line="643"/>
        <source>Berkas pengganti</source>
        <translation>Replacement file</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="193"/>
        <source>Rincian bukti</source>
        <translation>Evidence details</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="195"/>
        <source>Lampirkan tautan bukti</source>
        <translation>Attach an evidence link</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="197"/>
        <source>Lampirkan berkas bukti</source>
        <translation>Attach an evidence file</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="198"/>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="200"/>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="201"/>
        <source>&amp;Nomor dokumen:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="202"/>
        <source>&amp;Tanggal dokumen:</source>
        <translation>Document &amp;date:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="203"/>
        <source>mis. SK Bupati tentang Inovasi Daerah</source>
        <translation>e.g. Regent&apos;s decree on regional innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="204"/>
        <source>mis. 188.45/412/2025</source>
        <translation>e.g. 188.45/412/2025</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="212"/>
        <source>Berkas: {name}, {size}</source>
        <translation>File: {name}, {size}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="216"/>
        <source>(batas indikator ini {limit} MB)</source>
        <translation>(this indicator&apos;s limit: {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="240"/>
        <source>Aturan IGA meminta dokumen bertanggal {first} s.d. {last}.</source>
        <translation>The IGA rules ask for documents dated {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="251"/>
        <source>Tanggal dalam jendela aturan IGA ({first} s.d. {last}).</source>
        <translation>The date is within the IGA rules&apos; window ({first} to {last}).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="278"/>
        <source>Tulis alamat tautannya.</source>
        <translation>Type the link&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="71"/>
        <source>Berkas tidak dibuka</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="73"/>
        <source>Berkas “{name}” tidak dibuka langsung: jenis .{kind} dapat menjalankan program. Simpan sebagai berkas lalu periksa dulu sebelum membukanya.</source>
        <translation>The file “{name}” is not opened directly: a .{kind} file can run a program. Save it as a file and check it before opening it.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="80"/>
        <source>Simpan sebagai…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="92"/>
        <source>Simpan bukti sebagai</source>
        <translation>Save evidence as</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="101"/>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="31"/>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="32"/>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="37"/>
        <source>Panduan fasilitator</source>
        <translation>Facilitator&apos;s guide</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="33"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="37"/>
        <source>Agenda empat hari</source>
        <translation>Four-day agenda</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="38"/>
        <source>Per langkah: apa yang dikatakan dan dilakukan</source>
        <translation>Step by step: what to say and do</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="39"/>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="39"/>
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/guide_dialog.py" line="46"/>
        <source>%1 menit</source>
        <translation>%1 minutes</translation>
    </message>
</context>
<context>
    <name>IdeaEditDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="89"/>
        <source>Ubah gagasan no. %1</source>
        <translation>Edit idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="90"/>
        <source>Gagasan</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="90"/>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="90"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="94"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="95"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="347"/>
        <source>Ganti OPD</source>
        <translation>Change OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="348"/>
        <source>Gagasan Anda — tulis satu, lalu tekan Enter</source>
        <translation>Your idea — write one, then press Enter</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="350"/>
        <source>Contoh: Layanan antar obat untuk lansia di desa terpencil</source>
        <translation>Example: Medicine delivery for the elderly in remote villages</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="352"/>
        <source>Nama pengusul (boleh kosong)</source>
        <translation>Your name (optional)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="354"/>
        <source>Masalah yang dijawab (boleh kosong)</source>
        <translation>Problem it answers (optional)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="355"/>
        <source>Batal memperbaiki</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="358"/>
        <source>Satu gagasan, satu kalimat: apa yang akan dibuat OPD Anda, untuk siapa. Setiap gagasan langsung tersimpan. Gagasan yang sama dengan yang sudah ada tetap disimpan, tetapi tidak dihitung. Gagasan orang lain tidak bisa diubah atau dihapus dari sini.</source>
        <translation>One idea, one sentence: what your OPD will make, and for whom. Every idea is saved at once. An idea that is the same as one already there is saved too, but not counted. Other people&apos;s ideas cannot be changed or deleted from here.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="365"/>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="476"/>
        <source>★  Minimal %1 gagasan tercapai!  ★</source>
        <translation>★  Minimum of %1 ideas reached!  ★</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="403"/>
        <source>Gagasan yang belum disimpan dikembalikan. Tekan Enter untuk menyimpannya, atau hapus bila tidak jadi.</source>
        <translation>The unsaved idea is back in the field. Press Enter to save it, or delete it if you changed your mind.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="463"/>
        <source>%1 gagasan</source>
        <translation>%1 ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="465"/>
        <source>Minimal tercapai. Gagasan tambahan tetap disambut!</source>
        <translation>Minimum reached. More ideas are still welcome!</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="467"/>
        <source>Perlu %1 gagasan lagi untuk mencapai minimal.</source>
        <translation>Ideas still needed to reach the minimum: %1.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="471"/>
        <source>(%1 gagasan sudah ada sebelumnya, tidak dihitung.)</source>
        <translation>(Already there before, not counted: %1.)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="494"/>
        <source>Gagasan OPD ini (%1)</source>
        <translation>This OPD&apos;s ideas (%1)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="508"/>
        <source>Belum ada gagasan. Jadilah yang pertama!</source>
        <translation>No ideas yet. Be the first!</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="517"/>
        <source>oleh %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="519"/>
        <source>ditarik fasilitator, tidak dihitung</source>
        <translation>withdrawn by the facilitator, not counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="522"/>
        <source>sudah ada, tidak dihitung (sama dengan no. %1)</source>
        <translation>already there, not counted (same as no. %1)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="527"/>
        <source>kosong, tidak dihitung</source>
        <translation>blank, not counted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="539"/>
        <source>Gagasan masih kosong — tulis gagasannya dulu, lalu tekan Enter.</source>
        <translation>The idea is still blank — write the idea first, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="563"/>
        <source>Gagasan BELUM tersimpan (%1). Teks tetap di kolom: coba tekan Enter lagi, atau panggil fasilitator.</source>
        <translation>The idea was NOT saved (%1). The text stays in the field: try pressing Enter again, or call the facilitator.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="580"/>
        <source>✓ Tersimpan sebagai gagasan no. %1. Terima kasih!</source>
        <translation>✓ Saved as idea no. %1. Thank you!</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="588"/>
        <source>Tersimpan sebagai gagasan no. %1, tetapi sudah ada, tidak dihitung (sama dengan no. %2).</source>
        <translation>Saved as idea no. %1, but it was already there and is not counted (same as no. %2).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="628"/>
        <source>Hanya gagasan yang baru saja Anda simpan yang bisa diperbaiki, dan hanya dalam %1 menit.</source>
        <translation>Only the idea you have just saved can be corrected, and only within %1 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="648"/>
        <source>Perbaiki gagasan no. %1, lalu tekan Enter.</source>
        <translation>Correct idea no. %1, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="695"/>
        <source>Perbaikan BELUM tersimpan (%1). Coba tekan Enter lagi, atau panggil fasilitator.</source>
        <translation>The correction was NOT saved (%1). Try pressing Enter again, or call the facilitator.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="705"/>
        <source>✓ Perbaikan gagasan no. %1 tersimpan.</source>
        <translation>✓ Correction of idea no. %1 saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="711"/>
        <source>Perbaikan gagasan no. %1 tersimpan, tetapi sudah ada, tidak dihitung (sama dengan no. %2).</source>
        <translation>Correction of idea no. %1 saved, but it was already there and is not counted (same as no. %2).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="731"/>
        <source>Waktu untuk memperbaiki gagasan no. %1 sudah habis; gagasan itu tetap seperti semula. Teks Anda masih di kolom: tekan Enter untuk menyimpannya sebagai gagasan baru, atau hapus.</source>
        <translation>The time to correct idea no. %1 is over; that idea stays as it was. Your text is still in the field: press Enter to save it as a new idea, or delete it.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="749"/>
        <source>Perbaiki gagasan no. %1 (%2)</source>
        <translation>Correct idea no. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="758"/>
        <source>Simpan perbaikan (Enter)</source>
        <translation>Save the correction (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="758"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="353"/>
        <source>Gagasan berikutnya sama pengusulnya</source>
        <translation>The next idea is by the same proposer</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="345"/>
        <source>Perbaiki ide terakhir</source>
        <translation>Correct the last idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_ideas.py" line="346"/>
        <source>Gagasan OPD ini sejauh ini</source>
        <translation>This OPD&apos;s ideas so far</translation>
    </message>
</context>
<context>
    <name>IgaView</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="237"/>
        <source>Kesiapan IGA dan perkiraan indeks</source>
        <translation>IGA readiness and the estimated index</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="238"/>
        <source>&amp;Tahun penilaian:</source>
        <translation>Assessment &amp;year:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="239"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="240"/>
        <source>Simpan &amp;Rekap Perkiraan IID…</source>
        <translation>Save the estimated IID &amp;summary…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="241"/>
        <source>&amp;Paket unggah…</source>
        <translation>Upload &amp;package…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="242"/>
        <source>Mulai &amp;tahun berikutnya…</source>
        <translation>Start the ne&amp;xt year…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="245"/>
        <source>Berkas bukti per inovasi dinamai menurut nomor indikator, salinan yang lebih kecil untuk pindaian dan foto di atas batas unggah portal, dan daftar berkasnya</source>
        <translation>Evidence files per innovation named by indicator number, smaller copies of scans and photos above the portal&apos;s upload limit, and their index</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="249"/>
        <source>Klaim (ada parameter dan bukti)</source>
        <translation>Claimed (parameter and evidence)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="250"/>
        <source>Terverifikasi (diterima Desk Inovasi)</source>
        <translation>Verified (accepted by the Desk Inovasi)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="251"/>
        <source>Siap IGA</source>
        <translation>IGA readiness</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="252"/>
        <source>Bagaimana jika</source>
        <translation>What if</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="254"/>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="254"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="254"/>
        <source>SID klaim / terverifikasi</source>
        <translation>SID claimed / verified</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="259"/>
        <source>Indeks &amp;sasaran:</source>
        <translation>&amp;Target index:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="260"/>
        <source>Skor SID &amp;inovasi baru:</source>
        <translation>SID score of a &amp;new innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="261"/>
        <source>&amp;Urusan inovasi baru:</source>
        <translation>&amp;Affair of the new innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="264"/>
        <source>Langkah termurah untuk menaikkan indeks (poin indeks)</source>
        <translation>Cheapest steps to raise the index (index points)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="267"/>
        <source>Inovasi / pemda</source>
        <translation>Innovation / region</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="268"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="269"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="270"/>
        <source>+ klaim</source>
        <translation>+ claimed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="271"/>
        <source>+ terverifikasi</source>
        <translation>+ verified</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="291"/>
        <source>Rekap disimpan: {path}</source>
        <translation>Summary saved: {path}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="307"/>
        <source>Paket unggah: {n} berkas di {folder}</source>
        <translation>Upload package: {n} files in {folder}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="309"/>
        <source>{n} inovasi tanpa folder (tidak dihitung tahun ini)</source>
        <translation>{n} innovations without a folder (not counted this year)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="314"/>
        <source>{n} berkas masih lebih dari {limit} MB: unggah lewat tautan</source>
        <translation>{n} files still over {limit} MB: upload them as links</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="327"/>
        <source>Mulai tahun berikutnya</source>
        <translation>Start the next year</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="329"/>
        <source>Bawa jawaban dan bukti tahun {old} ke tahun {new}? Semua menunggu verifikasi lagi; yang dokumennya di luar rentang tahun {new} ditandai perlu diperbarui. Jawaban tahun {old} tidak berubah.</source>
        <translation>Carry the answers and evidence of {old} into {new}? All wait for verification again; those whose documents fall outside {new}&apos;s window are marked to be renewed. The answers of {old} do not change.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="348"/>
        <source>Tahun {new}: {n} jawaban dibawa dari {old}, {m} perlu diperbarui.</source>
        <translation>Year {new}: {n} answers carried over from {old}, {m} need renewing.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="356"/>
        <source>Pilih folder untuk paket unggah</source>
        <translation>Choose a folder for the upload package</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="359"/>
        <source>paket-unggah-IGA-{year}</source>
        <translation>IGA-upload-package-{year}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="370"/>
        <source>Simpan Rekap Perkiraan IID</source>
        <translation>Save the estimated IID summary</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="371"/>
        <source>rekap-perkiraan-iid.pdf</source>
        <translation>estimated-iid-summary.pdf</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="372"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="409"/>
        <source>(tidak ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="422"/>
        <source>Perkiraan Indeks Inovasi Daerah {year}</source>
        <translation>Estimated Regional Innovation Index {year}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="425"/>
        <source>Aturan: {file}</source>
        <translation>Rules: {file}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="427"/>
        <source>PROGNOSIS, belum resmi ({status})</source>
        <translation>PROGNOSIS, not official ({status})</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="438"/>
        <source>SPD {spd} + SID {sid}/{divisor} ({average}) + jumlah inovasi {count} = {total} dari {maximum}; urusan yandas {covered} dari {affairs}</source>
        <translation>SPD {spd} + SID {sid}/{divisor} ({average}) + innovation count {count} = {total} of {maximum}; basic-service affairs {covered} of {affairs}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="478"/>
        <source>{ready} dari {reported} inovasi dilaporkan siap IGA · {have} dari {total} perangkat daerah memiliki inovasi · kursi kosong {seats}</source>
        <translation>{ready} of {reported} reported innovations ready for IGA · {have} of {total} agencies have an innovation · empty seats {seats}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="491"/>
        <source>Pemerintah daerah (indikator 1–15, urusan, kursi, OPD)</source>
        <translation>The region (indicators 1–15, affairs, seats, agencies)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="506"/>
        <source>tidak dilaporkan</source>
        <translation>not reported</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="525"/>
        <source>siap</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="525"/>
        <source>belum siap</source>
        <translation>not ready</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="550"/>
        <source>Klaim</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="551"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="560"/>
        <source>Perhatian: satu inovasi baru dengan skor SID {expected} menurunkan indeks ({delta} poin), karena di bawah rata-rata SID yang ada.</source>
        <translation>Note: one new innovation scoring SID {expected} lowers the index ({delta} points), being below the current average SID.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="573"/>
        <source>indeks {now} sudah mencapai sasaran {target}.</source>
        <translation>index {now} already reaches the target {target}.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="578"/>
        <source>indeks {now}; sasaran {target} tidak tercapai dengan menambah inovasi bernilai SID {expected}. Lengkapi bukti dan verifikasi dulu.</source>
        <translation>index {now}; the target {target} is out of reach by adding innovations scoring SID {expected}. Complete evidence and verification first.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="588"/>
        <source>Skor jumlah inovasi masih 0: pilih urusan wajib pelayanan dasar yang belum ada untuk inovasi baru.</source>
        <translation>The innovation count score is still 0: choose a missing basic-service affair for the new innovation.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="592"/>
        <source>indeks {now}; perlu {n} inovasi lagi → {reached}.</source>
        <translation>index {now}; {n} more innovations needed → {reached}.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="603"/>
        <source>Inovasi baru</source>
        <translation>New innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="605"/>
        <source>Pemda</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="429"/>
        <source>tahun diusulkan: {reason}</source>
        <translation>proposed year: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="462"/>
        <source>Tidak dihitung dalam indeks ({n} dari {reported} inovasi dilaporkan; di luar rentang penilaian tahun ini):</source>
        <translation>Not counted in the index ({n} of {reported} reported innovations; outside this year&apos;s assessment window):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="508"/>
        <source>tidak dihitung</source>
        <translation>not counted</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="55"/>
        <source>%1 OPD diimpor</source>
        <translation>%1 OPDs imported</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="59"/>
        <source>%1 gagasan diimpor</source>
        <translation>%1 ideas imported</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="62"/>
        <source>, %1 dilewati</source>
        <translation>, %1 skipped</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="164"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="168"/>
        <source>Impor OPD</source>
        <translation>Import OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="169"/>
        <source>Impor gagasan</source>
        <translation>Import ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="173"/>
        <source>Masalah yang ditemukan:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="222"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="177"/>
        <source>Kolom &amp;nama:</source>
        <translation>&amp;Name column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="178"/>
        <source>Kolom &amp;singkatan:</source>
        <translation>&amp;Abbreviation column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="199"/>
        <source>&amp;Lewati yang sudah ada</source>
        <translation>S&amp;kip those already there</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="202"/>
        <source>OPD yang singkatannya sudah ada di lokakarya (huruf besar/kecil sama saja) dilewati, bukan membatalkan seluruh impor</source>
        <translation>OPDs whose abbreviation the workshop already has (in any case) are skipped instead of refusing the whole import</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="213"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="293"/>
        <source>%1: %2 baris dibaca.</source>
        <translation>%1: %2 rows read.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="298"/>
        <source>Ditampilkan %1 baris pertama.</source>
        <translation>Showing the first %1 rows.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="306"/>
        <source>Berkas ini tidak dapat diimpor: perbaiki masalah di bawah, lalu coba lagi. Belum ada yang ditulis.</source>
        <translation>This file cannot be imported: fix the problems below, then try again. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="310"/>
        <source>%1 baris siap diimpor.</source>
        <translation>%1 rows ready to import.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="313"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="220"/>
        <source>Impor %1 baris</source>
        <translation>Import %1 rows</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="321"/>
        <source>(pilih kolom)</source>
        <translation>(choose a column)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="336"/>
        <source>Berkas tidak dapat diimpor. Belum ada yang ditulis.</source>
        <translation>The file cannot be imported. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="348"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="206"/>
        <source>&amp;Rapikan huruf besar/kecil</source>
        <translation>&amp;Tidy capitals</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="209"/>
        <source>“DINAS SOSIAL” menjadi “Dinas Sosial”; singkatan dalam kurung di akhir nama, misalnya “(disdukcapil)”, menjadi singkatan</source>
        <translation>“DINAS SOSIAL” becomes “Dinas Sosial”; an abbreviation in brackets at the end of the name, such as “(disdukcapil)”, becomes the abbreviation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="174"/>
        <source>Pratinjau baris yang akan diimpor</source>
        <translation>Preview of the rows to import</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="57"/>
        <source>%1 peserta diimpor</source>
        <translation>%1 participants imported</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="170"/>
        <source>Impor peserta</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="179"/>
        <source>Kolom &amp;OPD:</source>
        <translation>&amp;OPD column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="180"/>
        <source>Kolom &amp;gagasan:</source>
        <translation>&amp;Idea column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="181"/>
        <source>Kolom &amp;masalah:</source>
        <translation>&amp;Problem column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="182"/>
        <source>Kolom &amp;pengusul:</source>
        <translation>P&amp;roposer column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="183"/>
        <source>Kolom N&amp;IP:</source>
        <translation>N&amp;IP column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="184"/>
        <source>Kolom pan&amp;gkat/gol.:</source>
        <translation>Ran&amp;k/grade column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="185"/>
        <source>Kolom &amp;jabatan:</source>
        <translation>Posi&amp;tion column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="186"/>
        <source>Kolom nomor &amp;HP:</source>
        <translation>&amp;Mobile number column:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="191"/>
        <source>&amp;Lewati baris yang OPD-nya tidak dikenal</source>
        <translation>&amp;Skip rows whose OPD is unknown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="194"/>
        <source>Baris dengan OPD yang tidak ada di lokakarya dilewati (disebutkan, dengan OPD yang paling mirip), bukan membatalkan seluruh impor</source>
        <translation>Rows with an OPD the workshop does not have are skipped (named, with the most similar OPDs) instead of cancelling the whole import</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="218"/>
        <source>Impor %1 baris yang benar</source>
        <translation>Import the %1 correct rows</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/import_dialog.py" line="301"/>
        <source>Baris bermasalah (merah) tidak dapat diimpor; %1 baris yang benar dapat diimpor tanpa baris itu. Belum ada yang ditulis.</source>
        <translation>Rows with problems (red) cannot be imported; the %1 correct rows can be imported without them. Nothing has been written yet.</translation>
    </message>
</context>
<context>
    <name>InnovationForm</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="376"/>
        <source>1. Identitas</source>
        <translation>1. Identity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="377"/>
        <source>2. Jenis, bentuk, urusan</source>
        <translation>2. Type, form, affair</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="378"/>
        <source>3. Rancang bangun</source>
        <translation>3. Design narrative</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="379"/>
        <source>4. Tujuan dan manfaat</source>
        <translation>4. Goal and benefits</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="380"/>
        <source>5. Waktu dan anggaran</source>
        <translation>5. Dates and budget</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="381"/>
        <source>6. Tim</source>
        <translation>6. Team</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="382"/>
        <source>7. Rencana aksi</source>
        <translation>7. Action plan</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="390"/>
        <source>‹ Sebelumnya</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="391"/>
        <source>Berikutnya ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="392"/>
        <source>Tambah kegiatan</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="393"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="396"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="397"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="398"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="399"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="400"/>
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="401"/>
        <source>Indikator keberhasilan</source>
        <translation>Success indicator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="405"/>
        <source>Mencakup enam hal: %1.</source>
        <translation>Covers six points: %1.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="416"/>
        <source>kode, dipisah titik koma: 2.16; 1.01</source>
        <translation>codes, separated by semicolons: 2.16; 1.01</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="446"/>
        <source>%1: “%2” → “%3” (%4)</source>
        <translation>%1: “%2” → “%3” (%4)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="454"/>
        <source>Riwayat isian:</source>
        <translation>Field history:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="463"/>
        <source>%1 dari %2 kata</source>
        <translation>%1 of %2 words</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="477"/>
        <source>★ urusan wajib pelayanan dasar</source>
        <translation>★ mandatory basic-service affair</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="479"/>
        <source>★ menandai enam urusan wajib pelayanan dasar</source>
        <translation>★ marks the six mandatory basic-service affairs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="372"/>
        <source>Langkah formulir inovasi</source>
        <translation>Innovation form steps</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="410"/>
        <source>Lampirkan PDF…</source>
        <translation>Attach PDF…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="498"/>
        <source>lintang, bujur: -2.5320, 112.9480</source>
        <translation>latitude, longitude: -2.5320, 112.9480</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="500"/>
        <source>pilih dari daftar tahun ini</source>
        <translation>choose from this year&apos;s list</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="504"/>
        <source>(daftar belum pasti)</source>
        <translation>(list not yet confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="628"/>
        <source>terlampir</source>
        <translation>attached</translation>
    </message>
</context>
<context>
    <name>JurorPickPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="113"/>
        <source>Juri: pilih nama Anda</source>
        <translation>Juror: choose your name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="116"/>
        <source>Setiap juri menilai di lembarnya sendiri. Nama Anda tidak ada? Minta fasilitator menambahkannya.</source>
        <translation>Each juror scores on their own sheet. Your name is not listed? Ask the facilitator to add it.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="120"/>
        <source>Mulai menilai</source>
        <translation>Start scoring</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="140"/>
        <source>Belum ada juri. Fasilitator menambahkannya dulu.</source>
        <translation>No jurors yet. The facilitator adds them first.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="112"/>
        <source>Daftar juri</source>
        <translation>Jurors</translation>
    </message>
</context>
<context>
    <name>JuryPanel</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="165"/>
        <source>Acara gelar inovasi</source>
        <translation>Innovation expo event</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="171"/>
        <source>&amp;Mulai:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="178"/>
        <source>Simpan acara</source>
        <translation>Save event</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="179"/>
        <source>Urutan presentasi (centang yang tampil):</source>
        <translation>Presentation order (tick those presenting):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="180"/>
        <source>Lembar nilai juri</source>
        <translation>Juror&apos;s score sheet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="181"/>
        <source>&amp;Juri:</source>
        <translation>&amp;Juror:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="183"/>
        <source>Tambah juri…</source>
        <translation>Add juror…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="188"/>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="191"/>
        <source>Peringkat</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="192"/>
        <source>Inovasi</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="193"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="194"/>
        <source>Rata-rata</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="195"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="169"/>
        <source>Tan&amp;ggal:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="170"/>
        <source>Tem&amp;pat:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="172"/>
        <source>Menit per present&amp;asi:</source>
        <translation>&amp;Minutes per presentation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="173"/>
        <source>Jumla&amp;h juara:</source>
        <translation>&amp;Number of winners:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="182"/>
        <source>Ino&amp;vasi:</source>
        <translation>&amp;Innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="184"/>
        <source>Simpan nila&amp;i</source>
        <translation>S&amp;ave scores</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="185"/>
        <source>&amp;Rubrik penilaian…</source>
        <translation>Scoring &amp;rubric…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="186"/>
        <source>Cetak ja&amp;dwal…</source>
        <translation>Print sched&amp;ule…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="187"/>
        <source>Lembar nilai &amp;kosong…</source>
        <translation>Blan&amp;k score sheets…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="198"/>
        <source>Tetapkan j&amp;uara</source>
        <translation>Fi&amp;x the winners</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="199"/>
        <source>Batalkan penetapan</source>
        <translation>Undo fixing</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="298"/>
        <source>seri</source>
        <translation>tie</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="300"/>
        <source>dipisah oleh {criterion}</source>
        <translation>separated by {criterion}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="301"/>
        <source>{n} juri</source>
        <translation>{n} jurors</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="318"/>
        <source>Top {n} sudah ditetapkan.</source>
        <translation>Top {n} fixed.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="319"/>
        <source>Tampil di proyektor.</source>
        <translation>Shown on the projector.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="322"/>
        <source>Belum ditetapkan: nilai masih dapat diubah.</source>
        <translation>Not fixed yet: scores can still change.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="324"/>
        <source>Sembunyikan dari proyektor</source>
        <translation>Hide from the projector</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="326"/>
        <source>Tampilkan di pro&amp;yektor</source>
        <translation>Show on the proje&amp;ctor</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="395"/>
        <source>Simpan jadwal presentasi</source>
        <translation>Save the presentation schedule</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="397"/>
        <source>Simpan lembar penilaian juri</source>
        <translation>Save the jurors&apos; score sheets</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="400"/>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="414"/>
        <source>Ditulis ke {path}</source>
        <translation>Written to {path}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="432"/>
        <source>Tetapkan juara sekarang? Periksa dulu:</source>
        <translation>Fix the winners now? Check first:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="435"/>
        <source>Setelah ditetapkan, nilai tidak dapat diubah lagi sampai penetapan dibatalkan.</source>
        <translation>Once fixed, scores cannot change until the fixing is cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="441"/>
        <source>Tetapkan juara</source>
        <translation>Fix winners</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="448"/>
        <source>Tetap tetapkan</source>
        <translation>Fix anyway</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="449"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="366"/>
        <source>Tambah juri</source>
        <translation>Add juror</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="366"/>
        <source>Nama juri:</source>
        <translation>Juror&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="376"/>
        <source>Pilih juri dan inovasi dulu.</source>
        <translation>Choose a juror and an innovation first.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_jury.py" line="383"/>
        <source>Nilai disimpan.</source>
        <translation>Scores saved.</translation>
    </message>
</context>
<context>
    <name>JurySheetPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="291"/>
        <source>Ganti juri</source>
        <translation>Change juror</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="290"/>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="292"/>
        <source>Urutan presentasi</source>
        <translation>Presentation order</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="293"/>
        <source>‹ Sebelumnya</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="294"/>
        <source>&amp;Simpan nilai</source>
        <translation>&amp;Save scores</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="295"/>
        <source>Berikutnya ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="297"/>
        <source>Juri: %1</source>
        <translation>Juror: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="402"/>
        <source>Belum ada urutan presentasi.</source>
        <translation>No presentation order yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="423"/>
        <source>Juara sudah ditetapkan: nilai tidak dapat diubah lagi.</source>
        <translation>The winners are fixed: scores can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="444"/>
        <source>Nilai akhir: – (%1 kriteria belum dinilai)</source>
        <translation>Final score: – (%1 criteria not scored yet)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="448"/>
        <source>Nilai akhir: %1</source>
        <translation>Final score: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="451"/>
        <source>belum disimpan</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="472"/>
        <source>Nilai untuk %1 tersimpan.</source>
        <translation>Scores for %1 saved.</translation>
    </message>
</context>
<context>
    <name>JuryStationWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="525"/>
        <source>Stasiun juri — %1</source>
        <translation>Juror station — %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="528"/>
        <source>Labinovasi · stasiun juri · nilai tersimpan saat Anda menekan Simpan atau pindah ke inovasi lain</source>
        <translation>Labinovasi · juror station · scores are saved when you press Save or move to another innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="586"/>
        <source>Hanya fasilitator yang dapat mengganti juri atau menutup stasiun ini.</source>
        <translation>Only the facilitator can change the juror or close this station.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="588"/>
        <source>Hanya fasilitator yang dapat mengganti juri di stasiun ini.</source>
        <translation>Only the facilitator can change the juror on this station.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="591"/>
        <source>Tutup stasiun</source>
        <translation>Close station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_jury.py" line="591"/>
        <source>Ganti juri</source>
        <translation>Change juror</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="136"/>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="153"/>
        <source>Buka &amp;contoh</source>
        <translation>Open &amp;sample</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="189"/>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="198"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="551"/>
        <source>Pintasan &amp;keyboard</source>
        <translation>Keyboard &amp;shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="263"/>
        <source>&amp;Data lokakarya…</source>
        <translation>&amp;Workshop details…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="272"/>
        <source>&amp;Kop surat, penanda tangan, peserta…</source>
        <translation>&amp;Letterhead, signatories, participants…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="281"/>
        <source>Impor &amp;OPD…</source>
        <translation>Import &amp;OPDs…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="290"/>
        <source>Impor &amp;gagasan…</source>
        <translation>Import &amp;ideas…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="299"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="308"/>
        <source>&amp;Salinan stasiun…</source>
        <translation>&amp;Station copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="327"/>
        <source>&amp;Tambah OPD…</source>
        <translation>&amp;Add OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="345"/>
        <source>Tambah &amp;gagasan (ke kolom isian)</source>
        <translation>Add &amp;idea (go to the input field)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="355"/>
        <source>&amp;Maju ke tahap berikutnya</source>
        <translation>&amp;Forward to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="364"/>
        <source>&amp;Kembali ke tahap sebelumnya</source>
        <translation>&amp;Back to the previous stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="373"/>
        <source>OPD &amp;berikutnya</source>
        <translation>&amp;Next OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="383"/>
        <source>OPD &amp;sebelumnya</source>
        <translation>&amp;Previous OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="394"/>
        <source>Lembar hasil lab &amp;OPD ini…</source>
        <translation>Lab result sheet of this &amp;OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="404"/>
        <source>&amp;Rekapitulasi…</source>
        <translation>&amp;Summary…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="413"/>
        <source>&amp;Semua laporan…</source>
        <translation>&amp;All reports…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="440"/>
        <source>&amp;Paket unggah…</source>
        <translation>Upload &amp;package…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="449"/>
        <source>Mulai &amp;tahun berikutnya…</source>
        <translation>Start the ne&amp;xt year…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="459"/>
        <source>&amp;Papan OPD</source>
        <translation>OPD &amp;board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="468"/>
        <source>Pe&amp;laksanaan (deliver, bukti dukung, gelar)</source>
        <translation>&amp;After the lab (deliver, evidence, expo)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="478"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="497"/>
        <source>&amp;Hitung mundur di proyektor…</source>
        <translation>Projector &amp;countdown…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="506"/>
        <source>&amp;Stasiun peserta</source>
        <translation>Participant &amp;station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="515"/>
        <source>Stasiun &amp;juri (menilai gelar inovasi)</source>
        <translation>J&amp;uror station (scoring the innovation expo)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="524"/>
        <source>&amp;Ikut lewat HP…</source>
        <translation>Join by &amp;phone…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="560"/>
        <source>&amp;Tentang Labinovasi</source>
        <translation>&amp;About Labinovasi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="542"/>
        <source>&amp;Panduan fasilitator</source>
        <translation>Facilitator&apos;s &amp;guide</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="432"/>
        <source>&amp;Kesiapan IGA dan perkiraan indeks…</source>
        <translation>IGA &amp;readiness and estimated index…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="145"/>
        <source>Buka &amp;terakhir</source>
        <translation>Open recen&amp;t</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="65"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="66"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="67"/>
        <source>&amp;Lokakarya</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="68"/>
        <source>&amp;OPD</source>
        <translation>&amp;OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="69"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="70"/>
        <source>Ind&amp;eks IGA</source>
        <translation>IGA in&amp;dex</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="71"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="533"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="72"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="229"/>
        <source>Ctrl+Enter: tambah gagasan · Ctrl+PgDown/PgUp: OPD berikutnya/sebelumnya · Alt+Kiri: papan OPD · F5: muat ulang · F8: proyektor</source>
        <translation>Ctrl+Enter: add idea · Ctrl+PgDown/PgUp: next/previous OPD · Alt+Left: OPD board · F5: reload · F8: projector</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="245"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="248"/>
        <source>(hanya-baca)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="209"/>
        <source>&amp;Batalkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="220"/>
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="103"/>
        <source>&amp;Kembalikan gagasan</source>
        <translation>&amp;Restore idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="241"/>
        <source>&amp;Tarik gagasan…</source>
        <translation>&amp;Withdraw idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="303"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="310"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="336"/>
        <source>Tidak dapat membuka</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="316"/>
        <source>Berkas dibuka hanya-baca (%1): perubahan tidak dapat disimpan.</source>
        <translation>File opened read-only (%1): changes cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="340"/>
        <source>Pulihkan dari cadangan terbaru (%1)? Berkas yang sekarang disimpan di sampingnya.</source>
        <translation>Restore from the latest backup (%1)? The current file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="354"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="387"/>
        <source>Tidak dapat memulihkan</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="369"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="392"/>
        <source>Dipulihkan dari %1</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="404"/>
        <source>Lokakarya tidak dibuat</source>
        <translation>Workshop not created</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="415"/>
        <source>Lokakarya baru</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="371"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="417"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="451"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="936"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="979"/>
        <source>Berkas lokakarya (*.labinovasi)</source>
        <translation>Workshop files (*.labinovasi)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="449"/>
        <source>Simpan lokakarya sebagai</source>
        <translation>Save workshop as</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="465"/>
        <source>Menyimpan salinan…</source>
        <translation>Saving a copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="487"/>
        <source>Buka lokakarya</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="489"/>
        <source>Berkas lokakarya (*.labinovasi);;Semua berkas (*)</source>
        <translation>Workshop files (*.labinovasi);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="497"/>
        <source>Buka dari server</source>
        <translation>Open from server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="498"/>
        <source>Alamat basis data, mis. postgresql+psycopg://user@host/lab:</source>
        <translation>Database address, e.g. postgresql+psycopg://user@host/lab:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="510"/>
        <source>Contoh tidak dapat dibuat</source>
        <translation>The sample cannot be created</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="517"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="587"/>
        <source>Buka OPD (Enter) untuk melanjutkan dengan pengecualian.</source>
        <translation>Open the OPD (Enter) to continue by exception.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="680"/>
        <source>Data lokakarya</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="700"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="703"/>
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="700"/>
        <source>Nama OPD:</source>
        <translation>OPD name:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="703"/>
        <source>Singkatan:</source>
        <translation>Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="709"/>
        <source>OPD tidak ditambahkan</source>
        <translation>OPD not added</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="722"/>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="724"/>
        <source>Tabel (*.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Tables (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="745"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="768"/>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="771"/>
        <source>Diekspor ke %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="779"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="801"/>
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="579"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="801"/>
        <source>Pilih satu OPD di papan dulu.</source>
        <translation>Choose an OPD on the board first.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="127"/>
        <source>Ba&amp;ru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="161"/>
        <source>Buka dari s&amp;erver…</source>
        <translation>Open from s&amp;erver…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="169"/>
        <source>&amp;Simpan sebagai…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="179"/>
        <source>T&amp;utup lokakarya</source>
        <translation>&amp;Close workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="231"/>
        <source>Ubah &amp;gagasan terpilih…</source>
        <translation>Edit the selected &amp;idea…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="252"/>
        <source>&amp;Pindahkan gagasan ke OPD lain…</source>
        <translation>&amp;Move idea to another OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="317"/>
        <source>Gab&amp;ungkan salinan stasiun…</source>
        <translation>&amp;Merge station copies…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="487"/>
        <source>Tampilan pro&amp;yektor</source>
        <translation>Pro&amp;jector view</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="934"/>
        <source>Simpan salinan stasiun</source>
        <translation>Save station copy</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="951"/>
        <source>Membuat salinan stasiun…</source>
        <translation>Making the station copy…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="954"/>
        <source>Salinan stasiun dibuat: %1</source>
        <translation>Station copy made: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="996"/>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="1004"/>
        <source>Menggabungkan…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="1050"/>
        <source>Tentang Labinovasi</source>
        <translation>About Labinovasi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="1052"/>
        <source>Labinovasi %1
Alat bantu Laboratorium Inovasi Daerah: gagasan, diagnosis, dan rancangan inovasi setiap OPD, luring.</source>
        <translation>Labinovasi %1
A tool for the regional Innovation Laboratory (Laboratorium Inovasi Daerah): every OPD&apos;s ideas, diagnosis and innovation design, offline.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="422"/>
        <source>&amp;Dokumen kantor…</source>
        <translation>Office &amp;papers…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/actions.py" line="336"/>
        <source>&amp;Daftar OPD (ubah nama, gabung, hapus)…</source>
        <translation>OPD &amp;list (rename, merge, delete)…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="253"/>
        <source>Salinan stasiun «%1»</source>
        <translation>Station copy “%1”</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/main_window.py" line="977"/>
        <source>Pilih berkas utama lokakarya</source>
        <translation>Choose the workshop&apos;s main file</translation>
    </message>
</context>
<context>
    <name>MergeFileDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="111"/>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="127"/>
        <source>Gabungkan salinan stasiun</source>
        <translation>Merge station copies</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="112"/>
        <source>Berkas lokakarya (*.labinovasi)</source>
        <translation>Workshop files (*.labinovasi)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="129"/>
        <source>%1 adalah lokakarya yang sedang terbuka. Lokakarya tidak dapat digabungkan ke dirinya sendiri: pilih salinan stasiun.</source>
        <translation>%1 is the open workshop. A workshop cannot be merged into itself: choose a station copy.</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="150"/>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="154"/>
        <source>Hasil penggabungan</source>
        <translation>Merge result</translation>
    </message>
</context>
<context>
    <name>MethodBox</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="129"/>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>MoveIdeaDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="116"/>
        <source>Pindahkan gagasan no. %1</source>
        <translation>Move idea no. %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="123"/>
        <source>Pindahkan ke &amp;OPD:</source>
        <translation>Move to &amp;OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="134"/>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="135"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/drumup_tab.py" line="119"/>
        <source>— pilih OPD tujuan —</source>
        <translation>— choose the OPD to move it to —</translation>
    </message>
</context>
<context>
    <name>OfficePapersDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="153"/>
        <source>Dokumen kantor</source>
        <translation>Office papers</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="156"/>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="157"/>
        <source>&amp;Inovasi:</source>
        <translation>&amp;Innovation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="158"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="159"/>
        <source>&amp;Sesi:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="160"/>
        <source>&amp;Baris kosong:</source>
        <translation>&amp;Blank rows:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="173"/>
        <source>tanggal lain dari catatan lab</source>
        <translation>another date than the lab&apos;s records</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="174"/>
        <source>&amp;Piagam per inovasi (bukan sertifikat peserta)</source>
        <translation>&amp;Award charter per innovation (not participant certificates)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="175"/>
        <source>mis. Sesi 1, 08.00–12.00</source>
        <translation>e.g. Sesi 1, 08.00–12.00</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="176"/>
        <source>P&amp;ratinjau…</source>
        <translation>P&amp;review…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="177"/>
        <source>Simpan P&amp;DF…</source>
        <translation>Save P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="178"/>
        <source>Simpan &amp;Word…</source>
        <translation>Save &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="179"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="187"/>
        <source>(semua OPD)</source>
        <translation>(every OPD)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="193"/>
        <source>(semua inovasi)</source>
        <translation>(every innovation)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="302"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="302"/>
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="305"/>
        <source>Simpan dokumen</source>
        <translation>Save document</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="320"/>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="335"/>
        <source>Dokumen tersimpan di %1</source>
        <translation>Document saved in %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="346"/>
        <source>Dokumen tidak dapat dibuat</source>
        <translation>The document could not be made</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="161"/>
        <source>T&amp;ahapan:</source>
        <translation>St&amp;age:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="162"/>
        <source>Ta&amp;hun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="198"/>
        <source>(semua tahapan)</source>
        <translation>(every stage)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/office_papers_dialog.py" line="202"/>
        <source>(semua tahun)</source>
        <translation>(every year)</translation>
    </message>
</context>
<context>
    <name>OpdBoard</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="125"/>
        <source>Ta&amp;mpilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="126"/>
        <source>Ca&amp;ri OPD:</source>
        <translation>Sea&amp;rch OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="127"/>
        <source>singkatan atau nama, mis. DINKES</source>
        <translation>abbreviation or name, e.g. DINKES</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="131"/>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="132"/>
        <source>Belum memenuhi minimal</source>
        <translation>Below the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="135"/>
        <source>Tahap %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="190"/>
        <source>Belum ada lokakarya yang dibuka</source>
        <translation>No workshop open yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="192"/>
        <source>Buat lokakarya baru (Ctrl+N) atau buka berkas lokakarya (Ctrl+O).</source>
        <translation>Create a new workshop (Ctrl+N) or open a workshop file (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="234"/>
        <source>Lokakarya ini belum punya OPD. Langkah berikutnya: Lokakarya → Impor OPD… (dari CSV/XLSX) atau OPD → Tambah OPD…</source>
        <translation>This workshop has no OPD yet. Next step: Workshop → Import OPDs… (from CSV/XLSX) or OPD → Add OPD…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="242"/>
        <source>%1 dari %2 OPD (%3) memenuhi minimal %4 gagasan · %5 gagasan dihitung, %6 tersimpan</source>
        <translation>%1 of %2 OPDs (%3) have at least %4 ideas · %5 ideas counted, %6 stored</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_board.py" line="133"/>
        <source>Minta lanjut</source>
        <translation>Asking to move on</translation>
    </message>
</context>
<context>
    <name>OpdListDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="109"/>
        <source>Daftar OPD</source>
        <translation>OPD list</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="110"/>
        <source>&amp;Nama OPD:</source>
        <translation>&amp;Name of the OPD:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="111"/>
        <source>&amp;Singkatan:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="112"/>
        <source>&amp;Rapikan huruf</source>
        <translation>&amp;Tidy capitals</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="115"/>
        <source>Nama yang ditulis huruf besar semua menjadi huruf awal besar; singkatan dalam kurung di akhir nama menjadi singkatan.</source>
        <translation>A name written all in capitals gets initial capitals; an abbreviation in brackets at the end of the name becomes the abbreviation.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="119"/>
        <source>Si&amp;mpan nama</source>
        <translation>&amp;Save name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="120"/>
        <source>&amp;Gabungkan ke:</source>
        <translation>&amp;Merge into:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="121"/>
        <source>Gab&amp;ungkan</source>
        <translation>Mer&amp;ge</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="124"/>
        <source>Gagasan, inovasi dan orang dari OPD terpilih pindah ke OPD ini; OPD terpilih lalu dihapus.</source>
        <translation>The ideas, innovations and people of the chosen OPD move to this OPD; the chosen OPD is then removed.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="128"/>
        <source>&amp;Hapus OPD</source>
        <translation>&amp;Delete OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="129"/>
        <source>Hanya OPD yang belum punya gagasan.</source>
        <translation>Only an OPD that has no ideas yet.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="130"/>
        <source>&amp;Batalkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="174"/>
        <source>— pilih OPD yang digabungkan ke sini —</source>
        <translation>— choose the OPD to merge into this one —</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="207"/>
        <source>Ubah nama OPD {abbr}</source>
        <translation>Rename OPD {abbr}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="211"/>
        <source>Disimpan: {opd}</source>
        <translation>Saved: {opd}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="225"/>
        <source>Hapus OPD {abbr}</source>
        <translation>Delete OPD {abbr}</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="230"/>
        <source>{opd} dihapus (Ctrl+Z membatalkan).</source>
        <translation>{opd} deleted (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="238"/>
        <source>Pilih OPD yang digabungkan ke OPD ini.</source>
        <translation>Choose the OPD to merge into this one.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="244"/>
        <source>Gabungkan OPD</source>
        <translation>Merge OPDs</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="246"/>
        <source>Semua gagasan, inovasi dan orang dari {other} pindah ke {keep}, lalu {other} dihapus. Penggabungan tidak dapat dibatalkan. Lanjutkan?</source>
        <translation>All ideas, innovations and people of {other} move to {keep}, then {other} is deleted. A merge cannot be undone. Go on?</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_list_dialog.py" line="276"/>
        <source>{other} digabung ke {keep}: {ideas} gagasan dipindah.</source>
        <translation>{other} merged into {keep}: {ideas} ideas moved.</translation>
    </message>
</context>
<context>
    <name>OpdTableModel</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="85"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="86"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="87"/>
        <source>Gagasan dihitung</source>
        <translation>Counted ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="88"/>
        <source>Dihitung / tersimpan</source>
        <translation>Counted / stored</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="89"/>
        <source>Memenuhi minimal</source>
        <translation>Meets the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="90"/>
        <source>Diagnose / design</source>
        <translation>Diagnose / design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="113"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="113"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="127"/>
        <source>Sudah memenuhi minimal</source>
        <translation>Meets the minimum</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/opd_table.py" line="128"/>
        <source>Perlu {n} gagasan lagi</source>
        <translation>Ideas still needed: {n}</translation>
    </message>
</context>
<context>
    <name>OpdWorkspace</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="121"/>
        <source>◀ Papan OPD</source>
        <translation>◀ OPD board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="122"/>
        <source>Kembali ke papan OPD (Alt+Kiri)</source>
        <translation>Back to the OPD board (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="123"/>
        <source>1. Drum-up: gagasan</source>
        <translation>1. Drum-up: ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="124"/>
        <source>2. Diagnose: masalah, APKL, USG</source>
        <translation>2. Diagnose: problems, APKL, USG</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="125"/>
        <source>3. Design: rancangan inovasi</source>
        <translation>3. Design: innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="126"/>
        <source>Lanjutkan dengan pengecualian…</source>
        <translation>Continue with an exception…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="127"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="156"/>
        <source>Belum ada OPD dipilih</source>
        <translation>No OPD chosen yet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="164"/>
        <source>Tahap: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="180"/>
        <source>Kembali ke %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="182"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="186"/>
        <source>Maju ke %1 ▶</source>
        <translation>Forward to %1 ▶</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="188"/>
        <source>Maju ke tahap berikutnya</source>
        <translation>Forward to the next stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="304"/>
        <source>pindah tahap %1 ke %2</source>
        <translation>move %1 to stage %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="319"/>
        <source>Tulis &amp;alasan pengecualian (dicatat dan dicetak):</source>
        <translation>Write the &amp;reason for the exception (recorded and printed):</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="320"/>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="281"/>
        <source>%1 sekarang di tahap %2.</source>
        <translation>%1 is now in stage %2.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="286"/>
        <source>Pengecualian dicatat: %1</source>
        <translation>Exception recorded: %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="316"/>
        <source>Lanjutkan dengan pengecualian</source>
        <translation>Continue with an exception</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="119"/>
        <source>Tahap sebelumnya</source>
        <translation>Previous stage</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/opd_workspace.py" line="120"/>
        <source>Tahap berikutnya</source>
        <translation>Next stage</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="240"/>
        <source>Kop surat, penanda tangan dan peserta</source>
        <translation>Letterhead, signatories and participants</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="241"/>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="242"/>
        <source>Penanda tangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="243"/>
        <source>Kepala OPD</source>
        <translation>OPD heads</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="244"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="258"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="310"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="318"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="259"/>
        <source>Nama kepala</source>
        <translation>Head’s name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="260"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="299"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="307"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="316"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="261"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="300"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="308"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="262"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="301"/>
        <source>Jabatan lengkap</source>
        <translation>Full position title</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="268"/>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="269"/>
        <source>Nama badan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="270"/>
        <source>Singkatan badan</source>
        <translation>Agency short name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="271"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="272"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="273"/>
        <source>Pos-el</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="274"/>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="275"/>
        <source>Kota penandatanganan</source>
        <translation>City of signing</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="276"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="277"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="281"/>
        <source>mis. PEMERINTAH KABUPATEN TANAH HARAPAN</source>
        <translation>e.g. PEMERINTAH KABUPATEN TANAH HARAPAN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="283"/>
        <source>Pilih logo (PNG, JPG, SVG)…</source>
        <translation>Choose a logo (PNG, JPG, SVG)…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="284"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="286"/>
        <source>Kepala Bapperida</source>
        <translation>Head of Bapperida</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="287"/>
        <source>Sekretaris Daerah</source>
        <translation>Regional Secretary</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="288"/>
        <source>Fasilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="289"/>
        <source>Kepala daerah (Bupati/Wali Kota)</source>
        <translation>Head of region (Bupati/Wali Kota)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="298"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="306"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="315"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="309"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="317"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="311"/>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="319"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="322"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="323"/>
        <source>Impor dari CSV/XLSX…</source>
        <translation>Import from CSV/XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="327"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="328"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="359"/>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="361"/>
        <source>Gambar (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="371"/>
        <source>Berkas SVG tidak dapat dibaca.</source>
        <translation>The SVG file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="452"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="486"/>
        <source>Peserta ditambahkan.</source>
        <translation>Participant added.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="495"/>
        <source>Impor peserta</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="497"/>
        <source>Tabel (*.csv *.xlsx *.txt)</source>
        <translation>Tables (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="290"/>
        <source>Penyelenggara (PPTK atau Kepala Bidang)</source>
        <translation>Organiser (PPTK or head of division)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="245"/>
        <source>Materi (JP)</source>
        <translation>Materi (JP)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="246"/>
        <source>Materi</source>
        <translation>Materi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="246"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="247"/>
        <source>Tambah materi</source>
        <translation>Add materi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="248"/>
        <source>Hapus materi</source>
        <translation>Remove materi</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="251"/>
        <source>Materi dan jam pelajaran (JP, 45 menit) dicetak pada sertifikat peserta sebagai bukti bimtek (indikator IGA 20). Kosongkan bila tidak ada.</source>
        <translation>Materi and lesson hours (JP, 45 minutes) are printed on the participants&apos; certificates as evidence of a bimtek (IGA indicator 20). Leave empty if there are none.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="291"/>
        <source>Verifikator Desk Inovasi</source>
        <translation>Desk Inovasi verifier</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/papers_dialog.py" line="421"/>
        <source>Jumlah: %1 JP</source>
        <translation>Total: %1 JP</translation>
    </message>
</context>
<context>
    <name>PhoneJoinWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="247"/>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="298"/>
        <source>Ikut lewat HP</source>
        <translation>Join by phone</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="248"/>
        <source>Alamat jaringan:</source>
        <translation>Network address:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="250"/>
        <source>0.0.0.0 (semua antarmuka)</source>
        <translation>0.0.0.0 (every interface)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="252"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="255"/>
        <source>Meja</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="256"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="257"/>
        <source>HP terhubung</source>
        <translation>Phones connected</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="258"/>
        <source>USG lewat HP</source>
        <translation>USG on phones</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="259"/>
        <source>Tautan</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="262"/>
        <source>Cabut tautan (kode baru)</source>
        <translation>Revoke link (new code)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="263"/>
        <source>Tampilkan besar / proyektor</source>
        <translation>Show large / projector</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="264"/>
        <source>Cetak kode QR (satu halaman per meja)…</source>
        <translation>Print QR codes (one page per table)…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="326"/>
        <source>Hentikan server</source>
        <translation>Stop server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="326"/>
        <source>Mulai server</source>
        <translation>Start server</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="334"/>
        <source>Server berjalan: %1 — peserta memindai kode QR mejanya.</source>
        <translation>Server running: %1 — participants scan their table&apos;s QR code.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="339"/>
        <source>Server belum berjalan.</source>
        <translation>The server is not running.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="356"/>
        <source>Juri</source>
        <translation>Jurors</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="357"/>
        <source>Gelar inovasi: menilai</source>
        <translation>Innovation showcase: scoring</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="395"/>
        <source>Juri: pindai untuk menilai</source>
        <translation>Jurors: scan to score</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="396"/>
        <source>Meja %1: pindai untuk ikut</source>
        <translation>Table %1: scan to join</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="426"/>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="440"/>
        <source>Cetak kode QR</source>
        <translation>Print QR codes</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/phone_join.py" line="426"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="214"/>
        <source>Pilih OPD Anda</source>
        <translation>Choose your OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="278"/>
        <source>Tekan Enter untuk memilih %1 — atau sentuh OPD lain di daftar.</source>
        <translation>Press Enter to choose %1 — or touch another OPD in the list.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="285"/>
        <source>Ketik nama atau singkatan OPD, lalu tekan Enter — atau sentuh OPD Anda di daftar.</source>
        <translation>Type the OPD&apos;s name or abbreviation, then press Enter — or touch your OPD in the list.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="215"/>
        <source>Cari OPD… (mis. dinkes atau kesehatan)</source>
        <translation>Find OPD… (e.g. dinkes or kesehatan)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="265"/>
        <source>Tidak ada OPD yang cocok dengan “%1”. Coba kata lain.</source>
        <translation>No OPD matches “%1”. Try another word.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pick.py" line="213"/>
        <source>Daftar OPD</source>
        <translation>OPD list</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="103"/>
        <source>PIN fasilitator</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="105"/>
        <source>Hanya fasilitator yang dapat menutup stasiun ini. Peserta: tekan “Kembali” untuk terus menulis gagasan.</source>
        <translation>Only the facilitator can close this station. Participants: press “Back” to keep writing ideas.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="110"/>
        <source>Perhatian: %1 gagasan yang sudah diketik belum disimpan dan akan hilang bila stasiun ditutup.</source>
        <translation>Attention: typed ideas not saved yet: %1. They will be lost if the station is closed.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="114"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="115"/>
        <source>Tutup stasiun</source>
        <translation>Close station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="116"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="140"/>
        <source>Masih harus menunggu.</source>
        <translation>Please wait a little longer.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="140"/>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="158"/>
        <source>Terlalu banyak PIN salah.</source>
        <translation>Too many wrong PINs.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="162"/>
        <source>Silakan coba lagi.</source>
        <translation>Please try again.</translation>
    </message>
</context>
<context>
    <name>PinSetupPage</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="184"/>
        <source>Atur PIN fasilitator</source>
        <translation>Set the facilitator PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="187"/>
        <source>PIN ini diperlukan untuk menutup stasiun. Ketik dua kali (minimal 4 karakter). PIN tidak disimpan di berkas dan hilang saat stasiun ditutup.</source>
        <translation>This PIN is needed to close the station. Type it twice (at least 4 characters). The PIN is not stored in the file and is gone when the station closes.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="191"/>
        <source>PIN baru</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="192"/>
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="193"/>
        <source>Mulai stasiun</source>
        <translation>Start station</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="194"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_pin.py" line="210"/>
        <source>Kedua PIN tidak sama. Ketik lagi.</source>
        <translation>The two PINs differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="192"/>
        <source>Pratinjau cetak — semua laporan</source>
        <translation>Print preview — all reports</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="193"/>
        <source>Pratinjau cetak — rekapitulasi</source>
        <translation>Print preview — summary</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="194"/>
        <source>Pratinjau cetak — lembar hasil lab</source>
        <translation>Print preview — lab result sheet</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="200"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="201"/>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="202"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="203"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="204"/>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="205"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="206"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="207"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="210"/>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="308"/>
        <source>PDF tersimpan di %1</source>
        <translation>PDF saved to %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="212"/>
        <source>Menyiapkan laporan…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="217"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="237"/>
        <source>Berkas PDF tidak dapat dibuka.</source>
        <translation>The PDF file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="259"/>
        <source>Laporan tidak dapat dibuat.</source>
        <translation>The report cannot be created.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="289"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="289"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="302"/>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="303"/>
        <source>Berkas tidak dapat disimpan:</source>
        <translation>The file cannot be saved:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="352"/>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="352"/>
        <source>Pencetak tidak dapat dibuka.</source>
        <translation>The printer cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="196"/>
        <source>Pratinjau cetak — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/print_preview.py" line="190"/>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="374"/>
        <source>Layar proyektor</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="375"/>
        <source>F11: layar penuh · Esc: kembali ke jendela</source>
        <translation>F11: full screen · Esc: back to a window</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="376"/>
        <source>Atur hitung mundur…</source>
        <translation>Set countdown…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="377"/>
        <source>Ulangi hitung mundur</source>
        <translation>Reset countdown</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="378"/>
        <source>Layar penuh (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="379"/>
        <source>Kontras tinggi</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="380"/>
        <source>Tutup layar proyektor</source>
        <translation>Close projector screen</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="381"/>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="405"/>
        <source>Peringkat Gelar Inovasi</source>
        <translation>Innovation Expo Ranking</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="414"/>
        <source>{met} dari {total} OPD ({percent}) memenuhi minimal {minimum} gagasan</source>
        <translation>{met} of {total} OPDs ({percent}) have at least {minimum} ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="427"/>
        <source>Gelar Inovasi</source>
        <translation>Innovation Expo</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="515"/>
        <source>Waktu habis</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="527"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/projector/projector_window.py" line="527"/>
        <source>Mulai hitung mundur</source>
        <translation>Start countdown</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/common.py" line="255"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="89"/>
        <source>Rubrik penilaian juri</source>
        <translation>Jury scoring rubric</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="90"/>
        <source>Kriteria</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="90"/>
        <source>Bobot (%)</source>
        <translation>Weight (%)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="91"/>
        <source>&amp;Tambah kriteria</source>
        <translation>&amp;Add criterion</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="92"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="93"/>
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="94"/>
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="95"/>
        <source>Kembalikan &amp;bawaan</source>
        <translation>Restore &amp;default</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="96"/>
        <source>&amp;Simpan rubrik</source>
        <translation>&amp;Save rubric</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="97"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="177"/>
        <source>Tambahkan paling sedikit satu kriteria.</source>
        <translation>Add at least one criterion.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="180"/>
        <source>Setiap kriteria perlu nama.</source>
        <translation>Every criterion needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/jury_rubric.py" line="183"/>
        <source>Jumlah bobot 100% ✓</source>
        <translation>Weights add up to 100% ✓</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/iga_view.py" line="78"/>
        <source>di batas {name}</source>
        <translation>at the {name} threshold</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="44"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="48"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="48"/>
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="56"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="66"/>
        <source>Tambah gagasan yang diketik (kolom Gagasan baru)</source>
        <translation>Add the typed idea (New idea field)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="67"/>
        <source>Kembali ke papan OPD</source>
        <translation>Back to the OPD board</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="68"/>
        <source>Simpan rancangan inovasi</source>
        <translation>Save the innovation design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="69"/>
        <source>Ubah sel tabel rencana aksi (juga klik ganda)</source>
        <translation>Edit an action plan cell (or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/shortcuts_dialog.py" line="70"/>
        <source>Layar penuh di jendela proyektor</source>
        <translation>Full screen in the projector window</translation>
    </message>
</context>
<context>
    <name>SimilarIdeasView</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="120"/>
        <source>Gagasan mirip</source>
        <translation>Similar ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="122"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="122"/>
        <source>Gagasan lebih dulu</source>
        <translation>Earlier idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="122"/>
        <source>Gagasan kemudian</source>
        <translation>Later idea</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="124"/>
        <source>Sama (&amp;duplikat)</source>
        <translation>Same (d&amp;uplicate)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="127"/>
        <source>Gagasan kemudian menjadi duplikat gagasan lebih dulu: tetap disimpan dan ditandai, tidak dihitung (Ctrl+Z membatalkan)</source>
        <translation>The later idea becomes a duplicate of the earlier one: kept and marked, not counted (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="131"/>
        <source>Be&amp;rbeda</source>
        <translation>&amp;Not the same</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="132"/>
        <source>Pasangan ini tidak disarankan lagi</source>
        <translation>This pair is not suggested again</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="133"/>
        <source>Tidak ada gagasan mirip di OPD ini.</source>
        <translation>No similar ideas in this OPD.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="219"/>
        <source>Calon kolaborasi — gagasan no. %1: %2 mengusulkan gagasan serupa</source>
        <translation>Collaboration candidate — idea no. %1: %2 propose similar ideas</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="229"/>
        <source>Gagasan no. %1 %2</source>
        <translation>Idea no. %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="256"/>
        <source>Mirip gagasan no. %1 — periksa di “Gagasan mirip”.</source>
        <translation>Similar to idea no. %1 — check “Similar ideas”.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="284"/>
        <source>gagasan no. %1 sama dengan no. %2</source>
        <translation>idea no. %1 same as no. %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="288"/>
        <source>Gagasan no. %1 ditandai sama dengan no. %2, tidak dihitung.</source>
        <translation>Idea no. %1 marked the same as no. %2, not counted.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="291"/>
        <source>gagasan no. %1 berbeda dengan no. %2</source>
        <translation>idea no. %1 different from no. %2</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/similar_view.py" line="295"/>
        <source>Gagasan no. %1 dan no. %2 berbeda; tidak disarankan lagi.</source>
        <translation>Ideas no. %1 and no. %2 are different; not suggested again.</translation>
    </message>
</context>
<context>
    <name>StationCopyBanner</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/copy_banner.py" line="50"/>
        <source>Salinan stasiun «%1» — gabungkan ke berkas utama</source>
        <translation>Station copy “%1” — merge it into the main file</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/copy_banner.py" line="54"/>
        <source>&amp;Gabungkan ke berkas utama…</source>
        <translation>&amp;Merge into the main file…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/copy_banner.py" line="57"/>
        <source>Pilih berkas utama lokakarya; isi salinan ini digabung ke sana, lalu berkas utama dibuka di sini.</source>
        <translation>Choose the workshop&apos;s main file; this copy&apos;s work is merged into it, then the main file opens here.</translation>
    </message>
</context>
<context>
    <name>StationCopyDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="37"/>
        <source>Salinan stasiun</source>
        <translation>Station copy</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="39"/>
        <source>Nama stasiun</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="40"/>
        <source>mis. Meja 1</source>
        <translation>e.g. Table 1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="43"/>
        <source>Bawa isi berkas bukti dukung (%1 berkas, %2)</source>
        <translation>Carry the evidence files&apos; contents (%1 files, %2)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="47"/>
        <source>Bawa isi berkas bukti dukung</source>
        <translation>Carry the evidence files&apos; contents</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="51"/>
        <source>Tanpa centang, salinan membawa daftar bukti dukung tanpa isinya; isinya tetap di berkas utama dan tidak hilang saat salinan digabung kembali.</source>
        <translation>Unticked, the copy carries the evidence list without the files&apos; contents; the contents stay in the main file and are not lost when the copy is merged back.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/station_dialogs.py" line="66"/>
        <source>Nama stasiun:</source>
        <translation>Station name:</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_window.py" line="96"/>
        <source>Stasiun peserta — %1</source>
        <translation>Participant station — %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_window.py" line="97"/>
        <source>Labinovasi · stasiun peserta · setiap gagasan langsung tersimpan</source>
        <translation>Labinovasi · participant station · every idea is saved at once</translation>
    </message>
</context>
<context>
    <name>StoredEvidencePicker</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="318"/>
        <source>Bukti tersimpan</source>
        <translation>Stored evidence</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="321"/>
        <source>Dokumen yang sudah tersimpan di lokakarya ini dapat mendukung indikator lain atau inovasi lain (mis. satu SK yang memuat semua inovasi) tanpa disimpan dua kali.</source>
        <translation>A document already stored in this workshop can back other indicators or other innovations (e.g. one decree listing every innovation) without being stored twice.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="326"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="327"/>
        <source>judul, nomor atau nama berkas</source>
        <translation>title, number or file name</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/evidence_dialog.py" line="335"/>
        <source>mendukung {n} jawaban</source>
        <translation>backs {n} answer(s)</translation>
    </message>
</context>
<context>
    <name>TeamHeader</name>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="85"/>
        <source>Ganti OPD</source>
        <translation>Change OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="90"/>
        <source>Menunggu fasilitator…</source>
        <translation>Waiting for the facilitator…</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/station/station_team.py" line="92"/>
        <source>Minta lanjut ke tahap berikutnya</source>
        <translation>Ask to move to the next stage</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="122"/>
        <source>&amp;Kelompokkan:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="126"/>
        <source>per OPD</source>
        <translation>per OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="127"/>
        <source>per indikator</source>
        <translation>per indicator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="131"/>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="214"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="131"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="131"/>
        <source>Inovasi · indikator</source>
        <translation>Innovation · indicator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="131"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="134"/>
        <source>Catatan verifikator (mis. halaman SK belum distabilo)</source>
        <translation>Verifier&apos;s note (e.g. the decree page is not highlighted)</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="136"/>
        <source>Bukti jawaban terpilih:</source>
        <translation>Evidence of the selected answer:</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="138"/>
        <source>B&amp;uka bukti</source>
        <translation>&amp;Open evidence</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="139"/>
        <source>&amp;Terima</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="140"/>
        <source>Perlu &amp;revisi</source>
        <translation>Needs &amp;revision</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="141"/>
        <source>T&amp;olak</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="154"/>
        <source>{opds} dari {total} OPD memiliki inovasi · {claimed} dari {expected} jawaban berbukti · {waiting} menunggu verifikasi</source>
        <translation>{opds} of {total} OPDs have an innovation · {claimed} of {expected} answers with evidence · {waiting} waiting for verification</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="165"/>
        <source>Menunggu verifikasi ({n})</source>
        <translation>Waiting for verification ({n})</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="214"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="218"/>
        <source>Inovasi</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="218"/>
        <source>Wajib</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="219"/>
        <source>Belum ada</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="220"/>
        <source>Wajib kosong</source>
        <translation>Mandatory missing</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="221"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="222"/>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="223"/>
        <source>Perlu revisi</source>
        <translation>Needs revision</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="224"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/delivery_verification.py" line="234"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="83"/>
        <source>Lokakarya baru</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="83"/>
        <source>Data lokakarya</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="85"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="86"/>
        <source>Daerah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="87"/>
        <source>Minimal gagasan per OPD</source>
        <translation>Minimum ideas per OPD</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="89"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="90"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="91"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="94"/>
        <source>Tanggal sudah ditentukan</source>
        <translation>Dates are set</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="98"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="99"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="102"/>
        <source>mis. Laboratorium Inovasi 2026</source>
        <translation>e.g. Innovation Laboratory 2026</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="103"/>
        <source>mis. Kabupaten Tanah Harapan</source>
        <translation>e.g. Kabupaten Tanah Harapan</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="119"/>
        <source>Judul lokakarya wajib diisi.</source>
        <translation>The workshop title is required.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="129"/>
        <source>Tulis tanggal mulai lokakarya.</source>
        <translation>Type the workshop&apos;s start date.</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/facilitator/workshop_dialog.py" line="133"/>
        <source>Tanggal selesai sebelum tanggal mulai.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../src/labinovasi/ui/screenshots.py" line="319"/>
        <source>✓ Tersimpan sebagai gagasan no. %1. Terima kasih!</source>
        <translation>✓ Saved as idea no. %1. Thank you!</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="103"/>
        <source>digabung dari %1</source>
        <translation>merged from %1</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="105"/>
        <source>dari rancangan lama</source>
        <translation>from the older design</translation>
    </message>
    <message>
        <location filename="../../src/labinovasi/ui/widgets/innovation_form.py" line="107"/>
        <source>diubah</source>
        <translation>edited</translation>
    </message>
</context>
</TS>
