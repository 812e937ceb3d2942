/**
 * V8 flags the worker runs with (package.json start:worker, the Dockerfile and compose file
 * repeat them literally). Without a cap V8 lets the heap grow to a quarter of the machine's
 * memory before collecting hard: a county import or a month's bulletins then peaked at
 * 630–840 MB of RSS although they need a fraction of that live. The cap keeps the worker
 * under the 512 MB a deployment gives it.
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=320'];
