import { z } from 'zod';
import { FINDING_KINDS, SEVERITIES } from './model';

/** Name of the workspace configuration file shared with colleagues. */
export const CONFIG_FILE_NAME = '.articlelens.json';

const severityOrOff = z.enum([...SEVERITIES, 'off']);

/** Schema of `.articlelens.json` (and of the equivalent editor settings). */
export const lensConfigSchema = z
  .object({
    /** Glob patterns (relative to the folder) of the files that are articles. */
    include: z.array(z.string()).default(['**/*.txt', '**/*.md', '**/*.article']),
    /** Glob patterns of files never analysed. */
    exclude: z.array(z.string()).default(['**/node_modules/**', '**/README.md', '**/CHANGELOG.md']),
    /** Spellings accepted as correct: no name-spelling finding is raised at them. */
    acceptedSpellings: z.array(z.string()).default([]),
    /** Groups of names that refer to different entities even though they look alike. */
    distinctEntities: z.array(z.array(z.string()).min(2)).default([]),
    /** Severity per finding kind, or "off" to hide that kind. */
    severity: z.partialRecord(z.enum(FINDING_KINDS), severityOrOff).default({}),
    /** Extra regular expressions (JavaScript syntax, matched per line) for site boilerplate. */
    boilerplate: z.array(z.string()).default([]),
  })
  .strict();

/** Validated configuration. */
export type LensConfig = z.infer<typeof lensConfigSchema>;

/** The configuration used when there is none. */
export const DEFAULT_CONFIG: LensConfig = lensConfigSchema.parse({});

/** Result of reading configuration from outside: never throws, reports readable errors. */
export interface ConfigResult {
  config: LensConfig;
  errors: string[];
}

/** Validates configuration data; on error returns the defaults and the reasons, with their JSON paths. */
export function parseLensConfig(data: unknown): ConfigResult {
  const result = lensConfigSchema.safeParse(data ?? {});
  if (result.success) {
    const errors = badPatterns(result.data.boilerplate);
    const boilerplate = result.data.boilerplate.filter((_p, i) => !errors[i]);
    return { config: { ...result.data, boilerplate }, errors: errors.filter((e): e is string => !!e) };
  }
  const errors = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  return { config: DEFAULT_CONFIG, errors };
}

/** Parses the text of a configuration file (JSON, comments allowed). */
export function parseLensConfigText(text: string): ConfigResult {
  let data: unknown;
  try {
    data = JSON.parse(stripJsonComments(text));
  } catch (e) {
    return { config: DEFAULT_CONFIG, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parseLensConfig(data);
}

function badPatterns(patterns: readonly string[]): (string | undefined)[] {
  return patterns.map((p, i) => {
    try {
      new RegExp(p, 'u');
      return undefined;
    } catch (e) {
      return `boilerplate.${i}: invalid regular expression: ${(e as Error).message}`;
    }
  });
}

/** Removes // and /* *\/ comments and trailing commas outside strings (JSONC, as VS Code settings allow). */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else if (c !== ',' || !closesNext(text, i + 1)) out += c;
  }
  return out;
}

/** Whether the next significant character (after spaces and comments) closes an object or array. */
function closesNext(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else if (!/\s/.test(c)) return c === '}' || c === ']';
  }
  return false;
}
