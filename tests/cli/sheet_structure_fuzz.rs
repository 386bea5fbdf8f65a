//! Structure-aware fuzzing of the spreadsheet reader, as a proptest: valid workbooks whose
//! parts are mutated where calamine trusts them — XML attributes set to huge numbers
//! (`uniqueCount`, `table:number-rows-repeated`, cell references), elements duplicated,
//! snippets inserted, entries declaring a false size — then zipped again so the archive stays
//! valid and the mutation reaches the XML; and `.xls` files made of random BIFF records
//! (DIMENSIONS, cells anywhere, shared-string tables, CONTINUE records) in a valid compound
//! file.
//!
//! Each case goes through `twin::internals::input::parse_bytes` in this process: it must not panic or
//! abort, every problem names the file, and no more records come out than a sheet may hold.
//! `PROPTEST_CASES` sets the number of cases (24 by default, to keep the suite quick; see
//! `fuzz/README.md` for the longer runs and what they found). The seed is fixed, so every run
//! checks the same cases; `PROPTEST_RNG_SEED` picks another.

use std::panic::{AssertUnwindSafe, catch_unwind};

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use twin::internals::input::sheet_limits::MAX_SHEET_CELLS;
use twin::internals::input::{InputFormat, Loaded, ReadOptions, parse_bytes};

use twin::testkit::workbook::{entries, rezip};

use crate::hostile_sheets::{GROUPS, declare_size, dimensions, label, ods_with, record, xls, xlsx};

/// Attribute values worth trying: limits, their neighbours and overflows.
const NUMBERS: [&str; 12] = [
    "0",
    "1",
    "-1",
    "1000",
    "1001",
    "65536",
    "1048576",
    "4000001",
    "16384",
    "4294967295",
    "18446744073709551615",
    "99999999999999999999999",
];

/// Cell references from A1 to past the last cell.
const REFS: [&str; 6] = ["A1", "B2", "XFD1", "A1048576", "XFD1048576", "ZZZ99999999"];

/// Snippets inserted into a part.
const SNIPPETS: [&str; 14] = [
    r#"<si><t>x</t></si>"#,
    r#"<row r="1048576"><c r="XFD1048576" t="s"><v>0</v></c></row>"#,
    r#"<c r="B2" t="s"><v>4294967295</v></c>"#,
    r#"<c r="C3" t="inlineStr"><is><t>y</t></is></c>"#,
    r#"<table:table-row table:number-rows-repeated="100000"><table:table-cell office:value-type="string"><text:p>z</text:p></table:table-cell></table:table-row>"#,
    r#"<table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/>"#,
    r#"<table:table table:name="T2"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row></table:table>"#,
    r#"<text:s text:c="1000000000"/>"#,
    "&amp;&lt;&#x1F600;&bogus;",
    "<![CDATA[<<>>]]>",
    "<!-- c -->",
    "<",
    "</sheetData>",
    "\u{0}\u{1b}[31m",
];

/// One change to a workbook.
#[derive(Debug, Clone)]
enum Mutation {
    /// Set every value of attribute number `attr` (of those that hold numbers) to a number.
    Number { attr: usize, value: usize },
    /// Set a cell reference `r="…"` to another.
    Reference { nth: usize, value: usize },
    /// Duplicate the element that starts at the nth `<`, k times.
    Duplicate { nth: usize, times: usize },
    /// Insert a snippet before the nth `<`.
    Insert { nth: usize, snippet: usize },
    /// Cut the part at a fraction of its length (per mille).
    Truncate { at: usize },
    /// Declare a false uncompressed size for the entry.
    Declare { size: u32 },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0..ATTRS.len(), 0..NUMBERS.len())
            .prop_map(|(attr, value)| Mutation::Number { attr, value }),
        (0..64usize, 0..REFS.len()).prop_map(|(nth, value)| Mutation::Reference { nth, value }),
        (0..400usize, 1..50usize).prop_map(|(nth, times)| Mutation::Duplicate { nth, times }),
        (0..400usize, 0..SNIPPETS.len())
            .prop_map(|(nth, snippet)| Mutation::Insert { nth, snippet }),
        (0..1000usize).prop_map(|at| Mutation::Truncate { at }),
        any::<u32>().prop_map(|size| Mutation::Declare { size }),
    ]
}

/// Attributes that hold numbers calamine trusts.
const ATTRS: [&str; 7] = [
    "uniqueCount",
    "count",
    "table:number-rows-repeated",
    "table:number-columns-repeated",
    "text:c",
    "office:value",
    "spans",
];

/// The byte offsets of the `<` of `xml`.
fn tags(xml: &str) -> Vec<usize> {
    xml.match_indices('<').map(|(i, _)| i).collect()
}

/// `xml` with every `key="…"` value set to `value`.
fn set_attr(xml: &str, key: &str, value: &str) -> String {
    let pattern = format!(" {key}=\"");
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(i) = rest.find(&pattern) {
        let start = i + pattern.len();
        out.push_str(&rest[..start]);
        out.push_str(value);
        rest = &rest[start..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    out
}

/// Applies `m` to the part `xml`; `Declare` is applied to the archive by the caller.
fn apply(xml: &str, m: &Mutation) -> String {
    let at = |nth: usize| {
        let t = tags(xml);
        if t.is_empty() { 0 } else { t[nth % t.len()] }
    };
    match m {
        Mutation::Number { attr, value } => set_attr(xml, ATTRS[*attr], NUMBERS[*value]),
        Mutation::Reference { nth, value } => {
            let refs: Vec<usize> = xml.match_indices(" r=\"").map(|(i, _)| i + 4).collect();
            if refs.is_empty() {
                return xml.to_string();
            }
            let start = refs[nth % refs.len()];
            let end = start + xml[start..].find('"').unwrap_or(0);
            format!("{}{}{}", &xml[..start], REFS[*value], &xml[end..])
        }
        Mutation::Duplicate { nth, times } => {
            if !xml.contains('<') {
                return xml.to_string();
            }
            let start = at(*nth);
            // The element runs to the next `<` that closes it, or to the next tag.
            let name: String = xml[start + 1..]
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
                .collect();
            let close = format!("</{name}>");
            let end = xml[start..]
                .find(&close)
                .map(|i| start + i + close.len())
                .unwrap_or_else(|| start + xml[start..].find('>').map_or(0, |i| i + 1));
            let element = &xml[start..end];
            format!(
                "{}{}{}",
                &xml[..start],
                element.repeat(times + 1),
                &xml[end..]
            )
        }
        Mutation::Insert { nth, snippet } => {
            let i = at(*nth);
            format!("{}{}{}", &xml[..i], SNIPPETS[*snippet], &xml[i..])
        }
        Mutation::Truncate { at } => {
            let mut i = xml.len() * at / 1000;
            while !xml.is_char_boundary(i) {
                i -= 1;
            }
            xml[..i].to_string()
        }
        Mutation::Declare { .. } => xml.to_string(),
    }
}

/// A zip workbook (xlsx or ods) with mutations applied to one of its XML parts.
fn mutated_zip(ods: bool, part: usize, mutations: &[Mutation]) -> Vec<u8> {
    let base = if ods {
        ods_with(str::to_string)
    } else {
        xlsx()
    };
    let parts: Vec<String> = entries(&base)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| n.ends_with(".xml") || n.ends_with(".rels"))
        .collect();
    // Weight the parts calamine reads most.
    let favourite = if ods {
        "content.xml"
    } else if part.is_multiple_of(2) {
        "xl/worksheets/sheet1.xml"
    } else {
        "xl/sharedStrings.xml"
    };
    let name = if part.is_multiple_of(3) {
        parts[part / 3 % parts.len()].clone()
    } else {
        favourite.to_string()
    };
    let mut xml = String::from_utf8(
        entries(&base)
            .into_iter()
            .find(|(n, _)| *n == name)
            .unwrap()
            .1,
    )
    .unwrap();
    for m in mutations {
        xml = apply(&xml, m);
    }
    let mut bytes = rezip(&base, &name, xml.as_bytes());
    for m in mutations {
        if let Mutation::Declare { size } = m {
            bytes = declare_size(&bytes, &name, *size);
        }
    }
    bytes
}

/// A BIFF cell or table record with random fields.
fn xls_record() -> impl Strategy<Value = Vec<u8>> {
    let pos = (
        prop_oneof![0..4u16, Just(65_535u16), any::<u16>()],
        prop_oneof![0..8u16, Just(255u16), any::<u16>()],
    );
    prop_oneof![
        (pos.clone(), "[a-z]{0,8}").prop_map(|((r, c), t)| label(r, c, &t)),
        (pos.clone(), any::<f64>()).prop_map(|((r, c), f)| record(
            0x0203,
            &[
                &r.to_le_bytes()[..],
                &c.to_le_bytes(),
                &[0, 0],
                &f.to_le_bytes()
            ]
            .concat()
        )),
        (pos.clone(), any::<u32>()).prop_map(|((r, c), i)| record(
            0x00FD,
            &[
                &r.to_le_bytes()[..],
                &c.to_le_bytes(),
                &[0, 0],
                &i.to_le_bytes()
            ]
            .concat()
        )),
        (pos.clone(), any::<u16>()).prop_map(|((r, c), last)| record(
            0x00BD,
            &[
                &r.to_le_bytes()[..],
                &c.to_le_bytes(),
                &[0; 6],
                &last.to_le_bytes()
            ]
            .concat()
        )),
        (any::<u32>(), any::<u32>(), any::<u16>(), any::<u16>())
            .prop_map(|(a, b, c, d)| dimensions(a, b, c, d)),
        (any::<u16>(), proptest::collection::vec(any::<u8>(), 0..40))
            .prop_map(|(typ, data)| record(typ, &data)),
        proptest::collection::vec(any::<u8>(), 0..20).prop_map(|d| record(0x003C, &d)),
    ]
}

/// Reads `bytes` as a workbook: no panic, every problem names the file, and a bounded result.
fn read_is_bounded(name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let mut out = Loaded::default();
        parse_bytes(
            name,
            bytes,
            InputFormat::Sheet,
            &ReadOptions::default(),
            &mut out,
        );
        out
    }));
    let out = result.map_err(|e| {
        let why = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        TestCaseError::fail(format!("panic: {why}"))
    })?;
    for p in out.problems.iter().chain(&out.warnings).chain(&out.notes) {
        prop_assert_eq!(&p.file, name, "{}", p);
    }
    prop_assert!(out.records.len() as u64 <= MAX_SHEET_CELLS);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(24),
        failure_persistence: None,
        rng_seed: match ProptestConfig::default().rng_seed {
            RngSeed::Random => RngSeed::Fixed(0x5EED),
            chosen => chosen,
        },
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_xlsx_and_ods_parts_never_panic_and_stay_bounded(
        ods in any::<bool>(),
        part in 0..30usize,
        mutations in proptest::collection::vec(mutation(), 1..5),
    ) {
        let bytes = mutated_zip(ods, part, &mutations);
        read_is_bounded(if ods { "fuzz.ods" } else { "fuzz.xlsx" }, &bytes)?;
    }

    #[test]
    fn random_xls_records_never_panic_and_stay_bounded(
        dims in (any::<u32>(), any::<u32>(), any::<u16>(), any::<u16>()),
        cells in proptest::collection::vec(xls_record(), 0..30),
        keep_header in any::<bool>(),
    ) {
        let mut all: Vec<Vec<u8>> = Vec::new();
        if keep_header {
            for (c, text) in GROUPS[0].iter().enumerate() {
                all.push(label(0, c as u16, text));
            }
        }
        all.extend(cells);
        let bytes = xls(&dimensions(dims.0, dims.1, dims.2, dims.3), &all);
        read_is_bounded("fuzz.xls", &bytes)?;
    }
}
