export * from './events.ts';
export * from './errors.ts';
export * from './ledger.ts';
export * from './warnings.ts';
