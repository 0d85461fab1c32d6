/** Types of scripts/launch.mjs for the tests that build through it. */
export function sourceHash(): string;
export function ensureBuilt(): boolean;
