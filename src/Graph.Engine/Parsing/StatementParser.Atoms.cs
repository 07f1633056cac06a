using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

internal sealed partial class StatementParser
{
    private AstExpression ParseAtom()
    {
        var token = Current;
        var start = PositionOf(token);
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
                return NumberLiteral(start, negative: false);
            case TokenKind.String:
                Advance();
                return new AstLiteral(start, token.Value);
            case TokenKind.BadNumber:
                throw ErrorAt(token, $"Invalid number literal '{TextOf(token)}'", SyntaxErrorDetails.InvalidNumberLiteral);
            case TokenKind.Parameter:
                Advance();
                return new AstParameter(start, token.Name);
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListLike();
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.Identifier:
                return ParseWordAtom(token, start);
            case TokenKind.EscapedIdentifier:
                return ParseNameAtom(start);
            default:
                throw Unexpected("an expression");
        }
    }

    private AstExpression ParseWordAtom(Token token, SourcePosition start)
    {
        var next = PeekToken(1).Kind;
        switch (token.Name.ToUpperInvariant())
        {
            case "TRUE":
                Advance();
                return new AstLiteral(start, true);
            case "FALSE":
                Advance();
                return new AstLiteral(start, false);
            case "NULL":
                Advance();
                return new AstLiteral(start, null);
            case "INF":
            case "INFINITY":
                Advance();
                return new AstLiteral(start, double.PositiveInfinity);
            case "NAN":
                Advance();
                return new AstLiteral(start, double.NaN);
            case "CASE":
                return ParseCase();
            case "NOT":
                throw Unexpected("an expression (NOT needs parentheses here)");
            case "EXISTS" when next == TokenKind.LeftBrace:
                return ParseSubqueryExpression(AstSubqueryKind.Exists);
            case "COUNT" when next == TokenKind.LeftBrace:
                return ParseSubqueryExpression(AstSubqueryKind.Count);
            case "COLLECT" when next == TokenKind.LeftBrace:
                return ParseSubqueryExpression(AstSubqueryKind.Collect);
            case "COUNT" when next == TokenKind.LeftParen && AtAhead(2, TokenKind.Star) && AtAhead(3, TokenKind.RightParen):
                _pos += 4;
                return new AstCountStar(start);
            case "ALL" when AtQuantifier():
                return ParseQuantifier(AstQuantifierKind.All);
            case "ANY" when AtQuantifier():
                return ParseQuantifier(AstQuantifierKind.Any);
            case "NONE" when AtQuantifier():
                return ParseQuantifier(AstQuantifierKind.None);
            case "SINGLE" when AtQuantifier():
                return ParseQuantifier(AstQuantifierKind.Single);
            case "REDUCE" when next == TokenKind.LeftParen:
                return ParseReduce();
            case "TRIM" when next == TokenKind.LeftParen:
                return ParseTrim();
            case "NORMALIZE" when next == TokenKind.LeftParen:
                return ParseNormalize();
            case "SHORTESTPATH" when next == TokenKind.LeftParen:
            case "ALLSHORTESTPATHS" when next == TokenKind.LeftParen:
                var part = ParseShortestPathPart(start, pathVariable: null);
                return new AstShortestPathExpression(start, part);
            default:
                return ParseNameAtom(start);
        }
    }

    /// <summary>A variable, a (namespaced) function call, or a map projection <c>n {…}</c>.</summary>
    private AstExpression ParseNameAtom(SourcePosition start)
    {
        var ahead = 1;
        while (AtAhead(ahead, TokenKind.Dot) && PeekToken(ahead + 1).Kind is TokenKind.Identifier or TokenKind.EscapedIdentifier)
        {
            ahead += 2;
        }

        if (AtAhead(ahead, TokenKind.LeftParen))
        {
            return ParseFunctionCall(start);
        }

        var name = Advance().Name;
        var variable = new AstVariable(start, name);
        return At(TokenKind.LeftBrace) ? ParseMapProjection(variable) : variable;
    }

    private AstFunctionCall ParseFunctionCall(SourcePosition start)
    {
        var name = ParseQualifiedName();
        Expect(TokenKind.LeftParen, "'('");
        var distinct = TryKeyword("DISTINCT");
        if (!distinct)
        {
            // ALL is the default set quantifier: f(ALL x) is f(x).
            if (AtKeyword("ALL") && !AtAhead(1, TokenKind.RightParen) && !AtAhead(1, TokenKind.Comma) && !AtAhead(1, TokenKind.LeftParen))
            {
                Advance();
            }
        }

        var arguments = new List<AstExpression>();
        if (!At(TokenKind.RightParen))
        {
            arguments.AddRange(ParseExpressionList());
        }

        Expect(TokenKind.RightParen, "',' or ')'");
        if (string.Equals(name, "exists", StringComparison.OrdinalIgnoreCase))
        {
            arguments.ForEach(Approve);
        }

        return new AstFunctionCall(start, name, distinct, arguments);
    }

    private AstExpression ParseParenthesized()
    {
        if (LooksLikePattern(_pos))
        {
            var element = ParsePatternElement();
            var pattern = new AstPatternExpression(element.Position, element);
            _patternExpressions.Add(pattern);
            return pattern;
        }

        Advance();
        var inner = ParseExpression();
        Expect(TokenKind.RightParen, "')'");
        return inner;
    }

    /// <summary>
    /// Whether the '(' at <paramref name="index"/> begins a relationship pattern rather than a parenthesised expression:
    /// its ')' is followed by '--', '-[', '&lt;-'. Neo4j reads <c>(a)--(b)</c> as a pattern, too.
    /// </summary>
    private bool LooksLikePattern(int index)
    {
        var close = MatchingClose(index);
        if (close < 0)
        {
            return false;
        }

        var next = _tokens[Math.Min(close + 1, _tokens.Count - 1)].Kind;
        var after = _tokens[Math.Min(close + 2, _tokens.Count - 1)].Kind;
        return (IsDash(next) && (IsDash(after) || after == TokenKind.LeftBracket)) || (IsLeftHead(next) && IsDash(after));
    }

    private AstListLiteral ParseListLiteralItems(SourcePosition start, List<AstExpression> items)
    {
        while (Try(TokenKind.Comma))
        {
            items.Add(ParseExpression());
        }

        Expect(TokenKind.RightBracket, "',' or ']'");
        return new AstListLiteral(start, items);
    }

    private AstExpression ParseListLike()
    {
        var start = Here;
        Advance();
        if (Try(TokenKind.RightBracket))
        {
            return new AstListLiteral(start, []);
        }

        if (At(TokenKind.LeftParen) && LooksLikePattern(_pos))
        {
            return ParsePatternComprehension(start, null);
        }

        if (AtName && AtAhead(1, TokenKind.Equal) && AtAhead(2, TokenKind.LeftParen) && LooksLikePattern(_pos + 2))
        {
            var pathVariable = Advance().Name;
            Advance();
            return ParsePatternComprehension(start, pathVariable);
        }

        var first = AtName && AtKeywordAhead(1, "IN") ? ParseExpressionBeforePipe() : ParseExpression();
        if (first is AstBinary { Operator: AstBinaryOperator.In, Left: AstVariable variable } comprehension
            && (At(TokenKind.RightBracket) || At(TokenKind.Pipe) || AtKeyword("WHERE")))
        {
            var where = TryKeyword("WHERE") ? ParseExpressionBeforePipe(predicate: true) : null;
            var projection = Try(TokenKind.Pipe) ? ParseExpression() : null;
            Expect(TokenKind.RightBracket, projection is null ? "'|' or ']'" : "']'");
            return new AstListComprehension(start, variable.Name, comprehension.Right, where, projection);
        }

        return ParseListLiteralItems(start, [first]);
    }

    private AstPatternComprehension ParsePatternComprehension(SourcePosition start, string? pathVariable)
    {
        var element = ParsePatternElement();
        var where = TryKeyword("WHERE") ? ParseExpressionBeforePipe(predicate: true) : null;
        Expect(TokenKind.Pipe, where is null ? "WHERE or '|'" : "'|'");
        var projection = ParseExpression();
        Expect(TokenKind.RightBracket, "']'");
        return new AstPatternComprehension(start, pathVariable, element, where, projection);
    }

    private AstMapLiteral ParseMapLiteral()
    {
        var start = Here;
        Expect(TokenKind.LeftBrace, "'{'");
        var entries = new List<AstMapEntry>();
        if (!Try(TokenKind.RightBrace))
        {
            do
            {
                var key = ExpectName("a map key");
                if (entries.Count == 0 && At(TokenKind.RightBrace))
                {
                    throw Unexpected("':' (parameters are written $name, not {name}, since Neo4j 4)");
                }

                Expect(TokenKind.Colon, "':'");
                entries.Add(new AstMapEntry(key, ParseExpression()));
            }
            while (Try(TokenKind.Comma));

            Expect(TokenKind.RightBrace, "',' or '}'");
        }

        return new AstMapLiteral(start, entries);
    }

    private AstMapProjection ParseMapProjection(AstExpression target)
    {
        Advance();
        var items = new List<AstMapProjectionItem>();
        if (!Try(TokenKind.RightBrace))
        {
            do
            {
                if (Try(TokenKind.Dot))
                {
                    items.Add(Try(TokenKind.Star)
                        ? new AstMapProjectionItem(AstMapProjectionKind.AllProperties, null, null)
                        : new AstMapProjectionItem(AstMapProjectionKind.Property, ExpectName("a property key or '*'"), null));
                    continue;
                }

                var name = ExpectName("'.', a key or a variable");
                items.Add(Try(TokenKind.Colon)
                    ? new AstMapProjectionItem(AstMapProjectionKind.Literal, name, ParseExpression())
                    : new AstMapProjectionItem(AstMapProjectionKind.Variable, name, null));
            }
            while (Try(TokenKind.Comma));

            Expect(TokenKind.RightBrace, "',' or '}'");
        }

        return new AstMapProjection(target.Position, target, items);
    }
}
