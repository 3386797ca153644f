// The custom hydration directive registered by src/integrations/intent-hydration.ts.
export {};

declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: boolean;
  }
}
