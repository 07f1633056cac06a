using System.Collections.Concurrent;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine.Execution;
using Graph.Engine.Parsing;
using Graph.Engine.Planning;
using Graph.Engine.Procedures;
using Graph.Engine.Semantics;
using Graph.Engine.Storage;

namespace Graph.Engine;

/// <summary>
/// The embedded graph store: Cypher with Neo4j's semantics over an in-memory graph.
/// This is the façade the rest of the service uses. Statements are parsed, bound, planned and
/// compiled once per text (and schema) and cached; each run gets its own operator state.
/// Every statement is atomic; one writer at a time, readers never wait.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore
{
    // Bounded so a caller sending ever-new statement texts cannot grow memory without limit.
    private const int CacheCapacity = 1000;

    private readonly GraphStore _store = new();
    private readonly ProcedureRegistry _procedures = new();
    private readonly MemoryPool _memory = new();
    private readonly ConcurrentDictionary<string, PreparedStatement> _cache = new(StringComparer.Ordinal);
    private readonly IStoreDurability? _durability;
    private int _procedureVersion;

    /// <summary>
    /// Opens the store; with <see cref="EmbeddedStoreOptions.DatabasePath"/> it is durable (rebuilt from the file, every
    /// commit written before it returns), which needs the Graph.Engine.Sqlite assembly (see <see cref="StoreDurability"/>).
    /// </summary>
    public EmbeddedGraphStore(EmbeddedStoreOptions? options = null)
    {
        Options = options ?? new EmbeddedStoreOptions();
        BuiltInProcedures.Register(_procedures);
        _durability = Options.DatabasePath is { } path ? StoreDurability.Open(_store, path) : null;
    }

    public EmbeddedStoreOptions Options { get; }

    public string Name => "embedded";

    /// <summary>Rewrite rules to skip (tests compare results with and without them).</summary>
    internal RewriteOptions Rewrites { get; set; } = RewriteOptions.All;

    internal GraphStore Store => _store;

    /// <summary>What makes the store durable, when it has a database file.</summary>
    internal IStoreDurability? Durability => _durability;

    /// <summary>Why the last commit could not be written to the database file (null once one is): the store cannot write.</summary>
    public string? WriteFailure => _durability?.WriteFailure;

    /// <summary>The estimated bytes the running statements hold, counted when they set <see cref="QueryOptions.MaxTotalMemory"/>.</summary>
    public long MemoryInUse => _memory.Used;

    /// <summary>Adds a procedure callable with CALL.</summary>
    public void RegisterProcedure(ProcedureDefinition procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        _procedures.Register(procedure);
        Interlocked.Increment(ref _procedureVersion);
    }

    /// <summary>Runs one statement in its own transaction, synchronously.</summary>
    public QueryResult Run(CypherQuery query, AccessMode mode = AccessMode.Write, QueryOptions? options = null) =>
        RunCore(query, mode, options ?? QueryOptions.Default, CancellationToken.None);

    public Task<QueryResult> RunAsync(CypherQuery query, AccessMode mode, QueryOptions? options, CancellationToken cancellationToken) =>
        Task.FromResult(RunCore(query, mode, options ?? QueryOptions.Default, cancellationToken));

    public async Task<IGraphTransaction> BeginAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        var tx = mode == AccessMode.Write
            ? await _store.BeginWriteAsync(Options.WriterWait, cancellationToken).ConfigureAwait(false)
            : _store.BeginRead();
        return new EmbeddedTransaction(this, tx, mode);
    }

    public ValueTask DisposeAsync()
    {
        _durability?.Dispose();
        _store.Dispose();
        return ValueTask.CompletedTask;
    }

    private QueryResult RunCore(CypherQuery query, AccessMode mode, QueryOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prepared = Prepare(query.Text);
        var explain = options.ExplainOnly || prepared.Prefix == Ast.AstQueryPrefix.Explain;
        if (!explain)
        {
            RequireAllowed(prepared, mode);
        }

        var tx = prepared.Writes && !explain
            ? _store.BeginWrite(options.Timeout is { } limit && limit < Options.WriterWait ? limit : Options.WriterWait, cancellationToken)
            : _store.BeginRead();
        try
        {
            tx.BeginStatement();
            var result = Execute(prepared, tx, query, options, cancellationToken);
            tx.Commit();
            return result;
        }
        finally
        {
            tx.Rollback();
        }
    }

    internal QueryResult Execute(PreparedStatement prepared, StoreTransaction tx, CypherQuery query, QueryOptions options, CancellationToken cancellationToken) =>
        QueryRunner.Run(prepared, tx, query.Parameters, options, (t, ct) => new EngineProcedureContext(this, t, ct), _memory, cancellationToken);

    internal static void RequireAllowed(PreparedStatement prepared, AccessMode mode)
    {
        if (prepared.Writes && mode == AccessMode.Read && prepared.Prefix != Ast.AstQueryPrefix.Explain)
        {
            throw new ForbiddenException("Writing in read access mode not allowed. Attempted write to the graph in a read-only statement.");
        }
    }

    internal PreparedStatement Prepare(string text)
    {
        var schema = _store.Schema;
        var version = Volatile.Read(ref _procedureVersion);
        if (_cache.TryGetValue(text, out var cached) && ReferenceEquals(cached.Schema, schema) && cached.ProcedureVersion == version)
        {
            return cached;
        }

        var statement = CypherParser.Parse(text);
        var bound = new Binder(_procedures).Bind(statement);
        var plan = new Planner(new StoreStatistics(_store, schema), Rewrites).Plan(bound);
        var prepared = new PreparedStatement(
            plan,
            new ExpressionCompiler(plan.Subqueries, new TokenResolver(_store)),
            bound.Query.Columns,
            bound.Prefix,
            schema,
            version);
        if (_cache.Count >= CacheCapacity)
        {
            _cache.Clear();
        }

        _cache[text] = prepared;
        return prepared;
    }

    internal void ClearCache() => _cache.Clear();
}
