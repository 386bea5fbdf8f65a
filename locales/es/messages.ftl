# twin's words in Spanish: errors, warnings and notes (other than problems in input files).
# Every id here is in the same file of every language, with the same placeables.
