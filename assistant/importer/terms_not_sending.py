"""Words of sentences that name a way or a form but send no request: how to pay (a heading over the
ways to pay, a bill), the ways for other matters, a way met by asking for another, a disclaimer, a pointer to the desk's block, and a
question's case. Read by the sending and first-contact rules; every pattern is bounded (linear)."""
from __future__ import annotations

import re

# 「お支払方法: / ・現金書留による送付」: a heading over the ways to pay (a cash envelope is no way to send)
PAY_HEADING = re.compile(r"(お)?支払い?方法|納付方法|(お)?振込方法|payment methods?|how to pay", re.I)
# 「当事業者から請求書を送付いたしますので、指定の方法でお支払いください」: a bill to pay, no form
# (「所定の請求書と手数料振込用紙を…郵送させていただきます」: the company's form and a slip, no bill)
BILL = re.compile(r"(?<!所定の)請求書[^。]{0,40}(お支払|支払い|お振込|振込|振り込|入金)|(お支払|支払い|振込|入金)[^。]{0,30}請求書|"
                  r"(費用|料金|手数料|代金)の?[、,]?[^。]{0,10}請求書|見積書と請求書")  # 「…費用の、見積書と請求書を送付します」
# 「また、それ以外の個人情報の取扱いに関するご要望(苦情及びご相談)につきましては…ご郵送又はEメールにて
# ご連絡ください」: the ways for other matters, not for requests
# (「…の訂正につきましては、…この手続によらずに郵送・メール等で受け付けます」: a route besides the procedure)
# 「…共同利用に関するお問い合わせ、お申し出は、…相談窓口またはお電話にて受け付けております」: joint use's questions
OTHER_MATTERS = re.compile(r"(それ|これ|上記|前記)以外の[^。]{0,30}(ご要望|苦情|相談|問い?合わ?せ)|(この|本|当該)?手続き?によらず|"
                           r"共同利用に(関する|ついての)(お?問い?合わ?せ|ご相談)")
# 「写しの交付を郵送でする場合は、実費をご負担いただきます」: the answer's copies by post, no way to send
ANSWER_COPIES = re.compile(r"(写し|コピー|開示文書|回答書?)の(交付|送付)を[^。]{0,4}(郵送|郵便)")
# 「郵送や配送途中の書類の紛失…につきましては、当社では責任を負いかねます」: a disclaimer, no refusal
LIABILITY = re.compile(r"責任を?(負い|負え)(かね|ません|ない)|責任は?負いかね")
# 「・「個人情報に関する相談窓口」(末尾に記載)」: a pointer to the desk's block, no counter
POINTS_TO_BLOCK = re.compile(r"(末尾|下記|後記|別記)[^。]{0,4}(に)?記載|「[^」]{0,20}窓口」")
UNSURE = re.compile(r"ご?不明な?点|ご不明|ご質問|わからない|分からない|詳しい内容")  # a question's case, no step
# 「電話等による開示等の求めがあった場合には、来店又は郵送もしくはFAXによる請求等を求める」: a request
# made this way is met by asking for another
REDIRECTED = re.compile(r"等?(による|での|で|にて)[^。、]{0,12}(求め|請求|申し出|申出|ご連絡|問い?合わせ)(等)?が"
                        r"(あった|ある|あり)場合(に|には|は)、?[^。]{0,40}(求め|お願い)")
REDIRECTED_NOTE = "the page asks for another way when a request comes this way"
# An English refusal's own words: a "not" elsewhere in the sentence refuses no way to send ("Consent
# … will not be applied retroactively to processing that occurred when the email was received")
REFUSES_EN = re.compile(r"\bneither\b|\bnor\b|not (be )?acceptable|unable to (accept|receive)|refus|reject|decline", re.I)
