// skeleton: batch worker, replaced by the CLI helper
export {};
