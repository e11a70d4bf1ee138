"""The details page's fields: objectName, path in the details, label (with its Alt key), required,
tooltip. The words are marked for translation here and translated when shown (DetailsPage)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Alt keys: every field has one, none shared with another control of the page (the profile
# buttons take U and P, the wizard's B, N, O, D, E). English has too few letters for 21 fields,
# so a few take a digit, Japanese style: "Period (&4)".
PERSON_FIELDS = [
    ("fullName", ("requester", "full_name"), QT_TRANSLATE_NOOP("DetailsPage", "&Full name"), True,
     QT_TRANSLATE_NOOP("DetailsPage", "As on the identity document")),
    ("fullNameKana", ("requester", "full_name_kana"), QT_TRANSLATE_NOOP("DetailsPage", "Name in &kana"),
     False, QT_TRANSLATE_NOOP("DetailsPage", "In katakana, e.g. ヤマダ タロウ")),
    ("dateOfBirth", ("requester", "date_of_birth"), QT_TRANSLATE_NOOP("DetailsPage", "Date of bi&rth"),
     True, QT_TRANSLATE_NOOP("DetailsPage", "e.g. 1985-04-12, 1985/4/12 or 昭和60年4月12日 (S60.4.12)")),
    ("postalCode", ("requester", "postal_code"), QT_TRANSLATE_NOOP("DetailsPage", "Postal &code"), False,
     QT_TRANSLATE_NOOP("DetailsPage", "7 digits, e.g. 150-0001")),
    ("address", ("requester", "address"), QT_TRANSLATE_NOOP("DetailsPage", "&Address"), True,
     QT_TRANSLATE_NOOP("DetailsPage", "As on the identity document")),
    ("phone", ("requester", "phone"), QT_TRANSLATE_NOOP("DetailsPage", "P&hone"), False,
     QT_TRANSLATE_NOOP("DetailsPage", "e.g. 090-1234-5678")),
    ("email", ("requester", "email"), QT_TRANSLATE_NOOP("DetailsPage", "E-&mail"), False,
     QT_TRANSLATE_NOOP("DetailsPage", "e.g. name@example.jp")),
    ("formerNames", ("requester", "former_names"),
     QT_TRANSLATE_NOOP("DetailsPage", "Former names or addre&sses"), False,
     QT_TRANSLATE_NOOP("DetailsPage", "If the company may know you by an old name or address")),
]
REP_FIELDS = [
    ("repName", ("representative", "full_name"),
     QT_TRANSLATE_NOOP("DetailsPage", "Representat&ive's full name"), True, ""),
    ("repAddress", ("representative", "address"),
     QT_TRANSLATE_NOOP("DetailsPage", "Representati&ve's address"), True, ""),
    ("repPhone", ("representative", "phone"),
     QT_TRANSLATE_NOOP("DetailsPage", "Representative's te&lephone"), False, ""),
    ("repEmail", ("representative", "email"),
     QT_TRANSLATE_NOOP("DetailsPage", "Representative's e-mail (&1)"), False, ""),
    ("repRegistration", ("representative", "registration_number"),
     QT_TRANSLATE_NOOP("DetailsPage", "La&wyer's registration number"), False,
     QT_TRANSLATE_NOOP("DetailsPage", "Required for a lawyer")),
]
DATA_FIELDS = [
    ("services", ("request", "services"), QT_TRANSLATE_NOOP("DetailsPage", "Services used (&2)"), False,
     QT_TRANSLATE_NOOP("DetailsPage", "Comma-separated, e.g. doda, HiPro")),
    ("accountIds", ("request", "account_ids"), QT_TRANSLATE_NOOP("DetailsPage", "Member or account IDs (&3)"),
     False, QT_TRANSLATE_NOOP("DetailsPage", "Comma-separated")),
    ("period", ("request", "period"), QT_TRANSLATE_NOOP("DetailsPage", "Period (&4)"), False,
     QT_TRANSLATE_NOOP("DetailsPage", "e.g. 2020 to now")),
]
CORRECTION_FIELDS = [
    ("correctionCurrent", "request.correction.current", QT_TRANSLATE_NOOP("DetailsPage", "What it sa&ys now")),
    ("correctionCorrect", "request.correction.correct", QT_TRANSLATE_NOOP("DetailsPage", "What it should say (&5)")),
]
OTHER_WORDS = {  # the fields that are not text boxes of a group, by objectName
    "repCapacity": (QT_TRANSLATE_NOOP("DetailsPage", "Capaci&ty"), True, ""),
    "groundDetails": (QT_TRANSLATE_NOOP("DetailsPage", "Details of the grounds (&7)"), False,
                      QT_TRANSLATE_NOOP("DetailsPage", "What happened (optional)")),
    "responseMethod": (QT_TRANSLATE_NOOP("DetailsPage", "Answer method (&6)"), False,
                       QT_TRANSLATE_NOOP("DetailsPage", "Under the Act (Art. 33(1)) you may say how the "
                                                        "data is disclosed")),
}
CAPACITIES = {
    "legal-representative": [
        ("legal-representative-minor", QT_TRANSLATE_NOOP("DetailsPage", "Parent or guardian of a minor")),
        ("legal-representative-ward", QT_TRANSLATE_NOOP("DetailsPage", "Adult guardian of an adult ward"))],
    "agent": [("agent", QT_TRANSLATE_NOOP("DetailsPage", "Agent appointed by the person"))],
    "lawyer": [("lawyer", QT_TRANSLATE_NOOP("DetailsPage", "Lawyer"))],
}

def capacity_text(key: str) -> str:
    """A representative's capacity, in the interface language."""
    from PySide6.QtCore import QCoreApplication

    words = {k: text for choices in CAPACITIES.values() for k, text in choices}
    return QCoreApplication.translate("DetailsPage", words[key])


def plain(label: str) -> str:
    """A label as a screen reader should say it: without its Alt key ("Period (&4)", "氏名(&F)")."""
    import re

    return re.sub(r"\s*[(（]&\w[)）]", "", label).replace("&", "")


def reasons(problems: dict[str, str], general: list[str], language: str) -> list[str]:
    """What still needs fixing, label by label. In Japanese the fields still empty are named
    together, 「氏名・住所を入力してください」, rather than 「氏名：入力してください」 each."""
    from assistant.io.error_wording import translated

    if language != "ja":
        return [f"{label}: {message}" for label, message in problems.items()] + general
    required = translated("required", language)
    empty = [label for label, message in problems.items() if message == required]
    rest = [f"{label}：{message}" for label, message in problems.items() if message != required]
    return ([f"{'・'.join(empty)}を{required}"] if empty else []) + rest + general
