/**
 * An upload refused for what it is, not for a fault of ours: the message
 * names the field and is shown as is; route handlers answer it with `status`.
 */
export class MediaRefusal extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 | 422 = 400,
    readonly field: string = 'file',
  ) {
    super(message);
    this.name = 'MediaRefusal';
  }
}
