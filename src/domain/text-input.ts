/**
 * Text checks shared by every entry point (GraphQL and the legacy shims).
 * @module
 */

/**
 * Where the first NUL character (U+0000) is in a value decoded from JSON or a form (keys
 * included), as a path like `variables.input.name`; null when there is none. PostgreSQL cannot
 * store NUL in text, so such input is refused up front as the caller's mistake.
 */
export function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 50) return null;
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key.includes('\u0000')) return at;
    const found = findNul(child, at, depth + 1);
    if (found) return found;
  }
  return null;
}
