using System.Globalization;
using Graph.Api.Configuration;
using Microsoft.AspNetCore.OutputCaching;

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
        services.AddOutputCache();

        // The version counter is the singleton itself, taken when the options are built: reaching it through
        // context.RequestServices would create a DI scope on every request, even one answered from the cache.
        services.AddOptions<OutputCacheOptions>().Configure<GraphVersion>((o, version) => o.AddPolicy(Policy, policy => policy
            .With(_ => enabled)
            .Expire(Lifetime)
            .SetVaryByQuery("*")
            .VaryByValue(_ => new KeyValuePair<string, string>("graph", version.Current.ToString(CultureInfo.InvariantCulture)))));
        return services;
    }
}
