# twin's words in French: the HTML report for the board.
# Every id here is in the same file of every language, with the same placeables.
# Normal spaces before « : ; ? ! » here: the report makes them no-break on the page.

## Les titres et libellés de la page

report-title = Plan de jumelage
report-made-by = Produit par twin { $version } à partir de { $files }
report-figures = Le plan en chiffres
report-how = Comment le plan a été établi
report-method = Méthode
report-weights = Poids
report-priority-themes = Thèmes prioritaires
report-rules = Règles
report-on = activée
report-off = désactivée
report-history = Plans précédents (paires non proposées à nouveau)
report-map = Les paires sur la carte
report-charts = Graphiques
report-pair-cards = Les paires
report-shared-themes = Thèmes communs
report-shared-languages = Langues communes
report-none = néant
report-without-twin = Groupes sans jumelage
report-nobody-left-out = Chaque groupe qui cherche un jumelage en a un.
report-no-pairs = Le plan ne compte aucune paire.
report-group = groupe
report-country = pays
report-reason = raison
report-map-source = Contours des pays : Natural Earth (domaine public), simplifiés.

## Le plan en chiffres : les mots sous chaque chiffre ($count est le chiffre, pour l’accord)

report-figure-groups = { $count ->
    [one] groupe
   *[other] groupes
}
report-figure-seeking = { $count ->
    [one] cherche un jumelage
   *[other] cherchent un jumelage
}
report-figure-twinned = { $count ->
    [one] jumelé
   *[other] jumelés
}
report-figure-left-out = { $count ->
   *[other] sans jumelage
}
report-figure-pairs = { $count ->
    [one] paire
   *[other] paires
}
report-figure-total = note totale
report-figure-mean = note moyenne
report-figure-lowest = note la plus basse
report-no-score = néant

## Comment le plan a été établi : la méthode (son nom, puis ce qu’elle fait), les poids, les règles

report-method-optimal = optimal
report-method-optimal-about = les paires admissibles dont la note totale est la plus élevée, chaque groupe dans au plus autant de paires que sa capacité (exact)
report-method-most-pairs = optimal, le plus de paires d’abord
report-method-most-pairs-about = le plus de paires possible, puis, parmi ces plans, la note totale la plus élevée (exact)
report-method-coverage = couverture
report-method-coverage-about = d’abord le plus de groupes jumelés possible, puis, parmi ces plans, la note totale la plus élevée (exact)
report-method-fair = équitable
report-method-fair-about = d’abord le plus de groupes jumelés possible, puis la note de paire la plus basse aussi haute que possible, puis la note totale la plus élevée (exact)
report-method-stable = stable
report-method-stable-about = la meilleure paire restante d’abord ; il n’y a pas deux groupes qui préféreraient tous deux être jumelés ensemble
report-weights-line = thèmes { $themes }, langues { $languages } ; un thème prioritaire compte { $priority } fois autant qu’un autre
report-rule-different-country = les deux groupes sont dans des pays différents
report-rule-common-language = ils ont au moins une langue en commun
report-rule-not-twins = ils ne sont pas déjà jumelés
report-rule-capacity = les deux ont une capacité de 1 ou plus (cherchent un jumelage)

## La carte et les graphiques : titres, légendes, textes de remplacement (lus par les lecteurs d’écran)

report-map-title = Carte des paires entre pays
report-legend-groups = pays avec des groupes
report-legend-line = paires entre deux pays (trait plus épais : plus de paires)
report-inset = Europe
report-map-empty = Aucune paire à dessiner.
report-map-desc = Paires entre pays : { $list }.
report-map-link = { $a }–{ $b } : { $pairs }
report-map-more-links = et { $count ->
    [one] { $count } autre liaison
   *[other] { $count } autres liaisons
}
report-not-drawn = { $count ->
    [one] { $count } paire non dessinée
   *[other] { $count } paires non dessinées
} : aucun contour pour { $countries }.
report-links-left = Les { $drawn } liaisons qui portent le plus de paires sont dessinées ; { $pairs } { $count ->
    [one] portée
   *[other] portées
} par { $links ->
    [one] { $links } autre liaison
   *[other] { $links } autres liaisons
} { $count ->
    [one] n’est pas dessinée
   *[other] ne sont pas dessinées
}.
report-scores-title = Notes des paires
report-scores-axis = note
report-scores-empty = Aucune paire.
report-scores-desc = Paires par note : { $list }.
report-chart-item = { $label } : { $pairs }
report-themes-title = Thèmes partagés par les paires
report-themes-series = paires
report-themes-empty = Aucune paire ne partage de thème.
report-themes-desc = Paires qui partagent chaque thème : { $list }.
report-countries-title = Groupes et paires par pays
report-series-groups = groupes
report-series-pairs = paires (une paire compte pour ses deux pays)
report-countries-desc = Par pays : { $list }.
report-country-item = { $label } : { $groups }, { $pairs }
report-others = { $count ->
    [one] { $count } autre pays
   *[other] { $count } autres pays
}

## La fiche d’une paire

report-rank = n° { $rank }
report-place = { $city }, { $country } · capacité { $capacity }
report-place-no-city = { $country } · capacité { $capacity }
report-part-themes = thèmes
report-part-languages = langues
report-part-score = note
report-theme-part = points de thème en commun : { $shared } sur { $total_a } et { $shared } sur { $total_b }, recouvrement { $overlap }
report-language-part = { $shared } en commun sur { $smaller } (la plus courte des deux listes), recouvrement { $overlap }
report-priority-legend = ★ thème prioritaire
report-cards-capped = Seules les { $shown } premières paires sur { $total } sont montrées ; `twin assign … -o plan.xlsx` les liste toutes.
report-left-out-capped = Seuls les { $shown } premiers groupes sur { $total } sont listés ; `twin assign … -o plan.xlsx` les liste tous, avec leur raison.
