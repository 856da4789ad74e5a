import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { ExitType } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { Derived } from '../../common/derived';
import { sql } from '../../db/sql/sql';
import { reinspectionDueOn, reinspectionDueSql } from './reinspection';
import { Inspection } from '../inspection/inspection.entity';
import { Trust } from '../trust/trust.entity';

@ObjectType('SpecialMeasuresEpisode')
@Entity()
// At most one active episode per trust, under concurrency too.
@Index({
  name: 'special_measures_episode_one_active_per_trust',
  expression: 'create unique index "special_measures_episode_one_active_per_trust" on "special_measures_episode" ("trust_id") where "exited_on" is null',
})
export class SpecialMeasuresEpisode extends BaseEntity {
  [OptionalProps]?: 'extensions' | 'exitedOn' | 'exitType' | 'exitInspection' | 'entryInspection' | 'active' | 'reinspectionDueOn';

  @ManyToOne(() => Trust, { index: true })
  trust!: Trust;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  placedOn!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 2_000 })
  reason!: string;

  @ManyToOne(() => Inspection, { nullable: true })
  entryInspection: Inspection | null = null;

  @Field(() => Int, { description: 'How many 6-month extensions were granted.' })
  @Property({ type: 'integer', default: 0 })
  extensions: number = 0;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  exitedOn: string | null = null;

  @Field(() => ExitType, { nullable: true })
  @Enum({ items: () => ExitType, nullable: true })
  exitType: ExitType | null = null;

  @ManyToOne(() => Inspection, { nullable: true })
  exitInspection: Inspection | null = null;

  @Field(() => Boolean)
  @Derived((e) => sql`(${e.column('exited_on')} is null)`)
  get active(): boolean {
    return this.exitedOn === null;
  }

  @Field(() => DateScalar, { description: 'placedOn plus 12 months, plus 6 months for each extension.' })
  @Derived((e) => reinspectionDueSql(e.column('placed_on'), e.column('extensions')))
  get reinspectionDueOn(): string {
    return reinspectionDueOn(this.placedOn, this.extensions);
  }
}
