// Measures the engine against answer keys: the samples (test/fixtures/samples-key.json) and the
// held-out stories (test/fixtures/heldout/*/key.json), written by people who did not look at the
// engine. Reports, per key and overall: entity recall/precision and linking, figures found and
// values right, quotations found and speakers right, same-utterance alignment, planted problems
// found, and findings raised on pairs the key calls consistent.
//
//   node --import tsx scripts/eval.ts              all keys, summary and misses
//   node --import tsx scripts/eval.ts KEY.json -v  one key, every finding listed
//   node --import tsx scripts/eval.ts --json       the summary as JSON
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeStory, entityById, quoteCounterparts } from '../src/core';
import type { EntityType, Figure, Mention, Quote } from '../src/core';

interface KeySpan {
  file?: string;
  text: string;
  context?: string;
}
interface KeyEntity {
  name: string;
  type?: string;
  surface: string[];
}
interface KeyFigure extends KeySpan {
  kind: string;
  value: number | string | [number, number] | [string, string] | null;
  unit?: string | null;
  vague?: boolean;
}
interface KeyQuote {
  group: string;
  speaker: string;
  parts: string[];
  relation: string;
}
interface KeyProblem extends KeySpan {
  id: string;
  kind: string;
  related?: KeySpan[];
}
interface KeyFile {
  published?: string | null;
  people?: KeyEntity[];
  organisations?: KeyEntity[];
  places?: KeyEntity[];
  laws_and_programmes?: KeyEntity[];
  other_entities?: KeyEntity[];
  figures?: KeyFigure[];
  quotes?: KeyQuote[];
  scare_quotes?: KeySpan[];
  problems?: KeyProblem[];
  must_not_flag?: (KeySpan & { kind: string; other: KeySpan })[];
}
interface Key {
  files: Record<string, KeyFile>;
}

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const asJson = args.includes('--json');
const heldout = resolve(root, 'test/fixtures/heldout');
const keyPaths = args.filter((a) => !a.startsWith('-'));
if (!keyPaths.length) {
  keyPaths.push('test/fixtures/samples-key.json');
  if (existsSync(heldout))
    for (const d of readdirSync(heldout).sort())
      if (existsSync(resolve(heldout, d, 'key.json'))) keyPaths.push(`test/fixtures/heldout/${d}/key.json`);
}

/** Hits over a total, summed across keys. */
class Ratio {
  constructor(
    public hit = 0,
    public total = 0,
  ) {}
  add(ok: boolean): boolean {
    this.total++;
    if (ok) this.hit++;
    return ok;
  }
  plus(o: Ratio): void {
    this.hit += o.hit;
    this.total += o.total;
  }
  toString(): string {
    return this.total ? `${this.hit}/${this.total} = ${(this.hit / this.total).toFixed(3)}` : 'n/a';
  }
}
const METRICS = [
  'entity recall (surfaces, right type)',
  'entity precision (PERSON/ORG/GPE/LOC/FAC mentions)',
  'entity linking (mentions in the majority record)',
  'figures found',
  'figure values right',
  'figure precision',
  'quotations found',
  'quotation precision',
  'speakers right',
  'same-utterance pairs aligned',
  'planted problems found',
  'name_spelling findings correct',
  'consistent pairs not flagged',
  'findings on a planted problem (precision)',
] as const;
type Metric = (typeof METRICS)[number];
const overall = new Map<Metric, Ratio>(METRICS.map((m) => [m, new Ratio()]));

const GROUP_TYPES: Record<string, EntityType[]> = {
  people: ['PERSON'],
  organisations: ['ORG'],
  places: ['GPE', 'LOC', 'FAC'],
};
const norm = (x: string) =>
  x
    .replace(/\s+/g, ' ')
    .replace(/['’]s?$/, '')
    .replace(/^the /i, '')
    .trim();
const fold = (x: string) => x.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʼ]/g, "'").toLowerCase();

function evaluate(keyPath: string): Map<Metric, Ratio> {
  const key = JSON.parse(readFileSync(resolve(root, keyPath), 'utf8')) as Key;
  const files = Object.keys(key.files);
  const texts = new Map(files.map((f) => [f, readFileSync(resolve(root, f), 'utf8')]));
  const story = analyzeStory(files.map((f) => ({ uri: f, text: texts.get(f)! })));
  const m = new Map<Metric, Ratio>(METRICS.map((x) => [x, new Ratio()]));
  const r = (x: Metric) => m.get(x)!;
  const log: string[] = [];
  const locate = (file: string, s: KeySpan) => {
    const text = texts.get(file)!;
    const at = s.context ? text.indexOf(s.context) : -1;
    const start = s.context && at >= 0 ? at + s.context.indexOf(s.text) : text.indexOf(s.text);
    return { start, end: start + s.text.length };
  };
  const articleOf = (f: string) => story.articles.find((x) => x.uri === f)!;

  for (const f of files) {
    const k = key.files[f];
    const a = articleOf(f);
    if (k.published !== undefined && (k.published ?? null) !== a.published)
      log.push(`  published ${f}: ${a.published} (key ${k.published})`);
    entities(f, k, a.mentions);
    figures(f, k, a.figures);
    quotes(f, k, a.quotes);
  }
  linking();
  alignment();
  problems();

  function entities(f: string, k: KeyFile, mentions: Mention[]): void {
    for (const [group, types] of Object.entries(GROUP_TYPES)) {
      for (const e of (k[group as keyof KeyFile] as KeyEntity[] | undefined) ?? []) {
        for (const s of e.surface) {
          if (
            !r('entity recall (surfaces, right type)').add(
              mentions.some((x) => norm(x.text) === norm(s) && types.includes(x.type)),
            )
          )
            log.push(`  missed entity ${f}: ${types[0]} "${s.replace(/\s+/g, ' ')}"`);
        }
      }
    }
    const surfaces = new Map<string, string>();
    for (const [group, types] of Object.entries(GROUP_TYPES))
      for (const e of (k[group as keyof KeyFile] as KeyEntity[] | undefined) ?? [])
        for (const s of e.surface) surfaces.set(norm(s), types.join());
    const others = new Set(
      [...(k.laws_and_programmes ?? []), ...(k.other_entities ?? [])].flatMap((e) => e.surface.map(norm)),
    );
    for (const x of mentions) {
      if (!['PERSON', 'ORG', 'GPE', 'LOC', 'FAC'].includes(x.type)) {
        if (verbose && !others.has(norm(x.text)) && !surfaces.has(norm(x.text)))
          log.push(`  extra ${x.type} ${f}: "${norm(x.text)}"`);
        continue;
      }
      const want = surfaces.get(norm(x.text));
      if (!r('entity precision (PERSON/ORG/GPE/LOC/FAC mentions)').add(!!want && want.includes(x.type)))
        log.push(
          `  wrong entity ${f}: ${x.type} "${norm(x.text)}"${want ? ` (key ${want})` : others.has(norm(x.text)) ? ' (key: other type)' : ''}`,
        );
    }
  }

  /** Each key person/organisation/place: its mentions across files should share one record. */
  function linking(): void {
    const byName = new Map<string, { f: string; surfaces: string[] }[]>();
    for (const f of files)
      for (const group of Object.keys(GROUP_TYPES))
        for (const e of (key.files[f][group as keyof KeyFile] as KeyEntity[] | undefined) ?? []) {
          const list = byName.get(e.name) ?? [];
          list.push({ f, surfaces: e.surface.map(norm) });
          byName.set(e.name, list);
        }
    const owner = new Map<string, string>();
    for (const [name, uses] of byName) {
      const ids: string[] = [];
      for (const { f, surfaces } of uses) {
        const shared = (s: string) =>
          [...byName].some(([n, u]) => n !== name && u.some((x) => x.f === f && x.surfaces.includes(s)));
        for (const x of articleOf(f).mentions)
          if (surfaces.includes(norm(x.text)) && !shared(norm(x.text))) ids.push(x.entity);
      }
      if (ids.length < 2) continue;
      const counts = new Map<string, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const [best, n] = [...counts].sort((p, q) => q[1] - p[1])[0];
      const taken = owner.get(best);
      owner.set(best, name);
      const ratio = r('entity linking (mentions in the majority record)');
      for (let i = 0; i < ids.length; i++) ratio.add(i < n && !taken);
      if (n < ids.length || taken)
        log.push(
          `  linking "${name}": ${n}/${ids.length} mentions in one record${taken ? `, which also holds "${taken}"` : ''} (${[...counts].map(([id, c]) => `${entityById(story, id)?.name ?? id}×${c}`).join(', ')})`,
        );
    }
  }

  function figures(f: string, k: KeyFile, found: Figure[]): void {
    if (!k.figures) return;
    const spans = k.figures.map((x) => locate(f, x));
    k.figures.forEach((x, i) => {
      const s = spans[i];
      const hit = found.find((g) => g.start < s.end && s.start < g.end);
      if (!r('figures found').add(!!hit)) {
        log.push(`  missed figure ${f}: ${x.kind} "${x.text}"`);
        return;
      }
      if (!r('figure values right').add(sameValue(x, hit!)))
        log.push(
          `  value ${f}: "${x.text}" key ${JSON.stringify(x.value)} ${x.unit ?? ''} / engine ${JSON.stringify(hit!.value)} ${hit!.unit ?? ''} (${hit!.kind} "${hit!.text}")`,
        );
    });
    for (const g of found)
      if (!r('figure precision').add(spans.some((s) => g.start < s.end && s.start < g.end)))
        log.push(`  extra figure ${f}: ${g.kind} "${g.text}"`);
  }

  function quotes(f: string, k: KeyFile, found: Quote[]): void {
    if (!k.quotes) return;
    const parts = k.quotes.flatMap((q) => q.parts.map((p) => ({ q, span: locate(f, { text: p }) })));
    const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) =>
      Math.min(x.end, y.end) - Math.max(x.start, y.start) > 0.5 * Math.min(x.end - x.start, y.end - y.start);
    for (const { q, span } of parts) {
      const hit = found.find((x) => overlaps(x, span));
      if (!r('quotations found').add(!!hit)) {
        log.push(`  missed quote ${f}: "${q.parts[0].slice(0, 60).replace(/\s+/g, ' ')}"`);
        continue;
      }
      const speaker = hit!.speaker ? entityById(story, hit!.speaker) : undefined;
      const names = speaker ? [speaker.name, ...speaker.aliases].map(fold) : [];
      const anonymous = q.speaker.startsWith('anonymous');
      const surname = fold(q.speaker.split(/\s+/).pop() ?? '');
      const right = anonymous
        ? !hit!.speaker && !!hit!.speakerLabel
        : names.some((n) => n.split(/\s+/).includes(surname) || n === fold(q.speaker));
      if (!r('speakers right').add(right))
        log.push(
          `  speaker ${f}: "${q.parts[0].slice(0, 40).replace(/\s+/g, ' ')}" key ${q.speaker} / engine ${speaker?.name ?? hit!.speakerLabel ?? 'none'}`,
        );
    }
    const scare = (k.scare_quotes ?? []).map((s) => locate(f, s));
    for (const x of found) {
      if (!r('quotation precision').add(parts.some((p) => overlaps(x, p.span))))
        log.push(
          `  extra quote ${f}: "${x.text.slice(0, 50).replace(/\s+/g, ' ')}"${scare.some((s) => overlaps(x, s)) ? ' (scare quote)' : ''}`,
        );
    }
  }

  /** Quotes of one group in two files: the engine should pair them (as counterparts). */
  function alignment(): void {
    const engineQuote = (f: string, q: KeyQuote) => {
      const span = locate(f, { text: q.parts[0] });
      return articleOf(f).quotes.find((x) => x.start < span.end && span.start < x.end);
    };
    for (let i = 0; i < files.length; i++)
      for (let j = 0; j < files.length; j++) {
        if (i === j) continue;
        for (const qa of key.files[files[i]].quotes ?? []) {
          const ea = engineQuote(files[i], qa);
          if (!ea) continue;
          const counterpart = quoteCounterparts(story, files[i], ea).find((c) => c.uri === files[j]);
          const same = (key.files[files[j]].quotes ?? []).filter((qb) => qb.group === qa.group);
          if (!same.length) {
            if (counterpart && verbose)
              log.push(`  paired different utterances ${files[i]} "${ea.text.slice(0, 40)}" ~ ${files[j]}`);
            continue;
          }
          // Any part of an interrupted quotation counts: the hover pairs the part that matches.
          const want = same
            .flatMap((qb) =>
              qb.parts.map((part) => {
                const span = locate(files[j], { text: part });
                return articleOf(files[j]).quotes.find((x) => x.start < span.end && span.start < x.end);
              }),
            )
            .filter((x) => x);
          if (!want.length) continue;
          if (
            !r('same-utterance pairs aligned').add(!!counterpart && want.some((w) => w === counterpart.item))
          )
            log.push(
              `  not aligned ${qa.group}: ${files[i].split('/').pop()} → ${files[j].split('/').pop()}${counterpart ? ` (paired with "${counterpart.item.text.slice(0, 40)}")` : ''}`,
            );
        }
      }
  }

  function problems(): void {
    const expected: { f: string; kind: string; start: number; end: number }[] = [];
    for (const f of files) {
      for (const p of key.files[f].problems ?? []) {
        const span = locate(f, p);
        expected.push({ f, kind: p.kind, ...span });
        for (const rel of p.related ?? [])
          expected.push({ f: rel.file ?? f, kind: p.kind, ...locate(rel.file ?? f, rel) });
        const hit = story.findings.find(
          (x) => x.uri === f && x.kind === p.kind && x.start <= span.end && span.start <= x.end,
        );
        const elsewhere =
          !hit &&
          story.findings.find(
            (x) =>
              x.kind === p.kind &&
              x.related.some((y) => y.uri === f && y.start <= span.end && span.start <= y.end),
          );
        r('planted problems found').add(!!hit || !!elsewhere);
        log.push(
          `  ${hit ? 'FOUND ' : elsewhere ? 'FOUND*' : 'MISSED'} ${p.kind} ${p.id} "${p.text.replace(/\s+/g, ' ')}"`,
        );
      }
    }
    // Every warning or error should sit on a planted problem or one of its related spans; information
    // (an updated count, a translation) may sit anywhere. Spinner damage ("artifacts") is not counted.
    for (const x of story.findings.filter((y) => y.severity === 'warning' || y.severity === 'error')) {
      const ok = expected.some(
        (e) =>
          e.f === x.uri &&
          ((x.start <= e.end && e.start <= x.end) ||
            (x.text.length >= 4 && texts.get(e.f)!.slice(e.start, e.end).includes(x.text))),
      );
      if (!r('findings on a planted problem (precision)').add(ok))
        log.push(
          `  unplanned ${x.kind} ${x.severity} ${x.uri.split('/').pop()} "${x.text.replace(/\s+/g, ' ').slice(0, 40)}": ${x.message.slice(0, 110)}`,
        );
    }
    for (const x of story.findings.filter((y) => y.kind === 'name_spelling')) {
      const ok = expected.some(
        (e) =>
          e.f === x.uri &&
          e.kind === x.kind &&
          ((x.start <= e.end && e.start <= x.end) ||
            // the same misspelling written again, in full or surname only
            (x.text.length >= 4 && texts.get(e.f)!.slice(e.start, e.end).includes(x.text))),
      );
      if (!r('name_spelling findings correct').add(ok))
        log.push(`  unplanned name_spelling ${x.uri}: "${x.text}": ${x.message.slice(0, 100)}`);
    }
    for (const f of files)
      for (const p of key.files[f].must_not_flag ?? []) {
        const span = locate(f, p);
        const other = locate(p.other.file ?? f, p.other);
        const bad = story.findings.find(
          (x) =>
            (x.uri === f &&
              x.start <= span.end &&
              span.start <= x.end &&
              x.related.some(
                (y) => y.uri === p.other.file && y.start <= other.end && other.start <= y.end,
              )) ||
            (x.uri === p.other.file &&
              x.start <= other.end &&
              other.start <= x.end &&
              x.related.some((y) => y.uri === f && y.start <= span.end && span.start <= y.end)),
        );
        if (!r('consistent pairs not flagged').add(!bad))
          log.push(
            `  FALSE  ${p.kind} "${p.text}" vs ${p.other.file} "${p.other.text}": ${bad!.message.slice(0, 120)}`,
          );
      }
    if (verbose)
      for (const x of story.findings)
        log.push(
          `  finding ${x.uri.split('/').pop()} ${x.kind} ${x.severity} ${JSON.stringify(x.text.slice(0, 40))}: ${x.message.slice(0, 140)}`,
        );
  }

  if (!asJson) {
    console.log(`\n## ${keyPath} (${files.length} articles, ${story.findings.length} findings)`);
    for (const [name, ratio] of m) if (ratio.total) console.log(`${name.padEnd(52)} ${ratio}`);
    for (const line of log) console.log(line);
  }
  return m;
}

const UNIT: Record<string, [string, number]> = {
  miles: ['km', 1.609344],
  mile: ['km', 1.609344],
  km: ['km', 1],
  kilometres: ['km', 1],
  metres: ['km', 0.001],
  meters: ['km', 0.001],
  metre: ['km', 0.001],
  meter: ['km', 0.001],
  m: ['km', 0.001],
  ft: ['km', 0.0003048],
  'nautical miles': ['km', 1.852],
  nm: ['km', 1.852],
  feet: ['km', 0.0003048],
  hours: ['days', 1 / 24],
  hour: ['days', 1 / 24],
  minutes: ['days', 1 / 1440],
  weeks: ['days', 7],
  months: ['years', 1 / 12],
  days: ['days', 1],
  years: ['years', 1],
  year: ['years', 1],
  decades: ['years', 10],
  decade: ['years', 10],
  // "a fifth", "two-thirds": the engine reads fractions as percentages.
  fraction: ['percent', 100],
  hectares: ['km2', 0.01],
  acres: ['km2', 0.00404686],
  'square miles': ['km2', 2.589988],
  'sq mi': ['km2', 2.589988],
  km2: ['km2', 1],
  mph: ['km/h', 1.609344],
  'km/h': ['km/h', 1],
};

/** Whether the engine's value is the key's, after unit conversion (1% tolerance on numbers). */
function sameValue(k: KeyFigure, g: Figure): boolean {
  // Temperatures: the engine gives degrees Celsius.
  if (typeof k.value === 'number' && /^(f|°f|fahrenheit)$/i.test(k.unit ?? '') && typeof g.value === 'number')
    return Math.abs((k.value - 32) / 1.8 - g.value) < 0.1;
  if (k.vague || k.value === null) return k.value === null ? g.value === null || !!g.vague : !!g.vague;
  // "metres per day": the engine keeps the rate in what the figure is about, the value in its unit.
  const keyUnit = k.unit?.toLowerCase().replace(/\s+(?:per|a|an)\s+\w+$/, '');
  const [unit, factor] = (keyUnit && UNIT[keyUnit]) || [k.unit ?? null, 1];
  const one = (a: number | string, b: unknown): boolean => {
    if (typeof a === 'string')
      return typeof b === 'string' && (b === a || b.startsWith(a) || a.startsWith(b));
    if (typeof b !== 'number') return false;
    const want = a * factor;
    return Math.abs(want - b) <= Math.max(1e-9, Math.abs(want) * 0.01);
  };
  const unitOk = !unit || !g.unit || ['km', 'days', 'years', 'percent'].indexOf(unit) < 0 || g.unit === unit;
  if (Array.isArray(k.value))
    return Array.isArray(g.value) && one(k.value[0], g.value[0]) && one(k.value[1], g.value[1]) && unitOk;
  // A year given as a part of it ("second half of 2028" → 2028-07…2028-12) is that year, made precise.
  if (typeof k.value === 'string' && Array.isArray(g.value))
    return g.value.every((v) => typeof v === 'string' && v.startsWith(k.value as string));
  return one(k.value, Array.isArray(g.value) ? undefined : g.value) && unitOk;
}

const perKey = keyPaths.map((p) => [p, evaluate(p)] as const);
for (const [, m] of perKey) for (const [name, ratio] of m) overall.get(name)!.plus(ratio);
if (asJson) {
  const out = (m: Map<Metric, Ratio>) =>
    Object.fromEntries([...m].filter(([, x]) => x.total).map(([n, x]) => [n, [x.hit, x.total]]));
  console.log(
    JSON.stringify(
      { keys: Object.fromEntries(perKey.map(([p, m]) => [p, out(m)])), overall: out(overall) },
      null,
      2,
    ),
  );
} else {
  console.log(`\n## overall (${keyPaths.length} keys)`);
  for (const [name, ratio] of overall) if (ratio.total) console.log(`${name.padEnd(52)} ${ratio}`);
}
