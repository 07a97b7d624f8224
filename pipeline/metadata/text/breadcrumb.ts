// Splits a printed breadcrumb ("Site > Blog > Regions > Title") into its items.
export const BREADCRUMB_SEPARATOR = /\s+(?:>|»|›|\/|→)\s+/u;

export function splitBreadcrumb(text: string): string[] {
  return text
    .split(BREADCRUMB_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}
