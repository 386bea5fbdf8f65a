# Las palabras de twin en español, traducidas de locales/en/twin.ftl (la referencia).
# Revisadas mensaje por mensaje: ver locales/README.md (glosario y revisión).

## Texto citado de un archivo, como lo citan las listas de nombres: «Notes», «Sujets».
quoted = «{ $text }»

## Recuentos

count-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}

## Ayuda: títulos y opciones de clap (los textos de los comandos y las opciones vienen después)

help-usage = Uso:
help-options = Opciones
help-arguments = Argumentos
help-commands = Comandos
help-flag-help = Mostrar la ayuda
help-flag-version = Mostrar la versión

## Ayuda: comandos y opciones. `arg-ID` es una opción común a varios comandos;
## `COMANDO-arg-ID` es propia de un comando. La ayuda traducida oculta los «[default: …]»
## y «Possible values» de clap (en inglés): cada texto dice sus valores por sí mismo.

cli-about = Propone hermanamientos entre grupos de caridad de distintos países.
cli-long-about = Propone hermanamientos entre grupos de caridad de distintos países.

    twin lee los perfiles de los grupos (CSV, TSV, TOML o una hoja de cálculo .xlsx, .xls u .ods), puntúa cada par elegible de grupos de distintos países según los temas y los idiomas que comparten, muestra sugerencias ordenadas y explicadas, y propone un plan que respete la capacidad de cada grupo (assign).
cli-after-help =
    Ejemplos:
      twin check groups.csv                    validar un archivo y resumirlo
      twin match groups.csv                    los 3 mejores candidatos por grupo
      twin match fr.csv es.csv --group FR-01   todos los candidatos de un grupo
      twin match groups.csv --top 20 -o best.csv
      twin match groups.xlsx --sheet Groupes -o pairs.xlsx
      twin assign groups.csv -o plan.csv       un plan que respete las capacidades
      twin report groups.csv -o report.html    el plan para imprimir o enviar
      twin explain groups.csv FR-01 PE-03      por qué este par puntúa lo que puntúa
      twin init                                escribir un twin.toml comentado

    Códigos de salida: 0 éxito, 1 datos no válidos o error de archivo, 2 error de uso.
cli-arg-config = Archivo de configuración (por defecto: ./twin.toml si existe)
cli-arg-lang = Idioma de los mensajes y de la ayuda: en, fr o es, con una región si lo desea (es-MX escribe los números de --excel como en México) (por defecto: lang de twin.toml; si no, el idioma del sistema; si no, en)
cli-arg-encoding = Codificación de los archivos CSV (p. ej., utf-8, windows-1252) en lugar de detectarla
cli-arg-delimiter = Separador CSV (',' ';' tab '|') en lugar de detectarlo
cli-arg-sheet = Hoja que se leerá en los archivos .xlsx, .xlsm, .xls y .ods (por defecto: la primera)

arg-files = Archivos de perfiles (.csv, .tsv, .toml, .xlsx, .xls, .ods; - lee un CSV de la entrada estándar)
arg-format = Formato de salida: table, csv, json o xlsx (por defecto: según la extensión del archivo -o (.csv, .json, .xlsx, .txt); si no, table)
arg-output = Escribir en ARCHIVO en lugar de la salida estándar (- = salida estándar)
arg-force = Reemplazar el archivo de salida si existe
arg-excel = CSV para Excel y LibreOffice: la marca de orden de bytes UTF-8 (BOM) para que los acentos se vean bien; en francés y en español, también ';' entre los campos y la coma decimal, para que las puntuaciones se lean como números
arg-out_delimiter = Separador del CSV de salida (',' ';' tab '|') (por defecto: ',')

match-about = Ordenar los candidatos a grupo hermano: por grupo, en una lista general o todos los pares elegibles
match-after-help =
    Ejemplos:
      twin match groups.csv
      twin match groups.csv --group FR-01 --group PE-03
      twin match groups.csv --all --min-score 50 --format csv -o pairs.csv
match-arg-groups = Mostrar solo los candidatos ordenados de este grupo (opción repetible)
match-arg-per_group = Cuántos candidatos por grupo (por defecto: 3, o todos con --group; como mucho el número de grupos)
match-arg-top = Los N mejores pares de todos los grupos, en lugar de las listas por grupo
match-arg-all = Todos los pares elegibles, una vez cada uno, los mejores primero (se escriben sobre la marcha: cualquier tamaño con memoria limitada)
match-arg-min_score = Descartar los pares con una puntuación inferior a S (0–100)

explain-about = Explicar la puntuación de un par criterio por criterio (o las reglas que lo excluyen), o la situación de un grupo
explain-after-help =
    Ejemplo:
      twin explain groups.csv FR-01 PE-03
explain-arg-args = Archivos de perfiles, luego el identificador de un grupo (su situación) o de dos (su par)

check-about = Validar los perfiles, señalar cada problema y resumir la red
check-after-help =
    Ejemplo:
      twin check fr.csv es.csv extra.toml

assign-about = Proponer un plan global que respete la capacidad de cada grupo: óptimo o estable
assign-after-help =
    Ejemplos:
      twin assign groups.csv
      twin assign groups.csv --method stable --format csv -o plan.csv
      twin assign groups.csv --history plan-2025.csv --verify
      twin assign groups.csv --keep agreed.csv --forbid vetoed.csv --min-score 40

init-about = Escribir un twin.toml por defecto, comentado (y, con --template, un groups.csv con su encabezado y un grupo de ejemplo)
init-arg-template = Escribir también groups.csv con la fila de encabezado y un grupo de ejemplo
init-arg-force = Reemplazar los archivos existentes

completions-about = Mostrar un script de autocompletado para el shell (en la salida estándar): bash, zsh, fish, powershell o elvish
completions-after-help =
    Ejemplos:
      twin completions bash > ~/.local/share/bash-completion/completions/twin
      twin completions zsh > ~/.zfunc/_twin
      twin completions fish > ~/.config/fish/completions/twin.fish
completions-arg-shell = El shell en el que autocompletar twin: bash, zsh, fish, powershell o elvish

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
value-SHELL = SHELL
value-SUBCOMMAND = SUBCOMANDO
value-LAYOUT = DISPOSICIÓN
value-PLAN = PLAN
help-subcommand = Mostrar este mensaje o la ayuda del subcomando o los subcomandos indicados

## Página de manual (twin man): títulos de las secciones, en mayúsculas en la página

man-manual = Manual de twin
man-name = Nombre
man-synopsis = Sinopsis
man-description = Descripción
man-options = Opciones
man-commands = Comandos
man-examples = Ejemplos
man-version = Versión
man-authors = Autores

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

check-network = { $groups } de { $countries }; { $seeking ->
    [one] { $seeking } busca
   *[other] { $seeking } buscan
} un grupo hermano ({ $places } en total)
check-per-country = grupos por país:
check-languages = idiomas:
check-themes = temas:
check-none = ninguno
check-not-seeking = sin buscar grupo hermano (capacidad 0): { $ids }
check-all-have-partners = todos los grupos que buscan un grupo hermano tienen al menos un candidato elegible
check-no-partner = sin candidato elegible ({ $groups }), con las reglas que excluyen a los demás grupos:

## Planes: las opciones de cada comando que crea o revisa un plan, review y report.
## «Pares acordados» (--keep) en todos los mensajes; --keep y --forbid: «pares acordados o vetados».

arg-method = optimal (por defecto): la mayor puntuación total; coverage: el mayor número de grupos hermanados, luego la mayor puntuación total; fair: el mayor número de grupos hermanados, luego la puntuación más baja lo más alta posible; stable: no hay dos grupos que prefieran ambos hermanarse entre sí
arg-max_cardinality = Solo con optimal: primero formar el mayor número posible de pares, luego maximizar la puntuación total
arg-min_score = No usar nunca los pares con una puntuación inferior a S (0 a 100); los pares acordados se mantienen, con un aviso
arg-history = Un plan anterior (el CSV o el xlsx de twin, o cualquier tabla con id_a,id_b): sus pares son hermanamientos existentes y no se vuelven a proponer (opción repetible)
arg-keep = Pares ya acordados (una tabla con id_a,id_b): siempre en el plan, ocupan plazas de los grupos (opción repetible)
arg-forbid = Pares vetados (una tabla con id_a,id_b): nunca se proponen (opción repetible)
arg-verify = Comprobar el certificado de optimalidad del plan (dualidad de la programación lineal; optimal, coverage y fair) e indicar el resultado en la salida de errores
assign-arg-layout = pairs (por defecto): una fila por par, el mejor primero; groups: los grupos hermanos de cada grupo, grupo por grupo
review-about = Revisar un plan, sea cual sea su origen: reglas, capacidades, pares acordados o vetados, y lo que pierde frente al mejor plan (código de salida 1 si incumple una regla)
review-arg-plan_file = El plan que revisar: el plan CSV o xlsx de twin, o cualquier tabla con las columnas id_a,id_b
review-arg-layout = pairs (por defecto): la revisión de cada línea; groups: el plan tal como lo ve cada grupo (el resumen de la revisión va entonces a la salida de errores)
report-about = Escribir el plan como una página HTML autónoma (mapa, gráficos, una ficha por par), imprimible en A4
report-arg-output = Escribir la página HTML en ARCHIVO (- = salida estándar, que no debe ser una terminal)
review-after-help =
    Ejemplos:
      twin review plan.csv groups.csv
      twin review plan-edited.xlsx groups.csv --history plan-2025.csv --format json
      twin review plan.csv groups.csv --layout groups -o for-the-groups.xlsx
report-after-help =
    Ejemplos:
      twin report groups.csv -o report.html
      twin report groups.csv --method stable --history plan-2025.csv -o report.html

## Las reglas de elegibilidad, tal como las lee un coordinador

rule-same-country = mismo país
rule-no-common-language = ningún idioma en común
rule-already-twins = ya hermanados
rule-vetoed = vetado (--forbid)
rule-no-capacity = capacidad 0 (sin buscar grupo hermano)
rule-count = { $rule } ({ $groups })
rule-only-group = es el único grupo

## El resumen de un plan (assign, report) y por qué un grupo se queda sin grupo hermano

count-pairs = { $count ->
    [one] { $count } par
   *[other] { $count } pares
}
summary-plan = plan ({ $method }): { $pairs }{ $kept }; { $twinned } de los { $seeking } que buscan un grupo hermano { $agree ->
    [one] está hermanado
   *[other] están hermanados
}, { $without } sin grupo hermano, { $unfilled }
summary-kept = ({ $count ->
    [one] { $count } acordado
   *[other] { $count } acordados
})
summary-unfilled = { $count ->
    [one] { $count } plaza sin cubrir
   *[other] { $count } plazas sin cubrir
}
summary-scores = puntuación total { $total }, media { $mean }, mínima { $lowest }
summary-left-out = sin grupo hermano: { $group }: { $reason }
summary-more = … y { $count } más sin grupo hermano; --format json o xlsx los muestra todos, con sus motivos
reason-no-partner-only = ningún candidato elegible — { $why }
reason-no-partner-above-zero = ningún candidato con una puntuación superior a { $zero }
reason-no-partner = ningún candidato elegible — excluidos por: { $rules }
reason-nearest = los más cercanos: { $list }
reason-nearest-eligible = elegible
reason-below-min = ningún candidato elegible con una puntuación de al menos { $min } (--min-score); el mejor, { $best }, obtiene { $score }
reason-taken = { $count ->
    [one] su único candidato elegible está completo
   *[other] sus { $count } candidatos elegibles están todos completos
}; mejor candidato: { $best } ({ $score }), hermanado con { $taken }
sep-clause = { "; " }
sep-label = { ": " }

## El veredicto de twin check

check-ok = ok: ningún problema encontrado
check-problems = { $count ->
    [one] { $count } problema encontrado
   *[other] { $count } problemas encontrados
}
check-problems-summarised = { $count ->
    [one] { $count } problema encontrado; el resumen solo abarca los grupos válidos
   *[other] { $count } problemas encontrados; el resumen solo abarca los grupos válidos
}

## Encabezados de la tabla (la tabla de la terminal; CSV y JSON mantienen sus nombres de campo)

table-group = grupo
table-rank = n.º
table-score = puntuación
table-candidate = candidato
table-twin = grupo hermano
table-shared-themes = temas compartidos
table-languages = idiomas
table-group-a = grupo A
table-group-b = grupo B
table-empty = Ningún par elegible.

## Usage lines: clap's placeholders for "any options" and for the subcommand's name

usage-options = [OPCIONES]
usage-command = COMANDO
