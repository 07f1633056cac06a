using Graph.Core.Store;

namespace Graph.Seeding.Tests.Support;

/// <summary>A store that runs nothing and remembers every statement, and whether it ran inside a transaction.</summary>
internal sealed class RecordingGraphStore : IGraphStore
{
    private static readonly QueryResult Empty = new([], [], QueryCounters.None);

    public List<(CypherQuery Query, bool InTransaction)> Statements { get; } = [];

    public List<string> Events { get; } = [];

    public string Name => "recording";

    public Task<QueryResult> RunAsync(CypherQuery query, AccessMode mode, QueryOptions? options, CancellationToken cancellationToken)
    {
        Statements.Add((query, false));
        Events.Add("run");
        return Task.FromResult(Empty);
    }

    public Task<IGraphTransaction> BeginAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        Events.Add("begin");
        return Task.FromResult<IGraphTransaction>(new Transaction(this));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Transaction(RecordingGraphStore store) : IGraphTransaction
    {
        public Task<QueryResult> RunAsync(CypherQuery query, QueryOptions? options, CancellationToken cancellationToken)
        {
            store.Statements.Add((query, true));
            store.Events.Add("tx-run");
            return Task.FromResult(Empty);
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            store.Events.Add("commit");
            return Task.CompletedTask;
        }

        public Task RollbackAsync(CancellationToken cancellationToken)
        {
            store.Events.Add("rollback");
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            store.Events.Add("dispose");
            return ValueTask.CompletedTask;
        }
    }
}
