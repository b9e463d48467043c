import type { LensConfig } from '../config';
import type { Finding } from '../model';

/** Applies the configured severities ("off" removes a kind) and orders findings by place. */
export function applyConfigToFindings(findings: readonly Finding[], config: LensConfig): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const override = config.severity[f.kind];
    if (override === 'off') continue;
    out.push(override ? { ...f, severity: override } : f);
  }
  return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
}
