import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeStory } from '../../src/core';
import type { StoryAnalysis } from '../../src/core';

// The samples/ story against its answer key (test/fixtures/samples-key.json), end to end.
interface KeySpan {
  file?: string;
  text: string;
  context?: string;
}
interface KeyFile {
  published?: string | null;
  people?: { name: string; surface: string[] }[];
  boilerplate?: string[];
  problems?: (KeySpan & { id: string; kind: string; expected?: string; count?: number })[];
  must_not_flag?: (KeySpan & { kind: string; other: KeySpan })[];
}

const root = resolve(__dirname, '../..');
const key = JSON.parse(readFileSync(resolve(root, 'test/fixtures/samples-key.json'), 'utf8')) as {
  files: Record<string, KeyFile>;
};
const files = Object.keys(key.files);
const texts = new Map(files.map((f) => [f, readFileSync(resolve(root, f), 'utf8')]));

function locate(file: string, s: KeySpan): number {
  const text = texts.get(file) ?? '';
  const at = s.context ? text.indexOf(s.context) + s.context.indexOf(s.text) : text.indexOf(s.text);
  assert.ok(at >= 0, `'${s.text}' not in ${file}`);
  return at;
}

describe('the samples story', () => {
  let story: StoryAnalysis;
  before(() => {
    story = analyzeStory(files.map((f) => ({ uri: f, text: texts.get(f) ?? '' })));
  });

  it('finds every planted name misspelling and role conflict, suggesting the consensus', () => {
    for (const f of files) {
      for (const p of key.files[f].problems ?? []) {
        if (p.kind !== 'name_spelling' && p.kind !== 'role') continue;
        const at = locate(f, p);
        const hit = story.findings.find(
          (x) => x.uri === f && x.kind === p.kind && x.start <= at && x.end >= at + p.text.length - 1,
        );
        assert.ok(hit, `${p.id}: no ${p.kind} finding at '${p.text}' in ${f}`);
        if (p.expected)
          assert.ok(
            hit.suggestions?.some((s) => s.endsWith(p.expected ?? '')),
            `${p.id}: ${hit.suggestions}`,
          );
        assert.ok(hit.related.length > 0, `${p.id} has related locations`);
      }
    }
  });

  it('raises no name or role finding on pairs the key calls consistent', () => {
    for (const f of files) {
      for (const p of key.files[f].must_not_flag ?? []) {
        if (p.kind !== 'name_spelling' && p.kind !== 'role') continue;
        const at = locate(f, p);
        const bad = story.findings.find(
          (x) =>
            x.uri === f && (x.kind === 'name_spelling' || x.kind === 'role') && x.start <= at && x.end > at,
        );
        assert.equal(bad, undefined, `${f}: '${p.text}' flagged: ${bad?.message}`);
      }
    }
  });

  it('links the people of each article, with most of their written forms found', () => {
    let total = 0;
    let found = 0;
    for (const f of files) {
      const article = story.articles.find((a) => a.uri === f);
      for (const person of key.files[f].people ?? []) {
        for (const surface of person.surface) {
          total++;
          const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/['’]s$/, '');
          if (article?.mentions.some((m) => m.type === 'PERSON' && norm(m.text) === norm(surface))) found++;
        }
      }
    }
    // Measured 0.93 on the samples; bylines and front-matter authors are deliberately not analysed.
    assert.ok(found / total >= 0.85, `${found}/${total}`);
  });

  it('dims every boilerplate line of the key and analyses none of it', () => {
    for (const f of files) {
      const article = story.articles.find((a) => a.uri === f);
      for (const line of key.files[f].boilerplate ?? []) {
        const at = (texts.get(f) ?? '').indexOf(line);
        const covered = article?.boilerplate.some((b) => b.start <= at && b.end >= at + line.trim().length);
        assert.ok(covered, `${f}: '${line}' is not boilerplate`);
        assert.ok(
          !article?.mentions.some((m) => m.start >= at && m.end <= at + line.length),
          `${f}: mention inside '${line}'`,
        );
      }
    }
  });

  it('reads the publication date where the article states one with its year', () => {
    for (const f of files) {
      const article = story.articles.find((a) => a.uri === f);
      const text = texts.get(f) ?? '';
      const statedWithYear = /\b20\d\d\b/.test(text.slice(0, 400));
      if (statedWithYear) assert.equal(article?.published, key.files[f].published, f);
    }
  });
});
