export * from './filter';
export * from './sort';
export { resolveQueryField, type QueryableField } from './queryable-field';
