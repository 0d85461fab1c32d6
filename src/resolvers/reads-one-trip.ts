import { Extensions } from 'type-graphql';

/** The field extension ReadsOneTrip sets (read by graphql/transaction-free.ts). */
export const READS_ONE_TRIP = 'readsOneTrip';

/**
 * Marks a query or field resolver whose reads are all one-message statements (lean loaders, lists
 * through db/one-trip.ts scopedRows) and which writes nothing: a query selecting only such fields
 * and plain properties runs without a transaction (graphql/transaction-free.ts).
 */
export const ReadsOneTrip = () => Extensions({ [READS_ONE_TRIP]: true });
