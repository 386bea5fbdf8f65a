# twin's words in French: the texts of explain, review and match.
# Every id here is in the same file of every language, with the same placeables.

## twin explain ID_A ID_B: one pair, rule by rule and component by component

explain-eligible-yes = admissible : oui
explain-eligible-no = admissible : non
explain-same-country = même pays : { $code } ({ $country }) pour les deux
explain-no-common-language = aucune langue commune : { $a } parle { $languages-a } ; { $b } parle { $languages-b }
explain-already-twins-before = déjà jumelés : { $a } et { $b } ont été jumelés par le passé (--history { $at })
explain-already-twins = déjà jumelés : { $a } et { $b } figurent parmi les jumelages existants
explain-vetoed-at = paire refusée : elle figure dans { $at } (--forbid)
explain-vetoed = paire refusée : { $a } – { $b } figure dans un fichier --forbid
explain-no-capacity-one = capacité 0 : { $id } ne cherche pas de jumelage
explain-no-capacity-both = capacité 0 : ni { $a } ni { $b } ne cherchent de jumelage
explain-kept = paire convenue : elle figure dans { $at } (--keep) et est donc toujours dans le plan
explain-history = historique : déjà jumelés ({ $at }, --history) ; la paire n’est pas exclue, car la règle sur les jumelages existants est désactivée
explain-score = note : { $score } / 100
explain-score-if-eligible = note si la paire était admissible : { $score } / 100
explain-themes = thèmes (points : * = prioritaire, { $priority } { $count ->
        [one] point
       *[other] points
    } ; les autres, 1 point)
explain-shared = en commun : { $list }
explain-share = part des points de thèmes de { $id } : { $shared } / { $total } = { $share }
explain-theme-overlap = recouvrement des thèmes (moyenne des parts) : { $overlap }
explain-languages = langues
explain-language-overlap = recouvrement des langues : { $shared } en commun / { $smaller } (la liste la plus courte) = { $overlap }
explain-formula = note = 100 × (poids des thèmes × recouvrement des thèmes + poids des langues × recouvrement des langues) / (somme des poids)
explain-formula-points = = { $themes } (thèmes) + { $languages } (langues) = { $score }

## twin explain ID: where one group stands

explain-capacity = { $group } : capacité { $capacity }
explain-partners = partenaires admissibles : { $eligible } sur { $count ->
        [one] { $count } autre groupe
       *[other] { $count } autres groupes
    }
explain-excluded-none = exclus par les règles : aucun
explain-excluded = exclus par les règles (un groupe peut en enfreindre plusieurs) :
explain-kept-pairs = paires convenues (--keep) : { $count } — { $list }
explain-forbidden-pairs = paires refusées (--forbid) : { $count } — { $list }
explain-best-none = meilleurs candidats : aucun
explain-best = meilleurs candidats :
explain-kept-mark = [convenue]
explain-best-shared = thèmes { $themes } ; langues { $languages }
explain-hint-pair = (`twin explain FICHIERS… { $id } ID` explique une paire ;
explain-hint-match = `twin match FICHIERS… --group { $id }` liste tous ses candidats)

## twin review: the table, its summary and its verdict

review-header-line = ligne
review-header-status = état
review-unknown-side = { $id } (inconnu)
review-title = contrôle de { $plan } : { $lines } ; réseau de { $groups }
review-lines = { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
review-empty = Le plan ne contient aucune paire.
review-status-unknown-id = id inconnu { $id }
review-status-same-group = un groupe avec lui-même
review-status-repeated = répète la ligne { $first }
review-status-forbidden = refusée
review-status-historical = déjà jumelés
review-status-below-min = sous --min-score
review-status-over-capacity = { $id } au-delà de sa capacité ({ $pairs } pour { $places })
review-status-ok = ok
review-status-ok-kept = ok, convenue
review-summary-plan = plan { $plan } : { $pairs }, note totale { $total }, la plus basse { $lowest } ; { $twinned } des { $seeking } qui cherchent un jumelage { $agree ->
        [one] est jumelé
       *[other] sont jumelés
    } ; { $used } { $used ->
        [one] place utilisée
       *[other] places utilisées
    } sur { $places }
review-over-capacity = au-delà de la capacité (paires/capacité) : { $list }
review-places-left = places restantes (paires/capacité) : { $list }
review-and-more = … et { $count } { $count ->
        [one] autre
       *[other] autres
    }
review-best = meilleur plan ({ $method }, mêmes règles, mêmes paires convenues ou refusées) : { $pairs }, note totale { $total }, { $twinned } { $twinned ->
        [one] groupe jumelé
       *[other] groupes jumelés
    } ; ce plan a { $lost } { $direction ->
        [less] points de moins
       *[more] points de plus
    } ({ $percent } %)
review-blocking-none = paires bloquantes : aucune (il n’y a pas deux groupes qui préféreraient tous deux être jumelés l’un avec l’autre)
review-blocking = paires bloquantes : { $count } (deux groupes qui préféreraient tous deux être jumelés l’un avec l’autre : chacun a une place libre ou un partenaire qui lui convient moins)
review-more-blocking-all = … et { $count } { $count ->
        [one] autre
       *[other] autres
    } ; --format json les liste toutes
review-more-blocking-best = … et { $count } { $count ->
        [one] autre
       *[other] autres
    } ; --format json liste les { $best } meilleures
review-missed = laissés sans jumelage alors qu’un jumelage était possible : { $count }
review-more-missed = … et { $count } { $count ->
        [one] autre
       *[other] autres
    } ; --format json les liste tous
review-changes-none = changements simples qui font gagner des points : aucun
review-changes = changements simples qui font gagner le plus de points :
review-would-take = { $id } ({ $score }) l’accepterait
review-best-twins-it = le meilleur plan le jumelle avec { $id } ({ $score })
review-add = ajouter { $pair }
review-replace = { $group } : remplacer { $drop } ({ $drop-score }) par { $add } ({ $add-score })
review-exchange = échanger les partenaires : { $drop-a } et { $drop-b } deviennent { $add-a } et { $add-b }
review-problems = { $count ->
        [one] { $count } problème : il est indiqué
       *[other] { $count } problèmes : chacun est indiqué
    } sur la sortie d’erreur, avec sa ligne
review-at-line = ligne { $line } : { $message }
review-cell-too-long = le texte « { $start }… » compte { $count } caractères, plus que les { $max } que peut contenir une cellule Excel ; twin ne coupe pas le texte : écrivez plutôt du CSV (-o FICHIER.csv ou --format csv)

## twin match: the notes on groups without a candidate

match-only-group = { $id } n’a aucun candidat : { $why }
match-below-min = { $id } n’a aucun candidat avec une note d’au moins { $min }
match-no-eligible = { $id } n’a aucun partenaire admissible : { $rules }
match-more = … et { $count ->
        [one] { $count } autre groupe n’a
       *[other] { $count } autres groupes n’ont
    } aucun candidat ; `twin check` liste tous les groupes sans candidat, avec les raisons
