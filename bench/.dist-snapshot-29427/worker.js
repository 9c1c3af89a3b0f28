#!/usr/bin/env node
import {
  runJob
} from "./chunk-ZIVG67IO.js";

// src/cli/worker.ts
import { parentPort, workerData } from "worker_threads";
if (parentPort) {
  const port = parentPort;
  const settings = workerData;
  port.on("message", (request) => {
    const reply = { type: "done", seq: request.seq, outcome: runJob(request.job, settings) };
    port.postMessage(reply);
  });
  port.postMessage({ type: "ready" });
}
