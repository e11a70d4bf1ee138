"""One builder per section of the checklist, in the order the person works through them.

Each takes the build's Context and returns its Section; what the policy leaves open and the
legal notes go to the Context, for the closing sections (closing.py)."""
