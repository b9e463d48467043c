// Measures the engine against the answer key of samples/ (test/fixtures/samples-key.json):
// recall of people/organisations/places, boilerplate lines, planted problems found, safe pairs flagged.
// `node --import tsx scripts/eval.ts`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeStory } from '../src/core';
import type { Mention } from '../src/core';

interface KeyEntity {
  name: string;
  surface: string[];
}
interface KeySpan {
  file?: string;
  text: string;
  context?: string;
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
  boilerplate?: string[];
  problems?: KeyProblem[];
  must_not_flag?: (KeySpan & { kind: string; other: KeySpan })[];
}
const root = resolve(__dirname, '..');
const key = JSON.parse(readFileSync(resolve(root, 'test/fixtures/samples-key.json'), 'utf8')) as {
  files: Record<string, KeyFile>;
};
const files = Object.keys(key.files);
const texts = new Map(files.map((f) => [f, readFileSync(resolve(root, f), 'utf8')]));
const story = analyzeStory(files.map((f) => ({ uri: f, text: texts.get(f)! })));
const locate = (file: string, s: KeySpan) => {
  const text = texts.get(file)!;
  const start = s.context ? text.indexOf(s.context) + s.context.indexOf(s.text) : text.indexOf(s.text);
  return { start, end: start + s.text.length };
};
let found = 0;
let total = 0;
const missed: string[] = [];
for (const f of files) {
  const a = story.articles.find((x) => x.uri === f)!;
  const groups: [KeyEntity[] | undefined, Mention['type'][]][] = [
    [key.files[f].people, ['PERSON']],
    [key.files[f].organisations, ['ORG']],
    [key.files[f].places, ['GPE', 'LOC', 'FAC']],
  ];
  for (const [list, types] of groups) {
    for (const e of list ?? []) {
      for (const s of e.surface) {
        total++;
        const norm = (x: string) => x.replace(/\s+/g, ' ').replace(/['’]s$/, '');
        if (a.mentions.some((m) => norm(m.text) === norm(s) && types.includes(m.type))) found++;
        else missed.push(`${f}: ${types[0]} "${s}"`);
      }
    }
  }
  console.log(
    `${f}: published ${a.published} (key ${key.files[f].published}), title ${JSON.stringify(a.title)}`,
  );
}
console.log(`\nentity surfaces found with the right type: ${found}/${total} = ${(found / total).toFixed(3)}`);
// Precision: mentions whose text is no written form of any person, organisation, place or programme of the key.
let extra = 0;
let all = 0;
for (const f of files) {
  const k = key.files[f] as KeyFile & { laws_and_programmes?: KeyEntity[] };
  const known = new Set(
    [
      ...(k.people ?? []),
      ...(k.organisations ?? []),
      ...(k.places ?? []),
      ...(k.laws_and_programmes ?? []),
    ].flatMap((e) => e.surface.map((x) => x.replace(/\s+/g, ' ').replace(/['’]s$/, ''))),
  );
  for (const m of story.articles.find((x) => x.uri === f)!.mentions) {
    all++;
    const t = m.text.replace(/\s+/g, ' ');
    if (!known.has(t) && !/^(US|U\.S\.|Ohio|American|Columbus)$/.test(t)) {
      extra++;
      console.log(`  extra ${f}: ${m.type} "${t}"`);
    }
  }
}
console.log(`mentions not in the key: ${extra}/${all} (precision at least ${(1 - extra / all).toFixed(3)})`);
for (const m of missed) console.log('  missed', m);
for (const f of files) {
  for (const p of key.files[f].problems ?? []) {
    const span = locate(f, p);
    const hit = story.findings.find(
      (x) => x.uri === f && x.kind === p.kind && x.start <= span.start && x.end >= span.end - 1,
    );
    const near = story.findings.find(
      (x) => x.uri === f && x.kind === p.kind && Math.abs(x.start - span.start) < 200,
    );
    console.log(`${hit ? 'FOUND ' : near ? 'NEAR  ' : 'MISSED'} ${p.kind} ${p.id} "${p.text}"`);
  }
  for (const p of key.files[f].must_not_flag ?? []) {
    const span = locate(f, p);
    const bad = story.findings.find(
      (x) =>
        x.uri === f &&
        x.start <= span.start &&
        x.end >= span.end &&
        x.related.some((r) => r.uri === p.other.file),
    );
    if (bad) console.log(`FALSE  ${p.kind} "${p.text}" vs ${p.other.file} "${p.other.text}": ${bad.message}`);
  }
}
console.log(`\n${story.findings.length} findings in all`);
for (const x of story.findings)
  console.log(
    `  ${x.uri} ${x.kind} ${x.severity} ${JSON.stringify(x.text.slice(0, 40))}: ${x.message.slice(0, 140)}`,
  );
