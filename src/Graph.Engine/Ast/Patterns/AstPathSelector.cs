namespace Graph.Engine.Ast;

/// <summary>How a pattern part chooses paths: every path, or shortestPath/allShortestPaths.</summary>
public enum AstPathSelector
{
    All,
    ShortestPath,
    AllShortestPaths,
}
