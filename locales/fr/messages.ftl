# twin's words in French: errors, warnings and notes (other than problems in input files).
# Every id here is in the same file of every language, with the same placeables.

## The prefix of every line on standard error ($text: the message)

msg-line-error = erreur : { $text }
msg-line-warning = avertissement : { $text }
msg-line-note = remarque : { $text }

## A problem repeated on many lines, counted in one line ($count: the lines not shown)

msg-fold = { $file } : … et { $count } { $count ->
        [one] autre ligne
       *[other] autres lignes
    } avec le même problème
msg-fold-last = { $file } : … et { $count } { $count ->
        [one] autre ligne
       *[other] autres lignes
    } avec le même problème (la dernière à la ligne { $last })

## Reading or writing a file failed: `{ $path }: { $reason }`. English shows the system's
## own words; the other languages say these for the common failures.

msg-io = { $path } : { $reason }
msg-io-not-found = fichier ou dossier introuvable
msg-io-permission-denied = permission refusée
msg-io-already-exists = le fichier existe déjà
msg-io-is-a-directory = c’est un dossier
msg-io-not-a-directory = un élément du chemin n’est pas un dossier
msg-io-read-only = système de fichiers en lecture seule
msg-io-storage-full = plus d’espace libre sur le disque

## Files a command reads, as named in messages ($role: input, history, keep, forbid, plan, config)

msg-role-file = { $role ->
        [input] le fichier de profils
        [history] le fichier d’historique
        [keep] le fichier des paires convenues
        [forbid] le fichier des paires refusées
        [plan] le fichier du plan
       *[config] le fichier de configuration
    } { $file }

## Where the output goes

msg-output-is-folder = -o { $path } est un dossier : donnez un nom de fichier à la sortie, par exemple -o { $dir }/pairs.csv
msg-output-exists = { $path } existe déjà ; ajoutez --force pour le remplacer
msg-output-is-input = -o { $path } est { $input } : twin n’écrit jamais sur un fichier qu’il lit, même avec --force ; choisissez un autre fichier de sortie
msg-output-is-input-link = -o { $path } est { $input } (le même fichier, par un lien) : twin n’écrit jamais sur un fichier qu’il lit, même avec --force ; choisissez un autre fichier de sortie
msg-stdout-is-input = la sortie standard est redirigée vers { $input } : twin n’écrit jamais sur un fichier qu’il lit ; redirigez la sortie vers un autre fichier
msg-stdout-closed = la sortie standard est fermée, la sortie serait donc perdue : redirigez-la vers un fichier (> FICHIER) ou écrivez-la avec -o FICHIER (-o /dev/null pour la jeter)
msg-unknown-extension = twin ne peut pas écrire { $path } : -o attend un fichier terminé par .csv, .json, .txt (un tableau) ou .xlsx ; ajoutez --format table, csv, json ou xlsx pour écrire ce nom quand même
msg-csv-option-without-csv = { $option } s’applique à une sortie CSV ; ajoutez --format csv ou écrivez dans un fichier .csv
msg-xlsx-to-terminal = un classeur xlsx est binaire et la sortie standard est un terminal : écrivez-le dans un fichier avec -o FICHIER.xlsx
msg-html-to-terminal = le rapport est une page HTML et la sortie standard est un terminal : écrivez-le dans un fichier avec -o report.html
msg-wrote = { $path } écrit

## Group ids on the command line

msg-unknown-group = aucun groupe n’a l’identifiant « { $id } »
msg-unknown-group-closest = aucun groupe n’a l’identifiant « { $id } » — vouliez-vous dire « { $closest } » ?
msg-explain-too-few = explain attend les fichiers de profils, puis un ou deux identifiants de groupe (twin explain FICHIERS… ID_A [ID_B]) ; { $count ->
        [one] { $count } argument reçu
       *[other] { $count } arguments reçus
    } : { $args }
msg-explain-too-many-ids = explain attend les fichiers de profils, puis un ou deux identifiants de groupe ; { $count } identifiants reçus : { $args } (« { $first } » n’est pas un fichier)
msg-explain-same-group = explain attend deux groupes différents, mais a reçu deux fois « { $id } »
msg-unknown-subcommand = twin n’a pas de sous-commande « { $name } » : les pages disponibles sont { $known }

## twin.toml picked up from the folder ($changes: `key default → value`, listed)

msg-implicit-config = utilisation de { $file } de ce dossier, qui change { $changes }

## Plan options and refusals

msg-verify-needs-optimal = --verify vérifie le plan optimal : cette option ne peut pas servir avec --method { $method } (utilisez --method optimal, ou retirez --verify)
msg-max-cardinality-needs-optimal = --max-cardinality s’applique au plan optimal : cette option ne peut pas servir avec --method { $method } (utilisez --method optimal, ou retirez --max-cardinality)
msg-too-many-pairs = le plan optimal de ces { $groups } groupes serait calculé sur { $pairs } paires admissibles, soit environ { $gb } Go de mémoire ; twin le calcule sur { $max } paires au plus (environ { $max_gb } Go) : utilisez --method stable, qui planifie n’importe quel nombre de groupes avec peu de mémoire, ou planifiez des ensembles de groupes plus petits
msg-capacities-too-large = les capacités sont trop grandes pour le plan optimal : avec { $pairs } paires admissibles, son solveur construirait { $reduced } arêtes entre les places des groupes (capacité × capacité pour chaque paire), plus que sa limite de { $max } ; réduisez les capacités, ou utilisez --method stable, qui planifie quelles que soient les capacités, avec peu de mémoire
msg-capacities-too-large-largest = les capacités sont trop grandes pour le plan optimal : avec { $pairs } paires admissibles, son solveur construirait { $reduced } arêtes entre les places des groupes (capacité × capacité pour chaque paire), plus que sa limite de { $max } (la plus grande : { $id } veut { $capacity } jumelages) ; réduisez les capacités, ou utilisez --method stable, qui planifie quelles que soient les capacités, avec peu de mémoire

## The optimality certificate (--verify)

msg-pairs-checked = { $count ->
        [one] { $count } paire admissible vérifiée
       *[other] { $count } paires admissibles vérifiées
    }
msg-certificate-optimal = certificat : optimal — objectif dual { $dual } = objectif du plan { $objective } ; { $checked }
msg-certificate-coverage = certificat : coverage — aucun plan ne jumelle plus de { $most ->
        [one] { $most } groupe
       *[other] { $most } groupes
    }, et aucun qui en jumelle { $most } ne totalise plus de { $total } ; { $checked }
msg-certificate-fair = certificat : fair — aucun plan ne jumelle plus de { $most ->
        [one] { $most } groupe
       *[other] { $most } groupes
    } ; aucun qui en jumelle { $most } n’a une note la plus basse au-dessus de { $lowest }{ $above }, et aucun avec cette note la plus basse ne totalise plus de { $total } ; { $checked }
msg-certificate-fair-none = néant
msg-certificate-fair-above = {" "}(si chaque paire a { $next } ou plus, { $bound ->
        [one] { $bound } groupe au plus peut être jumelé
       *[other] { $bound } groupes au plus peuvent être jumelés
    })
msg-certificate-fails = le certificat d’optimalité ne tient pas : { $why }

## Pair lists (--history, --keep, --forbid; $list: history, keep, forbid, plan)

msg-past-pair-ignored = la paire { $a } – { $b } de l’historique ne relie pas deux groupes des fichiers de profils ; elle est ignorée
msg-listed-unknown-id = dans { $list ->
        [history] ce fichier d’historique
        [keep] ce fichier des paires convenues
        [forbid] ce fichier des paires refusées
       *[plan] ce plan
    } : { $problem }
msg-listed-again = la paire { $a } – { $b } figure de nouveau dans les fichiers { $list ->
        [history] --history
        [keep] --keep
       *[forbid] --forbid
    } (d’abord en { $first }) ; elle n’est comptée qu’une fois
msg-kept-and-history = la paire convenue { $a } – { $b } est déjà jumelée selon --history ({ $at }) : une paire ne peut pas être les deux ; retirez-la de l’un des fichiers
msg-kept-and-forbidden = la paire convenue { $a } – { $b } est aussi refusée par --forbid ({ $at }) : une paire ne peut pas être les deux ; retirez-la de l’un des fichiers
msg-kept-breaks-rules = la paire convenue { $a } – { $b } n’est pas admissible : { $why }
msg-kept-over-capacity = le groupe « { $id } » a une capacité de { $capacity }, mais figure dans { $count ->
        [one] { $count } paire convenue
       *[other] { $count } paires convenues
    } ({ $at }) ; retirez-en ou augmentez sa capacité
msg-kept-below-min-score = la paire convenue { $a } – { $b } a la note { $score }, sous --min-score { $min } ; elle reste dans le plan (elle est convenue)

## twin review: the problems of a plan, each at its line of the plan file

msg-review-unknown-id = { $problem } (les identifiants sont comparés exactement, majuscules comprises)
msg-review-same-group = le groupe « { $id } » est jumelé avec lui-même
msg-review-repeated = la paire { $a } – { $b } figure de nouveau (d’abord à la ligne { $first })
msg-review-breaks-rules = { $a } – { $b } enfreint les règles : { $rules }
msg-review-forbidden = { $a } – { $b } est refusée ({ $at })
msg-review-historical = { $a } – { $b } ont déjà été jumelés ({ $at }) : à ne pas proposer de nouveau
msg-review-below-min-score = { $a } – { $b } a la note { $score }, sous --min-score { $min }
msg-review-over-capacity = { $id } figure dans { $used ->
        [one] { $used } paire
       *[other] { $used } paires
    } pour une capacité de { $capacity } (lignes { $lines })
msg-review-kept-missing = la paire convenue { $a } – { $b } n’est pas dans le plan { $plan }
msg-review-clean = ok : { $plan } respecte toutes les règles, capacités et paires convenues ou refusées

## Values on the command line (clap calls the parsers)

msg-not-a-delimiter = « { $value } » n’est pas un séparateur : utilisez un seul caractère, comme , ; | ou tab
msg-not-a-number = « { $value } » n’est pas un nombre
msg-score-out-of-range = { $value } n’est pas compris entre 0 et 100
msg-not-a-language = « { $value } » n’est pas une langue que twin parle : en, fr ou es, suivie d’une région si besoin (es-MX, fr-BE)
msg-not-a-count = « { $value } » n’est pas un nombre entier de 1 ou plus

## clap's usage errors, said in twin's words ($arg: an option as typed or defined,
## `--method <METHOD>`; $value: what was typed)

msg-usage-unknown-argument = argument inattendu « { $arg } »
msg-usage-tip-similar-argument = astuce : un argument proche existe : « { $suggestion } »
msg-usage-tip-similar-subcommand = astuce : une sous-commande proche existe : « { $suggestion } »
msg-usage-tip-similar-value = astuce : une valeur proche existe : « { $suggestion } »
msg-usage-tip-pass-as-value = astuce : pour passer « { $arg } » comme valeur, écrivez « -- { $arg } »
msg-usage-invalid-value = valeur « { $value } » invalide pour « { $arg } »
msg-usage-invalid-value-because = valeur « { $value } » invalide pour « { $arg } » : { $reason }
msg-usage-value-required = « { $arg } » attend une valeur, mais aucune n’a été donnée
msg-usage-possible-values = [valeurs possibles : { $values }]
msg-usage-unknown-subcommand = sous-commande inconnue « { $name } »
msg-usage-missing-required = ces arguments obligatoires manquent :
msg-usage-missing-subcommand = « { $name } » attend une sous-commande, mais aucune n’a été donnée
msg-usage-subcommands = [sous-commandes : { $names }]
msg-usage-conflict = l’argument « { $arg } » ne peut pas servir avec « { $other } »
msg-usage-conflict-many = l’argument « { $arg } » ne peut pas servir avec :
msg-usage-used-twice = l’argument « { $arg } » ne peut servir qu’une fois
msg-usage-too-many-values = valeur inattendue « { $value } » pour « { $arg } » ; aucune autre n’était attendue
msg-usage-more-info = Pour en savoir plus, essayez « { $help } ».
