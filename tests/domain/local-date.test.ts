import { describe, expect, it } from 'vitest';
import { LocalDateResolver } from 'graphql-scalars';
import { LocalDate } from '../../src/schema/scalars.js';

/** What graphql-scalars' own LocalDate answers: the value, or its error message. */
const outcome = (serialize: (value: unknown) => unknown, value: unknown) => {
  try {
    return { value: serialize(value) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('LocalDate', () => {
  it("serializes every day of 1899-2401 and every impossible day as graphql-scalars' LocalDate does", () => {
    const texts: string[] = [];
    for (let year = 1899; year <= 2401; year++)
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 28, 29, 30, 31, 32])
          texts.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    const differences = [...texts, '0000-02-29', '2020-1-01', '2020-01-01T00:00:00Z', '', 20200101, null, new Date(0)].filter(
      (value) =>
        JSON.stringify(outcome((v) => LocalDate.serialize(v), value)) !==
        JSON.stringify(outcome((v) => LocalDateResolver.serialize(v), value)),
    );
    expect(differences).toEqual([]);
    expect(LocalDate.serialize('2000-02-29')).toBe('2000-02-29');
    expect(() => LocalDate.serialize('1900-02-29')).toThrow(/not a valid LocalDate/);
  });

  it('keeps the name, description and input checks of the library', () => {
    expect(LocalDate.name).toBe('LocalDate');
    expect(LocalDate.description).toBe(LocalDateResolver.description);
    expect(() => LocalDate.parseValue('2021-02-29')).toThrow(/not a valid LocalDate/);
    expect(LocalDate.parseValue('2024-02-29')).toBe('2024-02-29');
  });
});
