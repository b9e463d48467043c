import * as vscode from 'vscode';
import { decodeArticleBytes } from '../core';
import type { LensConfig } from '../core';
import { isIncluded } from '../core';

/** At most this many files are loaded per folder: a story is a handful of articles, not a corpus. */
const MAX_FILES = 1000;
const PARALLEL_READS = 8;

/** The result of reading one article file. */
export type ArticleFile = { uri: vscode.Uri; text: string } | { uri: vscode.Uri; skipped: string };

/** The path of a URI relative to a folder, with forward slashes; undefined when outside it. */
export function relativePath(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return undefined;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

/** Whether a file of a folder is an article under the folder's configuration. */
export function isArticlePath(folder: vscode.Uri, uri: vscode.Uri, config: LensConfig): boolean {
  const rel = relativePath(folder, uri);
  return rel !== undefined && isIncluded(rel, config.include, config.exclude);
}

/** Finds the article files of a folder. */
export async function findArticleFiles(
  folder: vscode.WorkspaceFolder,
  config: LensConfig,
): Promise<{ uris: vscode.Uri[]; truncated: boolean }> {
  // Passing our excludes keeps VS Code from walking node_modules and the like; our own matcher
  // then has the last word, so the result never depends on how two glob dialects differ.
  const exclude = config.exclude.length ? `{${config.exclude.join(',')}}` : null;
  const found = new Map<string, vscode.Uri>();
  for (const pattern of config.include) {
    const uris = await vscode.workspace.findFiles(
      new vscode.RelativePattern(folder, pattern),
      exclude,
      MAX_FILES,
    );
    for (const uri of uris) if (isArticlePath(folder.uri, uri, config)) found.set(uri.toString(), uri);
  }
  const uris = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  return { uris: uris.slice(0, MAX_FILES), truncated: uris.length >= MAX_FILES };
}

/** Reads and decodes one article file, refusing files over the size limit and binary files. */
export async function readArticleFile(uri: vscode.Uri, maxBytes: number): Promise<ArticleFile> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxBytes)
      return {
        uri,
        skipped: `larger than ${Math.round(maxBytes / 1024)} KB (setting articleLens.maxFileSizeKB)`,
      };
    const decoded = decodeArticleBytes(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { uri, text: decoded.text } : { uri, skipped: decoded.reason };
  } catch (e) {
    return { uri, skipped: `could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Reads many files, a few at a time. */
export async function readArticleFiles(
  uris: readonly vscode.Uri[],
  maxBytes: number,
): Promise<ArticleFile[]> {
  const out: ArticleFile[] = new Array(uris.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < uris.length) {
      const i = next++;
      out[i] = await readArticleFile(uris[i], maxBytes);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, uris.length) }, worker));
  return out;
}
