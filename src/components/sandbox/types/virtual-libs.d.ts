// Provided by src/integrations/sandbox-type-libs.ts.
declare module 'virtual:sandbox-type-libs' {
  const libs: Map<string, string>;
  export default libs;
}
