# twin's words in English, the reference: errors, warnings and notes (other than problems in input files).
# Every id here is in the same file of every language, with the same placeables.

## The prefix of every line on standard error ($text: the message)

msg-line-error = error: { $text }
msg-line-warning = warning: { $text }
msg-line-note = note: { $text }

## A problem repeated on many lines, counted in one line ($count: the lines not shown)

msg-fold = { $file }: … and { $count } more { $count ->
        [one] row
       *[other] rows
    } with the same problem
msg-fold-last = { $file }: … and { $count } more { $count ->
        [one] row
       *[other] rows
    } with the same problem (the last on line { $last })

## Reading or writing a file failed: `{ $path }: { $reason }`. English shows the system's
## own words; the other languages say these for the common failures.

msg-io = { $path }: { $reason }
msg-io-not-found = No such file or directory
msg-io-permission-denied = Permission denied
msg-io-already-exists = File exists
msg-io-is-a-directory = Is a directory
msg-io-not-a-directory = Not a directory
msg-io-read-only = Read-only file system
msg-io-storage-full = No space left on device

## Files a command reads, as named in messages ($role: input, history, keep, forbid, plan, config)

msg-role-file = the { $role ->
        [input] input file
        [history] history file
        [keep] keep file
        [forbid] forbid file
        [plan] plan file
       *[config] config file
    } { $file }

## Where the output goes

msg-output-is-folder = -o { $path } is a folder: give the output a file name, e.g. -o { $dir }/pairs.csv
msg-output-exists = { $path } already exists; add --force to replace it
msg-output-is-input = -o { $path } is { $input }: twin never writes over a file it reads, even with --force; choose another output file
msg-output-is-input-link = -o { $path } is { $input } (the same file through a link): twin never writes over a file it reads, even with --force; choose another output file
msg-stdout-is-input = standard output is redirected to { $input }: twin never writes over a file it reads; redirect the output to another file
msg-stdout-closed = standard output is closed, so the output would be lost: redirect it to a file (> FILE) or write it with -o FILE (-o /dev/null discards it)
msg-unknown-extension = twin cannot write { $path }: -o takes a file ending in .csv, .json, .txt (a table) or .xlsx; add --format table, csv, json or xlsx to write that name anyway
msg-csv-option-without-csv = { $option } applies to CSV output; add --format csv or write to a .csv file
msg-xlsx-to-terminal = an xlsx workbook is binary and standard output is a terminal: write it to a file with -o FILE.xlsx
msg-html-to-terminal = the report is an HTML page and standard output is a terminal: write it to a file with -o report.html
msg-wrote = wrote { $path }

## Group ids on the command line

msg-unknown-group = no group has the id "{ $id }"
msg-unknown-group-closest = no group has the id "{ $id }" — did you mean "{ $closest }"?
msg-explain-too-few = explain needs the profile files, then one or two group ids (twin explain FILES… ID_A [ID_B]); got { $count ->
        [one] { $count } argument
       *[other] { $count } arguments
    }: { $args }
msg-explain-too-many-ids = explain needs the profile files, then one or two group ids; got { $count } ids: { $args } ("{ $first }" is not a file)
msg-explain-same-group = explain needs two different groups, got "{ $id }" twice
msg-unknown-subcommand = twin has no subcommand "{ $name }": the pages are { $known }

## twin.toml picked up from the folder ($changes: `key default → value`, listed)

msg-implicit-config = using { $file } from this folder, which changes { $changes }

## Plan options and refusals

msg-verify-needs-optimal = --verify checks the optimal plan: it cannot be used with --method { $method } (use --method optimal, or leave --verify out)
msg-max-cardinality-needs-optimal = --max-cardinality applies to the optimal plan: it cannot be used with --method { $method } (use --method optimal, or leave --max-cardinality out)
msg-too-many-pairs = the optimal plan of these { $groups } groups would be computed over { $pairs } eligible pairs, about { $gb } GB of memory; twin computes it over at most { $max } pairs (about { $max_gb } GB): use --method stable, which plans any number of groups in little memory, or plan smaller sets of groups
msg-capacities-too-large = the capacities are too large for the optimal plan: with { $pairs } eligible pairs its solver would build { $reduced } edges between the groups' places (capacity × capacity for each pair), more than its limit of { $max }; lower the capacities, or use --method stable, which plans any capacities in little memory
msg-capacities-too-large-largest = the capacities are too large for the optimal plan: with { $pairs } eligible pairs its solver would build { $reduced } edges between the groups' places (capacity × capacity for each pair), more than its limit of { $max } (the largest: { $id } wants { $capacity } twins); lower the capacities, or use --method stable, which plans any capacities in little memory

## The optimality certificate (--verify)

msg-pairs-checked = { $count ->
        [one] { $count } eligible pair checked
       *[other] { $count } eligible pairs checked
    }
msg-certificate-optimal = certificate: optimal — dual objective { $dual } = plan objective { $objective }; { $checked }
msg-certificate-coverage = certificate: coverage — no plan twins more than { $most ->
        [one] { $most } group
       *[other] { $most } groups
    }, and none that twins { $most } totals more than { $total }; { $checked }
msg-certificate-fair = certificate: fair — no plan twins more than { $most ->
        [one] { $most } group
       *[other] { $most } groups
    }; none that twins { $most } has a lowest score above { $lowest }{ $above }, and none with that lowest totals more than { $total }; { $checked }
msg-certificate-fair-none = none
msg-certificate-fair-above = {" "}(with every pair at { $next } or more, at most { $bound ->
        [one] { $bound } group
       *[other] { $bound } groups
    } can be twinned)
msg-certificate-fails = the optimality certificate does not hold: { $why }

## Pair lists (--history, --keep, --forbid; $list: history, keep, forbid, plan)

msg-past-pair-ignored = past pair { $a } – { $b } is not between two groups of the input; ignored
msg-listed-unknown-id = in this { $list ->
        [history] history file
        [keep] keep file
        [forbid] forbid file
       *[plan] plan
    }: { $problem }
msg-listed-again = pair { $a } – { $b } is listed again in the { $list ->
        [history] --history
        [keep] --keep
       *[forbid] --forbid
    }s (first at { $first }); counted once
msg-kept-and-history = kept pair { $a } – { $b } is already twins by --history ({ $at }): a pair cannot be both; remove it from one of the files
msg-kept-and-forbidden = kept pair { $a } – { $b } is also forbidden by --forbid ({ $at }): a pair cannot be both; remove it from one of the files
msg-kept-breaks-rules = kept pair { $a } – { $b } is not eligible: { $why }
msg-kept-over-capacity = group "{ $id }" has capacity { $capacity } but is in { $count } kept pairs ({ $at }); keep fewer or raise its capacity
msg-kept-below-min-score = kept pair { $a } – { $b } scores { $score }, below --min-score { $min }; it stays in the plan (it is kept)

## twin review: the problems of a plan, each at its line of the plan file

msg-review-unknown-id = { $problem } (ids are compared exactly, case included)
msg-review-same-group = group "{ $id }" is paired with itself
msg-review-repeated = the pair { $a } – { $b } is listed again (first on line { $first })
msg-review-breaks-rules = { $a } – { $b } breaks the rules: { $rules }
msg-review-forbidden = { $a } – { $b } is forbidden ({ $at })
msg-review-historical = { $a } – { $b } were twinned before ({ $at }): not to be proposed again
msg-review-below-min-score = { $a } – { $b } scores { $score }, below --min-score { $min }
msg-review-over-capacity = { $id } is in { $used ->
        [one] { $used } pair
       *[other] { $used } pairs
    } for a capacity of { $capacity } (lines { $lines })
msg-review-kept-missing = the kept pair { $a } – { $b } is not in the plan { $plan }
msg-review-clean = ok: { $plan } keeps every rule, capacity and lock

## Values on the command line (clap calls the parsers)

msg-not-a-delimiter = "{ $value }" is not a delimiter: use one character such as , ; | or tab
msg-not-a-number = "{ $value }" is not a number
msg-score-out-of-range = { $value } is outside 0–100
msg-not-a-language = "{ $value }" is not a language twin speaks: en, fr or es, with a region if you like (es-MX, fr-BE)
msg-not-a-count = "{ $value }" is not a whole number of 1 or more

## clap's usage errors, said in twin's words ($arg: an option as typed or defined,
## `--method <METHOD>`; $value: what was typed)

msg-usage-unknown-argument = unexpected argument '{ $arg }' found
msg-usage-tip-similar-argument = tip: a similar argument exists: '{ $suggestion }'
msg-usage-tip-similar-subcommand = tip: a similar subcommand exists: '{ $suggestion }'
msg-usage-tip-similar-value = tip: a similar value exists: '{ $suggestion }'
msg-usage-tip-pass-as-value = tip: to pass '{ $arg }' as a value, use '-- { $arg }'
msg-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
msg-usage-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
msg-usage-value-required = a value is required for '{ $arg }' but none was supplied
msg-usage-possible-values = [possible values: { $values }]
msg-usage-unknown-subcommand = unrecognized subcommand '{ $name }'
msg-usage-missing-required = the following required arguments were not provided:
msg-usage-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
msg-usage-subcommands = [subcommands: { $names }]
msg-usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
msg-usage-conflict-many = the argument '{ $arg }' cannot be used with:
msg-usage-used-twice = the argument '{ $arg }' cannot be used multiple times
msg-usage-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
msg-usage-more-info = For more information, try '{ $help }'.
