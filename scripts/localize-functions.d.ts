export interface FunctionTranslation {
  name: string;
  description: string;
  parameters?: Record<string, { name: string; description: string }>;
}
export function localizeFunctions(
  metadataJson: string,
  dictionary: Record<string, FunctionTranslation>
): { json: string; problems: string[] };
/** Why a custom function name breaks Microsoft's naming rules, or undefined. */
export function nameProblem(name: string): string | undefined;
