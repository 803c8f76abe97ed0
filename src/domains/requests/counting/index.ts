export * from './count-applications.ts';
