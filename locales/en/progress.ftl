# twin's words in English, the reference: progress bars on a terminal.
# Every id here is in the same file of every language, with the same placeables.

## Steps of a run, shown on a terminal once a step has taken a second. Short: one line of a
## narrow terminal with the bar or the spinner and the time.

# Reading and checking the profile files.
progress-loading = reading and checking { $count ->
    [one] the file
   *[other] { $count } files
}
# `match` scoring every pair of groups.
progress-scoring = scoring pairs
# `review` comparing the plan with the best plan.
progress-reviewing = comparing the plan with the best plan
# Scoring every pair to list the eligible ones, the solver's input.
progress-pairs = listing the eligible pairs
# One round of the exact solver: it solves over $pairs candidate pairs, then checks the others.
progress-round = round { $round }: { $pairs ->
    [one] { $pairs } candidate pair
   *[other] { $pairs } candidate pairs
}
# The stable plan, taking the best remaining pair again and again.
progress-stable = stable plan: { $pairs ->
    [one] { $pairs } pair taken
   *[other] { $pairs } pairs taken
}
# `--verify`: checking the certificate that the plan is optimal.
progress-verify = checking the certificate of optimality
# Finding, for each group left without a twin, why.
progress-left-out = finding why groups are left without a twin
# `--method fair`: its search for the highest lowest score, one solve per try; the first over every pair.
progress-probe-all = --method fair, try { $probe }: every pair
# A later try: only pairs scoring $score or more.
progress-probe = --method fair, try { $probe }: pairs scoring { $score } or more
# A try ($probe, one of the two messages above) and where its solve is ($round).
progress-probe-round = { $probe }, { $round }
