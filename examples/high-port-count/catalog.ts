/**
 * The programs that run on the generated hosts, with the network habits of each. Paths, command
 * lines and ports follow what these programs look like in Falcon telemetry. Every program makes
 * at most 12 connections, so no background process reaches the detection's threshold of 26.
 */

export type Platform = "Win" | "Lin";

/** The account a process runs as: the logged-on user, or a built-in account. */
export type Account = "user" | "system" | "root" | "service";

/** The kind of address a program connects to. */
export type RemoteKind = "public" | "internal" | "dns";

export interface ProcessProfile {
  fileName: string;
  /** Windows: the directory as a drive path (`C:\...`); Linux: the directory. */
  directory: string;
  /** Builds the command line from the full executable path and the user name. */
  commandLine: (path: string, userName: string) => string;
  parent: string;
  account: Account;
  /** Minimum and maximum number of outbound IPv4 connections. */
  connections: readonly [number, number];
  ports: readonly number[];
  remote: RemoteKind;
  /** Domains the program looks up before connecting. */
  domains: readonly string[];
  /** Relative frequency among the background processes of its platform. */
  weight: number;
}

const quoted = (path: string) => `"${path}"`;

export const WINDOWS_PROFILES: readonly ProcessProfile[] = [
  {
    fileName: "chrome.exe",
    directory: "C:\\Program Files\\Google\\Chrome\\Application",
    commandLine: (path) => `${quoted(path)} --profile-directory=Default`,
    parent: "explorer.exe",
    account: "user",
    connections: [2, 12],
    ports: [443, 443, 443, 80],
    remote: "public",
    domains: ["www.google.com", "clients2.google.com", "accounts.google.com", "update.googleapis.com"],
    weight: 8,
  },
  {
    fileName: "msedge.exe",
    directory: "C:\\Program Files (x86)\\Microsoft\\Edge\\Application",
    commandLine: (path) => `${quoted(path)} --single-argument https://intranet.example.corp/`,
    parent: "explorer.exe",
    account: "user",
    connections: [1, 10],
    ports: [443, 443, 80],
    remote: "public",
    domains: ["www.bing.com", "edge.microsoft.com", "login.microsoftonline.com"],
    weight: 6,
  },
  {
    fileName: "ms-teams.exe",
    directory: "C:\\Program Files\\WindowsApps\\MSTeams_24091.214.2846.1452_x64__8wekyb3d8bbwe",
    commandLine: (path) => `${quoted(path)} msteams:system-initiated`,
    parent: "explorer.exe",
    account: "user",
    connections: [2, 10],
    ports: [443, 443, 3478],
    remote: "public",
    domains: ["teams.microsoft.com", "statics.teams.cdn.office.net"],
    weight: 4,
  },
  {
    fileName: "OUTLOOK.EXE",
    directory: "C:\\Program Files\\Microsoft Office\\root\\Office16",
    commandLine: (path) => quoted(path),
    parent: "explorer.exe",
    account: "user",
    connections: [1, 6],
    ports: [443],
    remote: "public",
    domains: ["outlook.office365.com", "autodiscover.example.corp"],
    weight: 3,
  },
  {
    fileName: "OneDrive.exe",
    directory: "C:\\Program Files\\Microsoft OneDrive",
    commandLine: (path) => `${quoted(path)} /background`,
    parent: "explorer.exe",
    account: "user",
    connections: [1, 8],
    ports: [443],
    remote: "public",
    domains: ["onedrive.live.com", "g.live.com"],
    weight: 3,
  },
  {
    fileName: "svchost.exe",
    directory: "C:\\Windows\\System32",
    commandLine: (path) => `${path} -k netsvcs -p -s BITS`,
    parent: "services.exe",
    account: "system",
    connections: [0, 3],
    ports: [443, 80],
    remote: "public",
    domains: ["ctldl.windowsupdate.com", "settings-win.data.microsoft.com"],
    weight: 8,
  },
  {
    fileName: "MsMpEng.exe",
    directory: "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24030.9-0",
    commandLine: (path) => quoted(path),
    parent: "services.exe",
    account: "system",
    connections: [0, 2],
    ports: [443],
    remote: "public",
    domains: ["wdcp.microsoft.com", "definitionupdates.microsoft.com"],
    weight: 2,
  },
  {
    fileName: "powershell.exe",
    directory: "C:\\Windows\\System32\\WindowsPowerShell\\v1.0",
    commandLine: (path) => `${quoted(path)} -NoProfile -ExecutionPolicy Bypass -Command "Get-Service | Where-Object Status -eq Running"`,
    parent: "explorer.exe",
    account: "user",
    connections: [0, 2],
    ports: [443],
    remote: "public",
    domains: ["www.powershellgallery.com"],
    weight: 3,
  },
  {
    fileName: "cmd.exe",
    directory: "C:\\Windows\\System32",
    commandLine: (path, user) => `${quoted(path)} /c dir C:\\Users\\${user}\\Documents`,
    parent: "explorer.exe",
    account: "user",
    connections: [0, 0],
    ports: [],
    remote: "public",
    domains: [],
    weight: 3,
  },
  {
    fileName: "conhost.exe",
    directory: "C:\\Windows\\System32",
    commandLine: (path) => `\\??\\${path} 0xffffffff -ForceV1`,
    parent: "cmd.exe",
    account: "user",
    connections: [0, 0],
    ports: [],
    remote: "public",
    domains: [],
    weight: 3,
  },
  {
    fileName: "RuntimeBroker.exe",
    directory: "C:\\Windows\\System32",
    commandLine: (path) => `${path} -Embedding`,
    parent: "svchost.exe",
    account: "user",
    connections: [0, 0],
    ports: [],
    remote: "public",
    domains: [],
    weight: 3,
  },
  {
    fileName: "WmiPrvSE.exe",
    directory: "C:\\Windows\\System32\\wbem",
    commandLine: (path) => `${path} -secured -Embedding`,
    parent: "svchost.exe",
    account: "system",
    connections: [0, 0],
    ports: [],
    remote: "public",
    domains: [],
    weight: 2,
  },
  {
    fileName: "mstsc.exe",
    directory: "C:\\Windows\\System32",
    commandLine: (path) => `${quoted(path)} /v:SRV-APP-03.example.corp`,
    parent: "explorer.exe",
    account: "user",
    connections: [1, 1],
    ports: [3389],
    remote: "internal",
    domains: ["SRV-APP-03.example.corp"],
    weight: 1,
  },
  {
    fileName: "Code.exe",
    directory: "C:\\Users\\{user}\\AppData\\Local\\Programs\\Microsoft VS Code",
    commandLine: (path) => quoted(path),
    parent: "explorer.exe",
    account: "user",
    connections: [1, 5],
    ports: [443],
    remote: "public",
    domains: ["marketplace.visualstudio.com", "update.code.visualstudio.com"],
    weight: 2,
  },
  {
    fileName: "Zoom.exe",
    directory: "C:\\Users\\{user}\\AppData\\Roaming\\Zoom\\bin",
    commandLine: (path) => `${quoted(path)} "--action=join"`,
    parent: "explorer.exe",
    account: "user",
    connections: [1, 5],
    ports: [443, 8801],
    remote: "public",
    domains: ["zoom.us", "us05web.zoom.us"],
    weight: 1,
  },
];

export const LINUX_PROFILES: readonly ProcessProfile[] = [
  {
    fileName: "sshd",
    directory: "/usr/sbin",
    commandLine: (_path, user) => `sshd: ${user} [priv]`,
    parent: "sshd",
    account: "root",
    connections: [0, 0],
    ports: [],
    remote: "internal",
    domains: [],
    weight: 3,
  },
  {
    fileName: "bash",
    directory: "/usr/bin",
    commandLine: () => "-bash",
    parent: "sshd",
    account: "user",
    connections: [0, 0],
    ports: [],
    remote: "internal",
    domains: [],
    weight: 4,
  },
  {
    fileName: "curl",
    directory: "/usr/bin",
    commandLine: () => "curl -fsS https://api.github.com/repos/example/app/releases/latest",
    parent: "bash",
    account: "user",
    connections: [1, 2],
    ports: [443],
    remote: "public",
    domains: ["api.github.com"],
    weight: 4,
  },
  {
    fileName: "python3.10",
    directory: "/usr/bin",
    commandLine: () => "/usr/bin/python3 /opt/app/worker.py --queue default",
    parent: "systemd",
    account: "service",
    connections: [1, 4],
    ports: [443, 5432],
    remote: "internal",
    domains: ["db01.example.corp"],
    weight: 3,
  },
  {
    fileName: "systemd-resolved",
    directory: "/usr/lib/systemd",
    commandLine: () => "/lib/systemd/systemd-resolved",
    parent: "systemd",
    account: "service",
    connections: [1, 4],
    ports: [53],
    remote: "dns",
    domains: [],
    weight: 2,
  },
  {
    fileName: "apt-get",
    directory: "/usr/bin",
    commandLine: () => "apt-get update -qq",
    parent: "bash",
    account: "root",
    connections: [2, 6],
    ports: [80, 443],
    remote: "public",
    domains: ["archive.ubuntu.com", "security.ubuntu.com"],
    weight: 1,
  },
  {
    fileName: "git",
    directory: "/usr/bin",
    commandLine: () => "git fetch --prune origin",
    parent: "bash",
    account: "user",
    connections: [1, 2],
    ports: [443, 22],
    remote: "public",
    domains: ["github.com"],
    weight: 2,
  },
  {
    fileName: "node",
    directory: "/usr/bin",
    commandLine: () => "node /srv/api/server.js",
    parent: "systemd",
    account: "service",
    connections: [1, 5],
    ports: [443, 6379],
    remote: "internal",
    domains: ["cache01.example.corp"],
    weight: 2,
  },
  {
    fileName: "cron",
    directory: "/usr/sbin",
    commandLine: () => "/usr/sbin/cron -f -P",
    parent: "systemd",
    account: "root",
    connections: [0, 0],
    ports: [],
    remote: "internal",
    domains: [],
    weight: 2,
  },
];

/** Public address blocks of large cloud and CDN providers, as the first three octets. */
export const PUBLIC_NETWORKS = [
  "142.250.185",
  "172.217.16",
  "13.107.42",
  "20.190.159",
  "52.96.165",
  "104.16.132",
  "151.101.1",
  "140.82.121",
  "185.199.108",
  "91.189.91",
] as const;

/** Internal servers the hosts talk to. */
export const INTERNAL_SERVERS = [
  "10.20.0.10",
  "10.20.0.11",
  "10.20.0.25",
  "10.20.1.40",
  "10.30.0.12",
  "10.30.0.13",
] as const;

export const DNS_SERVERS = ["10.20.0.10", "10.20.0.11"] as const;
