using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Engine.Tests;

/// <summary>Explicit transactions end, as in Neo4j 5, when a statement in them fails.</summary>
public sealed class EmbeddedTransactionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_run_time_error_rolls_back_the_whole_transaction_and_refuses_its_commit()
    {
        await using var store = new EmbeddedGraphStore();
        await using var tx = await store.BeginAsync(AccessMode.Write, None);
        await tx.RunAsync(new CypherQuery("CREATE (:Kept {id: 1})"), null, None);

        var error = await Assert.ThrowsAsync<CypherArithmeticException>(() => tx.RunAsync(new CypherQuery("UNWIND [0] AS z RETURN 1 / z AS x"), null, None));
        var commit = await Assert.ThrowsAsync<ClientException>(() => tx.CommitAsync(None));

        Assert.Equal(StatusCodes.ArithmeticError, error.Code);
        Assert.Equal(StatusCodes.TransactionNotFound, commit.Code);
        Assert.Contains(StatusCodes.ArithmeticError, commit.Message, StringComparison.Ordinal);
        Assert.Equal(0L, store.Scalar("MATCH (n:Kept) RETURN count(n)"));
    }

    [Fact]
    public async Task A_syntax_error_ends_the_transaction_too()
    {
        await using var store = new EmbeddedGraphStore();
        await using var tx = await store.BeginAsync(AccessMode.Write, None);
        await tx.RunAsync(new CypherQuery("CREATE (:Kept)"), null, None);

        await Assert.ThrowsAsync<CypherSyntaxException>(() => tx.RunAsync(new CypherQuery("RETUR 1"), null, None));
        var next = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync(new CypherQuery("RETURN 1"), null, None));

        Assert.Equal(StatusCodes.TransactionNotFound, next.Code);
        Assert.Equal(0L, store.Scalar("MATCH (n:Kept) RETURN count(n)"));
    }

    [Fact]
    public async Task A_failed_write_transaction_frees_the_writer_at_once()
    {
        await using var store = new EmbeddedGraphStore();
        await using var tx = await store.BeginAsync(AccessMode.Write, None);
        await Assert.ThrowsAnyAsync<GraphException>(() => tx.RunAsync(new CypherQuery("RETURN 1 / 0"), null, None));

        // The transaction is still referenced (not disposed), yet an auto-commit write gets the writer at once.
        store.Run(new CypherQuery("CREATE (:After)"), AccessMode.Write, new QueryOptions { Timeout = TimeSpan.FromSeconds(5) });

        Assert.Equal(1L, store.Scalar("MATCH (n:After) RETURN count(n)"));
    }

    [Fact]
    public async Task A_write_in_a_read_transaction_ends_it()
    {
        await using var store = new EmbeddedGraphStore();
        await using var tx = await store.BeginAsync(AccessMode.Read, None);

        await Assert.ThrowsAsync<ForbiddenException>(() => tx.RunAsync(new CypherQuery("CREATE (:X)"), null, None));
        var next = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync(new CypherQuery("RETURN 1"), null, None));

        Assert.Equal(StatusCodes.TransactionNotFound, next.Code);
    }

    [Fact]
    public async Task Rolling_back_a_failed_transaction_is_a_no_op()
    {
        await using var store = new EmbeddedGraphStore();
        await using var tx = await store.BeginAsync(AccessMode.Write, None);
        await Assert.ThrowsAnyAsync<GraphException>(() => tx.RunAsync(new CypherQuery("RETURN 1 / 0"), null, None));

        var rollback = await Record.ExceptionAsync(() => tx.RollbackAsync(None));

        Assert.Null(rollback);
    }

    [Fact]
    public async Task A_committed_transaction_refuses_further_statements()
    {
        await using var store = new EmbeddedGraphStore();
        await using var tx = await store.BeginAsync(AccessMode.Write, None);
        await tx.RunAsync(new CypherQuery("CREATE (:Kept)"), null, None);
        await tx.CommitAsync(None);

        var next = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync(new CypherQuery("RETURN 1"), null, None));

        Assert.Equal(StatusCodes.TransactionNotFound, next.Code);
        Assert.Equal(1L, store.Scalar("MATCH (n:Kept) RETURN count(n)"));
    }
}
