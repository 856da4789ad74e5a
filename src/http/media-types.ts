// The media types /graphql answers in: the two JSON ones of GraphQL over HTTP, and CSV (src/http/csv.ts).
export const JSON_TYPES = ['application/graphql-response+json', 'application/json'];
export const CSV = 'text/csv';
