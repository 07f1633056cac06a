using Graph.Core.Errors;
using Graph.Core.Store;

namespace Graph.Tck.Tests.Running;

/// <summary>
/// Runs statements against one store with a time limit: the engine gets <see cref="QueryOptions.Timeout"/>
/// and a cancellation token, and a watchdog abandons the statement if it still runs after a grace period,
/// so one hang cannot stall the whole TCK run. Each statement runs on its own background thread with a
/// 16 MB stack: deeply nested TCK expressions must not overflow the 1 MB default (an overflow would end the
/// test process), and an abandoned thread cannot keep the process alive.
/// </summary>
internal sealed class QueryExecutor(IGraphStore store, TimeSpan timeout)
{
    private const int StackSize = 16 * 1024 * 1024;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    /// <summary>True once a statement was abandoned: the store may still be in use by it.</summary>
    public bool Abandoned { get; private set; }

    public TimeSpan Timeout => timeout;

    public QueryAttempt Run(CypherQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryAttempt? attempt = null;
        var cancellation = new CancellationTokenSource(timeout);
        var options = new QueryOptions { Timeout = timeout };
        var thread = new Thread(
            () =>
            {
                try
                {
                    var result = store.RunAsync(query, AccessMode.Write, options, cancellation.Token).GetAwaiter().GetResult();
                    attempt = new QueryAttempt(result, null, null, false);
                }
                catch (GraphException e)
                {
                    attempt = new QueryAttempt(null, e, null, false);
                }
#pragma warning disable CA1031 // Any other exception is an engine bug to report, not to crash the run.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    attempt = new QueryAttempt(null, null, e, false);
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = "tck-query",
        };
        thread.Start();
        if (!thread.Join(timeout + Grace))
        {
            // The token source stays undisposed: the abandoned statement may still read its token.
            Abandoned = true;
            return new QueryAttempt(null, null, null, true);
        }

        cancellation.Dispose();
        return attempt!;
    }
}
