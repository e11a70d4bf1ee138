"""「…ご連絡ください」 that is the request itself, not a first contact: the sentence names how to make
it in writing (「上記請求を行う場合は、…お問い合わせ窓口まで、書面又は電子メールにてご連絡ください」:
by post or e-mail; 「ご請求の方法：…メールでご連絡ください」: labelled the request's method), or its
topic is a request made a way already (「お電話、メールにて開示等の請求を行う場合には、…申し出先に氏名、
住所…をご連絡ください」: what such a request says), or the contact carries the papers (「…資料を添えて
ご連絡ください」). A contact by phone alone (「お電話でご連絡ください」) stays a first step: a request
needs its papers."""
from __future__ import annotations

import re

from assistant.importer import terms as t

# A line on where personal data came from, or a purpose of use: no way to send in it.
ACQUIRED = re.compile(r"(より|から|を通じて|により)(取得|収集)した(個人)?情報|の利用目的$|"
                      r"(いただく|する|いたす|致す)ため[。.]?\s*$|"  # 「…お電話などでご案内させていただくため。」: a purpose
                      # 「ユーザーに代金を請求するために、…クレジットカード番号などの…情報を利用する目的」
                      r"ために[^。]{0,200}(利用|収集|取得)する目的[。.]?\s*$|"
                      # "Obtained directly from the individual (telephone, e-mail, …)": how data came in
                      r"\b(obtained|collected|acquired) (directly )?from\b|"
                      # 「電子メール、電話、郵送等各種媒体により、協会が行うアンケート調査」: the company's own use
                      r"(当社|弊社|当行|当金庫|当院|協会|法人|当会|本会|組合)が(行う|実施する)", re.I)
# 「第3条 個人情報を収集・利用する目的」, 「個人情報の利用目的」: a section of purposes, no procedure
# (「2. ◇個人情報の利用」 over the purposes, 「（訪問・電話・電子メール・郵送等の方法による）」: how the company contacts)
PURPOSES_HEADING = re.compile(r"(収集|利用|取得)[^\s、。]{0,6}目的\s*$|(個人情報|お客様情報)の(利用|取得|収集)(について)?\s*$")
# 「2.各種届出のご案内」 (a member's changes, suspension, withdrawal): another procedure's part;
# 「（３）提供の方法 / …紙ファイルは郵送または直接提供」: how data is provided to a third party
NOTICES = re.compile(r"各種(の)?届(け)?出|提供の?(方法|手段)\s*$")
# Words in English quotes: a section's title ("…listed under \"Privacy Policy and Complaints/Inquiries\"")
EN_QUOTED = re.compile(r'"[^"]{0,80}"|“[^”]{0,80}”')
# "…a minor under the age of thirteen… the parent… may make a request… by email for the deletion":
# the children's-data clause of a policy, its own way for one case, not how requests are sent.
CHILDREN = re.compile(r"\bunder the age of (?:thirteen|sixteen|13|16)\b|\bchildren under (?:13|16)\b", re.I)
# "Customers are asked to direct inquiries on the specific procedures for this to the help desk":
# the procedure is told on asking, a first contact.
PROCEDURE_ASKED = re.compile(r"\b(?:direct|send|address) (?:your |their |any )?inquiries (?:on|about|regarding|concerning) "
                             r"(?:the )?(?:specific )?procedures?\b|"
                             # "…please contact the below enquiry desk and make a request pursuant to procedures
                             # that are separately specified", "…will be provided with the necessary steps to do
                             # so by contacting the departments listed below"
                             r"\bcontact\b[^.]{0,40} and make a request pursuant to procedures|"
                             r"\bprovided with the necessary (?:steps|procedures?) [^.]{0,30}\bby contacting\b|"
                             r"\bcontact the below\b[^.]{0,80}\bfor (?:the )?procedures? (?:for|of) disclosure", re.I)
# the ways the contact is made, in writing among them, just before 「ご連絡ください」 (bounded: linear)
IN_WRITING = re.compile(r"(書面|郵送|郵便|文書)((又は|または|もしくは|若しくは|、|・|及び|および)\s?[^。、]{1,8}?)?"
                        r"(にて|で|により|によって)\s?(ご連絡|お申し出|お申し?込み?)(ください|下さい|願います)")
WRITTEN = re.compile(r"書面|郵送|郵便|文書")
# 「お電話、メールにて開示等の請求を行う場合には」: the request made a way, the topic of what follows
MADE_BY_WAY = re.compile(r"(にて|で|により)[^。、]{0,12}(請求|申請|お申し?出)(を)?(行う|する|される)場合")
# 「ご請求の方法：…メールでご連絡ください」: the line says it is how the request is made
METHOD_LABEL = re.compile(r"\s?(ご)?(請求|申請|お申し?込み?)(の)?(方法|手続き?)\s?[:：]")


def request_by_contact(text: str) -> list[tuple[str, re.Match]]:
    """The ways (record values) a 「…にてご連絡ください」 sentence makes the request itself by, each
    with its match; [] where it names no way in writing (nor is labelled the request's method)."""
    if m := IN_WRITING.search(text):
        begin, end = m.start(), m.end()
    elif label := METHOD_LABEL.match(text):
        begin, end = label.end(), len(text)
    else:
        return []
    ways = [("post", w) for w in [WRITTEN.search(text, begin, end)] if w and m]
    return ways + ways_named(text, begin, end)


def ways_named(text: str, begin: int = 0, end: int | None = None) -> list[tuple[str, re.Match]]:
    """(value, match) of each way to send but a visit that text[begin:end] names (a contact or a
    sending made from afar: 「…お電話・メールでご連絡ください」, "…by e-mail")."""
    end = len(text) if end is None else end
    return [(value, cm) for pattern, value in t.CHANNELS if value != "in-person"
            for cm in [pattern.search(text, begin, end)] if cm]


# 「…本人確認のできる資料(…)を添えてご連絡ください」: the contact carries the papers: the request
WITH_PAPERS = re.compile(r"(添えて|添付して|添付のうえ|添付の上|同封して|同封のうえ|同封の上)\s?[^。、]{0,12}"
                         r"(ご連絡|お申し出|お問い?合わ?せ)(ください|下さい|願います)")


def made_by_way(topic: str) -> bool:
    """Whether the words up to 「ご連絡ください」 say the request is made a way already, or carries
    its papers."""
    return MADE_BY_WAY.search(topic) is not None or WITH_PAPERS.search(topic) is not None


# "・Methods for Requests for Disclosure, etc.: Email or mail", 「請求方法:郵送またはメール」: a label,
# then the ways alone (each part one way's word, nothing else: a sentence after a label is not read)
LABEL_EN = re.compile(r"\s?(?:methods?|means|ways?) (?:for|of) (?:making )?(?:requests?|applications?)\b[^:：]{0,40}[:：]", re.I)
PART_SPLIT = re.compile(r"\s*(?:,|、|・|/|／|\bor\b|\band\b|または|又は|もしくは|若しくは|及び|および)\s*", re.I)
WAY_WORDS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    (r"e-?mail|(電子)?メール", "email"), (r"(postal )?mail|post|郵送|郵便", "post"),
    (r"registered mail|書留", "registered-mail"), (r"fax|facsimile|FAX|ファクス|ファックス", "fax"),
    (r"(tele)?phone|電話", "telephone"), (r"in person|持参|来社|窓口", "in-person")))


def labelled_ways(text: str) -> list[tuple[str, str]]:
    """(value, word) of each way a label line lists; [] unless every part is a way's word."""
    body = t.BULLET.sub("", text, count=1)
    m = METHOD_LABEL.match(body) or LABEL_EN.match(body)
    if not m:
        return []
    parts = [p for p in PART_SPLIT.split(body[m.end():m.end() + 60].strip(" 。.")) if p]
    ways = [next((v for pattern, v in WAY_WORDS if pattern.fullmatch(p)), "") for p in parts[:6]]
    return list(zip(ways, parts)) if ways and all(ways) and len(parts) <= 6 else []
