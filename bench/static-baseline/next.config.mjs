// The benchmark's baseline: a minimal Next.js app with one fully static page.
const config = { poweredByHeader: false };

export default config;
