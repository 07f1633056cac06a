using System.Collections.Concurrent;
using System.Security.Cryptography;
using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Core.Errors;
using Graph.Core.Store;
using Microsoft.Extensions.Options;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Features.QueryApi;

/// <summary>
/// The open explicit transactions of the Query API, by random id. Each use pushes its expiry back by the idle
/// timeout; a sweep every few seconds rolls back the ones left idle, so an abandoned write transaction cannot hold
/// the store's single writer for long.
/// </summary>
public sealed class QueryApiTransactions : IAsyncDisposable
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, OpenTransaction> open = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly TimeSpan idle;
    private readonly ITimer sweeper;
    private readonly ILogger<QueryApiTransactions> logger;

    public QueryApiTransactions(IOptions<GraphOptions> options, TimeProvider clock, ILogger<QueryApiTransactions> logger)
    {
        this.clock = clock;
        this.logger = logger;
        idle = options.Value.TransactionIdleTimeout;
        sweeper = clock.CreateTimer(_ => _ = SweepAsync(), null, SweepInterval, SweepInterval);
    }

    public int Count => open.Count;

    internal OpenTransaction Add(IGraphTransaction transaction, bool mayWrite, bool readRequested)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var entry = new OpenTransaction(id, transaction, mayWrite, readRequested, clock.GetUtcNow() + idle);
        open[id] = entry;
        return entry;
    }

    /// <summary>The transaction, its expiry pushed back; unknown, expired and ended ids are <c>TransactionNotFound</c>
    /// (Neo4j 5.26 answers the same 404 with <c>Request.Invalid</c>; the more specific code is kept, see docs/neo4j.md).</summary>
    internal OpenTransaction Get(string id)
    {
        if (!open.TryGetValue(id, out var entry) || entry.Expires < clock.GetUtcNow())
        {
            throw new ClientException(Codes.TransactionNotFound, $"Transaction with Id: \"{id}\" was not found. It may have timed out, been committed, or been rolled back after a statement in it failed.");
        }

        entry.Expires = clock.GetUtcNow() + idle;
        return entry;
    }

    /// <summary>Removes the transaction; the caller commits or rolls it back.</summary>
    internal OpenTransaction Remove(string id)
    {
        var entry = Get(id);
        open.TryRemove(id, out _);
        return entry;
    }

    /// <summary>
    /// Forgets a transaction whose statement failed and rolls it back at once, so a write transaction frees the
    /// store's single writer now rather than when it would have idled out. The caller holds the transaction's gate.
    /// </summary>
    internal async Task EndFailedAsync(OpenTransaction entry)
    {
        open.TryRemove(entry.Id, out _);
        try
        {
            await entry.Transaction.RollbackAsync(CancellationToken.None);
            await entry.Transaction.DisposeAsync();
        }
        catch (GraphException e)
        {
            logger.RollbackFailed(entry.Id, e.Code, e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await sweeper.DisposeAsync();
        foreach (var id in open.Keys)
        {
            if (open.TryRemove(id, out var entry))
            {
                await RollbackQuietlyAsync(entry);
            }
        }
    }

    private async Task SweepAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, entry) in open)
        {
            if (entry.Expires < now && open.TryRemove(id, out _))
            {
                logger.TransactionExpired(id, idle);
                await RollbackQuietlyAsync(entry);
            }
        }
    }

    private async Task RollbackQuietlyAsync(OpenTransaction entry)
    {
        try
        {
            await entry.Gate.WaitAsync();
            await entry.Transaction.RollbackAsync(CancellationToken.None);
            await entry.Transaction.DisposeAsync();
        }
        catch (GraphException e)
        {
            logger.RollbackFailed(entry.Id, e.Code, e.Message);
        }
        finally
        {
            entry.Gate.Release();
        }
    }
}
