using Graph.Core.Errors;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>Turns offsets into 1-based lines and columns, and makes the syntax errors that name them.</summary>
internal sealed class SourceMap
{
    private readonly List<int> _lineStarts = [0];

    public SourceMap(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public SourcePosition PositionOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourcePosition(offset, line + 1, offset - _lineStarts[line] + 1);
    }

    public CypherSyntaxException Error(int offset, string message, string detail = SyntaxErrorDetails.UnexpectedSyntax)
    {
        var position = PositionOf(offset);
        return new CypherSyntaxException(message, position.Line, position.Column, offset, detail);
    }
}
