using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Engine.Tests.Storage;

public sealed class TransactionTests
{
    [Fact]
    public void A_failing_statement_leaves_no_trace()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:Person {name: 'Ann'})");

        // The CREATE runs for the first row, then the division by zero fails the statement.
        Assert.ThrowsAny<GraphException>(() => store.Run("UNWIND [1, 0] AS x CREATE (:Person {name: 'Bob'}) SET x = 1 / x"));
        Assert.ThrowsAny<GraphException>(() => store.Run("MATCH (p:Person) SET p.name = 'Changed' WITH p RETURN 1 / 0"));

        Assert.Equal(["Ann"], store.Column("MATCH (p:Person) RETURN p.name"));
    }

    [Fact]
    public void Deleting_a_connected_node_without_detach_fails_and_changes_nothing()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:A)-[:R]->(:B)");

        var error = Assert.Throws<ConstraintViolationException>(() => store.Run("MATCH (a:A) DELETE a"));

        Assert.Equal("DeleteConnectedNode", error.Detail);
        Assert.Equal(2L, store.Scalar("MATCH (n) RETURN count(n)"));
        Assert.Equal(1L, store.Scalar("MATCH ()-[r]->() RETURN count(r)"));
    }

    [Fact]
    public async Task A_reader_does_not_see_an_uncommitted_writer()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:Counter {value: 1})");

        await using var writer = await store.BeginAsync(AccessMode.Write, CancellationToken.None);
        await writer.RunAsync(new CypherQuery("MATCH (c:Counter) SET c.value = 2 CREATE (:Counter {value: 3})"), null, CancellationToken.None);

        // Auto-commit reads run beside the open writer and see the last commit.
        Assert.Equal([1L], store.Column("MATCH (c:Counter) RETURN c.value"));
        var own = await writer.RunAsync(new CypherQuery("MATCH (c:Counter) RETURN c.value ORDER BY c.value"), null, CancellationToken.None);
        Assert.Equal([2L, 3L], own.Rows.Select(r => r[0]));

        await writer.CommitAsync(CancellationToken.None);
        Assert.Equal([2L, 3L], store.Column("MATCH (c:Counter) RETURN c.value ORDER BY c.value"));
    }

    [Fact]
    public async Task A_read_transaction_keeps_its_snapshot_while_others_commit()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE (:Item)");

        await using var reader = await store.BeginAsync(AccessMode.Read, CancellationToken.None);
        store.Run("CREATE (:Item)");
        store.Run("MATCH (i:Item) SET i.seen = true");

        var result = await reader.RunAsync(new CypherQuery("MATCH (i:Item) RETURN count(i) AS n, count(i.seen) AS seen"), null, CancellationToken.None);
        Assert.Equal(new object?[] { 1L, 0L }, result.Rows[0]);
        Assert.Equal(2L, store.Scalar("MATCH (i:Item) WHERE i.seen RETURN count(*)"));
    }

    [Fact]
    public async Task Rolling_back_an_explicit_transaction_discards_all_its_statements()
    {
        var store = new EmbeddedGraphStore();
        await using (var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None))
        {
            await tx.RunAsync(new CypherQuery("CREATE (:T {n: 1})"), null, CancellationToken.None);
            await tx.RunAsync(new CypherQuery("CREATE (:T {n: 2})"), null, CancellationToken.None);
            await tx.RollbackAsync(CancellationToken.None);
        }

        Assert.Equal(0L, store.Scalar("MATCH (t:T) RETURN count(t)"));
    }

    [Fact]
    public void A_uniqueness_constraint_refuses_a_duplicate_and_keeps_the_store_unchanged()
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE CONSTRAINT person_name FOR (p:Person) REQUIRE p.name IS UNIQUE");
        store.Run("CREATE (:Person {name: 'Ann'})");

        var error = Assert.Throws<ConstraintViolationException>(() => store.Run("CREATE (:Person {name: 'Bob'}), (:Person {name: 'Ann'})"));

        Assert.Equal(StatusCodes.ConstraintValidationFailed, error.Code);
        Assert.Equal(["Ann"], store.Column("MATCH (p:Person) RETURN p.name"));
    }

    [Fact]
    public void A_commit_hook_receives_each_committed_change_set()
    {
        var store = new EmbeddedGraphStore();
        var stamps = new List<long>();
        store.Store.CommitHook = change => stamps.Add(change.Stamp);

        store.Run("CREATE (:A)");
        store.Run("MATCH (a:A) RETURN a");
        store.Run("MATCH (a:A) SET a.x = 1");

        Assert.Equal([1L, 2L], stamps);
    }
}
