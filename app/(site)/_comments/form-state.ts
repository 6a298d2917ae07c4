import type { FormState } from '@/lib/forms/form-state';
import type { CommentFields } from '@/lib/validation/comment';

/**
 * The comment form's state: the usual fields, plus the signed form token and,
 * once posted, the comment's id, and where a published comment can be read
 * when the form was sent by public/reader-forms.js (which cannot see the
 * `#comment-…` of a redirect it follows).
 */
export type CommentFormState = FormState<CommentFields> & { token?: string; commentId?: number; location?: string };

/** Sent by public/reader-forms.js with every form it submits. */
export const READER_FORMS_HEADER = 'x-reader-forms';
