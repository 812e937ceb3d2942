// The bench's peer: PostGraphile v4 over the bench database, read-only, in PEER_PROCESSES
// processes sharing PORT (node:cluster, as the project's API runs API_PROCESSES). Its settings are
// the ones PostGraphile recommends for production, so the comparison is with the peer at its best:
// no query log, no schema watching, no GraphiQL, no mutations. It checks no token and no
// jurisdiction; the project does both on every request.
'use strict';
const cluster = require('node:cluster');
const http = require('node:http');
const { postgraphile } = require('postgraphile');

const { DATABASE_URL, PORT, PEER_PROCESSES = '1' } = process.env;
// DATABASE_URL carries the project's session settings (its `options`), so both plan alike.
if (!DATABASE_URL || !PORT) throw new Error('DATABASE_URL and PORT are required');

if (cluster.isPrimary) {
  for (let i = 0; i < Number(PEER_PROCESSES); i++) cluster.fork();
  cluster.on('exit', (worker, code) => {
    console.error(`peer process ${worker.process.pid} exited with ${code}`);
    process.exit(1);
  });
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers)) worker.kill();
    process.exit(0);
  });
} else {
  const middleware = postgraphile(DATABASE_URL, 'public', {
    disableDefaultMutations: true,
    disableQueryLog: true,
    graphiql: false,
    ignoreRBAC: true,
    retryOnInitFail: false,
    setofFunctionsContainNulls: false,
    watchPg: false,
  });
  http.createServer(middleware).listen(Number(PORT), '127.0.0.1', () => console.log(`peer ready on ${PORT}`));
}
