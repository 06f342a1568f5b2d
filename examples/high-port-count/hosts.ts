/**
 * The generated fleet: one customer with Windows workstations and servers and Linux servers. The
 * first hosts of each platform have fixed names because the scenarios refer to them.
 */
import type { Random } from "./random.js";
import type { Host, User } from "./telemetry.js";

/** The domain part of every user SID of the generated Active Directory domain. */
const DOMAIN_SID = "S-1-5-21-1004336348-1177238915-682003330";

const WINDOWS_USERS = [
  "j.harper", "m.okafor", "a.lindqvist", "s.nakamura", "p.dubois", "r.costa", "l.schmidt",
  "k.osei", "e.novak", "t.brennan", "h.yilmaz", "d.fischer", "c.moreau", "n.patel", "b.svensson",
];

const LINUX_USERS = ["ubuntu", "deploy", "a.lindqvist", "ci-runner"];

/** Host names the scenarios use, in the order they are created. */
export const SCENARIO_WINDOWS_HOSTS = [
  "FIN-WKS-0142",
  "SRV-BKP-01",
  "HR-WKS-0077",
  "SRV-APP-03",
  "DEV-WKS-0031",
  "FIN-WKS-0150",
] as const;

export const SCENARIO_LINUX_HOSTS = ["lnx-build-02", "lnx-web-01"] as const;

const DEPARTMENTS = ["FIN", "HR", "DEV", "OPS", "MKT", "SAL", "LEG"];
const LINUX_ROLES = ["web", "db", "build", "cache", "mq", "log"];

export function createHosts(random: Random, windowsCount: number, linuxCount: number): Host[] {
  const cid = random.hex(32);
  const aip = `198.51.100.${random.int(10, 200)}`;
  const names = new Set<string>();
  const hosts: Host[] = [];

  for (let i = 0; i < windowsCount; i++) {
    const name = SCENARIO_WINDOWS_HOSTS[i] ?? uniqueName(names, () => windowsName(random));
    names.add(name);
    hosts.push({
      platform: "Win",
      aid: random.hex(32),
      cid,
      aip,
      computerName: name,
      localAddress: `10.20.${random.int(2, 9)}.${random.int(10, 250)}`,
      users: pickUsers(random, WINDOWS_USERS, name.startsWith("SRV") ? 1 : 2).map(windowsUser),
    });
  }

  for (let i = 0; i < linuxCount; i++) {
    const name = SCENARIO_LINUX_HOSTS[i] ?? uniqueName(names, () => linuxName(random));
    names.add(name);
    hosts.push({
      platform: "Lin",
      aid: random.hex(32),
      cid,
      aip,
      computerName: name,
      localAddress: `10.30.0.${random.int(20, 250)}`,
      users: pickUsers(random, LINUX_USERS, 2).map((userName) => ({
        name: userName,
        uid: String(1000 + LINUX_USERS.indexOf(userName)),
      })),
    });
  }
  return hosts;
}

/** The Windows user with a stable RID per name, so the same person has the same SID everywhere. */
function windowsUser(name: string): User {
  return { name, sid: `${DOMAIN_SID}-${1104 + WINDOWS_USERS.indexOf(name)}` };
}

function pickUsers(random: Random, pool: readonly string[], count: number): string[] {
  return random.shuffle(pool).slice(0, count);
}

function windowsName(random: Random): string {
  if (random.chance(0.15)) return `SRV-${random.pick(["APP", "FS", "SQL", "WEB"])}-${String(random.int(1, 40)).padStart(2, "0")}`;
  return `${random.pick(DEPARTMENTS)}-WKS-${String(random.int(1, 9999)).padStart(4, "0")}`;
}

function linuxName(random: Random): string {
  return `lnx-${random.pick(LINUX_ROLES)}-${String(random.int(1, 99)).padStart(2, "0")}`;
}

function uniqueName(taken: Set<string>, make: () => string): string {
  for (;;) {
    const name = make();
    if (!taken.has(name)) return name;
  }
}

/** Finds a host by the name it was created with. */
export function hostNamed(hosts: readonly Host[], name: string): Host {
  const host = hosts.find((candidate) => candidate.computerName === name);
  if (host === undefined) throw new Error(`no generated host is named ${name}`);
  return host;
}
