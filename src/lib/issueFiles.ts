/**
 * Which files under `content/issues/` are issues. The collection's glob loader
 * (src/content.config.ts) and the content check both take this one rule, so every file there
 * is either an issue the site builds or a problem the check reports: an issue saved as `.md`,
 * an editor's backup or a copy is never silently left out of the site.
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { msg } from '../i18n/checks.ts';
import { LANGS } from '../i18n/langs.ts';
import type { ContentProblem } from './contentProblem.ts';

/**
 * `004-hanting.mdx` and `004-hanting.zh-CN.mdx`: the issue number in three or more digits, a
 * hyphen, lower-case letters, digits and hyphens, an optional language, `.mdx`. It has no `/`,
 * so files in subfolders are not issues.
 */
export const ISSUE_FILE_GLOB = `[0-9][0-9][0-9]*([0-9])-+([a-z0-9-])?(${LANGS.map((lang) => `.${lang}`).join('|')}).mdx`;

// Astro's glob loader lists files with tinyglobby and follows changes with picomatch, both
// using picomatch's default options: the same matcher here accepts exactly what it loads.
const matchesIssueGlob = picomatch(ISSUE_FILE_GLOB);

/** Whether the loader reads `path` (relative to the issues folder, with `/`) as an issue. */
export function isIssueFile(path: string): boolean {
  return matchesIssueGlob(path);
}

/**
 * Written by the operating system whenever a folder is opened (macOS Finder and the files it
 * leaves on shared drives, Windows Explorer), never by an editor. Reporting them would fail
 * the build each time someone browses the folder, and deleting them only brings them back.
 */
const OPERATING_SYSTEM_FILE = /^(?:\.DS_Store|\._.+|Thumbs\.db|ehthumbs\.db|desktop\.ini)$/i;

/**
 * Left beside a file by text editors and tools: Emacs (`x~`, `#x#`, `.#x`), Vim (`.x.swp`),
 * merge tools (`x.orig`, `x.rej`) and backups by hand (`x.bak`, `x.old`).
 */
const BACKUP_FILE = /~$|^\.?#|\.(?:bak|backup|old|orig|rej|sw[a-p]|tmp)$/i;

/**
 * Made by copying a file in a file manager or re-downloading it: `Copy of x.mdx`, `x - Copy.mdx`
 * (Windows), `x copy.mdx`, `x copy 2.mdx` (macOS), `x (1).mdx`.
 */
const COPIED_FILE =
  /^copy (?:\(\d+\) )?of | copy(?: \d+| \(\d+\))?(?:\.[^.]*)?$| \(\d+\)(?:\.[^.]*)?$/i;

const PICTURE_FILE = /\.(?:avif|gif|heic|jpe?g|png|svg|tiff?|webp)$/i;

/**
 * The issue file name `name` was most likely meant to have (`005-Qingzhou.md` →
 * `005-qingzhou.mdx`), or undefined when it does not look like an issue at all.
 */
function intendedIssueName(name: string): string | undefined {
  let stem = name.slice(0, name.length - extname(name).length);
  // Windows hides known extensions, so "005-x.mdx" saved as a text file becomes "005-x.mdx.txt".
  if (extname(stem).toLowerCase() === '.mdx') stem = stem.slice(0, -'.mdx'.length);
  const lang = LANGS.find((known) => extname(stem).toLowerCase() === `.${known.toLowerCase()}`);
  if (lang) stem = stem.slice(0, -`.${lang}`.length);
  const slug = stem
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-{2,}/g, '-');
  const candidate = `${slug}${lang ? `.${lang}` : ''}.mdx`;
  return isIssueFile(candidate) ? candidate : undefined;
}

/**
 * What is wrong with a file under the issues folder that is not an issue, and what the editor
 * should do; undefined for the operating system's own files, which are left alone.
 * `path` is relative to the issues folder, with `/`.
 */
export function describeStrayFile(
  path: string,
): Pick<ContentProblem, 'problem' | 'fix'> | undefined {
  const name = basename(path);
  if (OPERATING_SYSTEM_FILE.test(name)) return undefined;
  if (BACKUP_FILE.test(name)) return { problem: msg('file.backup'), fix: msg('file.backup.fix') };
  if (PICTURE_FILE.test(name))
    return { problem: msg('file.picture'), fix: msg('file.picture.fix', { name }) };
  if (COPIED_FILE.test(name)) return { problem: msg('file.copy'), fix: msg('file.copy.fix') };
  const intended = isIssueFile(name) ? name : intendedIssueName(name);
  if (path.includes('/') && intended)
    return { problem: msg('file.subfolder'), fix: msg('file.subfolder.fix', { name: intended }) };
  if (intended && extname(name) !== '.mdx')
    return { problem: msg('file.notMdx'), fix: msg('file.rename.fix', { name: intended }) };
  if (intended)
    return { problem: msg('file.badName'), fix: msg('file.rename.fix', { name: intended }) };
  if (extname(name).toLowerCase() === '.mdx')
    return { problem: msg('file.badName'), fix: msg('file.namingRule.fix') };
  return { problem: msg('file.notIssue'), fix: msg('file.notIssue.fix') };
}

export interface StrayFile extends Pick<ContentProblem, 'problem' | 'fix'> {
  /** Relative to the issues folder, with `/`. */
  path: string;
}

export interface IssueFolder {
  /** The files the loader reads as issues, relative to the folder, sorted. */
  issues: string[];
  /** Every other file beneath the folder, subfolders included, sorted; the operating system's own files are left out. */
  strays: StrayFile[];
}

export function readIssueFolder(issuesDir: string): IssueFolder {
  const files = readdirSync(issuesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(issuesDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .toSorted();
  return {
    issues: files.filter(isIssueFile),
    strays: files.flatMap((path) => {
      if (isIssueFile(path)) return [];
      const stray = describeStrayFile(path);
      return stray ? [{ path, ...stray }] : [];
    }),
  };
}
