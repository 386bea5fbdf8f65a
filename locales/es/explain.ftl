# twin's words in Spanish: the texts of explain, review and match.
# Every id here is in the same file of every language, with the same placeables.

## twin explain ID_A ID_B: one pair, rule by rule and component by component

explain-eligible-yes = elegible: sí
explain-eligible-no = elegible: no
explain-same-country = mismo país: ambos están en { $code } ({ $country })
explain-no-common-language = ningún idioma en común: { $a } habla { $languages-a }; { $b } habla { $languages-b }
explain-already-twins-before = ya hermanados: { $a } y { $b } ya estuvieron hermanados (--history { $at })
explain-already-twins = ya hermanados: { $a } y { $b } figuran como un hermanamiento existente
explain-vetoed-at = vetado: el par figura en { $at } (--forbid)
explain-vetoed = vetado: el par { $a } – { $b } figura en un archivo --forbid
explain-no-capacity-one = capacidad 0: { $id } no busca grupo hermano
explain-no-capacity-both = capacidad 0: ni { $a } ni { $b } buscan grupo hermano
explain-kept = par acordado: figura en { $at } (--keep), así que siempre está en el plan
explain-history = historial: ya hermanados ({ $at }, --history); el par no se excluye, porque la regla de los hermanamientos existentes está desactivada
explain-score = puntuación: { $score } / 100
explain-score-if-eligible = puntuación si fuera elegible: { $score } / 100
explain-themes = temas (puntos: * = prioritario, { $priority } { $count ->
        [one] punto
       *[other] puntos
    }; los demás, 1 punto)
explain-shared = en común: { $list }
explain-share = parte de los puntos de temas de { $id }: { $shared } / { $total } = { $share }
explain-theme-overlap = coincidencia de temas (media de las partes): { $overlap }
explain-languages = idiomas
explain-language-overlap = coincidencia de idiomas: { $shared } en común / { $smaller } (la lista más corta) = { $overlap }
explain-formula = puntuación = 100 × (peso de los temas × coincidencia de temas + peso de los idiomas × coincidencia de idiomas) / (suma de los pesos)
explain-formula-points = = { $themes } (temas) + { $languages } (idiomas) = { $score }

## twin explain ID: where one group stands

explain-capacity = { $group }: capacidad { $capacity }
explain-partners = candidatos elegibles: { $eligible } de { $count ->
        [one] { $count } otro grupo
       *[other] los otros { $count } grupos
    }
explain-excluded-none = excluidos por las reglas: ninguno
explain-excluded = excluidos por las reglas (un grupo puede incumplir varias):
explain-kept-pairs = pares acordados (--keep): { $count } — { $list }
explain-forbidden-pairs = pares vetados (--forbid): { $count } — { $list }
explain-best-none = mejores candidatos: ninguno
explain-best = mejores candidatos:
explain-kept-mark = [acordado]
explain-best-shared = temas { $themes }; idiomas { $languages }
explain-hint-pair = (`twin explain ARCHIVOS… { $id } ID` explica un par;
explain-hint-match = `twin match ARCHIVOS… --group { $id }` muestra todos sus candidatos)

## twin review: the table, its summary and its verdict

review-header-line = línea
review-header-status = estado
review-unknown-side = { $id } (desconocido)
review-title = revisión de { $plan }: { $lines }; red de { $groups }
review-lines = { $count ->
        [one] { $count } línea
       *[other] { $count } líneas
    }
review-empty = El plan no contiene ningún par.
review-status-unknown-id = id desconocido { $id }
review-status-same-group = un grupo consigo mismo
review-status-repeated = repite la línea { $first }
review-status-forbidden = vetado
review-status-historical = ya hermanados
review-status-below-min = por debajo de --min-score
review-status-over-capacity = { $id } supera su capacidad ({ $pairs } para { $places })
review-status-ok = ok
review-status-ok-kept = ok, acordado
review-summary-plan = plan { $plan }: { $pairs }, puntuación total { $total }, mínima { $lowest }; { $twinned } de los { $seeking } que buscan un grupo hermano { $agree ->
        [one] está hermanado
       *[other] están hermanados
    }; { $used } de { $places } { $places ->
        [one] plaza usada
       *[other] plazas usadas
    }
review-over-capacity = por encima de la capacidad (pares/capacidad): { $list }
review-places-left = plazas libres (pares/capacidad): { $list }
review-and-more = … y { $count } más
review-best = mejor plan ({ $method }, mismas reglas, mismos pares acordados o vetados): { $pairs }, puntuación total { $total }, { $twinned } { $twinned ->
        [one] grupo hermanado
       *[other] grupos hermanados
    }; este plan tiene { $lost } puntos { $direction ->
        [less] menos
       *[more] más
    } ({ $percent } %)
review-blocking-none = pares bloqueantes: ninguno (no hay dos grupos que prefieran hermanarse entre sí)
review-blocking = pares bloqueantes: { $count } (dos grupos que preferirían hermanarse entre sí: cada uno tiene una plaza libre o un grupo hermano que le gusta menos)
review-more-blocking-all = … y { $count } más; --format json los muestra todos
review-more-blocking-best = … y { $count } más; --format json muestra los { $best } mejores
review-missed = sin grupo hermano aunque podrían haberlo tenido: { $count }
review-more-missed = … y { $count } más; --format json los muestra todos
review-changes-none = cambios individuales que mejoran la puntuación: ninguno
review-changes = cambios individuales que más mejoran la puntuación:
review-would-take = { $id } ({ $score }) lo aceptaría
review-best-twins-it = el mejor plan lo hermana con { $id } ({ $score })
review-add = añadir { $pair }
review-replace = { $group }: sustituir { $drop } ({ $drop-score }) por { $add } ({ $add-score })
review-exchange = intercambiar grupos hermanos: { $drop-a } y { $drop-b } pasan a ser { $add-a } y { $add-b }
review-problems = { $count ->
        [one] { $count } problema: aparece
       *[other] { $count } problemas: cada uno aparece
    } en la salida de errores, con su línea
review-at-line = línea { $line }: { $message }
review-cell-too-long = el texto «{ $start }…» tiene { $count } caracteres, más de los { $max } que admite una celda de Excel; twin no corta el texto: escriba CSV en su lugar (-o ARCHIVO.csv o --format csv)

## twin match: the notes on groups without a candidate

match-only-group = { $id } no tiene ningún candidato: { $why }
match-below-min = { $id } no tiene ningún candidato con una puntuación de al menos { $min }
match-no-eligible = { $id } no tiene ningún candidato elegible: { $rules }
match-more = … y { $count ->
        [one] { $count } grupo más no tiene
       *[other] { $count } grupos más no tienen
    } ningún candidato; `twin check` muestra todos los grupos sin candidato, con los motivos
