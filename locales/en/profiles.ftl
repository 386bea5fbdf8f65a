# twin's words in English, the reference: problems in the groups' profiles (ids, countries, themes, languages, capacities, twins) and in twin.toml's values.
# Every id here is in the same file of every language, with the same placeables.

## Values the reference tables do not know. $kind is `country`, `language` or `theme` (a
## selector, never shown); $value is the text as typed; $where is one of the profile-where-*
## messages; $names the suggestions (profile-suggestion…, joined by profile-or).

profile-unknown =
    { $kind ->
        [country] unknown country
        [language] unknown language
       *[theme] unknown theme
    } "{ $value }" { $where }
profile-unknown-suggest =
    { $kind ->
        [country] unknown country
        [language] unknown language
       *[theme] unknown theme
    } "{ $value }" { $where } — did you mean { $names }?
profile-ambiguous =
    { $kind ->
        [country] ambiguous country
        [language] ambiguous language
       *[theme] ambiguous theme
    } "{ $value }" { $where }: it could be { $codes }; write the code instead
# A suggested entry: its name in the run's language and its code (or theme id).
profile-suggestion = "{ $name }" ({ $code })
# A suggested entry whose name is its code.
profile-suggestion-code = "{ $code }"
profile-or = { " or " }
profile-where-column = in column "{ $column }"
profile-where-column-part = in column "{ $column }" (part of "{ $whole }"; '/' is read as a list separator)
profile-where-priority-themes = in `priority_themes`
profile-more-unknown =
    … and { $count } more unknown { $kind ->
        [country] { $count ->
            [one] country
           *[other] countries
        }
        [language] { $count ->
            [one] language
           *[other] languages
        }
       *[theme] { $count ->
            [one] theme
           *[other] themes
        }
    } in column "{ $column }"

## A group's cells. $field is the column's canonical name (id, name, country, languages,
## themes, capacity), $column the header as the file spells it.

profile-capacity-invalid = invalid capacity "{ $value }" in column "{ $column }": expected a whole number ≥ 0 (how many twins the group wants now; 0 = not seeking)
profile-not-a-list = `{ $field }` must be a single value, not a list
profile-missing = missing { $field }: column "{ $column }" is empty
profile-missing-list = missing { $field }: column "{ $column }" needs at least one value (separate several with ';')

## Ids and twins. $first and $at are places in the files ("groups.csv:12").

profile-duplicate-id = duplicate id "{ $id }" (first used at { $first }); ids must be unique across all files
profile-twin-itself = group "{ $id }" lists itself in `twins`; ignored
profile-twin-unknown = twin "{ $twin }" of group "{ $id }" is not in the input; ignored
profile-twin-unknown-more =
    … and { $count } more { $count ->
        [one] twin
       *[other] twins
    } of group "{ $id }" not in the input; ignored
# $chars: code points such as "U+200B, U+200C".
profile-id-invisible = id "{ $id }" differs from "{ $other }" ({ $at }) only by invisible characters ({ $chars }): both print as "{ $visible }"; remove them (or give the groups distinct ids)
profile-id-look-alike = id "{ $id }" looks like "{ $other }" ({ $at }) but is a different id: "{ $id }" has { $id_chars }, "{ $other }" has { $other_chars }; if they are one group, write the id the same way
profile-no-other-character = no other character

## The theme taxonomy (built-in plus twin.toml's [[themes]]).

profile-theme-table-builtin = built-in theme table: { $error }
profile-too-many-themes = { $count } themes defined; twin supports at most { $max }
profile-theme-empty = theme #{ $number }: `id` and `en` must not be empty
profile-theme-twice = theme id "{ $id }" is defined twice (themes #{ $first } and #{ $second })
profile-theme-name-shared = the theme name "{ $name }" is used by several themes: { $ids }

## twin.toml's values. $key is a key as twin.toml writes it (weights.themes); $min, $max and
## $value are numbers as TOML writes them (never translated: 0.5, 1e-11).

settings-too-large = the configuration file is larger than { $bytes } bytes, twin's limit for one; is this the right file?
settings-not-utf8 = the configuration file is not UTF-8 text; save it as UTF-8
settings-weight-out-of-range = `{ $key }` must be a number from { $min } to { $max }, got { $value }; only the ratio of the two weights matters, so scale both down
settings-priority-out-of-range = `{ $key }` must be a number from { $min } to { $max }, got { $value }; beyond these the score's arithmetic overflows or loses its hundredths
settings-weights-both-zero = `weights.themes` and `weights.languages` cannot both be 0
settings-per-group-too-small = `match.per_group` must be ≥ 1, got { $value }
settings-column-no-header = `columns.{ $key }` names no header
settings-column-mapped-twice = `columns.{ $key }`: "{ $header }" is already mapped to another column
settings-lang-unknown = lang = "{ $value }" is not a language twin speaks: use "en", "fr" or "es"
# A value of the wrong type: $expected is boolean, number, integer, text, list or table (a
# selector); $source the line of twin.toml.
settings-wrong-type =
    `{ $key }` must be { $expected ->
        [boolean] true or false
        [number] a number
        [integer] a whole number
        [text] a text in quotes
        [list] a list in brackets
       *[table] a table
    }, in `{ $source }`
settings-missing-key = missing key `{ $key }` in `{ $source }`
# $keys: the keys the table accepts, as `lang`, `weights`, …
# Values in the note listing what ./twin.toml changes ("themes 0 extra → 2 extra").
settings-changed-extra = { $count } extra
settings-changed-mapped = { $count } mapped
