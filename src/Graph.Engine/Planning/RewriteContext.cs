namespace Graph.Engine.Planning;

/// <summary>What rewrite rules may consult.</summary>
internal sealed record RewriteContext(IPlanningStatistics Statistics);
