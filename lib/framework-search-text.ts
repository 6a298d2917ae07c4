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

/** Everything search finds a framework by, names included: the words "Did you mean …?" may suggest. */
export function frameworkWords(fields: Parameters<typeof frameworkSearchText>[0] & { name: string; language: string; architecture: string }): string {
  return `${fields.name} ${fields.language} ${fields.architecture} ${frameworkSearchText(fields)}`;
}
