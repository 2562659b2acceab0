import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DigestMemo } from './digestMemo';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function memoFile() {
  const folder = mkdtempSync(join(tmpdir(), 'column-digest-memo-'));
  folders.push(folder);
  return join(folder, 'cache', 'memo.json');
}

const length = (text: string) => ({ length: text.length });

describe('DigestMemo', () => {
  test('computes each text once in a process', () => {
    const compute = vi.fn(length);
    const memo = new DigestMemo<{ length: number }>({ version: '1' });
    expect(memo.get('abc', compute)).toEqual({ length: 3 });
    expect(memo.get('abc', compute)).toEqual({ length: 3 });
    expect(memo.get('abcd', compute)).toEqual({ length: 4 });
    expect(compute).toHaveBeenCalledTimes(2);
  });

  test('reads back what an earlier run saved, without computing it again', () => {
    const file = memoFile();
    const first = new DigestMemo<{ length: number }>({ version: '1', file });
    first.get('abc', length);
    first.save();

    const compute = vi.fn(length);
    const next = new DigestMemo<{ length: number }>({ version: '1', file });
    expect(next.get('abc', compute)).toEqual({ length: 3 });
    expect(compute).not.toHaveBeenCalled();
  });

  test('never serves a result saved by another version of the code', () => {
    const file = memoFile();
    const first = new DigestMemo<string>({ version: 'old rule', file });
    first.get('abc', () => 'old result');
    first.save();

    const next = new DigestMemo<string>({ version: 'new rule', file });
    expect(next.get('abc', () => 'new result')).toBe('new result');
  });

  test('keeps only the texts seen since the last save', () => {
    const file = memoFile();
    const first = new DigestMemo<number>({ version: '1', file });
    first.get('kept', () => 1);
    first.get('gone', () => 2);
    first.save();

    const next = new DigestMemo<number>({ version: '1', file });
    next.get('kept', () => 1);
    next.save();
    expect(Object.values(JSON.parse(readFileSync(file, 'utf8')) as object)).toEqual([1]);

    const compute = vi.fn(() => 3);
    new DigestMemo<number>({ version: '1', file }).get('gone', compute);
    expect(compute).toHaveBeenCalledOnce();
  });

  test('starts empty from a damaged file, and replaces it', () => {
    const file = memoFile();
    const first = new DigestMemo<number>({ version: '1', file });
    first.get('abc', () => 7);
    first.save();
    writeFileSync(file, '{"truncated');
    const memo = new DigestMemo<number>({ version: '1', file });
    const compute = vi.fn(() => 7);
    expect(memo.get('abc', compute)).toBe(7);
    expect(compute).toHaveBeenCalledOnce();
    memo.save();
    expect(Object.values(JSON.parse(readFileSync(file, 'utf8')) as object)).toEqual([7]);
  });

  test('keeps a result JSON cannot carry exactly in memory only', () => {
    const file = memoFile();
    const first = new DigestMemo<{ value: number }>({ version: '1', file });
    expect(first.get('nan', () => ({ value: Number.NaN }))).toEqual({ value: Number.NaN });
    first.get('one', () => ({ value: 1 }));
    first.save();

    const compute = vi.fn(() => ({ value: Number.NaN }));
    const next = new DigestMemo<{ value: number }>({ version: '1', file });
    expect(next.get('nan', compute)).toEqual({ value: Number.NaN });
    expect(compute).toHaveBeenCalledOnce();
    expect(next.get('one', () => ({ value: 0 }))).toEqual({ value: 1 });
  });
});
