#!/usr/bin/env node
// Run first by `npm test`: the suites need a real PostgreSQL and Redis (and Chromium for the
// browser tests). When one is missing, stop at once with what is missing and the command that
// provides it, rather than with connection errors deep in the suites.
import { connect } from 'node:net';
import { accessSync, constants } from 'node:fs';

const env = process.env;
const pgUrl = new URL(env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432');
const redisUrl = new URL(env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** resolves with the first bytes the server sends back to `hello`, or null when nothing answers */
function ask(host, port, hello) {
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port) });
    const done = (v) => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(2000, () => done(null));
    socket.once('error', () => done(null));
    socket.once('connect', () => socket.write(hello));
    socket.once('data', (d) => done(d));
  });
}

// PostgreSQL: an SSLRequest packet; any PostgreSQL answers 'S' or 'N'
const pgAnswer = await ask(pgUrl.hostname, pgUrl.port || 5432, Buffer.from([0, 0, 0, 8, 4, 210, 22, 47]));
const redisAnswer = await ask(redisUrl.hostname, redisUrl.port || 6379, 'PING\r\n');
let chromiumThere = true;
try {
  accessSync(chromium, constants.X_OK);
} catch {
  chromiumThere = false;
}

const problems = [];
if (!pgAnswer || !['S', 'N'].includes(String.fromCharCode(pgAnswer[0]))) {
  problems.push(
    `PostgreSQL is not answering on ${pgUrl.host} (the tests log in as user "postgres" with trust auth; TEST_PG_URL sets another server).`,
    `  provide it:  docker run -d --name beacon-pg -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16`,
  );
}
if (!redisAnswer || !String(redisAnswer).startsWith('+PONG')) {
  problems.push(
    `Redis is not answering on ${redisUrl.host} (TEST_REDIS_URL sets another server).`,
    `  provide it:  docker run -d --name beacon-redis -p 6379:6379 redis:7`,
  );
}
if (!chromiumThere) {
  problems.push(
    `Chromium is not at ${chromium} (the browser tests drive it; CHROMIUM_PATH sets another path).`,
    `  provide it:  sudo apt-get install -y chromium`,
  );
}
if (problems.length) {
  console.error(
    [
      '',
      'npm test cannot run yet:',
      ...problems.map((p) => `  ${p}`),
      '',
      'On Debian, `sudo .ci/run` installs and starts all of them, then runs the tests.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
