/** What the file pickers offer; the server decides by magic bytes whatever the picker allowed. */
export const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';
