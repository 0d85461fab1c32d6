import { describe, expect, it } from 'vitest';
import { legacyDateTime, parseLegacyDateTime } from '../../src/shims/common/legacy-format.js';
import { percentEncode } from '../../src/shims/common/signing.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The reference: Intl's own wall clock for the instant, in the legacy format. */
function byIntl(at: number, timeZone: string): string {
  const parts: Record<string, string> = {};
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

// Zones with daylight saving, half-hour and 45-minute offsets, and a 30-minute DST shift (Lord Howe).
const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
];

describe('legacyDateTime (cached zone offsets)', () => {
  it("matches Intl's wall clock hour by hour through 2026, and every 17 s around each transition", () => {
    const HOUR = 3_600_000;
    const wallMinusUtc = (at: number, timeZone: string) =>
      Date.parse(`${byIntl(at, timeZone).replace(' ', 'T')}Z`) - Math.floor(at / 1000) * 1000;
    let transitions = 0;
    for (const timeZone of ZONES) {
      const mismatches: string[] = [];
      const check = (at: number) => {
        if (legacyDateTime(new Date(at), timeZone) !== byIntl(at, timeZone)) mismatches.push(new Date(at).toISOString());
      };
      for (let at = Date.UTC(2026, 0, 1) + 123; at < Date.UTC(2027, 0, 1); at += HOUR) {
        check(at);
        if (wallMinusUtc(at, timeZone) === wallMinusUtc(at + HOUR, timeZone)) continue;
        // The offset changes within this hour: every 17 s from an hour before to two after.
        transitions++;
        for (let near = at - HOUR; near < at + 2 * HOUR; near += 17_000) check(near);
      }
      expect(mismatches.slice(0, 5), timeZone).toEqual([]);
    }
    // New York, London, Lord Howe, St John's and Chatham change twice each.
    expect(transitions).toBe(10);
  });

  it('is exact at the milliseconds around a transition and for historic local mean time offsets', () => {
    // 2026-03-08 07:00:00Z: New York springs forward; 2026-04-05 15:00Z: Lord Howe goes back 30 minutes.
    for (const [timeZone, transition] of [
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
    ] as const) {
      for (const delta of [-60_001, -1000, -1, 0, 1, 999, 1000, 60_000]) {
        expect(legacyDateTime(new Date(transition + delta), timeZone)).toBe(byIntl(transition + delta, timeZone));
      }
    }
    // Shanghai before 1901 kept local mean time, +08:05:43: offsets in seconds survive.
    const old = Date.UTC(1890, 5, 1, 12, 0, 0);
    expect(legacyDateTime(new Date(old), 'Asia/Shanghai')).toBe(byIntl(old, 'Asia/Shanghai'));
  });

  it('reads strings and gives "" for nothing; parseLegacyDateTime inverts it', () => {
    expect(legacyDateTime('2026-11-28T00:00:00.000Z', 'Asia/Shanghai')).toBe('2026-11-28 08:00:00');
    expect(legacyDateTime(null, 'Asia/Shanghai')).toBe('');
    const at = new Date(Date.UTC(2026, 6, 1, 3, 4, 5));
    expect(parseLegacyDateTime(legacyDateTime(at, 'America/New_York'), 'America/New_York')).toEqual(at);
  });
});

/** The reference: RFC 3986 byte by byte, as the signing documents describe it. */
function byBytes(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && /^[A-Za-z0-9\-._~]$/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

describe('percentEncode', () => {
  it('encodes every ASCII character, CJK, emoji and lone surrogates as RFC 3986 byte encoding does', () => {
    const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    for (const text of [ascii, "{'memberId':'1'}", '会员 ✓ 😀', 'a\uD800b', '\uDC00', 'x\uD83D', '', "!*()'~-._"]) {
      expect(percentEncode(text), JSON.stringify(text)).toBe(byBytes(text));
    }
  });
});
