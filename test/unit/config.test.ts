import * as assert from 'node:assert/strict';
import {
  CONFIG_FILE_NAME,
  DEFAULT_CONFIG,
  parseLensConfig,
  parseLensConfigText,
  stripJsonComments,
} from '../../src/core/config';

describe('configuration defaults', () => {
  it('has the documented defaults', () => {
    assert.equal(CONFIG_FILE_NAME, '.articlelens.json');
    assert.deepEqual(DEFAULT_CONFIG, {
      include: ['**/*.txt', '**/*.md', '**/*.article'],
      exclude: ['**/node_modules/**', '**/README.md', '**/CHANGELOG.md'],
      acceptedSpellings: [],
      distinctEntities: [],
      severity: {},
      boilerplate: [],
    });
  });

  it('gives the defaults for an empty object, null and undefined', () => {
    for (const data of [{}, null, undefined])
      assert.deepEqual(parseLensConfig(data), { config: DEFAULT_CONFIG, errors: [] });
  });
});

describe('parseLensConfig', () => {
  it('keeps valid settings and fills in the rest', () => {
    const r = parseLensConfig({
      include: ['articles/**/*.txt'],
      acceptedSpellings: ['Zelenskyy'],
      distinctEntities: [['Jon Hale', 'John Hale']],
      severity: { name_spelling: 'error', quote_wording: 'off' },
    });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.config, {
      ...DEFAULT_CONFIG,
      include: ['articles/**/*.txt'],
      acceptedSpellings: ['Zelenskyy'],
      distinctEntities: [['Jon Hale', 'John Hale']],
      severity: { name_spelling: 'error', quote_wording: 'off' },
    });
  });

  it('rejects unknown keys, naming them', () => {
    const r = parseLensConfig({ includes: ['*.txt'] });
    assert.deepEqual(r.config, DEFAULT_CONFIG);
    assert.deepEqual(r.errors, ['(root): Unrecognized key: "includes"']);
  });

  it('rejects an unknown finding kind in severity with its path', () => {
    const r = parseLensConfig({ severity: { spelling: 'error' } });
    assert.deepEqual(r.errors, ['severity: Unrecognized key: "spelling"']);
  });

  it('reports wrong types with their JSON paths', () => {
    const r = parseLensConfig({
      include: '**/*.txt',
      acceptedSpellings: ['ok', 7],
      severity: { date: 'loud' },
      distinctEntities: [['Only One']],
    });
    assert.deepEqual(r.config, DEFAULT_CONFIG);
    const paths = r.errors.map((e) => e.slice(0, e.indexOf(':')));
    assert.deepEqual(paths.sort(), ['acceptedSpellings.1', 'distinctEntities.0', 'include', 'severity.date']);
    assert.ok(
      r.errors.includes('include: Invalid input: expected array, received string'),
      r.errors.join('\n'),
    );
    assert.ok(r.errors.some((e) => e.startsWith('severity.date: ') && e.includes('"off"')));
  });

  it('rejects a top level that is not an object', () => {
    assert.deepEqual(parseLensConfig(['**/*.txt']).errors, [
      '(root): Invalid input: expected object, received array',
    ]);
    assert.equal(parseLensConfig('yes').errors.length, 1);
  });

  it('reports an invalid boilerplate regex and drops only that pattern', () => {
    const r = parseLensConfig({ boilerplate: ['^Sign up for', '(unclosed', 'Lenning Daily$'] });
    assert.deepEqual(r.config.boilerplate, ['^Sign up for', 'Lenning Daily$']);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0], /^boilerplate\.1: invalid regular expression: .*unclosed/);
  });

  it('checks boilerplate patterns with the u flag, as they are used', () => {
    // Valid without the flag, invalid with it: would throw at use.
    const r = parseLensConfig({ boilerplate: ['\\-'] });
    assert.deepEqual(r.config.boilerplate, []);
    assert.match(r.errors[0], /^boilerplate\.0: /);
  });
});

describe('parseLensConfigText', () => {
  it('accepts comments and trailing commas', () => {
    const text = [
      '// Article Lens settings for the harbour story',
      '{',
      '  /* sources we trust */',
      '  "acceptedSpellings": ["Okafor", "Ødegaard",], // two names',
      '  "severity": { "date": "warning", },',
      '}',
    ].join('\r\n');
    const r = parseLensConfigText(text);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.config.acceptedSpellings, ['Okafor', 'Ødegaard']);
    assert.deepEqual(r.config.severity, { date: 'warning' });
  });

  it('reports invalid JSON and gives the defaults', () => {
    const r = parseLensConfigText('{ "include": ["*.txt" }');
    assert.deepEqual(r.config, DEFAULT_CONFIG);
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0], /^not valid JSON: /);
  });

  it('runs the schema checks on parsed text', () => {
    assert.deepEqual(parseLensConfigText('{"exclude": 3}').errors, [
      'exclude: Invalid input: expected array, received number',
    ]);
  });

  it('gives the defaults for an empty or comment-only file', () => {
    assert.match(parseLensConfigText('').errors[0], /^not valid JSON: /);
    assert.deepEqual(parseLensConfigText('null // nothing yet'), { config: DEFAULT_CONFIG, errors: [] });
  });
});

describe('stripJsonComments', () => {
  it('removes line and block comments but not comment-like text in strings', () => {
    const text = '{"url": "https://example.org/a", /* x */ "re": "^/\\\\*ad\\\\*/$"} // end';
    assert.equal(stripJsonComments(text), '{"url": "https://example.org/a",  "re": "^/\\\\*ad\\\\*/$"} \n');
    assert.deepEqual(JSON.parse(stripJsonComments(text)), {
      url: 'https://example.org/a',
      re: '^/\\*ad\\*/$',
    });
  });

  it('keeps escaped quotes inside strings', () => {
    const text = '{"a": "say \\"hi\\" // not a comment"}';
    assert.equal(stripJsonComments(text), text);
  });

  it('removes trailing commas before } and ] across line breaks', () => {
    assert.equal(stripJsonComments('[1, 2,\n]'), '[1, 2\n]');
    assert.equal(stripJsonComments('{"a": 1 ,  }'), '{"a": 1   }');
  });

  it('does not touch ",]" or ",}" inside strings (fixed bug)', () => {
    const text = '{"boilerplate": ["^Tags:[a-z,]+$"], "acceptedSpellings": ["Hale, }"]}';
    assert.equal(stripJsonComments(text), text);
    const r = parseLensConfigText(text);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.config.boilerplate, ['^Tags:[a-z,]+$']);
    assert.deepEqual(r.config.acceptedSpellings, ['Hale, }']);
  });

  it('drops an unterminated block comment to the end', () => {
    assert.equal(stripJsonComments('{"a": 1} /* open'), '{"a": 1} ');
  });
});
