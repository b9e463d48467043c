import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertSpansMatch, parseReport, readText, runCli } from './cli-helpers';

// Real articles shared beside the project (never copied into it): the CLI contract must hold on them.
const SEEDS = path.resolve(__dirname, '../../../shared/seeds');

describe('CLI on the shared seed articles', function () {
  before(function () {
    if (!fs.existsSync(SEEDS)) {
      console.log(`    (skipped: no seed articles at ${SEEDS})`);
      this.skip();
    }
  });

  it('prints JSON that matches the schema, with every span equal to its file slice', async () => {
    const r = await runCli(['check', '--format', 'json', SEEDS]);
    assert.ok(r.code === 0 || r.code === 1, `exit code ${r.code}: ${r.stderr}`);
    const report = parseReport(r.stdout);
    assert.ok(report.articles.length > 0, 'no article found');
    assertSpansMatch(report, readText);
  });
});
