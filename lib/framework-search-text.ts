/** The text a framework is found by in search: every prose field and list, flattened. */
export function frameworkSearchText(fields: {
  overview: string;
  pros: readonly string[];
  cons: readonly string[];
  bestUseCasesSummary: string | null;
  bestUseCases: readonly string[];
  keyFeatures: readonly string[];
  creator: string;
}): string {
  return [
    fields.overview,
    fields.creator,
    ...fields.pros,
    ...fields.cons,
    fields.bestUseCasesSummary ?? '',
    ...fields.bestUseCases,
    ...fields.keyFeatures,
  ]
    .filter(Boolean)
    .join('\n');
}
