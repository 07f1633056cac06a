using System.Runtime.CompilerServices;
using Graph.Core.Errors;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>
/// The recursive-descent parser over one statement's tokens. One instance per statement; not shared.
/// Files by concern: statements, clauses, patterns, expressions, atoms, schema commands.
/// </summary>
internal sealed partial class StatementParser
{
    // Deep nesting would overflow the stack (which kills the process); past this depth the statement is refused.
    private const int MaxDepth = 200;

    private readonly SourceMap _map;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _pos;
    private int _depth;

    // The first unsupported feature met inside the clause being parsed; the clause then becomes AstUnsupportedClause.
    private string? _unsupported;

    public StatementParser(string text)
    {
        _map = new SourceMap(text);
        _text = text;
        _tokens = CypherLexer.Tokenize(_map);
    }

    private Token Current => _tokens[_pos];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_pos + ahead, _tokens.Count - 1)];

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtAhead(int ahead, TokenKind kind) => PeekToken(ahead).Kind == kind;

    private bool AtKeyword(string keyword) => IsKeyword(Current, keyword);

    private bool AtKeywordAhead(int ahead, string keyword) => IsKeyword(PeekToken(ahead), keyword);

    private static bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Identifier && string.Equals(token.Name, keyword, StringComparison.OrdinalIgnoreCase);

    private bool AtName => Current.Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier;

    private SourcePosition Here => _map.PositionOf(Current.Start);

    private SourcePosition PositionOf(Token token) => _map.PositionOf(token.Start);

    private Token Advance()
    {
        var token = Current;
        if (token.Kind != TokenKind.EndOfInput)
        {
            _pos++;
        }

        return token;
    }

    private bool Try(TokenKind kind)
    {
        if (!At(kind))
        {
            return false;
        }

        _pos++;
        return true;
    }

    private bool TryKeyword(string keyword)
    {
        if (!AtKeyword(keyword))
        {
            return false;
        }

        _pos++;
        return true;
    }

    private bool TryKeywords(string first, string second)
    {
        if (!AtKeyword(first) || !AtKeywordAhead(1, second))
        {
            return false;
        }

        _pos += 2;
        return true;
    }

    private Token Expect(TokenKind kind, string expected)
    {
        if (!At(kind))
        {
            throw Unexpected(expected);
        }

        return Advance();
    }

    private void ExpectKeyword(string keyword)
    {
        if (!TryKeyword(keyword))
        {
            throw Unexpected(keyword);
        }
    }

    /// <summary>A symbolic name: a plain identifier (keywords included) or a backtick-quoted one.</summary>
    private string ExpectName(string expected)
    {
        if (!AtName)
        {
            throw Unexpected(expected);
        }

        return Advance().Name;
    }

    private string TextOf(Token token) => _text[token.Start..token.End];

    /// <summary>The exact source text from <paramref name="startToken"/> to the last token consumed.</summary>
    private string SourceSince(int startToken) =>
        _text[_tokens[startToken].Start.._tokens[Math.Max(startToken, _pos - 1)].End].Trim();

    private CypherSyntaxException Unexpected(string expected)
    {
        var token = Current;
        if (token.Kind == TokenKind.EndOfInput)
        {
            return _map.Error(token.Start, $"Invalid input '': expected {expected} (unexpected end of input)");
        }

        if (token.Kind is TokenKind.UnicodeDash or TokenKind.UnicodeLeftHead or TokenKind.UnicodeRightHead)
        {
            return _map.Error(
                token.Start,
                $"Invalid input '{TextOf(token)}': this Unicode character (U+{(int)_text[token.Start]:X4}) looks like an operator but is not one; expected {expected}",
                SyntaxErrorDetails.InvalidUnicodeCharacter);
        }

        return _map.Error(token.Start, $"Invalid input '{TextOf(token)}': expected {expected}");
    }

    private CypherSyntaxException ErrorAt(Token token, string message, string detail = SyntaxErrorDetails.UnexpectedSyntax) =>
        _map.Error(token.Start, message, detail);

    /// <summary>Marks the clause being parsed as valid Cypher the engine does not run.</summary>
    private void Unsupported(string feature) => _unsupported ??= feature;

    private DepthGuard Nest()
    {
        _depth++;
        if (_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _map.Error(Current.Start, $"The statement is nested too deeply (more than {MaxDepth} levels)");
        }

        return new DepthGuard(this);
    }

    private readonly struct DepthGuard(StatementParser parser) : IDisposable
    {
        public void Dispose() => parser._depth--;
    }
}
