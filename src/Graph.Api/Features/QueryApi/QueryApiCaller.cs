using System.Text;
using Graph.Api.Security;
using Graph.Core.Errors;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Features.QueryApi;

/// <summary>
/// Who calls the Query API: anonymous callers (no Authorization header) may read; Basic credentials whose password
/// is the API key, or <c>Bearer</c> with the key, may also write. Credentials that are sent but wrong are refused
/// with 401 <c>Neo.ClientError.Security.Unauthorized</c>, as Neo4j does.
/// </summary>
internal static class QueryApiCaller
{
    /// <summary>True when the caller may write; throws for wrong or malformed credentials.</summary>
    public static bool MayWrite(HttpRequest request, string? apiKey)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            return false;
        }

        string? secret = null;
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            secret = Password(authorization["Basic ".Length..].Trim());
        }
        else if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            secret = authorization["Bearer ".Length..].Trim();
        }
        else
        {
            throw new ClientException(Codes.InvalidFormat, "Unsupported authentication scheme; use Basic or Bearer.");
        }

        return !string.IsNullOrEmpty(apiKey) && ApiKeyFilter.Matches(secret, apiKey)
            ? true
            : throw new ClientException(Codes.Unauthorized, "Invalid username or password.");
    }

    private static string Password(string encoded)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? throw new FormatException("no colon") : text[(colon + 1)..];
        }
        catch (FormatException)
        {
            throw new ClientException(Codes.InvalidFormat, "Malformed Basic authentication header.");
        }
    }
}
