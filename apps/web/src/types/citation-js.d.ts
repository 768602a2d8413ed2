// citation-js ships no TypeScript types: the parts the site uses.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(
      format: "bibliography" | "bibtex" | "ris" | "data",
      options?: { format?: "text" | "string"; template?: string; lang?: string },
    ): string;
    data: Record<string, unknown>[];
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
