using System.Globalization;

namespace Graph.Bench;

/// <summary>The adapter contract's command line (see the kit's README, "Adding the C# engine").</summary>
internal sealed record BenchOptions(string Scale, int Runs, int Warmup, IReadOnlyList<string> Queries, double MaxSecondsPerQuery, bool Durable, string BenchDir)
{
    public string DataDir => Path.Join(BenchDir, "data", Scale);

    public static BenchOptions Parse(string[] args)
    {
        string? scale = null;
        var runs = 10;
        var warmup = 2;
        var queries = new List<string>();
        var maxSeconds = 60.0;
        var durable = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--scale":
                    scale = Next();
                    break;
                case "--runs":
                    runs = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    warmup = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--queries":
                    queries.AddRange(Next().Split(',', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "--max-seconds-per-query":
                    maxSeconds = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--durable":
                    durable = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        var benchDir = Environment.GetEnvironmentVariable("BENCH_DIR") ?? throw new ArgumentException("BENCH_DIR is not set (run-all.sh exports it)");
        return new BenchOptions(scale ?? throw new ArgumentException("--scale S|M|L is required"), runs, warmup, queries, maxSeconds, durable, benchDir);
    }
}
