using Graph.Core.Errors;

namespace Graph.Engine.Tests.Semantics;

/// <summary>
/// Scoping in EXISTS, COUNT and COLLECT subqueries as the Neo4j 5 Cypher Manual gives it (Subqueries chapter, its
/// example graph): outer variables are visible in the whole subquery, also after a WITH that does not carry them, and a
/// subquery variable may not shadow an outer one.
/// </summary>
public sealed class ExpressionSubqueryScopeTests
{
    private readonly EmbeddedGraphStore store = ManualGraph();

    [Fact]
    public void An_outer_variable_is_visible_after_a_leading_WITH_in_COUNT()
    {
        var names = store.Column(
            "MATCH (person:Person) WHERE COUNT { WITH 'Ozzy' AS dogName MATCH (person)-[:HAS_DOG]->(d:Dog) WHERE d.name = dogName } = 1 "
            + "RETURN person.name AS name");

        Assert.Equal(["Peter"], names);
    }

    [Fact]
    public void An_outer_variable_is_visible_after_a_leading_WITH_in_EXISTS()
    {
        var names = store.Column(
            "MATCH (person:Person) WHERE EXISTS { WITH 'Ozzy' AS dogName MATCH (person)-[:HAS_DOG]->(d:Dog) WHERE d.name = dogName } "
            + "RETURN person.name AS name");

        Assert.Equal(["Peter"], names);
    }

    [Fact]
    public void An_outer_variable_is_visible_after_a_leading_WITH_in_COLLECT()
    {
        var rows = store.Run(
            "MATCH (person:Person) RETURN person.name AS name, COLLECT { WITH 2017 AS after MATCH (person)-[r:HAS_DOG]->(d:Dog) "
            + "WHERE r.since > after RETURN d.name } AS young ORDER BY name").Rows;

        Assert.Equal(["Andy", "Peter", "Timothy"], rows.Select(r => r[0]));
        Assert.Equal([Array.Empty<object?>(), ["Ozzy"], []], rows.Select(r => ((IEnumerable<object?>)r[1]!).ToArray()));
    }

    [Fact]
    public void An_outer_variable_stays_visible_after_an_aggregating_WITH_inside_the_subquery()
    {
        var names = store.Column(
            "MATCH (person:Person) WHERE EXISTS { MATCH (person)-[:HAS_DOG]->(d:Dog) WITH count(d) AS dogs WHERE dogs > 1 "
            + "MATCH (person)-[:HAS_DOG]->(:Dog {name: 'Fido'}) } RETURN person.name AS name");

        Assert.Equal(["Peter"], names);
    }

    [Theory]
    [InlineData("MATCH (person:Person), (name) WHERE COUNT { WITH 'Ozzy' AS name MATCH (person)-[:HAS_DOG]->(d:Dog) WHERE d.name = name } = 1 RETURN person.name")]
    [InlineData("WITH 'Peter' AS name MATCH (person:Person {name: name}) RETURN COLLECT { WITH 'Ozzy' AS name MATCH (person)-[:HAS_DOG]->(d:Dog {name: name}) RETURN d.name } AS dogs")]
    public void A_subquery_variable_may_not_shadow_an_outer_one(string query)
    {
        var error = Assert.Throws<CypherSyntaxException>(() => store.Run(query));

        Assert.Equal("VariableShadowing", error.Detail);
        Assert.Contains("`name` is shadowing a variable with the same name from the outer scope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Carrying_an_outer_variable_through_WITH_is_not_shadowing()
    {
        var names = store.Column(
            "MATCH (person:Person) WHERE EXISTS { WITH person MATCH (person)-[:HAS_CAT]->(:Cat) } RETURN person.name AS name");

        Assert.Equal(["Timothy"], names);
    }

    private static EmbeddedGraphStore ManualGraph()
    {
        var store = new EmbeddedGraphStore();
        store.Run(
            "CREATE (andy:Swedish:Person {name: 'Andy', age: 36}), (timothy:Person {name: 'Timothy', nickname: 'Tim', age: 25}), "
            + "(peter:Person {name: 'Peter', nickname: 'Pete', age: 35}), "
            + "(andy)-[:HAS_DOG {since: 2016}]->(:Dog {name: 'Andy'}), (timothy)-[:HAS_CAT {since: 2019}]->(:Cat {name: 'Mittens'}), "
            + "(fido:Dog {name: 'Fido'})<-[:HAS_DOG {since: 2010}]-(peter)-[:HAS_DOG {since: 2018}]->(:Dog {name: 'Ozzy'}), "
            + "(fido)-[:HAS_TOY]->(:Toy {name: 'Banana'})");
        return store;
    }
}
