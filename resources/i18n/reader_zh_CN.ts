<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>Read an English text beside its Chinese translation, paragraph by paragraph, and find what was mistranslated.</source>
        <translation>将英文原文与中文译文逐段对照阅读，找出误译之处。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>About reader</source>
        <translation>关于 reader</translation>
    </message>
</context>
<context>
    <name>AdjudicationDialog</name>
    <message>
        <source>Adjudicate</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审校者</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>&amp;Keep Selected</source>
        <translation>保留所选(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Case</source>
        <translation>下一项(&amp;N)</translation>
    </message>
    <message>
        <source>Every case is settled.</source>
        <translation>所有条目均已裁定。</translation>
    </message>
    <message>
        <source>only they marked it</source>
        <translation>仅此人标注</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>differ</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Case {0} of {1}: {2} ({3})</source>
        <translation>第 {0} 项，共 {1} 项：{2}（{3}）</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审校者</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Per 1,000 words</source>
        <translation>每千词</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>审校者</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>κ category</source>
        <translation>κ 类别</translation>
    </message>
    <message>
        <source>κ severity</source>
        <translation>κ 严重程度</translation>
    </message>
    <message>
        <source>Paragraphs where the reviewers&apos; penalties differ most</source>
        <translation>审校者扣分差异最大的段落</translation>
    </message>
    <message>
        <source>&amp;Adjudicate…</source>
        <translation>裁定(&amp;A)…</translation>
    </message>
    <message>
        <source>Settle the reviewers&apos; annotations into one adjudicated set, case by case</source>
        <translation>逐项将各审校者的标注裁定为一套统一的标注</translation>
    </message>
    <message>
        <source>same span</source>
        <translation>相同片段</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>¶{0}: {1}</source>
        <translation>¶{0}：{1}</translation>
    </message>
    <message>
        <source>How far the document&apos;s reviewers agree</source>
        <translation>文档各审校者之间的一致程度</translation>
    </message>
</context>
<context>
    <name>AlignmentEditing</name>
    <message>
        <source>Merge Rows</source>
        <translation>合并行</translation>
    </message>
    <message>
        <source>Merged rows {0} and {1}.</source>
        <translation>已合并第 {0} 行和第 {1} 行。</translation>
    </message>
    <message>
        <source>Mark as Untranslated</source>
        <translation>标为未翻译</translation>
    </message>
    <message>
        <source>Marked row {0} as not translated.</source>
        <translation>已将第 {0} 行标为未翻译。</translation>
    </message>
    <message>
        <source>Confirm Alignment</source>
        <translation>确认对齐</translation>
    </message>
    <message>
        <source>Confirmed row {0}.</source>
        <translation>已确认第 {0} 行。</translation>
    </message>
    <message>
        <source>Could Not Split the Row</source>
        <translation>无法拆分该行</translation>
    </message>
    <message>
        <source>Split row {row} at {sentence}.</source>
        <translation>已在{sentence}处拆分第 {row} 行。</translation>
    </message>
    <message>
        <source>Split Row</source>
        <translation>拆分行</translation>
    </message>
    <message>
        <source>Could Not Move the Sentence</source>
        <translation>无法移动该句子</translation>
    </message>
    <message>
        <source>Move Sentence to Previous Pair</source>
        <translation>将句子移至上一句对</translation>
    </message>
    <message>
        <source>Moved {0} to the previous sentence pair.</source>
        <translation>已将{0}移至上一句对。</translation>
    </message>
    <message>
        <source>Move Sentence to Next Pair</source>
        <translation>将句子移至下一句对</translation>
    </message>
    <message>
        <source>Moved {0} to the next sentence pair.</source>
        <translation>已将{0}移至下一句对。</translation>
    </message>
    <message>
        <source>Re-align Rows</source>
        <translation>重新对齐</translation>
    </message>
    <message>
        <source>Re-run the aligner on {rows}?

Rows you confirmed or edited stay as they are. You can undo this.</source>
        <translation>要对{rows}重新运行对齐程序吗？

已确认或编辑过的行将保持不变。此操作可以撤销。</translation>
    </message>
    <message>
        <source>Re-aligning {rows}…</source>
        <translation>正在重新对齐{rows}…</translation>
    </message>
    <message>
        <source>Re-aligned {rows}.</source>
        <translation>已重新对齐{rows}。</translation>
    </message>
    <message>
        <source>Still saving the last alignment edit…</source>
        <translation>仍在保存上一次对齐编辑…</translation>
    </message>
    <message>
        <source>Re-alignment cancelled.</source>
        <translation>已取消重新对齐。</translation>
    </message>
    <message>
        <source>Could Not Change the Alignment</source>
        <translation>无法更改对齐</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>已重做：{0}</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>已撤销：{0}</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Row</source>
        <translation>与下一行合并(&amp;M)</translation>
    </message>
    <message>
        <source>Join this row and the next into one</source>
        <translation>将此行与下一行合并为一行</translation>
    </message>
    <message>
        <source>&amp;Split Row at Current Sentence</source>
        <translation>在当前句子处拆分行(&amp;S)</translation>
    </message>
    <message>
        <source>Start a new row at the current sentence&apos;s paragraph</source>
        <translation>从当前句子所在段落起另开一行</translation>
    </message>
    <message>
        <source>Move Sentence to &amp;Previous Bead</source>
        <translation>将句子移至上一句对(&amp;P)</translation>
    </message>
    <message>
        <source>Pair the current sentence with the sentences before it</source>
        <translation>将当前句子与其前面的句子配对</translation>
    </message>
    <message>
        <source>Move Sentence to &amp;Next Bead</source>
        <translation>将句子移至下一句对(&amp;N)</translation>
    </message>
    <message>
        <source>Pair the current sentence with the sentences after it</source>
        <translation>将当前句子与其后面的句子配对</translation>
    </message>
    <message>
        <source>Mark as &amp;Untranslated</source>
        <translation>标为未翻译(&amp;U)</translation>
    </message>
    <message>
        <source>This row&apos;s original was not translated: show it apart</source>
        <translation>此行原文未被翻译：将其单独显示</translation>
    </message>
    <message>
        <source>&amp;Confirm Alignment</source>
        <translation>确认对齐(&amp;C)</translation>
    </message>
    <message>
        <source>This row is right: a re-run of the aligner keeps it</source>
        <translation>此行对齐正确：重新运行对齐程序时保留不变</translation>
    </message>
    <message>
        <source>&amp;Re-align Selected Rows…</source>
        <translation>重新对齐所选行(&amp;R)…</translation>
    </message>
    <message>
        <source>Align the selected rows again; confirmed rows stay</source>
        <translation>重新对齐所选行；已确认的行保持不变</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>对齐(&amp;A)</translation>
    </message>
    <message>
        <source>only the first {side} of a pair can move to the previous pair</source>
        <translation>只有句对中的第一个{side}才能移至上一句对</translation>
    </message>
    <message>
        <source>only the last {side} of a pair can move to the next pair</source>
        <translation>只有句对中的最后一个{side}才能移至下一句对</translation>
    </message>
    <message>
        <source>source sentence</source>
        <translation>原文句子</translation>
    </message>
    <message>
        <source>target sentence</source>
        <translation>译文句子</translation>
    </message>
    <message>
        <source>source sentence {0}</source>
        <translation>原文第 {0} 句</translation>
    </message>
    <message>
        <source>target sentence {0}</source>
        <translation>译文第 {0} 句</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>rows {first}–{last}</source>
        <translation>第 {first}–{last} 行</translation>
    </message>
</context>
<context>
    <name>AnnotationsModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审校者</translation>
    </message>
    <message>
        <source>Tick a fix to apply it in the revised translation (File › Export)</source>
        <translation>勾选修改，即在修订译文中应用（文件 › 导出）</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Any annotator</source>
        <translation>所有标注者</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <source>Show only this severity</source>
        <translation>仅显示此严重程度</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Show only this category</source>
        <translation>仅显示此类别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Show only this status</source>
        <translation>仅显示此状态</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change category, severity, comment or fix (or double-click a row)</source>
        <translation>修改类别、严重程度、备注或修改建议（也可双击某一行）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Show only this annotator&apos;s</source>
        <translation>仅显示此标注者的标注</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Not translated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <source>Added in translation</source>
        <translation>译文增添</translation>
    </message>
    <message>
        <source>Number missing or changed</source>
        <translation>数字缺失或改变</translation>
    </message>
    <message>
        <source>Source text copied untranslated</source>
        <translation>原文照抄未译</translation>
    </message>
    <message>
        <source>Half-width punctuation in Chinese</source>
        <translation>中文中使用了半角标点</translation>
    </message>
    <message>
        <source>Unmatched bracket or quotation mark</source>
        <translation>括号或引号不成对</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>词语重复</translation>
    </message>
    <message>
        <source>Stray space</source>
        <translation>多余空格</translation>
    </message>
    <message>
        <source>Unusual length</source>
        <translation>长度异常</translation>
    </message>
    <message>
        <source>Same sentence translated differently</source>
        <translation>同一句子译法不一</translation>
    </message>
    <message>
        <source>Term not rendered as the term base says</source>
        <translation>术语未按术语库翻译</translation>
    </message>
    <message>
        <source>Word in a sense that does not fit</source>
        <translation>词义不符合原文</translation>
    </message>
    <message>
        <source>Idiom rendered word by word</source>
        <translation>习语被逐字直译</translation>
    </message>
    <message>
        <source>Meaning drifts from the source</source>
        <translation>意思偏离原文</translation>
    </message>
    <message>
        <source>Same-sounding wrong character</source>
        <translation>同音错别字</translation>
    </message>
    <message>
        <source>Inline code missing or added</source>
        <translation>内联代码缺失或多出</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>建议修改</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Open to see each one</source>
        <translation>展开查看每一处</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>{0} flagged</source>
        <translation>已标记 {0} 处</translation>
    </message>
    <message>
        <source>{0} dismissed</source>
        <translation>已忽略 {0} 处</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Show Dismissed</source>
        <translation>显示已忽略的</translation>
    </message>
    <message>
        <source>List the dismissed findings too</source>
        <translation>同时列出已忽略的问题</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Run the checks on the shown document (F7)</source>
        <translation>对当前文档运行检查 (F7)</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Flag the selected findings as annotations, with the check&apos;s category</source>
        <translation>将所选问题标记为批注，使用检查对应的类别</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>全部检查</translation>
    </message>
    <message>
        <source>Show only this check&apos;s findings</source>
        <translation>只显示此项检查的结果</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Set the selected findings aside: they stay dismissed when checked again (Del)</source>
        <translation>忽略所选问题：再次检查时仍保持忽略（Del）</translation>
    </message>
    <message>
        <source>Allow This Text Everywhere</source>
        <translation>在全文中允许此文本</translation>
    </message>
    <message>
        <source>The check leaves this text alone all over the document (a name kept in Latin)</source>
        <translation>此检查在整篇文档中不再报告这段文本（如保留拉丁字母的名称）</translation>
    </message>
    <message>
        <source>Not checked yet (F7)</source>
        <translation>尚未检查 (F7)</translation>
    </message>
    <message>
        <source>{0} findings, {1} flagged, {2} dismissed</source>
        <translation>发现 {0} 处问题，已标记 {1} 处，已忽略 {2} 处</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>{side} ¶{number}</source>
        <translation>{side} 第{number}段</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checking the translation…</source>
        <translation>正在检查译文…</translation>
    </message>
    <message>
        <source>The checks found {0} problems.</source>
        <translation>检查发现 {0} 处问题。</translation>
    </message>
    <message>
        <source>Checks cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>Could Not Check the Translation</source>
        <translation>无法检查译文</translation>
    </message>
    <message>
        <source>Could Not Dismiss</source>
        <translation>无法忽略</translation>
    </message>
    <message>
        <source>Dismiss {0} Findings</source>
        <translation>忽略 {0} 处问题</translation>
    </message>
    <message>
        <source>Dismissed {0} findings.</source>
        <translation>已忽略 {0} 处问题。</translation>
    </message>
    <message>
        <source>Dismissal undone.</source>
        <translation>已撤销忽略。</translation>
    </message>
    <message>
        <source>&amp;Check Translation</source>
        <translation>检查译文(&amp;C)</translation>
    </message>
    <message>
        <source>Find mistranslations, omissions, number errors, punctuation and other problems</source>
        <translation>查找误译、漏译、数字错误、标点等问题</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>another reviewer</source>
        <translation>另一位审校者</translation>
    </message>
    <message>
        <source>{who} changed this annotation after you opened it.</source>
        <translation>{who} 在你打开此标注之后修改了它。</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>修改建议：{0}</translation>
    </message>
    <message>
        <source>Their version:</source>
        <translation>对方的版本：</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>采用对方的</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Team Database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>Keep the password in the system&apos;s keyring</source>
        <translation>将密码保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>No keyring here: the password is asked once a session</source>
        <translation>此处没有钥匙串：每次会话询问一次密码</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Connected: {0}.</source>
        <translation>已连接：{0}。</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>无法连接：{0}</translation>
    </message>
    <message>
        <source>Connected to {0}.</source>
        <translation>已连接到 {0}。</translation>
    </message>
    <message>
        <source>Could Not Connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Team Database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>The password for {0}:</source>
        <translation>{0} 的密码：</translation>
    </message>
    <message>
        <source>Connect to a &amp;Team Database…</source>
        <translation>连接团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Review with others on a shared PostgreSQL database</source>
        <translation>在共享的 PostgreSQL 数据库上与他人一起审校</translation>
    </message>
</context>
<context>
    <name>DocumentStatusBar</name>
    <message>
        <source>{counts} paragraphs in {rows} rows</source>
        <translation>{counts} 段，共 {rows} 行</translation>
    </message>
    <message>
        <source>MQM penalty (WMT weights), total and per 1,000 source words</source>
        <translation>MQM 扣分（WMT 权重）：总分及每千个原文单词的扣分</translation>
    </message>
    <message>
        <source>The selected row&apos;s source paragraph: MQM penalty and per 1,000 of its words</source>
        <translation>所选行的原文段落：MQM 扣分及每千词扣分</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} 个错误</translation>
    </message>
    <message>
        <source>MQM {penalty} · {per_thousand}/1,000 words · {errors}</source>
        <translation>MQM {penalty} · {per_thousand}/千词 · {errors}</translation>
    </message>
    <message>
        <source>{lang} ¶{number}: MQM {penalty} · {per_thousand}/1,000 words</source>
        <translation>{lang} ¶{number}：MQM {penalty} · {per_thousand}/千词</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <source>XLIFF, into the imported file</source>
        <translation>XLIFF，写回导入的文件</translation>
    </message>
    <message>
        <source>Revised translation, text</source>
        <translation>修订译文，纯文本</translation>
    </message>
    <message>
        <source>Revised translation, Word</source>
        <translation>修订译文，Word</translation>
    </message>
    <message>
        <source>Revised translation, XLIFF</source>
        <translation>修订译文，XLIFF</translation>
    </message>
    <message>
        <source>Export Document</source>
        <translation>导出文档</translation>
    </message>
    <message>
        <source>Optional: your name, shown in the report</source>
        <translation>可选：您的姓名，将显示在报告中</translation>
    </message>
    <message>
        <source>Every reviewer&apos;s</source>
        <translation>所有审校者的</translation>
    </message>
    <message>
        <source>One reviewer&apos;s annotations only, such as the adjudicated set</source>
        <translation>只导出一位审校者的标注，例如裁定后的那一套</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>Where to write the export</source>
        <translation>导出文件的保存位置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>审校人(&amp;R)：</translation>
    </message>
    <message>
        <source>Preview of the report:</source>
        <translation>报告预览：</translation>
    </message>
    <message>
        <source>&amp;Annotations:</source>
        <translation>标注(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>{0}&apos;s only</source>
        <translation>仅 {0} 的</translation>
    </message>
    <message>
        <source>{name} (*{suffix});;All files (*)</source>
        <translation>{name} (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>导出为</translation>
    </message>
    <message>
        <source>Preview of the revised translation:</source>
        <translation>修订译文预览：</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>无法预览：{error}</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Could Not Export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the text</source>
        <translation>在文本中查找</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>beginning</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>end</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>Search wrapped around to the {0}.</source>
        <translation>已绕回到{0}继续查找。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 处，共 {1} 处</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一处(&amp;V)</translation>
    </message>
</context>
<context>
    <name>FindSimilarDialog</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Already flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Find Similar</source>
        <translation>查找相似</translation>
    </message>
    <message>
        <source>&amp;This document</source>
        <translation>当前文档(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Whole library</source>
        <translation>整个文库(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Flag Selected</source>
        <translation>标记所选(&amp;F)</translation>
    </message>
    <message>
        <source>Flag every checked place like the selected annotation</source>
        <translation>按所选标注的方式标记每个勾选的位置</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索范围：</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Could not search: {error}</source>
        <translation>无法搜索：{error}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{found} found, {fresh} not yet flagged.</source>
        <translation>找到 {found} 处，其中 {fresh} 处尚未标记。</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>未找到。</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Alt+C to get here, then type the first letters (e.g. “Acc”, “Flu”) or use the arrow keys</source>
        <translation>按 Alt+C 跳到此处，然后输入开头几个字母（如“Acc”“Flu”）或使用方向键</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <source>Flag Error</source>
        <translation>标记错误</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Return in any field but the comment</source>
        <translation>在备注以外的任意字段中按回车键</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>译文：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Severity (Alt+1…4):</source>
        <translation>严重程度(&amp;S)（Alt+1…4）：</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Suggested &amp;fix:</source>
        <translation>修改建议(&amp;F)：</translation>
    </message>
    <message>
        <source>Dictionary:</source>
        <translation>词典：</translation>
    </message>
    <message>
        <source>Select Chinese text to see what its words can mean.</source>
        <translation>选择中文文本即可查看其中词语的释义。</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>(not in CC-CEDICT)</source>
        <translation>（CC-CEDICT 未收录）</translation>
    </message>
    <message>
        <source>No Chinese words in the selection.</source>
        <translation>所选内容中没有中文词语。</translation>
    </message>
    <message>
        <source>Dictionary unavailable: {error}</source>
        <translation>词典不可用：{error}</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Annotations are signed with your name (asked only once):</source>
        <translation>标注将以您的姓名署名（仅询问一次）：</translation>
    </message>
</context>
<context>
    <name>Flagging</name>
    <message>
        <source>Flag {category}</source>
        <translation>标记 {category}</translation>
    </message>
    <message>
        <source>Flagged.</source>
        <translation>已标记。</translation>
    </message>
    <message>
        <source>Flag undone.</source>
        <translation>已撤销标记。</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <source>Annotation saved.</source>
        <translation>标注已保存。</translation>
    </message>
    <message>
        <source>Edit undone.</source>
        <translation>已撤销编辑。</translation>
    </message>
    <message>
        <source>Flag {0} Similar</source>
        <translation>标记 {0} 处相似</translation>
    </message>
    <message>
        <source>Flagged {0} similar.</source>
        <translation>已标记 {0} 处相似。</translation>
    </message>
    <message>
        <source>Similar flags undone.</source>
        <translation>已撤销相似标记。</translation>
    </message>
    <message>
        <source>Flag {0} Findings</source>
        <translation>标记 {0} 处问题</translation>
    </message>
    <message>
        <source>Flagged {0} findings.</source>
        <translation>已标记 {0} 处问题。</translation>
    </message>
    <message>
        <source>Flagged findings undone.</source>
        <translation>已撤销标记的问题。</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Annotation deleted.</source>
        <translation>标注已删除。</translation>
    </message>
    <message>
        <source>Annotation restored.</source>
        <translation>标注已恢复。</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>已解决。</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>已重新打开。</translation>
    </message>
    <message>
        <source>Accept Fix</source>
        <translation>采纳修改</translation>
    </message>
    <message>
        <source>Withdraw Fix</source>
        <translation>撤回采纳</translation>
    </message>
    <message>
        <source>Fix accepted.</source>
        <translation>已采纳修改。</translation>
    </message>
    <message>
        <source>Fix withdrawn.</source>
        <translation>已撤回采纳。</translation>
    </message>
    <message>
        <source>Acceptance undone.</source>
        <translation>已撤销采纳。</translation>
    </message>
    <message>
        <source>Change MQM Weights</source>
        <translation>更改 MQM 权重</translation>
    </message>
    <message>
        <source>MQM weights changed.</source>
        <translation>已更改 MQM 权重。</translation>
    </message>
    <message>
        <source>MQM weights put back.</source>
        <translation>已恢复 MQM 权重。</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <source>Go to Paragraph</source>
        <translation>转到段落</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Paragraph (1–{0}):</source>
        <translation>段落(&amp;P)（1–{0}）：</translation>
    </message>
</context>
<context>
    <name>GoToParagraph</name>
    <message>
        <source>Go to &amp;Paragraph…</source>
        <translation>转到段落(&amp;P)…</translation>
    </message>
    <message>
        <source>Scroll to a paragraph by its number</source>
        <translation>按编号滚动到某一段落</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Document</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Required: the English text</source>
        <translation>必填：英文原文</translation>
    </message>
    <message>
        <source>Optional: its Chinese translation</source>
        <translation>可选：对应的中文译文</translation>
    </message>
    <message>
        <source>Optional: taken from the text if left empty</source>
        <translation>可选：留空则从文本中提取</translation>
    </message>
    <message>
        <source>As the lines look (automatic)</source>
        <translation>按行的样子判断（自动）</translation>
    </message>
    <message>
        <source>Each line is a paragraph</source>
        <translation>每行是一个段落</translation>
    </message>
    <message>
        <source>Lines are wrapped inside paragraphs</source>
        <translation>段落内的行是折行</translation>
    </message>
    <message>
        <source>How to read lines separated by single line breaks (blank lines always separate paragraphs). After the import, the status bar says which reading was used.</source>
        <translation>如何看待单个换行分隔的行（空行总是分隔段落）。导入后，状态栏会说明采用了哪种读法。</translation>
    </message>
    <message>
        <source>One document per &amp;chapter (EPUB books)</source>
        <translation>每章一个文档（EPUB 电子书）(&amp;C)</translation>
    </message>
    <message>
        <source>Each chapter becomes a document of its own, titled after the book and the chapter; two editions are paired chapter by chapter.</source>
        <translation>每一章成为单独的文档，以书名和章名命名；两个版本逐章配对。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a text (plain text, Markdown, Word, a saved web page, an EPUB book or a CAT tool&apos;s XLIFF file) and, if you have it, its translation.</source>
        <translation>选择一个文本（纯文本、Markdown、Word、保存的网页、EPUB 电子书或 CAT 工具的 XLIFF 文件），如有译文也一并选择。</translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.markdown *.text *.docx *.html *.htm *.xhtml *.epub *.xlf *.xliff *.sdlxliff *.mqxliff);;All files (*)</source>
        <translation>文本 (*.txt *.md *.markdown *.text *.docx *.html *.htm *.xhtml *.epub *.xlf *.xliff *.sdlxliff *.mqxliff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Original:</source>
        <translation>原文(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose the Original</source>
        <translation>选择原文</translation>
    </message>
    <message>
        <source>&amp;Translation:</source>
        <translation>译文(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose the Translation</source>
        <translation>选择译文</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Line breaks:</source>
        <translation>换行(&amp;L)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>InlineMarks</name>
    <message>
        <source>Inline code: {0}</source>
        <translation>内联代码：{0}</translation>
    </message>
    <message>
        <source>Segment state: {0}</source>
        <translation>句段状态：{0}</translation>
    </message>
    <message>
        <source>Chapter: {0}</source>
        <translation>章节：{0}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>LibraryEditing</name>
    <message>
        <source>&amp;Rename Document…</source>
        <translation>重命名文档(&amp;R)…</translation>
    </message>
    <message>
        <source>Give the selected document a new title</source>
        <translation>为所选文档取一个新标题</translation>
    </message>
    <message>
        <source>&amp;Delete Document…</source>
        <translation>删除文档(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected document with its annotations</source>
        <translation>删除所选文档及其标注</translation>
    </message>
    <message>
        <source>Move Document &amp;Up</source>
        <translation>上移文档(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected document up the library list</source>
        <translation>在文库列表中上移所选文档</translation>
    </message>
    <message>
        <source>Move Document Do&amp;wn</source>
        <translation>下移文档(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected document down the library list</source>
        <translation>在文库列表中下移所选文档</translation>
    </message>
    <message>
        <source>Re-&amp;import Text…</source>
        <translation>重新导入文本(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace the shown document&apos;s text from new files, keeping its annotations</source>
        <translation>用新文件替换当前文档的文本，保留其标注</translation>
    </message>
    <message>
        <source>Web &amp;Address…</source>
        <translation>网址(&amp;A)…</translation>
    </message>
    <message>
        <source>Give the shown document its address on the web; exported annotations point at it</source>
        <translation>为当前文档设置网址；导出的标注将指向该网址</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Put back a copy of the library made earlier (daily, before upgrades, or by reader backup)</source>
        <translation>恢复先前制作的文库副本（每日、升级前或由 reader backup 制作）</translation>
    </message>
    <message>
        <source>Rename Document</source>
        <translation>重命名文档</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Web Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Address of “{0}” (https://…; empty for none):</source>
        <translation>“{0}”的网址（https://…；留空表示无）：</translation>
    </message>
    <message>
        <source>Delete Document</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <source>Delete “{0}” with its annotations?

Edit › Undo brings it back until reader is closed.</source>
        <translation>要删除“{0}”及其标注吗？

在关闭 reader 之前，可用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>No backups of this library yet.</source>
        <translation>此文库尚无备份。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Put back this copy? The library as it is now is kept as a backup too.</source>
        <translation>要恢复此副本吗？当前的文库也会另存为一个备份。</translation>
    </message>
    <message>
        <source>Could Not Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restored {0}.</source>
        <translation>已恢复 {0}。</translation>
    </message>
    <message>
        <source>Could Not Change the Library</source>
        <translation>无法更改文库</translation>
    </message>
    <message>
        <source>Could Not Open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Renamed “{0}” to “{1}”.</source>
        <translation>已将“{0}”重命名为“{1}”。</translation>
    </message>
    <message>
        <source>Renamed back to “{0}”.</source>
        <translation>已改回“{0}”。</translation>
    </message>
    <message>
        <source>Set Web Address</source>
        <translation>设置网址</translation>
    </message>
    <message>
        <source>Web address set.</source>
        <translation>已设置网址。</translation>
    </message>
    <message>
        <source>Web address put back.</source>
        <translation>已恢复原网址。</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>已删除“{0}”。</translation>
    </message>
    <message>
        <source>Brought “{0}” back.</source>
        <translation>已恢复“{0}”。</translation>
    </message>
    <message>
        <source>Move Document</source>
        <translation>移动文档</translation>
    </message>
    <message>
        <source>Moved the document.</source>
        <translation>已移动文档。</translation>
    </message>
    <message>
        <source>Moved the document back.</source>
        <translation>已将文档移回。</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>{counts} paragraphs · no translation</source>
        <translation>{counts} 段 · 无译文</translation>
    </message>
    <message>
        <source>{counts} paragraphs</source>
        <translation>{counts} 段</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The alignment was changed by another reviewer.</source>
        <translation>另一位审校者修改了对齐。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message>
        <source>Could Not Open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>The library is empty: use File › Import… to add a text.</source>
        <translation>文库为空：请使用“文件 › 导入…”添加文本。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Already Flagged</source>
        <translation>已经标记过</translation>
    </message>
    <message>
        <source>This text is already flagged as {category} ({severity}). Flag it again?</source>
        <translation>这段文本已标记为 {category}（{severity}）。要再标记一次吗？</translation>
    </message>
    <message>
        <source>Could Not Read the Library</source>
        <translation>无法读取文库</translation>
    </message>
    <message>
        <source>Could Not Load</source>
        <translation>无法加载</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Could Not Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Already in the Library</source>
        <translation>文库中已有此文本</translation>
    </message>
    <message>
        <source>“{title}” is in the library already.</source>
        <translation>“{title}”已在文库中。</translation>
    </message>
    <message>
        <source>Re-import replaces its text with these files and keeps its annotations, moving them to where their text now stands.</source>
        <translation>重新导入会用这些文件替换其文本并保留标注，标注会移到其文字现在所在的位置。</translation>
    </message>
    <message>
        <source>Open It</source>
        <translation>打开它</translation>
    </message>
    <message>
        <source>Re-import</source>
        <translation>重新导入</translation>
    </message>
    <message>
        <source>Import a Copy</source>
        <translation>导入副本</translation>
    </message>
    <message>
        <source>Re-importing {0}…</source>
        <translation>正在重新导入 {0}…</translation>
    </message>
    <message>
        <source>Re-imported: {moved} annotations moved, {orphaned} lost their text.</source>
        <translation>已重新导入：移动了 {moved} 条标注，{orphaned} 条失去了对应文本。</translation>
    </message>
    <message>
        <source>Could Not Re-import</source>
        <translation>无法重新导入</translation>
    </message>
    <message>
        <source>Re-import Text</source>
        <translation>重新导入文本</translation>
    </message>
    <message>
        <source>Imported “{title}”.</source>
        <translation>已导入“{title}”。</translation>
    </message>
    <message>
        <source>Each line was read as a paragraph.</source>
        <translation>每行都当作一个段落读入。</translation>
    </message>
    <message>
        <source>Lines were read as wrapped inside paragraphs.</source>
        <translation>各行当作段落内的折行读入。</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a text and, optionally, its translation</source>
        <translation>导入文本，并可同时导入其译文</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the document with its errors, as a report or data</source>
        <translation>将文档及其错误导出为报告或数据</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit reader</source>
        <translation>退出 reader</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change to the annotations</source>
        <translation>撤销对标注的上一次更改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>重做上一次撤销的更改</translation>
    </message>
    <message>
        <source>&amp;Flag Error…</source>
        <translation>标记错误(&amp;F)…</translation>
    </message>
    <message>
        <source>Flag the selected text as a translation error</source>
        <translation>将所选文本标记为翻译错误</translation>
    </message>
    <message>
        <source>MQM &amp;Weights…</source>
        <translation>MQM 权重(&amp;W)…</translation>
    </message>
    <message>
        <source>The penalty of each severity, for every score and report</source>
        <translation>各严重程度的扣分，用于所有评分和报告</translation>
    </message>
    <message>
        <source>E&amp;dit Annotation…</source>
        <translation>编辑标注(&amp;D)…</translation>
    </message>
    <message>
        <source>Change the selected annotation&apos;s category, severity, comment or fix</source>
        <translation>修改所选标注的类别、严重程度、备注或修改建议</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>下一个标注(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next annotation and scroll to it</source>
        <translation>选择下一个标注并滚动到该处</translation>
    </message>
    <message>
        <source>Pre&amp;vious Annotation</source>
        <translation>上一个标注(&amp;V)</translation>
    </message>
    <message>
        <source>Select the previous annotation and scroll to it</source>
        <translation>选择上一个标注并滚动到该处</translation>
    </message>
    <message>
        <source>Find &amp;Similar…</source>
        <translation>查找相似(&amp;S)…</translation>
    </message>
    <message>
        <source>Find the selected annotation&apos;s phrase elsewhere and flag it there too</source>
        <translation>在其他位置查找所选标注的短语，并一并标记</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>显示文库(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the document list</source>
        <translation>显示或隐藏文档列表</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>增大文字</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>减小文字</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <source>Mark &amp;Uncertain Alignments</source>
        <translation>标示不确定的对齐(&amp;U)</translation>
    </message>
    <message>
        <source>Flag paragraph pairs the aligner doubts</source>
        <translation>标示对齐程序把握不大的段落对</translation>
    </message>
    <message>
        <source>&amp;About reader</source>
        <translation>关于 reader(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and attributions</source>
        <translation>版本、许可证与数据来源</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Select text in a paragraph first: double-click it or press F2, then select the English, its Chinese rendering, or both.</source>
        <translation>请先在段落中选择文本：双击段落或按 F2，然后选择英文、其中文译法，或两者都选。</translation>
    </message>
    <message>
        <source>Available once a change has been made.</source>
        <translation>做出更改后即可使用。</translation>
    </message>
    <message>
        <source>Available once a change has been undone.</source>
        <translation>撤销更改后即可使用。</translation>
    </message>
    <message>
        <source>Select an annotation in the Annotations panel first.</source>
        <translation>请先在“标注”面板中选择一条标注。</translation>
    </message>
    <message>
        <source>Annotation Toolbar</source>
        <translation>标注工具栏</translation>
    </message>
</context>
<context>
    <name>ParallelModel</name>
    <message>
        <source>Not translated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <source>Added in translation</source>
        <translation>译文增补</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Paragraph {0}</source>
        <translation>第 {0} 段</translation>
    </message>
    <message>
        <source>Alignment uncertain (confidence {confidence})</source>
        <translation>对齐不确定（置信度 {confidence}）</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Fonts, line spacing, theme and language</source>
        <translation>字体、行距、主题和语言</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Show &amp;pinyin above Chinese</source>
        <translation>在中文上方显示拼音(&amp;P)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;English font:</source>
        <translation>英文字体(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;hinese font:</source>
        <translation>中文字体(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>行距(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>A new interface language takes effect when reader next starts.</source>
        <translation>更改界面语言后，需重新启动 reader 才能生效。</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>简繁转换(&amp;S)：</translation>
    </message>
    <message>
        <source>this computer&apos;s own library</source>
        <translation>本机自己的文库</translation>
    </message>
    <message>
        <source>Connect to a Team &amp;Database…</source>
        <translation>连接团队数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>正在使用：</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please Wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ReadingAids</name>
    <message>
        <source>Show &amp;Pinyin</source>
        <translation>显示拼音(&amp;P)</translation>
    </message>
    <message>
        <source>Show the pinyin above every Chinese character</source>
        <translation>在每个汉字上方显示拼音</translation>
    </message>
    <message>
        <source>Show Pinyin for This Pa&amp;ragraph</source>
        <translation>显示本段拼音(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the pinyin of the current row only</source>
        <translation>仅显示或隐藏当前行的拼音</translation>
    </message>
    <message>
        <source>Could Not Load the Dictionary</source>
        <translation>无法加载词典</translation>
    </message>
    <message>
        <source>Could Not Convert the Chinese Text</source>
        <translation>无法转换中文文本</translation>
    </message>
    <message>
        <source>Select a paragraph first.</source>
        <translation>请先选择一个段落。</translation>
    </message>
    <message>
        <source>Adding pinyin…</source>
        <translation>正在添加拼音…</translation>
    </message>
    <message>
        <source>Could Not Add the Pinyin</source>
        <translation>无法添加拼音</translation>
    </message>
    <message>
        <source>Loading dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
</context>
<context>
    <name>Reviewers</name>
    <message>
        <source>&amp;Reviewers</source>
        <translation>审校者(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SentenceNavigation</name>
    <message>
        <source>Next Sentence</source>
        <translation>下一句</translation>
    </message>
    <message>
        <source>Previous Sentence</source>
        <translation>上一句</translation>
    </message>
    <message>
        <source>Highlight the sentence and the sentences aligned with it</source>
        <translation>高亮显示该句及与其对齐的句子</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggested Terms</source>
        <translation>建议的术语</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>译法</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>沿用</translation>
    </message>
    <message>
        <source>Not rendered so</source>
        <translation>未如此翻译处</translation>
    </message>
    <message>
        <source>Words that recur in the original and are mostly translated the same way. Tick the ones to add to the term base (for every document).</source>
        <translation>原文中反复出现、且大多以同一方式翻译的词语。勾选要加入术语库的条目（适用于所有文档）。</translation>
    </message>
    <message>
        <source>Add Ticked Terms</source>
        <translation>加入勾选的术语</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1} 处中的 {0} 处</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Edit Term</source>
        <translation>编辑术语</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>This document only</source>
        <translation>仅此文档</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>术语(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Required rendering:</source>
        <translation>规定译法(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Forbidden rendering:</source>
        <translation>禁用译法(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Part of speech:</source>
        <translation>词性(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>适用范围(&amp;A)：</translation>
    </message>
    <message>
        <source>Separate several renderings with |; any one will do</source>
        <translation>多个译法用 | 分隔；任一即可</translation>
    </message>
    <message>
        <source>Separate several with |; each is reported where used</source>
        <translation>多个用 | 分隔；每处使用都会报告</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Add Term “{0}”</source>
        <translation>添加术语“{0}”</translation>
    </message>
    <message>
        <source>Add {0} Terms</source>
        <translation>添加 {0} 个术语</translation>
    </message>
    <message>
        <source>Added {0} to the term base.</source>
        <translation>已将 {0} 加入术语库。</translation>
    </message>
    <message>
        <source>Removed {0} from the term base.</source>
        <translation>已从术语库移除 {0}。</translation>
    </message>
    <message>
        <source>Edit Term “{0}”</source>
        <translation>编辑术语“{0}”</translation>
    </message>
    <message>
        <source>Changed “{0}”.</source>
        <translation>已修改“{0}”。</translation>
    </message>
    <message>
        <source>Change to “{0}” undone.</source>
        <translation>已撤销对“{0}”的修改。</translation>
    </message>
    <message>
        <source>Delete Term “{0}”</source>
        <translation>删除术语“{0}”</translation>
    </message>
    <message>
        <source>Deleted “{0}” from the term base.</source>
        <translation>已从术语库删除“{0}”。</translation>
    </message>
    <message>
        <source>Put “{0}” back in the term base.</source>
        <translation>已将“{0}”放回术语库。</translation>
    </message>
    <message>
        <source>Import Terms from {0}</source>
        <translation>从 {0} 导入术语</translation>
    </message>
    <message>
        <source>Import of {0} undone.</source>
        <translation>已撤销 {0} 的导入。</translation>
    </message>
    <message>
        <source>Added {0} terms from {1}; {2} held ones gained renderings.</source>
        <translation>从 {1} 添加了 {0} 个术语；{2} 个已有术语增加了译法。</translation>
    </message>
    <message>
        <source>{0} terms</source>
        <translation>{0} 个术语</translation>
    </message>
    <message>
        <source>Could Not List the Terms</source>
        <translation>无法列出术语</translation>
    </message>
    <message>
        <source>Select the term in the English and its rendering in the Chinese (double-click a paragraph or press F2).</source>
        <translation>请在英文中选中术语，在中文中选中其译法（双击段落或按 F2）。</translation>
    </message>
    <message>
        <source>Could Not Change the Terms</source>
        <translation>无法更改术语</translation>
    </message>
    <message>
        <source>Exported {0} terms to {1}.</source>
        <translation>已将 {0} 个术语导出到 {1}。</translation>
    </message>
    <message>
        <source>Could Not Export the Terms</source>
        <translation>无法导出术语</translation>
    </message>
    <message>
        <source>Terms are suggested from a document with a translation.</source>
        <translation>只能从有译文的文档中建议术语。</translation>
    </message>
    <message>
        <source>Looking for terms in the translation…</source>
        <translation>正在译文中查找术语…</translation>
    </message>
    <message>
        <source>Could Not Suggest Terms</source>
        <translation>无法建议术语</translation>
    </message>
    <message>
        <source>No new terms to suggest.</source>
        <translation>没有可建议的新术语。</translation>
    </message>
    <message>
        <source>Add &amp;Term from Selection…</source>
        <translation>将所选内容添加为术语(&amp;T)…</translation>
    </message>
    <message>
        <source>Add the selected English as a term, the selected Chinese as its rendering</source>
        <translation>将所选英文添加为术语，所选中文作为其译法</translation>
    </message>
    <message>
        <source>Show or hide the term base</source>
        <translation>显示或隐藏术语库</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>规定译法</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁用译法</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>出现</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>沿用</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>术语库</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>筛选术语</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a term (Ctrl+T adds the selected words)</source>
        <translation>添加术语（Ctrl+T 添加所选词语）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected term</source>
        <translation>编辑所选术语</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected term (Delete)</source>
        <translation>删除所选术语（Delete）</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>建议…</translation>
    </message>
    <message>
        <source>Propose terms from the shown document&apos;s translation</source>
        <translation>从当前文档的译文中提出术语建议</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <source>Import Terms…</source>
        <translation>导入术语…</translation>
    </message>
    <message>
        <source>Add the terms of a TBX, CSV or tab-separated glossary file</source>
        <translation>添加 TBX、CSV 或制表符分隔词汇表文件中的术语</translation>
    </message>
    <message>
        <source>Export Terms…</source>
        <translation>导出术语…</translation>
    </message>
    <message>
        <source>Write the terms as TBX-Basic or CSV</source>
        <translation>将术语写为 TBX-Basic 或 CSV</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>此文档</translation>
    </message>
    <message>
        <source>Used {0} times in this document</source>
        <translation>在此文档中使用了 {0} 次</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已沿用</translation>
    </message>
    <message>
        <source>forbidden: {0}</source>
        <translation>禁用：{0}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Double-click to show it in the text</source>
        <translation>双击以在文本中显示</translation>
    </message>
    <message>
        <source>Import Terms</source>
        <translation>导入术语</translation>
    </message>
    <message>
        <source>Term files (*.tbx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>术语文件 (*.tbx *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Terms</source>
        <translation>导出术语</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>&amp;Neutral:</source>
        <translation>中性(&amp;N)：</translation>
    </message>
    <message>
        <source>M&amp;inor:</source>
        <translation>轻微(&amp;I)：</translation>
    </message>
    <message>
        <source>M&amp;ajor:</source>
        <translation>严重(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Critical:</source>
        <translation>致命(&amp;C)：</translation>
    </message>
    <message>
        <source>Minor &amp;punctuation:</source>
        <translation>轻微标点(&amp;P)：</translation>
    </message>
    <message>
        <source>Non-&amp;translation:</source>
        <translation>未翻译(&amp;T)：</translation>
    </message>
    <message>
        <source>MQM Weights</source>
        <translation>MQM 权重</translation>
    </message>
    <message>
        <source>The penalty of one error of each severity, for every score and report of this library and everyone who shares it. WMT&apos;s: major 5, minor 1, minor punctuation 0.1, non-translation 25.</source>
        <translation>每个严重程度的一个错误的扣分，用于本文库（及共享它的所有人）的所有评分和报告。WMT 的权重：严重 5，轻微 1，轻微标点 0.1，未翻译 25。</translation>
    </message>
    <message>
        <source>&amp;WMT&apos;s Weights</source>
        <translation>WMT 权重(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WordList</name>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>例句</translation>
    </message>
    <message>
        <source>Word List</source>
        <translation>生词本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected word from the list (Delete)</source>
        <translation>从生词本中删除所选词语（Delete）</translation>
    </message>
    <message>
        <source>Export for Anki…</source>
        <translation>导出到 Anki…</translation>
    </message>
    <message>
        <source>Write the list as a CSV file that Anki imports</source>
        <translation>将生词本写成可导入 Anki 的 CSV 文件</translation>
    </message>
    <message>
        <source>Could Not Load the Word List</source>
        <translation>无法加载生词本</translation>
    </message>
    <message>
        <source>Could Not Save the Word</source>
        <translation>无法保存该词语</translation>
    </message>
    <message>
        <source>Added {word} to the word list</source>
        <translation>已将“{word}”加入生词本</translation>
    </message>
    <message>
        <source>{word} is already in the word list</source>
        <translation>“{word}”已在生词本中</translation>
    </message>
    <message>
        <source>Delete Word</source>
        <translation>删除词语</translation>
    </message>
    <message>
        <source>Could Not Delete the Word</source>
        <translation>无法删除该词语</translation>
    </message>
    <message>
        <source>Removed {word} from the word list</source>
        <translation>已将“{word}”从生词本中删除</translation>
    </message>
    <message>
        <source>Export for Anki</source>
        <translation>导出到 Anki</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported {words} to {path}</source>
        <translation>已将 {words}导出到 {path}</translation>
    </message>
    <message>
        <source>Could Not Export the Word List</source>
        <translation>无法导出生词本</translation>
    </message>
    <message>
        <source>Put {word} back in the word list</source>
        <translation>已将“{word}”放回生词本</translation>
    </message>
    <message>
        <source>Could Not Restore the Word</source>
        <translation>无法恢复该词语</translation>
    </message>
    <message>
        <source>Show or hide the words saved for study</source>
        <translation>显示或隐藏为学习而保存的词语</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 个词语</translation>
    </message>
    <message>
        <source>{0} words</source>
        <translation>{0} 个词语</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <source>Not in CC-CEDICT.</source>
        <translation>CC-CEDICT 未收录。</translation>
    </message>
    <message>
        <source>Add to Word List</source>
        <translation>加入生词本</translation>
    </message>
    <message>
        <source>Save the word with its sentence pair ({shortcut})</source>
        <translation>保存该词语及其所在句对（{shortcut}）</translation>
    </message>
    <message>
        <source>Added to Word List</source>
        <translation>已加入生词本</translation>
    </message>
</context>
</TS>
