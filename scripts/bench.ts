// `npm run bench [-- --articles 20 --words 1000]`: times the engine on a synthetic story (plus
// samples/ and ../shared/seeds when present) — cold analysis, re-analysis after one edit, throughput
// and heap. Prints a table; asserts nothing (timings belong here, never in tests).
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { ArticleInput } from '../src/core';
import { Story } from '../src/core';
import { collectArticleFiles, readArticles } from '../src/cli/files';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '20' }, words: { type: 'string', default: '1000' } },
});
const ARTICLES = Number(values.articles);
const WORDS = Number(values.words);

/** A small deterministic PRNG, so every run benchmarks the same text. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// An invented story: the names vary in spelling and the figures in value from source to source.
const PEOPLE = [
  ['Marguerite Oyelaran', 'Marguerite Oyelaren'],
  ['Tobias Lindqvist-Hale', 'Tobias Lindquist-Hale'],
  ['Renata Abiodun', 'Renata Abiodun'],
];
const ORGS = ['the Coastal Water Board', 'Halvern Engineering', 'the Ministry of Ports'];
const PLACES = ['Port Elwin', 'Saltmarsh County', 'the Drey estuary'];
const TEMPLATES = [
  (r: Picker) =>
    `${r.person()}, who chairs ${r.org()}, said the flood barrier at ${r.place()} would cost ${r.money()}.`,
  (r: Picker) =>
    `"We will not leave ${r.place()} unprotected for another winter," ${r.person()} told reporters on ${r.date()}.`,
  (r: Picker) =>
    `About ${r.count()} homes were evacuated last year when the river rose by ${r.percent()} in ${r.hours()} hours.`,
  (r: Picker) => `${r.org()} said work would begin on ${r.date()} and take ${r.count() % 40} months.`,
  (r: Picker) => `Critics, including ${r.person()}, have questioned whether ${r.money()} is enough.`,
  (r: Picker) =>
    `The project is the largest of its kind in ${r.place()} since 1998, according to ${r.org()}.`,
];

interface Picker {
  person(): string;
  org(): string;
  place(): string;
  money(): string;
  count(): number;
  percent(): string;
  hours(): number;
  date(): string;
}

function picker(rand: () => number, variant: number): Picker {
  const one = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return {
    person: () => one(PEOPLE)[variant % 2],
    org: () => one(ORGS),
    place: () => one(PLACES),
    money: () => `$${(3 + variant * 0.1).toFixed(1)} million`,
    count: () => 1200 + variant * 50,
    percent: () => `${12 + (variant % 3)} percent`,
    hours: () => 6 + (variant % 4),
    date: () => `March ${4 + (variant % 2)}, 2024`,
  };
}

function syntheticArticle(index: number, words: number): string {
  const rand = prng(index + 1);
  const pick = picker(rand, index);
  const paragraphs: string[] = [`Flood barrier plan for ${pick.place()} (${index + 1})`];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 3 }, () => TEMPLATES[Math.floor(rand() * TEMPLATES.length)](pick));
    const paragraph = sentences.join(' ');
    count += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return paragraphs.join('\n\n') + '\n';
}

async function realArticles(): Promise<ArticleInput[]> {
  const root = path.resolve(__dirname, '..');
  const folders = [path.join(root, 'samples'), path.resolve(root, '../shared/seeds')];
  const { files } = await collectArticleFiles(folders);
  const { articles } = await readArticles(files);
  return articles.map((a) => ({ uri: a.file, text: a.text }));
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

function analyseAll(docs: readonly ArticleInput[]): { story: Story; ms: number } {
  const story = new Story();
  const { ms } = time(() => {
    for (const d of docs) story.upsert(d);
    story.analyze();
  });
  return { story, ms };
}

async function main(): Promise<void> {
  const synthetic = Array.from({ length: ARTICLES }, (_, i) => ({
    uri: `synthetic/${i}.txt`,
    text: syntheticArticle(i, WORDS),
  }));
  const real = await realArticles();
  const docs = [...synthetic, ...real];
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);

  const cold = analyseAll(docs);
  const warmRuns = [1, 2, 3].map(() => analyseAll(docs).ms).sort((a, b) => a - b);
  const warm = warmRuns[1];

  const { story } = cold;
  const before = story.extractions;
  const edited = {
    ...docs[0],
    text: docs[0].text.replace('million', 'billion') + '\nA correction was appended.\n',
  };
  const edit = time(() => {
    story.upsert(edited);
    for (const d of docs.slice(1)) story.upsert(d);
    return story.analyze();
  });
  const redone = story.extractions - before;
  const cached = time(() => story.analyze());

  (globalThis as { gc?: () => void }).gc?.();
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const findings = edit.result.findings.length;

  const rows: [string, string][] = [
    ['articles', `${docs.length} (${synthetic.length} synthetic, ${real.length} from samples/ and seeds)`],
    ['text', `${(bytes / 1024).toFixed(1)} KiB`],
    ['cold analysis', `${cold.ms.toFixed(1)} ms`],
    ['warm analysis (median of 3)', `${warm.toFixed(1)} ms`],
    ['throughput (warm)', `${(bytes / 1024 / 1024 / (warm / 1000)).toFixed(2)} MB/s`],
    [
      're-analysis after one edit',
      `${edit.ms.toFixed(1)} ms (${redone} article${redone === 1 ? '' : 's'} re-extracted)`,
    ],
    ['analysis with nothing changed', `${cached.ms.toFixed(3)} ms`],
    ['findings', String(findings)],
    [
      'heap used',
      `${heapMb.toFixed(1)} MiB${(globalThis as { gc?: unknown }).gc ? '' : ' (run node with --expose-gc for a settled figure)'}`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
  if (redone !== 1) console.log(`\nnote: expected 1 article re-extracted after one edit, got ${redone}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
