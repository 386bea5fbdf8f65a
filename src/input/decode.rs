//! Text decoding: bytes as spreadsheets export them turned into text, never read wrong silently.
//!
//! The encoding is, in this order: the one forced with `--encoding`; the one a byte-order mark
//! names (UTF-8, UTF-16LE, UTF-16BE); UTF-8 when the bytes are valid UTF-8; otherwise
//! chardetng's guess among the legacy single-byte encodings (windows-1252 for the French,
//! Spanish, Italian and Portuguese exports of Excel), falling back to windows-1252 when the
//! guess is a multi-byte encoding or unsure. Bytes that do not decode in the chosen encoding
//! are an error naming the line: nothing is replaced with U+FFFD.

use encoding_rs::{DecoderResult, Encoding, UTF_8, WINDOWS_1252};

use crate::error::Problem;
use crate::i18n::tr;

/// Text decoded from a file, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Decoded {
    /// The text, without its byte-order mark.
    pub text: String,
    pub encoding: &'static Encoding,
    /// How the encoding was chosen.
    pub how: Detection,
}

/// How the encoding of a file was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Detection {
    /// Named with `--encoding`.
    Forced,
    /// Named by the file's byte-order mark.
    ByteOrderMark,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// Guessed from the bytes (not UTF-8, no byte-order mark).
    Guessed,
}

impl Decoded {
    /// A note for the user when the file was not plain UTF-8 and `--encoding` was not given.
    pub(super) fn note(&self, name: &str) -> Option<Problem> {
        let message = match self.how {
            Detection::Forced | Detection::ValidUtf8 => return None,
            Detection::ByteOrderMark if self.encoding == UTF_8 => return None,
            Detection::ByteOrderMark => tr(
                "input-read-as-bom",
                &[("encoding", self.encoding.name().into())],
            ),
            Detection::Guessed => tr(
                "input-read-as-guessed",
                &[("encoding", self.encoding.name().to_ascii_lowercase().into())],
            ),
        };
        Some(Problem::new(name, None, message))
    }
}

/// Labels suggested when `--encoding` names an unknown one.
const COMMON_LABELS: [&str; 12] = [
    "utf-8",
    "utf-16le",
    "utf-16be",
    "windows-1252",
    "iso-8859-1",
    "iso-8859-15",
    "windows-1250",
    "iso-8859-2",
    "windows-1251",
    "windows-1256",
    "windows-874",
    "macintosh",
];

/// The encoding named by a label such as `utf-8`, `latin1` or `windows-1252`; otherwise a
/// message naming the label with the closest known ones.
pub(crate) fn encoding_for_label(label: &str) -> Result<&'static Encoding, String> {
    if let Some(e) = Encoding::for_label_no_replacement(label.trim().as_bytes()) {
        return Ok(e);
    }
    let key = label.trim().to_ascii_lowercase();
    let best = COMMON_LABELS
        .iter()
        .map(|l| (strsim::jaro_winkler(&key, l), *l))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    Err(match best {
        Some((s, l)) if s >= 0.8 => tr(
            "input-encoding-unknown-close",
            &[("label", label.into()), ("close", l.into())],
        ),
        _ => tr(
            "input-encoding-unknown",
            &[
                ("label", label.into()),
                ("labels", COMMON_LABELS.join(", ").into()),
            ],
        ),
    })
}

/// The first bytes of an OLE compound file (an `.xls`, or another Office 97-2003 file).
pub(super) const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether a zip archive is an OpenDocument spreadsheet: its media type is stored
/// uncompressed as the first entry.
pub(super) fn is_ods(bytes: &[u8]) -> bool {
    let needle = b"opendocument.spreadsheet";
    bytes[..bytes.len().min(100)]
        .windows(needle.len())
        .any(|w| w == needle)
}

/// What a file that is not text really is: a workbook of some kind, or another zip archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Container {
    Ods,
    Xlsx,
    Xls,
    Zip,
}

impl Container {
    /// The extension twin reads it by, none for a zip archive that is not a workbook.
    pub(super) fn extension(self) -> Option<&'static str> {
        match self {
            Container::Ods => Some("ods"),
            Container::Xlsx => Some("xlsx"),
            Container::Xls => Some("xls"),
            Container::Zip => None,
        }
    }

    /// What it is, in the run's language: "an Excel workbook (xlsx)".
    fn described(self) -> String {
        match self {
            Container::Ods => tr("input-kind-ods", &[]),
            Container::Xlsx => tr("input-kind-xlsx", &[]),
            Container::Xls => tr("input-kind-xls", &[]),
            Container::Zip => tr("input-kind-zip", &[]),
        }
    }
}

/// What a file that is not text really is, by its first bytes.
pub(super) fn container_kind(bytes: &[u8]) -> Option<Container> {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if bytes.starts_with(b"PK\x03\x04") {
        if is_ods(bytes) {
            Some(Container::Ods)
        } else if has(b"xl/") {
            Some(Container::Xlsx)
        } else {
            Some(Container::Zip)
        }
    } else if bytes.starts_with(&OLE_MAGIC) {
        Some(Container::Xls)
    } else {
        None
    }
}

/// Decodes `bytes` in `forced` or the detected encoding (see the module doc). A workbook or
/// zip archive is refused by name (`… is an Excel workbook (xlsx), not CSV`).
pub(super) fn decode(
    name: &str,
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<Decoded, Problem> {
    if let Some(kind) = container_kind(bytes) {
        let message = match kind.extension() {
            Some(ext) => tr(
                "input-not-csv-workbook",
                &[("kind", kind.described().into()), ("ext", ext.into())],
            ),
            None => tr(
                "input-not-csv-archive",
                &[("kind", kind.described().into())],
            ),
        };
        return Err(Problem::new(name, None, message));
    }
    let (encoding, how, body) = match (forced, Encoding::for_bom(bytes)) {
        (Some(f), Some((bom, len))) if bom == f => (f, Detection::Forced, &bytes[len..]),
        (Some(f), _) => (f, Detection::Forced, bytes),
        (None, Some((bom, len))) => (bom, Detection::ByteOrderMark, &bytes[len..]),
        (None, None) if std::str::from_utf8(bytes).is_ok() => (UTF_8, Detection::ValidUtf8, bytes),
        (None, None) => (guess(bytes), Detection::Guessed, bytes),
    };
    let text = strict(encoding, body).map_err(|(before, bad)| {
        let hex: Vec<String> = bad.iter().map(|b| format!("0x{b:02X}")).collect();
        let args = [
            ("bytes", hex.join(" ").into()),
            ("encoding", encoding.name().into()),
        ];
        let message = if encoding == UTF_8 {
            tr("input-bad-bytes-utf8", &args)
        } else {
            tr("input-bad-bytes", &args)
        };
        Problem::new(name, Some(line_breaks(&before) + 1), message)
    })?;
    if let Some(at) = text.find('\0') {
        let message = match utf16_without_bom(body) {
            Some(label) if encoding.name() != label.to_ascii_uppercase() => tr(
                "input-nul-utf16",
                &[
                    ("encoding", encoding.name().into()),
                    ("utf16", label.to_ascii_uppercase().into()),
                    ("label", label.into()),
                ],
            ),
            _ => tr("input-nul", &[("encoding", encoding.name().into())]),
        };
        return Err(Problem::new(
            name,
            Some(line_breaks(&text[..at]) + 1),
            message,
        ));
    }
    Ok(Decoded {
        text,
        encoding,
        how,
    })
}

/// `utf-16le` or `utf-16be` when the bytes look like UTF-16 without a byte-order mark: most
/// characters of a CSV are ASCII, so one byte of each pair is 0 (the second for LE).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    let zeros = |offset: usize| {
        sample
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    if pairs == 0 {
        None
    } else if odd * 2 > pairs && even * 10 < pairs {
        Some("utf-16le")
    } else if even * 2 > pairs && odd * 10 < pairs {
        Some("utf-16be")
    } else {
        None
    }
}

/// chardetng's guess for bytes that are not UTF-8, kept to single-byte encodings.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let (guess, sure) = detector.guess_assess(None, false);
    if sure && guess.is_single_byte() {
        guess
    } else {
        WINDOWS_1252
    }
}

/// Decodes without replacement; on failure, the text before the bad bytes and the bad bytes.
fn strict(encoding: &'static Encoding, bytes: &[u8]) -> Result<String, (String, Vec<u8>)> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let room = |n: usize| n.saturating_mul(3).saturating_add(16);
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or_else(|| room(bytes.len())),
    );
    let mut rest = bytes;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut out, true);
        let consumed = &rest[..read];
        rest = &rest[read..];
        match result {
            DecoderResult::InputEmpty => return Ok(out),
            DecoderResult::OutputFull => out.reserve(room(rest.len())),
            DecoderResult::Malformed(bad, extra) => {
                let end = read.saturating_sub(usize::from(extra));
                let start = end.saturating_sub(usize::from(bad));
                return Err((out, consumed[start..end].to_vec()));
            }
        }
    }
}

/// How many line breaks `text` holds: `\r\n`, `\n` and a lone `\r` (old Mac) each count one.
pub(super) fn line_breaks(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows_1252(text: &str) -> Vec<u8> {
        let (bytes, _, bad) = WINDOWS_1252.encode(text);
        assert!(!bad);
        bytes.into_owned()
    }

    #[test]
    fn utf8_with_or_without_bom_needs_no_note() {
        let d = decode("a.csv", "id,nom\nF1,Équipe\n".as_bytes(), None).unwrap();
        assert_eq!((d.encoding, d.how), (UTF_8, Detection::ValidUtf8));
        assert_eq!(d.note("a.csv"), None);
        let d = decode("a.csv", b"\xEF\xBB\xBFid,nom\n", None).unwrap();
        assert_eq!(d.text, "id,nom\n");
        assert_eq!(d.note("a.csv"), None);
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_either_way_round() {
        let text = "id;pays\r\nP1;Pérou\r\n";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        let d = decode("u.csv", &le, None).unwrap();
        assert_eq!((d.text.as_str(), d.how), (text, Detection::ByteOrderMark));
        assert_eq!(
            d.note("u.csv").unwrap().to_string(),
            "u.csv: read as UTF-16LE (from its byte-order mark)"
        );
        assert_eq!(decode("u.csv", &be, None).unwrap().text, text);
    }

    #[test]
    fn french_and_spanish_windows_1252_exports_are_detected() {
        let samples = [
            "Identifiant;Nom;Pays;Thèmes;Capacité\r\nFR-01;Équipe Lyon;France;sécurité alimentaire;2\r\nPE-01;Lima;Pérou;santé;1\r\n",
            "id;nombre;país;idiomas\r\nES-01;Peña Ñuñoa;España;español\r\n",
            "id,nome,paese,città\nIT-01,Società San Vincenzo,Italia,Città di Castello\n",
            "id;nome;país\nBR-01;Associação São João;Brasil\n",
            "Pérou\n",
        ];
        for text in samples {
            let d = decode("fr.csv", &windows_1252(text), None).unwrap();
            assert_eq!(d.text, text);
            assert_eq!((d.encoding, d.how), (WINDOWS_1252, Detection::Guessed));
            assert_eq!(
                d.note("fr.csv").unwrap().to_string(),
                "fr.csv: read as windows-1252 (not UTF-8); use --encoding to choose another"
            );
        }
    }

    #[test]
    fn a_forced_encoding_wins_and_bad_bytes_name_their_line() {
        let bytes = windows_1252("a,b\n1,2\n3,Pérou\n");
        let e = decode("f.csv", &bytes, Some(UTF_8)).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.message.starts_with("bytes 0xE9 are not valid UTF-8 text"),
            "{e}"
        );
        let d = decode("f.csv", &bytes, Some(WINDOWS_1252)).unwrap();
        assert_eq!(
            (d.text.as_str(), d.note("f.csv")),
            ("a,b\n1,2\n3,Pérou\n", None)
        );
        // A byte-order mark of the forced encoding is dropped.
        let d = decode("f.csv", b"\xEF\xBB\xBFa", Some(UTF_8)).unwrap();
        assert_eq!(d.text, "a");
    }

    #[test]
    fn unpaired_surrogates_and_cut_characters_are_errors() {
        // "a\r" then a lone high surrogate D800 followed by "b".
        let bytes = [0xFF, 0xFE, b'a', 0, b'\r', 0, 0x00, 0xD8, b'b', 0];
        let e = decode("s.csv", &bytes, None).unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        assert!(e.message.contains("UTF-16LE"), "{e}");
        let e = decode("s.csv", &[0xFF, 0xFE, b'a', 0, b'b'], None).unwrap_err();
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn nul_bytes_are_refused_with_the_right_way_round() {
        let text = "id;pays\nP1;Pérou\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let e = decode("x.csv", &le, None).unwrap_err();
        assert!(e.message.contains("--encoding utf-16le"), "{e}");
        let e = decode("x.csv", &be, None).unwrap_err();
        assert!(e.message.contains("--encoding utf-16be"), "{e}");
        assert!(!e.message.contains("utf-16le"), "{e}");
        // NULs that are not UTF-16.
        let e = decode("x.csv", b"a,b\n\0\0\0\0\0\0\n", None).unwrap_err();
        assert!(e.message.contains("save the spreadsheet as CSV"), "{e}");
        assert_eq!(e.line, Some(2));
    }

    #[test]
    fn workbooks_and_archives_are_named_not_decoded() {
        let e = decode("g.csv", b"PK\x03\x04\x14\0\0\0xl/workbook.xml", None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "g.csv: this is an Excel workbook (xlsx), not CSV text: rename it to .xlsx and twin reads it as a spreadsheet"
        );
        let ods = b"PK\x03\x04\0\0mimetypeapplication/vnd.oasis.opendocument.spreadsheet";
        assert!(
            decode("g.csv", ods, None)
                .unwrap_err()
                .message
                .contains("rename it to .ods")
        );
        let xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert!(
            decode("g.csv", &xls, None)
                .unwrap_err()
                .message
                .contains("rename it to .xls")
        );
        assert!(
            decode("g.csv", b"PK\x03\x04abc", None)
                .unwrap_err()
                .message
                .contains("zip archive")
        );
    }

    #[test]
    fn labels_resolve_or_suggest() {
        assert_eq!(encoding_for_label("latin1").unwrap(), WINDOWS_1252);
        assert_eq!(encoding_for_label(" UTF8 ").unwrap(), UTF_8);
        let e = encoding_for_label("windows1252x").unwrap_err();
        assert!(
            e.contains("\"windows1252x\"") && e.contains("windows-1252"),
            "{e}"
        );
        assert!(encoding_for_label("klingon").unwrap_err().contains("utf-8"));
        assert!(encoding_for_label("iso-2022-kr").is_err());
    }

    #[test]
    fn line_breaks_count_crlf_once_and_lone_cr() {
        assert_eq!(line_breaks("a\r\nb\rc\nd"), 3);
        assert_eq!(line_breaks("\r\r\n\n"), 3);
        assert_eq!(line_breaks(""), 0);
    }
}
