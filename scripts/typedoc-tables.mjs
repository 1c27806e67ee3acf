// TypeDoc plugin: an exported data table (`export const ROUTES = { health: { method, path } } as
// const`) is documented by its own comment; the entries of its inferred object type are data, not
// API to describe one by one. `validation.notDocumented` would otherwise ask for a comment on every
// key of every entry. For each documented variable whose type is an object literal (or an array or
// tuple of them, as a generated index is), the nested members without a comment are added to
// `intentionallyNotDocumented` of the package being converted. The same holds for a documented
// property typed as one row of such a table (`entry: (typeof TABLE)[K]`): TypeDoc expands the
// inferred table type there too, so the whole table would otherwise be asked for again. Undocumented tables, interfaces, options and functions are still reported.
import { ArrayType, Converter, IndexedAccessType, ReflectionKind, ReflectionType, TupleType, TypeOperatorType, UnionType } from "typedoc";

/** Members declared inside an inferred object type, at any depth (also inside arrays and tuples). */
function* nested(type) {
  if (type instanceof TypeOperatorType) yield* nested(type.target);
  else if (type instanceof ArrayType) yield* nested(type.elementType);
  else if (type instanceof TupleType) for (const element of type.elements) yield* nested(element);
  else if (type instanceof UnionType) for (const member of type.types) yield* nested(member);
  else if (type instanceof ReflectionType) {
    for (const child of type.declaration.children ?? []) {
      yield child;
      yield* nested(child.type);
    }
  }
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const { project } = context;
    // Only members validation will look at: those of packages that must be documented (listing
    // others would be reported as unused).
    const required = app.options.isSet("packagesRequiringDocumentation") ? app.options.getValue("packagesRequiringDocumentation") : [project.packageName];
    // A Set: entries of one table share names, and TypeDoc reports each unused copy of a name.
    const names = new Set();
    const documented = (reflection) => reflection.hasComment() && required.includes(project.getSymbolIdFromReflection(reflection)?.packageName);
    for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
      if (!documented(variable)) continue;
      for (const member of nested(variable.type)) if (!member.hasComment()) names.add(member.getFriendlyFullName());
    }
    for (const property of project.getReflectionsByKind(ReflectionKind.Property)) {
      const { type } = property;
      if (!(type instanceof IndexedAccessType) || !(type.objectType instanceof ReflectionType) || !documented(property)) continue;
      for (const member of nested(type.objectType)) if (!member.hasComment()) names.add(member.getFriendlyFullName());
    }
    if (names.size === 0) return;
    const current = app.options.getValue("intentionallyNotDocumented");
    app.options.setValue("intentionallyNotDocumented", [...current, ...names]);
  });
}
