import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);

/** A file inside an installed package, found from its package.json (works despite "exports" maps). */
const packageFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

/** Browser assets come from npm packages, so the IDE works on a machine with no internet access. */
const assets: Record<string, string> = {
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
};

/**
 * GraphiQL introspects once, with the headers of that moment: before the user has pasted a key
 * that fails with 401 and the Docs pane stays on "Error fetching schema". GraphiQL introspects
 * again whenever its fetcher changes, so a new fetcher is handed over each time the Authorization
 * header settles on a new value: the schema is fetched with the headers the user set.
 */
const boot = `
const url = location.origin + '/graphql';
const authorizationOf = (headers) => {
  try {
    const parsed = JSON.parse(headers || '{}');
    return parsed.Authorization ?? parsed.authorization;
  } catch {
    return undefined; // half-typed JSON: wait for the next edit
  }
};
function App() {
  const [fetcher, setFetcher] = React.useState(() => GraphiQL.createFetcher({ url }));
  const authorization = React.useRef(undefined);
  const settle = React.useRef(undefined);
  const onEditHeaders = (headers) => {
    clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      const next = authorizationOf(headers);
      if (next === undefined || next === authorization.current) return;
      authorization.current = next;
      setFetcher(() => GraphiQL.createFetcher({ url }));
    }, 400);
  };
  return React.createElement(GraphiQL, {
    fetcher,
    onEditHeaders,
    defaultHeaders: JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2),
    defaultEditorToolsVisibility: 'headers',
    shouldPersistHeaders: true,
    defaultQuery: '{\\n  merchant { name timeZone }\\n  members(page: { limit: 5 }) { totalItems items { id code mobile name } }\\n}\\n',
  });
}
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(App));`;

export const graphiqlPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>MemberGraph · GraphiQL</title>
<link rel="stylesheet" href="/ide/graphiql.min.css"></head>
<body style="margin:0"><div id="graphiql" style="height:100vh"></div>
<script src="/ide/react.production.min.js"></script>
<script src="/ide/react-dom.production.min.js"></script>
<script src="/ide/graphiql.min.js"></script>
<script src="/ide/boot.js"></script>
</body></html>`;

/** Serves the IDE's static files under /ide. */
export function graphiqlAssets(): Router {
  const router = express.Router();
  router.get('/ide/boot.js', (_req, res) => {
    res.type('application/javascript').send(boot);
  });
  for (const [name, path] of Object.entries(assets)) {
    router.get(`/ide/${name}`, (_req, res) => {
      res.sendFile(path, { maxAge: '1d' });
    });
  }
  return router;
}
