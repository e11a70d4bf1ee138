"""The import assistant: turn a company's privacy-policy text into a proposed company record.

Offline and rule-based (no network, no model): `source` reads a saved .txt/.html/.pdf safely into
plain text; `sentences` splits it with offsets; `extract` finds the request-procedure facts, each
with the verbatim sentence it came from; `record` writes the reviewed facts as a record YAML.
May import records and io (the record model, the quote check); never render, Qt or the network.
"""
