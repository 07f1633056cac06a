using System.Globalization;
using Graph.Core.Store;

namespace Graph.Engine.Sqlite.Tests;

/// <summary>
/// The child process of <see cref="CrashTests"/>: this test assembly re-invoked as
/// <c>dotnet Graph.Engine.Sqlite.Tests.dll crash-writer &lt;db&gt;</c>. It commits numbered transactions in a
/// loop, each three statements (a <c>:Tx</c> node, its parts with relationships, the counter), and prints
/// <c>ack N</c> only after transaction N's commit returned. It never stops by itself: the test kills it.
/// </summary>
internal static class CrashWriter
{
    public const string Verb = "crash-writer";

    /// <summary>How many parts transaction <paramref name="id"/> has: 1 to 20, so transactions differ in size.</summary>
    public static long PartsOf(long id) => 1 + (id * 7 % 20);

    public static async Task<int> Run(string path)
    {
        await using var store = DurableGraphStore.Open(path);
        var last = store.Run("MATCH (t:Tx) RETURN coalesce(max(t.id), 0)").Rows[0][0];
        var next = Convert.ToInt64(last, CultureInfo.InvariantCulture) + 1;
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        while (true)
        {
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = next, ["parts"] = PartsOf(next) };
            await using (var tx = await store.BeginAsync(AccessMode.Write, CancellationToken.None))
            {
                await tx.RunAsync(new CypherQuery("CREATE (:Tx {id: $id, parts: $parts})", parameters), null, CancellationToken.None);
                await tx.RunAsync(
                    new CypherQuery("MATCH (t:Tx {id: $id}) UNWIND range(1, $parts) AS k CREATE (t)-[:HAS {k: k}]->(:Part {tx: $id, k: k, text: '部分' + toString(k)})", parameters),
                    null,
                    CancellationToken.None);
                await tx.RunAsync(new CypherQuery("MERGE (c:Counter) SET c.total = coalesce(c.total, 0) + 1, c.last = $id", parameters), null, CancellationToken.None);
                await tx.CommitAsync(CancellationToken.None);
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {next}"));
            Console.Out.Flush();
            next++;
        }
    }
}
