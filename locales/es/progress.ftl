# twin's words in Spanish: progress bars on a terminal.
# Every id here is in the same file of every language, with the same placeables.

## Pasos de una ejecución, mostrados en una terminal cuando un paso dura más de un segundo.

progress-loading = leyendo y comprobando { $count ->
    [one] el archivo
   *[other] { $count } archivos
}
progress-scoring = puntuando los pares
progress-reviewing = comparando el plan con el mejor plan
progress-pairs = buscando los pares elegibles
progress-round = ronda { $round }: { $pairs ->
    [one] { $pairs } par candidato
   *[other] { $pairs } pares candidatos
}
progress-stable = plan estable: { $pairs ->
    [one] { $pairs } par formado
   *[other] { $pairs } pares formados
}
progress-verify = comprobando el certificado de optimalidad
progress-left-out = buscando por qué hay grupos sin grupo hermano
progress-probe-all = --method fair, intento { $probe }: todos los pares
progress-probe = --method fair, intento { $probe }: pares con { $score } puntos o más
progress-probe-round = { $probe }, { $round }
