/**
 * The framework editor's fields, labels and limits. Kept free of server-only
 * imports so the client form can use the same names and limits as the schema.
 */
export const FRAMEWORK_TEXT_FIELDS = [
  'name',
  'slug',
  'language',
  'firstReleased',
  'creator',
  'architecture',
  'bestFor',
  'overview',
  'bestUseCasesSummary',
] as const;
export const FRAMEWORK_LIST_FIELDS = ['pros', 'cons', 'bestUseCases', 'keyFeatures'] as const;

/** A draft is the editors' alone; publishing makes its page, and its place in lists, public (decision 022). */
export const FRAMEWORK_STATUSES = ['draft', 'published'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

export function parseFrameworkStatus(value: FormDataEntryValue | null): FrameworkStatus | null {
  return FRAMEWORK_STATUSES.find((status) => status === value) ?? null;
}

export type FrameworkTextField = (typeof FRAMEWORK_TEXT_FIELDS)[number];
export type FrameworkListField = (typeof FRAMEWORK_LIST_FIELDS)[number];
export type FrameworkFormField = FrameworkTextField | FrameworkListField;

/** What the form holds: text as typed, lists one string per item. */
export type FrameworkFormValues = Record<FrameworkTextField, string> & Record<FrameworkListField, string[]>;

export const FRAMEWORK_LABELS: Record<FrameworkFormField, string> = {
  name: 'Name',
  slug: 'Slug',
  language: 'Language',
  firstReleased: 'First released',
  creator: 'Creator',
  architecture: 'Architecture',
  bestFor: 'Best for',
  overview: 'Overview',
  pros: 'Pros',
  cons: 'Cons',
  bestUseCasesSummary: 'Best use cases summary',
  bestUseCases: 'Best use cases',
  keyFeatures: 'Key features',
};

export const FRAMEWORK_LIMITS = {
  name: 100,
  language: 100,
  creator: 200,
  architecture: 200,
  bestFor: 300,
  overview: 20_000,
  bestUseCasesSummary: 2_000,
  listItem: 500,
  listItems: 30,
  /** No web framework predates the web. */
  firstYear: 1990,
} as const;

export function emptyFrameworkValues(): FrameworkFormValues {
  return {
    name: '',
    slug: '',
    language: '',
    firstReleased: '',
    creator: '',
    architecture: '',
    bestFor: '',
    overview: '',
    bestUseCasesSummary: '',
    pros: [],
    cons: [],
    bestUseCases: [],
    keyFeatures: [],
  };
}
