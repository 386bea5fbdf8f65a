# twin's words in Spanish: the HTML report for the board.
# Every id here is in the same file of every language, with the same placeables.

## Los títulos y etiquetas de la página

report-title = Plan de hermanamiento
report-made-by = Hecho con twin { $version } a partir de { $files }
report-figures = El plan en cifras
report-how = Cómo se hizo el plan
report-method = Método
report-weights = Pesos
report-priority-themes = Temas prioritarios
report-rules = Reglas
report-on = activada
report-off = desactivada
report-history = Planes anteriores (pares que no se vuelven a proponer)
report-map = Los pares en el mapa
report-charts = Gráficos
report-pair-cards = Los pares
report-shared-themes = Temas en común
report-shared-languages = Idiomas en común
report-none = ninguno
report-without-twin = Grupos sin grupo hermano
report-nobody-left-out = Todos los grupos que buscan un grupo hermano tienen uno.
report-no-pairs = El plan no tiene ningún par.
report-group = grupo
report-country = país
report-reason = motivo
report-map-source = Contornos de los países: Natural Earth (dominio público), simplificados.

## El plan en cifras: las palabras bajo cada cifra ($count es la cifra, para la concordancia)

report-figure-groups = { $count ->
    [one] grupo
   *[other] grupos
}
report-figure-seeking = { $count ->
    [one] busca un grupo hermano
   *[other] buscan un grupo hermano
}
report-figure-twinned = { $count ->
    [one] hermanado
   *[other] hermanados
}
report-figure-left-out = { $count ->
   *[other] sin grupo hermano
}
report-figure-pairs = { $count ->
    [one] par
   *[other] pares
}
report-figure-total = puntuación total
report-figure-mean = puntuación media
report-figure-lowest = puntuación mínima
report-no-score = ninguna

## Cómo se hizo el plan: el método (su nombre y lo que hace), los pesos, las reglas

report-method-optimal = óptimo
report-method-optimal-about = los pares elegibles con la mayor puntuación total, sin que ningún grupo esté en más pares que su capacidad (exacto)
report-method-most-pairs = óptimo, primero el máximo de pares
report-method-most-pairs-about = tantos pares como sea posible y, entre esos planes, la mayor puntuación total (exacto)
report-method-coverage = cobertura
report-method-coverage-about = primero el mayor número posible de grupos hermanados y, entre esos planes, la mayor puntuación total (exacto)
report-method-fair = equitativo
report-method-fair-about = primero el mayor número posible de grupos hermanados, luego la puntuación de par más baja lo más alta posible y, por último, la mayor puntuación total (exacto)
report-method-stable = estable
report-method-stable-about = primero el mejor par restante: no hay dos grupos que prefieran, ambos, hermanarse entre sí
report-weights-line = temas { $themes }, idiomas { $languages }; un tema prioritario cuenta { $priority } veces lo que otro
report-rule-different-country = los dos grupos están en países distintos
report-rule-common-language = comparten al menos un idioma
report-rule-not-twins = no están ya hermanados
report-rule-capacity = ambos tienen capacidad 1 o más (buscan un grupo hermano)

## El mapa y los gráficos: títulos, leyendas, textos alternativos (los leen los lectores de pantalla)

report-map-title = Mapa de los pares entre países
report-legend-groups = país con grupos
report-legend-line = pares entre dos países (más ancho: más pares)
report-inset = Europa
report-map-empty = Ningún par que dibujar.
report-map-desc = Pares entre países: { $list }.
report-map-link = { $a }–{ $b }: { $pairs }
report-map-more-links = y { $count ->
    [one] { $count } conexión más
   *[other] { $count } conexiones más
}
report-not-drawn = { $count ->
    [one] { $count } par sin dibujar
   *[other] { $count } pares sin dibujar
}: no hay contorno para { $countries }.
report-links-left = Se dibujan las { $drawn } conexiones con más pares; { $pairs } de { $links ->
    [one] otra conexión
   *[other] otras { $links } conexiones
} no { $count ->
    [one] se dibuja
   *[other] se dibujan
}.
report-scores-title = Puntuaciones de los pares
report-scores-axis = puntuación
report-scores-empty = Ningún par.
report-scores-desc = Pares por puntuación: { $list }.
report-chart-item = { $label }: { $pairs }
report-themes-title = Temas que comparten los pares
report-themes-series = pares
report-themes-empty = Ningún par comparte un tema.
report-themes-desc = Pares que comparten cada tema: { $list }.
report-countries-title = Grupos y pares por país
report-series-groups = grupos
report-series-pairs = pares (un par cuenta para sus dos países)
report-countries-desc = Por país: { $list }.
report-country-item = { $label }: { $groups }, { $pairs }
report-others = { $count ->
    [one] { $count } país más
   *[other] { $count } países más
}

## La ficha de un par

report-rank = n.º { $rank }
report-place = { $city }, { $country } · capacidad { $capacity }
report-place-no-city = { $country } · capacidad { $capacity }
report-part-themes = temas
report-part-languages = idiomas
report-part-score = puntuación
report-theme-part = puntos de tema en común: { $shared } de { $total_a } y { $shared } de { $total_b }, solapamiento { $overlap }
report-language-part = { $shared } de { $smaller } en común (la más corta de las dos listas), solapamiento { $overlap }
report-priority-legend = ★ tema prioritario
report-cards-capped = Se muestran los { $shown } primeros pares de { $total }; `twin assign … -o plan.xlsx` los muestra todos.
report-left-out-capped = Se listan los { $shown } primeros grupos de { $total }; `twin assign … -o plan.xlsx` los lista todos, con su motivo.
