import {
  GraphQLError,
  Kind,
  astFromValue,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  print,
  typeFromAST,
  valueFromASTUntyped,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type VariableNode,
} from 'graphql';

/*
 * mercurius runs a document with graphql-js the first time and with graphql-jit from then on
 * (`jit: 1`). graphql-jit (0.8.9, the latest) coerces variables with code of its own that does
 * not apply the default of a non-null input-object field (`bufferBeforeMinutes: Int! = 0`) left
 * out of a variable's object: the same request that worked once is refused the second time.
 *
 * The hook below fills every such field in the variables, with its default written as JSON,
 * before either executor coerces them. Both then coerce the same complete input, from raw
 * values as ever: custom scalars and enums are parsed once, by the executor (handing
 * graphql-js's coerced values to graphql-jit instead would parse them twice, which holds only
 * for scalars whose parseValue takes its own output and enums whose values equal their names).
 * The work is one lookup for operations whose variables hold no input type with a default, and
 * a walk of the variables' objects otherwise; nothing else changes per request.
 */

type Json = unknown;

interface SchemaPlan {
  /** input-object types with a default somewhere in them, however deep */
  withDefaults: Set<GraphQLInputObjectType>;
  /** per operation: its variables whose types hold such an input object */
  operations: WeakMap<OperationDefinitionNode, [string, GraphQLInputType][]>;
  /** per input field: its default as JSON (null: not expressible, left to the executor) */
  defaults: WeakMap<GraphQLInputField, { json: Json } | null>;
  fields: WeakMap<GraphQLInputObjectType, GraphQLInputField[]>;
}

const plans = new WeakMap<GraphQLSchema, SchemaPlan>();

function planOf(schema: GraphQLSchema): SchemaPlan {
  let plan = plans.get(schema);
  if (plan) return plan;
  const objects = Object.values(schema.getTypeMap()).filter(isInputObjectType);
  const withDefaults = new Set(objects.filter((t) => Object.values(t.getFields()).some((f) => f.defaultValue !== undefined)));
  // and every type that holds one of those, until nothing changes (input types may be recursive)
  for (let grew = true; grew;) {
    grew = false;
    for (const t of objects) {
      if (withDefaults.has(t)) continue;
      if (Object.values(t.getFields()).some((f) => withDefaults.has(getNamedType(f.type) as GraphQLInputObjectType))) {
        withDefaults.add(t);
        grew = true;
      }
    }
  }
  plan = {
    withDefaults,
    operations: new WeakMap(),
    defaults: new WeakMap(),
    fields: new WeakMap(objects.map((t) => [t, Object.values(t.getFields())])),
  };
  plans.set(schema, plan);
  return plan;
}

function defaultJson(plan: SchemaPlan, field: GraphQLInputField): { json: Json } | null {
  let d = plan.defaults.get(field);
  if (d === undefined) {
    const ast = astFromValue(field.defaultValue, field.type);
    d = ast ? { json: JSON.parse(JSON.stringify(valueFromASTUntyped(ast))) } : null;
    plan.defaults.set(field, d);
  }
  return d;
}

/** `value` with the defaults of `type`'s omitted fields filled in: the same object when there were none. */
function fill(plan: SchemaPlan, type: GraphQLInputType, value: Json): Json {
  if (value === null || typeof value !== 'object') return value; // null, or not an object: the executor refuses or takes it
  if (isNonNullType(type)) return fill(plan, type.ofType, value);
  if (isListType(type)) {
    // a single value where a list is expected is coerced to a list of one
    if (!Array.isArray(value)) return fill(plan, type.ofType, value);
    let out: Json[] | undefined;
    value.forEach((item, i) => {
      const filled = fill(plan, type.ofType, item);
      if (filled !== item) (out ??= [...value])[i] = filled;
    });
    return out ?? value;
  }
  if (!isInputObjectType(type) || !plan.withDefaults.has(type) || Array.isArray(value)) return value;
  const obj = value as Record<string, Json>;
  let out: Record<string, Json> | undefined;
  for (const field of plan.fields.get(type) ?? Object.values(type.getFields())) {
    if (!Object.prototype.hasOwnProperty.call(obj, field.name)) {
      const d = field.defaultValue === undefined ? null : defaultJson(plan, field);
      if (d) (out ??= { ...obj })[field.name] = d.json;
    } else {
      const filled = fill(plan, field.type, obj[field.name]);
      if (filled !== obj[field.name]) (out ??= { ...obj })[field.name] = filled;
    }
  }
  return out ?? value;
}

/**
 * The variables with every omitted input-object field that has a default filled in with it
 * (as JSON), or undefined when nothing was missing.
 */
export function withInputDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, Json>,
): Record<string, Json> | undefined {
  const plan = planOf(schema);
  let vars = plan.operations.get(operation);
  if (!vars) {
    vars = [];
    for (const def of operation.variableDefinitions ?? []) {
      const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
      if (type && plan.withDefaults.has(getNamedType(type) as GraphQLInputObjectType)) vars.push([def.variable.name.value, type]);
    }
    plan.operations.set(operation, vars);
  }
  let out: Record<string, Json> | undefined;
  for (const [name, type] of vars) {
    if (!Object.prototype.hasOwnProperty.call(variables, name)) continue;
    const filled = fill(plan, type, variables[name]);
    if (filled !== variables[name]) (out ??= { ...variables })[name] = filled;
  }
  return out;
}

/** The operation a request runs: the document's only one, or the one it names. */
function operationToRun(document: DocumentNode, context: unknown): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length === 1) return operations[0];
  // mercurius hands the hook no operation name: it is the request's (body, or query string of a GET)
  const request = (context as { reply?: { request?: { body?: { operationName?: unknown }; query?: { operationName?: unknown } } } })?.reply
    ?.request;
  const name = request?.body?.operationName ?? request?.query?.operationName;
  return operations.find((o) => o.name?.value === name);
}

/** mercurius preExecution hook: the variables with their input objects' defaults (see above). */
export async function applyInputDefaults(
  schema: GraphQLSchema,
  document: DocumentNode,
  context: unknown,
  variables: Record<string, Json> | undefined,
): Promise<{ variables: Record<string, Json> } | undefined> {
  if (!variables) return undefined;
  const operation = operationToRun(document, context);
  const filled = operation && withInputDefaults(schema, operation, variables);
  return filled ? { variables: filled } : undefined;
}

/**
 * Validation rule for the same gap in literals: graphql-js lets a nullable variable stand for an
 * input-object field that is non-null or has a default (`{ bufferBeforeMinutes: $b }` with
 * `$b: Int`), taking the field's default when the variable is left out and refusing null;
 * graphql-jit passes null in both cases. Such a variable must be declared non-null (or, for a
 * nullable field, carry a default of its own), so both executors answer alike.
 */
export function variablesInInputLiteralsRule(context: ValidationContext): ASTVisitor {
  const inObjectFields = new Set<VariableNode>();
  return {
    ObjectField(node) {
      if (node.value.kind === Kind.VARIABLE) inObjectFields.add(node.value);
    },
    Document: {
      leave(document) {
        for (const operation of document.definitions) {
          if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
          const defs = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
          for (const usage of context.getRecursiveVariableUsages(operation)) {
            const def = defs.get(usage.node.name.value);
            if (!def || !usage.type || !inObjectFields.has(usage.node) || def.type.kind === Kind.NON_NULL_TYPE) continue;
            const fieldDefault = usage.defaultValue !== undefined;
            const declared = `Variable "$${def.variable.name.value}" of type "${print(def.type)}"`;
            const nonNull = `"${isNonNullType(usage.type) ? String(usage.type) : `${String(usage.type)}!`}"`;
            let message: string | undefined;
            if (isNonNullType(usage.type)) {
              // without a default on either side graphql-js's own rule refuses it already
              if (fieldDefault || (def.defaultValue && def.defaultValue.kind !== Kind.NULL))
                message = `${declared} stands for an input field of type "${String(usage.type)}": declare it ${nonNull}.`;
            } else if (fieldDefault && !def.defaultValue) {
              message = `${declared} stands for an input field with a default: declare it ${nonNull} or give it a default.`;
            }
            if (message)
              context.reportError(new GraphQLError(message, { nodes: [def, usage.node], extensions: { code: 'BAD_USER_INPUT' } }));
          }
        }
      },
    },
  };
}
