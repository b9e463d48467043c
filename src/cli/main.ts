import { promises as fs } from 'node:fs';
import type { LensConfig, Logger } from '../core';
import { DEFAULT_CONFIG, analyzeStory, parseLensConfigText, stripBom } from '../core';
import { version } from '../../package.json';
import { HELP, parseCommand } from './args';
import type { Command } from './args';
import { collectArticleFiles, describeFsError, findDefaultConfig, readArticles } from './files';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { buildReport, countBySeverity } from './report';

/** Where the CLI writes; injected so tests can run it in-process. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  /** Environment, for NO_COLOR. */
  env: Record<string, string | undefined>;
}

/** Exit codes: see HELP. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

const NAME = 'article-lens';

/** Runs the CLI with the arguments after `node cli.js`; returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      io.stdout.write(HELP);
      return EXIT.ok;
    case 'version':
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    case 'usage-error':
      io.stderr.write(`${NAME}: ${command.message}\nRun "${NAME} --help" for usage.\n`);
      return EXIT.error;
    case 'check':
      try {
        return await check(command, io);
      } catch (e) {
        io.stderr.write(`${NAME}: internal error: ${(e as Error).stack ?? String(e)}\n`);
        return EXIT.error;
      }
  }
}

async function check(command: Extract<Command, { kind: 'check' }>, io: CliIO): Promise<number> {
  const logger = stderrLogger(io, command.verbose);
  const configFile = command.config ?? (await findDefaultConfig(command.paths));
  const config = configFile ? await loadConfig(configFile, io) : DEFAULT_CONFIG;
  if (!config) return EXIT.error;
  if (configFile) logger.debug(`configuration: ${configFile}`);

  const collected = await collectArticleFiles(command.paths, config.exclude, config.include);
  const { articles, problems } = await readArticles(collected.files);
  for (const p of [...collected.problems, ...problems]) io.stderr.write(`${NAME}: ${p.file}: ${p.reason}\n`);
  if (articles.length === 0) {
    io.stderr.write(`${NAME}: no article could be read; nothing to check\n`);
    return EXIT.error;
  }
  logger.debug(`analysing ${articles.length} article(s)`);

  // In the CLI the engine's URI is the path itself: messages then name files as the user wrote them.
  const sources = articles.map((a) => ({ uri: a.file, file: a.file, text: a.text }));
  const analysis = analyzeStory(sources, { config, logger });
  const report = buildReport(analysis, sources);

  if (command.format === 'json') io.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else if (command.format === 'sarif') io.stdout.write(formatSarif(report, { version, cwd: process.cwd() }));
  else io.stdout.write(formatText(report, { color: !!io.stdout.isTTY && !io.env.NO_COLOR }));
  return countBySeverity(report).errors > 0 ? EXIT.findings : EXIT.ok;
}

/** Reads and validates a configuration file; reports every problem and returns undefined on error. */
async function loadConfig(file: string, io: CliIO): Promise<LensConfig | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    io.stderr.write(`${NAME}: cannot read configuration ${file}: ${describeFsError(e)}\n`);
    return undefined;
  }
  const { config, errors } = parseLensConfigText(stripBom(text));
  if (errors.length === 0) return config;
  io.stderr.write(`${NAME}: invalid configuration ${file}:\n${errors.map((e) => `  ${e}\n`).join('')}`);
  return undefined;
}

/** The CLI's logger: warnings and errors on stderr, the rest only with --verbose. */
function stderrLogger(io: CliIO, verbose: boolean): Logger {
  const say = (level: string) => (message: string) => io.stderr.write(`${NAME}: ${level}: ${message}\n`);
  const quiet = () => {};
  return {
    debug: verbose ? say('debug') : quiet,
    info: verbose ? say('info') : quiet,
    warn: say('warning'),
    error: say('error'),
  };
}

function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Entry point of the bundled `dist/cli.js`. */
export async function main(): Promise<void> {
  // `article-lens check … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  process.exitCode = await run(process.argv.slice(2));
}

if (require.main === module) void main();
