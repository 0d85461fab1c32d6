import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, loadConfig } from '../../src/config.js';

/**
 * The README's configuration table is the operator's reference: it must list every setting the
 * server reads, and each default it states must be the default the code applies.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
const rows = [...section.matchAll(/^\| `([A-Z0-9_]+)` +\| ([^|]+?) +\| [^|]+\|$/gm)].map(([, name, fallback]) => ({
  name: name!,
  fallback: fallback!,
}));

describe('README configuration table', () => {
  it('lists exactly the settings src/config.ts reads', () => {
    expect(rows.map((r) => r.name).sort()).toEqual([...CONFIG_KEYS].sort());
  });

  it('states each default as the code applies it', () => {
    const defaults = loadConfig({}) as Record<string, unknown>;
    for (const { name, fallback } of rows) {
      const literal = /^`([^`]*)`$/.exec(fallback)?.[1];
      if (literal === undefined) {
        // "unset → …": the code has no default value of its own.
        expect(fallback, name).toMatch(/^unset/);
        expect(defaults[name], name).toBeUndefined();
      } else {
        // The documented value, given explicitly, must configure what the default does.
        expect((loadConfig({ [name]: literal }) as Record<string, unknown>)[name], name).toEqual(defaults[name]);
      }
    }
  });
});
