using Graph.Engine.Ast;

namespace Graph.Engine.Tests.Parsing;

public sealed partial class CypherParserTests
{
    [Fact]
    public void Range_indexes_name_label_and_properties()
    {
        var index = Assert.IsType<AstCreateIndex>(Parse("CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name, p.age)"));
        Assert.Equal(("person_name", AstIndexKind.Range, true), (index.Name, index.Kind, index.IfNotExists));
        Assert.Equal((AstSchemaEntityKind.Node, "p"), (index.EntityKind, index.Variable));
        Assert.Equal(["Person"], index.Labels);
        Assert.Equal(["name", "age"], index.Properties);
    }

    [Theory]
    [InlineData("CREATE TEXT INDEX FOR (n:L) ON (n.p)", AstIndexKind.Text)]
    [InlineData("CREATE POINT INDEX i FOR (n:L) ON (n.loc)", AstIndexKind.Point)]
    [InlineData("CREATE RANGE INDEX i FOR ()-[r:T]-() ON (r.p)", AstIndexKind.Range)]
    [InlineData("CREATE LOOKUP INDEX FOR (n) ON EACH labels(n)", AstIndexKind.Lookup)]
    [InlineData("CREATE LOOKUP INDEX FOR ()-[r]-() ON EACH type(r)", AstIndexKind.Lookup)]
    public void Index_kinds_are_recognised(string text, AstIndexKind kind) =>
        Assert.Equal(kind, Assert.IsType<AstCreateIndex>(Parse(text)).Kind);

    [Fact]
    public void Full_text_indexes_cover_several_labels_and_take_options()
    {
        var index = Assert.IsType<AstCreateIndex>(Parse("CREATE FULLTEXT INDEX names FOR (n:企业|地点) ON EACH [n.名称, n.简称] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"));
        Assert.Equal(AstIndexKind.Fulltext, index.Kind);
        Assert.Equal(["企业", "地点"], index.Labels);
        Assert.Equal(["名称", "简称"], index.Properties);
        Assert.IsType<AstMapLiteral>(index.Options);
    }

    [Fact]
    public void Constraints_come_in_four_kinds()
    {
        var unique = Assert.IsType<AstCreateConstraint>(Parse("CREATE CONSTRAINT id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"));
        Assert.Equal((AstConstraintKind.Unique, "Entity", "id_unique", true), (unique.Kind, unique.Label, unique.Name, unique.IfNotExists));
        var key = Assert.IsType<AstCreateConstraint>(Parse("CREATE CONSTRAINT FOR (n:P) REQUIRE (n.a, n.b) IS NODE KEY"));
        Assert.Equal((AstConstraintKind.NodeKey, null as string), (key.Kind, key.Name));
        Assert.Equal(["a", "b"], key.Properties);
        var notNull = Assert.IsType<AstCreateConstraint>(Parse("CREATE CONSTRAINT FOR ()-[r:T]-() REQUIRE r.since IS NOT NULL"));
        Assert.Equal((AstConstraintKind.NotNull, AstSchemaEntityKind.Relationship), (notNull.Kind, notNull.EntityKind));
        var typed = Assert.IsType<AstCreateConstraint>(Parse("CREATE CONSTRAINT FOR (n:P) REQUIRE n.age IS :: INTEGER"));
        Assert.Equal((AstConstraintKind.PropertyType, "INTEGER"), (typed.Kind, typed.PropertyType));
    }

    [Fact]
    public void Drops_name_their_rule()
    {
        var drop = Assert.IsType<AstDropSchemaRule>(Parse("DROP INDEX person_name IF EXISTS"));
        Assert.Equal((false, "person_name", true), (drop.IsConstraint, drop.Name, drop.IfExists));
        Assert.True(Assert.IsType<AstDropSchemaRule>(Parse("DROP CONSTRAINT c")).IsConstraint);
    }

    [Fact]
    public void Show_commands_take_a_filter_and_a_tail()
    {
        var show = Assert.IsType<AstShowSchema>(Parse("SHOW RANGE INDEXES YIELD name, type AS t WHERE t = 'RANGE' RETURN name"));
        Assert.Equal((false, "RANGE"), (show.Constraints, show.Filter));
        var yield = Assert.IsType<AstWith>(show.Rest[0]);
        Assert.Equal(["name", "t"], yield.Projection.Items.Select(i => i.ColumnName));
        Assert.NotNull(yield.Where);
        Assert.IsType<AstReturn>(show.Rest[1]);
        var constraints = Assert.IsType<AstShowSchema>(Parse("SHOW CONSTRAINTS"));
        Assert.True(constraints.Constraints);
        Assert.Empty(constraints.Rest);
        Assert.Null(constraints.Filter);
        Assert.Equal("NODE KEY", Assert.IsType<AstShowSchema>(Parse("SHOW NODE KEY CONSTRAINTS")).Filter);
        Assert.Single(Assert.IsType<AstShowSchema>(Parse("SHOW INDEX WHERE name = 'x'")).Rest);
    }

    [Theory]
    [InlineData("SHOW PROCEDURES")]
    [InlineData("CREATE DATABASE foo")]
    [InlineData("CREATE VECTOR INDEX v FOR (n:D) ON (n.e)")]
    [InlineData("DROP DATABASE foo IF EXISTS")]
    [InlineData("GRANT TRAVERSE ON GRAPH * TO reader")]
    public void Administration_commands_are_unsupported_statements(string text) =>
        Assert.IsType<AstUnsupportedClause>(Assert.IsType<AstSingleQuery>(Assert.IsType<AstQueryStatement>(Parse(text)).Query).Clauses.Single());
}
