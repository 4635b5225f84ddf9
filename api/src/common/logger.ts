import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

export function createRootLogger(level: string): Logger {
  return pino({ level, base: { app: 'beacon' }, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}

/** Nest's logger interface onto pino, so framework and app logs are one JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}
  log(message: unknown, context?: string) {
    this.root.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.root.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.root.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.root.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.root.trace({ context }, String(message));
  }
}
