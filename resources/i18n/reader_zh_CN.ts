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
        <source>¶ {number}: MQM {penalty} · {per_thousand}/1,000 words</source>
        <translation>第 {number} 段：MQM {penalty} · {per_thousand}/千词</translation>
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
        <source>Export Document</source>
        <translation>导出文档</translation>
    </message>
    <message>
        <source>Optional: your name, shown in the report</source>
        <translation>可选：您的姓名，将显示在报告中</translation>
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
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
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
        <source>No preview: {error}</source>
        <translation>无法预览：{error}</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a text file (plain text or Markdown) and, if you have it, its translation.</source>
        <translation>请选择一个文本文件（纯文本或 Markdown），如有译文也一并选择。</translation>
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
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>文本文件 (*.txt *.md *.markdown *.text);;所有文件 (*)</translation>
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
        <source>Annotation Toolbar</source>
        <translation>标注工具栏</translation>
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
</context>
</TS>
