import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Any row the API serves by id (Relay's object identification): Query.node(id) finds it. The read
 * engine marks each object it builds for the executor with its type (`$type`); the fast path never
 * needs it, since it writes each object's fields as the query selects them for its type.
 */
@InterfaceType('Node', {
  description: 'Any row the API serves by id (Relay\'s object identification): Query.node(id) finds it.',
  resolveType: (value: { $type?: string }) => value.$type,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
