import { Arg, ID, Query, Resolver } from 'type-graphql';
import { parseId } from '../../common/ids';
import { Node } from '../../common/node';
import { rows } from '../rows';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'A row the caller may read, by id, whatever its type; null when it does not exist or is hidden.' })
  node(@Arg('id', () => ID) id: string) {
    return rows({ kind: 'node', id: parseId(id) });
  }
}
