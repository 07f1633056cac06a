using System.Text;
using Graph.Api.Security;
using Graph.Core.Errors;
using Codes = Graph.Core.Errors.StatusCodes;

namespace Graph.Api.Features.QueryApi;

/// <summary>
/// Who calls the Query API: anonymous callers (no Authorization header) may read; Basic credentials whose password
/// is the API key, or <c>Bearer</c> with the key, may also write. Credentials that are sent but wrong are refused
/// with 401 <c>Neo.ClientError.Security.Unauthorized</c>, as Neo4j does. <see cref="Name"/> tells callers apart
/// for the ownership of explicit transactions (anonymous, the Bearer key, or the Basic user name), as Neo4j binds a
/// transaction to the credentials that opened it.
/// </summary>
internal sealed record QueryApiCaller(bool MayWrite, string Name)
{
    public static QueryApiCaller Anonymous { get; } = new(false, "anonymous");

    /// <summary>The caller of <paramref name="request"/>; throws for wrong or malformed credentials.</summary>
    public static QueryApiCaller Identify(HttpRequest request, string? apiKey)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            return Anonymous;
        }

        string secret;
        string name;
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            (name, secret) = UserAndPassword(authorization["Basic ".Length..].Trim());
            name = "basic:" + name;
        }
        else if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            secret = authorization["Bearer ".Length..].Trim();
            name = "bearer";
        }
        else
        {
            throw new ClientException(Codes.InvalidFormat, "Unsupported authentication scheme; use Basic or Bearer.");
        }

        return !string.IsNullOrEmpty(apiKey) && ApiKeyFilter.Matches(secret, apiKey)
            ? new QueryApiCaller(true, name)
            : throw new ClientException(Codes.Unauthorized, "Invalid username or password.");
    }

    private static (string User, string Password) UserAndPassword(string encoded)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? throw new FormatException("no colon") : (text[..colon], text[(colon + 1)..]);
        }
        catch (FormatException)
        {
            throw new ClientException(Codes.InvalidFormat, "Malformed Basic authentication header.");
        }
    }
}
