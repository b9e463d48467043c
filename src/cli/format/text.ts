import type { Severity } from '../../core';
import { countBySeverity } from '../report';
import type { CliReport } from '../schema';

/** Options of the text format. */
export interface TextFormatOptions {
  /** ANSI colours: only for a terminal, and never when NO_COLOR is set. */
  color: boolean;
}

const RESET = '\u001b[0m';
const STYLE = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  cyan: '\u001b[36m',
};
const SEVERITY_STYLE: Record<Severity, string> = {
  error: STYLE.red,
  warning: STYLE.yellow,
  info: STYLE.blue,
  hint: STYLE.dim,
};

/**
 * Formats the report like a linter: `file:line:col severity message [kind]`, the related places
 * indented below, then a summary line.
 */
export function formatText(report: CliReport, options: TextFormatOptions): string {
  const paint = (style: string, s: string) => (options.color ? `${style}${s}${RESET}` : s);
  const lines: string[] = [];
  for (const f of report.findings) {
    const where = paint(STYLE.bold, `${f.file}:${f.line}:${f.column}`);
    lines.push(
      `${where} ${paint(SEVERITY_STYLE[f.severity], f.severity)} ${oneLine(f.message)} ${paint(STYLE.dim, `[${f.kind}]`)}`,
    );
    for (const r of f.related) {
      const quoted = r.text ? ` ${paint(STYLE.cyan, JSON.stringify(oneLine(r.text)))}` : '';
      lines.push(`    ${r.file}:${r.line}:${r.column}${quoted}${r.message ? ` ${oneLine(r.message)}` : ''}`);
    }
    if (f.suggestions?.length)
      lines.push(
        `    ${paint(STYLE.dim, `suggestion: ${f.suggestions.map((s) => JSON.stringify(s)).join(', ')}`)}`,
      );
  }
  if (lines.length) lines.push('');
  lines.push(paint(STYLE.bold, summaryLine(report)));
  return lines.join('\n') + '\n';
}

/** `N findings (E errors, W warnings, I info) in K articles`; hints count as info. */
export function summaryLine(report: CliReport): string {
  const { errors, warnings, info } = countBySeverity(report);
  const n = report.findings.length;
  const k = report.articles.length;
  return `${n} ${plural(n, 'finding')} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${info} info) in ${k} ${plural(k, 'article')}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** Messages and excerpts may span lines in the article; the report keeps one finding per line. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
