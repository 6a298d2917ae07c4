import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="main" className="container page-full">
      <div className="prose">
        <h1>Not allowed</h1>
        <p className="lead">Your account does not have access to this page.</p>
        <p>
          <Link href="/admin">Back to the dashboard</Link>
        </p>
      </div>
    </main>
  );
}
