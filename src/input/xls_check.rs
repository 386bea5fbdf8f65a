//! Budgets of an `.xls` workbook (BIFF records in an OLE compound file), checked before
//! calamine opens it.
//!
//! calamine reads every sheet of an `.xls` when it opens the file, trusting what the records
//! say: it reserves the cells a DIMENSIONS record declares, builds each sheet's whole used
//! area, copies a shared string into every cell that uses it and slices the stream where a
//! BoundSheet record points. This walks the same records first — the sheet list, the
//! shared-string table (SST) and each sheet's cells — and refuses a file that declares or
//! holds more than the limits of [`super::sheet_limits`], naming the sheet and the record.

use std::io::{Cursor, Read};

use super::sheet_limits::{
    MAX_SHARED_STRINGS, MAX_SHEET_CELLS, MAX_SHEET_TEXT_BYTES, MAX_SHEETS, MAX_WORKBOOK_CELLS,
    MAX_XLS_CONTINUES, MAX_ZIP_ENTRY_BYTES, bytes,
};
use crate::i18n::tr;
use crate::output::terminal::escape;

/// BIFF record types (MS-XLS 2.3).
mod rt {
    pub(super) const BOF: u16 = 0x0809;
    pub(super) const EOF: u16 = 0x000A;
    pub(super) const CONTINUE: u16 = 0x003C;
    pub(super) const BOUND_SHEET: u16 = 0x0085;
    pub(super) const SST: u16 = 0x00FC;
    pub(super) const DIMENSIONS: u16 = 0x0200;
    pub(super) const NUMBER: u16 = 0x0203;
    pub(super) const LABEL: u16 = 0x0204;
    pub(super) const RSTRING: u16 = 0x00D6;
    pub(super) const BOOL_ERR: u16 = 0x0205;
    pub(super) const RK: u16 = 0x027E;
    pub(super) const LABEL_SST: u16 = 0x00FD;
    pub(super) const MUL_RK: u16 = 0x00BD;
    pub(super) const FORMULA: u16 = 0x0006;
}

/// Checks the `.xls` workbook `data` against the budgets.
pub(super) fn check(data: &[u8]) -> Result<(), String> {
    let mut file = cfb::CompoundFile::open(Cursor::new(data))
        .map_err(|e| tr("input-xls-ole-damaged", &[("why", e.to_string().into())]))?;
    let stream_name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))
        .ok_or_else(|| tr("input-xls-no-workbook-stream", &[]))?;
    let mut stream = Vec::new();
    file.open_stream(stream_name)
        .and_then(|s| s.take(MAX_ZIP_ENTRY_BYTES + 1).read_to_end(&mut stream))
        .map_err(|e| {
            tr(
                "input-xls-stream-unreadable",
                &[("why", e.to_string().into())],
            )
        })?;
    if stream.len() as u64 > MAX_ZIP_ENTRY_BYTES {
        return Err(tr(
            "input-xls-stream-too-large",
            &[("limit", bytes(MAX_ZIP_ENTRY_BYTES).into())],
        ));
    }
    let globals = globals(&stream)?;
    let mut ranges: Vec<(usize, usize, &str)> = Vec::new();
    let (mut cells, mut text) = (0u64, 0u64);
    for (pos, name) in &globals.sheets {
        let sheet = sheet(&stream, *pos, name, &globals.strings)?;
        ranges.push((*pos, sheet.end, name));
        cells = cells.saturating_add(sheet.cells);
        text = text.saturating_add(sheet.text);
        if cells > MAX_WORKBOOK_CELLS {
            return Err(tr(
                "input-sheet-workbook-too-large",
                &[
                    ("limit", MAX_WORKBOOK_CELLS.into()),
                    ("sheet", escape(name).into_owned().into()),
                ],
            ));
        }
        if text > MAX_SHEET_TEXT_BYTES {
            return Err(tr(
                "input-xls-workbook-too-much-text",
                &[
                    ("limit", bytes(MAX_SHEET_TEXT_BYTES).into()),
                    ("sheet", escape(name).into_owned().into()),
                ],
            ));
        }
    }
    ranges.sort();
    for pair in ranges.windows(2) {
        if pair[1].0 < pair[0].1 {
            return Err(tr(
                "input-xls-sheets-overlap",
                &[
                    ("first", escape(pair[0].2).into_owned().into()),
                    ("second", escape(pair[1].2).into_owned().into()),
                ],
            ));
        }
    }
    Ok(())
}

/// One BIFF record: its type, its data and the data of the CONTINUE records after it.
struct Record<'a> {
    typ: u16,
    data: &'a [u8],
    cont: Vec<&'a [u8]>,
}

/// The records of `stream` from `pos`, with their offsets, as calamine splits them; an error
/// for a cut record or too many CONTINUE records.
fn records(
    stream: &[u8],
    mut pos: usize,
) -> impl Iterator<Item = Result<(usize, Record<'_>), String>> {
    let mut failed = false;
    std::iter::from_fn(move || {
        if failed || pos + 4 > stream.len() {
            return None;
        }
        let at = pos;
        let header = |p: usize| {
            let typ = u16::from_le_bytes([stream[p], stream[p + 1]]);
            let len = usize::from(u16::from_le_bytes([stream[p + 2], stream[p + 3]]));
            (typ, len)
        };
        let (typ, len) = header(pos);
        if pos + 4 + len > stream.len() {
            failed = true;
            return None;
        }
        let data = &stream[pos + 4..pos + 4 + len];
        pos += 4 + len;
        let mut cont = Vec::new();
        while pos + 4 <= stream.len() && header(pos).0 == rt::CONTINUE {
            let (_, len) = header(pos);
            if pos + 4 + len > stream.len() {
                break;
            }
            cont.push(&stream[pos + 4..pos + 4 + len]);
            pos += 4 + len;
            if cont.len() > MAX_XLS_CONTINUES {
                failed = true;
                return Some(Err(tr(
                    "input-xls-too-many-continues",
                    &[
                        ("record", format!("0x{typ:04X}").into()),
                        ("offset", at.to_string().into()),
                        ("limit", (MAX_XLS_CONTINUES as u64).into()),
                    ],
                )));
            }
        }
        Some(Ok((at, Record { typ, data, cont })))
    })
}

/// What the workbook globals say: the sheets (offset, name) and the byte length of each
/// shared string once read.
struct Globals {
    sheets: Vec<(usize, String)>,
    strings: Vec<u64>,
}

fn globals(stream: &[u8]) -> Result<Globals, String> {
    let mut out = Globals {
        sheets: Vec::new(),
        strings: Vec::new(),
    };
    for record in records(stream, 0) {
        let (at, r) = record?;
        match r.typ {
            rt::BOUND_SHEET => {
                if r.data.len() < 8 {
                    return Err(tr(
                        "input-xls-boundsheet-cut",
                        &[("offset", at.to_string().into())],
                    ));
                }
                let pos = u32::from_le_bytes([r.data[0], r.data[1], r.data[2], r.data[3]]) as usize;
                let name = sheet_name(&r.data[6..]).unwrap_or_else(|| {
                    tr(
                        "input-xls-sheet-number",
                        &[("number", (out.sheets.len() as u64 + 1).into())],
                    )
                });
                if pos >= stream.len() {
                    return Err(tr(
                        "input-xls-sheet-past-end",
                        &[
                            ("sheet", escape(&name).into_owned().into()),
                            ("offset", at.to_string().into()),
                        ],
                    ));
                }
                out.sheets.push((pos, name));
                if out.sheets.len() > MAX_SHEETS {
                    return Err(tr(
                        "input-sheet-too-many-sheets",
                        &[("limit", (MAX_SHEETS as u64).into())],
                    ));
                }
            }
            rt::SST => out.strings = sst(&r)?,
            rt::EOF => break,
            _ => {}
        }
    }
    Ok(out)
}

/// A sheet's name from the rest of its BoundSheet record (a ShortXLUnicodeString).
fn sheet_name(data: &[u8]) -> Option<String> {
    let (&cch, rest) = data.split_first()?;
    let (&flags, chars) = rest.split_first()?;
    let cch = usize::from(cch);
    if flags & 1 == 1 {
        let units: Vec<u16> = chars
            .get(..cch * 2)?
            .chunks(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        Some(String::from_utf16_lossy(&units))
    } else {
        Some(chars.get(..cch)?.iter().map(|&b| char::from(b)).collect())
    }
}

/// The UTF-8 length (at most) of each string of the shared-string table, read as calamine
/// reads it: the character data of a string may go on in the next CONTINUE record, which
/// then starts with its own high-byte flag.
fn sst(r: &Record<'_>) -> Result<Vec<u64>, String> {
    let mut parts = r.cont.iter().copied();
    let mut data = r.data.get(8..).unwrap_or_default();
    let mut out = Vec::new();
    // Bytes still to skip, moving to the next part when this one ends.
    fn skip<'a>(
        data: &mut &'a [u8],
        parts: &mut impl Iterator<Item = &'a [u8]>,
        mut n: usize,
    ) -> bool {
        while n > 0 {
            if data.is_empty() {
                match parts.next() {
                    Some(p) => *data = p,
                    None => return false,
                }
            }
            let k = n.min(data.len());
            *data = &data[k..];
            n -= k;
        }
        true
    }
    loop {
        if data.is_empty() {
            match parts.next() {
                Some(p) => data = p,
                None => return Ok(out),
            }
            continue;
        }
        if data.len() < 3 {
            return Ok(out);
        }
        let cch = usize::from(u16::from_le_bytes([data[0], data[1]]));
        let flags = data[2];
        data = &data[3..];
        let mut head = 0;
        let mut runs = 0;
        let mut ext = 0;
        if flags & 0x8 != 0 {
            runs = usize::from(u16::from_le_bytes([
                *data.first().unwrap_or(&0),
                *data.get(1).unwrap_or(&0),
            ]));
            head += 2;
        }
        if flags & 0x4 != 0 {
            let b = |i: usize| *data.get(head + i).unwrap_or(&0);
            ext = i32::from_le_bytes([b(0), b(1), b(2), b(3)]) as u32 as usize;
            head += 4;
        }
        data = data.get(head..).unwrap_or_default();
        let (mut left, mut high) = (cch, flags & 1 != 0);
        let mut utf8 = 0u64;
        while left > 0 {
            let width = if high { 2 } else { 1 };
            let here = left.min(data.len() / width);
            utf8 += here as u64 * if high { 3 } else { 2 };
            data = &data[here * width..];
            left -= here;
            if left > 0 {
                match parts.next() {
                    Some(p) if !p.is_empty() => {
                        high = p[0] & 1 != 0;
                        data = &p[1..];
                    }
                    _ => return Ok(out),
                }
            }
        }
        out.push(utf8);
        if out.len() as u64 > MAX_SHARED_STRINGS {
            return Err(tr(
                "input-xls-too-many-strings",
                &[("limit", MAX_SHARED_STRINGS.into())],
            ));
        }
        if !skip(&mut data, &mut parts, runs * 4 + ext) {
            return Ok(out);
        }
    }
}

/// What one sheet asks calamine for.
struct Sheet {
    /// The offset after its EOF record.
    end: usize,
    /// The cells of its used areas (values and formulas).
    cells: u64,
    /// The bytes of shared-string text its cells copy.
    text: u64,
}

/// The bounding box of some cells.
#[derive(Default)]
struct Area(Option<(u32, u32, u32, u32)>);

impl Area {
    fn add(&mut self, row: u32, col: u32) {
        self.add_span(row, col, col);
    }

    fn add_span(&mut self, row: u32, first: u32, last: u32) {
        let (r0, r1, c0, c1) = self.0.unwrap_or((row, row, first, last));
        self.0 = Some((r0.min(row), r1.max(row), c0.min(first), c1.max(last)));
    }

    fn cells(&self) -> u64 {
        self.0.map_or(0, |(r0, r1, c0, c1)| {
            u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1)
        })
    }
}

/// Walks the sheet whose BOF record is at `pos` as calamine does (skipping embedded
/// substreams) and measures it.
fn sheet(stream: &[u8], pos: usize, name: &str, strings: &[u64]) -> Result<Sheet, String> {
    let name = escape(name);
    let (mut values, mut formulas) = (Area::default(), Area::default());
    let mut text = 0u64;
    let mut depth = 0usize;
    let mut seen_bof = false;
    let mut end = stream.len();
    let u16_at = |d: &[u8], i: usize| {
        d.get(i..i + 2)
            .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let too_big = |what: String, rows: u64, cols: u64| {
        tr(
            "input-xls-sheet-too-large",
            &[
                ("sheet", name.as_ref().into()),
                ("what", what.into()),
                ("rows", rows.into()),
                ("columns", cols.into()),
                ("cells", rows.saturating_mul(cols).into()),
                ("limit", MAX_SHEET_CELLS.into()),
            ],
        )
    };
    for record in records(stream, pos) {
        let (at, r) = record?;
        if depth > 0 {
            match r.typ {
                rt::BOF => depth += 1,
                rt::EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        let d = r.data;
        let cell = (u16_at(d, 0), u16_at(d, 2));
        match r.typ {
            rt::BOF if seen_bof => depth += 1,
            rt::BOF => seen_bof = true,
            rt::EOF => {
                end = at + 4 + d.len();
                break;
            }
            rt::DIMENSIONS => {
                let read32 = |i: usize| {
                    d.get(i..i + 4)
                        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                };
                let (rf, rl, cf, cl) = match d.len() {
                    10 => (u16_at(d, 0), u16_at(d, 2), u16_at(d, 4), u16_at(d, 6)),
                    14 | 16 => (read32(0), read32(4), u16_at(d, 8), u16_at(d, 10)),
                    _ => continue,
                };
                let (Some(rf), Some(rl), Some(cf), Some(cl)) = (rf, rl, cf, cl) else {
                    continue;
                };
                // As calamine reads it: a first column past 255 or after the last is 0.
                let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
                if rl >= 1 && cl >= 1 {
                    // calamine computes `last - first + 1` in 32 bits.
                    if rl <= rf || cl <= cf {
                        return Err(tr(
                            "input-xls-dimensions-backwards",
                            &[
                                ("sheet", name.as_ref().into()),
                                ("offset", at.to_string().into()),
                                ("first-row", (u64::from(rf) + 1).into()),
                                ("last-row", u64::from(rl).into()),
                                ("first-column", (u64::from(cf) + 1).into()),
                                ("last-column", u64::from(cl).into()),
                            ],
                        ));
                    }
                    let (rows, cols) = (u64::from(rl - rf), u64::from(cl - cf));
                    if rows.saturating_mul(cols) > MAX_SHEET_CELLS {
                        return Err(too_big(
                            tr(
                                "input-xls-dimensions-declare",
                                &[("offset", at.to_string().into())],
                            ),
                            rows,
                            cols,
                        ));
                    }
                }
            }
            rt::NUMBER | rt::LABEL | rt::RSTRING | rt::BOOL_ERR | rt::RK | rt::FORMULA => {
                if let (Some(row), Some(col)) = cell {
                    values.add(row, col);
                    if r.typ == rt::FORMULA {
                        formulas.add(row, col);
                    }
                }
            }
            rt::LABEL_SST => {
                if let (Some(row), Some(col)) = cell {
                    values.add(row, col);
                    let i = d
                        .get(6..10)
                        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
                    text += i
                        .and_then(|i| strings.get(i as usize))
                        .copied()
                        .unwrap_or(0);
                }
            }
            rt::MUL_RK if d.len() >= 6 => {
                if let (Some(row), Some(first), Some(last)) =
                    (cell.0, cell.1, u16_at(d, d.len() - 2))
                    && last >= first
                {
                    values.add_span(row, first, last);
                }
            }
            _ => {}
        }
        for (formulas_only, area) in [(false, &values), (true, &formulas)] {
            if area.cells() > MAX_SHEET_CELLS {
                let (r0, r1, c0, c1) = area.0.unwrap_or_default();
                let what = if formulas_only {
                    tr("input-xls-formulas-span", &[])
                } else {
                    tr("input-xls-cells-span", &[])
                };
                return Err(too_big(
                    what,
                    u64::from(r1 - r0) + 1,
                    u64::from(c1 - c0) + 1,
                ));
            }
        }
        if text > MAX_SHEET_TEXT_BYTES {
            return Err(tr(
                "input-xls-sheet-too-much-text",
                &[
                    ("sheet", name.as_ref().into()),
                    ("limit", bytes(MAX_SHEET_TEXT_BYTES).into()),
                ],
            ));
        }
    }
    Ok(Sheet {
        end,
        cells: values.cells() + formulas.cells(),
        text,
    })
}
