# twin's words in Spanish: problems found reading the files twin reads (encodings, CSV, TOML, xlsx/xls/ods, pair lists).
# Every id here is in the same file of every language, with the same placeables.
