"""1. Get the company's form (and contact the company first, where its policy asks for that)."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.law.letter_forms import GENERIC
from assistant.records.model import CompanyForm, is_known
from assistant.checklist.context import Context
from assistant.checklist.tree import Node, Note, Section, Step


def _how_to_get(ctx: Context, form: CompanyForm) -> Localized:
    """Each way the policy offers, the first named first: 「…ダウンロードする。または、…」."""
    ways = [_one_way(ctx, form, way) for way in form.ways] or [ctx.say("form.get_unknown")]
    how = ways[0]
    for other in ways[1:]:
        how = ctx.say("form.or_else", first=how, other=other)
    return how


def _one_way(ctx: Context, form: CompanyForm, way: str) -> Localized:
    say = ctx.say
    if way == "download":
        return say("form.download",
                   file=say("form.download_file", file=form.file_name) if form.file_name else "",
                   link=say("form.download_link", url=form.url) if is_known(form.url)
                   else say("form.download_no_link"))
    if way == "web-form":
        return say("form.web_form_url", url=form.url) if is_known(form.url) else say("form.web_form")
    return say({"mailed-by-company": "form.mailed", "inquiry": "form.inquiry"}[way])


def section(ctx: Context) -> Section:
    c, w = ctx.company, ctx.words
    items: list[Node] = []
    if c.contact_first is not None:
        ways = w.join("sep.ways", list(ctx.ask_where()))
        items.append(Step(text=w.sentence(ctx.say("form.contact_first", why=ctx.record(c.contact_first.why, "contact_why"),
                                                  ways=ways)),
                          source="policy", quotes=c.contact_first.quote))
    if (f := c.form_for(ctx.kind)) is not None:
        need = "form.use" if f.required else "form.may_use"
        if GENERIC.fullmatch(f.name.strip()):  # 「所定の請求書」: the policy gives the form no name
            need += "_unnamed"
        items.append(Step(text=w.sentence(ctx.say(need, name=f.name, how=_how_to_get(ctx, f))),
                          source="policy", quotes=f.quote))
        if "download" in f.ways and not is_known(f.url):
            ctx.unknown("form_url")
        items.append(Note(text=ctx.say("form.cover_letter"), source="general-practice"))
    elif forms := c.forms:
        ctx.unknown("form")  # forms for other requests, none for this one
        names = w.each(lambda lang: w.template(lang, "sep.parts").join(
            w.format(lang, "form.name_quoted", name=f.name) for f in forms))
        items.append(Step(text=w.sentence(ctx.say("form.none_for_kind", forms=names)), source="policy",
                          quotes=tuple(q for f in forms for q in f.quote), warning=True))
    elif ctx.law_only:
        ctx.unknown("form_and_fee")
        items.append(Step(text=ctx.say("form.law_only"), source="general-practice", warning=True))
    else:
        ctx.unknown("form")
        items.append(Step(text=ctx.say("form.none"), source="general-practice", warning=True))
    return Section(key="form", title=ctx.say("section.form"), layout="steps", items=tuple(items))
