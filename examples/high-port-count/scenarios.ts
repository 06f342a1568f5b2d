/**
 * The processes the example is about. Each scenario states whether the detection must flag it;
 * expected.ts computes the result independently, and the README explains each case.
 */
import { WINDOWS_PROFILES, type ProcessProfile } from "./catalog.js";
import { hostNamed } from "./hosts.js";
import type { Host, Process, Telemetry } from "./telemetry.js";

const MINUTE = 60_000;

/** Adds every scenario's events, starting at `start` (epoch ms). */
export function addScenarios(telemetry: Telemetry, hosts: readonly Host[], start: number): void {
  portScanOnWindows(telemetry, hostNamed(hosts, "FIN-WKS-0142"), start + 20 * MINUTE);
  portScanOnLinux(telemetry, hostNamed(hosts, "lnx-build-02"), start + 35 * MINUTE);
  backupToOnePort(telemetry, hostNamed(hosts, "SRV-BKP-01"), start + 5 * MINUTE);
  meetingWithTwentyFiveConnections(telemetry, hostNamed(hosts, "HR-WKS-0077"), start + 50 * MINUTE);
  scriptWithTwentySixConnections(telemetry, hostNamed(hosts, "HR-WKS-0077"), start + 62 * MINUTE);
  processesStartedBeforeTheData(telemetry, hostNamed(hosts, "SRV-APP-03"), hostNamed(hosts, "DEV-WKS-0031"), start);
  ipv6AndInboundConnections(telemetry, hostNamed(hosts, "DEV-WKS-0031"), start + 70 * MINUTE);
  syncToManyAddresses(telemetry, hostNamed(hosts, "lnx-web-01"), start + 80 * MINUTE);
  renamedHost(telemetry, hostNamed(hosts, "FIN-WKS-0150"), start + 10 * MINUTE);
}

/** A profile for a program that only a scenario runs. */
function program(fileName: string, directory: string, commandLine: string, parent: string, account: ProcessProfile["account"] = "user"): ProcessProfile {
  return {
    fileName,
    directory,
    commandLine: () => commandLine,
    parent,
    account,
    connections: [0, 0],
    ports: [],
    remote: "internal",
    domains: [],
    weight: 0,
  };
}

/**
 * Steps a clock forward by a random gap of `minGap` to `maxGap` ms for each event, so a burst of
 * connections has realistic spacing.
 */
function clock(telemetry: Telemetry, time: number, minGap: number, maxGap: number): () => number {
  let now = time;
  return () => {
    now += telemetry.random.int(minGap, maxGap);
    return now;
  };
}

/** Flagged: nmap's TCP connect scan of four hosts, 60 ports each (240 connections). */
function portScanOnWindows(telemetry: Telemetry, host: Host, time: number): void {
  const nmap = program(
    "nmap.exe",
    "C:\\Program Files (x86)\\Nmap",
    '"C:\\Program Files (x86)\\Nmap\\nmap.exe" -sT -T4 -p 1-1024 10.20.4.1-4',
    "powershell.exe",
  );
  const process = telemetry.createProcess(host, nmap, host.users[0]!);
  telemetry.processRollup(process, time);

  const next = clock(telemetry, time, 5, 40);
  const allPorts = Array.from({ length: 1024 }, (_, index) => index + 1);
  for (let target = 1; target <= 4; target++) {
    for (const port of telemetry.random.shuffle(allPorts).slice(0, 60)) {
      telemetry.networkConnect(process, next(), `10.20.4.${target}`, port);
    }
  }
  telemetry.endOfProcess(process, next() + 2_000);
}

/** Flagged: `nc -z` probing ports 20 to 80 of one host in order (61 connections). */
function portScanOnLinux(telemetry: Telemetry, host: Host, time: number): void {
  const netcat = program("nc.openbsd", "/usr/bin", "nc -zv -w 1 10.30.1.15 20-80", "bash");
  const process = telemetry.createProcess(host, netcat, host.users[0]!);
  telemetry.processRollup(process, time);

  const next = clock(telemetry, time, 2, 30);
  for (let port = 20; port <= 80; port++) telemetry.networkConnect(process, next(), "10.30.1.15", port);
}

/**
 * Flagged: a backup agent running as SYSTEM makes 30 connections, all to port 443. The rule
 * counts events that have RemotePort, not distinct ports, so one port is enough. SYSTEM
 * processes carry no UserName, so the row has none.
 */
function backupToOnePort(telemetry: Telemetry, host: Host, time: number): void {
  const agent = program(
    "VeeamAgent.exe",
    "C:\\Program Files\\Veeam\\Endpoint Backup",
    '"C:\\Program Files\\Veeam\\Endpoint Backup\\VeeamAgent.exe" --job "Nightly Cloud Copy"',
    "Veeam.EndPoint.Service.exe",
    "system",
  );
  const process = telemetry.createProcess(host, agent, host.users[0]!);
  telemetry.processRollup(process, time);
  telemetry.dnsRequest(process, time + 400, "examplebackups.blob.core.windows.net");

  const next = clock(telemetry, time + 500, 1_000, 20_000);
  const addresses = ["20.60.24.4", "20.60.24.36", "20.150.8.100"];
  for (let i = 0; i < 30; i++) telemetry.networkConnect(process, next(), addresses[i % 3]!, 443);
}

/** Not flagged: a Teams meeting with exactly 25 connections (15 to 443, 10 to 3478). */
function meetingWithTwentyFiveConnections(telemetry: Telemetry, host: Host, time: number): void {
  const teams = WINDOWS_PROFILES.find((profile) => profile.fileName === "ms-teams.exe")!;
  const process = telemetry.createProcess(host, teams, host.users[0]!);
  telemetry.processRollup(process, time);
  telemetry.dnsRequest(process, time + 300, "teams.microsoft.com");

  const next = clock(telemetry, time + 400, 500, 15_000);
  for (let i = 0; i < 15; i++) telemetry.networkConnect(process, next(), `52.112.${telemetry.random.int(0, 127)}.${telemetry.random.int(1, 254)}`, 443);
  for (let i = 0; i < 10; i++) telemetry.networkConnect(process, next(), `52.115.${telemetry.random.int(0, 127)}.${telemetry.random.int(1, 254)}`, 3478, "17");
}

/** Flagged: an inventory script connects to WinRM on 13 servers, twice each (26 connections). */
function scriptWithTwentySixConnections(telemetry: Telemetry, host: Host, time: number): void {
  const user = host.users[0]!;
  const python = program(
    "python.exe",
    `C:\\Users\\${user.name}\\AppData\\Local\\Programs\\Python\\Python312`,
    `python.exe C:\\Users\\${user.name}\\scripts\\inventory.py --hosts servers.txt`,
    "cmd.exe",
  );
  const process = telemetry.createProcess(host, python, user);
  telemetry.processRollup(process, time);

  const next = clock(telemetry, time, 200, 3_000);
  for (let round = 0; round < 2; round++) {
    for (let server = 1; server <= 13; server++) telemetry.networkConnect(process, next(), `10.20.1.${100 + server}`, 5985);
  }
}

/**
 * Not flagged: two busy processes whose ProcessRollup2 happened before the data starts, so
 * selfJoinFilter finds no ProcessRollup2 for them. The svchost has a SyntheticProcessRollup2,
 * which the rule's anchored tag regex does not accept. A process on another host that happens to
 * have the same TargetProcessId as the java process must not join with it either.
 */
function processesStartedBeforeTheData(telemetry: Telemetry, server: Host, otherHost: Host, start: number): void {
  const system = server.users[0]!;
  const svchost = program("svchost.exe", "C:\\Windows\\System32", "C:\\Windows\\system32\\svchost.exe -k RPCSS -p", "services.exe", "system");
  const rpc = telemetry.createProcess(server, svchost, system);
  telemetry.processRollup(rpc, start + 2 * MINUTE, "SyntheticProcessRollup2");
  const nextRpc = clock(telemetry, start + 3 * MINUTE, 1_000, 60_000);
  for (let i = 0; i < 45; i++) telemetry.networkConnect(rpc, nextRpc(), telemetry.random.pick(["10.20.0.10", "10.20.0.11", "10.20.0.25"]), i % 3 === 0 ? 135 : 445);

  const java = program("java.exe", "C:\\Program Files\\Eclipse Adoptium\\jre-17.0.10.7-hotspot\\bin", '"C:\\Program Files\\Eclipse Adoptium\\jre-17.0.10.7-hotspot\\bin\\java.exe" -jar C:\\apps\\billing\\billing.jar', "services.exe", "system");
  const billing = telemetry.createProcess(server, java, system);
  const nextJava = clock(telemetry, start + 4 * MINUTE, 1_000, 90_000);
  for (let i = 0; i < 40; i++) telemetry.networkConnect(billing, nextJava(), "10.20.0.25", 1521);
  telemetry.dnsRequest(billing, start + 4 * MINUTE, "oradb01.example.corp");

  const cmd = WINDOWS_PROFILES.find((profile) => profile.fileName === "cmd.exe")!;
  const sameId = telemetry.createProcess(otherHost, cmd, otherHost.users[0]!, billing.targetProcessId);
  telemetry.processRollup(sameId, start + 30 * MINUTE);
  telemetry.networkConnect(sameId, start + 31 * MINUTE, "10.20.0.25", 445);
  telemetry.networkConnect(sameId, start + 32 * MINUTE, "10.20.0.25", 445);
}

/**
 * Not flagged: VS Code makes 40 IPv6 connections and 3 IPv4 ones, and a local Node.js dev server
 * accepts 50 inbound connections. Only NetworkConnectIP4 events count.
 */
function ipv6AndInboundConnections(telemetry: Telemetry, host: Host, time: number): void {
  const user = host.users[0]!;
  const codeProfile = WINDOWS_PROFILES.find((profile) => profile.fileName === "Code.exe")!;
  const code = telemetry.createProcess(host, codeProfile, user);
  telemetry.processRollup(code, time);
  const nextCode = clock(telemetry, time, 300, 8_000);
  for (let i = 0; i < 40; i++) telemetry.networkConnectIp6(code, nextCode(), "2606:4700::6810:84e5", 443);
  for (let i = 0; i < 3; i++) telemetry.networkConnect(code, nextCode(), "13.107.42.18", 443);

  const nodeProfile = program("node.exe", "C:\\Program Files\\nodejs", '"C:\\Program Files\\nodejs\\node.exe" node_modules\\vite\\bin\\vite.js --port 3000', "Code.exe");
  const devServer = telemetry.createProcess(host, nodeProfile, user);
  telemetry.processRollup(devServer, time + MINUTE);
  const nextServer = clock(telemetry, time + MINUTE, 100, 5_000);
  telemetry.networkConnect(devServer, nextServer(), "104.16.132.229", 443);
  telemetry.networkConnect(devServer, nextServer(), "104.16.132.229", 443);
  for (let i = 0; i < 50; i++) telemetry.networkAccept(devServer, nextServer(), "127.0.0.1", 3000);
}

/** Flagged: a sync job running as root opens 28 connections to 28 addresses, all port 443. */
function syncToManyAddresses(telemetry: Telemetry, host: Host, time: number): void {
  const sync = program("python3.10", "/usr/bin", "/usr/bin/python3 /opt/sync/s3sync.py --bucket nightly-archive", "cron", "root");
  const process = telemetry.createProcess(host, sync, host.users[0]!);
  telemetry.processRollup(process, time);
  telemetry.dnsRequest(process, time + 100, "nightly-archive.s3.eu-central-1.amazonaws.com");

  const next = clock(telemetry, time + 200, 200, 4_000);
  for (let i = 0; i < 28; i++) telemetry.networkConnect(process, next(), `52.219.170.${10 + i}`, 443);
}

/**
 * Not flagged: the host was renamed after the process started, so the ProcessRollup2 carries the
 * old ComputerName and the 40 connections the new one. groupBy keys on ComputerName, so the
 * process splits into two rows: one without RemotePort, one without FileName.
 */
function renamedHost(telemetry: Telemetry, host: Host, time: number): void {
  const rclone = program("rclone.exe", "C:\\Tools\\rclone", "rclone.exe sync C:\\Finance remote:finance-archive --transfers 8", "cmd.exe");
  const before: Host = { ...host, computerName: "DESKTOP-7H2K9QX" };
  const process = telemetry.createProcess(before, rclone, host.users[0]!);
  telemetry.processRollup(process, time);

  const renamed: Process = { ...process, host };
  const next = clock(telemetry, time + 30 * MINUTE, 500, 20_000);
  for (let i = 0; i < 40; i++) telemetry.networkConnect(renamed, next(), `185.199.108.${telemetry.random.int(1, 254)}`, 443);
}
