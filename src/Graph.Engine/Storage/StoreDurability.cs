using Graph.Core.Errors;

namespace Graph.Engine.Storage;

/// <summary>
/// Finds the durability provider for <see cref="EmbeddedStoreOptions.DatabasePath"/>. The engine cannot reference
/// Graph.Engine.Sqlite (that project references the engine), so the provider is looked up by name once: an
/// application that sets a database path references Graph.Engine.Sqlite (or calls its
/// <c>DurableGraphStore.Open</c>, which makes the reference explicit). Without it, opening fails loudly rather
/// than silently keeping the data in memory only.
/// </summary>
internal static class StoreDurability
{
    private const string ProviderType = "Graph.Engine.Sqlite.SqliteDurability, Graph.Engine.Sqlite";

    public static IStoreDurability Open(GraphStore store, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var durability = Create();
        try
        {
            durability.Open(store, path);
            return durability;
        }
        catch
        {
            durability.Dispose();
            throw;
        }
    }

    private static IStoreDurability Create()
    {
        Type? type;
        try
        {
            type = Type.GetType(ProviderType, throwOnError: false);
        }
        catch (Exception e) when (e is FileLoadException or BadImageFormatException)
        {
            type = null;
        }

        if (type is null || Activator.CreateInstance(type, nonPublic: true) is not IStoreDurability durability)
        {
            throw new StorageException(
                "A database path needs the durable store: reference the Graph.Engine.Sqlite project (Graph.Engine.Sqlite.DurableGraphStore.Open) from the application.");
        }

        return durability;
    }
}
