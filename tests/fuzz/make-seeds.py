#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of the two fuzz targets into corpus/<target>/ (see README.md).

Run from anywhere: python3 tests/fuzz/make-seeds.py. The files are committed; running it again
rewrites them identically. Inputs the fuzzers found later (and reduced) sit beside the seeds
under names that do not start with "seed-" and are left alone.
"""
import os
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
MINI = HERE.parent / "data" / "exchange-mini"
TABLES = ["sites", "rooms", "cohorts", "participants", "volunteers", "trainers",
          "trainer_unavailability", "enrolments", "sessions", "attendance", "pairings",
          "checkins", "outcomes"]

# Tricky CSV, each a file of its own (bytes, not text).
PARTICIPANTS_HEADER = (b"ref,first_name,last_name,birth_date,gender,country_of_origin,languages,"
                       b"french_level_entry,status,arrival_date,phone,email,professional_project,"
                       b"sector,referrer,consent_date,notes")
TRICKY = {
    "bom": b"\xef\xbb\xbfref,name\nS1,Maison de l'emploi\n",
    "semicolon": b"ref;name;city\nS1;Maison;Lille\nS2;\"A;B\";Paris\n",
    "crlf": b"ref,name\r\nS1,Maison\r\nS2,Agence\r\n",
    "lone-cr": b"ref,name\rS1,Maison\rS2,Agence\r",
    "quotes-in-quotes": b"ref,name\nS1,\"Espace \"\"Avenir\"\" \"\"2\"\"\"\nS2,\"\"\"\"\n",
    "embedded-newlines": b"ref,name,address\nS1,Maison,\"3 rue Nationale\n59000 Lille\r\nFrance\"\nS2,B,\"x\rz\"\n",
    "empty": b"",
    "header-only": b"ref,name,address,city,opens,closes,lunch_start,lunch_end\n",
    "header-only-no-eol": b"ref,name",
    "long-field": b"ref,name\nS1," + b"x" * 10000 + b"\nS2,\"" + b"y,\"\"" * 2500 + b"\"\n",
    "invalid-utf8": b"ref,name,city\nS1,Soci\xe9t\xe9 g\xe9n\xe9rale,\x80\x81\x9d\xff\n",
    "truncated-utf8": b"ref,name\nS1,caf\xc3",
    "overlong-utf8": b"ref,name\nS1,\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\n",
    "nul-bytes": b"ref,name\nS1,Mai\x00son\n\x00,\x00\n",
    "utf16le": "ref\tname\nS1\tMaison d'\u00e9t\u00e9\n".encode("utf-16-le"),
    "utf16le-bom": b"\xff\xfe" + "ref\tname\nS1\tMaison d'\u00e9t\u00e9\n".encode("utf-16-le"),
    "utf16be-bom-odd": b"\xfe\xff" + "ref,name\nS1,x\n".encode("utf-16-be") + b"\x00",
    "tabs": b"ref\tname\tcity\nS1\tMaison\tLille\n",
    "padding": b"  ref , name \n S1 ,  \" padded \"  , x \n",
    "unterminated-quote": b"ref,name\nS1,\"never closed\nS2,x\n",
    "quote-in-unquoted": b"ref,name\nS1,ab\"c\"d\nS2,\"q\"tail\n",
    "blank-rows": b"ref;name\n;;;\n\n\r\nS1;x\n;;\n",
    "ragged": b"ref,name\nS1\nS2,a,b,c\nS3,a,,,,\n,,,x\n",
    "trailing-separator": b"ref,name,\nS1,x,\n",
    "rtl-bidi": "ref,name\nS1,\u202b\u0645\u0631\u0643\u0632 \u0627\u0644\u062a\u0634\u063a\u064a\u0644\u202c \u200f(Lille)\u200e\n".encode(),
    "control-chars": b"ref,name\nS1,\"a\tb\x01c\x1fd\x7f\"\n",
    "sql-injection": b"ref,name\nS1,'); DROP TABLE site;--\nS2,\"\"\"); DROP TABLE participant; --\"\n",
    "participants-french-header": "R\u00e9f;Pr\u00e9nom;Nom;Date de naissance;Sexe;Statut\nP1;Anne;N'Diaye;01/02/1990;F;R\u00e9fugi\u00e9e\n".encode("cp1252"),
    "participants-bad": PARTICIPANTS_HEADER + b"\nP1,,,31/02/1990,z,XX,zz|fr,Z9,alien,2020-13-01,,not-an-email,,,,2999-01-01,\nP1,A,B,,,,,,,,,,,,,,\n",
}


def write(path: pathlib.Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def main() -> None:
    reader = HERE / "corpus" / "csv_reader"
    importer = HERE / "corpus" / "importer"
    for d in (reader, importer):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("seed-*"):
            old.unlink()

    mini = {t: (MINI / f"{t}.csv").read_bytes() for t in TABLES if (MINI / f"{t}.csv").exists()}
    for table, data in mini.items():
        write(reader / f"seed-mini-{table}", data)
    for name, data in TRICKY.items():
        write(reader / f"seed-{name}", data)

    # Importer layout (FuzzImporter.cpp): mode byte, then a table byte and its file, or a
    # folder of parts split at 0x1E.
    def single(mode: int, table: str, data: bytes) -> bytes:
        return bytes([mode, TABLES.index(table)]) + data

    def folder(mode: int, files: dict) -> bytes:
        return bytes([mode | 2]) + b"".join(b"\x1e" + bytes([TABLES.index(t)]) + d
                                           for t, d in files.items())

    write(importer / "seed-mini-folder", folder(0, mini))
    write(importer / "seed-mini-folder-onto-mini", folder(1, mini))
    for table, data in mini.items():
        write(importer / f"seed-mini-{table}-onto-mini", single(1, table, data))
    write(importer / "seed-mini-sites-alone", single(0, "sites", mini["sites"]))
    write(importer / "seed-mini-participants-alone", single(0, "participants", mini["participants"]))
    unavailability = (b"trainer_ref,weekday,start,end,from_date,to_date\n"
                      + mini["trainers"].splitlines()[1].split(b",")[0] + b",3,09:00,12:30,,\n")
    write(importer / "seed-unavailability-onto-mini", single(1, "trainer_unavailability", unavailability))
    for name, data in TRICKY.items():
        table = "participants" if name.startswith("participants") else "sites"
        write(importer / f"seed-{name}", single(0, table, data))
    # A folder with tricky files for several tables at once.
    write(importer / "seed-folder-tricky",
          folder(0, {"sites": TRICKY["semicolon"], "rooms": b"ref,site_ref,name,capacity\nR1,S1,Salle,-3\nR2,S9,x,\n",
                     "participants": TRICKY["participants-bad"]}))


if __name__ == "__main__":
    main()
