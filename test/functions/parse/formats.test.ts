import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("parseCsv", () => {
  it("splits quoted values into columns", () => {
    const out = runQuery("parseCsv(columns=[a, b, c])", [{ "@rawstring": 'x,"y, ""q""",z,extra' }]);
    expect(out[0]).toMatchObject({ a: "x", b: 'y, "q"', c: "z" });
  });

  it("writes only the values present", () => {
    expect(runQuery("parseCsv(line, columns=[a, b], delimiter=\";\", trim=true)", [{ line: " 1 " }, {}])).toEqual([{ line: " 1 ", a: "1" }, {}]);
  });
});

describe("parseUrl", () => {
  it("splits every part", () => {
    const out = runQuery("parseUrl()", [{ url: "https://bob:pw@example.com:8443/a/b?x=1&y=2#frag" }]);
    expect(out[0]).toMatchObject({
      "url.scheme": "https",
      "url.username": "bob",
      "url.password": "pw",
      "url.host": "example.com",
      "url.port": "8443",
      "url.path": "/a/b",
      "url.query": "x=1&y=2",
      "url.fragment": "frag",
    });
  });

  it("writes under as and skips absent parts", () => {
    expect(runQuery("parseUrl(u, as=web)", [{ u: "http://[::1]/x" }])[0]).toEqual({ u: "http://[::1]/x", "web.scheme": "http", "web.host": "[::1]", "web.path": "/x" });
    expect(runQuery("parseUrl()", [{}])).toEqual([{}]);
  });
});

describe("writeJson and json:prettyPrint", () => {
  it("nest selected fields", () => {
    const out = runQuery('writeJson(["a.", b])', [{ "a.x": "1", "a.y[0]": "t", "a.y[1]": "true", b: "s", c: "no" }]);
    expect(out[0]?._json).toBe('{"a":{"x":1,"y":["t",true]},"b":"s"}');
  });

  it("pretty-prints keeping values as written", () => {
    const out = runQuery("json:prettyPrint(j)", [{ j: '{"a":[1,{}],"b":1.50}' }, { j: "nope" }]);
    expect(out[0]?.j).toBe('{\n  "a": [\n    1,\n    {}\n  ],\n  "b": 1.50\n}');
    expect(out[1]?.j).toBe("nope");
  });

  it("copies invalid JSON to as unless strict", () => {
    const events = [{ j: "nope" }];
    expect(runQuery("json:prettyPrint(j, as=p)", events)[0]?.p).toBe("nope");
    expect(runQuery("json:prettyPrint(j, as=p, strict=true)", events)[0]?.p).toBeUndefined();
  });
});

describe("parseXml", () => {
  it("names fields by element path", () => {
    const xml = '<?xml version="1.0"?><Task><Triggers><LogonTrigger><Enabled>true</Enabled></LogonTrigger></Triggers></Task>';
    expect(runQuery("parseXml(x)", [{ x: xml }])[0]?.["Task.Triggers.LogonTrigger.Enabled"]).toBe("true");
  });

  it("numbers repeated elements and writes attributes", () => {
    const xml = '<E><Data Name="a">1</Data><Data Name="b">&lt;2&gt;</Data></E>';
    expect(runQuery("parseXml(x)", [{ x: xml }])[0]).toMatchObject({ "E.Data[0]": "1", "E.Data[0].Name": "a", "E.Data[1]": "<2>", "E.Data[1].Name": "b" });
  });

  it("leaves malformed XML alone", () => {
    expect(runQuery("parseXml(x)", [{ x: "<a><b></a>" }])).toEqual([{ x: "<a><b></a>" }]);
  });
});

describe("parseCEF and parseLEEF", () => {
  it("parse a CEF message after a syslog prefix", () => {
    const raw = "Sep 19 08:26:10 host CEF:0|security|threatmanager|1.0|100|detected a \\| in packet|10|src=10.0.0.1 act=blocked a \\= dst=1.1.1.1";
    expect(runQuery("parseCEF()", [{ "@rawstring": raw }])[0]).toEqual({
      "@rawstring": raw,
      "cef.version": "0",
      "cef.device.vendor": "security",
      "cef.device.product": "threatmanager",
      "cef.device.version": "1.0",
      "cef.event_class_id": "100",
      "cef.name": "detected a | in packet",
      "cef.severity": "10",
      "cef.ext.src": "10.0.0.1",
      "cef.ext.act": "blocked a =",
      "cef.ext.dst": "1.1.1.1",
    });
  });

  it("turn CEF labels into fields", () => {
    const out = runQuery("parseCEF()", [{ "@rawstring": "CEF:0|v|p|1|2|n|3|cs1Label=Rule cs1=R 42" }]);
    expect(out[0]?.["cef.label.Rule"]).toBe("R 42");
    expect(out[0]?.["cef.ext.cs1"]).toBeUndefined();
  });

  it("parse LEEF 1.0 and 2.0", () => {
    const out = runQuery("parseLEEF()", [{ "@rawstring": "LEEF:1.0|Aruba|ClearPass|6.9|Login|Common.Username=bob\tCommon.Host=h1" }, { "@rawstring": "LEEF:2.0|V|P|1|E|^|a=1^b=2 3" }]);
    expect(out[0]).toMatchObject({ "leef.vendor": "Aruba", "leef.ext.Common.Username": "bob", "leef.ext.Common.Host": "h1" });
    expect(out[1]).toMatchObject({ "leef.ext.a": "1", "leef.ext.b": "2 3" });
  });

  it("leave other text alone", () => {
    expect(runQuery("parseCEF() | parseLEEF()", [{ "@rawstring": "plain" }])).toEqual([{ "@rawstring": "plain" }]);
  });
});

describe("parseHexString", () => {
  it("decodes hexadecimal", () => {
    expect(runQuery("parseHexString(h)", [{ h: "48656c6c6f" }])[0]?._parsehexstring).toBe("Hello");
    expect(runQuery("parseHexString(h, charset=UTF-16LE, as=t)", [{ h: "48006900" }])[0]?.t).toBe("Hi");
  });

  it("writes nothing for invalid hexadecimal", () => {
    expect(runQuery("parseHexString(h)", [{ h: "4" }, { h: "zz" }, {}])).toEqual([{ h: "4" }, { h: "zz" }, {}]);
  });

  it("rejects an unknown character set", () => {
    expect(errorOf(() => runQuery('parseHexString(h, charset="klingon")', [])).message).toMatch(/unknown character set/);
  });
});

describe("missing fields and bad values", () => {
  it("leave events without the field unchanged", () => {
    const query = "parseXml(x) | parseCEF(c) | parseLEEF(l) | parseUrl(u) | parseCsv(v, columns=[a])";
    expect(runQuery(query, [{ other: "1" }])).toEqual([{ other: "1" }]);
  });

  it("read an unclosed CSV quote to the end of the line", () => {
    expect(runQuery("parseCsv(v, columns=[a, b])", [{ v: '"x,y' }])[0]?.a).toBe("x,y");
  });

  it("write an empty object when writeJson selects nothing", () => {
    expect(runQuery("writeJson([missing], as=j)", [{ other: "1" }])[0]?.j).toBe("{}");
  });
});
