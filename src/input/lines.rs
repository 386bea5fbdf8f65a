//! Line numbers from byte offsets, in one pass over the text whatever the number of lookups.
//!
//! Readers ask for the lines of offsets close to each other (records in file order, the keys
//! of one TOML group in any order), so a cursor that moves from one lookup to the next, both
//! ways, answers every lookup of a file in O(size) time in all and needs no memory. A line ends at `\r\n`, `\n` or a lone `\r` (old Mac Excel), as everywhere
//! else in twin.

/// A line counter over one text, moving from lookup to lookup.
#[derive(Debug, Clone)]
pub(crate) struct LineCursor<'a> {
    text: &'a [u8],
    /// The offset counted up to, and the 1-based line it is on.
    offset: usize,
    line: u64,
}

impl<'a> LineCursor<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        LineCursor {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The 1-based line holding byte `offset` (clamped to the text's end).
    ///
    /// # Complexity
    /// O(distance from the previous lookup).
    pub(crate) fn line_of(&mut self, offset: usize) -> u64 {
        let offset = offset.min(self.text.len());
        if offset >= self.offset {
            self.line += self.breaks(self.offset, offset);
        } else {
            self.line -= self.breaks(offset, self.offset);
        }
        self.offset = offset;
        self.line
    }

    /// How many lines end in `text[from..to]`.
    fn breaks(&self, from: usize, to: usize) -> u64 {
        let text = self.text;
        (from..to)
            .filter(|&i| text[i] == b'\n' || (text[i] == b'\r' && text.get(i + 1) != Some(&b'\n')))
            .count() as u64
    }

    /// The 1-based line of the first character at or after `offset` that is not a line
    /// break: the csv crate reports a record at the offset of blank lines before it.
    pub(crate) fn line_of_record(&mut self, offset: u64) -> u64 {
        let mut at = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        while at < self.text.len() && matches!(self.text[at], b'\r' | b'\n') {
            at += 1;
        }
        self.line_of(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_crlf_lf_and_lone_cr_in_any_order_of_lookups() {
        let text = "a\r\nb\rc\n\nd";
        let mut c = LineCursor::new(text);
        let expect = [
            (0, 1),
            (1, 1),
            (2, 1),
            (3, 2),
            (5, 3),
            (7, 4),
            (8, 5),
            (99, 5),
        ];
        for (offset, line) in expect {
            assert_eq!(c.line_of(offset), line, "offset {offset}");
        }
        for (offset, line) in expect.into_iter().rev() {
            assert_eq!(c.line_of(offset), line, "offset {offset} backwards");
        }
        // Between \r and \n the line is still the first one.
        assert_eq!(LineCursor::new(text).line_of(2), 1);
        assert_eq!(LineCursor::new(text).line_of_record(7), 5);
    }
}
