using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Bench;
using Graph.Core.Store;
using Graph.Engine;
using Graph.Engine.Sqlite;
using Graph.Engine.Sqlite.Import;

// The peer-benchmark adapter: loads data/<scale>/*.csv through the bulk import path, then times the kit's
// queries unchanged (queries/queries.json) with data/<scale>/params.json, printing the kit's JSON lines.
var options = BenchOptions.Parse(args);
const string Engine = "graph";

var dbPath = Path.Join(Path.GetTempPath(), $"graph-bench-{options.Scale}-{Environment.ProcessId}.db");
var clock = Stopwatch.StartNew();
var store = options.Durable ? DurableGraphStore.Open(dbPath) : new EmbeddedGraphStore();
var import = CsvGraphImporter.Import(store, options.DataDir, new ImportOptions { IdType = ImportIdType.Integer });
var importGcPause = GC.GetTotalPauseDuration();
if (!import.Succeeded)
{
    Emit(new JsonObject { ["engine"] = Engine, ["skipped"] = "import failed: " + string.Join("; ", import.Problems.Take(5)) });
    return 1;
}

// Names get indexes, as the SQLite and Postgres peers index nodes(name) (one index over every label) in their load.
foreach (var label in new[] { "Enterprise", "Project", "Place", "City", "District", "Town", "Street", "Park", "Chain" })
{
    store.Run(new CypherQuery($"CREATE INDEX {label.ToLowerInvariant()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)"));
}

var loadSeconds = clock.Elapsed.TotalSeconds;
Emit(new JsonObject
{
    ["engine"] = Engine,
    ["scale"] = options.Scale,
    ["load_s"] = Math.Round(loadSeconds, 3),
    ["read_s"] = Math.Round(import.ReadTime.TotalSeconds, 3),
    ["apply_s"] = Math.Round(import.WriteTime.TotalSeconds, 3),
    ["durable"] = options.Durable,
    ["nodes"] = import.Nodes,
    ["relationships"] = import.Relationships,
    ["version"] = "graph-embedded " + typeof(EmbeddedGraphStore).Assembly.GetName().Version,
    ["rss_mb"] = Environment.WorkingSet / (1024 * 1024),
    ["peak_rss_load_mb"] = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024),
    ["heap_mb"] = GC.GetTotalMemory(forceFullCollection: false) / (1024 * 1024),
    ["gc_counts"] = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}",
    ["cpu_s"] = Math.Round(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, 3),
    ["gc_pause_s"] = Math.Round(GC.GetTotalPauseDuration().TotalSeconds, 3),
    ["import_gc_pause_s"] = Math.Round(importGcPause.TotalSeconds, 3),
});

if (options.Durable)
{
    // Reopening rebuilds the graph from the file by the bulk path: timed, and the queries then run on the rebuilt graph.
    await store.DisposeAsync();
    var reopen = Stopwatch.StartNew();
    store = DurableGraphStore.Open(dbPath);
    Emit(new JsonObject
    {
        ["engine"] = Engine,
        ["scale"] = options.Scale,
        ["reopen_s"] = Math.Round(reopen.Elapsed.TotalSeconds, 3),
        ["rss_mb"] = Environment.WorkingSet / (1024 * 1024),
    });
}

var queries = JsonNode.Parse(File.ReadAllText(Path.Join(options.BenchDir, "queries", "queries.json")))!["queries"]!.AsArray();
var parameters = JsonNode.Parse(File.ReadAllText(Path.Join(options.DataDir, "params.json")))!.AsObject();
foreach (var query in queries)
{
    var id = (string)query!["id"]!;
    if (options.Queries.Count > 0 && !options.Queries.Contains(id))
    {
        continue;
    }

    var cypher = new CypherQuery((string)query["cypher"]!, QueryParameters.From(parameters[id]?.AsObject()));
    if (Environment.GetEnvironmentVariable("GRAPH_BENCH_PROFILE") == "1")
    {
        // For looking into a query: its profiled plan (rows and db hits per operator) on stderr, outside the timing.
        var profiled = store.Run(new CypherQuery("PROFILE " + cypher.Text, cypher.Parameters), AccessMode.Read);
        Console.Error.WriteLine($"{id}:\n{profiled.Plan}");
    }

    try
    {
        Emit(Timing.Measure(Engine, options, id, () => store.Run(cypher, AccessMode.Read)));
    }
    catch (Exception e) when (e is Graph.Core.Errors.GraphException or InvalidOperationException or NotSupportedException)
    {
        Emit(new JsonObject { ["engine"] = Engine, ["scale"] = options.Scale, ["query"] = id, ["error"] = e.GetType().Name + ": " + e.Message });
    }
}

Emit(new JsonObject { ["engine"] = Engine, ["scale"] = options.Scale, ["peak_rss_mb"] = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024) });
await store.DisposeAsync();
if (options.Durable)
{
    DurableGraphStore.Delete(dbPath);
}

return 0;

static void Emit(JsonObject line) => Console.Out.WriteLine(line.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
