# twin's words in English, the reference: problems in the groups' profiles (ids, countries, themes, languages, capacities, twins) and in twin.toml's values.
# Every id here is in the same file of every language, with the same placeables.
