"""The sections around the steps: warnings above them; after them the company's usual reasons
for refusing, the facts its policy leaves open (with how to ask), and the legal notes."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.law.model import LawText
from assistant.records.model import is_known
from assistant.checklist.context import Context
from assistant.checklist.tree import Note, Section


def note_unlisted_kind(ctx: Context) -> None:
    """A request the policy does not list is still the person's right: say so, with the article."""
    if ctx.kind in ctx.company.request_kinds:
        return
    unlisted, article = ctx.law.unlisted_kind, ctx.kind_law.article
    if ctx.law_only:  # no policy to be silent: the right itself, from the law
        ctx.legal.append(Note(text=ctx.say("closing.law_only_right", act=ctx.words.article(article),
                                           procedure=ctx.words.article("Art. 37", short=True)),
                              source="law", article=article, quotes=unlisted.quote))
        return
    text = ctx.words.each(lambda lang: ctx.words.format(
        lang, "closing.unlisted", text=unlisted.words.text(lang).rstrip(".。"),
        article=ctx.words.article(article, short=True)))
    ctx.legal.append(Note(text=text, source="law", article=article, quotes=unlisted.quote,
                          warning=True))


def alerts(ctx: Context) -> Section:
    """The legal notes that are warnings, shown before everything else; and a policy old enough to
    name an old address or fee (general practice)."""
    return Section(key="alerts", title=ctx.say("section.alerts"), layout="banner",
                   items=_public_body(ctx) + tuple(n for n in ctx.legal if n.warning) + _elsewhere(ctx) + _old_policy(ctx)
                   + _short_term(ctx))


def _public_body(ctx: Context) -> tuple[Note, ...]:
    """A public body's page: its procedure runs under other articles than this checklist's (Art. 76 on)."""
    rule = ctx.law.public_body_procedure
    return _policy_words(ctx, "public_body", "closing.public_body", rule, rule.words)


def _policy_words(ctx: Context, fact: str, key: str, rule: LawText, text: Localized) -> tuple[Note, ...]:
    """A warning the policy's own words call for (a fact of the record's policy part), with the law
    that answers them."""
    policy = ctx.company.policy
    found = getattr(policy, fact) if policy is not None else None
    if found is None:
        return ()
    return (Note(text=ctx.say(key, text=text, act=ctx.words.article(rule.article)),
                 source="policy", quotes=found.quote, warning=True),)


def _elsewhere(ctx: Context) -> tuple[Note, ...]:
    """A policy that gives its procedure on another page: open it and follow it (Art. 37(1))."""
    rule = ctx.law.set_procedure
    return _policy_words(ctx, "procedure_elsewhere", "closing.elsewhere", rule, rule.words)


def _short_term(ctx: Context) -> tuple[Note, ...]:
    """A policy that still excludes data kept six months or less: its words, and the law since 2022."""
    rule = ctx.law.short_term_data
    return _policy_words(ctx, "short_term_excluded", "closing.short_term", rule, ctx.unstopped(rule.words))


def _old_policy(ctx: Context) -> tuple[Note, ...]:
    policy, rule = ctx.company.policy, ctx.law.old_policy
    revised = policy.revised if policy is not None and is_known(policy.revised) else None
    if revised is None or (ctx.today - revised).days < (rule.days or 0):
        return ()
    years = ctx.today.year - revised.year - ((ctx.today.month, ctx.today.day) < (revised.month, revised.day))
    return (Note(text=ctx.say("closing.old_policy", revised=ctx.words.day(revised, "date.short"), years=years,
                              text=rule.words), source="general-practice", quotes=rule.quote, warning=True),)


def refusal_grounds(ctx: Context) -> Section:
    # grounds one sentence states together (「…要件を満たしていない場合や、…不当と認められた場合は」):
    # one line with that sentence, not the same quote twice
    joined: dict[tuple[str, ...], list[str]] = {}
    for g in ctx.company.refusal_grounds:
        if ctx.concerns(g):
            joined.setdefault(g.quote, []).append(g.ground)
    return Section(key="refusal-grounds",
                   title=ctx.say("section.refusal"),
                   short_title=ctx.say("section.refusal_short"), layout="list",
                   items=tuple(Note(text=ctx.own_words("; ".join(grounds), quote), source="policy",
                                    quotes=quote)
                               for quote, grounds in joined.items()))


def unknowns(ctx: Context) -> Section:
    if ctx.law_only:
        return Section(key="unknowns", title=ctx.say("section.unknowns_law_only"),
                       short_title=ctx.say("section.unknowns_law_only_short"), layout="list",
                       items=tuple(ctx.unknowns))
    return Section(key="unknowns", title=ctx.say("section.unknowns"),
                   short_title=ctx.say("section.unknowns_short"), layout="list",
                   items=tuple(ctx.unknowns))


def legal_notes(ctx: Context) -> Section:
    return Section(key="legal-notes", title=ctx.say("section.legal"),
                   caveat=ctx.say("section.legal_caveat"), layout="list",
                   items=tuple(n for n in ctx.legal if not n.warning))


def note_kind_law(ctx: Context) -> None:
    """What the Act says the request covers (third-party records: which provisions are recorded)."""
    for note in ctx.kind_law.notes:
        ctx.legal.append(Note(text=note.words, source="law", article=note.article, quotes=note.quote))
