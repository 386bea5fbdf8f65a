# twin's words in Spanish: problems found reading the files twin reads (encodings, CSV, TOML, xlsx/xls/ods, pair lists).
# Every id here is in the same file of every language, with the same placeables.


## Tamaños en los límites: $count es un número entero, $size un número con un decimal (4,0).
input-size-bytes = { $count } bytes
input-size-mb = { $count } MB
input-size-gb = { $count } GB
input-size-gb-decimal = { $size } GB

## Los archivos que twin lee, y la entrada estándar.
input-unsupported-type = tipo de archivo no admitido: use .csv, .tsv, .toml, .xlsx, .xls u .ods (o - para CSV por la entrada estándar)
input-stdin-twice = la entrada estándar (-) solo se puede leer una vez

## Codificaciones.
input-read-as-bom = leído como { $encoding } (según su marca de orden de bytes)
input-read-as-guessed = leído como { $encoding } (no es UTF-8); use --encoding para elegir otra
input-encoding-unknown-close = codificación «{ $label }» desconocida para --encoding: ¿quiso decir «{ $close }»?
input-encoding-unknown = codificación «{ $label }» desconocida para --encoding: use una de estas: { $labels }
input-bad-bytes-utf8 = los bytes { $bytes } no son texto { $encoding } válido; ¿está el archivo en otra codificación? pruebe --encoding windows-1252
input-bad-bytes = los bytes { $bytes } no son texto { $encoding } válido; use --encoding para elegir otra codificación
input-nul-utf16 = el archivo contiene caracteres NUL, así que no es texto en { $encoding }: parece texto { $utf16 } sin marca de orden de bytes: léalo con --encoding { $label }
input-nul = el archivo contiene caracteres NUL, así que no es texto en { $encoding }: guarde la hoja de cálculo como CSV (UTF-8)
input-toml-not-utf8 = el archivo no es texto UTF-8; guárdelo como «CSV UTF-8» (Excel) o en UTF-8 (otros programas)

## Un libro o un archivo comprimido dado como CSV.
input-kind-ods = una hoja de cálculo OpenDocument (ods)
input-kind-xlsx = un libro de Excel (xlsx)
input-kind-xls = un libro de Excel 97-2003 (xls) u otro archivo de Office
input-kind-zip = un archivo zip
input-not-csv-workbook = esto es { $kind }, no texto CSV: cámbiele el nombre a .{ $ext } y twin lo leerá como hoja de cálculo
input-not-csv-archive = esto es { $kind }, no texto CSV: descomprímalo, o dé a twin el CSV, el TOML o la hoja de cálculo que contiene

## Texto CSV.
input-unclosed-quote = comillas sin cerrar a partir de aquí: un valor se abre con " y nunca se cierra, así que todo el resto del archivo sería un solo valor
input-field-too-long = un valor que empieza en esta línea supera los { $limit } bytes, el límite de twin para un valor; ¿faltan unas comillas, o este archivo no es una tabla de grupos?
input-row-too-long = la fila que empieza en esta línea supera los { $limit } bytes, el límite de twin para una fila; ¿faltan unas comillas, o este archivo no es una tabla de grupos?
input-too-many-rows = más de { $limit } grupos en un solo archivo, el límite de twin; divida el archivo
input-csv-unreadable = no se puede leer el CSV: { $why }
input-one-column-header = el encabezado es una sola columna «{ $header }» que contiene «{ $found }»: las columnas probablemente están separadas por { $found } (no por { $used }); corrija las comillas o pase --delimiter { $option }
input-csv-empty = el archivo está vacío: se esperaba una fila de encabezado (id, name, country, languages, themes, …)
input-csv-extra-values-hint = ¿le faltan comillas a un valor que contiene un separador?

## Encabezado y filas.
input-title-rows-skipped = se tomó la línea { $line } como encabezado; { $count ->
        [one] la fila de arriba se leyó como título y se omitió
       *[other] las { $count } filas de arriba se leyeron como título y se omitieron
    }
input-duplicate-column = las columnas «{ $first }» y «{ $second }» dan ambas la columna { $column }; conserve solo una
input-unknown-columns = { $count ->
        [one] se ignora la columna desconocida
       *[other] se ignoran las columnas desconocidas
    } { $columns }
input-extra-values = esta fila tiene { $values } valores, pero el encabezado tiene { $columns } { $columns ->
        [one] columna
       *[other] columnas
    }; { $hint }
input-cell-too-long = el valor supera los { $limit } bytes, el límite de twin para un valor
input-bad-cell = columna «{ $column }»: { $why }
input-missing-column = falta la columna obligatoria «{ $column }» (nombres aceptados: { $names })
input-missing-column-mapped = ; twin.toml asigna { $column } a «{ $name }» ([columns]), que este encabezado no tiene
input-missing-column-looks-like = ; la columna «{ $cell }» parece ser { $column }: asígnela con [columns] { $column } = "{ $cell }" en twin.toml
input-columns-unknown-key-close = columna `{ $key }` desconocida en [columns]: ¿quiso decir `{ $close }`? las claves son { $keys }
input-columns-unknown-key = columna `{ $key }` desconocida en [columns]: las claves son { $keys }

## Hojas de cálculo.
input-sheet-empty = la hoja está vacía: se esperaba una fila de encabezado (id, name, country, languages, themes, …)
input-sheet-extra-values-hint = ponga nombre a la columna de más en la fila de encabezado, o vacíe sus celdas
input-cell-error = la celda { $cell } contiene un error ({ $error })
input-cell-date = la celda { $cell } contiene una fecha u hora ({ $value }); twin espera texto o un número
input-cell-days = { $days } días
input-sheet-damaged = no se puede leer la hoja de cálculo: el archivo está dañado (el lector se detuvo: { $why }); ábralo en Excel o LibreOffice y vuelva a guardarlo
input-sheet-reader-bug = un error del lector
input-sheet-unreadable = no se puede leer la hoja de cálculo: { $why }
input-sheet-no-worksheet = no se puede leer la hoja de cálculo: el libro no tiene ninguna hoja de cálculo
input-sheet-unreadable-sheet = no se puede leer la hoja de cálculo: hoja «{ $sheet }»: { $why }
input-sheet-library-error = el archivo está dañado, o no es un libro ({ $why }); ábralo en Excel o LibreOffice y vuelva a guardarlo
input-sheet-file-empty = el archivo está vacío
input-sheet-is-text = esto es un archivo de texto, no un libro de Excel ni de OpenDocument; si contiene valores separados por comas o por punto y coma, cámbiele el nombre a .csv
input-sheet-not-workbook = no es un libro de Excel (.xlsx, .xlsm, .xls) ni de OpenDocument (.ods)
input-no-sheet-close = no hay ninguna hoja llamada «{ $sheet }»: ¿quiso decir «{ $close }»? (las hojas son { $sheets })
input-no-sheet = no hay ninguna hoja llamada «{ $sheet }» (las hojas son { $sheets })

## Los límites de un libro.
input-sheet-stray-cell = la celda { $cell } está muy lejos de la lista: el área usada sería de { $rows } filas × { $columns } columnas = { $cells } celdas, por encima del límite de twin de { $limit } celdas por hoja; borre el valor suelto y vuelva a guardar
input-sheet-too-much-text = las celdas contienen más de { $limit } de texto, el límite de twin (contando cada uso de una cadena compartida), en la celda { $cell }
input-sheet-too-many-sheets = el libro tiene más hojas que el límite de twin ({ $limit })
input-sheet-workbook-too-large = las hojas abarcan juntas más de { $limit } celdas, el límite de twin (en la hoja «{ $sheet }»)
input-zip-too-many-entries = el archivo comprimido contiene { $count } entradas, por encima del límite de twin de { $limit }; ¿es de verdad un libro?
input-zip-entry-declares-too-much = la entrada zip «{ $entry }» declara { $size } sin comprimir, por encima del límite de twin de { $limit } por entrada
input-zip-declares-too-much = las entradas del archivo comprimido declaran juntas { $size } sin comprimir, por encima del límite de twin de { $limit }
input-zip-inflates-too-much = el archivo comprimido se descomprime por encima del límite de twin de { $limit } (en la entrada zip «{ $entry }»), declare el tamaño que declare; ¿es de verdad un libro?
input-zip-entry-inflates-too-much = la entrada zip «{ $entry }» se descomprime por encima del límite de twin de { $limit } por entrada, declare el tamaño que declare; ¿es de verdad un libro?
input-zip-entry-problem = entrada zip «{ $entry }»: { $why }
input-zip-entry-lies = la entrada zip «{ $entry }» se descomprime por encima de los { $size } que declara: el archivo está dañado, o es una bomba zip
input-zip-loose-text = la parte contiene un tramo de más de { $limit } de texto fuera de toda celda; ¿es de verdad un libro?
input-zip-too-many-elements = la parte contiene más de { $limit } elementos XML, el límite de twin; ¿es de verdad un libro?
input-xlsx-strings-declared = la tabla de cadenas compartidas declara { $attribute }, por encima del límite de twin de { $limit } cadenas
input-xlsx-too-many-strings = la tabla de cadenas compartidas contiene más de { $limit } cadenas, el límite de twin
input-xlsx-cell-too-long = { $what } contiene más de { $limit } de texto, el límite de twin por celda
input-xlsx-shared-string = la cadena compartida { $number }
input-xlsx-cell = la celda { $cell }
input-xlsx-strings-too-much-text = las cadenas compartidas contienen más de { $limit } de texto, el límite de twin
input-ods-sheet-too-large = la hoja «{ $sheet }» abarca { $rows } filas × { $columns } columnas = { $cells } celdas (con las repeticiones), por encima del límite de twin de { $limit } celdas por hoja
input-ods-sheet-too-much-text = la hoja «{ $sheet }» contiene más de { $limit } de texto, el límite de twin (contando cada vez las celdas repetidas)
input-ods-xml-damaged = el XML está dañado ({ $why }): vuelva a guardar el archivo
input-ods-cell-too-long = hoja «{ $sheet }», fila { $row }: una celda contiene más de { $limit } de texto, el límite de twin por celda
input-ods-cut-short = el XML termina dentro de la hoja «{ $sheet }» (sin </table:table>): el archivo está cortado o dañado
input-ods-row-repeated = hoja «{ $sheet }», fila { $row }: una fila con valores se repite { $count } veces (table:number-rows-repeated), por encima del límite de twin de { $limit }; filas idénticas serían grupos idénticos
input-xls-ole-damaged = el archivo compuesto (contenedor OLE) está dañado: { $why }
input-xls-no-workbook-stream = el archivo no contiene ningún flujo Workbook: no es un libro de Excel
input-xls-stream-unreadable = no se puede leer el flujo Workbook: { $why }
input-xls-stream-too-large = el flujo Workbook supera el límite de twin de { $limit }
input-xls-workbook-too-much-text = las celdas contienen más de { $limit } de texto, el límite de twin (contando cada uso de una cadena compartida; en la hoja «{ $sheet }»)
input-xls-sheets-overlap = los registros BoundSheet de las hojas «{ $first }» y «{ $second }» apuntan a los mismos registros: el archivo está dañado
input-xls-too-many-continues = el registro { $record } en el byte { $offset } del flujo Workbook tiene más de { $limit } registros CONTINUE, el límite de twin
input-xls-boundsheet-cut = el registro BoundSheet en el byte { $offset } del flujo Workbook está cortado: el archivo está dañado
input-xls-sheet-number = hoja { $number }
input-xls-sheet-past-end = la hoja «{ $sheet }» empieza después del final del flujo Workbook (registro BoundSheet en el byte { $offset }): el archivo está dañado
input-xls-too-many-strings = la tabla de cadenas compartidas (registro SST) contiene más de { $limit } cadenas, el límite de twin
input-xls-sheet-too-large = hoja «{ $sheet }»: { $what } { $rows } filas × { $columns } columnas = { $cells } celdas, por encima del límite de twin de { $limit } celdas por hoja
input-xls-dimensions-declare = el registro DIMENSIONS (en el byte { $offset } del flujo Workbook) declara
input-xls-cells-span = sus celdas abarcan
input-xls-formulas-span = sus fórmulas abarcan
input-xls-dimensions-backwards = hoja «{ $sheet }»: el registro DIMENSIONS (en el byte { $offset } del flujo Workbook) declara las filas { $first-row } a { $last-row } y las columnas { $first-column } a { $last-column }, que terminan antes de empezar: el archivo está dañado
input-xls-sheet-too-much-text = hoja «{ $sheet }»: sus celdas contienen más de { $limit } de texto, el límite de twin (contando cada uso de una cadena compartida)

## Archivos TOML (perfiles y twin.toml).
input-toml-too-large = el archivo tiene { $size } bytes, por encima del límite de twin de { $limit } bytes para un archivo TOML (unos 180 000 grupos); guarde una red tan grande como CSV
input-toml-line-too-long = esta línea supera los { $limit } bytes, el límite de twin para una línea; ¿es un archivo de grupos?
input-toml-no-groups = no hay grupos: se esperaban tablas [[group]] con id, name, country, languages y themes
input-toml-value-too-long = el valor de `{ $key }` supera los { $limit } bytes, el límite de twin para un valor
input-toml-in-line = { $message }, en `{ $source }`
input-toml-unknown-key = clave desconocida `{ $key }`: las claves posibles aquí son { $keys }
input-toml-unknown-key-suggest = clave desconocida `{ $key }` — ¿quiso decir `{ $best }`? Las claves posibles aquí son { $keys }
input-toml-unknown-key-none = clave desconocida `{ $key }`: aquí no se admite ninguna clave
input-toml-missing-key = falta la clave `{ $key }`
input-toml-invalid-type = tipo incorrecto: { $found }; se esperaba { $expected }
input-toml-found-integer = número entero { $value }
input-toml-found-float = número decimal { $value }
input-toml-found-boolean = booleano { $value }
input-toml-found-string = texto { $value }
input-toml-found-array = lista
input-toml-found-table = tabla
input-toml-kind-string = un texto entre comillas
input-toml-kind-array = una lista [ … ]
input-toml-kind-table = una tabla
input-toml-kind-boolean = true o false
input-toml-kind-number = un número
input-toml-kind-integer = un número entero ({ $type })
input-toml-expected-scalar = se esperaba una cadena o un número entero
input-toml-expected-items = se esperaba una lista de cadenas, o una sola cadena
input-toml-syntax = { $what }; se esperaba { $expected }
input-toml-syntax-nothing = { $what }; no se esperaba nada aquí
input-toml-duplicate-key = clave repetida
input-toml-unclosed-array-table = lista de tablas sin cerrar
input-toml-unclosed-table = tabla sin cerrar
input-toml-unclosed-array = lista sin cerrar
input-toml-unclosed-inline-table = tabla en línea sin cerrar
input-toml-key-without-value = clave sin valor
input-toml-missing-value-for-key = falta el valor de la clave
input-toml-missing-value = falta un valor
input-toml-extra-equals = `=` de más
input-toml-invalid-basic-string = cadena entre comillas dobles no válida
input-toml-invalid-literal-string = cadena entre comillas simples no válida
input-toml-invalid-string = cadena no válida
input-toml-invalid-multiline-basic-string = cadena multilínea entre comillas dobles no válida
input-toml-invalid-multiline-literal-string = cadena multilínea entre comillas simples no válida
input-toml-unquoted-string = los valores de texto deben ir entre comillas
input-toml-empty-key = una clave sin comillas no puede estar vacía
input-toml-invalid-key = clave no válida
input-toml-invalid-unquoted-key = clave sin comillas no válida
input-toml-extra-comma = coma de más en la lista
input-toml-missing-comma = falta una coma entre los elementos de la lista
input-toml-missing-comma-pairs = falta una coma entre los pares clave-valor
input-toml-unexpected-key-or-value = clave o valor inesperados
input-toml-unexpected-content = contenido inesperado
input-toml-invalid-boolean = booleano no válido
input-toml-invalid-float = número decimal no válido
input-toml-invalid-integer = número entero no válido
input-toml-invalid-table = tabla no válida
## Lo que el analizador esperaba, tras «se esperaba»: son alternativas (una de ellas), así que van en singular y con artículo: «se esperaba una letra, un dígito, `-`, `_`».
input-toml-expected-newline = un salto de línea
input-toml-expected-letters = una letra
input-toml-expected-numbers = un dígito
input-toml-expected-value = un valor
input-toml-expected-literal-string = una cadena entre comillas simples

## Listas de pares (--history, --keep, --forbid, un plan releído). $role es history, keep, forbid o plan.
input-pairs-empty = { $role ->
        [history] el archivo de historial está vacío
        [keep] el archivo de pares acordados está vacío
        [forbid] el archivo de pares vetados está vacío
       *[plan] el plan está vacío
    }: se esperaba un encabezado con id_a e id_b
input-pairs-no-columns = { $role ->
        [history] un archivo de historial
        [keep] un archivo de pares acordados
        [forbid] un archivo de pares vetados
       *[plan] un plan
    } necesita las columnas id_a e id_b (como en la salida CSV de twin): no es una lista de pares
input-pairs-missing-id = falta id_a o id_b
input-pairs-self = el grupo «{ $id }» está hermanado consigo mismo
