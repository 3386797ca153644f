/**
 * Fills `{{name}}` placeholders, as i18next does. A module of its own so that
 * islands can use it without bundling the UI strings of every language
 * (src/i18n.ts imports both dictionaries).
 */
export type Values = Record<string, string | number>;

/** `interpolate('{{count}} lines', { count: 3 })` → "3 lines"; an unknown name is left as it is. */
export function interpolate(template: string, values: Values = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
