/**
 * Registers `client:intent` (./intent-directive.ts), used by the sandboxes.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function intentHydration(): AstroIntegration {
  return {
    name: 'intent-hydration',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('./intent-directive.ts', import.meta.url)) });
      },
    },
  };
}
