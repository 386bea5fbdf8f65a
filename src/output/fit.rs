//! Fitting a table to a terminal: how wide each column may be ([`widths`]), and a cell's
//! text wrapped into lines of that width ([`wrap`]). Pure: the table decides when to fit
//! (on a terminal, never in a pipe or a file, whose format stays stable).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The narrowest a wrapped column becomes, in terminal columns.
pub(super) const MIN_WIDTH: usize = 8;

/// Column widths within `budget` columns of cell text (separators already taken out):
/// each column as wide as its widest cell (`natural`) when all fit; else the columns that
/// may wrap (`wrap[i]`) share what the others leave, the narrowest needs first (max-min
/// fair: a column gets its natural width, or an equal share of what is left, whichever is
/// less), never below [`MIN_WIDTH`] nor above their natural width. When even that does not
/// fit, the columns keep their minimum and the line is wider than the budget.
pub(super) fn widths(natural: &[usize], wrap: &[bool], budget: usize) -> Vec<usize> {
    let total: usize = natural.iter().sum();
    if total <= budget {
        return natural.to_vec();
    }
    let fixed: usize = natural
        .iter()
        .zip(wrap)
        .filter(|(_, w)| !**w)
        .map(|(n, _)| n)
        .sum();
    let mut left = budget.saturating_sub(fixed);
    let mut out = natural.to_vec();
    // Water-filling: the columns needing less than an equal share get their need; the rest
    // split what remains equally (earlier columns get the odd column first).
    let mut open: Vec<usize> = (0..natural.len()).filter(|&i| wrap[i]).collect();
    open.sort_by_key(|&i| (natural[i], i));
    while let Some(&narrowest) = open.first() {
        let share = left / open.len();
        if natural[narrowest] <= share {
            out[narrowest] = natural[narrowest];
            left -= natural[narrowest];
            open.remove(0);
            continue;
        }
        let extra = left % open.len();
        let mut by_position = open.clone();
        by_position.sort_unstable();
        for (k, &i) in by_position.iter().enumerate() {
            let w = share + usize::from(k < extra);
            out[i] = w.max(MIN_WIDTH.min(natural[i]));
        }
        break;
    }
    out
}

/// `text` in lines of at most `width` columns: broken at spaces (a space at a break is
/// dropped); a word longer than a line is broken after its hyphens (`income-` /
/// `generation`), and cut where the line ends only when a piece is still too long. At least
/// one line (empty for empty text).
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    if text.width() <= width {
        return vec![text.to_string()];
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ') {
        let w = word.width();
        if used > 0 && used + 1 + w <= width {
            line.push(' ');
            line.push_str(word);
            used += 1 + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        // The word starts a line: its hyphenated parts follow one another, a part that does
        // not fit starts the next line, and a part longer than a line is cut.
        for part in word.split_inclusive('-') {
            let pw = part.width();
            if used > 0 && used + pw > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            for c in part.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::Rng;

    #[test]
    fn natural_widths_are_kept_when_they_fit() {
        assert_eq!(widths(&[3, 20, 30], &[false, true, true], 53), [3, 20, 30]);
        assert_eq!(widths(&[3, 20, 30], &[false, true, true], 100), [3, 20, 30]);
    }

    #[test]
    fn the_narrow_column_keeps_its_width_and_the_wide_ones_share() {
        // 3 fixed; 40 left for 10, 30, 30: 10 is kept, 30 split 15 / 15.
        assert_eq!(
            widths(&[3, 10, 30, 30], &[false, true, true, true], 43),
            [3, 10, 15, 15]
        );
        // Never below the minimum: the line is then wider than asked.
        assert_eq!(widths(&[3, 30, 30], &[false, true, true], 5), [3, 8, 8]);
        // A column narrower than the minimum stays as it is.
        assert_eq!(widths(&[3, 4, 30], &[false, true, true], 5), [3, 4, 8]);
    }

    #[test]
    fn fitted_widths_keep_their_bounds_on_random_tables() {
        let mut rng = Rng::new(0x05ee_df17);
        for _ in 0..5_000 {
            let n = 1 + rng.below(7);
            let natural: Vec<usize> = (0..n).map(|_| rng.below(60)).collect();
            let wrap: Vec<bool> = (0..n).map(|_| rng.below(3) > 0).collect();
            let budget = rng.below(200);
            let out = widths(&natural, &wrap, budget);
            let fixed: usize = (0..n).filter(|&i| !wrap[i]).map(|i| natural[i]).sum();
            let floor: usize = (0..n)
                .map(|i| {
                    if wrap[i] {
                        natural[i].min(MIN_WIDTH)
                    } else {
                        natural[i]
                    }
                })
                .sum();
            for i in 0..n {
                assert!(
                    out[i] <= natural[i],
                    "{natural:?} {wrap:?} {budget} → {out:?}"
                );
                if !wrap[i] {
                    assert_eq!(out[i], natural[i]);
                } else {
                    assert!(out[i] >= natural[i].min(MIN_WIDTH));
                }
            }
            let sum: usize = out.iter().sum();
            if floor <= budget {
                assert!(sum <= budget, "{natural:?} {wrap:?} {budget} → {out:?}");
            }
            // Max-min fair: a column cut below its natural width is at least as wide as
            // any other wrapped column, less one (the odd column of an uneven split).
            if budget >= fixed {
                for i in (0..n).filter(|&i| wrap[i] && out[i] < natural[i]) {
                    for j in (0..n).filter(|&j| wrap[j]) {
                        assert!(
                            out[i] + 1 >= out[j] || out[i] == MIN_WIDTH.min(natural[i]),
                            "{natural:?} {wrap:?} {budget} → {out:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_character() {
        let mut rng = Rng::new(0xa11c);
        let alphabet = ['a', 'b', ' ', 'é', '中', ',', ' '];
        for _ in 0..5_000 {
            let len = rng.below(40);
            let text: String = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            let width = 2 + rng.below(12);
            let lines = wrap(&text, width);
            assert!(!lines.is_empty());
            for l in &lines {
                assert!(l.width() <= width, "{text:?} at {width}: {lines:?}");
            }
            // Nothing lost but the spaces at the breaks.
            let kept: String = lines.concat().chars().filter(|c| *c != ' ').collect();
            let all: String = text.chars().filter(|c| *c != ' ').collect();
            assert_eq!(kept, all, "{text:?} at {width}: {lines:?}");
            // Greedy: a line never ends where the next word would have fitted after it.
            for pair in lines.windows(2) {
                if let Some(next) = pair[1].split(' ').next().filter(|w| !w.is_empty()) {
                    assert!(
                        pair[0].is_empty() || pair[0].width() + 1 + next.width() > width,
                        "{text:?} at {width}: {lines:?}"
                    );
                }
            }
        }
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(
            wrap("food security, elderly", 10),
            ["food", "security,", "elderly"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(
            wrap("income-generation, health", 12),
            ["income-", "generation,", "health"]
        );
    }
}
