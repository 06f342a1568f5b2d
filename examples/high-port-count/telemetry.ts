/**
 * Builders for Falcon sensor events as LogScale stores them: the tag `#event_simpleName` beside
 * the plain field, `@timestamp` as a JSON number of epoch milliseconds, and every other value a
 * string. Each builder appends one event to the `Telemetry` it belongs to.
 */
import type { Account, Platform, ProcessProfile } from "./catalog.js";
import type { Random } from "./random.js";

export interface User {
  name: string;
  /** Windows security identifier. */
  sid?: string;
  /** Linux user id. */
  uid?: string;
}

export interface Host {
  platform: Platform;
  aid: string;
  cid: string;
  aip: string;
  computerName: string;
  localAddress: string;
  users: User[];
}

export interface Process {
  host: Host;
  targetProcessId: string;
  parentProcessId: string;
  rawProcessId: string;
  imageFileName: string;
  fileName: string;
  filePath: string;
  commandLine: string;
  parentBaseFileName: string;
  /** Undefined for the Windows SYSTEM account: the generator gives such processes no UserName. */
  userName: string | undefined;
  userSid: string | undefined;
  uid: string | undefined;
}

export type Event = Record<string, string | number>;

/** Windows well-known SID of the SYSTEM account. */
const SYSTEM_SID = "S-1-5-18";
const CONFIG_BUILD = "1007.3.0017606.11";

/** Event version numbers, as the `name` field carries them (`ProcessRollup2V19`). */
const EVENT_VERSIONS: Record<string, number> = {
  ProcessRollup2: 19,
  SyntheticProcessRollup2: 19,
  NetworkConnectIP4: 12,
  NetworkConnectIP6: 12,
  NetworkReceiveAcceptIP4: 10,
  DnsRequest: 7,
  EndOfProcess: 6,
  UserLogon: 11,
  SensorHeartbeat: 10,
};

/** Collects generated events with a sequence number, so sorting by time is stable. */
export class Telemetry {
  readonly events: { time: number; sequence: number; event: Event }[] = [];
  private nextProcessId: bigint;
  private readonly hashes = new Map<string, { sha256: string; md5: string }>();

  constructor(readonly random: Random, firstProcessId: bigint) {
    this.nextProcessId = firstProcessId;
  }

  get count(): number {
    return this.events.length;
  }

  /** A new Falcon-wide process id, unique within the generated data. */
  newProcessId(): string {
    this.nextProcessId += BigInt(this.random.int(1, 40_000));
    return this.nextProcessId.toString();
  }

  /** Creates a process from a profile; its events are added by the caller. */
  createProcess(host: Host, profile: ProcessProfile, user: User, targetProcessId = this.newProcessId()): Process {
    const directory = profile.directory.replace("{user}", user.name);
    const drivePath = host.platform === "Win" ? `${directory}\\${profile.fileName}` : `${directory}/${profile.fileName}`;
    const imageFileName = host.platform === "Win" ? toDevicePath(drivePath) : drivePath;
    const separator = host.platform === "Win" ? "\\" : "/";
    const account = accountUser(host, profile.account, user);

    return {
      host,
      targetProcessId,
      parentProcessId: this.newProcessId(),
      rawProcessId: String(host.platform === "Win" ? this.random.int(200, 16_000) * 4 : this.random.int(300, 250_000)),
      imageFileName,
      fileName: profile.fileName,
      filePath: imageFileName.slice(0, imageFileName.lastIndexOf(separator) + 1),
      commandLine: profile.commandLine(drivePath, user.name),
      parentBaseFileName: profile.parent,
      userName: account.name === "" ? undefined : account.name,
      userSid: account.sid,
      uid: account.uid,
    };
  }

  processRollup(process: Process, time: number, type = "ProcessRollup2"): void {
    const hash = this.hashOf(process.imageFileName);
    const event: Event = {
      ...this.common(process.host, type, time),
      TargetProcessId: process.targetProcessId,
      ParentProcessId: process.parentProcessId,
      SourceProcessId: process.parentProcessId,
      RawProcessId: process.rawProcessId,
      ProcessStartTime: seconds(time - this.random.int(5, 900)),
      ProcessEndTime: "",
      ImageFileName: process.imageFileName,
      FileName: process.fileName,
      FilePath: process.filePath,
      CommandLine: process.commandLine,
      ParentBaseFileName: process.parentBaseFileName,
      SHA256HashData: hash.sha256,
      MD5HashData: hash.md5,
      SHA1HashData: "0".repeat(40),
    };
    if (process.userName !== undefined) event.UserName = process.userName;
    if (process.host.platform === "Win") {
      event.UserSid = process.userSid!;
      event.AuthenticationId = String(this.random.int(100_000, 9_999_999));
      event.IntegrityLevel = process.userSid === SYSTEM_SID ? "16384" : "8192";
      event.TokenType = "1";
      event.SessionId = process.userSid === SYSTEM_SID ? "0" : "2";
    } else {
      event.UID = process.uid!;
      event.GID = process.uid!;
      event.RUID = process.uid!;
    }
    this.add(time, event);
  }

  networkConnect(process: Process, time: number, remoteAddress: string, remotePort: number, protocol = "6"): void {
    this.add(time, {
      ...this.common(process.host, "NetworkConnectIP4", time),
      ...this.context(process, time),
      ConnectionDirection: "0",
      ConnectionFlags: "0",
      InContext: "0",
      LocalAddressIP4: process.host.localAddress,
      LocalPort: String(this.ephemeralPort(process.host)),
      RemoteAddressIP4: remoteAddress,
      RemotePort: String(remotePort),
      Protocol: protocol,
    });
  }

  networkConnectIp6(process: Process, time: number, remoteAddress: string, remotePort: number): void {
    this.add(time, {
      ...this.common(process.host, "NetworkConnectIP6", time),
      ...this.context(process, time),
      ConnectionDirection: "0",
      ConnectionFlags: "0",
      InContext: "0",
      LocalAddressIP6: `fe80::${this.random.hex(4)}:${this.random.hex(4)}:${this.random.hex(4)}:${this.random.hex(4)}`,
      LocalPort: String(this.ephemeralPort(process.host)),
      RemoteAddressIP6: remoteAddress,
      RemotePort: String(remotePort),
      Protocol: "6",
    });
  }

  networkAccept(process: Process, time: number, remoteAddress: string, localPort: number): void {
    this.add(time, {
      ...this.common(process.host, "NetworkReceiveAcceptIP4", time),
      ...this.context(process, time),
      ConnectionDirection: "1",
      ConnectionFlags: "0",
      InContext: "0",
      LocalAddressIP4: process.host.localAddress,
      LocalPort: String(localPort),
      RemoteAddressIP4: remoteAddress,
      RemotePort: String(this.random.int(49_152, 65_535)),
      Protocol: "6",
    });
  }

  dnsRequest(process: Process, time: number, domainName: string): void {
    this.add(time, {
      ...this.common(process.host, "DnsRequest", time),
      ...this.context(process, time),
      DomainName: domainName,
      RequestType: this.random.chance(0.8) ? "1" : "28",
      DualRequest: "0",
      QueryStatus: "0",
      InterfaceIndex: "12",
      DnsRequestCount: "1",
    });
  }

  endOfProcess(process: Process, time: number): void {
    this.add(time, {
      ...this.common(process.host, "EndOfProcess", time),
      TargetProcessId: process.targetProcessId,
      RawProcessId: process.rawProcessId,
      ContextTimeStamp: seconds(time - this.random.int(100, 900)),
    });
  }

  userLogon(host: Host, user: User, time: number): void {
    const event: Event = {
      ...this.common(host, "UserLogon", time),
      UserName: user.name,
      LogonType: this.random.pick(["2", "2", "10", "11"]),
      LogonTime: seconds(time - this.random.int(100, 900)),
    };
    if (user.sid !== undefined) event.UserSid = user.sid;
    if (user.uid !== undefined) event.UID = user.uid;
    if (host.platform === "Win") event.LogonDomain = "EXAMPLE";
    this.add(time, event);
  }

  sensorHeartbeat(host: Host, time: number): void {
    this.add(time, { ...this.common(host, "SensorHeartbeat", time), SensorStateBitMap: "0" });
  }

  /** A source port from the platform's ephemeral range (Windows 49152+, Linux 32768-60999). */
  private ephemeralPort(host: Host): number {
    return host.platform === "Win" ? this.random.int(49_152, 65_535) : this.random.int(32_768, 60_999);
  }

  private common(host: Host, type: string, time: number): Event {
    const platformTag = host.platform === "Lin" ? "Lin" : "";
    return {
      "@timestamp": time,
      "#event_simpleName": type,
      "#repo": "base_sensor",
      event_simpleName: type,
      event_platform: host.platform,
      name: `${type}${platformTag}V${EVENT_VERSIONS[type] ?? 1}`,
      aid: host.aid,
      cid: host.cid,
      aip: host.aip,
      ComputerName: host.computerName,
      id: this.random.uuid(),
      timestamp: String(time),
      ConfigBuild: CONFIG_BUILD,
      Entitlements: "15",
    };
  }

  private context(process: Process, time: number): Event {
    return {
      ContextProcessId: process.targetProcessId,
      ContextThreadId: String(this.random.int(10_000_000, 99_999_999_999)),
      ContextTimeStamp: seconds(time - this.random.int(100, 900)),
      ContextBaseFileName: process.fileName,
    };
  }

  private hashOf(imageFileName: string): { sha256: string; md5: string } {
    let hash = this.hashes.get(imageFileName);
    if (hash === undefined) {
      hash = { sha256: this.random.hex(64), md5: this.random.hex(32) };
      this.hashes.set(imageFileName, hash);
    }
    return hash;
  }

  private add(time: number, event: Event): void {
    this.events.push({ time, sequence: this.events.length, event });
  }
}

/** Falcon writes context and start times as epoch seconds with three decimals. */
function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(3);
}

/** `C:\Windows\...` as the NT device path Falcon records (`\Device\HarddiskVolume3\Windows\...`). */
function toDevicePath(drivePath: string): string {
  return `\\Device\\HarddiskVolume3\\${drivePath.slice(3)}`;
}

function accountUser(host: Host, account: Account, user: User): User {
  if (host.platform === "Win") {
    if (account === "system" || account === "root") return { name: "", sid: SYSTEM_SID };
    return user;
  }
  if (account === "root") return { name: "root", uid: "0" };
  if (account === "service") return { name: "svc-app", uid: "998" };
  return user;
}
