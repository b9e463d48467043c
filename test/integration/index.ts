// Entry point of the integration tests, in the contract of @vscode/test-electron (and of VS Code's
// `extensionTestsPath` in general): VS Code loads this module in the extension host and awaits `run()`.
// Mocha is bundled in (see esbuild.mjs), so nothing is resolved from node_modules at run time.
import Mocha from 'mocha';

/** Runs every suite; rejects when a test fails, which makes VS Code exit with code 1. */
export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.ARTICLE_LENS_TEST_TIMEOUT_MS ?? 60_000),
    grep: process.env.ARTICLE_LENS_TEST_GREP || undefined,
  });
  // The suites call describe/it at load time: give them mocha's globals first.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  // In a fixed order: later suites edit the workspace copy, and each puts it back as it was.
  await import('./activation.test.js');
  await import('./diagnostics.test.js');
  await import('./hover.test.js');
  await import('./semanticTokens.test.js');
  await import('./references.test.js');
  await import('./codeActions.test.js');
  await import('./rename.test.js');
  await import('./editing.test.js');
  await import('./configFile.test.js');
  await import('./distinctEntities.test.js');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
}
