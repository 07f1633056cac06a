using Graph.Engine.Ast;

namespace Graph.Engine.Tests.Parsing;

public sealed partial class CypherParserTests
{
    [Fact]
    public void Match_and_optional_match_take_a_predicate()
    {
        var clauses = Clauses("MATCH (n) WHERE n.x = 1 OPTIONAL MATCH (n)-->(m) RETURN n, m");
        Assert.False(Assert.IsType<AstMatch>(clauses[0]).Optional);
        Assert.NotNull(Assert.IsType<AstMatch>(clauses[0]).Where);
        Assert.True(Assert.IsType<AstMatch>(clauses[1]).Optional);
    }

    [Fact]
    public void With_and_return_share_projection_ordering_and_paging()
    {
        var with = Clause<AstWith>("WITH DISTINCT a, b AS c ORDER BY a DESC, c SKIP 1 LIMIT 2 WHERE a > 1 RETURN *");
        var projection = with.Projection;
        Assert.True(projection.Distinct);
        Assert.Equal(["a", "c"], projection.Items.Select(i => i.ColumnName));
        Assert.Equal([true, false], projection.OrderBy.Select(o => o.Descending));
        Assert.NotNull(projection.Skip);
        Assert.NotNull(projection.Limit);
        Assert.NotNull(with.Where);
        var ret = Clause<AstReturn>("MATCH (n) RETURN *, n.x AS x ORDER BY x ASCENDING OFFSET 3", 1).Projection;
        Assert.True(ret.IncludeExisting);
        Assert.Single(ret.Items);
        Assert.NotNull(ret.Skip);
    }

    [Fact]
    public void Unwind_binds_a_variable() =>
        Assert.Equal("x", Clause<AstUnwind>("UNWIND [1, 2] AS x RETURN x").Variable);

    [Fact]
    public void Union_parts_record_which_joins_are_all()
    {
        var union = Assert.IsType<AstUnionQuery>(Query("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a"));
        Assert.Equal(3, union.Parts.Count);
        Assert.Equal([false, true], union.All);
    }

    [Fact]
    public void Procedure_calls_take_arguments_yield_and_where()
    {
        var call = Clause<AstCallProcedure>("CALL db.index.fulltext.queryNodes('idx', $q) YIELD node AS n, score WHERE score > 1 RETURN n");
        Assert.Equal("db.index.fulltext.queryNodes", call.Name);
        Assert.Equal(2, call.Arguments!.Count);
        Assert.Equal(["n", "score"], call.Yield!.Select(y => y.Variable));
        Assert.NotNull(call.Where);
        var implicitArguments = Clause<AstCallProcedure>("CALL db.labels");
        Assert.Null(implicitArguments.Arguments);
        Assert.Null(implicitArguments.Yield);
        Assert.True(Clause<AstCallProcedure>("CALL db.labels() YIELD *").YieldAll);
    }

    [Fact]
    public void Yield_star_is_only_for_standalone_calls() =>
        SyntaxError("CALL db.labels() YIELD * RETURN label");

    [Fact]
    public void Call_subqueries_import_variables_three_ways()
    {
        var plain = Clause<AstCallSubquery>("CALL { MATCH (n) RETURN n } RETURN n");
        Assert.Null(plain.ImportedVariables);
        Assert.False(plain.ImportAll);
        var scoped = Clause<AstCallSubquery>("MATCH (a), (b) CALL (a, b) { RETURN a.x + b.x AS s } RETURN s", 1);
        Assert.Equal(["a", "b"], scoped.ImportedVariables!);
        var all = Clause<AstCallSubquery>("MATCH (a) CALL (*) { RETURN a.x AS s } RETURN s", 1);
        Assert.True(all.ImportAll);
        Assert.Empty(Clause<AstCallSubquery>("CALL () { RETURN 1 AS s } RETURN s").ImportedVariables!);
        Assert.True(Clause<AstCallSubquery>("UNWIND $rows AS r CALL (r) { CREATE (:N {v: r}) } IN TRANSACTIONS OF 100 ROWS", 1).InTransactions);
        Assert.IsType<AstUnsupportedClause>(Clauses("CALL { CREATE () } IN TRANSACTIONS ON ERROR CONTINUE")[0]);
    }

    [Fact]
    public void Create_and_merge_take_patterns_and_actions()
    {
        Assert.Equal(2, Clause<AstCreate>("CREATE (a:A {x: 1})-[:R]->(b), (c)").Pattern.Parts.Count);
        var merge = Clause<AstMerge>("MERGE (n:A {id: 1}) ON CREATE SET n.c = 1, n.d = 2 ON MATCH SET n:Seen ON CREATE SET n += $p");
        Assert.Equal(3, merge.OnCreate.Count);
        Assert.IsType<AstSetLabels>(Assert.Single(merge.OnMatch));
    }

    [Fact]
    public void Set_has_four_kinds_of_item()
    {
        var items = Clause<AstSet>("SET n.x = 1, n = {a: 1}, n += $map, n:A:B, (n).y = 2").Items;
        Assert.Equal("x", Assert.IsType<AstSetProperty>(items[0]).Target.Key);
        Assert.False(Assert.IsType<AstSetProperties>(items[1]).Merge);
        Assert.True(Assert.IsType<AstSetProperties>(items[2]).Merge);
        Assert.Equal(["A", "B"], Assert.IsType<AstSetLabels>(items[3]).Labels);
        Assert.IsType<AstSetProperty>(items[4]);
    }

    [Fact]
    public void Remove_takes_properties_and_labels()
    {
        var items = Clause<AstRemove>("REMOVE n.x, n:A:B").Items;
        Assert.Equal("x", Assert.IsType<AstRemoveProperty>(items[0]).Target.Key);
        Assert.Equal(["A", "B"], Assert.IsType<AstRemoveLabels>(items[1]).Labels);
    }

    [Fact]
    public void Delete_may_detach()
    {
        Assert.False(Clause<AstDelete>("MATCH (n) DELETE n", 1).Detach);
        var delete = Clause<AstDelete>("MATCH (n)-[r]-() DETACH DELETE n, r", 1);
        Assert.True(delete.Detach);
        Assert.Equal(2, delete.Targets.Count);
        Assert.False(Clause<AstDelete>("MATCH (n) NODETACH DELETE n", 1).Detach);
    }

    [Fact]
    public void Foreach_holds_updating_clauses()
    {
        var foreach_ = Clause<AstForeach>("FOREACH (x IN [1, 2] | CREATE (:N {v: x}) SET x.y = 1 FOREACH (y IN [x] | DELETE y))");
        Assert.Equal("x", foreach_.Variable);
        Assert.Equal(3, foreach_.Clauses.Count);
        SyntaxError("FOREACH (x IN [1] | MATCH (n) RETURN n)");
    }

    [Theory]
    [InlineData("LOAD CSV WITH HEADERS FROM 'file:///a.csv' AS row FIELDTERMINATOR ';' CREATE (:R)", "LOAD CSV")]
    [InlineData("USE neo4j MATCH (n) RETURN n", "USE")]
    [InlineData("MATCH (n) FINISH", null)]
    [InlineData("OPTIONAL CALL { RETURN 1 AS x } RETURN x", "OPTIONAL CALL")]
    public void Valid_clauses_the_engine_does_not_run_are_unsupported(string query, string? feature)
    {
        var unsupported = Clauses(query).OfType<AstUnsupportedClause>().First();
        if (feature is not null)
        {
            Assert.Equal(feature, unsupported.Feature);
        }
    }

    [Theory]
    [InlineData("EXPLAIN MATCH (n) RETURN n", AstQueryPrefix.Explain)]
    [InlineData("profile MATCH (n) RETURN n;", AstQueryPrefix.Profile)]
    [InlineData("MATCH (n) RETURN n ;", AstQueryPrefix.None)]
    public void Statements_may_have_a_prefix_and_a_trailing_semicolon(string text, AstQueryPrefix prefix) =>
        Assert.Equal(prefix, Assert.IsType<AstQueryStatement>(Parse(text)).Prefix);

    [Fact]
    public void Keywords_are_case_insensitive_and_comments_are_skipped()
    {
        var clauses = Clauses("match (n) // a comment\n/* another\n one */ where n.x = 1 return n");
        Assert.IsType<AstMatch>(clauses[0]);
        Assert.IsType<AstReturn>(clauses[1]);
    }

    [Fact]
    public void Planner_hints_are_accepted_and_dropped() =>
        Assert.NotNull(Clause<AstMatch>("MATCH (n:P) USING INDEX n:P(name) WHERE n.name = 'x' RETURN n").Where);

    [Fact]
    public void Chinese_names_work_everywhere()
    {
        var match = Clause<AstMatch>("MATCH (企业:企业 {名称: '西青'})-[:位于]->(区) RETURN 企业.名称 AS 名称");
        Assert.Equal("企业", match.Pattern.Parts[0].Element.Start.Variable);
        Assert.Equal(["位于"], match.Pattern.Parts[0].Element.Steps[0].Relationship.Types);
        Assert.Equal("名称", Clause<AstReturn>("MATCH (企业) RETURN 企业.名称 AS 名称", 1).Projection.Items[0].ColumnName);
    }

    [Fact]
    public void Insert_is_create()
    {
        var create = Clause<AstCreate>("INSERT (n:A&B {x: 1})-[:R]->(m)");
        Assert.IsType<AstLabelAnd>(create.Pattern.Parts[0].Element.Start.Labels);
    }

    [Fact]
    public void Standalone_order_by_skip_and_limit_are_with_star()
    {
        var clauses = Clauses("MATCH (n) ORDER BY n.x DESC SKIP 1 LIMIT 2 RETURN n");
        var with = Assert.IsType<AstWith>(clauses[1]);
        Assert.True(with.Projection.IncludeExisting);
        Assert.Single(with.Projection.OrderBy);
        Assert.NotNull(with.Projection.Skip);
        Assert.NotNull(with.Projection.Limit);
        Assert.IsType<AstWith>(Clauses("UNWIND [1, 2] AS x LIMIT 1 RETURN x")[1]);
    }
}
