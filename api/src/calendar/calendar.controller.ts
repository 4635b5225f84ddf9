import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators/auth.decorators.js';
import { CalendarService } from './calendar.service.js';

/**
 * A user's iCalendar feed. Calendar apps fetch it without a session: the secret token in the
 * URL is the credential, and resetting it (the `resetCalendarFeed` mutation) revokes the URL.
 */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : null;
    const body = token ? await this.calendar.feedForToken(token) : null;
    if (body === null) {
      await reply.status(404).type('text/plain; charset=utf-8').send('Calendar feed not found');
      return;
    }
    await reply
      .status(200)
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="beacon.ics"')
      // private to its owner, and a revoked token must not live on in caches
      .header('cache-control', 'private, no-cache')
      .header('x-robots-tag', 'noindex')
      .send(body);
  }
}
