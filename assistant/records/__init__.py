"""Company records: the model, the directory that loads and finds them (with its SQLite index),
the quote check and the record as text. May import io; never law, checklist, Qt or reportlab.
"""
