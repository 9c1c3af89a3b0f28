/** Types for scripts/serve.mjs (imported by test/serve.test.ts). */
export interface StartedServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  close(): Promise<void>;
}
/** Starts the static server on 127.0.0.1; port 0 (the default) picks a free one; root defaults to the repository. */
export declare function startServer(options?: { port?: number; root?: string }): Promise<StartedServer>;
