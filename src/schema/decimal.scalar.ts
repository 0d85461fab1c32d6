import { Decimal } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Amounts in this platform have at most two decimal places (cents; fractional c-points). */
export const AMOUNT_SCALE = 2;

function parse(value: unknown): string {
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : typeof value === 'string' ? value.trim() : '';
  if (!/^-?\d{1,13}(\.\d{1,2})?$/.test(text)) {
    throw new GraphQLError(`Not an amount with at most ${AMOUNT_SCALE} decimal places: ${String(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Decimal(text).toFixed(AMOUNT_SCALE);
}

/**
 * Exact amounts (money, points): sent and received as strings such as "12.30" so no client ever
 * rounds them through a binary float. Accepts a JSON number on input for convenience when it has
 * at most two decimals; the value inside the server is always a string with two places.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal with at most 2 places, as a string (e.g. "12.30").',
  serialize: (value) => new Decimal(value as Decimal.Value).toFixed(AMOUNT_SCALE),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parse(ast.value);
    throw new GraphQLError('A Decimal is a string such as "12.30".', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
