"""Labinovasi: runs a Laboratorium Inovasi Daerah workshop on ordinary laptops, offline."""

__version__ = "0.1.0"
APP_NAME = "Labinovasi"
FILE_SUFFIX = ".labinovasi"
