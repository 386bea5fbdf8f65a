# twin's words in Spanish: the xlsx workbook: sheet names, headers and its summary sheet.
# Every id here is in the same file of every language, with the same placeables.

## Nombres de las hojas.

workbook-sheet-pairs = pares
workbook-sheet-groups = grupos
workbook-sheet-summary = resumen

## Encabezados de la hoja de pares (o de grupos), en el orden del CSV.

workbook-header-rank = puesto
workbook-header-score = puntuación
workbook-header-id-a = identificador A
workbook-header-name-a = nombre A
workbook-header-country-a = país A
workbook-header-id-b = identificador B
workbook-header-name-b = nombre B
workbook-header-country-b = país B
workbook-header-shared-themes = temas compartidos
workbook-header-shared-languages = idiomas compartidos

## Hoja «resumen».

workbook-figure = dato
workbook-value = valor
workbook-method = método
workbook-pairs = pares
workbook-groups-seeking = grupos que buscan un grupo hermano
workbook-groups-twinned = grupos hermanados
workbook-groups-without-twin = grupos sin grupo hermano
workbook-places-unfilled = plazas sin cubrir
workbook-total-score = puntuación total
workbook-mean-score = puntuación media
workbook-lowest-score = puntuación mínima
workbook-name = nombre
workbook-country = país
workbook-reason = motivo

## Problemas al escribir el libro.

workbook-too-many-rows = { $count ->
    [one] { $count } par no cabe en una hoja de Excel (como máximo { $max }); acote la lista (--top, --min-score) o use --format csv
   *[other] { $count } pares no caben en una hoja de Excel (como máximo { $max }); acote la lista (--top, --min-score) o use --format csv
}
workbook-cannot-write = no se puede escribir el libro xlsx: { $error }
workbook-place-pair = par { $rank } (hoja «{ $sheet }», fila { $row }), columna «{ $column }»
workbook-place-left-out = el grupo «{ $id }», sin grupo hermano (hoja «{ $sheet }»), columna «{ $column }»
workbook-cell-too-long = { $place }: el texto «{ $start }…» tiene { $units } caracteres, más de los { $max } que admite una celda de Excel; twin no corta el texto: use CSV en su lugar (-o ARCHIVO.csv o --format csv)

## Libro de una revisión (twin review --format xlsx)

workbook-review-line = línea
workbook-review-eligible = elegible
workbook-review-broken-rules = reglas incumplidas
workbook-review-kept = acordado
workbook-review-locked-out = excluido por
workbook-review-problems = problemas
workbook-review-id = identificador
workbook-review-capacity = capacidad
workbook-review-used = plazas usadas
workbook-yes = sí
workbook-no = no
# Se lee tras el encabezado «excluido por»: el nombre de la lista que excluye el par y su línea.
workbook-review-forbidden-at = pares vetados { $place }
workbook-review-history-at = historial { $place }
