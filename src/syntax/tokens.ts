/**
 * Token types of CQL. The lexer in lexer.ts creates the tokens itself, because what a character
 * means depends on where it stands (see lexer.ts); chevrotain only needs the types for parsing and
 * for the generated syntax diagrams.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

function token(name: string, label: string, categories?: TokenType[]): TokenType {
  return categories
    ? createToken({ name, label, pattern: Lexer.NA, categories })
    : createToken({ name, label, pattern: Lexer.NA });
}

/** Category of the four ordering comparisons, shared by filters and expressions. */
export const Ordering = token("Ordering", "comparison");

export const Word = token("Word", "word");
export const FunctionName = token("FunctionName", "function name");
export const SavedName = token("SavedName", "saved search");
export const StringLiteral = token("StringLiteral", "quoted string");
export const RegexLiteral = token("RegexLiteral", "regex");
export const Param = token("Param", "query parameter");

export const And = token("And", "`and`");
export const Or = token("Or", "`or`");
export const Not = token("Not", "`not`");
export const Like = token("Like", "`like`");
export const Case = token("Case", "`case`");
export const MatchKeyword = token("MatchKeyword", "`match`");

export const Pipe = token("Pipe", "`|`");
export const LParen = token("LParen", "`(`");
export const RParen = token("RParen", "`)`");
export const LBrace = token("LBrace", "`{`");
export const RBrace = token("RBrace", "`}`");
export const LBracket = token("LBracket", "`[`");
export const RBracket = token("RBracket", "`]`");
export const Comma = token("Comma", "`,`");
export const Semicolon = token("Semicolon", "`;`");
export const Arrow = token("Arrow", "`=>`");
export const LinkOp = token("LinkOp", "`<=>`");
export const Colon = token("Colon", "`:`");
export const Assign = token("Assign", "`:=`");
export const FieldCallOp = token("FieldCallOp", "`=~`");
export const Equals = token("Equals", "`=`");
export const EqualsEquals = token("EqualsEquals", "`==`");
export const NotEquals = token("NotEquals", "`!=`");
export const LessThan = token("LessThan", "`<`", [Ordering]);
export const LessOrEqual = token("LessOrEqual", "`<=`", [Ordering]);
export const GreaterThan = token("GreaterThan", "`>`", [Ordering]);
export const GreaterOrEqual = token("GreaterOrEqual", "`>=`", [Ordering]);
export const Bang = token("Bang", "`!`");
export const Plus = token("Plus", "`+`");
export const Minus = token("Minus", "`-`");
export const Star = token("Star", "`*`");
export const Slash = token("Slash", "`/`");
export const Percent = token("Percent", "`%`");

export const allTokens: TokenType[] = [
  Ordering,
  Word,
  FunctionName,
  SavedName,
  StringLiteral,
  RegexLiteral,
  Param,
  And,
  Or,
  Not,
  Like,
  Case,
  MatchKeyword,
  Pipe,
  LParen,
  RParen,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  Comma,
  Semicolon,
  Arrow,
  LinkOp,
  Colon,
  Assign,
  FieldCallOp,
  Equals,
  EqualsEquals,
  NotEquals,
  LessThan,
  LessOrEqual,
  GreaterThan,
  GreaterOrEqual,
  Bang,
  Plus,
  Minus,
  Star,
  Slash,
  Percent,
];
