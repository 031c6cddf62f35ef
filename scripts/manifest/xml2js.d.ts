// The one call of xml2js we use (the package ships no types; @types/xml2js is not worth a dependency).
declare module "xml2js" {
  export function parseStringPromise(
    xml: string,
    options?: Record<string, unknown>
  ): Promise<Record<string, unknown>>;
}
