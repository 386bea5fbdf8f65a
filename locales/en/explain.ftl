# twin's words in English, the reference: the texts of explain, review and match.
# Every id here is in the same file of every language, with the same placeables.

## twin explain ID_A ID_B: one pair, rule by rule and component by component

explain-eligible-yes = eligible: yes
explain-eligible-no = eligible: no
# $code: the country's ISO code (FR); $country: its name.
explain-same-country = same country: both are in { $code } ({ $country })
explain-no-common-language = no common language: { $a } speaks { $languages-a }; { $b } speaks { $languages-b }
explain-already-twins-before = already twins: { $a } and { $b } were paired before (--history { $at })
explain-already-twins = already twins: { $a } and { $b } are listed as existing twins
explain-vetoed-at = vetoed: forbidden by { $at } (--forbid)
explain-vetoed = vetoed: the pair { $a } – { $b } is listed in a --forbid file
explain-no-capacity-one = capacity 0: { $id } is not seeking a twin
explain-no-capacity-both = capacity 0: { $a } and { $b } are not seeking a twin
# $at: file:line of the pair in a --keep (or --history) file.
explain-kept = kept: listed in { $at } (--keep), so always in the plan
explain-history = history: paired before ({ $at }, --history); not excluded, as the rule on existing twins is off
explain-score = score: { $score } / 100
explain-score-if-eligible = score if eligible: { $score } / 100
# $priority: a priority theme's points as written (2, 1.5); $count: the same, as a number.
explain-themes = themes (points: * = priority, { $priority } { $count ->
        [one] point
       *[other] points
    }; others 1 point)
explain-shared = shared: { $list }
explain-share = share of { $id }'s theme points: { $shared } / { $total } = { $share }
explain-theme-overlap = theme overlap (mean of the shares): { $overlap }
explain-languages = languages
explain-language-overlap = language overlap: { $shared } shared / { $smaller } (the smaller list) = { $overlap }
# The next lines are aligned under the first "=" of this one.
explain-formula = score = 100 × (themes weight × theme overlap + languages weight × language overlap) / (sum of weights)
explain-formula-points = = { $themes } (themes) + { $languages } (languages) = { $score }

## twin explain ID: where one group stands

explain-capacity = { $group }: capacity { $capacity }
explain-partners = eligible partners: { $eligible } of { $count ->
        [one] { $count } other group
       *[other] { $count } other groups
    }
explain-excluded-none = excluded by the rules: none
explain-excluded = excluded by the rules (a group may break several):
explain-kept-pairs = kept pairs (--keep): { $count } — { $list }
explain-forbidden-pairs = forbidden pairs (--forbid): { $count } — { $list }
explain-best-none = best candidates: none
explain-best = best candidates:
explain-kept-mark = [kept]
explain-best-shared = themes { $themes }; languages { $languages }
# Two lines: the command names and FILES… ID stay as they are (FILES… as the help spells it).
explain-hint-pair = (`twin explain FILES… { $id } ID` explains one pair;
explain-hint-match = `twin match FILES… --group { $id }` lists every candidate)

## twin review: the table, its summary and its verdict

review-header-line = line
review-header-status = status
review-unknown-side = { $id } (unknown)
review-title = review of { $plan }: { $lines } against { $groups }
review-lines = { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }
review-empty = The plan lists no pair.
review-status-unknown-id = unknown id { $id }
review-status-same-group = a group with itself
review-status-repeated = repeats line { $first }
review-status-forbidden = forbidden
review-status-historical = twinned before
review-status-below-min = below --min-score
# $pairs: "3 pairs"; $places: "2 places".
review-status-over-capacity = { $id } over capacity ({ $pairs } for { $places })
review-status-ok = ok
review-status-ok-kept = ok, kept
# $pairs: "12 pairs"; $seeking: "40 groups"; $agree: the number the verb agrees with.
review-summary-plan = plan { $plan }: { $pairs }, total { $total }, lowest { $lowest }; { $twinned } of { $seeking } seeking a twin { $agree ->
        [one] is
       *[other] are
    } twinned; { $used } of { $places } { $places ->
        [one] place
       *[other] places
    } used
# $list: "FR-01 3/2, ES-02 2/1" (pairs in the plan / capacity).
review-over-capacity = over capacity (pairs/capacity): { $list }
review-places-left = places left (pairs/capacity): { $list }
review-and-more = … and { $count } more
# $lost: points, two decimals; $direction: less or more; $percent: the same as a percentage of the best plan's total.
review-best = best plan ({ $method }, same rules and locks): { $pairs }, total { $total }, { $twinned } { $twinned ->
        [one] group
       *[other] groups
    } twinned; this plan has { $lost } points { $direction ->
        [less] less
       *[more] more
    } ({ $percent } %)
review-blocking-none = blocking pairs: none (no two groups would both rather pair up)
review-blocking = blocking pairs: { $count } (two groups that would both rather pair up: each has a free place or a partner it likes less)
review-more-blocking-all = … and { $count } more; --format json lists them all
review-more-blocking-best = … and { $count } more; --format json lists the best { $best }
review-missed = left out but could have had a twin: { $count }
review-more-missed = … and { $count } more; --format json lists them all
review-changes-none = single changes that gain: none
review-changes = single changes that gain the most:
# "it": the group left out.
review-would-take = { $id } ({ $score }) would take it
review-best-twins-it = the best plan twins it with { $id } ({ $score })
review-add = add { $pair }
review-replace = { $group }: replace { $drop } ({ $drop-score }) with { $add } ({ $add-score })
review-exchange = exchange partners: { $drop-a } and { $drop-b } become { $add-a } and { $add-b }
review-problems = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }: each is listed on standard error with its line
# A line of the workbook's summary sheet: a problem at its plan line.
review-at-line = line { $line }: { $message }
review-cell-too-long = the text "{ $start }…" has { $count } characters, more than the { $max } an Excel cell holds; twin does not cut text: write CSV instead (-o FILE.csv or --format csv)

## twin match: the notes on groups without a candidate

match-only-group = { $id } has no candidate: { $why }
match-below-min = { $id } has no candidate scoring at least { $min }
match-no-eligible = { $id } has no eligible partner: { $rules }
match-more = … and { $count } more { $count ->
        [one] group has
       *[other] groups have
    } no candidate; `twin check` lists them all with reasons
