import { readFile } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import type { ErrorMessage } from '../i18n/error-messages.js';
import { fileErrors } from './grading.errors.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The accepted file types, by extension, with the content type they are stored and served as. */
export const ACCEPTED_FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  txt: 'text/plain',
  md: 'text/markdown',
  zip: 'application/zip',
};

export const ACCEPTED_LIST = 'PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx), PNG, JPEG, text (.txt, .md) or ZIP';

export type SniffResult = { ok: true; ext: string; contentType: string } | { ok: false; message: ErrorMessage };

/** The extension of a file name, lower-case, with .jpeg read as .jpg and .markdown as .md; '' when there is none. */
export function extensionOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(filename);
  const ext = m ? m[1].toLowerCase() : '';
  return ext === 'jpeg' ? 'jpg' : ext === 'markdown' ? 'md' : ext;
}

/**
 * What a stored file really is, from its bytes (magic numbers; for .docx/.pptx/.xlsx, the zip's
 * entries), not from what the browser claimed. Plain text has no magic number: a .txt or .md
 * file is accepted when it is valid UTF-8 without NUL bytes. A name whose accepted extension
 * contradicts the content (a PNG called .pdf) is refused.
 */
export async function sniffFile(path: string, filename: string): Promise<SniffResult> {
  const claimed = extensionOf(filename);
  const detected = await fileTypeFromFile(path);
  if (detected) {
    const ext = detected.ext === 'jpeg' ? 'jpg' : detected.ext;
    const contentType = ACCEPTED_FILE_TYPES[ext];
    if (!contentType)
      return {
        ok: false,
        message: fileErrors.typeNotAccepted.with({ type: describe(detected.ext, detected.mime), accepted: ACCEPTED_LIST }),
      };
    if (claimed && claimed !== ext && claimed in ACCEPTED_FILE_TYPES) {
      return { ok: false, message: fileErrors.nameContradictsContent.with({ claimed, type: describe(ext, contentType) }) };
    }
    return { ok: true, ext, contentType };
  }
  if (claimed !== 'txt' && claimed !== 'md') {
    return { ok: false, message: fileErrors.typeUnknown.with({ accepted: ACCEPTED_LIST }) };
  }
  if (!(await isUtf8Text(path))) return { ok: false, message: fileErrors.notPlainText.with({ claimed }) };
  return { ok: true, ext: claimed, contentType: ACCEPTED_FILE_TYPES[claimed] };
}

async function isUtf8Text(path: string): Promise<boolean> {
  const bytes = await readFile(path);
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const describe = (ext: string, mime: string): string => `${ext.toUpperCase()} (${mime})`;
