using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Graph.Api.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Api.Tests.Fuzz;

/// <summary>
/// The whole HTTP surface under generated hostile traffic (see <see cref="HttpFuzzRequests"/>), several clients at
/// once, against the real service in its own process on the tiny seed with small limits: every request must end in an
/// answer below 500 (or a 503 that says when to retry) within a bound, <c>/health/live</c> must keep answering, and the
/// process must live. A fixed seed and a few hundred requests by default; <c>GRAPH_HTTP_FUZZ_LONG=1</c> runs for
/// <c>GRAPH_FUZZ_MINUTES</c> (default 10) from <c>GRAPH_FUZZ_SEED</c> (default: a new seed, printed), and prints the
/// figures docs/reliability.md quotes (requests, statuses, peak resident memory).
/// </summary>
public sealed partial class HttpFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20_261_208;
    private const int ShortRunRequests = 400;
    private const int Clients = 4;
    private const int MaxDistinctFailures = 20;

    // The statement limit the service runs with, and how late an answer may be: queueing behind the other clients on
    // a shared 2-core machine is allowed for; minutes are not.
    private static readonly TimeSpan StatementTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LivenessBound = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Generated_requests_end_in_an_answer_below_500_in_time_and_the_service_lives()
    {
        var (_, seed, until, limit) = FuzzSettings.FromEnvironment("GRAPH_HTTP_FUZZ_LONG", DefaultSeed, ShortRunRequests);

        await using var service = await ServiceProcess.StartAsync(
            CancellationToken.None,
            RepoPaths.TinySeed,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Graph:ApiKey"] = GraphApiFactory.ApiKey,
                ["Graph:Cypher:Timeout"] = StatementTimeout.ToString("c", CultureInfo.InvariantCulture),
                ["Graph:Cypher:MaxMemory"] = (64 << 20).ToString(CultureInfo.InvariantCulture),
                ["Graph:ResponseCache"] = "off",
            });
        Skip.If(service.NotReady is not null, $"the service's graph is not ready: {service.NotReady}");

        var requests = new HttpFuzzRequests();
        var verdicts = new HttpFuzzVerdicts();
        var next = -1;
        long peak = 0;
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = AnswerBound * 2 };
        using var probe = new HttpClient { BaseAddress = service.BaseAddress, Timeout = LivenessBound * 4 };

        async Task Client()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < limit && DateTime.UtcNow < until
                && verdicts.DistinctFailures < MaxDistinctFailures && service.IsRunning)
            {
                // Not HashCode.Combine: it is seeded per process, and a case must come back from its seed in any run.
                var caseSeed = unchecked((seed * 1_000_003) + i);
                var request = requests.Next(new Random(caseSeed));
                var where = $"request {i} (GRAPH_FUZZ_SEED={seed}, case seed {caseSeed})\n{request.Describe()}";
                await SendAsync(http, request, requests, verdicts, service, where);
                if (i % 25 == 0 && service.IsRunning)
                {
                    await ProbeLivenessAsync(probe, verdicts, where);
                    peak = Math.Max(peak, service.PeakResidentBytes ?? 0);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(Client)));
        if (service.IsRunning)
        {
            await ProbeLivenessAsync(probe, verdicts, "after the run");
            peak = Math.Max(peak, service.PeakResidentBytes ?? 0);
        }

        output.WriteLine($"seed {seed}; {verdicts.Summary()}; peak resident memory {peak >> 20} MiB (sampled every 25 requests)");
        Assert.True(service.IsRunning, $"the service died (exit code {(service.IsRunning ? 0 : service.ExitCode)}):\n{Tail(service.Output)}\n\n{verdicts.Failures()}");
        Assert.True(verdicts.DistinctFailures == 0, $"seed {seed}:\n\n{verdicts.Failures()}");
    }

    private static async Task SendAsync(HttpClient http, HttpFuzzRequest request, HttpFuzzRequests requests, HttpFuzzVerdicts verdicts, ServiceProcess service, string where)
    {
        using var message = new HttpRequestMessage(request.Method, request.Path);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        if (request.WithKey)
        {
            message.Headers.Add("X-Api-Key", GraphApiFactory.ApiKey);
        }

        if (request.Accept is not null)
        {
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(request.Accept));
        }

        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
            var elapsed = clock.Elapsed;
            var body = await response.Content.ReadAsStringAsync();
            verdicts.Answered(response.StatusCode, elapsed, where);
            if (TransactionId().Match(body) is { Success: true } id)
            {
                requests.Remember(id.Groups[1].Value);
            }

            var status = (int)response.StatusCode;
            if (status >= 500 && !IsDeliberate(response, body))
            {
                verdicts.Fail($"{status}", FirstLine(body), $"{where}\n→ {Clip(body)}");
            }
            else if (elapsed > AnswerBound)
            {
                verdicts.Fail("slow", $"{request.Method} {request.Path.Split('?')[0]} answered {status} after {elapsed.TotalSeconds:0.0} s", where);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Give a dying process a moment to be seen as dead rather than as a hang.
            await Task.Delay(200);
            var kind = service.IsRunning ? "no answer" : "crash";
            verdicts.Fail(kind, e.GetType().Name + ": " + FirstLine(e.Message), where);
        }
    }

    /// <summary>
    /// The 5xx answers that are limits working, not faults: a statement stopped at its deadline (504 with Neo4j's
    /// timeout code) and a transient refusal to retry later (503 with a <c>Neo.TransientError</c> code or Retry-After).
    /// </summary>
    private static bool IsDeliberate(HttpResponseMessage response, string body) => response.StatusCode switch
    {
        HttpStatusCode.GatewayTimeout => body.Contains("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal),
        HttpStatusCode.ServiceUnavailable => response.Headers.RetryAfter is not null || body.Contains("Neo.TransientError.", StringComparison.Ordinal),
        _ => false,
    };

    private static async Task ProbeLivenessAsync(HttpClient probe, HttpFuzzVerdicts verdicts, string where)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await probe.GetAsync("health/live");
            if (response.StatusCode != HttpStatusCode.OK || clock.Elapsed > LivenessBound)
            {
                verdicts.Fail("liveness", $"/health/live answered {(int)response.StatusCode} after {clock.Elapsed.TotalSeconds:0.0} s", where);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            verdicts.Fail("liveness", $"/health/live gave no answer: {e.GetType().Name}", where);
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n')[0];
        // Group failures by their kind of message, not by the numbers and names in it.
        return Numbers().Replace(line.Length > 160 ? line[..160] : line, "N");
    }

    private static string Clip(string text) => text.Length > 2000 ? text[..2000] + "…" : text;

    private static string Tail(string text) => text.Length > 4000 ? "…" + text[^4000..] : text;

    [GeneratedRegex("\"transaction\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex TransactionId();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
