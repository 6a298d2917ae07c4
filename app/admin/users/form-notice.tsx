import type { FormState } from '@/lib/forms/form-state';

/** A form's outcome, announced: failures as alerts, successes politely. */
export function FormNotice({ state }: { state: FormState<string> }) {
  if (!state.message) return null;
  return state.status === 'error' ? (
    <p className="notice notice-error" role="alert">
      {state.message}
    </p>
  ) : (
    <p className="notice notice-success" role="status">
      {state.message}
    </p>
  );
}
