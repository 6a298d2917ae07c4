// The seeded posts' tags, by post slug: what an editor of this blog would give them.
export const seededPostTags: Readonly<Record<string, readonly string[]>> = {
  'top-10-backend-frameworks-2024': ['Backend', 'Frameworks', 'APIs'],
  'we-have-moved-into-a-new-studio': ['Studio life'],
  'designing-for-accessibility-from-day-one': ['Accessibility', 'UX'],
  'local-seo-basics-for-small-businesses': ['SEO', 'Small business'],
  'welcome-to-our-three-new-team-members': ['Studio life', 'Team'],
  'a-practical-core-web-vitals-checklist': ['Performance', 'SEO'],
  'recap-our-first-community-design-and-dev-meetup': ['Community', 'Events'],
  'design-systems-for-small-teams': ['Design systems', 'UX'],
  'partnering-with-inkwell-print-studio': ['Partnerships'],
  'email-newsletters-people-actually-open': ['Email marketing'],
  'database-migrations-without-the-drama': ['Backend', 'Databases'],
  'recognized-at-the-regional-digital-excellence-awards': ['Awards', 'Studio life'],
  'color-contrast-dark-mode-and-brand-palettes': ['Accessibility', 'Color'],
  'charity-hackathon-weekend-what-we-built': ['Community', 'Events'],
  'keeping-dependencies-up-to-date-without-breaking-things': ['Backend', 'Maintenance'],
};
