# twin's words in English: the reference every other language translates.
# Ids are grouped by where they are read; placeables ($name) are the same in every language.

## Text quoted from a file, as lists of names quote it: "Notes", "Sujets".
quoted = "{ $text }"

## Counts

count-groups = { $count ->
    [one] { $count } group
   *[other] { $count } groups
}

## Help: clap's headings and flags (the texts of commands and options follow)

help-usage = Usage:
help-options = Options
help-arguments = Arguments
help-commands = Commands
help-flag-help = Print help
help-flag-version = Print version

## Help: commands and options. `arg-ID` is an option shared by several commands;
## `COMMAND-arg-ID` is one command's own.

cli-about = Proposes twinning partnerships between charity groups in different countries.
cli-long-about = Proposes twinning partnerships between charity groups in different countries.

    twin reads group profiles (CSV, TSV, TOML, or an .xlsx, .xls or .ods spreadsheet), scores every eligible pair of groups from different countries by shared themes and languages, prints ranked, explained suggestions, and proposes a plan within every group's capacity (assign).
cli-after-help =
    Examples:
      twin check groups.csv                    validate a file and summarise it
      twin match groups.csv                    best 3 candidates for every group
      twin match fr.csv es.csv --group FR-01   all candidates of one group
      twin match groups.csv --top 20 -o best.csv
      twin match groups.xlsx --sheet Groupes -o pairs.xlsx
      twin assign groups.csv -o plan.csv       one plan within each group's capacity
      twin report groups.csv -o report.html    the plan as a page to print or mail
      twin explain groups.csv FR-01 PE-03      why this pair scores what it does
      twin init                                write a commented twin.toml

    Exit codes: 0 success, 1 invalid input or I/O error, 2 usage error.
cli-arg-config = Configuration file (default: ./twin.toml when present)
cli-arg-lang = Language of messages and help: en, fr or es, with a region if you like (es-MX writes --excel numbers as Mexico does) [default: twin.toml's lang, else the locale, else en]
cli-arg-encoding = Text encoding of CSV files (e.g. utf-8, windows-1252) instead of detecting it
cli-arg-delimiter = CSV delimiter (',' ';' tab '|') instead of detecting it
cli-arg-sheet = Sheet of .xlsx, .xlsm, .xls and .ods files to read [default: the first]

arg-files = Profile files (.csv, .tsv, .toml, .xlsx, .xls, .ods; - reads CSV from standard input)
arg-format = Output format [default: the -o file's extension (.csv, .json, .xlsx, .txt), else table]
arg-output = Write to FILE instead of standard output (- = standard output)
arg-force = Replace the output file if it exists
arg-excel = CSV for Excel and LibreOffice: a UTF-8 byte-order mark so accents show right; in French and Spanish also ';' between fields and a decimal comma, so scores are numbers
arg-out_delimiter = CSV output delimiter (',' ';' tab '|') [default: ',']

match-about = Rank candidate twins: per group, the best pairs overall, or every eligible pair
match-after-help =
    Examples:
      twin match groups.csv
      twin match groups.csv --group FR-01 --group PE-03
      twin match groups.csv --all --min-score 50 --format csv -o pairs.csv
match-arg-groups = Show only this group's ranked candidates (repeatable)
match-arg-per_group = How many candidates per group [default: 3, or all with --group] (at most the number of groups)
match-arg-top = The best N pairs overall instead of per-group lists
match-arg-all = Every eligible pair, once, best first (streamed: any size in bounded memory)
match-arg-min_score = Leave out pairs scoring below S (0–100)

explain-about = Explain one pair's score component by component (or the rules excluding it), or where one group stands
explain-after-help =
    Example:
      twin explain groups.csv FR-01 PE-03
explain-arg-args = Profile files, then one group id (where it stands) or two (their pair)

check-about = Validate profiles, report every problem, and summarise the network
check-after-help =
    Example:
      twin check fr.csv es.csv extra.toml

assign-about = Propose one global plan within every group's capacity: optimal or stable
assign-after-help =
    Examples:
      twin assign groups.csv
      twin assign groups.csv --method stable --format csv -o plan.csv
      twin assign groups.csv --history plan-2025.csv --verify
      twin assign groups.csv --keep agreed.csv --forbid vetoed.csv --min-score 40

init-about = Write a commented default twin.toml (and with --template a groups.csv with its header and one example group)
init-arg-template = Also write groups.csv with the header row and one example group
init-arg-force = Replace existing files

completions-about = Print a shell completion script (to stdout): bash, zsh, fish, powershell or elvish
completions-after-help =
    Examples:
      twin completions bash > ~/.local/share/bash-completion/completions/twin
      twin completions zsh > ~/.zfunc/_twin
      twin completions fish > ~/.config/fish/completions/twin.fish
completions-arg-shell = The shell to complete twin in

man-about = Print the manual page (roff, to stdout): twin's, or one subcommand's
man-after-help =
    Examples:
      twin man | man -l -
      twin man assign > twin-assign.1
man-arg-subcommand = A subcommand whose page to print (match, explain, check, assign, init, …) instead of twin's

## Placeholders in the help (FILE, CHAR, …), and clap's help subcommand

value-FILE = FILE
value-FILES = FILES
value-NAME = NAME
value-CHAR = CHAR
value-LANG = LANG
value-ID = ID
value-K = K
value-N = N
value-S = S
value-METHOD = METHOD
value-FORMAT = FORMAT
value-SHELL = SHELL
value-SUBCOMMAND = SUBCOMMAND
value-LAYOUT = LAYOUT
value-PLAN = PLAN
help-subcommand = Print this message or the help of the given subcommand(s)

## Manual page (twin man): section titles, in capitals on the page

man-manual = twin manual
man-name = Name
man-synopsis = Synopsis
man-description = Description
man-options = Options
man-commands = Commands
man-examples = Examples
man-version = Version
man-authors = Authors

## Counts of things

count-countries = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
count-places = { $count ->
    [one] { $count } place
   *[other] { $count } places
}

## twin check: the summary of a network

check-network = { $groups } in { $countries }; { $seeking } seeking a twin ({ $places } in all)
check-per-country = groups per country:
check-languages = languages:
check-themes = themes:
check-none = none
check-not-seeking = not seeking a twin (capacity 0): { $ids }
check-all-have-partners = every group seeking a twin has at least one eligible partner
check-no-partner = no eligible partner ({ $groups }), with the rules excluding the other groups:

## Plans: the options of every command that builds or audits one, review and report

arg-method = optimal: the largest total score; coverage: twin the most groups, then the largest total; fair: twin the most groups, then the highest lowest score; stable: no two groups would both rather be twinned with each other
arg-max_cardinality = Optimal only: first form as many pairs as possible, then maximise the total
arg-min_score = Never use pairs scoring below S (0 to 100); kept pairs stay, with a note
arg-history = An earlier plan (twin's CSV or xlsx, or any table with id_a,id_b): its pairs are existing twins, not proposed again (repeatable)
arg-keep = Pairs already agreed (a table with id_a,id_b): always in the plan, using the groups' capacity (repeatable)
arg-forbid = Pairs vetoed (a table with id_a,id_b): never proposed (repeatable)
arg-verify = Check the plan's certificate of optimality (LP duality; optimal, coverage and fair) and report it on stderr
assign-arg-layout = pairs: one row per pair, best first; groups: each group's twins, group by group
review-about = Audit a plan however it was made: rules, capacities, locks, and what it loses against the best plan (exit 1 when it breaks a rule)
review-arg-plan_file = The plan to review: twin's CSV or xlsx plan, or any table with id_a,id_b columns
review-arg-layout = pairs: the audit of every line; groups: the plan as each group sees it (the audit's summary then goes to stderr)
report-about = Write the plan as one self-contained HTML page (map, charts, a card per pair), printable on A4
report-arg-output = Write the HTML page to FILE (- = standard output, which must not be a terminal)
review-after-help =
    Examples:
      twin review plan.csv groups.csv
      twin review plan-edited.xlsx groups.csv --history plan-2025.csv --format json
      twin review plan.csv groups.csv --layout groups -o for-the-groups.xlsx
report-after-help =
    Examples:
      twin report groups.csv -o report.html
      twin report groups.csv --method stable --history plan-2025.csv -o report.html

## The eligibility rules, as a coordinator reads them

rule-same-country = same country
rule-no-common-language = no common language
rule-already-twins = already twins
rule-vetoed = vetoed (--forbid)
rule-no-capacity = capacity 0 (not seeking a twin)
rule-count = { $rule } ({ $groups })
rule-only-group = it is the only group

## A plan's summary (assign, report) and why a group is left out

count-pairs = { $count ->
    [one] { $count } pair
   *[other] { $count } pairs
}
summary-plan = plan ({ $method }): { $pairs }{ $kept }; { $twinned } of { $seeking } seeking a twin { $agree ->
    [one] is
   *[other] are
} twinned, { $without } without a twin, { $unfilled }
summary-kept = ({ $count } kept)
summary-unfilled = { $count ->
    [one] { $count } place unfilled
   *[other] { $count } places unfilled
}
summary-scores = total score { $total }, mean { $mean }, lowest { $lowest }
summary-left-out = without a twin: { $group }: { $reason }
summary-more = … and { $count } more without a twin; --format json or xlsx lists them all with reasons
reason-no-partner-only = no eligible partner — { $why }
reason-no-partner-above-zero = no partner scoring above { $zero }
reason-no-partner = no eligible partner — excluded by { $rules }
reason-nearest = nearest: { $list }
reason-nearest-eligible = eligible
reason-below-min = no eligible partner scoring { $min } or more (--min-score); the best, { $best }, scores { $score }
reason-taken = its { $count } eligible partner(s) are all at capacity; best candidate { $best } ({ $score }) is twinned with { $taken }
sep-clause = { "; " }
sep-label = { ": " }

## twin check's verdict

check-ok = ok: no problems found
check-problems = { $count ->
    [one] { $count } problem found
   *[other] { $count } problems found
}
check-problems-summarised = { $count ->
    [one] { $count } problem found; the summary covers the valid groups only
   *[other] { $count } problems found; the summary covers the valid groups only
}

## Table headers (the terminal's table; CSV and JSON keep their field names)

table-group = group
table-rank = #
table-score = score
table-candidate = candidate
table-twin = twin
table-shared-themes = shared themes
table-languages = languages
table-group-a = group A
table-group-b = group B
table-empty = No eligible pair.

## Usage lines: clap's placeholders for "any options" and for the subcommand's name

usage-options = [OPTIONS]
usage-command = COMMAND
