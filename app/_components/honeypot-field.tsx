/**
 * A field people never see or reach (hidden, out of the tab order, ignored by
 * screen readers) but form-filling bots do; the server refuses a form that
 * arrives with it filled in.
 */
export function HoneypotField() {
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="field-website">Leave this field empty</label>
      <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
