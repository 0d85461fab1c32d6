/**
 * Runs a compiled entry point (`node scripts/launch.ts src/main.js [args…]`), building dist/ first
 * only when the sources changed since the last build. `npm ci` builds once (the `prepare` script),
 * so `npm start` and `npm run cli` start at once instead of spending half a minute in tsc.
 *
 * Plain JavaScript with node: imports only, since nothing is compiled yet when it runs (and Node's
 * TypeScript stripping would add a tenth of a second to every CLI command). The entry is imported
 * into this same process, so the server is the process npm execs and receives SIGTERM itself.
 */
/* global process */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, enableCompileCache, flushCompileCache } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const stampFile = join(dist, '.build-stamp.json');

/** Everything tsc's output depends on: the compiled folders, the compiler settings, the dependency tree. */
const inputDirs = ['src', 'scripts', 'bench'];
const inputFiles = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** @param {string} dir @returns {Generator<string>} */
function* filesUnder(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

function inputs() {
  return [...inputDirs.flatMap((dir) => [...filesUnder(join(root, dir))]), ...inputFiles.map((f) => join(root, f))].sort();
}

/** Names, sizes and modification times: cheap to read, and unchanged when nothing was touched. */
function fingerprint(files) {
  return files
    .map((file) => {
      const stat = existsSync(file) ? statSync(file) : undefined;
      return `${relative(root, file)}:${stat?.size}:${stat?.mtimeMs}`;
    })
    .join('\n');
}

/**
 * A hash of the sources' contents, not their times: `npm run codegen` rewrites identical files and
 * a fresh clone has arbitrary mtimes, and neither should cost a rebuild.
 */
export function sourceHash(files = inputs()) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return {};
  }
}

/** Builds dist/ unless it was built from exactly these sources; returns false when tsc failed. */
export function ensureBuilt() {
  const files = inputs();
  const stamp = readStamp();
  const print = fingerprint(files);
  // Untouched files since the last check: no need to read them at all (the common restart).
  if (stamp.fingerprint === print) return true;
  const hash = sourceHash(files);
  if (stamp.hash === hash) {
    writeFileSync(stampFile, JSON.stringify({ hash, fingerprint: print }));
    return true;
  }
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const started = Date.now();
  process.stderr.write('membergraph: compiling TypeScript into dist/ (after install or a source change)…\n');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('membergraph: the build failed (tsc errors above).\n');
    return false;
  }
  // The sources as they were when tsc read them: an edit made during the build rebuilds next time.
  writeFileSync(stampFile, JSON.stringify({ hash, fingerprint: print }));
  process.stderr.write(`membergraph: built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return true;
}

const [entry, ...args] = process.argv.slice(2);
if (import.meta.main) {
  if (!ensureBuilt()) process.exit(1);
  if (entry && entry !== '--build-only') {
    // KEY=value lines of a .env file (ENV_FILE names another; empty: none), if there is one;
    // variables already set win over it.
    const envFile = process.env.ENV_FILE ?? '.env';
    if (envFile && existsSync(resolve(root, envFile))) process.loadEnvFile(resolve(root, envFile));
    // The entry sees its own arguments where it expects them (parseArgs reads argv from index 2).
    process.argv = [process.argv[0], join(dist, entry), ...args];
    // V8's code cache on disk: the second start compiles none of the ~2,000 modules it loads again.
    enableCompileCache(join(root, 'node_modules', '.cache', 'node-compile-cache'));
    await import(pathToFileURL(join(dist, entry)).href);
    flushCompileCache();
  }
}
