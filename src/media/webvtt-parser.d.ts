// Types for the parts of webvtt-parser (github.com/w3c/webvtt.js, CommonJS, untyped) that webvtt.ts uses.
declare module "webvtt-parser" {
  export type ParsedNode = { type?: string; name?: string; value?: unknown; children?: ParsedNode[] };
  export type ParsedCue = { id: string; startTime: number; endTime: number; text: string; tree: ParsedNode | null };
  export type ParseError = { message: string; line: number; col?: number };
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: "metadata" | "chapters" | string): { cues: ParsedCue[]; errors: ParseError[]; time: number; styles: string[] };
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
