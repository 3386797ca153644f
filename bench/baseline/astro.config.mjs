// A bare Starlight site with the same versions as the real one: the baseline
// the benchmark compares page weight and Lighthouse scores against.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [starlight({ title: 'Baseline' })],
});
