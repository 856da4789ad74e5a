/** Errors the services raise on purpose; formatError turns each into its extensions.code. */
export class DomainError extends Error {
  constructor(readonly code: 'NOT_FOUND' | 'BAD_USER_INPUT' | 'FORBIDDEN' | 'FAILED_PRECONDITION' | 'CONFLICT', message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The row does not exist, or the caller may not read it: the two look the same. */
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

/** The shape of one input is wrong. */
export class BadInputError extends DomainError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

/** A business rule refuses the change, given the state of other rows. */
export class BusinessRuleError extends DomainError {
  constructor(message: string) {
    super('FAILED_PRECONDITION', message);
  }
}

/** A uniqueness rule or a concurrent change refuses it. */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

/** A restricted field the caller may not read: null, with this error at its path. */
export class FieldForbiddenError extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}
