/**
 * The layer rules of src/ (docs/architecture.md, "Layers"), checked by `npm run lint`.
 *
 *   main, cli, worker                 start the process
 *   http, shims, events               edges: HTTP, legacy dialects, outbound event delivery
 *   graphql                           schema assembly and authorization
 *   resolvers -> schema               thin resolvers over the public types
 *   services                          the rules and transactions
 *   request                           principal, permissions, RequestContext, loaders, credentials
 *   db, migrations                    connections, roles, the embedded server, SQL migrations
 *   entities                          storage
 *   domain, errors, config            vocabulary, pure rules, the error catalogue, settings
 *
 * Each layer imports only from layers below it. A cycle anywhere is a design bug.
 */
const layer = (name) => `^src/${name}(/|\\.ts$)`;
const anyOf = (...names) => names.map(layer);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files that import each other in a circle cannot be understood or changed one at a time.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'vocabulary-imports-nothing-above',
      severity: 'error',
      comment: 'domain/, errors/ and config are the bottom: pure vocabulary and rules, no storage, no I/O.',
      from: { path: anyOf('domain', 'errors', 'config') },
      to: { path: '^src/', pathNot: anyOf('domain', 'errors', 'config', 'observability') },
    },
    {
      name: 'entities-import-only-vocabulary',
      severity: 'error',
      comment: 'Entities are storage: they know the domain vocabulary and nothing above it.',
      from: { path: layer('entities') },
      to: { path: '^src/', pathNot: anyOf('entities', 'domain', 'errors') },
    },
    {
      name: 'db-below-request',
      severity: 'error',
      comment: 'Connections and migrations know entities and settings, not requests or rules.',
      from: { path: anyOf('db', 'migrations') },
      to: {
        path: anyOf('request', 'services', 'resolvers', 'schema', 'graphql', 'http', 'shims', 'events', 'cli', 'main', 'worker'),
      },
    },
    {
      name: 'request-below-services',
      severity: 'error',
      comment: 'The request layer (context, principal, loaders) sits under the services that use it.',
      from: { path: layer('request') },
      to: {
        path: anyOf(
          'services',
          'resolvers',
          'schema',
          'graphql',
          'http',
          'shims',
          'events',
          'generated',
          'cli',
          'main',
          'worker',
        ),
      },
    },
    {
      name: 'services-below-api',
      severity: 'error',
      comment: 'Services hold the rules for every edge: they know no GraphQL types, resolvers, HTTP or shims.',
      from: { path: layer('services') },
      to: { path: anyOf('resolvers', 'schema', 'graphql', 'http', 'shims', 'events', 'generated', 'cli', 'main', 'worker') },
    },
    {
      name: 'schema-is-types-only',
      severity: 'error',
      comment: 'The public types describe; they do not call services or resolvers.',
      from: { path: layer('schema') },
      to: {
        path: anyOf('services', 'resolvers', 'graphql', 'http', 'shims', 'events', 'db', 'request', 'cli', 'main', 'worker'),
      },
    },
    {
      name: 'resolvers-below-assembly',
      severity: 'error',
      comment: 'Resolvers are assembled by graphql/; they never reach up to it or to the edges.',
      from: { path: layer('resolvers') },
      to: { path: anyOf('graphql', 'http', 'shims', 'events', 'cli', 'main', 'worker') },
    },
    {
      name: 'graphql-below-edges',
      severity: 'error',
      from: { path: layer('graphql') },
      to: { path: anyOf('http', 'shims', 'events', 'cli', 'main', 'worker') },
    },
    {
      name: 'shims-speak-graphql',
      severity: 'error',
      comment:
        'A shim translates a legacy call into GraphQL operations: it reaches the platform only through graphql/ and request/, never services, entities, resolvers or SQL.',
      from: { path: layer('shims') },
      to: {
        path: anyOf('services', 'entities', 'resolvers', 'schema', 'db', 'migrations', 'http', 'events', 'cli', 'main', 'worker'),
      },
    },
    {
      name: 'http-is-an-edge',
      severity: 'error',
      comment: 'The HTTP app does not reach into shims (main mounts them) nor below the request layer into storage.',
      from: { path: layer('http') },
      to: { path: anyOf('shims', 'resolvers', 'entities', 'events', 'cli', 'main', 'worker') },
    },
    {
      name: 'events-is-an-edge',
      severity: 'error',
      comment:
        'Event delivery sends what services recorded: it uses services, the request layer and storage, and of the shims only the shared signing code and the two dialects whose signatures it reuses; never GraphQL, resolvers or HTTP routes.',
      from: { path: layer('events') },
      to: {
        path: anyOf('resolvers', 'schema', 'graphql', 'http', 'shims', 'generated', 'cli', 'main', 'worker'),
        pathNot: [
          '^src/shims/common/(signing|legacy-format)\\.ts$',
          '^src/shims/(partner-openapi|erp-member-points)/dialect\\.ts$',
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
