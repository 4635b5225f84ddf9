import { Kind } from 'graphql/language/kinds';
import { print as printDocument } from 'graphql/language/printer';
import { visit } from 'graphql/language/visitor';
import type { DocumentNode, FieldNode, SelectionSetNode } from 'graphql/language/ast';

/* Used at build time (vite.config.ts prints the documents lib/graphqlRequest sends, so the pages
 * that send them never download graphql's printer) and by the unit tests. */

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** The text of a generated document, with `__typename` in each object's selection as Apollo sends it (its cache keys objects by it). */
export function print(document: DocumentNode): string {
  return printDocument(
    visit(document, {
      SelectionSet: {
        leave(node: SelectionSetNode, _key, parent) {
          const atRoot = !!parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
          if (atRoot || node.selections.some((f) => f.kind === Kind.FIELD && f.name.value === '__typename')) return undefined;
          return { ...node, selections: [...node.selections, TYPENAME] };
        },
      },
    }),
  );
}

/** The name of a document's operation. */
export function operationName(document: DocumentNode): string | undefined {
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) return d.name?.value;
  return undefined;
}
