# twin's words in English, the reference: the xlsx workbook: sheet names, headers and its summary sheet.
# Every id here is in the same file of every language, with the same placeables.

## Sheet names. A reader of twin's own workbook takes its first sheet, whatever its name, so
## the names are the run's language.

workbook-sheet-pairs = pairs
workbook-sheet-groups = groups
workbook-sheet-summary = summary

## The header row of the pairs (or groups) sheet, in the CSV order. The English headers are
## the CSV field names; `--history`, `--keep`, `--forbid` and `twin review` accept the id
## headers of every language (workbook-header-id-a, workbook-header-id-b).

workbook-header-rank = rank
workbook-header-score = score
workbook-header-id-a = id_a
workbook-header-name-a = name_a
workbook-header-country-a = country_a
workbook-header-id-b = id_b
workbook-header-name-b = name_b
workbook-header-country-b = country_b
workbook-header-shared-themes = shared_themes
workbook-header-shared-languages = shared_languages

## The summary sheet: one figure a row, then the groups left without a twin.

workbook-figure = figure
workbook-value = value
workbook-method = method
workbook-pairs = pairs
workbook-groups-seeking = groups seeking a twin
workbook-groups-twinned = groups twinned
workbook-groups-without-twin = groups without a twin
workbook-places-unfilled = places unfilled
workbook-total-score = total score
workbook-mean-score = mean score
workbook-lowest-score = lowest score
workbook-name = name
workbook-country = country
workbook-reason = reason

## Problems writing the workbook.

workbook-too-many-rows = { $count } pairs do not fit in an Excel sheet (at most { $max }); narrow the list (--top, --min-score) or use --format csv
workbook-cannot-write = cannot write the xlsx workbook: { $error }
workbook-place-pair = pair { $rank } (sheet { $sheet }, row { $row }), column { $column }
workbook-place-left-out = the group without a twin { $id } (sheet { $sheet }), column { $column }
workbook-cell-too-long = { $place }: the text "{ $start }…" has { $units } characters, more than the { $max } an Excel cell holds; twin does not cut text: write CSV instead (-o FILE.csv or --format csv)

## A review's workbook (twin review --format xlsx): in English the CSV field names and
## values, which its CSV keeps in every language.

workbook-review-line = line
workbook-review-eligible = eligible
workbook-review-broken-rules = broken_rules
workbook-review-kept = kept
workbook-review-locked-out = locked_out
workbook-review-problems = problems
workbook-review-id = id
workbook-review-capacity = capacity
workbook-review-used = used
workbook-yes = yes
workbook-no = no
workbook-review-forbidden-at = forbidden { $place }
workbook-review-history-at = history { $place }
