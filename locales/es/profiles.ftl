# twin's words in Spanish: problems in the groups' profiles (ids, countries, themes, languages, capacities, twins) and in twin.toml's values.
# Every id here is in the same file of every language, with the same placeables.

## Valores que las tablas de referencia no conocen. $kind es `country`, `language` o `theme`
## (un selector, nunca se muestra); $value es el texto tal como se escribió; $where es uno de
## los mensajes profile-where-*; $names las sugerencias (profile-suggestion…, unidas con
## profile-or).

profile-unknown =
    { $kind ->
        [country] país desconocido
        [language] idioma desconocido
       *[theme] tema desconocido
    } «{ $value }» { $where }
profile-unknown-suggest =
    { $kind ->
        [country] país desconocido
        [language] idioma desconocido
       *[theme] tema desconocido
    } «{ $value }» { $where } — ¿quiso decir { $names }?
profile-ambiguous =
    { $kind ->
        [country] país ambiguo
        [language] idioma ambiguo
       *[theme] tema ambiguo
    } «{ $value }» { $where }: puede ser { $codes }; escriba el código
# Una entrada sugerida: su nombre en el idioma de la ejecución y su código (o el identificador del tema).
profile-suggestion = «{ $name }» ({ $code })
# Una entrada sugerida cuyo nombre es el código.
profile-suggestion-code = «{ $code }»
profile-or = { " o " }
profile-where-column = en la columna «{ $column }»
profile-where-column-part = en la columna «{ $column }» (parte de «{ $whole }»; '/' se lee como separador de lista)
profile-where-priority-themes = en `priority_themes`
profile-more-unknown =
    … y { $kind ->
        [country] { $count ->
            [one] { $count } país desconocido más
           *[other] { $count } países desconocidos más
        }
        [language] { $count ->
            [one] { $count } idioma desconocido más
           *[other] { $count } idiomas desconocidos más
        }
       *[theme] { $count ->
            [one] { $count } tema desconocido más
           *[other] { $count } temas desconocidos más
        }
    } en la columna «{ $column }»

## Las celdas de un grupo. $field es el nombre canónico de la columna (id, name, country,
## languages, themes, capacity), $column el encabezado tal como lo escribe el archivo.

profile-capacity-invalid = capacidad «{ $value }» no válida en la columna «{ $column }»: se esperaba un número entero ≥ 0 (cuántos grupos hermanos busca ahora el grupo; 0 = sin buscar grupo hermano)
profile-not-a-list = `{ $field }` debe ser un solo valor, no una lista
profile-missing =
    { $field ->
        [id] falta el identificador
        [name] falta el nombre
        [country] falta el país
       *[other] falta el valor de { $field }
    }: la columna «{ $column }» está vacía
profile-missing-list =
    { $field ->
        [languages] faltan los idiomas
        [themes] faltan los temas
       *[other] falta el valor de { $field }
    }: la columna «{ $column }» necesita al menos un valor (separe varios con ';')

## Identificadores y hermanamientos. $first y $at son lugares de los archivos («groups.csv:12»).

profile-duplicate-id = identificador «{ $id }» duplicado (usado antes en { $first }); los identificadores deben ser únicos en todos los archivos
profile-twin-itself = el grupo «{ $id }» se incluye a sí mismo en `twins`; se ignora
profile-twin-unknown = el grupo hermano «{ $twin }» del grupo «{ $id }» no está en los datos; se ignora
profile-twin-unknown-more =
    { $count ->
        [one] … y { $count } grupo hermano más del grupo «{ $id }» que no está en los datos; se ignora
       *[other] … y { $count } grupos hermanos más del grupo «{ $id }» que no están en los datos; se ignoran
    }
# $chars: puntos de código como «U+200B, U+200C».
profile-id-invisible = el identificador «{ $id }» solo se diferencia de «{ $other }» ({ $at }) por caracteres invisibles ({ $chars }): ambos se ven como «{ $visible }»; elimínelos (o dé a los grupos identificadores distintos)
profile-id-look-alike = el identificador «{ $id }» se parece a «{ $other }» ({ $at }) pero es otro identificador (caracteres propios de «{ $id }»: { $id_chars }; de «{ $other }»: { $other_chars }); si son un mismo grupo, escriba el identificador de la misma forma
profile-no-other-character = ninguno

## La lista de temas (la integrada más los [[themes]] de twin.toml).

profile-theme-table-builtin = lista de temas integrada: { $error }
profile-too-many-themes =
    { $count ->
        [one] { $count } tema definido
       *[other] { $count } temas definidos
    }; twin admite como máximo { $max }
profile-theme-empty = tema n.º { $number }: `id` y `en` no pueden estar vacíos
profile-theme-twice = el identificador de tema «{ $id }» está definido dos veces (temas n.º { $first } y n.º { $second })
profile-theme-name-shared = el nombre de tema «{ $name }» lo usan varios temas: { $ids }

## Los valores de twin.toml. $key es una clave tal como la escribe twin.toml (weights.themes);
## $min, $max y $value son números tal como los escribe TOML (nunca se traducen: 0.5, 1e-11).

settings-too-large = el archivo de configuración supera los { $bytes } bytes, el límite de twin para este archivo; ¿es el archivo correcto?
settings-not-utf8 = el archivo de configuración no es texto UTF-8; guárdelo como UTF-8
settings-weight-out-of-range = `{ $key }` debe ser un número de { $min } a { $max }, no { $value }; solo importa la proporción entre los dos pesos, así que reduzca ambos
settings-priority-out-of-range = `{ $key }` debe ser un número de { $min } a { $max }, no { $value }; fuera de ese intervalo, el cálculo de la puntuación se desborda o pierde las centésimas
settings-weights-both-zero = `weights.themes` y `weights.languages` no pueden ser 0 a la vez
settings-per-group-too-small = `match.per_group` debe ser ≥ 1, no { $value }
settings-column-no-header = `columns.{ $key }` no indica ningún encabezado
settings-column-mapped-twice = `columns.{ $key }`: «{ $header }» ya está asignado a otra columna
settings-lang-unknown = lang = "{ $value }" no es un idioma de twin: use "en", "fr" o "es"
# Un valor del tipo equivocado: $expected es boolean, number, integer, text, list o table
# (un selector); $source es la línea de twin.toml.
settings-wrong-type =
    `{ $key }` debe ser { $expected ->
        [boolean] true o false
        [number] un número
        [integer] un número entero
        [text] un texto entre comillas
        [list] una lista entre corchetes
       *[table] una tabla
    }, en `{ $source }`
settings-missing-key = falta la clave `{ $key }` en `{ $source }`
# $keys: las claves que acepta la tabla, como `lang`, `weights`, …
# Valores de la nota que lista lo que cambia ./twin.toml («themes 0 adicionales → 2 adicionales»).
settings-changed-extra =
    { $count ->
        [one] { $count } adicional
       *[other] { $count } adicionales
    }
settings-changed-mapped =
    { $count ->
        [one] { $count } asignada
       *[other] { $count } asignadas
    }
