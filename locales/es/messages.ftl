# twin's words in Spanish: errors, warnings and notes (other than problems in input files).
# Every id here is in the same file of every language, with the same placeables.

## The prefix of every line on standard error ($text: the message)

msg-line-error = error: { $text }
msg-line-warning = advertencia: { $text }
msg-line-note = aviso: { $text }

## A problem repeated on many lines, counted in one line ($count: the lines not shown)

msg-fold = { $file }: … y { $count } { $count ->
        [one] línea más
       *[other] líneas más
    } con el mismo problema
msg-fold-last = { $file }: … y { $count } { $count ->
        [one] línea más
       *[other] líneas más
    } con el mismo problema (la última en la línea { $last })

## Reading or writing a file failed: `{ $path }: { $reason }`. English shows the system's
## own words; the other languages say these for the common failures.

msg-io = { $path }: { $reason }
msg-io-not-found = no existe el archivo o la carpeta
msg-io-permission-denied = permiso denegado
msg-io-already-exists = el archivo ya existe
msg-io-is-a-directory = es una carpeta
msg-io-not-a-directory = una parte de la ruta no es una carpeta
msg-io-read-only = sistema de archivos de solo lectura
msg-io-storage-full = no queda espacio libre en el disco

## Files a command reads, as named in messages ($role: input, history, keep, forbid, plan, config)

msg-role-file = { $role ->
        [input] el archivo de perfiles
        [history] el archivo de historial
        [keep] el archivo de pares acordados
        [forbid] el archivo de pares vetados
        [plan] el archivo del plan
       *[config] el archivo de configuración
    } { $file }

## Where the output goes

msg-output-is-folder = -o { $path } es una carpeta: dé un nombre de archivo a la salida, por ejemplo -o { $dir }/pairs.csv
msg-output-exists = { $path } ya existe; añada --force para reemplazarlo
msg-output-is-input = -o { $path } es { $input }: twin nunca escribe sobre un archivo que lee, ni siquiera con --force; elija otro archivo de salida
msg-output-is-input-link = -o { $path } es { $input } (el mismo archivo, a través de un enlace): twin nunca escribe sobre un archivo que lee, ni siquiera con --force; elija otro archivo de salida
msg-stdout-is-input = la salida estándar está redirigida a { $input }: twin nunca escribe sobre un archivo que lee; redirija la salida a otro archivo
msg-stdout-closed = la salida estándar está cerrada, así que la salida se perdería: rediríjala a un archivo (> ARCHIVO) o escríbala con -o ARCHIVO (-o /dev/null la descarta)
msg-unknown-extension = twin no puede escribir { $path }: -o espera un archivo terminado en .csv, .json, .txt (una tabla) o .xlsx; añada --format table, csv, json o xlsx para escribir ese nombre de todos modos
msg-csv-option-without-csv = { $option } se aplica a la salida CSV; añada --format csv o escriba en un archivo .csv
msg-xlsx-to-terminal = un libro xlsx es binario y la salida estándar es una terminal: escríbalo en un archivo con -o ARCHIVO.xlsx
msg-html-to-terminal = el informe es una página HTML y la salida estándar es una terminal: escríbalo en un archivo con -o report.html
msg-wrote = { $path } escrito

## Group ids on the command line

msg-unknown-group = ningún grupo tiene el identificador «{ $id }»
msg-unknown-group-closest = ningún grupo tiene el identificador «{ $id }»; ¿quiso decir «{ $closest }»?
msg-explain-too-few = explain necesita los archivos de perfiles y luego uno o dos identificadores de grupo (twin explain ARCHIVOS… ID_A [ID_B]); { $count ->
        [one] recibió { $count } argumento
       *[other] recibió { $count } argumentos
    }: { $args }
msg-explain-too-many-ids = explain necesita los archivos de perfiles y luego uno o dos identificadores de grupo; recibió { $count } identificadores: { $args } ("{ $first }" no es un archivo)
msg-explain-same-group = explain necesita dos grupos distintos, pero recibió «{ $id }» dos veces
msg-unknown-subcommand = twin no tiene el subcomando «{ $name }»: las páginas son { $known }

## twin.toml picked up from the folder ($changes: `key default → value`, listed)

msg-implicit-config = se usa { $file } de esta carpeta, que cambia { $changes }

## Plan options and refusals

msg-verify-needs-optimal = --verify comprueba el plan óptimo: no se puede usar con --method { $method } (use --method optimal, o quite --verify)
msg-max-cardinality-needs-optimal = --max-cardinality se aplica al plan óptimo: no se puede usar con --method { $method } (use --method optimal, o quite --max-cardinality)
msg-too-many-pairs = el plan óptimo de estos { $groups } grupos se calcularía sobre { $pairs } pares elegibles, alrededor de { $gb } GB de memoria; twin lo calcula sobre { $max } pares como máximo (alrededor de { $max_gb } GB): use --method stable, que planifica cualquier número de grupos con poca memoria, o planifique conjuntos de grupos más pequeños
msg-capacities-too-large = las capacidades son demasiado grandes para el plan óptimo: con { $pairs } pares elegibles, su solucionador construiría { $reduced } aristas entre las plazas de los grupos (capacidad × capacidad por cada par), por encima de su límite de { $max }; reduzca las capacidades, o use --method stable, que planifica cualquier capacidad con poca memoria
msg-capacities-too-large-largest = las capacidades son demasiado grandes para el plan óptimo: con { $pairs } pares elegibles, su solucionador construiría { $reduced } aristas entre las plazas de los grupos (capacidad × capacidad por cada par), por encima de su límite de { $max } (la mayor: { $id } busca { $capacity } grupos hermanos); reduzca las capacidades, o use --method stable, que planifica cualquier capacidad con poca memoria

## The optimality certificate (--verify)

msg-pairs-checked = { $count ->
        [one] { $count } par elegible comprobado
       *[other] { $count } pares elegibles comprobados
    }
msg-certificate-optimal = certificado: optimal — objetivo dual { $dual } = objetivo del plan { $objective }; { $checked }
msg-certificate-coverage = certificado: coverage — ningún plan hermana a más de { $most ->
        [one] { $most } grupo
       *[other] { $most } grupos
    }, y ninguno que hermane a { $most } suma más de { $total }; { $checked }
msg-certificate-fair = certificado: fair — ningún plan hermana a más de { $most ->
        [one] { $most } grupo
       *[other] { $most } grupos
    }; ninguno que hermane a { $most } tiene una puntuación mínima superior a { $lowest }{ $above }, y ninguno con esa puntuación mínima suma más de { $total }; { $checked }
msg-certificate-fair-none = ninguna
msg-certificate-fair-above = {" "}(si todos los pares tienen { $next } o más, se puede hermanar a { $bound ->
        [one] { $bound } grupo como máximo
       *[other] { $bound } grupos como máximo
    })
msg-certificate-fails = el certificado de optimalidad no se cumple: { $why }

## Pair lists (--history, --keep, --forbid; $list: history, keep, forbid, plan)

msg-past-pair-ignored = el par del historial { $a } – { $b } no une dos grupos de los archivos leídos; se ignora
msg-listed-unknown-id = en { $list ->
        [history] este archivo de historial
        [keep] este archivo de pares acordados
        [forbid] este archivo de pares vetados
       *[plan] este plan
    }: { $problem }
msg-listed-again = el par { $a } – { $b } aparece de nuevo en los archivos { $list ->
        [history] --history
        [keep] --keep
       *[forbid] --forbid
    } (primero en { $first }); se cuenta una vez
msg-kept-and-history = el par acordado { $a } – { $b } ya está hermanado según --history ({ $at }): un par no puede ser las dos cosas; quítelo de uno de los archivos
msg-kept-and-forbidden = el par acordado { $a } – { $b } también está vetado por --forbid ({ $at }): un par no puede ser las dos cosas; quítelo de uno de los archivos
msg-kept-breaks-rules = el par acordado { $a } – { $b } no es elegible: { $why }
msg-kept-over-capacity = el grupo «{ $id }» tiene capacidad { $capacity } pero está en { $count } pares acordados ({ $at }); quite pares acordados o aumente su capacidad
msg-kept-below-min-score = el par acordado { $a } – { $b } tiene una puntuación de { $score }, por debajo de --min-score { $min }; se mantiene en el plan (es un par acordado)

## twin review: the problems of a plan, each at its line of the plan file

msg-review-unknown-id = { $problem } (los identificadores se comparan tal cual, distinguiendo mayúsculas y minúsculas)
msg-review-same-group = el grupo «{ $id }» está hermanado consigo mismo
msg-review-repeated = el par { $a } – { $b } aparece de nuevo (primero en la línea { $first })
msg-review-breaks-rules = { $a } – { $b } incumple las reglas: { $rules }
msg-review-forbidden = { $a } – { $b } está vetado ({ $at })
msg-review-historical = { $a } – { $b } ya estuvieron hermanados ({ $at }): no se deben proponer de nuevo
msg-review-below-min-score = { $a } – { $b } tiene una puntuación de { $score }, por debajo de --min-score { $min }
msg-review-over-capacity = { $id } está en { $used ->
        [one] { $used } par
       *[other] { $used } pares
    } para una capacidad de { $capacity } (líneas { $lines })
msg-review-kept-missing = el par acordado { $a } – { $b } no está en el plan { $plan }
msg-review-clean = ok: { $plan } respeta todas las reglas, capacidades y pares acordados o vetados

## Values on the command line (clap calls the parsers)

msg-not-a-delimiter = «{ $value }» no es un separador: use un solo carácter, como , ; | o tab
msg-not-a-number = «{ $value }» no es un número
msg-score-out-of-range = { $value } no está entre 0 y 100
msg-not-a-language = «{ $value }» no es un idioma de twin: en, fr o es, con una región si lo desea (es-MX, fr-BE)
msg-not-a-count = «{ $value }» no es un número entero de 1 o más

## clap's usage errors, said in twin's words ($arg: an option as typed or defined,
## `--method <METHOD>`; $value: what was typed)

msg-usage-unknown-argument = argumento inesperado '{ $arg }'
msg-usage-tip-similar-argument = sugerencia: existe un argumento parecido: '{ $suggestion }'
msg-usage-tip-similar-subcommand = sugerencia: existe un subcomando parecido: '{ $suggestion }'
msg-usage-tip-similar-value = sugerencia: existe un valor parecido: '{ $suggestion }'
msg-usage-tip-pass-as-value = sugerencia: para pasar '{ $arg }' como valor, use '-- { $arg }'
msg-usage-invalid-value = valor '{ $value }' no válido para '{ $arg }'
msg-usage-invalid-value-because = valor '{ $value }' no válido para '{ $arg }': { $reason }
msg-usage-value-required = '{ $arg }' necesita un valor, pero no se dio ninguno
msg-usage-possible-values = [valores posibles: { $values }]
msg-usage-unknown-subcommand = subcomando desconocido '{ $name }'
msg-usage-missing-required = faltan estos argumentos obligatorios:
msg-usage-missing-subcommand = '{ $name }' necesita un subcomando, pero no se dio ninguno
msg-usage-subcommands = [subcomandos: { $names }]
msg-usage-conflict = el argumento '{ $arg }' no se puede usar con '{ $other }'
msg-usage-conflict-many = el argumento '{ $arg }' no se puede usar con:
msg-usage-used-twice = el argumento '{ $arg }' solo se puede usar una vez
msg-usage-too-many-values = valor inesperado '{ $value }' para '{ $arg }'; no se esperaban más
msg-usage-more-info = Para más información, pruebe '{ $help }'.
