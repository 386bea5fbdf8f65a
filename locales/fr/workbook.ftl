# twin's words in French: the xlsx workbook: sheet names, headers and its summary sheet.
# Every id here is in the same file of every language, with the same placeables.

## Noms des feuilles.

workbook-sheet-pairs = paires
workbook-sheet-groups = groupes
workbook-sheet-summary = résumé

## En-têtes de la feuille des paires (ou des groupes), dans l’ordre du CSV.

workbook-header-rank = rang
workbook-header-score = note
workbook-header-id-a = identifiant A
workbook-header-name-a = nom A
workbook-header-country-a = pays A
workbook-header-id-b = identifiant B
workbook-header-name-b = nom B
workbook-header-country-b = pays B
workbook-header-shared-themes = thèmes partagés
workbook-header-shared-languages = langues partagées

## Feuille « résumé ».

workbook-figure = indicateur
workbook-value = valeur
workbook-method = méthode
workbook-pairs = paires
workbook-groups-seeking = groupes qui cherchent un jumelage
workbook-groups-twinned = groupes jumelés
workbook-groups-without-twin = groupes sans jumelage
workbook-places-unfilled = places non pourvues
workbook-total-score = note totale
workbook-mean-score = note moyenne
workbook-lowest-score = note la plus basse
workbook-name = nom
workbook-country = pays
workbook-reason = raison

## Problèmes à l’écriture du classeur.

workbook-too-many-rows = { $count ->
    [one] { $count } paire ne tient pas dans une feuille Excel (au plus { $max }) ; réduisez la liste (--top, --min-score) ou utilisez --format csv
   *[other] { $count } paires ne tiennent pas dans une feuille Excel (au plus { $max }) ; réduisez la liste (--top, --min-score) ou utilisez --format csv
}
workbook-cannot-write = impossible d’écrire le classeur xlsx : { $error }
workbook-place-pair = paire { $rank } (feuille « { $sheet } », ligne { $row }), colonne « { $column } »
workbook-place-left-out = le groupe sans jumelage { $id } (feuille « { $sheet } »), colonne « { $column } »
workbook-cell-too-long = { $place } : le texte « { $start }… » compte { $units } caractères, plus que les { $max } qu’une cellule Excel peut contenir ; twin ne coupe pas le texte : enregistrez plutôt en CSV (-o FICHIER.csv ou --format csv)

## Classeur d’un examen (twin review --format xlsx)

workbook-review-line = ligne
workbook-review-eligible = admissible
workbook-review-broken-rules = règles enfreintes
workbook-review-kept = convenue
workbook-review-locked-out = exclue par
workbook-review-problems = problèmes
workbook-review-id = identifiant
workbook-review-capacity = capacité
workbook-review-used = places utilisées
workbook-yes = oui
workbook-no = non
# Lu après l’en-tête « exclue par » : le nom de la liste qui exclut la paire, puis sa ligne.
workbook-review-forbidden-at = paires refusées { $place }
workbook-review-history-at = historique { $place }
