# twin's words in French: the texts of explain, review and match.
# Every id here is in the same file of every language, with the same placeables.
