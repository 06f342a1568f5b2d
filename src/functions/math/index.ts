/** Mathematical functions: math:*(), round(), parseInt() and unit:convert(). */
import type { AnyFunctionDefinition } from "../registry.js";
import { mathAbs } from "./mathAbs.js";
import { mathArccos } from "./mathArccos.js";
import { mathArcsin } from "./mathArcsin.js";
import { mathArctan } from "./mathArctan.js";
import { mathCeil } from "./mathCeil.js";
import { mathCos } from "./mathCos.js";
import { mathCosh } from "./mathCosh.js";
import { mathDeg2rad } from "./mathDeg2rad.js";
import { mathExp } from "./mathExp.js";
import { mathExpm1 } from "./mathExpm1.js";
import { mathFloor } from "./mathFloor.js";
import { mathLog } from "./mathLog.js";
import { mathLog10 } from "./mathLog10.js";
import { mathLog1p } from "./mathLog1p.js";
import { mathLog2 } from "./mathLog2.js";
import { mathRad2deg } from "./mathRad2deg.js";
import { mathSin } from "./mathSin.js";
import { mathSinh } from "./mathSinh.js";
import { mathSqrt } from "./mathSqrt.js";
import { mathTan } from "./mathTan.js";
import { mathTanh } from "./mathTanh.js";
import { mathArctan2 } from "./mathArctan2.js";
import { mathMod } from "./mathMod.js";
import { mathPow } from "./mathPow.js";
import { parseIntFunction } from "./parseInt.js";
import { round } from "./round.js";
import { unitConvert } from "./unitConvert.js";

export const mathFunctions: AnyFunctionDefinition[] = [
  mathAbs,
  mathArccos,
  mathArcsin,
  mathArctan,
  mathCeil,
  mathCos,
  mathCosh,
  mathDeg2rad,
  mathExp,
  mathExpm1,
  mathFloor,
  mathLog,
  mathLog10,
  mathLog1p,
  mathLog2,
  mathRad2deg,
  mathSin,
  mathSinh,
  mathSqrt,
  mathTan,
  mathTanh,
  mathArctan2,
  mathMod,
  mathPow,
  parseIntFunction,
  round,
  unitConvert,
];
