using Graph.Engine.Ast;

namespace Graph.Engine.Tests.Parsing;

public sealed partial class CypherParserTests
{
    private static AstPatternElement Element(string pattern) =>
        Clause<AstMatch>($"MATCH {pattern} RETURN 1").Pattern.Parts[0].Element;

    private static AstRelationshipPattern Relationship(string pattern) => Element(pattern).Steps[0].Relationship;

    [Fact]
    public void Node_patterns_carry_variable_labels_properties_and_predicate()
    {
        var node = Element("(n:Person:Admin {name: 'x', age: $age} WHERE n.age > 18)").Start;
        Assert.Equal("n", node.Variable);
        var and = Assert.IsType<AstLabelAnd>(node.Labels);
        Assert.Equal(["Person", "Admin"], new[] { and.Left, and.Right }.Cast<AstLabelName>().Select(l => l.Name));
        Assert.IsType<AstMapLiteral>(node.Properties);
        Assert.NotNull(node.Where);
        var anonymous = Element("()").Start;
        Assert.Null(anonymous.Variable);
        Assert.Null(anonymous.Labels);
        Assert.IsType<AstParameter>(Element("(n $props)").Start.Properties);
    }

    [Theory]
    [InlineData("(n:A|B)", typeof(AstLabelOr))]
    [InlineData("(n:A&B)", typeof(AstLabelAnd))]
    [InlineData("(n:!A)", typeof(AstLabelNot))]
    [InlineData("(n:%)", typeof(AstLabelWildcard))]
    [InlineData("(n:(A|B)&!C)", typeof(AstLabelAnd))]
    [InlineData("(n IS A)", typeof(AstLabelName))]
    public void Label_expressions_parse_in_node_patterns(string pattern, Type expected) =>
        Assert.IsType(expected, Element(pattern).Start.Labels);

    [Theory]
    [InlineData("(a)-->(b)", AstDirection.Outgoing)]
    [InlineData("(a)<--(b)", AstDirection.Incoming)]
    [InlineData("(a)--(b)", AstDirection.Both)]
    [InlineData("(a)<-->(b)", AstDirection.Both)]
    [InlineData("(a)-[r]->(b)", AstDirection.Outgoing)]
    [InlineData("(a)<-[r]-(b)", AstDirection.Incoming)]
    [InlineData("(a)-[r]-(b)", AstDirection.Both)]
    public void Relationship_directions_read_as_written(string pattern, AstDirection direction) =>
        Assert.Equal(direction, Relationship(pattern).Direction);

    [Theory]
    [InlineData("(a)-[:A|B]->(b)")]
    [InlineData("(a)-[:A|:B]->(b)")]
    public void Relationship_type_alternatives_are_listed(string pattern) =>
        Assert.Equal(["A", "B"], Relationship(pattern).Types);

    [Theory]
    [InlineData("*", null, null)]
    [InlineData("*2", 2L, 2L)]
    [InlineData("*1..3", 1L, 3L)]
    [InlineData("*..6", null, 6L)]
    [InlineData("*2..", 2L, null)]
    [InlineData("* 0 .. 1", 0L, 1L)]
    public void Variable_lengths_read_their_bounds(string range, long? min, long? max)
    {
        var length = Relationship($"(a)-[r:T{range}]->(b)").Length;
        Assert.NotNull(length);
        Assert.Equal((min, max), (length.Min, length.Max));
    }

    [Fact]
    public void Relationship_patterns_carry_properties_and_predicate()
    {
        var relationship = Relationship("(a)-[r:KNOWS*1..2 {since: 2020} WHERE r.weight > 1]->(b)");
        Assert.Equal("r", relationship.Variable);
        Assert.IsType<AstMapLiteral>(relationship.Properties);
        Assert.NotNull(relationship.Where);
        Assert.Null(Relationship("(a)-->(b)").Length);
    }

    [Fact]
    public void Pattern_parts_name_paths_and_choose_shortest_ones()
    {
        var parts = Clause<AstMatch>("MATCH p = (a)-->(b), q = shortestPath((a)-[*]-(c)), allShortestPaths((a)-[*]-(d)) RETURN p").Pattern.Parts;
        Assert.Equal(["p", "q", null], parts.Select(p => p.PathVariable));
        Assert.Equal([AstPathSelector.All, AstPathSelector.ShortestPath, AstPathSelector.AllShortestPaths], parts.Select(p => p.Selector));
    }

    [Fact]
    public void Long_chains_keep_every_step_in_order()
    {
        var element = Element("(a)-[:X]->(b)<-[:Y]-(c)-[:Z]-(d)");
        Assert.Equal(["b", "c", "d"], element.Steps.Select(s => s.Node.Variable));
        Assert.Equal(["X", "Y", "Z"], element.Steps.Select(s => s.Relationship.Types[0]));
    }

    [Fact]
    public void A_parenthesized_path_without_quantifier_is_the_path_itself() =>
        Assert.Single(Element("((a)-->(b))").Steps);

    [Theory]
    [InlineData("MATCH ((a)-->(b)){1,3} RETURN a")]
    [InlineData("MATCH (x) ((a)-->(b))+ (y) RETURN x")]
    [InlineData("MATCH (a)-[:T]->{1,3}(b) RETURN a")]
    [InlineData("MATCH ANY SHORTEST (a)-->+(b) RETURN a")]
    [InlineData("MATCH (a)-[:!T]->(b) RETURN a")]
    [InlineData("MATCH (n:$(label)) RETURN n")]
    [InlineData("MATCH REPEATABLE ELEMENTS (a)-->(b) RETURN a")]
    public void Valid_patterns_the_engine_does_not_run_make_their_clause_unsupported(string query) =>
        Assert.IsType<AstUnsupportedClause>(Clauses(query)[0]);

    [Theory]
    [InlineData("(a)—[:R]—＞(b)", AstDirection.Outgoing)]
    [InlineData("(a)＜－－(b)", AstDirection.Incoming)]
    [InlineData("(a)−−(b)", AstDirection.Both)]
    public void Unicode_dashes_and_angle_brackets_draw_arrows_in_patterns(string pattern, AstDirection direction) =>
        Assert.Equal(direction, Relationship(pattern).Direction);

    [Fact]
    public void Unicode_dashes_are_not_minus_signs() =>
        Assert.Equal(Graph.Engine.Parsing.SyntaxErrorDetails.InvalidUnicodeCharacter, SyntaxError("RETURN 42 — 41").Detail);
}
