import { useCallback, useEffect, useRef, useState } from 'react';
import { defineMessages, useIntl, type IntlShape, type NoMessageValues } from 'react-intl';

/** The upload limit of POST /api/submissions/files (the API checks it too). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
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

const titles = defineMessages({
  tooLarge: { id: 'grading.fileUpload.tooLarge', defaultMessage: 'The file is too large' },
  typeNotAllowed: { id: 'grading.fileUpload.typeNotAllowed', defaultMessage: 'This type of file is not accepted' },
  empty: { id: 'grading.fileUpload.empty', defaultMessage: 'The file is empty' },
  noFile: { id: 'grading.fileUpload.noFile', defaultMessage: 'No file was sent' },
  notUploaded: { id: 'grading.fileUpload.notUploaded', defaultMessage: 'The file was not uploaded' },
});

const messages = defineMessages<{
  overLimit: { filename: string; size: number };
  overLimitHttp: NoMessageValues;
  failed: { status: string };
  unreachable: NoMessageValues;
}>({
  overLimit: {
    id: 'grading.fileUpload.overLimit',
    defaultMessage: '{filename} is {size, number, ::.0 group-off} MB; files can be at most 10 MB.',
  },
  overLimitHttp: { id: 'grading.fileUpload.overLimitHttp', defaultMessage: 'The file is larger than the 10 MB limit.' },
  failed: { id: 'grading.fileUpload.failed', defaultMessage: 'The upload failed (HTTP {status}). Please try again.' },
  unreachable: { id: 'grading.fileUpload.unreachable', defaultMessage: 'Could not reach Beacon. Check your connection and try again.' },
});

const REASON_TITLE: Record<string, keyof typeof titles> = {
  FILE_TOO_LARGE: 'tooLarge',
  FILE_TYPE_NOT_ALLOWED: 'typeNotAllowed',
  FILE_EMPTY: 'empty',
  NO_FILE: 'noFile',
};

/** A heading for an upload error, from the API's reason (FILE_TOO_LARGE, …). */
export function uploadErrorTitle(intl: IntlShape, reason?: string): string {
  return intl.formatMessage(titles[(reason && REASON_TITLE[reason]) || 'notUploaded']);
}

/**
 * Uploads one file to POST /api/submissions/files with the session cookie. XMLHttpRequest
 * rather than fetch, because only it reports upload progress. Errors carry the API's message
 * and its reason code (the refusal's `reason`, or `code` when there is none).
 */
export function useFileUpload() {
  const intl = useIntl();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const xhr = useRef<XMLHttpRequest | null>(null);

  useEffect(() => () => xhr.current?.abort(), []);

  const upload = useCallback(
    (file: File) => {
      xhr.current?.abort();
      if (file.size > MAX_FILE_BYTES) {
        setState({
          status: 'error',
          filename: file.name,
          reason: 'FILE_TOO_LARGE',
          message: intl.formatMessage(messages.overLimit, { filename: file.name, size: file.size / 1024 / 1024 }),
        });
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
          const reason =
            (typeof body.reason === 'string' ? body.reason : undefined) ?? (typeof body.code === 'string' ? body.code : undefined);
          const message =
            typeof body.message === 'string' && body.message
              ? body.message
              : request.status === 413
                ? intl.formatMessage(messages.overLimitHttp)
                : intl.formatMessage(messages.failed, { status: String(request.status) });
          setState({
            status: 'error',
            filename: file.name,
            message,
            reason: reason ?? (request.status === 413 ? 'FILE_TOO_LARGE' : undefined),
          });
        }
      };
      request.onerror = () => setState({ status: 'error', filename: file.name, message: intl.formatMessage(messages.unreachable) });
      const form = new FormData();
      form.append('file', file, file.name);
      request.send(form);
    },
    [intl],
  );

  const reset = useCallback(() => {
    xhr.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, upload, reset };
}
