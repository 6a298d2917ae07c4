import type { Metadata } from 'next';
import { SiteHeader } from '@/app/_components/site-header';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default function LoginPage() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container page-full">
        <div className="prose">
          <h1>Sign in</h1>
          <p className="lead">For authors and editors of the blog.</p>
        </div>
        <LoginForm />
      </main>
    </>
  );
}
