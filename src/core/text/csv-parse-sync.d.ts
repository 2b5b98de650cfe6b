// The part of csv-parse's browser build that Glosa uses. The package's own declarations begin with
// `/// <reference types="node" />`, which would hand core and the renderer Node's globals (Buffer, process)
// and so lift their no-Node guard: tsconfig.core.json and tsconfig.web.json map the module here instead.
export interface Options {
  delimiter?: string;
  record_delimiter?: string | string[];
  relax_quotes?: boolean;
  relax_column_count?: boolean;
  skip_empty_lines?: boolean;
  skip_records_with_error?: boolean;
  on_skip?: (error: Error | undefined, raw: string | undefined) => undefined;
}

export declare function parse(input: string, options?: Options): string[][];
