using System.Security.Cryptography;
using System.Text;
using Graph.Api.Configuration;
using Graph.Api.Problems;
using Microsoft.Extensions.Options;

namespace Graph.Api.Security;

/// <summary>
/// Guards write endpoints: the key from <c>Graph:ApiKey</c> must come in <c>X-Api-Key</c> or as
/// <c>Authorization: Bearer</c>. No key sent → 401; a wrong one, or writes with no key configured → 403.
/// </summary>
internal sealed class ApiKeyFilter(IOptions<GraphOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var access = Check(context.HttpContext.Request, options.Value.ApiKey);
        return access switch
        {
            KeyCheck.Missing => WithChallenge(context.HttpContext, ApiProblems.Unauthorized($"Writes need the API key in the {HeaderName} header.")),
            KeyCheck.Wrong => ApiProblems.Forbidden("The API key is not valid."),
            KeyCheck.NotConfigured => ApiProblems.Forbidden("Writes are disabled: the service has no API key configured (Graph:ApiKey)."),
            _ => await next(context),
        };
    }

    /// <summary>How the request's key compares with the configured one (constant-time).</summary>
    public static KeyCheck Check(HttpRequest request, string? configured)
    {
        var sent = Sent(request);
        if (sent is null)
        {
            return KeyCheck.Missing;
        }

        if (string.IsNullOrEmpty(configured))
        {
            return KeyCheck.NotConfigured;
        }

        return Matches(sent, configured) ? KeyCheck.Valid : KeyCheck.Wrong;
    }

    public static bool Matches(string sent, string configured) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    private static string? Sent(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var key) && !string.IsNullOrEmpty(key))
        {
            return key.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private static object WithChallenge(HttpContext context, object result)
    {
        context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{HeaderName}\"";
        return result;
    }
}
