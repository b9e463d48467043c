import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Output formats of `check`. */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;
/** One output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; paths: string[]; format: OutputFormat; config: string | undefined; verbose: boolean }
  | { kind: 'usage-error'; message: string };

/** Help text, also the documentation of exit codes. */
export const HELP = `Usage: article-lens check <paths...> [--format text|json|sarif] [--config FILE] [--verbose]

Cross-checks news articles about the same story: names, figures, dates and quotations
compared across sources. Fully offline.

Paths are article files or folders. Folders are searched recursively for the files the
configuration's "include" globs name (by default *.txt, *.md and *.article), skipping
node_modules, dot-folders, README.md, CHANGELOG.md and the "exclude" globs, in sorted order.
All the articles given form one story.

Options:
  -f, --format <fmt>   text (default; like a linter), json (one object), sarif (SARIF 2.1.0)
  -c, --config <file>  configuration file; by default .articlelens.json in the first folder given
      --verbose        also log progress to stderr
  -h, --help           show this help
  -V, --version        show the version

Exit codes:
  0  no finding of severity error
  1  at least one finding of severity error
  2  usage, configuration or input error. A file that cannot be read (missing, binary,
     too large) is reported on stderr and skipped; the other files are still analysed,
     and the exit code is 2 only when no article at all could be read.
`;

const checkSchema = z.object({
  paths: z
    .array(z.string().min(1, 'a path must not be empty'))
    .min(1, 'check needs at least one file or folder'),
  format: z
    .enum(OUTPUT_FORMATS, {
      error: (issue) =>
        `--format must be one of ${OUTPUT_FORMATS.join(', ')} (got ${JSON.stringify(issue.input)})`,
    })
    .default('text'),
  config: z.string().min(1, '--config needs a file name').optional(),
  verbose: z.boolean().default(false),
});

/** Parses and validates the command line (without the node and script arguments). */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    return { kind: 'usage-error', message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: 'no command given (expected "check")' };
  if (command !== 'check')
    return { kind: 'usage-error', message: `unknown command ${JSON.stringify(command)} (expected "check")` };
  const checked = checkSchema.safeParse({ ...values, paths });
  if (!checked.success)
    return { kind: 'usage-error', message: checked.error.issues.map((i) => i.message).join('; ') };
  return { kind: 'check', ...checked.data, config: checked.data.config };
}
