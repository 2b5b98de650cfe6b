// The vocabulary notebook's model: pure functions shared by main (storage, export) and the renderer
// (list, search, sort, marks).
export * from './entry';
export * from './search';
export * from './export';
export * from './import';
