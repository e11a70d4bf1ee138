"""What exactly does this company need? (company, request kind, requester kind, options) → Checklist.

A pure function over the record, the law data and the labels: no I/O, no Qt, no reportlab. The
wizard, the PDFs and the CLI all call it, so they all say the same.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from . import deadlines
from .checklist import (
    Checklist, Deadline, DocumentChoice, DocumentNeed, Envelope, Fee, Line, Step, Unknown,
)
from .law import Labels, Law
from .model import (
    Address, Channels, Company, CompanyForm, Contact, DocumentGroup, Documents, RequestKind,
    RequesterKind, SameAs, TimeLimit, is_known,
)


@dataclass(frozen=True)
class Options:
    """What the user tells us beyond company and kinds."""

    sent_on: date | None = None
    arrived_on: date | None = None  # from the delivery record, when known


def _applies(kinds: object, kind: RequestKind) -> bool:
    return kinds == "all" or kind in kinds  # type: ignore[operator]


def long_date(day: date) -> str:
    """'Thursday 14 May 2026 (2026-05-14)': unambiguous read aloud and on paper."""
    return f"{day:%A} {day.day} {day:%B %Y} ({day.isoformat()})"


def _sentence(text: str) -> str:
    """End with a full stop, unless the text ends in a web or e-mail address (copied as is)."""
    last = text.rsplit(" ", 1)[-1]
    return text if text.endswith(".") or "://" in last or "@" in last else text + "."


def _yen(amount: int) -> str:
    return f"{amount:,} yen"


class _Builder:
    """Collects the checklist's parts; one instance per build."""

    def __init__(self, company: Company, kind: RequestKind, requester: RequesterKind,
                 options: Options, law: Law, labels: Labels):
        self.c, self.kind, self.requester = company, kind, requester
        self.options, self.law, self.labels = options, law, labels
        self.unknowns: list[Unknown] = []
        self.legal: list[Line] = []

    # -- helpers ------------------------------------------------------------------------------
    def ask_where(self) -> tuple[str, ...]:
        """How to ask the company about something its policy leaves open."""
        ways: list[str] = []
        inquiries, send_to = self.c.inquiries, self.c.send_to
        if isinstance(inquiries, Contact):
            ways += [f"{how}: {where}" for how, where in inquiries.ways_to_ask()]
            if not ways and is_known(inquiries.department):
                ways.append(f"ask {inquiries.department}")
        if isinstance(send_to, Address) and not ways:
            ways.append("post: " + ", ".join(send_to.lines))
        return tuple(ways) or ("the policy names no contact; ask the company's general inquiry desk",)

    def unknown(self, what: str) -> None:
        self.unknowns.append(Unknown(what=what, ask=self.ask_where()))

    def rules_for(self, when: str, skip: Iterable[str] = ()) -> list[Line]:
        """The general rules for this situation, except those whose ids are in skip."""
        marking = self.law.request_kinds[self.kind].envelope_marking
        return [Line(text=r.en.format(marking=marking), text_ja=r.ja.format(marking=marking),
                     source=r.source, quote=r.quote)
                for r in self.law.rules if r.when == when and r.id not in skip]

    # -- documents ----------------------------------------------------------------------------
    @staticmethod
    def resolve(docs: Documents, kind: RequesterKind) -> tuple[DocumentGroup, ...] | str | None:
        """The groups for a requester kind, following same_as; 'unknown' or None if not given."""
        entry = docs.for_kind(kind)
        extra: tuple[DocumentGroup, ...] = ()
        while isinstance(entry, SameAs):
            extra = entry.plus + extra
            entry = docs.for_kind(entry.same_as)
        if entry is None or entry == "unknown":
            return entry
        return tuple(entry) + extra

    def need(self, group: DocumentGroup) -> DocumentNeed:
        conditions = self.labels.conditions
        choices = []
        for doc in group.one_of:
            label = self.labels.documents[doc.kind]
            own = [Line(text=conditions[c].en, text_ja=conditions[c].ja, quote=group.quote)
                   for c in doc.conditions if c not in group.conditions]
            choices.append(DocumentChoice(
                kind=doc.kind, name=label.en, name_ja=label.ja, note=doc.note,
                instructions=tuple(own + self.rules_for(f"document:{doc.kind}"))))
        shared = tuple(Line(text=conditions[c].en, text_ja=conditions[c].ja, quote=group.quote)
                       for c in group.conditions)
        whose = "" if group.whose == "person" else " (representative)"
        label = (group.label or "document") + whose
        return DocumentNeed(label=label, whose=group.whose, choices=tuple(choices),
                            instructions=shared, quote=group.quote)

    def documents(self) -> tuple[tuple[DocumentNeed, ...], list[Line]]:
        lines: list[Line] = []
        general = self.law.general_documents
        docs = self.c.documents
        if not isinstance(docs, Documents):
            self.unknown("which identity documents to send")
            lines.append(Line(text="The policy lists no documents. " + general.text,
                              source="general", quote=general.quote, warning=True))
            return (), lines
        if docs.listed_on_form is not None:
            lines.append(Line(text="Send the identity documents the company's request form lists.",
                              quote=docs.listed_on_form.quote))
        person = self.resolve(docs, "self")
        if not isinstance(person, tuple):
            if docs.listed_on_form is None:
                self.unknown("which identity documents to send")
            lines.append(Line(text="The policy itself lists no documents. " + general.text,
                              source="general", quote=general.quote, warning=True))
            person = ()
        needs = [self.need(g) for g in person]
        if self.requester != "self":
            kind: RequesterKind = self.requester
            rep = self.resolve(docs, kind)
            if rep is None and kind == "lawyer":
                lines.append(Line(
                    text="The policy says nothing specific about lawyers; a lawyer acting for the "
                         "person is an appointed agent, so the agent's documents are listed. Ask "
                         "whether the company needs anything else (e.g. proof of registration).",
                    source="program", warning=True))
                kind = "agent"
                rep = self.resolve(docs, kind)
            if not isinstance(rep, tuple):
                who = self.labels.requester_kinds[self.requester].en.lower()
                self.unknown(f"what a {who} must send to show they may act for the person")
                lines.append(Line(
                    text="The policy does not say what a representative must send. Usually: "
                         "proof of the right to act (a power of attorney, or for a legal "
                         "representative a family register or certificate of registered matters) "
                         "and the representative's own identity document.",
                    source="general", warning=True))
            else:
                needs += [self.need(g) for g in rep]
                lines.append(Line(
                    text="The representative's documents go in addition to the person's own.",
                    source="policy" if docs.in_addition else "program",
                    quote=docs.in_addition.quote if docs.in_addition else ()))
        return tuple(needs), lines

    # -- fee ----------------------------------------------------------------------------------
    def fee(self) -> Fee:
        law = self.law.request_kinds[self.kind]
        extras = [e for e in self.c.enclosures if _applies(e.kinds, self.kind) and e.amount_yen]
        still = [Line(text=f"You still pay postage, and {_yen(e.amount_yen)} for: {e.item}.",
                      quote=e.quote) for e in extras] or \
                [Line(text="You still pay the postage for sending your request.", source="general")]
        fees = self.c.fees if isinstance(self.c.fees, tuple) else ()
        rule = next((f for f in fees if _applies(f.kinds, self.kind)), None)
        if rule is None:
            self.unknown("whether a fee is charged for this request, and how to pay it")
            lines = [Line(text="The policy names no fee for this request; ask the company before "
                               "you send anything.", source="program", warning=True)]
            if not law.fee_allowed:
                lines.append(Line(text=f"Under APPI {self.law.fees.article}, fees are provided for "
                                       "only notification of purpose and disclosure, so none should "
                                       "be due for this request.", source="law",
                                  quote=self.law.fees.quote))
            return Fee(status="not-stated", lines=tuple(lines + still))
        if rule.amount_yen == 0:
            return Fee(status="none", amount_yen=0,
                       lines=(Line(text="No fee.", quote=rule.quote), *still))
        per = f" per {rule.per}" if rule.per else ""
        lines = [Line(text=f"Fee: {_yen(rule.amount_yen)}{per}.", quote=rule.quote)]
        if is_known(rule.payment):
            lines.append(Line(text=f"How to pay: {rule.payment}.", quote=rule.quote))
        else:
            self.unknown("how to pay the fee")
        when = {"before-sending": "Pay before you send the request.",
                "with-request": "Enclose the payment with the request.",
                "on-notice": "Pay when the company tells you to."}
        if rule.pay_when != "unknown":
            lines.append(Line(text=when[rule.pay_when], quote=rule.quote))
        if not law.fee_allowed:
            self.legal.append(Line(
                text=f"The policy asks a fee for this kind of request, but APPI "
                     f"{self.law.fees.article} provides for fees only for notification of purpose "
                     "and disclosure (information, not legal advice).",
                source="law", quote=self.law.fees.quote, warning=True))
        return Fee(status="charged", amount_yen=rule.amount_yen, per=rule.per,
                   pay_when=None if rule.pay_when == "unknown" else rule.pay_when,
                   lines=tuple(lines + still))

    # -- envelope and channels ----------------------------------------------------------------
    def envelope(self) -> Envelope | None:
        c = self.c
        if isinstance(c.send_to, Address):
            to, confirmed, note = c.send_to, True, c.send_to.note
        elif isinstance(c.inquiries, Contact) and c.inquiries.address is not None:
            self.unknown("the address to send the request to")
            to, confirmed = c.inquiries.address, False
            note = ("The policy gives this address for inquiries, not for requests: "
                    "ask first whether requests go here.")
        else:
            self.unknown("the address to send the request to")
            return None
        if not is_known(to.postal_code):
            self.unknown("the postal code of the address for requests")
        return Envelope(
            postal_code=to.postal_code if is_known(to.postal_code) else None,
            address_lines=to.lines, company=c.name_ja or c.name, company_en=c.name,
            department=to.department if is_known(to.department) else None,
            confirmed=confirmed, note=note, quote=to.quote)

    def channel_labels(self, values: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.labels.channels[v].en for v in values)

    # -- the whole checklist ------------------------------------------------------------------
    def build(self) -> Checklist:
        c, kind, labels, law = self.c, self.kind, self.labels, self.law
        offered = c.request_kinds.get(kind)
        kind_law = law.request_kinds[kind]
        if offered is None:
            self.legal.append(Line(
                text=f"{law.unlisted_kind.text.rstrip('.')} ({kind_law.article}).", source="law",
                quote=law.unlisted_kind.quote, warning=True))

        steps: list[Step] = []
        # 1. contact first / the company's form
        form_lines: list[Line] = []
        if c.contact_first is not None:
            ways = "; ".join(self.ask_where())
            form_lines.append(Line(text=_sentence(f"Contact the company first ({c.contact_first.why}). {ways}"),
                                   quote=c.contact_first.quote))
        if isinstance(c.form, CompanyForm):
            f = c.form
            how = {
                "download": "Download it from the company's website"
                            + (f" (file {f.file_name})" if f.file_name else "")
                            + (f": {f.url}" if is_known(f.url) else "; the policy gives no link"),
                "web-form": f"Ask for it through the company's web form: {f.url}" if is_known(f.url)
                            else "Ask for it through the company's web form",
                "mailed-by-company": "The company mails it to you after you contact it",
                "inquiry": "Ask the inquiry counter for it",
            }[f.get_it]
            need = "Use" if f.required else "You may use"
            form_lines.append(Line(text=_sentence(f"{need} the company's own form: “{f.name}”. {how}"),
                                   quote=f.quote))
            if f.get_it == "download" and not is_known(f.url):
                self.unknown("the web address of the company's request form")
            form_lines.append(Line(text="This program's letter goes with the form as a cover letter.",
                                   source="program"))
        else:
            self.unknown("whether the company has its own request form")
            form_lines.append(Line(text="The policy names no request form; ask whether the company "
                                        "has one. This program's letter can serve as the request.",
                                   source="program", warning=True))
        steps.append(Step(key="form", title="Get the company's form", lines=tuple(form_lines)))

        # 2. documents
        # The documents themselves are in Checklist.documents; the step holds what applies to all.
        needs, doc_lines = self.documents()
        steps.append(Step(key="documents", title="Gather the documents", lines=tuple(doc_lines)))

        # 3. fee
        fee = self.fee()
        steps.append(Step(key="fee", title="Pay the fee", lines=fee.lines))

        # 4. envelope
        enclosures = [Line(text=e.item[:1].upper() + e.item[1:]
                           + (f" ({_yen(e.amount_yen)})" if e.amount_yen else "") + ".",
                           text_ja=e.item_ja, quote=e.quote)
                      for e in c.enclosures if _applies(e.kinds, kind)]
        envelope = self.envelope()
        # The address block itself is Checklist.envelope.
        env_lines = list(enclosures)
        if envelope is not None:
            if envelope.note:
                env_lines.append(Line(text=envelope.note, source="program", warning=True))
        env_lines += self.rules_for("envelope")
        steps.append(Step(key="envelope", title="Prepare the envelope", lines=tuple(env_lines)))

        # 5. send
        send_lines: list[Line] = []
        accepted: tuple[str, ...] = ()
        refused: tuple[str, ...] = ()
        named_method = False
        if isinstance(c.channels, Channels):
            ch = c.channels
            accepted, refused = self.channel_labels(ch.accepted), self.channel_labels(ch.refused)
            send_lines.append(Line(text="Send by: " + "; ".join(accepted) + ".", quote=ch.quote))
            if refused:
                send_lines.append(Line(text="Not accepted: " + "; ".join(refused) + ".",
                                       quote=ch.quote, warning=True))
            if ch.postage:
                send_lines.append(Line(text=f"Postage: {ch.postage}.", quote=ch.quote))
            named_method = bool(set(ch.accepted) - {"post"})
        else:
            self.unknown("how the request may be sent (post, e-mail, web form)")
        # Where the policy names a tracked method, the general advice to use one is redundant.
        send_lines += self.rules_for("mail", skip={"tracked-mail"} if named_method else ())
        steps.append(Step(key="send", title="Send it", lines=tuple(send_lines)))

        # 6. what happens next
        next_lines: list[Line] = []
        resp = c.response
        if resp.identity_check is not None:
            next_lines.append(Line(text=resp.identity_check.text, quote=resp.identity_check.quote))
        methods = [m for m in resp.methods if _applies(m.kinds, kind)] \
            if isinstance(resp.methods, tuple) else []
        for m in methods:
            names = " or ".join(labels.response_methods[x].en.lower() for x in m.offered)
            verb = "You choose how to be answered: " if m.requester_chooses else "The company answers "
            next_lines.append(Line(text=f"{verb}{names}." + (f" {m.note}" if m.note else ""),
                                   quote=m.quote))
        if not methods:
            self.unknown("how the company will answer (in writing, by e-mail, electronically)")
        if kind in ("disclosure", "third-party-records"):
            designate = law.designate_method
            self.legal.append(Line(text=designate.text, source="law", quote=designate.quote))
        if resp.delivery is not None:
            next_lines.append(Line(text=resp.delivery.text, quote=resp.delivery.quote))
        found_deadlines = self.deadlines()
        if not is_known(resp.time_limit):
            self.unknown("how long the company takes to answer")
            next_lines.append(Line(text="The policy names no time limit for the answer.",
                                   source="program", warning=True))
        for d in found_deadlines:
            assumed = f" Assumption: {d.assumption}" if d.assumption else ""
            next_lines.append(Line(text=f"{d.label}: {long_date(d.day)}. {d.explanation}{assumed}",
                                   source=d.source, quote=d.quote))
        for a in c.after_request:
            if _applies(a.kinds, kind):
                next_lines.append(Line(text=a.text, quote=a.quote))
        for n in c.notes:
            if _applies(n.kinds, kind):
                next_lines.append(Line(text=n.text, quote=n.quote))
        steps.append(Step(key="next", title="What happens next", lines=tuple(next_lines)))

        # 7. if there is no answer
        routes = self.complaint_routes()
        no_answer = [Line(text=law.prior_request.text + f" (APPI {law.prior_request.article})",
                          source="law", quote=law.prior_request.quote)]
        steps.append(Step(key="no-answer", title="If there is no answer, or a refusal",
                          lines=tuple(no_answer + routes)))

        checks = tuple(Line(text=g.prevent, quote=g.quote) for g in c.refusal_grounds
                       if g.prevent and _applies(g.kinds, kind))
        grounds = tuple(Line(text=g.ground, quote=g.quote) for g in c.refusal_grounds
                        if _applies(g.kinds, kind))
        req_label = labels.request_kinds[kind]
        who = labels.requester_kinds[self.requester]
        return Checklist(
            company_id=c.id, company=c.name, company_ja=c.name_ja,
            policy_revised=c.policy.revised if is_known(c.policy.revised) else None,
            record_checked=c.checked,
            request_kind=kind, request=req_label.en, request_ja=req_label.ja,
            article=kind_law.article, article_ja=kind_law.article_ja,
            company_wording=offered.wording if offered else None,
            contact_first=c.contact_first is not None,
            form_name=c.form.name if isinstance(c.form, CompanyForm) else None,
            form_required=isinstance(c.form, CompanyForm) and c.form.required,
            requester_kind=self.requester, requester=who.en, requester_ja=who.ja,
            sent_on=self.options.sent_on, arrived_on=self.options.arrived_on,
            steps=tuple(steps), documents=needs, fee=fee, enclosures=tuple(enclosures),
            envelope=envelope, channels_accepted=accepted, channels_refused=refused,
            response_methods=tuple(dict.fromkeys(x for m in methods for x in m.offered)),
            checks=checks, refusal_grounds=grounds, deadlines=found_deadlines,
            unknowns=tuple(self._dedupe_unknowns()), legal_notes=tuple(self.legal),
            complaint_routes=tuple(routes))

    def _dedupe_unknowns(self) -> list[Unknown]:
        seen: set[str] = set()
        return [u for u in self.unknowns if not (u.what in seen or seen.add(u.what))]

    def deadlines(self) -> tuple[Deadline, ...]:
        sent, arrived = self.options.sent_on, self.options.arrived_on
        if sent is None and arrived is None:
            return ()
        assumption = None
        if arrived is None:
            arrived = deadlines.estimated_arrival(sent)  # type: ignore[arg-type]
            assumption = (f"Assumes the request arrives on {arrived.day} {arrived:%B %Y}, two days after "
                          "posting; use the date on the delivery record when you have it.")
        found: list[Deadline] = []
        limit = self.c.response.time_limit
        if isinstance(limit, TimeLimit):
            found.append(self.company_deadline(limit, arrived, assumption))
        kind_law = self.law.request_kinds[self.kind]
        if kind_law.court_after_two_weeks:
            end = deadlines.two_weeks_end(arrived)
            found.append(Deadline(
                label="If unanswered, court is possible from", day=end + timedelta(days=1),
                source="law", assumption=assumption, quote=self.law.prior_request.quote,
                explanation=f"Two weeks after the request reached the company end on "
                            f"{end.day} {end:%B %Y} (APPI {self.law.prior_request.article}); "
                            "information, not legal advice."))
        return tuple(found)

    def company_deadline(self, limit: TimeLimit, arrived: date, assumption: str | None) -> Deadline:
        """The date the company's stated time limit runs out, counted from arrival."""
        year_end = (self.law.year_end_break.start, self.law.year_end_break.end)
        if limit.business_days:
            day = deadlines.add_business_days(arrived, limit.business_days, limit.closed, year_end)
            unit = f"{limit.business_days} business days"
            closed = {"weekends": "weekends", "national-holidays": "national holidays",
                      "year-end-break": "the year-end break"}
            skipped = " and ".join(closed[c] for c in limit.closed)
            unit += f" (not counting {skipped})" if skipped else ""
        else:
            day = arrived + timedelta(days=limit.calendar_days or 0)
            unit = f"{limit.calendar_days} days"
        notes = [assumption] if assumption else []
        if "year-end-break" in limit.closed:
            notes.append(self.law.year_end_break.note)
        return Deadline(label="The company's answer is due by", day=day, source="policy",
                        explanation=f"{unit} from {limit.counted_from}.",
                        assumption=" ".join(notes) or None, quote=limit.quote)

    def complaint_routes(self) -> list[Line]:
        lines: list[Line] = []
        for body in self.c.complaints:
            parts = [body.name]
            if body.department:
                parts.append(body.department)
            if is_known(body.address):
                parts.append(("〒" + body.postal_code + " " if is_known(body.postal_code) else "")
                             + body.address)
            if body.phone:
                parts.append("tel. " + " / ".join(body.phone))
            if body.hours:
                parts.append(body.hours)
            if body.note:
                parts.append(body.note)
            lead = "The company's own desk" if body.role == "company" else \
                "Accredited personal information protection organisation"
            lines.append(Line(text=f"{lead}: " + ", ".join(parts) + ".", quote=body.quote))
        for route in self.law.complaint_routes:
            lines.append(Line(text=f"{route.name} ({route.name_ja}): tel. {route.phone}, "
                                   f"{route.hours}. {route.note}", source="law", quote=route.quote))
        return lines


def build_checklist(company: Company, kind: RequestKind, requester: RequesterKind,
                    options: Options | None = None, *, law: Law, labels: Labels) -> Checklist:
    """The checklist for one request of this kind, by this requester, to this company.

    law and labels come from reference.load_law() / load_labels() (kept out of this module so
    the engine stays free of file and YAML handling)."""
    return _Builder(company, kind, requester, options or Options(), law, labels).build()
