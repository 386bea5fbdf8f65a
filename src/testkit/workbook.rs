//! Workbooks made in memory, for tests and the `container` fuzz target: a zip archive
//! (`.xlsx`, `.ods`) read into its entries and written again with one entry replaced, and the
//! OLE compound file an `.xls` keeps its BIFF8 `Workbook` stream in.

use std::io::{Cursor, Read, Write};

/// How [`zip_replacing`] writes the entries again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packing {
    /// Every entry stored (uncompressed), so changed bytes reach the reader unchanged.
    Stored,
    /// Every entry deflated, but a leading `mimetype` entry stored, as ODS wants it.
    Deflated,
}

/// The entries of a zip archive, in order: (name, uncompressed bytes).
pub fn entries(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).expect("a zip archive");
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).expect("a zip entry");
            let mut data = Vec::new();
            f.read_to_end(&mut data).expect("a readable zip entry");
            (f.name().expect("an entry name").to_string(), data)
        })
        .collect()
}

/// A zip archive of `entries`, in order, with the data of entry `name` (which must be one of
/// them) replaced by `data`.
pub fn zip_replacing(
    entries: &[(String, Vec<u8>)],
    name: &str,
    data: &[u8],
    packing: Packing,
) -> Vec<u8> {
    assert!(
        entries.iter().any(|(n, _)| n == name),
        "no zip entry {name}"
    );
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (i, (n, d)) in entries.iter().enumerate() {
        let d = if n == name { data } else { d };
        let method = match packing {
            Packing::Deflated if !(i == 0 && n == "mimetype") => zip::CompressionMethod::Deflated,
            _ => zip::CompressionMethod::Stored,
        };
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(method)
            .large_file(d.len() as u64 > u64::from(u32::MAX) / 2);
        out.start_file(n.as_str(), options).expect("a zip entry");
        out.write_all(d).expect("writing to memory");
    }
    out.finish().expect("a zip archive").into_inner()
}

/// The zip archive `zip` with entry `name` replaced by `data`, deflated
/// ([`Packing::Deflated`]).
pub fn rezip(zip: &[u8], name: &str, data: &[u8]) -> Vec<u8> {
    zip_replacing(&entries(zip), name, data, Packing::Deflated)
}

/// A version-3 OLE compound file (512-byte sectors, as Excel writes it) holding `stream` as
/// its `Workbook` stream, padded with zeros to 4096 bytes so that it stays out of the
/// mini-stream, as Excel's does.
pub fn compound_file(stream: &[u8]) -> Vec<u8> {
    let mut stream = stream.to_vec();
    stream.resize(stream.len().max(4096), 0);
    let mut file =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))
            .expect("a compound file in memory");
    file.create_stream("/Workbook")
        .expect("a stream")
        .write_all(&stream)
        .expect("writing to memory");
    file.flush().expect("writing to memory");
    file.into_inner().into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archive() -> Vec<u8> {
        zip_replacing(
            &[
                ("mimetype".into(), b"application/x".to_vec()),
                ("a.xml".into(), b"<a/>".to_vec()),
            ],
            "a.xml",
            b"<b/>",
            Packing::Deflated,
        )
    }

    #[test]
    fn an_entry_is_replaced_and_the_others_kept_in_order() {
        let zip = archive();
        assert_eq!(
            entries(&zip),
            [
                ("mimetype".to_string(), b"application/x".to_vec()),
                ("a.xml".to_string(), b"<b/>".to_vec()),
            ]
        );
        let again = rezip(&zip, "mimetype", b"x");
        assert_eq!(entries(&again)[0].1, b"x");
        assert_eq!(entries(&again)[1].1, b"<b/>");
    }

    #[test]
    fn stored_entries_hold_their_bytes_as_they_are() {
        let data = b"<sheetData>uncompressed</sheetData>".repeat(4);
        let stored = zip_replacing(&entries(&archive()), "a.xml", &data, Packing::Stored);
        assert!(stored.windows(data.len()).any(|w| w == data));
        let deflated = zip_replacing(&entries(&archive()), "a.xml", &data, Packing::Deflated);
        assert!(!deflated.windows(data.len()).any(|w| w == data));
    }

    #[test]
    fn a_compound_file_holds_the_workbook_stream() {
        let file = compound_file(b"BIFF");
        let mut cfb = cfb::CompoundFile::open(Cursor::new(file)).unwrap();
        let mut stream = Vec::new();
        cfb.open_stream("/Workbook")
            .unwrap()
            .read_to_end(&mut stream)
            .unwrap();
        assert_eq!(stream.len(), 4096);
        assert_eq!(&stream[..4], b"BIFF");
    }
}
