# twin's words in Spanish: progress bars on a terminal.
# Every id here is in the same file of every language, with the same placeables.
