"""The checklist: what one person needs for one request to one company, as one ordered tree.

tree.py holds the data (sections → items, each with its source); build.py and sections/ build
it from a company record and the law data. Imports the record and law models only: no YAML, no
reportlab, no Qt. The renderers (checklist_text, render/checklist_pdf) and the wizard read it.
"""
from assistant.checklist.tree import (
    Address, Alternative, Check, Checklist, DateItem, Document, DocumentGroup, Either, Enclosure,
    Envelope, Fee, Instruction, Item, Node, Note, Section, Source, Step, Unknown,
)

# Earlier names, kept for callers written before the tree.
Line = Node
DocumentNeed = DocumentGroup
DocumentChoice = Document
Deadline = DateItem

__all__ = [
    "Address", "Alternative", "Check", "Checklist", "DateItem", "Deadline", "Document", "DocumentChoice",
    "DocumentGroup", "DocumentNeed", "Either", "Enclosure", "Envelope", "Fee", "Instruction", "Item", "Line",
    "Node", "Note", "Section", "Source", "Step", "Unknown",
]
