# twin's words in French: problems found reading the files twin reads (encodings, CSV, TOML, xlsx/xls/ods, pair lists).
# Every id here is in the same file of every language, with the same placeables.


## Tailles dans les limites : $count est un nombre entier, $size un nombre à une décimale (4,0).
input-size-bytes = { $count } octets
input-size-mb = { $count } Mo
input-size-gb = { $count } Go
input-size-gb-decimal = { $size } Go

## Les fichiers que twin lit, et l’entrée standard.
input-unsupported-type = type de fichier non pris en charge : utilisez .csv, .tsv, .toml, .xlsx, .xls ou .ods (ou - pour du CSV sur l’entrée standard)
input-stdin-twice = l’entrée standard (-) ne peut être lue qu’une fois

## Encodages.
input-read-as-bom = lu en { $encoding } (d’après son indicateur d’ordre des octets)
input-read-as-guessed = lu en { $encoding } (pas en UTF-8) ; utilisez --encoding pour en choisir un autre
input-encoding-unknown-close = encodage « { $label } » inconnu pour --encoding : vouliez-vous dire « { $close } » ?
input-encoding-unknown = encodage « { $label } » inconnu pour --encoding : utilisez l’un de ceux-ci : { $labels }
input-bad-bytes-utf8 = les octets { $bytes } ne sont pas du texte { $encoding } valide ; le fichier est-il dans un autre encodage ? essayez --encoding windows-1252
input-bad-bytes = les octets { $bytes } ne sont pas du texte { $encoding } valide ; utilisez --encoding pour choisir un autre encodage
input-nul-utf16 = le fichier contient des caractères NUL, ce n’est donc pas du texte en { $encoding } : il semble être du texte { $utf16 } sans indicateur d’ordre des octets : lisez-le avec --encoding { $label }
input-nul = le fichier contient des caractères NUL, ce n’est donc pas du texte en { $encoding } : enregistrez la feuille de calcul en CSV (UTF-8)
input-toml-not-utf8 = le fichier n’est pas du texte UTF-8 ; enregistrez-le en « CSV UTF-8 » (Excel) ou en UTF-8 (autres logiciels)

## Un classeur ou une archive donnés comme CSV.
input-kind-ods = une feuille de calcul OpenDocument (ods)
input-kind-xlsx = un classeur Excel (xlsx)
input-kind-xls = un classeur Excel 97-2003 (xls) ou un autre fichier Office
input-kind-zip = une archive zip
input-not-csv-workbook = c’est { $kind }, pas du texte CSV : renommez le fichier en .{ $ext } et twin le lira comme une feuille de calcul
input-not-csv-archive = c’est { $kind }, pas du texte CSV : décompressez-la, ou donnez à twin le fichier CSV, TOML ou la feuille de calcul qu’elle contient

## Texte CSV.
input-unclosed-quote = guillemet non fermé à partir d’ici : une valeur s’ouvre par " et ne se ferme jamais, si bien que tout le reste du fichier serait une seule valeur
input-field-too-long = une valeur commençant sur cette ligne dépasse { $limit } octets, la limite de twin pour une valeur ; manque-t-il un guillemet, ou ce fichier n’est-il pas un tableau de groupes ?
input-row-too-long = la ligne qui commence ici dépasse { $limit } octets, la limite de twin pour une ligne ; manque-t-il un guillemet, ou ce fichier n’est-il pas un tableau de groupes ?
input-too-many-rows = plus de { $limit } groupes dans un seul fichier, la limite de twin ; découpez le fichier
input-csv-unreadable = impossible de lire le CSV : { $why }
input-one-column-header = l’en-tête est une seule colonne « { $header } » contenant « { $found } » : les colonnes sont sans doute séparées par « { $found } » (et non « { $used } ») ; corrigez les guillemets ou utilisez --delimiter { $option }
input-csv-empty = le fichier est vide : une ligne d’en-tête était attendue (id, name, country, languages, themes, …)
input-csv-extra-values-hint = manque-t-il des guillemets autour d’une valeur contenant un séparateur ?

## En-tête et lignes.
input-title-rows-skipped = ligne { $line } prise comme en-tête ; { $count ->
        [one] la ligne au-dessus a été lue comme un titre et ignorée
       *[other] les { $count } lignes au-dessus ont été lues comme un titre et ignorées
    }
input-duplicate-column = les colonnes « { $first } » et « { $second } » donnent toutes deux la colonne { $column } ; n’en gardez qu’une
input-unknown-columns = { $count ->
        [one] colonne inconnue ignorée :
       *[other] colonnes inconnues ignorées :
    } { $columns }
input-extra-values = cette ligne a { $values } valeurs mais l’en-tête n’a que { $columns } { $columns ->
        [one] colonne
       *[other] colonnes
    } ; { $hint }
input-cell-too-long = la valeur dépasse { $limit } octets, la limite de twin pour une valeur
input-bad-cell = colonne « { $column } » : { $why }
input-missing-column = colonne obligatoire « { $column } » absente (noms acceptés : { $names })
input-missing-column-mapped = { " ; " }twin.toml associe { $column } à « { $name } » ([columns]), que cet en-tête n’a pas
input-missing-column-looks-like = { " ; " }la colonne « { $cell } » ressemble à { $column } : associez-la avec [columns] { $column } = "{ $cell }" dans twin.toml
input-columns-unknown-key-close = colonne `{ $key }` inconnue dans [columns] : vouliez-vous dire `{ $close }` ? les clés sont { $keys }
input-columns-unknown-key = colonne `{ $key }` inconnue dans [columns] : les clés sont { $keys }

## Feuilles de calcul.
input-sheet-empty = la feuille est vide : une ligne d’en-tête était attendue (id, name, country, languages, themes, …)
input-sheet-extra-values-hint = donnez un nom à la colonne en trop dans la ligne d’en-tête, ou videz ses cellules
input-cell-error = la cellule { $cell } contient une erreur ({ $error })
input-cell-date = la cellule { $cell } contient une date ou une heure ({ $value }) ; twin attend du texte ou un nombre
input-cell-days = { $days } jours
input-sheet-damaged = impossible de lire la feuille de calcul : le fichier est endommagé (le lecteur s’est arrêté : { $why }) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau
input-sheet-reader-bug = un bogue du lecteur
input-sheet-unreadable = impossible de lire la feuille de calcul : { $why }
input-sheet-no-worksheet = impossible de lire la feuille de calcul : le classeur n’a aucune feuille de calcul
input-sheet-unreadable-sheet = impossible de lire la feuille de calcul : feuille « { $sheet } » : { $why }
input-sheet-library-error = le fichier est endommagé, ou n’est pas un classeur ({ $why }) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau
input-sheet-file-empty = le fichier est vide
input-sheet-is-text = c’est un fichier texte, pas un classeur Excel ou OpenDocument ; s’il contient des valeurs séparées par des virgules ou des points-virgules, renommez-le en .csv
input-sheet-not-workbook = ce n’est pas un classeur Excel (.xlsx, .xlsm, .xls) ou OpenDocument (.ods)
input-no-sheet-close = aucune feuille nommée « { $sheet } » — vouliez-vous dire « { $close } » ? (les feuilles sont { $sheets })
input-no-sheet = aucune feuille nommée « { $sheet } » (les feuilles sont { $sheets })

## Les limites d’un classeur.
input-sheet-stray-cell = la cellule { $cell } est très loin de la liste : la zone utilisée ferait { $rows } lignes × { $columns } colonnes = { $cells } cellules, au-delà de la limite de twin de { $limit } cellules par feuille ; supprimez la valeur égarée et enregistrez à nouveau
input-sheet-too-much-text = les cellules contiennent plus de { $limit } de texte, la limite de twin (chaque usage d’une chaîne partagée compté), à la cellule { $cell }
input-sheet-too-many-sheets = le classeur a plus de feuilles que la limite de twin ({ $limit })
input-sheet-workbook-too-large = les feuilles couvrent ensemble plus de { $limit } cellules, la limite de twin (à la feuille « { $sheet } »)
input-zip-too-many-entries = l’archive contient { $count } entrées, au-delà de la limite de twin de { $limit } ; est-ce vraiment un classeur ?
input-zip-entry-declares-too-much = l’entrée zip « { $entry } » déclare une taille décompressée de { $size }, au-delà de la limite de twin de { $limit } par entrée
input-zip-declares-too-much = les entrées de l’archive déclarent ensemble une taille décompressée de { $size }, au-delà de la limite de twin de { $limit }
input-zip-inflates-too-much = l’archive se décompresse au-delà de la limite de twin de { $limit } (à l’entrée zip « { $entry } »), quelle que soit la taille qu’elle déclare ; est-ce vraiment un classeur ?
input-zip-entry-inflates-too-much = l’entrée zip « { $entry } » se décompresse au-delà de la limite de twin de { $limit } par entrée, quelle que soit la taille qu’elle déclare ; est-ce vraiment un classeur ?
input-zip-entry-problem = entrée zip « { $entry } » : { $why }
input-zip-entry-lies = l’entrée zip « { $entry } » se décompresse au-delà des { $size } qu’elle déclare : le fichier est endommagé, ou c’est une bombe zip
input-zip-loose-text = la partie contient une suite de plus de { $limit } de texte hors de toute cellule ; est-ce vraiment un classeur ?
input-zip-too-many-elements = la partie contient plus de { $limit } éléments XML, la limite de twin ; est-ce vraiment un classeur ?
input-xlsx-strings-declared = la table des chaînes partagées déclare { $attribute }, au-delà de la limite de twin de { $limit } chaînes
input-xlsx-too-many-strings = la table des chaînes partagées contient plus de { $limit } chaînes, la limite de twin
input-xlsx-cell-too-long = { $what } contient plus de { $limit } de texte, la limite de twin par cellule
input-xlsx-shared-string = la chaîne partagée { $number }
input-xlsx-cell = la cellule { $cell }
input-xlsx-strings-too-much-text = les chaînes partagées contiennent plus de { $limit } de texte, la limite de twin
input-ods-sheet-too-large = la feuille « { $sheet } » couvre { $rows } lignes × { $columns } colonnes = { $cells } cellules (répétitions comprises), au-delà de la limite de twin de { $limit } cellules par feuille
input-ods-sheet-too-much-text = la feuille « { $sheet } » contient plus de { $limit } de texte, la limite de twin (cellules répétées comptées à chaque fois)
input-ods-xml-damaged = le XML est endommagé ({ $why }) : enregistrez le fichier à nouveau
input-ods-cell-too-long = feuille « { $sheet } », ligne { $row } : une cellule contient plus de { $limit } de texte, la limite de twin par cellule
input-ods-cut-short = le XML se termine à l’intérieur de la feuille « { $sheet } » (pas de </table:table>) : le fichier est tronqué ou endommagé
input-ods-row-repeated = feuille « { $sheet } », ligne { $row } : une ligne contenant des valeurs est répétée { $count } fois (table:number-rows-repeated), au-delà de la limite de twin de { $limit } ; des lignes identiques seraient des groupes identiques
input-xls-ole-damaged = le fichier composé (conteneur OLE) est endommagé : { $why }
input-xls-no-workbook-stream = le fichier ne contient pas de flux Workbook : ce n’est pas un classeur Excel
input-xls-stream-unreadable = le flux Workbook ne peut pas être lu : { $why }
input-xls-stream-too-large = le flux Workbook dépasse la limite de twin de { $limit }
input-xls-workbook-too-much-text = les cellules contiennent plus de { $limit } de texte, la limite de twin (chaque usage d’une chaîne partagée compté ; à la feuille « { $sheet } »)
input-xls-sheets-overlap = les enregistrements BoundSheet des feuilles « { $first } » et « { $second } » pointent vers les mêmes enregistrements : le fichier est endommagé
input-xls-too-many-continues = l’enregistrement { $record } à l’octet { $offset } du flux Workbook a plus de { $limit } enregistrements CONTINUE, la limite de twin
input-xls-boundsheet-cut = l’enregistrement BoundSheet à l’octet { $offset } du flux Workbook est tronqué : le fichier est endommagé
input-xls-sheet-number = feuille { $number }
input-xls-sheet-past-end = la feuille « { $sheet } » commence après la fin du flux Workbook (enregistrement BoundSheet à l’octet { $offset }) : le fichier est endommagé
input-xls-too-many-strings = la table des chaînes partagées (enregistrement SST) contient plus de { $limit } chaînes, la limite de twin
input-xls-sheet-too-large = feuille « { $sheet } » : { $what } { $rows } lignes × { $columns } colonnes = { $cells } cellules, au-delà de la limite de twin de { $limit } cellules par feuille
input-xls-dimensions-declare = l’enregistrement DIMENSIONS (à l’octet { $offset } du flux Workbook) déclare
input-xls-cells-span = ses cellules couvrent
input-xls-formulas-span = ses formules couvrent
input-xls-dimensions-backwards = feuille « { $sheet } » : l’enregistrement DIMENSIONS (à l’octet { $offset } du flux Workbook) déclare les lignes { $first-row } à { $last-row } et les colonnes { $first-column } à { $last-column }, qui finissent avant de commencer : le fichier est endommagé
input-xls-sheet-too-much-text = feuille « { $sheet } » : ses cellules contiennent plus de { $limit } de texte, la limite de twin (chaque usage d’une chaîne partagée compté)

## Fichiers TOML (profils et twin.toml).
input-toml-too-large = le fichier fait { $size } octets, au-delà de la limite de twin de { $limit } octets pour un fichier TOML (environ 180 000 groupes) ; enregistrez un réseau aussi grand en CSV
input-toml-line-too-long = cette ligne dépasse { $limit } octets, la limite de twin pour une ligne ; est-ce bien un fichier de groupes ?
input-toml-no-groups = aucun groupe : des tables [[group]] avec id, name, country, languages et themes étaient attendues
input-toml-value-too-long = la valeur de `{ $key }` dépasse { $limit } octets, la limite de twin pour une valeur
input-toml-in-line = { $message }, dans `{ $source }`
input-toml-unknown-key = clé inconnue `{ $key }` : les clés possibles ici sont { $keys }
input-toml-unknown-key-suggest = clé inconnue `{ $key }` — vouliez-vous dire `{ $best }` ? Les clés possibles ici sont { $keys }
input-toml-unknown-key-none = clé inconnue `{ $key }` : aucune clé n’est possible ici
input-toml-missing-key = clé `{ $key }` absente
input-toml-invalid-type = type incorrect : { $found }, alors qu’il faut { $expected }
input-toml-found-integer = nombre entier { $value }
input-toml-found-float = nombre décimal { $value }
input-toml-found-boolean = booléen { $value }
input-toml-found-string = texte { $value }
input-toml-found-array = tableau
input-toml-found-table = table
input-toml-kind-string = un texte entre guillemets
input-toml-kind-array = un tableau [ … ]
input-toml-kind-table = une table
input-toml-kind-boolean = true ou false
input-toml-kind-number = un nombre
input-toml-kind-integer = un nombre entier ({ $type })
input-toml-expected-scalar = une chaîne ou un nombre entier était attendu
input-toml-expected-items = un tableau de chaînes, ou une seule chaîne, était attendu
input-toml-syntax = { $what }, attendu : { $expected }
input-toml-syntax-nothing = { $what }, rien n’était attendu ici
input-toml-duplicate-key = clé en double
input-toml-unclosed-array-table = tableau de tables non fermé
input-toml-unclosed-table = table non fermée
input-toml-unclosed-array = tableau non fermé
input-toml-unclosed-inline-table = table en ligne non fermée
input-toml-key-without-value = clé sans valeur
input-toml-missing-value-for-key = valeur manquante pour la clé
input-toml-missing-value = valeur manquante
input-toml-extra-equals = `=` en trop
input-toml-invalid-basic-string = chaîne entre guillemets invalide
input-toml-invalid-literal-string = chaîne entre apostrophes invalide
input-toml-invalid-string = chaîne invalide
input-toml-invalid-multiline-basic-string = chaîne multiligne entre guillemets invalide
input-toml-invalid-multiline-literal-string = chaîne multiligne entre apostrophes invalide
input-toml-unquoted-string = les valeurs texte doivent être entre guillemets
input-toml-empty-key = une clé sans guillemets ne peut pas être vide
input-toml-invalid-key = clé invalide
input-toml-invalid-unquoted-key = clé sans guillemets invalide
input-toml-extra-comma = virgule en trop dans le tableau
input-toml-missing-comma = virgule manquante entre les éléments du tableau
input-toml-missing-comma-pairs = virgule manquante entre les paires clé-valeur
input-toml-unexpected-key-or-value = clé ou valeur inattendue
input-toml-unexpected-content = contenu inattendu
input-toml-invalid-boolean = booléen invalide
input-toml-invalid-float = nombre décimal invalide
input-toml-invalid-integer = nombre entier invalide
input-toml-invalid-table = table invalide
input-toml-expected-newline = fin de ligne
input-toml-expected-letters = lettres
input-toml-expected-numbers = chiffres
input-toml-expected-value = valeur
input-toml-expected-literal-string = chaîne entre apostrophes

## Listes de paires (--history, --keep, --forbid, un plan relu). $role vaut history, keep, forbid ou plan.
input-pairs-empty = { $role ->
        [history] le fichier d’historique est vide
        [keep] le fichier des paires convenues est vide
        [forbid] le fichier des paires refusées est vide
       *[plan] le plan est vide
    } : un en-tête avec id_a et id_b était attendu
input-pairs-no-columns = { $role ->
        [history] un fichier d’historique
        [keep] un fichier de paires convenues
        [forbid] un fichier de paires refusées
       *[plan] un plan
    } doit avoir les colonnes id_a et id_b (comme la sortie CSV de twin) : ce n’est pas une liste de paires
input-pairs-missing-id = id_a ou id_b manquant
input-pairs-self = le groupe « { $id } » est jumelé avec lui-même
