"""The law's side and the words: law data and labels (law.yaml, labels.yaml), letter wording,
Text per language, business-day deadlines, era dates. May import records and io.
"""
