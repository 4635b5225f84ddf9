import { useCallback, useEffect, useRef, useState } from 'react';

/** The upload limit of POST /api/submissions/files (the API checks it too). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_FILES = 'PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx), PNG, JPEG, text (.txt, .md) or ZIP';
export const ACCEPT_ATTRIBUTE = '.pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg,.txt,.md,.zip';

export interface UploadedFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  downloadUrl: string;
}

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; filename: string; percent: number }
  | { status: 'done'; file: UploadedFile }
  | { status: 'error'; filename: string; message: string; reason?: string };

const REASON_TITLE: Record<string, string> = {
  FILE_TOO_LARGE: 'The file is too large',
  FILE_TYPE_NOT_ALLOWED: 'This type of file is not accepted',
  FILE_EMPTY: 'The file is empty',
  NO_FILE: 'No file was sent',
};

/** A heading for an upload error, from the API's reason (FILE_TOO_LARGE, …). */
export function uploadErrorTitle(reason?: string): string {
  return (reason && REASON_TITLE[reason]) || 'The file was not uploaded';
}

/**
 * Uploads one file to POST /api/submissions/files with the session cookie. XMLHttpRequest
 * rather than fetch, because only it reports upload progress. Errors carry the API's message
 * and its reason code (the refusal's `reason`, or `code` when there is none).
 */
export function useFileUpload() {
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const xhr = useRef<XMLHttpRequest | null>(null);

  useEffect(() => () => xhr.current?.abort(), []);

  const upload = useCallback((file: File) => {
    xhr.current?.abort();
    if (file.size > MAX_FILE_BYTES) {
      setState({ status: 'error', filename: file.name, reason: 'FILE_TOO_LARGE', message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; files can be at most 10 MB.` });
      return;
    }
    const request = new XMLHttpRequest();
    xhr.current = request;
    setState({ status: 'uploading', filename: file.name, percent: 0 });
    request.open('POST', '/api/submissions/files');
    request.withCredentials = true;
    request.responseType = 'text';
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setState({ status: 'uploading', filename: file.name, percent: Math.round((100 * e.loaded) / e.total) });
    };
    request.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(request.responseText || '{}') as Record<string, unknown>;
      } catch {
        // not JSON: a proxy or a crash answered; the status says enough
      }
      if (request.status === 201) {
        setState({ status: 'done', file: body as unknown as UploadedFile });
      } else {
        const reason = (typeof body.reason === 'string' ? body.reason : undefined) ?? (typeof body.code === 'string' ? body.code : undefined);
        const message = typeof body.message === 'string' && body.message ? body.message : request.status === 413 ? 'The file is larger than the 10 MB limit.' : `The upload failed (HTTP ${request.status}). Please try again.`;
        setState({ status: 'error', filename: file.name, message, reason: reason ?? (request.status === 413 ? 'FILE_TOO_LARGE' : undefined) });
      }
    };
    request.onerror = () => setState({ status: 'error', filename: file.name, message: 'Could not reach Beacon. Check your connection and try again.' });
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  }, []);

  const reset = useCallback(() => {
    xhr.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, upload, reset };
}
