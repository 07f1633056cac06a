using Graph.Api.Configuration;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine;
using Graph.Engine.Sqlite;
using Graph.Neo4j;

namespace Graph.Api.Hosting;

/// <summary>
/// Picks the store from configuration: configuration, not code, decides between the embedded engine and Neo4j. An
/// embedded database that cannot be opened (damaged, emptied, lost, locked, too new) stops start-up with one
/// critical log line naming it: the service never serves a damaged file nor a fresh database in its place.
/// </summary>
internal static class GraphStoreFactory
{
    public static IGraphStore Create(GraphOptions options, IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        if (string.Equals(options.Store, StoreKinds.Embedded, StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.GetFullPath(options.DatabasePath, Directory.GetCurrentDirectory());
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                return DurableGraphStore.Open(new EmbeddedStoreOptions { DatabasePath = path, WriterWait = options.Cypher.WriterWait });
            }
            catch (GraphException e)
            {
                logger.DatabaseRefused(path, e.Code, e.Message);
                throw;
            }
        }

        if (string.Equals(options.Store, StoreKinds.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            var neo4j = configuration.GetSection($"{GraphOptions.Section}:Neo4j").Get<Neo4jStoreOptions>() ?? new Neo4jStoreOptions();
            return new Neo4jGraphStore(neo4j);
        }

        throw new InvalidOperationException(
            $"Graph:Store is '{options.Store}' in {environment.EnvironmentName}; it must be '{StoreKinds.Embedded}' or '{StoreKinds.Neo4j}'.");
    }
}
