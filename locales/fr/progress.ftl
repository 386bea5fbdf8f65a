# twin's words in French: progress bars on a terminal.
# Every id here is in the same file of every language, with the same placeables.

## Étapes d’une exécution, montrées sur un terminal quand une étape dure plus d’une seconde.

progress-loading = lecture et vérification { $count ->
    [one] du fichier
   *[other] des { $count } fichiers
}
progress-scoring = calcul des notes des paires
progress-reviewing = comparaison du plan avec le meilleur plan
progress-pairs = recherche des paires admissibles
progress-round = tour { $round } : { $pairs ->
    [one] { $pairs } paire candidate
   *[other] { $pairs } paires candidates
}
progress-stable = plan stable : { $pairs ->
    [one] { $pairs } paire formée
   *[other] { $pairs } paires formées
}
progress-verify = vérification du certificat d’optimalité
progress-left-out = recherche de ce qui prive des groupes de jumelage
progress-probe-all = --method fair, essai { $probe } : toutes les paires
progress-probe = --method fair, essai { $probe } : paires notées { $score } ou plus
progress-probe-round = { $probe }, { $round }
