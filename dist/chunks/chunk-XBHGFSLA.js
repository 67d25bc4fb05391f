import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  require_base,
  require_exception,
  require_handlebars_runtime,
  require_no_conflict,
  require_utils
} from "./chunk-Y4GNVVGN.js";
import {
  bodyExcerpt
} from "./chunk-SXOIBMAW.js";
import {
  retryAfterMs
} from "./chunk-4IFPBSRH.js";
import {
  GatesSchema,
  NEWCOMBE_METHOD,
  createProgress,
  evaluateGates,
  mcnemarExact,
  pairedProportionInterval,
  unknownGateMetrics,
  wilsonScoreInterval
} from "./chunk-RAID66OM.js";
import {
  quantiles
} from "./chunk-NJEOFDCD.js";
import {
  callGrader
} from "./chunk-I66DVT6G.js";
import {
  TOO_DEEP,
  configLocator,
  loadConfigFile,
  nestedTooDeep,
  parseConfigText,
  parseConfigValue,
  require_dist,
  require_mod,
  throwConfigErrors
} from "./chunk-QJLDF3E3.js";
import {
  cancellation
} from "./chunk-2AOJNGR7.js";
import {
  runUrl
} from "./chunk-M4EWOKBN.js";
import {
  DEFAULT_RESULTS_DIR,
  iso_exports,
  newEnvelope,
  sha256Hex,
  statusFromChecks,
  worstStatus,
  writeEnvelope
} from "./chunk-WGGNA6RV.js";
import {
  isRunnerOnlyVariable
} from "./chunk-LWDKQ5BL.js";
import {
  redact,
  registerSecret
} from "./chunk-PYTCQQ7B.js";
import {
  ConfigPathSchema,
  assertInsideWorkspace
} from "./chunk-S3SELVUN.js";
import {
  _enum,
  array,
  boolean,
  discriminatedUnion,
  literal,
  looseObject,
  number,
  object,
  record,
  string,
  union,
  unknown
} from "./chunk-XR2IEJ4Y.js";
import {
  ConfigError,
  RuntimeFailure,
  formatError
} from "./chunk-CYLWIE3E.js";
import {
  __commonJS,
  __toESM
} from "./chunk-SFHOJSAM.js";

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path9) {
          return /^\.|this\b/.test(path9.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path9) {
          return path9.parts.length === 1 && !AST.helpers.scopedId(path9) && !path9.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function Visitor() {
      this.parents = [];
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !Visitor.prototype[value.type]) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array2) {
        for (var i = 0, l = array2.length; i < l; i++) {
          this.acceptKey(array2, i);
          if (!array2[i]) {
            array2.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object2) {
        if (!object2) {
          return;
        }
        if (!this[object2.type]) {
          throw new _exception2["default"]("Unknown type: " + object2.type, object2);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object2;
        var ret = this[object2.type](object2);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object2;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /([ \t]+$)/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /\r?\n\s*?$/ : /(^|\r?\n)\s*?$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /\s+$/ : /[ \t]+$/, "");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open, close) {
      close = close.path ? close.path.original : close;
      if (open.path.original !== close) {
        var errorNode = { loc: open.path.loc };
        throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open, close) {
      return {
        open: open.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path9, params, hash, open, strip, locInfo) {
      var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path: path9,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open, program, close, locInfo) {
      validateClose(open, close);
      return {
        type: "PartialBlockStatement",
        name: open.path,
        params: open.params,
        hash: open.hash,
        program,
        openStrip: open.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals2(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (!this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path9 = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path9.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName2 = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName2, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path9 = sexpr.path, name = path9.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", path9.depth);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path9.strict = true;
        this.accept(path9);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path9 = sexpr.path;
        path9.strict = true;
        this.accept(path9);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path9 = sexpr.path, name = path9.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path9.strict = true;
          path9.falsy = true;
          this.accept(path9);
          this.opcode("invokeHelper", params.length, path9.original, _ast2["default"].helpers.simpleId(path9));
        }
      },
      PathExpression: function PathExpression(path9) {
        this.addDepth(path9.depth);
        this.opcode("getContext", path9.depth);
        var name = path9.parts[0], scoped = _ast2["default"].helpers.scopedId(path9), blockParamId = !path9.depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, path9.parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path9.data) {
          this.options.data = true;
          this.opcode("lookupData", path9.depth, path9.parts, path9.strict);
        } else {
          this.opcode("lookupOnContext", path9.parts, path9.falsy, path9.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string2) {
        this.opcode("pushString", string2.value);
      },
      NumberLiteral: function NumberLiteral(number3) {
        this.opcode("pushLiteral", number3.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = pairs.length;
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        var value = val.value != null ? val.value : val.original || "";
        if (this.stringParams) {
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (val.depth) {
            this.addDepth(val.depth);
          }
          this.opcode("getContext", val.depth || 0);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !val.depth) {
              blockParamIndex = this.blockParamIndex(val.parts[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal2 = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal2.original + ""],
          original: literal2.original + "",
          loc: literal2.loc
        };
      }
    }
  }
});

// empty:source-map
var require_source_map = __commonJS({
  "empty:source-map"() {
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        return '"' + (str + "").replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029") + '"';
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", JSON.stringify(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", JSON.stringify(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            if (programs[i]) {
              ret[i] = programs[i];
              if (decorators[i]) {
                ret[i + "_d"] = decorators[i];
                ret.useDecorators = true;
              }
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, i, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, i, type));
          return;
        }
        var len = parts.length;
        for (; i < len; i++) {
          this.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string2, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string2 === "string") {
            this.pushString(string2);
          } else {
            this.pushStackLiteral(string2);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string2) {
        this.pushStackLiteral(this.quotedString(string2));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["fn = ", this.decorators.functionCall(foundDecorator, "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = JSON.stringify(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + JSON.stringify("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            this.context.programs.push("");
            var index = this.context.programs.length;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = JSON.stringify(this.source.currentLocation);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function strictLookup(requireTerminal, compiler, parts, i, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[i]), ", ", JSON.stringify(compiler.source.currentLocation), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/dotprompt/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/dotprompt/dist/index.js"(exports, module) {
    "use strict";
    var __create = Object.create;
    var __defProp = Object.defineProperty;
    var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames = Object.getOwnPropertyNames;
    var __getProtoOf = Object.getPrototypeOf;
    var __hasOwnProp = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames(from))
          if (!__hasOwnProp.call(to, key) && key !== except)
            __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
      // If the importer is in node compatibility mode or this is not an ESM
      // file that has been converted to a CommonJS file using a Babel-
      // compatible transform (i.e. "__esModule" has not been set), then set
      // "default" to the CommonJS "module.exports" for node compatibility.
      isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
      mod
    ));
    var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
    var index_exports = {};
    __export(index_exports, {
      Dotprompt: () => Dotprompt2,
      PicoschemaParser: () => PicoschemaParser,
      picoschema: () => picoschema2
    });
    module.exports = __toCommonJS(index_exports);
    var import_handlebars2 = __toESM2(require_handlebars());
    var helpers_exports = {};
    __export(helpers_exports, {
      history: () => history,
      ifEquals: () => ifEquals,
      json: () => json,
      media: () => media,
      role: () => role,
      section: () => section,
      unlessEquals: () => unlessEquals
    });
    var import_handlebars = __toESM2(require_handlebars());
    var { SafeString } = import_handlebars.default;
    function json(serializable, options) {
      return new SafeString(
        JSON.stringify(serializable, null, options.hash.indent || 0)
      );
    }
    function role(role2) {
      return new SafeString(`<<<dotprompt:role:${role2}>>>`);
    }
    function history() {
      return new SafeString("<<<dotprompt:history>>>");
    }
    function section(name) {
      return new SafeString(`<<<dotprompt:section ${name}>>>`);
    }
    function media(options) {
      return new SafeString(
        `<<<dotprompt:media:url ${options.hash.url}${options.hash.contentType ? ` ${options.hash.contentType}` : ""}>>>`
      );
    }
    function ifEquals(arg1, arg2, options) {
      return arg1 === arg2 ? options.fn(this) : options.inverse(this);
    }
    function unlessEquals(arg1, arg2, options) {
      return arg1 !== arg2 ? options.fn(this) : options.inverse(this);
    }
    var import_yaml = require_dist();
    var ROLE_MARKER_PREFIX = "<<<dotprompt:role:";
    var HISTORY_MARKER_PREFIX = "<<<dotprompt:history";
    var MEDIA_MARKER_PREFIX = "<<<dotprompt:media:";
    var SECTION_MARKER_PREFIX = "<<<dotprompt:section";
    var FRONTMATTER_AND_BODY_REGEX = /^---\s*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---\s*(?:\r\n|\r|\n)([\s\S]*)$/;
    var ROLE_AND_HISTORY_MARKER_REGEX = /(<<<dotprompt:(?:role:[a-z]+|history))>>>/g;
    var MEDIA_AND_SECTION_MARKER_REGEX = /(<<<dotprompt:(?:media:url|section).*?)>>>/g;
    var RESERVED_METADATA_KEYWORDS = [
      // NOTE: KEEP SORTED
      "config",
      "description",
      "ext",
      "input",
      "model",
      "name",
      "output",
      "raw",
      "toolDefs",
      "tools",
      "variant",
      "version"
    ];
    var BASE_METADATA = {
      ext: {},
      metadata: {},
      config: {}
    };
    function splitByRegex(source, regex2) {
      return source.split(regex2).filter((s) => s.trim() !== "");
    }
    function splitByRoleAndHistoryMarkers(renderedString) {
      return splitByRegex(renderedString, ROLE_AND_HISTORY_MARKER_REGEX);
    }
    function splitByMediaAndSectionMarkers(source) {
      return splitByRegex(source, MEDIA_AND_SECTION_MARKER_REGEX);
    }
    function convertNamespacedEntryToNestedObject(key, value, obj = {}) {
      const result = obj || {};
      const lastDotIndex = key.lastIndexOf(".");
      const ns = key.substring(0, lastDotIndex);
      const field = key.substring(lastDotIndex + 1);
      result[ns] = result[ns] || {};
      result[ns][field] = value;
      return result;
    }
    function extractFrontmatterAndBody(source) {
      const match = source.match(FRONTMATTER_AND_BODY_REGEX);
      if (match) {
        const [, frontmatter, body] = match;
        return { frontmatter, body };
      }
      return { frontmatter: "", body: "" };
    }
    function parseDocument(source) {
      const { frontmatter, body } = extractFrontmatterAndBody(source);
      if (frontmatter) {
        try {
          const parsedMetadata = (0, import_yaml.parse)(frontmatter);
          const raw = { ...parsedMetadata };
          const pruned = { ...BASE_METADATA };
          const ext = {};
          for (const k in raw) {
            const key = k;
            if (RESERVED_METADATA_KEYWORDS.includes(key)) {
              pruned[key] = raw[key];
            } else if (key.includes(".")) {
              convertNamespacedEntryToNestedObject(key, raw[key], ext);
            }
          }
          return { ...pruned, raw, ext, template: body.trim() };
        } catch (error) {
          console.error("Dotprompt: Error parsing YAML frontmatter:", error);
          return { ...BASE_METADATA, template: source.trim() };
        }
      }
      return { ...BASE_METADATA, template: source };
    }
    function messageSourcesToMessages(messageSources) {
      return messageSources.filter((ms) => ms.content || ms.source).map((m) => {
        const out = {
          role: m.role,
          content: m.content || toParts(m.source || "")
        };
        if (m.metadata) {
          out.metadata = m.metadata;
        }
        return out;
      });
    }
    function transformMessagesToHistory(messages) {
      return messages.map((m) => ({
        ...m,
        metadata: { ...m.metadata, purpose: "history" }
      }));
    }
    function toMessages(renderedString, data) {
      let currentMessage = { role: "user", source: "" };
      const messageSources = [currentMessage];
      for (const piece of splitByRoleAndHistoryMarkers(renderedString)) {
        if (piece.startsWith(ROLE_MARKER_PREFIX)) {
          const role2 = piece.substring(ROLE_MARKER_PREFIX.length);
          if (currentMessage.source?.trim()) {
            currentMessage = { role: role2, source: "" };
            messageSources.push(currentMessage);
          } else {
            currentMessage.role = role2;
          }
        } else if (piece.startsWith(HISTORY_MARKER_PREFIX)) {
          const historyMessages = transformMessagesToHistory(data?.messages ?? []);
          if (historyMessages) {
            messageSources.push(...historyMessages);
          }
          currentMessage = { role: "model", source: "" };
          messageSources.push(currentMessage);
        } else {
          currentMessage.source += piece;
        }
      }
      const messages = messageSourcesToMessages(messageSources);
      return insertHistory(messages, data?.messages);
    }
    function messagesHaveHistory(messages) {
      return messages.some((m) => m.metadata?.purpose === "history");
    }
    function insertHistory(messages, history2 = []) {
      if (!history2 || messagesHaveHistory(messages)) {
        return messages;
      }
      if (messages.length === 0) {
        return history2;
      }
      const lastMessage = messages.at(-1);
      if (lastMessage?.role === "user") {
        const messagesWithoutLast = messages.slice(0, -1);
        return [...messagesWithoutLast, ...history2, lastMessage];
      }
      return [...messages, ...history2];
    }
    function toParts(source) {
      return splitByMediaAndSectionMarkers(source).map(parsePart);
    }
    function parsePart(piece) {
      if (piece.startsWith(MEDIA_MARKER_PREFIX)) {
        return parseMediaPart(piece);
      }
      if (piece.startsWith(SECTION_MARKER_PREFIX)) {
        return parseSectionPart(piece);
      }
      return parseTextPart(piece);
    }
    function parseMediaPart(piece) {
      if (!piece.startsWith(MEDIA_MARKER_PREFIX)) {
        throw new Error("Invalid media piece");
      }
      const [_, url, contentType] = piece.split(" ");
      const part = { media: { url } };
      if (contentType) {
        part.media.contentType = contentType;
      }
      return part;
    }
    function parseSectionPart(piece) {
      if (!piece.startsWith(SECTION_MARKER_PREFIX)) {
        throw new Error("Invalid section piece");
      }
      const [_, sectionType] = piece.split(" ");
      return { metadata: { purpose: sectionType, pending: true } };
    }
    function parseTextPart(piece) {
      return { text: piece };
    }
    var JSON_SCHEMA_SCALAR_TYPES = [
      "any",
      "boolean",
      "integer",
      "null",
      "number",
      "string"
    ];
    var WILDCARD_PROPERTY_NAME = "(*)";
    async function picoschema2(schema, options) {
      return new PicoschemaParser(options).parse(schema);
    }
    var PicoschemaParser = class {
      schemaResolver;
      /**
       * Constructs a new PicoschemaParser.
       *
       * @param options The options for the parser.
       */
      constructor(options) {
        this.schemaResolver = options?.schemaResolver;
      }
      /**
       * Resolves a named schema using the configured resolver.
       *
       * @param schemaName The name of the schema to resolve.
       * @return The resolved JSON Schema.
       */
      async mustResolveSchema(schemaName) {
        if (!this.schemaResolver) {
          throw new Error(`Picoschema: unsupported scalar type '${schemaName}'.`);
        }
        const val = await this.schemaResolver(schemaName);
        if (!val) {
          throw new Error(
            `Picoschema: could not find schema with name '${schemaName}'`
          );
        }
        return val;
      }
      /**
       * Parses a schema, detecting if it's Picoschema or JSON Schema.
       *
       * @param schema The schema definition to parse.
       * @return The resulting JSON Schema, or null if the input is null.
       */
      async parse(schema) {
        if (!schema) {
          return null;
        }
        if (typeof schema === "string") {
          const [type, description] = extractDescription(schema);
          if (JSON_SCHEMA_SCALAR_TYPES.includes(type)) {
            let out = { type };
            if (description) {
              out = { ...out, description };
            }
            return out;
          }
          const resolvedSchema = await this.mustResolveSchema(type);
          return description ? { ...resolvedSchema, description } : resolvedSchema;
        }
        if ([...JSON_SCHEMA_SCALAR_TYPES, "object", "array"].includes(
          schema?.type
        )) {
          return schema;
        }
        if (typeof schema?.properties === "object") {
          return { ...schema, type: "object" };
        }
        return this.parsePico(schema);
      }
      /**
       * Parses a Picoschema object or string fragment.
       *
       * @param obj The object or string fragment to parse.
       * @param path The current path within the schema structure.
       * @return The parsed JSON Schema.
       */
      async parsePico(obj, path9 = []) {
        if (typeof obj === "string") {
          const [type, description] = extractDescription(obj);
          if (!JSON_SCHEMA_SCALAR_TYPES.includes(type)) {
            let resolvedSchema = await this.mustResolveSchema(type);
            if (description) resolvedSchema = { ...resolvedSchema, description };
            return resolvedSchema;
          }
          if (type === "any") {
            return description ? { description } : {};
          }
          return description ? { type, description } : { type };
        }
        if (typeof obj !== "object") {
          throw new Error(
            `Picoschema: only consists of objects and strings. Got: ${JSON.stringify(obj)}`
          );
        }
        const schema = {
          type: "object",
          properties: {},
          required: [],
          additionalProperties: false
        };
        for (const key in obj) {
          if (key === WILDCARD_PROPERTY_NAME) {
            schema.additionalProperties = await this.parsePico(obj[key], [
              ...path9,
              key
            ]);
            continue;
          }
          const [name, typeInfo] = key.split("(");
          const isOptional = name.endsWith("?");
          const propertyName = isOptional ? name.slice(0, -1) : name;
          if (!isOptional) {
            schema.required.push(propertyName);
          }
          if (!typeInfo) {
            const prop = { ...await this.parsePico(obj[key], [...path9, key]) };
            if (isOptional && typeof prop.type === "string") {
              prop.type = [prop.type, "null"];
            }
            schema.properties[propertyName] = prop;
            continue;
          }
          const [type, description] = extractDescription(
            typeInfo.substring(0, typeInfo.length - 1)
          );
          if (type === "array") {
            schema.properties[propertyName] = {
              type: isOptional ? ["array", "null"] : "array",
              items: await this.parsePico(obj[key], [...path9, key])
            };
          } else if (type === "object") {
            const prop = await this.parsePico(obj[key], [...path9, key]);
            if (isOptional) prop.type = [prop.type, "null"];
            schema.properties[propertyName] = prop;
          } else if (type === "enum") {
            const prop = { enum: obj[key] };
            if (isOptional && !prop.enum.includes(null)) prop.enum.push(null);
            schema.properties[propertyName] = prop;
          } else {
            throw new Error(
              `Picoschema: parenthetical types must be 'object' or 'array', got: ${type}`
            );
          }
          if (description) {
            schema.properties[propertyName].description = description;
          }
        }
        if (!schema.required.length) {
          schema.required = void 0;
        }
        return schema;
      }
    };
    function extractDescription(input) {
      if (!input.includes(",")) {
        return [input, null];
      }
      const match = input.match(/(.*?), *(.*)$/);
      if (!match) {
        return [input, null];
      }
      return [match[1], match[2]];
    }
    function removeUndefinedFields(obj) {
      if (obj === null || typeof obj !== "object") {
        return obj;
      }
      if (Array.isArray(obj)) {
        return obj.map((item) => removeUndefinedFields(item));
      }
      const result = {};
      for (const [key, value] of Object.entries(obj)) {
        if (value !== void 0) {
          result[key] = removeUndefinedFields(value);
        }
      }
      return result;
    }
    var Dotprompt2 = class {
      handlebars;
      knownHelpers = {};
      defaultModel;
      modelConfigs = {};
      tools = {};
      toolResolver;
      schemas = {};
      schemaResolver;
      partialResolver;
      store;
      constructor(options) {
        this.handlebars = import_handlebars2.default.noConflict();
        this.modelConfigs = options?.modelConfigs || this.modelConfigs;
        this.defaultModel = options?.defaultModel;
        this.tools = options?.tools || {};
        this.toolResolver = options?.toolResolver;
        this.schemas = options?.schemas || {};
        this.schemaResolver = options?.schemaResolver;
        this.partialResolver = options?.partialResolver;
        this.registerInitialHelpers(helpers_exports, options?.helpers);
        this.registerInitialPartials(options?.partials);
      }
      /**
       * Registers a helper function for use in templates.
       *
       * @param name The name of the helper function to register
       * @param fn The helper function implementation
       * @return This instance for method chaining
       */
      defineHelper(name, fn) {
        this.handlebars.registerHelper(name, fn);
        this.knownHelpers[name] = true;
        return this;
      }
      /**
       * Registers a partial template for use in other templates.
       *
       * @param name The name of the partial to register
       * @param source The template source for the partial
       * @return This instance for method chaining
       */
      definePartial(name, source) {
        this.handlebars.registerPartial(name, source);
        return this;
      }
      /**
       * Registers a tool definition for use in prompts.
       *
       * @param def The tool definition to register
       * @return This instance for method chaining
       */
      defineTool(def) {
        this.tools[def.name] = def;
        return this;
      }
      /**
       * Parses a prompt template string into a structured ParsedPrompt object.
       *
       * @param source The template source string to parse
       * @return A parsed prompt object with extracted metadata and template
       */
      parse(source) {
        return parseDocument(source);
      }
      /**
       * Renders a prompt template with the provided data.
       *
       * @param source The template source string to render
       * @param data The data to use when rendering the template
       * @param options Additional metadata and options for rendering
       * @return A promise resolving to the rendered prompt
       */
      async render(source, data = {}, options) {
        const renderer = await this.compile(source);
        return renderer(data, options);
      }
      /**
       * Compiles a template into a reusable function for rendering prompts.
       *
       * @param source The template source or parsed prompt to compile
       * @param additionalMetadata Additional metadata to include in the compiled template
       * @return A promise resolving to a function for rendering the template
       */
      async compile(source, additionalMetadata) {
        let parsedSource;
        if (typeof source === "string") {
          parsedSource = this.parse(source);
        } else {
          parsedSource = source;
        }
        if (additionalMetadata) {
          parsedSource = { ...parsedSource, ...additionalMetadata };
        }
        await this.resolvePartials(parsedSource.template);
        const renderString = this.handlebars.compile(
          parsedSource.template,
          {
            knownHelpers: this.knownHelpers,
            knownHelpersOnly: true,
            noEscape: true
          }
        );
        const renderFunc = async (data, options) => {
          const { input, ...mergedMetadata } = await this.renderMetadata(parsedSource);
          const renderedString = renderString(
            { ...options?.input?.default || {}, ...data.input },
            {
              data: {
                metadata: {
                  prompt: mergedMetadata,
                  docs: data.docs,
                  messages: data.messages
                },
                ...data.context || {}
              }
            }
          );
          return {
            ...mergedMetadata,
            messages: toMessages(renderedString, data)
          };
        };
        renderFunc.prompt = parsedSource;
        return renderFunc;
      }
      /**
       * Processes and resolves all metadata for a prompt template.
       *
       * @param source The template source or parsed prompt
       * @param additionalMetadata Additional metadata to include
       * @return A promise resolving to the fully processed metadata
       */
      async renderMetadata(source, additionalMetadata) {
        let parsedSource;
        if (typeof source === "string") {
          parsedSource = this.parse(source);
        } else {
          parsedSource = source;
        }
        const model = additionalMetadata?.model || parsedSource.model || this.defaultModel;
        let modelConfig;
        if (model && this.modelConfigs[model]) {
          modelConfig = this.modelConfigs[model];
        }
        return this.resolveMetadata(
          modelConfig ? { config: modelConfig } : {},
          parsedSource,
          additionalMetadata
        );
      }
      /**
       * Merges multiple metadata objects together, resolving tools and schemas.
       *
       * @param base The base metadata object
       * @param merges Additional metadata objects to merge into the base
       * @return A promise resolving to the merged and processed metadata
       */
      async resolveMetadata(base, ...merges) {
        let out = { ...base };
        for (let i = 0; i < merges.length; i++) {
          if (!merges[i]) {
            continue;
          }
          const originalConfig = out.config || {};
          out = { ...out, ...merges[i] };
          out.config = { ...originalConfig, ...merges[i]?.config || {} };
        }
        const { template: _, ...outWithoutTemplate } = out;
        out = outWithoutTemplate;
        out = removeUndefinedFields(out);
        out = await this.resolveTools(out);
        out = await this.renderPicoschema(out);
        return out;
      }
      /**
       * Processes schema definitions in picoschema format into standard JSON Schema.
       *
       * @param meta The prompt metadata containing schema definitions
       * @return A promise resolving to the processed metadata with expanded schemas
       */
      async renderPicoschema(meta) {
        if (!meta.output?.schema && !meta.input?.schema) {
          return meta;
        }
        const resolveSchema = (schema) => {
          return picoschema2(schema, {
            schemaResolver: this.wrappedSchemaResolver.bind(this)
          });
        };
        const newMeta = { ...meta };
        let inputPromise = null;
        let outputPromise = null;
        if (meta.input?.schema) {
          newMeta.input = { ...meta.input };
          inputPromise = resolveSchema(meta.input.schema);
        }
        if (meta.output?.schema) {
          newMeta.output = { ...meta.output };
          outputPromise = resolveSchema(meta.output.schema);
        }
        const [inputSchema, outputSchema] = await Promise.all([
          inputPromise ?? Promise.resolve(null),
          outputPromise ?? Promise.resolve(null)
        ]);
        if (inputSchema && newMeta.input) {
          newMeta.input.schema = inputSchema;
        }
        if (outputSchema && newMeta.output) {
          newMeta.output.schema = outputSchema;
        }
        return newMeta;
      }
      /**
       * Resolves a schema name to its definition, using registered schemas or schema resolver.
       *
       * @param name The name of the schema to resolve
       * @return A promise resolving to the schema definition or null if not found
       */
      async wrappedSchemaResolver(name) {
        if (this.schemas[name]) {
          return this.schemas[name];
        }
        if (this.schemaResolver) {
          return await this.schemaResolver(name);
        }
        return null;
      }
      /**
       * Resolves tool names to their definitions using registered tools or tool resolver.
       *
       * @param base The metadata containing tool references to resolve
       * @return A promise resolving to metadata with resolved tool definitions
       */
      async resolveTools(base) {
        const out = { ...base };
        if (!out.tools) {
          return out;
        }
        const unregisteredNames = [];
        out.toolDefs = out.toolDefs || [];
        await Promise.all(
          out.tools.map(async (name) => {
            if (this.tools[name]) {
              if (out.toolDefs) {
                out.toolDefs.push(this.tools[name]);
              }
            } else if (this.toolResolver) {
              const resolvedTool = await this.toolResolver(name);
              if (!resolvedTool) {
                throw new Error(
                  `Dotprompt: Unable to resolve tool '${name}' to a recognized tool definition.`
                );
              }
              if (out.toolDefs) {
                out.toolDefs.push(resolvedTool);
              }
            } else {
              unregisteredNames.push(name);
            }
          })
        );
        out.tools = unregisteredNames;
        return out;
      }
      /**
       * Identifies all partial references in a template.
       *
       * @param template The template to scan for partial references
       * @return A set of partial names referenced in the template
       */
      identifyPartials(template) {
        const ast = this.handlebars.parse(template);
        const partials = /* @__PURE__ */ new Set();
        const visitor = new class extends this.handlebars.Visitor {
          // Visit partial statements and add their names to our set.
          PartialStatement(partial) {
            if (partial && typeof partial === "object" && "name" in partial && partial.name && typeof partial.name === "object" && "original" in partial.name && typeof partial.name.original === "string") {
              partials.add(partial.name.original);
            }
          }
        }();
        visitor.accept(ast);
        return partials;
      }
      /**
       * Resolves and registers all partials referenced in a template.
       *
       * @param template The template containing partial references
       * @return A promise that resolves when all partials are registered
       */
      async resolvePartials(template) {
        if (!this.partialResolver && !this.store) {
          return;
        }
        const names = this.identifyPartials(template);
        await Promise.all(
          Array.from(names).map(async (name) => {
            if (!this.handlebars.partials[name]) {
              let content = null;
              if (this.partialResolver) {
                content = await this.partialResolver(name);
              }
              if (!content && this.store) {
                const partial = await this.store.loadPartial(name);
                content = partial?.source;
              }
              if (content) {
                this.definePartial(name, content);
                await this.resolvePartials(content);
              }
            }
          })
        );
      }
      /**
       * Registers initial helpers from built-in helpers and options.
       * @private
       */
      registerInitialHelpers(builtinHelpers, customHelpers) {
        if (builtinHelpers) {
          for (const key in builtinHelpers) {
            this.defineHelper(
              key,
              builtinHelpers[key]
            );
          }
        }
        if (customHelpers) {
          for (const key in customHelpers) {
            this.defineHelper(key, customHelpers[key]);
          }
        }
      }
      /**
       * Registers initial partials from the options.
       *
       * @param partials The partials to register
       * @private
       */
      registerInitialPartials(partials) {
        if (partials) {
          for (const key in partials) {
            this.definePartial(key, partials[key]);
          }
        }
      }
    };
  }
});

// packages/commands/src/evaluate-llm/eval-command.ts
import { glob, mkdir as mkdir3, writeFile as writeFile4 } from "node:fs/promises";
import path8 from "node:path";

// packages/core/src/lazy-linear-regex.ts
var loadLinearRegex = () => import("./linear-regex-QA5TLKMM.js");

// packages/llm/src/assertions/definition.ts
function defineAssertion(definition) {
  return definition;
}
var verdict = (pass, reason, score = pass ? 1 : 0) => ({
  pass,
  score,
  reason
});

// packages/llm/src/assertions/bounds.ts
var BoundConfig = object({
  max: number().optional().describe("Largest value that passes"),
  min: number().optional().describe("Smallest value that passes"),
  threshold: number().optional().describe("Same as max"),
  value: number().optional().describe("Same as max")
}).strict();
var MAX_ALIASES = ["max", "threshold", "value"];
function boundAssertion(type, description, unit, negatable, measure) {
  return defineAssertion({
    type,
    description: `${description} is within min and max`,
    negatable,
    config: BoundConfig,
    check: (bound, problem) => {
      const given = MAX_ALIASES.filter((k) => bound[k] !== void 0);
      if (given.length === 0 && bound.min === void 0) problem("max", "expected max, min or both");
      if (given.length > 1) problem(given[1], `give only one of ${given.join(" and ")}: they all mean max`);
      const max = given[0] && bound[given[0]];
      if (max !== void 0 && bound.min !== void 0 && bound.min > max) {
        problem("min", `min must not exceed max ${max}, or no value can pass`);
      }
    },
    grade: (bound, ctx) => {
      const observed = measure(ctx);
      if (typeof observed !== "number") return verdict(false, observed.missing);
      const max = bound.max ?? bound.threshold ?? bound.value;
      const { min } = bound;
      const ok = (max === void 0 || observed <= max) && (min === void 0 || observed >= min);
      const range = [min !== void 0 ? `≥ ${min}` : "", max !== void 0 ? `≤ ${max}` : ""].filter(Boolean).join(" and ");
      return verdict(ok, `${type} ${observed}${unit} ${ok ? "is" : "is not"} ${range}${unit}`);
    }
  });
}
var length = boundAssertion(
  "length",
  "The output's length in characters",
  " characters",
  true,
  (ctx) => [...ctx.output].length
);
var latency = boundAssertion(
  "latency",
  "The call's latency in ms",
  " ms",
  false,
  (ctx) => Math.round(ctx.latencyMs)
);
var cost = boundAssertion(
  "cost",
  "The call's cost in USD",
  " USD",
  false,
  (ctx) => ctx.costUsd === void 0 ? { missing: "no price for this model: set prices in the suite to check cost" } : Number(ctx.costUsd.toPrecision(4))
);
var tokens = boundAssertion(
  "tokens",
  "The call's prompt and completion tokens",
  "",
  false,
  (ctx) => ctx.usage.promptTokens + ctx.usage.completionTokens
);

// packages/llm/src/assertions/lazy-engine.ts
function lazyEngine(what, importer) {
  let value;
  let loading;
  return {
    load: () => loading ??= importer().then((v) => {
      value = v;
    }),
    get: () => {
      if (value === void 0) {
        throw new Error(`${what} is not loaded: load the engines of the assertion types first`);
      }
      return value;
    }
  };
}

// packages/llm/src/assertions/json.ts
var jsonSchemaEngine = lazyEngine("the JSON Schema validator", async () => {
  const { Ajv } = await import("./ajv-65F2FP5L.js");
  return new Ajv({ allErrors: true, strict: false });
});
var JsonSchemaValue = record(string(), unknown()).describe("A JSON Schema (draft-07) the parsed output must match");
function checkJsonSchema(schema, problem) {
  if (schema === void 0) return;
  try {
    jsonSchemaEngine.get().compile(schema);
  } catch (e) {
    problem("value", `not a valid JSON Schema: ${e.message}`);
  }
}
function matchesSchema(value, schema) {
  const ajv = jsonSchemaEngine.get();
  const validate = ajv.compile(schema);
  return validate(value) ? void 0 : ajv.errorsText(validate.errors);
}
function parseJson(output) {
  try {
    return { ok: true, value: JSON.parse(output) };
  } catch (e) {
    return { ok: false, error: e.message };
  }
}
function schemaCheck(output, schema) {
  const parsed = parseJson(output);
  if (!parsed.ok) return verdict(false, `output is not JSON: ${parsed.error}`);
  if (schema === void 0) return verdict(true, "output is JSON");
  const mismatch = matchesSchema(parsed.value, schema);
  if (mismatch === void 0) return verdict(true, "output matches the JSON Schema");
  return verdict(false, `output does not match the JSON Schema: ${mismatch}`);
}
var isJson = defineAssertion({
  type: "is-json",
  description: "The whole output parses as JSON (and matches value, a JSON Schema, when given)",
  negatable: true,
  config: object({ value: JsonSchemaValue.optional() }).strict(),
  engine: jsonSchemaEngine.load,
  check: ({ value }, problem) => checkJsonSchema(value, problem),
  grade: ({ value }, ctx) => schemaCheck(ctx.output, value)
});
var jsonSchema = defineAssertion({
  type: "json-schema",
  description: "The whole output parses as JSON and matches value, a JSON Schema",
  negatable: true,
  config: object({ value: JsonSchemaValue }).strict(),
  engine: jsonSchemaEngine.load,
  check: ({ value }, problem) => checkJsonSchema(value, problem),
  grade: ({ value }, ctx) => schemaCheck(ctx.output, value)
});

// packages/llm/src/assertions/contains-json.ts
var MAX_CANDIDATES = 100;
function spanEnd(text2, start) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text2.length; i++) {
    const c = text2[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return void 0;
}
function embeddedJson(text2) {
  const found = [];
  let tried = 0;
  for (let i = 0; i < text2.length && tried < MAX_CANDIDATES; i++) {
    if (text2[i] !== "{" && text2[i] !== "[") continue;
    tried++;
    const end = spanEnd(text2, i);
    if (end === void 0) continue;
    try {
      found.push(JSON.parse(text2.slice(i, end)));
      i = end - 1;
    } catch {
    }
  }
  return found;
}
var containsJson = defineAssertion({
  type: "contains-json",
  description: "The output contains a JSON object or array, e.g. in prose or a code block (one matching value, a JSON Schema, when given)",
  negatable: true,
  config: object({ value: JsonSchemaValue.optional() }).strict(),
  engine: jsonSchemaEngine.load,
  check: ({ value }, problem) => checkJsonSchema(value, problem),
  grade: ({ value }, ctx) => {
    const candidates = embeddedJson(ctx.output);
    if (candidates.length === 0) return verdict(false, "output contains no JSON object or array");
    if (value === void 0) return verdict(true, `output contains JSON (${candidates.length} found)`);
    const mismatches = [];
    for (const candidate of candidates) {
      const mismatch = matchesSchema(candidate, value);
      if (mismatch === void 0) return verdict(true, "output contains JSON matching the JSON Schema");
      mismatches.push(mismatch);
    }
    return verdict(false, `no JSON in the output matches the JSON Schema: ${mismatches[0]}`);
  }
});

// packages/llm/src/assertions/custom.ts
import path from "node:path";

// packages/llm/src/assertions/similarity.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// packages/llm/src/rouge.ts
function words(text2) {
  return text2.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
function lcsLength(a, b) {
  let prev = new Array(b.length + 1).fill(0);
  let cur = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}
function rougeL(candidate, reference2) {
  const c = words(candidate);
  const r = words(reference2);
  if (c.length === 0 || r.length === 0) return c.length === r.length ? 1 : 0;
  const lcs = lcsLength(c, r);
  if (lcs === 0) return 0;
  const precision = lcs / c.length;
  const recall = lcs / r.length;
  return 2 * precision * recall / (precision + recall);
}

// packages/llm/src/assertions/template-value.ts
var TextValue = union([string(), number(), boolean()]).describe("Text to compare with; may use {{variables}} of the case");
var TextListValue = union([array(string()), string(), number(), boolean()]).describe("Texts to look for (one or a list); each may use {{variables}} of the case");
function text(value, vars) {
  return typeof value === "string" ? substitute(value, vars) : String(value);
}
function textList(value, vars) {
  return Array.isArray(value) ? value.map((v) => substitute(v, vars)) : [text(value, vars)];
}
var PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
function substitute(template, vars) {
  return template.replace(PLACEHOLDER, (whole, name) => {
    const v = name.split(".").reduce(
      (o, k) => o && typeof o === "object" ? o[k] : void 0,
      vars
    );
    return v === void 0 ? whole : typeof v === "string" ? v : JSON.stringify(v);
  });
}
function withoutPlaceholders(template, filler) {
  return template.replace(PLACEHOLDER, filler);
}

// packages/llm/src/assertions/similarity.ts
function similarity(name, score, threshold) {
  const pass = score >= threshold;
  return { pass, score, reason: `${name} ${score.toFixed(3)} ${pass ? "≥" : "<"} ${threshold}` };
}
var reference = (fallback) => object({
  value: TextValue.describe("The reference text; may use {{variables}} of the case"),
  threshold: number().min(0).max(1).optional().describe(`Lowest similarity that passes (default ${fallback})`)
}).strict();
var levenshtein = defineAssertion({
  type: "levenshtein",
  description: "Edit-distance similarity to the reference: 1 − distance / longer length",
  negatable: true,
  config: reference(0.8),
  grade: ({ value, threshold = 0.8 }, ctx) => {
    const expected = text(value, ctx.vars);
    const longest = Math.max(ctx.output.length, expected.length);
    const score = longest === 0 ? 1 : 1 - (0, import_fastest_levenshtein.distance)(ctx.output, expected) / longest;
    return similarity("Levenshtein similarity", score, threshold);
  }
});
var rougeLAssertion = defineAssertion({
  type: "rouge-l",
  description: "ROUGE-L F1 of the output against the reference, over words",
  negatable: true,
  config: reference(0.75),
  grade: ({ value, threshold = 0.75 }, ctx) => similarity("ROUGE-L F1", rougeL(ctx.output, text(value, ctx.vars)), threshold)
});

// packages/llm/src/assertions/custom.ts
var custom = defineAssertion({
  type: "custom",
  description: "A grader module: (output, { vars, value, latencyMs }) => boolean | score | { pass, score, reason }",
  negatable: true,
  config: object({
    module: ConfigPathSchema.describe("Path of an ES module, relative to the suite file"),
    export: string().min(1).optional().describe("Export name (default: the default export)"),
    value: unknown().optional().describe("Passed to the grader as value"),
    threshold: number().min(0).max(1).optional().describe("Lowest score that passes when the grader returns a score (default 0.5)")
  }).strict(),
  grade: async (a, ctx) => {
    const out = await callGrader(
      {
        module: path.resolve(ctx.baseDir, a.module),
        exportName: a.export ?? "default",
        output: ctx.output,
        context: { vars: ctx.vars, value: a.value, latencyMs: ctx.latencyMs }
      },
      a.module
    ).catch((e) => {
      if (e instanceof ConfigError) {
        throw new ConfigError(`grader module ${a.module} ${e.message}`, { location: { file: a.module } });
      }
      throw e;
    });
    if (typeof out === "boolean") return verdict(out, `custom grader returned ${out}`);
    if (typeof out === "number") return similarity("custom score", out, a.threshold ?? 0.5);
    if (out && typeof out === "object" && "pass" in out) {
      const r = out;
      return {
        pass: Boolean(r.pass),
        score: r.score ?? (r.pass ? 1 : 0),
        reason: r.reason ?? "custom grader"
      };
    }
    throw new ConfigError(
      `grader module ${a.module} returned ${typeof out}; return a boolean, a 0–1 score or { pass, score?, reason? }`,
      { location: { file: a.module } }
    );
  }
});

// packages/llm/src/assertions/regex.ts
var regexEngine = lazyEngine("the regex engine", loadLinearRegex);
var regex = defineAssertion({
  type: "regex",
  description: "The output matches the regular expression (JavaScript spelling, RE2 semantics: linear time, no backreferences or lookaround)",
  negatable: true,
  config: object({
    value: TextValue.describe("The pattern; may use {{variables}} of the case"),
    flags: string().optional().describe("Regex flags: i (ignore case), m (multiline), s (dot matches newline)")
  }).strict(),
  engine: regexEngine.load,
  check: ({ value, flags }, problem) => {
    const { compileLinearRegex, explainRegexProblem, LinearRegex } = regexEngine.get();
    const compiled = compileLinearRegex(withoutPlaceholders(String(value), "x"), flags);
    if (!(compiled instanceof LinearRegex)) {
      problem(compiled.part === "flags" ? "flags" : "value", explainRegexProblem(compiled));
    }
  },
  grade: ({ value, flags }, ctx) => {
    const { compileLinearRegex, LinearRegex } = regexEngine.get();
    const pattern = text(value, ctx.vars);
    const re = compileLinearRegex(pattern, flags);
    if (!(re instanceof LinearRegex)) {
      throw new ConfigError(`invalid regex ${JSON.stringify(pattern)} for this case: ${re.message}`, {
        hint: "the case's variables made the pattern invalid; escape them or use contains"
      });
    }
    const ok = re.test(ctx.output);
    return verdict(ok, `output ${ok ? "matches" : "does not match"} /${pattern}/${flags ?? ""}`);
  }
});

// packages/llm/src/assertions/text-match.ts
var OneText = object({ value: TextValue }).strict();
var SomeTexts = object({ value: TextListValue }).strict();
function textAssertion(type, description, matches, reason) {
  return defineAssertion({
    type,
    description,
    negatable: true,
    config: OneText,
    grade: ({ value }, ctx) => {
      const v = text(value, ctx.vars);
      const ok = matches(ctx.output, v);
      return verdict(ok, reason(ok, JSON.stringify(v)));
    }
  });
}
var equals = textAssertion(
  "equals",
  "The output is exactly the value",
  (output, v) => output === v,
  (ok, v) => ok ? "output equals the expected text" : `expected exactly ${v}`
);
var contains = textAssertion(
  "contains",
  "The output contains the value",
  (output, v) => output.includes(v),
  (ok, v) => `output ${ok ? "contains" : "does not contain"} ${v}`
);
var icontains = textAssertion(
  "icontains",
  "The output contains the value, in any case",
  (output, v) => output.toLowerCase().includes(v.toLowerCase()),
  (ok, v) => `output ${ok ? "contains" : "does not contain"} ${v} (any case)`
);
var startsWith = textAssertion(
  "starts-with",
  "The output starts with the value",
  (output, v) => output.startsWith(v),
  (ok, v) => `output ${ok ? "starts" : "does not start"} with ${v}`
);
function anyOf(values, output, ignoreCase) {
  const hay = ignoreCase ? output.toLowerCase() : output;
  const hit = values.find((v) => hay.includes(ignoreCase ? v.toLowerCase() : v));
  return verdict(
    hit !== void 0,
    hit !== void 0 ? `output contains ${JSON.stringify(hit)}` : `output contains none of ${JSON.stringify(values)}`
  );
}
function allOf(values, output, ignoreCase) {
  const hay = ignoreCase ? output.toLowerCase() : output;
  const missing = values.filter((v) => !hay.includes(ignoreCase ? v.toLowerCase() : v));
  return verdict(
    missing.length === 0,
    missing.length === 0 ? "output contains all values" : `output lacks ${JSON.stringify(missing)}`,
    (values.length - missing.length) / Math.max(1, values.length)
  );
}
function listAssertion(type, description, match, ignoreCase) {
  return defineAssertion({
    type,
    description,
    negatable: true,
    config: SomeTexts,
    grade: ({ value }, ctx) => match(textList(value, ctx.vars), ctx.output, ignoreCase)
  });
}
var containsAny = listAssertion(
  "contains-any",
  "The output contains at least one of the values",
  anyOf,
  false
);
var icontainsAny = listAssertion(
  "icontains-any",
  "The output contains at least one of the values, in any case",
  anyOf,
  true
);
var containsAll = listAssertion("contains-all", "The output contains every value", allOf, false);
var icontainsAll = listAssertion(
  "icontains-all",
  "The output contains every value, in any case",
  allOf,
  true
);

// packages/llm/src/assertions/registry.ts
var ASSERTION_DEFINITIONS = [
  equals,
  contains,
  icontains,
  containsAny,
  icontainsAny,
  containsAll,
  icontainsAll,
  startsWith,
  regex,
  isJson,
  jsonSchema,
  containsJson,
  length,
  levenshtein,
  rougeLAssertion,
  latency,
  cost,
  tokens,
  custom
];
var ASSERTION_TYPES = ASSERTION_DEFINITIONS.map((d) => d.type);
var DEFINITIONS = new Map(ASSERTION_DEFINITIONS.map((d) => [d.type, d]));
var Weight = number().min(0).default(1).describe("Weight in the test's score; 0 reports without deciding");
function assertionSchema(definition) {
  const types = definition.negatable ? [definition.type, `not-${definition.type}`] : [definition.type];
  return object({ type: _enum(types), ...definition.config.shape, weight: Weight }).strict().describe(definition.description + (definition.negatable ? `; not-${definition.type} inverts it` : "")).superRefine(
    (config, ctx) => definition.check?.(config, (key, message) => ctx.addIssue({ code: "custom", path: [key], message }))
  );
}
var [first, ...rest] = ASSERTION_DEFINITIONS.map((d) => assertionSchema(d));
var AssertionSchema = discriminatedUnion("type", [first, ...rest]).meta({ id: "Assertion" });
async function loadAssertionEngines(data) {
  const types = /* @__PURE__ */ new Set();
  const pending = [data];
  for (let value = pending.pop(); value !== void 0; value = pending.pop()) {
    if (typeof value !== "object" || value === null) continue;
    const type = value.type;
    if (typeof type === "string") types.add(type.replace(/^not-/, ""));
    for (const inner of Object.values(value)) pending.push(inner);
  }
  await Promise.all([...types].map((type) => DEFINITIONS.get(type)?.engine?.()));
}
async function runAssertion(assertion, ctx) {
  const negated = assertion.type.startsWith("not-");
  const type = negated ? assertion.type.slice("not-".length) : assertion.type;
  const definition = DEFINITIONS.get(type);
  if (!definition) {
    throw new ConfigError(`unknown assertion type "${assertion.type}"`, {
      hint: `known types: ${ASSERTION_TYPES.join(", ")}`
    });
  }
  await definition.engine?.();
  const r = await definition.grade(assertion, ctx);
  if (!negated) return { ...r, assertion: assertion.type, weight: assertion.weight };
  return {
    pass: !r.pass,
    score: 1 - r.score,
    reason: `not: ${r.reason}`,
    assertion: assertion.type,
    weight: assertion.weight
  };
}

// packages/llm/src/assertions/grade-output.ts
async function gradeOutput(assertions, ctx, threshold) {
  const components = [];
  for (const a of assertions) components.push(await runAssertion(a, ctx));
  const weighted = components.filter((c) => (c.weight ?? 1) > 0);
  const totalWeight = weighted.reduce((n, c) => n + (c.weight ?? 1), 0);
  const score = totalWeight === 0 ? 1 : weighted.reduce((n, c) => n + c.score * (c.weight ?? 1), 0) / totalWeight;
  const pass = threshold !== void 0 ? score >= threshold : weighted.every((c) => c.pass);
  const failed = weighted.filter((c) => !c.pass);
  const reason = components.length === 0 ? "no assertions" : threshold !== void 0 ? `score ${score.toFixed(3)} ${pass ? "≥" : "<"} threshold ${threshold}` : failed.length === 0 ? `all ${weighted.length} assertions passed` : failed.map((c) => `${c.assertion}: ${c.reason}`).join("; ");
  return { pass, score, reason, assertion: "test", components };
}

// packages/llm/src/canonical-json.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(value, (_key, v) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
      );
    }
    return v;
  });
}
function sha256Of(value) {
  return createHash("sha256").update(typeof value === "string" ? value : canonicalJson(value)).digest("hex");
}

// packages/llm/src/completion-defaults.ts
var DEFAULT_COMPLETION_TOKENS = [
  { family: "reasoning models (gpt-5*, o1*, o3*, o4*)", pattern: /^(gpt-5|o[134])(\b|-|$)/, tokens: 2e3 },
  { family: "other models", pattern: /(?:)/, tokens: 500 }
];
function defaultCompletionTokens(model) {
  const name = model.replace(/^[\w-]+\//, "");
  const entry = DEFAULT_COMPLETION_TOKENS.find((d) => d.pattern.test(name));
  return { tokens: entry.tokens, family: entry.family };
}

// packages/llm/src/pass-rate.ts
function wilsonInterval(passes, n, level = 0.95) {
  const interval = wilsonScoreInterval(passes, n, level);
  return interval ? { ...interval, level, method: "Wilson score" } : void 0;
}
function pairedPassRate(pairs, level = 0.95) {
  const cells = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (const p of pairs) {
    if (p.head && p.base) cells.both++;
    else if (p.head) cells.onlyFirst++;
    else if (p.base) cells.onlySecond++;
    else cells.neither++;
  }
  const interval = pairedProportionInterval(cells, level);
  if (!interval) return void 0;
  const { n } = interval;
  const test = mcnemarExact(cells.onlyFirst, cells.onlySecond);
  return {
    n,
    regressions: cells.onlySecond,
    improvements: cells.onlyFirst,
    delta: interval.estimate,
    ci: {
      lower: interval.lower,
      upper: interval.upper,
      level,
      method: `${NEWCOMBE_METHOD} on ${n} cases, McNemar exact p = ${test.pValue.toPrecision(3)}`
    },
    pValue: test.pValue
  };
}

// packages/llm/src/side-stats.ts
var pairKey = (r) => `${r.caseId}\0${r.provider}`;
function splitPairKey(key) {
  const [caseId = key, provider = ""] = key.split("\0");
  return [caseId, provider];
}
function statsOf(all) {
  const skipped = all.filter((r) => r.status === "skipped");
  const results = all.filter((r) => r.status !== "skipped");
  const byCase = /* @__PURE__ */ new Map();
  for (const r of results) {
    const list = byCase.get(pairKey(r)) ?? [];
    list.push(r);
    byCase.set(pairKey(r), list);
  }
  const verdicts = /* @__PURE__ */ new Map();
  const flaky = [];
  let passShare = 0;
  for (const [key, list] of byCase) {
    const passes = list.filter((r) => r.status === "pass").length;
    passShare += passes / list.length;
    verdicts.set(key, passes * 2 > list.length);
    if (passes > 0 && passes < list.length) flaky.push({ key, passes, repeats: list.length });
  }
  const latencies = results.flatMap((r) => r.latencyMs === void 0 ? [] : [r.latencyMs]).sort((a, b) => a - b);
  const [p50, p95] = latencies.length > 0 ? quantiles(latencies, [0.5, 0.95]) : [null, null];
  const unpriced = [
    ...new Set(results.filter((r) => r.usage && r.costUsd === void 0).map((r) => r.model))
  ];
  const sum = (f) => results.reduce((n, r) => n + f(r), 0);
  return {
    cases: byCase.size,
    passRate: byCase.size === 0 ? null : passShare / byCase.size,
    passes: [...verdicts.values()].filter(Boolean).length,
    errors: results.filter((r) => r.status === "error").length,
    costUsd: unpriced.length > 0 ? null : sum((r) => r.costUsd ?? 0),
    unpriced,
    tokens: sum((r) => r.usage ? r.usage.promptTokens + r.usage.completionTokens : 0),
    promptTokens: sum((r) => r.usage?.promptTokens ?? 0),
    completionTokens: sum((r) => r.usage?.completionTokens ?? 0),
    p50: p50 ?? null,
    p95: p95 ?? null,
    verdicts,
    flaky,
    skipped: skipped.length,
    ...skipped[0]?.reason ? { skipReason: skipped[0].reason } : {}
  };
}
function compareSides(results, hasBase) {
  const headResults = results.filter((r) => r.side === "head");
  const head = statsOf(headResults);
  if (!hasBase) return { headResults, head, pairs: [] };
  const base = statsOf(results.filter((r) => r.side === "base"));
  const pairs = [...head.verdicts].flatMap(([key, headPass]) => {
    const basePass = base.verdicts.get(key);
    return basePass === void 0 ? [] : [{ key, base: basePass, head: headPass }];
  });
  return { headResults, head, base, pairs, paired: pairedPassRate(pairs) };
}

// packages/llm/src/prompt-eval-checks.ts
var clip = (s, n = 120) => s === void 0 ? "" : s.length > n ? `${s.slice(0, n - 1)}…` : s;
function budgetGates(budgets) {
  const gate = (metric, max, title) => max === void 0 ? [] : [{ metric, max, id: `budget:${metric}`, title, severity: "fail" }];
  return [
    ...gate("total_cost_usd", budgets.total_usd, "Budget: total cost (USD)"),
    ...gate("cost_per_case_usd", budgets.usd_per_case, "Budget: cost per case (USD)"),
    ...gate("latency_p95_ms", budgets.p95_latency_ms, "Budget: p95 latency (ms)"),
    ...gate("total_tokens", budgets.total_tokens, "Budget: total tokens")
  ];
}
var lintCheck = (f) => ({
  id: `lint:${f.rule}`,
  title: "Prompt version",
  status: "fail",
  severity: "fail",
  message: `${f.message} — ${f.hint}`,
  location: { file: f.file }
});
function errorsCheck({ headResults }) {
  const errored = headResults.filter((r) => r.status === "error");
  return {
    id: "errors",
    title: "Every call completed",
    status: errored.length === 0 ? "pass" : "error",
    severity: "fail",
    observed: `${errored.length} of ${headResults.length} with errors`,
    expected: "0",
    message: errored.length > 0 ? `first error: ${errored[0]?.error}` : void 0,
    examples: errored.slice(0, 10).map((r) => ({ case: r.caseId, provider: r.provider, repeat: r.repeat, error: clip(r.error, 300) }))
  };
}
function budgetStopCheck({ head, base }) {
  const skipped = head.skipped + (base?.skipped ?? 0);
  if (skipped === 0) return [];
  return [
    {
      id: "budget:stopped",
      title: "The run finished within its budget",
      status: "fail",
      severity: "fail",
      observed: `${skipped} calls not made`,
      expected: "every call made",
      message: `${head.skipReason ?? base?.skipReason} — raise the budget or run fewer cases or repeats`
    }
  ];
}
function criticalRegressionsCheck({ headResults, pairs }) {
  const critical = new Set(headResults.filter((r) => r.critical).map(pairKey));
  const criticalRegressions = pairs.filter((p) => p.base && !p.head && critical.has(p.key));
  return {
    id: "critical-regressions",
    title: "No regression on critical cases",
    status: criticalRegressions.length === 0 ? "pass" : "fail",
    severity: "fail",
    observed: criticalRegressions.length,
    expected: 0,
    examples: criticalRegressions.slice(0, 10).map((p) => ({ case: splitPairKey(p.key)[0] }))
  };
}
function everyCasePassesCheck({ headResults }) {
  const failed = headResults.filter((r) => r.status === "fail");
  return {
    id: "cases",
    title: "Every case passes (the suite has no gates)",
    status: failed.length === 0 ? "pass" : "fail",
    severity: "fail",
    observed: `${failed.length} of ${headResults.length} failed`,
    expected: "0 (add a gates: section to allow some)",
    examples: failed.slice(0, 10).map((r) => ({ case: r.caseId, provider: r.provider, reason: clip(r.reason) }))
  };
}
function promptEvalChecks(lint, comparison, suite, metrics, baseline = {}) {
  return [
    ...lint.map(lintCheck),
    errorsCheck(comparison),
    ...budgetStopCheck(comparison),
    ...comparison.base ? [criticalRegressionsCheck(comparison)] : [],
    ...suite.gates.length === 0 ? [everyCasePassesCheck(comparison)] : [],
    ...evaluateGates([...suite.gates, ...budgetGates(suite.budgets)], metrics, baseline)
  ];
}

// packages/llm/src/prompt-comparison-views.ts
var MAX_COMPARED_CASES = 100;
var MAX_OUTPUT_CHARS = 2e3;
var CHANGE_ORDER = { regressed: 0, failing: 1, fixed: 2, passing: 3 };
function promptComparisonViews(evaluation, comparison) {
  const { head, base } = evaluation;
  if (!base || !comparison.base) return [];
  const beforeLabel = `base ${base.version}`;
  const afterLabel = `head ${head.version}`;
  const views = [];
  if (base.template !== void 0 && head.template !== void 0 && base.template !== head.template) {
    views.push({
      type: "text-diff",
      title: "Prompt template diff",
      before: { label: beforeLabel, text: base.template },
      after: { label: afterLabel, text: head.template }
    });
  }
  const first2 = (side) => {
    const byKey = /* @__PURE__ */ new Map();
    for (const r of evaluation.results) {
      if (r.side !== side || r.status === "skipped") continue;
      const seen = byKey.get(pairKey(r));
      if (!seen || r.repeat < seen.repeat) byKey.set(pairKey(r), r);
    }
    return byKey;
  };
  const headFirst = first2("head");
  const baseFirst = first2("base");
  const providers = new Set(evaluation.results.map((r) => r.provider));
  const cases = [...comparison.head.verdicts].map(([key, headPass]) => {
    const basePass = comparison.base.verdicts.get(key);
    const [caseId, provider] = splitPairKey(key);
    const baseResult = baseFirst.get(key);
    return {
      id: providers.size > 1 ? `${caseId} · ${provider}` : caseId,
      change: basePass === true && !headPass ? "regressed" : basePass === false && headPass ? "fixed" : headPass ? "passing" : "failing",
      ...baseResult && basePass !== void 0 ? { before: outcome(baseResult, basePass) } : {},
      after: outcome(headFirst.get(key), headPass)
    };
  });
  cases.sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change]);
  views.push({
    type: "case-comparison",
    title: `Outputs, ${beforeLabel} against ${afterLabel}`,
    before: beforeLabel,
    after: afterLabel,
    cases: cases.slice(0, MAX_COMPARED_CASES)
  });
  return views;
}
function outcome(result, passed) {
  const status = passed ? "pass" : result.status === "error" ? "error" : "fail";
  const reason = passed ? void 0 : result.reason ?? result.error;
  return {
    status,
    ...result.output === void 0 ? {} : { output: clip(result.output, MAX_OUTPUT_CHARS) },
    ...reason ? { reason: clip(reason, 300) } : {}
  };
}

// packages/llm/src/prompt-eval-details.ts
var short = (hash) => hash.slice(0, 12);
function versionText({ head, base, changedPartials }) {
  if (!base) {
    return `${head.id}: ${head.version} (${short(head.hashes.contentHash)}), no base version to compare with`;
  }
  const partials = changedPartials?.length ? `; partials changed: ${changedPartials.map((p) => `_${p}`).join(", ")}` : "";
  return `${head.id}: ${base.version} (${short(base.hashes.contentHash)}) → ${head.version} (${short(head.hashes.contentHash)})${partials}`;
}
var sideRow = (label, p, s) => [
  label,
  p.version,
  s.passRate === null ? null : `${(s.passRate * 100).toFixed(1)}% (${s.passes}/${s.cases})`,
  s.errors,
  s.costUsd === null ? "no price" : Number(s.costUsd.toPrecision(4)),
  s.p50 === null ? null : Math.round(s.p50),
  s.p95 === null ? null : Math.round(s.p95),
  s.tokens
];
function costTable({ head, base }, { head: h, base: b }) {
  return {
    type: "table",
    title: "Cost, latency and tokens",
    columns: [
      "version",
      "semver",
      "pass rate",
      "errors",
      "cost (USD)",
      "p50 latency (ms)",
      "p95 latency (ms)",
      "tokens"
    ],
    rows: [...base && b ? [sideRow("base", base, b)] : [], sideRow("head", head, h)]
  };
}
function regressionsTable({ head, base }, headResults, regressed) {
  const outputOf = new Map(headResults.map((r) => [pairKey(r), r]));
  return {
    type: "table",
    title: `Regressions (${regressed.length}): passed on ${base?.version}, fail on ${head.version}`,
    columns: ["case", "provider", "reason", "output"],
    rows: regressed.slice(0, 50).map((p) => {
      const r = outputOf.get(p.key);
      return [r?.caseId ?? p.key, r?.provider ?? "", clip(r?.reason ?? r?.error, 200), clip(r?.output)];
    })
  };
}
var flakyTable = (flaky) => ({
  type: "table",
  title: `Flaky cases (${flaky.length}): passed some repeats, failed others`,
  columns: ["case", "provider", "passed"],
  rows: flaky.slice(0, 50).map((f) => [...splitPairKey(f.key), `${f.passes}/${f.repeats}`])
});
var failingTable = (failing) => ({
  type: "table",
  title: `Failing cases (${failing.length})`,
  columns: ["case", "provider", "repeat", "reason", "output"],
  rows: failing.slice(0, 50).map((r) => [r.caseId, r.provider, r.repeat, clip(r.reason, 200), clip(r.output)])
});
function promptEvalDetails(evaluation, comparison) {
  const { headResults, head, pairs } = comparison;
  const regressed = pairs.filter((p) => p.base && !p.head);
  const failing = headResults.filter((r) => r.status === "fail");
  return [
    { type: "text", title: "Prompt version", text: versionText(evaluation) },
    costTable(evaluation, comparison),
    ...regressed.length > 0 ? [regressionsTable(evaluation, headResults, regressed)] : [],
    ...head.flaky.length > 0 ? [flakyTable(head.flaky)] : [],
    ...failing.length > 0 ? [failingTable(failing)] : [],
    ...promptComparisonViews(evaluation, comparison)
  ];
}
function promptEvalSummary({ head: h, paired }, baseVersion) {
  const passRate = h.passRate === null ? "no cases" : `${(h.passRate * 100).toFixed(1)}% pass`;
  const change = paired ? `, Δ ${(paired.delta * 100).toFixed(1)} pts vs ${baseVersion} (${paired.regressions} regressed, ${paired.improvements} improved)` : "";
  const cost2 = h.costUsd === null ? "" : `, $${Number(h.costUsd.toPrecision(3))}`;
  const skipped = h.skipped > 0 ? `, ${h.skipped} calls skipped (budget)` : "";
  return `${passRate}${change}${cost2}${skipped}`;
}

// packages/llm/src/prompt-eval-metrics.ts
var PROMPT_EVAL_METRICS = [
  "pass_rate",
  "cases",
  "errors",
  "skipped",
  "total_cost_usd",
  "cost_per_case_usd",
  "latency_p50_ms",
  "latency_p95_ms",
  "total_tokens",
  "flaky_cases",
  "regressions",
  "improvements"
];
function promptEvalMetricNames(repeat) {
  return PROMPT_EVAL_METRICS.filter((m) => m !== "flaky_cases" || repeat > 1);
}
var round = (x, digits = 6) => x === null ? null : Number(x.toPrecision(digits));
function withBaseline(metric, baseValue) {
  if (baseValue === void 0) return metric;
  const out = { ...metric, baseline: { value: baseValue } };
  if (metric.value !== null && baseValue !== null)
    out.delta = { value: round(metric.value - baseValue) };
  return out;
}
function passRateMetric({ head, base, paired }, baseVersion) {
  const passRate = {
    value: round(head.passRate),
    ci: wilsonInterval(head.passes, head.cases),
    n: head.cases,
    greaterIsBetter: true
  };
  if (base) {
    passRate.baseline = {
      value: round(base.passRate),
      ci: wilsonInterval(base.passes, base.cases),
      label: `${baseVersion}`
    };
    if (paired) passRate.delta = { value: round(paired.delta), ci: paired.ci };
  }
  return passRate;
}
var costPerCase = (s) => s.costUsd === null || s.cases === 0 ? null : round(s.costUsd / s.cases);
function costMetrics(h, b) {
  const noPrice = h.unpriced.length > 0 ? {
    unavailable: `no price for ${h.unpriced.join(", ")}: set price (USD per 1M tokens) on the provider`
  } : {};
  return {
    total_cost_usd: withBaseline(
      { value: round(h.costUsd), ...noPrice, unit: "USD", greaterIsBetter: false },
      b ? round(b.costUsd) : void 0
    ),
    cost_per_case_usd: withBaseline(
      { value: costPerCase(h), ...noPrice, unit: "USD", greaterIsBetter: false },
      b ? costPerCase(b) : void 0
    ),
    latency_p50_ms: withBaseline(
      { value: round(h.p50, 4), unit: "ms", greaterIsBetter: false },
      b ? round(b.p50, 4) : void 0
    ),
    latency_p95_ms: withBaseline(
      { value: round(h.p95, 4), unit: "ms", greaterIsBetter: false },
      b ? round(b.p95, 4) : void 0
    )
  };
}
function promptEvalMetrics(comparison, baseVersion, repeat) {
  const { head: h, base: b, paired, headResults } = comparison;
  const metrics = {
    pass_rate: passRateMetric(comparison, baseVersion),
    cases: { value: h.cases, greaterIsBetter: true },
    errors: withBaseline({ value: h.errors, n: headResults.length, greaterIsBetter: false }, b?.errors),
    skipped: withBaseline({ value: h.skipped, n: headResults.length, greaterIsBetter: false }, b?.skipped),
    ...costMetrics(h, b),
    total_tokens: withBaseline({ value: h.tokens, greaterIsBetter: false }, b?.tokens)
  };
  if (repeat > 1) metrics.flaky_cases = { value: h.flaky.length, n: h.cases, greaterIsBetter: false };
  if (paired) {
    metrics.regressions = { value: paired.regressions, n: paired.n, greaterIsBetter: false };
    metrics.improvements = { value: paired.improvements, n: paired.n, greaterIsBetter: true };
  }
  return metrics;
}

// packages/llm/src/eval-envelope.ts
function buildPromptEnvelope(evaluation, suite, context) {
  const { head, base } = evaluation;
  const comparison = compareSides(evaluation.results, base !== void 0);
  const metrics = promptEvalMetrics(comparison, base?.version, suite.repeat);
  const checks = promptEvalChecks(evaluation.lint, comparison, suite, metrics, {
    // A prompt that does not exist at the base ref is its own first version.
    firstVersion: evaluation.baseRef !== void 0 && base === void 0,
    noBase: evaluation.baseRef === void 0
  });
  return newEnvelope({
    kind: "llm-eval",
    title: `LLM eval: ${head.id}`,
    subject: {
      type: "prompt",
      name: head.id,
      version: head.version,
      digest: `sha256:${head.hashes.contentHash}`,
      ...base ? { baseline: { name: base.id, version: base.version, digest: `sha256:${base.hashes.contentHash}` } } : {}
    },
    status: statusFromChecks(checks),
    startedAt: context.startedAt.toISOString(),
    durationMs: context.durationMs,
    summary: promptEvalSummary(comparison, base?.version),
    metrics,
    checks,
    details: promptEvalDetails(evaluation, comparison),
    lineage: context.lineage
  });
}

// packages/llm/src/git-base.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(args, cwd) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const stderr = String(e.stderr ?? e.message).trim();
    throw new RuntimeFailure(`git ${args[0]} failed: ${stderr.split("\n")[0]}`, { cause: e });
  }
}
function baseRef(given, env) {
  if (given) return given;
  return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : void 0;
}
async function verifyRef(ref, cwd) {
  try {
    return (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd)).trim();
  } catch {
    throw new ConfigError(`the base ref "${ref}" is not in this clone`, {
      location: { file: "action inputs", path: "base" },
      hint: "check out with history (actions/checkout with fetch-depth: 0), or fetch the base branch first"
    });
  }
}
async function fileAtRef(ref, file, cwd) {
  try {
    const { stdout } = await run("git", ["show", `${ref}:./${file.split("\\").join("/")}`], {
      cwd,
      maxBuffer: 64 * 1024 * 1024
    });
    return stdout;
  } catch {
    return void 0;
  }
}
async function filesAtRef(ref, dir, cwd) {
  const listing = await git(
    ["ls-tree", "-r", "--name-only", ref, "--", dir.split("\\").join("/") || "."],
    cwd
  );
  return listing.split("\n").filter(Boolean);
}

// packages/llm/src/junit.ts
function escapeXml(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function toJUnitXml(results) {
  const suites = /* @__PURE__ */ new Map();
  for (const r of results) {
    const name = `${r.promptId}@${r.promptVersion} (${r.side})`;
    const list = suites.get(name) ?? [];
    list.push(r);
    suites.set(name, list);
  }
  const seconds = (ms) => ((ms ?? 0) / 1e3).toFixed(3);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = (f) => results.filter(f).length;
  out.push(
    `<testsuites name="mlops eval" tests="${results.length}" failures="${all((r) => r.status === "fail")}" errors="${all((r) => r.status === "error")}" skipped="${all((r) => r.status === "skipped")}">`
  );
  for (const [name, list] of suites) {
    const failures = list.filter((r) => r.status === "fail").length;
    const errors = list.filter((r) => r.status === "error").length;
    const skipped = list.filter((r) => r.status === "skipped").length;
    const time = list.reduce((n, r) => n + (r.latencyMs ?? 0), 0);
    out.push(
      `  <testsuite name="${escapeXml(name)}" tests="${list.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(time)}">`
    );
    for (const r of list) {
      const caseName = `${r.caseId}${r.repeat > 0 ? ` #${r.repeat + 1}` : ""} [${r.provider}]`;
      const open = `    <testcase classname="${escapeXml(`${r.promptId}.${r.side}`)}" name="${escapeXml(caseName)}" time="${seconds(r.latencyMs)}"`;
      if (r.status === "pass") out.push(`${open}/>`);
      else if (r.status === "skipped") {
        out.push(`${open}>`);
        out.push(`      <skipped message="${escapeXml(r.reason ?? "skipped")}"/>`);
        out.push("    </testcase>");
      } else if (r.status === "fail") {
        out.push(`${open}>`);
        out.push(
          `      <failure message="${escapeXml(r.reason ?? "failed")}">${escapeXml(r.output ?? "")}</failure>`
        );
        out.push("    </testcase>");
      } else {
        out.push(`${open}>`);
        out.push(`      <error message="${escapeXml(r.error ?? "error")}"/>`);
        out.push("    </testcase>");
      }
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}
`;
}

// packages/llm/src/provider.ts
import { setTimeout as sleep2 } from "node:timers/promises";

// packages/llm/src/http-fetch.ts
import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";
var ON_RECEIVED = /* @__PURE__ */ Symbol("mlops.onReceived");
function createPooledFetch(concurrency, env) {
  const noProxy = [env.NO_PROXY ?? env.no_proxy, "localhost", "127.0.0.1", "::1"].filter(Boolean).join(",");
  const proxyEnv = { ...env, NO_PROXY: noProxy, no_proxy: noProxy };
  const options = { keepAlive: true, maxSockets: Math.max(1, concurrency), proxyEnv };
  const agents = { "http:": new http.Agent(options), "https:": new https.Agent(options) };
  const pooled = (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const body = init.body;
    if (url.protocol !== "http:" && url.protocol !== "https:" || !isPlainBody(body)) {
      return globalThis.fetch(input, init);
    }
    const hook = init[ON_RECEIVED];
    const headers = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const request = url.protocol === "https:" ? https.request : http.request;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: init.method ?? "GET",
          headers,
          agent: agents[url.protocol],
          signal: init.signal ?? void 0
        },
        (res) => {
          const responseHeaders = new Headers();
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
            responseHeaders.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
          }
          const status = res.statusCode ?? 502;
          const onReceived = status >= 200 && status < 300 ? hook : void 0;
          const init2 = { status, statusText: res.statusMessage, headers: responseHeaders };
          const noBody = status === 204 || status === 304 || status < 200;
          if (noBody) {
            res.resume();
            onReceived?.();
            resolve(new Response(null, init2));
          } else if ((res.headers["content-type"] ?? "").startsWith("text/event-stream")) {
            resolve(new Response(Readable.toWeb(res), init2));
          } else {
            const chunks = [];
            res.on("data", (chunk) => chunks.push(chunk));
            res.on("end", () => {
              onReceived?.();
              setImmediate(() => resolve(new Response(Buffer.concat(chunks), init2)));
            });
            res.on("error", reject);
            res.on("close", () => {
              if (!res.complete) reject(new Error("the connection closed before the response was complete"));
            });
          }
        }
      );
      req.on("error", reject);
      req.end(body ?? void 0);
    });
  };
  return pooled;
}
function isPlainBody(body) {
  return body === void 0 || body === null || typeof body === "string" || body instanceof Uint8Array;
}

// packages/llm/src/json-answers.ts
var NotJsonAnswer = class extends Error {
  name = "NotJsonAnswer";
  status;
  constructor(status, message) {
    super(message);
    this.status = status;
  }
};
function expectJsonAnswers(fetchFn) {
  return async (input, init) => {
    const res = await fetchFn(input, init);
    const type = res.headers.get("content-type") ?? "";
    if (/^text\/event-stream/i.test(type) || res.status === 204) return res;
    const text2 = await res.text();
    if (!isJson2(type, text2)) {
      const url = input instanceof Request ? input.url : String(input);
      throw new NotJsonAnswer(
        res.status,
        `${url} answered HTTP ${res.status} (${type || "no content type"}), not JSON: ${bodyExcerpt(text2)}`
      );
    }
    return new Response(text2, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}
function isJson2(type, text2) {
  if (text2 === "") return /json/i.test(type);
  try {
    JSON.parse(text2);
    return true;
  } catch {
    return false;
  }
}
function notJsonAnswerIn(e) {
  for (let cur = e; cur instanceof Error; cur = cur.cause) if (cur instanceof NotJsonAnswer) return cur;
  return void 0;
}

// packages/llm/src/rate-limiter.ts
import { setTimeout as sleep } from "node:timers/promises";
var WINDOW_MS = 6e4;
var RateLimiter = class {
  #opts;
  #now;
  #sleep;
  #inFlight = 0;
  #waiting = [];
  #window = [];
  #pausedUntil = 0;
  constructor(options) {
    this.#opts = options;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? sleep;
  }
  /** Waits for a slot; call the returned function when the request is over. */
  async acquire(tokens2) {
    if (this.#inFlight >= this.#opts.concurrency) {
      await new Promise((resolve) => this.#waiting.push(resolve));
    } else this.#inFlight++;
    for (; ; ) {
      const wait = this.#delayFor(tokens2);
      if (wait <= 0) break;
      await this.#sleep(wait);
    }
    this.#window.push({ at: this.#now(), tokens: tokens2 });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#inFlight--;
    };
  }
  /** Every request waits until then (a Retry-After from the server). */
  pauseUntil(at) {
    this.#pausedUntil = Math.max(this.#pausedUntil, at);
  }
  #delayFor(tokens2) {
    const now = this.#now();
    while (this.#window.length > 0 && (this.#window[0]?.at ?? 0) <= now - WINDOW_MS) this.#window.shift();
    let wait = this.#pausedUntil - now;
    const oldest = this.#window[0];
    if (this.#opts.rpm !== void 0 && this.#window.length >= this.#opts.rpm && oldest) {
      wait = Math.max(wait, oldest.at + WINDOW_MS - now);
    }
    if (this.#opts.tpm !== void 0 && this.#window.length > 0) {
      let used = this.#window.reduce((n, e) => n + e.tokens, 0);
      for (const e of this.#window) {
        if (used + tokens2 <= this.#opts.tpm) break;
        used -= e.tokens;
        wait = Math.max(wait, e.at + WINDOW_MS - now);
      }
    }
    return wait;
  }
};

// packages/llm/src/redact-record.ts
function redactRecord(value) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map(redactRecord);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactRecord(v)]));
  }
  return value;
}

// packages/llm/src/retry.ts
function backoffMs(attempt, baseMs, capMs = 3e4, random = Math.random) {
  return Math.min(capMs, baseMs * 2 ** attempt) * (0.5 + random() / 2);
}

// packages/llm/src/provider.ts
var RETRYABLE_STATUS = /* @__PURE__ */ new Set([408, 409, 429, 500, 502, 503, 504]);
function providerEndpoint(config, env) {
  if (config.type === "azure") {
    const url2 = config.azure_endpoint ?? config.base_url;
    if (!url2) {
      throw new ConfigError("an azure provider needs azure_endpoint", {
        location: { file: "suite", path: "providers.azure_endpoint" },
        hint: "e.g. azure_endpoint: https://my-resource.openai.azure.com"
      });
    }
    return { url: url2, endpoint: `azure:${url2}/${config.model}` };
  }
  const url = config.base_url ?? env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";
  return { url, endpoint: url };
}
async function createProvider(config, runtime) {
  const { default: OpenAIClient, AzureOpenAI, APIError } = await import("./openai-T55J7KOH.js");
  const key = runtime.env[config.api_key_env];
  if (key) registerSecret(key);
  if (!key && config.type !== "openai-compatible") {
    throw new ConfigError(`no API key: ${config.api_key_env} is not set`, {
      location: { file: "environment", path: config.api_key_env },
      hint: `set ${config.api_key_env} (in Actions: env: ${config.api_key_env}: \${{ secrets.${config.api_key_env} }}), or point api_key_env at the variable that holds it`
    });
  }
  const common = {
    apiKey: key || "none",
    maxRetries: 0,
    timeout: config.timeout_ms,
    fetch: expectJsonAnswers(createPooledFetch(config.concurrency, runtime.env))
  };
  const { url, endpoint } = providerEndpoint(config, runtime.env);
  const client = config.type === "azure" ? new AzureOpenAI({
    ...common,
    endpoint: url,
    deployment: config.model,
    apiVersion: config.api_version ?? "2024-10-21"
  }) : new OpenAIClient({ ...common, baseURL: url });
  const limiter = new RateLimiter({ concurrency: config.concurrency, rpm: config.rpm, tpm: config.tpm });
  const baseMs = runtime.retryBaseMs ?? 500;
  const attempt = async (request, received) => {
    const started = performance.now();
    const body = { ...request, ...config.config ?? {} };
    const options = {
      fetchOptions: { [ON_RECEIVED]: received }
    };
    if (!config.stream) {
      const res = await client.chat.completions.create(body, options);
      const choice = res.choices[0];
      return {
        content: choice?.message.content ?? "",
        usage: usageOf(res.usage),
        latencyMs: received() - started,
        finishReason: choice?.finish_reason ?? "unknown",
        model: res.model,
        systemFingerprint: res.system_fingerprint ?? void 0
      };
    }
    const stream = await client.chat.completions.create(
      { ...body, stream: true, stream_options: { include_usage: true } },
      options
    );
    let content = "";
    let firstTokenMs;
    let finishReason = "unknown";
    let usage;
    let model = request.model;
    let fingerprint;
    for await (const chunk of stream) {
      model = chunk.model;
      fingerprint = chunk.system_fingerprint ?? fingerprint;
      const choice = chunk.choices[0];
      if (choice?.delta.content) {
        firstTokenMs ??= performance.now() - started;
        content += choice.delta.content;
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    return {
      content,
      usage: usageOf(usage),
      latencyMs: received() - started,
      firstTokenMs,
      finishReason,
      model,
      systemFingerprint: fingerprint
    };
  };
  return {
    label: config.id ?? config.model,
    model: config.model,
    concurrency: config.concurrency,
    endpoint,
    async complete(request) {
      const estimate = Math.ceil(JSON.stringify(request.messages).length / 4) + (request.max_tokens ?? 0);
      for (let n = 0; ; n++) {
        const release = await limiter.acquire(estimate);
        let receivedAt;
        const received = () => {
          if (receivedAt === void 0) {
            receivedAt = performance.now();
            release();
          }
          return receivedAt;
        };
        try {
          const completion = await attempt(request, received);
          return redactRecord({ ...completion, attempts: n + 1 });
        } catch (e) {
          const notJson = notJsonAnswerIn(e);
          const status = notJson?.status ?? (e instanceof APIError ? e.status : void 0);
          const retryable = status === void 0 || RETRYABLE_STATUS.has(status) || notJson !== void 0 && status < 300;
          const reason = notJson ? notJson.message : describe(e);
          if (!retryable || n >= config.max_retries) {
            throw new RuntimeFailure(
              `${config.id ?? config.model}: ${reason}${n > 0 ? ` (after ${n + 1} attempts)` : ""}`,
              {
                hint: notJson ? "is base_url the API's address (…/v1), not a web page or a sign-in proxy?" : hintFor(e, status),
                cause: e
              }
            );
          }
          const told = e instanceof APIError ? retryAfterMs(e.headers) : void 0;
          const waitMs = told ?? backoffMs(n, baseMs);
          if (told !== void 0) limiter.pauseUntil(Date.now() + told);
          runtime.onRetry?.({ attempt: n + 1, waitMs, reason });
          release();
          await sleep2(waitMs);
        } finally {
          release();
        }
      }
    }
  };
}
function usageOf(u) {
  return {
    promptTokens: u?.prompt_tokens ?? 0,
    completionTokens: u?.completion_tokens ?? 0,
    cachedTokens: u?.prompt_tokens_details?.cached_tokens ?? 0,
    reasoningTokens: u?.completion_tokens_details?.reasoning_tokens ?? 0
  };
}
function describe(e) {
  const name = e.constructor?.name ?? "Error";
  const message = redact(e.message ?? String(e));
  if (name === "APIConnectionTimeoutError") return "request timed out";
  if (name === "APIConnectionError") {
    const cause = e.cause;
    const why = cause?.message ? redact(cause.message) : message;
    return `connection failed (${why})`;
  }
  return message;
}
function hintFor(e, status) {
  const name = e.constructor?.name;
  if (name === "APIConnectionError" || name === "APIConnectionTimeoutError")
    return "check base_url (or the Azure endpoint) and that the server is reachable from here";
  if (status === 401 || status === 403) return "check the API key and that it may use this model";
  if (status === 404) return "check the model name (on Azure: the deployment) and base_url";
  if (status === 400) return "the server rejected the request: check the prompt's config for this model";
  if (status === 429) return "rate limited: lower concurrency, or set rpm/tpm on the provider";
  return void 0;
}

// packages/llm/src/key-destinations.ts
var KEY_HOSTS = {
  OPENAI_API_KEY: ["api.openai.com"],
  AZURE_OPENAI_API_KEY: ["*.openai.azure.com", "*.cognitiveservices.azure.com"],
  ANTHROPIC_API_KEY: ["api.anthropic.com"],
  GROQ_API_KEY: ["api.groq.com"],
  MISTRAL_API_KEY: ["api.mistral.ai"],
  TOGETHER_API_KEY: ["api.together.xyz"],
  OPENROUTER_API_KEY: ["openrouter.ai"],
  DEEPSEEK_API_KEY: ["api.deepseek.com"]
};
function isForbiddenKeyVariable(name) {
  return isRunnerOnlyVariable(name) || /^(GITHUB_|GH_|RUNNER_)/i.test(name);
}
var hostMatches = (host, pattern) => {
  const p = pattern.toLowerCase();
  return p.startsWith("*.") ? host.endsWith(p.slice(1)) : host === p;
};
var isLoopback = (host) => host === "localhost" || host.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";
function checkKeyDestinations(suite, env, policy, locate) {
  const errors = [];
  const warnings = [];
  const allowed = [...Object.keys(KEY_HOSTS), ...policy.allowApiKeyEnv ?? []];
  for (const [i, provider] of suite.providers.entries()) {
    const name = provider.api_key_env;
    if (isForbiddenKeyVariable(name) || !allowed.includes(name)) {
      errors.push(
        new ConfigError(`api_key_env may not name ${name}`, {
          location: locate(["providers", i, "api_key_env"]),
          hint: isForbiddenKeyVariable(name) ? "runner and GitHub tokens are never sent to a model server" : `a suite may name ${allowed.join(", ")}; the workflow allows another with the allow-api-key-env input`
        })
      );
      continue;
    }
    if (!env[name]) continue;
    const { url } = providerEndpoint(provider, env);
    if (!URL.canParse(url)) {
      errors.push(
        new ConfigError(`OPENAI_BASE_URL is not a URL: "${url}"`, {
          location: { file: "environment", path: "OPENAI_BASE_URL" }
        })
      );
      continue;
    }
    const host = new URL(url).hostname.toLowerCase();
    if ((KEY_HOSTS[name] ?? []).some((p) => hostMatches(host, p)) || isLoopback(host)) continue;
    if ((policy.allowHosts ?? []).some((p) => hostMatches(host, p))) {
      warnings.push(`${name} is sent to ${host} (listed in allow-hosts)`);
      continue;
    }
    const field = provider.type === "azure" ? provider.azure_endpoint ? "azure_endpoint" : "base_url" : provider.base_url ? "base_url" : void 0;
    errors.push(
      new ConfigError(`${name} would be sent to ${host}, which is not a host of that key's provider`, {
        location: field ? locate(["providers", i, field]) : env.OPENAI_BASE_URL ? { file: "environment", path: "OPENAI_BASE_URL" } : locate(["providers", i, "api_key_env"]),
        hint: `${name} goes to ${(KEY_HOSTS[name] ?? []).join(", ") || "loopback only"} unless the workflow lists ${host} in the allow-hosts input`
      })
    );
  }
  return { errors, warnings };
}

// packages/llm/src/prices.json
var prices_default = {
  source: "https://developers.openai.com/api/docs/pricing (standard tier), checked against LiteLLM model_prices_and_context_window.json",
  asOf: "2026-01-15",
  unit: "USD per 1M tokens",
  models: {
    "gpt-4o": { input: 2.5, cachedInput: 1.25, output: 10 },
    "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6 },
    "gpt-4.1": { input: 2, cachedInput: 0.5, output: 8 },
    "gpt-4.1-mini": { input: 0.4, cachedInput: 0.1, output: 1.6 },
    "gpt-4.1-nano": { input: 0.1, cachedInput: 0.025, output: 0.4 },
    "gpt-5": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gpt-5.1": { input: 1.25, cachedInput: 0.125, output: 10 },
    "gpt-5.2": { input: 1.75, cachedInput: 0.175, output: 14 },
    "gpt-5-mini": { input: 0.25, cachedInput: 0.025, output: 2 },
    "gpt-5-nano": { input: 0.05, cachedInput: 5e-3, output: 0.4 }
  }
};

// packages/llm/src/prices.ts
var DEFAULT_PRICES = prices_default;
function priceFor(model, overrides = {}, prices = DEFAULT_PRICES) {
  const override = overrides[model];
  if (override) return { price: override, from: "override", matched: model };
  const exact = prices.models[model];
  if (exact) return { price: exact, from: "table", matched: model };
  const family = Object.keys(prices.models).filter((k) => model.startsWith(`${k}-`)).sort((a, b) => b.length - a.length)[0];
  return family ? { price: prices.models[family], from: "table", matched: family } : { from: "none" };
}
function providerPrice(provider) {
  const own = provider.price;
  if (own) return { input: own.input, cachedInput: own.cached_input, output: own.output };
  return priceFor(provider.model).price;
}
function costUsd(usage, price) {
  const cached = Math.min(usage.cachedTokens, usage.promptTokens);
  return ((usage.promptTokens - cached) * price.input + cached * (price.cachedInput ?? price.input) + usage.completionTokens * price.output) / 1e6;
}

// packages/llm/src/prompt-file.ts
import { createHash as createHash2 } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path2 from "node:path";
var import_dotprompt = __toESM(require_dist2(), 1);
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);

// packages/llm/src/semver.ts
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseSemver(text2) {
  const m = SEMVER.exec(text2);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] };
}
function compareSemver(a, b) {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  if (a.prerelease === b.prerelease) return 0;
  if (a.prerelease === void 0) return 1;
  if (b.prerelease === void 0) return -1;
  return a.prerelease < b.prerelease ? -1 : 1;
}

// packages/llm/src/prompt-file.ts
var RESERVED_KEYS = [
  "name",
  "variant",
  "version",
  "description",
  "model",
  "tools",
  "toolDefs",
  "config",
  "input",
  "output",
  "metadata"
];
var PromptFrontMatterSchema = looseObject({
  name: string().min(1).optional(),
  variant: string().min(1).optional(),
  version: string({ error: 'version must be a quoted semver string such as "1.2.0"' }).refine((v) => parseSemver(v) !== void 0, { message: "version must be semver (MAJOR.MINOR.PATCH)" }),
  description: string().optional(),
  model: string().optional(),
  tools: array(string()).optional(),
  toolDefs: array(record(string(), unknown())).optional(),
  config: record(string(), unknown()).optional(),
  input: object({ default: record(string(), unknown()).optional(), schema: unknown().optional() }).strict().optional(),
  output: object({ format: string().optional(), schema: unknown().optional() }).strict().optional(),
  metadata: record(string(), unknown()).optional()
}).superRefine((data, ctx) => {
  for (const key of Object.keys(data)) {
    if (RESERVED_KEYS.includes(key) || key.includes(".")) continue;
    const near = (0, import_fastest_levenshtein2.closest)(key, [...RESERVED_KEYS]);
    ctx.addIssue({
      code: "custom",
      path: [key],
      message: (0, import_fastest_levenshtein2.distance)(key, near) <= Math.max(2, key.length / 3) ? `Unknown key "${key}" (did you mean "${near}"?)` : `Unknown key "${key}" (allowed: ${RESERVED_KEYS.join(", ")}, or a dotted extension key)`
    });
  }
});
var FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*\n?/;
function normalizeSource(text2) {
  return text2.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}
function promptNameFromPath(relative) {
  const withoutExt = relative.replace(/\\/g, "/").replace(/\.prompt$/, "");
  const dir = path2.posix.dirname(withoutExt);
  const base = path2.posix.basename(withoutExt);
  const [stem = base, ...rest2] = base.split(".");
  const name = dir === "." ? stem : `${dir}/${stem}`;
  return rest2.length > 0 ? { name, variant: rest2.join(".") } : { name };
}
async function parsePromptFile(text2, file, inferred = promptNameFromPath(path2.basename(file))) {
  const source = normalizeSource(text2);
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new ConfigError("a prompt file must start with YAML front matter between --- lines", {
      location: { file, line: 1 },
      hint: 'begin the file with "---", then at least `version: "1.0.0"`, then "---" and the template'
    });
  }
  const frontText = match[1] ?? "";
  let meta;
  try {
    meta = parseConfigText(frontText, file, PromptFrontMatterSchema);
  } catch (e) {
    if (e instanceof ConfigError) throw shiftLines(e, 1);
    throw e;
  }
  const { template, templateLine } = templateOf(source, match[0].length);
  const resolveSchema = async (schema, key) => {
    if (schema === void 0) return void 0;
    try {
      return await (0, import_dotprompt.picoschema)(schema) ?? void 0;
    } catch (e) {
      throw new ConfigError(`invalid ${key} schema: ${e.message}`, {
        location: { file, path: `${key}.schema` },
        hint: "use Picoschema (`name: string, description`) or JSON Schema"
      });
    }
  };
  const inputSchema = await resolveSchema(meta.input?.schema, "input");
  const outputSchema = await resolveSchema(meta.output?.schema, "output");
  const ext = {};
  const spec = {};
  for (const [key, value] of Object.entries(meta)) {
    if (key.includes(".")) {
      const dot = key.indexOf(".");
      const ns = key.slice(0, dot);
      ext[ns] ??= {};
      ext[ns][key.slice(dot + 1)] = value;
    }
    if (key !== "version" && key !== "description" && key !== "metadata") spec[key] = value;
  }
  const name = meta.name ?? inferred.name;
  const variant = meta.variant ?? inferred.variant;
  return {
    file,
    id: variant ? `${name}.${variant}` : name,
    name,
    variant,
    version: meta.version,
    description: meta.description,
    model: meta.model,
    config: meta.config ?? {},
    inputDefault: meta.input?.default ?? {},
    inputSchema,
    outputFormat: meta.output?.format,
    outputSchema,
    ext,
    template,
    templateLine,
    source,
    hashes: {
      contentHash: sha256Of(source),
      templateHash: sha256Of(template),
      specHash: sha256Of(canonicalJson(spec)),
      schemaHash: sha256Of(
        canonicalJson({
          input: inputSchema ?? null,
          output: outputSchema ?? null,
          format: meta.output?.format ?? null
        })
      ),
      dotpromptVersion: createHash2("sha1").update(source).digest("hex").slice(0, 8)
    }
  };
}
function templateOf(source, start) {
  const body = source.slice(start);
  const leading = body.length - body.trimStart().length;
  return { template: body.trim(), templateLine: source.slice(0, start + leading).split("\n").length };
}
function shiftLines(e, by) {
  const shift = (x) => new ConfigError(x.message, {
    hint: x.hint,
    location: x.location && {
      ...x.location,
      line: x.location.line === void 0 ? void 0 : x.location.line + by
    }
  });
  const first2 = shift(e);
  return new ConfigError(first2.message, {
    hint: first2.hint,
    location: first2.location,
    others: e.others.map(shift)
  });
}
async function loadPromptFile(file, root) {
  let text2;
  try {
    text2 = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read prompt file (${e.code ?? String(e)})`, {
      location: { file },
      hint: "check the path; prompt paths in a suite are relative to the suite file"
    });
  }
  return parsePromptFile(
    text2,
    file,
    promptNameFromPath(root ? path2.relative(root, file) : path2.basename(file))
  );
}
function partialName(file) {
  const base = path2.basename(file);
  return base.startsWith("_") && base.endsWith(".prompt") ? base.slice(1, -".prompt".length) : void 0;
}
function parsePartial(text2, file) {
  const source = normalizeSource(text2);
  const front = FRONT_MATTER.exec(source);
  return { file, ...templateOf(source, front ? front[0].length : 0) };
}
async function loadPromptDir(dir) {
  const entries = await readdir(dir, { recursive: true }).catch((e) => {
    if (e.code === "ENOENT") return [];
    throw e;
  });
  const prompts = [];
  const partials = /* @__PURE__ */ new Map();
  for (const rel of entries.filter((f) => f.endsWith(".prompt")).sort()) {
    const file = path2.join(dir, rel);
    assertInsideWorkspace(file, { file });
    const name = partialName(file);
    if (name !== void 0) {
      partials.set(name, parsePartial(await readFile(file, "utf8"), file));
      continue;
    }
    prompts.push(await loadPromptFile(file, dir));
  }
  const seen = /* @__PURE__ */ new Map();
  for (const p of prompts) {
    const other = seen.get(p.id);
    if (other) {
      throw new ConfigError(`two prompt files define "${p.id}"`, {
        location: { file: p.file },
        hint: `rename one of ${other} and ${p.file}, or give it a variant`
      });
    }
    seen.set(p.id, p.file);
  }
  return { prompts, partials };
}

// packages/llm/src/prompt-lock.ts
import { readFile as readFile2, writeFile } from "node:fs/promises";
import path3 from "node:path";
var PROMPT_LOCK_FILE = "prompts.lock.json";
var LockEntrySchema = object({
  file: string(),
  version: string(),
  contentHash: string(),
  templateHash: string(),
  specHash: string(),
  schemaHash: string(),
  dotpromptVersion: string()
}).strict();
var PromptLockSchema = object({ lockfileVersion: literal(1), prompts: record(string(), LockEntrySchema) }).strict();
function lockEntry(prompt, root) {
  return {
    file: path3.relative(root, prompt.file).split(path3.sep).join("/"),
    version: prompt.version,
    ...prompt.hashes
  };
}
function buildPromptLock(prompts, root) {
  const entries = [...prompts].sort((a, b) => a.id < b.id ? -1 : 1).map((p) => [p.id, lockEntry(p, root)]);
  return { lockfileVersion: 1, prompts: Object.fromEntries(entries) };
}
async function readPromptLock(file) {
  const text2 = await readFile2(file, "utf8").catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  return text2 === void 0 ? void 0 : parseConfigText(text2, file, PromptLockSchema);
}
async function writePromptLock(file, lock) {
  await writeFile(file, `${JSON.stringify(lock, null, 2)}
`);
}
function lintPromptVersions(head, base) {
  const findings = [];
  for (const prompt of head) {
    const before = base.get(prompt.id);
    if (!before || before.contentHash === prompt.hashes.contentHash) continue;
    const was = parseSemver(before.version);
    const now = parseSemver(prompt.version);
    if (!was || !now) continue;
    const order = compareSemver(now, was);
    const at = { prompt: prompt.id, file: prompt.file };
    if (order === 0) {
      findings.push({
        ...at,
        rule: "version-not-bumped",
        message: `prompt "${prompt.id}" changed but its version is still ${prompt.version}`,
        hint: `bump version in ${prompt.file} (patch for wording, minor for behaviour, major for the input/output contract)`
      });
      continue;
    }
    if (order < 0) {
      findings.push({
        ...at,
        rule: "version-decreased",
        message: `prompt "${prompt.id}" went from version ${before.version} down to ${prompt.version}`,
        hint: "versions only go up: pick one above the base version"
      });
      continue;
    }
    const breakingBump = was.major === 0 ? now.major > 0 || now.minor > was.minor : now.major > was.major;
    if (before.schemaHash !== prompt.hashes.schemaHash && !breakingBump) {
      findings.push({
        ...at,
        rule: "major-bump-required",
        message: `prompt "${prompt.id}" changed its input or output schema, which needs a major version bump (${before.version} → ${prompt.version})`,
        hint: `callers depend on the contract: set version to ${was.major === 0 ? `0.${was.minor + 1}.0` : `${was.major + 1}.0.0`} or later`
      });
    }
  }
  return findings;
}
function staleLockEntries(head, lock, root) {
  const findings = [];
  const hint = "run `mlops eval --update-lock` and commit prompts.lock.json";
  for (const prompt of head) {
    const entry = lock.prompts[prompt.id];
    const expected = lockEntry(prompt, root);
    if (!entry || JSON.stringify(entry) !== JSON.stringify(expected)) {
      findings.push({
        prompt: prompt.id,
        file: prompt.file,
        rule: "lock-stale",
        message: entry ? `prompts.lock.json is out of date for "${prompt.id}"` : `prompt "${prompt.id}" is missing from prompts.lock.json`,
        hint
      });
    }
  }
  for (const id of Object.keys(lock.prompts)) {
    if (!head.some((p) => p.id === id)) {
      findings.push({
        prompt: id,
        file: lock.prompts[id]?.file ?? PROMPT_LOCK_FILE,
        rule: "lock-stale",
        message: `prompts.lock.json lists "${id}", which no longer exists`,
        hint
      });
    }
  }
  return findings;
}

// packages/llm/src/prompt-render.ts
var import_dotprompt2 = __toESM(require_dist2(), 1);

// packages/llm/src/strict-variables.ts
var import_fastest_levenshtein3 = __toESM(require_mod(), 1);
var BUILTIN_HELPERS = /* @__PURE__ */ new Set(["if", "unless", "each", "with", "lookup", "log"]);
var DOTPROMPT_HELPERS = /* @__PURE__ */ new Set([
  "role",
  "history",
  "section",
  "media",
  "json",
  "ifEquals",
  "unlessEquals"
]);
var CONTEXT_CHANGING = /* @__PURE__ */ new Set(["each", "with"]);
var CONDITIONS = /* @__PURE__ */ new Set(["if", "unless"]);
function parseTemplate(parse, source) {
  try {
    return parse(source.template);
  } catch (e) {
    const message = e.message;
    const line = /line (\d+)/.exec(message)?.[1];
    throw new ConfigError(`template syntax error in prompt "${source.prompt}": ${message.split("\n")[0]}`, {
      location: {
        file: source.file,
        line: line ? source.templateLine + Number(line) - 1 : source.templateLine
      },
      hint: "check the {{ }} tags: every {{#block}} needs its {{/block}}"
    });
  }
}
function checkTemplateVariables(parse, source, data, partials = /* @__PURE__ */ new Map()) {
  const visiting = /* @__PURE__ */ new Set();
  const walkTemplate = (src, scope) => {
    if (visiting.has(src.file)) return;
    visiting.add(src.file);
    const root = parseTemplate(parse, src);
    walk(root, scope, src);
    visiting.delete(src.file);
  };
  const fail = (path9, src) => {
    const available = Object.keys(data);
    const near = available.length > 0 ? (0, import_fastest_levenshtein3.closest)(path9.parts[0] ?? "", available) : void 0;
    const suggestion = near !== void 0 && (0, import_fastest_levenshtein3.distance)(near, path9.parts[0] ?? "") <= Math.max(2, near.length / 3) ? ` Did you mean "${near}"?` : "";
    const start = path9.loc?.start;
    throw new ConfigError(
      `prompt "${source.prompt}" uses the variable "${path9.original}", which the case does not define`,
      {
        location: {
          file: src.file,
          line: start ? src.templateLine + start.line - 1 : src.templateLine,
          column: start ? start.column + 1 : void 0,
          path: path9.original
        },
        hint: `the case defines: ${available.length > 0 ? available.join(", ") : "nothing"}.${suggestion} Map it in the suite's vars, add it to the dataset, or give it an input.default`
      }
    );
  };
  const checkPath = (path9, scope, src) => {
    if (path9.data) {
      if (path9.original.startsWith("@root."))
        checkParts(path9, path9.parts[0] === "root" ? path9.parts.slice(1) : path9.parts, src);
      return;
    }
    if (!scope.checkable || path9.depth > 0 || path9.parts.length === 0) return;
    if (path9.original === "this" || path9.original.startsWith("this.")) return;
    if (scope.guarded.has(path9.parts[0] ?? "")) return;
    checkParts(path9, path9.parts, src);
  };
  const checkParts = (path9, parts, src) => {
    let cur = data;
    for (const part of parts) {
      if (cur === null || typeof cur !== "object") return;
      if (!(part in cur)) fail(path9, src);
      cur = cur[part];
    }
  };
  const walkExpr = (node, scope, src) => {
    if (!node) return;
    if (node.type === "PathExpression") checkPath(node, scope, src);
    else if (node.type === "SubExpression") walkCall(node, scope, src);
  };
  const walkCall = (node, scope, src) => {
    const path9 = node.path;
    const params = node.params ?? [];
    const hash = node.hash;
    const name = path9.original;
    const isHelper = BUILTIN_HELPERS.has(name) || DOTPROMPT_HELPERS.has(name);
    if (!isHelper && params.length === 0 && !hash) {
      checkPath(path9, scope, src);
      return;
    }
    if (!CONDITIONS.has(name)) for (const p of params) walkExpr(p, scope, src);
    for (const pair of hash?.pairs ?? []) walkExpr(pair.value, scope, src);
  };
  const walk = (node, scope, src) => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        for (const child of node.body) walk(child, scope, src);
        return;
      case "MustacheStatement":
        walkCall(node, scope, src);
        return;
      case "BlockStatement": {
        const path9 = node.path;
        const params = node.params ?? [];
        const name = path9.original;
        walkCall({ ...node, type: "SubExpression" }, scope, src);
        let inner = scope;
        if (CONTEXT_CHANGING.has(name)) inner = { ...scope, checkable: false };
        else if (CONDITIONS.has(name)) {
          const guarded = new Set(scope.guarded);
          for (const p of params)
            if (p.type === "PathExpression") guarded.add(p.parts[0] ?? "");
          inner = { ...scope, guarded };
        }
        walk(node.program, inner, src);
        walk(node.inverse, scope, src);
        return;
      }
      case "PartialStatement":
      case "PartialBlockStatement": {
        const name = node.name.original ?? "";
        const partial = partials.get(name);
        const hasContext = (node.params ?? []).length > 0;
        if (!partial) {
          const start = node.loc?.start;
          throw new ConfigError(
            `prompt "${source.prompt}" uses the partial "${name}", which does not exist`,
            {
              location: { file: src.file, line: start ? src.templateLine + start.line - 1 : void 0 },
              hint: `create _${name}.prompt next to the prompt files`
            }
          );
        }
        if (!hasContext) walkTemplate(partial, scope);
        return;
      }
      default:
        return;
    }
  };
  walkTemplate(source, { checkable: true, guarded: /* @__PURE__ */ new Set() });
}

// packages/llm/src/prompt-render.ts
var PromptRenderer = class {
  #dotprompt;
  #parse;
  #partials;
  #compiled = /* @__PURE__ */ new Map();
  constructor(set = { partials: /* @__PURE__ */ new Map() }) {
    this.#dotprompt = new import_dotprompt2.Dotprompt();
    const shared = this.#dotprompt.handlebars;
    const own = shared.create();
    for (const [name, helper] of Object.entries(shared.helpers)) own.registerHelper(name, helper);
    this.#dotprompt.handlebars = own;
    this.#partials = /* @__PURE__ */ new Map();
    for (const [name, partial] of set.partials) {
      this.#dotprompt.definePartial(name, partial.template);
      this.#partials.set(name, { prompt: `_${name}`, ...partial });
    }
    const handlebars = this.#dotprompt.handlebars;
    const trees = /* @__PURE__ */ new Map();
    this.#parse = (template) => {
      let tree = trees.get(template);
      if (!tree) {
        tree = handlebars.parse(template);
        trees.set(template, tree);
      }
      return tree;
    };
    this.#refuseIncludeCycles();
  }
  /**
   * A partial that includes itself, directly or through others, would recurse until the stack is gone
   * when rendered: refused when the prompts load, naming the chain and the include that closes it.
   */
  #refuseIncludeCycles() {
    const done = /* @__PURE__ */ new Set();
    const chain = [];
    const visit = (name) => {
      const partial = this.#partials.get(name);
      if (!partial || done.has(name)) return;
      chain.push(name);
      for (const include of this.#includes(partial.template)) {
        const at = chain.indexOf(include.name);
        if (at >= 0) {
          const cycle = [...chain.slice(at), include.name].map((n) => `"${n}"`).join(" → ");
          throw new ConfigError(`the partial "${include.name}" includes itself: ${cycle}`, {
            location: { file: partial.file, line: partial.templateLine + include.line - 1 },
            hint: "remove the include that closes the loop"
          });
        }
        visit(include.name);
      }
      chain.pop();
      done.add(name);
    };
    for (const name of this.#partials.keys()) visit(name);
  }
  /** The partials a template includes directly; a template that does not parse is reported when rendered. */
  #includes(template) {
    try {
      return partialIncludes(this.#parse(template));
    } catch {
      return [];
    }
  }
  /** Fails on a template syntax error or a variable the data lacks, located in the prompt file. */
  check(prompt, vars) {
    checkTemplateVariables(
      this.#parse,
      { prompt: prompt.id, file: prompt.file, template: prompt.template, templateLine: prompt.templateLine },
      { ...prompt.inputDefault, ...vars },
      this.#partials
    );
  }
  /**
   * The partials a prompt includes, directly or through other partials, with their templates: with the
   * prompt's own text they decide what is sent. A template that does not parse includes nothing here;
   * rendering reports it.
   */
  partialsUsed(prompt) {
    const used = /* @__PURE__ */ new Map();
    const visit = (template) => {
      for (const { name } of this.#includes(template)) {
        const partial = this.#partials.get(name);
        if (!partial || used.has(name)) continue;
        used.set(name, partial.template);
        visit(partial.template);
      }
    };
    visit(prompt.template);
    return used;
  }
  async render(prompt, vars, model) {
    this.check(prompt, vars);
    let compiled = this.#compiled.get(prompt.file);
    if (!compiled) {
      compiled = this.#dotprompt.compile(prompt.source);
      this.#compiled.set(prompt.file, compiled);
    }
    const rendered = await (await compiled)({ input: vars }, { input: { default: prompt.inputDefault } });
    return toChatRequest(prompt, rendered.messages, model);
  }
};
function partialIncludes(node, found = []) {
  if (Array.isArray(node)) {
    for (const child of node) partialIncludes(child, found);
  } else if (node && typeof node === "object") {
    const n = node;
    if ((n.type === "PartialStatement" || n.type === "PartialBlockStatement") && typeof n.name?.original === "string")
      found.push({ name: n.name.original, line: n.loc?.start?.line ?? 1 });
    for (const [key, value] of Object.entries(node))
      if (key !== "loc" && key !== "name") partialIncludes(value, found);
  }
  return found;
}
function toChatMessage(message, prompt) {
  const role = message.role === "model" ? "assistant" : message.role === "tool" ? void 0 : message.role;
  if (!role) {
    throw new ConfigError(
      `prompt "${prompt.id}" has a tool message, which chat evaluation does not support`,
      {
        location: { file: prompt.file }
      }
    );
  }
  const parts = message.content.flatMap((part) => {
    if ("text" in part && typeof part.text === "string") return [{ type: "text", text: part.text }];
    if ("media" in part && part.media) return [{ type: "image_url", image_url: { url: part.media.url } }];
    return [];
  });
  if (parts.every((p) => p.type === "text")) {
    return {
      role,
      content: parts.map((p) => p.text).join("").trim()
    };
  }
  return { role, content: parts };
}
var num = (v) => typeof v === "number" ? v : void 0;
function toChatRequest(prompt, messages, model) {
  const c = prompt.config;
  const request = {
    model,
    messages: messages.map((m) => toChatMessage(m, prompt)).filter((m) => m.content.length > 0)
  };
  const temperature = num(c.temperature);
  const topP = num(c.topP) ?? num(c.top_p);
  const maxTokens = num(c.maxOutputTokens) ?? num(c.max_tokens);
  const stop = c.stopSequences ?? c.stop;
  if (temperature !== void 0) request.temperature = temperature;
  if (topP !== void 0) request.top_p = topP;
  if (maxTokens !== void 0) request.max_tokens = maxTokens;
  if (Array.isArray(stop)) request.stop = stop.map(String);
  for (const key of ["seed", "frequency_penalty", "presence_penalty"]) {
    const v = num(c[key] ?? c[key.replace(/_(\w)/g, (_, x) => x.toUpperCase())]);
    if (v !== void 0) request[key] = v;
  }
  if (prompt.outputFormat === "json") {
    request.response_format = prompt.outputSchema ? {
      type: "json_schema",
      json_schema: {
        name: prompt.name.replace(/[^a-zA-Z0-9_-]/g, "_").slice(0, 64),
        schema: prompt.outputSchema,
        strict: true
      }
    } : { type: "json_object" };
  }
  return request;
}
function modelOf(prompt) {
  return prompt.model?.replace(/^[a-z-]+\//, "");
}

// packages/llm/src/response-cache.ts
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, readFile as readFile3, rename, rm, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";
var DEFAULT_CACHE_DIR = ".mlops/llm-cache";
function requestKey(endpoint, request, repeat) {
  return sha256Of({ endpoint, request, repeat });
}
var tmpSequence = 0;
var ResponseCache = class {
  #dir;
  #mode;
  constructor(dir, mode) {
    this.#dir = dir;
    this.#mode = mode;
  }
  #file(key) {
    return path4.join(this.#dir, key.slice(0, 2), `${key}.json`);
  }
  async get(key) {
    if (this.#mode !== "use") return void 0;
    const text2 = await readFile3(this.#file(key), "utf8").catch(() => void 0);
    if (text2 === void 0) return void 0;
    try {
      return JSON.parse(text2).response;
    } catch {
      return void 0;
    }
  }
  async set(key, response, storedAt) {
    if (this.#mode === "off") return;
    const file = this.#file(key);
    await mkdir(path4.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}-${++tmpSequence}.tmp`;
    const record2 = redactRecord({ key, storedAt: storedAt.toISOString(), response });
    await writeFile2(tmp, JSON.stringify(record2));
    await rename(tmp, file);
  }
};
var Checkpoint = class {
  #file;
  #done = /* @__PURE__ */ new Map();
  #fd;
  #failure;
  constructor(file) {
    this.#file = file;
  }
  /** Reads what an earlier, interrupted run of the same inputs completed. */
  async open() {
    const text2 = await readFile3(this.#file, "utf8").catch(() => "");
    for (const line of text2.split("\n")) {
      if (!line) continue;
      try {
        const { key, response } = JSON.parse(line);
        this.#done.set(key, response);
      } catch {
      }
    }
    await mkdir(path4.dirname(this.#file), { recursive: true });
    this.#fd = openSync(this.#file, "a");
    if (text2 && !text2.endsWith("\n")) writeSync(this.#fd, "\n");
    return this.#done.size;
  }
  get(key) {
    return this.#done.get(key);
  }
  /**
   * Journals a completed call: when this returns, its line is with the kernel. One synchronous write per
   * call costs microseconds, and batching answers that arrive together would leave them unjournaled
   * for a turn of the event loop meanwhile. A failed write does not hold up grading: the run reports it
   * at the end.
   */
  record(key, response) {
    const record2 = redactRecord({ key, response });
    this.#done.set(key, record2.response);
    if (this.#fd === void 0 || this.#failure) return;
    const line = Buffer.from(`${JSON.stringify(record2)}
`);
    try {
      for (let at = 0; at < line.length; ) at += writeSync(this.#fd, line, at);
    } catch (e) {
      this.#failure = e;
    }
  }
  /** Keeps the journal, for a run that stops early and resumes later. */
  close() {
    this.#closeFile();
  }
  async finish() {
    this.#closeFile();
    if (this.#failure) {
      throw new RuntimeFailure(
        `could not write the checkpoint ${this.#file}: ${this.#failure.message}`,
        {
          hint: "check free space and permissions of the cache directory",
          cause: this.#failure
        }
      );
    }
    await rm(this.#file, { force: true });
  }
  #closeFile() {
    if (this.#fd !== void 0) closeSync(this.#fd);
    this.#fd = void 0;
  }
};

// packages/llm/src/run-budget.ts
var shown = (x) => Number(x.toPrecision(3));
var RunBudget = class {
  #limits;
  #spent = { usd: 0, tokens: 0 };
  #held = { usd: 0, tokens: 0 };
  #completionTokens = 0;
  #answers = 0;
  #stopped;
  constructor(limits) {
    this.#limits = limits;
  }
  /** Why the run stopped starting calls, once it has: `budget: total_usd of 0.01 …`. */
  get stopped() {
    return this.#stopped;
  }
  /**
   * A call's expected cost before it is sent: the request's characters ÷ 4 for its input, and for its
   * answer max_tokens when set, else the mean of the answers so far, else the model's usual length.
   */
  estimate(request, price) {
    const promptTokens = Math.ceil(JSON.stringify(request.messages).length / 4);
    const completionTokens = request.max_tokens ?? (this.#answers > 0 ? Math.ceil(this.#completionTokens / this.#answers) : defaultCompletionTokens(request.model).tokens);
    return costOf({ promptTokens, completionTokens, cachedTokens: 0, reasoningTokens: 0 }, price);
  }
  /** Holds the estimate while the call is in flight; false, and stopped for good, when it would not fit. */
  admit(estimate) {
    if (this.#stopped) return false;
    this.#stopped = this.#exceeded(estimate);
    if (this.#stopped) return false;
    this.#held.usd += estimate.usd ?? 0;
    this.#held.tokens += estimate.tokens;
    return true;
  }
  /** A call admitted with `estimate` is over: its hold is released and what it cost is spent. */
  settle(estimate, usage, price) {
    this.#held.usd -= estimate.usd ?? 0;
    this.#held.tokens -= estimate.tokens;
    if (usage) this.spend(usage, price);
  }
  /** An answer that counts without a call now (from the cache or the journal) or one just received. */
  spend(usage, price) {
    const cost2 = costOf(usage, price);
    this.#spent.usd += cost2.usd ?? 0;
    this.#spent.tokens += cost2.tokens;
    this.#completionTokens += usage.completionTokens;
    this.#answers++;
  }
  #exceeded(next) {
    const { usd, tokens: tokens2 } = this.#limits;
    if (usd !== void 0 && next.usd !== void 0) {
      const total = this.#spent.usd + this.#held.usd + next.usd;
      if (total > usd)
        return `budget: total_usd of ${usd} reached ($${shown(this.#spent.usd)} spent, $${shown(this.#held.usd)} in flight, the next call ≈ $${shown(next.usd)})`;
    }
    if (tokens2 !== void 0) {
      const total = this.#spent.tokens + this.#held.tokens + next.tokens;
      if (total > tokens2)
        return `budget: total_tokens of ${tokens2} reached (${this.#spent.tokens} spent, ${this.#held.tokens} in flight, the next call ≈ ${next.tokens})`;
    }
    return void 0;
  }
};
function costOf(usage, price) {
  return {
    usd: price ? costUsd(usage, price) : void 0,
    tokens: usage.promptTokens + usage.completionTokens
  };
}

// packages/llm/src/runner.ts
function inShard(caseId, shard) {
  if (!shard || shard.total <= 1) return true;
  return Number.parseInt(sha256Of(caseId).slice(0, 8), 16) % shard.total === shard.index - 1;
}
async function runEval(input, deps) {
  const items = [];
  for (const testCase of input.cases) {
    if (!inShard(testCase.id, input.shard)) continue;
    for (const put of input.prompts) {
      for (const { provider, price } of input.providers) {
        for (let repeat = 0; repeat < input.repeat; repeat++)
          items.push({ testCase, repeat, put, provider, price });
      }
    }
  }
  const results = new Array(items.length);
  const progress = createProgress({ label: "eval", total: items.length, stream: deps.progressStream });
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const budget = new RunBudget(input.budget ?? {});
  let next = 0;
  const worker = async () => {
    while (next < items.length && !deps.signal?.aborted) {
      const index = next++;
      const item = items[index];
      results[index] = budget.stopped ? { ...identity(item), status: "skipped", cached: false, reason: budget.stopped } : await runItem(item, input.baseDir, { ...deps, budget }, now);
      progress.tick();
    }
  };
  const slots = input.providers.reduce((n, p) => n + p.provider.concurrency, 0);
  const first2 = Math.max(1, Math.min(items.length, slots));
  const ahead = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    const more = Math.max(0, Math.min(items.length, 2 * slots) - first2);
    await Promise.all(Array.from({ length: more }, worker));
  };
  await Promise.all([...Array.from({ length: first2 }, worker), ahead()]);
  progress.done();
  return results;
}
function identity({ testCase, repeat, put, provider }) {
  return {
    caseId: testCase.id,
    repeat,
    side: put.side,
    promptId: put.prompt.id,
    promptVersion: put.prompt.version,
    provider: provider.label,
    model: provider.model,
    critical: testCase.critical,
    tags: testCase.tags
  };
}
async function runItem(item, baseDir, deps, now) {
  const { testCase, repeat, put, provider, price } = item;
  const { budget } = deps;
  const base = identity(item);
  let completion;
  let cached = false;
  try {
    const request = await put.renderer.render(
      put.prompt,
      testCase.vars,
      provider.model || modelOf(put.prompt) || ""
    );
    const key = requestKey(provider.endpoint, request, repeat);
    const stored = deps.checkpoint.get(key) ?? await deps.cache.get(key);
    if (stored) {
      completion = stored;
      cached = true;
      budget.spend(completion.usage, price);
    } else {
      const estimate = budget.estimate(request, price);
      if (!budget.admit(estimate)) return { ...base, status: "skipped", cached, reason: budget.stopped };
      let answered;
      try {
        answered = await provider.complete(request);
      } finally {
        budget.settle(estimate, answered?.usage, price);
      }
      completion = answered;
      deps.checkpoint.record(key, completion);
      await deps.cache.set(key, completion, now());
    }
  } catch (e) {
    return { ...base, status: "error", cached, error: redact(formatError(e)) };
  }
  const cost2 = item.price ? costUsd(completion.usage, item.price) : void 0;
  try {
    const grading = await gradeOutput(
      testCase.assert,
      {
        output: completion.content,
        vars: testCase.vars,
        latencyMs: completion.latencyMs,
        costUsd: cost2,
        usage: completion.usage,
        baseDir
      },
      testCase.threshold
    );
    return {
      ...base,
      status: grading.pass ? "pass" : "fail",
      output: retainedOutput(completion.content),
      latencyMs: completion.latencyMs,
      usage: completion.usage,
      costUsd: cost2,
      cached,
      attempts: cached ? 0 : completion.attempts,
      score: grading.score,
      reason: grading.reason,
      grading: grading.components
    };
  } catch (e) {
    return {
      ...base,
      status: "error",
      output: retainedOutput(completion.content),
      latencyMs: completion.latencyMs,
      usage: completion.usage,
      costUsd: cost2,
      cached,
      error: redact(`grading failed: ${formatError(e)}`)
    };
  }
}
var RETAINED_OUTPUT_CHARS = 4e3;
function retainedOutput(output) {
  return output.length <= RETAINED_OUTPUT_CHARS ? output : `${output.slice(0, RETAINED_OUTPUT_CHARS)}… (${output.length - RETAINED_OUTPUT_CHARS} more characters in the checkpoint journal)`;
}

// packages/llm/src/shard-file.ts
import { readFile as readFile4 } from "node:fs/promises";
var ShardSchema = object({ index: number().int().min(1), total: number().int().min(1) }).refine((s) => s.index <= s.total, { message: "index must not exceed total", path: ["index"] });
var CaseResultSchema = looseObject({
  caseId: string(),
  repeat: number().int().min(0),
  side: _enum(["head", "base"]),
  promptId: string(),
  status: _enum(["pass", "fail", "error", "skipped"])
});
var EvaluationSchema = looseObject({
  head: looseObject({ id: string(), version: string() }),
  results: array(CaseResultSchema),
  lint: array(looseObject({ prompt: string(), rule: string(), message: string() }))
});
var ShardFileSchema = object({
  shard: ShardSchema,
  suites: array(
    object({
      suite: string().min(1),
      startedAt: iso_exports.datetime({ offset: true }),
      durationMs: number().min(0),
      evaluations: array(EvaluationSchema)
    })
  )
});
async function readShardFile(file) {
  const text2 = await readFile4(file, "utf8").catch((e) => {
    throw new ConfigError(`cannot read shard file (${e.code ?? String(e)})`, { location: { file } });
  });
  try {
    const parsed = ShardFileSchema.safeParse(JSON.parse(text2));
    if (parsed.success) return parsed.data;
  } catch {
  }
  try {
    return parseConfigText(text2, file, ShardFileSchema);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    throw new ConfigError(`invalid shard file: ${e.message}`, {
      location: e.location,
      hint: e.hint ?? "shard files are written by `mlops evaluate-llm --shard i/n`; rerun that shard",
      others: e.others
    });
  }
}

// packages/llm/src/suite-loader.ts
import { readFile as readFile5 } from "node:fs/promises";
import path5 from "node:path";

// packages/llm/src/csv.ts
function parseCsv(text2, file) {
  const records = [];
  const src = text2.replace(/^\uFEFF/, "");
  let fields = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: start, fields });
    fields = [];
    field = "";
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
    i++;
  }
  if (quoted) {
    throw new ConfigError("unterminated quoted field", {
      location: { file, line: start },
      hint: 'close the field with "'
    });
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

// packages/llm/src/suite-schema.ts
var PriceSchema = object({
  input: number().min(0).describe("USD per 1M input tokens"),
  cached_input: number().min(0).optional().describe("USD per 1M cached input tokens (default: input)"),
  output: number().min(0).describe("USD per 1M output tokens")
}).strict();
var ProviderSchema = object({
  id: string().min(1).optional().describe("Label in reports (default: the model)"),
  type: _enum(["openai", "azure", "openai-compatible"]).default("openai").describe("openai-compatible: any server speaking OpenAI's API at base_url (vLLM, Ollama, LiteLLM)"),
  model: string().min(1).describe("Model name (Azure: the deployment)"),
  base_url: string().url().optional().describe("API base URL, e.g. http://localhost:8000/v1"),
  api_key_env: string().default("OPENAI_API_KEY").describe(
    "Environment variable holding the API key (never put keys in the suite): a known LLM key such as OPENAI_API_KEY, or one the workflow allows with allow-api-key-env"
  ),
  azure_endpoint: string().url().optional(),
  api_version: string().optional().describe("Azure API version, e.g. 2024-10-21"),
  concurrency: number().int().positive().default(4).describe("Requests in flight at once"),
  rpm: number().positive().optional().describe("Requests per minute limit"),
  tpm: number().positive().optional().describe("Tokens per minute limit (estimated from the request)"),
  max_retries: number().int().min(0).default(4).describe("Retries on 429, 5xx, timeouts and dropped connections"),
  timeout_ms: number().int().positive().default(6e4).describe("Per request"),
  stream: boolean().default(false).describe("Stream responses (measures time to first token)"),
  price: PriceSchema.optional().describe("Price override for this model (self-hosted, unlisted)"),
  config: record(string(), unknown()).optional().describe("Request parameters that override the prompt's config (temperature, max_tokens, …)")
}).strict();
var DatasetSchema = union([
  ConfigPathSchema.describe("Path of a .jsonl or .csv file, relative to the suite"),
  object({
    path: ConfigPathSchema,
    format: _enum(["jsonl", "csv"]).optional().describe("Default: from the file extension"),
    limit: number().int().positive().optional()
  }).strict()
]);
var TestCaseSchema = object({
  id: string().min(1).optional().describe("Stable case id (default: position)"),
  description: string().optional(),
  vars: record(string(), unknown()).default({}),
  assert: array(AssertionSchema).default([]),
  threshold: number().min(0).max(1).optional().describe("Pass when the weighted score reaches this"),
  tags: array(string()).default([]),
  critical: boolean().default(false).describe("A regression on a critical case fails the gate alone")
}).strict();
var BudgetsSchema = object({
  total_usd: number().min(0).optional().describe("Maximum total cost; the run starts no call that would exceed it (the rest are skipped)"),
  usd_per_case: number().min(0).optional().describe("Maximum mean cost per case"),
  p95_latency_ms: number().min(0).optional(),
  total_tokens: number().int().min(0).optional().describe("Maximum total tokens; the run starts no call that would exceed it (the rest are skipped)")
}).strict();
var SuiteSchema = object({
  description: string().optional(),
  prompts: array(ConfigPathSchema).min(1).describe("Prompt files, relative to the suite (or to prompts_dir): each is evaluated on every case"),
  prompts_dir: ConfigPathSchema.prefault("../prompts").describe("Where prompt files and _partials live"),
  providers: array(ProviderSchema).min(1),
  datasets: array(DatasetSchema).default([]),
  tests: array(TestCaseSchema).default([]).describe("Inline cases"),
  vars: record(string(), string()).default({}).describe("Variable mapping: prompt variable → dataset column (when the names differ)"),
  defaults: object({
    assert: array(AssertionSchema).default([]),
    threshold: number().min(0).max(1).optional(),
    vars: record(string(), unknown()).default({})
  }).strict().default({ assert: [], vars: {} }).describe("Applied to every case"),
  repeat: number().int().positive().default(1).describe("Calls per case (each cached separately)"),
  gates: GatesSchema.default([]),
  budgets: BudgetsSchema.default({}),
  tags: array(string()).default([])
}).strict();

// packages/llm/src/suite-loader.ts
async function loadSuite(file) {
  const suite = await loadConfigFile(file, SuiteSchema, { prepare: loadAssertionEngines });
  const evaluation = { what: "the eval", known: promptEvalMetricNames(suite.repeat) };
  throwConfigErrors(unknownGateMetrics(suite.gates, evaluation, await configLocator(file)));
  const dir = path5.dirname(file);
  const cases = [];
  let inputsText = await readFile5(file, "utf8");
  for (const [i, dataset] of suite.datasets.entries()) {
    const spec = typeof dataset === "string" ? { path: dataset } : dataset;
    const datasetFile = path5.resolve(dir, spec.path);
    const text2 = await readFile5(datasetFile, "utf8").catch((e) => {
      throw new ConfigError(`cannot read dataset ${spec.path} (${e.code ?? e.message})`, {
        location: { file, path: `datasets[${i}]` },
        hint: "dataset paths are relative to the suite file"
      });
    });
    inputsText += `
${text2}`;
    const shown2 = path5.relative(process.cwd(), datasetFile) || datasetFile;
    const format = ("format" in spec ? spec.format : void 0) ?? (spec.path.endsWith(".csv") ? "csv" : "jsonl");
    let rows = format === "csv" ? csvRows(text2, shown2) : jsonlRows(text2, shown2);
    if ("limit" in spec && spec.limit !== void 0) rows = rows.slice(0, spec.limit);
    await loadAssertionEngines(rows.map((row) => row.data.assert));
    for (const row of rows)
      cases.push(toCase(row.data, suite, `${shown2}:${row.line}`, `${path5.basename(spec.path)}#${row.line}`));
  }
  for (const [i, test] of suite.tests.entries()) {
    cases.push(resolveCase(test, suite, `${file} (tests[${i}])`, `tests[${i}]`));
  }
  const seen = /* @__PURE__ */ new Map();
  for (const c of cases) {
    const other = seen.get(c.id);
    if (other) {
      throw new ConfigError(`two cases have the id "${c.id}"`, {
        location: { file },
        hint: `case ids must be unique (${other} and ${c.source})`
      });
    }
    seen.set(c.id, c.source);
  }
  if (cases.length === 0) {
    throw new ConfigError("the suite has no cases", {
      location: { file },
      hint: "add datasets (JSONL or CSV files) or inline tests"
    });
  }
  return { file, dir, suite, cases, inputsText };
}
function jsonlRows(text2, file) {
  const rows = [];
  for (const [i, line] of text2.split(/\r?\n/).entries()) {
    if (line.trim() === "") continue;
    let data;
    try {
      data = JSON.parse(line);
    } catch (e) {
      throw new ConfigError(`not valid JSON: ${e.message}`, {
        location: { file, line: i + 1 },
        hint: "each line of a .jsonl dataset is one JSON object"
      });
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) {
      throw new ConfigError("each line must be a JSON object", { location: { file, line: i + 1 } });
    }
    if (nestedTooDeep(data)) {
      throw new ConfigError(TOO_DEEP, {
        location: { file, line: i + 1 },
        hint: "a case's variables are a few levels deep; this one was not read"
      });
    }
    rows.push({ line: i + 1, data });
  }
  return rows;
}
function csvRows(text2, file) {
  const records = parseCsv(text2, file);
  const [header, ...body] = records;
  if (!header) return [];
  return body.map((r) => {
    if (r.fields.length !== header.fields.length) {
      throw new ConfigError(`expected ${header.fields.length} fields, found ${r.fields.length}`, {
        location: { file, line: r.line },
        hint: "quote fields that contain commas"
      });
    }
    return { line: r.line, data: Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i]])) };
  });
}
function toCase(data, suite, source, fallbackId) {
  const { id, assert, threshold, tags, critical, description, vars, ...columns } = data;
  const [file, line] = [
    source.slice(0, source.lastIndexOf(":")),
    Number(source.slice(source.lastIndexOf(":") + 1))
  ];
  const test = parseConfigValue(
    {
      id: id === void 0 ? void 0 : String(id),
      description,
      vars: { ...vars, ...columns },
      assert: assert ?? [],
      threshold: typeof threshold === "string" ? Number(threshold) : threshold,
      tags: typeof tags === "string" ? tags.split(/[;,]/).map((t) => t.trim()).filter(Boolean) : tags ?? [],
      critical: critical === true || critical === "true"
    },
    { file, line },
    TestCaseSchema
  );
  return resolveCase(test, suite, source, fallbackId);
}
function resolveCase(test, suite, source, fallbackId) {
  const vars = { ...suite.defaults.vars, ...test.vars };
  for (const [variable, column] of Object.entries(suite.vars)) {
    if (column in vars) vars[variable] = vars[column];
  }
  return {
    id: test.id ?? fallbackId,
    description: test.description,
    vars,
    assert: [...suite.defaults.assert, ...test.assert],
    threshold: test.threshold ?? suite.defaults.threshold,
    tags: [...suite.tags, ...test.tags],
    critical: test.critical,
    source
  };
}

// packages/llm/src/tiktoken-wasm.ts
import { execFile as execFile2 } from "node:child_process";
import { mkdir as mkdir2, mkdtemp, readFile as readFile6, rename as rename2, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path6 from "node:path";
import { promisify as promisify2 } from "node:util";
import { gunzipSync } from "node:zlib";
var TIKTOKEN_VERSION = "1.0.22";
var TIKTOKEN_WASM_SHA256 = "dedd9a7b5d8d98b44448bedb371ade1c5327f7bb5dd9effe159da816473a415f";
var WASM_IN_TARBALL = "package/tiktoken_bg.wasm";
function toolCacheDir(env) {
  if (env.RUNNER_TOOL_CACHE) return path6.join(env.RUNNER_TOOL_CACHE, "mlops");
  return path6.join(env.XDG_CACHE_HOME || path6.join(env.HOME || homedir(), ".cache"), "mlops");
}
async function tiktokenWasm(env) {
  const installed = installedWasm();
  if (installed) {
    const bytes = await readFile6(installed).catch(() => void 0);
    if (bytes) return bytes;
  }
  return cachedTiktokenWasm(toolCacheDir(env), env);
}
function installedWasm() {
  try {
    return createRequire(import.meta.url).resolve("tiktoken/tiktoken_bg.wasm");
  } catch {
    return void 0;
  }
}
async function cachedTiktokenWasm(cacheDir, env) {
  const file = path6.join(cacheDir, `tiktoken-${TIKTOKEN_VERSION}`, "tiktoken_bg.wasm");
  const cached = await readFile6(file).catch(() => void 0);
  if (cached && sha256Hex(cached) === TIKTOKEN_WASM_SHA256) return cached;
  await mkdir2(path6.dirname(file), { recursive: true });
  const work = await mkdtemp(`${path6.dirname(file)}${path6.sep}pack-`);
  try {
    const { stdout } = await promisify2(execFile2)(
      "npm",
      ["pack", `tiktoken@${TIKTOKEN_VERSION}`, "--pack-destination", work, "--json", "--silent"],
      { cwd: work, env, maxBuffer: 1 << 20 }
    ).catch((e) => {
      throw new RuntimeFailure(`could not fetch tiktoken ${TIKTOKEN_VERSION} with npm: ${e.message}`, {
        hint: "token counts need npm and access to the npm registry on first use (set npm_config_registry for a mirror)",
        cause: e
      });
    });
    const [packed] = JSON.parse(stdout);
    const tarball = await readFile6(path6.join(work, packed?.filename ?? ""));
    const wasm = fileInTar(gunzipSync(tarball), WASM_IN_TARBALL);
    if (!wasm || sha256Hex(wasm) !== TIKTOKEN_WASM_SHA256) {
      throw new RuntimeFailure(
        `tiktoken ${TIKTOKEN_VERSION} from npm does not hold the expected ${WASM_IN_TARBALL}`,
        {
          hint: "check the npm registry (npm_config_registry) serves the genuine package"
        }
      );
    }
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile3(tmp, wasm);
    await rename2(tmp, file);
    return wasm;
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}
function fileInTar(tar, name) {
  const text2 = (from, length2) => {
    const bytes = tar.subarray(from, from + length2);
    const end = bytes.indexOf(0);
    return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString("utf8");
  };
  for (let at = 0; at + 512 <= tar.length; ) {
    const base = text2(at, 100);
    if (!base) return void 0;
    const prefix = text2(at + 345, 155);
    const size = Number.parseInt(text2(at + 124, 12).trim() || "0", 8);
    const full = prefix ? `${prefix}/${base}` : base;
    if (full === name) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return void 0;
}

// packages/llm/src/tokens.ts
var PREFIXES = [
  ["gpt-5", "o200k_base"],
  ["gpt-4.1", "o200k_base"],
  ["gpt-4.5", "o200k_base"],
  ["gpt-4o", "o200k_base"],
  ["chatgpt-4o", "o200k_base"],
  ["gpt-oss", "o200k_base"],
  ["o1", "o200k_base"],
  ["o3", "o200k_base"],
  ["o4-mini", "o200k_base"],
  ["ft:gpt-4o", "o200k_base"],
  ["gpt-4", "cl100k_base"],
  ["gpt-3.5-turbo", "cl100k_base"],
  ["text-embedding-ada-002", "cl100k_base"],
  ["text-embedding-3", "cl100k_base"],
  ["davinci-002", "cl100k_base"],
  ["babbage-002", "cl100k_base"],
  ["text-davinci-003", "p50k_base"],
  ["code-davinci", "p50k_base"],
  ["davinci", "r50k_base"]
];
function encodingForModel(model) {
  for (const [prefix, encoding] of PREFIXES) {
    if (model === prefix || model.startsWith(`${prefix}-`) || model.startsWith(`${prefix}.`)) {
      return { encoding, known: true };
    }
  }
  return { encoding: "o200k_base", known: false };
}
var wasmRuntime = globalThis.WebAssembly;
async function createTokenCounter(model, env = process.env) {
  const { encoding, known } = encodingForModel(model);
  try {
    const loaded = await import("./init-YRJ23MWP.js");
    const { init, get_encoding } = loaded.default ?? loaded;
    const wasm = await tiktokenWasm(env);
    await init((imports) => wasmRuntime.instantiate(wasm, imports));
    const enc = get_encoding(encoding);
    return {
      // encode_ordinary skips the special-token scan: 5× faster, and prompts are plain text.
      count: (text2) => enc.encode_ordinary(text2).length,
      exact: known,
      free: () => enc.free()
    };
  } catch (e) {
    return {
      count: (text2) => Math.ceil(text2.length / 4),
      exact: false,
      fallback: `tiktoken unavailable (${e.message}): ⌈characters ÷ 4⌉ estimate`,
      free: () => {
      }
    };
  }
}
function chatTokens(counter, messages) {
  let total = 3;
  for (const m of messages) {
    total += 3 + counter.count(m.role);
    total += typeof m.content === "string" ? counter.count(m.content) : m.content.reduce((n, part) => n + (part.type === "text" ? counter.count(part.text) : 85), 0);
  }
  return total;
}

// packages/commands/src/evaluate-llm/dry-run-estimate.ts
import path7 from "node:path";
var number2 = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
async function estimateRun(suites, io) {
  const { logger } = io;
  const cache = new ResponseCache(io.cacheDir, "use");
  const basis = { maxTokens: 0, cachedAnswer: 0, cachedMean: 0, modelDefault: 0 };
  const defaults = /* @__PURE__ */ new Map();
  const overBudget = [];
  let calls = 0;
  let promptTokens = 0;
  let completionTokens = 0;
  let cost2 = 0;
  let exact = true;
  for (const { loaded, prompts } of suites) {
    const { repeat, providers } = loaded.suite;
    const heads = /* @__PURE__ */ new Map();
    const whole = { cost: 0, tokens: 0, cases: loaded.cases.length };
    for (const provider of providers) {
      const counter = await createTokenCounter(provider.model, io.env);
      if (counter.fallback) logger.warn(`${provider.model}: ${counter.fallback}`);
      exact &&= counter.exact;
      const price = providerPrice(provider);
      const { endpoint } = providerEndpoint(provider, io.env);
      const configured = number2(provider.config?.max_tokens) ?? number2(provider.config?.max_completion_tokens);
      try {
        for (const put of prompts) {
          const model = provider.model || modelOf(put.prompt) || "";
          const known = [];
          for (const c of loaded.cases) {
            const request = await put.renderer.render(put.prompt, c.vars, model);
            const input = chatTokens(counter, request.messages);
            const bound = configured ?? request.max_tokens;
            for (let r = 0; r < repeat; r++) {
              if (bound !== void 0) {
                known.push({ input, output: bound, basis: "maxTokens" });
                continue;
              }
              const answer = await cache.get(requestKey(endpoint, request, r));
              known.push(
                answer ? { input, output: answer.usage.completionTokens, basis: "cachedAnswer" } : { input }
              );
            }
          }
          const answered = known.filter((k) => k.basis === "cachedAnswer");
          const mean = answered.length > 0 ? Math.round(answered.reduce((n, k) => n + k.output, 0) / answered.length) : void 0;
          const fallback = defaultCompletionTokens(model);
          let tokens2 = 0;
          let spent = 0;
          for (const call of known) {
            const b = call.basis ?? (mean === void 0 ? "modelDefault" : "cachedMean");
            const output = call.output ?? mean ?? fallback.tokens;
            if (b === "modelDefault") defaults.set(model, `${fallback.tokens} for ${fallback.family}`);
            basis[b]++;
            tokens2 += call.input + output;
            spent += price ? (call.input * price.input + output * price.output) / 1e6 : 0;
            promptTokens += call.input;
            completionTokens += output;
          }
          calls += known.length;
          cost2 = cost2 === null || !price ? null : cost2 + spent;
          whole.cost = whole.cost === null || !price ? null : whole.cost + spent;
          whole.tokens += tokens2;
          if (put.side === "head") {
            const totals = heads.get(put.prompt.id) ?? { cost: 0, tokens: 0, cases: 0 };
            totals.cost = totals.cost === null || !price ? null : totals.cost + spent;
            totals.tokens += tokens2;
            totals.cases += loaded.cases.length;
            heads.set(put.prompt.id, totals);
          }
        }
      } finally {
        counter.free();
      }
    }
    const file = path7.relative(io.cwd, loaded.file);
    overBudget.push(...checkBudgets(loaded, heads, file, logger), ...checkCaps(loaded, whole, file, logger));
  }
  const sources = [
    basis.maxTokens > 0 ? `max_tokens on ${basis.maxTokens} calls` : "",
    basis.cachedAnswer > 0 ? `their cached answers on ${basis.cachedAnswer} calls` : "",
    basis.cachedMean > 0 ? `the mean of the prompt's cached answers on ${basis.cachedMean} calls` : "",
    basis.modelDefault > 0 ? `an assumed ${[...defaults].map(([m, d]) => `${d} (${m})`).join(", ")} per call on ${basis.modelDefault} calls — set max_tokens for a bound` : ""
  ].filter(Boolean);
  logger.info(
    `dry run: ${calls} calls, ${promptTokens} prompt tokens${exact ? "" : " (estimated)"}, ${completionTokens} completion tokens${sources.length > 0 ? ` (from ${sources.join("; ")})` : ""}, ${cost2 === null ? "cost unknown (no price)" : `≈ $${cost2.toFixed(4)}`}`
  );
  return {
    calls,
    promptTokens,
    completionTokens,
    completionBasis: basis,
    costUsd: cost2,
    exactTokens: exact,
    overBudget
  };
}
function checkCaps(loaded, whole, file, logger) {
  const { total_usd, total_tokens } = loaded.suite.budgets;
  const over = [];
  const cap = (name, limit, estimate) => {
    if (limit === void 0 || estimate === null || estimate <= limit) return;
    const message = `${file}: the whole suite's estimate ${Number(estimate.toPrecision(4))} exceeds ${name} of ${limit}: the run would stop there and skip the rest`;
    logger.warn(message);
    over.push(message);
  };
  cap("total_usd", total_usd, whole.cost);
  cap("total_tokens", total_tokens, whole.tokens);
  return over;
}
function checkBudgets(loaded, heads, file, logger) {
  const over = [];
  for (const [prompt, totals] of heads) {
    const estimates = {
      total_cost_usd: totals.cost,
      cost_per_case_usd: totals.cost === null || totals.cases === 0 ? null : totals.cost / totals.cases,
      total_tokens: totals.tokens
    };
    for (const gate of budgetGates(loaded.suite.budgets)) {
      const estimate = estimates[gate.metric];
      if (estimate === void 0) {
        logger.info(`${file}: ${gate.id} is not estimated in a dry run`);
      } else if (estimate === null) {
        logger.warn(`${file}: ${prompt}: ${gate.id} not checked: a model has no price`);
      } else if (gate.max !== void 0 && estimate > gate.max) {
        const message = `${file}: ${prompt}: estimate ${Number(estimate.toPrecision(4))} exceeds ${gate.id} (${gate.title}) of ${gate.max}`;
        logger.warn(message);
        over.push(message);
      }
    }
  }
  return over;
}

// packages/commands/src/evaluate-llm/eval-command.ts
var DEFAULT_SUITES = "evals/*.yaml";
var DEFAULT_SHARD_DIR = ".mlops/llm-shards";
function parseShard(text2) {
  const m = /^(\d+)\/(\d+)$/.exec(text2.trim());
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) {
    throw new ConfigError(`shard must look like 2/4 (index/total, 1 ≤ index ≤ total); found "${text2}"`, {
      location: { file: "action inputs", path: "shard" }
    });
  }
  return { index, total };
}
async function resolveSuites(spec, cwd) {
  const files = [];
  for (const part of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    if (/[*?[{]/.test(part)) {
      for await (const f of glob(part, { cwd })) files.push(path8.resolve(cwd, f));
    } else files.push(path8.resolve(cwd, part));
  }
  if (files.length === 0) {
    throw new ConfigError(`no eval suites match "${spec}"`, {
      location: { file: "action inputs", path: "suites" },
      hint: "put suites in evals/*.yaml or pass their paths"
    });
  }
  for (const file of files) assertInsideWorkspace(file, { file: path8.relative(cwd, file) });
  return [...new Set(files)].sort();
}
function lockPathFor(promptsDir, lockFile, cwd) {
  return lockFile ? path8.resolve(cwd, lockFile) : path8.join(path8.dirname(promptsDir), PROMPT_LOCK_FILE);
}
async function partialsAtRef(ref, promptsDir, cwd) {
  const partials = /* @__PURE__ */ new Map();
  const files = await filesAtRef(ref, path8.relative(cwd, promptsDir), cwd).catch(() => []);
  for (const file of files) {
    const name = partialName(file);
    const text2 = name === void 0 ? void 0 : await fileAtRef(ref, file, cwd);
    if (name !== void 0 && text2 !== void 0) partials.set(name, parsePartial(text2, `${ref}:${file}`));
  }
  return partials;
}
function promptsUnderTest({ prompts, renderer, baseRenderer }) {
  return prompts.flatMap(({ head, base }) => [
    { prompt: head, side: "head", renderer },
    ...base ? [{ prompt: base, side: "base", renderer: baseRenderer }] : []
  ]);
}
function partialsChanged(head, base) {
  const names = /* @__PURE__ */ new Set([...head.keys(), ...base.keys()]);
  return [...names].filter((name) => head.get(name) !== base.get(name)).sort();
}
function checkAllowedKeyVariables(names) {
  throwConfigErrors(
    names.filter(isForbiddenKeyVariable).map(
      (name) => new ConfigError(`${name} cannot be allowed as an API key variable`, {
        location: { file: "action inputs", path: "allow-api-key-env" },
        hint: "runner and GitHub tokens are never sent to a model server"
      })
    )
  );
}
async function prepareSuite(file, options, io) {
  const loaded = await loadSuite(file);
  const keys = checkKeyDestinations(
    loaded.suite,
    io.env,
    { allowApiKeyEnv: options.allowApiKeyEnv, allowHosts: options.allowHosts },
    await configLocator(file)
  );
  throwConfigErrors(keys.errors);
  for (const warning of keys.warnings) io.logger.warn(`${path8.relative(io.cwd, file)}: ${warning}`);
  const promptsDir = path8.resolve(loaded.dir, loaded.suite.prompts_dir);
  const set = await loadPromptDir(promptsDir);
  const renderer = new PromptRenderer(set);
  const baseRenderer = io.base ? new PromptRenderer({ partials: await partialsAtRef(io.base, promptsDir, io.cwd) }) : renderer;
  const lock = await readPromptLock(lockPathFor(promptsDir, options.lockFile, io.cwd));
  const prompts = [];
  for (const ref of loaded.suite.prompts) {
    const candidates = [path8.resolve(loaded.dir, ref), path8.resolve(promptsDir, ref)];
    const known = set.prompts.find((p) => p.id === ref || candidates.includes(path8.resolve(p.file)));
    const head = known ?? await loadPromptFile(candidates[0]);
    const shown2 = path8.relative(io.cwd, head.file);
    const headShown = { ...head, file: shown2 };
    let base;
    if (io.base) {
      const text2 = await fileAtRef(io.base, shown2, io.cwd);
      if (text2 !== void 0)
        base = await parsePromptFile(text2, `${io.base}:${shown2}`, { name: head.name, variant: head.variant });
    }
    const lint = [
      ...base ? lintPromptVersions([headShown], /* @__PURE__ */ new Map([[head.id, { version: base.version, ...base.hashes }]])) : [],
      ...lock ? staleLockEntries(
        [head],
        { ...lock, prompts: lock.prompts[head.id] ? { [head.id]: lock.prompts[head.id] } : {} },
        io.cwd
      ) : []
    ];
    const changedPartials = base ? partialsChanged(renderer.partialsUsed(head), baseRenderer.partialsUsed(base)) : [];
    const changed = base !== void 0 && (base.hashes.contentHash !== head.hashes.contentHash || changedPartials.length > 0);
    if (io.base && options.onlyChanged !== false && base && !changed) {
      io.logger.info(`${head.id}: unchanged since ${io.base}, skipped`);
      continue;
    }
    if (changedPartials.length > 0) {
      io.logger.info(
        `${head.id}: partials changed since ${io.base}: ${changedPartials.map((p) => `_${p}`).join(", ")}`
      );
    }
    prompts.push({ head: headShown, base: changed ? base : void 0, lint, changedPartials });
  }
  return { promptsDir, loaded, prompts, renderer, baseRenderer };
}
async function runEvaluateLlm(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const suites = await resolveSuites(options.suites || DEFAULT_SUITES, cwd);
  const ref = baseRef(options.base, env);
  if (ref) await verifyRef(ref, cwd);
  const shard = options.shard ? parseShard(options.shard) : void 0;
  const prepared = [];
  checkAllowedKeyVariables(options.allowApiKeyEnv ?? []);
  for (const file of suites)
    prepared.push(await prepareSuite(file, options, { cwd, logger, base: ref, env }));
  if (options.updateLock) {
    for (const promptsDir of new Set(prepared.map((p) => p.promptsDir))) {
      const lockPath = lockPathFor(promptsDir, options.lockFile, cwd);
      const set = await loadPromptDir(promptsDir);
      await writePromptLock(lockPath, buildPromptLock(set.prompts, path8.dirname(lockPath)));
      logger.info(`wrote ${path8.relative(cwd, lockPath)} (${set.prompts.length} prompts)`);
    }
    for (const p of prepared)
      for (const q of p.prompts) q.lint = q.lint.filter((f) => f.rule !== "lock-stale");
  }
  const cacheDir = path8.resolve(cwd, options.cacheDir || DEFAULT_CACHE_DIR);
  if (options.dryRun) {
    const estimate = await estimateRun(
      prepared.map((p) => ({ loaded: p.loaded, prompts: promptsUnderTest(p) })),
      { env, logger, cacheDir, cwd }
    );
    const status = estimate.overBudget.length > 0 ? "fail" : "pass";
    return { status, envelopePaths: [], estimate, results: [], reasons: estimate.overBudget };
  }
  const resultsDir = path8.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  const cache = new ResponseCache(cacheDir, options.cache ?? "use");
  const allResults = [];
  const envelopePaths = [];
  const statuses = [];
  const shardRecords = [];
  for (const suite of prepared) {
    const { loaded, prompts } = suite;
    if (prompts.length === 0) continue;
    const providers = [];
    for (const config of loaded.suite.providers) {
      const effective = options.concurrency ? { ...config, concurrency: options.concurrency } : config;
      const provider = await createProvider(effective, {
        env,
        retryBaseMs: io.retryBaseMs,
        onRetry: ({ attempt, waitMs, reason }) => logger.debug(
          `${config.id ?? config.model}: retry ${attempt} in ${Math.round(waitMs)} ms (${reason})`
        )
      });
      const price = providerPrice(config);
      if (!price)
        logger.warn(
          `${config.model}: no price in the table (${loaded.file}): cost is unknown; set price on the provider`
        );
      providers.push({ provider, price });
    }
    const startedAt = now();
    const started = performance.now();
    const under = promptsUnderTest(suite);
    const runKey = sha256Of({
      inputs: loaded.inputsText,
      prompts: under.map((u) => u.prompt.hashes.contentHash),
      providers: providers.map((p) => p.provider.endpoint + p.provider.model),
      shard
    });
    const checkpoint = new Checkpoint(path8.join(cacheDir, "checkpoints", `${runKey.slice(0, 32)}.jsonl`));
    const resumed = await checkpoint.open();
    if (resumed > 0) logger.info(`resuming: ${resumed} completed calls from an interrupted run are reused`);
    const results = await logger.group(
      `Evaluate ${path8.relative(cwd, loaded.file)}`,
      () => runEval(
        {
          cases: loaded.cases,
          prompts: under,
          providers,
          repeat: loaded.suite.repeat,
          baseDir: loaded.dir,
          shard,
          budget: runBudget(loaded.suite.budgets, shard)
        },
        { cache, checkpoint, logger, now, progressStream: io.progressStream, signal: io.signal }
      )
    );
    if (io.signal?.aborted) {
      checkpoint.close();
      const done = results.filter(Boolean).length;
      throw cancellation(
        io.signal,
        `${done} of ${results.length} calls of ${path8.relative(cwd, loaded.file)}`
      );
    }
    await checkpoint.finish();
    allResults.push(...results);
    const errors = results.filter((r) => r.status === "error");
    for (const r of errors.slice(0, 5)) logger.error(`${r.promptId} ${r.caseId}: ${r.error}`);
    const skipped = results.filter((r) => r.status === "skipped");
    if (skipped.length > 0)
      logger.error(
        `${path8.relative(cwd, loaded.file)}: ${skipped.length} of ${results.length} calls not made: ${skipped[0]?.reason}`
      );
    const durationMs = performance.now() - started;
    const evaluations = prompts.map(({ head, base, lint, changedPartials }) => ({
      head,
      base,
      ...ref ? { baseRef: ref } : {},
      lint,
      changedPartials,
      results: results.filter((r) => r.promptId === head.id)
    }));
    if (shard) {
      shardRecords.push({
        suite: path8.relative(cwd, loaded.file),
        startedAt: startedAt.toISOString(),
        durationMs,
        evaluations: evaluations.map(identityOnly)
      });
      continue;
    }
    const lineage = lineageOf(loaded, env);
    for (const evaluation of evaluations) {
      const envelope = buildPromptEnvelope(evaluation, loaded.suite, { startedAt, durationMs, lineage });
      envelopePaths.push(await writeEnvelope(resultsDir, redactEnvelope(envelope)));
      statuses.push(envelope.status);
      logger.info(`${evaluation.head.id}: ${envelope.status} — ${envelope.summary}`);
    }
  }
  const result = { status: worstStatus(statuses), envelopePaths, results: allResults };
  if (shard) {
    const dir = path8.resolve(cwd, options.shardDir || DEFAULT_SHARD_DIR);
    await mkdir3(dir, { recursive: true });
    const file = path8.join(dir, `shard-${shard.index}-of-${shard.total}.json`);
    const record2 = { shard, suites: shardRecords };
    await writeFile4(file, redact(JSON.stringify(record2)));
    result.shardPath = file;
    result.status = worstStatus(
      allResults.map((r) => r.status === "error" ? "error" : r.status === "skipped" ? "fail" : "pass")
    );
    logger.info(
      `shard ${shard.index}/${shard.total}: ${allResults.length} results in ${path8.relative(cwd, file)}; combine with \`mlops merge\``
    );
  }
  if (options.junit) {
    const junitPath = path8.resolve(cwd, options.junit);
    await mkdir3(path8.dirname(junitPath), { recursive: true });
    await writeFile4(junitPath, redact(toJUnitXml(allResults)));
    result.junitPath = junitPath;
  }
  if (envelopePaths.length === 0 && !shard) logger.info("no prompt to evaluate");
  return result;
}
function runBudget(budgets, shard) {
  const share = (limit) => limit === void 0 ? void 0 : limit / (shard?.total ?? 1);
  return { usd: share(budgets.total_usd), tokens: share(budgets.total_tokens) };
}
function identityOnly(e) {
  const id = (p) => ({
    id: p.id,
    version: p.version,
    file: p.file,
    hashes: p.hashes,
    ...p.template === void 0 ? {} : { template: p.template }
  });
  return {
    head: id(e.head),
    base: e.base && id(e.base),
    ...e.baseRef ? { baseRef: e.baseRef } : {},
    lint: e.lint,
    changedPartials: e.changedPartials,
    results: e.results
  };
}
function lineageOf(loaded, env) {
  const models = loaded.suite.providers.map((p) => p.model);
  return {
    gitSha: env.GITHUB_SHA,
    runUrl: runUrl(env),
    configDigest: `sha256:${sha256Of(loaded.inputsText)}`,
    parameters: { repeat: loaded.suite.repeat, cases: loaded.cases.length, models: models.join(", ") }
  };
}
function redactEnvelope(envelope) {
  return JSON.parse(redact(JSON.stringify(envelope)));
}

export {
  buildPromptEnvelope,
  toJUnitXml,
  readShardFile,
  loadSuite,
  DEFAULT_SUITES,
  DEFAULT_SHARD_DIR,
  parseShard,
  resolveSuites,
  runEvaluateLlm,
  lineageOf,
  redactEnvelope
};
