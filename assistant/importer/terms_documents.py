"""Words of the documents a request needs and of who is asking (read by rules_request.py).
Every pattern runs in linear time: bounded repeats, no nested quantifier."""
from __future__ import annotations

import re

DOCUMENTS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    (r"運転免許(証|書)|(?<![\u4e00-\u9fff])免許証|driver[’']?s licen[sc]e|driving licen[sc]e", "drivers-licence"),  # (「運転免許書」: a common slip)
    (r"パスポート|旅券|passport", "passport"),
    # 「④個人番号カ」 at a line's end: the card, its name cut off where the page's text ends
    (r"マイナンバーカード|個人番号カード|(マイナンバー|個人番号)カ$|my[- ]?number card|(individual|personal) number card|personal information card",
     "my-number-card"),
    (r"特別永住者\s?証明(?!番号)|special permanent resident", "special-permanent-resident-certificate"),
    (r"在留カード|residen(ce|t) card", "residence-card"),
    (r"健康保険(等?の)?\s?(被保険者)?証|健康保険者証|(?<!マイナ)保険証|医療保険の?\s?被保険者証|health insurance (insured |beneficiary[’']?s? )?(ID )?(card|certificate)|(?<![a-z] )\binsurance card|certificate of (an )?insured person", "health-insurance-card"),
    (r"年金\s?([(（][^()（）\n]{1,6}[)）]\s?)?手帳|pension (insurance |account )?(book|booklet|handbook)|nenkin[ -]?tech[oō]u?", "pension-book"),
    (r"住民票|certificate of residence|residence certificate|resident (record|register|registration)(?! card)(?<!basic resident registration)|j[uū]minhy[oō]",
     "certificate-of-residence"),
    (r"顔写真(付き|のある)[^。]{0,12}(公的|官公庁)|other official documents? bearing a (photograph|picture)|"
     r"(官公庁|公的機関)(から)?(発行|が発行)[^。、]{0,12}写真(入り|付き|付|貼付)[^。、]{0,6}(身分証明書|証明書|書類)|"
     r"写真(入り|付き|付|貼付)の?(身分証明書|公的書類)|"
     # 「その他写真入りの公的証明書」 (not 「旅券等の顔写真付の公的証明書類」: the examples' kind)
     r"(?<!等の)(?<!等の顔)写真(入り|付き|付|貼付)の?公的証明書|(公的機関|官公庁)が?発行(する|した)?身分証明書|"
     r"identification documents? \(with a (face )?photo|basic resident registration card with (a )?photo|住民基本台帳(ネットワーク)?カード\s?[(（](顔)?写真(付|つき)|"
     r"(顔)?写真(付き|付|つき|入り)の?住民基本台帳(カード)?|"
     r"any other document that identifies [^.]{0,40} with a (picture|photograph)", "other-official-photo-id"),
    (r"戸籍の?(謄本|抄本|全部事項証明書|個人事項証明書)|family register(?! item)|koseki", "family-register"),
    # 「後見登記等に関する法律第10条に規定する登記証明事項」: the guardianship registry's certificate
    # "certificate of registered information of guardian of adult": the same registry's, in English
    (r"登記事項証明書|後見登記等?に関する法律[^。、]{0,20}(登記事項|証明)|certificate of registered (matters|information)|"
     r"certificate of registration for (adult )?guardianship|(proof|certificate) of (the )?registration of (adult )?guardianship",
     "certificate-of-registered-matters"),
    (r"委任状|(代理を|代理権を)?委任(した|された)こと(を|が)(証明|証|確認)(する|できる)(書面|書類)|powers? of attorne?y|letter of (attorney|proxy|authori[sz]ation)|proxy letter|written authori[sz]ation|authori[sz]ation letter|ininj[oō]u?\b", "power-of-attorney"),
    (r"印鑑(登録)?証明(書|証)?|seal (registration )?certificate|copy of (a|the|your) seal registration|certificate of (personal )?(seal|registered seal)|"
     r"certificate of (the )?[\w’']{0,20} ?seal (impression|registration)|seal impression certificate|"
     r"certificate of registration (for|of) the seal|inkan[ -]?sh[oō]meisho",
     "seal-registration-certificate"),
))


def kinds_named(text: str) -> list[str]:
    """The document kinds a text names, in the order of DOCUMENTS (each kind once: one pattern each)."""
    return [kind for pattern, kind in DOCUMENTS if pattern.search(text)]


LEGAL_REP = re.compile(r"法[定廷]代理人|親権者|成年後見人|legal representative|guardian|parental authority|statutory (proxy|agent|representative)", re.I)
AGENT = re.compile(r"任意代理人|代理人|委任|representative|agent|power of attorney|proxy|on behalf of",
                   re.I)
SELF = re.compile(r"ご本人|本人(による|の場合|が請求)|the individual (himself|herself|makes|submits)|yourself|"
                  r"the person (himself|herself|themselves)|in the case of the individual|by the individual|"
                  r"applicant[’']s", re.I)
MASKS: tuple[tuple[re.Pattern, re.Pattern, str], ...] = (
    # 「本籍地の項目は…住所と異なる場合のみ…塗りつぶしてください」: only where the two differ (the
    # record then drops the plain mask-honseki the next pattern also finds)
    (re.compile(r"本籍[^。]{0,60}住所と(異なる|違う|相違する)場合(のみ|に限り)|"
                r"(registered domicile|honseki)[^.]{0,60}unless (it is )?the same as (the|your) (current )?address", re.I),
     re.compile(r"塗りつぶ|黒塗|マスキング|マスク|見えない|消して|blacken|black(ed)? out|mask", re.I),
     "mask-honseki-unless-same-as-address"),
    (re.compile(r"本籍|registered domicile|honseki|domicile|family register item", re.I),
     # (「※本籍地等の機微情報は除く」: left out of what is sent)
     # (「本籍地…の記載がある場合は、当該部分を抹消したうえで」)
     re.compile(r"塗りつぶ|黒塗|墨塗|抹消|消去(いただ|して|の上|のうえ|ください)|マスキング|マスク|見えない|削除|消して|省い|省略|記載のない|記載がない|記載されていない|"
                r"記載なし|(は|を)除(く|いて)|blacken|black(ed)? out|black (it|them) out|mask|delete|without|hide|cover|"
                r"(does|do|must|should) not (include|contain|show)", re.I),
     "mask-honseki"),
    (re.compile(r"個人番号|マイナンバー(?!カード)|my number(?! card)|individual number(?! card)", re.I),
     # 「個人番号を含まないものをお送りいただくか、全桁を墨塗り等の処理をしてください」
     # (「「マイナンバー(個人番号)」を無地の紙等で覆い隠した状態で写しを取ってください」)
     re.compile(r"塗りつぶ|黒塗|墨塗|マスキング|マスク|見えない|削除|記載のない|記載されていない|記載がない|記載なし|覆い隠|隠し(て|た)|"
                r"含まない|含まれない|省略|blacken|black(ed)? out|mask|delete|without|(does|do|must|should) not (include|contain|show)", re.I),
     "mask-my-number"),
    (re.compile(r"個人番号カード|マイナンバーカード|Individual Number Card|My Number (identification )?card", re.I),
     re.compile(r"表面|おもて面|裏面の?(写し|コピー)?(は|の)?(不要|不可|ご?提出(は)?不要)|front side|front only", re.I),
     "front-only"),
)
# "2種類のコピー", "合計2点", "two or more identity verification documents": that many documents.
COUNT = re.compile(r"(?<![\d.])(2|二|two)\s?(種類|点|通|つ)(?!目)|複数(点|種類|通)?を?(ご)?(用意|提示|提出|お持ち)|(two|2) (or more|types of|kinds of|documents|ids\b|forms of|of the following|from (either|the following|among|any)\b|non-photo|(pieces|copies) of (identification|id\b|identity))|"
                   r"at least (two|2)", re.I)
# "Any one of the documents in (i) and any one of the documents in (ii)", 「①から1点と②から1点」:
# one from each of two lists, two documents (never "one of" them all).
ONE_AND_ONE = re.compile(r"\bone of\b[^.;]{0,60}\band (any )?one of\b|"
                         r"(から|のうち|より)\s?(1|一)\s?(点|通|種類)\s?(と|及び|および|並びに|ならびに|、)"
                         r"[^。]{0,30}(から|のうち|より)\s?(1|一)\s?(点|通|種類)", re.I)
# 「上記「本人が申請する場合」の2点に加え」, 「次の2点を揃え」: a count of the items of a list (the
# form and an ID), no count of identity documents.
COUNT_OF_ITEMS = re.compile(r"\s?(に加え|を揃え|をそろえ|のほか|の他)")
# "…の中から1点で足りる", "one of the following": a single document also suffices (an alternative).
ONE_SUFFICES = re.compile(r"(1|一)点で足りる|いずれか1点|(1|一)点(を|で|の)|(any )?one of the following|any of the following|any one of|"
                          r"(場合は|場合には|なら|であれば)\s?(1|一)\s?(種類|点|通)|"  # 「顔写真付の…の場合は1種類、その他は2種類」
                          r"(から|より|のうち)\s?(1|一)\s?(点|種類|通)\s?[、,]?\s?(または|又は|もしくは|若しくは)|"  # 「①から1点、または②から2点」
                          r"(から|より)\s?(1|一)\s?つ。?\s?(ない|無い)場合",  # 「Aより1つ。ない場合はB~Cのうち2つ」
                          re.I)
# 「顔写真のない本人確認書類の写し:2点」, 「顔写真がない…については2点」: documents without a photo
# count only in twos (one with a photo is enough alone).
NO_PHOTO = re.compile(r"写真(の|が)?(ない|無い|なし|無し|(つ|付)いていない|貼付されていない)|"
                      r"without (a )?(face )?(photo|picture)|non-photo|no photo", re.I)
# Documents that carry the holder's photo: one of these alone proves who the person is.
PHOTO_KINDS = frozenset({"drivers-licence", "passport", "my-number-card", "residence-card",
                         "special-permanent-resident-certificate", "other-official-photo-id"})
# The note on a document a page accepts only in twos: the record cannot hold "one of these, or
# two of those", so such a document is never written into a "one of" list, even once accepted.
TWO_WITHOUT_PHOTO = "one document with a photo, or two without: kept as a note, not in the list"
# The same alternative where the page leaves no doubt (documents with a photo named, and at least
# two kinds without, none of unknown kind): the record holds it as a choice of two sets
# (`either`: one of those with a photo, or two different ones without).
WITHOUT_PHOTO = "one document with a photo, or two different ones without a photo"
# Not that alternative: "two types … (with or without your photo)" counts every document alike.
EITHER_PHOTO = re.compile(r"with or without|写真の有無(を|に)(問|かか|関)", re.I)
# Kinds that are no identity document of their own (a seal's certificate goes with the seal, a
# family register proves a relation) or of unknown kind: among those without a photo they leave
# the sets in doubt.
NOT_AN_ID = frozenset({"seal-registration-certificate", "power-of-attorney", "family-register",
                       "certificate-of-registered-matters", "other"})
# 「※住民票の写しは発行から3か月以内…」: a line that opens with these is a note on a list, no item of it.
NOTE_MARKS = ("※", "*", "＊", "注")
# 「※1 戸籍謄本等は発行から3か月以内の原本に限ります」: a numbered note on documents named above
# (their conditions), which names no document to send of its own.
FOOTNOTE = re.compile(r"\s?(※|\*|注)\s?\d")
# 「住民票(代理人請求又は郵送の場合のみ)」: a document needed only in a case its own line names.
ONLY_IN_CASE = re.compile(r"場合(のみ|に限り)|のみ必要|only (if|when|in the case)|"
                          # 「照合が出来ない場合、運転免許証…のコピーを提示してもらう場合がございます」: may be asked
                          r"(提示|提出|送付|同封)[^。]{0,12}(場合|こと)が(ございます|あります)", re.I)
# 「③届出印または実印(実印の場合は印鑑証明書をご持参ください。)」: a document a bracket asks for in
# one case (the words before it in the same bracket), needed only then
CASE_BEFORE = re.compile(r"[(（][^()（）。]{0,15}の場合(は|には|のみ)[^()（）]{0,20}$")
# 「決定通知の郵送を希望される場合は…住民票の写しが必要です」: needed only for the answer's post
ANSWER_CASE = re.compile(r"(通知|回答|結果)[^。]{0,6}(郵送|送付)を(ご)?希望[^。]{0,8}場合")


def needed_in_a_case(text: str, start: int, end: int) -> bool:
    """Whether the document named at text[start:end] is needed only in a case the words around it name."""
    return bool(ONLY_IN_CASE.search(text, end) or CASE_BEFORE.search(text, max(0, start - 40), start)
                or ANSWER_CASE.search(text, max(0, start - 60), start))


# 「上記(1)の本人確認書類の写しに併せて、住民票の写し…を提出」: a document needed besides those
# above, never one of them; ALSO_NOTE marks it so the record gives it a line of its own.
ALSO = re.compile(r"(上記|前記|以上|右記)[^。]{0,30}(に併せて|と併せて|にあわせて|とあわせて|に加えて|とともに|と共に)|"
                  r"^\s?(あわせて|併せて|加えて|さらに)[、,]|"  # 「…のいずれかの写しを…。あわせて、住民票の写しも…」
                  r"in addition to (the|those) (documents? )?above|together with the (documents? )?above|"
                  r"^\s?(in addition|additionally),", re.I)
# 「運転免許証の写しまたはパスポートの写し、及び住民票の写し」 (or 「運転免許証やパスポート等…の写し、住民票…の写し」):
# one of the first, and the last besides (matched on the words just before its name: bounded, linear).
OR_THEN_AND = re.compile(r"(又は|または|もしくは|若しくは|\bor\b)[^。.]{1,40}?[、,]?\s?(および|及び|並びに|ならびに|\band\b)\s?(an? |your |the )?$|"
                         r"(や|又は|または|もしくは)[^。、]{1,12}(等|など)[^。]{0,60}?の(写し|コピー)[、,]\s?$", re.I)
ALSO_NOTE = "needed besides the documents above"
# A representative's own identity documents given as "the same as" the person's (rules_references):
# the record gives them the shape the person's have (one with a photo, or two without).
SAME_AS_PERSON = "the representative's own identity documents: the same as the person's"
# 「代理人の本人確認書類」 where the page names no kinds for anyone (rules_own_plain): a line of its own.
KINDS_NOT_STATED = "the representative's own identity document: the policy names no kinds; ask the company which it accepts"
# 「住民票(3ヶ月以内)および運転免許証、パスポート…のうちいずれか1点」: the first is needed, and one
# of the rest (matched right after the first document's name: bounded, linear).
AND_THEN_ONE = re.compile(r"\s?([(（][^()（）]{0,15}[)）])?\s?(および|及び|並びに)(?=[^。]{0,80}(いずれか|のうち)\s?(1|一)\s?点)|"
                          # "A copy of your Juminhyo … (made within …) and one of the following."
                          r"(?=[^.]{0,120}?\band (?:any )?(?:one|1) of the following)|"
                          # 「住民票の写し…(転居した場合は…を含む。)のほか、以下のいずれか1点の…コピー」
                          r"(?=(?:[^。()（）]|[(（][^()（）]{0,60}[)）]){0,80}?のほか[、,]?\s?(?:以下|下記|次)の(?:うち)?"
                          r"いずれか\s?(?:1|一)\s?点)", re.I)
# 「代理人資格の確認は、委任状、戸籍謄本等の書類により」: 代理人 said of both kinds of representative.
GENERIC_AGENT = re.compile(r"(?<![定廷意])代理人")
# 「診療記録開示申請書」: where the text names no kind but a disclosure form, it is about disclosure.
DISCLOSURE_FORM = re.compile(r"開示(等)?(の)?(請求|申請|申込|申出|依頼)書")
# "本人の氏名と住所が記載された公的証明書": the person's own documents.
PERSONS = re.compile(r"(ご)?本人(様)?の|of the (person|principal|customer)\b|the person's", re.I)
# "委任状に代えて": the document named is the one NOT needed.
# A quoted name (「…」, 『…』): a form's, where it holds a form word.
QUOTED = re.compile(r"[「『][^「」『』]{1,80}[」』]")
# 「写真付身分証明書がない場合」, "if you do not have a driver's licence": the case of lacking it.
ABSENT = re.compile(r"\s?(類)?(が|を|の)?(ない|無い|お持ちでない|お持ちではない|お持ちの無い|お持ちのない|所持して(い)?ない)"
                    r"(場合|方|とき)")
INSTEAD = re.compile(r"\s?(に代えて|の代わりに|に代わり)|^\s?instead")
# 「旅券番号、運転免許証番号、…被保険者証の記号、番号」 (what personal information is), "passport
# number": the document's number, not the document to send.
NUMBER_OF = re.compile(r"\s?(の)?(記号|番号|no\.|number)", re.I)
# 「(回答を)受取る際は運転免許証…の提示が必要」: IDs shown when collecting the answer (本人限定受取郵便
# at the post office) are the post office's check, no documents of the request.
ON_COLLECTING = re.compile(r"(受け?取|お受け?取)(る|り|られる)?(の)?(際|時|とき|場合)|本人限定受取郵便の受け?取|"
                           r"when (you )?(collect|receiv)(e|ing)", re.I)
# A sentence leading into a list of the company's forms to download.
DOWNLOAD_LEAD = re.compile(r"(下記|以下|次)[^。]{0,30}ダウンロード|download[^.]{0,30}(below|following)", re.I)
# A line that only links a file to download ("委任状(PDF:8KB)"): a form, not a document to send.
# (「ダウンロード:委任状(様式2)」: a link to the form, too)
FILE_LINK = re.compile(r"\((PDF|Word|Excel|DOCX?)[:：]?\s?\d*|^\s*ダウンロード\s?[:：]", re.I)
# Documents that prove who a representative is to the person, not the person's identity.
RELATION = re.compile(r"関係|続柄|資格|代理権|代理人であること|委任|relationship|proxy|authority|on behalf", re.I)
# 「法定代理人である旨の証明書類」: a proof of being a representative, named as an item.
CAPACITY_PROOF = re.compile(r"である(旨|こと)")
# 「お求めになられる方本人確認の書類」, 「申請者の本人確認」: whoever asks, not the person's own.
REQUESTER_WORD = re.compile(r"お求めになられる方|お求めになる方|請求(される|する)方|申請(される|する)方|請求者|申請者")
# 「3.開示申込手続き」, 「2.請求の方法」, "3. Procedure": a section on how to ask, naming no requester,
# is the person's again (after a section listing who may ask).
PROCEDURE_HEADING = re.compile(r"(請求|申請|申込|申し込み|求め|受付)[^。]{0,6}(手続|方法|手順)|\bprocedures?\b", re.I)
# A heading over identity documents that names no requester: the person's own documents.
# "Please enclose copies of any two of the following.": a count over the list below; (NO_PHOTO)
# 「顔写真のない…写し:2点」 one over the documents without a photo
OF_LIST = re.compile(r"\b(two|2) of the following\b|(以下|次|下記)の(うち|中から|いずれか)[^。]{0,8}(2|二)\s?(種類|点|通)|"
                     r"[A-Z][~〜～・][A-Z]のうち\s?(2|二)\s?(つ|点|種類|通)|"  # 「ない場合はB~Cのうち2つ」: of the lists named
                     + NO_PHOTO.pattern, re.I)
ID_HEADING = re.compile(r"本人の?確認|本人であることを(示す|証明する|確認できる)|身分証明書|identity|identification", re.I)
FRESH = re.compile(r"(?<!\d)(3|三)\s?(か|ヶ|ケ|カ|箇)月以内|within (the (last|past) )?(3|three) months", re.I)
# A document named only as NOT accepted ("健康保険証はご利用いただけません").
NOT_ACCEPTED = re.compile(r"受け付けて(おり|い)ません|お受けでき|お受けして(おり|い)ません|使用できません|(ご)?不要|"
                          r"ご利用いただけません|(お)?取り?扱いできません|取り?扱って(おり|い)ません|"
                          r"利用できません|認められません|対象外|除きます|除く|不可|ではありません|"
                          r"not (be )?accepted|cannot be used|are not valid", re.I)
# "2.患者様本人が指名する親族の場合", "(2) 代理人の場合": an item opening with whose case it is.
CASE_OF = re.compile(r"(?:[^。、()（）]|[(（][^()（）]{0,20}[)）]){1,40}?(の場合|による(請求|申請|場合)|が請求する場合)")
# Mentions of who is asking, for documents listed in one sentence for several requesters ("other":
# a deceased person's family, whom the record has no requester kind for).
# 「・当行所定の代理人届」: a form's name, no mention of who asks (below 「①法定代理人の場合」).
REQUESTER_MENTIONS: tuple[tuple[re.Pattern, str], ...] = (
    # 「ウ ご家族の場合」: a hospital's own kind of requester (a patient's family), none of the record's
    (re.compile(r"ご?遺\s?族|ご家族(の方)?の場合|法定相続人|相続人|死亡した|亡くなった|bereaved|deceased|\bheirs?\b|(patient|person) (dies|died|has died)\b", re.I), "other"),
    # 「法廷代理人」: a common mistyping of 法定代理人 (real13_blind/nssys's heading)
    (re.compile(r"法[定廷]代理人|親権者|成年後見人|未成年者?の|legal representative|guardian|parental|statutory (proxy|agent|representative)", re.I),
     "legal-representative"),
    # 「利用者本人以外の場合」: anyone who asks for the person, a legal representative or an agent
    # "If a representative is requesting disclosure …:": either kind of representative
    (re.compile(r"本人(様)?以外|someone other than the (person|individual|patient)|"
                r"\b(if|when) (a|the|your) representative (is )?(request|mak|apply|submit)", re.I), "representatives"),
    (re.compile(r"任意代理人|委任による代理人|委任を受けた(方|者)|受任者|(?<!法定|法廷)代理人(?!ご自身|届|選任届)|"
                r"本人が(指名|委任)(する|した)|"
                # 「患者さん本人から代理権を与えられた親族」, 「任意後見人」 (a guardian the person chose by contract)
                r"(本人|患者(さん|様)?)(から|より)代理権を(与えら|付与さ)れた|(?<!法定|法廷)任意後見人|"
                r"(?<!法定|法廷)代理人ご自身|"
                # ("a real estate agent", "a travel agent": a trade, no one asking)
                r"representative appointed|appointed representative|(?<!estate )(?<!travel )(?<!insurance )(?<!sales )agent|proxy|on behalf of",
                re.I), "agent"),
    # 「本人・代理人確認資料」: the person and the agent both
    # 「ご本人様の以下のいずれか1つ以上と、」 under an agent's heading: the list below is the person's
    # (「患者さんご本人の申請」: a row's heading)
    # (「この開示請求ができる方はご本人とその代理人です」: both, no one's list)
    (re.compile(r"(ご)?本人(様)?(?=(の場合|による|が請求|から|が直接|の申請$|の請求$|とその代理人|[(（](または|又は)?(その)?代理人|：|:|又は|または|もしくは|若しくは|、|・|及び|および|"
                r"の(以下|下記|次)の))|"
                r"本人(様)?が(開示等?の?)?(請求|申請|ご請求)|(請求者|申請者)が(開示対象者|本人)(様)?の場合|(患者|お客)(さま|様)?ご?本人(様)?が|"
                r"in the case of the individual|when you make the request yourself|the customer makes the request|"
                r"the principal makes|the individual makes|"
                r"\b(if|when) the (individual|person)( concerned)? (is )?(request|mak|apply|submit)|"
                # "(1) For requests by the individual:", "For requests made on the person's own behalf"
                r"\b(requests?|applications?) (made )?by the (individual|person|principal|data subject)\b(?!['’]s)|"
                r"\bon the (person|individual)['’]s own behalf|"
                # 「本人」 alone: a table's row label over the person's documents
                r"^\W{0,3}(患者(さん|様)?)?(ご)?本人(様)?\W{0,3}$", re.I), "self"),
)
# 「②「本人確認書類」 ※上記(1)②と同様」 in an agent's list: the item points to a list above; it
# heads no list of the person's own (what follows stays the agent's)
REFERS_ABOVE = re.compile(r"(上記|前記|前項)[^。]{0,16}(と同様|と同じ|に同じ)")
# 「※本人確認書類は、以下2点をご郵送ください」 under the representatives' list: the ID its items
# name (the person's, in every list) defined below, not the representative's alone.
ID_DEFINED = re.compile(r"[(（]?[※\s]{0,3}\d{0,2}[)）]?\s?(ご本人の)?本人確認(の)?書類(\s?[:：]|"
                        r"(は|につきましては|については)[、,]?\s?(以下|次|下記))|"  # 「(※1)本人確認書類:…」 too
                        # 「公的に本人を証明する書類とは以下のいずれかです」: the IDs the list above named
                        r"[^。]{0,12}本人(を|であることを)(証明|確認)する(書類|もの)とは|"
                        # 「※来訪の場合は運転免許証等の顔写真で本人確認した上で…」 under a table of who asks
                        r"\s{0,3}※\s?(来訪|来社|来院|来所|窓口)[^。]{0,12}場合[^。]{0,40}本人確認")
# 「委任状(委任による代理の場合)」: the case a bracket names right after a document
AGENT_CASE_AFTER = re.compile(r"\s?[(（][^()（）]{0,12}(委任による|任意代理|委任した)")
# The words between the two requesters of a pair: 「法定代理人又は遺族」
PAIRED = re.compile(r"\s?(又は|または|若しくは|もしくは|及び|および|、|・|や|\s?or\s?|\s?and\s?)\s?", re.I)
# 「ご本人または代理人であることを確認できるもの(運転免許証など」: an ID of whoever asks, in the brackets
# 「本人確認書類/代理人本人確認のための書類」: a heading over IDs either of them sends
BOTH_IDS = re.compile(r"本人確認(書類|資料)?\s?[/／・]\s?(ご)?(法定|任意)?代理人(の)?(本人確認|身分)")
EITHER_ASKS = re.compile(r"(ご)?本人(様)?(又は|または|もしくは|若しくは)(その)?代理人(の方|様)?であること[^。]{0,12}"
                         r"(確認|証明)[^。]{0,10}[(（][^()（）]{0,20}$")
# "Appointed representative: Authorization letter …": a requester named as a label inside a line
LABEL_EN = re.compile(r"(appointed |legal )?(representative|agent|proxy|guardian)s?:", re.I)
# 「代理人様が未成年者の法定代理人の場合」: the representative said to be a legal one is that one only.
REP_WHO_IS = re.compile(r"代理人(様|の方)?が(?=[^。、]{0,12}法定代理人)|"
                        # 「個人情報保護管理者(若しくはその代理人)の氏名」: the manager's deputy, no requester
                        r"(?<=管理者|責任者)\s?[(（]?(若しくは|もしくは|又は|または)その代理人")
# A list headed as the requester's own identity documents (「(1)開示請求者の本人確認」): whoever asks.
REQUESTER_ID = re.compile(r"(開示)?請求者の本人確認|申請者の(本人確認|身分)|requester['’]s (own )?identi", re.I)
# 「…の場合は(1)の他に以下の書類」: what a requester adds to a list given before.
IN_ADDITION = re.compile(r"の他に|のほかに|に加え|in addition to", re.I)
# 「・ 法定代理人の場合のみ必要です」: a note that says whose a document is.
ONLY_NOTE = re.compile(r"のみ|に限り|\bonly\b", re.I)
# A numbered item (「1.」, 「(2)」, 「3)」) and the words of a choice inside one item.
NUMBERED = re.compile(r"^\s*[(（]?\d{1,2}[)）.．]")
CHOICE = re.compile(r"いずれか|どれか|any one of|one of the following", re.I)
OR_ITEM = re.compile(r"^\s*[(（]?\d{1,2}[)）.．]\s?(または|又は|もしくは|or\b)|(または|又は|もしくは|\bor)\s*$", re.I)
# 「戸籍謄本等の法定代理人の資格を証明する公的書類」: a document proving a legal representative's
# standing (its mention there qualifies the document before it and heads nothing after it).
LEGAL_CAPACITY = re.compile(r"(法定代理人|親権者|成年後見人)(の|である)(資格|権限|こと)[^。、]{0,8}(証明|証する|確認)")
# A count of identity documents whose list the text does not hold: a note to check, not a count of
# nothing (the checklist would drop it).
COUNT_WITHOUT_LIST = "a count of identity documents whose list is not in the text: kept as a note"
# 「…をご請求される場合には 訂正等請求書 に、必要事項をご記入のうえ」: a web page sets the form's
# name (a link) off by spaces, a particle after it.
FORM_SPACED = re.compile(r"(?:(?<=\s)|^)([^\s、。「」()（）:：]{1,20}?(?:請求書|申請書|申込書|依頼書|申出書))\s(?=[にをへでのは、])")
# The documents that prove a representation, never anyone's identity.
RELATION_ONLY = frozenset({"power-of-attorney", "family-register", "certificate-of-registered-matters"})
# What proves an appointment or a guardianship (a 委任状, the seal certificate that goes with it, the
# guardianship registry's certificate): never a representative's own identity document.
STANDING_PROOFS = frozenset({"power-of-attorney", "seal-registration-certificate", "certificate-of-registered-matters"})
# "2. The right of access: If you wish to see what information we hold …": an item of a list of
# rights, its kind named in its label
RIGHT_LABEL = re.compile(r"^\W{0,4}\d{0,2}\.?\s?The right (of|to) [a-z ]{3,40}:", re.I)

from assistant.importer.terms_document_cases import *  # noqa: E402,F401,F403 - more of the documents' words
