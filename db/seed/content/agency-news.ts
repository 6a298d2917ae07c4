// Original agency posts for the Musings blog seed. All writing here is new
// (not transcribed). No external links appear in any body.

export interface NewsPostSeed {
  slug: string;
  title: string;
  excerpt: string;
  /** Markdown, 150-400 words, no external links, never repeats the title as a heading. */
  body: string;
  /** Category slug (see categorySeeds). */
  category: string;
  /** ISO 8601 UTC, e.g. 2022-03-14T09:00:00Z */
  publishedAt: string;
}

export const categorySeeds: { slug: string; name: string; description: string }[] = [
  {
    slug: 'web-development',
    name: 'Web Development',
    description:
      'Frameworks, tooling, performance and the practical side of building and maintaining websites and web applications.',
  },
  {
    slug: 'news-and-events',
    name: 'News and Events',
    description: 'News and information of our company, projects, partnerships, staff and community.',
  },
  {
    slug: 'design',
    name: 'Design',
    description: 'Visual design, user experience, accessibility and the craft of making interfaces people enjoy using.',
  },
  {
    slug: 'digital-marketing',
    name: 'Digital Marketing',
    description: 'Search, email, content and analytics: helping the right people find and choose our clients.',
  },
];

export const newsPosts: NewsPostSeed[] = [
  {
    slug: 'we-have-moved-into-a-new-studio',
    title: "We've Moved Into a New Studio",
    excerpt:
      'After four years in a shared office, the team has a place of its own: more light, a proper meeting room and space to grow.',
    category: 'news-and-events',
    publishedAt: '2021-02-16T09:00:00Z',
    body: `After four years of squeezing around two desks in a shared office, we finally have a studio of our own. The move took one long weekend, a borrowed van and more cardboard boxes than any of us want to see again.

## What's different

The new space is on the second floor of a converted print works, and it has made a real difference to how we work:

- **Natural light.** Big factory windows on two sides mean fewer afternoons squinting at screens.
- **A proper meeting room.** Client workshops no longer happen around the kitchen table.
- **A quiet corner.** Deep-focus development work finally has somewhere to hide.
- **Room to grow.** We have space for three more desks, and we intend to use them.

## What stays the same

Our phone number, email addresses and support hours are unchanged, so existing clients do not need to update anything. Hosting, maintenance and support contracts carry on exactly as before. If you have a project in progress, your project lead will be in touch with a short note confirming this.

## Come and say hello

We are still hanging pictures and arguing about where the plants should go, but the coffee machine is already working. Once things settle down we plan to host a small open afternoon for clients, neighbors and friends. If you would like an invitation, just reply to any of our emails or use the *Request a Quote* form and mention the studio.

Thank you to everyone who helped us pack, lift and unpack. We could not have done it without you.`,
  },
  {
    slug: 'designing-for-accessibility-from-day-one',
    title: 'Designing for Accessibility from Day One',
    excerpt:
      'Accessibility is cheapest when it is part of the first sketch. Here is the checklist our designers use before a single pixel reaches development.',
    category: 'design',
    publishedAt: '2021-06-08T10:30:00Z',
    body: `Accessibility is often treated as a final audit: the site is built, someone runs a checker, and a list of fixes lands on the developer's desk a week before launch. We have learned that this is the most expensive way to do it. Problems caught in a wireframe cost minutes; the same problems caught in production cost days.

## Our design-stage checklist

Before a design is handed over for development, we check the following:

1. **Contrast.** Body text and interface controls meet at least WCAG AA contrast ratios against their backgrounds, including hover and disabled states.
2. **Color is never the only signal.** Errors, required fields and status badges also use text or an icon.
3. **Focus states are designed.** Every interactive element has a visible focus style that fits the brand, rather than being removed and forgotten.
4. **Headings tell the story.** Reading only the headings on a page should make sense, in order, without skipping levels.
5. **Touch targets are generous.** Buttons and links on mobile are comfortably large and not crammed together.
6. **Motion is optional.** Animations respect the reduced-motion preference and never carry essential information.

## Why it pays off

Designing this way has not made our work look any less distinctive. If anything, the constraints push us towards clearer hierarchy and bolder typography. Clients benefit too: accessible sites tend to rank better, convert better and cost less to maintain because there is no backlog of retrofits waiting to be scheduled.

Most importantly, they work for *everyone*, including the visitors who were never going to complain but would have quietly left.`,
  },
  {
    slug: 'local-seo-basics-for-small-businesses',
    title: 'Local SEO Basics for Small Businesses',
    excerpt:
      'You do not need a big budget to show up when nearby customers search. Five practical steps any small business can take this month.',
    category: 'digital-marketing',
    publishedAt: '2021-10-19T08:45:00Z',
    body: `Many of our clients are local businesses: cafés, clinics, trades and independent shops. For them, ranking nationally for broad keywords matters far less than appearing when someone nearby searches for exactly what they offer. The good news is that local search rewards consistency and care more than budget.

## Five steps to start with

**1. Claim and complete your business profile.** Fill in every field the major map and search listings offer: opening hours, services, photos, accessibility information and a clear description. Update holiday hours ahead of time.

**2. Keep your details identical everywhere.** Your business name, address and phone number should match character for character on your website, listings and social profiles. Small differences confuse search engines and customers alike.

**3. Give each location or service its own page.** A single "Services" page listing everything rarely ranks well. A focused page per service, with genuinely useful content, gives search engines something specific to match.

**4. Ask for reviews, and reply to them.** A short, polite request after a good experience works wonders. Replying to reviews, especially critical ones, shows prospective customers that someone is listening.

**5. Make the mobile experience effortless.** Most local searches happen on phones. Tap-to-call buttons, a visible address and a fast-loading page matter more than clever animations.

## Measure what matters

Track calls, direction requests and enquiry form submissions rather than raw traffic. A small rise in visitors who actually walk through your door is worth far more than a spike of people from the wrong side of the country.`,
  },
  {
    slug: 'welcome-to-our-three-new-team-members',
    title: 'Welcome to Our Three New Team Members',
    excerpt:
      'Those empty desks in the new studio are filling up. Meet the developer, designer and marketing specialist who joined us this quarter.',
    category: 'news-and-events',
    publishedAt: '2022-03-14T09:00:00Z',
    body: `When we moved into the studio last year we promised ourselves we would fill the empty desks. This quarter three new people joined the team, and we are delighted to introduce them.

## Priya, Full-Stack Developer

Priya comes to us from an in-house product team, where she spent five years building internal tools and customer dashboards. She is happiest somewhere between a database schema and a well-tested API, and she has already improved our deployment scripts more than once. Outside work she is a keen climber and a fierce board-game opponent.

## Marcus, UI and Brand Designer

Marcus has a background in print and packaging design, which shows in his obsession with typography and grids. He will be leading visual design on several upcoming website rebuilds and looking after brand refreshes for existing clients. He also brought a very large plant, which now dominates the quiet corner.

## Elena, Digital Marketing Specialist

Elena joins us to grow our search and email marketing work. She has run campaigns for charities, retailers and a regional tourism board, and she believes every report should answer one question: *what should we do next?* Expect more practical marketing posts on this blog from her.

## What this means for clients

- Shorter waiting times for new projects starting this spring.
- A dedicated marketing contact for clients on ongoing support plans.
- More in-house capacity for brand and print work, rather than relying on freelancers.

Please join us in welcoming Priya, Marcus and Elena. If you are working with us on a project, you will probably meet at least one of them very soon.`,
  },
  {
    slug: 'a-practical-core-web-vitals-checklist',
    title: 'A Practical Core Web Vitals Checklist',
    excerpt:
      'Loading, interactivity and visual stability explained without the jargon, plus the fixes we apply most often on client sites.',
    category: 'web-development',
    publishedAt: '2022-07-05T11:00:00Z',
    body: `Core Web Vitals are a small set of metrics that describe how a page *feels* to a real visitor: how quickly the main content appears, how fast the page responds to input, and whether things jump around while it loads. They also feed into search rankings, so clients ask us about them often.

## The fixes we reach for first

Most slow pages we audit share the same handful of problems:

- **Oversized hero images.** Serve modern formats, size images to the space they fill, and preload the single image that is the largest element on the page.
- **Render-blocking scripts.** Chat widgets, trackers and sliders rarely need to load before the content. Defer them.
- **Missing dimensions.** Images, embeds and ad slots without width and height cause layout shifts as they arrive.
- **Web fonts that hide text.** Use a sensible fallback and let text display immediately while the font loads.
- **Heavy third-party tags.** Audit them once a quarter. Many are left over from campaigns that ended long ago.

## Reserving space for media

A surprising amount of layout shift disappears with one small habit: always tell the browser how big a media element will be.

\`\`\`html
<img
  src="/images/studio-team.webp"
  alt="The team at work in the studio"
  width="1200"
  height="800"
  loading="lazy"
  decoding="async"
/>
\`\`\`

With \`width\` and \`height\` set, the browser reserves the right amount of space before the file arrives, even when CSS scales the image responsively.

## Measure with real data

Lab tools are great for debugging, but field data from real visitors is what counts. We review both for every site on a support plan and share a short summary each month, so improvements are visible and regressions are caught early.`,
  },
  {
    slug: 'recap-our-first-community-design-and-dev-meetup',
    title: 'Recap: Our First Community Design and Dev Meetup',
    excerpt:
      'Forty people, three short talks and a lot of pizza. A look back at the first meetup we hosted in the studio, and what comes next.',
    category: 'news-and-events',
    publishedAt: '2022-11-22T17:30:00Z',
    body: `Last Thursday we opened the studio doors for our first community meetup for local designers, developers and marketers. We hoped twenty people would come. Just over forty did, which meant borrowing chairs from the café downstairs and ordering a second round of pizza.

## The talks

We kept the format simple: three short talks, each followed by questions.

1. **"Your CMS is a product too"**, in which Priya from our team argued that editors deserve as much UX attention as site visitors, with before-and-after examples from real projects.
2. **"Typography on a budget"**, a lively session from a freelance designer on choosing and pairing typefaces for small brands.
3. **"What we learned from a failed launch"**, an honest and very funny account from a local startup founder about a product release that did not go to plan.

## The best part

The talks were great, but the conversations afterwards were even better. Students met potential mentors, freelancers swapped recommendations, and at least two people left with the start of a new collaboration. That is exactly why we wanted to host an event like this.

## What's next

Based on the feedback cards, we are planning to:

- Hold the meetup **every two months**, on a Thursday evening.
- Keep talks short and leave plenty of time for conversation.
- Add an occasional hands-on workshop for people just starting out.
- Invite more speakers who are new to public speaking, with support from our team.

A huge thank you to our speakers, to everyone who came, and to the café downstairs for the chairs. If you would like to speak at a future meetup, get in touch; first-time speakers are especially welcome.`,
  },
  {
    slug: 'design-systems-for-small-teams',
    title: 'Design Systems for Small Teams',
    excerpt:
      'You do not need a dedicated team to benefit from a design system. How we build lightweight, practical systems for client projects.',
    category: 'design',
    publishedAt: '2023-02-07T10:00:00Z',
    body: `The phrase "design system" can conjure up images of huge documentation sites maintained by dedicated teams at big tech companies. For a small agency and our clients, that scale is neither realistic nor necessary. What we need is a shared vocabulary that keeps a website consistent as it grows.

## Start with the foundations

Every system we build begins with a handful of *tokens*, the named values everything else is made from:

- A color palette with clear roles (primary, surface, text, success, warning, danger).
- A type scale with no more than six or seven sizes.
- A spacing scale based on a single unit.
- Border radius, shadow and breakpoint values.

Once these exist in both the design files and the code, most inconsistencies simply stop happening.

## Then the components that matter

We do not try to design every component up front. Instead we identify the ten or so pieces that appear on nearly every page, such as buttons, form fields, cards, navigation and alerts, and make those excellent. Everything else is added when a real page needs it.

## Keep documentation short

Our documentation for a typical client is a single page: each component, its variants, and one or two sentences about when to use it. If a rule needs a paragraph to explain, the component is probably too complicated.

## The payoff

Clients notice the difference most when they come back for new pages or features months later. Instead of starting from a blank canvas, we assemble and extend what already exists. New pages are quicker to design, cheaper to build and feel like they belong, and that consistency is what makes a brand feel trustworthy.`,
  },
  {
    slug: 'partnering-with-inkwell-print-studio',
    title: 'Partnering with Inkwell Print Studio',
    excerpt:
      'We are teaming up with a local print and branding studio so clients can get websites, identities and printed materials under one roof.',
    category: 'news-and-events',
    publishedAt: '2023-05-23T09:15:00Z',
    body: `We are pleased to announce a new partnership with **Inkwell Print Studio**, an independent print and branding workshop a few streets from our office. Starting this month, our clients can commission websites, brand identities and printed materials as a single, joined-up project.

## Why we're doing this

Time and again, clients came to us for a new website and then needed business cards, signage or brochures to match. We would hand over brand files and hope for the best. Sometimes the results were great; sometimes colors shifted, typefaces were substituted and the brand felt slightly off in print. Working closely with a trusted partner solves that.

## What it means for you

- **One brief, one timeline.** Web and print deliverables are planned together, so launch day can include everything at once.
- **Consistent color.** We agree on print and screen color profiles at the start, not at the end.
- **Shared brand guidelines.** Both studios work from the same guidelines and the same source files.
- **A single point of contact.** Your project lead at our studio coordinates everything, so you do not have to manage two suppliers.

## What stays the same

Nothing changes for existing clients who only need web, design or marketing work. The partnership is entirely optional, and we will continue to work happily with any printer you already use.

We have long admired Inkwell's attention to detail, from paper stock to finishing, and we are excited to combine their craft with ours. If you have a rebrand or a launch on the horizon and would like to explore a combined project, mention it when you request a quote.`,
  },
  {
    slug: 'email-newsletters-people-actually-open',
    title: 'Email Newsletters People Actually Open',
    excerpt:
      'Open rates falling? Practical advice on subject lines, frequency and content that keeps subscribers reading instead of unsubscribing.',
    category: 'digital-marketing',
    publishedAt: '2023-09-12T08:30:00Z',
    body: `Email remains one of the most reliable channels for small businesses, because you own the list and nobody can change the algorithm on you. Yet many newsletters we review share the same problem: they read like they were written for the sender, not the subscriber.

## Write for one person

Picture a single, real customer and write to them. Use "you" more than "we". Cut the company news that only matters internally and keep the things that help the reader: a useful tip, an early look at something new, or a genuine offer.

## Subject lines that earn the open

- Be specific: *"Three ways to cut your heating bill"* beats *"Our autumn newsletter"*.
- Keep it short enough to read on a phone.
- Use the preview text as a second line of the subject, not an afterthought.
- Avoid shouting, excessive punctuation and misleading promises.

## Find a rhythm you can keep

A monthly email sent every month builds more trust than a weekly one that fizzles out after six issues. Choose a frequency you can sustain and tell subscribers what to expect when they sign up.

## Look after your list

Remove addresses that have not opened anything in a year, after one last polite "do you still want to hear from us?" email. A smaller, engaged list improves deliverability and gives you far more honest numbers.

## Measure the right things

Open rates have become less reliable as email apps change how they report them. Focus on clicks, replies and what people do afterwards on your website. If a newsletter regularly leads to enquiries or sales, it is working, whatever the open rate says.`,
  },
  {
    slug: 'database-migrations-without-the-drama',
    title: 'Database Migrations Without the Drama',
    excerpt:
      'How we change production database schemas on live client sites without downtime, using small, reversible, well-tested steps.',
    category: 'web-development',
    publishedAt: '2024-01-30T10:00:00Z',
    body: `Changing the structure of a live database is one of the few tasks that still makes experienced developers nervous. A bad migration can lock tables, break the running application or, at worst, lose data. Over the years we have settled on a few habits that make schema changes on client sites boring, which is exactly how they should be.

## Small, additive steps

The golden rule: **never rename or drop something the running code still uses.** Instead, we split risky changes into stages that can each be deployed safely:

1. Add the new column or table, allowing nulls.
2. Deploy code that writes to both the old and new locations.
3. Backfill existing rows in small batches.
4. Deploy code that reads from the new location.
5. Remove the old column in a later release.

## An example in PostgreSQL

Adding an index to a busy table can block writes. PostgreSQL lets you avoid that:

\`\`\`sql
-- Runs without blocking inserts and updates on the table
CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_published_at_idx
  ON posts (published_at DESC);
\`\`\`

Note that \`CONCURRENTLY\` cannot run inside a transaction, so migration tools usually need a flag to allow it.

## Our checklist before running a migration

- It has been run against a recent, anonymized copy of production data.
- We know how long it takes on a realistically sized table.
- There is a tested way to roll back, or a clear reason why one is not needed.
- A fresh backup exists and we have checked that it restores.

None of this is glamorous, but it means clients never see a maintenance page and we never have to explain a missing table.`,
  },
  {
    slug: 'recognized-at-the-regional-digital-excellence-awards',
    title: 'Recognized at the Regional Digital Excellence Awards',
    excerpt:
      'Our website rebuild for a local food bank won Best Non-Profit Website, and our small team was shortlisted for Agency of the Year.',
    category: 'news-and-events',
    publishedAt: '2024-06-18T12:00:00Z',
    body: `We are thrilled to share that our website rebuild for a local community food bank won **Best Non-Profit Website** at this year's Regional Digital Excellence Awards. Our studio was also shortlisted for *Small Agency of the Year*, alongside some teams we have admired for a long time.

## About the project

The food bank came to us with an outdated site that was difficult to update and almost impossible to use on a phone. Volunteers struggled to find shift information, and people in need of support could not quickly see opening times or what to bring. Together we:

- Rebuilt the site around three clear journeys: *get help*, *give help* and *volunteer*.
- Made opening times and locations editable in one place and visible on every page.
- Wrote plain-language content with support from the people who use the service.
- Met accessibility standards throughout and tested with screen-reader users.
- Added a simple online donation flow that works smoothly on mobile.

Since launch, online volunteer sign-ups have more than doubled, and staff tell us they spend far less time answering the same questions by phone.

## Thank you

Awards are a team effort, and this one belongs just as much to the food bank's staff and volunteers, who gave their time generously during workshops and testing. Thank you as well to the judges, and congratulations to all the other winners and finalists.

Projects like this are a reminder of why we do what we do. A well-designed website is not just a marketing asset; for some organizations it is how people find help on a difficult day. We are proud to have played a small part.`,
  },
  {
    slug: 'color-contrast-dark-mode-and-brand-palettes',
    title: 'Color Contrast, Dark Mode and Brand Palettes',
    excerpt:
      'Brand colors chosen for print rarely survive contact with dark mode. Our process for adapting a palette so it stays on-brand and readable.',
    category: 'design',
    publishedAt: '2024-10-08T09:45:00Z',
    body: `More and more visitors browse with dark mode switched on, and clients increasingly ask whether their site can support it. The honest answer is usually "yes, but not by simply inverting the colors". Brand palettes are often chosen for print or a white background, and they need some care to work well in both themes.

## Define roles, not just colors

We start by giving every color a job. Instead of "navy" and "coral", the palette becomes *background*, *surface*, *text*, *muted text*, *accent* and *border*. Each role then gets a light-theme value and a dark-theme value. Developers work with the roles, so switching theme never means hunting through stylesheets.

## Adjust the accent

A vivid brand color that looks great on white can vibrate uncomfortably on a near-black background. We usually:

- Lighten and slightly desaturate the accent for the dark theme.
- Check that it still reads as the *same* brand color side by side.
- Re-test contrast for text and icons placed on top of it.

## Avoid pure black and pure white

Very dark grey backgrounds with off-white text are easier on the eyes than maximum contrast, and they leave room to show elevation: surfaces closer to the viewer get slightly lighter.

## Test with real content

Photos, illustrations and logos need attention too. Transparent logos may disappear on dark backgrounds, and bright photos can feel glaring. We prepare alternative assets where needed.

Done well, dark mode feels like a natural extension of the brand rather than an afterthought, and the role-based palette makes future design changes easier in both themes.`,
  },
  {
    slug: 'charity-hackathon-weekend-what-we-built',
    title: 'Charity Hackathon Weekend: What We Built',
    excerpt:
      'Five local charities, twenty-five volunteers and one long weekend. Here is what came out of our first charity hackathon.',
    category: 'news-and-events',
    publishedAt: '2025-03-25T10:00:00Z',
    body: `Earlier this month we hosted our first charity hackathon. Over one long weekend, twenty-five volunteer designers, developers and marketers, many of them regulars from our community meetups, worked alongside five local charities on problems those charities had been putting off for years.

## How it worked

Each charity arrived on Friday evening with a single, clearly defined problem. Teams of four or five volunteers formed around each one, and by Sunday afternoon every team presented something real and usable. We provided the space, the coffee and a lot of food; the volunteers provided the rest.

## What the teams built

- **A volunteer rota tool** for an animal rescue center, replacing a shared spreadsheet that nobody trusted.
- **A refreshed donation page** for a youth sports club, with clearer messaging and fewer steps.
- **An accessible events calendar** for a community arts center, editable by staff without technical help.
- **A simple brand kit**, including logo files, colors and templates, for a newly formed mental health peer-support group.
- **A search and content plan** for a local environmental trust, with a year's worth of article ideas.

## What we learned

Scope is everything. The teams that narrowed their goal on Friday night finished with the most polished results. We also learned that a proper handover session matters as much as the build itself, so every charity left with documentation and a named contact.

## Thank you

Thank you to every volunteer who gave up a weekend, and to the charities for trusting us with their ideas. Our team will provide free support for all five projects for the next six months. We fully intend to do this again, so if you are part of a local charity with a problem worth solving, let us know.`,
  },
  {
    slug: 'keeping-dependencies-up-to-date-without-breaking-things',
    title: 'Keeping Dependencies Up to Date Without Breaking Things',
    excerpt:
      'Outdated packages are a security risk and a maintenance trap. The routine we use to keep client projects current, calmly and predictably.',
    category: 'web-development',
    publishedAt: '2025-08-19T09:30:00Z',
    body: `Every modern website depends on dozens, sometimes hundreds, of third-party packages. Left alone for a couple of years, those dependencies become a real liability: security fixes pile up, and eventually upgrading one package means upgrading everything at once. We have seen "small updates" turn into month-long rebuilds for projects inherited from other teams.

## Little and often

The most effective habit is also the least exciting: **update regularly, in small batches.** For sites on our support plans we follow a monthly routine:

1. Apply patch and minor updates together, then run the full test suite.
2. Review major version updates one at a time, reading the changelog first.
3. Deploy to a staging environment and click through the key user journeys.
4. Release to production early in the week, never on a Friday afternoon.

## Lock files are your friend

Always commit the lock file. It guarantees that staging, production and every developer's machine install exactly the same versions, so "it works on my machine" stops being a mystery.

## Automate the boring parts

Automated pull requests for dependency updates save a surprising amount of time, as long as they are paired with tests that actually catch problems. Without good tests, automation just makes it easier to ship bugs quickly.

## Know when to replace, not upgrade

Sometimes a package is abandoned, or a platform feature now does the same job natively. Removing a dependency entirely is often the best upgrade of all: one less thing to patch, audit and worry about.

A steady upgrade routine costs a few hours a month. Skipping it can cost weeks later, usually at the least convenient moment.`,
  },
];
