/** What /api/media answers a script with. */
export type UploadAnswer = { ok: true; markdown: string; url: string; id: number } | { ok: false; error: string };

/**
 * Uploads one file to /api/media. XMLHttpRequest rather than fetch because
 * only it reports upload progress.
 */
export function uploadImage(file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/media');
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { markdown?: string; url?: string; id?: number; error?: string } | null;
      if (request.status < 300 && body?.markdown) resolve({ ok: true, markdown: body.markdown, url: body.url!, id: body.id! });
      else resolve({ ok: false, error: body?.error ?? `The upload failed (HTTP ${request.status}).` });
    };
    request.onerror = () => resolve({ ok: false, error: 'The upload failed: the connection was lost. Try again.' });
    const form = new FormData();
    form.append('file', file, file.name || 'pasted-image.png');
    request.send(form);
  });
}

/** The image files among pasted or dropped items. */
export function imageFilesOf(transfer: DataTransfer | null): File[] {
  return transfer ? [...transfer.files].filter((file) => file.type.startsWith('image/') || file.type === '') : [];
}
