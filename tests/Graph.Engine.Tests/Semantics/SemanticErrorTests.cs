using Graph.Core.Errors;

namespace Graph.Engine.Tests.Semantics;

public sealed class SemanticErrorTests
{
    [Theory]
    [InlineData("MATCH (a) RETURN b", "UndefinedVariable")]
    [InlineData("MATCH (a) CREATE (a)", "VariableAlreadyBound")]
    [InlineData("MATCH ()-[r]-() MATCH (r) RETURN r", "VariableTypeConflict")]
    [InlineData("MATCH (a) WHERE count(a) > 1 RETURN a", "InvalidAggregation")]
    [InlineData("MATCH (a) WITH a.x RETURN 1", "NoExpressionAlias")]
    [InlineData("RETURN 1 AS a, 2 AS a", "ColumnNameConflict")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion")]
    [InlineData("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a", "InvalidClauseComposition")]
    [InlineData("CREATE (a)-[:A|B]->(b)", "NoSingleRelationshipType")]
    [InlineData("CREATE (a)-[:R*2]->(b)", "CreatingVarLength")]
    [InlineData("CREATE (a)-[:R]-(b)", "RequiresDirectedRelationship")]
    [InlineData("MATCH (n $p) RETURN n", "InvalidParameterUse")]
    [InlineData("MATCH (n) RETURN n SKIP n.x", "NonConstantExpression")]
    [InlineData("MATCH (n) RETURN n LIMIT -1", "NegativeIntegerArgument")]
    [InlineData("RETURN nosuchfunction(1)", "UnknownFunction")]
    [InlineData("MATCH (a)--(b) RETURN a.x + count(b.y)", "AmbiguousAggregationExpression")]
    [InlineData("RETURN 1 AND true", "InvalidArgumentType")]
    [InlineData("MATCH (n) DELETE n:Person", "InvalidDelete")]
    [InlineData("MATCH (n) WHERE exists(n.name) RETURN n", "InvalidArgumentType")]
    public void Compile_time_faults_are_syntax_errors_with_the_tck_detail(string query, string detail)
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<CypherSyntaxException>(() => store.Run(query));

        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Equal(detail, error.Detail);
    }

    [Fact]
    public void A_compile_time_fault_is_raised_before_any_write()
    {
        var store = new EmbeddedGraphStore();

        Assert.Throws<CypherSyntaxException>(() => store.Run("CREATE (a:A) RETURN missing"));

        Assert.Equal(0L, store.Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public void An_unsupported_clause_is_refused_naming_the_feature()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.ThrowsAny<GraphException>(() => store.Run("LOAD CSV FROM 'file:///x.csv' AS row RETURN row"));

        Assert.Equal(StatusCodes.FeatureNotSupported, error.Code);
        Assert.Contains("LOAD CSV", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_parameter_is_reported_before_running()
    {
        var store = new EmbeddedGraphStore();

        var error = Assert.Throws<ParameterMissingException>(() => store.Run("CREATE (n {x: $x})"));

        Assert.Equal(StatusCodes.ParameterMissing, error.Code);
        Assert.Equal(0L, store.Scalar("MATCH (n) RETURN count(n)"));
    }
}
