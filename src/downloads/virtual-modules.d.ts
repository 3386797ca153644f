/** Provided at build time by `src/integrations/starter-zip.ts`. */
declare module 'virtual:starter-download' {
  export const starterDownload: {
    /** Relative to the site's base path, e.g. `downloads/socket-starter.zip`. */
    path: string;
    size: number;
    sha256: string;
    entries: string[];
  };
}
