import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface OperationLimits {
  /** fields at the root of one operation, aliases counted: each is a query of its own */
  maxRootFields: number;
  /** every field the operation asks for, fragments expanded as often as they are spread */
  maxFields: number;
}

interface Count {
  root: number;
  all: number;
}

/**
 * Counts what a query document asks for, each fragment once (memoised), so a flood of aliases or of
 * fragments spread inside fragments costs the count nothing like what it would cost to run.
 */
function countSelections(fragments: Map<string, FragmentDefinitionNode>) {
  const memo = new Map<string, Count>();
  const inProgress = new Set<string>();
  const count = (set: SelectionSetNode | undefined): Count => {
    const total: Count = { root: 0, all: 0 };
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        total.root += 1;
        total.all += 1 + count(selection.selectionSet).all;
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT ? count(selection.selectionSet) : spread(selection.name.value);
        total.root += inner.root;
        total.all += inner.all;
      }
      // Saturate rather than overflow: a fragment bomb multiplies.
      if (total.all > Number.MAX_SAFE_INTEGER / 1024) total.all = Number.MAX_SAFE_INTEGER / 1024;
    }
    return total;
  };
  const spread = (name: string): Count => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic fragments are graphql-js's own validation errors; they add nothing here.
    if (!fragment || inProgress.has(name)) return { root: 0, all: 0 };
    inProgress.add(name);
    const result = count(fragment.selectionSet);
    inProgress.delete(name);
    memo.set(name, result);
    return result;
  };
  return count;
}

/** A validation rule: an operation over the limits is refused (400) before any resolver runs. */
export const operationLimits =
  (limits: OperationLimits) =>
  (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments = new Map(
        document.definitions.flatMap((definition) =>
          definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : []
        )
      );
      const count = countSelections(fragments);
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const { root, all } = count(definition.selectionSet);
        const name = definition.name?.value ?? 'the operation';
        if (root > limits.maxRootFields)
          context.reportError(
            new GraphQLError(`${name} asks for ${root} root fields; at most ${limits.maxRootFields} are allowed`, {
              nodes: definition,
            })
          );
        if (all > limits.maxFields)
          context.reportError(
            new GraphQLError(`${name} asks for ${all} fields; at most ${limits.maxFields} are allowed`, {
              nodes: definition,
            })
          );
      }
      return false;
    },
  });
