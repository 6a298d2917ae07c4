import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/metadata';
import { QuoteForm } from './quote-form';

export const metadata: Metadata = pageMetadata({
  title: 'Request a Quote',
  description: 'Tell us about your website, app or campaign, and we will get back to you with a quote within two working days.',
  path: '/quote',
});

export default function QuotePage() {
  return (
    <div className="container page-full">
      <div className="prose">
        <h1>Request a Quote</h1>
        <p className="lead">Tell us about your website, app or campaign. We reply within two working days.</p>
      </div>
      {/* What public/reader-forms.js swaps for the server's answer when the form is sent. */}
      <div id="quote-form" data-enhance-region="">
        <QuoteForm />
      </div>
    </div>
  );
}
