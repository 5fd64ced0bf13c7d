export * from './indexCache';
export * from './cacheFile';
export { sidecarFacts } from './facts';
