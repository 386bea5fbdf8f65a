//! Structure-aware: the fuzzer's bytes become one part of a valid workbook, so every
//! mutation reaches calamine's parsers instead of failing the zip checksum. Byte 0 picks the
//! part; the rest is its content:
//!
//! | byte 0 % 4 | the rest is | wrapped in |
//! |---|---|---|
//! | 0 | `xl/sharedStrings.xml` | `tests/data/sheets/groups.xlsx`, stored (uncompressed) |
//! | 1 | `xl/worksheets/sheet1.xml` | the same |
//! | 2 | `content.xml` | `tests/data/sheets/groups.ods`, stored |
//! | 3 | the BIFF8 `Workbook` stream | a version-3 OLE compound file, as Excel writes it |
//!
//! Checks: those of `common::run` (no panic, problems name the file), and no more records
//! than a sheet may hold.
#![no_main]

use std::io::{Cursor, Read, Write};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use twin::input::Format;
use twin::input::sheet_limits::MAX_SHEET_CELLS;

mod common;

/// The entries of a committed workbook, read once.
fn parts(xlsx: bool) -> &'static [(String, Vec<u8>)] {
    static XLSX: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    static ODS: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    let (cell, bytes): (_, &[u8]) = if xlsx {
        (&XLSX, include_bytes!("../../tests/data/sheets/groups.xlsx"))
    } else {
        (&ODS, include_bytes!("../../tests/data/sheets/groups.ods"))
    };
    cell.get_or_init(|| {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut f = archive.by_index(i).unwrap();
                let mut data = Vec::new();
                f.read_to_end(&mut data).unwrap();
                (f.name().unwrap().to_string(), data)
            })
            .collect()
    })
}

/// The workbook with entry `name` replaced by `data`, every entry stored.
fn zip_with(xlsx: bool, name: &str, data: &[u8]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    for (n, d) in parts(xlsx) {
        out.start_file(n.as_str(), options).unwrap();
        out.write_all(if n == name { data } else { d }).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// An OLE compound file (version 3) holding `stream` as its Workbook stream.
fn xls_with(stream: &[u8]) -> Vec<u8> {
    let mut stream = stream.to_vec();
    stream.resize(stream.len().max(4096), 0);
    let mut file =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new())).unwrap();
    file.create_stream("/Workbook").unwrap().write_all(&stream).unwrap();
    file.flush().unwrap();
    file.into_inner().into_inner()
}

fuzz_target!(|input: &[u8]| {
    let Some((&which, rest)) = input.split_first() else {
        return;
    };
    let (name, bytes) = match which % 4 {
        0 => ("fuzz.xlsx", zip_with(true, "xl/sharedStrings.xml", rest)),
        1 => ("fuzz.xlsx", zip_with(true, "xl/worksheets/sheet1.xml", rest)),
        2 => ("fuzz.ods", zip_with(false, "content.xml", rest)),
        _ => ("fuzz.xls", xls_with(rest)),
    };
    let records = common::run(name, &bytes, Format::Sheet, None);
    assert!(records as u64 <= MAX_SHEET_CELLS, "{records} records");
});
