import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, type GraphQLFieldConfig, type GraphQLFieldConfigArgumentMap,
  type GraphQLInputType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';
import { DEFAULT_NESTED_FIRST, MAX_PAGE_SIZE } from './common/pagination';
import { RELATIONS, type Relation } from './modules/relations';

/** A GraphQL input type by name, `!` at its end for a required one. */
function inputType(schema: GraphQLSchema, name: string): GraphQLInputType {
  const type = schema.getType(name.replace(/!$/, '')) as GraphQLInputType;
  return name.endsWith('!') ? new GraphQLNonNull(type) : type;
}

function relationField(schema: GraphQLSchema, relation: Relation): GraphQLFieldConfig<unknown, unknown> {
  const target = schema.getType(relation.kind === 'derived' ? relation.typeName : relation.target().name) as GraphQLObjectType;
  const args: GraphQLFieldConfigArgumentMap = {};
  if (relation.kind !== 'one') for (const [name, typeName] of Object.entries(relation.args ?? {})) args[name] = { type: inputType(schema, typeName) };
  if (relation.kind === 'derived' && relation.single) return { type: relation.nullable ? target : new GraphQLNonNull(target), args, description: relation.description };
  if (relation.kind === 'one') {
    return { type: relation.nullable ? target : new GraphQLNonNull(target), description: relation.description };
  }
  if (relation.single) return { type: target, description: relation.description };
  if (!(relation.kind === 'derived' && relation.fixed)) args.first = { type: GraphQLInt, description: `1 to ${MAX_PAGE_SIZE}; ${DEFAULT_NESTED_FIRST} when not given.` };
  const type: GraphQLOutputType = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(target)));
  return { type, args, description: relation.description };
}

/**
 * Adds every relation field of src/modules/relations.ts to the schema type-graphql built from the
 * entities: the table is the one definition of the relations, for the schema and the read engine.
 */
export function withRelationFields(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_TYPE]: (type) => {
      const relations = RELATIONS[type.name];
      if (!relations) return type;
      const config = type.toConfig();
      const fields = { ...config.fields };
      for (const [name, relation] of Object.entries(relations)) fields[name] = relationField(schema, relation);
      return new GraphQLObjectType({ ...config, fields });
    },
  });
}
