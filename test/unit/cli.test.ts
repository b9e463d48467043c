import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { StoryAnalysis } from '../../src/core';
import { FINDING_KINDS, MAX_ARTICLE_CHARS } from '../../src/core';
import { parseCommand } from '../../src/cli/args';
import { collectArticleFiles } from '../../src/cli/files';
import { formatSarif } from '../../src/cli/format/sarif';
import { formatText } from '../../src/cli/format/text';
import { buildReport } from '../../src/cli/report';
import type { JsonReport } from '../../src/cli/schema';
import { assertSpansMatch, parseReport, readText, runCli } from './cli-helpers';
import { version } from '../../package.json';

// Invented articles about an invented story; line breaks vary on purpose.
const HARBOUR_GAZETTE = `Harbour bridge reopens after two-year repair

PORT ELWIN, March 4, 2024 - The Tamsin Street bridge reopened on Monday after repairs that cost $3.2 million, Mayor Dana Whitcombe said.

"We promised the east side a safer crossing and we kept that promise," Whitcombe told reporters. About 12,000 vehicles are expected to use the bridge each day.

The Elwin Transit Authority said buses would return to the route within 10 days.
`;
const VALLEY_HERALD = `Tamsin Street bridge open again

PORT ELWIN - Mayor Dana Whitcomb opened the Tamsin Street bridge on Monday, March 4, after repairs costing $3.4 million.

"We promised the east side a safer crossing, and we have kept that promise," the mayor said. Nearly 12,000 vehicles a day are expected.

According to the Elwin Transit Authority, buses will be back on the route within two weeks.
`;

/** A synthetic analysis with one finding per severity, for the formatters (the extractors may still be stubs). */
function syntheticStory(): {
  analysis: StoryAnalysis;
  sources: { uri: string; file: string; text: string }[];
} {
  const a = 'First line.\r\nMayor Dana Whitcomb spoke.\r\nIt cost $3.4 million.\r\n';
  const b = 'Mayor Dana Whitcombe spoke.\nIt cost $3.2 million.\n';
  const at = (text: string, s: string) => ({
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
    text: s,
  });
  const base = {
    articles: [],
    sentences: [],
    boilerplate: [],
    mentions: [],
    figures: [],
    quotes: [],
    claims: [],
  };
  const article = (uri: string) => ({ ...base, uri, version: undefined, title: null, published: null });
  const analysis: StoryAnalysis = {
    articles: [article('mem:a'), article('mem:b')],
    entities: [
      {
        id: 'e1',
        name: 'Dana Whitcombe',
        type: 'PERSON',
        aliases: ['Dana Whitcomb'],
        roles: { 'mem:a': ['Mayor'] },
      },
    ],
    findings: [
      {
        id: 'f1',
        kind: 'name_spelling',
        severity: 'warning',
        message: '"Dana Whitcomb" is spelled "Dana Whitcombe" elsewhere',
        uri: 'mem:a',
        ...at(a, 'Dana Whitcomb'),
        related: [{ uri: 'mem:b', ...at(b, 'Dana Whitcombe'), message: 'spelled like this here' }],
        suggestions: ['Dana Whitcombe'],
      },
      {
        id: 'f2',
        kind: 'numeric',
        severity: 'error',
        message: 'the cost differs: $3.4 million here, $3.2 million elsewhere',
        uri: 'mem:a',
        ...at(a, '$3.4 million'),
        related: [{ uri: 'mem:b', ...at(b, '$3.2 million'), message: '' }],
      },
      {
        id: 'f3',
        kind: 'other',
        severity: 'hint',
        message: 'a hint',
        uri: 'mem:b',
        ...at(b, 'spoke'),
        related: [],
      },
    ],
  };
  return {
    analysis,
    sources: [
      { uri: 'mem:a', file: 'news/a.txt', text: a },
      { uri: 'mem:b', file: 'news/b.txt', text: b },
    ],
  };
}

describe('CLI', () => {
  let dir: string;
  const write = (rel: string, content: string | Uint8Array) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cli-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('arguments', () => {
    it('exits 2 with a message on usage errors', async () => {
      for (const argv of [
        [],
        ['lint', 'x'],
        ['check'],
        ['check', '--format', 'xml', 'x'],
        ['check', '--bogus', 'x'],
      ]) {
        const r = await runCli(argv);
        assert.equal(r.code, 2, `exit code for ${argv.join(' ')}`);
        assert.match(
          r.stderr,
          /^article-lens: .+\nRun "article-lens --help"/,
          `message for ${argv.join(' ')}`,
        );
        assert.equal(r.stdout, '');
      }
    });

    it('names the valid formats when --format is wrong', () => {
      assert.deepEqual(parseCommand(['check', '-f', 'xml', 'a.txt']), {
        kind: 'usage-error',
        message: '--format must be one of text, json, sarif (got "xml")',
      });
    });

    it('prints help with the exit codes, and the version', async () => {
      const help = await runCli(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /Usage: article-lens check <paths\.\.\.>/);
      assert.match(help.stdout, /Exit codes:/);
      const v = await runCli(['--version']);
      assert.deepEqual([v.code, v.stdout], [0, `${version}\n`]);
    });
  });

  describe('files', () => {
    it('searches folders recursively, sorted, skipping node_modules, dot-folders, README and non-articles', async () => {
      for (const rel of [
        'b.txt',
        'a.md',
        'sub/c.article',
        'sub/d.markdown',
        'README.md',
        'CHANGELOG.md',
        'notes.json',
      ])
        write(rel, 'Text.');
      write('node_modules/pkg/e.txt', 'Text.');
      write('.git/f.txt', 'Text.');
      const { files, problems } = await collectArticleFiles([dir]);
      assert.deepEqual(
        files,
        ['a.md', 'b.txt', 'sub/c.article', 'sub/d.markdown'].map((f) => path.join(dir, f)),
      );
      assert.deepEqual(problems, []);
    });

    it('picks the files the configuration includes, as the editor does', async () => {
      for (const rel of ['a.txt', 'b.text', 'sub/c.text', 'README.md']) write(rel, 'Text.');
      const { files } = await collectArticleFiles([dir], [], ['**/*.text', '**/*.md']);
      assert.deepEqual(
        files,
        ['b.text', 'sub/c.text'].map((f) => path.join(dir, f)),
      );
    });

    it('keeps files given explicitly as given, once', async () => {
      const file = write('x.txt', 'Text.');
      const { files } = await collectArticleFiles([file, path.join(dir, '.', 'x.txt'), dir]);
      assert.deepEqual(files, [file]);
    });

    it('reports a binary file on stderr, skips it and analyses the others', async () => {
      write('a.txt', HARBOUR_GAZETTE);
      const bin = write('b.txt', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0, 0, 1, 2, 3]));
      const r = await runCli(['check', '--format', 'json', dir]);
      assert.notEqual(r.code, 2);
      assert.ok(r.stderr.includes(`${bin}: looks like a binary file`), r.stderr);
      assert.deepEqual(
        parseReport(r.stdout).articles.map((a) => a.file),
        [path.join(dir, 'a.txt')],
      );
    });

    it('marks a publication date whose year comes from the other sources', async () => {
      write(
        'a.txt',
        'Published May 5, 2026\n\nFerry sailings resume\n\nThe operator said on Tuesday it would resume.\n',
      );
      write('b.txt', 'LISBON, May 4 (XPR) - The ferry operator said it would resume sailings.\n');
      const r = await runCli(['check', '--format', 'json', dir]);
      const articles = parseReport(r.stdout).articles;
      assert.deepEqual(
        articles.map((a) => [path.basename(a.file), a.published, a.publishedInferred]),
        [
          ['a.txt', '2026-05-05', undefined],
          ['b.txt', '2026-05-04', true],
        ],
      );
    });

    it('reports a file too large to analyse and skips it', async () => {
      write('a.txt', HARBOUR_GAZETTE);
      const big = write('big.txt', 'word '.repeat(MAX_ARTICLE_CHARS / 5 + 1));
      const r = await runCli(['check', '--format', 'json', dir]);
      assert.ok(r.stderr.includes(`${big}: too large to analyse`), r.stderr);
      assert.equal(parseReport(r.stdout).articles.length, 1);
    });

    it('exits 2 when nothing could be read', async () => {
      const missing = path.join(dir, 'missing.txt');
      const r = await runCli(['check', missing]);
      assert.equal(r.code, 2);
      assert.ok(r.stderr.includes(`${missing}: no such file or folder`), r.stderr);
      assert.match(r.stderr, /no article could be read/);
    });
  });

  describe('configuration', () => {
    it('uses .articlelens.json of the folder given', async () => {
      write('a.txt', HARBOUR_GAZETTE);
      write('drafts/b.txt', VALLEY_HERALD);
      write('.articlelens.json', '{ // drafts are not published yet\n "exclude": ["drafts/**"] }');
      const r = await runCli(['check', '--format', 'json', dir]);
      assert.deepEqual(
        parseReport(r.stdout).articles.map((a) => a.file),
        [path.join(dir, 'a.txt')],
      );
    });

    it('exits 2 with a readable message on a malformed configuration', async () => {
      write('a.txt', HARBOUR_GAZETTE);
      const config = write('.articlelens.json', '{ "severity": { "numeric": "loud" } }');
      const r = await runCli(['check', dir]);
      assert.equal(r.code, 2);
      assert.ok(
        r.stderr.startsWith(`article-lens: invalid configuration ${config}:\n  severity.numeric: `),
        r.stderr,
      );
      assert.equal(r.stdout, '');
    });

    it('exits 2 when the configuration is not JSON or --config names a missing file', async () => {
      const article = write('a.txt', HARBOUR_GAZETTE);
      const broken = write('broken.json', '{ "exclude": [ }');
      const bad = await runCli(['check', '--config', broken, article]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /invalid configuration .*broken\.json:\n {2}not valid JSON/);
      const missing = await runCli(['check', '--config', path.join(dir, 'nope.json'), article]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /cannot read configuration .*nope\.json: no such file or folder/);
    });
  });

  describe('--format json', () => {
    it('matches the schema, with spans equal to the text slices', async () => {
      write('gazette.txt', HARBOUR_GAZETTE);
      write('herald.md', VALLEY_HERALD);
      const r = await runCli(['check', '--format', 'json', dir]);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const report = parseReport(r.stdout);
      assert.deepEqual(
        report.articles.map((a) => a.file),
        [path.join(dir, 'gazette.txt'), path.join(dir, 'herald.md')],
      );
      assertSpansMatch(report, readText);
    });

    it('gives offsets in the text as read: BOM removed, CRLF kept', async () => {
      const plain = write('plain/a.txt', HARBOUR_GAZETTE);
      const bom = write('bom/a.txt', '\uFEFF' + HARBOUR_GAZETTE);
      const crlf = write('crlf/a.txt', HARBOUR_GAZETTE.replace(/\n/g, '\r\n'));
      const reports: JsonReport[] = [];
      for (const file of [plain, bom, crlf]) {
        const report = parseReport((await runCli(['check', '--format', 'json', file])).stdout);
        assertSpansMatch(report, readText);
        reports.push(report);
      }
      const spans = (r: (typeof reports)[number]) => ({ ...r.articles[0], file: '' });
      assert.deepEqual(spans(reports[1]), spans(reports[0]), 'a BOM must not shift offsets');
      assert.equal(spans(reports[2]).mentions.length, spans(reports[0]).mentions.length);
    });

    it('exits 1 exactly when there is a finding of severity error', async () => {
      write('a.txt', HARBOUR_GAZETTE);
      write('b.txt', VALLEY_HERALD);
      const severity = Object.fromEntries(FINDING_KINDS.map((k) => [k, 'error']));
      write('.articlelens.json', JSON.stringify({ severity }));
      const r = await runCli(['check', '--format', 'json', dir]);
      assert.equal(r.code, parseReport(r.stdout).findings.length > 0 ? 1 : 0);
    });
  });

  describe('report', () => {
    it('maps engine URIs to files and adds 1-based lines and columns', () => {
      const { analysis, sources } = syntheticStory();
      const report = buildReport(analysis, sources);
      const numeric = report.findings[1];
      assert.deepEqual(
        [numeric.file, numeric.line, numeric.column, numeric.endLine, numeric.endColumn],
        ['news/a.txt', 3, 9, 3, 21],
      );
      assert.deepEqual([numeric.related[0].file, numeric.related[0].line], ['news/b.txt', 2]);
      assert.deepEqual(report.entities[0].roles, { 'news/a.txt': ['Mayor'] });
      assertSpansMatch(report, (file) => sources.find((s) => s.file === file)?.text ?? '');
    });
  });

  describe('--format text', () => {
    it('prints file:line:col severity message [kind], related places indented, and a summary', () => {
      const { analysis, sources } = syntheticStory();
      const lines = formatText(buildReport(analysis, sources), { color: false }).split('\n');
      assert.equal(
        lines[0],
        'news/a.txt:2:7 warning "Dana Whitcomb" is spelled "Dana Whitcombe" elsewhere [name_spelling]',
      );
      assert.equal(lines[1], '    news/b.txt:1:7 "Dana Whitcombe" spelled like this here');
      assert.match(lines[3], /^news\/a\.txt:3:9 error the cost differs: .* \[numeric\]$/);
      assert.equal(lines.at(-2), '3 findings (1 error, 1 warning, 1 info) in 2 articles');
    });

    it('colours only a terminal without NO_COLOR', async () => {
      const file = write('a.txt', HARBOUR_GAZETTE);
      const esc = '\u001b[';
      assert.ok((await runCli(['check', file], { isTTY: true })).stdout.includes(esc));
      assert.ok(
        !(await runCli(['check', file], { isTTY: true, env: { NO_COLOR: '1' } })).stdout.includes(esc),
      );
      assert.ok(!(await runCli(['check', file])).stdout.includes(esc));
    });

    it('ends with the summary line when run on files', async () => {
      write('a.txt', HARBOUR_GAZETTE);
      write('b.txt', VALLEY_HERALD);
      const r = await runCli(['check', dir]);
      const lines = r.stdout.trimEnd().split('\n');
      assert.match(
        lines.at(-1) ?? '',
        /^\d+ findings? \(\d+ errors?, \d+ warnings?, \d+ info\) in 2 articles$/,
      );
      for (const line of lines.slice(0, -1).filter((l) => l && !l.startsWith(' ')))
        assert.match(line, /^.+:\d+:\d+ (error|warning|info|hint) .+ \[[a-z_]+\]$/);
    });
  });

  describe('--format sarif', () => {
    it('writes a SARIF 2.1.0 log with rules, levels, regions and related locations', () => {
      const { analysis, sources } = syntheticStory();
      const log = JSON.parse(
        formatSarif(buildReport(analysis, sources), { version: '1.2.3', cwd: process.cwd() }),
      );
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'Article Lens');
      assert.deepEqual(
        run.tool.driver.rules.map((r: { id: string }) => r.id),
        [...FINDING_KINDS],
      );
      assert.deepEqual(
        run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]),
        [
          ['name_spelling', 'warning'],
          ['numeric', 'error'],
          ['other', 'none'],
        ],
      );
      const loc = run.results[1].locations[0].physicalLocation;
      assert.equal(loc.artifactLocation.uri, 'news/a.txt');
      assert.deepEqual(
        { ...loc.region, snippet: undefined },
        {
          startLine: 3,
          startColumn: 9,
          endLine: 3,
          endColumn: 21,
          charOffset: 49,
          charLength: 12,
          snippet: undefined,
        },
      );
      assert.equal(run.results[1].relatedLocations[0].physicalLocation.artifactLocation.uri, 'news/b.txt');
    });

    it('is what `check --format sarif` prints, every result located', async () => {
      write('a.txt', HARBOUR_GAZETTE);
      write('b.txt', VALLEY_HERALD);
      const r = await runCli(['check', '--format', 'sarif', dir]);
      const log = JSON.parse(r.stdout);
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      assert.ok(Array.isArray(log.runs[0].results));
      for (const result of log.runs[0].results) {
        assert.ok(FINDING_KINDS.includes(result.ruleId));
        assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
      }
    });
  });
});
