//! `twin man [SUBCOMMAND]`: the manual page clap_mangen renders from twin's own
//! command-line definition (roff), to standard output: twin(1), or twin-SUBCOMMAND(1).
//!
//! The page is in the run's language like `--help`: the command is the translated one, its
//! headings trimmed of the space French puts before clap's colon, and the section titles
//! clap_mangen writes in English (NAME, SYNOPSIS, …) are replaced by the language's
//! ([`SECTIONS`]), as French and Spanish manual pages title them. The page is written in
//! ASCII, accents as roff escapes ([`ascii`]).

use clap::Command;

use crate::cli::ManArgs;
use crate::error::{Error, Result};
use crate::i18n::tr;
use crate::output::{messages, sink};

/// clap_mangen's section titles, each with the message that titles it in the page's
/// language. "EXTRA" is clap's after-help, which in twin holds examples and exit codes.
const SECTIONS: [(&str, &str); 8] = [
    ("NAME", "man-name"),
    ("SYNOPSIS", "man-synopsis"),
    ("DESCRIPTION", "man-description"),
    ("OPTIONS", "man-options"),
    ("SUBCOMMANDS", "man-commands"),
    ("EXTRA", "man-examples"),
    ("VERSION", "man-version"),
    ("AUTHORS", "man-authors"),
];

pub(crate) fn run(args: &ManArgs) -> Result<()> {
    let mut twin = for_man(crate::cli::command());
    // Built, each subcommand knows its full name (twin-assign) and usage (twin assign …).
    twin.build();
    let page = match &args.subcommand {
        None => twin,
        Some(name) => {
            let known: Vec<String> = twin
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .filter(|name| name != "help")
                .collect();
            let Some(sub) = twin.find_subcommand(name) else {
                return Err(Error::Usage(messages::unknown_subcommand(name, &known)));
            };
            sub.clone()
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        // No date (the page is the same on every run), but not an empty one: the roff
        // crate drops an empty argument, which would shift the source into the date's
        // place and the manual's name out of the header.
        .date(" ")
        .source(format!("twin {}", env!("CARGO_PKG_VERSION")))
        .manual(tr("man-manual", &[]))
        .render(&mut roff)
        .map_err(|e| Error::io("<man page>", e))?;
    let roff = String::from_utf8_lossy(&roff);
    sink::write(ascii(&retitle(&roff)).as_bytes(), None, false)
}

/// `cmd` and its subcommands with their help headings as titles ("Options", not the
/// "Options " that puts French's space before clap's colon in `--help`), and the
/// subcommand placeholder of the synopsis in the language.
fn for_man(cmd: Command) -> Command {
    let trim = |s: &str| s.trim_end_matches([' ', '\u{a0}', ':']).to_string();
    let mut cmd = cmd.mut_args(|a| match a.get_help_heading().map(trim) {
        Some(h) => a.help_heading(h),
        None => a,
    });
    if let Some(h) = cmd.get_subcommand_help_heading().map(trim) {
        cmd = cmd.subcommand_help_heading(h);
    }
    if cmd.has_subcommands() {
        cmd = cmd.subcommand_value_name(tr("value-SUBCOMMAND", &[]));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name.as_str(), for_man);
    }
    cmd
}

/// `roff` with every section title in the page's language: clap_mangen's fixed English
/// titles through [`SECTIONS`], and the headings taken from the command (already
/// translated) in capitals, as manual pages write them.
fn retitle(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len() + 64);
    for line in roff.split_inclusive('\n') {
        let Some(title) = line.strip_prefix(".SH ") else {
            out.push_str(line);
            continue;
        };
        let title = title.trim_end().trim_matches('"').trim();
        let title = SECTIONS
            .iter()
            .find(|(english, _)| *english == title)
            .map_or_else(|| title.to_string(), |(_, id)| tr(id, &[]));
        let title = title.to_uppercase();
        if title.contains(' ') {
            out.push_str(&format!(".SH \"{title}\"\n"));
        } else {
            out.push_str(&format!(".SH {title}\n"));
        }
    }
    out
}

/// `roff` in ASCII: every other character as groff's `\[uXXXX]` escape, which every
/// formatter reads (groff, mandoc) whatever the page's encoding is taken to be; raw UTF-8
/// is "invalid input" to groff run without its preprocessor.
fn ascii(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len() + 64);
    for c in roff.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", c as u32));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_title_is_retitled_and_the_rest_kept() {
        let roff =
            ".TH twin 1\n.SH NAME\ntwin \\- x\n.SH \"OPTIONS \"\n.TP\n.SH EXTRA\n.SH Commands\n";
        let out = retitle(roff);
        assert_eq!(
            out,
            ".TH twin 1\n.SH NAME\ntwin \\- x\n.SH OPTIONS\n.TP\n.SH EXAMPLES\n.SH COMMANDS\n"
        );
    }

    #[test]
    fn accents_become_roff_escapes() {
        assert_eq!(
            ascii("Nom : équipe’s 👩"),
            "Nom : \\[u00E9]quipe\\[u2019]s \\[u1F469]"
        );
        assert_eq!(ascii("plain \\- text"), "plain \\- text");
    }
}
