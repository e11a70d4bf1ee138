"""The sections around the steps: warnings above them; after them the company's usual reasons
for refusing, the facts its policy leaves open (with how to ask), and the legal notes."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.checklist.context import Context
from assistant.checklist.tree import Note, Section


def note_unlisted_kind(ctx: Context) -> None:
    """A request the policy does not list is still the person's right: say so, with the article."""
    if ctx.kind in ctx.company.request_kinds:
        return
    unlisted, article = ctx.law.unlisted_kind, ctx.kind_law.article
    if ctx.law_only:  # no policy to be silent: the right itself, from the law
        ctx.legal.append(Note(text=f"This request is your right under APPI {article}; under Art. 37 "
                                   "the company may set how requests are made (its form, the "
                                   "documents), so ask it first.",
                              source="law", article=article, quotes=unlisted.quote))
        return
    ctx.legal.append(Note(text=f"{unlisted.text.rstrip('.')} ({article}).", source="law",
                          article=article, quotes=unlisted.quote, warning=True))


def alerts(ctx: Context) -> Section:
    """The legal notes that are warnings, shown before everything else."""
    return Section(key="alerts", title=Localized(en="Warnings"), layout="banner",
                   items=tuple(n for n in ctx.legal if n.warning))


def refusal_grounds(ctx: Context) -> Section:
    return Section(key="refusal-grounds",
                   title=Localized(en="Usual reasons this company refuses a request"),
                   short_title=Localized(en="Why this company may refuse"), layout="list",
                   items=tuple(Note(text=g.ground, source="policy", quotes=g.quote)
                               for g in ctx.company.refusal_grounds if ctx.concerns(g)))


def unknowns(ctx: Context) -> Section:
    if ctx.law_only:
        return Section(key="unknowns", title=Localized(en="Not known for this company: ask it"),
                       short_title=Localized(en="Not known: ask"), layout="list",
                       items=tuple(ctx.unknowns))
    return Section(key="unknowns", title=Localized(en="Not stated in the policy: ask the company"),
                   short_title=Localized(en="Not stated in the policy: ask"), layout="list",
                   items=tuple(ctx.unknowns))


def legal_notes(ctx: Context) -> Section:
    return Section(key="legal-notes", title=Localized(en="Legal notes"),
                   caveat=Localized(en="information, not legal advice"), layout="list",
                   items=tuple(n for n in ctx.legal if not n.warning))
