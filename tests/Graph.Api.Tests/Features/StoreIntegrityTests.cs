using System.Net;
using Graph.Api.Hosting;
using Graph.Api.Tests.Support;
using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Engine;
using Graph.Engine.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Features;

/// <summary>The service on a damaged database file, and on a store whose writes fail.</summary>
public sealed class StoreIntegrityTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "graph-api-integrity-" + Guid.NewGuid().ToString("N"));

    public StoreIntegrityTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_service_refuses_to_start_on_an_emptied_database_and_does_not_reload_the_seed_into_it()
    {
        var db = Path.Join(_folder, "graph.db");
        await File.WriteAllBytesAsync(db, []);
        await using var api = new GraphApiFactory(RepoPaths.TinySeed, extra: new Dictionary<string, string?>(StringComparer.Ordinal) { ["Graph:DatabasePath"] = db });

        var e = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.IsType<CorruptStoreException>(e.GetBaseException());
        Assert.Contains("empty (zero length)", e.GetBaseException().Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(db).Length);
    }

    [Fact]
    public async Task The_service_refuses_to_start_on_a_flipped_bit()
    {
        var db = Path.Join(_folder, "graph.db");
        await using (var store = DurableGraphStore.Open(db))
        {
            store.Run(new CypherQuery("CREATE (:Enterprise {id: 'ent-smic', name: '中芯国际'})"));
        }

        var bytes = await File.ReadAllBytesAsync(db);
        bytes[bytes.AsSpan().IndexOf("中芯国际"u8) + 2] ^= 1;
        await File.WriteAllBytesAsync(db, bytes);
        await using var api = new GraphApiFactory(RepoPaths.TinySeed, extra: new Dictionary<string, string?>(StringComparer.Ordinal) { ["Graph:DatabasePath"] = db });

        var e = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Equal(StatusCodes.CorruptStore, Assert.IsType<CorruptStoreException>(e.GetBaseException()).Code);
        Assert.Contains("fails its checksum", e.GetBaseException().Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Readiness_is_503_with_the_reason_while_commits_fail_and_200_again_after_one_succeeds()
    {
        await using var api = new GraphApiFactory(RepoPaths.TinySeed);
        using var client = api.CreateWriter();
        api.RequireReady();
        var store = (EmbeddedGraphStore)api.Services.GetRequiredKeyedService<IGraphStore>(GraphApiBuilderExtensions.UnpooledStore);
        var durability = DurableGraphStore.Durability(store);
        durability.BeforeCommit = () => throw new IOException("disk I/O error (injected)");

        Assert.ThrowsAny<StorageException>(() => store.Run(new CypherQuery("CREATE (:Probe)")));
        var notReady = await HttpAssert.JsonAsync(await client.GetAsync("/health/ready"), HttpStatusCode.ServiceUnavailable);

        Assert.Contains("cannot write", notReady.GetProperty("checks").GetProperty("graph").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("disk I/O error (injected)", notReady.ToString(), StringComparison.Ordinal);

        durability.BeforeCommit = null;
        store.Run(new CypherQuery("CREATE (:Probe)"));
        await HttpAssert.JsonAsync(await client.GetAsync("/health/ready"));
    }
}
