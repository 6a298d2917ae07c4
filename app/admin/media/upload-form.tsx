import { ACCEPTED_TYPES } from './accepted-types';

/**
 * A plain multipart form posting to the upload route: it needs no script.
 * The route answers with a redirect back here, or a page naming what was wrong (4xx).
 */
export function UploadForm({ returnTo = '/admin/media' }: { returnTo?: string }) {
  return (
    <form method="post" action="/api/media" encType="multipart/form-data" className="form media-upload">
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className="field">
        <label htmlFor="media-file">Image to upload</label>
        <span id="media-file-hint" className="field-hint">
          JPEG, PNG, WebP, AVIF or GIF; at most 20 MB and 50 megapixels. Location and camera data are removed.
        </span>
        <input id="media-file" type="file" name="file" accept={ACCEPTED_TYPES} required aria-describedby="media-file-hint" />
      </div>
      <div>
        <button type="submit" className="button">
          Upload image
        </button>
      </div>
    </form>
  );
}
