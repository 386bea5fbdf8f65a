# Les mots de twin en français (traduits de locales/en/twin.ftl).

## Comptes

count-groups = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}

## Aide : titres et options de clap (les textes des commandes et des options suivent)

help-usage = Utilisation :
help-options = Options{"\u00A0"}
help-arguments = Arguments{"\u00A0"}
help-commands = Commandes{"\u00A0"}
help-flag-help = Afficher l’aide
help-flag-version = Afficher la version

## Aide : commandes et options. `arg-ID` est une option commune à plusieurs commandes ;
## `COMMANDE-arg-ID` est propre à une commande.

cli-about = Propose des jumelages entre groupes caritatifs de pays différents.
cli-long-about = Propose des jumelages entre groupes caritatifs de pays différents.

    twin lit les profils des groupes (CSV, TSV, TOML ou un classeur .xlsx, .xls ou .ods), note chaque paire de groupes de pays différents qui peut être jumelée selon les thèmes et les langues qu’ils partagent, affiche des suggestions classées et expliquées, et propose un plan qui respecte la capacité de chaque groupe (assign).
cli-after-help =
    Exemples :
      twin check groupes.csv                   vérifier un fichier et le résumer
      twin match groupes.csv                   les 3 meilleurs candidats de chaque groupe
      twin match fr.csv es.csv --group FR-01   tous les candidats d’un groupe
      twin match groupes.csv --top 20 -o meilleurs.csv
      twin match groupes.xlsx --sheet Groupes -o paires.xlsx
      twin assign groupes.csv -o plan.csv      un plan dans la capacité de chaque groupe
      twin explain groupes.csv FR-01 PE-03     pourquoi cette paire a cette note
      twin init                                écrire un twin.toml commenté

    Codes de sortie : 0 succès, 1 données invalides ou erreur de lecture/écriture, 2 erreur d’utilisation.
cli-arg-config = Fichier de configuration (par défaut : ./twin.toml s’il existe)
cli-arg-lang = Langue des messages et de l’aide : en, fr ou es (par défaut : lang dans twin.toml, sinon la langue du système, sinon en)
cli-arg-encoding = Encodage des fichiers CSV (par ex. utf-8, windows-1252) au lieu de le détecter
cli-arg-delimiter = Séparateur CSV (',' ';' tab '|') au lieu de le détecter
cli-arg-sheet = Feuille à lire dans les classeurs .xlsx, .xlsm, .xls et .ods (par défaut : la première)

arg-files = Fichiers de profils (.csv, .tsv, .toml, .xlsx, .xls, .ods ; - lit un CSV sur l’entrée standard)
arg-format = Format de sortie : table (un tableau lisible), csv (une ligne d’en-tête, une paire par ligne), json ou xlsx (un classeur Excel, dans un fichier ou un tube, pas dans un terminal) (par défaut : d’après l’extension du fichier -o (.csv, .json, .xlsx, .txt), sinon table)
arg-output = Écrire dans FICHIER au lieu de la sortie standard (- = sortie standard)
arg-force = Remplacer le fichier de sortie s’il existe
arg-excel = CSV pour Excel : commencer par une marque d’ordre des octets UTF-8 pour que les accents s’affichent bien (avec --out-delimiter ';' là où Excel attend des points-virgules)
arg-out_delimiter = Séparateur du CSV écrit (',' ';' tab '|') (par défaut : ',')

match-about = Classer les jumeaux possibles : par groupe, les meilleurs de tous, ou toutes les paires possibles
match-after-help =
    Exemples :
      twin match groupes.csv
      twin match groupes.csv --group FR-01 --group PE-03
      twin match groupes.csv --all --min-score 50 --format csv -o paires.csv
match-arg-groups = N’afficher que les candidats classés de ce groupe (option répétable)
match-arg-per_group = Nombre de candidats par groupe (par défaut : 3, ou tous avec --group ; au plus le nombre de groupes)
match-arg-top = Les N meilleures paires de toutes au lieu des listes par groupe
match-arg-all = Toutes les paires possibles, une fois chacune, la meilleure d’abord (en flux : toute taille en mémoire bornée)
match-arg-min_score = Écarter les paires dont la note est inférieure à S (0–100)

explain-about = Expliquer la note d’une paire élément par élément (ou les règles qui l’excluent), ou la situation d’un groupe
explain-after-help =
    Exemple :
      twin explain groupes.csv FR-01 PE-03
explain-arg-args = Fichiers de profils, puis l’identifiant d’un groupe (sa situation) ou de deux (leur paire)

check-about = Vérifier les profils, signaler chaque problème et résumer le réseau
check-after-help =
    Exemple :
      twin check fr.csv es.csv autres.toml

assign-about = Proposer un plan d’ensemble dans la capacité de chaque groupe : optimal ou stable
assign-after-help =
    Exemples :
      twin assign groupes.csv
      twin assign groupes.csv --method stable --format csv -o plan.csv
      twin assign groupes.csv --history plan-2025.csv --verify
assign-arg-method = optimal (par défaut) : la plus grande note totale ; stable : aucun couple de groupes ne préférerait être jumelé ensemble
assign-arg-max_cardinality = Optimal seulement : d’abord le plus de paires possible, puis la plus grande note totale
assign-arg-history = Un plan précédent (le CSV de twin, ou tout CSV avec id_a,id_b) : ses paires ne sont plus proposées (option répétable)
assign-arg-verify = Vérifier le certificat du plan optimal (dualité en programmation linéaire) et l’indiquer sur la sortie d’erreur

init-about = Écrire un twin.toml par défaut commenté (et avec --template l’en-tête d’un groups.csv)
init-arg-template = Écrire aussi groups.csv avec la ligne d’en-tête et un groupe d’exemple
init-arg-force = Remplacer les fichiers existants

completions-about = Afficher un script de complétion pour le shell (sur la sortie standard) : bash, zsh, fish, powershell ou elvish
completions-after-help =
    Exemples :
      twin completions bash > ~/.local/share/bash-completion/completions/twin
      twin completions zsh > ~/.zfunc/_twin
      twin completions fish > ~/.config/fish/completions/twin.fish
completions-arg-shell = Le shell pour lequel compléter twin

man-about = Afficher la page de manuel (roff, sur la sortie standard) : celle de twin, ou d’une sous-commande
man-after-help =
    Exemples :
      twin man | man -l -
      twin man assign > twin-assign.1
man-arg-subcommand = Une sous-commande dont afficher la page (match, explain, check, assign, init, …) au lieu de celle de twin

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
value-ARGS = ARGS
value-SHELL = SHELL
value-SUBCOMMAND = SOUS-COMMANDE
help-subcommand = Afficher ce message ou l’aide des sous-commandes données

## Comptes

count-countries = { $count } pays
count-places = { $count ->
    [one] { $count } place
   *[other] { $count } places
}

## twin check : le résumé d’un réseau

check-network = { $groups } dans { $countries } ; { $seeking ->
    [one] { $seeking } cherche
   *[other] { $seeking } cherchent
} un jumeau ({ $places } en tout)
check-per-country = groupes par pays :
check-languages = langues :
check-themes = thèmes :
check-none = aucun
check-not-seeking = ne cherchent pas de jumeau (capacité 0) : { $ids }
check-all-have-partners = chaque groupe qui cherche un jumeau a au moins un partenaire possible
check-no-partner = sans partenaire possible ({ $count }), avec les règles qui excluent les autres groupes :
