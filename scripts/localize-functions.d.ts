export interface FunctionTranslation {
  name: string;
  description: string;
  result?: string;
  parameters?: Record<string, { name: string; description: string }>;
}
export function localizeFunctions(
  metadataJson: string,
  dictionary: Record<string, FunctionTranslation>
): { json: string; problems: string[] };
