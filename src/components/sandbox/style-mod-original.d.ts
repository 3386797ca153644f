// The real style-mod, reachable under this name beside the alias that replaces `style-mod` (astro.config.mjs).
declare module 'style-mod/original' {
  export * from 'style-mod';
}
