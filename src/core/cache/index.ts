export * from './indexCache';
export { sidecarFacts } from './facts';
