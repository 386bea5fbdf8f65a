//! The regions that write a decimal number unlike their language's default, so that
//! `--excel` writes CSV a spreadsheet there opens as numbers: Spanish and French write
//! `80,00` and English `80.00`, but Mexico writes `80.00` and South Africa `80,00`.
//!
//! Source: Unicode CLDR 48.0.0 (Unicode License v3), the `decimal` of
//! `symbols-numberSystem-latn` in `cldr-json/cldr-numbers-full/main/<locale>/numbers.json`
//! of the repository unicode-org/cldr-json (tag `48.0.0`), read for `es`, `fr`, `en` and
//! every `es-XX`, `fr-XX` and `en-XX` there. Every French region writes a comma, as `fr`
//! does, `fr-CH` included. See data/README.md.

/// Per language code, the regions (ISO 3166-1 alpha-2, or UN M.49 `419` for Latin
/// America) whose decimal sign is not their language's: a point in Spanish, a comma in
/// English; sorted.
const OTHER_DECIMAL_SIGN: [(&str, &[&str]); 2] = [
    (
        "es",
        &[
            "419", "BR", "BZ", "CU", "DO", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "SV", "US",
        ],
    ),
    (
        "en",
        &[
            "AT", "BE", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GE", "HU", "ID", "IT", "LT",
            "LV", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "UA", "ZA",
        ],
    ),
];

/// Whether the language `code` (`es`, `fr`, `en`) spoken in `region` (`MX`, `419`, any
/// case) writes the other decimal sign than the language alone, as CLDR says.
pub(super) fn other_decimal_sign(code: &str, region: &str) -> bool {
    OTHER_DECIMAL_SIGN
        .iter()
        .filter(|(c, _)| *c == code)
        .any(|(_, regions)| regions.iter().any(|r| r.eq_ignore_ascii_case(region)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_without_repeats_and_names_regions() {
        for (lang, regions) in OTHER_DECIMAL_SIGN {
            assert!(regions.windows(2).all(|w| w[0] < w[1]), "{lang}");
            for r in regions {
                let code = r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase());
                let m49 = r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit());
                assert!(code || m49, "{lang} {r}");
            }
        }
        // French has no region that writes a point: no row for it.
        assert!(OTHER_DECIMAL_SIGN.iter().all(|(l, _)| *l != "fr"));
    }

    #[test]
    fn a_region_flips_its_language_default_only_when_listed() {
        assert!(other_decimal_sign("es", "MX"));
        assert!(other_decimal_sign("es", "mx"));
        assert!(other_decimal_sign("es", "419"));
        assert!(!other_decimal_sign("es", "ES"));
        assert!(!other_decimal_sign("es", "AR"));
        assert!(!other_decimal_sign("fr", "CH"));
        assert!(!other_decimal_sign("fr", "CA"));
        assert!(!other_decimal_sign("en", "US"));
        assert!(
            !other_decimal_sign("en", "MX"),
            "a Spanish row, not English"
        );
        assert!(other_decimal_sign("en", "ZA"));
    }
}
