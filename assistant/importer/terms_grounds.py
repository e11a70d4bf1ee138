"""Words of refusal grounds: the sentence that leads their list, the list that is about disclosing to
third parties instead, and what an item of grounds looks like. Linear patterns: bounded repeats."""
from __future__ import annotations

import re

REFUSAL_LEAD = re.compile(
    r"(開示|請求|応じ|対応)(をし|いたし|致し|し)?(ない|かねる|できない|られない)(こと|場合)|"
    # 「(3)開示することで次のいずれかに該当する場合は、その全部又は一部を開示しない。」 (a numbered item itself)
    r"(全部|一部)(又は|または|もしくは|若しくは)(全部|一部)を開示(し|いたし|致し)ない。?$|"
    # 「(2)以下の場合は、開示等の対象になりません。」 (a numbered part's own lead)
    r"(以下|次|下記)の(場合|もの)(は|については)[、,]?[^。]{0,20}対象(と|に)(は)?(なり|なら)ません|"
    r"(提供|開示)(が|を)?(でき|行え)ない場合|"
    # 「ただし、次の場合は開示等を行わないことがあります」
    r"(開示|通知|対応)(等)?を行わない(こと|場合)|"
    r"お応えできない|応じられ(ない|ません)|応じること(は|が)でき(ない|ません)|応じかね|[不非]開示と|"
    # 「以下の場合は請求の対象外としますので」: outside what a request covers
    r"(請求|開示(等)?)の対象外と(し|いたし|致し|な)|"
    # 「(1)以下の「保有個人データ」は開示等の対象としておりませんので、ご注意下さい。」
    r"開示(等)?の対象と(して|いたして|致して)(おりません|いません)|(開示(等)?(請求)?|請求)の対象と(なりません|ならない)|"
    # 「次のa.~d.のいずれかに該当する場合は、その全部または一部の開示…を控えることと致します」
    r"(開示|応じること|対応)[^。]{0,30}を控え(る|ます|させて)|"
    # ("in the following cases" alone leads any list: "we may ask for your data in the following cases")
    r"not (be able to )?(comply|respond)|unable to respond|may be refused|"
    r"shall not comply|may not do so|will not be able to respond|"
    # "We may refuse disclosure if:", "…not be possible in the following circumstances:"
    # ("Users may refuse the collection of …": the user's choice, no refusal of a request)
    r"(?<!users )(?<!user )(?<!you )(may|will|shall) (refuse|decline)|following circumstances|(will|shall|may) not (disclose|be disclosed)|"
    # "…corresponding to any of the cases enumerated below, however, Travel Vision may elect not to disclose …"
    r"(may|might) (elect|choose|decide) not to disclose|"
    # "However disclosure may not be possible in the following cases.", "The Company might not be
    # able to provide full or partial disclosure … in the cases indicated below."
    r"disclosure (may|might) not be possible|(may|might) not be able to (provide|make|perform)[\w ]{0,30} disclosure|"
    # "…that the Disclosure, etc. of personal information will not be made in the following instances:"
    r"disclosure[\w ,.]{0,40} (will|shall|may) not be (made|provided|given) in the following|"
    # "A request for disclosure, etc., cannot be accepted in the following cases."
    r"(cannot|can not|will not|may not|shall not) be (accepted|granted|honou?red|fulfilled) in the following", re.I)
# "Lion will not amend such data under the following circumstances": another kind's grounds (the
# record's are the disclosure's)
OTHER_KIND_LEAD_EN = re.compile(r"\b(amend|correct|cease|suspend|delet|eliminat|eras)\w*", re.I)
# Disclosure to others, and the exceptions to it: "We will not disclose … to third parties except:"
THIRD_PARTY_LEAD = re.compile(r"to (a |any |an outside )?third part|with third parties|第三者に(開示|提供)(いた|致)?し(ません|ない)|"
                              # 「次の場合をのぞき、第三者に提供または開示することはしません」
                              # 「…第三者（上記６の委託先…は除きます）に開示又は提供することはございません」
                              r"第三者([（(][^）)。]{0,40}[）)])?[にへ][^。]{0,16}(提供|開示)[^。]{0,12}"
                              r"(しません|しない|いたしません|致しません|ございません|ありません)", re.I)
# 「…開示を求められたときは、…速やかに対応させていただきます。ただし、開示することにより次のいずれかに
# 該当する場合は、その限りではありません。」: a promise to answer a request, then its exceptions listed below
# (not the exceptions to publishing purposes or to a third party's provision: no request before them)
LIMIT_LEAD = re.compile(r"^(ただし|但し)[、,]?[^。]{0,30}(次|以下|下記)の[^。]{0,16}(場合|とき)(に)?は[、,]?(その|この)限りで(は)?"
                        r"(ありません|ない|ございません)")
ANSWERS_REQUEST = re.compile(r"(求め|請求|申し出|申出)(られた|を受けた|があった)[^。]{0,80}(対応|通知|開示|応じ|訂正|削除|停止)")
# A lead that ends in the condition its items complete: "We may refuse disclosure if:".
LEAD_IF = re.compile(r"\b(if|when|where|in which)\s*[:：]\s*$", re.I)
# An item that reads as a case: 「…場合」, "when …", "There is a risk of harm …", "… would be in
# violation of laws", "… is not made in accordance with the procedures".
GROUND_LIKE = re.compile(r"場合|とき|おそれ|恐れ|when|where|if |in case|cases? (that|where|in which)|"
                         r"\b(risk|violat\w*|not|cannot|harm\w*|could|would|impediment|infring\w*|possibility|detrimental)\b", re.I)
# 「(1)「保有個人データ」に該当しないもの」, 「(2)法33条の定めにより開示等の対象としないもの」, 「2. …として
# 定める以下の場合」: a group's title by what it says (the category its items below fall in)
CATEGORY_TITLE = re.compile(r"((に該当し|に当たら|の対象と(し|なら))ないもの|(定める|定められる)(もの|事項)等?|(以下|次|下記)の(場合|もの))$")
