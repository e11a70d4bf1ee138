"""PDF rendering with reportlab: the letter, the checklist, the follow-ups, fonts and pages.
May import case, checklist, followup, law, records, io; never Qt.
"""
