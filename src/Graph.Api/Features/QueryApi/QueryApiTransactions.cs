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
/// The open explicit transactions of the Query API, by random id, following Neo4j's Query API: a request takes its
/// transaction for as long as it runs (<see cref="TakeAsync"/> … <see cref="Free"/>), so statements, commit and
/// rollback of one transaction never overlap; a request that finds it taken is refused with
/// <c>TransactionAccessedConcurrently</c> and the transaction is left as it was. Only the caller that opened a
/// transaction may use it; anyone else is told it does not exist, exactly as for an unknown id, so ids leak nothing.
/// Each use pushes its expiry back by the idle timeout; a sweep every few seconds rolls back the ones left idle (never
/// one a request holds), so an abandoned write transaction cannot hold the store's single writer for long.
/// </summary>
public sealed class QueryApiTransactions : IAsyncDisposable
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(2);

    // How long a request waits for its transaction before calling the access concurrent: long enough to pass a
    // sweep that is only looking at it, far too short to queue behind a statement (Neo4j waits 20 ms too).
    private static readonly TimeSpan TakeWait = TimeSpan.FromMilliseconds(20);

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

    /// <summary>Registers a new transaction, already taken by the request that opened it.</summary>
    internal OpenTransaction Add(IGraphTransaction transaction, QueryApiCaller owner, bool readRequested)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var entry = new OpenTransaction(id, transaction, owner, readRequested, clock.GetUtcNow() + idle);
        entry.TryTake();
        open[id] = entry;
        return entry;
    }

    /// <summary>
    /// Takes the transaction for one request of <paramref name="caller"/>. Unknown, expired and ended ids, and other
    /// callers' transactions, are <c>TransactionNotFound</c> (Neo4j 5.26 answers the same 404 with
    /// <c>Request.Invalid</c>; the more specific code is kept, see docs/neo4j.md); a transaction another request
    /// holds is <c>TransactionAccessedConcurrently</c>.
    /// </summary>
    internal async Task<OpenTransaction> TakeAsync(string id, QueryApiCaller caller)
    {
        if (!open.TryGetValue(id, out var entry) || entry.Owner != caller || entry.Expires < clock.GetUtcNow())
        {
            throw NotFound(id);
        }

        if (!await entry.TryTakeAsync(TakeWait))
        {
            throw new TransactionBusyException();
        }

        // The sweep or a rollback may have ended it between the look-up and the take.
        if (!open.ContainsKey(id))
        {
            entry.Free();
            throw NotFound(id);
        }

        return entry;
    }

    /// <summary>Ends a request's use of the transaction; its idle time counts from now.</summary>
    internal void Free(OpenTransaction entry)
    {
        entry.Expires = clock.GetUtcNow() + idle;
        entry.Free();
    }

    /// <summary>Forgets the transaction and disposes it, which rolls back whatever was not committed; the caller holds it.</summary>
    internal async Task EndAsync(OpenTransaction entry)
    {
        open.TryRemove(entry.Id, out _);
        try
        {
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
        foreach (var entry in open.Values)
        {
            // A request still running gets its statement's own answer; the transaction goes with the store.
            if (await entry.TryTakeAsync(TakeWait))
            {
                await EndAsync(entry);
                entry.Free();
            }
        }
    }

    private static ClientException NotFound(string id) =>
        new(Codes.TransactionNotFound, $"Transaction with Id: \"{id}\" was not found. It may have timed out, been committed, or been rolled back after a statement in it failed.");

    private async Task SweepAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var entry in open.Values)
        {
            // A transaction a request holds is not idle, however old its expiry.
            if (entry.Expires >= now || !entry.TryTake())
            {
                continue;
            }

            try
            {
                if (entry.Expires < now && open.ContainsKey(entry.Id))
                {
                    logger.TransactionExpired(entry.Id, idle);
                    await EndAsync(entry);
                }
            }
            finally
            {
                entry.Free();
            }
        }
    }
}
