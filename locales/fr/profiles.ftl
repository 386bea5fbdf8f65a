# twin's words in French: problems in the groups' profiles (ids, countries, themes, languages, capacities, twins) and in twin.toml's values.
# Every id here is in the same file of every language, with the same placeables.

## Valeurs que les tables de référence ne connaissent pas. $kind vaut `country`, `language`
## ou `theme` (un sélecteur, jamais affiché) ; $value est le texte tel que saisi ; $where est
## l’un des messages profile-where-* ; $names les suggestions (profile-suggestion…, reliées par
## profile-or).

profile-unknown =
    { $kind ->
        [country] pays inconnu
        [language] langue inconnue
       *[theme] thème inconnu
    } « { $value } » { $where }
profile-unknown-suggest =
    { $kind ->
        [country] pays inconnu
        [language] langue inconnue
       *[theme] thème inconnu
    } « { $value } » { $where } — vouliez-vous dire { $names } ?
profile-ambiguous =
    { $kind ->
        [country] pays ambigu
        [language] langue ambiguë
       *[theme] thème ambigu
    } « { $value } » { $where } : il peut s’agir de { $codes } ; écrivez plutôt le code
# Une entrée suggérée : son nom dans la langue de l’exécution et son code (ou l’identifiant du thème).
profile-suggestion = « { $name } » ({ $code })
# Une entrée suggérée dont le nom est le code.
profile-suggestion-code = « { $code } »
profile-or = { " ou " }
profile-where-column = dans la colonne « { $column } »
profile-where-column-part = dans la colonne « { $column } » (partie de « { $whole } » ; '/' est lu comme un séparateur de liste)
profile-where-priority-themes = dans `priority_themes`
profile-more-unknown =
    … et { $kind ->
        [country] { $count ->
            [one] { $count } autre pays inconnu
           *[other] { $count } autres pays inconnus
        }
        [language] { $count ->
            [one] { $count } autre langue inconnue
           *[other] { $count } autres langues inconnues
        }
       *[theme] { $count ->
            [one] { $count } autre thème inconnu
           *[other] { $count } autres thèmes inconnus
        }
    } dans la colonne « { $column } »

## Les cellules d’un groupe. $field est le nom canonique de la colonne (id, name, country,
## languages, themes, capacity), $column l’en-tête tel que le fichier l’écrit.

profile-capacity-invalid = capacité « { $value } » invalide dans la colonne « { $column } » : il faut un nombre entier ≥ 0 (le nombre de jumelages que le groupe cherche maintenant ; 0 = pas de jumelage recherché)
profile-not-a-list = `{ $field }` doit être une seule valeur, pas une liste
profile-missing =
    { $field ->
        [id] identifiant manquant
        [name] nom manquant
        [country] pays manquant
       *[other] valeur manquante pour { $field }
    } : la colonne « { $column } » est vide
profile-missing-list =
    { $field ->
        [languages] langues manquantes
        [themes] thèmes manquants
       *[other] valeur manquante pour { $field }
    } : la colonne « { $column } » demande au moins une valeur (séparez-en plusieurs par ';')

## Identifiants et jumelages. $first et $at sont des emplacements dans les fichiers (« groups.csv:12 »).

profile-duplicate-id = identifiant « { $id } » en double (première occurrence : { $first }) ; un identifiant doit être unique dans tous les fichiers
profile-twin-itself = le groupe « { $id } » se cite lui-même dans `twins` ; ignoré
profile-twin-unknown = le groupe « { $id } » est jumelé avec « { $twin } », qui ne figure pas dans les données ; ignoré
profile-twin-unknown-more =
    { $count ->
        [one] … et { $count } autre groupe jumelé avec « { $id } » qui ne figure pas dans les données ; ignoré
       *[other] … et { $count } autres groupes jumelés avec « { $id } » qui ne figurent pas dans les données ; ignorés
    }
# $chars : des points de code comme « U+200B, U+200C ».
profile-id-invisible = l’identifiant « { $id } » ne diffère de « { $other } » ({ $at }) que par des caractères invisibles ({ $chars }) : les deux s’affichent « { $visible } » ; supprimez-les (ou donnez aux groupes des identifiants distincts)
profile-id-look-alike = l’identifiant « { $id } » ressemble à « { $other } » ({ $at }) mais c’est un autre identifiant (caractères propres à « { $id } » : { $id_chars } ; à « { $other } » : { $other_chars }) ; s’il s’agit d’un seul groupe, écrivez l’identifiant de la même façon
profile-no-other-character = aucun

## La liste des thèmes (intégrée, plus les [[themes]] de twin.toml).

profile-theme-table-builtin = liste des thèmes intégrée : { $error }
profile-too-many-themes =
    { $count ->
        [one] { $count } thème défini
       *[other] { $count } thèmes définis
    } ; twin en accepte au plus { $max }
profile-theme-empty = thème n° { $number } : `id` et `en` ne doivent pas être vides
profile-theme-twice = l’identifiant de thème « { $id } » est défini deux fois (thèmes n° { $first } et n° { $second })
profile-theme-name-shared = le nom de thème « { $name } » est utilisé par plusieurs thèmes : { $ids }

## Les valeurs de twin.toml. $key est une clé telle que twin.toml l’écrit (weights.themes) ;
## $min, $max et $value sont des nombres tels que TOML les écrit (jamais traduits : 0.5, 1e-11).

settings-too-large = le fichier de configuration dépasse { $bytes } octets, la limite de twin pour ce fichier ; est-ce le bon fichier ?
settings-not-utf8 = le fichier de configuration n’est pas du texte UTF-8 ; enregistrez-le en UTF-8
settings-weight-out-of-range = `{ $key }` doit être un nombre de { $min } à { $max }, et non { $value } ; seul compte le rapport entre les deux poids : réduisez-les tous les deux
settings-priority-out-of-range = `{ $key }` doit être un nombre de { $min } à { $max }, et non { $value } ; au-delà, le calcul de la note déborde ou perd ses centièmes
settings-weights-both-zero = `weights.themes` et `weights.languages` ne peuvent pas valoir 0 tous les deux
settings-per-group-too-small = `match.per_group` doit être ≥ 1, et non { $value }
settings-column-no-header = `columns.{ $key }` ne donne aucun en-tête
settings-column-mapped-twice = `columns.{ $key }` : « { $header } » est déjà associé à une autre colonne
settings-lang-unknown = lang = "{ $value }" n’est pas une langue de twin : choisissez "en", "fr" ou "es"
# Une valeur du mauvais type : $expected vaut boolean, number, integer, text, list ou table
# (un sélecteur) ; $source est la ligne de twin.toml.
settings-wrong-type =
    `{ $key }` doit être { $expected ->
        [boolean] true ou false
        [number] un nombre
        [integer] un nombre entier
        [text] un texte entre guillemets
        [list] une liste entre crochets
       *[table] une table
    }, dans `{ $source }`
settings-missing-key = clé `{ $key }` manquante dans `{ $source }`
# $keys : les clés que la table accepte, comme `lang`, `weights`, …
# Valeurs de la remarque qui liste ce que ./twin.toml change (« themes 0 en plus → 2 en plus »).
settings-changed-extra = { $count } en plus
settings-changed-mapped =
    { $count ->
        [one] { $count } associée
       *[other] { $count } associées
    }
