import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { isDatabaseUnavailable } from '../db/database.js';
import type { RequestContext } from '../request/context.js';
import { DATABASE_UNAVAILABLE } from '../errors/graphql-errors.js';

/**
 * Runs each query operation in one read-only, merchant-scoped transaction: the merchant is set
 * once (`begin`, `set_config`) and every read of the request (the root field, every DataLoader
 * batch, a count) joins it. Without it each read paid its own `begin`, `set_config` and `commit`:
 * a page of members with channels and stores took 4 transactions, 16 statements.
 *
 * Row-level security is unchanged: it reads the merchant set at `begin` from the principal, as
 * before. A read-only transaction also guarantees that a query can change nothing. Mutations keep
 * their own transactions (each service command owns one), and the shims run a whole call in one
 * read-write transaction of their own (shim-router.ts).
 */
export function queryTransaction(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let open: RequestContext['em'] | undefined;
      const end = async () => {
        const em = open;
        open = undefined;
        // Nothing to commit: a rollback ends a read-only transaction the same way and skips the
        // ORM's flush, which would compute change sets over every entity read.
        await em?.rollback();
      };
      return {
        // Before execution, so a database that is down answers 503 without running anything: with
        // the credential from the cache, this is the request's first statement.
        async responseForOperation({ operation, contextValue }) {
          // Anonymous callers reach only staffLogin (a mutation): there is no merchant to scope to.
          if (operation?.operation !== 'query' || !contextValue.principal.merchantId) return null;
          try {
            await contextValue.em.begin({ readOnly: true });
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error;
            contextValue.log.warn({ err: error }, 'database unavailable');
            return {
              http: { status: 503, headers: new HeaderMap() },
              body: {
                kind: 'single',
                singleResult: { errors: [DATABASE_UNAVAILABLE] },
              },
            };
          }
          open = contextValue.em;
          return null;
        },
        async executionDidStart() {
          return { executionDidEnd: end };
        },
        // Whatever happened after the transaction began (another plugin refusing the operation),
        // it ends before the answer leaves.
        willSendResponse: end,
      };
    },
  };
}
