# twin's words in English, the reference: problems found reading the files twin reads (encodings, CSV, TOML, xlsx/xls/ods, pair lists).
# Every id here is in the same file of every language, with the same placeables.


## Sizes in limits: $count is a whole number, $size a number with one decimal (4.0).
input-size-bytes = { $count } bytes
input-size-mb = { $count } MB
input-size-gb = { $count } GB
input-size-gb-decimal = { $size } GB

## Which files twin reads, and standard input.
input-unsupported-type = unsupported file type: use .csv, .tsv, .toml, .xlsx, .xls or .ods (or - for CSV on standard input)
input-stdin-twice = standard input (-) can be read only once

## Encodings. $encoding is a name such as UTF-8 or windows-1252; $bytes the bad bytes (0xE9).
input-read-as-bom = read as { $encoding } (from its byte-order mark)
input-read-as-guessed = read as { $encoding } (not UTF-8); use --encoding to choose another
input-encoding-unknown-close = unknown encoding "{ $label }" for --encoding: did you mean "{ $close }"?
input-encoding-unknown = unknown encoding "{ $label }" for --encoding: use one of { $labels }
input-bad-bytes-utf8 = bytes { $bytes } are not valid { $encoding } text; is the file in another encoding? try --encoding windows-1252
input-bad-bytes = bytes { $bytes } are not valid { $encoding } text; use --encoding to choose another encoding
input-nul-utf16 = the file holds NUL characters, so it is not text in { $encoding }: it looks like { $utf16 } text without a byte-order mark: read it with --encoding { $label }
input-nul = the file holds NUL characters, so it is not text in { $encoding }: save the spreadsheet as CSV (UTF-8)
input-toml-not-utf8 = the file is not UTF-8 text; save it as "CSV UTF-8" (Excel) or UTF-8 (other tools)

## A workbook or archive given as CSV: $kind is one of input-kind-*, $ext its extension.
input-kind-ods = an OpenDocument spreadsheet (ods)
input-kind-xlsx = an Excel workbook (xlsx)
input-kind-xls = an Excel 97-2003 workbook (xls) or another Office file
input-kind-zip = a zip archive
input-not-csv-workbook = this is { $kind }, not CSV text: rename it to .{ $ext } and twin reads it as a spreadsheet
input-not-csv-archive = this is { $kind }, not CSV text: unpack it, or give twin the CSV, TOML or spreadsheet inside

## CSV text. $limit is a number of bytes.
input-unclosed-quote = unclosed quote starting here: a value opens with " and never closes, so the rest of the file would be one value
input-field-too-long = a value starting on this line is longer than { $limit } bytes, twin's limit for one value; is a quote missing, or is this not a table of groups?
input-row-too-long = the row starting on this line is longer than { $limit } bytes, twin's limit for one row; is a quote missing, or is this not a table of groups?
input-too-many-rows = more than { $limit } groups in one file, twin's limit; split the file
input-csv-unreadable = cannot read CSV: { $why }
## $found and $used are delimiters as --delimiter takes them (; or tab), $option as typed after it (';' or tab).
input-one-column-header = the header is one column "{ $header }" holding "{ $found }": the columns are probably separated by { $found } (not { $used }); fix the quotes or pass --delimiter { $option }
input-csv-empty = the file is empty: expected a header row (id, name, country, languages, themes, …)
input-csv-extra-values-hint = is a value missing quotes around a separator?

## Header and rows, CSV and spreadsheets alike. $column is a column's key (themes), kept in English.
input-title-rows-skipped = line { $line } taken as the header; the { $count } { $count ->
        [one] row
       *[other] rows
    } above it read as a title and skipped
input-duplicate-column = columns "{ $first }" and "{ $second }" both give the { $column }; keep one
input-unknown-columns = ignoring unknown { $count ->
        [one] column
       *[other] columns
    } { $columns }
## $hint is input-csv-extra-values-hint or input-sheet-extra-values-hint.
input-extra-values = this row has { $values } values but the header has { $columns } { $columns ->
        [one] column
       *[other] columns
    }; { $hint }
input-cell-too-long = the value is longer than { $limit } bytes, twin's limit for one value
## $why is input-cell-error, input-cell-date or input-cell-too-long.
input-bad-cell = column "{ $column }": { $why }
input-missing-column = missing required column "{ $column }" (accepted names: { $names })
## The next two are added to input-missing-column, each starting with its separator.
input-missing-column-mapped = ; twin.toml maps { $column } to "{ $name }" ([columns]), which this header lacks
input-missing-column-looks-like = ; column "{ $cell }" looks like { $column }: map it with [columns] { $column } = "{ $cell }" in twin.toml
input-columns-unknown-key-close = unknown column `{ $key }` in [columns]: did you mean `{ $close }`? the keys are { $keys }
input-columns-unknown-key = unknown column `{ $key }` in [columns]: the keys are { $keys }

## Spreadsheets. $cell is a cell's reference (F2), $sheet a sheet's name, $why the reader's own words.
input-sheet-empty = the sheet is empty: expected a header row (id, name, country, languages, themes, …)
input-sheet-extra-values-hint = name the extra column in the header row, or clear its cells
input-cell-error = cell { $cell } holds an error ({ $error })
input-cell-date = cell { $cell } holds a date or time ({ $value }); twin expects text or a number
input-cell-days = { $days } days
input-sheet-damaged = cannot read spreadsheet: the file is damaged (the reader stopped: { $why }); open it in Excel or LibreOffice and save it again
input-sheet-reader-bug = a bug in the reader
input-sheet-unreadable = cannot read spreadsheet: { $why }
input-sheet-no-worksheet = cannot read spreadsheet: the workbook has no worksheet
input-sheet-unreadable-sheet = cannot read spreadsheet: sheet "{ $sheet }": { $why }
## $why is the reader’s own words, in English.
input-sheet-library-error = the file is damaged, or is not a workbook ({ $why }); open it in Excel or LibreOffice and save it again
input-sheet-file-empty = the file is empty
input-sheet-is-text = this is a text file, not an Excel or OpenDocument workbook; if it holds comma- or semicolon-separated values, rename it to .csv
input-sheet-not-workbook = not an Excel (.xlsx, .xlsm, .xls) or OpenDocument (.ods) workbook
## $sheets is the list of the workbook's sheets, each quoted (input-quoted).
input-no-sheet-close = no sheet named "{ $sheet }" — did you mean "{ $close }"? (the sheets are { $sheets })
input-no-sheet = no sheet named "{ $sheet }" (the sheets are { $sheets })

## A workbook's budgets (twin's limits). $limit and $size are sizes (input-size-*) or counts.
input-sheet-stray-cell = cell { $cell } is far outside the list: the used area would be { $rows } rows × { $columns } columns = { $cells } cells, more than twin's limit of { $limit } cells per sheet; delete the stray value and save again
input-sheet-too-much-text = the cells hold more than twin's limit of { $limit } of text (each use of a shared string counted), at cell { $cell }
input-sheet-too-many-sheets = the workbook has more than twin's limit of { $limit } sheets
input-sheet-workbook-too-large = the sheets span more than twin's limit of { $limit } cells together (at sheet "{ $sheet }")
input-zip-too-many-entries = the archive holds { $count } entries, more than twin's limit of { $limit }; is it really a workbook?
input-zip-entry-declares-too-much = zip entry "{ $entry }" declares { $size } uncompressed, more than twin's limit of { $limit } per entry
input-zip-declares-too-much = the archive's entries declare { $size } uncompressed together, more than twin's limit of { $limit }
input-zip-inflates-too-much = the archive inflates to more than twin's limit of { $limit } (at zip entry "{ $entry }"), whatever size it declares; is it really a workbook?
input-zip-entry-inflates-too-much = zip entry "{ $entry }" inflates to more than twin's limit of { $limit } per entry, whatever size it declares; is it really a workbook?
## $why is one of the input-xlsx-*, input-ods-* or input-zip-* problems with one part.
input-zip-entry-problem = zip entry "{ $entry }": { $why }
input-zip-entry-lies = zip entry "{ $entry }" inflates to more than the { $size } it declares: the file is damaged, or a zip bomb
input-zip-loose-text = the part holds a run of more than { $limit } of text outside any cell; is it really a workbook?
input-zip-too-many-elements = the part holds more than twin's limit of { $limit } XML elements; is it really a workbook?
## $attribute is as written in the file: uniqueCount="5000000".
input-xlsx-strings-declared = the shared-string table declares { $attribute }, more than twin's limit of { $limit } strings
input-xlsx-too-many-strings = the shared-string table holds more than twin's limit of { $limit } strings
## $what is input-xlsx-shared-string or input-xlsx-cell.
input-xlsx-cell-too-long = { $what } holds more than twin's limit of { $limit } of text per cell
input-xlsx-shared-string = shared string { $number }
input-xlsx-cell = cell { $cell }
input-xlsx-strings-too-much-text = the shared strings hold more than twin's limit of { $limit } of text
input-ods-sheet-too-large = sheet "{ $sheet }" spans { $rows } rows × { $columns } columns = { $cells } cells (repeats included), more than twin's limit of { $limit } cells per sheet
input-ods-sheet-too-much-text = sheet "{ $sheet }" holds more than twin's limit of { $limit } of text (repeated cells counted each time)
input-ods-xml-damaged = the XML is damaged ({ $why }): save the file again
input-ods-cell-too-long = sheet "{ $sheet }", row { $row }: a cell holds more than twin's limit of { $limit } of text per cell
input-ods-cut-short = the XML ends inside sheet "{ $sheet }" (no </table:table>): the file is cut short or damaged
input-ods-row-repeated = sheet "{ $sheet }", row { $row }: a row with values is repeated { $count } times (table:number-rows-repeated), more than twin's limit of { $limit }; identical rows would be identical groups
## .xls files: $offset is a byte offset in the Workbook stream, $record a record type (0x00FC).
input-xls-ole-damaged = the compound file (OLE container) is damaged: { $why }
input-xls-no-workbook-stream = the file holds no Workbook stream: it is not an Excel workbook
input-xls-stream-unreadable = the Workbook stream cannot be read: { $why }
input-xls-stream-too-large = the Workbook stream is larger than twin's limit of { $limit }
input-xls-workbook-too-much-text = the cells hold more than twin's limit of { $limit } of text (each use of a shared string counted; at sheet "{ $sheet }")
input-xls-sheets-overlap = the BoundSheet records of sheets "{ $first }" and "{ $second }" point into the same records: the file is damaged
input-xls-too-many-continues = record { $record } at byte { $offset } of the Workbook stream has more than twin's limit of { $limit } CONTINUE records
input-xls-boundsheet-cut = the BoundSheet record at byte { $offset } of the Workbook stream is cut short: the file is damaged
input-xls-sheet-number = sheet { $number }
input-xls-sheet-past-end = sheet "{ $sheet }" starts past the end of the Workbook stream (BoundSheet record at byte { $offset }): the file is damaged
input-xls-too-many-strings = the shared-string table (SST record) holds more than twin's limit of { $limit } strings
## $what is input-xls-dimensions-declare, input-xls-cells-span or input-xls-formulas-span.
input-xls-sheet-too-large = sheet "{ $sheet }": { $what } { $rows } rows × { $columns } columns = { $cells } cells, more than twin's limit of { $limit } cells per sheet
input-xls-dimensions-declare = the DIMENSIONS record (at byte { $offset } of the Workbook stream) declares
input-xls-cells-span = its cells span
input-xls-formulas-span = its formulas span
input-xls-dimensions-backwards = sheet "{ $sheet }": the DIMENSIONS record (at byte { $offset } of the Workbook stream) declares rows { $first-row } to { $last-row } and columns { $first-column } to { $last-column }, which end before they start: the file is damaged
input-xls-sheet-too-much-text = sheet "{ $sheet }": its cells hold more than twin's limit of { $limit } of text (each use of a shared string counted)

## TOML files (profiles and twin.toml). $key is a key as written; $keys the keys allowed, as the parser lists them.
input-toml-too-large = the file holds { $size } bytes, over twin's limit of { $limit } bytes for a TOML file (about 180,000 groups); save a network this large as CSV
input-toml-line-too-long = this line is longer than { $limit } bytes, twin's limit for one line; is this a file of groups?
input-toml-no-groups = no groups: expected [[group]] tables with id, name, country, languages and themes
input-toml-value-too-long = the value of `{ $key }` is longer than { $limit } bytes, twin's limit for one value
## $message is one of the input-toml-* problems below, $source the line of the file it is on.
input-toml-in-line = { $message }, in `{ $source }`
input-toml-unknown-key = unknown key `{ $key }`: the keys here are { $keys }
input-toml-unknown-key-suggest = unknown key `{ $key }` — did you mean `{ $best }`? The keys here are { $keys }
input-toml-unknown-key-none = unknown key `{ $key }`: no key is allowed here
input-toml-missing-key = missing field `{ $key }`
## $found and $expected are the parser's own words (floating point `1.5`, a boolean).
input-toml-invalid-type = invalid type: { $found }, expected { $expected }
## What serde found ($value as written: `3`, "x") and the type it wanted, in input-toml-invalid-type.
input-toml-found-integer = integer { $value }
input-toml-found-float = floating point { $value }
input-toml-found-boolean = boolean { $value }
input-toml-found-string = string { $value }
input-toml-found-array = sequence
input-toml-found-table = map
input-toml-kind-string = a string
input-toml-kind-array = a sequence
input-toml-kind-table = a map
input-toml-kind-boolean = a boolean
input-toml-kind-number = f64
## $type is the Rust type (u32, i64).
input-toml-kind-integer = { $type }
input-toml-expected-scalar = expected a string or an integer
input-toml-expected-items = expected an array of strings, or one string
## $what is one of the syntax problems below, $expected what the parser expected there (`=`, newline).
input-toml-syntax = { $what }, expected { $expected }
input-toml-syntax-nothing = { $what }, expected nothing
input-toml-duplicate-key = duplicate key
input-toml-unclosed-array-table = unclosed array table
input-toml-unclosed-table = unclosed table
input-toml-unclosed-array = unclosed array
input-toml-unclosed-inline-table = unclosed inline table
input-toml-key-without-value = key with no value
input-toml-missing-value-for-key = missing value for key
input-toml-missing-value = missing value
input-toml-extra-equals = extra `=`
input-toml-invalid-basic-string = invalid basic string
input-toml-invalid-literal-string = invalid literal string
input-toml-invalid-string = invalid string
input-toml-invalid-multiline-basic-string = invalid multi-line basic string
input-toml-invalid-multiline-literal-string = invalid multi-line literal string
input-toml-unquoted-string = string values must be quoted
input-toml-empty-key = unquoted keys cannot be empty
input-toml-invalid-key = invalid key
input-toml-invalid-unquoted-key = invalid unquoted key
input-toml-extra-comma = extra comma in array
input-toml-missing-comma = missing comma between array elements
input-toml-missing-comma-pairs = missing comma between key-value pairs
input-toml-unexpected-key-or-value = unexpected key or value
input-toml-unexpected-content = unexpected content
input-toml-invalid-boolean = invalid boolean
input-toml-invalid-float = invalid float
input-toml-invalid-integer = invalid integer
input-toml-invalid-table = invalid table
input-toml-expected-newline = newline
input-toml-expected-letters = letters
input-toml-expected-numbers = numbers
input-toml-expected-value = value
input-toml-expected-literal-string = literal string

## Pair lists (--history, --keep, --forbid, a plan read back). $role is history, keep, forbid or plan.
input-pairs-empty = { $role ->
        [history] the history file
        [keep] the keep file
        [forbid] the forbid file
       *[plan] the plan
    } is empty: expected a header with id_a and id_b
input-pairs-no-columns = { $role ->
        [history] a history file
        [keep] a keep file
        [forbid] a forbid file
       *[plan] a plan
    } needs the columns id_a and id_b (as in twin's own CSV output): it is not a pair list
input-pairs-missing-id = missing id_a or id_b
input-pairs-self = group "{ $id }" is paired with itself
