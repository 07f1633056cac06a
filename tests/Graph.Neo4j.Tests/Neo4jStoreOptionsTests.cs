using Microsoft.Extensions.Configuration;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jStoreOptionsTests
{
    [Fact]
    public void Options_bind_from_the_documented_configuration_keys()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Graph:Neo4j:Uri"] = "http://neo4j:7474",
                ["Graph:Neo4j:Database"] = "graph",
                ["Graph:Neo4j:User"] = "reader",
                ["Graph:Neo4j:Password"] = "s3cret",
                ["Graph:Neo4j:RequestTimeout"] = "00:00:05",
                ["Graph:Neo4j:ConnectTimeout"] = "00:00:02",
                ["Graph:Neo4j:PooledConnectionLifetime"] = "00:02:00",
                ["Graph:Neo4j:ChainBookmarks"] = "false",
                ["Graph:Neo4j:Retry:MaxAttempts"] = "6",
                ["Graph:Neo4j:Retry:InitialDelay"] = "00:00:00.050",
            })
            .Build();

        var options = configuration.GetSection("Graph:Neo4j").Get<Neo4jStoreOptions>()!;
        options.Validate();

        Assert.Equal(new Uri("http://neo4j:7474"), options.Uri);
        Assert.Equal(("graph", "reader", "s3cret"), (options.Database, options.User, options.Password));
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(2)), (options.RequestTimeout, options.ConnectTimeout, options.PooledConnectionLifetime));
        Assert.False(options.ChainBookmarks);
        Assert.Equal((6, TimeSpan.FromMilliseconds(50)), (options.Retry.MaxAttempts, options.Retry.InitialDelay));
        Assert.Equal(4, Neo4jRetryPolicy.Default.MaxAttempts);
    }

    [Fact]
    public void Retry_delays_grow_exponentially_up_to_the_cap_within_the_jitter()
    {
        var policy = new Neo4jRetryPolicy { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(1000), JitterFactor = 0.2 };
        var random = new Random(7);

        var delays = Enumerable.Range(1, 6).Select(attempt => policy.DelayAfter(attempt, random).TotalMilliseconds).ToList();

        double[] nominal = [100, 200, 400, 800, 1000, 1000];
        Assert.All(delays.Zip(nominal), pair => Assert.InRange(pair.First, pair.Second * 0.8, pair.Second * 1.2));
    }
}
