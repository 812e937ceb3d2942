// The demo the quick start loads
export { DEFAULT_DEMO_SEED, generateDemoDataset, loadDemoData } from './load-demo-data';
export type { DemoDataset, DemoOptions, DemoSummary } from './load-demo-data';
export type { DemoHistory } from './history';
export { DEMO_ACCOUNTS, DEMO_STAFF, DEMO_USERS } from './users';
export { POLICY_DOCUMENTS, type PolicyDocumentSource } from './archive/policy-documents';
export { DEMO_COUNTIES } from './counties';
export { addDays } from './dates';
// Datasets at scale, for benchmarks
export { generateScaleDataset } from './scale/generate-scale';
export { SCALE_NAMES, type ScaleName } from './scale/scale-shapes';
