/** The app's icons as files of the build (`/icons/icon-192.png`, ...): see src/web-app/icons.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIcon } from '~/web-app/icons.ts';
import { appIcons, type AppIcon } from '~/web-app/manifest.ts';

export const getStaticPaths = (() => appIcons.map((icon) => ({ params: { icon: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon((props as { icon: AppIcon }).icon)), { headers: { 'Content-Type': 'image/png' } });
