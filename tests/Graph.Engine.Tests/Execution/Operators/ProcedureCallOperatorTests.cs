using Graph.Core.Errors;
using Graph.Engine.Procedures;

namespace Graph.Engine.Tests.Execution.Operators;

public sealed class ProcedureCallOperatorTests
{
    [Theory]
    [InlineData("CALL db.showIndexes(point({x: 1, y: 2}))")]
    [InlineData("CALL db.index.fulltext.queryNodes('docs', localtime('12:00')) YIELD node RETURN node")]
    public void An_argument_of_another_type_than_declared_is_a_type_error(string statement)
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<CypherTypeException>(() => store.Run(statement));

        Assert.Equal("InvalidArgumentType", error.Detail);
        Assert.Contains("expected STRING?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_of_another_type_is_refused_at_compile_time()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<CypherSyntaxException>(() => store.Run("CALL db.index.fulltext.queryNodes(1, 'text') YIELD node RETURN node"));

        Assert.Contains("expected STRING? but was Integer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_of_another_type_than_declared_is_a_type_error_that_names_the_argument()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<CypherTypeException>(
            () => store.Run("CALL db.index.fulltext.queryNodes('docs', $q) YIELD node RETURN node", ("q", new List<object?> { "a" })));

        Assert.Contains("`queryString`", error.Message, StringComparison.Ordinal);
        Assert.Contains("but was List", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_integer_passed_for_a_float_is_widened_and_null_passes_any_type()
    {
        var store = new EmbeddedGraphStore();
        store.RegisterProcedure(new ProcedureDefinition(
            "test.kind",
            [new ProcedureParameter("in", "FLOAT?")],
            [new ProcedureParameter("out", "STRING?")],
            (_, args) => [[args[0]?.GetType().Name ?? "null"]]));

        Assert.Equal("Double", store.Scalar("CALL test.kind(2)"));
        Assert.Equal("null", store.Scalar("CALL test.kind(null)"));
    }
}
