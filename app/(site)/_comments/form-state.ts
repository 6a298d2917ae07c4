import type { FormState } from '@/lib/forms/form-state';
import type { CommentFields } from '@/lib/validation/comment';

/** The comment form's state: the usual fields, plus the signed form token and, once posted, the comment's id. */
export type CommentFormState = FormState<CommentFields> & { token?: string; commentId?: number };
