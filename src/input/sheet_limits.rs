//! The budgets of the spreadsheet reader: what a workbook may declare or hold before twin
//! refuses it, checked before calamine allocates anything for it.
//!
//! A workbook is a container (a zip archive for `.xlsx` and `.ods`, an OLE compound file for
//! `.xls`) whose parts declare sizes and counts that calamine trusts: a shared-string count
//! it reserves room for, a DIMENSIONS record it reserves cells for, a row repeated a million
//! times it copies a million times. A few kilobytes can ask for gigabytes, and an allocation
//! that fails aborts the process. So [`super::zip_check`] and [`super::xls_check`] read what
//! each part declares, and what it really holds, and refuse anything over these limits with
//! one problem naming the file, the part and the limit.
//!
//! The limits are far beyond any list of groups (twin is measured on 100,000 groups, about a
//! million cells) and keep any file under 10 MB within about 10 s and 1 GB.

use crate::i18n::tr;

/// The most bytes one zip entry may inflate to (declared or actual). A sheet of 4 million
/// cells (the most [`MAX_SHEET_CELLS`] allows) is about 120 MB of XML in an `.xlsx` and
/// 340 MB in an `.ods`.
pub const MAX_ZIP_ENTRY_BYTES: u64 = 512 << 20;

/// The most bytes all the entries of a zip archive may inflate to together.
pub const MAX_ZIP_TOTAL_BYTES: u64 = 1 << 30;

/// The most bytes of text one cell or shared string may hold (Excel allows 32,767
/// characters, at most 128 KB), and the longest run of text allowed outside any cell.
pub const MAX_CELL_TEXT_BYTES: u64 = 1 << 20;

/// The most entries a zip archive may hold (a workbook has a few dozen).
pub const MAX_ZIP_ENTRIES: usize = 10_000;

/// The most shared strings an `.xlsx` may declare (`uniqueCount`) or hold (`<si>` elements),
/// and the most strings in the shared-string table (SST) of an `.xls`.
pub const MAX_SHARED_STRINGS: u64 = 4_000_000;

/// The most cells the used area of one sheet may span: from its first to its last row, times
/// from its first to its last column, repeats included. calamine allocates the whole area.
pub const MAX_SHEET_CELLS: u64 = 4_000_000;

/// The most cells the used areas of all the sheets of an `.xls` or `.ods` may span together
/// (calamine reads every sheet of an `.xls` when it opens the file).
pub const MAX_WORKBOOK_CELLS: u64 = 8_000_000;

/// The most bytes of text the cells of one sheet may hold together, each copy counted: a
/// shared string used by a million cells, or a repeated cell, is copied for each.
pub const MAX_SHEET_TEXT_BYTES: u64 = 256 << 20;

/// The most times an `.ods` row that holds values may be repeated
/// (`table:number-rows-repeated`). Identical rows are identical groups, so a real list never
/// repeats one; empty rows may be repeated any number of times.
pub const MAX_ODS_ROW_REPEATS: u64 = 1_000;

/// The most sheets a workbook may have.
pub const MAX_SHEETS: usize = 1_000;

/// The most CONTINUE records one `.xls` record may have (a real shared-string table of
/// 80 MB has about 10,000: each carries up to 8 KB). calamine handles each in time
/// proportional to their number, so a file of tiny ones would take hours.
pub const MAX_XLS_CONTINUES: usize = 10_000;

/// `n` as an English message writes it: 4294967295 → "4,294,967,295" (what the tests of
/// these limits read in messages; twin's own messages group digits through Fluent).
pub fn count(n: u64) -> String {
    crate::i18n::Lang::En.write_number(&n.to_string())
}

/// A byte count as a person reads it, in the run's language: "256 MB", "4.0 GB", "512 bytes"
/// ("256 Mo", "4,0 Go", "512 octets" in French).
pub fn bytes(n: u64) -> String {
    const MB: u64 = 1 << 20;
    if n >= 10 << 30 {
        tr("input-size-gb", &[("count", (n >> 30).into())])
    } else if n >= 1 << 30 {
        let size = format!("{:.1}", n as f64 / f64::from(1u32 << 30));
        let size = if crate::i18n::current().decimal_comma() {
            size.replace('.', ",")
        } else {
            size
        };
        tr("input-size-gb-decimal", &[("size", size.into())])
    } else if n >= MB {
        tr("input-size-mb", &[("count", n.div_ceil(MB).into())])
    } else {
        tr("input-size-bytes", &[("count", n.into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_sizes_read_like_a_person_writes_them() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(4_294_967_295), "4,294,967,295");
        assert_eq!(bytes(MAX_ZIP_ENTRY_BYTES), "512 MB");
        assert_eq!(bytes(4 << 30), "4.0 GB");
        assert_eq!(bytes(512), "512 bytes");
    }
}
