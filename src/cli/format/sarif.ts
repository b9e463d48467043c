import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FindingKind, Severity } from '../../core';
import { FINDING_KINDS } from '../../core';
import type { CliReport, JsonLineColumn } from '../schema';

/** The SARIF level of each severity. */
export const SARIF_LEVELS: Record<Severity, 'error' | 'warning' | 'note' | 'none'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'none',
};

const RULES: Record<FindingKind, { name: string; text: string }> = {
  name_spelling: {
    name: 'NameSpelling',
    text: 'A name is spelled differently from how the other articles spell it.',
  },
  numeric: { name: 'Numeric', text: 'A figure disagrees with the same figure in another article.' },
  date: { name: 'Date', text: 'A date disagrees with the same date in another article.' },
  quote_wording: {
    name: 'QuoteWording',
    text: 'A quotation is worded differently from the same quotation elsewhere.',
  },
  role: { name: 'Role', text: 'A person is given a different title or role than in another article.' },
  other: { name: 'Other', text: 'Another inconsistency between the articles.' },
};

/** Options of the SARIF format. */
export interface SarifOptions {
  /** Tool version. */
  version: string;
  /** Folder the artifact URIs are relative to (%SRCROOT%). */
  cwd: string;
}

/** Formats the report as a SARIF 2.1.0 log with one run. */
export function formatSarif(report: CliReport, options: SarifOptions): string {
  const uri = (file: string) => relativeUri(file, options.cwd);
  const region = (s: { start: number; end: number } & JsonLineColumn) => ({
    startLine: s.line,
    startColumn: s.column,
    endLine: s.endLine,
    endColumn: s.endColumn,
    charOffset: s.start,
    charLength: s.end - s.start,
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Article Lens',
            version: options.version,
            rules: FINDING_KINDS.map((kind) => ({
              id: kind,
              name: RULES[kind].name,
              shortDescription: { text: RULES[kind].text },
            })),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: `${pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}` },
        },
        columnKind: 'utf16CodeUnits',
        artifacts: report.articles.map((a) => ({ location: { uri: uri(a.file), uriBaseId: '%SRCROOT%' } })),
        results: report.findings.map((f) => ({
          ruleId: f.kind,
          ruleIndex: FINDING_KINDS.indexOf(f.kind),
          level: SARIF_LEVELS[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(f.file), uriBaseId: '%SRCROOT%' },
                region: { ...region(f), snippet: { text: f.text } },
              },
            },
          ],
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            physicalLocation: {
              artifactLocation: { uri: uri(r.file), uriBaseId: '%SRCROOT%' },
              region: { ...region(r), snippet: { text: r.text } },
            },
            message: { text: r.message || r.text },
          })),
          partialFingerprints: { articleLensFinding: f.id },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A file path as a relative URI reference ('/' separated, percent-encoded), as SARIF wants. */
export function relativeUri(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file)) || path.basename(file);
  return rel.split(path.sep).map(encodeURIComponent).join('/');
}
