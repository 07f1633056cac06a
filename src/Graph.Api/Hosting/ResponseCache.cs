using System.Globalization;
using Graph.Api.Configuration;

namespace Graph.Api.Hosting;

/// <summary>
/// Output caching of the domain GETs, keyed by URL and <see cref="GraphVersion"/>. On by default for the embedded
/// store, whose only writer is this process; off for Neo4j, which other instances or tools may change behind this
/// one's back (<c>Graph:ResponseCache</c> = <c>auto</c> | <c>on</c> | <c>off</c>). Only 200 answers to anonymous GETs
/// are kept (ASP.NET Core's default policy).
/// </summary>
internal static class ResponseCache
{
    public const string Policy = "graph";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddGraphResponseCache(this IServiceCollection services, GraphOptions options)
    {
        var enabled = options.ResponseCache.ToUpperInvariant() switch
        {
            "ON" => true,
            "OFF" => false,
            _ => string.Equals(options.Store, StoreKinds.Embedded, StringComparison.OrdinalIgnoreCase),
        };
        services.AddOutputCache(o => o.AddPolicy(Policy, policy => policy
            .With(_ => enabled)
            .Expire(Lifetime)
            .SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>(
                "graph", context.RequestServices.GetRequiredService<GraphVersion>().Current.ToString(CultureInfo.InvariantCulture)))));
        return services;
    }
}
