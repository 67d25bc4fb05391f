import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  RESAMPLE_WORKER_MIN_ROWS,
  pairedDeltaReplicates
} from "./chunk-VUGF5SOQ.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  RESAMPLE_WORKER_MIN_ROWS,
  pairedDeltaReplicates
};
