using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Graph.Core.Errors;
using Graph.Neo4j.Errors;
using Graph.Neo4j.Json;
using Newtonsoft.Json;

namespace Graph.Neo4j.Http;

/// <summary>
/// The HTTP side of the client: one pooled HttpClient, authentication, typed JSON bodies, the per-call
/// deadline, retries with back-off, and turning every failure into a Graph.Core exception.
/// </summary>
internal sealed partial class QueryApiConnection : IDisposable
{
    private readonly HttpClient http;
    private readonly AuthenticationHeaderValue? authorization;
    private readonly Lock bookmarkLock = new();
    private IReadOnlyList<string> bookmarks = [];

    public QueryApiConnection(Neo4jStoreOptions options)
    {
        Options = options;
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = options.PooledConnectionLifetime,
            ConnectTimeout = options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.All,

            // Cookies are per transaction (cluster affinity), never shared across the pool.
            UseCookies = false,
        };
        http = new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = WithTrailingSlash(options.Uri),

            // The per-call deadline is a CancellationTokenSource, so that it can cover retries as well.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.Accept.ParseAdd($"{QueryApiJson.TypedMediaType}, {QueryApiJson.PlainMediaType};q=0.9");
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Graph.Neo4j/1.0");
        authorization = options switch
        {
            { BearerToken: { } token } => new AuthenticationHeaderValue("Bearer", token),
            { User: { Length: > 0 } user } => new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{options.Password}"))),
            _ => null,
        };
    }

    public Neo4jStoreOptions Options { get; }

    /// <summary>The bookmarks of the latest committed work, sent with the next auto-commit or transaction.</summary>
    public IReadOnlyList<string> Bookmarks
    {
        get
        {
            if (!Options.ChainBookmarks)
            {
                return [];
            }

            lock (bookmarkLock)
            {
                return bookmarks;
            }
        }
    }

    public string DatabasePath(string suffix = "") => $"db/{Uri.EscapeDataString(Options.Database)}/query/v2{suffix}";

    /// <summary>Remembers the bookmarks of committed work (auto-commit or commit), not those of a running transaction.</summary>
    public void Committed(QueryApiReply reply)
    {
        if (reply.Bookmarks.Count > 0)
        {
            lock (bookmarkLock)
            {
                bookmarks = reply.Bookmarks;
            }
        }
    }

    /// <summary>Sends one request and decodes its reply, retrying transient failures when <paramref name="call"/> allows.</summary>
    public async Task<QueryApiReply> SendAsync(QueryApiCall call, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(call.Timeout);
        var maxAttempts = call.Retryable ? Options.Retry.MaxAttempts : 1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(call, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException cancelled) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The inner exception marks a client-side deadline, as opposed to a timeout Neo4j reported.
                throw new QueryTimeoutException(
                    $"The Neo4j request {call.Method} {call.Path} did not finish within {call.Timeout.TotalSeconds:0.###} s"
                    + (attempt > 1 ? $" ({attempt} attempts)." : "."),
                    inner: cancelled);
            }
            catch (GraphException error) when (error.IsTransient && attempt < maxAttempts)
            {
                // Neo.TransientError.* or a gateway status: back off and try again.
            }
            catch (HttpRequestException) when (attempt < maxAttempts)
            {
                // No response at all (refused, reset, DNS): back off and try again.
            }
            catch (HttpRequestException error)
            {
                throw new StoreUnavailableException($"Neo4j at {Options.Uri} could not be reached: {error.Message}", inner: error);
            }

            try
            {
                await Task.Delay(Options.Retry.DelayAfter(attempt, Random.Shared), deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException cancelled) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new QueryTimeoutException(
                    $"The Neo4j request {call.Method} {call.Path} did not succeed within {call.Timeout.TotalSeconds:0.###} s ({attempt} attempts).",
                    inner: cancelled);
            }
        }
    }

    private async Task<QueryApiReply> SendOnceAsync(QueryApiCall call, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Method, call.Path);
        request.Headers.Authorization = authorization;
        call.Affinity.Apply(request);
        if (call.Body is { } body)
        {
            request.Content = JsonContent(body);
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var affinity = call.Affinity.Update(response);
        var json = QueryApiJson.ParseObject(text);
        if (json is not null && QueryApiReplyReader.ReadError(json) is { } serverError)
        {
            throw serverError;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Neo4jErrorMap.FromHttpStatus(response.StatusCode, call.Method.Method, request.RequestUri!, call.InTransaction);
        }

        if (json is null)
        {
            // A DELETE (rollback) may answer with no body at all.
            return text.Length == 0 && call.Method == HttpMethod.Delete
                ? QueryApiReplyReader.Read([], typed: false, affinity)
                : throw new ClientException(StatusCodes.InvalidFormat, $"Neo4j answered {call.Method} {call.Path} with a body that is not a JSON object.");
        }

        var typed = QueryApiJson.IsTypedMediaType(response.Content.Headers.ContentType?.MediaType);
        return QueryApiReplyReader.Read(json, typed, affinity);
    }

    private static StringContent JsonContent(QueryApiRequest body)
    {
        var builder = new StringBuilder(256);
        using (var writer = new JsonTextWriter(new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)))
        {
            body.Write(writer);
        }

        var content = new StringContent(builder.ToString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(QueryApiJson.TypedMediaType);
        return content;
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    public void Dispose() => http.Dispose();
}
