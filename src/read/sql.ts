/** A piece of SQL with `?` placeholders and its values, in order: pieces compose without string-pasting values. */
export class Sql {
  constructor(readonly text: string, readonly values: readonly unknown[] = []) {}

  static raw(text: string): Sql {
    return new Sql(text);
  }

  static join(parts: readonly Sql[], separator: string): Sql {
    return new Sql(parts.map((part) => part.text).join(separator), parts.flatMap((part) => part.values));
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

/** A JSON object key or other literal text, quoted for SQL. Response keys are GraphQL names, so this is belt and braces. */
export const literal = (text: string): Sql => Sql.raw(`'${text.replace(/'/g, "''")}'`);
