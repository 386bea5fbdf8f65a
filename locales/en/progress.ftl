# twin's words in English, the reference: progress bars on a terminal.
# Every id here is in the same file of every language, with the same placeables.
