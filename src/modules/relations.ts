import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { today } from '../clock';
import type { DerivedRow } from '../common/derived';
import type { Sql } from '../db/sql/sql';
import {
  BuddyContract, Commissioner, ContractOutcome, DirectorAppointment, ImprovementDirector, ImprovementPlan, IncentivePayment,
  InformationRequest, Inspection, LeadershipReview, LeadershipTenure, LocalSystem, PlanAction, PlanUpdate, ReimbursementClaim,
  RequestAsker, SpecialMeasuresEpisode, Trust,
} from './entities';
import { frozenActions, ratingHistory, statusOn } from './time/time.relations';

type Args = Record<string, unknown>;

/** The row a foreign key on this row points at (null where the caller may not read it). */
export interface ToOne {
  kind: 'one';
  target: () => EntityClass<object>;
  /** The property of this row that holds the foreign key. */
  key: string;
  /** Null when the key is empty, or where the caller may not read the row; else required. */
  nullable?: boolean;
  description?: string;
}

/** The rows whose foreign key `key` points at this row, that the caller may read, in this order. */
export interface ToMany {
  kind: 'many';
  target: () => EntityClass<object>;
  key: string;
  orderBy: QueryOrderMap<object>;
  /** Arguments beyond `first`, by name: their GraphQL type names. */
  args?: Record<string, string>;
  /** A further condition from the field's arguments. */
  where?: (args: Args) => FilterQuery<object>;
  /** The first row only (a one-to-one seen from the other side), or null: it takes no `first`. */
  single?: boolean;
  description?: string;
}

/** What a derived relation's rows may ask of the reader: the rows of an entity it may read. */
export interface Reader {
  /** `select id from <table> where <the reader's read filter>`. */
  readable(entity: EntityClass<object>): Sql;
}

/**
 * Rows a statement derives beside each row (a rating history, a standing on a date): their columns
 * read as the fields of `typeName`, relations from them to rows or to further derived rows. `rows`
 * selects them for one parent row, each with a column `n` giving its place; it may read only rows
 * the reader may read (`reader`). A list takes `first` unless `fixed` (its size known, a key
 * question each); `single`: the first row, or null.
 */
export interface DerivedRelation {
  kind: 'derived';
  typeName: string;
  rows(parent: DerivedRow, args: Args, reader: Reader): Sql;
  columns: Record<string, string>;
  relations?: Record<string, Relation>;
  single?: boolean;
  fixed?: boolean;
  /** Null when there is no row (a single one); else required. */
  nullable?: boolean;
  /** Arguments by name: their GraphQL type names (`Date!` for a required one). */
  args?: Record<string, string>;
  description?: string;
}

export type Relation = ToOne | ToMany | DerivedRelation;

const one = (target: () => EntityClass<object>, key: string, extra: Partial<ToOne> = {}): ToOne => ({ kind: 'one', target, key, ...extra });
const many = (target: () => EntityClass<object>, key: string, orderBy: QueryOrderMap<object>, extra: Partial<ToMany> = {}): ToMany =>
  ({ kind: 'many', target, key, orderBy, ...extra });

const inPost = () => ({ startedOn: { $lte: today() }, $or: [{ endedOn: null }, { endedOn: { $gte: today() } }] });
const hiddenTrust = 'Null where the caller may not read that trust.';

/**
 * Every relation field of the API, by GraphQL type and field: the schema's relation fields are made
 * from this table (src/schema.ts), and the read engine (src/read/) follows it. Every list takes
 * `first` (1 to 500, default 100).
 */
export const RELATIONS: Record<string, Record<string, Relation>> = {
  Trust: {
    localSystem: one(() => LocalSystem, 'localSystem'),
    inspections: many(() => Inspection, 'trust', { inspectedOn: 'desc', id: 'asc' }),
    specialMeasuresEpisodes: many(() => SpecialMeasuresEpisode, 'trust', { placedOn: 'desc', id: 'asc' }),
    buddyContracts: many(() => BuddyContract, 'supportedTrust', { reference: 'asc', id: 'asc' }, { description: 'Contracts in which this trust is the one supported.' }),
    partnerContracts: many(() => BuddyContract, 'partnerTrust', { reference: 'asc', id: 'asc' }, {
      description: 'Contracts in which this trust is the buddy (partner) giving support.',
    }),
    directorAppointments: many(() => DirectorAppointment, 'trust', { startsOn: 'desc', id: 'asc' }, {
      description: 'Improvement director appointments in this trust, newest first.',
    }),
    leadershipReviews: many(() => LeadershipReview, 'trust', { reviewedOn: 'desc', id: 'asc' }),
    leaders: many(() => LeadershipTenure, 'trust', { startedOn: 'desc', id: 'asc' }, {
      description: "The trust's leaders, newest first: of one role if given; in post today (current) or not.",
      args: { role: 'LeadershipRole', current: 'Boolean' },
      where: ({ role, current }) => ({
        ...(role ? { role } : {}),
        ...(current === true ? inPost() : {}),
        ...(current === false ? { $not: inPost() } : {}),
      }),
    }),
    improvementPlan: many(() => ImprovementPlan, 'trust', { id: 'asc' }, { single: true }),
    informationRequests: many(() => InformationRequest, 'trust', { dueOn: 'asc', id: 'asc' }, {
      description: 'Information requests put to this trust, by due date.',
      args: { status: 'RequestStatus' },
      where: ({ status }) => (status ? { status } : {}),
    }),
    ratingHistory,
    statusOn,
  },
  LocalSystem: {
    trusts: many(() => Trust, 'localSystem', { name: 'asc', id: 'asc' }),
    commissioners: many(() => Commissioner, 'localSystem', { name: 'asc', id: 'asc' }),
  },
  Commissioner: { localSystem: one(() => LocalSystem, 'localSystem') },
  Inspection: { trust: one(() => Trust, 'trust') },
  SpecialMeasuresEpisode: {
    trust: one(() => Trust, 'trust'),
    entryInspection: one(() => Inspection, 'entryInspection', { nullable: true }),
    exitInspection: one(() => Inspection, 'exitInspection', { nullable: true }),
  },
  BuddyContract: {
    supportedTrust: one(() => Trust, 'supportedTrust', {
      nullable: true, description: 'Null where the caller may not read that trust (a commissioner, for a trust outside its system).',
    }),
    partnerTrust: one(() => Trust, 'partnerTrust', { nullable: true, description: hiddenTrust }),
    outcomes: many(() => ContractOutcome, 'contract', { period: 'desc', measure: 'asc', id: 'asc' }),
    payments: many(() => IncentivePayment, 'contract', { id: 'asc' }),
    reimbursementClaims: many(() => ReimbursementClaim, 'contract', { period: 'desc', id: 'asc' }),
  },
  ContractOutcome: { contract: one(() => BuddyContract, 'contract') },
  IncentivePayment: { contract: one(() => BuddyContract, 'contract'), outcome: one(() => ContractOutcome, 'outcome') },
  ReimbursementClaim: { contract: one(() => BuddyContract, 'contract') },
  ImprovementDirector: { appointments: many(() => DirectorAppointment, 'director', { startsOn: 'desc', id: 'asc' }) },
  DirectorAppointment: {
    director: one(() => ImprovementDirector, 'director'),
    trust: one(() => Trust, 'trust', { nullable: true, description: hiddenTrust }),
  },
  LeadershipReview: { trust: one(() => Trust, 'trust') },
  LeadershipTenure: { trust: one(() => Trust, 'trust') },
  ImprovementPlan: {
    trust: one(() => Trust, 'trust'),
    actions: many(() => PlanAction, 'plan', { dueOn: 'asc', id: 'asc' }),
    updates: many(() => PlanUpdate, 'plan', { month: 'desc', id: 'asc' }, { description: 'Monthly public updates, newest first.' }),
  },
  PlanUpdate: { actions: frozenActions },
  InformationRequest: {
    trust: one(() => Trust, 'trust'),
    askers: many(() => RequestAsker, 'request', { askedAt: 'asc', id: 'asc' }, {
      description: 'Every body asking now, first asker first.',
      where: () => ({ withdrawnOn: null }),
    }),
  },
};
