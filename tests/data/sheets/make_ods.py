#!/usr/bin/env python3
"""Writes groups.ods beside this script: the groups of ../good/small_fr.csv as an
OpenDocument spreadsheet (sheet "Groupes", French headers, capacities as number cells, a
blank first row, repeated empty cells as LibreOffice writes them), plus a sheet "Notes".
Python's standard library only: python3 tests/data/sheets/make_ods.py"""

import csv
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "good", "small_fr.csv")
STORED = os.environ.get("ODS_STORED") == "1"  # uncompressed entries (for fuzzing)


def text_cell(value):
    if value == "":
        return "<table:table-cell/>"
    return ('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
            "</table:table-cell>" % escape(value))


def number_cell(value):
    return ('<table:table-cell office:value-type="float" office:value="%s">'
            "<text:p>%s</text:p></table:table-cell>" % (value, value))


def row(cells):
    return "<table:table-row>%s</table:table-row>" % "".join(cells)


with open(SOURCE, encoding="utf-8") as f:
    rows = list(csv.reader(f))
header, data = rows[0], rows[1:]
numeric = header.index("Capacité")

table_rows = [
    # A blank first row, as when a title row was cleared: the header is on row 2.
    '<table:table-row><table:table-cell table:number-columns-repeated="8"/></table:table-row>',
    row(text_cell(h) for h in header),
]
for r in data:
    cells = [number_cell(v) if i == numeric else text_cell(v) for i, v in enumerate(r)]
    # Trailing empty cells, as a spreadsheet program writes them.
    cells.append('<table:table-cell table:number-columns-repeated="3"/>')
    table_rows.append(row(cells))

content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="Groupes">
<table:table-column table:number-columns-repeated="8"/>
{"".join(table_rows)}
</table:table>
<table:table table:name="Notes">
<table:table-column/>
{row([text_cell("Liste envoyée par la coordination, mars 2026")])}
</table:table>
</office:spreadsheet></office:body>
</office:document-content>
"""

manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

out = os.environ.get("ODS_OUT", os.path.join(HERE, "groups.ods"))
method = zipfile.ZIP_STORED if STORED else zipfile.ZIP_DEFLATED
fixed = (2026, 1, 1, 0, 0, 0)  # fixed timestamps: the same bytes every run
with zipfile.ZipFile(out, "w") as z:
    # The media type comes first and uncompressed, as the OpenDocument standard requires.
    z.writestr(zipfile.ZipInfo("mimetype", fixed), "application/vnd.oasis.opendocument.spreadsheet",
               compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo("content.xml", fixed), content, compress_type=method)
    z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", fixed), manifest, compress_type=method)
print("wrote", out)
