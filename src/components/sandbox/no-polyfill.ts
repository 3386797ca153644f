/**
 * Stands in for the `intersection-observer` polyfill in the editor's bundle
 * (alias in astro.config.mjs). Sandpack imports it for its side effect only,
 * through @react-hook/intersection-observer, to define `IntersectionObserver`
 * where a browser lacks it; every browser the build targets has it natively,
 * so the polyfill (8.5 KB before compression) would be downloaded and parsed
 * only to return early.
 */
export {};
