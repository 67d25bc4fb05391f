import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  bodyExcerpt
} from "./chunk-SXOIBMAW.js";
import {
  retryAfterMs
} from "./chunk-4IFPBSRH.js";
import {
  closestName
} from "./chunk-JHYWLUR6.js";
import {
  parseConfigText,
  require_dist
} from "./chunk-DG7BS5UH.js";
import {
  CheckStatusSchema,
  LineageSchema,
  SeveritySchema,
  SkipCauseSchema,
  sha256Hex
} from "./chunk-XSUZOP4V.js";
import {
  UserCommandEnvSchema,
  userCommandEnv
} from "./chunk-G4QNM2E2.js";
import {
  registerSecret
} from "./chunk-PYTCQQ7B.js";
import {
  ConfigPathSchema,
  assertInsideWorkspace
} from "./chunk-FJY5M3V4.js";
import {
  _enum,
  _null,
  array,
  boolean,
  discriminatedUnion,
  iso_exports,
  literal,
  number,
  object,
  record,
  string,
  union,
  url
} from "./chunk-33725BPV.js";
import {
  ConfigError,
  RuntimeFailure,
  formatLocation
} from "./chunk-CYLWIE3E.js";
import {
  __commonJS,
  __toESM
} from "./chunk-SFHOJSAM.js";

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid2 = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid2;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc3 = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc3;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = (a, b, loose) => compare2(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = (a, b) => compare2(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare2(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare2(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid2 = require_valid();
    var clean = require_clean();
    var inc3 = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid: valid2,
      clean,
      inc: inc3,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// packages/registry/src/adoption-commit.ts
import path from "node:path";

// packages/core/src/url-credentials.ts
function withoutUrlCredentials(url2) {
  if (!URL.canParse(url2)) return { url: url2, headers: {} };
  const parsed = new URL(url2);
  if (!parsed.username && !parsed.password) return { url: url2, headers: {} };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  const basic = Buffer.from(`${user}:${password}`).toString("base64");
  registerSecret(password);
  registerSecret(basic);
  parsed.username = "";
  parsed.password = "";
  return { url: parsed.toString(), headers: { authorization: `Basic ${basic}` } };
}

// packages/core/src/user-process.ts
import { spawn } from "node:child_process";
var TAIL_LINES = 20;
var MAX_LINE = 64 * 1024;
var DEFAULT_GRACE_MS = 2e3;
var liveGroups = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const pid of liveGroups) killGroup(pid, "SIGKILL");
  });
}
function startFailure(command, error) {
  const program = typeof command === "string" ? command : command[0];
  switch (error.code) {
    case "ENOENT":
      return `command not found: ${program}`;
    case "EACCES":
      return `not allowed to run ${program} (is it executable?)`;
    default:
      return `${program} could not start (${error.code ?? error.message})`;
  }
}
function runUserProcess(options) {
  const started = Date.now();
  const env = userCommandEnv(options.parentEnv, options.passEnv, options.ownEnv);
  const tail = [];
  const keep = (line, stream) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    options.onLine?.(line, stream);
  };
  const result = (fields) => ({
    code: null,
    signal: null,
    timedOut: false,
    cancelled: false,
    tail,
    durationMs: Date.now() - started,
    ...fields
  });
  if (options.signal?.aborted) return Promise.resolve(result({ cancelled: true }));
  return new Promise((resolve) => {
    const spawnOptions = {
      cwd: options.cwd,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    };
    const child = typeof options.command === "string" ? spawn(options.command, { ...spawnOptions, shell: true }) : spawn(options.command[0], options.command.slice(1), spawnOptions);
    const pid = child.pid;
    if (pid !== void 0) {
      installExitHook();
      liveGroups.add(pid);
    }
    let stopped;
    let killed = false;
    let closed;
    let killTimer;
    const stop = (why) => {
      if (stopped || pid === void 0) return;
      stopped = why;
      killGroup(pid, "SIGTERM");
      killTimer = setTimeout(() => {
        killed = true;
        killGroup(pid, "SIGKILL");
        if (closed) done(closed);
      }, options.graceMs ?? DEFAULT_GRACE_MS);
    };
    const timer = setTimeout(() => stop("timedOut"), options.timeoutMs);
    const onAbort = () => stop("cancelled");
    options.signal?.addEventListener("abort", onAbort, { once: true });
    for (const [stream, name] of [
      [child.stdout, "stdout"],
      [child.stderr, "stderr"]
    ]) {
      let pending = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        pending += chunk;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) keep(line, name);
        for (; pending.length > MAX_LINE; pending = pending.slice(MAX_LINE)) {
          keep(pending.slice(0, MAX_LINE), name);
        }
      });
      stream.on("end", () => {
        if (pending) keep(pending, name);
      });
    }
    let finished = false;
    const done = (fields) => {
      clearTimeout(killTimer);
      if (pid !== void 0) liveGroups.delete(pid);
      resolve(result({ timedOut: stopped === "timedOut", cancelled: stopped === "cancelled", ...fields }));
    };
    const finish = (fields) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (pid === void 0) return done(fields);
      if (!stopped) killGroup(pid, "SIGKILL");
      if (stopped && !killed && killGroup(pid, 0)) closed = fields;
      else done(fields);
    };
    child.once("error", (e) => finish({ startError: startFailure(options.command, e) }));
    child.once("close", (code, signal) => finish({ code, signal }));
  });
}

// packages/registry/src/audit-record.ts
import { createHash } from "node:crypto";

// packages/registry/src/registry-schema.ts
var REGISTRY_SCHEMA_VERSION = 1;
var MODEL_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$/;
var ALIAS_NAME = /^[a-z][a-z0-9_-]*$/;
var ArtifactRecordSchema = object({
  uri: string().min(1).describe("Relative to the registry directory, or file://; remote stores add schemes"),
  sha256: string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits").describe("Digest of the artifact's bytes; verified on every read"),
  bytes: number().int().nonnegative().optional(),
  format: string().optional().describe("e.g. onnx, pickle, churn-model/1")
}).strict();
var ModelFileSchema = object({
  schemaVersion: literal(REGISTRY_SCHEMA_VERSION),
  name: string().regex(MODEL_NAME, "letters, digits, - and _, starting and ending with a letter or digit"),
  description: string().optional(),
  aliases: record(string().regex(ALIAS_NAME, "lowercase letters, digits, - and _"), string()).default({}).describe("Alias → version, e.g. champion: 1.2.0")
}).strict();
var EvidenceSchema = object({
  digest: string().regex(/^sha256:[0-9a-f]{64}$/).describe("The artifact digest every result below was computed on"),
  results: array(
    object({
      kind: string(),
      name: string(),
      status: string(),
      startedAt: string().optional(),
      runUrl: string().optional(),
      gitSha: string().optional()
    }).strict()
  ).describe("The result envelopes behind the decision"),
  gates: array(
    object({
      kind: string(),
      id: string(),
      title: string().optional(),
      status: CheckStatusSchema,
      skip: SkipCauseSchema.optional().describe("Why a skipped gate did not apply"),
      severity: SeveritySchema,
      observed: union([string(), number(), boolean(), _null()]).optional(),
      expected: union([string(), number(), boolean(), _null()]).optional()
    }).strict()
  ).describe("Every gate of those results, with its outcome")
}).strict();
var AdoptionSchema = object({
  reason: string().min(1),
  at: iso_exports.datetime({ offset: true })
}).strict();
var VersionFileSchema = object({
  schemaVersion: literal(REGISTRY_SCHEMA_VERSION),
  version: string().min(1).describe("Semantic version, e.g. 1.2.0"),
  createdAt: iso_exports.datetime({ offset: true }),
  description: string().optional(),
  artifact: ArtifactRecordSchema,
  metrics: record(string(), number()).default({}).describe("Metrics recorded at registration"),
  lineage: LineageSchema.optional(),
  tags: record(string(), string()).default({}),
  evidence: EvidenceSchema.optional().describe(
    "Written by promote: the gates that passed for this artifact"
  ),
  adopted: AdoptionSchema.optional().describe(
    "Written by register: the version was already in use and predates the gates, so it has no evidence"
  )
}).strict();

// packages/registry/src/audit-record.ts
var ServingSchema = record(string(), object({ version: string(), track: string() }).strict());
var AuditRecordSchema = object({
  id: string().min(1),
  at: iso_exports.datetime({ offset: true }),
  action: _enum(["register", "adopt", "promote", "deploy", "rollback"]),
  model: string(),
  version: string(),
  digest: string().optional(),
  alias: string().optional(),
  stage: string().optional(),
  environment: string().optional(),
  strategy: string().optional(),
  track: string().optional().describe("Which backend serves the version (stable, blue, green, …)"),
  /** What the alias (or the environment) pointed at before; null when nothing did. */
  previous: string().nullable().optional(),
  outcome: _enum(["success", "failure"]).default("success"),
  actor: string(),
  reason: string(),
  links: record(string(), string()).default({}),
  approvals: array(object({ user: string(), environment: string() }).strict()).optional(),
  evidence: EvidenceSchema.optional(),
  message: string().optional(),
  /** The deployment's idempotency key (see deploy-state.ts), on deploy and rollback records. */
  deployment: string().optional(),
  /** Set when the version was deployed without holding the environment's alias, on an explicit override. */
  stageOverridden: literal(true).optional(),
  /** sha256 of the file of the record before (of the whole `audit.jsonl` for the first one after it); null for the first record. Absent in `audit.jsonl`. */
  prev: string().regex(/^sha256:[0-9a-f]{64}$/).nullable().optional(),
  /** What serves each environment once this record happened. Absent in `audit.jsonl`. */
  serving: ServingSchema.optional()
}).strict();
var textDigest = (text) => `sha256:${createHash("sha256").update(text).digest("hex")}`;
function servingAfter(before, record2) {
  const takesTraffic = (record2.action === "deploy" || record2.action === "rollback") && record2.outcome === "success" && record2.environment !== void 0 && record2.track !== "shadow";
  if (!takesTraffic) return before;
  return { ...before, [record2.environment]: { version: record2.version, track: record2.track ?? "stable" } };
}
function parseAuditRecord(text, file) {
  return parseConfigText(text, file, AuditRecordSchema);
}

// packages/registry/src/legacy-audit-log.ts
var legacyAuditLogPath = (model) => `models/${model}/audit.jsonl`;
function parseLegacyAuditLog(text, file) {
  const records = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    try {
      records.push(parseAuditRecord(line, file));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      throw new ConfigError(`invalid audit record: ${e.message}`, {
        location: { file, line: i + 1, ...e.location?.path ? { path: e.location.path } : {} },
        hint: "the audit log is append-only: restore the line from git history instead of editing it"
      });
    }
  }
  return records;
}

// packages/registry/src/audit-log.ts
var SHARD_SIZE = 1e3;
var SHARD = /^\d{5}$/;
var RECORD = /^(\d{8})\.json$/;
var auditFolder = (model) => `models/${model}/audit`;
function auditRecordPath(model, seq) {
  const shard = String(Math.floor(seq / SHARD_SIZE)).padStart(5, "0");
  return `${auditFolder(model)}/${shard}/${String(seq).padStart(8, "0")}.json`;
}
var shardFolders = async (files, model) => (await files.folders(auditFolder(model))).filter((s) => SHARD.test(s)).sort();
async function* auditRecordFiles(files, model, shards) {
  const folder = auditFolder(model);
  for (const shard of shards ?? await shardFolders(files, model)) {
    const names = (await files.list(`${folder}/${shard}`)).filter((n) => RECORD.test(n)).sort();
    for (const name of names)
      yield { seq: Number(RECORD.exec(name)[1]), file: `${folder}/${shard}/${name}` };
  }
}
async function lastRecord(files, model) {
  for (const shard of (await shardFolders(files, model)).reverse()) {
    let last;
    for await (const entry of auditRecordFiles(files, model, [shard])) last = entry;
    if (!last) continue;
    const found = await files.read(last.file);
    if (!found) continue;
    return {
      seq: last.seq,
      text: found.text,
      record: parseAuditRecord(found.text, files.describe(last.file))
    };
  }
  return void 0;
}
function chainAuditRecord(tip, input) {
  const checked = AuditRecordSchema.parse(input);
  const record2 = { ...checked, prev: tip.digest, serving: servingAfter(tip.serving, checked) };
  const text = `${JSON.stringify(record2, null, 2)}
`;
  const seq = tip.seq + 1;
  return {
    file: auditRecordPath(checked.model, seq),
    text,
    record: record2,
    next: { seq, digest: textDigest(text), serving: record2.serving ?? {} }
  };
}
async function auditTip(files, model) {
  const last = await lastRecord(files, model);
  if (last) return { seq: last.seq, digest: textDigest(last.text), serving: last.record.serving ?? {} };
  const legacy = await files.read(legacyAuditLogPath(model));
  if (!legacy) return { seq: 0, digest: null, serving: {} };
  const records = parseLegacyAuditLog(legacy.text, files.describe(legacyAuditLogPath(model)));
  return { seq: 0, digest: textDigest(legacy.text), serving: records.reduce(servingAfter, {}) };
}
async function servingVersion(files, model, environment) {
  return (await auditTip(files, model)).serving[environment];
}
async function readAuditLog(files, model) {
  const legacy = await files.read(legacyAuditLogPath(model));
  const records = legacy ? parseLegacyAuditLog(legacy.text, files.describe(legacyAuditLogPath(model))) : [];
  for await (const { file } of auditRecordFiles(files, model)) {
    const found = await files.read(file);
    if (found) records.push(parseAuditRecord(found.text, files.describe(file)));
  }
  return records;
}
var MAX_ATTEMPTS = 20;
async function appendAuditRecord(files, input) {
  let tip = await auditTip(files, input.model);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { file, text, record: record2 } = chainAuditRecord(tip, input);
    const outcome = await files.write(file, text, {
      expect: null,
      message: `audit: ${record2.action} ${record2.model} ${record2.version}`
    });
    if (outcome === "written") return record2;
    const taken = await files.read(file);
    if (taken) {
      const other = parseAuditRecord(taken.text, files.describe(file));
      if (other.id === record2.id) return other;
      tip = { seq: tip.seq + 1, digest: textDigest(taken.text), serving: other.serving ?? {} };
    } else {
      await backoff(attempt);
    }
  }
  throw new RuntimeFailure(
    `could not append to ${files.describe(auditFolder(input.model))}: too many concurrent writers`,
    { hint: "rerun the job; nothing was lost, the record was not written" }
  );
}
function backoff(attempt) {
  return new Promise((r) => setTimeout(r, Math.min(500, 10 * 2 ** attempt) * (0.5 + Math.random())));
}

// packages/registry/src/registry-writer.ts
var import_semver = __toESM(require_semver2(), 1);
var import_yaml = __toESM(require_dist(), 1);
var MAX_ATTEMPTS2 = 20;
var modelFileName = (model) => `models/${model}/model.yml`;
var versionFileName = (model, version) => `models/${model}/versions/${version}.yml`;
async function readModelState(files, model) {
  const rel = modelFileName(model);
  const file = files.describe(rel);
  const found = await files.read(rel);
  if (!found) {
    return {
      file,
      model: { schemaVersion: REGISTRY_SCHEMA_VERSION, name: model, aliases: {} },
      version: null,
      text: `schemaVersion: ${REGISTRY_SCHEMA_VERSION}
name: ${model}
aliases: {}
`
    };
  }
  const parsed = parseConfigText(found.text, file, ModelFileSchema);
  if (parsed.name !== model) {
    throw new ConfigError(`model file names "${parsed.name}" but lives in the folder of "${model}"`, {
      location: { file, line: lineOf(found.text, /^name\s*:/), path: "name" },
      hint: `set name: ${model}`
    });
  }
  for (const [alias, version] of Object.entries(parsed.aliases)) {
    if (!await files.read(versionFileName(model, version))) {
      throw new ConfigError(`alias "${alias}" points at version ${version}, which is not registered`, {
        location: {
          file,
          line: lineOf(found.text, new RegExp(`^\\s+${alias}\\s*:`)),
          path: `aliases.${alias}`
        },
        hint: `registered versions: ${(await listRegisteredVersions(files, model)).join(", ") || "(none)"}`
      });
    }
  }
  return { file, model: parsed, version: found.version, text: found.text };
}
async function listRegisteredVersions(files, model) {
  return (await files.list(`models/${model}/versions`)).filter((n) => n.endsWith(".yml")).map((n) => n.slice(0, -4)).filter((v) => (0, import_semver.valid)(v) !== null).sort(import_semver.compare);
}
async function readVersionRecord(files, model, version) {
  const rel = versionFileName(model, version);
  const found = await files.read(rel);
  if (!found) return void 0;
  const file = files.describe(rel);
  const record2 = parseConfigText(found.text, file, VersionFileSchema);
  if (record2.version !== version) {
    throw new ConfigError(`version file says "${record2.version}" but is named ${version}.yml`, {
      location: { file, line: lineOf(found.text, /^version\s*:/), path: "version" },
      hint: "the file name and the version field must agree"
    });
  }
  return { file, record: record2 };
}
async function versionHolding(files, model, versions, sha256) {
  for (const v of [...versions].reverse()) {
    const existing = await readVersionRecord(files, model, v);
    if (existing?.record.artifact.sha256 === sha256) return { version: v, ...existing };
  }
  return void 0;
}
function newVersionLabel(files, request, versions) {
  if (request.version === void 0) {
    return versions.length === 0 ? "1.0.0" : (0, import_semver.inc)(versions[versions.length - 1], "patch");
  }
  if ((0, import_semver.valid)(request.version) === null) {
    throw new ConfigError(`"${request.version}" is not a semantic version`, {
      location: { file: "promote inputs", path: "version" },
      hint: "write MAJOR.MINOR.PATCH, e.g. 1.2.0"
    });
  }
  if (versions.includes(request.version)) {
    const file = files.describe(versionFileName(request.model, request.version));
    throw new ConfigError(
      `version ${request.version} of "${request.model}" already exists with another artifact`,
      {
        location: { file, path: "version" },
        hint: "versions are immutable: choose a new version, or leave version empty for the next patch"
      }
    );
  }
  return request.version;
}
function versionFileText(request, version) {
  const record2 = VersionFileSchema.parse({
    schemaVersion: REGISTRY_SCHEMA_VERSION,
    version,
    createdAt: request.createdAt.toISOString(),
    ...request.description ? { description: request.description } : {},
    artifact: request.artifact,
    metrics: request.metrics ?? {},
    ...request.lineage ? { lineage: request.lineage } : {},
    tags: request.tags ?? {},
    ...request.evidence ? { evidence: request.evidence } : {},
    ...request.adopted ? { adopted: request.adopted } : {}
  });
  return { record: record2, text: (0, import_yaml.stringify)(record2, { lineWidth: 0 }) };
}
async function registerVersion(files, request) {
  const state = await readModelState(files, request.model);
  if (state.version === null) {
    await files.write(modelFileName(request.model), state.text, {
      expect: null,
      message: `registry: add model ${request.model}`
    });
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS2; attempt++) {
    const versions = await listRegisteredVersions(files, request.model);
    const existing = await versionHolding(files, request.model, versions, request.artifact.sha256);
    if (existing) return { ...existing, created: false };
    const version = newVersionLabel(files, request, versions);
    const rel = versionFileName(request.model, version);
    const { record: record2, text } = versionFileText(request, version);
    const outcome = await files.write(rel, text, {
      expect: null,
      message: `registry: register ${request.model} ${version}`
    });
    if (outcome === "written") return { version, file: files.describe(rel), record: record2, created: true };
    if (request.version !== void 0) continue;
    await backoff(attempt);
  }
  throw new RuntimeFailure(
    `could not register a version of "${request.model}": too many concurrent writers`,
    {
      hint: "rerun the job"
    }
  );
}
async function moveAlias(files, request) {
  if (!await readVersionRecord(files, request.model, request.version)) {
    throw new ConfigError(`version ${request.version} of "${request.model}" is not registered`, {
      location: { file: files.describe(versionFileName(request.model, request.version)) }
    });
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS2; attempt++) {
    const state = await readModelState(files, request.model);
    request.check?.(state);
    const previous = state.model.aliases[request.alias];
    const { text, after } = withAlias(state, request.alias, request.version);
    const outcome = await files.write(modelFileName(request.model), text, {
      expect: state.version,
      message: request.message
    });
    if (outcome === "written") return { previous, state, after };
    await backoff(attempt);
  }
  throw new RuntimeFailure(`could not move ${request.model}@${request.alias}: too many concurrent writers`, {
    hint: "rerun the job; the registry was not changed"
  });
}
function withAlias(state, alias, version) {
  const doc = (0, import_yaml.parseDocument)(state.text);
  doc.setIn(["aliases", alias], version);
  const text = doc.toString({ lineWidth: 0 });
  return { text, after: parseConfigText(text, state.file, ModelFileSchema) };
}
function lineOf(text, pattern) {
  const i = text.split("\n").findIndex((l) => pattern.test(l));
  return i < 0 ? void 0 : i + 1;
}

// packages/registry/src/adoption-commit.ts
var ADOPTION_NOTE = "predates the gates";
var adoptionNote = (adopted) => `adopted ${adopted.at.slice(0, 10)}: ${adopted.reason} — ${ADOPTION_NOTE}`;
async function commitAdoption(files, request) {
  const { value } = await files.transact({ message: request.message }, (base) => planAdoption(base, request));
  return value;
}
async function planAdoption(base, request) {
  const { model, alias, artifact } = request;
  const state = await readModelState(base, model);
  const aliases = state.model.aliases;
  const versions = await listRegisteredVersions(base, model);
  const existing = await versionHolding(base, model, versions, artifact.sha256);
  if (existing?.record.adopted && aliases[alias] === existing.version) {
    const value2 = { version: existing.version, previous: void 0, after: aliases, audit: void 0 };
    return { changes: [], value: { ...value2, landed: "already" } };
  }
  if (existing) {
    throw new ConfigError(
      `this artifact (sha256:${artifact.sha256}) is already registered as version ${existing.version} of "${model}"`,
      {
        location: { file: existing.file, path: "artifact.sha256" },
        hint: `nothing to adopt: promote or deploy version ${existing.version}`
      }
    );
  }
  const previous = aliases[alias];
  if (previous !== void 0 && !request.replace) {
    throw new ConfigError(`alias ${alias} of "${model}" already points at version ${previous}`, {
      location: { file: state.file, path: `aliases.${alias}` },
      hint: "adopt at another alias, or pass replace to move this one (the audit record names the version it replaced)"
    });
  }
  const version = newVersionLabel(base, request, versions);
  const adopted = { reason: request.reason, at: request.at.toISOString() };
  const changes = [
    {
      file: versionFileName(model, version),
      content: versionFileText({ model, artifact, adopted, createdAt: request.at }, version).text
    }
  ];
  const { stored } = request;
  if (stored && !(await base.list(path.posix.dirname(stored.file))).includes(path.posix.basename(stored.file))) {
    changes.push({ file: stored.file, content: stored.bytes });
  }
  const { text, after } = withAlias(state, alias, version);
  changes.push({ file: modelFileName(model), content: text });
  const record2 = chainAuditRecord(await auditTip(base, model), {
    id: `adopt:${model}:${artifact.sha256}:${alias}`,
    at: adopted.at,
    action: "adopt",
    model,
    version,
    digest: `sha256:${artifact.sha256}`,
    alias,
    previous: previous ?? null,
    actor: request.actor,
    reason: request.reason,
    links: request.links,
    message: `adopted as it is: the version ${ADOPTION_NOTE} and has no evidence`
  });
  changes.push({ file: record2.file, content: record2.text });
  const value = { version, previous, after: after.aliases, audit: record2.record, landed: "now" };
  return { changes, value };
}

// packages/registry/src/artifact-digest.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
async function streamDigest(chunks) {
  const hash = createHash2("sha256");
  let bytes = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest("hex"), bytes };
}
var fileDigest = (file) => streamDigest(createReadStream(file));

// packages/registry/src/artifact-file.ts
import { readdir } from "node:fs/promises";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
var storedArtifactDir = (model, sha256) => `artifacts/${model}/sha256-${sha256}`;
var releaseAssetTag = (model, sha256) => `${model}@sha256-${sha256.slice(0, 12)}`;
var HAS_SCHEME = /^[a-z][a-z0-9+.-]+:/i;
async function localArtifactFile(registered, folder) {
  const { artifactUri: uri, digest, recordedIn } = registered;
  const local = await localArtifactPath(registered, folder);
  if (local === void 0) return void 0;
  const actual = await fileDigest(local).catch((e) => {
    throw new ConfigError(`artifact ${uri} is missing (${e.code ?? String(e)})`, {
      location: { file: recordedIn.file, path: recordedIn.uriPath },
      hint: `restore the file at ${local}, or fix ${recordedIn.uriPath} (relative to the registry folder)`
    });
  });
  if (`sha256:${actual.sha256}` !== digest) {
    throw new ConfigError(
      `artifact digest mismatch: ${uri} has sha256:${actual.sha256}, the registry records ${digest}`,
      {
        location: { file: recordedIn.file, path: recordedIn.digestPath },
        hint: "the artifact changed after it was registered: restore the registered file, or register a new version"
      }
    );
  }
  return local;
}
async function localArtifactPath(registered, folder) {
  const { artifactUri: uri, digest } = registered;
  const local = uri.startsWith("file://") ? fileURLToPath(uri) : HAS_SCHEME.test(uri) ? await storedCopy(folder, registered.model, digest.slice("sha256:".length)) : path2.resolve(folder, uri);
  const recordedIn = registered.recordedIn;
  if (local)
    assertInsideWorkspace(
      local,
      recordedIn ? { file: recordedIn.file, path: recordedIn.uriPath } : { file: folder }
    );
  return local;
}
async function storedCopy(folder, model, sha256) {
  const dir = path2.join(folder, storedArtifactDir(model, sha256));
  const names = await readdir(dir).catch(() => []);
  const name = names.filter((n) => !n.endsWith(".lock") && !n.endsWith(".tmp")).sort()[0];
  return name === void 0 ? void 0 : path2.join(dir, name);
}

// packages/registry/src/artifact-check.ts
async function checkArtifact(registered, where) {
  const local = await localArtifactPath(registered, where.folder);
  const hashed = local ? await fileDigest(local).then(
    (d) => ({ from: local, sha256: d.sha256 }),
    (e) => {
      if (e.code !== "ENOENT") throw e;
      return void 0;
    }
  ) : void 0;
  const found = hashed ?? (where.github ? await downloadDigest(registered, where.github) : void 0);
  if (!found) {
    const tried = local ? `not at ${local}` : "no copy on this machine";
    return {
      verdict: "unreachable",
      reason: `the bytes of ${registered.artifactUri} cannot be verified: ${tried}${where.github ? ", nor downloadable from the repository" : ", and no GitHub token to download it"}`
    };
  }
  const actual = `sha256:${found.sha256}`;
  return actual === registered.digest ? { verdict: "verified", from: found.from } : { verdict: "mismatch", from: found.from, actual };
}
async function downloadDigest(registered, github) {
  const { openReleaseAsset, openRepositoryFile } = await import("./src-UJVENJLY.js");
  const { owner, repo, octokit } = github;
  const uri = registered.artifactUri;
  const file = repositoryPath(uri, github);
  const bytes = file !== void 0 ? await openRepositoryFile(octokit, { owner, repo, ref: github.branch, path: file }) : URL.canParse(uri) ? await openReleaseAsset(octokit, {
    owner,
    repo,
    tag: releaseAssetTag(registered.model, registered.digest.slice("sha256:".length)),
    url: uri
  }) : void 0;
  return bytes && { from: uri, sha256: (await streamDigest(bytes)).sha256 };
}
function repositoryPath(uri, github) {
  if (!URL.canParse(uri)) return [github.root, uri].filter(Boolean).join("/");
  const blob = `/${github.owner}/${github.repo}/blob/${github.branch}/`;
  const { pathname } = new URL(uri);
  return pathname.startsWith(blob) ? decodeURIComponent(pathname.slice(blob.length)) : void 0;
}

// packages/registry/src/audit-chain.ts
import { isDeepStrictEqual } from "node:util";
async function verifyAuditChain(files, model) {
  const problems = [];
  const ids = /* @__PURE__ */ new Set();
  let records = 0;
  let expected = {
    seq: 1,
    digest: null,
    serving: {},
    file: void 0
  };
  const accept = (record2, where) => {
    records++;
    if (ids.has(record2.id)) problems.push(`${where}: record id ${record2.id} appears twice`);
    ids.add(record2.id);
  };
  const legacy = await files.read(legacyAuditLogPath(model));
  if (legacy) {
    const file = files.describe(legacyAuditLogPath(model));
    const parsed = parseOrReport(() => parseLegacyAuditLog(legacy.text, file), problems);
    for (const record2 of parsed ?? []) accept(record2, file);
    const serving = (parsed ?? []).reduce(servingAfter, {});
    expected = { seq: 1, digest: textDigest(legacy.text), serving, file };
  }
  for await (const { seq, file } of auditRecordFiles(files, model)) {
    const where = files.describe(file);
    if (seq !== expected.seq) {
      problems.push(
        `${where}: expected record ${expected.seq} next — ${seq > expected.seq ? "records are missing" : "numbered out of order"}`
      );
    }
    const found = await files.read(file);
    const record2 = found ? parseOrReport(() => parseAuditRecord(found.text, where), problems) : void 0;
    if (!found || !record2) {
      expected = { ...expected, seq: seq + 1, digest: found ? textDigest(found.text) : null, file: where };
      continue;
    }
    accept(record2, where);
    if ((record2.prev ?? null) !== expected.digest) {
      problems.push(
        expected.file ? `${where}: names predecessor ${record2.prev ?? "none"}, but ${expected.file} hashes to ${expected.digest} — it was changed, removed or replaced after this record was written` : `${where}: names predecessor ${record2.prev}, but it is the first record`
      );
    }
    const serving = servingAfter(expected.serving, record2);
    if (!isDeepStrictEqual(record2.serving ?? {}, serving)) {
      problems.push(`${where}: its serving state does not follow from the records before it`);
    }
    expected = {
      seq: seq + 1,
      digest: textDigest(found.text),
      serving: record2.serving ?? serving,
      file: where
    };
  }
  return { records, problems };
}
function parseOrReport(parse, problems) {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const at = e.location ? `${formatLocation(e.location)}: ` : "";
    problems.push(`${at}${e.message}`);
    return void 0;
  }
}

// packages/registry/src/canary-analysis.ts
import { setTimeout as sleep } from "node:timers/promises";

// packages/registry/src/file-registry.ts
var import_semver2 = __toESM(require_semver2(), 1);

// packages/registry/src/promotion-commit.ts
import path3 from "node:path";
var ReceiptSchema = object({
  id: string(),
  version: string(),
  previous: string().nullable(),
  records: array(string())
}).strict();
var promotionReceiptPath = (model, id) => `models/${model}/promotions/${id}.json`;
async function commitPromotion(files, request) {
  const { value, committed } = await files.transact(
    { message: request.message, trailers: { "Promotion-Id": request.id } },
    (base) => planPromotion(base, request)
  );
  return committed ? { ...value, landed: "now" } : value;
}
async function planPromotion(base, request) {
  const { model, alias, id } = request;
  const receiptFile = promotionReceiptPath(model, id);
  const receipt = await base.read(receiptFile);
  if (receipt)
    return { changes: [], value: await landedEarlier(base, model, receipt.text, base.describe(receiptFile)) };
  const state = await readModelState(base, model);
  request.check(state.model.aliases);
  const changes = [];
  let registered;
  let version = request.version;
  if (request.register) {
    const versions = await listRegisteredVersions(base, model);
    const existing = await versionHolding(base, model, versions, request.register.artifact.sha256);
    version = existing?.version;
    if (!existing) {
      version = newVersionLabel(base, request.register, versions);
      changes.push({
        file: versionFileName(model, version),
        content: versionFileText(request.register, version).text
      });
      registered = { version };
    }
    const stored = request.register.stored;
    if (stored && !(await base.list(path3.posix.dirname(stored.file))).includes(path3.posix.basename(stored.file))) {
      changes.push({ file: stored.file, content: stored.bytes });
    }
  } else if (version === void 0 || !await readVersionRecord(base, model, version)) {
    throw new ConfigError(`version ${version} of "${model}" is not registered`, {
      location: { file: base.describe(versionFileName(model, version ?? "")) }
    });
  }
  const promoted = version;
  const previous = state.model.aliases[alias];
  if (!registered && previous === promoted && changes.length === 0) {
    const value = {
      version: promoted,
      previous: void 0,
      after: state.model.aliases,
      audits: [],
      landed: "already"
    };
    return { changes: [], value };
  }
  const { text, after } = withAlias(state, alias, promoted);
  changes.push({ file: modelFileName(model), content: text });
  let tip = await auditTip(base, model);
  const audits = [];
  const records = [];
  const append = (input) => {
    const next = chainAuditRecord(tip, input);
    changes.push({ file: next.file, content: next.text });
    audits.push(next.record);
    records.push(next.file);
    tip = next.next;
  };
  if (registered)
    append({ ...request.audit, id: `${id}:register`, action: "register", model, version: promoted });
  append({
    ...request.audit,
    id: `${id}:promote`,
    action: "promote",
    model,
    version: promoted,
    alias,
    previous: previous ?? null
  });
  const receiptText = `${JSON.stringify({ id, version: promoted, previous: previous ?? null, records }, null, 2)}
`;
  changes.push({ file: receiptFile, content: receiptText });
  return { changes, value: { version: promoted, previous, after: after.aliases, audits, landed: "now" } };
}
async function landedEarlier(base, model, text, file) {
  const receipt = parseConfigText(text, file, ReceiptSchema);
  const audits = [];
  for (const record2 of receipt.records) {
    const found = await base.read(record2);
    if (found) audits.push(parseAuditRecord(found.text, base.describe(record2)));
  }
  return {
    version: receipt.version,
    previous: receipt.previous ?? void 0,
    after: (await readModelState(base, model)).model.aliases,
    audits,
    landed: "earlier"
  };
}

// packages/registry/src/file-registry.ts
var FileRegistryConfigSchema = object({
  type: literal("file"),
  path: string().min(1).default("registry").describe("The registry folder, relative to this file")
}).strict();
function fileModelRegistry(files) {
  return {
    location: (model) => files.describe(modelFileName(model)),
    aliases: async (model) => (await readModelState(files, model)).model.aliases,
    versions: (model) => listRegisteredVersions(files, model),
    async version(model, version) {
      const found = await readVersionRecord(files, model, version);
      if (!found) return void 0;
      const { artifact, evidence, adopted } = found.record;
      return {
        version,
        digest: `sha256:${artifact.sha256}`,
        artifactUri: artifact.uri,
        ...evidence ? { evidence } : {},
        ...adopted ? { adopted } : {},
        recordedIn: {
          file: files.describe(versionFileName(model, version)),
          uriPath: "artifact.uri",
          digestPath: "artifact.sha256"
        }
      };
    },
    async nextVersion(model) {
      const versions = await listRegisteredVersions(files, model);
      return versions.length === 0 ? "1.0.0" : (0, import_semver2.inc)(versions.at(-1), "patch") ?? "next";
    },
    async register(r) {
      const registered = await registerVersion(files, {
        model: r.model,
        ...r.version ? { version: r.version } : {},
        artifact: r.artifact,
        ...r.metrics ? { metrics: r.metrics } : {},
        ...r.evidence ? { evidence: r.evidence } : {},
        ...r.lineage ? { lineage: r.lineage } : {},
        createdAt: r.createdAt
      });
      return { version: registered.version, created: registered.created };
    },
    async moveAlias(r) {
      const moved = await moveAlias(files, { ...r, check: (state) => r.check(state.model.aliases) });
      return { previous: moved.previous, after: moved.after.aliases };
    },
    promote: (request) => commitPromotion(files, request),
    adopt: (request) => commitAdoption(files, request)
  };
}
var fileRegistryBackend = {
  schema: FileRegistryConfigSchema,
  folder: (config) => config.path,
  semanticVersions: true,
  open: (_config, context) => fileModelRegistry(context.files)
};

// packages/registry/src/mlflow-registry.ts
import { randomUUID } from "node:crypto";

// packages/registry/src/mlflow-client.ts
var SEARCH_PAGE_SIZE = 1e3;
var ALIAS_TAG_PREFIX = "mlops.alias.";
var isTransientStatus = (status) => status === 429 || status >= 500;
var MlflowApiError = class extends RuntimeFailure {
  status;
  code;
  constructor(message, status, code) {
    super(message, {
      hint: status === 401 || status === 403 ? "check the MLflow token and its permissions on the registered model" : status >= 500 ? "the MLflow server failed; rerun later" : void 0
    });
    this.status = status;
    this.code = code;
  }
};
function createMlflowClient(options) {
  const tracking = withoutUrlCredentials(options.trackingUri);
  const base = `${tracking.url.replace(/\/+$/, "")}/api/2.0/mlflow/`;
  let aliasesSupported;
  const attempts = Math.max(1, options.attempts ?? 5);
  const backoffMs = options.backoffMs ?? 500;
  async function call(method, endpoint, body) {
    for (let attempt = 1; ; attempt++) {
      const outcome = await callOnce(method, endpoint, body);
      if (!("retryAfter" in outcome)) return outcome.value;
      if (attempt >= attempts) throw outcome.error;
      const delay = outcome.retryAfter ?? backoffMs * 2 ** (attempt - 1);
      await new Promise((res) => setTimeout(res, delay));
    }
  }
  async function callOnce(method, endpoint, body) {
    const url2 = new URL(endpoint, base);
    if (method === "GET") for (const [k, v] of Object.entries(body)) url2.searchParams.set(k, String(v));
    let response;
    let text;
    try {
      response = await fetch(url2, {
        method,
        headers: {
          "content-type": "application/json",
          ...tracking.headers,
          ...options.token ? { authorization: `Bearer ${options.token}` } : {}
        },
        ...method === "GET" ? {} : { body: JSON.stringify(body) },
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 3e4)
      });
      text = await response.text();
    } catch (e) {
      const error2 = new RuntimeFailure(`MLflow ${endpoint} failed: ${e.message}`, {
        hint: `is the tracking server at ${tracking.url} reachable?`
      });
      return { error: error2, retryAfter: void 0 };
    }
    const json = parseJson(text);
    if (response.ok && json) return { value: json };
    const code = String(json?.error_code ?? response.status);
    const error = new MlflowApiError(
      `MLflow ${endpoint}: ${code}: ${String(json?.message ?? text.slice(0, 200))}`,
      response.status,
      code
    );
    if (!isTransientStatus(response.status)) throw error;
    return { error, retryAfter: retryAfterMs(response.headers) };
  }
  const toVersion = (v) => ({
    name: String(v.name),
    version: String(v.version),
    source: String(v.source ?? ""),
    status: String(v.status ?? "READY"),
    tags: Object.fromEntries(
      (v.tags ?? []).map((t) => [t.key, t.value])
    ),
    aliases: v.aliases ?? []
  });
  async function withAliases(fn) {
    if (aliasesSupported === false) return void 0;
    try {
      const out = await fn();
      aliasesSupported = true;
      return out;
    } catch (e) {
      if (e instanceof MlflowApiError && e.status === 404 && e.code === "ENDPOINT_NOT_FOUND") {
        aliasesSupported = false;
        return void 0;
      }
      throw e;
    }
  }
  const registry = {
    async ensureModel(name, description) {
      try {
        await call("POST", "registered-models/create", { name, ...description ? { description } : {} });
      } catch (e) {
        if (!(e instanceof MlflowApiError && e.code === "RESOURCE_ALREADY_EXISTS")) throw e;
      }
    },
    async getVersion(name, version) {
      const r = await call("GET", "model-versions/get", {
        name,
        version
      });
      return toVersion(r.model_version);
    },
    /** Like `getVersion`, but undefined when the model or the version does not exist. */
    async findVersion(name, version) {
      try {
        return await registry.getVersion(name, version);
      } catch (e) {
        if (e instanceof MlflowApiError && e.code === "RESOURCE_DOES_NOT_EXIST") return void 0;
        throw e;
      }
    },
    /** Creates a version and waits until MLflow has finished registering it. */
    async createVersion(name, source, extra = {}) {
      const r = await call("POST", "model-versions/create", {
        name,
        source,
        tags: Object.entries(extra.tags ?? {}).map(([key, value]) => ({ key, value })),
        ...extra.runLink ? { run_link: extra.runLink } : {},
        ...extra.description ? { description: extra.description } : {}
      });
      let v = toVersion(r.model_version);
      const deadline = Date.now() + (options.readyTimeoutMs ?? 6e4);
      while (v.status === "PENDING_REGISTRATION") {
        if (Date.now() > deadline) {
          throw new RuntimeFailure(`MLflow did not finish registering ${name} version ${v.version}`);
        }
        await new Promise((res) => setTimeout(res, 200));
        v = await registry.getVersion(name, v.version);
      }
      if (v.status !== "READY")
        throw new RuntimeFailure(`MLflow registration of ${name} ${v.version} ended ${v.status}`);
      return v;
    },
    /** Every version of the model, following `next_page_token` to the last page. */
    async searchVersions(name) {
      const out = [];
      let pageToken;
      do {
        const r = await call(
          "GET",
          "model-versions/search",
          {
            filter: `name='${name.replace(/'/g, "\\'")}'`,
            max_results: SEARCH_PAGE_SIZE,
            ...pageToken ? { page_token: pageToken } : {}
          }
        );
        out.push(...(r.model_versions ?? []).map(toVersion));
        pageToken = r.next_page_token || void 0;
      } while (pageToken);
      return out;
    },
    /** Deletes a version; one that is already gone (a retried delete) counts as deleted. */
    async deleteVersion(name, version) {
      try {
        await call("DELETE", "model-versions/delete", { name, version });
      } catch (e) {
        if (!(e instanceof MlflowApiError && e.code === "RESOURCE_DOES_NOT_EXIST")) throw e;
      }
    },
    async setVersionTag(name, version, key, value) {
      await call("POST", "model-versions/set-tag", { name, version, key, value });
    },
    async setAlias(name, alias, version) {
      const done = await withAliases(() => call("POST", "registered-models/alias", { name, alias, version }));
      if (done === void 0) {
        await call("POST", "registered-models/set-tag", {
          name,
          key: `${ALIAS_TAG_PREFIX}${alias}`,
          value: version
        });
      }
    },
    /** The version an alias points at, or undefined when it is not set. */
    async getAlias(name, alias) {
      try {
        const r = await withAliases(
          () => call("GET", "registered-models/alias", { name, alias })
        );
        if (r) return toVersion(r.model_version);
      } catch (e) {
        if (e instanceof MlflowApiError && e.code === "RESOURCE_DOES_NOT_EXIST") return void 0;
        throw e;
      }
      const version = (await registry.getAliases(name))[alias];
      return version === void 0 ? void 0 : registry.getVersion(name, version);
    },
    /** Every alias of the model (alias → version), from MLflow's aliases and the fallback tags; {} for an unknown model. */
    async getAliases(name) {
      let m;
      try {
        m = await call("GET", "registered-models/get", { name });
      } catch (e) {
        if (e instanceof MlflowApiError && e.code === "RESOURCE_DOES_NOT_EXIST") return {};
        throw e;
      }
      const out = {};
      for (const t of m.registered_model.tags ?? []) {
        if (t.key.startsWith(ALIAS_TAG_PREFIX)) out[t.key.slice(ALIAS_TAG_PREFIX.length)] = t.value;
      }
      for (const a of m.registered_model.aliases ?? []) out[a.alias] = a.version;
      return out;
    }
  };
  return registry;
}
function parseJson(text) {
  if (!text) return {};
  try {
    const json = JSON.parse(text);
    return typeof json === "object" && json !== null ? json : void 0;
  } catch {
    return void 0;
  }
}

// packages/registry/src/mlflow-long-tags.ts
var TAG_VALUE_LIMIT = 5e3;
var POINTER = /^parts:(\d+) sha256:([0-9a-f]{64})$/;
function longTagValue(key, text) {
  const chars = Array.from(text);
  if (chars.length <= TAG_VALUE_LIMIT) return { [key]: text };
  const tags = {};
  let parts = 0;
  for (let at = 0; at < chars.length; at += TAG_VALUE_LIMIT) {
    parts += 1;
    tags[`${key}.${parts}`] = chars.slice(at, at + TAG_VALUE_LIMIT).join("");
  }
  tags[key] = `parts:${parts} sha256:${sha256Hex(text)}`;
  return tags;
}
function readLongTagValue(tags, key, location) {
  const head = tags[key];
  const pointer = head === void 0 ? null : POINTER.exec(head);
  if (!pointer) return head;
  const parts = Array.from({ length: Number(pointer[1]) }, (_, i) => tags[`${key}.${i + 1}`] ?? "");
  const text = parts.join("");
  if (sha256Hex(text) !== pointer[2]) {
    throw new ConfigError(`tags ${key}.1 … ${key}.${pointer[1]} do not match the digest in tag ${key}`, {
      location,
      hint: "a part was removed or edited after registration; restore it or register the artifact again"
    });
  }
  return text;
}

// packages/registry/src/mlflow-registry.ts
var MlflowRegistryConfigSchema = object({
  type: literal("mlflow"),
  tracking_uri: url().describe("The MLflow tracking server, e.g. https://mlflow.internal:5000"),
  token_env: string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name").default("MLFLOW_TRACKING_TOKEN").describe("Environment variable holding the bearer token; unset or empty: no token is sent"),
  audit: string().min(1).default("registry").describe(
    "Folder (relative to this file) of the audit log (models/<name>/audit/) and stored artifacts"
  )
}).strict();
var MLFLOW_TAGS = {
  digest: "mlops.digest",
  /** The gates as JSON, split into `mlops.evidence.<n>` when longer than one tag holds. */
  evidence: "mlops.evidence",
  link: "mlops.link.",
  /** Unique per register call: tells the caller which versions its own creates made, answered or not. */
  registration: "mlops.registration"
};
function mlflowModelRegistry(mlflow, trackingUri) {
  const location = (model) => `${trackingUri} (registered model ${model})`;
  const versions = async (model) => (await mlflow.searchVersions(model)).sort((a, b) => Number(a.version) - Number(b.version));
  const holding = async (model, digest) => (await versions(model)).filter(
    (v) => v.tags[MLFLOW_TAGS.digest] === digest && v.status !== "FAILED_REGISTRATION"
  );
  const reconciled = async (model, digest) => {
    const [kept, ...others] = await holding(model, digest);
    const made = others.filter(
      (v) => v.tags[MLFLOW_TAGS.registration] !== void 0 && v.status !== "PENDING_REGISTRATION"
    );
    if (made.length === 0) return kept;
    const aliased = new Set(Object.values(await mlflow.getAliases(model)));
    for (const duplicate of made) {
      if (!aliased.has(duplicate.version)) await mlflow.deleteVersion(model, duplicate.version);
    }
    return kept;
  };
  return {
    location,
    aliases: (model) => mlflow.getAliases(model),
    versions: async (model) => (await versions(model)).map((v) => v.version),
    async version(model, version) {
      const found = await mlflow.findVersion(model, version);
      if (!found) return void 0;
      const digestPath = `versions.${version}.tags.${MLFLOW_TAGS.digest}`;
      const digest = found.tags[MLFLOW_TAGS.digest];
      if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new ConfigError(
          `MLflow version ${version} of "${model}" has no valid ${MLFLOW_TAGS.digest} tag`,
          {
            location: { file: location(model), path: digestPath },
            hint: "only versions registered by promote carry the artifact digest the gates were verified on"
          }
        );
      }
      const evidencePath = `versions.${version}.tags.${MLFLOW_TAGS.evidence}`;
      const evidenceText = readLongTagValue(found.tags, MLFLOW_TAGS.evidence, {
        file: location(model),
        path: evidencePath
      });
      const evidence = evidenceText === void 0 ? void 0 : parseConfigText(
        evidenceText,
        `${location(model)} version ${version} tag ${MLFLOW_TAGS.evidence}`,
        EvidenceSchema
      );
      return {
        version,
        digest,
        artifactUri: found.source,
        ...evidence ? { evidence } : {},
        recordedIn: { file: location(model), uriPath: `versions.${version}.source`, digestPath }
      };
    },
    async nextVersion(model) {
      const known = await versions(model);
      return String(1 + Number(known.at(-1)?.version ?? 0));
    },
    async register(r) {
      if (r.version !== void 0) {
        throw new ConfigError("MLflow numbers versions itself: an explicit version cannot be registered", {
          location: { file: "promote inputs", path: "version" },
          hint: "leave version empty at the first stage"
        });
      }
      await mlflow.ensureModel(r.model);
      const digest = `sha256:${r.artifact.sha256}`;
      const existing = await reconciled(r.model, digest);
      if (existing) return { version: existing.version, created: false };
      const registration = randomUUID();
      const tags = {
        [MLFLOW_TAGS.digest]: digest,
        [MLFLOW_TAGS.registration]: registration
      };
      if (r.evidence) Object.assign(tags, longTagValue(MLFLOW_TAGS.evidence, JSON.stringify(r.evidence)));
      for (const [k, v] of Object.entries(r.links)) tags[`${MLFLOW_TAGS.link}${k}`] = v;
      if (r.lineage?.gitSha) tags["mlops.git_sha"] = r.lineage.gitSha;
      const created = await mlflow.createVersion(r.model, r.source, {
        tags,
        ...r.lineage?.runUrl ? { runLink: r.lineage.runUrl } : {}
      }).catch((e) => {
        if (e.code === "RESOURCE_DOES_NOT_EXIST") return void 0;
        throw e;
      });
      const kept = await reconciled(r.model, digest) ?? created;
      if (!kept) {
        throw new RuntimeFailure(
          `MLflow lost the version of "${r.model}" holding ${digest} while registering it`,
          {
            hint: "rerun the promotion"
          }
        );
      }
      return { version: kept.version, created: kept.tags[MLFLOW_TAGS.registration] === registration };
    },
    async moveAlias(r) {
      const before = await mlflow.getAliases(r.model);
      r.check(before);
      await mlflow.setAlias(r.model, r.alias, r.version);
      return { previous: before[r.alias], after: await mlflow.getAliases(r.model) };
    }
  };
}
var mlflowRegistryBackend = {
  schema: MlflowRegistryConfigSchema,
  folder: (config) => config.audit,
  semanticVersions: false,
  open(config, { files, env, logger }) {
    const token = env[config.token_env] || void 0;
    if (token) logger.mask(token);
    const shown = withoutUrlCredentials(config.tracking_uri).url;
    logger.info(`registry: MLflow at ${shown}; audit log in ${files.describe("models")}`);
    return mlflowModelRegistry(
      createMlflowClient({ trackingUri: config.tracking_uri, ...token ? { token } : {} }),
      shown
    );
  }
};

// packages/registry/src/registry-config.ts
var BACKENDS = [fileRegistryBackend, mlflowRegistryBackend];
var RegistryConfigSchema = union([
  ConfigPathSchema.describe("The file registry folder, relative to this file").transform((path8) => ({
    type: "file",
    path: path8
  })),
  discriminatedUnion("type", BACKENDS.map((b) => b.schema), {
    error: `type must be one of ${BACKENDS.map((b) => b.schema.shape.type.value).join(", ")}`
  })
]).prefault("registry");
function backendOf(config) {
  return BACKENDS.find((b) => b.schema.shape.type.value === config.type);
}
var registryFolder = (config) => backendOf(config).folder(config);
var hasSemanticVersions = (config) => backendOf(config).semanticVersions;
var openModelRegistry = (config, context) => backendOf(config).open(config, context);

// packages/registry/src/deploy-config.ts
var DURATION = /^\d+(\.\d+)?(ms|s|m)$/;
var CanaryMetricSchema = object({
  name: string().min(1).describe("How the metric is named in the log and the report, e.g. error_rate"),
  url: string().optional().describe(
    "Answers the value, as a number or JSON (see path); {version}, {track} and {weight} are replaced"
  ),
  command: string().optional().describe(
    "Prints the value, as a number or JSON (see path); {version}, {track} and {weight} are replaced"
  ),
  path: string().optional().describe("Where the number is in a JSON answer, e.g. data.result.0.value.1 for a Prometheus query"),
  max: number().optional().describe("The step fails when a measurement is above this"),
  min: number().optional().describe("The step fails when a measurement is below this"),
  failure_limit: number().int().min(0).default(0).describe("Measurements out of bounds (or not measurable) tolerated before the step fails")
}).strict().refine((m) => m.url === void 0 !== (m.command === void 0), {
  message: "set exactly one of url and command"
}).refine((m) => m.max !== void 0 || m.min !== void 0, { message: "set max, min or both" });
var CanaryAnalysisSchema = object({
  interval: string().regex(DURATION, "a duration like 30s or 1m").default("30s").describe("Time between measurements during a step's pause"),
  metrics: array(CanaryMetricSchema).min(1)
}).strict();
var DeployConfigSchema = object({
  model: string().regex(MODEL_NAME, "letters, digits, - and _"),
  registry: RegistryConfigSchema,
  alias: string().regex(ALIAS_NAME).default("champion").describe("The alias whose version is deployed"),
  environment: string().min(1).default("production").describe("GitHub Environment of the deployment"),
  strategy: discriminatedUnion("type", [
    object({ type: literal("rolling") }).strict(),
    object({
      type: literal("canary"),
      steps: array(number().int().min(1).max(100)).min(1).default([10, 50, 100]).describe("Percent of traffic on the new version at each step; 100 is added when missing"),
      pause: string().regex(DURATION, "a duration like 5m, 30s or 500ms").default("0s").describe(
        "How long each canary step serves its share before the next step (Argo Rollouts' pause)"
      ),
      analysis: CanaryAnalysisSchema.optional().describe(
        "Metrics measured while each canary step serves, every interval of its pause; one out of bounds more often than its failure_limit fails the step and rolls back"
      )
    }).strict(),
    object({ type: literal("blue-green") }).strict(),
    object({ type: literal("shadow") }).strict().describe("Mirror traffic to the new version; serve none")
  ]).default({ type: "rolling" }),
  templates: ConfigPathSchema.prefault("deploy/templates").describe(
    "Folder of Kubernetes manifest templates rendered once per track ({{ name }}, {{ version }}, …)"
  ),
  route: object({
    name: string().min(1).describe("Name of the Gateway API HTTPRoute"),
    gateway: string().min(1).describe("The parent Gateway"),
    hostname: string().optional(),
    port: number().int().positive().default(8080)
  }).strict(),
  apply: string().min(1).describe("Command that applies a folder of manifests, e.g. kubectl apply -f {manifests}"),
  health: object({
    url: string().optional().describe("Polled until it answers 2xx; {version} and {track} are replaced"),
    command: string().optional().describe("Run until it exits 0; {version} and {track} are replaced"),
    timeout: string().regex(DURATION, "a duration like 30s, 2m or 500ms").default("60s"),
    interval: string().regex(DURATION, "a duration like 2s or 500ms").default("2s")
  }).strict().refine((h) => h.url === void 0 !== (h.command === void 0), {
    message: "set exactly one of url and command"
  }),
  env: UserCommandEnvSchema.describe(
    `Variables for the apply and health commands, on top of the step's environment without its runner files, tokens, action inputs and secrets; \${NAME} passes the step's NAME (e.g. a cluster credential)`
  ),
  environment_url: string().optional().describe("Shown on the deployment in GitHub")
}).strict();
function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(text);
  return Number(m[1]) * { ms: 1, s: 1e3, m: 6e4 }[m[2]];
}

// packages/registry/src/run-process.ts
function splitCommand(command, where) {
  const args = [];
  let current = "";
  let quote;
  let started = false;
  for (const ch of command) {
    if (quote) {
      if (ch === quote) quote = void 0;
      else current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quote) throw new ConfigError(`unbalanced ${quote} in command`, { location: where });
  if (started) args.push(current);
  if (args.length === 0) throw new ConfigError("empty command", { location: where });
  return args;
}
function processFailure(what, r) {
  if (r.startError) return `${what} could not start: ${r.startError}`;
  if (r.timedOut) return `${what} timed out`;
  if (r.cancelled) return `${what} was cancelled`;
  const last = r.output.trim().split("\n").at(-1);
  return `${what} exited ${r.code}${last ? `: ${last}` : ""}`;
}
async function runProcess(argv, options) {
  const run = await runUserProcess({
    command: argv,
    cwd: options.cwd,
    parentEnv: options.env,
    passEnv: options.passEnv,
    timeoutMs: options.timeoutMs,
    signal: options.signal
  });
  return {
    code: run.code,
    output: run.tail.join("\n"),
    timedOut: run.timedOut,
    cancelled: run.cancelled,
    ...run.startError ? { startError: run.startError } : {}
  };
}

// packages/registry/src/canary-analysis.ts
var MEASURE_TIMEOUT_MS = 3e4;
async function holdCanary(hold) {
  const started = Date.now();
  const measurements = [];
  const { analysis, signal } = hold;
  if (!analysis) {
    if (hold.pauseMs > 0) await sleep(hold.pauseMs, void 0, { signal }).catch(() => {
    });
    if (signal?.aborted) return { ok: false, detail: "cancelled during the pause", measurements };
    return { ok: true, detail: hold.pauseMs > 0 ? `held ${formatMs(hold.pauseMs)}` : "", measurements };
  }
  const intervalMs = parseDuration(analysis.interval);
  const failures = /* @__PURE__ */ new Map();
  for (; ; ) {
    for (const metric of analysis.metrics) {
      const m = await measure(metric, hold);
      measurements.push(m);
      hold.onMeasurement?.(m);
      if (m.ok) continue;
      const failed = (failures.get(metric.name) ?? 0) + 1;
      failures.set(metric.name, failed);
      if (failed > metric.failure_limit) {
        const taken = measurements.filter((x) => x.metric === metric.name).length;
        return {
          ok: false,
          detail: `${metric.name} ${m.detail} (${failed} of ${taken} measurements failed; failure_limit ${metric.failure_limit})`,
          measurements
        };
      }
    }
    if (signal?.aborted) return { ok: false, detail: "cancelled during the analysis", measurements };
    if (Date.now() + intervalMs > started + hold.pauseMs) break;
    await sleep(intervalMs, void 0, { signal }).catch(() => {
    });
  }
  const summary = analysis.metrics.map((metric) => {
    const values = measurements.filter((x) => x.metric === metric.name);
    const worst = values.at(-1);
    return `${metric.name} ${worst?.value ?? "—"} within ${bounds(metric)} (${values.length} measured)`;
  });
  return { ok: true, detail: summary.join("; "), measurements };
}
async function measure(metric, hold) {
  const read = await readMetric(metric, hold);
  if ("problem" in read) return { metric: metric.name, value: void 0, ok: false, detail: read.problem };
  const value = metric.path === void 0 ? Number(read.text.trim()) : atPath(read.text, metric.path);
  if (value === void 0 || !Number.isFinite(value)) {
    const where = metric.path === void 0 ? "" : ` at ${metric.path}`;
    return {
      metric: metric.name,
      value: void 0,
      ok: false,
      detail: `gave no number${where}: ${bodyExcerpt(read.text, 120)}`
    };
  }
  if (metric.max !== void 0 && value > metric.max)
    return { metric: metric.name, value, ok: false, detail: `= ${value}, above max ${metric.max}` };
  if (metric.min !== void 0 && value < metric.min)
    return { metric: metric.name, value, ok: false, detail: `= ${value}, below min ${metric.min}` };
  return { metric: metric.name, value, ok: true, detail: `= ${value}` };
}
async function readMetric(metric, hold) {
  if (metric.url !== void 0) {
    const { url: url2, headers } = withoutUrlCredentials(hold.fill(metric.url));
    try {
      const signals = [AbortSignal.timeout(MEASURE_TIMEOUT_MS), ...hold.signal ? [hold.signal] : []];
      const response = await fetch(url2, { headers, signal: AbortSignal.any(signals) });
      const text = await response.text();
      return response.ok ? { text } : { problem: `could not be measured: ${url2} answered ${response.status}` };
    } catch (e) {
      return { problem: `could not be measured: ${url2}: ${e.message}` };
    }
  }
  const argv = splitCommand(metric.command, {
    file: "deploy config",
    path: "strategy.analysis.metrics"
  }).map(hold.fill);
  const run = await runProcess(argv, { ...hold.command, timeoutMs: MEASURE_TIMEOUT_MS, signal: hold.signal });
  if (run.code !== 0) return { problem: `could not be measured: ${processFailure("its command", run)}` };
  return { text: run.output };
}
function atPath(text, path8) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  for (const key of path8.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return void 0;
    value = value[key];
  }
  return typeof value === "number" || typeof value === "string" && value.trim() !== "" ? Number(value) : void 0;
}
var bounds = (m) => [m.min !== void 0 ? `min ${m.min}` : "", m.max !== void 0 ? `max ${m.max}` : ""].filter(Boolean).join(", ");
function formatMs(ms) {
  return ms >= 6e4 ? `${ms / 6e4} min` : ms >= 1e3 ? `${ms / 1e3} s` : `${ms} ms`;
}

// packages/registry/src/deploy-state.ts
import { createHash as createHash3 } from "node:crypto";
var import_yaml2 = __toESM(require_dist(), 1);
var ServingSchema2 = object({
  version: string(),
  digest: string(),
  track: string().describe("Which backend serves it (stable, blue, green)")
}).strict();
var DeployStateSchema = object({
  schemaVersion: literal(1),
  model: string(),
  environment: string(),
  serving: ServingSchema2.nullable().describe(
    "What takes the environment's traffic; null when nothing does"
  ),
  deployment: object({
    id: string().describe("Derived from model, version, environment, run id and attempt"),
    version: string().describe("The version this deployment rolled out (or tried to)"),
    outcome: _enum(["deployed", "rolled-back", "failed"]),
    strategy: string(),
    run: string().optional().describe("The workflow run"),
    at: iso_exports.datetime({ offset: true })
  }).strict().describe("The last deployment to this environment")
}).strict();
var deployStatePath = (model, environment) => `models/${model}/deployments/${environment}.yml`;
function deploymentId(what, run, fresh) {
  if (run.runId === void 0) return fresh();
  const key = JSON.stringify([what.model, what.version, what.environment, run.runId, run.runAttempt ?? 1]);
  return createHash3("sha256").update(key).digest("hex").slice(0, 32);
}
async function readDeployState(files, model, environment) {
  const file = deployStatePath(model, environment);
  const found = await files.read(file);
  return found ? parseConfigText(found.text, files.describe(file), DeployStateSchema) : void 0;
}
async function registryServing(files, model, environment) {
  const state = await readDeployState(files, model, environment);
  if (state) return { serving: state.serving ?? void 0, at: state.deployment.at, state };
  return { serving: await servingVersion(files, model, environment) };
}
async function commitDeployment(files, request) {
  const { state } = request;
  const { value, committed } = await files.transact(
    { message: request.message, trailers: { "Deployment-Id": state.deployment.id } },
    async (base) => {
      const found = await readDeployState(base, state.model, state.environment);
      if (found?.deployment.id === state.deployment.id) {
        return { changes: [], value: { state: found, audits: [] } };
      }
      let tip = await auditTip(base, state.model);
      const changes = [];
      const audits = [];
      for (const input of request.records) {
        const next = chainAuditRecord(tip, { ...input, id: `${state.deployment.id}:${input.action}` });
        changes.push({ file: next.file, content: next.text });
        audits.push(next.record);
        tip = next.next;
      }
      changes.push({
        file: deployStatePath(state.model, state.environment),
        content: (0, import_yaml2.stringify)(state, { lineWidth: 0 })
      });
      return { changes, value: { state, audits } };
    }
  );
  return { committed, ...value };
}

// packages/registry/src/health-check.ts
async function checkHealth(probe, options) {
  const deadline = Date.now() + options.timeoutMs;
  let attempts = 0;
  let detail = "";
  const target = "url" in probe ? withoutUrlCredentials(probe.url) : void 0;
  for (; ; ) {
    attempts++;
    const left = Math.max(1, deadline - Date.now());
    if ("url" in probe) {
      const { url: url2, headers } = target;
      try {
        const signals = [AbortSignal.timeout(left), ...options.signal ? [options.signal] : []];
        const response = await fetch(url2, { headers, signal: AbortSignal.any(signals) });
        await response.body?.cancel();
        if (response.ok) return { healthy: true, attempts, detail: `${url2} answered ${response.status}` };
        detail = `${url2} answered ${response.status}`;
      } catch (e) {
        detail = `${url2}: ${e.message}`;
      }
    } else {
      const { argv, ...command } = probe;
      const r = await runProcess(argv, { ...command, timeoutMs: left, signal: options.signal });
      if (r.code === 0) return { healthy: true, attempts, detail: "the health command exited 0" };
      detail = processFailure("the health command", r);
    }
    if (options.signal?.aborted) return { healthy: false, attempts, detail: "cancelled" };
    if (Date.now() + options.intervalMs >= deadline) return { healthy: false, attempts, detail };
    await new Promise((r) => setTimeout(r, options.intervalMs));
  }
}

// packages/registry/src/manifest-template.ts
function renderTemplate(text, file, vars) {
  return text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (match, name, offset) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : void 0;
    if (typeof value === "string" || typeof value === "number") return String(value);
    const before = text.slice(0, offset).split("\n");
    throw new ConfigError(`unknown template variable "${name}"`, {
      location: { file, line: before.length, column: before.at(-1).length + 1, path: match },
      hint: `available: ${Object.keys(vars).sort().join(", ")}`
    });
  });
}

// packages/registry/src/model-ref.ts
function parseModelRef(text, where = "model reference") {
  const at = text.lastIndexOf("@");
  const model = at < 0 ? text : text.slice(0, at);
  const target = at < 0 ? "" : text.slice(at + 1);
  if (!MODEL_NAME.test(model) || target === "") {
    throw new ConfigError(`invalid model reference "${text}"`, {
      location: { file: where },
      hint: "write <model>@<alias> or <model>@<version>, e.g. churn@champion or churn@1.2.0"
    });
  }
  if (/^v?\d/.test(target)) return { model, version: target.replace(/^v/, "") };
  if (!ALIAS_NAME.test(target)) {
    throw new ConfigError(`invalid alias "${target}" in "${text}"`, {
      location: { file: where },
      hint: "aliases are lowercase letters, digits, - and _ (e.g. champion, staging)"
    });
  }
  return { model, alias: target };
}
function formatModelRef(ref) {
  return `${ref.model}@${ref.alias ?? ref.version}`;
}

// packages/registry/src/model-registry.ts
async function resolveReference(registry, reference, source) {
  const ref = typeof reference === "string" ? parseModelRef(reference) : reference;
  const [aliases, known] = await Promise.all([registry.aliases(ref.model), registry.versions(ref.model)]);
  const version = ref.alias === void 0 ? ref.version : aliases[ref.alias];
  if (version === void 0 && known.length === 0) return void 0;
  const found = version === void 0 ? void 0 : await registry.version(ref.model, version);
  if (found) {
    return {
      ...found,
      model: ref.model,
      aliases: Object.keys(aliases).filter((a) => aliases[a] === version).sort()
    };
  }
  const existing = `${describeAliases(aliases)}; ${known.length > 0 ? `registered versions: ${known.join(", ")}` : "no version is registered yet"}`;
  if (ref.alias !== void 0 && version !== void 0) {
    throw new ConfigError(
      `alias ${ref.alias} of "${ref.model}" points at version ${version}, which is not registered`,
      {
        location: { file: registry.location(ref.model), path: `aliases.${ref.alias}` },
        hint: existing
      }
    );
  }
  const wanted = ref.alias ?? version;
  const near = closestName(wanted, [...Object.keys(aliases), ...known]);
  throw new ConfigError(
    ref.alias === void 0 ? `version ${wanted} of "${ref.model}" is not registered` : `alias ${wanted} of "${ref.model}" is not set, and the model has registered versions, so this is not its first model`,
    {
      location: source ?? { file: registry.location(ref.model), path: "aliases" },
      hint: `${near ? `did you mean ${ref.model}@${near}? ` : ""}${existing}${ref.alias === void 0 ? "" : `; or promote a version to ${ref.alias} first`}`
    }
  );
}
function describeAliases(aliases) {
  const names = Object.keys(aliases).sort();
  return names.length > 0 ? `aliases: ${names.map((a) => `${a} → ${aliases[a]}`).join(", ")}` : "no alias is set";
}

// packages/registry/src/promote-config.ts
var StageSchema = object({
  name: string().regex(/^[a-z][a-z0-9_-]*$/, "lowercase letters, digits, - and _"),
  alias: string().regex(ALIAS_NAME, "lowercase letters, digits, - and _").describe("The alias this stage moves"),
  environment: string().min(1).optional().describe("GitHub Environment whose reviewers must have approved this run (required reviewers)")
}).strict();
var PromoteConfigSchema = object({
  model: string().regex(MODEL_NAME, "letters, digits, - and _"),
  registry: RegistryConfigSchema,
  artifacts: _enum(["registry", "github-release"]).default("registry").describe(
    "Where a registered artifact is stored: beside the registry files, or as a GitHub Release asset"
  ),
  evidence: object({
    kinds: array(string().min(1)).min(1).default(["backtest"]).describe(
      "Result kinds that must exist for the artifact's digest, with every required gate passed"
    )
  }).strict().default({ kinds: ["backtest"] }),
  stages: array(StageSchema).min(1).describe("In order: a version enters at the first stage and moves up one stage at a time"),
  gto_tags: boolean().default(false).describe("Also push GTO-compatible tags (model@v1.2.0, model#stage#N); needs the API writes")
}).strict().superRefine((config, ctx) => {
  if (config.gto_tags && !hasSemanticVersions(config.registry)) {
    ctx.addIssue({
      code: "custom",
      path: ["gto_tags"],
      message: "GTO tags name semantic versions, and this registry numbers its versions itself: use the file registry"
    });
  }
  const seen = /* @__PURE__ */ new Set();
  config.stages.forEach((s, i) => {
    if (seen.has(s.name))
      ctx.addIssue({
        code: "custom",
        path: ["stages", i, "name"],
        message: `stage "${s.name}" appears twice`
      });
    seen.add(s.name);
  });
});

// packages/registry/src/promotion-evidence.ts
function blockedBy(c, firstModel) {
  if (c.severity !== "fail" || c.status === "pass") return void 0;
  if (c.status !== "skipped") return c.status;
  if (!c.gate || c.skip === "optional") return void 0;
  if (c.skip === "first-version") {
    return firstModel ? void 0 : "skipped as a first version, but the model already has versions in the registry";
  }
  return "skipped without a reason the user gave";
}
function verifyEvidence(envelopes, options) {
  const refusals = [];
  const checks = [];
  const evidence = { digest: options.digest, results: [], gates: [] };
  const metrics = {};
  for (const kind of options.kinds) {
    const about = envelopes.filter((e) => e.kind === kind && e.subject.name === options.model);
    const matching = about.filter((e) => e.subject.digest === options.digest);
    const id = `evidence:${kind}`;
    if (matching.length === 0) {
      const other = about.find((e) => e.subject.digest !== void 0);
      const message = other ? `digest mismatch: the ${kind} result was computed on ${other.subject.digest}, the artifact to promote is ${options.digest}` : `no ${kind} result for model "${options.model}"`;
      refusals.push(message);
      checks.push({
        id,
        title: `A ${kind} result exists for this artifact`,
        status: "fail",
        severity: "fail",
        observed: other?.subject.digest ?? "none",
        expected: options.digest,
        message
      });
      continue;
    }
    checks.push({
      id,
      title: `A ${kind} result exists for this artifact`,
      status: "pass",
      severity: "fail",
      observed: options.digest,
      expected: options.digest
    });
    for (const e of matching) {
      evidence.results.push({
        kind: e.kind,
        name: e.subject.name,
        status: e.status,
        startedAt: e.startedAt,
        ...e.lineage.runUrl ? { runUrl: e.lineage.runUrl } : {},
        ...e.lineage.gitSha ? { gitSha: e.lineage.gitSha } : {}
      });
      const before = refusals.length;
      for (const c of e.checks) {
        const blocked = blockedBy(c, options.firstModel === true);
        if (!c.gate && !blocked) continue;
        const value = c.metric === void 0 ? void 0 : e.metrics[c.metric]?.value;
        if (typeof value === "number" && !(c.metric in metrics)) metrics[c.metric] = value;
        evidence.gates.push({
          kind: e.kind,
          id: c.id,
          title: c.title,
          status: c.status,
          ...c.skip ? { skip: c.skip } : {},
          severity: c.severity,
          ...c.observed === void 0 ? {} : { observed: c.observed },
          ...c.expected === void 0 ? {} : { expected: c.expected }
        });
        checks.push({ ...c, id: `${kind}/${c.id}`, title: `${kind}: ${c.title}` });
        if (blocked) {
          refusals.push(
            `gate "${c.id}" (${c.title}) of the ${kind} result is ${blocked}${c.observed !== void 0 ? `: observed ${c.observed}` : ""}${c.expected !== void 0 ? `, expected ${c.expected}` : ""}${c.message ? ` (${c.message})` : ""}`
          );
        }
      }
      if (e.status === "error" || e.status === "fail" && refusals.length === before) {
        const message = e.status === "error" ? `the ${kind} result is an error: ${e.error?.message ?? "the evaluation did not complete"}` : `the ${kind} result's status is fail`;
        refusals.push(message);
        checks.push({
          id: `${kind}/status`,
          title: `${kind}: the result's status`,
          status: "fail",
          severity: "fail",
          observed: e.status,
          expected: "pass or warn",
          message
        });
      }
    }
  }
  return { evidence, refusals, checks, metrics };
}
function recordedRefusals(evidence, digest) {
  if (!evidence) return ["the version has no recorded evidence: it was not registered by promote"];
  const out = [];
  if (evidence.digest !== digest) {
    out.push(`digest mismatch: the evidence is for ${evidence.digest}, the version's artifact is ${digest}`);
  }
  for (const g of evidence.gates) {
    const blocked = blockedBy({ ...g, gate: true }, true);
    if (blocked) out.push(`gate "${g.id}" (${g.title ?? g.id}) of the ${g.kind} result is ${blocked}`);
  }
  return out;
}

// packages/registry/src/registry-files.ts
import { createHash as createHash4 } from "node:crypto";
import { readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import path5 from "node:path";

// packages/registry/src/registry-journal.ts
import { link, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path4 from "node:path";
var LOCK = ".registry.lock";
var JOURNAL = ".registry.journal.json";
var STAGING = ".registry.staging";
var LOCK_WAIT_MS = 6e4;
function openRegistryJournal(root) {
  const at = (name) => path4.join(root, name);
  let recovery;
  const rollForward = async () => {
    const text = await readFile(at(JOURNAL), "utf8").catch(() => void 0);
    if (text !== void 0) {
      for (const entry of JSON.parse(text)) {
        const target = at(entry.file);
        if (entry.staged === null) {
          await rm(target, { force: true });
          continue;
        }
        await mkdir(path4.dirname(target), { recursive: true });
        await rename(path4.join(at(STAGING), entry.staged), target).catch((e) => {
          if (e.code !== "ENOENT") throw e;
        });
      }
      await rm(at(JOURNAL), { force: true });
    }
    await rm(at(STAGING), { recursive: true, force: true });
  };
  const locked = async (fn) => {
    await mkdir(root, { recursive: true });
    const release = await acquire(at(LOCK));
    try {
      await rollForward();
      recovery ??= Promise.resolve();
      return await fn();
    } finally {
      await release();
    }
  };
  return {
    locked,
    /** Resolves once no interrupted change is left half applied; takes the lock only when one is. */
    recovered() {
      recovery ??= (async () => {
        const leftover = await Promise.all([exists(at(JOURNAL)), exists(at(STAGING))]);
        if (leftover.some(Boolean)) await locked(async () => {
        });
      })();
      return recovery;
    },
    /** Applies the changes as one; call under `locked`. */
    async apply(changes) {
      await mkdir(at(STAGING), { recursive: true });
      const entries = [];
      for (const [i, change] of changes.entries()) {
        if (change.content === null) {
          entries.push({ file: change.file, staged: null });
          continue;
        }
        await writeFile(path4.join(at(STAGING), String(i)), change.content);
        entries.push({ file: change.file, staged: String(i) });
      }
      await writeFile(at(`${JOURNAL}.tmp`), JSON.stringify(entries));
      await rename(at(`${JOURNAL}.tmp`), at(JOURNAL));
      await rollForward();
    }
  };
}
var exists = (file) => stat(file).then(
  () => true,
  () => false
);
async function acquire(lockFile) {
  const deadline = Date.now() + LOCK_WAIT_MS;
  const mine = `${lockFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(mine, String(process.pid));
  try {
    for (; ; ) {
      try {
        await link(mine, lockFile);
        return () => rm(lockFile, { force: true });
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
      }
      await takeOverIfDead(lockFile);
      if (Date.now() > deadline) {
        throw new RuntimeFailure(`the registry is locked by another writer: ${lockFile}`, {
          hint: "another promotion is running; if none is, delete the stale lock file"
        });
      }
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
  } finally {
    await rm(mine, { force: true });
  }
}
async function takeOverIfDead(lockFile) {
  const owner = Number(await readFile(lockFile, "utf8").catch(() => ""));
  if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) return;
  const aside = `${lockFile}.dead.${process.pid}`;
  if (!await rename(lockFile, aside).then(
    () => true,
    () => false
  ))
    return;
  const moved = Number(await readFile(aside, "utf8").catch(() => ""));
  if (moved !== owner && alive(moved)) await link(aside, lockFile).catch(() => {
  });
  await rm(aside, { force: true });
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

// packages/registry/src/registry-files.ts
var contentVersion = (text) => createHash4("sha256").update(text).digest("hex");
function localRegistryFiles(root) {
  const abs = (file) => path5.join(root, file);
  const journal = openRegistryJournal(root);
  const read = async (file) => {
    await journal.recovered();
    try {
      const text = await readFile2(abs(file), "utf8");
      return { text, version: contentVersion(text) };
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw new RuntimeFailure(`cannot read ${abs(file)}: ${e.message}`);
    }
  };
  const entries = async (dir) => {
    await journal.recovered();
    return (await readdir2(abs(dir), { withFileTypes: true }).catch(() => [])).filter(
      (e) => !e.name.startsWith(".")
    );
  };
  const reader = {
    describe: abs,
    read,
    list: async (dir) => (await entries(dir)).filter((e) => e.isFile()).map((e) => e.name),
    folders: async (dir) => (await entries(dir)).filter((e) => e.isDirectory()).map((e) => e.name)
  };
  return {
    ...reader,
    async write(file, content, { expect }) {
      return journal.locked(async () => {
        const current = await read(file);
        if ((current?.version ?? null) !== expect) return "conflict";
        await journal.apply([{ file, content }]);
        return "written";
      });
    },
    async transact(_request, build) {
      return journal.locked(async () => {
        const { changes, value } = await build(reader);
        if (changes.length > 0) await journal.apply(changes);
        return { value, committed: changes.length > 0 };
      });
    }
  };
}

// packages/registry/src/registry-target.ts
import path6 from "node:path";
import { pathToFileURL } from "node:url";
async function openRegistry(options) {
  const registryDir = options.override ? path6.resolve(options.cwd, options.override) : path6.resolve(path6.dirname(options.configFile), registryFolder(options.registry));
  const { readRunContext, createOctokit } = await import("./src-UJVENJLY.js");
  let runContext;
  const contextOf = () => runContext ??= readRunContext(options.env);
  const needsClient = options.writes === "api";
  const local = (file) => pathToFileURL(path6.join(registryDir, file)).href;
  const target = (files, uri, github2) => ({
    registry: openModelRegistry(options.registry, { files, env: options.env, logger: options.logger }),
    files,
    artifactFile: (version) => localArtifactFile(version, registryDir),
    checkArtifact: (version) => checkArtifact(version, { folder: registryDir, ...github2 ? { github: github2 } : {} }),
    uri,
    get context() {
      return contextOf();
    },
    ...github2 ? { github: github2 } : {}
  });
  if (!needsClient && !options.token) return target(localRegistryFiles(registryDir), local);
  const context = contextOf();
  if (!options.token || !context.repository) {
    throw new ConfigError("writing the registry through the GitHub API needs a token and a repository", {
      location: { file: "inputs", path: options.token ? "GITHUB_REPOSITORY" : "github-token" },
      hint: "run inside GitHub Actions with github-token, or use registry-writes: local and commit the files"
    });
  }
  const octokit = await createOctokit(options.token, {
    baseUrl: context.apiUrl,
    onWarning: (m) => options.logger.warn(m)
  });
  const workspace = options.env.GITHUB_WORKSPACE ?? options.cwd;
  const root = path6.relative(workspace, registryDir).split(path6.sep).join("/");
  if (root.startsWith("..")) {
    throw new ConfigError(`the registry ${registryDir} is outside the repository ${workspace}`, {
      location: { file: "inputs", path: "registry" }
    });
  }
  const branch = context.ref?.startsWith("refs/heads/") ? context.ref.slice("refs/heads/".length) : "main";
  const github = { octokit, ...context.repository, branch, root };
  if (!needsClient) return target(localRegistryFiles(registryDir), local, github);
  const { githubContentsFiles } = await import("./src-UJVENJLY.js");
  const blob = `${context.serverUrl}/${github.owner}/${github.repo}/blob/${branch}/`;
  return target(
    githubContentsFiles(octokit, github),
    (file) => `${blob}${[root, file].filter(Boolean).join("/")}`,
    github
  );
}

// packages/registry/src/render-manifests.ts
import { mkdir as mkdir2, readdir as readdir3, readFile as readFile3, writeFile as writeFile2 } from "node:fs/promises";
import path7 from "node:path";
var import_yaml3 = __toESM(require_dist(), 1);
var backendName = (model, track) => `${model}-${track}`;
async function renderStep(config, templatesDir, step, versions, dir) {
  const names = (await readdir3(templatesDir).catch(() => {
    throw new ConfigError(`the templates folder ${templatesDir} does not exist`, {
      location: { file: templatesDir, path: "templates" },
      hint: "point templates at a folder of Kubernetes manifest templates (*.yaml)"
    });
  })).filter((n) => /\.ya?ml$/.test(n)).sort();
  await mkdir2(dir, { recursive: true });
  const written = [];
  for (const backend of step.backends) {
    const info = versions.get(backend.version);
    const vars = {
      name: backendName(config.model, backend.track),
      model: config.model,
      track: backend.track,
      version: info.version,
      digest: info.digest,
      artifact: info.artifact,
      port: config.route.port
    };
    for (const n of names) {
      const file = path7.join(templatesDir, n);
      assertInsideWorkspace(file, { file });
      const out = path7.join(dir, `${backend.track}-${n}`);
      await writeFile2(out, renderTemplate(await readFile3(file, "utf8"), file, vars));
      written.push(out);
    }
  }
  const route = path7.join(dir, "httproute.yaml");
  await writeFile2(route, (0, import_yaml3.stringify)(httpRoute(config, step), { lineWidth: 0 }));
  written.push(route);
  return written;
}
function httpRoute(config, step) {
  const ref = (track) => ({ name: backendName(config.model, track), port: config.route.port });
  const served = step.backends.filter((b) => !b.mirror);
  const mirrored = step.backends.filter((b) => b.mirror);
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: { name: config.route.name, labels: { "app.kubernetes.io/name": config.model } },
    spec: {
      parentRefs: [{ name: config.route.gateway }],
      ...config.route.hostname ? { hostnames: [config.route.hostname] } : {},
      rules: [
        {
          backendRefs: served.map((b) => ({ ...ref(b.track), weight: b.weight })),
          ...mirrored.length > 0 ? {
            filters: mirrored.map((b) => ({
              type: "RequestMirror",
              requestMirror: { backendRef: ref(b.track) }
            }))
          } : {}
        }
      ]
    }
  };
}

// packages/registry/src/rollout-plan.ts
var FIRST_DEPLOYMENT = "first deployment: nothing to compare with or roll back to";
function planRollout(strategy, version, previous) {
  const steps = rolloutSteps(strategy, version, previous);
  return !previous && strategy.type !== "rolling" ? { steps, note: FIRST_DEPLOYMENT } : { steps };
}
function rolloutSteps(strategy, version, previous) {
  const only = (track) => {
    const b = { track, version, weight: 100 };
    return { label: `${track} ${version} 100%`, backends: [b], probe: b };
  };
  if (!previous || previous.version === version || strategy.type === "rolling") return [only("stable")];
  const old = { track: previous.track, version: previous.version };
  switch (strategy.type) {
    case "canary": {
      const steps = [.../* @__PURE__ */ new Set([...strategy.steps, 100])].sort((a, b) => a - b);
      return steps.map((w) => {
        if (w === 100) return only("stable");
        const canary = { track: "canary", version, weight: w };
        return { label: `canary ${w}%`, backends: [{ ...old, weight: 100 - w }, canary], probe: canary };
      });
    }
    case "blue-green": {
      const idle = previous.track === "blue" ? "green" : "blue";
      const next = { track: idle, version };
      return [
        {
          label: `${idle} up, idle`,
          backends: [
            { ...old, weight: 100 },
            { ...next, weight: 0 }
          ],
          probe: { ...next, weight: 0 }
        },
        {
          label: `switch to ${idle}`,
          backends: [
            { ...old, weight: 0 },
            { ...next, weight: 100 }
          ],
          probe: { ...next, weight: 100 }
        }
      ];
    }
    case "shadow": {
      const shadow = { track: "shadow", version, weight: 0, mirror: true };
      return [
        { label: "shadow (mirrored traffic)", backends: [{ ...old, weight: 100 }, shadow], probe: shadow }
      ];
    }
  }
}

// packages/registry/src/schemas.ts
var registrySchemas = {
  "registry-model": { schema: ModelFileSchema, io: "input" },
  "registry-version": { schema: VersionFileSchema, io: "input" },
  "registry-deployment": { schema: DeployStateSchema, io: "output" },
  deploy: { schema: DeployConfigSchema, io: "input" },
  promote: { schema: PromoteConfigSchema, io: "input" }
};

export {
  withoutUrlCredentials,
  runUserProcess,
  REGISTRY_SCHEMA_VERSION,
  MODEL_NAME,
  ALIAS_NAME,
  ArtifactRecordSchema,
  ModelFileSchema,
  EvidenceSchema,
  VersionFileSchema,
  AuditRecordSchema,
  legacyAuditLogPath,
  auditRecordPath,
  servingVersion,
  readAuditLog,
  appendAuditRecord,
  modelFileName,
  versionFileName,
  readModelState,
  listRegisteredVersions,
  readVersionRecord,
  registerVersion,
  moveAlias,
  adoptionNote,
  fileDigest,
  storedArtifactDir,
  releaseAssetTag,
  checkArtifact,
  verifyAuditChain,
  promotionReceiptPath,
  fileModelRegistry,
  createMlflowClient,
  MLFLOW_TAGS,
  RegistryConfigSchema,
  DeployConfigSchema,
  parseDuration,
  splitCommand,
  processFailure,
  runProcess,
  holdCanary,
  DeployStateSchema,
  deployStatePath,
  deploymentId,
  readDeployState,
  registryServing,
  commitDeployment,
  checkHealth,
  renderTemplate,
  parseModelRef,
  formatModelRef,
  resolveReference,
  StageSchema,
  PromoteConfigSchema,
  verifyEvidence,
  recordedRefusals,
  localRegistryFiles,
  openRegistry,
  renderStep,
  httpRoute,
  FIRST_DEPLOYMENT,
  planRollout,
  registrySchemas
};
