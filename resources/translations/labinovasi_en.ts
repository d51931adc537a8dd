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
</TS>
