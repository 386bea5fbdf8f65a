# twin's words in English, the reference: the HTML report for the board.
# Every id here is in the same file of every language, with the same placeables.
# Numbers are written by the report itself ($total, $mean, weights, points) or, for counts
# given as numbers ($count, $shown, …), grouped by Fluent as the language writes them.

## The page's headings and labels

report-title = Twinning plan
report-made-by = Made by twin { $version } from { $files }
report-figures = The plan in figures
report-how = How the plan was made
report-method = Method
report-weights = Weights
report-priority-themes = Priority themes
report-rules = Rules
report-on = on
report-off = off
report-history = Earlier plans (pairs not proposed again)
report-map = The pairs on the map
report-charts = Charts
report-pair-cards = The pairs
report-shared-themes = Shared themes
report-shared-languages = Shared languages
report-none = none
report-without-twin = Groups without a twin
report-nobody-left-out = Every group seeking a twin has one.
report-no-pairs = The plan has no pair.
report-group = group
report-country = country
report-reason = why
report-map-source = Country shapes: Natural Earth (public domain), simplified.

## The plan in figures: the words under each figure ($count is the figure, for agreement)

report-figure-groups = { $count ->
    [one] group
   *[other] groups
}
report-figure-seeking = { $count ->
   *[other] seeking a twin
}
report-figure-twinned = { $count ->
   *[other] twinned
}
report-figure-left-out = { $count ->
   *[other] left out
}
report-figure-pairs = { $count ->
    [one] pair
   *[other] pairs
}
report-figure-total = total score
report-figure-mean = mean score
report-figure-lowest = lowest score
# In place of a mean or lowest score when the plan has no pair.
report-no-score = none

## How the plan was made: the method (its name, then what it means), weights, rules

report-method-optimal = optimal
report-method-optimal-about = the eligible pairs with the largest total score, each group in at most as many pairs as its capacity (exact)
report-method-most-pairs = optimal, most pairs first
report-method-most-pairs-about = as many pairs as possible, then the largest total score among such plans (exact)
report-method-coverage = coverage
report-method-coverage-about = first as many groups twinned as possible, then the largest total score among such plans (exact)
report-method-fair = fair
report-method-fair-about = first as many groups twinned as possible, then the lowest pair score as high as possible, then the largest total (exact)
report-method-stable = stable
report-method-stable-about = the best remaining pair first: no two groups would both rather be twinned with each other
report-weights-line = themes { $themes }, languages { $languages }; a priority theme counts { $priority } times as much as another
report-rule-different-country = the two groups are in different countries
report-rule-common-language = they share at least one language
report-rule-not-twins = they are not already twins
report-rule-capacity = both have capacity 1 or more (are seeking a twin)

## The map and the charts: titles, legends, text alternatives (read by screen readers)

report-map-title = Map of the pairs between countries
report-legend-groups = country with groups
report-legend-line = pairs between two countries (wider: more pairs)
# The enlarged part of the map.
report-inset = Europe
report-map-empty = No pair to draw.
# $list: the links, each as report-map-link, between clauses.
report-map-desc = Pairs between countries: { $list }.
report-map-link = { $a }–{ $b }: { $pairs }
report-map-more-links = and { $count } more { $count ->
    [one] link
   *[other] links
}
report-not-drawn = { $count ->
    [one] { $count } pair
   *[other] { $count } pairs
} not drawn: no shape for { $countries }.
# $pairs: "3 pairs"; $count: the same number, for agreement.
report-links-left = The { $drawn } links with most pairs are drawn; { $pairs } on { $links } other { $links ->
    [one] link
   *[other] links
} { $count ->
    [one] is
   *[other] are
} not.
report-scores-title = Pair scores
report-scores-axis = score
report-scores-empty = No pair.
report-scores-desc = Pairs by score: { $list }.
report-chart-item = { $label }: { $pairs }
report-themes-title = Themes shared by the pairs
report-themes-series = pairs
report-themes-empty = No pair shares a theme.
report-themes-desc = Pairs sharing each theme: { $list }.
report-countries-title = Groups and pairs per country
report-series-groups = groups
report-series-pairs = pairs (a pair counts for both its countries)
report-countries-desc = Per country: { $list }.
report-country-item = { $label }: { $groups }, { $pairs }
# The last row of the country chart.
report-others = { $count } other { $count ->
    [one] country
   *[other] countries
}

## A pair's card

report-rank = #{ $rank }
report-place = { $city }, { $country } · capacity { $capacity }
report-place-no-city = { $country } · capacity { $capacity }
report-part-themes = themes
report-part-languages = languages
report-part-score = score
report-theme-part = { $shared } of { $total_a } and { $shared } of { $total_b } theme points shared, overlap { $overlap }
report-language-part = { $shared } shared of { $smaller } (the shorter list), overlap { $overlap }
report-priority-legend = ★ priority theme
report-cards-capped = The first { $shown } pairs of { $total } are shown; `twin assign … -o plan.xlsx` lists every pair.
report-left-out-capped = The first { $shown } groups of { $total } are listed; `twin assign … -o plan.xlsx` lists every one with its reason.
