/**
 * The runner frame's script, built from TypeScript at build time: Sucrase
 * strips the types of `frame.ts` and nothing else, giving a classic script
 * (no imports) that an opaque-origin iframe can load without CORS headers.
 */
import type { APIRoute } from 'astro';
import source from '../../components/sandbox/runner/frame.ts?raw';
import { transpile } from '../../components/sandbox/runner/transpile.ts';

export const GET: APIRoute = () =>
  new Response(transpile(source), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
