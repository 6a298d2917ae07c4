import { ROLES } from '@/lib/validation/user';

const ROLE_HINTS: Record<(typeof ROLES)[number], string> = {
  admin: 'admin: everything, users included',
  editor: 'editor: all content and comments',
  author: 'author: their own posts only',
};

/** The role picker, labelled and tied to its error like FormField's inputs. */
export function RoleField({ defaultValue = 'author', error, label = 'Role' }: { defaultValue?: string; error?: string; label?: string }) {
  const id = 'field-role';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="role" defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_HINTS[role]}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
