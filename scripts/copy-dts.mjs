#!/usr/bin/env node
/**
 * After `tsup`: the CommonJS entry's declarations (`dist/index.d.cts`) are the ESM ones
 * (`dist/index.d.ts`, which only export names), so they are copied rather than built a second
 * time — the declaration build is most of the build's time.
 */
import { copyFileSync } from "node:fs";

copyFileSync(new URL("../dist/index.d.ts", import.meta.url), new URL("../dist/index.d.cts", import.meta.url));
