# twin's words in Spanish: problems found in the files twin reads (groups, pair lists, twin.toml).
# Every id here is in the same file of every language, with the same placeables.
