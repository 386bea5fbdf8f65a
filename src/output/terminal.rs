//! Text from input files made safe to show on a terminal.
//!
//! Names, ids and values come from files that anyone may have written. Printed raw, an ESC
//! could move the cursor or recolour the screen, a BEL ring, a bidi override reverse the text
//! around it, and an invisible character make two different ids look the same. Every piece of
//! file text that reaches a terminal (tables, `explain`, `check`, notes, warnings and errors)
//! goes through [`escape`], which spells such characters out as `\u{…}` escapes. Machine
//! formats (CSV, JSON, xlsx) keep the text exactly as read.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal raw: C0 and C1 control characters, DEL, bidi
/// embeddings, overrides, isolates and marks, and invisible characters that make two texts
/// look equal (zero-width space, word joiner, byte-order mark, soft hyphen). Zero-width
/// joiners and non-joiners stay: scripts such as Devanagari and Persian need them.
pub(crate) fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// `text` with every [unsafe](is_unsafe) character written as an escape: `\t`, `\n` and `\r`
/// by name, the others as `\u{1b}`. Borrowed (no copy) when there is nothing to escape.
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if is_unsafe(c) => {
                use std::fmt::Write as _;
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        for s in ["", "AIC Bruxelles", "Équipe Saint-Vincent", "नमस्ते", "👩‍👩‍👧"]
        {
            assert!(matches!(escape(s), Cow::Borrowed(t) if t == s), "{s}");
        }
    }

    #[test]
    fn controls_bidi_and_invisibles_are_spelt_out() {
        assert_eq!(escape("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape("bell\u{7}"), "bell\\u{7}");
        assert_eq!(escape("x\ty\nz\r"), "x\\ty\\nz\\r");
        assert_eq!(escape("\u{202e}gnp.exe"), "\\u{202e}gnp.exe");
        assert_eq!(escape("FR\u{200b}-1"), "FR\\u{200b}-1");
        assert_eq!(escape("\u{9b}"), "\\u{9b}");
    }

    proptest! {
        /// Whatever the input, the result holds no unsafe character, and text without one
        /// is unchanged.
        #[test]
        fn output_is_always_safe(s in any::<String>()) {
            let e = escape(&s);
            prop_assert!(!e.chars().any(is_unsafe), "{e:?}");
            if !s.chars().any(is_unsafe) {
                prop_assert_eq!(e.as_ref(), s.as_str());
            }
        }
    }
}
