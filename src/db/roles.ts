/**
 * The database role every request runs as. It owns nothing and is not a superuser, so PostgreSQL's
 * row-level security policies always apply to it; the connection string's own user (which owns the
 * tables and runs migrations) only switches into it.
 */
export const APP_DB_ROLE = 'membergraph_app';

/** Session variable that the row-level security policies compare `merchant_id` against. */
export const MERCHANT_SETTING = 'app.merchant_id';
