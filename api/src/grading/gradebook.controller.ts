import { Readable } from 'node:stream';
import { Controller, Get, Param, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { GradebookService } from './gradebook.service.js';
import { contentDisposition } from './submission-file.controller.js';

/** `GET /cohorts/:id/gradebook.csv`: the gradebook export for the cohort's coaches and partner admins. */
@Controller('cohorts')
@UseGuards(AuthGuard)
export class GradebookController {
  constructor(private readonly gradebooks: GradebookService) {}

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Get(':id/gradebook.csv')
  async csv(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const { filename, lines } = await this.gradebooks.csv(viewer, id);
    // a BOM first, so spreadsheet apps read the names as UTF-8; then every learner's line, streamed
    const body = Readable.from(
      (function* () {
        yield '\uFEFF';
        yield* lines;
      })(),
      { objectMode: false },
    );
    await reply
      .status(200)
      .type('text/csv; charset=utf-8')
      .header('content-disposition', contentDisposition(filename))
      .header('cache-control', 'private, no-store')
      .send(body);
  }
}
