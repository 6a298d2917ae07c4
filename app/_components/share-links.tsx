/** Plain links to each network's share URL: no third-party script, works without JavaScript. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const networks: Array<{ name: string; href: string; label?: string }> = [
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Pinterest', label: 'Pin It', href: `https://www.pinterest.com/pin/create/button/?url=${u}&description=${t}` },
    { name: 'E-mail', href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <nav className="share" aria-label="Share this page">
      <strong>Share:</strong>
      <ul>
        {networks.map((network) => (
          <li key={network.name}>
            <a href={network.href} rel="noopener noreferrer nofollow" target="_blank">
              {network.label ?? `Share on ${network.name}`}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
