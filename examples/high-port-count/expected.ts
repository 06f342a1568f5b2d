/**
 * An independent, hand-written implementation of what query.cql means, used to compute
 * expected.ndjson and as the baseline of the benchmark. It does not use the library. It reads
 * flat events (as generate.ts writes them); values that are not strings are compared as their
 * JSON text, which is how LogScale stores them.
 *
 *   npx tsx examples/high-port-count/expected.ts events.ndjson > expected.ndjson
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export type Row = Record<string, string>;

/** Collected values are capped at the distinct-value limit of collect(): 25 for RemotePort, otherwise the default of 2000. */
const PORT_LIMIT = 25;
const COLLECT_LIMIT = 2_000;
const THRESHOLD = 25;
const COLLECTED_FIELDS = ["FileName", "CommandLine", "UserName", "UserID"] as const;

interface Group {
  aid: string;
  computerName: string;
  falconPid: string;
  collected: Map<string, string[]>;
  ports: string[];
  portEvents: number;
  remoteAddresses: Set<string>;
}

/** An event that passed step 1, with the values later steps read. */
interface Kept {
  event: Record<string, unknown>;
  type: string;
  aid: string;
  falconPid: string;
  userId: string | undefined;
  /** aid and falconPID joined by NUL, a character neither contains. */
  joinKey: string;
}

function fieldOf(event: Record<string, unknown>, name: string): string | undefined {
  if (!Object.hasOwn(event, name)) return undefined;
  const value = event[name];
  if (value === null || value === undefined) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Adds `value` to a distinct list in first-seen order, unless the list is full. */
function addDistinct(values: string[], value: string, limit: number): void {
  if (values.length < limit && !values.includes(value)) values.push(value);
}

/** Returns the rows the detection produces for `events`, in the order groups were first seen. */
export function detectHighPortCount(events: Iterable<Record<string, unknown>>): Row[] {
  // Step 1: keep the two event types, compute falconPID and UserID, and drop events without the
  // selfJoinFilter key (aid, falconPID), which can never pass it.
  const kept: Kept[] = [];
  for (const event of events) {
    const type = fieldOf(event, "#event_simpleName");
    if (type !== "NetworkConnectIP4" && type !== "ProcessRollup2") continue;

    const aid = fieldOf(event, "aid");
    const falconPid = fieldOf(event, "ContextProcessId") ?? fieldOf(event, "TargetProcessId");
    if (aid === undefined || falconPid === undefined) continue;

    const userId = fieldOf(event, "UID") ?? fieldOf(event, "UserSid");
    kept.push({ event, type, aid, falconPid, userId, joinKey: `${aid}\u0000${falconPid}` });
  }

  // Step 2: selfJoinFilter keeps (aid, falconPID) keys that have both event types.
  const withNetwork = new Set<string>();
  const withProcess = new Set<string>();
  for (const entry of kept) {
    (entry.type === "NetworkConnectIP4" ? withNetwork : withProcess).add(entry.joinKey);
  }

  // Step 3: groupBy on aid, ComputerName and falconPID over the joined events.
  const groups = new Map<string, Group>();
  for (const entry of kept) {
    if (!withNetwork.has(entry.joinKey) || !withProcess.has(entry.joinKey)) continue;

    const computerName = fieldOf(entry.event, "ComputerName");
    if (computerName === undefined) continue;

    const groupKey = `${entry.joinKey}\u0000${computerName}`;
    let group = groups.get(groupKey);
    if (group === undefined) {
      group = {
        aid: entry.aid,
        computerName,
        falconPid: entry.falconPid,
        collected: new Map(COLLECTED_FIELDS.map((name) => [name, []])),
        ports: [],
        portEvents: 0,
        remoteAddresses: new Set(),
      };
      groups.set(groupKey, group);
    }
    addToGroup(group, entry.event, entry.userId);
  }

  // Step 4: rows that have FileName and RemotePort and more than 25 RemotePort events.
  const rows: Row[] = [];
  for (const group of groups.values()) {
    const row = toRow(group);
    if (row.FileName === undefined || row.RemotePort === undefined) continue;
    if (group.portEvents > THRESHOLD) rows.push(row);
  }
  return rows;
}

function addToGroup(group: Group, event: Record<string, unknown>, userId: string | undefined): void {
  for (const name of COLLECTED_FIELDS) {
    const value = name === "UserID" ? userId : fieldOf(event, name);
    if (value !== undefined) addDistinct(group.collected.get(name)!, value, COLLECT_LIMIT);
  }

  const port = fieldOf(event, "RemotePort");
  if (port !== undefined) {
    group.portEvents++;
    addDistinct(group.ports, port, PORT_LIMIT);
  }

  const address = fieldOf(event, "RemoteAddressIP4");
  if (address !== undefined) group.remoteAddresses.add(address);
}

function toRow(group: Group): Row {
  const row: Row = { aid: group.aid, ComputerName: group.computerName, falconPID: group.falconPid };
  for (const name of COLLECTED_FIELDS) {
    const values = group.collected.get(name)!;
    if (values.length > 0) row[name] = values.join("\n");
  }
  row.uniquePortCount = String(group.portEvents);
  if (group.ports.length > 0) row.RemotePort = group.ports.join(", ");
  row.remoteIPcount = String(group.remoteAddresses.size);
  return row;
}

function main(): void {
  const path = process.argv[2];
  if (path === undefined) throw new Error("usage: expected.ts EVENTS_NDJSON");

  const lines = readFileSync(path, "utf8").split("\n").filter((line) => line.trim() !== "");
  const rows = detectHighPortCount(lines.map((line) => JSON.parse(line) as Record<string, unknown>));
  process.stdout.write(rows.map((row) => `${JSON.stringify(row)}\n`).join(""));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main();
}
