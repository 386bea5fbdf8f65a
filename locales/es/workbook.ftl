# twin's words in Spanish: the xlsx workbook: sheet names, headers and its summary sheet.
# Every id here is in the same file of every language, with the same placeables.
