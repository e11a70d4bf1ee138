"""One request case and what it carries: the person's details, drafts, and after sending the case
store (SQLite), profiles and calendar export. May import checklist, law, records, io.
"""
