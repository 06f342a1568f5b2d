import { describe, expect, it } from "vitest";
import { builtinFunctions, compile, createBuiltinRegistry, CqlError, Registry, type FunctionDefinition } from "../../src/index.js";

const custom: FunctionDefinition = {
  name: "myFilter",
  aliases: ["mf"],
  kind: "filter",
  docsPage: "none",
  summary: "Keeps events with field ok.",
  params: {},
  compile: () => {
    const predicate = (event: Map<string, string>) => event.has("ok");
    return {
      predicate,
      stage: (next) => ({
        push: (event) => {
          if (predicate(event)) next.push(event);
        },
        end: () => next.end(),
      }),
    };
  },
};

describe("Registry", () => {
  it("finds names and aliases without regard to case", () => {
    const registry = new Registry([custom]);
    expect(registry.lookup("MYFILTER")).toBe(custom);
    expect(registry.lookup("mf")).toBe(custom);
  });

  it("rejects a taken name", () => {
    const registry = createBuiltinRegistry();
    expect(() => registry.register({ ...custom, name: "GroupBy" })).toThrow(CqlError);
  });

  it("replaces on purpose", () => {
    const registry = new Registry([custom]);
    const other = { ...custom, aliases: [] };
    registry.replace(other);
    expect(registry.lookup("myFilter")).toBe(other);
    expect(registry.lookup("mf")).toBeUndefined();
  });

  it("serves a custom function to compile()", () => {
    const registry = createBuiltinRegistry();
    registry.register(custom);
    expect(compile("mf()", { registry }).run([{ ok: "1" }, {}]).events).toEqual([{ ok: "1" }]);
  });

  it("keeps every built-in definition complete", () => {
    for (const definition of builtinFunctions) {
      expect(definition.docsPage).toMatch(/^functions-/);
      expect(definition.summary.length).toBeGreaterThan(10);
      if (definition.defaultParam !== undefined) {
        expect(Object.keys(definition.params)).toContain(definition.defaultParam);
      }
      for (const spec of Object.values(definition.params)) {
        expect(spec.description.length).toBeGreaterThan(5);
      }
    }
  });
});
