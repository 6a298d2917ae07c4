/**
 * Each admin page reads request data (the session, the database), so Next
 * needs a Suspense boundary per page segment for navigations between them;
 * this file is that boundary.
 */
export default function AdminLoading() {
  return (
    <p role="status" className="meta">
      Loading…
    </p>
  );
}
