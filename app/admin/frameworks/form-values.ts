import type { FrameworkContent } from '@/lib/data/framework-editing';
import type { FieldMap } from '@/lib/diff/fields';
import { FRAMEWORK_LIST_FIELDS, FRAMEWORK_TEXT_FIELDS, type FrameworkFormValues, type FrameworkListField } from '@/lib/validation/framework-fields';

/** The stored framework as the editor shows it. */
export function toFormValues(content: FrameworkContent): FrameworkFormValues {
  return {
    name: content.name,
    slug: content.slug,
    language: content.language,
    firstReleased: String(content.firstReleased),
    creator: content.creator,
    architecture: content.architecture,
    bestFor: content.bestFor,
    overview: content.overview,
    bestUseCasesSummary: content.bestUseCasesSummary ?? '',
    pros: [...content.pros],
    cons: [...content.cons],
    bestUseCases: [...content.bestUseCases],
    keyFeatures: [...content.keyFeatures],
  };
}

/** What was posted: text fields once, each list as all its values in order. */
export function readFrameworkValues(formData: FormData): FrameworkFormValues {
  const values = {} as FrameworkFormValues;
  for (const field of FRAMEWORK_TEXT_FIELDS) {
    const value = formData.get(field);
    values[field] = typeof value === 'string' ? value : '';
  }
  for (const field of FRAMEWORK_LIST_FIELDS) {
    values[field] = formData.getAll(field).filter((value): value is string => typeof value === 'string');
  }
  return values;
}

export function isListField(name: string): name is FrameworkListField {
  return (FRAMEWORK_LIST_FIELDS as readonly string[]).includes(name);
}

/** Revisions and form values compare field by field (lib/diff/fields.ts). */
export function asFieldMap(content: FrameworkContent | FrameworkFormValues): FieldMap {
  return { ...content };
}
