namespace Graph.Api.Hosting;

/// <summary>The service's log messages, source-generated so a disabled level costs nothing.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(1, LogLevel.Information, "Seed {Folder} unchanged (hash {Hash}); nothing to load")]
    public static partial void SeedUnchanged(this ILogger logger, string folder, string hash);

    [LoggerMessage(2, LogLevel.Error, "Seed {Folder} has {Count} problems; not loaded. First: {First}")]
    public static partial void SeedInvalid(this ILogger logger, string folder, int count, string? first);

    [LoggerMessage(3, LogLevel.Information, "Seed {Folder} loaded: {Nodes} nodes, {Relationships} relationships, {Statements} statements, in {Elapsed}")]
    public static partial void SeedLoaded(this ILogger logger, string folder, int nodes, int relationships, int statements, TimeSpan elapsed);

    [LoggerMessage(4, LogLevel.Warning, "Schema statement {Name} refused by the {Store} store: {Code} {Message}")]
    public static partial void SchemaRefused(this ILogger logger, string name, string store, string code, string message);

    [LoggerMessage(5, LogLevel.Error, "The {Code} error stopped the graph from loading: {Message}")]
    public static partial void StartupFailed(this ILogger logger, string code, string message);

    [LoggerMessage(6, LogLevel.Error, "Unhandled error on {Method} {Path} (trace {TraceId})")]
    public static partial void Unhandled(this ILogger logger, Exception exception, string method, string path, string traceId);

    [LoggerMessage(7, LogLevel.Information, "{Method} {Path} answered {Status}: {Message}")]
    public static partial void Answered(this ILogger logger, string method, string path, int status, string message);

    [LoggerMessage(8, LogLevel.Information, "Query API transaction {Id} idle past {Idle}; rolled back")]
    public static partial void TransactionExpired(this ILogger logger, string id, TimeSpan idle);

    [LoggerMessage(9, LogLevel.Warning, "Rolling back transaction {Id} failed: {Code} {Message}")]
    public static partial void RollbackFailed(this ILogger logger, string id, string code, string message);

    [LoggerMessage(10, LogLevel.Information, "Graph store: {Store}; ready: {Description}")]
    public static partial void Ready(this ILogger logger, string store, string description);

    [LoggerMessage(30, LogLevel.Critical, "The database {Path} cannot be opened, so the service does not start ({Code}): {Message}")]
    public static partial void DatabaseRefused(this ILogger logger, string path, string code, string message);
}
