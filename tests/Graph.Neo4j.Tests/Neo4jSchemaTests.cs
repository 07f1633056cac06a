using Graph.Neo4j.Schema;
using Graph.Neo4j.Tests.Fakes;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jSchemaTests
{
    [Fact]
    public void Seed_schema_has_a_unique_id_per_label_then_indexes_then_the_cjk_full_text_index()
    {
        var statements = Neo4jSchema.Seed.Statements;

        Assert.Contains(statements, s => s.Cypher == "CREATE CONSTRAINT transport_line_id_unique IF NOT EXISTS FOR (n:TransportLine) REQUIRE n.id IS UNIQUE");
        Assert.Contains(statements, s => s.Cypher == "CREATE INDEX place_level IF NOT EXISTS FOR (n:Place) ON (n.level)");
        Assert.Equal(
            "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Enterprise|Project|Place|Park|Chain|Institution|Program|TransportLine|Event|Product|Designation|Indicator) "
            + "ON EACH [n.name, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
            statements[^1].Cypher);
        Assert.Equal(Neo4jSchema.SeedLabels.Count, statements.TakeWhile(s => s.Cypher.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)).Count());
        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s.Cypher, StringComparison.Ordinal));
        Assert.Equal(statements.Count, statements.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Labels_that_are_not_plain_identifiers_are_quoted()
    {
        var schema = new Neo4jSchema(["企业", "Odd Label", "Back`tick"], [], []);

        Assert.Equal("CREATE CONSTRAINT 企业_id_unique IF NOT EXISTS FOR (n:企业) REQUIRE n.id IS UNIQUE", schema.Statements[0].Cypher);
        Assert.Contains("(n:`Odd Label`)", schema.Statements[1].Cypher, StringComparison.Ordinal);
        Assert.Contains("(n:`Back``tick`)", schema.Statements[2].Cypher, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_runs_each_statement_in_its_own_auto_commit_request()
    {
        await using var server = await FakeNeo4jServer.StartAsync();
        await using var store = server.CreateStore();

        await Neo4jSchema.Seed.ApplyAsync(store, CancellationToken.None);

        Assert.Equal(Neo4jSchema.Seed.Statements.Select(s => s.Cypher), server.Requests.Select(r => (string?)r.Json["statement"]));
        Assert.All(server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
    }
}
