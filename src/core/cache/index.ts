export * from './indexCache';
