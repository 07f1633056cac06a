using Graph.Core.Errors;
using Graph.Engine.Parsing;

namespace Graph.Engine.Tests.Parsing;

public sealed partial class CypherParserTests
{
    [Fact]
    public void Syntax_errors_name_line_and_column()
    {
        var error = SyntaxError("MATCH (n)\nWHERE n.x = 1\n  RETURN n,");
        Assert.Equal((3, 12, 35), (error.Line, error.Column, error.Offset));
        Assert.Equal(StatusCodes.SyntaxError, error.Code);
        Assert.Contains("line 3, column 12", error.Message, StringComparison.Ordinal);
        Assert.Equal(SyntaxErrorDetails.UnexpectedSyntax, error.Detail);
    }

    [Fact]
    public void Error_positions_point_at_the_offending_token()
    {
        var error = SyntaxError("MATCH (n) RETURN n.name n.age");
        Assert.Equal((1, 25), (error.Line, error.Column));
        Assert.Contains("Invalid input 'n'", error.Message, StringComparison.Ordinal);
        var crlf = SyntaxError("RETURN 1\r\nRETURN )");
        Assert.Equal((2, 8), (crlf.Line, crlf.Column));
        var chinese = SyntaxError("MATCH (企业) RETURN 企业 企业");
        Assert.Equal((1, 22), (chinese.Line, chinese.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   // only a comment")]
    [InlineData("MATCH (n RETURN n")]
    [InlineData("RETURN [, ]")]
    [InlineData("RETURN [[[]]")]
    [InlineData("RETURN {, }")]
    [InlineData("RETURN {k1.k: 1}")]
    [InlineData("RETURN {{}}")]
    [InlineData("RETURN 'unterminated")]
    [InlineData("RETURN `unterminated")]
    [InlineData("RETURN 1 /* open comment")]
    [InlineData("RETURN 1 = NOT 2")]
    [InlineData("MATCH (n) RETURN n; MATCH (m) RETURN m")]
    [InlineData("MATCH (a)-[:T*1.5]->(b) RETURN a")]
    [InlineData("CREATE INDEX ON :Person(name)")]
    [InlineData("CREATE CONSTRAINT ON (n:P) ASSERT n.id IS UNIQUE")]
    [InlineData("MATCH (n) SET n")]
    [InlineData("MATCH (n) REMOVE n")]
    [InlineData("RETURN $")]
    [InlineData("RETURN CASE END")]
    [InlineData("RETURN 1 != 2")]
    [InlineData("MATCH (n) SET $p = {}")]
    public void Invalid_statements_are_syntax_errors(string text) => SyntaxError(text);

    [Theory]
    [InlineData("MATCH (a)-[:LIKES..]->(c) RETURN c")]
    [InlineData("MATCH (a)-[:LIKES*-2]->(c) RETURN c")]
    public void Malformed_lengths_are_invalid_relationship_patterns(string text) =>
        Assert.Equal(SyntaxErrorDetails.InvalidRelationshipPattern, SyntaxError(text).Detail);

    [Theory]
    [InlineData("MATCH (n) RETURN (n)-[]->()")]
    [InlineData("MATCH (n) WITH (n)-->() AS x RETURN x")]
    [InlineData("MATCH (a) RETURN size((a)-->())")]
    [InlineData("MATCH (n) SET n.p = head(nodes(head((n)-[:REL]->()))).foo")]
    public void Pattern_expressions_outside_predicates_are_rejected_as_in_Neo4j_5(string text) =>
        Assert.Equal(SyntaxErrorDetails.UnexpectedSyntax, SyntaxError(text).Detail);

    [Fact]
    public void Absurdly_deep_nesting_is_refused_rather_than_overflowing_the_stack()
    {
        var deep = "RETURN " + new string('(', 5000) + "1" + new string(')', 5000);
        Assert.Contains("nested too deeply", SyntaxError(deep).Message, StringComparison.Ordinal);
        var lists = "RETURN " + new string('[', 5000) + new string(']', 5000);
        SyntaxError(lists);
    }

    [Fact]
    public void Long_flat_operator_chains_parse()
    {
        var chain = "RETURN " + string.Join(" OR ", Enumerable.Range(0, 2000).Select(i => $"n.x = {i}"));
        Assert.NotNull(Parse(chain));
    }

    [Theory]
    [InlineData("CREATE INDEX ON :Person(name)")]
    [InlineData("CREATE CONSTRAINT ON (n:P) ASSERT n.id IS UNIQUE")]
    [InlineData("DROP INDEX ON :Person(name)")]
    public void Neo4j_4_schema_syntax_is_refused_with_the_Neo4j_5_form(string text) =>
        Assert.Contains("Neo4j 5", SyntaxError(text).Message, StringComparison.Ordinal);

    [Fact]
    public void Old_brace_parameters_get_a_hint() =>
        Assert.Contains("$name", SyntaxError("MATCH (n) WHERE n.x = {x} RETURN n").Message, StringComparison.Ordinal);
}
