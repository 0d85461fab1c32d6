/** Types of scripts/launch.mjs for the tests that build through it. */
export function sourceHash(files?: string[]): string;
export function ensureBuilt(): boolean;
