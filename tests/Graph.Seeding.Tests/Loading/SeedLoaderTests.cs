using Graph.Seeding.Loading;
using Graph.Seeding.Model;
using Graph.Seeding.Reading;
using Graph.Seeding.Tests.Support;

namespace Graph.Seeding.Tests.Loading;

public sealed class SeedLoaderTests
{
    private static readonly SeedGraph Tiny = SeedReader.Read(RepoPaths.TinySeed, RepoPaths.Report);

    private static IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(SeedStatement statement) =>
        [.. Assert.IsAssignableFrom<IReadOnlyList<object?>>(statement.Query.Parameters["rows"]).Cast<IReadOnlyDictionary<string, object?>>()];

    [Fact]
    public void Plan_creates_one_id_constraint_per_label_first()
    {
        var plan = SeedLoader.Plan(Tiny);

        var constraints = plan.TakeWhile(s => s.Phase == SeedLoadPhase.Constraints).ToList();
        Assert.Equal(12, constraints.Count);
        Assert.Equal(12, plan.Count(s => s.Phase == SeedLoadPhase.Constraints));
        Assert.Contains(
            "CREATE CONSTRAINT seed_transport_line_id IF NOT EXISTS FOR (n:TransportLine) REQUIRE n.id IS UNIQUE",
            constraints.Select(s => s.Query.Text));
    }

    [Fact]
    public void Nodes_merge_by_label_and_id_and_set_every_other_column()
    {
        var statement = SeedLoader.Plan(Tiny).Single(s => s.Phase == SeedLoadPhase.Nodes && s.Group == "Enterprise");

        Assert.Equal("UNWIND $rows AS row MERGE (n:Enterprise {id: row.id}) SET n += row.props", statement.Query.Text);
        Assert.Equal(4, statement.Rows);
        var smic = Rows(statement)[0];
        Assert.Equal("ent-smic", smic["id"]);
        var props = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(smic["props"]);
        Assert.Equal(["aliases", "country", "description", "evidence", "kind", "line", "name"], props.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("中芯国际", props["name"]);
        Assert.Equal(new object?[] { "SMIC", "中芯" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(props["aliases"]));
        Assert.Equal(62L, props["line"]);
    }

    [Fact]
    public void Empty_fields_travel_as_null_so_a_reload_clears_them()
    {
        var project = Rows(SeedLoader.Plan(Tiny).Single(s => s.Phase == SeedLoadPhase.Nodes && s.Group == "Project"))[0];

        var props = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(project["props"]);
        Assert.True(props.ContainsKey("investment"));
        Assert.Null(props["investment"]);
        Assert.Null(props["aliases"]);
    }

    [Fact]
    public void Relationships_are_grouped_by_start_label_type_and_end_label_and_match_by_label()
    {
        var plan = SeedLoader.Plan(Tiny);

        var inChain = plan.Where(s => s.Phase == SeedLoadPhase.Relationships && s.Group.Contains("-IN_CHAIN->", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["Enterprise-IN_CHAIN->Chain", "Institution-IN_CHAIN->Chain", "Project-IN_CHAIN->Chain"],
            inChain.Select(s => s.Group));
        Assert.Equal(
            "UNWIND $rows AS row MATCH (a:Enterprise {id: row.start}) MATCH (b:Chain {id: row.end}) MERGE (a)-[r:IN_CHAIN {period: row.period}]->(b) SET r += row.props",
            inChain[0].Query.Text);
        var row = Rows(inChain[0])[1];
        Assert.Equal(("ent-smic", "chain-integrated-circuit", "plan_2022"), (row["start"], row["end"], row["period"]));
        Assert.Equal("planned", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["props"])["status"]);
    }

    [Fact]
    public void Every_node_and_relationship_is_in_exactly_one_statement()
    {
        var plan = SeedLoader.Plan(Tiny);

        Assert.Equal(Tiny.Nodes.Count, plan.Where(s => s.Phase == SeedLoadPhase.Nodes).Sum(s => s.Rows));
        Assert.Equal(Tiny.Relationships.Count, plan.Where(s => s.Phase == SeedLoadPhase.Relationships).Sum(s => s.Rows));
        Assert.All(plan, s => Assert.Equal(s.Rows, s.Phase == SeedLoadPhase.Constraints ? 0 : Rows(s).Count));
    }

    [Fact]
    public void Full_seed_plans_every_row_once_in_batches_within_the_limit()
    {
        var full = SeedReader.Read(Path.Join(RepoPaths.Root, "graph-seed"));

        var plan = SeedLoader.Plan(full);

        Assert.NotEmpty(full.Nodes);
        Assert.Equal(full.Nodes.Count + full.Relationships.Count, plan.Sum(s => s.Rows));
        Assert.All(plan, s => Assert.InRange(s.Rows, 0, SeedLoadOptions.Default.BatchSize));
    }

    [Fact]
    public void Groups_larger_than_the_batch_size_are_split()
    {
        var plan = SeedLoader.Plan(Tiny, new SeedLoadOptions { BatchSize = 4, CreateConstraints = false });

        Assert.Equal([4, 2], plan.Where(s => s.Group == "Project").Select(s => s.Rows));
        Assert.Equal([2, 1, 3], plan.Where(s => s.Group.Contains("-IN_CHAIN->", StringComparison.Ordinal)).Select(s => s.Rows));
        Assert.DoesNotContain(plan, s => s.Phase == SeedLoadPhase.Constraints);
    }

    [Fact]
    public void Unvalidated_graph_with_a_dangling_endpoint_is_refused()
    {
        var graph = new SeedGraph(
            "x",
            [],
            [],
            [new SeedRelationship("ent-a", "chain-b", "IN_CHAIN", new Dictionary<string, object?>(StringComparer.Ordinal), new SeedSource("rels/in_chain.csv", 2))],
            null,
            []);

        var error = Assert.Throws<ArgumentException>(() => SeedLoader.Plan(graph));

        Assert.StartsWith("relationship endpoint 'ent-a' is not a node of the seed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_runs_constraints_on_their_own_then_all_data_in_one_committed_transaction()
    {
        var store = new RecordingGraphStore();
        var progress = new RecordingProgress<SeedLoadProgress>();

        var result = await SeedLoader.LoadAsync(store, Tiny, null, progress, CancellationToken.None);

        var plan = SeedLoader.Plan(Tiny);
        Assert.Equal(plan.Select(s => s.Query.Text), store.Statements.Select(s => s.Query.Text));
        Assert.All(store.Statements, s => Assert.Equal(!s.Query.Text.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal), s.InTransaction));
        Assert.Equal(["begin", "commit", "dispose"], store.Events.Where(e => e is not ("run" or "tx-run")));
        Assert.Equal((26, 24, plan.Count), (result.Nodes, result.Relationships, result.Statements));
        Assert.Equal(Enumerable.Range(1, plan.Count), progress.Reports.Select(p => p.StatementsDone));
        Assert.Equal(new SeedLoadProgress(SeedLoadPhase.Relationships, "Place-SUPPORTS->Place", plan.Count, plan.Count, 50, 50), progress.Reports[^1]);
    }

    [Fact]
    public async Task Loading_twice_sends_the_same_statements()
    {
        var first = new RecordingGraphStore();
        var second = new RecordingGraphStore();

        await SeedLoader.LoadAsync(first, Tiny, null, null, CancellationToken.None);
        await SeedLoader.LoadAsync(second, Tiny, null, null, CancellationToken.None);

        Assert.Equal(first.Statements.Select(s => s.Query.Text), second.Statements.Select(s => s.Query.Text));
    }
}
