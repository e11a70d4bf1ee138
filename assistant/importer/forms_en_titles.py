"""English form names the other rules miss, where no name was found: a title in quotes that ends
in "request form" ('Please print out the "Personal information request form."'), and a titled
document the person submits ("when submitting a Request for Disclosure of Personal Information or
a Request for Correction, etc. of Personal Information": the disclosure's first), and a title on
its own line under "…the following application form (A)…" ("Personal Information Disclosure
Request"). A bare "request form" is no name (the record keeps that a form is required)."""
from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# A capitalised title in quotes, its last words "request form" / "application form".
_QUOTED = re.compile(r"[\"“]([A-Z][A-Za-z’' -]{2,60}? (?:request|application) form)\.?[\"”]")
# A titled document after a verb of handling papers: each word bounded, so the scan stays linear.
_SUBMITTED = re.compile(r"\b(?:submit(?:ting)?|complet(?:e|ing)|fill(?:ing)? (?:in|out)|print(?:ing)?(?: out)?|"
                        r"download(?:ing)?|enclos(?:e|ing)|send(?:ing)?) (?:a|the|your|our) "
                        r"((?:Request|Application) for(?: (?:[A-Z][\w’'-]{0,20}|of|and|the|etc\.,?)){1,10})")
# "… or a Request for Disclosure of …": a second title the same verb governs.
_OR_TITLE = re.compile(r",? or (?:a|the) ((?:Request|Application) for(?: (?:[A-Z][\w’'-]{0,20}|of|and|the|etc\.,?)){1,10})")
# "…fill out the following application form (A)…": the form's title follows on a line of its own.
_FOLLOWING = re.compile(r"\bfollowing (?:application |request )?form\b", re.I)
# "…for the relevant form (Personal information disclosure request, Personal information amendment
# request, …)": the titles the form's brackets list, each ending in what it is
_BRACKETED = re.compile(r"\bforms?\s?\(([^()]{5,240})\)")
_BRACKET_TITLE = re.compile(r"[A-Z][\w’' -]{3,60}? (?:request|form|application)", re.I)
# a title alone on its line: capitalised words (and of / for / and), ending in what it is
_TITLE_LINE = re.compile(r"(?:[A-Z][\w’'-]{0,20} |(?:of|for|and|the) ){1,8}(?:Request|Form|Application)(?: Form)?")


class EnglishFormTitleRules:
    """English form titles: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def english_form_titles(self) -> None:
        if self.proposal.values("form.name"):
            return
        names = []
        for s in self.region:
            if "orm" not in s.text and "Request for" not in s.text and "Application for" not in s.text:
                continue
            for m in islice(_QUOTED.finditer(s.text), 4):
                if not t.GENERIC_FORM_EN.fullmatch(m.group(1)) and not t.OTHER_FORM.search(m.group(1)):
                    names.append((m.group(1), s, m))
            for b in islice(_BRACKETED.finditer(s.text), 2):
                names += [(title.strip(), s, b) for title in b.group(1).split(",")[:6]
                          if _BRACKET_TITLE.fullmatch(title.strip()) and len(title.split()) >= 3]
            for m in islice(_SUBMITTED.finditer(s.text), 4):
                also = _OR_TITLE.match(s.text, m.end())
                for title in (m, also) if also else (m,):
                    name = t.FORM_NAME_EDGES.sub("", title.group(1).strip(" ,")).strip(" ,")
                    if len(name.split()) >= 3:  # "Request for Disclosure": more than the request's kind
                        names.append((name, s, title))
        for index, s in enumerate(self.region):
            if not names and _FOLLOWING.search(s.text):
                below = next((x for x in self.region[index + 1:index + 4]
                              if _TITLE_LINE.fullmatch(x.text.strip())), None)
                if below is not None and not t.OTHER_FORM.search(below.text):
                    names.append((below.text.strip(), below, _TITLE_LINE.search(below.text)))
        if names:
            # the disclosure request's form before the others, then the first named
            name, s, m = min(names, key=lambda n: not t.FOR_DISCLOSURE.search(n[0]))
            self.add("form.name", name, s, m)
