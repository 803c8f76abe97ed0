/** The ledger file reader moved to ../../../shared/table-file.ts (publishing's item import reads the same files). */
export * from '../../../shared/table-file.ts';
