import { getNullableType, isLeafType, isListType, isObjectType, type FieldNode, type GraphQLOutputType } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import type { OperationInput } from './compile';

/**
 * A value node computed (who is asking, their rules) as the selection asks for it: keyed by
 * response key, leaves written by their GraphQL types. No row is read for it.
 */
export function project(value: unknown, type: GraphQLOutputType, nodes: readonly FieldNode[], input: OperationInput): unknown {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) return (value as unknown[]).map((item) => project(item, nullable.ofType, nodes, input));
  if (isLeafType(nullable)) return nullable.serialize(value);
  if (!isObjectType(nullable)) throw new Error(`cannot write a value of ${nullable.name}`);
  const answer: Record<string, unknown> = {};
  for (const [key, fieldNodes] of collectSubfields(input.schema, input.fragments, input.variables, nullable, nodes)) {
    const name = fieldNodes[0].name.value;
    answer[key] = name === '__typename' ? nullable.name : project((value as Record<string, unknown>)[name], nullable.getFields()[name].type, fieldNodes, input);
  }
  return answer;
}
