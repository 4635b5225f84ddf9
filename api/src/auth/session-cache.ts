import pg from 'pg';
import type { Logger } from 'pino';
import type { Viewer } from './viewer.js';

export const VIEWER_CHANNEL = 'beacon_viewer';

interface Entry {
  viewer: Viewer;
  /** the session's own end */
  expiresAt: number;
  /** when this copy is read again from the database even without an announcement */
  freshUntil: number;
}

export interface SessionCacheOptions {
  /** how long a resolved session is trusted without asking the database again */
  ttlMs: number;
  maxEntries: number;
  /** first wait before listening again after the connection was lost (doubles up to 30 s) */
  reconnectMs: number;
}

const DEFAULTS: SessionCacheOptions = { ttlMs: 60_000, maxEntries: 20_000, reconnectMs: 500 };

/**
 * Resolved sessions kept in memory, so an authenticated request costs no query for who is asking.
 *
 * Safe across API processes because the database announces every change to a session, a
 * membership or a user on `beacon_viewer` (triggers of migration 1764600000000), and this cache
 * forgets that user at once. The cache is only used while it is listening: when the listening
 * connection drops it empties itself and every request asks the database until it listens again.
 * A lookup that raced an announcement (read before the change committed, answered after the
 * announcement arrived) is not kept: `generation` moves with every announcement.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByUser = new Map<string, Set<string>>();
  private readonly options: SessionCacheOptions;
  private client: pg.Client | null = null;
  private listening = false;
  private stopped = false;
  private generation = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryMs: number;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Pick<Logger, 'warn' | 'info'>,
    options: Partial<SessionCacheOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.retryMs = this.options.reconnectMs;
  }

  get active(): boolean {
    return this.listening;
  }

  /** Starts listening; resolves once the first attempt has succeeded or failed (the cache stays off until one succeeds). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.goDeaf();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  get(tokenHash: string, now = Date.now()): Viewer | undefined {
    if (!this.listening) return undefined;
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (now >= e.expiresAt || now >= e.freshUntil) {
      this.forget(tokenHash, e.viewer.userId);
      return undefined;
    }
    return e.viewer;
  }

  /** The generation to hand back to `set`: a lookup started before an announcement is not kept. */
  mark(): number {
    return this.generation;
  }

  set(tokenHash: string, viewer: Viewer, expiresAt: Date, generation: number, now = Date.now()): void {
    if (!this.listening || generation !== this.generation) return;
    if (this.entries.size >= this.options.maxEntries) {
      // the oldest insertion goes first (Map keeps insertion order)
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, Entry];
      this.forget(oldestKey, oldest.viewer.userId);
    }
    this.entries.set(tokenHash, { viewer, expiresAt: expiresAt.getTime(), freshUntil: now + this.options.ttlMs });
    let keys = this.keysByUser.get(viewer.userId);
    if (!keys) this.keysByUser.set(viewer.userId, (keys = new Set()));
    keys.add(tokenHash);
  }

  /** Forgets every session of the user (an announcement, or this process's own change). */
  forgetUser(userId: string): void {
    this.generation++;
    const keys = this.keysByUser.get(userId);
    if (!keys) return;
    for (const k of keys) this.entries.delete(k);
    this.keysByUser.delete(userId);
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(tokenHash: string, userId: string): void {
    this.entries.delete(tokenHash);
    const keys = this.keysByUser.get(userId);
    keys?.delete(tokenHash);
    if (keys?.size === 0) this.keysByUser.delete(userId);
  }

  private goDeaf(): void {
    this.listening = false;
    this.generation++;
    this.entries.clear();
    this.keysByUser.clear();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'beacon-session-listener', keepAlive: true });
    this.client = client;
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost) return;
      lost = true;
      this.goDeaf();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(
        { err: err?.message },
        'session cache: lost its database connection; sessions are read from the database until it is back',
      );
      this.scheduleRetry();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (n) => {
      if (n.channel === VIEWER_CHANNEL && n.payload) this.forgetUser(n.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${VIEWER_CHANNEL}`);
      if (this.stopped || lost) return;
      // anything cached before (there is nothing after goDeaf) could have missed announcements
      this.entries.clear();
      this.keysByUser.clear();
      this.generation++;
      this.listening = true;
      this.retryMs = this.options.reconnectMs;
    } catch (e) {
      onLost(e as Error);
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 30_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) void this.listen();
    }, wait);
    this.retryTimer.unref();
  }
}
