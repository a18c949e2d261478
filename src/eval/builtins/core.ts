// Language-level names that belong to no mathematical area: the boolean constants, and `deg` so that `30 deg`
// reads as 30 degrees (implicit multiplication by pi/180, exactly like the postfix `°`).
import * as N from "../../numbers/index.js";
import { defineNamedValues } from "../registry.js";
import { TRUE, FALSE } from "../value.js";

defineNamedValues([
  { name: "true", area: "Logic", doc: "The boolean true (comparisons return booleans; `if` and `and`/`or`/`not` take them).", get: () => TRUE },
  { name: "false", area: "Logic", doc: "The boolean false.", get: () => FALSE },
  {
    name: "deg",
    area: "Constants",
    doc: "One degree in radians, pi/180 exactly: `30 deg` and `30°` are pi/6.",
    get: (ctx) => N.div(N.constant("pi")!, N.integer(180), ctx),
  },
]);
