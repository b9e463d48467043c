import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, MAX_ARTICLE_CHARS, decodeArticleBytes } from '../core';
// The editor layer's matcher is pure (no 'vscode'), so the CLI reads `exclude` exactly as the editor does.
import { matchGlob } from '../core';

/** Extensions of the files a folder search treats as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.article'] as const;
const SKIPPED_FILE_NAMES = new Set(['readme.md', 'changelog.md']);

/** A file that could not be used, and why. */
export interface InputProblem {
  file: string;
  reason: string;
}

/** An article file read and decoded. */
export interface ReadArticle {
  /** The path as given, or as found under a given folder joined to it. */
  file: string;
  /** Text as read, BOM removed, line endings untouched. */
  text: string;
}

/** Files found for the paths given, in order, without duplicates. */
export interface CollectedFiles {
  files: string[];
  problems: InputProblem[];
}

/** Whether a file name looks like an article a folder search should pick up. */
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (SKIPPED_FILE_NAMES.has(lower)) return false;
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** `.articlelens.json` of the first folder among the paths, when that folder has one. */
export async function findDefaultConfig(paths: readonly string[]): Promise<string | undefined> {
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat?.isDirectory()) continue;
    const candidate = path.join(p, CONFIG_FILE_NAME);
    const found = await fs.stat(candidate).catch(() => undefined);
    return found?.isFile() ? candidate : undefined;
  }
  return undefined;
}

/**
 * Expands the paths given into article files: files are kept as given, folders are searched
 * recursively (sorted, skipping node_modules, dot-folders and the `exclude` globs).
 */
export async function collectArticleFiles(
  paths: readonly string[],
  exclude: readonly string[] = [],
  include?: readonly string[],
): Promise<CollectedFiles> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (e) {
      problems.push({ file: p, reason: describeFsError(e) });
      continue;
    }
    if (!stat.isDirectory()) {
      add(p);
      continue;
    }
    const found = await walk(p, '', new Set([await fs.realpath(p)]), !!include);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // The configuration's `include` globs pick the articles, as in the editor; without one, the extensions do.
    const wanted = (rel: string) =>
      include
        ? include.some((glob) => matchGlob(glob, rel)) &&
          !SKIPPED_FILE_NAMES.has(rel.split('/').pop()!.toLowerCase())
        : true;
    const kept = found.filter((rel) => wanted(rel) && !exclude.some((glob) => matchGlob(glob, rel)));
    if (kept.length === 0)
      problems.push({
        file: p,
        reason: include
          ? `no article files matching ${include.join(', ')} in this folder`
          : 'no article files (*.txt, *.md, *.markdown, *.article) in this folder',
      });
    for (const rel of kept) add(path.join(p, ...rel.split('/')));
  }
  return { files, problems };
}

/** Relative ('/'-separated) paths of the article files under a folder. */
async function walk(root: string, rel: string, visited: Set<string>, anyFile = false): Promise<string[]> {
  const dir = rel ? path.join(root, ...rel.split('/')) : root;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => undefined);
      isDir = !!target?.isDirectory();
      isFile = !!target?.isFile();
    }
    if (isDir) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      // Symbolic links may loop back: visit each real folder once.
      const real = await fs.realpath(full).catch(() => full);
      if (visited.has(real)) continue;
      visited.add(real);
      out.push(...(await walk(root, childRel, visited, anyFile)));
    } else if (isFile && (anyFile || isArticleFileName(entry.name))) out.push(childRel);
  }
  return out;
}

/** Files bigger than this cannot decode to fewer than MAX_ARTICLE_CHARS UTF-16 code units. */
const MAX_ARTICLE_BYTES = MAX_ARTICLE_CHARS * 3 + 3;

/** Reads and decodes the files; the ones that cannot be used are returned as problems, in order. */
export async function readArticles(
  files: readonly string[],
): Promise<{ articles: ReadArticle[]; problems: InputProblem[] }> {
  const results = await Promise.all(files.map(readArticle));
  const articles: ReadArticle[] = [];
  const problems: InputProblem[] = [];
  for (const r of results) {
    if ('text' in r) articles.push(r);
    else problems.push(r);
  }
  return { articles, problems };
}

async function readArticle(file: string): Promise<ReadArticle | InputProblem> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { file, reason: 'not a regular file' };
    if (stat.size > MAX_ARTICLE_BYTES)
      return { file, reason: `too large to analyse (${stat.size.toLocaleString('en-US')} bytes)` };
    const decoded = decodeArticleBytes(await fs.readFile(file));
    return decoded.ok ? { file, text: decoded.text } : { file, reason: decoded.reason };
  } catch (e) {
    return { file, reason: describeFsError(e) };
  }
}

/** A short, readable reason for a file-system error. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return (e as Error).message ?? String(e);
  }
}
