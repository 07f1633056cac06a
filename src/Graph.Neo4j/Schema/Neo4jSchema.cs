using System.Globalization;
using System.Text;
using Graph.Core.Store;

namespace Graph.Neo4j.Schema;

/// <summary>
/// The schema the service needs on Neo4j, as data: a uniqueness constraint on <c>id</c> per label (which
/// also gives the lookup index), property indexes, and the full-text index <c>entity_names</c> over names
/// and aliases with Neo4j's <c>cjk</c> analyzer (bigrams, so Chinese names match by substring).
/// Every statement is idempotent, so the service can run them on each start-up.
/// </summary>
public sealed class Neo4jSchema
{
    /// <summary>The graph-seed labels (see graph-seed/README.md).</summary>
    public static IReadOnlyList<string> SeedLabels { get; } =
    [
        "Enterprise", "Project", "Place", "Park", "Chain", "Institution",
        "Program", "TransportLine", "Event", "Product", "Designation", "Indicator",
    ];

    /// <summary>Property indexes beyond <c>id</c>: what the domain queries filter on.</summary>
    public static IReadOnlyList<(string Label, string Property)> SeedIndexes { get; } =
    [
        .. SeedLabels.Select(label => (label, "name")),
        ("Place", "level"),
        ("Place", "code"),
        ("Project", "category"),
        ("Indicator", "year"),
    ];

    /// <summary>The full-text index's name, as <c>db.index.fulltext.queryNodes</c> takes it.</summary>
    public const string FullTextIndexName = "entity_names";

    public Neo4jSchema(IReadOnlyList<string> labels, IReadOnlyList<(string Label, string Property)> indexes, IReadOnlyList<string> fullTextProperties)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(indexes);
        ArgumentNullException.ThrowIfNull(fullTextProperties);
        if (labels.Count == 0)
        {
            throw new ArgumentException("A schema needs at least one label.", nameof(labels));
        }

        var statements = new List<SchemaStatement>();
        foreach (var label in labels)
        {
            var name = $"{Snake(label)}_id_unique";
            statements.Add(new(name, $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{Quote(label)}) REQUIRE n.id IS UNIQUE"));
        }

        foreach (var (label, property) in indexes)
        {
            var name = $"{Snake(label)}_{Snake(property)}";
            statements.Add(new(name, $"CREATE INDEX {name} IF NOT EXISTS FOR (n:{Quote(label)}) ON (n.{Quote(property)})"));
        }

        if (fullTextProperties.Count > 0)
        {
            var labelList = string.Join('|', labels.Select(Quote));
            var propertyList = string.Join(", ", fullTextProperties.Select(p => $"n.{Quote(p)}"));
            statements.Add(new(
                FullTextIndexName,
                $"CREATE FULLTEXT INDEX {FullTextIndexName} IF NOT EXISTS FOR (n:{labelList}) ON EACH [{propertyList}] "
                + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"));
        }

        Statements = statements;
    }

    /// <summary>The schema for graph-seed: every seed label, <see cref="SeedIndexes"/>, full text on name and aliases.</summary>
    public static Neo4jSchema Seed { get; } = new(SeedLabels, SeedIndexes, ["name", "aliases"]);

    /// <summary>Constraints first, then indexes, then the full-text index.</summary>
    public IReadOnlyList<SchemaStatement> Statements { get; }

    /// <summary>
    /// Runs every statement, each in its own auto-commit transaction (Neo4j refuses schema changes mixed
    /// with other writes), and returns how many indexes and constraints were actually added.
    /// </summary>
    public async Task<QueryCounters> ApplyAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var total = QueryCounters.None;
        foreach (var statement in Statements)
        {
            var result = await store.RunAsync(new CypherQuery(statement.Cypher), AccessMode.Write, null, cancellationToken).ConfigureAwait(false);
            total = total.Add(result.Counters);
        }

        return total;
    }

    /// <summary>Backticks an identifier unless it is a plain one, doubling any backtick inside.</summary>
    private static string Quote(string identifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        var plain = (char.IsLetter(identifier[0]) || identifier[0] == '_') && identifier.All(c => char.IsLetterOrDigit(c) || c == '_');
        return plain ? identifier : $"`{identifier.Replace("`", "``", StringComparison.Ordinal)}`";
    }

    /// <summary>TransportLine → transport_line, for index names.</summary>
    private static string Snake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLower(c, CultureInfo.InvariantCulture) : '_');
        }

        return builder.ToString();
    }
}
