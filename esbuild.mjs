// Builds the extension (desktop and web) and the CLI.
//   node esbuild.mjs [--cli-only] [--watch] [--production]
// The web bundle is the proof that the engine runs in a browser: a Node built-in anywhere in its
// import graph fails the build.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const known = ['--cli-only', '--watch', '--production'];
const unknown = [...args].filter((a) => !known.includes(a));
if (unknown.length) {
  console.error(`esbuild.mjs: unknown option ${unknown.join(', ')} (known: ${known.join(', ')})`);
  process.exit(2);
}
const cliOnly = args.has('--cli-only');
const watch = args.has('--watch');
const production = args.has('--production');

const extensionEntry = 'src/vscode/extension.ts';
const integrationEntry = 'test/integration/index.ts';

/** Options shared by every bundle. */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the web build on any Node built-in, naming the file that imports it. */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (a) => {
      if (!builtins.has(a.path) && !a.path.startsWith('node:')) return undefined;
      const importer = path.relative(root, a.importer) || a.importer;
      return {
        errors: [
          {
            text: `Node built-in "${a.path}" imported by ${importer}: the web extension (and the engine) must run in a browser`,
          },
        ],
      };
    });
  },
};

/** Reports each rebuild in watch mode, the way problem matchers expect. */
const watchReporter = (label) => ({
  name: 'watch-reporter',
  setup(build) {
    build.onStart(() => console.log(`[watch] ${label}: build started`));
    build.onEnd((r) => console.log(`[watch] ${label}: build finished with ${r.errors.length} error(s)`));
  },
});

/** The bundles to build: [label, options]. Missing entries are skipped with a message. */
function targets() {
  const list = [];
  if (!cliOnly) {
    if (existsSync(path.join(root, extensionEntry))) {
      list.push([
        'extension (node)',
        {
          entryPoints: [extensionEntry],
          outfile: 'dist/extension.js',
          platform: 'node',
          target: 'node20',
          external: ['vscode'],
          // zod reads `navigator` at load, which makes VS Code's extension host log a migration
          // warning on every activation; in Node there is no navigator to read.
          define: { ...common.define, navigator: 'undefined' },
        },
      ]);
      list.push([
        'extension (web)',
        {
          entryPoints: [extensionEntry],
          outfile: 'dist/web/extension.js',
          platform: 'browser',
          target: 'es2022',
          external: ['vscode'],
          mainFields: ['browser', 'module', 'main'],
          plugins: [noNodeBuiltins],
        },
      ]);
    } else {
      console.log(`esbuild.mjs: ${extensionEntry} does not exist yet; skipping the extension bundles`);
    }
    if (existsSync(path.join(root, integrationEntry)) && !production) {
      // The integration tests run inside VS Code's extension host, mocha bundled in: the test
      // workbench resolves nothing from node_modules.
      list.push([
        'integration tests',
        {
          entryPoints: [integrationEntry],
          outfile: 'dist/test/integration/index.js',
          platform: 'node',
          target: 'node20',
          external: ['vscode'],
          // Mocha's parallel mode (unused here) resolves worker files at run time.
          logOverride: { 'require-resolve-not-external': 'silent' },
        },
      ]);
    }
  }
  list.push([
    'cli',
    {
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      platform: 'node',
      target: 'node20',
      banner: { js: '#!/usr/bin/env node' },
    },
  ]);
  return list;
}

async function main() {
  const list = targets();
  if (watch) {
    for (const [label, options] of list) {
      const ctx = await esbuild.context({
        ...common,
        ...options,
        plugins: [...(options.plugins ?? []), watchReporter(label)],
      });
      await ctx.watch();
    }
    console.log('[watch] watching for changes (Ctrl+C to stop)');
    return;
  }
  let failed = false;
  for (const [label, options] of list) {
    // A production build has no source maps: do not leave the previous build's beside it.
    if (production) rmSync(path.join(root, `${options.outfile}.map`), { force: true });
    try {
      const result = await esbuild.build({ ...common, ...options });
      if (result.errors.length) failed = true;
      else console.log(`built ${label} -> ${options.outfile}`);
    } catch {
      // esbuild has already printed the errors.
      console.error(`esbuild.mjs: ${label} failed`);
      failed = true;
    }
  }
  if (existsSync(path.join(root, 'dist/cli.js'))) chmodSync(path.join(root, 'dist/cli.js'), 0o755);
  if (failed) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
