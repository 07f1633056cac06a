using Graph.Core.Errors;

namespace Graph.Engine.Tests.Procedures;

/// <summary>The built-in procedures that Neo4j's drivers and tools call, with Neo4j's signatures.</summary>
public sealed class BuiltInProceduresTests
{
    [Fact]
    public void Ping_answers_success_true()
    {
        var store = new EmbeddedGraphStore();

        var result = store.Run("CALL db.ping()");

        Assert.Equal(["success"], result.Fields);
        Assert.Equal(true, Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public void Ping_can_be_yielded_inside_a_query()
    {
        var store = new EmbeddedGraphStore();

        Assert.Equal(true, store.Scalar("CALL db.ping() YIELD success RETURN success"));
    }

    [Theory]
    [InlineData("CALL db.awaitIndexes()")]
    [InlineData("CALL db.awaitIndexes(5)")]
    [InlineData("CALL db.awaitIndexes")]
    public void Await_indexes_is_a_void_procedure_whose_timeout_is_optional(string statement)
    {
        var store = new EmbeddedGraphStore();
        store.Run("CREATE INDEX chain_name FOR (c:Chain) ON (c.name)");

        var result = store.Run(statement);

        Assert.Empty(result.Fields);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Await_indexes_with_a_timeout_that_is_not_an_integer_is_a_type_error()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.ThrowsAny<GraphException>(() => store.Run("CALL db.awaitIndexes('soon')"));

        Assert.Equal(StatusCodes.SyntaxError, error.Code);
    }

    [Fact]
    public void Too_many_arguments_name_the_optional_ones()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.ThrowsAny<GraphException>(() => store.Run("CALL db.awaitIndexes(1, 2)"));

        Assert.Contains("at least 0 (total: 1, 1 of which have default values)", error.Message, StringComparison.Ordinal);
    }
}
