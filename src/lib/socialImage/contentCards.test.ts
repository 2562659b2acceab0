import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentCards } from './contentCards';

const fixture = new URL('../../../test/fixtures/zh/content/', import.meta.url).pathname;
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A content folder with the zh fixture's column and districts, and these issue files. */
function contentWith(issues: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-cards-'));
  folders.push(dir);
  cpSync(join(fixture, 'column.yaml'), join(dir, 'column.yaml'));
  cpSync(join(fixture, 'districts.yaml'), join(dir, 'districts.yaml'));
  mkdirSync(join(dir, 'issues'));
  for (const [name, text] of Object.entries(issues)) writeFileSync(join(dir, 'issues', name), text);
  return dir;
}

const issue = (fields: string) => `---
summary: "A made-up report."
district: harbour
author: Test Desk
source: Fixture Office
${fields}
---

The report.
`;

const NOW = new Date('2024-01-01T00:00:00Z');

describe('contentCards', () => {
  test('gives the default card, then each published issue newest first, language by language', () => {
    const dir = contentWith({
      '001-first.mdx': issue('title: "First"\nissue: 1\npublished: 2023-05-10'),
      '002-second.mdx': issue(
        'title: "Second"\nissue: 2\npublished: 2023-05-11\nstats:\n  investmentYuan: 250000000',
      ),
      '002-second.zh-CN.mdx': issue(
        'title: "第二期"\nissue: 2\npublished: 2023-05-11\nlang: zh-CN\nstats:\n  investmentYuan: 250000000',
      ),
    });
    const cards = contentCards(dir, NOW);
    expect(cards.map((card) => (card.kind === 'issue' ? card.title : card.kind))).toEqual([
      'default',
      'Second',
      'First',
      '第二期',
    ]);
    expect(cards[1]).toEqual({
      kind: 'issue',
      lang: 'en',
      column: { primary: 'Harbour Schools Column', secondary: '港区学校专栏' },
      publisher: 'Fixture Press',
      number: 'No. 2',
      district: 'Harbour District',
      title: 'Second',
      figure: { value: '250 million yuan', label: 'Planned investment' },
    });
    expect(cards[3]).toMatchObject({ lang: 'zh-CN', number: '第2期', district: '港湾区' });
  });

  test('leaves out drafts, issues published after `now` and files that would not load', () => {
    const dir = contentWith({
      '001-kept.mdx': issue('title: "Kept"\nissue: 1\npublished: 2023-05-10'),
      '002-draft.mdx': issue('title: "Draft"\nissue: 2\npublished: 2023-05-10\ndraft: true'),
      '003-later.mdx': issue('title: "Later"\nissue: 3\npublished: 2024-06-01'),
      '004-bad.mdx': issue('title: "Bad"\nissue: four\npublished: 2023-05-10'),
      '005-broken.mdx': issue('title: "Broken\nissue: 5'),
      '006-nowhere.mdx': issue('title: "Nowhere"\nissue: 6\npublished: 2023-05-10').replace(
        'district: harbour',
        'district: atlantis',
      ),
    });
    const titles = contentCards(dir, NOW).map((card) => (card.kind === 'issue' ? card.title : ''));
    expect(titles).toEqual(['', 'Kept']);
  });

  test('plans nothing without a column it can read', () => {
    const dir = contentWith({
      '001-first.mdx': issue('title: "First"\nissue: 1\npublished: 2023-05-10'),
    });
    writeFileSync(join(dir, 'column.yaml'), 'title: [');
    expect(contentCards(dir, NOW)).toEqual([]);
  });
});
