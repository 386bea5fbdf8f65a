# Les mots de twin en français, traduits de locales/en/twin.ftl (la référence).
# Relus message par message : voir locales/README.md (glossaire et relecture).

## Texte cité d’un fichier, comme les listes de noms le citent : « Notes », « Sujets ».
quoted = « { $text } »

## Comptes

count-groups = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}

## Aide : titres et options de clap (les textes des commandes et des options suivent)

help-usage = Utilisation :
help-options = Options{" "}
help-arguments = Arguments{" "}
help-commands = Commandes{" "}
help-flag-help = Afficher l’aide
help-flag-version = Afficher la version

## Aide : commandes et options. `arg-ID` est une option commune à plusieurs commandes ;
## `COMMANDE-arg-ID` est propre à une commande. L’aide traduite masque les « [default: …] »
## et « Possible values » de clap (en anglais) : chaque texte dit lui-même ses valeurs.

cli-about = Propose des jumelages entre groupes caritatifs de pays différents.
cli-long-about = Propose des jumelages entre groupes caritatifs de pays différents.

    twin lit les profils des groupes (CSV, TSV, TOML ou un classeur .xlsx, .xls ou .ods), note chaque paire admissible de groupes de pays différents selon les thèmes et les langues qu’ils partagent, affiche des suggestions classées et expliquées, et propose un plan qui respecte la capacité de chaque groupe (assign).
cli-after-help =
    Exemples :
      twin check groups.csv                    vérifier un fichier et le résumer
      twin match groups.csv                    les 3 meilleurs candidats par groupe
      twin match fr.csv es.csv --group FR-01   tous les candidats d’un groupe
      twin match groups.csv --top 20 -o best.csv
      twin match groups.xlsx --sheet Groupes -o pairs.xlsx
      twin assign groups.csv -o plan.csv       un plan qui respecte les capacités
      twin report groups.csv -o report.html    le plan à imprimer ou à envoyer
      twin explain groups.csv FR-01 PE-03      pourquoi cette paire obtient sa note
      twin init                                écrire un twin.toml commenté

    Codes de sortie : 0 succès, 1 données invalides ou erreur de fichier, 2 erreur d’utilisation.
cli-arg-config = Fichier de configuration (par défaut : ./twin.toml s’il existe)
cli-arg-lang = Langue des messages et de l’aide : en, fr ou es, suivie d’une région si besoin (es-MX écrit les nombres de --excel comme au Mexique) (par défaut : lang dans twin.toml, sinon la langue du système, sinon en)
cli-arg-encoding = Encodage des fichiers CSV (par ex. utf-8, windows-1252) au lieu de le détecter
cli-arg-delimiter = Séparateur CSV (',' ';' tab '|') au lieu de le détecter
cli-arg-sheet = Feuille à lire dans les classeurs .xlsx, .xlsm, .xls et .ods (par défaut : la première)

arg-files = Fichiers de profils (.csv, .tsv, .toml, .xlsx, .xls, .ods ; - lit un CSV sur l’entrée standard)
arg-format = Format de sortie : table, csv, json ou xlsx (par défaut : d’après l’extension du fichier -o (.csv, .json, .xlsx, .txt), sinon table)
arg-output = Écrire dans FICHIER au lieu de la sortie standard (- = sortie standard)
arg-force = Remplacer le fichier de sortie s’il existe
arg-excel = CSV pour Excel et LibreOffice : l’indicateur d’ordre des octets UTF-8 (BOM) pour que les accents s’affichent bien ; en français et en espagnol, aussi ';' entre les champs et la virgule décimale, pour que les notes soient lues comme des nombres
arg-out_delimiter = Séparateur du CSV de sortie (',' ';' tab '|') (par défaut : ',')

match-about = Classer les candidats au jumelage : par groupe, tous groupes confondus, ou toutes les paires admissibles
match-after-help =
    Exemples :
      twin match groups.csv
      twin match groups.csv --group FR-01 --group PE-03
      twin match groups.csv --all --min-score 50 --format csv -o pairs.csv
match-arg-groups = N’afficher que les candidats classés de ce groupe (option répétable)
match-arg-per_group = Nombre de candidats par groupe (par défaut : 3, ou tous avec --group ; au plus le nombre de groupes)
match-arg-top = Les N meilleures paires, tous groupes confondus, au lieu des listes par groupe
match-arg-all = Toutes les paires admissibles, chacune une fois, les meilleures d’abord (écrites au fur et à mesure : toute taille, mémoire limitée)
match-arg-min_score = Écarter les paires dont la note est inférieure à S (0–100)

explain-about = Expliquer la note d’une paire critère par critère (ou les règles qui l’excluent), ou la situation d’un groupe
explain-after-help =
    Exemple :
      twin explain groups.csv FR-01 PE-03
explain-arg-args = Fichiers de profils, puis l’identifiant d’un groupe (sa situation) ou de deux (leur paire)

check-about = Vérifier les profils, signaler chaque problème et résumer le réseau
check-after-help =
    Exemple :
      twin check fr.csv es.csv extra.toml

assign-about = Proposer un plan d’ensemble qui respecte la capacité de chaque groupe : optimal ou stable
assign-after-help =
    Exemples :
      twin assign groups.csv
      twin assign groups.csv --method stable --format csv -o plan.csv
      twin assign groups.csv --history plan-2025.csv --verify
      twin assign groups.csv --keep agreed.csv --forbid vetoed.csv --min-score 40

init-about = Écrire un twin.toml par défaut, commenté (et, avec --template, un groups.csv avec son en-tête et un groupe d’exemple)
init-arg-template = Écrire aussi groups.csv avec la ligne d’en-tête et un groupe d’exemple
init-arg-force = Remplacer les fichiers existants

completions-about = Afficher un script de complétion pour le shell (sur la sortie standard) : bash, zsh, fish, powershell ou elvish
completions-after-help =
    Exemples :
      twin completions bash > ~/.local/share/bash-completion/completions/twin
      twin completions zsh > ~/.zfunc/_twin
      twin completions fish > ~/.config/fish/completions/twin.fish
completions-arg-shell = Le shell dans lequel compléter twin : bash, zsh, fish, powershell ou elvish

man-about = Afficher la page de manuel (roff, sur la sortie standard) : celle de twin, ou d’une sous-commande
man-after-help =
    Exemples :
      twin man | man -l -
      twin man assign > twin-assign.1
man-arg-subcommand = Une sous-commande dont la page est à afficher (match, explain, check, assign, init, …) au lieu de celle de twin

## Noms des valeurs dans l’aide (FICHIER, CAR, …), et la sous-commande help de clap

value-FILE = FICHIER
value-FILES = FICHIERS
value-NAME = NOM
value-CHAR = CAR
value-LANG = LANGUE
value-ID = ID
value-K = K
value-N = N
value-S = S
value-METHOD = MÉTHODE
value-FORMAT = FORMAT
value-SHELL = SHELL
value-SUBCOMMAND = SOUS-COMMANDE
value-LAYOUT = DISPOSITION
value-PLAN = PLAN
help-subcommand = Afficher ce message ou l’aide de la ou des sous-commandes indiquées

## Page de manuel (twin man) : titres des sections, en capitales sur la page

man-manual = Manuel de twin
man-name = Nom
man-synopsis = Synopsis
man-description = Description
man-options = Options
man-commands = Commandes
man-examples = Exemples
man-version = Version
man-authors = Auteurs

## Comptes (« pays » est invariable)

count-countries = { $count } pays
count-places = { $count ->
    [one] { $count } place
   *[other] { $count } places
}

## twin check : le résumé d’un réseau

check-network = { $groups } de { $countries } ; { $seeking ->
    [one] { $seeking } cherche
   *[other] { $seeking } cherchent
} un jumelage ({ $places } au total)
check-per-country = groupes par pays :
check-languages = langues :
check-themes = thèmes :
check-none = néant
check-not-seeking = pas de jumelage recherché (capacité 0) : { $ids }
check-all-have-partners = chaque groupe qui cherche un jumelage a au moins un partenaire admissible
check-no-partner = sans partenaire admissible ({ $groups }), avec les règles qui excluent les autres groupes :

## Plans : les options de chaque commande qui construit ou contrôle un plan, review et report.
## « Paires convenues » (--keep) dans tous les messages ; --keep et --forbid : « paires convenues ou refusées ».

arg-method = optimal (par défaut) : la note totale la plus élevée ; coverage : le plus de groupes jumelés, puis la note totale la plus élevée ; fair : le plus de groupes jumelés, puis la note la plus basse aussi haute que possible ; stable : pas de paire dont les deux groupes préféreraient être jumelés ensemble
arg-max_cardinality = Seulement avec optimal : d’abord former le plus de paires possible, puis maximiser la note totale
arg-min_score = Ne jamais utiliser les paires dont la note est inférieure à S (0 à 100) ; les paires convenues restent, avec une remarque
arg-history = Un plan précédent (le CSV ou le xlsx de twin, ou tout tableau avec id_a,id_b) : ses paires sont des jumelages existants, qui ne sont plus proposés (option répétable)
arg-keep = Paires déjà convenues (un tableau avec id_a,id_b) : toujours dans le plan, elles comptent dans la capacité des groupes (option répétable)
arg-forbid = Paires refusées (un tableau avec id_a,id_b) : jamais proposées (option répétable)
arg-verify = Vérifier le certificat d’optimalité du plan (dualité de la programmation linéaire ; optimal, coverage et fair) et afficher le résultat sur la sortie d’erreur
assign-arg-layout = pairs (par défaut) : une ligne par paire, la meilleure d’abord ; groups : les jumelages de chaque groupe, groupe par groupe
review-about = Contrôler un plan, quelle que soit son origine : règles, capacités, paires convenues ou refusées, et ce qu’il perd face au meilleur plan (code de sortie 1 s’il enfreint une règle)
review-arg-plan_file = Le plan à contrôler : le plan CSV ou xlsx de twin, ou tout tableau avec les colonnes id_a,id_b
review-arg-layout = pairs (par défaut) : le contrôle de chaque ligne ; groups : le plan vu par chaque groupe (le résumé du contrôle va alors sur la sortie d’erreur)
report-about = Écrire le plan sous forme d’une page HTML autonome (carte, graphiques, une fiche par paire), imprimable en A4
report-arg-output = Écrire la page HTML dans FICHIER (- = sortie standard, qui ne doit pas être un terminal)
review-after-help =
    Exemples :
      twin review plan.csv groups.csv
      twin review plan-edited.xlsx groups.csv --history plan-2025.csv --format json
      twin review plan.csv groups.csv --layout groups -o for-the-groups.xlsx
report-after-help =
    Exemples :
      twin report groups.csv -o report.html
      twin report groups.csv --method stable --history plan-2025.csv -o report.html

## Les règles d’admissibilité, telles qu’un coordinateur les lit

rule-same-country = même pays
rule-no-common-language = aucune langue commune
rule-already-twins = déjà jumelés
rule-vetoed = refusé (--forbid)
rule-no-capacity = capacité 0 (pas de jumelage recherché)
rule-count = { $rule } ({ $groups })
rule-only-group = c’est le seul groupe

## Le résumé d’un plan (assign, report) et pourquoi un groupe reste sans jumelage

count-pairs = { $count ->
    [one] { $count } paire
   *[other] { $count } paires
}
summary-plan = plan ({ $method }) : { $pairs }{ $kept } ; { $twinned } des { $seeking } qui cherchent un jumelage { $agree ->
    [one] est jumelé
   *[other] sont jumelés
}, { $without } sans jumelage, { $unfilled }
summary-kept = ({ $count ->
    [one] { $count } convenue
   *[other] { $count } convenues
})
summary-unfilled = { $count ->
    [one] { $count } place non pourvue
   *[other] { $count } places non pourvues
}
summary-scores = note totale { $total }, moyenne { $mean }, la plus basse { $lowest }
summary-left-out = sans jumelage : { $group } : { $reason }
summary-more = { $count ->
    [one] … et { $count } autre sans jumelage ; --format json ou xlsx les liste tous, avec leurs raisons
   *[other] … et { $count } autres sans jumelage ; --format json ou xlsx les liste tous, avec leurs raisons
}
reason-no-partner-only = aucun partenaire admissible — { $why }
reason-no-partner-above-zero = aucun partenaire avec une note supérieure à { $zero }
reason-no-partner = aucun partenaire admissible — exclus par : { $rules }
reason-nearest = les plus proches : { $list }
reason-nearest-eligible = admissible
reason-below-min = aucun partenaire admissible avec une note d’au moins { $min } (--min-score) ; le meilleur, { $best }, obtient { $score }
reason-taken = { $count ->
    [one] son seul partenaire admissible est complet
   *[other] ses { $count } partenaires admissibles sont tous complets
} ; meilleur candidat : { $best } ({ $score }), jumelé avec { $taken }
sep-clause = { " ; " }
sep-label = { " : " }

## Le verdict de twin check

check-ok = ok : aucun problème trouvé
check-problems = { $count ->
    [one] { $count } problème trouvé
   *[other] { $count } problèmes trouvés
}
check-problems-summarised = { $count ->
    [one] { $count } problème trouvé ; le résumé ne porte que sur les groupes valides
   *[other] { $count } problèmes trouvés ; le résumé ne porte que sur les groupes valides
}

## En-têtes du tableau (le tableau du terminal ; CSV et JSON gardent leurs noms de champs)

table-group = groupe
table-rank = n°
table-score = note
table-candidate = candidat
table-twin = jumelé avec
table-shared-themes = thèmes partagés
table-languages = langues
table-group-a = groupe A
table-group-b = groupe B
table-empty = Aucune paire admissible.

## Usage lines: clap's placeholders for "any options" and for the subcommand's name

usage-options = [OPTIONS]
usage-command = COMMANDE
