using Graph.Api.Problems;
using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Api.Features.QueryApi;

/// <summary>
/// Neo4j's Query API over the service's store (see ../shared/docs/NEO4J-PROTOCOLS.md §1.1): implicit queries and
/// explicit transactions, plain or typed JSON, errors as <c>{"errors": [{code, message}]}</c> (written by the
/// exception handler for every path under <c>/db/</c>), so Neo4j's HTTP clients work unchanged.
/// </summary>
public static class QueryApiEndpoints
{
    public static IEndpointRouteBuilder MapQueryApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/db/{db}/query/v2").WithTags("Neo4j Query API");
        api.MapPost(string.Empty, Query).WithName("QueryApiQuery").WithSummary("Runs one statement in its own transaction (Neo4j Query API).");
        api.MapPost("/tx", Open).WithName("QueryApiOpen").WithSummary("Opens an explicit transaction, optionally running a first statement.");
        api.MapPost("/tx/{id}", Run).WithName("QueryApiRun").WithSummary("Runs a statement in an open transaction.");
        api.MapPost("/tx/{id}/commit", Commit).WithName("QueryApiCommit").WithSummary("Commits, optionally after a last statement.");
        api.MapDelete("/tx/{id}", Rollback).WithName("QueryApiRollback").WithSummary("Rolls back.");
        return app;
    }

    public static async Task<IResult> Query(string db, HttpRequest request, QueryApiContext context, CancellationToken cancellationToken)
    {
        var (statement, caller) = await context.ReadAsync(db, request, cancellationToken);
        if (statement.Query is null)
        {
            throw new RequestParameterException("statement", "a non-empty string is required.");
        }

        var mode = statement.ReadRequested || !caller.MayWrite ? AccessMode.Read : AccessMode.Write;
        var result = await Translate(
            () => context.Store.RunAsync(statement.Query, mode, context.Limits(statement), cancellationToken),
            statement.ReadRequested,
            caller.MayWrite);
        if (result.Counters.ContainsUpdates)
        {
            context.Changed();
        }

        return context.Answer(request, result, null);
    }

    public static async Task<IResult> Open(string db, HttpRequest request, QueryApiContext context, CancellationToken cancellationToken)
    {
        var (statement, caller) = await context.ReadAsync(db, request, cancellationToken);
        var mode = statement.ReadRequested || !caller.MayWrite ? AccessMode.Read : AccessMode.Write;
        var transaction = await context.Store.BeginAsync(mode, cancellationToken);
        var entry = context.Transactions.Add(transaction, caller, statement.ReadRequested);
        try
        {
            var result = statement.Query is null ? Empty : await RunInAsync(entry, statement, context, cancellationToken);
            return context.Answer(request, result, entry);
        }
        finally
        {
            context.Transactions.Free(entry);
        }
    }

    public static async Task<IResult> Run(string db, string id, HttpRequest request, QueryApiContext context, CancellationToken cancellationToken)
    {
        var (statement, caller) = await context.ReadAsync(db, request, cancellationToken);
        var entry = await context.Transactions.TakeAsync(id, caller);
        try
        {
            var result = statement.Query is null ? Empty : await RunInAsync(entry, statement, context, cancellationToken);
            return context.Answer(request, result, entry);
        }
        finally
        {
            context.Transactions.Free(entry);
        }
    }

    public static async Task<IResult> Commit(string db, string id, HttpRequest request, QueryApiContext context, CancellationToken cancellationToken)
    {
        var (statement, caller) = await context.ReadAsync(db, request, cancellationToken);
        var entry = await context.Transactions.TakeAsync(id, caller);
        try
        {
            var result = statement.Query is null ? Empty : await RunInAsync(entry, statement, context, cancellationToken);
            try
            {
                await entry.Transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                // Committed or not (a constraint checked at commit), the transaction is over, as in Neo4j.
                await context.Transactions.EndAsync(entry);
            }

            if (entry.MayWrite)
            {
                context.Changed();
            }

            return context.Answer(request, result, null);
        }
        finally
        {
            context.Transactions.Free(entry);
        }
    }

    public static async Task<IResult> Rollback(string db, string id, HttpRequest request, QueryApiContext context, CancellationToken cancellationToken)
    {
        var (_, caller) = await context.ReadAsync(db, request, cancellationToken);
        var entry = await context.Transactions.TakeAsync(id, caller);
        try
        {
            await entry.Transaction.RollbackAsync(cancellationToken);
        }
        finally
        {
            await context.Transactions.EndAsync(entry);
            context.Transactions.Free(entry);
        }

        return context.Answer(request, Empty, null);
    }

    private static QueryResult Empty { get; } = new([], [], QueryCounters.None);

    /// <summary>Runs a statement in the transaction the request holds; a failure ends the transaction.</summary>
    private static async Task<QueryResult> RunInAsync(OpenTransaction entry, QueryApiStatement statement, QueryApiContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await Translate(
                () => entry.Transaction.RunAsync(statement.Query!, context.Limits(statement), cancellationToken),
                entry.ReadRequested || statement.ReadRequested,
                entry.MayWrite);
        }
        catch (Exception e) when (e is not TransactionBusyException)
        {
            // Neo4j ends an explicit transaction when a statement in it fails: its work is rolled back, the error
            // answer carries no "transaction" key, and the id is unknown from then on (TransactionNotFound). A
            // request refused for running concurrently never touched it.
            await context.Transactions.EndAsync(entry);
            throw;
        }
    }

    /// <summary>
    /// A write refused in a read transaction is reported as Neo4j does: <c>Statement.AccessMode</c> when the caller
    /// asked to read, <c>Security.Forbidden</c> when the caller may only read.
    /// </summary>
    private static async Task<QueryResult> Translate(Func<Task<QueryResult>> run, bool readRequested, bool mayWrite)
    {
        try
        {
            return await run();
        }
        catch (ForbiddenException e) when (readRequested)
        {
            throw new ClientException(ApiProblems.AccessModeCode, "Writing in read access mode not allowed.", e.Detail, e);
        }
        catch (ForbiddenException e) when (!mayWrite)
        {
            throw new ForbiddenException(
                "Anonymous callers may only read; send the API key as the Basic password or as a Bearer token to write.", e.Detail, e);
        }
    }
}
