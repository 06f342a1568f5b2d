/**
 * The CQL grammar as a chevrotain parser. Rules carry no actions: they build a concrete syntax
 * tree, which visitor.ts turns into the AST of ast.ts. The syntax diagrams in grammar/ are
 * generated from these rules.
 *
 * Precedence in filters, loosest first: `and` (also implicit, by juxtaposition), `or`, `not`/`!`.
 * So `a or b c` is `(a or b) and c`, the reverse of SQL. In expressions: comparisons, `+ -`,
 * `* / %`, unary `- !`. Expressions have no `and`/`or`.
 */
import { CstParser, type IParserErrorMessageProvider } from "chevrotain";
import * as T from "./tokens.js";

/**
 * What went wrong at a parse error, encoded as JSON in the error's `message`. diagnostics.ts
 * turns it into the message users read, because a good message needs more context (the open
 * brackets, the token before) than chevrotain hands to a message provider.
 */
export interface ParseErrorDetail {
  kind: "mismatch" | "noViableAlt" | "earlyExit" | "notAllInput";
  /** The innermost grammar rule being parsed. */
  rule: string;
  /** For `mismatch`: the name of the token type the rule required. */
  expected?: string;
}

function detail(value: ParseErrorDetail): string {
  return JSON.stringify(value);
}

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, ruleName }) {
    return detail({ kind: "mismatch", rule: ruleName, expected: expected.name });
  },
  buildNotAllInputParsedMessage({ ruleName }) {
    return detail({ kind: "notAllInput", rule: ruleName });
  },
  buildNoViableAltMessage({ ruleName }) {
    return detail({ kind: "noViableAlt", rule: ruleName });
  },
  buildEarlyExitMessage({ ruleName }) {
    return detail({ kind: "earlyExit", rule: ruleName });
  },
};

export class CqlGrammar extends CstParser {
  constructor() {
    super(T.allTokens, {
      maxLookahead: 3,
      recoveryEnabled: true,
      nodeLocationTracking: "full",
      errorMessageProvider: messages,
    });
    this.performSelfAnalysis();
  }

  public query = this.RULE("query", () => {
    this.OPTION(() => this.SUBRULE(this.pipeline));
  });

  /** Steps separated by `|`; LogScale also accepts a `|` before the first step and after the last. */
  public pipeline = this.RULE("pipeline", () => {
    this.OPTION(() => this.CONSUME(T.Pipe, { LABEL: "leadingPipe" }));
    this.SUBRULE(this.step);
    this.MANY(() => {
      this.CONSUME2(T.Pipe);
      this.SUBRULE2(this.step);
    });
    this.OPTION2(() => this.CONSUME3(T.Pipe, { LABEL: "trailingPipe" }));
  });

  public step = this.RULE("step", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.caseStep) },
      { ALT: () => this.SUBRULE(this.statsArray) },
      { ALT: () => this.SUBRULE(this.assignStep) },
      { ALT: () => this.SUBRULE(this.fieldCallStep) },
      { ALT: () => this.SUBRULE(this.linkStep) },
      { ALT: () => this.SUBRULE(this.matchStep) },
      { ALT: () => this.SUBRULE(this.filterExpr) },
    ]);
  });

  /**
   * `case { branch ; branch ; ... }`. An empty `case { }` is accepted because a parser that
   * CrowdStrike publishes in logscale-community-content (Parsers-Only/qumulo.yaml) contains one.
   */
  public caseStep = this.RULE("caseStep", () => {
    this.CONSUME(T.Case);
    this.CONSUME(T.LBrace);
    this.OPTION(() => this.SUBRULE(this.pipeline, { LABEL: "branches" }));
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      this.OPTION2(() => this.SUBRULE2(this.pipeline, { LABEL: "branches" }));
    });
    this.CONSUME(T.RBrace);
  });

  public matchStep = this.RULE("matchStep", () => {
    this.SUBRULE(this.fieldName);
    this.CONSUME(T.MatchKeyword);
    this.CONSUME(T.LBrace);
    this.SUBRULE(this.matchArm, { LABEL: "arms" });
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      this.OPTION(() => this.SUBRULE2(this.matchArm, { LABEL: "arms" }));
    });
    this.CONSUME(T.RBrace);
  });

  public matchArm = this.RULE("matchArm", () => {
    this.SUBRULE(this.guard);
    this.CONSUME(T.Arrow);
    this.SUBRULE(this.pipeline);
  });

  public guard = this.RULE("guard", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.call) },
      { ALT: () => this.CONSUME(T.Word) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.RegexLiteral) },
      { ALT: () => this.CONSUME(T.Param) },
    ]);
  });

  public statsArray = this.RULE("statsArray", () => {
    this.CONSUME(T.LBracket);
    this.SUBRULE(this.expression, { LABEL: "elements" });
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.expression, { LABEL: "elements" });
    });
    this.CONSUME(T.RBracket);
  });

  public assignStep = this.RULE("assignStep", () => {
    this.SUBRULE(this.fieldName);
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression);
  });

  /** `field =~ call(...)`, also negated: `field =~ !in(values=[...])`. */
  public fieldCallStep = this.RULE("fieldCallStep", () => {
    this.SUBRULE(this.fieldName);
    this.CONSUME(T.FieldCallOp);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Bang, { LABEL: "negation" }) },
        { ALT: () => this.CONSUME(T.Not, { LABEL: "negation" }) },
      ]);
    });
    this.SUBRULE(this.call);
  });

  /** `field <=> query.field` inside a correlate() query: links its events to another query's. */
  public linkStep = this.RULE("linkStep", () => {
    this.SUBRULE(this.fieldName, { LABEL: "field" });
    this.CONSUME(T.LinkOp);
    this.SUBRULE2(this.fieldName, { LABEL: "other" });
  });

  public fieldName = this.RULE("fieldName", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Word) }, { ALT: () => this.CONSUME(T.StringLiteral) }]);
  });

  // -------------------------------------------------------------------------------------------
  // Filters

  public filterExpr = this.RULE("filterExpr", () => {
    this.SUBRULE(this.orFilter, { LABEL: "operands" });
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(T.And));
      this.SUBRULE2(this.orFilter, { LABEL: "operands" });
    });
  });

  public orFilter = this.RULE("orFilter", () => {
    this.SUBRULE(this.unaryFilter, { LABEL: "operands" });
    this.MANY(() => {
      this.CONSUME(T.Or);
      this.SUBRULE2(this.unaryFilter, { LABEL: "operands" });
    });
  });

  public unaryFilter = this.RULE("unaryFilter", () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Not, { LABEL: "negations" }) },
        { ALT: () => this.CONSUME(T.Bang, { LABEL: "negations" }) },
      ]);
    });
    this.SUBRULE(this.primaryFilter);
  });

  public primaryFilter = this.RULE("primaryFilter", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.filterExpr);
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.call) },
      { ALT: () => this.SUBRULE(this.fieldTest) },
      { ALT: () => this.SUBRULE(this.filterValue, { LABEL: "freeText" }) },
    ]);
  });

  public fieldTest = this.RULE("fieldTest", () => {
    this.SUBRULE(this.fieldName);
    this.OR([
      { ALT: () => this.CONSUME(T.Equals, { LABEL: "operator" }) },
      { ALT: () => this.CONSUME(T.NotEquals, { LABEL: "operator" }) },
      { ALT: () => this.CONSUME(T.Like, { LABEL: "operator" }) },
      { ALT: () => this.CONSUME(T.Ordering, { LABEL: "operator" }) },
    ]);
    this.SUBRULE(this.filterValue);
  });

  public filterValue = this.RULE("filterValue", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Word) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.RegexLiteral) },
      { ALT: () => this.CONSUME(T.Param) },
    ]);
  });

  // -------------------------------------------------------------------------------------------
  // Calls and expressions

  public call = this.RULE("call", () => {
    this.OR([{ ALT: () => this.CONSUME(T.FunctionName) }, { ALT: () => this.CONSUME(T.SavedName) }]);
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.argument, { LABEL: "args" });
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.argument, { LABEL: "args" });
      });
    });
    this.CONSUME(T.RParen);
  });

  public argument = this.RULE("argument", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.namedQuery) },
      {
        ALT: () => {
          this.OPTION(() => {
            this.CONSUME(T.Word, { LABEL: "name" });
            this.CONSUME(T.Equals);
          });
          this.SUBRULE(this.expression);
        },
      },
    ]);
  });

  /** A query of correlate(): `name: { pipeline } include: [fields]`. */
  public namedQuery = this.RULE("namedQuery", () => {
    this.CONSUME(T.Word, { LABEL: "name" });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.subquery);
    this.MANY(() => this.SUBRULE(this.queryOption, { LABEL: "options" }));
  });

  public queryOption = this.RULE("queryOption", () => {
    this.CONSUME(T.Word, { LABEL: "name" });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.expression);
  });

  public expression = this.RULE("expression", () => {
    this.SUBRULE(this.additive, { LABEL: "operands" });
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.EqualsEquals, { LABEL: "operator" }) },
        { ALT: () => this.CONSUME(T.NotEquals, { LABEL: "operator" }) },
        { ALT: () => this.CONSUME(T.Ordering, { LABEL: "operator" }) },
      ]);
      this.SUBRULE2(this.additive, { LABEL: "operands" });
    });
  });

  public additive = this.RULE("additive", () => {
    this.SUBRULE(this.multiplicative, { LABEL: "operands" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Plus, { LABEL: "operators" }) },
        { ALT: () => this.CONSUME(T.Minus, { LABEL: "operators" }) },
      ]);
      this.SUBRULE2(this.multiplicative, { LABEL: "operands" });
    });
  });

  public multiplicative = this.RULE("multiplicative", () => {
    this.SUBRULE(this.unaryExpr, { LABEL: "operands" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Star, { LABEL: "operators" }) },
        { ALT: () => this.CONSUME(T.Slash, { LABEL: "operators" }) },
        { ALT: () => this.CONSUME(T.Percent, { LABEL: "operators" }) },
      ]);
      this.SUBRULE2(this.unaryExpr, { LABEL: "operands" });
    });
  });

  public unaryExpr = this.RULE("unaryExpr", () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(T.Minus, { LABEL: "operator" }) },
            { ALT: () => this.CONSUME(T.Bang, { LABEL: "operator" }) },
          ]);
          this.SUBRULE(this.unaryExpr);
        },
      },
      { ALT: () => this.SUBRULE(this.primaryExpr) },
    ]);
  });

  public primaryExpr = this.RULE("primaryExpr", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expression);
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.call) },
      { ALT: () => this.SUBRULE(this.arrayLiteral) },
      { ALT: () => this.SUBRULE(this.subquery) },
      { ALT: () => this.SUBRULE(this.assignExpr) },
      { ALT: () => this.CONSUME(T.Word) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.Param) },
      { ALT: () => this.CONSUME(T.RegexLiteral) },
    ]);
  });

  public arrayLiteral = this.RULE("arrayLiteral", () => {
    this.CONSUME(T.LBracket);
    this.OPTION(() => {
      this.SUBRULE(this.expression, { LABEL: "elements" });
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.expression, { LABEL: "elements" });
      });
    });
    this.CONSUME(T.RBracket);
  });

  public subquery = this.RULE("subquery", () => {
    this.CONSUME(T.LBrace);
    this.SUBRULE(this.pipeline);
    this.CONSUME(T.RBrace);
  });

  public assignExpr = this.RULE("assignExpr", () => {
    this.SUBRULE(this.fieldName);
    this.CONSUME(T.Assign);
    this.SUBRULE(this.expression);
  });
}

/** One shared parser instance: chevrotain parsers are reusable by resetting `input`. */
export const grammar = new CqlGrammar();
