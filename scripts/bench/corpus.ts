/**
 * The benchmark's synthetic column, as pure functions: the same seed and issue count always
 * give the same files, byte for byte. Nothing here reads the clock or the disk; `generate.ts`
 * writes what `planCorpus` returns.
 *
 * The text is nonsense that looks like the real column to a build: frontmatter over every
 * district with stats and projects, ~900-word bodies (Chinese: ~1,600 characters) with
 * headings, GFM tables, lists, footnotes and the editors' MDX components, a third of the
 * issues in Chinese and one in ten with a cover picture. Proper names are made from syllables,
 * so the search index sees a vocabulary that grows with the column, as a real one does.
 */

export interface CorpusDistrict {
  id: string;
  name: { en: string; zh: string };
}

export interface CorpusOptions {
  /** Number of issue files, across both languages. */
  issues: number;
  seed: string;
  districts: readonly CorpusDistrict[];
}

export interface CorpusIssue {
  /** `issues/<file>`, e.g. `0042-hanting.mdx`. */
  fileName: string;
  lang: 'en' | 'zh-CN';
  /** Issue number, unique across the column: no issue here has a second edition. */
  issue: number;
  /** The whole MDX file. */
  source: string;
  /** The cover picture to make, `images/<file>`, when the issue has one. */
  cover?: { fileName: string; seed: number };
}

/** The last issue's date: fixed, in the past, so every issue is published in any build. */
const LAST_PUBLISHED = Date.UTC(2025, 5, 30);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------
// Randomness

/** A 32-bit hash of a string (cyrb53's mixing, truncated), used to seed each issue. */
export function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Mulberry32: small, fast and good enough to make text. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    sample: (items, count) => {
      const pool = [...items];
      const out: (typeof pool)[number][] = [];
      while (out.length < count && pool.length)
        out.push(...pool.splice(int(0, pool.length - 1), 1));
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Vocabulary: words separated by spaces, or phrases by "|".

const words = (text: string) => text.trim().split(/\s+/);
const phrases = (text: string) => text.split('|').map((phrase) => phrase.trim());

const SYLLABLES = words(`
  an bai bao bei bin chang chao cheng chun da dong fang feng fu gang gao guang hai han he heng
  hong hua huai hui jia jian jin jing kai kang lan le li lian lin long lu mei min ming nan ning
  pei ping qi qian qing quan rong rui shan sheng shi shou shun song tai tian ting wan wei wen xi
  xia xiang xin xing xiu xu ya yang yi ying yong you yu yuan yue yun ze zhao zhen zheng zhi
  zhong zhou zhu`);

const ZH_NAME_PARTS = words(`
  幸福 白云 吉祥 云翔 祥亭 益新 富亭 时光 华新 城光 文化 健康 北海 东风 胜利 和平 樱前 宝通 新华 民生
  金宝 玉清 鸢飞 虞河 浞河 白浪 潍州 北宫 月河 凤凰 锦绣 翰林 惠贤 清平 永安 长松 青年 怡园 南苑 东方
  春晖 明德 育英 启明 向阳 朝阳 星河 海棠 银杏 梧桐 丰华 安顺 福寿 泰华 崇文 志远 弘毅 致远 滨海 双杨`);

type ProjectKind = 'kindergarten' | 'primary' | 'middle' | 'nine-year' | 'high' | 'other';
const EN_SCHOOL_KINDS: Record<ProjectKind, readonly string[]> = {
  kindergarten: phrases('Kindergarten|Nursery School|Central Kindergarten'),
  primary: phrases('Primary School|Experimental Primary School'),
  middle: phrases('Middle School|Junior Middle School'),
  'nine-year': phrases('School|Nine-Year School|Experimental School'),
  high: phrases('High School|Senior High School'),
  other: phrases('Education Campus|Teaching Centre|Training Base'),
};
const ZH_SCHOOL_KINDS: Record<ProjectKind, readonly string[]> = {
  kindergarten: words('幼儿园 中心幼儿园'),
  primary: words('小学 实验小学'),
  middle: words('中学 初级中学'),
  'nine-year': words('学校 九年一贯制学校 实验学校'),
  high: words('高级中学 高中'),
  other: words('教育园区 研学基地'),
};
const EN_STREETS = phrases('Road|Street|East Street|West Road|Avenue|Lane|Village');
const ZH_STREETS = words('路 街 东街 西路 大道 社区 村');

// Kindergartens come up most often, as they do in the real column.
const PROJECT_KINDS = words(
  'kindergarten kindergarten kindergarten primary primary middle nine-year high other',
) as ProjectKind[];
const STATUSES = ['planned', 'under-construction', 'completed'] as const;

const EN_TAGS = phrases(`kindergartens|primary schools|middle schools|high schools|school places|
  investment|planning|rural schools|teachers|school meals|smart campus|construction|renovation|
  public kindergartens|balanced development|land|approvals|safety|sports grounds|boarding`);
const ZH_TAGS =
  words(`幼儿园 小学 初中 高中 学位 投资 规划 乡村学校 教师 午餐午休 智慧校园 建设 改扩建
  公办幼儿园 均衡发展 用地 审批 安全 运动场`);

const EN_ADJ = words(`steady rapid careful visible measurable coordinated early practical sustained
  balanced detailed concrete focused broad targeted timely orderly substantial gradual notable
  joint clear modest ambitious`);
const EN_NOUN = phrases(`classrooms|playgrounds|canteens|dormitories|libraries|laboratories|
  gymnasiums|teaching blocks|sports fields|reading rooms|music rooms|science corners|heating systems|
  drinking-water points|bicycle sheds|medical rooms|lecture halls|art studios|computer rooms|
  school gates`);
const EN_ACTOR = phrases(`the district education bureau|the finance bureau|
  the housing and construction bureau|the natural resources and planning bureau|
  the development and reform bureau|street offices|township governments|
  the school construction office|the project headquarters|the district government|
  parents’ committees|head teachers|the supervision team|the urban investment company`);
const EN_VERB = phrases(`is speeding up|has completed|is reviewing|has approved|is coordinating|
  has started|is tracking|has budgeted for|is inspecting|has signed off|is planning|has handed over|
  is tendering|has resolved`);
const EN_OBJECT = phrases(`land acquisition|design plans|construction permits|the tendering process|
  site preparation|fire safety checks|the main structure|interior fitting-out|equipment purchases|
  landscaping|acceptance inspections|teacher recruitment|enrolment zoning|road access|
  utility connections|the budget review`);
const EN_TIME = phrases(`by the end of the year|before the autumn term|within three months|
  in the first half of the year|ahead of schedule|by September|this spring|
  over the summer holiday|in the coming weeks|by the end of the period`);
const EN_GOAL = phrases(`ease crowding in urban schools|bring good schools closer to families|
  narrow the gap between town and country|give every child a place near home|
  raise the share of public kindergartens|end oversized classes|
  meet demand from new housing estates|improve conditions in rural schools|
  make room for children of migrant workers|keep class sizes within national standards`);
const EN_HEADINGS = phrases(`Planning from the top|Who does what|New schools, year by year|
  Kindergartens first|Money and land|On the building sites|Places for every child|Rural schools|
  Teachers for the new schools|Approvals side by side|What parents will see|Safety and quality|
  The year ahead|Spending on daily school life|Keeping to schedule|Numbers so far`);

const ZH_ACTOR =
  words(`区教育和体育局 财政局 住房和城乡建设局 自然资源和规划局 发展和改革局 各街道办事处
  各镇政府 学校建设办公室 项目指挥部 区政府 家长委员会 监理单位 城投公司`);
const ZH_OBJECT =
  words(`土地征收 设计方案 施工许可 招标工作 场地平整 消防验收 主体结构 内部装修 设备采购
  绿化工程 竣工验收 教师招聘 学区划分 道路配套 水电接入 预算评审`);
const ZH_VERB = words('加快推进 全面完成 集中审查 统筹协调 正式启动 跟踪督办 同步推进 提前谋划');
const ZH_TIME = words('年底前 秋季开学前 三个月内 上半年 暑假期间 近期 九月底前 计划期内');
const ZH_GOAL =
  words(`缓解城区学校大班额问题 让孩子在家门口上好学 缩小城乡教育差距 扩大公办幼儿园覆盖面
  满足新建小区入学需求 改善农村学校办学条件 保障随迁子女入学 推动义务教育优质均衡发展`);
const ZH_NOUN =
  words(`教室 操场 食堂 宿舍 图书馆 实验室 体育馆 教学楼 阅览室 音乐教室 科学角 供暖系统
  医务室 报告厅 美术室 计算机教室`);
const ZH_HEADINGS =
  words(`高位推动 分工协作 逐年建设 学前优先 资金与用地 工地一线 学位保障 乡村学校 师资配备
  并联审批 家长关切 安全与质量 来年计划 民生投入 按期推进 阶段成效`);

// ---------------------------------------------------------------------------------------
// Small helpers

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const thousands = (value: number) => value.toLocaleString('en-US');
const yaml = (text: string) => JSON.stringify(text);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function pinyinName(random: Random): string {
  return capitalise(random.pick(SYLLABLES) + random.pick(SYLLABLES));
}

function projectName(random: Random, kind: ProjectKind, lang: CorpusIssue['lang']): string {
  if (lang === 'zh-CN') {
    return (
      random.pick(ZH_NAME_PARTS) + random.pick(ZH_STREETS) + random.pick(ZH_SCHOOL_KINDS[kind])
    );
  }
  return `${pinyinName(random)} ${random.pick(EN_STREETS)} ${random.pick(EN_SCHOOL_KINDS[kind])}`;
}

function yuanWords(yuan: number, lang: CorpusIssue['lang']): string {
  if (lang === 'zh-CN') return `${(yuan / 1e8).toFixed(2)}亿元`;
  return yuan >= 1e9
    ? `${(yuan / 1e9).toFixed(3)} billion yuan`
    : `${Math.round(yuan / 1e6)} million yuan`;
}

// ---------------------------------------------------------------------------------------
// One issue's facts

interface Facts {
  lang: CorpusIssue['lang'];
  district: CorpusDistrict;
  districtName: string;
  year: number;
  investmentYuan?: number;
  newPlaces?: number;
  schools?: Counts;
  kindergartens?: Counts;
  /** Counts toward the targets: parts of `schools` and `kindergartens`, never more. */
  compulsorySchools?: Counts;
  highSchools?: Counts;
  publicKindergartens?: Counts;
  share?: number;
  milestones: { year: number; schools?: number; kindergartens?: number; places?: number }[];
  projects: {
    id: string;
    name: string;
    kind: ProjectKind;
    year: number;
    status: (typeof STATUSES)[number];
    places?: number;
  }[];
}

const PROJECTS_PER_KIND = 8;

type Counts = { planned: number; underConstruction: number; completed: number };

/**
 * `counts` with the stages under way cut to fit the plan they are parts of (the content check's
 * rule), completed first: capping each count on its own could leave 1 planned, 1 under
 * construction and 1 completed.
 */
function withinPlan({ planned, underConstruction, completed }: Counts): Counts {
  const done = Math.min(completed, planned);
  return {
    planned,
    completed: done,
    underConstruction: Math.min(underConstruction, planned - done),
  };
}

/** Part of `whole`, count by count: `share` of each, rounded down, at most `cap`. */
function partOf(whole: Counts, share: number, cap = Infinity): Counts {
  const part = (value: number) => Math.min(cap, Math.floor(value * share));
  return withinPlan({
    planned: part(whole.planned),
    underConstruction: part(whole.underConstruction),
    completed: part(whole.completed),
  });
}

/** What `whole` leaves after `part`, at most `cap` of each. */
function restOf(whole: Counts, part: Counts, cap: number): Counts {
  const rest = (key: keyof Counts) => Math.min(cap, whole[key] - part[key]);
  return withinPlan({
    planned: rest('planned'),
    underConstruction: rest('underConstruction'),
    completed: rest('completed'),
  });
}

function buildingCounts(random: Random, max: number): Counts {
  const planned = random.int(3, max);
  const completed = random.int(0, planned);
  const underConstruction = random.int(0, planned - completed);
  return { planned, underConstruction, completed };
}

function makeFacts(
  random: Random,
  lang: CorpusIssue['lang'],
  district: CorpusDistrict,
  year: number,
): Facts {
  const facts: Facts = {
    lang,
    district,
    districtName: lang === 'zh-CN' ? district.name.zh : district.name.en,
    year,
    milestones: [],
    projects: [],
  };
  if (random.chance(0.8)) facts.investmentYuan = random.int(20, 600) * 1e7;
  if (random.chance(0.7)) facts.newPlaces = random.int(8, 150) * 100;
  if (random.chance(0.7)) facts.schools = buildingCounts(random, 14);
  if (random.chance(0.7)) facts.kindergartens = buildingCounts(random, 40);
  if (facts.schools && random.chance(0.5)) {
    facts.compulsorySchools = partOf(facts.schools, 0.8);
    facts.highSchools = restOf(facts.schools, facts.compulsorySchools, 1);
  }
  if (facts.kindergartens && random.chance(0.5))
    facts.publicKindergartens = partOf(facts.kindergartens, 0.7);
  if (random.chance(0.5)) facts.share = random.int(50, 95) / 100;
  if (random.chance(0.6)) {
    const count = random.int(1, 4);
    for (let i = 0; i < count; i++) {
      const milestone: Facts['milestones'][number] = { year: year + Math.min(i, 2) };
      if (random.chance(0.7)) milestone.schools = random.int(1, 8);
      if (random.chance(0.5)) milestone.kindergartens = random.int(1, 12);
      if (random.chance(0.6)) milestone.places = random.int(5, 80) * 100;
      facts.milestones.push(milestone);
    }
  }
  // Projects recur: a district's issues draw from its own eight per kind (576 over the column,
  // about the 504 buildings the city-wide targets count), as the real column reports one school
  // again and again. A project's id fixes its name in each language.
  const projectCount = random.chance(0.15) ? 0 : random.int(1, 12);
  for (let i = 0; i < projectCount; i++) {
    const kind = random.pick(PROJECT_KINDS);
    const id = `${district.id}-${kind}-${random.int(1, PROJECTS_PER_KIND)}`;
    if (facts.projects.some((project) => project.id === id)) continue;
    const project: Facts['projects'][number] = {
      id,
      name: projectName(createRandom(hashString(id)), kind, lang),
      kind,
      year: year + random.int(0, 2),
      status: random.pick(STATUSES),
    };
    if (random.chance(0.6)) project.places = random.int(3, 40) * 90;
    facts.projects.push(project);
  }
  return facts;
}

// ---------------------------------------------------------------------------------------
// Frontmatter

function frontmatter(
  random: Random,
  facts: Facts,
  issue: number,
  published: number,
  cover: CorpusIssue['cover'],
): string {
  const zh = facts.lang === 'zh-CN';
  const { districtName: name } = facts;
  const schoolsTotal = facts.schools?.planned ?? random.int(2, 9);
  const title = zh
    ? `${name}${facts.year}年${random.pick(['新建改扩建', '加快建设', '开工建设', '建成投用'])}学校${schoolsTotal}所${facts.newPlaces ? `，新增学位${facts.newPlaces}个` : ''}`
    : `${name} ${random.pick(['plans', 'opens', 'speeds up work on', 'breaks ground on', 'hands over'])} ${schoolsTotal} schools${facts.newPlaces ? ` and ${thousands(facts.newPlaces)} places` : ''} in ${facts.year}`;
  const summary = zh
    ? `${name}围绕三年攻坚行动目标，${facts.investmentYuan ? `计划投资${yuanWords(facts.investmentYuan, facts.lang)}，` : ''}${random.pick(ZH_VERB)}中小学和幼儿园建设，力争${random.pick(ZH_GOAL)}。`
    : `${name} ${facts.investmentYuan ? `plans to invest ${yuanWords(facts.investmentYuan, facts.lang)} and ` : ''}${random.pick(EN_VERB)} ${random.pick(EN_OBJECT)} for its new schools and kindergartens, aiming to ${random.pick(EN_GOAL)} ${random.pick(EN_TIME)}.`;
  const lines = [
    '---',
    `title: ${yaml(title)}`,
    `summary: ${yaml(summary)}`,
    `issue: ${issue}`,
    `district: ${facts.district.id}`,
    `published: ${isoDate(published)}`,
  ];
  const corrections = random.chance(0.05)
    ? Array.from(
        { length: random.int(1, 2) },
        (_, i) => published + (i + 1) * random.int(2, 20) * DAY_MS,
      )
    : [];
  const lastCorrection = corrections.at(-1);
  if (lastCorrection !== undefined) lines.push(`updated: ${isoDate(lastCorrection)}`);
  else if (random.chance(0.1))
    lines.push(`updated: ${isoDate(published + random.int(1, 60) * DAY_MS)}`);
  lines.push(`lang: ${facts.lang}`);
  lines.push(
    `author: ${yaml(zh ? `${name}融媒体中心` : `${name.split(' ')[0]} ${random.pick(['Rong Media', 'News Centre', 'Daily'])}`)}`,
  );
  lines.push(
    `source: ${yaml(zh ? `${name}教育和体育局学校建设办公室` : `School Construction Office, ${name} Education and Sports Bureau`)}`,
  );
  if (cover) {
    lines.push('cover:');
    lines.push(`  src: ../images/${cover.fileName}`);
    lines.push(
      `  alt: ${yaml(zh ? `${name}一所在建学校的教学楼` : `The teaching block of a school under construction in ${name}`)}`,
    );
  }
  const stats: string[] = [];
  if (facts.investmentYuan !== undefined) stats.push(`  investmentYuan: ${facts.investmentYuan}`);
  if (random.chance(0.7)) stats.push(`  period: { start: ${facts.year}, end: ${facts.year + 2} }`);
  if (facts.newPlaces !== undefined) stats.push(`  newPlaces: ${facts.newPlaces}`);
  const counts = (c: Counts) =>
    `{ planned: ${c.planned}, underConstruction: ${c.underConstruction}, completed: ${c.completed} }`;
  if (facts.schools) stats.push(`  schools: ${counts(facts.schools)}`);
  if (facts.kindergartens) stats.push(`  kindergartens: ${counts(facts.kindergartens)}`);
  for (const group of ['compulsorySchools', 'highSchools', 'publicKindergartens'] as const) {
    const value = facts[group];
    if (value) stats.push(`  ${group}: ${counts(value)}`);
  }
  if (facts.share !== undefined) stats.push(`  publicKindergartenShareTarget: ${facts.share}`);
  if (facts.milestones.length) {
    stats.push('  milestones:');
    for (const m of facts.milestones) {
      const parts = [`year: ${m.year}`];
      if (m.schools !== undefined) parts.push(`schools: ${m.schools}`);
      if (m.kindergartens !== undefined) parts.push(`kindergartens: ${m.kindergartens}`);
      if (m.places !== undefined) parts.push(`places: ${m.places}`);
      if (random.chance(0.4))
        parts.push(`note: ${yaml(zh ? '按计划推进' : random.pick(EN_OBJECT))}`);
      stats.push(`    - { ${parts.join(', ')} }`);
    }
  }
  if (stats.length) lines.push('stats:', ...stats);
  if (facts.projects.length) {
    lines.push('projects:');
    for (const p of facts.projects) {
      lines.push(
        `  - { id: ${p.id}, name: ${yaml(p.name)}, kind: ${p.kind}, year: ${p.year}, status: ${p.status}${p.places !== undefined ? `, places: ${p.places}` : ''} }`,
      );
    }
  }
  lines.push(
    `tags: [${random
      .sample(zh ? ZH_TAGS : EN_TAGS, random.int(2, 5))
      .map(yaml)
      .join(', ')}]`,
  );
  if (corrections.length) {
    lines.push('corrections:');
    for (const date of corrections) {
      lines.push(
        `  - { date: ${isoDate(date)}, note: ${yaml(zh ? '更正了一处项目名称。' : 'An earlier version gave the wrong number of places for one project.')} }`,
      );
    }
  }
  lines.push('---', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------
// Body text

/** Collects footnotes while paragraphs are written; they go at the end of the body. */
interface Notes {
  next: number;
  definitions: string[];
}

function enSentence(random: Random, facts: Facts): string {
  const name = facts.districtName;
  const project = facts.projects.length
    ? random.pick(facts.projects).name
    : `${pinyinName(random)} Road Primary School`;
  const n = random.int(2, 40);
  const templates: (() => string)[] = [
    () =>
      `${capitalise(random.pick(EN_ACTOR))} ${random.pick(EN_VERB)} ${random.pick(EN_OBJECT)} for ${project} ${random.pick(EN_TIME)}.`,
    () =>
      `The work is meant to ${random.pick(EN_GOAL)}, and officials describe progress as ${random.pick(EN_ADJ)}.`,
    () =>
      `At ${project}, builders have finished ${n} ${random.pick(EN_NOUN)} and are now moving on to ${random.pick(EN_OBJECT)}.`,
    () =>
      `${name} says ${random.pick(EN_ACTOR)} will keep ${random.pick(EN_ADJ)} watch over ${random.pick(EN_OBJECT)} so that no project falls behind.`,
    () =>
      `In ${facts.year + random.int(0, 2)} the plan adds ${thousands(random.int(3, 90) * 100)} places, most of them in ${random.pick(['new housing estates', 'the old town', 'the development zone', 'rural townships', 'the county seat'])}.`,
    () =>
      `Each project has a named official, a deadline and a list of tasks, and ${random.pick(EN_ACTOR)} reports on them every ${random.pick(['week', 'fortnight', 'month'])}.`,
    () =>
      `Parents near ${project} have been told that ${random.pick(EN_NOUN)} and ${random.pick(EN_NOUN)} will be ready ${random.pick(EN_TIME)}.`,
    () =>
      `${capitalise(random.pick(EN_ADJ))} work on ${random.pick(EN_OBJECT)} has let ${random.pick(EN_ACTOR)} bring forward the opening of ${n} classes.`,
    () =>
      `The ${pinyinName(random)} township school, which once taught ${random.int(30, 60)} pupils to a class, now keeps classes below ${random.int(35, 45)}.`,
    () =>
      `Officials from ${random.pick(EN_ACTOR)} visited ${n} sites in ${random.pick(['March', 'April', 'May', 'June', 'September', 'October', 'November'])} and listed ${random.int(3, 30)} problems to be solved.`,
    () =>
      `Spending on ${random.pick(EN_NOUN)} alone comes to ${(random.int(5, 300) / 10).toFixed(1)} million yuan, paid from ${random.pick(['special bonds', 'the district budget', 'provincial grants', 'land revenue'])}.`,
    () =>
      `Teachers at ${project} will move into the new building ${random.pick(EN_TIME)}, with ${random.pick(EN_NOUN)} and ${random.pick(EN_NOUN)} already fitted.`,
    () =>
      `${capitalise(random.pick(EN_ACTOR))} and ${random.pick(EN_ACTOR)} now handle ${random.pick(EN_OBJECT)} side by side rather than one after the other.`,
    () =>
      `According to ${random.pick(EN_ACTOR)}, ${random.pick(EN_OBJECT)} for the ${pinyinName(random)} campus is ${random.int(40, 99)} per cent complete.`,
  ];
  return random.pick(templates)();
}

function zhSentence(random: Random, facts: Facts): string {
  const name = facts.districtName;
  const project = facts.projects.length
    ? random.pick(facts.projects).name
    : `${random.pick(ZH_NAME_PARTS)}路小学`;
  const n = random.int(2, 40);
  const templates: (() => string)[] = [
    () =>
      `${random.pick(ZH_ACTOR)}${random.pick(ZH_VERB)}${project}的${random.pick(ZH_OBJECT)}工作，确保${random.pick(ZH_TIME)}完成。`,
    () => `${name}坚持把学校建设作为头号民生工程，着力${random.pick(ZH_GOAL)}。`,
    () =>
      `目前，${project}已完成${n}间${random.pick(ZH_NOUN)}建设，正在进行${random.pick(ZH_OBJECT)}。`,
    () =>
      `${facts.year + random.int(0, 2)}年计划新增学位${random.int(3, 90) * 100}个，主要分布在${random.pick(['新建小区', '老城区', '经济开发区', '农村镇街', '县城'])}。`,
    () =>
      `每个项目都明确责任人、时间表和任务清单，${random.pick(ZH_ACTOR)}每${random.pick(['周', '半月', '月'])}调度一次。`,
    () =>
      `${random.pick(ZH_ACTOR)}与${random.pick(ZH_ACTOR)}实行并联审批，${random.pick(ZH_OBJECT)}办理时限压缩${random.int(20, 60)}%。`,
    () =>
      `${random.pick(ZH_NAME_PARTS)}镇中心学校过去每班${random.int(50, 66)}人，现在班额控制在${random.int(35, 45)}人以内。`,
    () =>
      `仅${random.pick(ZH_NOUN)}一项就投入${(random.int(5, 300) / 10).toFixed(1)}万元，资金来自${random.pick(['专项债券', '区级财政', '省级补助', '土地出让收入'])}。`,
    () =>
      `据${random.pick(ZH_ACTOR)}介绍，${random.pick(ZH_NAME_PARTS)}校区${random.pick(ZH_OBJECT)}已完成${random.int(40, 99)}%。`,
    () =>
      `${random.pick(ZH_TIME)}，${project}的${random.pick(ZH_NOUN)}和${random.pick(ZH_NOUN)}将交付使用，周边家长十分期待。`,
  ];
  return random.pick(templates)();
}

function paragraph(random: Random, facts: Facts, notes: Notes): string {
  const zh = facts.lang === 'zh-CN';
  const count = random.int(3, 5);
  const sentences = Array.from({ length: count }, () =>
    zh ? zhSentence(random, facts) : enSentence(random, facts),
  );
  if (random.chance(0.12)) {
    const index = random.int(0, sentences.length - 1);
    const ref = notes.next++;
    sentences[index] = `${sentences[index] ?? ''}[^${ref}]`;
    notes.definitions.push(
      zh
        ? `[^${ref}]: 数据来源：${random.pick(ZH_ACTOR)}${facts.year}年工作报告。`
        : `[^${ref}]: Figures from ${random.pick(EN_ACTOR)}, ${facts.year} work report.`,
    );
  }
  if (!zh && random.chance(0.15)) {
    const index = random.int(0, sentences.length - 1);
    sentences[index] = (sentences[index] ?? '').replace(/^(\S+ \S+)/, '**$1**');
  }
  return sentences.join(zh ? '' : ' ');
}

function table(random: Random, facts: Facts): string {
  const zh = facts.lang === 'zh-CN';
  const head = zh
    ? '| 年份 | 学校 | 幼儿园 | 新增学位 |'
    : '| Year | Schools | Kindergartens | New places |';
  const rows = Array.from({ length: random.int(3, 5) }, (_, i) => {
    const cell = (value: number) =>
      random.chance(0.15) ? (zh ? '未公布' : 'not reported') : thousands(value);
    return `| ${facts.year + i - 1} | ${cell(random.int(1, 9))} | ${cell(random.int(1, 15))} | ${cell(random.int(5, 90) * 100)} |`;
  });
  return [head, '| --- | ---: | ---: | ---: |', ...rows].join('\n');
}

function list(random: Random, facts: Facts): string {
  const zh = facts.lang === 'zh-CN';
  const ordered = random.chance(0.3);
  return Array.from({ length: random.int(3, 6) }, (_, i) => {
    const marker = ordered ? `${i + 1}.` : '-';
    const text = zh
      ? `${random.pick(ZH_NOUN)}：投入${random.int(50, 2000)}万元，${random.pick(ZH_VERB)}${random.pick(ZH_OBJECT)}；`
      : `more than ${(random.int(5, 300) / 10).toFixed(1)} million yuan on ${random.pick(EN_NOUN)}, with ${random.pick(EN_OBJECT)} ${random.pick(EN_TIME)};`;
    return `${marker} ${text}`;
  }).join('\n');
}

function body(random: Random, facts: Facts): string {
  const zh = facts.lang === 'zh-CN';
  const notes: Notes = { next: 1, definitions: [] };
  const blocks: string[] = [];
  // English words, or Chinese characters: about 900 words' worth of either.
  const target = zh ? random.int(1500, 1750) : random.int(850, 950);
  const size = (text: string) =>
    zh ? (text.match(/\p{Script=Han}/gu)?.length ?? 0) : text.split(/\s+/).filter(Boolean).length;
  let written = 0;
  const add = (block: string) => {
    blocks.push(block);
    written += size(block);
  };

  add(paragraph(random, facts, notes));
  add(paragraph(random, facts, notes));
  if (facts.investmentYuan) {
    add(
      `<Stat value=${yaml(yuanWords(facts.investmentYuan, facts.lang))} label=${yaml(zh ? `${facts.year}—${facts.year + 2}年计划投资` : `planned investment, ${facts.year}–${facts.year + 2}`)} />`,
    );
  }
  const headings = random.sample(zh ? ZH_HEADINGS : EN_HEADINGS, 8);
  const extras = random.sample(['table', 'list', 'quote', 'callout', 'list'], random.int(3, 5));
  let section = 0;
  while (written < target) {
    add(
      `## ${headings[section % headings.length]}${section >= headings.length ? ` ${section}` : ''}`,
    );
    const paragraphs = random.int(2, 3);
    for (let i = 0; i < paragraphs && written < target; i++) add(paragraph(random, facts, notes));
    const extra = extras[section];
    if (extra === 'table') add(table(random, facts));
    else if (extra === 'list') add(list(random, facts));
    else if (extra === 'quote')
      add(`<PullQuote>${zh ? zhSentence(random, facts) : enSentence(random, facts)}</PullQuote>`);
    else if (extra === 'callout') {
      add(
        `<Callout title=${yaml(zh ? '工作机制' : 'How the work is organised')}>\n\n${list(random, facts)}\n\n</Callout>`,
      );
    }
    section++;
  }
  if (!zh && random.chance(0.1)) {
    add(
      `The full plan is published at https://www.example.gov.cn/${facts.district.id}/plan-${facts.year}.html and ~~was~~ is open for comment.`,
    );
  }
  return [...blocks, ...notes.definitions].join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------
// The corpus

const MAX_ISSUES = 25_000;

/** Days between issues: weekly while that fits in fifty years, closer together beyond. */
export function spacingDays(issues: number): number {
  return Math.max(1, Math.min(7, Math.floor((365 * 50) / Math.max(1, issues))));
}

/** Every issue of the synthetic column, oldest first. */
export function planCorpus({ issues, seed, districts }: CorpusOptions): CorpusIssue[] {
  if (!Number.isInteger(issues) || issues < 1)
    throw new Error(`issues: expected a whole number ≥ 1, got ${issues}`);
  // One a day from 2025 back: beyond this the first issues' project years predate the schema's 1949.
  if (issues > MAX_ISSUES) throw new Error(`issues: at most ${MAX_ISSUES}, got ${issues}`);
  if (districts.length === 0) throw new Error('districts: the list is empty');
  const spacing = spacingDays(issues);
  const out: CorpusIssue[] = [];
  for (let index = 0; index < issues; index++) {
    const random = createRandom(hashString(`${seed}:${index}`));
    const lang: CorpusIssue['lang'] = index % 3 === 2 ? 'zh-CN' : 'en';
    // One sequence for both languages: an English and a Chinese issue with one number would be
    // two editions of one report, and these report different things.
    const issue = index + 1;
    // The first issues visit every district once; then any district may come up.
    const district = districts[index] ?? random.pick(districts);
    const published = LAST_PUBLISHED - (issues - 1 - index) * spacing * DAY_MS;
    const year = new Date(published).getUTCFullYear();
    const facts = makeFacts(random, lang, district, year);
    // At least three digits: the issue file naming rule (src/lib/issueFiles.ts).
    const serial = String(index + 1).padStart(Math.max(3, String(issues).length), '0');
    const cover =
      index % 10 === 5
        ? { fileName: `cover-${serial}.jpg`, seed: hashString(`${seed}:cover:${index}`) }
        : undefined;
    const source = frontmatter(random, facts, issue, published, cover) + '\n' + body(random, facts);
    out.push({
      fileName: `${serial}-${lang === 'zh-CN' ? 'zh-' : ''}${district.id}.mdx`,
      lang,
      issue,
      source,
      ...(cover ? { cover } : {}),
    });
  }
  return out;
}
