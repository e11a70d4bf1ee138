<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="71"/>
        <source>Disclosure Request Assistant</source>
        <translation>開示等請求アシスタント</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="69"/>
        <source>About Disclosure Request Assistant</source>
        <translation>開示等請求アシスタントについて</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="72"/>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="73"/>
        <source>Works offline: nothing you type leaves this computer.</source>
        <translation>インターネットに接続せずに動作します。入力した内容がこのパソコンの外に送られることはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="77"/>
        <source>Licences and sources</source>
        <translation>ライセンスと出典</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="78"/>
        <source>Licence of {name}</source>
        <translation>{name}のライセンス</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="19"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="27"/>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="28"/>
        <source>Everything you typed is still here.</source>
        <translation>入力した内容はそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../ui/cases_model.py" line="17"/>
        <source>Reference</source>
        <translation>整理番号</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="17"/>
        <source>Whose request</source>
        <translation>請求者</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="18"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="18"/>
        <source>Request</source>
        <translation>請求の種類</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="19"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="19"/>
        <source>Next date</source>
        <translation>次の期日</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="31"/>
        <source>Reminder (asking for the answer)</source>
        <translation>催促状（請求へのご回答のお願い）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="32"/>
        <source>Demand by certified mail (Art. 39)</source>
        <translation>内容証明郵便による催告書（個人情報保護法第39条）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="22"/>
        <source>Answer due: %1</source>
        <translation>回答期限：%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="23"/>
        <source>Court possible from: %1</source>
        <translation>訴えを起こせる日：%1</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="33"/>
        <source>Reply to an incomplete answer</source>
        <translation>不十分な回答への再請求</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="34"/>
        <source>Complaint to the accredited organisation</source>
        <translation>認定個人情報保護団体への苦情申出</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="35"/>
        <source>Sheet for calling the PPC consultation dial</source>
        <translation>個人情報保護法相談ダイヤルに電話するためのメモ</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="24"/>
        <source>Letter made, not posted</source>
        <translation>請求書作成済み・未発送</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="25"/>
        <source>Posted</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="26"/>
        <source>Delivered</source>
        <translation>配達済み</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="27"/>
        <source>Identity check received</source>
        <translation>本人確認の連絡あり</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="28"/>
        <source>Answered</source>
        <translation>回答あり</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="29"/>
        <source>Answered in part</source>
        <translation>一部回答</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="30"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="31"/>
        <source>No answer</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="32"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="84"/>
        <source>My requests</source>
        <translation>請求の管理</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="85"/>
        <source>Tracked requests</source>
        <translation>管理中の請求</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="86"/>
        <source>No requests tracked yet. Tick “Track this request” when you save a letter.</source>
        <translation>まだ管理中の請求はありません。請求書を保存するときに「この請求を管理する」にチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="88"/>
        <source>&amp;Posted…</source>
        <translation>発送した(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="88"/>
        <source>You posted the letter: the date, and the tracking number</source>
        <translation>請求書を発送した日と追跡番号を記録します</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="89"/>
        <source>&amp;Delivered…</source>
        <translation>配達された(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="89"/>
        <source>The date on the delivery record</source>
        <translation>配達記録に載っている日付</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="90"/>
        <source>&amp;Answered…</source>
        <translation>回答が来た(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="90"/>
        <source>The company answered, in full or in part, or refused</source>
        <translation>会社からの回答（全部・一部・拒否）を記録します</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="91"/>
        <source>&amp;Follow-up letter…</source>
        <translation>次の書面(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="91"/>
        <source>The next letter for this request, as a PDF</source>
        <translation>この請求の次の書面をPDFで作成します</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="92"/>
        <source>&amp;History…</source>
        <translation>経過(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="92"/>
        <source>Everything recorded for this request, with what the law says of it</source>
        <translation>この請求について記録したすべての出来事と、それぞれについての法律の定め</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="93"/>
        <source>E&amp;vidence file…</source>
        <translation>証拠ファイル(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="93"/>
        <source>The letters, follow-ups, receipts and timeline in one .zip file</source>
        <translation>請求書・その後の書面・差出しと配達の記録・経過記録を一つの .zip ファイルにまとめます</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="94"/>
        <source>&amp;Close</source>
        <translation>完了にする(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="94"/>
        <source>Nothing more to do for this request</source>
        <translation>この請求の手続を終えたものとして、完了にします</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="95"/>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="95"/>
        <source>Delete this request and its letters for good</source>
        <translation>この請求と書面を完全に削除します</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="99"/>
        <source>&amp;Export calendar…</source>
        <translation>カレンダーに書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="100"/>
        <source>The due dates as an .ics file (company and reference number only)</source>
        <translation>期日を .ics ファイルに書き出します（会社名と整理番号のみ）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_model.py" line="113"/>
        <source> (overdue)</source>
        <translation>（期限超過）</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="155"/>
        <source>Delete request</source>
        <translation>請求の削除</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="156"/>
        <source>Delete {reference} ({company}), its history and its letters for good?</source>
        <translation>{reference}（{company}）の請求と履歴、書面を完全に削除しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="162"/>
        <source>Not done</source>
        <translation>実行できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="183"/>
        <location filename="../../ui/cases_view.py" line="198"/>
        <source>Follow-up letter</source>
        <translation>次の書面</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="183"/>
        <source>&amp;Which letter:</source>
        <translation>作成する書面(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="191"/>
        <source>What the answer lacks</source>
        <translation>回答に足りないもの</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="192"/>
        <source>What was not disclosed, or what reason is missing:</source>
        <translation>開示されなかった項目、または示されていない理由：</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="199"/>
        <source>Make it now?</source>
        <translation>今、作成しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="204"/>
        <source>Save follow-up letter</source>
        <translation>書面の保存</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="220"/>
        <source>Save evidence file</source>
        <translation>証拠ファイルの保存</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="221"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip ファイル (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="224"/>
        <source>Export calendar</source>
        <translation>カレンダーの書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="224"/>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/cases_view.py" line="217"/>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/checklist_page.py" line="102"/>
        <source>Your checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="103"/>
        <source>What to send, where, how, and by when. Tick each step as you go (Space ticks the highlighted line).</source>
        <translation>送るもの・送り先・送り方・期限の一覧です。済んだ項目にチェックを入れてください（スペースキーでも入れられます）。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="104"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="105"/>
        <source>Where the selected line comes from</source>
        <translation>選択した行の根拠</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="106"/>
        <source>Show the &amp;policy&apos;s own words</source>
        <translation>プライバシーポリシーの原文を表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="107"/>
        <source>Under each company-specific line, the sentence of the policy it comes from</source>
        <translation>この会社独自の各行の下に、根拠となるプライバシーポリシーの原文を表示します</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="108"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（任意）</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="112"/>
        <source>Posting date</source>
        <translation>投函日</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="188"/>
        <source>Posting date: write a day from %1 to %2, as YYYY-MM-DD</source>
        <translation>投函日は%1から%2までの日付を、YYYY-MM-DDの形で入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="113"/>
        <source>The day you post the request: the checklist then shows the dates</source>
        <translation>請求書を投函する日です。入力すると、チェックリストに回答期限などの日付が表示されます</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="114"/>
        <source>Posting da&amp;te:</source>
        <translation>投函日(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="115"/>
        <source>&amp;Copy as text</source>
        <translation>テキストとしてコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="115"/>
        <source>Copy the checklist to paste or read aloud</source>
        <translation>チェックリストをコピーします。貼り付けたり、読み上げたりできます</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="116"/>
        <source>Copy first-contact &amp;message</source>
        <translation>問い合わせ文をコピー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="117"/>
        <source>A polite message asking the company for its form and procedure</source>
        <translation>請求書の様式と手続を会社に尋ねる、丁寧な問い合わせ文です</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="118"/>
        <source>&amp;Save checklist PDF</source>
        <translation>PDFで保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="118"/>
        <source>A printable checklist with your name and dates</source>
        <translation>氏名と日付の入った印刷用のチェックリストを、PDFで保存します</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="119"/>
        <source>Save b&amp;lank checklist PDF</source>
        <translation>記入用の白紙PDFを保存(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="120"/>
        <source>No personal data: to print or send to a caller</source>
        <translation>個人情報を含まない記入用のチェックリストです。印刷したり、相談者に渡したりできます</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="121"/>
        <source>P&amp;rint</source>
        <translation>印刷(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="121"/>
        <source>Print the checklist</source>
        <translation>チェックリストを印刷します</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="131"/>
        <source>Step or item</source>
        <translation>手順・項目</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="131"/>
        <source>Source</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="132"/>
        <source>Policy</source>
        <translation>プライバシーポリシー</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="132"/>
        <source>General practice</source>
        <translation>一般的な慣行</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="132"/>
        <source>Assumption</source>
        <translation>前提</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="133"/>
        <source>From the company&apos;s policy.</source>
        <translation>この会社のプライバシーポリシーによります。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="134"/>
        <source>From the law: %1.</source>
        <translation>法令によります（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="135"/>
        <source>General practice, not the company&apos;s own rule.</source>
        <translation>一般的な慣行によります（この会社独自の定めではありません）。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="136"/>
        <source>An assumption of this program (general practice).</source>
        <translation>このプログラムが置いている前提です（一般的な慣行によります）。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="137"/>
        <source>The policy&apos;s own words:</source>
        <translation>プライバシーポリシーの原文：</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="137"/>
        <source>The words it rests on:</source>
        <translation>根拠となる記載：</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="138"/>
        <source>Not stated in the policy. Ask the company:</source>
        <translation>プライバシーポリシーに記載がありません。次の問い合わせ先で会社に確認してください：</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="139"/>
        <source>Check: %1</source>
        <translation>送る前に確認：%1</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="139"/>
        <source>%1: send ONE of these</source>
        <translation>%1：次のうちいずれか1点を送る</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="140"/>
        <source>%1: send this</source>
        <translation>%1：次の書類を送る</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="141"/>
        <source>Address the envelope:</source>
        <translation>封筒の宛名：</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="142"/>
        <source>Address the envelope (to be confirmed):</source>
        <translation>封筒の宛名（要確認）：</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="143"/>
        <source>Ask the company: %1</source>
        <translation>会社に確認すること：%1</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="143"/>
        <source>How to ask: %1</source>
        <translation>問い合わせ先：%1</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="143"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="144"/>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="144"/>
        <source>Who is asking</source>
        <translation>請求者</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="144"/>
        <source>Reference</source>
        <translation>整理番号</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="145"/>
        <source>The company calls this</source>
        <translation>プライバシーポリシーでの名称</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="145"/>
        <source>Policy revised</source>
        <translation>プライバシーポリシーの改定日</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="146"/>
        <source>Record last checked</source>
        <translation>記録の最終確認日</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="146"/>
        <source>not dated</source>
        <translation>日付の記載なし</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="204"/>
        <source>%1 of %2 done</source>
        <translation>%2項目中%1項目完了</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="220"/>
        <source>Checklist copied.</source>
        <translation>チェックリストをコピーしました。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="225"/>
        <source>First-contact message copied (Japanese and English).</source>
        <translation>問い合わせ文をコピーしました（日本語と英語）。</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="232"/>
        <source>Save blank checklist</source>
        <translation>記入用の白紙チェックリストを保存</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="232"/>
        <source>Save checklist</source>
        <translation>チェックリストを保存</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="235"/>
        <source>Saved %1</source>
        <translation>保存しました：%1</translation>
    </message>
</context>
<context>
    <name>CompanyBar</name>
    <message>
        <location filename="../../ui/company_bar.py" line="30"/>
        <source>Chan&amp;ge company</source>
        <translation>会社を変更(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/company_bar.py" line="31"/>
        <source>Change company</source>
        <translation>会社を変更</translation>
    </message>
    <message>
        <location filename="../../ui/company_bar.py" line="32"/>
        <source>Choose another company; the person&apos;s details are kept</source>
        <translation>別の会社を選び直します（入力した本人の情報はそのまま残ります）</translation>
    </message>
    <message>
        <location filename="../../ui/company_bar.py" line="42"/>
        <source>To: %1</source>
        <translation>宛先：%1</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../ui/company_page.py" line="132"/>
        <source>&amp;Import the corporate register…</source>
        <translation>法人番号データの取込(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="133"/>
        <source>Every company in Japan, offline: the National Tax Agency&apos;s register of corporations, with each one&apos;s registered head office</source>
        <translation>国税庁法人番号公表サイトのデータ（全国の法人と本店所在地）を取り込み、オフラインで検索できるようにします</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="115"/>
        <source>Which company?</source>
        <translation>どの会社に請求しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="116"/>
        <source>Type a name, a service (e.g. doda) or a Japanese name.</source>
        <translation>会社名、サービス名（例：doda）、または日本語の社名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="117"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="118"/>
        <source>Search companies and services…</source>
        <translation>会社名・サービス名で検索…</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="119"/>
        <source>Search companies</source>
        <translation>会社の検索</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="120"/>
        <source>Filters as you type; press Down to move to the list</source>
        <translation>入力するたびに絞り込みます。下矢印キーで一覧に移動します</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="121"/>
        <source>Companies</source>
        <translation>会社の一覧</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="122"/>
        <source>Selected company summary</source>
        <translation>選んだ会社の概要</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="124"/>
        <source>My &amp;requests…</source>
        <translation>請求の管理(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="125"/>
        <source>Requests you track: what is due or overdue, follow-up letters</source>
        <translation>管理中の請求の期日・期限超過と、次の書面</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="126"/>
        <source>My company is not &amp;listed…</source>
        <translation>一覧に会社がない(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="127"/>
        <source>Type the company&apos;s name and address: the checklist and letter then come from the law alone</source>
        <translation>会社名と住所を入力すると、法律だけに基づいてチェックリストと請求書を作成します</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="129"/>
        <source>Add a company from its &amp;privacy policy…</source>
        <translation>プライバシーポリシーから会社を追加(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="130"/>
        <source>Paste or open the company&apos;s privacy policy; check each fact the program finds; the company is then in the list</source>
        <translation>会社のプライバシーポリシーを貼り付けるか開き、読み取った内容を一つずつ確かめると、その会社が一覧に加わります</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="142"/>
        <source>{count} company record file(s) could not be read and were skipped: {files}. Run &apos;python main.py validate&apos; to see what to fix.</source>
        <translation>会社の記録ファイル{count}件を読み込めなかったため、除外しました：{files}。直すべき箇所は「python main.py validate」で確認できます。</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="175"/>
        <source>(not listed: from the law alone)</source>
        <translation>（一覧になし：法律のみに基づく）</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="201"/>
        <source>No company matches: use “My company is not listed” (a letter from the law alone) or “Add a company from its privacy policy”.</source>
        <translation>該当する会社がありません。「一覧に会社がない」（法律のみに基づく請求書）か「プライバシーポリシーから会社を追加」をお使いください。</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="204"/>
        <source>… more companies match: keep typing to narrow the list</source>
        <translation>…ほかにも該当する会社があります。続けて入力して絞り込んでください</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="215"/>
        <source>Pick a company from the list.</source>
        <translation>一覧から会社を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.py" line="235"/>
        <source>This record can no longer be read:</source>
        <translation>この記録は読み込めなくなりました：</translation>
    </message>
</context>
<context>
    <name>CompanySummary</name>
    <message>
        <location filename="../../ui/company_summary.py" line="41"/>
        <source>not known: ask the company</source>
        <translation>不明（会社にお問い合わせください）</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="42"/>
        <source>not stated in the policy</source>
        <translation>プライバシーポリシーに記載なし</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="43"/>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="57"/>
        <source>(inquiry address: ask first)</source>
        <translation>（問い合わせ先の住所です。請求書を送ってよいか先にご確認ください）</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="58"/>
        <source>Send to</source>
        <translation>送付先</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="63"/>
        <source>&lt;b&gt;Send to:&lt;/b&gt; the policy names no address; ask the company.</source>
        <translation>&lt;b&gt;送付先：&lt;/b&gt;プライバシーポリシーに送付先の記載がありません。会社にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="71"/>
        <source>How:</source>
        <translation>請求方法：</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="72"/>
        <source>Not accepted:</source>
        <translation>受け付けない方法：</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="89"/>
        <source>no fee</source>
        <translation>無料</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="90"/>
        <source>Fee for disclosure:</source>
        <translation>開示の手数料：</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="97"/>
        <source>not dated</source>
        <translation>日付の記載なし</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="98"/>
        <source>&lt;b&gt;Policy revised:&lt;/b&gt; {revised}. &lt;b&gt;Record checked:&lt;/b&gt; {checked}</source>
        <translation>&lt;b&gt;プライバシーポリシーの改定日：&lt;/b&gt;{revised}&#x3000;&lt;b&gt;記録の最終確認日：&lt;/b&gt;{checked}</translation>
    </message>
    <message>
        <location filename="../../ui/company_summary.py" line="103"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; this record was last checked {months} months ago; the company&apos;s procedure may have changed. Check its current privacy policy.</source>
        <translation>&lt;b&gt;注意：&lt;/b&gt;この記録を最後に確認したのは{months}か月前です。手続が変わっている可能性があるため、最新のプライバシーポリシーをご確認ください。</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../ui/details_fields.py" line="11"/>
        <source>&amp;Full name</source>
        <translation>氏名(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="12"/>
        <location filename="../../ui/details_fields.py" line="20"/>
        <source>As on the identity document</source>
        <translation>本人確認書類の記載どおりに</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="13"/>
        <source>Name in &amp;kana</source>
        <translation>フリガナ(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="14"/>
        <source>In katakana, e.g. ヤマダ タロウ</source>
        <translation>カタカナで（例：ヤマダ タロウ）</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="15"/>
        <source>Date of bi&amp;rth</source>
        <translation>生年月日(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="16"/>
        <source>e.g. 1985-04-12, 1985/4/12 or 昭和60年4月12日 (S60.4.12)</source>
        <translation>例：1985-04-12、1985/4/12、昭和60年4月12日、S60.4.12</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="17"/>
        <source>Postal &amp;code</source>
        <translation>郵便番号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="18"/>
        <source>7 digits, e.g. 150-0001</source>
        <translation>7桁（例：150-0001）</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="19"/>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="21"/>
        <source>P&amp;hone</source>
        <translation>電話番号(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="22"/>
        <source>e.g. 090-1234-5678</source>
        <translation>例：090-1234-5678</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="23"/>
        <source>E-&amp;mail</source>
        <translation>メールアドレス(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="24"/>
        <source>e.g. name@example.jp</source>
        <translation>例：name@example.jp</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="26"/>
        <source>Former names or addre&amp;sses</source>
        <translation>旧姓・旧住所(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="27"/>
        <source>If the company may know you by an old name or address</source>
        <translation>会社に以前の氏名や住所で登録されている場合</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="31"/>
        <source>Representat&amp;ive&apos;s full name</source>
        <translation>代理人の氏名(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="33"/>
        <source>Representati&amp;ve&apos;s address</source>
        <translation>代理人の住所(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="35"/>
        <source>Representative&apos;s te&amp;lephone</source>
        <translation>代理人の電話番号(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="37"/>
        <source>Representative&apos;s e-mail (&amp;1)</source>
        <translation>代理人のメールアドレス(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="39"/>
        <source>La&amp;wyer&apos;s registration number</source>
        <translation>弁護士登録番号(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="40"/>
        <source>Required for a lawyer</source>
        <translation>弁護士の場合は必須</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="43"/>
        <source>Services used (&amp;2)</source>
        <translation>利用したサービス(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="44"/>
        <source>Comma-separated, e.g. doda, HiPro</source>
        <translation>読点（、）またはカンマで区切って入力（例：doda、HiPro）</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="45"/>
        <source>Member or account IDs (&amp;3)</source>
        <translation>会員番号・アカウントID(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="46"/>
        <source>Comma-separated</source>
        <translation>読点（、）またはカンマで区切って入力</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="47"/>
        <source>Period (&amp;4)</source>
        <translation>対象期間(&amp;4)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="48"/>
        <source>e.g. 2020 to now</source>
        <translation>例：2020年から現在まで</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="51"/>
        <source>What it sa&amp;ys now</source>
        <translation>現在の内容(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="52"/>
        <source>What it should say (&amp;5)</source>
        <translation>訂正後の内容(&amp;5)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="55"/>
        <source>Capaci&amp;ty</source>
        <translation>代理人の資格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="56"/>
        <source>Details of the grounds (&amp;7)</source>
        <translation>理由の詳細(&amp;7)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="57"/>
        <source>What happened (optional)</source>
        <translation>経緯（任意）</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="58"/>
        <source>Answer method (&amp;6)</source>
        <translation>開示の方法(&amp;6)</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="59"/>
        <source>Under the Act (Art. 33(1)) you may say how the data is disclosed</source>
        <translation>個人情報保護法第33条第1項により、開示の方法を指定できます</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="64"/>
        <source>Parent or guardian of a minor</source>
        <translation>未成年者の親権者・未成年後見人</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="65"/>
        <source>Adult guardian of an adult ward</source>
        <translation>成年後見人</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="66"/>
        <source>Agent appointed by the person</source>
        <translation>本人が委任した任意代理人</translation>
    </message>
    <message>
        <location filename="../../ui/details_fields.py" line="67"/>
        <source>Lawyer</source>
        <translation>弁護士</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="94"/>
        <source>Details for the letter</source>
        <translation>請求書に記載する事項</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="95"/>
        <source>Fields marked * are required. Nothing you type leaves this computer.</source>
        <translation>* の付いた項目は必須です。入力した内容がこのパソコンの外に送られることはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="96"/>
        <source>The person</source>
        <translation>ご本人</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="97"/>
        <source>Representative</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="98"/>
        <source>Data concerned</source>
        <translation>対象となる個人データ</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="99"/>
        <source>Correction</source>
        <translation>訂正の内容</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="100"/>
        <source>Grounds (tick at least one) (&amp;8)</source>
        <translation>請求の理由（一つ以上選ぶ）(&amp;8)</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="101"/>
        <source>How should the company answer?</source>
        <translation>開示の方法のご希望</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="111"/>
        <source>What still needs fixing</source>
        <translation>修正が必要な箇所</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="191"/>
        <source>No preference</source>
        <translation>指定しない</translation>
    </message>
    <message>
        <location filename="../../ui/details_page.py" line="258"/>
        <source>To continue: {reasons}</source>
        <translation>次へ進むには：{reasons}</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../ui/draft_actions.py" line="49"/>
        <source>Save draft</source>
        <translation>下書きの保存</translation>
    </message>
    <message>
        <location filename="../../ui/draft_actions.py" line="51"/>
        <location filename="../../ui/draft_actions.py" line="68"/>
        <source>Drafts (*.json)</source>
        <translation>下書き (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/draft_actions.py" line="57"/>
        <source>Draft not saved</source>
        <translation>下書きを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/draft_actions.py" line="58"/>
        <source>Everything you typed is still here.</source>
        <translation>入力した内容はそのまま残っています。</translation>
    </message>
    <message>
        <location filename="../../ui/draft_actions.py" line="67"/>
        <source>Open draft</source>
        <translation>下書きを開く</translation>
    </message>
    <message>
        <location filename="../../ui/draft_actions.py" line="74"/>
        <source>Draft not opened</source>
        <translation>下書きを開けませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/draft_actions.py" line="102"/>
        <source>Restore?</source>
        <translation>復元しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/draft_actions.py" line="102"/>
        <source>The program was not closed normally last time. Restore what was typed then?</source>
        <translation>前回、プログラムが正常に終了しませんでした。そのとき入力していた内容を復元しますか？</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="47"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="49"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="52"/>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="54"/>
        <source>How the company answered</source>
        <translation>会社の回答</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="56"/>
        <source>&amp;Tracking number:</source>
        <translation>追跡番号(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="58"/>
        <source>Answered in full</source>
        <translation>全部回答</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="59"/>
        <source>Answered in part</source>
        <translation>一部回答</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="59"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="61"/>
        <source>&amp;Answer:</source>
        <translation>回答(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="62"/>
        <source>Recorded in &amp;error: withdraw it</source>
        <translation>誤って記録したので取り消す(&amp;E)</translation>
    </message>
</context>
<context>
    <name>FeePaidRow</name>
    <message>
        <location filename="../../ui/fee_paid.py" line="38"/>
        <source>I have &amp;already paid the fee</source>
        <translation>手数料を支払い済み(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/fee_paid.py" line="39"/>
        <source>Tick only once you have paid: the letter then says when and how</source>
        <translation>支払ってからチェックしてください。請求書に支払日と支払方法が記載されます</translation>
    </message>
    <message>
        <location filename="../../ui/fee_paid.py" line="40"/>
        <source>Day the fee was paid</source>
        <translation>手数料の支払日</translation>
    </message>
    <message>
        <location filename="../../ui/fee_paid.py" line="44"/>
        <source>How the fee was paid</source>
        <translation>手数料の支払方法</translation>
    </message>
    <message>
        <location filename="../../ui/fee_paid.py" line="45"/>
        <source>how, e.g. postal money order or bank transfer</source>
        <translation>支払方法（例：定額小為替、銀行振込）</translation>
    </message>
</context>
<context>
    <name>GroundRows</name>
    <message>
        <location filename="../../ui/grounds_box.py" line="86"/>
        <source>The facts that show it (needed: the letter states this ground only with them)</source>
        <translation>そう考える具体的な事実（必須：事実がなければ、この理由は請求書に書けません）</translation>
    </message>
</context>
<context>
    <name>HelpButtons</name>
    <message>
        <location filename="../../ui/help.py" line="68"/>
        <source>Help (F1)</source>
        <translation>使い方（F1）</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="69"/>
        <source>A short guide to the six steps (F1)</source>
        <translation>6つの手順の簡単な説明（F1）</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="70"/>
        <source>About</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="71"/>
        <source>Version and licences</source>
        <translation>バージョンとライセンス</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="25"/>
        <source>Help</source>
        <translation>使い方</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="100"/>
        <source>History of {reference}</source>
        <translation>{reference}の経過</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="108"/>
        <source>Events of this request</source>
        <translation>この請求の出来事</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="111"/>
        <source>&amp;Correct the selected event…</source>
        <translation>選んだ出来事を訂正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="155"/>
        <source>Correct an event</source>
        <translation>出来事の訂正</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="93"/>
        <source>Add a company from its privacy policy</source>
        <translation>プライバシーポリシーから会社を追加</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Paste the part of the company&apos;s privacy policy on requests, or open the page you saved. Check every fact against its highlighted words; mark a fact unknown when the words do not say it. Nothing leaves this computer.</source>
        <translation>会社のプライバシーポリシーのうち開示等の請求に関する部分を貼り付けるか、保存したページを開いてください。読み取った内容を、強調表示された原文と一つずつ照らし合わせ、原文から読み取れないものは「不明とする」にしてください。内容がこのパソコンの外に送られることはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <source>Policy text</source>
        <translation>プライバシーポリシーの本文</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <source>Paste the policy text here…</source>
        <translation>ここにプライバシーポリシーの本文を貼り付けてください…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="100"/>
        <source>&amp;Open file…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="101"/>
        <source>&amp;Find facts</source>
        <translation>内容を読み取る(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="102"/>
        <source>Proposed facts</source>
        <translation>読み取った内容</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="103"/>
        <source>Fact</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="103"/>
        <source>Value</source>
        <translation>読み取った値</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="103"/>
        <source>The policy&apos;s words</source>
        <translation>プライバシーポリシーの原文</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="104"/>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="105"/>
        <source>Double-click a value to correct it; choose “Mark unknown” where the highlighted words do not say it</source>
        <translation>値をダブルクリックすると修正できます。強調表示された原文から読み取れない場合は「不明とする」を選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="107"/>
        <source>Policy text with the quote highlighted</source>
        <translation>該当箇所を強調表示したプライバシーポリシーの本文</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>Company &amp;name:</source>
        <translation>会社名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <location filename="../../ui/import_words.py" line="21"/>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>Record &amp;id:</source>
        <translation>記録ID(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="109"/>
        <source>Record id</source>
        <translation>記録ID</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>&amp;Checked by:</source>
        <translation>確認者(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>Checked by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="116"/>
        <source>lower-case letters, digits, hyphens: sakura-tsuhan</source>
        <translation>半角英小文字・数字・ハイフン（例：sakura-tsuhan）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>your name: who checked these facts</source>
        <translation>内容を確認した人（ご自身）の氏名</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>&amp;Save company</source>
        <translation>会社を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="119"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="125"/>
        <source>Accept</source>
        <translation>採用する</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="126"/>
        <source>Check this</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="127"/>
        <source>Mark unknown</source>
        <translation>不明とする</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="135"/>
        <source>⚠ Check this: {fact}</source>
        <translation>⚠ 要確認：{fact}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>The import was not sure the policy says this: read its words, then decide</source>
        <translation>取り込み支援機能は、プライバシーポリシーがこう定めているか確信が持てません。原文を読んでから判断してください</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="154"/>
        <source>Open a saved privacy policy</source>
        <translation>保存したプライバシーポリシーを開く</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="155"/>
        <source>Policy (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>プライバシーポリシー (*.txt *.html *.htm *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="143"/>
        <source>Decision on {fact}</source>
        <translation>「{fact}」の判断</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="216"/>
        <source>This text names no kind of request (開示, 訂正 …): is it the part of the policy on requests?</source>
        <translation>この文章には請求の種類（開示、訂正など）が見当たりません。プライバシーポリシーのうち開示等の請求に関する部分ですか？</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="22"/>
        <source>Policy revised on</source>
        <translation>プライバシーポリシーの改定日</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="23"/>
        <source>Postal code (where to send)</source>
        <translation>郵便番号（送付先）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="24"/>
        <source>Address (where to send)</source>
        <translation>住所（送付先）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="25"/>
        <source>Department (where to send)</source>
        <translation>部署（送付先）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="26"/>
        <source>Phone for questions</source>
        <translation>問い合わせ先の電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="27"/>
        <source>E-mail for questions</source>
        <translation>問い合わせ先のメールアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="28"/>
        <source>Web form</source>
        <translation>ウェブフォーム</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="29"/>
        <source>Way to send: accepted</source>
        <translation>送付方法（受け付ける）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="30"/>
        <source>Way to send: refused</source>
        <translation>送付方法（受け付けない）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="31"/>
        <source>What to write on the envelope</source>
        <translation>封筒に書く文言</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="32"/>
        <source>The company&apos;s form</source>
        <translation>会社所定の請求書</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="33"/>
        <source>The company has its own form</source>
        <translation>会社所定の請求書がある</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="34"/>
        <source>How to get the form</source>
        <translation>所定の請求書の入手方法</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="35"/>
        <source>Document: the person&apos;s identity</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="36"/>
        <source>How many identity documents</source>
        <translation>本人確認書類の点数</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="92"/>
        <source>1 with a photo, or 2 without</source>
        <translation>顔写真付き1点、または顔写真なし2点</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="94"/>
        <source>{document} (no photo: 2 needed)</source>
        <translation>{document}（顔写真なし・2点必要）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="37"/>
        <source>Document: legal representative</source>
        <translation>法定代理人の書類</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="38"/>
        <source>Document: appointed agent</source>
        <translation>任意代理人の書類</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="39"/>
        <source>Condition on documents</source>
        <translation>書類の条件</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="40"/>
        <source>Fee (yen)</source>
        <translation>手数料（円）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="41"/>
        <source>Fee charged for</source>
        <translation>手数料がかかる請求</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="42"/>
        <source>Fee counted per</source>
        <translation>手数料の単位</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="43"/>
        <source>How to pay the fee</source>
        <translation>手数料の支払方法</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="44"/>
        <source>When to pay the fee</source>
        <translation>手数料を支払う時期</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="45"/>
        <source>A fee is charged (amount not given)</source>
        <translation>手数料がかかる（金額の記載なし）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="46"/>
        <source>How the company answers</source>
        <translation>会社の回答方法</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="47"/>
        <source>Answer within (business days)</source>
        <translation>回答期限（営業日）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="48"/>
        <source>Answer within (days)</source>
        <translation>回答期限（日）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="49"/>
        <source>Ground for refusing</source>
        <translation>請求に応じない場合</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="50"/>
        <source>Kind of request offered</source>
        <translation>受け付ける請求の種類</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="51"/>
        <source>Return envelope to enclose</source>
        <translation>同封する返信用封筒</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="52"/>
        <source>Postage for sending the request</source>
        <translation>請求書を送る郵送料</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="53"/>
        <source>Hours of the inquiry phone</source>
        <translation>問い合わせ電話の受付時間</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="54"/>
        <source>The person chooses how to be answered</source>
        <translation>回答方法を請求者が選べる</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="55"/>
        <source>Documents listed on the company&apos;s form</source>
        <translation>会社所定の請求書に記載の必要書類</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="56"/>
        <source>Identity documents asked for (kinds not named)</source>
        <translation>種類の記載がない本人確認書類</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="57"/>
        <source>The company may answer on paper instead</source>
        <translation>会社が書面で回答する場合がある</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="58"/>
        <source>Excludes data kept six months or less (old law)</source>
        <translation>6か月以内に消去するデータの除外（改正前の法律）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="59"/>
        <source>Stamps to enclose for the answer</source>
        <translation>回答の返送用に同封する切手</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="60"/>
        <source>When the company answers (in words, no days)</source>
        <translation>回答の時期（日数の定めなし）</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="61"/>
        <source>The procedure is on another page</source>
        <translation>請求の手続は別のページにある</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="62"/>
        <source>A public body&apos;s procedure</source>
        <translation>行政機関等の手続</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="68"/>
        <source>download it</source>
        <translation>ダウンロードする</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="69"/>
        <source>through the web form</source>
        <translation>ウェブフォームから</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="70"/>
        <source>the company sends it on asking</source>
        <translation>連絡すると会社から送られる</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="71"/>
        <source>ask the inquiry counter</source>
        <translation>問い合わせ窓口に求める</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="72"/>
        <source>with the request</source>
        <translation>請求書に同封する</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="73"/>
        <source>before sending the request</source>
        <translation>請求書を送る前に支払う</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="74"/>
        <source>when the company asks for it</source>
        <translation>会社から求められた時に支払う</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="75"/>
        <source>request</source>
        <translation>1回の請求</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="76"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="77"/>
        <source>paid by the requester</source>
        <translation>請求者が負担する</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="116"/>
        <source>with {amount} yen in stamps</source>
        <translation>{amount}円分の切手を貼付</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="117"/>
        <source>stamps not stated</source>
        <translation>切手の額は記載なし</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="154"/>
        <source>A record with this id exists</source>
        <translation>同じIDの記録があります</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="155"/>
        <source>A company record with the id {id} already exists. Replace it with this import, or save this one as {new}?</source>
        <translation>ID「{id}」の会社の記録がすでにあります。この取り込みで置き換えますか。それとも「{new}」として保存しますか。</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="158"/>
        <source>&amp;Replace it</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/import_words.py" line="159"/>
        <source>Save as {new}</source>
        <translation>「{new}」として保存</translation>
    </message>
</context>
<context>
    <name>KeyboardPath</name>
    <message>
        <location filename="../../ui/wizard_keys.py" line="52"/>
        <source>Close</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_keys.py" line="53"/>
        <source>Close the program? What is typed for this person is cleared (save a draft first to keep it).</source>
        <translation>プログラムを終了しますか？ この方について入力した内容は消去されます（残すには、先に下書きを保存してください）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_keys.py" line="59"/>
        <source>&amp;Close</source>
        <translation>終了する(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_keys.py" line="60"/>
        <source>&amp;Keep working</source>
        <translation>入力を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <location filename="../../ui/language_bar.py" line="34"/>
        <source>Language:</source>
        <translation>表示言語：</translation>
    </message>
    <message>
        <location filename="../../ui/language_bar.py" line="35"/>
        <source>Interface language</source>
        <translation>画面の表示言語</translation>
    </message>
    <message>
        <location filename="../../ui/language_bar.py" line="36"/>
        <source>The language of this window; the letter&apos;s language is chosen on the last page</source>
        <translation>この画面の言語です。請求書の言語は最後のページで選びます</translation>
    </message>
</context>
<context>
    <name>LetterDateDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="77"/>
        <source>Track this request</source>
        <translation>この請求を管理する</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="79"/>
        <source>Date on the letter</source>
        <translation>請求書の日付</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="81"/>
        <source>The letter carries this date. Choose an earlier one only for a letter you made and sent before.</source>
        <translation>請求書にはこの日付が入ります。以前に作成して送った請求書を記録するときだけ、前の日付を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="85"/>
        <source>Date on the &amp;letter:</source>
        <translation>請求書の日付(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../ui/letter_page.py" line="46"/>
        <source>Both: {first}, then {second}</source>
        <translation>{first}と{second}の併記（{first}が先）</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="100"/>
        <source>The preview could not be made: {message}</source>
        <translation>プレビューを作成できませんでした：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="113"/>
        <source>Your letter</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="114"/>
        <source>Check the preview, then save or print it; sign and seal the paper copy.</source>
        <translation>プレビューを確認してから保存または印刷し、印刷したものに署名・押印してください。</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="115"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="116"/>
        <source>Letter language</source>
        <translation>請求書の言語</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="117"/>
        <source>Japanese is what the company expects; bilingual adds English under each part</source>
        <translation>会社に送るのは日本語が基本です。併記にすると各項目の下に英語が入ります</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="121"/>
        <source>Letter preview</source>
        <translation>請求書のプレビュー</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="126"/>
        <source>Save the letter of aut&amp;hority (委任状)</source>
        <translation>委任状をPDFで保存(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="127"/>
        <source>The 委任状 the person signs and seals with their registered seal; it goes in the envelope with the letter</source>
        <translation>本人が署名し実印を押す委任状です。請求書と一緒に封筒に入れます</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="166"/>
        <source>Save letter of authority</source>
        <translation>委任状を保存</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="123"/>
        <source>&amp;Save letter PDF</source>
        <translation>請求書をPDFで保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="123"/>
        <source>Save the letter as a PDF file</source>
        <translation>請求書をPDFファイルとして保存します</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="124"/>
        <source>Open the sa&amp;ved letter</source>
        <translation>保存した請求書を開く(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="124"/>
        <source>Open the saved letter in your PDF viewer</source>
        <translation>保存した請求書をPDFビューアで開きます</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="125"/>
        <source>P&amp;rint</source>
        <translation>印刷(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="125"/>
        <source>Print the letter</source>
        <translation>請求書を印刷します</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="132"/>
        <source>&amp;Track this request in My requests</source>
        <translation>この請求を管理する(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="133"/>
        <source>Keep this request with its dates, to be reminded and to write the follow-up letters (stored on this computer only)</source>
        <translation>この請求を期日とともに記録し、期日のお知らせや次の書面の作成に使います（このパソコンにのみ保存）</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="197"/>
        <source>Save letter</source>
        <translation>請求書の保存</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="168"/>
        <location filename="../../ui/letter_page.py" line="201"/>
        <source>Saved {path}</source>
        <translation>保存しました：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="213"/>
        <source>{saved}. Not tracked: {problem}</source>
        <translation>{saved}。管理に追加できませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/letter_page.py" line="215"/>
        <source>{saved}. Tracked as request {number}: open My requests on the first page when you post it.</source>
        <translation>{saved}。請求{number}として管理に追加しました。発送したら、最初のページの「請求の管理」を開いてください。</translation>
    </message>
</context>
<context>
    <name>PostalFill</name>
    <message>
        <location filename="../../ui/postal_fill.py" line="65"/>
        <source>The postal code {code} is for {place}; the address does not say {city}: check both</source>
        <translation>郵便番号{code}は{place}の番号ですが、住所に「{city}」がありません。郵便番号と住所を確かめてください</translation>
    </message>
    <message>
        <location filename="../../ui/postal_fill.py" line="70"/>
        <source>〒{code}: {place}: add the street number</source>
        <translation>〒{code}：{place}&#x3000;続けて番地以降を入力してください</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../ui/profiles.py" line="147"/>
        <source>Save as &amp;profile…</source>
        <translation>プロフィールとして保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="148"/>
        <source>Keep these details under a name, to use them for other companies</source>
        <translation>この内容に名前を付けて保存し、ほかの会社への請求にも使えるようにします</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="149"/>
        <source>&amp;Use a saved profile…</source>
        <translation>保存したプロフィールを使う(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="150"/>
        <source>Fill in the details of a person saved before</source>
        <translation>以前に保存した人の情報を入力します</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="157"/>
        <location filename="../../ui/profiles.py" line="160"/>
        <location filename="../../ui/profiles.py" line="171"/>
        <source>Save as profile</source>
        <translation>プロフィールとして保存</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="158"/>
        <source>Complete the details first (the fields marked * and any shown in red).</source>
        <translation>先に必要事項（* の付いた項目と赤字で示された項目）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="160"/>
        <source>&amp;Name to find it by:</source>
        <translation>探すときの名前(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="172"/>
        <source>A profile of this name and date of birth is saved already. Save another one?</source>
        <translation>同じ名前と生年月日のプロフィールがすでに保存されています。もう一つ保存しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="180"/>
        <source>Saved as profile: {profile}</source>
        <translation>プロフィールを保存しました：{profile}</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../ui/profiles.py" line="36"/>
        <source>born {birth}</source>
        <translation>{birth}生まれ</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="86"/>
        <location filename="../../ui/profiles.py" line="89"/>
        <source>Saved profiles</source>
        <translation>保存したプロフィール</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="87"/>
        <source>Search profiles</source>
        <translation>プロフィールの検索</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="88"/>
        <source>Type part of a name…</source>
        <translation>名前の一部を入力…</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="90"/>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="91"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="92"/>
        <source>Delete the chosen profile and the details in it for good</source>
        <translation>選んだプロフィールとその内容を完全に削除します</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="93"/>
        <source>&amp;Use</source>
        <translation>使う(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="94"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="119"/>
        <source>Delete profile</source>
        <translation>プロフィールの削除</translation>
    </message>
    <message>
        <location filename="../../ui/profiles.py" line="120"/>
        <source>Delete this profile and the details in it for good?</source>
        <translation>このプロフィールとその内容を完全に削除しますか？</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../ui/progress.py" line="78"/>
        <source>Indexing company records (only after they change)…</source>
        <translation>会社の記録を索引に登録しています（記録が変わったときだけ行います）…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_words.py" line="10"/>
        <source>&amp;Look in:</source>
        <translation>ファイルの場所(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="11"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../ui/qt_words.py" line="12"/>
        <source>Double Sided Printing</source>
        <translation>両面印刷</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="13"/>
        <source>Off</source>
        <translation>しない</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="14"/>
        <source>Long side binding</source>
        <translation>長辺とじ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="15"/>
        <source>Short side binding</source>
        <translation>短辺とじ</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="16"/>
        <source>Page &amp;Set:</source>
        <translation>印刷するページ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="17"/>
        <source>Pages</source>
        <translation>ページ指定</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="75"/>
        <source>Import the corporate register</source>
        <translation>法人番号データの取込</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="77"/>
        <source>Every company in Japan, offline: download the National Tax Agency&apos;s data from {page} (全件データ, CSV形式, Unicode or Shift-JIS; the whole country or your prefectures) and choose the .zip files here. Later, daily change files (差分データ) bring it up to date. This program never goes online itself.</source>
        <translation>国内のすべての法人をオフラインで検索できます。国税庁法人番号公表サイト（{page}）から全件データ（CSV形式・Unicode または Shift-JIS。全国分または必要な都道府県分）をダウンロードし、ここでその .zip ファイルを選んでください。その後は日次の差分データで最新の状態にできます。このプログラム自体がインターネットに接続することはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="81"/>
        <source>&amp;Choose the downloaded files…</source>
        <translation>ダウンロードしたファイルを選ぶ(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="82"/>
        <source>Choose the downloaded files</source>
        <translation>ダウンロードしたファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="83"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="93"/>
        <source>The register cannot be read: {problem}</source>
        <translation>法人番号データを読み込めません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="96"/>
        <source>No register imported yet.</source>
        <translation>法人番号データはまだ取り込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="100"/>
        <source>The register holds {count} companies, data as of {day}.</source>
        <translation>{count}社を収録しています（{day}時点のデータ）。</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="105"/>
        <source>The NTA&apos;s register files</source>
        <translation>国税庁の法人番号データのファイル</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="106"/>
        <source>Register files (*.zip *.csv)</source>
        <translation>法人番号データのファイル (*.zip *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="115"/>
        <source>Importing…</source>
        <translation>取込中…</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="124"/>
        <source>Importing… {rows} rows, {seconds} s</source>
        <translation>取込中… {rows}件、{seconds}秒</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="130"/>
        <source>Imported {rows} rows.</source>
        <translation>{rows}件を取り込みました。</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="137"/>
        <source>Nothing was changed: {problem}</source>
        <translation>取り込めませんでした。法人番号データは変更されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="147"/>
        <source>Still importing: close this window once it is done (the register stays as it was until then).</source>
        <translation>取込中です。終わってから閉じてください（それまで法人番号データは元のままです）。</translation>
    </message>
</context>
<context>
    <name>RegisterRows</name>
    <message>
        <location filename="../../ui/register_rows.py" line="80"/>
        <source>This company is closed: {closure}. A request may need to go to its successor.</source>
        <translation>この会社は閉鎖されています：{closure}。請求は承継先の会社にする必要があるかもしれません。</translation>
    </message>
    <message>
        <location filename="../../ui/register_rows.py" line="44"/>
        <source>From the national corporate register (国税庁法人番号公表サイト): the registered head office. The company may take requests at another address: check its privacy policy.</source>
        <translation>国税庁法人番号公表サイトのデータによる登録住所（本店所在地）です。開示等の請求の受付窓口が別にある場合があるため、会社のプライバシーポリシーで確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/register_rows.py" line="52"/>
        <source>These 13 digits are not a corporate number: the check digit does not match. Check the number.</source>
        <translation>この13桁は法人番号ではありません（検査用数字が合いません）。番号を確かめてください。</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <location filename="../../ui/request_pages.py" line="48"/>
        <source>What do you want to ask for?</source>
        <translation>何を請求しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="49"/>
        <source>Tick one or more. Space ticks the highlighted line.</source>
        <translation>一つ以上選んでください。スペースキーで選択中の行にチェックを入れられます。</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="50"/>
        <source>&amp;Request kinds:</source>
        <translation>請求の種類(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="51"/>
        <source>Request kinds</source>
        <translation>請求の種類</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="52"/>
        <source>Each is a right under the Act on the Protection of Personal Information</source>
        <translation>いずれも個人情報保護法で認められた権利です</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="68"/>
        <source>{kind} ({article}) — {explain}</source>
        <translation>{kind}（{article}）：{explain}</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="74"/>
        <source>[not in this company&apos;s policy: still your right]</source>
        <translation>［プライバシーポリシーに記載なし：法律上の権利として請求できます］</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="75"/>
        <source>The company&apos;s policy does not list this kind of request, but it is still your right under the Act; you may make it, citing the article.</source>
        <translation>この会社のプライバシーポリシーにはこの種類の請求が記載されていませんが、個人情報保護法上の権利です。条文を示して請求できます。</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="92"/>
        <source>The policy does not list: {kinds}. You may still make the request; the checklist cites the article.</source>
        <translation>プライバシーポリシーに記載のない請求：{kinds}。この場合も請求できます。チェックリストには根拠となる条文を記載します。</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <location filename="../../ui/progress.py" line="77"/>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>Disclosure Request Assistant</source>
        <translation>開示等請求アシスタント</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>Start &amp;over</source>
        <translation>最初からやり直す(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>Clear everything typed, for the next caller</source>
        <translation>入力した内容をすべて消去し、次の方の受付に備えます</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103"/>
        <source>Save &amp;draft</source>
        <translation>下書きを保存(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103"/>
        <source>Save what is typed so far, to continue later</source>
        <translation>ここまでの入力を保存し、後で続けられるようにします</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="104"/>
        <source>Op&amp;en draft</source>
        <translation>下書きを開く(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="104"/>
        <source>Continue from a saved draft</source>
        <translation>保存した下書きから再開します</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106"/>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="222"/>
        <source>My requests</source>
        <translation>請求の管理</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="262"/>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="262"/>
        <source>Clear everything typed for this person and start again?</source>
        <translation>この方について入力した内容をすべて消去して、最初からやり直しますか？</translation>
    </message>
</context>
<context>
    <name>RequesterPage</name>
    <message>
        <location filename="../../ui/request_pages.py" line="154"/>
        <source>Who is asking?</source>
        <translation>請求するのはどなたですか？</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="155"/>
        <source>When someone acts for the person, more documents go in the envelope.</source>
        <translation>代理人が請求する場合は、同封する書類が増えます。</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="156"/>
        <source>&amp;Who is asking:</source>
        <translation>請求者(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="157"/>
        <source>What this means for the documents:</source>
        <translation>必要な書類：</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="158"/>
        <source>Who is asking</source>
        <translation>請求者</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="159"/>
        <source>Documents this requires</source>
        <translation>必要な書類</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="191"/>
        <source>or</source>
        <translation>または</translation>
    </message>
    <message>
        <location filename="../../ui/request_pages.py" line="200"/>
        <source>one of these sets</source>
        <translation>次のいずれか</translation>
    </message>
</context>
<context>
    <name>TrackRequest</name>
    <message>
        <location filename="../../ui/track_request.py" line="36"/>
        <source>Not tracked</source>
        <translation>管理に追加できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/track_request.py" line="43"/>
        <source>The same request is tracked already</source>
        <translation>同じ請求を管理中です</translation>
    </message>
    <message>
        <location filename="../../ui/track_request.py" line="44"/>
        <source>You already track this request to this company ({reference}). Is this letter a correction of it, or a new request?</source>
        <translation>この会社へのこの請求は既に管理しています（{reference}）。この請求書は、その訂正ですか、それとも新しい請求ですか。</translation>
    </message>
    <message>
        <location filename="../../ui/track_request.py" line="46"/>
        <source>&amp;Correction: replace its letter</source>
        <translation>訂正：請求書を差し替える(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/track_request.py" line="49"/>
        <source>&amp;New request</source>
        <translation>新しい請求(&amp;N)</translation>
    </message>
</context>
<context>
    <name>UnlistedDialog</name>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="51"/>
        <source>My company is not listed</source>
        <translation>一覧に会社がない場合</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="53"/>
        <source>Every company that holds personal data must answer requests under the Act. Without a record of its own procedure, the checklist and the letter come from the law and general practice alone. Copy the address from the company&apos;s website (its privacy policy or company profile).</source>
        <translation>個人情報を取り扱う会社は、個人情報保護法に基づく請求に応じなければなりません。その会社の手続の記録がない場合、チェックリストと請求書は法律と一般的な慣行だけに基づいて作成します。住所は会社のウェブサイト（プライバシーポリシーや会社概要）で確認して入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="58"/>
        <source>Company &amp;name:</source>
        <translation>会社名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="58"/>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="59"/>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="59"/>
        <source>Company address</source>
        <translation>会社の住所</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="60"/>
        <source>&amp;Postal code:</source>
        <translation>郵便番号(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="60"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="61"/>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="61"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="67"/>
        <source>e.g. 123-4567</source>
        <translation>例：123-4567</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="68"/>
        <source>optional, e.g. Personal information inquiries</source>
        <translation>任意（例：個人情報お問い合わせ窓口）</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="69"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/unlisted_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
</TS>
