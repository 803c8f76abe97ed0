export * from './outcomes.ts';
export * from './remedy.ts';
