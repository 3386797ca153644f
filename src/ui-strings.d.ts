// Types `Astro.locals.t` with the site's own UI strings (Starlight's i18n guide, "Using UI
// translations"): a key missing from src/content/i18n/en.json is a type error in any component.
declare namespace StarlightApp {
  type UiStrings = typeof import('./content/i18n/en.json');
  interface I18n extends UiStrings {}
}
