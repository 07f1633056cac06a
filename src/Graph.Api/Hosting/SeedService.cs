using System.Diagnostics;
using Graph.Api.Configuration;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Neo4j.Schema;
using Graph.Seeding.Loading;
using Graph.Seeding.Reading;
using Graph.Seeding.Validation;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>
/// Creates the schema the domain queries need and loads the seed folder into the store when its fingerprint differs
/// from the one recorded in the graph (a <c>:_Seed {id: 'graph-seed', hash}</c> node), so a restart on an unchanged
/// seed loads nothing. Loads are serialised; a load is idempotent (MERGE by id), so a reload after a crash is safe.
/// </summary>
public sealed class SeedService(IGraphStore store, GraphState state, GraphVersion version, IOptions<GraphOptions> options, ILogger<SeedService> logger) : IDisposable
{
    private const string ReadMarker = "MATCH (s:_Seed {id: 'graph-seed'}) RETURN s.hash AS hash";

    private const string WriteMarker =
        "MERGE (s:_Seed {id: 'graph-seed'}) SET s.hash = $hash, s.loadedAt = $loadedAt, s.nodes = $nodes, s.relationships = $relationships";

    private const int ProblemsShown = 50;

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Applies the schema (idempotent statements); a statement the store refuses is logged and reported, not fatal.</summary>
    public async Task<IReadOnlyList<string>> ApplySchemaAsync(CancellationToken cancellationToken)
    {
        var refused = new List<string>();
        foreach (var statement in Neo4jSchema.Seed.Statements)
        {
            try
            {
                await store.RunAsync(new CypherQuery(statement.Cypher), AccessMode.Write, null, cancellationToken);
            }
            catch (GraphException e)
            {
                logger.SchemaRefused(statement.Name, store.Name, e.Code, e.Message);
                refused.Add($"{statement.Name}: {e.Message}");
            }
        }

        return refused;
    }

    /// <summary>Loads the configured seed if it changed since the last load (or always, when <paramref name="force"/>).</summary>
    public async Task<SeedOutcome> LoadAsync(bool force, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await LoadLockedAsync(force, cancellationToken);
        }
        finally
        {
            version.Bump();
            gate.Release();
        }
    }

    private async Task<SeedOutcome> LoadLockedAsync(bool force, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var configured = options.Value.SeedPath;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return new SeedOutcome(SeedOutcome.None, null, null, 0, 0, [], 0);
        }

        var folder = SeedLocator.Find(configured)
            ?? throw new InvalidOperationException($"Seed folder '{configured}' (Graph:SeedPath) not found under {Directory.GetCurrentDirectory()} or its parents.");
        var hash = SeedFingerprint.Compute(folder);
        if (!force && await RecordedHashAsync(cancellationToken) == hash)
        {
            state.Set(state.Current with { SeedHash = hash });
            logger.SeedUnchanged(folder, hash);
            return new SeedOutcome(SeedOutcome.Unchanged, folder, hash, 0, 0, [], clock.Elapsed.TotalSeconds);
        }

        var graph = SeedReader.Read(folder);
        var problems = SeedValidator.Validate(graph);
        if (problems.Count > 0)
        {
            var shown = problems.Take(ProblemsShown).Select(p => p.ToString(folder)).ToList();
            logger.SeedInvalid(folder, problems.Count, shown.FirstOrDefault());
            return new SeedOutcome(SeedOutcome.Invalid, folder, hash, graph.Nodes.Count, graph.Relationships.Count, shown, clock.Elapsed.TotalSeconds);
        }

        // Constraints come from the schema step, under the names the Neo4j schema gives them.
        var result = await SeedLoader.LoadAsync(store, graph, new SeedLoadOptions { CreateConstraints = false }, null, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        await store.RunAsync(
            new CypherQuery(WriteMarker, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["hash"] = hash,
                ["loadedAt"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["nodes"] = (long)result.Nodes,
                ["relationships"] = (long)result.Relationships,
            }),
            AccessMode.Write,
            null,
            cancellationToken);
        state.Set(state.Current with { SeedHash = hash, SeedLoadedAt = now });
        logger.SeedLoaded(folder, result.Nodes, result.Relationships, result.Statements, clock.Elapsed);
        return new SeedOutcome(SeedOutcome.Loaded, folder, hash, result.Nodes, result.Relationships, [], clock.Elapsed.TotalSeconds);
    }

    public void Dispose() => gate.Dispose();

    private async Task<string?> RecordedHashAsync(CancellationToken cancellationToken)
    {
        var result = await store.RunAsync(new CypherQuery(ReadMarker), AccessMode.Read, null, cancellationToken);
        return result.Rows.Count > 0 ? result.Rows[0][0] as string : null;
    }
}
