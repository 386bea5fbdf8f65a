//! The command line, as clap derive types only; `settings` and `cmd` give them meaning.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::Format;

const EXAMPLES: &str = "\
Examples:
  twin check groups.csv                    validate a file and summarise it
  twin match groups.csv                    best 3 candidates for every group
  twin match fr.csv es.csv --group FR-01   all candidates of one group
  twin match groups.csv --top 20 -o best.csv
  twin match groups.xlsx --sheet Groupes -o pairs.xlsx
  twin assign groups.csv -o plan.csv       one plan within every group's capacity
  twin explain groups.csv FR-01 PE-03      why this pair scores what it does
  twin report groups.csv -o report.html    the plan as a page to print or mail
  twin init                                write a commented twin.toml

Exit codes: 0 success, 1 invalid input or I/O error, 2 usage error.";

/// Proposes twinning partnerships between charity groups in different countries.
///
/// twin reads group profiles (CSV, TSV, TOML, or an .xlsx, .xls or .ods spreadsheet), scores
/// every eligible pair of groups from different countries by shared themes and languages,
/// prints ranked, explained suggestions, and proposes a plan within every capacity (assign).
#[derive(Debug, Parser)]
#[command(name = "twin", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Configuration file (default: ./twin.toml when present).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Language of messages and help: en, fr or es, with a region if you like (es-MX writes
    /// --excel numbers as Mexico does) [default: twin.toml's lang, else the locale, else en].
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<String>,

    #[command(flatten)]
    pub input: InputArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// How to read profile files; apply to every command that reads them.
/// twin's command line with its help in this run's language: what `twin` parses, and what
/// `twin man` and `twin completions` render.
pub(crate) fn command() -> clap::Command {
    use clap::CommandFactory;
    crate::i18n::help::localize(Cli::command(), crate::i18n::current())
}

/// Parses `args` (the program name first) with [`command`]: the parsed line, or clap's
/// error (help and version are "errors" that print to stdout and exit 0).
pub(crate) fn parse(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let mut cmd = command();
    let matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Text encoding of CSV files (e.g. utf-8, windows-1252) instead of detecting it.
    #[arg(long, global = true, value_name = "NAME")]
    pub encoding: Option<String>,

    /// CSV delimiter (',' ';' tab '|') instead of detecting it.
    #[arg(long, global = true, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,

    /// Sheet of .xlsx, .xlsm, .xls and .ods files to read [default: the first].
    #[arg(long, global = true, value_name = "NAME")]
    pub sheet: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Rank candidate twins: per group, a top list, or every eligible pair.
    #[command(
        after_help = "Examples:\n  twin match groups.csv\n  twin match groups.csv --group FR-01 --group PE-03\n  twin match groups.csv --all --min-score 50 --format csv -o pairs.csv"
    )]
    Match(MatchArgs),
    /// Explain one pair's score component by component (or the rules excluding it), or where one group stands.
    #[command(after_help = "Example:\n  twin explain groups.csv FR-01 PE-03")]
    Explain(ExplainArgs),
    /// Validate profiles, report every problem, and summarise the network.
    #[command(after_help = "Example:\n  twin check fr.csv es.csv extra.toml")]
    Check(CheckArgs),
    /// Propose one global plan within every group's capacity: optimal or stable.
    #[command(
        after_help = "Examples:\n  twin assign groups.csv\n  twin assign groups.csv --method stable --format csv -o plan.csv\n  twin assign groups.csv --history plan-2025.csv --verify\n  twin assign groups.csv --keep agreed.csv --forbid vetoed.csv --min-score 40"
    )]
    Assign(AssignArgs),
    /// Audit a plan however it was made: rules, capacities, locks, and what it loses
    /// against the best plan (exit 1 when it breaks a rule).
    #[command(
        after_help = "Examples:\n  twin review plan.csv groups.csv\n  twin review plan-edited.xlsx groups.csv --history plan-2025.csv --format json\n  twin review plan.csv groups.csv --layout groups -o for-the-groups.xlsx"
    )]
    Review(ReviewArgs),
    /// Write the plan as one self-contained HTML page (map, charts, a card per pair), printable on A4.
    #[command(
        after_help = "Examples:\n  twin report groups.csv -o report.html\n  twin report groups.csv --method stable --history plan-2025.csv -o report.html"
    )]
    Report(ReportArgs),
    /// Write a commented default twin.toml (and with --template a groups.csv header).
    Init(InitArgs),
    /// Print a shell completion script (to stdout): bash, zsh, fish, powershell or elvish.
    #[command(
        after_help = "Examples:\n  twin completions bash > ~/.local/share/bash-completion/completions/twin\n  twin completions zsh > ~/.zfunc/_twin\n  twin completions fish > ~/.config/fish/completions/twin.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff, to stdout): twin's, or one subcommand's.
    #[command(after_help = "Examples:\n  twin man | man -l -\n  twin man assign > twin-assign.1")]
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// Profile files (.csv, .tsv, .toml, .xlsx, .xls, .ods; - reads CSV from standard input).
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<String>,

    /// Show only this group's ranked candidates (repeatable).
    #[arg(long = "group", value_name = "ID")]
    pub groups: Vec<String>,

    /// How many candidates per group [default: 3, or all with --group] (at most the number of
    /// groups).
    #[arg(long, value_name = "K", value_parser = parse_count)]
    pub per_group: Option<u64>,

    /// The best N pairs overall instead of per-group lists.
    #[arg(long, value_name = "N", conflicts_with_all = ["all", "groups", "per_group"], value_parser = parse_count)]
    pub top: Option<u64>,

    /// Every eligible pair, once, best first (streamed: any size in bounded memory).
    #[arg(long, conflicts_with_all = ["groups", "per_group"])]
    pub all: bool,

    /// Leave out pairs scoring below S (0–100).
    #[arg(long, value_name = "S", value_parser = parse_score)]
    pub min_score: Option<u32>,

    #[command(flatten)]
    pub pairs: PairListArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// Profile files (.csv, .tsv, .toml, .xlsx, .xls, .ods; - reads CSV from standard input).
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<String>,

    #[command(flatten)]
    pub plan: PlanArgs,

    /// pairs: one row per pair, best first; groups: each group's twins, group by group.
    #[arg(long, value_enum, default_value = "pairs")]
    pub layout: PlanLayout,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
#[command(override_usage = "twin review [OPTIONS] <PLAN> <FILES>...")]
pub struct ReviewArgs {
    /// The plan to review: twin's CSV or xlsx plan, or any table with id_a,id_b columns.
    #[arg(value_name = "PLAN")]
    pub plan_file: String,

    /// Profile files (.csv, .tsv, .toml, .xlsx, .xls, .ods; - reads CSV from standard input).
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<String>,

    #[command(flatten)]
    pub plan: PlanArgs,

    /// pairs: the audit of every line; groups: the plan as each group sees it (the audit's
    /// summary then goes to stderr).
    #[arg(long, value_enum, default_value = "pairs")]
    pub layout: PlanLayout,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// How a plan's pairs are laid out: as a ranked list, or seen from each group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PlanLayout {
    /// One row per pair, best first.
    Pairs,
    /// Each group with its twins (every pair twice, once from each group), groups in id order.
    Groups,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Profile files (.csv, .tsv, .toml, .xlsx, .xls, .ods; - reads CSV from standard input).
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<String>,

    #[command(flatten)]
    pub plan: PlanArgs,

    /// Write the HTML page to FILE (- = standard output, which must not be a terminal).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<String>,

    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// How a plan is built: the method, its objective, the lowest score it may use, and the
/// pair lists it must honour (kept, vetoed, in history). Shared by every command that
/// builds a plan (`assign`, and those that show or compare one).
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// optimal: the largest total score; coverage: twin the most groups, then the largest total; fair: twin the most groups, then the highest lowest score; stable: no two groups would both rather pair up.
    #[arg(long, value_enum, default_value = "optimal")]
    pub method: PlanMethod,

    /// Optimal only: first twin as many pairs as possible, then maximise the total.
    #[arg(long)]
    pub max_cardinality: bool,

    /// Leave out pairs scoring below S (0 to 100); kept pairs stay, with a note.
    #[arg(long, value_name = "S", value_parser = parse_score)]
    pub min_score: Option<u32>,

    #[command(flatten)]
    pub pairs: PairListArgs,

    /// Check the optimal plan's certificate (LP duality) and report it on stderr.
    #[arg(long)]
    pub verify: bool,
}

/// Pair lists that constrain what is proposed: earlier plans, pairs already agreed, pairs
/// vetoed. Each file is any table twin reads with `id_a` and `id_b` columns (twin's own CSV
/// or xlsx plan included). Shared by every command that proposes or shows pairs.
#[derive(Debug, Args, Default, Clone)]
pub struct PairListArgs {
    /// An earlier plan (twin's CSV or xlsx, or any table with id_a,id_b): its pairs are existing twins, not proposed again (repeatable).
    #[arg(long, value_name = "FILE")]
    pub history: Vec<String>,

    /// Pairs already agreed (a table with id_a,id_b): always in the plan, using the groups' capacity (repeatable).
    #[arg(long, value_name = "FILE")]
    pub keep: Vec<String>,

    /// Pairs vetoed (a table with id_a,id_b): never proposed (repeatable).
    #[arg(long, value_name = "FILE")]
    pub forbid: Vec<String>,
}

impl PairListArgs {
    /// Every pair-list file named, with its role, in the order given per role.
    pub(crate) fn files(&self) -> impl Iterator<Item = (crate::input::pairs::ListRole, &str)> {
        use crate::input::pairs::ListRole;
        [
            (ListRole::History, &self.history),
            (ListRole::Keep, &self.keep),
            (ListRole::Forbid, &self.forbid),
        ]
        .into_iter()
        .flat_map(|(role, files)| files.iter().map(move |f| (role, f.as_str())))
    }
}

/// How `assign` builds its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PlanMethod {
    /// The largest total score (exact).
    Optimal,
    /// Twin as many groups as possible, then the largest total score (exact).
    Coverage,
    /// Twin as many groups as possible, then the highest lowest score, then the largest total (exact).
    Fair,
    /// The unique stable plan: best remaining pair first.
    Stable,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format [default: the -o file's extension (.csv, .json, .xlsx, .txt), else table].
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// Write to FILE instead of standard output (- = standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<String>,

    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,

    /// CSV for Excel: start with a UTF-8 byte-order mark so accents show right (with
    /// --out-delimiter ';' where Excel expects semicolons).
    #[arg(long)]
    pub excel: bool,

    /// CSV output delimiter (',' ';' tab '|') [default: ','].
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub out_delimiter: Option<u8>,
}

#[derive(Debug, Args)]
#[command(override_usage = "twin explain [OPTIONS] <FILES>... <ID_A> [ID_B]")]
pub struct ExplainArgs {
    /// Profile files, then one group id (where it stands) or two (their pair).
    #[arg(required = true, num_args = 1.., value_name = "FILES")]
    pub args: Vec<String>,

    #[command(flatten)]
    pub pairs: PairListArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Profile files (.csv, .tsv, .toml, .xlsx, .xls, .ods; - reads CSV from standard input).
    #[arg(required = true, value_name = "FILES")]
    pub files: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Also write groups.csv with the header row and one example group.
    #[arg(long)]
    pub template: bool,

    /// Replace existing files.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete twin in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// A subcommand whose page to print (match, explain, check, assign, init, …) instead of
    /// twin's.
    pub subcommand: Option<String>,
}

/// Parses a language: a tag naming one of twin's languages, with a region or not (`fr`,
/// `es-MX`, `fr_BE`), as `i18n::from_tag` reads it (the language of the run is chosen
/// from it before parsing; this refuses what names none).
fn parse_lang(text: &str) -> Result<String, String> {
    match crate::i18n::from_tag(text) {
        Some(_) => Ok(text.to_string()),
        None => Err(crate::output::messages::not_a_language(text)),
    }
}

/// Parses a delimiter: one ASCII character, or `tab` / `\\t`.
fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        t if t.len() == 1 && t.is_ascii() && t != "\"" && t != "\n" && t != "\r" => {
            Ok(t.as_bytes()[0])
        }
        _ => Err(crate::output::messages::not_a_delimiter(text)),
    }
}

/// Parses a count given on the command line (`--top`, `--per-group`): a whole number of 1
/// or more.
fn parse_count(text: &str) -> Result<u64, String> {
    match text.trim().parse::<u64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(crate::output::messages::not_a_count(text)),
    }
}

/// Parses a score given on the command line (0–100, at most two decimals) into hundredths.
fn parse_score(text: &str) -> Result<u32, String> {
    let value: f64 = text
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| crate::output::messages::not_a_number(text))?;
    if !(0.0..=100.0).contains(&value) {
        return Err(crate::output::messages::score_out_of_range(text));
    }
    Ok((value * 100.0).round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Every command and option has its help in the translations, so that no help text
    /// stays English in French or Spanish (the three languages have the same messages).
    #[test]
    fn every_command_and_option_has_translated_help() {
        use crate::i18n::{Lang, has};
        fn walk(cmd: &clap::Command, prefix: &str, missing: &mut Vec<String>) {
            let about = format!("{prefix}-about");
            if !has(Lang::En, &about) {
                missing.push(about);
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                if (a.is_global_set() && prefix != "cli") || id == "help" || id == "version" {
                    continue;
                }
                let own = format!("{prefix}-arg-{id}");
                if !has(Lang::En, &own) && !has(Lang::En, &format!("arg-{id}")) {
                    missing.push(own);
                }
                let names = if a.get_action().takes_values() {
                    a.get_value_names().unwrap_or_default()
                } else {
                    &[]
                };
                for name in names {
                    if !has(Lang::En, &format!("value-{name}")) {
                        missing.push(format!("value-{name}"));
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, sub.get_name(), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "cli", &mut missing);
        assert!(missing.is_empty(), "no help message for {missing:?}");
    }

    #[test]
    fn the_translated_definitions_are_consistent() {
        for lang in crate::i18n::Lang::ALL {
            crate::i18n::help::localize(Cli::command(), lang).debug_assert();
        }
    }

    #[test]
    fn scores_parse_to_hundredths() {
        assert_eq!(parse_score("50"), Ok(5000));
        assert_eq!(parse_score("66,67"), Ok(6667));
        assert!(parse_score("101").is_err());
        assert!(parse_score("x").is_err());
    }

    #[test]
    fn counts_are_whole_numbers_of_one_or_more() {
        assert_eq!(parse_count("3"), Ok(3));
        assert_eq!(parse_count(" 20 "), Ok(20));
        for bad in ["0", "-1", "x", "1.5", ""] {
            assert!(parse_count(bad).is_err(), "{bad}");
        }
    }
}
