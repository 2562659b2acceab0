/**
 * What the content check must say about the `bad` fixture (test/fixtures/bad/content): one
 * exact line per problem, as `file[:line] field: problem — fix`, in English and in Chinese. The
 * build (test/build/content-errors.test.ts) and `npm run validate`
 * (test/build/editor-tools.test.ts) must both list exactly these, in the language asked for.
 * The messages follow src/i18n/checks.en.ts and checks.zh-CN.ts.
 */
import type { InEachLang } from './messages';

export const BAD_CONTENT_DIR = 'test/fixtures/bad/content';

const dir = `${BAD_CONTENT_DIR}/issues`;

const BACKUP =
  'file: is a backup or temporary file, not an issue — close the issue in your editor, then delete this file or move it out of content/issues/';
const COPY =
  'file: is a copy of an issue, and copies are never published — copy any changes you want to keep into the issue itself, then delete this file';
const WRONG_EXTENSION = 'file: is not read as an issue: only .mdx files are — rename it to';
const BACKUP_ZH =
  'file: 是备份或临时文件，不是一期报道 — 先在编辑器中关闭这期报道，再删除这个文件，或把它移出 content/issues/';
const COPY_ZH =
  'file: 是某期报道的副本，副本不会发布 — 把要保留的修改抄进原来那期报道，再删除这个文件';
const WRONG_EXTENSION_ZH = 'file: 不会当作一期报道读取：只读取 .mdx 文件 — 改名为';

const SCRIPT_FIX =
  'remove it: an issue cannot run scripts; show a figure with <Stat> and a picture with <Figure>';
const EMBED_FIX =
  'remove it: an issue cannot embed other pages or players; link to the page instead, e.g. [watch the video](https://example.org/video)';
const LINK_FIX =
  'link to a web page with a plain https address, e.g. [the report](https://example.org/report)';
const PICTURE_FIX =
  'put the picture in content/images/ and show it with <Figure src="images/<file name>" alt="…" />';

/** Each problem the fixture holds, by what it shows, with its one line. */
export const BAD_CONTENT_PROBLEMS: Record<string, InEachLang<string>> = {
  'missing required field': {
    en: `${dir}/001-missing-author.mdx:2 author: is missing — add it: write the byline, e.g. Hanting Rong Media`,
    'zh-CN': `${dir}/001-missing-author.mdx:2 author: 缺少这一项 — 补上：写署名，如“寒亭区融媒体中心”`,
  },
  // src/lib/contentCheck.ts documents this exact case as "expected a whole number".
  'wrong type': {
    en: `${dir}/002-wrong-type.mdx:10 stats.newPlaces: expected a whole number, got "about 600" — write the number and the source’s qualifier apart: { value: 600, qualifier: about }`,
    'zh-CN': `${dir}/002-wrong-type.mdx:10 stats.newPlaces: 应为整数，现在是“about 600” — 把数字和来源的限定词分开写：{ value: 600, qualifier: about }`,
  },
  'unknown enum value': {
    en: `${dir}/003-unknown-kind.mdx:10 projects[0].kind: "university" is not an allowed value — use one of: kindergarten, primary, middle, nine-year, high, other`,
    'zh-CN': `${dir}/003-unknown-kind.mdx:10 projects[0].kind: “university”不是允许的值 — 改用以下之一：kindergarten、primary、middle、nine-year、high、other`,
  },
  'number out of range': {
    en: `${dir}/004-share-too-big.mdx:10 stats.publicKindergartenShareTarget: 1.5 is above the maximum of 1 — write a fraction between 0 and 1, e.g. 0.9 for 90%`,
    'zh-CN': `${dir}/004-share-too-big.mdx:10 stats.publicKindergartenShareTarget: 1.5 超过了上限 1 — 写 0 到 1 之间的小数，如 90% 写作 0.9`,
  },
  'unknown district': {
    en: `${dir}/005-unknown-district.mdx:5 district: "atlantis" is not in ${BAD_CONTENT_DIR}/districts.yaml — use one of: alder`,
    'zh-CN': `${dir}/005-unknown-district.mdx:5 district: ${BAD_CONTENT_DIR}/districts.yaml 中没有这个县市区：“atlantis” — 改用以下之一：alder`,
  },
  'duplicate issue number': {
    en: `${dir}/007-second-six.mdx:4 issue: number 6 (en) is already used by ${dir}/006-first-six.mdx — give this issue a free number, e.g. 21`,
    'zh-CN': `${dir}/007-second-six.mdx:4 issue: 期号 6（en）已被 ${dir}/006-first-six.mdx 占用 — 改用没有占用的期号，如 21`,
  },
  'updated before published': {
    en: `${dir}/008-updated-too-early.mdx:7 updated: the update date is before the publication date — write the date as YYYY-MM-DD, on or after \`published\``,
    'zh-CN': `${dir}/008-updated-too-early.mdx:7 updated: 更新日期早于发布日期 — 日期写成 YYYY-MM-DD，不早于 \`published\``,
  },
  'cover without alt': {
    en: `${dir}/009-cover-without-alt.mdx:10 cover.alt: is missing — add it: describe the picture in a sentence for readers who cannot see it`,
    'zh-CN': `${dir}/009-cover-without-alt.mdx:10 cover.alt: 缺少这一项 — 补上：用一句话说明图片内容，供看不到图片的读者了解`,
  },
  'broken YAML': {
    en: `${dir}/010-broken-yaml.mdx:2 frontmatter: Missing closing "quote — fix the YAML syntax on that line`,
    'zh-CN': `${dir}/010-broken-yaml.mdx:2 frontmatter: YAML 写法有误：缺少符号：引号、括号、逗号或冒号没有配对 — 改正这一行的 YAML 写法`,
  },
  'YAML alias': {
    en: `${dir}/021-yaml-alias.mdx:8 source: uses a YAML alias (*office) — write the value out in full: the column’s files take plain YAML, without anchors, aliases, tags or merge keys`,
    'zh-CN': `${dir}/021-yaml-alias.mdx:8 source: 用了 YAML 别名（*office） — 把值完整写出来：栏目的文件只用普通 YAML，不用锚点、别名、标签或合并键`,
  },
  'unknown field': {
    en: `${dir}/011-unknown-field.mdx:4 subtitle: unknown field subtitle — check the spelling against the frontmatter table in docs/editing.md, or remove it`,
    'zh-CN': `${dir}/011-unknown-field.mdx:4 subtitle: 没有 subtitle 这个字段 — 对照 docs/editing.zh-CN.md 中的字段表检查拼写，或者删掉它`,
  },
  'MDX syntax error': {
    en: `${dir}/012-mdx-syntax.mdx:13 body: MDX cannot read this: Unexpected character \`6\` (U+0036) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` — MDX reads < and { as the start of a component or code: write \\< or \\{ for the plain character, and close every component tag`,
    'zh-CN': `${dir}/012-mdx-syntax.mdx:13 body: MDX 读不懂这里：标签里不能出现“6” — MDX 把 < 和 { 当作组件或代码的开头：普通字符写成 \\< 或 \\{，组件标签都要闭合`,
  },
  'unknown MDX component': {
    en: `${dir}/013-unknown-component.mdx:13 body: unknown component <Chart> — use one of: <Callout>, <Figure>, <PullQuote>, <Stat> (see docs/editing.md)`,
    'zh-CN': `${dir}/013-unknown-component.mdx:13 body: 没有 <Chart> 这个组件 — 改用以下之一：<Callout>、<Figure>、<PullQuote>、<Stat>（见 docs/editing.zh-CN.md）`,
  },
  'missing image file': {
    en: `${dir}/014-missing-figure-image.mdx:13 body: <Figure> image images/nowhere.png does not exist — put the picture in content/images/ and write src="images/<file name>"`,
    'zh-CN': `${dir}/014-missing-figure-image.mdx:13 body: <Figure> 的图片 images/nowhere.png 不存在 — 把图片放进 content/images/，再写 src="images/<文件名>"`,
  },
  'a <script> element': {
    en: `${dir}/015-script-and-style.mdx:13 body: <script> is not allowed in an issue — ${SCRIPT_FIX}`,
    'zh-CN': `${dir}/015-script-and-style.mdx:13 body: 各期不能使用 <script> — 删掉它：各期不能运行脚本；数字用 <Stat> 展示，图片用 <Figure>`,
  },
  'a <STYLE> element': {
    en: `${dir}/015-script-and-style.mdx:15 body: <STYLE> is not allowed in an issue — remove it: the site styles every issue; set text apart with <Callout> or <PullQuote>`,
    'zh-CN': `${dir}/015-script-and-style.mdx:15 body: 各期不能使用 <STYLE> — 删掉它：各期的样式由网站统一设定；要突出的文字用 <Callout> 或 <PullQuote>`,
  },
  'an <iframe>': {
    en: `${dir}/016-embedded-players.mdx:13 body: <iframe> is not allowed in an issue — ${EMBED_FIX}`,
    'zh-CN': `${dir}/016-embedded-players.mdx:13 body: 各期不能使用 <iframe> — 删掉它：各期不能嵌入其他网页或播放器；改为链接到该网页，如 [观看视频](https://example.org/video)`,
  },
  'an <object>': {
    en: `${dir}/016-embedded-players.mdx:15 body: <object> is not allowed in an issue — ${EMBED_FIX}`,
    'zh-CN': `${dir}/016-embedded-players.mdx:15 body: 各期不能使用 <object> — 删掉它：各期不能嵌入其他网页或播放器；改为链接到该网页，如 [观看视频](https://example.org/video)`,
  },
  'an <embed>': {
    en: `${dir}/016-embedded-players.mdx:17 body: <embed> is not allowed in an issue — ${EMBED_FIX}`,
    'zh-CN': `${dir}/016-embedded-players.mdx:17 body: 各期不能使用 <embed> — 删掉它：各期不能嵌入其他网页或播放器；改为链接到该网页，如 [观看视频](https://example.org/video)`,
  },
  'an event handler on an HTML element': {
    en: `${dir}/017-event-handlers.mdx:13 body: onclick on <a> would run a script — remove onclick: an issue cannot run scripts`,
    'zh-CN': `${dir}/017-event-handlers.mdx:13 body: <a> 上的 onclick 会运行脚本 — 删掉 onclick：各期不能运行脚本`,
  },
  'an event handler on a component': {
    en: `${dir}/017-event-handlers.mdx:15 body: onError on <Figure> would run a script — remove onError: an issue cannot run scripts`,
    'zh-CN': `${dir}/017-event-handlers.mdx:15 body: <Figure> 上的 onError 会运行脚本 — 删掉 onError：各期不能运行脚本`,
  },
  'a javascript: Markdown link hidden by a tab entity': {
    en: `${dir}/018-script-links.mdx:13 body: a link points to a javascript: address — ${LINK_FIX}`,
    'zh-CN': `${dir}/018-script-links.mdx:13 body: 链接指向 javascript: 地址 — 链接到以 https 开头的普通网址，如 [报告原文](https://example.org/report)`,
  },
  'a javascript: <a href> after a space': {
    en: `${dir}/018-script-links.mdx:15 body: <a href> points to a javascript: address — ${LINK_FIX}`,
    'zh-CN': `${dir}/018-script-links.mdx:15 body: <a href> 指向 javascript: 地址 — 链接到以 https 开头的普通网址，如 [报告原文](https://example.org/report)`,
  },
  'a vbscript: reference definition': {
    en: `${dir}/018-script-links.mdx:19 body: the link definition [plan] points to a vbscript: address — ${LINK_FIX}`,
    'zh-CN': `${dir}/018-script-links.mdx:19 body: 链接定义 [plan] 指向 vbscript: 地址 — 链接到以 https 开头的普通网址，如 [报告原文](https://example.org/report)`,
  },
  'a data: Markdown picture': {
    en: `${dir}/019-data-pictures.mdx:13 body: a picture points to a data: address — ${PICTURE_FIX}`,
    'zh-CN': `${dir}/019-data-pictures.mdx:13 body: 图片指向 data: 地址 — 把图片放进 content/images/，用 <Figure src="images/<文件名>" alt="…" /> 显示`,
  },
  'a data: address in an <img srcset>': {
    en: `${dir}/019-data-pictures.mdx:15 body: <img srcset> points to a data: address — ${PICTURE_FIX}`,
    'zh-CN': `${dir}/019-data-pictures.mdx:15 body: <img srcset> 指向 data: 地址 — 把图片放进 content/images/，用 <Figure src="images/<文件名>" alt="…" /> 显示`,
  },
  'a data: <Figure src>': {
    en: `${dir}/019-data-pictures.mdx:17 body: <Figure src> points to a data: address — ${PICTURE_FIX}`,
    'zh-CN': `${dir}/019-data-pictures.mdx:17 body: <Figure src> 指向 data: 地址 — 把图片放进 content/images/，用 <Figure src="images/<文件名>" alt="…" /> 显示`,
  },
  'a javascript: address in braces': {
    en: `${dir}/020-code-in-attributes.mdx:13 body: <a href> points to a javascript: address — ${LINK_FIX}`,
    'zh-CN': `${dir}/020-code-in-attributes.mdx:13 body: <a href> 指向 javascript: 地址 — 链接到以 https 开头的普通网址，如 [报告原文](https://example.org/report)`,
  },
  'code in attribute braces': {
    en: `${dir}/020-code-in-attributes.mdx:15 body: href={\`javascript:\${document.cookie}\`} on <a> is read as code, not text — write the value in quotes instead, e.g. href="…"`,
    'zh-CN': `${dir}/020-code-in-attributes.mdx:15 body: <a> 上的 href={\`javascript:\${document.cookie}\`} 会被当作代码，而不是文字 — 把值写在引号里，如 href="…"`,
  },
  'issue saved as .md': {
    en: `${dir}/030-saved-as-md.md ${WRONG_EXTENSION} 030-saved-as-md.mdx`,
    'zh-CN': `${dir}/030-saved-as-md.md ${WRONG_EXTENSION_ZH} 030-saved-as-md.mdx`,
  },
  'issue saved as .markdown': {
    en: `${dir}/031-saved-as-markdown.markdown ${WRONG_EXTENSION} 031-saved-as-markdown.mdx`,
    'zh-CN': `${dir}/031-saved-as-markdown.markdown ${WRONG_EXTENSION_ZH} 031-saved-as-markdown.mdx`,
  },
  'issue saved as .txt': {
    en: `${dir}/032-saved-as-text.txt ${WRONG_EXTENSION} 032-saved-as-text.mdx`,
    'zh-CN': `${dir}/032-saved-as-text.txt ${WRONG_EXTENSION_ZH} 032-saved-as-text.mdx`,
  },
  'issue saved as .MDX': {
    en: `${dir}/033-capital-extension.MDX ${WRONG_EXTENSION} 033-capital-extension.mdx`,
    'zh-CN': `${dir}/033-capital-extension.MDX ${WRONG_EXTENSION_ZH} 033-capital-extension.mdx`,
  },
  'issue named against the rule': {
    en: `${dir}/034-Capital_Name.mdx file: is not read as an issue: its name is not NNN-name.mdx — rename it to 034-capital-name.mdx`,
    'zh-CN': `${dir}/034-Capital_Name.mdx file: 不会当作一期报道读取：文件名不是 NNN-name.mdx 的形式 — 改名为 034-capital-name.mdx`,
  },
  'issue in a subfolder': {
    en: `${dir}/2023/035-in-a-subfolder.mdx file: is in a subfolder, so it is not read as an issue — move it to content/issues/035-in-a-subfolder.mdx`,
    'zh-CN': `${dir}/2023/035-in-a-subfolder.mdx file: 在子文件夹里，不会当作一期报道读取 — 移到 content/issues/035-in-a-subfolder.mdx`,
  },
  'Emacs backup (x~)': {
    en: `${dir}/006-first-six.mdx~ ${BACKUP}`,
    'zh-CN': `${dir}/006-first-six.mdx~ ${BACKUP_ZH}`,
  },
  'Emacs lock (.#x)': {
    en: `${dir}/.#006-first-six.mdx ${BACKUP}`,
    'zh-CN': `${dir}/.#006-first-six.mdx ${BACKUP_ZH}`,
  },
  'Emacs auto-save (#x#)': {
    en: `${dir}/#006-first-six.mdx# ${BACKUP}`,
    'zh-CN': `${dir}/#006-first-six.mdx# ${BACKUP_ZH}`,
  },
  'backup (.bak)': {
    en: `${dir}/006-first-six.mdx.bak ${BACKUP}`,
    'zh-CN': `${dir}/006-first-six.mdx.bak ${BACKUP_ZH}`,
  },
  'merge leftover (.orig)': {
    en: `${dir}/006-first-six.mdx.orig ${BACKUP}`,
    'zh-CN': `${dir}/006-first-six.mdx.orig ${BACKUP_ZH}`,
  },
  'Vim swap file (.swp)': {
    en: `${dir}/.006-first-six.mdx.swp ${BACKUP}`,
    'zh-CN': `${dir}/.006-first-six.mdx.swp ${BACKUP_ZH}`,
  },
  'copy ("Copy of …")': {
    en: `${dir}/Copy of 006-first-six.mdx ${COPY}`,
    'zh-CN': `${dir}/Copy of 006-first-six.mdx ${COPY_ZH}`,
  },
  'copy ("… (1)")': {
    en: `${dir}/006-first-six (1).mdx ${COPY}`,
    'zh-CN': `${dir}/006-first-six (1).mdx ${COPY_ZH}`,
  },
  'picture among the issues': {
    en: `${dir}/stray-picture.png file: is a picture; only issues belong in content/issues/ — move it to content/images/ and write its path from the issue as ../images/stray-picture.png`,
    'zh-CN': `${dir}/stray-picture.png file: 是图片；content/issues/ 里只放各期报道 — 移到 content/images/，在本期中把路径写作 ../images/stray-picture.png`,
  },
  'stray file': {
    en: `${dir}/notes.txt file: is not an issue; only issues belong in content/issues/ — move it out of content/issues/, or delete it`,
    'zh-CN': `${dir}/notes.txt file: 不是一期报道；content/issues/ 里只放各期报道 — 移出 content/issues/，或者删除它`,
  },
};

/** Files the operating system writes, which the fixture holds and the check leaves alone. */
export const BAD_CONTENT_OS_FILES = ['.DS_Store', 'Thumbs.db'];

/** `file[:line] field: problem — fix`; file names may hold spaces ("Copy of …"). */
export const PROBLEM_LINE = /^\S.*?(?::\d+)? [\w.[\]]+: .+ — .+$/;
