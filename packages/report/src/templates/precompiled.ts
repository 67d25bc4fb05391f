// @ts-nocheck
// Generated from markdown.ts and html.ts by `npm run templates`; do not edit.
export const MARKDOWN_REPORT_SPEC = {"1":function(container,depth0,helpers,partials,data) {
    return "No result envelopes were given to the report. Check that the evaluation steps ran and wrote their results (by default to `.mlops/results/`).\n";
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attention"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"decisivePlot"),{"name":"if","hash":{},"fn":container.program(18, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Status | Evaluation | Check |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":31},"end":{"line":7,"column":82}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":82},"end":{"line":7,"column":133}}})) != null ? stack1 : "")
    + "\n| --- | --- | --- |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":19},"end":{"line":8,"column":65}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":65},"end":{"line":8,"column":111}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"attention"),{"name":"each","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"attentionMore"),{"name":"if","hash":{},"fn":container.program(16, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return " Observed |";
},"7":function(container,depth0,helpers,partials,data) {
    return " Expected |";
},"9":function(container,depth0,helpers,partials,data) {
    return " --- |";
},"11":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":10,"column":4},"end":{"line":10,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":10,"column":2},"end":{"line":10,"column":11}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"evaluation") || alias1(depth0, "evaluation", {"start":{"line":10,"column":16},"end":{"line":10,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"evaluation","hash":{},"data":data,"loc":{"start":{"line":10,"column":14},"end":{"line":10,"column":28}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"check") || alias1(depth0, "check", {"start":{"line":10,"column":33},"end":{"line":10,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"check","hash":{},"data":data,"loc":{"start":{"line":10,"column":31},"end":{"line":10,"column":40}}}) : helper)))
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"attentionColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":42},"end":{"line":10,"column":100}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"attentionColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":100},"end":{"line":10,"column":158}}})) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((((helper = lookupProperty(helpers,"observed") || container.strict(depth0, "observed", {"start":{"line":10,"column":81},"end":{"line":10,"column":89}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"observed","hash":{},"data":data,"loc":{"start":{"line":10,"column":79},"end":{"line":10,"column":91}}}) : helper)))
    + " |";
},"14":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((((helper = lookupProperty(helpers,"expected") || container.strict(depth0, "expected", {"start":{"line":10,"column":139},"end":{"line":10,"column":147}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"expected","hash":{},"data":data,"loc":{"start":{"line":10,"column":137},"end":{"line":10,"column":149}}}) : helper)))
    + " |";
},"16":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"attentionMore") || container.strict(depth0, "attentionMore", {"start":{"line":14,"column":4},"end":{"line":14,"column":17}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"attentionMore","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":19}}}) : helper)))
    + " more that need attention, in the evaluations below\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Changes the gates judged**, most important first <sub>(● change with its interval · ○ noise: the interval includes 0)</sub>\n\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"decisivePlot") || container.strict(depth0, "decisivePlot", {"start":{"line":21,"column":3},"end":{"line":21,"column":15}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"decisivePlot","hash":{},"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":21,"column":18}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"20":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<!-- mlops:section -->\n\n<details><summary>"
    + alias4((((helper = lookupProperty(helpers,"icon") || alias1(depth0, "icon", {"start":{"line":28,"column":20},"end":{"line":28,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"icon","hash":{},"data":data,"loc":{"start":{"line":28,"column":18},"end":{"line":28,"column":26}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"word") || alias1(depth0, "word", {"start":{"line":28,"column":29},"end":{"line":28,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"word","hash":{},"data":data,"loc":{"start":{"line":28,"column":27},"end":{"line":28,"column":35}}}) : helper)))
    + " · "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":28,"column":40},"end":{"line":28,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":28,"column":38},"end":{"line":28,"column":47}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"headline"),{"name":"if","hash":{},"fn":container.program(21, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":47},"end":{"line":28,"column":85}}})) != null ? stack1 : "")
    + "</summary>\n\n<sub>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"meta"),{"name":"each","hash":{},"fn":container.program(23, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":5},"end":{"line":30,"column":68}}})) != null ? stack1 : "")
    + "</sub>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"error"),{"name":"if","hash":{},"fn":container.program(26, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"metrics"),"length"),{"name":"if","hash":{},"fn":container.program(29, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + "\n**Checks:** "
    + alias4((((helper = lookupProperty(helpers,"checkSummary") || alias1(depth0, "checkSummary", {"start":{"line":59,"column":14},"end":{"line":59,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"checkSummary","hash":{},"data":data,"loc":{"start":{"line":59,"column":12},"end":{"line":59,"column":28}}}) : helper)))
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"attention"),"length"),{"name":"if","hash":{},"fn":container.program(51, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":71,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"passingCount"),{"name":"if","hash":{},"fn":container.program(61, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":72,"column":0},"end":{"line":87,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"examples"),{"name":"each","hash":{},"fn":container.program(66, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":0},"end":{"line":103,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(77, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":104,"column":0},"end":{"line":149,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"hasProvenance"),{"name":"if","hash":{},"fn":container.program(92, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":150,"column":0},"end":{"line":179,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"21":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " — "
    + container.escapeExpression((((helper = lookupProperty(helpers,"headline") || container.strict(depth0, "headline", {"start":{"line":28,"column":68},"end":{"line":28,"column":76}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"headline","hash":{},"data":data,"loc":{"start":{"line":28,"column":66},"end":{"line":28,"column":78}}}) : helper)));
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"first"),{"name":"unless","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":19},"end":{"line":30,"column":51}}})) != null ? stack1 : "")
    + container.escapeExpression(container.lambda(depth0, depth0));
},"24":function(container,depth0,helpers,partials,data) {
    return " · ";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!CAUTION]\n> **Error:** "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"error"), "message", {"start":{"line":34,"column":15},"end":{"line":34,"column":28}} ), depth0))
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"error"),"hint"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ">\n> **What to do:** "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"error"), "hint", {"start":{"line":37,"column":20},"end":{"line":37,"column":30}} ), depth0))
    + "\n";
},"29":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Metrics**\n\n| Metric | Value |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"metricColumns"),"baseline"),{"name":"if","hash":{},"fn":container.program(30, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":18},"end":{"line":44,"column":66}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"metricColumns"),"delta"),{"name":"if","hash":{},"fn":container.program(32, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":66},"end":{"line":44,"column":116}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"metricColumns"),"n"),{"name":"if","hash":{},"fn":container.program(34, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":116},"end":{"line":44,"column":150}}})) != null ? stack1 : "")
    + "\n| --- | ---: |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"metricColumns"),"baseline"),{"name":"if","hash":{},"fn":container.program(36, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":14},"end":{"line":45,"column":58}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"metricColumns"),"delta"),{"name":"if","hash":{},"fn":container.program(36, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":58},"end":{"line":45,"column":99}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"metricColumns"),"n"),{"name":"if","hash":{},"fn":container.program(36, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":99},"end":{"line":45,"column":136}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(38, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":48,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"metricsMore"),{"name":"if","hash":{},"fn":container.program(47, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":52,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"metricNotes"),"length"),{"name":"if","hash":{},"fn":container.program(49, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "");
},"30":function(container,depth0,helpers,partials,data) {
    return " Baseline |";
},"32":function(container,depth0,helpers,partials,data) {
    return " Δ vs baseline |";
},"34":function(container,depth0,helpers,partials,data) {
    return " n |";
},"36":function(container,depth0,helpers,partials,data) {
    return " ---: |";
},"38":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":47,"column":4},"end":{"line":47,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":47,"column":2},"end":{"line":47,"column":10}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":47,"column":15},"end":{"line":47,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":47,"column":13},"end":{"line":47,"column":22}}}) : helper)))
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"metricColumns"),"baseline"),{"name":"if","hash":{},"fn":container.program(39, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":24},"end":{"line":47,"column":139}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"metricColumns"),"delta"),{"name":"if","hash":{},"fn":container.program(42, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":139},"end":{"line":47,"column":228}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"metricColumns"),"n"),{"name":"if","hash":{},"fn":container.program(45, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":228},"end":{"line":47,"column":269}}})) != null ? stack1 : "")
    + "\n";
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((((helper = lookupProperty(helpers,"baseline") || container.strict(depth0, "baseline", {"start":{"line":47,"column":60},"end":{"line":47,"column":68}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"baseline","hash":{},"data":data,"loc":{"start":{"line":47,"column":58},"end":{"line":47,"column":70}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"baselineLabel"),{"name":"if","hash":{},"fn":container.program(40, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":70},"end":{"line":47,"column":130}}})) != null ? stack1 : "")
    + " |";
},"40":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><sub>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"baselineLabel") || container.strict(depth0, "baselineLabel", {"start":{"line":47,"column":102},"end":{"line":47,"column":115}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"baselineLabel","hash":{},"data":data,"loc":{"start":{"line":47,"column":100},"end":{"line":47,"column":117}}}) : helper)))
    + "</sub>";
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((((helper = lookupProperty(helpers,"delta") || container.strict(depth0, "delta", {"start":{"line":47,"column":172},"end":{"line":47,"column":177}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"delta","hash":{},"data":data,"loc":{"start":{"line":47,"column":170},"end":{"line":47,"column":179}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"deltaLabel"),{"name":"if","hash":{},"fn":container.program(43, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":47,"column":179},"end":{"line":47,"column":219}}})) != null ? stack1 : "")
    + " |";
},"43":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((((helper = lookupProperty(helpers,"deltaLabel") || container.strict(depth0, "deltaLabel", {"start":{"line":47,"column":200},"end":{"line":47,"column":210}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"deltaLabel","hash":{},"data":data,"loc":{"start":{"line":47,"column":198},"end":{"line":47,"column":212}}}) : helper)));
},"45":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((((helper = lookupProperty(helpers,"n") || container.strict(depth0, "n", {"start":{"line":47,"column":257},"end":{"line":47,"column":258}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"n","hash":{},"data":data,"loc":{"start":{"line":47,"column":255},"end":{"line":47,"column":260}}}) : helper)))
    + " |";
},"47":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"metricsMore") || container.strict(depth0, "metricsMore", {"start":{"line":51,"column":4},"end":{"line":51,"column":15}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"metricsMore","hash":{},"data":data,"loc":{"start":{"line":51,"column":2},"end":{"line":51,"column":17}}}) : helper)))
    + " more metrics\n";
},"49":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<sub>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"metricNotes"),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":5},"end":{"line":55,"column":75}}})) != null ? stack1 : "")
    + "</sub>\n";
},"51":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n| Status | Check | Severity |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":29},"end":{"line":62,"column":80}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":80},"end":{"line":62,"column":131}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"message"),{"name":"if","hash":{},"fn":container.program(52, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":131},"end":{"line":62,"column":180}}})) != null ? stack1 : "")
    + "\n| --- | --- | --- |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":19},"end":{"line":63,"column":65}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":65},"end":{"line":63,"column":111}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"attentionColumns"),"message"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":111},"end":{"line":63,"column":156}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"attention"),{"name":"each","hash":{},"fn":container.program(54, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":66,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"attentionMore"),{"name":"if","hash":{},"fn":container.program(59, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":67,"column":0},"end":{"line":70,"column":7}}})) != null ? stack1 : "");
},"52":function(container,depth0,helpers,partials,data) {
    return " Message |";
},"54":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":65,"column":4},"end":{"line":65,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":65,"column":2},"end":{"line":65,"column":11}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":65,"column":16},"end":{"line":65,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":65,"column":14},"end":{"line":65,"column":23}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"location"),{"name":"if","hash":{},"fn":container.program(55, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":23},"end":{"line":65,"column":73}}})) != null ? stack1 : "")
    + " | "
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":65,"column":78},"end":{"line":65,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":65,"column":76},"end":{"line":65,"column":88}}}) : helper)))
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"attentionColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":90},"end":{"line":65,"column":148}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"attentionColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":148},"end":{"line":65,"column":206}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"attentionColumns"),"message"),{"name":"if","hash":{},"fn":container.program(57, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":206},"end":{"line":65,"column":262}}})) != null ? stack1 : "")
    + "\n";
},"55":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><sub>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"location") || container.strict(depth0, "location", {"start":{"line":65,"column":50},"end":{"line":65,"column":58}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"location","hash":{},"data":data,"loc":{"start":{"line":65,"column":48},"end":{"line":65,"column":60}}}) : helper)))
    + "</sub>";
},"57":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + container.escapeExpression((((helper = lookupProperty(helpers,"message") || container.strict(depth0, "message", {"start":{"line":65,"column":244},"end":{"line":65,"column":251}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"message","hash":{},"data":data,"loc":{"start":{"line":65,"column":242},"end":{"line":65,"column":253}}}) : helper)))
    + " |";
},"59":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"attentionMore") || container.strict(depth0, "attentionMore", {"start":{"line":69,"column":4},"end":{"line":69,"column":17}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"attentionMore","hash":{},"data":data,"loc":{"start":{"line":69,"column":2},"end":{"line":69,"column":19}}}) : helper)))
    + " more checks that need attention\n";
},"61":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>✅ "
    + container.escapeExpression((((helper = lookupProperty(helpers,"passingSummary") || container.strict(depth0, "passingSummary", {"start":{"line":74,"column":22},"end":{"line":74,"column":36}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"passingSummary","hash":{},"data":data,"loc":{"start":{"line":74,"column":20},"end":{"line":74,"column":38}}}) : helper)))
    + "</summary>\n\n| Status | Check | Severity |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"passingColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":76,"column":29},"end":{"line":76,"column":78}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"passingColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":76,"column":78},"end":{"line":76,"column":127}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"passingColumns"),"message"),{"name":"if","hash":{},"fn":container.program(52, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":76,"column":127},"end":{"line":76,"column":174}}})) != null ? stack1 : "")
    + "\n| --- | --- | --- |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"passingColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":77,"column":19},"end":{"line":77,"column":63}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"passingColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":77,"column":63},"end":{"line":77,"column":107}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"passingColumns"),"message"),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":77,"column":107},"end":{"line":77,"column":150}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"passing"),{"name":"each","hash":{},"fn":container.program(62, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":0},"end":{"line":80,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"passingMore"),{"name":"if","hash":{},"fn":container.program(64, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":81,"column":0},"end":{"line":84,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"62":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":79,"column":4},"end":{"line":79,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":79,"column":2},"end":{"line":79,"column":11}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":79,"column":16},"end":{"line":79,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":79,"column":14},"end":{"line":79,"column":23}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"location"),{"name":"if","hash":{},"fn":container.program(55, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":23},"end":{"line":79,"column":73}}})) != null ? stack1 : "")
    + " | "
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":79,"column":78},"end":{"line":79,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":79,"column":76},"end":{"line":79,"column":88}}}) : helper)))
    + " |"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"passingColumns"),"observed"),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":90},"end":{"line":79,"column":146}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"passingColumns"),"expected"),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":146},"end":{"line":79,"column":202}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depths[1],"passingColumns"),"message"),{"name":"if","hash":{},"fn":container.program(57, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":202},"end":{"line":79,"column":256}}})) != null ? stack1 : "")
    + "\n";
},"64":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"passingMore") || container.strict(depth0, "passingMore", {"start":{"line":83,"column":4},"end":{"line":83,"column":15}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"passingMore","hash":{},"data":data,"loc":{"start":{"line":83,"column":2},"end":{"line":83,"column":17}}}) : helper)))
    + " more\n";
},"66":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>"
    + alias4((((helper = lookupProperty(helpers,"icon") || alias1(depth0, "icon", {"start":{"line":90,"column":20},"end":{"line":90,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"icon","hash":{},"data":data,"loc":{"start":{"line":90,"column":18},"end":{"line":90,"column":26}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"word") || alias1(depth0, "word", {"start":{"line":90,"column":29},"end":{"line":90,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"word","hash":{},"data":data,"loc":{"start":{"line":90,"column":27},"end":{"line":90,"column":35}}}) : helper)))
    + " · failing examples: "
    + alias4((((helper = lookupProperty(helpers,"check") || alias1(depth0, "check", {"start":{"line":90,"column":58},"end":{"line":90,"column":63}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"check","hash":{},"data":data,"loc":{"start":{"line":90,"column":56},"end":{"line":90,"column":65}}}) : helper)))
    + " ("
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(67, data, 0),"inverse":container.program(69, data, 0),"data":data,"loc":{"start":{"line":90,"column":67},"end":{"line":90,"column":125}}})) != null ? stack1 : "")
    + ")</summary>\n\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"columns"),{"name":"each","hash":{},"fn":container.program(71, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":92,"column":1},"end":{"line":92,"column":38}}})) != null ? stack1 : "")
    + "\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"columns"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":93,"column":1},"end":{"line":93,"column":33}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(73, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":94,"column":0},"end":{"line":96,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(75, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":97,"column":0},"end":{"line":100,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"67":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"shown") || alias1(depth0, "shown", {"start":{"line":90,"column":81},"end":{"line":90,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"shown","hash":{},"data":data,"loc":{"start":{"line":90,"column":79},"end":{"line":90,"column":88}}}) : helper)))
    + " of "
    + alias4((((helper = lookupProperty(helpers,"total") || alias1(depth0, "total", {"start":{"line":90,"column":94},"end":{"line":90,"column":99}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"total","hash":{},"data":data,"loc":{"start":{"line":90,"column":92},"end":{"line":90,"column":101}}}) : helper)));
},"69":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"total") || container.strict(depth0, "total", {"start":{"line":90,"column":111},"end":{"line":90,"column":116}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"total","hash":{},"data":data,"loc":{"start":{"line":90,"column":109},"end":{"line":90,"column":118}}}) : helper)));
},"71":function(container,depth0,helpers,partials,data) {
    return " "
    + container.escapeExpression(container.lambda(depth0, depth0))
    + " |";
},"73":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "|"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(71, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":95,"column":1},"end":{"line":95,"column":35}}})) != null ? stack1 : "")
    + "\n";
},"75":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"more") || container.strict(depth0, "more", {"start":{"line":99,"column":4},"end":{"line":99,"column":8}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"more","hash":{},"data":data,"loc":{"start":{"line":99,"column":2},"end":{"line":99,"column":10}}}) : helper)))
    + " more examples\n";
},"77":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"text"),{"name":"if","hash":{},"fn":container.program(78, data, 0),"inverse":container.program(80, data, 0),"data":data,"loc":{"start":{"line":105,"column":0},"end":{"line":148,"column":7}}})) != null ? stack1 : "");
},"78":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":107,"column":20},"end":{"line":107,"column":25}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":107,"column":18},"end":{"line":107,"column":27}}}) : helper)))
    + "</summary>\n\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":109,"column":3},"end":{"line":109,"column":7}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":109,"column":0},"end":{"line":109,"column":10}}}) : helper))) != null ? stack1 : "")
    + "\n\n</details>\n";
},"80":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"chart"),{"name":"if","hash":{},"fn":container.program(81, data, 0),"inverse":container.program(86, data, 0),"data":data,"loc":{"start":{"line":112,"column":0},"end":{"line":148,"column":0}}})) != null ? stack1 : "");
},"81":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":114,"column":20},"end":{"line":114,"column":25}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":114,"column":18},"end":{"line":114,"column":27}}}) : helper)))
    + " (drawn in the full report)</summary>\n\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"chart"),"columns"),{"name":"each","hash":{},"fn":container.program(71, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":116,"column":1},"end":{"line":116,"column":44}}})) != null ? stack1 : "")
    + "\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"chart"),"columns"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":117,"column":1},"end":{"line":117,"column":39}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"chart"),"rows"),{"name":"each","hash":{},"fn":container.program(73, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":118,"column":0},"end":{"line":120,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"chart"),"more"),{"name":"if","hash":{},"fn":container.program(82, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":121,"column":0},"end":{"line":124,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"chart"),"notes"),"length"),{"name":"if","hash":{},"fn":container.program(84, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":125,"column":0},"end":{"line":128,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"82":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"chart"), "more", {"start":{"line":123,"column":4},"end":{"line":123,"column":14}} ), depth0))
    + " more rows\n";
},"84":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<sub>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"chart"),"notes"),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":127,"column":5},"end":{"line":127,"column":75}}})) != null ? stack1 : "")
    + "</sub>\n";
},"86":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":133,"column":4},"end":{"line":133,"column":9}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":133,"column":2},"end":{"line":133,"column":11}}}) : helper)))
    + "**\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"table"),{"name":"if","hash":{},"fn":container.program(87, data, 0),"inverse":container.program(90, data, 0),"data":data,"loc":{"start":{"line":135,"column":0},"end":{"line":147,"column":7}}})) != null ? stack1 : "");
},"87":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"table"),"columns"),{"name":"each","hash":{},"fn":container.program(71, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":136,"column":1},"end":{"line":136,"column":44}}})) != null ? stack1 : "")
    + "\n|"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"table"),"columns"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":137,"column":1},"end":{"line":137,"column":39}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"table"),"rows"),{"name":"each","hash":{},"fn":container.program(73, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":138,"column":0},"end":{"line":140,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"table"),"more"),{"name":"if","hash":{},"fn":container.program(88, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":141,"column":0},"end":{"line":144,"column":7}}})) != null ? stack1 : "");
},"88":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"table"), "more", {"start":{"line":143,"column":4},"end":{"line":143,"column":14}} ), depth0))
    + " more rows\n";
},"90":function(container,depth0,helpers,partials,data) {
    return "No data to show.\n";
},"92":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details><summary>Lineage and artifacts</summary>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"lineage"),"length"),{"name":"if","hash":{},"fn":container.program(93, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":153,"column":0},"end":{"line":164,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"artifacts"),"length"),{"name":"if","hash":{},"fn":container.program(101, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":165,"column":0},"end":{"line":176,"column":7}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"93":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n| Lineage | Value |\n| --- | --- |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"lineage"),{"name":"each","hash":{},"fn":container.program(94, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":157,"column":0},"end":{"line":159,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lineageMore"),{"name":"if","hash":{},"fn":container.program(99, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":160,"column":0},"end":{"line":163,"column":7}}})) != null ? stack1 : "");
},"94":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + container.escapeExpression((((helper = lookupProperty(helpers,"label") || container.strict(depth0, "label", {"start":{"line":158,"column":4},"end":{"line":158,"column":9}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":158,"column":2},"end":{"line":158,"column":11}}}) : helper)))
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(95, data, 0),"inverse":container.program(97, data, 0),"data":data,"loc":{"start":{"line":158,"column":14},"end":{"line":158,"column":71}}})) != null ? stack1 : "")
    + " |\n";
},"95":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "["
    + container.escapeExpression((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":158,"column":28},"end":{"line":158,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":158,"column":26},"end":{"line":158,"column":35}}}) : helper)))
    + "]("
    + ((stack1 = (((helper = lookupProperty(helpers,"url") || alias1(depth0, "url", {"start":{"line":158,"column":40},"end":{"line":158,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"url","hash":{},"data":data,"loc":{"start":{"line":158,"column":37},"end":{"line":158,"column":46}}}) : helper))) != null ? stack1 : "")
    + ")";
},"97":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"value") || container.strict(depth0, "value", {"start":{"line":158,"column":57},"end":{"line":158,"column":62}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":158,"column":55},"end":{"line":158,"column":64}}}) : helper)));
},"99":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"lineageMore") || container.strict(depth0, "lineageMore", {"start":{"line":162,"column":4},"end":{"line":162,"column":15}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"lineageMore","hash":{},"data":data,"loc":{"start":{"line":162,"column":2},"end":{"line":162,"column":17}}}) : helper)))
    + " more\n";
},"101":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n| Artifact | Path | Digest | Size |\n| --- | --- | --- | ---: |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"artifacts"),{"name":"each","hash":{},"fn":container.program(102, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":169,"column":0},"end":{"line":171,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"artifactsMore"),{"name":"if","hash":{},"fn":container.program(104, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":172,"column":0},"end":{"line":175,"column":7}}})) != null ? stack1 : "");
},"102":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":170,"column":4},"end":{"line":170,"column":8}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":170,"column":2},"end":{"line":170,"column":10}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":170,"column":15},"end":{"line":170,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":170,"column":13},"end":{"line":170,"column":21}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"digest") || alias1(depth0, "digest", {"start":{"line":170,"column":26},"end":{"line":170,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"digest","hash":{},"data":data,"loc":{"start":{"line":170,"column":24},"end":{"line":170,"column":34}}}) : helper)))
    + " | "
    + alias4((((helper = lookupProperty(helpers,"size") || alias1(depth0, "size", {"start":{"line":170,"column":39},"end":{"line":170,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"size","hash":{},"data":data,"loc":{"start":{"line":170,"column":37},"end":{"line":170,"column":45}}}) : helper)))
    + " |\n";
},"104":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"artifactsMore") || container.strict(depth0, "artifactsMore", {"start":{"line":174,"column":4},"end":{"line":174,"column":17}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"artifactsMore","hash":{},"data":data,"loc":{"start":{"line":174,"column":2},"end":{"line":174,"column":19}}}) : helper)))
    + " more\n";
},"106":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<!-- mlops:section -->\n\n<sub>"
    + ((stack1 = (((helper = lookupProperty(helpers,"footer") || container.strict(depth0, "footer", {"start":{"line":187,"column":8},"end":{"line":187,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"footer","hash":{},"data":data,"loc":{"start":{"line":187,"column":5},"end":{"line":187,"column":17}}}) : helper))) != null ? stack1 : "")
    + "</sub>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + alias3(alias2(alias1(lookupProperty(depth0,"verdict"), "icon", {"start":{"line":1,"column":5},"end":{"line":1,"column":17}} ), depth0))
    + " "
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":1,"column":22},"end":{"line":1,"column":27}} ))),(typeof helper === "function" ? helper.call(alias4,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":1,"column":20},"end":{"line":1,"column":29}}}) : helper)))
    + ": "
    + alias3(alias2(alias1(lookupProperty(depth0,"verdict"), "text", {"start":{"line":1,"column":33},"end":{"line":1,"column":45}} ), depth0))
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"empty"),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.program(3, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(20, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":182,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"footer"),{"name":"if","hash":{},"fn":container.program(106, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":183,"column":0},"end":{"line":188,"column":7}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true};
export const HTML_REPORT_SPEC = {"1":function(container,depth0,helpers,partials,data) {
    return "<p>No result envelopes were given to the report. Check that the evaluation steps ran and wrote their results (by default to <code>.mlops/results/</code>).</p>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table class=\"verdict-table\">\n<thead><tr><th>Status</th><th>Evaluation</th><th>Subject</th><th class=\"num\">Failed</th><th class=\"num\">Warnings</th><th class=\"num\">Insufficient data</th><th>Summary</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td class=\"badge "
    + alias4((((helper = lookupProperty(helpers,"word") || alias1(depth0, "word", {"start":{"line":23,"column":23},"end":{"line":23,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"word","hash":{},"data":data,"loc":{"start":{"line":23,"column":21},"end":{"line":23,"column":29}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"icon") || alias1(depth0, "icon", {"start":{"line":23,"column":33},"end":{"line":23,"column":37}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"icon","hash":{},"data":data,"loc":{"start":{"line":23,"column":31},"end":{"line":23,"column":39}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"word") || alias1(depth0, "word", {"start":{"line":23,"column":42},"end":{"line":23,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"word","hash":{},"data":data,"loc":{"start":{"line":23,"column":40},"end":{"line":23,"column":48}}}) : helper)))
    + "</td><td><a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":23,"column":69},"end":{"line":23,"column":75}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":23,"column":67},"end":{"line":23,"column":77}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":23,"column":81},"end":{"line":23,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":23,"column":79},"end":{"line":23,"column":88}}}) : helper)))
    + "</a></td><td>"
    + alias4((((helper = lookupProperty(helpers,"subject") || alias1(depth0, "subject", {"start":{"line":23,"column":103},"end":{"line":23,"column":110}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"subject","hash":{},"data":data,"loc":{"start":{"line":23,"column":101},"end":{"line":23,"column":112}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"digest"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":112},"end":{"line":23,"column":162}}})) != null ? stack1 : "")
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"failed") || alias1(depth0, "failed", {"start":{"line":23,"column":185},"end":{"line":23,"column":191}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"failed","hash":{},"data":data,"loc":{"start":{"line":23,"column":183},"end":{"line":23,"column":193}}}) : helper)))
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"warnings") || alias1(depth0, "warnings", {"start":{"line":23,"column":216},"end":{"line":23,"column":224}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"warnings","hash":{},"data":data,"loc":{"start":{"line":23,"column":214},"end":{"line":23,"column":226}}}) : helper)))
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"inconclusive") || alias1(depth0, "inconclusive", {"start":{"line":23,"column":249},"end":{"line":23,"column":261}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"inconclusive","hash":{},"data":data,"loc":{"start":{"line":23,"column":247},"end":{"line":23,"column":263}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"summary") || alias1(depth0, "summary", {"start":{"line":23,"column":274},"end":{"line":23,"column":281}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"summary","hash":{},"data":data,"loc":{"start":{"line":23,"column":272},"end":{"line":23,"column":283}}}) : helper)))
    + "</td></tr>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><small>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"digest") || container.strict(depth0, "digest", {"start":{"line":23,"column":139},"end":{"line":23,"column":145}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"digest","hash":{},"data":data,"loc":{"start":{"line":23,"column":137},"end":{"line":23,"column":147}}}) : helper)))
    + "</small>";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":29,"column":15},"end":{"line":29,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":29,"column":13},"end":{"line":29,"column":23}}}) : helper)))
    + "\" class=\"evaluation status-"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":29,"column":52},"end":{"line":29,"column":58}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":29,"column":50},"end":{"line":29,"column":60}}}) : helper)))
    + "\">\n<h2><span aria-hidden=\"true\">"
    + alias4((((helper = lookupProperty(helpers,"icon") || alias1(depth0, "icon", {"start":{"line":30,"column":31},"end":{"line":30,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"icon","hash":{},"data":data,"loc":{"start":{"line":30,"column":29},"end":{"line":30,"column":37}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":30,"column":47},"end":{"line":30,"column":52}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":30,"column":45},"end":{"line":30,"column":54}}}) : helper)))
    + " <span class=\"badge "
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":30,"column":76},"end":{"line":30,"column":82}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":30,"column":74},"end":{"line":30,"column":84}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"word") || alias1(depth0, "word", {"start":{"line":30,"column":88},"end":{"line":30,"column":92}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"word","hash":{},"data":data,"loc":{"start":{"line":30,"column":86},"end":{"line":30,"column":94}}}) : helper)))
    + "</span></h2>\n<p class=\"meta\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"meta"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":16},"end":{"line":31,"column":60}}})) != null ? stack1 : "")
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"summary"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"error"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"metrics"),"length"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":50,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"forestPlot"),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":56,"column":7}}})) != null ? stack1 : "")
    + "<h3>Checks: "
    + alias4((((helper = lookupProperty(helpers,"checkSummary") || alias1(depth0, "checkSummary", {"start":{"line":57,"column":14},"end":{"line":57,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"checkSummary","hash":{},"data":data,"loc":{"start":{"line":57,"column":12},"end":{"line":57,"column":28}}}) : helper)))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"attention"),"length"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":65,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"passingCount"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":0},"end":{"line":75,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"examples"),{"name":"each","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":76,"column":0},"end":{"line":88,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"details"),{"name":"each","hash":{},"fn":container.program(46, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":116,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"hasProvenance"),{"name":"if","hash":{},"fn":container.program(59, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":117,"column":0},"end":{"line":136,"column":7}}})) != null ? stack1 : "")
    + "</section>\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "<span>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</span>";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"summary") || container.strict(depth0, "summary", {"start":{"line":33,"column":5},"end":{"line":33,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"summary","hash":{},"data":data,"loc":{"start":{"line":33,"column":3},"end":{"line":33,"column":14}}}) : helper)))
    + "</p>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"error-box\"><p><strong>Error:</strong> "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"error"), "message", {"start":{"line":36,"column":52},"end":{"line":36,"column":65}} ), depth0))
    + "</p>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"error"),"hint"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":71},"end":{"line":36,"column":146}}})) != null ? stack1 : "")
    + "</div>\n";
},"13":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>What to do:</strong> "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"error"), "hint", {"start":{"line":36,"column":123},"end":{"line":36,"column":133}} ), depth0))
    + "</p>";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3>Metrics</h3>\n<table>\n<thead><tr><th>Metric</th><th class=\"num\">Value</th><th class=\"num\">Baseline</th><th class=\"num\">Δ vs baseline</th><th class=\"num\">n</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"metrics"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":45,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"metricsMore"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":48,"column":76}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"metricNotes"),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":49,"column":58}}})) != null ? stack1 : "")
    + "\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":44,"column":10},"end":{"line":44,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":44,"column":8},"end":{"line":44,"column":16}}}) : helper)))
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":44,"column":39},"end":{"line":44,"column":44}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":44,"column":37},"end":{"line":44,"column":46}}}) : helper)))
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"baseline") || alias1(depth0, "baseline", {"start":{"line":44,"column":69},"end":{"line":44,"column":77}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"baseline","hash":{},"data":data,"loc":{"start":{"line":44,"column":67},"end":{"line":44,"column":79}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"baselineLabel"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":79},"end":{"line":44,"column":143}}})) != null ? stack1 : "")
    + "</td><td class=\"num delta "
    + alias4((((helper = lookupProperty(helpers,"direction") || alias1(depth0, "direction", {"start":{"line":44,"column":171},"end":{"line":44,"column":180}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"direction","hash":{},"data":data,"loc":{"start":{"line":44,"column":169},"end":{"line":44,"column":182}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"delta") || alias1(depth0, "delta", {"start":{"line":44,"column":186},"end":{"line":44,"column":191}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"delta","hash":{},"data":data,"loc":{"start":{"line":44,"column":184},"end":{"line":44,"column":193}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"deltaLabel") || alias1(depth0, "deltaLabel", {"start":{"line":44,"column":196},"end":{"line":44,"column":206}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"deltaLabel","hash":{},"data":data,"loc":{"start":{"line":44,"column":194},"end":{"line":44,"column":208}}}) : helper)))
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"n") || alias1(depth0, "n", {"start":{"line":44,"column":231},"end":{"line":44,"column":232}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"n","hash":{},"data":data,"loc":{"start":{"line":44,"column":229},"end":{"line":44,"column":234}}}) : helper)))
    + "</td></tr>\n";
},"17":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><small>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"baselineLabel") || container.strict(depth0, "baselineLabel", {"start":{"line":44,"column":113},"end":{"line":44,"column":126}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"baselineLabel","hash":{},"data":data,"loc":{"start":{"line":44,"column":111},"end":{"line":44,"column":128}}}) : helper)))
    + "</small>";
},"19":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"metricsMore") || container.strict(depth0, "metricsMore", {"start":{"line":48,"column":39},"end":{"line":48,"column":50}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"metricsMore","hash":{},"data":data,"loc":{"start":{"line":48,"column":37},"end":{"line":48,"column":52}}}) : helper)))
    + " more metrics</p>";
},"21":function(container,depth0,helpers,partials,data) {
    return "<p class=\"note\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<figure>\n<figcaption>Change against the baseline <span class=\"note\">(what the gates judged first; one scale per unit, centred on no change; lines are confidence intervals)<span class=\"swatch better\"></span>better<span class=\"swatch worse\"></span>worse<span class=\"swatch unclear\"></span>noise (interval includes 0) or no preferred direction</span></figcaption>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"forestPlot") || container.strict(depth0, "forestPlot", {"start":{"line":54,"column":3},"end":{"line":54,"column":13}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"forestPlot","hash":{},"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":54,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n</figure>\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table><thead><tr><th>Status</th><th>Check</th><th>Severity</th><th>Observed</th><th>Expected</th><th>Message</th></tr></thead><tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"attention"),{"name":"each","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":0},"end":{"line":62,"column":9}}})) != null ? stack1 : "")
    + "</tbody></table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"attentionMore"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":64,"column":99}}})) != null ? stack1 : "")
    + "\n";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\"check "
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":61,"column":19},"end":{"line":61,"column":25}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":61,"column":17},"end":{"line":61,"column":27}}}) : helper)))
    + "\"><td class=\"badge\">"
    + alias4((((helper = lookupProperty(helpers,"icon") || alias1(depth0, "icon", {"start":{"line":61,"column":49},"end":{"line":61,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"icon","hash":{},"data":data,"loc":{"start":{"line":61,"column":47},"end":{"line":61,"column":55}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"word") || alias1(depth0, "word", {"start":{"line":61,"column":58},"end":{"line":61,"column":62}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"word","hash":{},"data":data,"loc":{"start":{"line":61,"column":56},"end":{"line":61,"column":64}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":61,"column":75},"end":{"line":61,"column":80}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":61,"column":73},"end":{"line":61,"column":82}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"location"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":82},"end":{"line":61,"column":136}}})) != null ? stack1 : "")
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":61,"column":147},"end":{"line":61,"column":155}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":61,"column":145},"end":{"line":61,"column":157}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"observed") || alias1(depth0, "observed", {"start":{"line":61,"column":168},"end":{"line":61,"column":176}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"observed","hash":{},"data":data,"loc":{"start":{"line":61,"column":166},"end":{"line":61,"column":178}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"expected") || alias1(depth0, "expected", {"start":{"line":61,"column":189},"end":{"line":61,"column":197}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"expected","hash":{},"data":data,"loc":{"start":{"line":61,"column":187},"end":{"line":61,"column":199}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"message") || alias1(depth0, "message", {"start":{"line":61,"column":210},"end":{"line":61,"column":217}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":61,"column":208},"end":{"line":61,"column":219}}}) : helper)))
    + "</td></tr>\n";
},"27":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><small>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"location") || container.strict(depth0, "location", {"start":{"line":61,"column":111},"end":{"line":61,"column":119}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"location","hash":{},"data":data,"loc":{"start":{"line":61,"column":109},"end":{"line":61,"column":121}}}) : helper)))
    + "</small>";
},"29":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"attentionMore") || container.strict(depth0, "attentionMore", {"start":{"line":64,"column":41},"end":{"line":64,"column":54}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"attentionMore","hash":{},"data":data,"loc":{"start":{"line":64,"column":39},"end":{"line":64,"column":56}}}) : helper)))
    + " more checks that need attention</p>";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details><summary>✅ "
    + container.escapeExpression((((helper = lookupProperty(helpers,"passingSummary") || container.strict(depth0, "passingSummary", {"start":{"line":67,"column":22},"end":{"line":67,"column":36}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"passingSummary","hash":{},"data":data,"loc":{"start":{"line":67,"column":20},"end":{"line":67,"column":38}}}) : helper)))
    + "</summary>\n<table><thead><tr><th>Status</th><th>Check</th><th>Severity</th><th>Observed</th><th>Expected</th><th>Message</th></tr></thead><tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"passing"),{"name":"each","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":71,"column":9}}})) != null ? stack1 : "")
    + "</tbody></table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"passingMore"),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":73,"column":0},"end":{"line":73,"column":68}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"32":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"passingMore") || container.strict(depth0, "passingMore", {"start":{"line":73,"column":39},"end":{"line":73,"column":50}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"passingMore","hash":{},"data":data,"loc":{"start":{"line":73,"column":37},"end":{"line":73,"column":52}}}) : helper)))
    + " more</p>";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details><summary>"
    + alias4((((helper = lookupProperty(helpers,"icon") || alias1(depth0, "icon", {"start":{"line":77,"column":20},"end":{"line":77,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"icon","hash":{},"data":data,"loc":{"start":{"line":77,"column":18},"end":{"line":77,"column":26}}}) : helper)))
    + " Failing examples: "
    + alias4((((helper = lookupProperty(helpers,"check") || alias1(depth0, "check", {"start":{"line":77,"column":47},"end":{"line":77,"column":52}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"check","hash":{},"data":data,"loc":{"start":{"line":77,"column":45},"end":{"line":77,"column":54}}}) : helper)))
    + " ("
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(37, data, 0),"data":data,"loc":{"start":{"line":77,"column":56},"end":{"line":77,"column":114}}})) != null ? stack1 : "")
    + ")</summary>\n<table>\n<thead><tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"columns"),{"name":"each","hash":{},"fn":container.program(39, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":11},"end":{"line":79,"column":54}}})) != null ? stack1 : "")
    + "</tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":81,"column":0},"end":{"line":83,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(44, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":86,"column":0},"end":{"line":86,"column":63}}})) != null ? stack1 : "")
    + "\n</details>\n";
},"35":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"shown") || alias1(depth0, "shown", {"start":{"line":77,"column":70},"end":{"line":77,"column":75}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"shown","hash":{},"data":data,"loc":{"start":{"line":77,"column":68},"end":{"line":77,"column":77}}}) : helper)))
    + " of "
    + alias4((((helper = lookupProperty(helpers,"total") || alias1(depth0, "total", {"start":{"line":77,"column":83},"end":{"line":77,"column":88}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"total","hash":{},"data":data,"loc":{"start":{"line":77,"column":81},"end":{"line":77,"column":90}}}) : helper)));
},"37":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"total") || container.strict(depth0, "total", {"start":{"line":77,"column":100},"end":{"line":77,"column":105}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"total","hash":{},"data":data,"loc":{"start":{"line":77,"column":98},"end":{"line":77,"column":107}}}) : helper)));
},"39":function(container,depth0,helpers,partials,data) {
    return "<th>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</th>";
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(42, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":82,"column":4},"end":{"line":82,"column":44}}})) != null ? stack1 : "")
    + "</tr>\n";
},"42":function(container,depth0,helpers,partials,data) {
    return "<td>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</td>";
},"44":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"more") || container.strict(depth0, "more", {"start":{"line":86,"column":32},"end":{"line":86,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"more","hash":{},"data":data,"loc":{"start":{"line":86,"column":30},"end":{"line":86,"column":38}}}) : helper)))
    + " more examples</p>";
},"46":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"text"),{"name":"if","hash":{},"fn":container.program(47, data, 0),"inverse":container.program(49, data, 0),"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":115,"column":7}}})) != null ? stack1 : "");
},"47":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details><summary>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":91,"column":20},"end":{"line":91,"column":25}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":91,"column":18},"end":{"line":91,"column":27}}}) : helper)))
    + "</summary>\n<pre>"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":92,"column":7},"end":{"line":92,"column":11}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":92,"column":5},"end":{"line":92,"column":13}}}) : helper)))
    + "</pre>\n</details>\n";
},"49":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<figure class=\""
    + alias4((((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":95,"column":17},"end":{"line":95,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":95,"column":15},"end":{"line":95,"column":23}}}) : helper)))
    + "\">\n<figcaption>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":96,"column":14},"end":{"line":96,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":96,"column":12},"end":{"line":96,"column":21}}}) : helper)))
    + "</figcaption>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"table"),{"name":"if","hash":{},"fn":container.program(50, data, 0),"inverse":container.program(54, data, 0),"data":data,"loc":{"start":{"line":97,"column":0},"end":{"line":113,"column":7}}})) != null ? stack1 : "")
    + "</figure>\n";
},"50":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"table"),{"name":"with","hash":{},"fn":container.program(51, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":98,"column":0},"end":{"line":108,"column":9}}})) != null ? stack1 : "");
},"51":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table>\n<thead><tr>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"columns"),{"name":"each","hash":{},"fn":container.program(39, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":11},"end":{"line":100,"column":54}}})) != null ? stack1 : "")
    + "</tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":102,"column":0},"end":{"line":104,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"more"),{"name":"if","hash":{},"fn":container.program(52, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":107,"column":0},"end":{"line":107,"column":59}}})) != null ? stack1 : "")
    + "\n";
},"52":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"more") || container.strict(depth0, "more", {"start":{"line":107,"column":32},"end":{"line":107,"column":36}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"more","hash":{},"data":data,"loc":{"start":{"line":107,"column":30},"end":{"line":107,"column":38}}}) : helper)))
    + " more rows</p>";
},"54":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"drawing"),{"name":"if","hash":{},"fn":container.program(55, data, 0),"inverse":container.program(57, data, 0),"data":data,"loc":{"start":{"line":109,"column":0},"end":{"line":113,"column":0}}})) != null ? stack1 : "");
},"55":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"drawing") || container.strict(depth0, "drawing", {"start":{"line":110,"column":3},"end":{"line":110,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"drawing","hash":{},"data":data,"loc":{"start":{"line":110,"column":0},"end":{"line":110,"column":13}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"57":function(container,depth0,helpers,partials,data) {
    return "<p class=\"note\">No data to show.</p>\n";
},"59":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details><summary>Lineage and artifacts</summary>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"lineage"),"length"),{"name":"if","hash":{},"fn":container.program(60, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":119,"column":0},"end":{"line":126,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"artifacts"),"length"),{"name":"if","hash":{},"fn":container.program(68, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":127,"column":0},"end":{"line":134,"column":7}}})) != null ? stack1 : "")
    + "</details>\n";
},"60":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table><thead><tr><th>Lineage</th><th>Value</th></tr></thead><tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"lineage"),{"name":"each","hash":{},"fn":container.program(61, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":121,"column":0},"end":{"line":123,"column":9}}})) != null ? stack1 : "")
    + "</tbody></table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lineageMore"),{"name":"if","hash":{},"fn":container.program(66, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":125,"column":0},"end":{"line":125,"column":68}}})) != null ? stack1 : "")
    + "\n";
},"61":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"label") || container.strict(depth0, "label", {"start":{"line":122,"column":10},"end":{"line":122,"column":15}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":122,"column":8},"end":{"line":122,"column":17}}}) : helper)))
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(62, data, 0),"inverse":container.program(64, data, 0),"data":data,"loc":{"start":{"line":122,"column":26},"end":{"line":122,"column":92}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"62":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + alias4((((helper = lookupProperty(helpers,"url") || alias1(depth0, "url", {"start":{"line":122,"column":48},"end":{"line":122,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"url","hash":{},"data":data,"loc":{"start":{"line":122,"column":46},"end":{"line":122,"column":53}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":122,"column":57},"end":{"line":122,"column":62}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":122,"column":55},"end":{"line":122,"column":64}}}) : helper)))
    + "</a>";
},"64":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"value") || container.strict(depth0, "value", {"start":{"line":122,"column":78},"end":{"line":122,"column":83}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"value","hash":{},"data":data,"loc":{"start":{"line":122,"column":76},"end":{"line":122,"column":85}}}) : helper)));
},"66":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"lineageMore") || container.strict(depth0, "lineageMore", {"start":{"line":125,"column":39},"end":{"line":125,"column":50}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"lineageMore","hash":{},"data":data,"loc":{"start":{"line":125,"column":37},"end":{"line":125,"column":52}}}) : helper)))
    + " more</p>";
},"68":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<table><thead><tr><th>Artifact</th><th>Path</th><th>Digest</th><th class=\"num\">Size</th></tr></thead><tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"artifacts"),{"name":"each","hash":{},"fn":container.program(69, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":129,"column":0},"end":{"line":131,"column":9}}})) != null ? stack1 : "")
    + "</tbody></table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"artifactsMore"),{"name":"if","hash":{},"fn":container.program(71, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":133,"column":0},"end":{"line":133,"column":72}}})) != null ? stack1 : "")
    + "\n";
},"69":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":130,"column":10},"end":{"line":130,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":130,"column":8},"end":{"line":130,"column":16}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":130,"column":27},"end":{"line":130,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":130,"column":25},"end":{"line":130,"column":33}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"digest") || alias1(depth0, "digest", {"start":{"line":130,"column":44},"end":{"line":130,"column":50}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"digest","hash":{},"data":data,"loc":{"start":{"line":130,"column":42},"end":{"line":130,"column":52}}}) : helper)))
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"size") || alias1(depth0, "size", {"start":{"line":130,"column":75},"end":{"line":130,"column":79}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"size","hash":{},"data":data,"loc":{"start":{"line":130,"column":73},"end":{"line":130,"column":81}}}) : helper)))
    + "</td></tr>\n";
},"71":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">… "
    + container.escapeExpression((((helper = lookupProperty(helpers,"artifactsMore") || container.strict(depth0, "artifactsMore", {"start":{"line":133,"column":41},"end":{"line":133,"column":54}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"artifactsMore","hash":{},"data":data,"loc":{"start":{"line":133,"column":39},"end":{"line":133,"column":56}}}) : helper)))
    + " more</p>";
},"73":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>Generated "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"footer"), "generatedAt", {"start":{"line":140,"column":44},"end":{"line":140,"column":62}} ), depth0))
    + "</span>";
},"75":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>commit "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"footer"), "commit", {"start":{"line":141,"column":36},"end":{"line":141,"column":49}} ), depth0))
    + "</span>";
},"77":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>"
    + ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"footer"),"run"),{"name":"with","hash":{},"fn":container.program(78, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":142,"column":24},"end":{"line":142,"column":126}}})) != null ? stack1 : "")
    + "</span>";
},"78":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"url"),{"name":"if","hash":{},"fn":container.program(79, data, 0),"inverse":container.program(81, data, 0),"data":data,"loc":{"start":{"line":142,"column":44},"end":{"line":142,"column":117}}})) != null ? stack1 : "");
},"79":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + alias4((((helper = lookupProperty(helpers,"url") || alias1(depth0, "url", {"start":{"line":142,"column":66},"end":{"line":142,"column":69}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"url","hash":{},"data":data,"loc":{"start":{"line":142,"column":64},"end":{"line":142,"column":71}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":142,"column":75},"end":{"line":142,"column":79}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":142,"column":73},"end":{"line":142,"column":81}}}) : helper)))
    + "</a>";
},"81":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":142,"column":95},"end":{"line":142,"column":99}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":142,"column":93},"end":{"line":142,"column":101}}}) : helper)))
    + ": "
    + alias4((((helper = lookupProperty(helpers,"raw") || alias1(depth0, "raw", {"start":{"line":142,"column":105},"end":{"line":142,"column":108}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"raw","hash":{},"data":data,"loc":{"start":{"line":142,"column":103},"end":{"line":142,"column":110}}}) : helper)));
},"83":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span>"
    + ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"footer"),"report"),{"name":"with","hash":{},"fn":container.program(78, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":143,"column":27},"end":{"line":143,"column":132}}})) != null ? stack1 : "")
    + "</span>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":8,"column":9},"end":{"line":8,"column":14}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":8,"column":7},"end":{"line":8,"column":16}}}) : helper)))
    + ": "
    + alias4(alias5(alias1(lookupProperty(depth0,"verdict"), "text", {"start":{"line":8,"column":20},"end":{"line":8,"column":32}} ), depth0))
    + "</title>\n<style>"
    + ((stack1 = (((helper = lookupProperty(helpers,"style") || alias1(depth0, "style", {"start":{"line":9,"column":10},"end":{"line":9,"column":15}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"style","hash":{},"data":data,"loc":{"start":{"line":9,"column":7},"end":{"line":9,"column":18}}}) : helper))) != null ? stack1 : "")
    + "</style>\n</head>\n<body>\n<main>\n<header class=\"verdict "
    + alias4((((helper = lookupProperty(helpers,"verdictClass") || alias1(depth0, "verdictClass", {"start":{"line":13,"column":25},"end":{"line":13,"column":37}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"verdictClass","hash":{},"data":data,"loc":{"start":{"line":13,"column":23},"end":{"line":13,"column":39}}}) : helper)))
    + "\">\n<h1><span aria-hidden=\"true\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"verdict"), "icon", {"start":{"line":14,"column":31},"end":{"line":14,"column":43}} ), depth0))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":14,"column":55},"end":{"line":14,"column":60}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":14,"column":53},"end":{"line":14,"column":62}}}) : helper)))
    + ": "
    + alias4(alias5(alias1(lookupProperty(depth0,"verdict"), "text", {"start":{"line":14,"column":66},"end":{"line":14,"column":78}} ), depth0))
    + "</h1>\n</header>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"empty"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":138,"column":9}}})) != null ? stack1 : "")
    + "<footer>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"footer"),"generatedAt"),{"name":"if","hash":{},"fn":container.program(73, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":140,"column":0},"end":{"line":140,"column":78}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"footer"),"commit"),{"name":"if","hash":{},"fn":container.program(75, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":141,"column":0},"end":{"line":141,"column":65}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"footer"),"run"),{"name":"if","hash":{},"fn":container.program(77, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":142,"column":0},"end":{"line":142,"column":140}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"footer"),"report"),{"name":"if","hash":{},"fn":container.program(83, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":143,"column":0},"end":{"line":143,"column":146}}})) != null ? stack1 : "")
    + "\n</footer>\n</main>\n</body>\n</html>\n";
},"useData":true};
