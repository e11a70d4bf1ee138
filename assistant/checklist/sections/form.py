"""1. Get the company's form (and contact the company first, where its policy asks for that)."""
from __future__ import annotations

from assistant.law.localized import Localized
from assistant.records.model import CompanyForm, is_known
from assistant.checklist.context import Context, sentence
from assistant.checklist.tree import Node, Note, Section, Step


def _how_to_get(form: CompanyForm) -> str:
    return {
        "download": "Download it from the company's website"
                    + (f" (file {form.file_name})" if form.file_name else "")
                    + (f": {form.url}" if is_known(form.url) else "; the policy gives no link"),
        "web-form": f"Ask for it through the company's web form: {form.url}" if is_known(form.url)
                    else "Ask for it through the company's web form",
        "mailed-by-company": "The company mails it to you after you contact it",
        "inquiry": "Ask the inquiry counter for it",
    }[form.get_it]


def section(ctx: Context) -> Section:
    c = ctx.company
    items: list[Node] = []
    if c.contact_first is not None:
        ways = "; ".join(ctx.ask_where())
        items.append(Step(text=sentence(f"Contact the company first ({c.contact_first.why}). {ways}"),
                          source="policy", quotes=c.contact_first.quote))
    if isinstance(c.form, CompanyForm):
        f = c.form
        need = "Use" if f.required else "You may use"
        items.append(Step(text=sentence(f"{need} the company's own form: “{f.name}”. {_how_to_get(f)}"),
                          source="policy", quotes=f.quote))
        if f.get_it == "download" and not is_known(f.url):
            ctx.unknown("the web address of the company's request form")
        items.append(Note(text="This program's letter goes with the form as a cover letter.",
                          source="general-practice"))
    elif ctx.law_only:
        ctx.unknown("whether the company has its own request form, and its fee")
        items.append(Step(text="The company may have its own form and fee: ask first (copy the "
                               "first-contact message and send it to the company). If it has no "
                               "form, this program's letter serves as the request.",
                          source="general-practice", warning=True))
    else:
        ctx.unknown("whether the company has its own request form")
        items.append(Step(text="The policy names no request form; ask whether the company has one. "
                               "This program's letter can serve as the request.",
                          source="general-practice", warning=True))
    return Section(key="form", title=Localized(en="Get the company's form"), layout="steps",
                   items=tuple(items))
