/** A piece of SQL with `?` placeholders and its values, in order: pieces compose without pasting values into text. */
export class Sql {
  constructor(readonly text: string, readonly values: readonly unknown[] = []) {}

  static raw(text: string): Sql {
    return new Sql(text);
  }

  static join(parts: readonly Sql[], separator: string): Sql {
    return new Sql(parts.map((part) => part.text).join(separator), parts.flatMap((part) => part.values));
  }

  /** The same SQL with `$1`, `$2`… for PostgreSQL's extended protocol (a prepared statement's text). */
  numbered(): { text: string; values: unknown[] } {
    let n = 0;
    return { text: this.text.replace(/\?/g, () => `$${++n}`), values: [...this.values] };
  }
}

/** Tagged template: `sql\`select ${a} from ${b}\`` where each interpolation is an Sql piece. */
export function sql(strings: TemplateStringsArray, ...parts: Sql[]): Sql {
  let text = strings[0];
  const values: unknown[] = [];
  parts.forEach((part, index) => {
    text += part.text + strings[index + 1];
    values.push(...part.values);
  });
  return new Sql(text, values);
}

/** One value, bound: never part of the statement's text, so the text (and its plan) is the same for every value. */
export const param = (value: unknown, cast?: string): Sql => new Sql(cast ? `?::${cast}` : '?', [value]);

/** A literal written by the code itself (a JSON key, a type name), quoted for SQL. */
export const literal = (text: string): Sql => Sql.raw(`'${text.replace(/'/g, "''")}'`);

/** A quoted identifier (a table or column name from the metadata). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
