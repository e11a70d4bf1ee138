"""Disclosure Request Assistant: APPI requests to a company, from the checklist to the follow-ups.

Packages by what they hold, lowest first: io, records, law, checklist, case, followup, render,
importer; then the facade and tracker, and the front ends cli and ui (see README "Layout").
"""
