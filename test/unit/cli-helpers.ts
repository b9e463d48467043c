import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { decodeArticleBytes } from '../../src/core';
import { run } from '../../src/cli/main';
import type { CliReport, JsonReport } from '../../src/cli/schema';
import { jsonReportSchema } from '../../src/cli/schema';

/** What one in-process run of the CLI produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output; stdout is not a TTY unless asked. */
export async function runCli(
  argv: string[],
  { env = {}, isTTY = false }: { env?: Record<string, string | undefined>; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY },
    stderr: { write: (s: string) => (stderr += s) },
    env,
  });
  return { code, stdout, stderr };
}

/** Parses JSON output and validates it against the contract. */
export function parseReport(stdout: string): JsonReport {
  const parsed = jsonReportSchema.safeParse(JSON.parse(stdout));
  if (!parsed.success) assert.fail(`output does not match the schema:\n${parsed.error.message}`);
  return parsed.data;
}

/** Every span of the report with the text it claims to cover, and where it points. */
export function spansOf(
  report: JsonReport | CliReport,
): { file: string; start: number; end: number; text: string; what: string }[] {
  const out = [];
  for (const a of report.articles) {
    for (const m of a.mentions) out.push({ file: a.file, ...m, what: 'mention' });
    for (const f of a.figures) out.push({ file: a.file, ...f, what: 'figure' });
    for (const q of a.quotes) out.push({ file: a.file, ...q, what: 'quote' });
    for (const c of a.claims) out.push({ file: a.file, ...c, what: 'claim' });
  }
  for (const f of report.findings) {
    out.push({ ...f, what: `finding ${f.id}` });
    for (const r of f.related) out.push({ ...r, what: `related of ${f.id}` });
  }
  return out;
}

/** Asserts that every span's text is the slice of its file's text. */
export function assertSpansMatch(report: JsonReport | CliReport, textOf: (file: string) => string): void {
  for (const s of spansOf(report)) {
    const text = textOf(s.file);
    assert.ok(
      s.start <= s.end && s.end <= text.length,
      `${s.what} in ${s.file}: span ${s.start}-${s.end} out of range`,
    );
    assert.equal(text.slice(s.start, s.end), s.text, `${s.what} in ${s.file} at ${s.start}`);
  }
}

/** A file's text as the CLI reads it (decoded, BOM removed), for checking offsets independently. */
export function readText(file: string): string {
  const decoded = decodeArticleBytes(fs.readFileSync(file));
  if (!decoded.ok) assert.fail(`${file}: ${decoded.reason}`);
  return decoded.text;
}
