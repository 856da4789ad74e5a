import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import { armorProtection, PARSE_OPTIONS } from './armor';
import { beforeExecutionPlugin } from './before-execution';

/** What ApolloServer needs for every limit of src/limits/query-limits.ts. */
export function queryLimits(production: boolean): { parseOptions: ParseOptions; plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = armorProtection(production);
  return { parseOptions: PARSE_OPTIONS, plugins: [...armor.plugins, beforeExecutionPlugin()], validationRules: armor.validationRules };
}
