using Graph.Api.Contracts;
using Graph.Core.Store;

namespace Graph.Stores.Tests.Support;

/// <summary>What every suite class needs: its store (skipping when the store is not here) and a way to ask it.</summary>
public abstract class StoreSuite(StoreFixture fixture)
{
    protected StoreKind Kind => fixture.Kind;

    /// <summary>The store, or a skip with the reason when it is not available here.</summary>
    protected IGraphStore Store
    {
        get
        {
            fixture.RequireAvailable();
            return fixture.Store;
        }
    }

    /// <summary>The service on the store, or a skip with the reason.</summary>
    protected ApiHost Api
    {
        get
        {
            fixture.RequireAvailable();
            return fixture.Api;
        }
    }

    /// <summary>Runs a read as the endpoints do: a read transaction, parameters by name.</summary>
    protected Task<QueryResult> AskAsync(string cypher, params (string Name, object? Value)[] parameters) =>
        Store.RunAsync(new CypherQuery(cypher, Parameters(parameters)), AccessMode.Read, null, CancellationToken.None);

    /// <summary>An endpoint's template with its <c>{label}</c> placeholders filled as the endpoint fills them.</summary>
    protected static string Render(string template, string label, string? second = null) => EntityLabels.Render(template, label, second);

    protected static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
