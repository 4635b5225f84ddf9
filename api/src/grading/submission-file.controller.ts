import { Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileStreamInterceptor, type MultipartFileStream } from '@nestjs/platform-fastify/multipart';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { MAX_FILE_BYTES } from './file-sniff.util.js';
import { SubmissionFileService } from './submission-file.service.js';
import type { SubmissionFileModel } from './dto/submission.model.js';

/**
 * Files for submissions. Upload: `POST /api/submissions/files`, multipart/form-data with the
 * file in a field named `file` (at most 10 MB; PDF, DOCX, PPTX, XLSX, PNG, JPEG, TXT, MD, ZIP,
 * checked by content); answers 201 with `{ id, filename, contentType, sizeBytes, downloadUrl }`,
 * and the id goes into `submitAssignment(input: { fileId })`. Download: `GET /api/submissions/files/:id`.
 */
@Controller('api/submissions/files')
@UseGuards(AuthGuard)
export class SubmissionFileController {
  constructor(private readonly files: SubmissionFileService) {}

  @Allow(Role.LEARNER)
  @Post()
  @HttpCode(201)
  // one byte over the limit is enough to know the file is too large
  @UseInterceptors(FileStreamInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES + 1, files: 1, fields: 5, parts: 6 } }))
  upload(@CurrentViewer() viewer: Viewer, @UploadedFile() file: MultipartFileStream | undefined): Promise<SubmissionFileModel> {
    return this.files.upload(viewer, file);
  }

  @Get(':id')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query('inline') inline: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { file, stream } = await this.files.open(viewer, id);
    // ?inline=1 lets a coach preview a PDF or an image beside the rubric; any other type still downloads
    const preview = inline === '1' && PREVIEWABLE.has(file.contentType);
    await reply
      .status(200)
      .type(file.contentType)
      .header('content-length', String(file.sizeBytes))
      .header('content-disposition', contentDisposition(file.filename, preview ? 'inline' : 'attachment'))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(stream);
  }
}

/** Types the browser shows itself (checked by content on upload), so they may be previewed inline. */
export const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** attachment (or inline); an ASCII fallback name plus the exact name in RFC 5987 form. */
export function contentDisposition(filename: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
