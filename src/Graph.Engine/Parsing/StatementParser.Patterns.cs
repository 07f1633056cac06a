using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

internal sealed partial class StatementParser
{
    private static readonly string[] PathSelectorWords = ["ANY", "ALL", "SHORTEST", "WALK", "TRAIL", "ACYCLIC"];

    private AstPattern ParsePattern()
    {
        var start = Here;
        var parts = new List<AstPatternPart> { ParsePatternPart() };
        while (Try(TokenKind.Comma))
        {
            parts.Add(ParsePatternPart());
        }

        return new AstPattern(start, parts);
    }

    private AstPatternPart ParsePatternPart()
    {
        var start = Here;
        string? pathVariable = null;
        if (AtName && AtAhead(1, TokenKind.Equal))
        {
            pathVariable = Advance().Name;
            Advance();
        }

        if ((AtKeyword("shortestPath") || AtKeyword("allShortestPaths")) && AtAhead(1, TokenKind.LeftParen))
        {
            return ParseShortestPathPart(start, pathVariable);
        }

        SkipPathSelector();
        return new AstPatternPart(start, pathVariable, AstPathSelector.All, ParsePatternElement());
    }

    private AstPatternPart ParseShortestPathPart(SourcePosition start, string? pathVariable)
    {
        var selector = AtKeyword("shortestPath") ? AstPathSelector.ShortestPath : AstPathSelector.AllShortestPaths;
        _pos += 2;
        var element = ParsePatternElement();
        Expect(TokenKind.RightParen, "')'");
        return new AstPatternPart(start, pathVariable, selector, element);
    }

    /// <summary>GQL path selectors and modes (<c>ANY SHORTEST</c>, <c>SHORTEST 2 GROUPS</c>, <c>ALL PATHS</c>, <c>TRAIL</c>, …).</summary>
    private void SkipPathSelector()
    {
        if (!AtName || !PathSelectorWords.Any(AtKeyword))
        {
            return;
        }

        Unsupported("GQL path selectors and modes (ANY/ALL/SHORTEST k, WALK/TRAIL/ACYCLIC)");
        while (!At(TokenKind.LeftParen) && !At(TokenKind.EndOfInput))
        {
            if (!AtName && !At(TokenKind.Integer))
            {
                throw Unexpected("'('");
            }

            Advance();
        }
    }

    private AstPatternElement ParsePatternElement()
    {
        using (Nest())
        {
            var start = Here;
            if (At(TokenKind.LeftParen) && AtAhead(1, TokenKind.LeftParen))
            {
                var group = ParseParenthesizedPath(out var quantified);
                if (!quantified && !AtRelationshipStart() && !At(TokenKind.LeftParen))
                {
                    return group;
                }

                Unsupported("quantified path patterns");
                return ParseChain(start, group.Start);
            }

            return ParseChain(start, ParseNodePattern());
        }
    }

    private AstPatternElement ParseChain(SourcePosition start, AstNodePattern first)
    {
        var steps = new List<AstPatternStep>();
        while (true)
        {
            if (AtRelationshipStart())
            {
                var relationship = ParseRelationshipPattern();
                if (TryQuantifier())
                {
                    Unsupported("quantified relationships");
                }

                steps.Add(new AstPatternStep(relationship, ParseNodeOrGroup()));
            }
            else if (At(TokenKind.LeftParen))
            {
                // Juxtaposed path patterns, as in (a) ((x)-->(y)){1,3} (b).
                Unsupported("quantified path patterns");
                ParseNodeOrGroup();
            }
            else
            {
                return new AstPatternElement(start, first, steps);
            }
        }
    }

    private AstNodePattern ParseNodeOrGroup()
    {
        if (At(TokenKind.LeftParen) && AtAhead(1, TokenKind.LeftParen))
        {
            Unsupported("quantified path patterns");
            return ParseParenthesizedPath(out _).Start;
        }

        return ParseNodePattern();
    }

    private AstPatternElement ParseParenthesizedPath(out bool quantified)
    {
        Advance();
        var inner = ParsePatternElement();
        if (TryKeyword("WHERE"))
        {
            Unsupported("WHERE inside a parenthesized path pattern");
            ParsePredicate();
        }

        Expect(TokenKind.RightParen, "')'");
        quantified = TryQuantifier();
        return inner;
    }

    /// <summary><c>{m,n}</c>, <c>+</c> or <c>*</c> after a parenthesized path or relationship.</summary>
    private bool TryQuantifier()
    {
        if (Try(TokenKind.Plus) || Try(TokenKind.Star))
        {
            return true;
        }

        if (!At(TokenKind.LeftBrace))
        {
            return false;
        }

        Advance();
        Try(TokenKind.Integer);
        if (Try(TokenKind.Comma))
        {
            Try(TokenKind.Integer);
        }

        Expect(TokenKind.RightBrace, "'}'");
        return true;
    }

    private bool AtRelationshipStart() => IsDash(Current.Kind) || (IsLeftHead(Current.Kind) && IsDash(PeekToken(1).Kind));

    private static bool IsDash(TokenKind kind) => kind is TokenKind.Minus or TokenKind.UnicodeDash;

    private static bool IsLeftHead(TokenKind kind) => kind is TokenKind.Less or TokenKind.UnicodeLeftHead;

    private bool TryDash() => Try(TokenKind.Minus) || Try(TokenKind.UnicodeDash);

    private AstNodePattern ParseNodePattern()
    {
        var start = Here;
        Expect(TokenKind.LeftParen, "'('");
        var variable = AtName && !AtInlineWhere() ? Advance().Name : null;
        var labels = At(TokenKind.Colon) || (AtKeyword("IS") && !AtAhead(1, TokenKind.RightParen)) ? ParseLabelExpression() : null;
        var properties = ParsePatternProperties();
        var where = TryKeyword("WHERE") ? ParsePredicate() : null;
        Expect(TokenKind.RightParen, "')'");
        return new AstNodePattern(start, variable, labels, properties, where);
    }

    /// <summary>WHERE at the start of a node or relationship pattern is the inline predicate unless it is the variable's name.</summary>
    private bool AtInlineWhere() =>
        AtKeyword("WHERE") && PeekToken(1).Kind is not (TokenKind.RightParen or TokenKind.RightBracket or TokenKind.Colon
            or TokenKind.LeftBrace or TokenKind.Parameter or TokenKind.Star);

    private AstExpression? ParsePatternProperties()
    {
        if (At(TokenKind.LeftBrace))
        {
            return ParseMapLiteral();
        }

        if (At(TokenKind.Parameter))
        {
            var token = Advance();
            return new AstParameter(PositionOf(token), token.Name);
        }

        return null;
    }

    private AstRelationshipPattern ParseRelationshipPattern()
    {
        var start = Here;
        var incoming = Try(TokenKind.Less) || Try(TokenKind.UnicodeLeftHead);
        if (!TryDash())
        {
            throw Unexpected("'-'");
        }

        string? variable = null;
        IReadOnlyList<string> types = [];
        AstRange? length = null;
        AstExpression? properties = null;
        AstExpression? where = null;
        if (Try(TokenKind.LeftBracket))
        {
            variable = AtName && !AtInlineWhere() ? Advance().Name : null;
            if (At(TokenKind.Colon) || (AtKeyword("IS") && !AtAhead(1, TokenKind.RightBracket)))
            {
                types = RelationshipTypes(ParseLabelExpression());
            }

            length = ParseRange();
            properties = ParsePatternProperties();
            where = TryKeyword("WHERE") ? ParsePredicate() : null;
            Expect(TokenKind.RightBracket, "']'");
        }

        if (!TryDash())
        {
            throw Unexpected("'-'");
        }

        var outgoing = Try(TokenKind.Greater) || Try(TokenKind.UnicodeRightHead);
        var direction = incoming == outgoing ? AstDirection.Both : incoming ? AstDirection.Incoming : AstDirection.Outgoing;
        return new AstRelationshipPattern(start, variable, types, direction, length, properties, where);
    }

    /// <summary>Relationship types as alternatives (<c>:A|B</c>, <c>:A|:B</c>); other type expressions cannot be said in the tree.</summary>
    private List<string> RelationshipTypes(AstLabelExpression expression)
    {
        var types = new List<string>();
        var pending = new Stack<AstLabelExpression>();
        pending.Push(expression);
        while (pending.TryPop(out var next))
        {
            switch (next)
            {
                case AstLabelName name:
                    types.Add(name.Name);
                    break;
                case AstLabelOr or:
                    pending.Push(or.Right);
                    pending.Push(or.Left);
                    break;
                default:
                    Unsupported("relationship type expressions other than alternatives (:A|B)");
                    break;
            }
        }

        return types;
    }

    private AstRange? ParseRange()
    {
        if (At(TokenKind.DotDot))
        {
            throw ErrorAt(Current, "Invalid relationship pattern: a length range needs '*' (as in *1..3)", SyntaxErrorDetails.InvalidRelationshipPattern);
        }

        if (!At(TokenKind.Star))
        {
            return null;
        }

        var start = Here;
        Advance();
        long? min = At(TokenKind.Integer) ? RangeBound() : null;
        long? max = min;
        if (Try(TokenKind.DotDot))
        {
            max = At(TokenKind.Integer) ? RangeBound() : null;
        }

        if (At(TokenKind.Minus) || At(TokenKind.Float) || At(TokenKind.BadNumber) || At(TokenKind.DotDot))
        {
            throw ErrorAt(Current, $"Invalid relationship pattern: unexpected '{TextOf(Current)}' in a length range", SyntaxErrorDetails.InvalidRelationshipPattern);
        }

        return new AstRange(start, min, max);
    }

    private long RangeBound()
    {
        var literal = NumberLiteral(Here, negative: false);
        return (long)literal.Value!;
    }
}
