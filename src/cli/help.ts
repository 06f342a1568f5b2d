export const USAGE = `Usage:
  cql run QUERY_FILE [EVENTS_FILE...] [options]
  cql run -q QUERY_TEXT [EVENTS_FILE...] [options]
  cql check FILE...
  cql functions [--json]
  cql test [PATH...] [--update] [--reporter junit FILE]
  cql explain QUERY_FILE|RULE_FILE [EVENTS_FILE...] [--event N | --where FILTER]
  cql lint PATH...
  cql --help | --version
`;

export const HELP = `cql runs a CrowdStrike Query Language (CQL, Falcon LogScale) query over events
from NDJSON files or JSON array files, offline.

${USAGE}
Events are read from each EVENTS_FILE in turn, or from standard input when none is
given or the name is "-". A file whose first character is "[" is read as a JSON array
of objects, anything else as NDJSON (one JSON object per line, blank lines ignored).

Options:
  -q, --query TEXT          Run TEXT as the query instead of reading QUERY_FILE.
  -f, --format FORMAT       Output format: ndjson, json or table. Default: table when
                            standard output is a terminal, ndjson otherwise.
      --skip-invalid        Skip input records that are not valid JSON objects and
                            report how many were skipped. Without it, the first
                            invalid record stops the run with its file and line.
      --tag FIELD           Make FIELD also available as the tag #FIELD (repeatable),
                            e.g. --tag event_simpleName for raw Falcon data.
      --timestamp-field FIELD
                            Set @timestamp from FIELD: epoch seconds or milliseconds,
                            or ISO-8601 with Z or an offset (2021-10-01 00:00:00.000Z).
                            An event whose FIELD is none of these is kept with
                            @error=true and @error_msg, and a warning counts them.
      --now TIME            The query's "now". TIME is epoch milliseconds or ISO-8601
                            (2024-05-01T12:00:00Z); a time without an offset is UTC.
                            Default: the current time.
      --start TIME          Start of the search window, for time functions.
      --end TIME            End of the search window, for time functions.
      --timezone ZONE       IANA time zone for time functions (default UTC).
      --lookup [NAME=]PATH  Make the CSV or JSON file at PATH available to match() and
                            readFile() as NAME (default: the file's base name).
                            Repeatable.
      --lookup-dir DIR      Make every .csv and .json file under DIR available, named by
                            its path relative to DIR (e.g. imperva/severity.csv).
                            Repeatable; --lookup wins over a file of the same name.
      --param NAME=VALUE    Value of the query parameter ?NAME (repeatable).
      --geoip-db PATH       MaxMind-format (.mmdb) City or Country database for
                            ipLocation().
      --asn-db PATH         MaxMind-format (.mmdb) ASN database for asn().
  -h, --help                Show this help.
  -V, --version             Show the version.

cql functions lists every function with its kind and LogScale docs page.

cql check reports every problem of each query file (or of each cql: field of a
.yaml/.yml rule file) without running it; "cql check --help" has the details.

Results go to standard output, diagnostics to standard error.
Exit status: 0 success, 1 invalid query, invalid input or failed run, 2 usage error.
`;
