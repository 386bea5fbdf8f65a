# Las palabras de twin en español (traducidas de locales/en/twin.ftl).

## Recuentos

count-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}

## Ayuda: títulos y opciones de clap (los textos de los comandos y las opciones siguen)

help-usage = Uso:
help-options = Opciones
help-arguments = Argumentos
help-commands = Comandos
help-flag-help = Mostrar la ayuda
help-flag-version = Mostrar la versión

## Ayuda: comandos y opciones. `arg-ID` es una opción común a varios comandos;
## `COMANDO-arg-ID` es propia de un comando.

cli-about = Propone hermanamientos entre grupos de caridad de distintos países.
cli-long-about = Propone hermanamientos entre grupos de caridad de distintos países.

    twin lee los perfiles de los grupos (CSV, TSV, TOML o una hoja de cálculo .xlsx, .xls u .ods), puntúa cada par posible de grupos de distintos países según los temas y los idiomas que comparten, muestra sugerencias ordenadas y explicadas, y propone un plan que respeta la capacidad de cada grupo (assign).
cli-after-help =
    Ejemplos:
      twin check grupos.csv                    validar un archivo y resumirlo
      twin match grupos.csv                    los 3 mejores candidatos de cada grupo
      twin match fr.csv es.csv --group FR-01   todos los candidatos de un grupo
      twin match grupos.csv --top 20 -o mejores.csv
      twin match grupos.xlsx --sheet Grupos -o pares.xlsx
      twin assign grupos.csv -o plan.csv       un plan dentro de la capacidad de cada grupo
      twin explain grupos.csv FR-01 PE-03      por qué este par tiene esta puntuación
      twin init                                escribir un twin.toml comentado

    Códigos de salida: 0 éxito, 1 datos no válidos o error de lectura/escritura, 2 error de uso.
cli-arg-config = Archivo de configuración (por defecto: ./twin.toml si existe)
cli-arg-lang = Idioma de los mensajes y de la ayuda: en, fr o es (por defecto: lang en twin.toml, si no el idioma del sistema, si no en)
cli-arg-encoding = Codificación de los archivos CSV (p. ej. utf-8, windows-1252) en lugar de detectarla
cli-arg-delimiter = Separador CSV (',' ';' tab '|') en lugar de detectarlo
cli-arg-sheet = Hoja que leer en los archivos .xlsx, .xlsm, .xls y .ods (por defecto: la primera)

arg-files = Archivos de perfiles (.csv, .tsv, .toml, .xlsx, .xls, .ods; - lee un CSV de la entrada estándar)
arg-format = Formato de salida: table (una tabla legible), csv (una fila de encabezado, un par por fila), json o xlsx (un libro de Excel, en un archivo o una tubería, no en una terminal) (por defecto: según la extensión del archivo -o (.csv, .json, .xlsx, .txt), si no table)
arg-output = Escribir en ARCHIVO en lugar de la salida estándar (- = salida estándar)
arg-force = Reemplazar el archivo de salida si existe
arg-excel = CSV para Excel: empezar con una marca de orden de bytes UTF-8 para que los acentos se vean bien (con --out-delimiter ';' donde Excel espera punto y coma)
arg-out_delimiter = Separador del CSV escrito (',' ';' tab '|') (por defecto: ',')

match-about = Ordenar los posibles hermanos: por grupo, los mejores de todos o todos los pares posibles
match-after-help =
    Ejemplos:
      twin match grupos.csv
      twin match grupos.csv --group FR-01 --group PE-03
      twin match grupos.csv --all --min-score 50 --format csv -o pares.csv
match-arg-groups = Mostrar solo los candidatos ordenados de este grupo (opción repetible)
match-arg-per_group = Cuántos candidatos por grupo (por defecto: 3, o todos con --group; como mucho el número de grupos)
match-arg-top = Los N mejores pares de todos en lugar de las listas por grupo
match-arg-all = Todos los pares posibles, una vez cada uno, el mejor primero (en flujo: cualquier tamaño en memoria acotada)
match-arg-min_score = Descartar los pares con una puntuación inferior a S (0–100)

explain-about = Explicar la puntuación de un par componente por componente (o las reglas que lo excluyen), o la situación de un grupo
explain-after-help =
    Ejemplo:
      twin explain grupos.csv FR-01 PE-03
explain-arg-args = Archivos de perfiles, luego el identificador de un grupo (su situación) o de dos (su par)

check-about = Validar los perfiles, informar de cada problema y resumir la red
check-after-help =
    Ejemplo:
      twin check fr.csv es.csv otros.toml

assign-about = Proponer un plan de conjunto dentro de la capacidad de cada grupo: óptimo o estable
assign-after-help =
    Ejemplos:
      twin assign grupos.csv
      twin assign grupos.csv --method stable --format csv -o plan.csv
      twin assign grupos.csv --history plan-2025.csv --verify
assign-arg-method = optimal (por defecto): la mayor puntuación total; stable: ningún par de grupos preferiría hermanarse entre sí
assign-arg-max_cardinality = Solo optimal: primero el mayor número de pares, luego la mayor puntuación total
assign-arg-history = Un plan anterior (el CSV de twin, o cualquier CSV con id_a,id_b): sus pares no se vuelven a proponer (opción repetible)
assign-arg-verify = Comprobar el certificado del plan óptimo (dualidad en programación lineal) e indicarlo en la salida de errores

init-about = Escribir un twin.toml por defecto comentado (y con --template el encabezado de un groups.csv)
init-arg-template = Escribir también groups.csv con la fila de encabezado y un grupo de ejemplo
init-arg-force = Reemplazar los archivos existentes

completions-about = Mostrar un script de autocompletado para el shell (en la salida estándar): bash, zsh, fish, powershell o elvish
completions-after-help =
    Ejemplos:
      twin completions bash > ~/.local/share/bash-completion/completions/twin
      twin completions zsh > ~/.zfunc/_twin
      twin completions fish > ~/.config/fish/completions/twin.fish
completions-arg-shell = El shell para el que completar twin

man-about = Mostrar la página de manual (roff, en la salida estándar): la de twin o la de un subcomando
man-after-help =
    Ejemplos:
      twin man | man -l -
      twin man assign > twin-assign.1
man-arg-subcommand = Un subcomando cuya página mostrar (match, explain, check, assign, init, …) en lugar de la de twin

## Nombres de los valores en la ayuda (ARCHIVO, CAR, …), y el subcomando help de clap

value-FILE = ARCHIVO
value-FILES = ARCHIVOS
value-NAME = NOMBRE
value-CHAR = CAR
value-LANG = IDIOMA
value-ID = ID
value-K = K
value-N = N
value-S = S
value-METHOD = MÉTODO
value-FORMAT = FORMATO
value-ARGS = ARGS
value-SHELL = SHELL
value-SUBCOMMAND = SUBCOMANDO
help-subcommand = Mostrar este mensaje o la ayuda de los subcomandos indicados

## Recuentos

count-countries = { $count ->
    [one] { $count } país
   *[other] { $count } países
}
count-places = { $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
}

## twin check: el resumen de una red

check-network = { $groups } en { $countries }; { $seeking ->
    [one] { $seeking } busca
   *[other] { $seeking } buscan
} un grupo hermano ({ $places } en total)
check-per-country = grupos por país:
check-languages = idiomas:
check-themes = temas:
check-none = ninguno
check-not-seeking = no buscan grupo hermano (capacidad 0): { $ids }
check-all-have-partners = cada grupo que busca un grupo hermano tiene al menos un posible socio
check-no-partner = sin socio posible ({ $count }), con las reglas que excluyen a los demás grupos:
