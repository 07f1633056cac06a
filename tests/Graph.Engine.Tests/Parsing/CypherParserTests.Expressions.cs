using Graph.Engine.Ast;

namespace Graph.Engine.Tests.Parsing;

public sealed partial class CypherParserTests
{
    [Theory]
    [InlineData("a OR b XOR c AND NOT d", "(a OR (b XOR (c AND (NOT d))))")]
    [InlineData("a AND b OR c", "((a AND b) OR c)")]
    [InlineData("NOT a = b", "(NOT (a = b))")]
    [InlineData("NOT NOT a", "(NOT (NOT a))")]
    [InlineData("a = b + c * d ^ e", "(a = (b + (c * (d ^ e))))")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a / b * c % d", "(((a / b) * c) % d)")]
    [InlineData("a ^ b ^ c", "((a ^ b) ^ c)")]
    [InlineData("-a ^ 2", "((-a) ^ 2)")]
    [InlineData("-(a ^ 2)", "(-(a ^ 2))")]
    [InlineData("a + b STARTS WITH c", "((a + b) STARTS WITH c)")]
    [InlineData("a IN b = c IN d", "((a IN b) = (c IN d))")]
    [InlineData("a + b IS NULL", "((a + b) IS NULL)")]
    [InlineData("a IS NOT NULL AND b", "((a IS NOT NULL) AND b)")]
    [InlineData("a =~ 'x' OR b CONTAINS 'y'", "((a =~ 'x') OR (b CONTAINS 'y'))")]
    [InlineData("a ENDS WITH b", "(a ENDS WITH b)")]
    [InlineData("n:A AND m:B", "((n:A) AND (m:B))")]
    [InlineData("NOT n:A", "(NOT (n:A))")]
    [InlineData("a || b + c", "((a + b) + c)")]
    [InlineData("a <> b", "(a <> b)")]
    [InlineData("a <= b AND a >= c", "((a <= b) AND (a >= c))")]
    public void Operators_bind_with_Cypher_precedence(string expression, string shape) =>
        Assert.Equal(shape, Shape(Expression(expression)));

    [Fact]
    public void Chained_comparisons_become_a_conjunction_of_pairs()
    {
        Assert.Equal("((a < b) AND (b <= c))", Shape(Expression("a < b <= c")));
        Assert.Equal("(((1 = 1) AND (1 = 1)) AND (1 <> 2))", Shape(Expression("1 = 1 = 1 <> 2")));
    }

    [Fact]
    public void A_minus_sign_before_a_number_belongs_to_the_literal()
    {
        Assert.Equal(-3L, Assert.IsType<AstLiteral>(Assert.IsType<AstBinary>(Expression("-3 ^ 2")).Left).Value);
        Assert.Equal(long.MinValue, Assert.IsType<AstLiteral>(Expression("-9223372036854775808")).Value);
        Assert.Equal(-0.5, Assert.IsType<AstLiteral>(Expression("-.5")).Value);
        Assert.Equal("(2 - 1)", Shape(Expression("2 -1")));
        Assert.Equal("(--1)", Shape(Expression("- -1")));
    }

    [Fact]
    public void Postfix_operators_chain_left_to_right()
    {
        var slice = Assert.IsType<AstSlice>(Expression("n.list[1..][0].x[..2]"));
        Assert.Null(slice.From);
        var property = Assert.IsType<AstProperty>(slice.Target);
        Assert.Equal("x", property.Key);
        var index = Assert.IsType<AstIndex>(property.Target);
        Assert.IsType<AstSlice>(index.Target);
        Assert.IsType<AstSlice>(Expression("l[1..2]"));
        Assert.IsType<AstIndex>(Expression("m['key']"));
    }

    [Fact]
    public void Parameters_are_named_or_numbered()
    {
        Assert.Equal("name", Assert.IsType<AstParameter>(Expression("$name")).Name);
        Assert.Equal("0", Assert.IsType<AstParameter>(Expression("$0")).Name);
        Assert.Equal("a b", Assert.IsType<AstParameter>(Expression("$`a b`")).Name);
    }

    [Fact]
    public void Function_calls_keep_namespaces_and_distinct()
    {
        var call = Assert.IsType<AstFunctionCall>(Expression("count(DISTINCT n.x)"));
        Assert.True(call.Distinct);
        Assert.Equal("count", call.Name);
        Assert.Equal("point.distance", Assert.IsType<AstFunctionCall>(Expression("point.distance(a, b)")).Name);
        Assert.Equal("date.truncate", Assert.IsType<AstFunctionCall>(Expression("date.truncate('day', d)")).Name);
        Assert.Empty(Assert.IsType<AstFunctionCall>(Expression("rand()")).Arguments);
        Assert.IsType<AstCountStar>(Expression("count(*)"));
        Assert.IsType<AstCountStar>(Expression("COUNT ( * )"));
    }

    [Fact]
    public void Collections_literals_and_comprehensions_are_told_apart()
    {
        Assert.Equal(3, Assert.IsType<AstListLiteral>(Expression("[1, 'a', null]")).Items.Count);
        Assert.Empty(Assert.IsType<AstListLiteral>(Expression("[]")).Items);
        var comprehension = Assert.IsType<AstListComprehension>(Expression("[x IN range(1, 10) WHERE x % 2 = 0 | x * 2]"));
        Assert.Equal("x", comprehension.Variable);
        Assert.NotNull(comprehension.Where);
        Assert.NotNull(comprehension.Projection);
        var bare = Assert.IsType<AstListComprehension>(Expression("[x IN l]"));
        Assert.Null(bare.Where);
        Assert.Null(bare.Projection);
        var literal = Assert.IsType<AstListLiteral>(Expression("[x IN l, 2]"));
        Assert.IsType<AstBinary>(literal.Items[0]);
        var map = Assert.IsType<AstMapLiteral>(Expression("{a: 1, `b c`: [2], match: 3}"));
        Assert.Equal(["a", "b c", "match"], map.Entries.Select(e => e.Key));
    }

    [Fact]
    public void A_label_test_in_a_comprehension_predicate_stops_at_the_projection_bar()
    {
        var comprehension = Assert.IsType<AstListComprehension>(Expression("[x IN nodes WHERE x:A | x.name]"));
        Assert.Equal("A", Assert.IsType<AstLabelName>(Assert.IsType<AstLabelPredicate>(comprehension.Where).Labels).Name);
        Assert.IsType<AstProperty>(comprehension.Projection);
        var either = Assert.IsType<AstListComprehension>(Expression("[x IN nodes WHERE x:(A|B) | x]"));
        Assert.IsType<AstLabelOr>(Assert.IsType<AstLabelPredicate>(either.Where).Labels);
        var greedy = Assert.IsType<AstListComprehension>(Expression("[x IN nodes WHERE x:A|B]"));
        Assert.IsType<AstLabelOr>(Assert.IsType<AstLabelPredicate>(greedy.Where).Labels);
        Assert.Null(greedy.Projection);
        var colon = Assert.IsType<AstListComprehension>(Expression("[x IN nodes WHERE x:A|:B | x.name]"));
        Assert.IsType<AstLabelOr>(Assert.IsType<AstLabelPredicate>(colon.Where).Labels);
        Assert.NotNull(colon.Projection);
    }

    [Fact]
    public void Pattern_comprehensions_take_an_optional_path_variable_and_predicate()
    {
        var comprehension = Assert.IsType<AstPatternComprehension>(Expression("[p = (a)-[:R]->(b:B) WHERE b.x > 1 | b.name]"));
        Assert.Equal("p", comprehension.PathVariable);
        Assert.Single(comprehension.Pattern.Steps);
        Assert.NotNull(comprehension.Where);
        Assert.Null(Assert.IsType<AstPatternComprehension>(Expression("[(a)-->(b) | b]")).PathVariable);
    }

    [Fact]
    public void Map_projections_have_four_kinds_of_selector()
    {
        var projection = Assert.IsType<AstMapProjection>(Expression("n {.name, .*, k: 1 + 2, m}"));
        Assert.Equal(
            [AstMapProjectionKind.Property, AstMapProjectionKind.AllProperties, AstMapProjectionKind.Literal, AstMapProjectionKind.Variable],
            projection.Items.Select(i => i.Kind));
        Assert.Equal("name", projection.Items[0].Key);
        Assert.Empty(Assert.IsType<AstMapProjection>(Expression("n {}")).Items);
    }

    [Fact]
    public void Case_expressions_come_simple_and_searched()
    {
        var simple = Assert.IsType<AstCase>(Expression("CASE n.x WHEN 1, 2 THEN 'low' WHEN 3 THEN 'mid' ELSE 'high' END"));
        Assert.NotNull(simple.Subject);
        Assert.Equal(3, simple.Alternatives.Count);
        Assert.Same(simple.Alternatives[0].Then, simple.Alternatives[1].Then);
        var searched = Assert.IsType<AstCase>(Expression("CASE WHEN a > 1 THEN 1 END"));
        Assert.Null(searched.Subject);
        Assert.Null(searched.Else);
    }

    [Fact]
    public void List_predicates_and_reduce_bind_their_variable()
    {
        foreach (var (text, kind) in new[] { ("all", AstQuantifierKind.All), ("any", AstQuantifierKind.Any), ("none", AstQuantifierKind.None), ("single", AstQuantifierKind.Single) })
        {
            var quantifier = Assert.IsType<AstQuantifier>(Expression($"{text}(x IN [1, 2] WHERE x > 1)"));
            Assert.Equal(kind, quantifier.Kind);
            Assert.Equal("x", quantifier.Variable);
        }

        var reduce = Assert.IsType<AstReduce>(Expression("reduce(acc = 0, x IN [1, 2] | acc + x)"));
        Assert.Equal(("acc", "x"), (reduce.Accumulator, reduce.Variable));
    }

    [Fact]
    public void Subquery_expressions_take_a_full_query_or_a_pattern()
    {
        var exists = Assert.IsType<AstSubqueryExpression>(Expression("EXISTS { (n)-->(m) WHERE m.x = 1 }"));
        Assert.Equal(AstSubqueryKind.Exists, exists.Kind);
        var match = Assert.IsType<AstMatch>(Assert.IsType<AstSingleQuery>(exists.Query).Clauses.Single());
        Assert.NotNull(match.Where);
        var count = Assert.IsType<AstSubqueryExpression>(Expression("COUNT { MATCH (n)-->(m) RETURN m }"));
        Assert.Equal(2, Assert.IsType<AstSingleQuery>(count.Query).Clauses.Count);
        var collect = Assert.IsType<AstSubqueryExpression>(Expression("COLLECT { MATCH (m) RETURN m.x UNION ALL RETURN 1 AS x }"));
        Assert.IsType<AstUnionQuery>(collect.Query);
    }

    [Fact]
    public void Pattern_predicates_parse_in_WHERE_and_exists()
    {
        var match = Clause<AstMatch>("MATCH (a), (b) WHERE (a)-[:R]->(b) AND NOT (b)-->(a) RETURN a");
        var and = Assert.IsType<AstBinary>(match.Where);
        Assert.IsType<AstPatternExpression>(and.Left);
        Assert.IsType<AstPatternExpression>(Assert.IsType<AstUnary>(and.Right).Operand);
        var exists = Assert.IsType<AstFunctionCall>(Expression("exists((a)--(b))"));
        Assert.IsType<AstPatternExpression>(exists.Arguments[0]);
    }

    [Fact]
    public void Shortest_paths_are_expressions_too()
    {
        var shortest = Assert.IsType<AstShortestPathExpression>(Expression("shortestPath((a)-[*]-(b))"));
        Assert.Equal(AstPathSelector.ShortestPath, shortest.Pattern.Selector);
    }

    [Fact]
    public void Keywords_may_name_variables_properties_and_labels()
    {
        Assert.Equal("count", Assert.IsType<AstVariable>(Expression("count")).Name);
        Assert.Equal("end", Assert.IsType<AstProperty>(Expression("r.end")).Key);
        var match = Clause<AstMatch>("MATCH (match:Return {order: 1}) RETURN match");
        Assert.Equal("match", match.Pattern.Parts[0].Element.Start.Variable);
        Assert.Equal("Return", Assert.IsType<AstLabelName>(match.Pattern.Parts[0].Element.Start.Labels).Name);
    }

    [Fact]
    public void Projection_items_keep_their_source_text_as_column_names()
    {
        var items = Clause<AstReturn>("RETURN n.name, count( * ), a+b AS sum,\n  toUpper( n.x )  ").Projection.Items;
        Assert.Equal(["n.name", "count( * )", "sum", "toUpper( n.x )"], items.Select(i => i.ColumnName));
        Assert.Equal("a+b", items[2].Text);
    }

    [Theory]
    [InlineData("trim(s)", "trim(s)")]
    [InlineData("trim(BOTH FROM s)", "trim(s)")]
    [InlineData("trim('x' FROM s)", "btrim(s, 'x')")]
    [InlineData("trim(BOTH 'x' FROM s)", "btrim(s, 'x')")]
    [InlineData("trim(LEADING 'x' FROM s)", "ltrim(s, 'x')")]
    [InlineData("trim(TRAILING FROM s)", "rtrim(s)")]
    [InlineData("trim(leading)", "trim(leading)")]
    [InlineData("normalize(s, NFKC)", "normalize(s, NFKC)")]
    [InlineData("normalize(s)", "normalize(s)")]
    public void Trim_and_normalize_keyword_forms_become_plain_calls(string expression, string printed) =>
        Assert.Equal(printed, Graph.Engine.Parsing.AstPrinter.Print(Expression(expression)));

    [Fact]
    public void Cypher_has_no_bang_equals() =>
        Assert.Contains("'<>'", SyntaxError("RETURN 1 != 2").Message, StringComparison.Ordinal);
}
