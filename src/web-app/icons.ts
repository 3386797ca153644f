/**
 * The app's icons, drawn from src/assets/logo.svg at build time with sharp
 * (Astro's own image library). A maskable icon keeps the logo inside the
 * central 80 % that every platform's mask leaves visible; Apple's touch icon
 * has no transparency, since iOS would fill it with black.
 */
import sharp from 'sharp';
import logoSource from '../assets/logo.svg?raw';
import { appColours, type AppIcon } from './manifest.ts';

// Imported as text, so that the bundled build finds it wherever it puts this module.
const logo = Buffer.from(logoSource);

/** The logo alone, `size` pixels wide, rendered from the vector at that size (not scaled up from 32 px). */
function logoAt(size: number): Promise<Buffer> {
  return sharp(logo, { density: Math.ceil((72 * size) / 32) })
    .resize(size, size)
    .png()
    .toBuffer();
}

export async function renderIcon(icon: AppIcon): Promise<Buffer> {
  if (icon.purpose === 'any') return logoAt(icon.size);
  // On the page's colour, the logo in the safe zone: 60 % of the side for the mask, 70 % for Apple's rounded square.
  const inner = Math.round(icon.size * (icon.purpose === 'maskable' ? 0.6 : 0.7));
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: appColours.background } })
    .composite([{ input: await logoAt(inner), gravity: 'center' }])
    .flatten({ background: appColours.background })
    .png()
    .toBuffer();
}
