export * from './schema/index.ts';
export { catalogJsonSchema } from './schema/json-schema.ts';
