# twin's words in French: the HTML report for the board.
# Every id here is in the same file of every language, with the same placeables.
